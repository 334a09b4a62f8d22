// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline validate`: whether the inputs load, with the warnings of
// loading and the facts that cite no source.

#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

/// `validate` has no flags of its own.
struct validate_options {};

struct validate_result {
  std::string input;  ///< context::input_description()
  std::size_t actors = 0, incidents = 0, relations = 0;
  std::string summary;                 ///< graph_summary of what loaded
  std::vector<std::string> warnings;   ///< load warnings, as text
  std::vector<std::string> unsourced;  ///< "actor x", "incident y", "relation A —backs→ B"

  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] json_t to_json() const;
};

void setup(CLI::App& sub, validate_options& o);
/// Loads the inputs (a bad one throws, exit 2) and lists what deserves a warning.
[[nodiscard]] validate_result run(context& ctx, const validate_options& o);

}  // namespace faultline::cli
