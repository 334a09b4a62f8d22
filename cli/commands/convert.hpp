// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline convert IN... OUT`: scenarios and snapshots from one format to another.

#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

struct convert_options {
  std::vector<std::string> inputs;  ///< the input files, then the output file
  std::string to;                   ///< --to; empty: from the output's extension
};

/// What was written, reported on standard error.
struct convert_result {
  std::string note;  ///< "Wrote OUT (FORMAT): counts\n"
  [[nodiscard]] const std::string& report() const { return note; }
};

/// Declares the files and --to.
void setup(CLI::App& sub, convert_options& o);
/// Loads the inputs and writes the output atomically. \throws usage_error, parse_error, io_error
[[nodiscard]] convert_result run(context& ctx, const convert_options& o);

}  // namespace faultline::cli
