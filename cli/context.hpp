// SPDX-License-Identifier: Apache-2.0
#pragma once
// Loading what the global options name: the graph (scenarios, imports or the
// bundled sample) or a plain edge list, the view options, and the date
// flags. Words live in text/, output in print/.

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <faultline/graph/event_store.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/progress.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/loaders/edge_list.hpp>
#include <faultline/loaders/scenario.hpp>
#include <faultline/render/svg.hpp>

#include "print/printers.hpp"

namespace faultline::cli {

/// Exit codes of the faultline command (DESIGN: 0 ok, 1 no result, 2 bad input or usage).
enum exit_code : int { exit_ok = 0, exit_no_result = 1, exit_bad_input = 2 };

struct global_options {
  std::vector<std::string> scenarios;
  std::string format = "table";
  std::string as_of;
  double min_confidence = 0.0;
  std::uint32_t min_mentions = 0;                                      ///< --min-mentions N (GDELT)
  std::uint32_t min_sources = 0;                                       ///< --min-sources N (GDELT)
  bool root_events_only = false;                                       ///< --root-events-only (GDELT)
  std::size_t max_nodes = render::picture_options::default_max_nodes;  ///< --max-nodes N: pictures (svg, report)
  std::string edges;  ///< --edges FILE: a plain edge list instead of a scenario
  std::string nodes;  ///< --nodes FILE: a node list to go with --edges
  edge_list_options edge_options;
  bool undirected = false;           ///< --undirected: CSV edges have no direction
  std::vector<std::string> imports;  ///< --import FORMAT:FILE: event data added to the scenarios
  input_limits limits;               ///< --max-input-size, --max-string-length
};

/// A command's typed result kept by an embedding caller instead of printed
/// (the Python module): it converts to each format the command offers.
class kept_result {
 public:
  virtual ~kept_result() = default;
  /// The formats the result converts to, in --format order (empty for export and convert).
  [[nodiscard]] virtual std::vector<output_format> formats() const = 0;
  /// The result in `format`, as the command would print it on standard output.
  [[nodiscard]] virtual std::string text(output_format format) const = 0;
  /// export and convert: the bytes for standard output and the report for standard error.
  [[nodiscard]] virtual std::string output() const = 0;
  [[nodiscard]] virtual std::string report() const = 0;
  /// The exit status the command would give (1: no result).
  [[nodiscard]] virtual int status() const = 0;
  /// Centrality: one score per vertex (or per tie, for edge betweenness), unrounded, and their ids; else empty.
  [[nodiscard]] virtual const std::vector<double>& scores() const = 0;
  [[nodiscard]] virtual std::vector<std::string> score_ids() const = 0;
  /// Centrality: the measure's name ("pagerank"); else empty.
  [[nodiscard]] virtual std::string score_name() const = 0;
  /// import without -o: the imported graph; else null.
  [[nodiscard]] virtual std::shared_ptr<graph> imported() const = 0;
};

class context {
 public:
  context(std::ostream& stdout_stream, std::ostream& stderr_stream) : out(stdout_stream), err(stderr_stream) {}

  std::ostream& out;
  std::ostream& err;
  global_options options;
  /// When set, commands hand their typed result here instead of printing it (an embedding caller).
  std::function<void(std::shared_ptr<const kept_result>)> keep;
  /// When set, long work (imports, centrality, bloc searches) reports here
  /// instead of drawing a bar on `err`; returning false cancels it (cancelled_error).
  progress_callback progress;

