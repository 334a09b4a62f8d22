// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline stats`: counts of incidents and fatalities grouped by actor,
// dyad, month, year, type, event type or country (faultline/algorithms/stats.hpp).

#include <faultline/algorithms/stats.hpp>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

struct stats_cli_options {
  std::vector<std::string> by{"month"};  ///< --by DIM[,DIM...]
  std::string from, to, actor;           ///< --from, --to, --actor
  std::string sort = "key";              ///< --sort key|incidents|fatalities
  std::size_t top = 0;                   ///< --top K (0: all)
};

struct stats_cli_result {
  const graph* g = nullptr;
  std::string input;  ///< context::input_description()
  stats_options options;
  view_options view;    ///< the global filters, echoed in JSON
  std::string sort;     ///< --sort as given
  stats_result result;  ///< the library's answer
  /// Read from a columnar snapshot: the graph of the candidate incidents (g points to it).
  std::shared_ptr<const graph> part;

  [[nodiscard]] bool empty() const { return result.total.incidents == 0; }
  [[nodiscard]] print::document to_document() const;  // stats_text.cpp
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] json_t to_json() const;
};

/// Declares --by, --from, --to, --actor, --sort and --top.
void setup(CLI::App& sub, stats_cli_options& o);
/// The counts under the view. \throws usage_error for bad flags or --edges
[[nodiscard]] stats_cli_result run(context& ctx, const stats_cli_options& o);

/// Whether `by` groups by actor or dyad (an incident then counts once per actor or pair).
[[nodiscard]] bool counts_per_actor(const std::vector<stats_dimension>& by);

}  // namespace faultline::cli
