// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the files of `escalation` share: its flags, the words and JSON of
// links and steps (escalation_text.cpp), and the printers of chains
// (escalation_chains.cpp) and of time-respecting paths (escalation_paths.cpp).

#include <faultline/algorithms/escalation.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "commands/incident_text.hpp"

namespace faultline::cli {

struct escalation_cli_options {
  std::string to, from;
  std::vector<std::string> between, paths;
  std::size_t top = escalation_options{}.max_chains;
  std::string since, until;
  bool actors_only = false;
  bool keep_duplicates = false;
  escalation_options algo;
};

/// The incident `name` resolves to. \throws usage_error when it is an actor
[[nodiscard]] incident_index resolve_incident(const graph& g, const std::string& name, const char* flag);
/// A link rule in words ("same dyad").
[[nodiscard]] std::string rule_text(link_rule r);
/// Why an inferred link was made, in words.
[[nodiscard]] std::string why_text(const graph_view& view, const retaliation_link& l);
/// What a link rests on: the explicit link's provenance, or the relations of its ties.
[[nodiscard]] std::vector<source_index> link_sources(const graph& g, const retaliation_link& l);
/// A link as JSON.
[[nodiscard]] json_t link_json(const graph_view& view, const retaliation_link& l);

/// Everything a printer needs about one step of a chain.
struct step_view {
  incident_index incident;
  const retaliation_link* link;  // the link from the previous step, or null
  incident_parties parties;
  incident_severity severity;
  std::vector<source_index> sources;
};
/// The steps of a chain.
[[nodiscard]] std::vector<step_view> steps_of(const graph_view& view, const escalation_graph& eg,
                                              const escalation_chain& c, const escalation_options& options);
/// "[a, b]" for a list of sources.
[[nodiscard]] std::string tags(const graph& g, const std::vector<source_index>& sources);

/// The answer of `escalation`: chains (every query but --paths) or
/// time-respecting paths (--paths), with what the printers need to say how
/// they were found.
struct escalation_cli_result {
  const graph* g = nullptr;
  /// Read from a columnar snapshot: the graph of the window's incidents (g points to it).
  std::shared_ptr<const graph> part;
  view_options view_opts;          ///< the global filters the answer was computed under
  escalation_cli_options options;  ///< as run: algo holds the dates and --top
  double min_confidence = 0.0;     ///< echoed in JSON
  std::uint32_t min_mentions = 0;
  std::uint32_t min_sources = 0;
  bool root_events_only = false;
  render::picture_options picture;  ///< --max-nodes
  // Chains.
  escalation_graph eg;
  chain_result chains;
  std::string query, heading;         ///< "to", "from", "between" or "top"; the table's first line
  json_t subject;                     ///< the --to/--from incident or the --between actors
  std::vector<std::uint32_t> around;  ///< --to: links answering it (what it set off); --from: links it answers
  // --paths.
  std::optional<temporal_paths_result> paths;

  [[nodiscard]] graph_view view() const { return graph_view(*g, view_opts); }
  [[nodiscard]] bool empty() const { return paths ? !paths->earliest_arrival : chains.chains.empty(); }
  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] json_t to_json() const;
  [[nodiscard]] dot_graph to_dot() const;
  /// The chains as a timeline (render::escalation_svg). \throws usage_error for --paths
  [[nodiscard]] std::string to_svg() const;
};

/// Chains as a table document, CSV, JSON and DOT (escalation_chains.cpp).
[[nodiscard]] print::document chains_document(const escalation_cli_result& r);
[[nodiscard]] print::table chains_csv(const escalation_cli_result& r);
[[nodiscard]] json_t chains_json(const escalation_cli_result& r);
[[nodiscard]] dot_graph chains_dot(const escalation_cli_result& r);
/// The paths of --paths likewise (escalation_paths.cpp).
[[nodiscard]] print::document paths_document(const escalation_cli_result& r);
[[nodiscard]] print::table paths_csv(const escalation_cli_result& r);
[[nodiscard]] json_t paths_json(const escalation_cli_result& r);
[[nodiscard]] dot_graph paths_dot(const escalation_cli_result& r);

}  // namespace faultline::cli
