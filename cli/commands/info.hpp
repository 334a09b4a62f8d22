// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline info`: what is loaded, and how much of it the global filters keep.

#include <string>

#include "commands.hpp"

namespace faultline::cli {

/// `info` has no flags of its own.
struct info_options {};

struct info_result {
  const graph* g = nullptr;
  std::string input;                                               ///< context::input_description()
  std::size_t by_kind[3] = {0, 0, 0};                              ///< states, groups, persons
  std::size_t incidents = 0, relations = 0, roles = 0, links = 0;  ///< kept by the view
  std::string filters;                                             ///< the filters applied, in words; empty when none

  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] json_t to_json() const;
};

void setup(CLI::App& sub, info_options& o);
/// Counts of the loaded graph, under the global filters.
[[nodiscard]] info_result run(context& ctx, const info_options& o);

}  // namespace faultline::cli
