// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the files of `escalation` share: its flags, the words and JSON of
// links and steps (escalation_text.cpp), and the printers of chains
// (escalation_chains.cpp) and of time-respecting paths (escalation_paths.cpp).

#include <faultline/algorithms/escalation.hpp>
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

/// Prints chains in `fmt`. `context_links`: for --to, the links answering its
/// incident (what it set off); for --from, the links it answers.
void print_chains(context& ctx, const graph_view& view, const escalation_graph& eg, const chain_result& result,
                  const std::string& query, const json_t& subject, const std::string& heading,
                  const std::vector<std::uint32_t>& context_links, const escalation_cli_options& opt,
                  output_format fmt);
/// Prints the time-respecting paths of --paths in `fmt`.
void print_paths(context& ctx, const graph_view& view, const temporal_paths_result& result, output_format fmt);

}  // namespace faultline::cli
