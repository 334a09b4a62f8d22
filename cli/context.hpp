// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every command shares: the global options, the loaded graph, and the
// helpers that turn library values into text. Only cli/ talks to a terminal.

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include <faultline/graph/graph.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/loaders/edge_list.hpp>
#include <faultline/loaders/scenario.hpp>
#include <faultline/render/svg.hpp>

namespace faultline::cli {

using json_t = nlohmann::ordered_json;

enum class output_format { table, json, csv, dot, svg };

/// Exit codes of the faultline command (DESIGN: 0 ok, 1 no result, 2 bad input or usage).
enum exit_code : int { exit_ok = 0, exit_no_result = 1, exit_bad_input = 2 };

struct global_options {
  std::vector<std::string> scenarios;
  std::string format = "table";
  std::string as_of;
  double min_confidence = 0.0;
  std::uint32_t min_mentions = 0;  ///< --min-mentions N (GDELT)
  std::uint32_t min_sources = 0;   ///< --min-sources N (GDELT)
  bool root_events_only = false;   ///< --root-events-only (GDELT)
  std::string edges;  ///< --edges FILE: a plain edge list instead of a scenario
  std::string nodes;  ///< --nodes FILE: a node list to go with --edges
  edge_list_options edge_options;
  bool undirected = false;  ///< --undirected: CSV edges have no direction
  std::vector<std::string> imports;  ///< --import FORMAT:FILE: event data added to the scenarios
  std::size_t max_nodes = render::picture_options::default_max_nodes;  ///< --max-nodes N: pictures (svg, report)
};

class context {
 public:
  context(std::ostream& stdout_stream, std::ostream& stderr_stream) : out(stdout_stream), err(stderr_stream) {}

  std::ostream& out;
  std::ostream& err;
  global_options options;

  /// The graph of --scenario files plus --import event data, or the bundled
  /// sample when neither is given; loaded once. Reports each import on `err`.
  const graph& load();
  /// What loading the scenarios warned about (`validate` lists it; other commands stay quiet, as for unsourced facts).
  [[nodiscard]] const std::vector<load_warning>& load_warnings() const noexcept { return warnings_; }
  /// Whether --edges was given.
  [[nodiscard]] bool has_edges() const noexcept { return !options.edges.empty(); }
  /// The --edges file (with --nodes), loaded once. With --as-of or a
  /// command's `window` (FROM..TO, or a label of the list's `window`
  /// column), only the ties they select (select_edges_in_time).
  /// \throws usage_error when --edges was not given, or a time selection on a list without dates.
  const edge_list& load_edges(const std::string& window = {});
  /// For commands that need a scenario: refuses --edges with a clear message.
  void require_scenario(const std::string& command) const;
  /// The name of what was loaded, for headers ("the bundled sample" or the
  /// file list); for an edge list once loaded, also the Pajek network read
  /// and the time selection ("cow.csv, window 47-50 (...)").
  [[nodiscard]] std::string input_description() const;
  /// --format, checked against what the command supports.
  [[nodiscard]] output_format format(std::initializer_list<output_format> supported) const;
  /// The picture options from --max-nodes (for --format svg and report).
  [[nodiscard]] render::picture_options picture() const;
  /// The view options from --as-of, --min-confidence and the GDELT noise controls.
  [[nodiscard]] view_options view() const;

 private:
  std::optional<graph> graph_;
  std::optional<edge_list> edges_;
  std::string edges_note_;  // what load_edges() chose: network, time selection
  std::vector<load_warning> warnings_;
};

/// A date flag's value (YYYY, YYYY-MM or YYYY-MM-DD), or nullopt when empty.
/// \throws usage_error naming the flag and what was expected
[[nodiscard]] std::optional<date> date_flag(const std::string& text, const std::string& flag);

/// A time window given as "FROM..TO"; either end may be left out, not both.
struct date_window {
  std::optional<date> from;
  std::optional<date> to;
};
/// Parses `flag`'s "FROM..TO". \throws usage_error naming the flag, the end at fault and what was expected
[[nodiscard]] date_window parse_window(const std::string& text, const std::string& flag = "--window");

/// "Name (id)".
[[nodiscard]] std::string label(const graph& g, node_ref n);
[[nodiscard]] std::string label(const graph& g, actor_index a);
/// {"id":..., "name":..., "kind":...}
[[nodiscard]] json_t node_json(const graph& g, node_ref n);
/// The provenance of a fact as JSON: sources (ids), confidence, note.
[[nodiscard]] json_t provenance_json(const graph& g, const provenance& p);
/// "[seed, other]" or "" when a fact cites nothing.
[[nodiscard]] std::string source_tags(const graph& g, const provenance& p);
/// The facts' sources, each once, in first-cited order.
void collect_sources(const provenance& p, std::vector<source_index>& into);
/// Full records of the given sources, as JSON.
[[nodiscard]] json_t sources_json(const graph& g, const std::vector<source_index>& sources);
/// Prints a "Sources" footnote block.
void print_sources(std::ostream& out, const graph& g, const std::vector<source_index>& sources);
/// One relation as text: "Iran —backs→ Harakat al-Nujaba (since 2023-10)".
[[nodiscard]] std::string relation_text(const graph& g, relation_index r);
/// One role edge as a sentence: "Islamic State carried out Kerman bombing", "Baghdad strike targeted Harakat al-Nujaba".
[[nodiscard]] std::string role_text(const graph& g, std::uint32_t role_edge_index);
/// What a role edge rests on: its own provenance, or its incident's when it cites nothing itself.
[[nodiscard]] const provenance& role_provenance(const graph& g, std::uint32_t role_edge_index);
/// What an incident link rests on: its own provenance, or the responding incident's.
[[nodiscard]] const provenance& link_provenance(const graph& g, std::uint32_t link_index);
/// One relation as JSON.
[[nodiscard]] json_t relation_json(const graph& g, relation_index r);
/// "1 actor", "15 actors": a count with its noun, plural when it is not 1.
[[nodiscard]] std::string count_of(std::size_t n, const std::string& noun);
/// "15 actors, 10 incidents, 14 relations".
[[nodiscard]] std::string graph_summary(const graph& g);
[[nodiscard]] std::string graph_summary(std::uint64_t actors, std::uint64_t incidents, std::uint64_t relations);
/// An incident's display title: its name, else for an imported event its
/// CAMEO or dataset event type ("Fire artillery or tanks (CAMEO 1952)"), else its id.
[[nodiscard]] std::string incident_title(const incident& inc);
/// How an event dataset coded an incident, as JSON (null for hand-written incidents).
[[nodiscard]] json_t coding_json(const incident& inc);
/// The same as (field, value) rows for a table; none for hand-written incidents.
[[nodiscard]] std::vector<std::vector<std::string>> coding_rows(const graph& g, const incident& inc);
/// The names importers merged into an actor, with their rules, as JSON.
[[nodiscard]] json_t merged_json(const actor& a);
/// A number with up to 3 decimals, no trailing zeros.
[[nodiscard]] std::string decimal_text(double v);

/// A plain-text table with aligned columns.
struct table {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  void print(std::ostream& out) const;
};

/// Writes rows as RFC 4180 CSV.
void print_csv(std::ostream& out, const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows);

/// Adds the --format option text to a command's help.
void add_format_option(CLI::App& command, context& ctx, const std::string& formats);

}  // namespace faultline::cli