  /// The graph of --scenario files plus --import event data, or the bundled
  /// sample when neither is given; loaded once. Reports each import on `err`.
  const graph& load();
  /// When the input is one columnar snapshot (a single --scenario of format
  /// version 5, no --import, no --edges) and nothing is loaded yet: the
  /// snapshot opened in place (header and section table read, nothing
  /// else), for commands that can answer from its columns without loading
  /// every incident. Otherwise nullopt. \throws as event_store::open
  [[nodiscard]] std::optional<event_store> columnar_input() const;
  /// The actor `name` finds in a columnar snapshot whose actors, relations
  /// and sources are `rest`, as the whole graph would find it: nullopt when
  /// the whole graph would not (no such actor, an ambiguous name, or a name
  /// that also finds an incident), so that the caller loads it and reports
  /// what it says (that it names an incident, say). Reads the incident ids
  /// unless `name` is an actor's id.
  [[nodiscard]] static std::optional<actor_index> resolve_in_place(const event_store& store, const graph& rest,
                                                                   const std::string& name);
  /// The node (actor, or incident by its index in the snapshot) `name`
  /// finds, by the same rules; nullopt when the whole graph would find no
  /// node or several.
  [[nodiscard]] static std::optional<node_ref> resolve_node_in_place(const event_store& store, const graph& rest,
                                                                     const std::string& name);
  /// The graph of a columnar snapshot's actors, relations and sources,
  /// without incidents (event_store::load_rest, validated).
  /// \throws snapshot_error when it is damaged or inconsistent
  [[nodiscard]] static std::shared_ptr<const graph> rest_graph(const event_store& store);
  /// The graph of a columnar snapshot's actors, relations and sources and
  /// of the given incidents only (ascending indices), with their roles and
  /// the links between them: what a command that looks at a window or an
  /// actor needs, read from the columns without materialising the rest.
  /// Nullopt when it would not answer as the whole graph does, so that the
  /// caller loads the whole graph: when a link joins one of the incidents to
  /// one left out and `crossing` is `decline` (the time order puts a
  /// response after what it answers, and a linked incident is never folded
  /// as a duplicate), or when the incidents are all of them. With `drop`,
  /// such links are left out instead (a command that looks at links of
  /// some incidents only, and reads their other ends too), and the graph is
  /// built whatever the number of incidents. Roles keep the snapshot's
  /// order.
  /// \throws snapshot_error when what it reads is damaged or inconsistent
  /// `rest`, when given, is rest_graph(store), already read.
  enum class crossing_links { decline, drop };
  [[nodiscard]] static std::optional<graph> subgraph(const event_store& store,
                                                     std::span<const incident_index> incidents,
                                                     const graph* rest = nullptr,
                                                     crossing_links crossing = crossing_links::decline);
  /// Which incidents a window selects (faultline::window_rule).
  using window_rule = faultline::window_rule;
  /// For a command over a window and perhaps one actor's incidents, when
  /// the input is one columnar snapshot: the graph of every actor and
  /// relation and of the incidents that may be in the window (and the
  /// actor's, when `of_actor` names one), read from the snapshot's indexes
  /// (window_candidates(), subgraph()). `names` are the actor names the command
  /// will resolve: when one is no actor's, nullptr, so that the whole graph
  /// reports it as it would without the indexes. Also nullptr when the
  /// input is not one columnar snapshot, or subgraph() declines.
  [[nodiscard]] std::shared_ptr<const graph> window_graph(const std::vector<std::string>& names,
                                                          const std::string& of_actor, std::optional<date> from,
                                                          std::optional<date> to, window_rule rule) const;
  /// What loading the scenarios warned about (`validate` lists it; other commands stay quiet, as for unsourced facts).
  [[nodiscard]] const std::vector<load_warning>& load_warnings() const noexcept { return warnings_; }
  /// Whether --edges was given.
  [[nodiscard]] bool has_edges() const noexcept { return !options.edges.empty(); }
  /// The --edges file (with --nodes), loaded once. With --as-of or a
  /// command's `window` (FROM..TO, or a label of the list's `window`
  /// column), only the ties they select (select_edges_in_time).
  /// \throws usage_error when --edges was not given, or a time selection on a list without dates.
  const edge_list& load_edges(const std::string& window = {});
  /// Uses `g` as the loaded graph (an embedding caller that built it itself).
  void adopt(graph g) { graph_ = std::move(g); }
  /// Uses `edges` as the --edges list, named `name` in headers and messages.
  void adopt_edges(edge_list edges, const std::string& name) {
    options.edges = name;
    edges_ = std::move(edges);
  }
  /// For commands that need a scenario: refuses --edges with a clear message.
  void require_scenario(const std::string& command) const;
  /// The lock of an output file that a command reads and replaces
  /// (`import -o`, `convert`): taken now, or, when another faultline holds
  /// it, after saying so on err and waiting. A missing file needs no lock.
  [[nodiscard]] file_lock lock_output(const std::string& path);
  /// The name of what was loaded, for headers ("the bundled sample" or the
  /// file list); for an edge list once loaded, also the Pajek network read
  /// and the time selection ("cow.csv, window 47-50 (...)").
  [[nodiscard]] std::string input_description() const;
  /// --format, checked against what the command supports.
  [[nodiscard]] output_format format(const std::vector<output_format>& supported) const;
  /// The picture options from --max-nodes (for --format svg and report).
  [[nodiscard]] render::picture_options picture() const;
  /// The view options from --as-of, --min-confidence and the GDELT noise controls.
  [[nodiscard]] view_options view() const;

 private:
  std::optional<graph> graph_;
  std::optional<edge_list> edges_;     // the whole list, as read
  std::optional<edge_list> selected_;  // the ties the last time selection kept
  std::string edges_note_;             // what load_edges() chose: network, time selection
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

}  // namespace faultline::cli
