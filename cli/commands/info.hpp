// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline info`: what is loaded, and how much of it the global filters keep.

#include <memory>
#include <string>

#include "commands.hpp"

namespace faultline::cli {

/// `info` has no flags of its own.
struct info_options {};

struct info_result {
  const graph* g = nullptr;
  /// Read in place from a columnar snapshot: the graph of its actors,
  /// relations and sources only (g points to it), and its counts.
  std::shared_ptr<const graph> rest;
  std::size_t loaded_incidents = 0, loaded_roles = 0, loaded_links = 0;  ///< before the filters
  std::string input;                                                     ///< context::input_description()
  std::size_t by_kind[3] = {0, 0, 0};                                    ///< states, groups, persons
  std::size_t incidents = 0, relations = 0, roles = 0, links = 0;        ///< kept by the view
  std::string filters;  ///< the filters applied, in words; empty when none

  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] json_t to_json() const;
};

void setup(CLI::App& sub, info_options& o);
/// Counts of the loaded graph, under the global filters.
[[nodiscard]] info_result run(context& ctx, const info_options& o);

}  // namespace faultline::cli
