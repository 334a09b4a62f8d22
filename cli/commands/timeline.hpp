// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline timeline`: the incidents in time order, each with its rung on
// the escalation ladder and who against whom.

#include <faultline/algorithms/escalation.hpp>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "commands/incident_text.hpp"

namespace faultline::cli {

struct timeline_cli_options {
  std::string actor;     ///< --actor: only incidents it plays a role in
  std::string from, to;  ///< --from, --to: dates
};

/// One incident of the timeline with what its printers need.
struct timeline_row {
  timeline_entry entry;
  incident_parties parties;
  incident_severity severity;
};

struct timeline_result {
  const graph* g = nullptr;
  /// Read from a columnar snapshot: the graph of the candidate incidents (g points to it).
  std::shared_ptr<const graph> part;
  std::string input;  ///< context::input_description()
  timeline_options options;
  global_options globals;  ///< the global filters, echoed in JSON
  std::optional<date> as_of;
  std::vector<timeline_row> rows;

  [[nodiscard]] bool empty() const { return rows.empty(); }
  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] json_t to_json() const;
};

/// Declares --actor, --from and --to.
void setup(CLI::App& sub, timeline_cli_options& o);
/// The timeline of the view. \throws usage_error for bad dates or --edges
[[nodiscard]] timeline_result run(context& ctx, const timeline_cli_options& o);

}  // namespace faultline::cli
