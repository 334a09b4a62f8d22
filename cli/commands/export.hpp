// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline export`: what is loaded, under the global filters, as a
// scenario, DOT, a snapshot or a graph tool's format.

#include <string>

#include "commands.hpp"

namespace faultline::cli {

struct export_options {
  std::string to = "yaml";  ///< --to
  std::string output;       ///< -o: a file (a directory for neo4j); empty for standard output
};

/// The bytes to write on standard output (empty when they went to -o).
struct export_result {
  std::string bytes;
  [[nodiscard]] const std::string& output() const { return bytes; }
};

/// Declares --to and -o.
void setup(CLI::App& sub, export_options& o);
/// Writes the export to -o (atomically), or returns it for standard output.
/// \throws usage_error (neo4j or snapshot without -o), io_error
[[nodiscard]] export_result run(context& ctx, const export_options& o);

}  // namespace faultline::cli
