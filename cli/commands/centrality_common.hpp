// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the files of `centrality` share: its flags, the metrics, and the
// graph to measure (a scenario's actors or an edge list's nodes) with how to
// name its vertices (centrality_subject.cpp).

#include <faultline/algorithms/centrality.hpp>
#include <faultline/graph/compact.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

struct metric_info {
  const char* name;
  const char* title;
};

inline constexpr metric_info metrics[] = {
    {"degree", "Degree"},
    {"betweenness", "Betweenness"},
    {"edge-betweenness", "Edge betweenness"},
    {"pagerank", "PageRank"},
    {"eigenvector", "Eigenvector centrality"},
    {"closeness", "Closeness"},
    {"harmonic", "Harmonic centrality"},
    {"katz", "Katz centrality"},
    {"pn", "PN index"},
    {"signed-eigenvector", "Signed eigenvector centrality"},
};

struct centrality_cli_options {
  std::string metric;
  std::vector<std::string> layers;
  std::string window;
  bool incidents = false;
  std::size_t min_events = 1;
  std::size_t top = 0;
  bool normalized = false;
  bool unweighted = false;
  unsigned threads = 0;
  std::string mode = "all";
  std::string sign = "any";
  double damping = pagerank_options{}.damping;
  double alpha = katz_options{}.alpha;
  std::size_t samples = 0;
  std::uint64_t seed = 0;
  std::optional<double> tolerance;
  std::optional<std::size_t> max_iterations;
};

/// The metric named `name`. \throws usage_error naming the known ones
[[nodiscard]] const metric_info& find_metric(const std::string& name);
/// A score rounded to 10 significant digits (output independent of the thread count).
[[nodiscard]] double rounded(double x);
/// A score with 6 decimals ("nan" for NaN, no "-0").
[[nodiscard]] std::string score_text(double x);

// The graph to measure and how to name its vertices.
struct subject {
  compact_graph graph;
  std::function<json_t(compact_graph::vertex)> node;  // {"id", "name", ...}
  std::function<std::string(compact_graph::vertex)> id;
  std::function<std::string(compact_graph::vertex)> label;  // for tables
  std::string noun = "actors";
};

/// The compact graph of the scenario under the view, --layer and --window. \throws usage_error
[[nodiscard]] subject from_scenario(context& ctx, const centrality_cli_options& opt);
/// The compact graph of --edges, with --layer. \throws usage_error
[[nodiscard]] subject from_edge_list(context& ctx, const centrality_cli_options& opt);
/// "15 actors, 20 ties (directed, weighted); layer backs; as of 2024".
[[nodiscard]] std::string describe(const subject& s, const context& ctx, const centrality_cli_options& opt,
                                   bool weights_used);
/// --mode in|out|all. \throws usage_error
[[nodiscard]] degree_direction parse_direction(const std::string& mode);

}  // namespace faultline::cli
