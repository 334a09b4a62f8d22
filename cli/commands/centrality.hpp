// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline centrality -m METRIC`: who matters, by one measure, on a
// scenario (a layer, a date, a window) or on a plain edge list.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <faultline/algorithms/centrality.hpp>
#include <faultline/graph/compact.hpp>

#include "commands.hpp"

namespace faultline::cli {

struct centrality_cli_options {
  std::string metric;               ///< -m: degree, betweenness, ... (centrality.cpp's `metrics`)
  std::vector<std::string> layers;  ///< --layer: relation types (edge list: `type` values)
  std::string window;               ///< --window FROM..TO, or an edge list's window label
  /// --incidents and --min-events; run sets the direction (--undirected) and the window.
  compact_view_options view;
  std::size_t top = 0;  ///< --top K (0: all)
  bool normalized = false;
  bool unweighted = false;
  unsigned threads = 0;             ///< 0: every core
  std::string mode = "all";         ///< --mode: in, out or all
  std::string sign = "any";         ///< --sign: any, positive or negative
  pagerank_options pagerank;        ///< --damping (the other fields come from the flags all measures share)
  katz_options katz;                ///< --alpha
  betweenness_options betweenness;  ///< --samples, --seed
  std::optional<double> tolerance;
  std::optional<std::size_t> max_iterations;
};

/// The graph measured and how to name its vertices (an actor, or a node of the edge list).
struct centrality_subject {
  compact_graph graph;
  std::function<json_t(compact_graph::vertex)> node;  ///< {"id", "name", ...}
  std::function<std::string(compact_graph::vertex)> id;
  std::function<std::string(compact_graph::vertex)> label;  ///< for tables
  std::string noun = "actors";
};

/// One ranked score: of vertex `a`, or (edge betweenness) of the tie a-b.
struct centrality_row {
  compact_graph::vertex a, b;
  double score;     ///< rounded to 10 significant digits
  std::string key;  ///< the id(s), for ties of score
};

struct centrality_cli_result {
  std::string metric, title;  ///< "pagerank", "PageRank"
  std::string input;          ///< context::input_description()
  std::string description;    ///< "34 nodes, 78 ties (undirected, weighted); layer ..."
  std::string as_of;          ///< --as-of as given
  centrality_cli_options options;
  centrality_subject subject;
  bool weights_used = false;
  bool by_magnitude = false;  ///< signed eigenvector: ranked by |score|
  bool edge_rows = false;     ///< edge betweenness: rows are ties
  std::size_t iterations = 0;
  std::vector<compact_graph::vertex> sources;  ///< sampled betweenness sources
  std::vector<centrality_row> rows;            ///< every score, ranked
  std::size_t shown = 0;                       ///< how many --top shows
  render::picture_options picture;             ///< --max-nodes
  /// Every score unrounded, by vertex (edge betweenness: by tie, the ties in
  /// `score_ties`), for callers that take the scores as an array (Python).
  std::vector<double> scores;
  std::vector<std::pair<compact_graph::vertex, compact_graph::vertex>> score_ties;
  /// The id of each score's vertex; for a tie, its two ids joined by U+001F.
  [[nodiscard]] std::vector<std::string> score_ids() const;

  /// No ties: nothing to rank (exit 1).
  [[nodiscard]] bool empty() const { return subject.graph.arc_count() == 0; }
  [[nodiscard]] print::document to_document() const;  // centrality_text.cpp
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] json_t to_json() const;
  /// The shown scores as ranked bars (render::bars_svg).
  [[nodiscard]] std::string to_svg() const;
};

/// Declares -m and the measures' flags.
void setup(CLI::App& sub, centrality_cli_options& o);
/// Builds the graph (scenario or --edges), measures and ranks.
/// \throws usage_error for an unknown metric, bad flags or flags that do not fit the input
[[nodiscard]] centrality_cli_result run(context& ctx, const centrality_cli_options& o);

/// The graph of the loaded scenario's view: the layers, the window and
/// --incidents (centrality_input.cpp). \throws usage_error for bad flags
[[nodiscard]] centrality_subject centrality_of_scenario(context& ctx, const centrality_cli_options& o);
/// The graph of --edges, the layers being values of its `type` column.
/// \throws usage_error for scenario-only flags, an unknown layer
[[nodiscard]] centrality_subject centrality_of_edge_list(context& ctx, const centrality_cli_options& o);
/// What was measured: "34 nodes, 78 ties (undirected, weighted); layer ...; as of ...; window ...".
[[nodiscard]] std::string centrality_description(const centrality_cli_result& r);

/// A score as the table and CSV show it: 6 decimals, "nan", no "-0".
[[nodiscard]] std::string score_text(double x);

}  // namespace faultline::cli
