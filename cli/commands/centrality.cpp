// SPDX-License-Identifier: Apache-2.0
#include "commands/centrality.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/compact_edge_list.hpp>

namespace faultline::cli {
namespace {

struct metric_info {
  const char* name;
  const char* title;
};

constexpr metric_info metrics[] = {
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

const metric_info& find_metric(const std::string& name) {
  std::string known;
  for (const auto& m : metrics) {
    if (name == m.name) return m;
    known += (known.empty() ? "" : ", ") + std::string(m.name);
  }
  throw usage_error("Unknown metric \"" + name + "\": expected one of " + known);
}

// A score rounded to 10 significant digits, so that output does not depend
// on the thread count (which may change the last bits of a sum).
double rounded(double x) {
  char buffer[40];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::general, 10).ptr;
  double value = x;
  std::from_chars(buffer, end, value);
  return value;
}

}  // namespace

std::string score_text(double x) {
  if (std::isnan(x)) return "nan";
  std::string s = fmt::format("{:.6f}", rounded(x));
  if (s == "-0.000000") s = "0.000000";
  return s;
}

namespace {

degree_direction parse_direction(const std::string& mode) {
  if (mode == "in") return degree_direction::in;
  if (mode == "out") return degree_direction::out;
  if (mode == "all") return degree_direction::all;
  throw usage_error("--mode \"" + mode + "\" is invalid: expected in, out or all");
}

sign_filter parse_sign(const std::string& sign) {
  if (sign == "positive") return sign_filter::positive;
  if (sign == "negative") return sign_filter::negative;
  if (sign == "any") return sign_filter::any;
  throw usage_error("--sign \"" + sign + "\" is invalid: expected any, positive or negative");
}

// The iterative measures' stopping rule: the flags when given, else the measure's own.
template <class Options>
Options iterative(Options o, const centrality_cli_options& opt) {
  if (opt.tolerance) o.tolerance = *opt.tolerance;
  if (opt.max_iterations) o.max_iterations = *opt.max_iterations;
  return o;
}

// The scores of `name` on `g` (edge betweenness: into `edges`).
centrality_result measure(const compact_graph& g, const std::string& name, const centrality_cli_options& opt,
                          bool weights_used, std::vector<edge_score>& edges, const progress_callback& progress) {
  const auto direction = parse_direction(opt.mode);
  const bool use_weights = !opt.unweighted;
  if (name == "degree")
    return degree(g, {.direction = direction,
                      .weighted = weights_used,
                      .signs = parse_sign(opt.sign),
                      .normalized = opt.normalized});
  if (name == "betweenness" || name == "edge-betweenness") {
    betweenness_options o = opt.betweenness;
    o.use_weights = use_weights;
    o.normalized = opt.normalized;
    o.threads = opt.threads;
    o.progress = progress;
    if (name == "betweenness") return betweenness(g, o);
    edges = edge_betweenness(g, o);
    return {};
  }
  if (name == "pagerank") {
    pagerank_options o = iterative(opt.pagerank, opt);
    o.use_weights = use_weights;
    o.threads = opt.threads;
    o.progress = progress;
    return pagerank(g, o);
  }
  if (name == "eigenvector") {
    eigenvector_options o = iterative(eigenvector_options{}, opt);
    o.use_weights = use_weights;
    o.threads = opt.threads;
    o.progress = progress;
    return eigenvector(g, o);
  }
  if (name == "closeness")
    return closeness(g, {.use_weights = use_weights, .threads = opt.threads, .progress = progress});
  if (name == "harmonic")
    return harmonic(
        g, {.use_weights = use_weights, .normalized = opt.normalized, .threads = opt.threads, .progress = progress});
  if (name == "katz") {
    katz_options o = iterative(opt.katz, opt);
    o.use_weights = use_weights;
    o.normalized = opt.normalized;
    o.threads = opt.threads;
    o.progress = progress;
    return katz(g, o);
  }
  if (name == "pn") {
    pn_options o = iterative(pn_options{}, opt);
    o.progress = progress;
    if (g.directed()) {
      if (direction == degree_direction::all)
        throw usage_error("The PN index of a directed graph needs --mode in or --mode out (or give --undirected)");
      o.mode = direction == degree_direction::in ? pn_mode::in : pn_mode::out;
    }
    return pn_index(g, o);
  }
  auto o = iterative(signed_eigenvector_options{}, opt);
  o.progress = progress;
  return signed_eigenvector(g, o);
}

}  // namespace

void setup(CLI::App& sub, centrality_cli_options& o) {
  std::string names;
  for (const auto& m : metrics)
    names += (names.empty() ? "" : ", ") + std::string(m.name);
  sub.add_option("-m,--metric", o.metric, "The measure: " + names)->required()->type_name("M");
  sub.add_option("--layer", o.layers,
                 "Only ties of these relation types (comma-separated, repeatable), e.g. backs,allied_with; with "
                 "--edges, values of the `type` column")
      ->delimiter(',')
      ->type_name("TYPES");
  sub.add_option("--window", o.window,
                 "Only relations and incidents that hold within FROM..TO (either end may be left out); with a "
                 "dated --edges list, its ties in FROM..TO, or one window of its `window` column by label (e.g. 47-50)")
      ->type_name("FROM..TO");
  sub.add_flag("--incidents", o.view.incidents,
               "Also count incidents, as ties from the actors behind each one to its targets and victims: hostile, "
               "or, from perpetrator to target, the stance the event dataset coded (a cooperative GDELT event is "
               "friendly, a neutral one unsigned)");
  sub.add_option("--min-events", o.view.min_events,
                 "With --incidents: two actors' incident ties count only when at least N incidents tie them (either "
                 "way); relations are not affected")
      ->capture_default_str()
      ->type_name("N");
  sub.add_option("--top", o.top, "Show only the K highest scores; 0 shows all")->capture_default_str()->type_name("K");
  sub.add_flag("--normalized", o.normalized,
               "Normalise as NetworkX does: degree and harmonic by n-1, betweenness by (n-1)(n-2) (edges: n(n-1)), "
               "Katz to unit length");
  sub.add_flag("--unweighted", o.unweighted,
               "Ignore edge weights (by default a weight column or relation weight is used: as a distance by "
               "betweenness, closeness and harmonic, as a strength by the others)");
  sub.add_option("--threads", o.threads, "Threads to use; 0 uses every core")->capture_default_str()->type_name("N");
  sub.add_option("--mode", o.mode, "degree: in, out or all ties; pn on a directed graph: in or out")
      ->capture_default_str();
  sub.add_option("--sign", o.sign, "degree: count any, positive or negative ties only")->capture_default_str();
  sub.add_option("--damping", o.pagerank.damping, "pagerank: probability of following a tie")->capture_default_str();
  sub.add_option("--alpha", o.katz.alpha, "katz: attenuation factor (below 1 / largest eigenvalue)")
      ->capture_default_str();
  sub.add_option("--samples", o.betweenness.samples, "betweenness: estimate from K random sources; 0 is exact")
      ->capture_default_str()
      ->type_name("K");
  sub.add_option("--seed", o.betweenness.seed, "betweenness: seed of the random sources")->capture_default_str();
  sub.add_option("--tolerance", o.tolerance,
                 "Iterative measures: stopping tolerance (default: the measure's own, e.g. " +
                     number_text(pagerank_options{}.tolerance) + " for pagerank)");
  sub.add_option("--max-iter", o.max_iterations,
                 "Iterative measures: iteration cap (default: the measure's own, e.g. " +
                     std::to_string(pagerank_options{}.max_iterations) + " for pagerank)");
}

centrality_cli_result run(context& ctx, const centrality_cli_options& o) {
  const auto& metric = find_metric(o.metric);
  (void)parse_direction(o.mode);  // bad --mode and --sign before any loading
  (void)parse_sign(o.sign);
  centrality_cli_result r;
  r.metric = metric.name;
  r.title = metric.title;
  r.options = o;
  r.as_of = ctx.options.as_of;
  r.subject = ctx.has_edges() ? centrality_of_edge_list(ctx, o) : centrality_of_scenario(ctx, o);
  const auto& g = r.subject.graph;
  r.weights_used = !o.unweighted && g.weighted() && r.metric != "pn" && r.metric != "signed-eigenvector";
  r.input = ctx.input_description();
  r.description = centrality_description(r);

  std::vector<edge_score> edges;
  centrality_result result = measure(g, r.metric, o, r.weights_used, edges, ctx.progress);
  r.iterations = result.iterations;
  r.sources = result.sources;
  // Rows: score desc, then id (edge betweenness: the pair's ids).
  r.edge_rows = r.metric == "edge-betweenness";
  const auto& s = r.subject;
  if (r.edge_rows) {
    for (const auto& e : edges) {
      r.rows.push_back({e.source, e.target, rounded(e.score), s.id(e.source) + "\x1f" + s.id(e.target)});
      r.scores.push_back(e.score);
      r.score_ties.emplace_back(e.source, e.target);
    }
  } else {
    for (compact_graph::vertex v = 0; v < result.scores.size(); ++v)
      r.rows.push_back({v, v, rounded(result.scores[v]), s.id(v)});
    r.scores = std::move(result.scores);
  }
  // The signed eigenvector's magnitude is the actor's standing and its sign
  // the side of the graph's main split (Bonacich and Lloyd 2004), so it is
  // ranked by magnitude: a leader of the other side is as central as one of
  // the top actor's side, not the least central of all.
  r.by_magnitude = r.metric == "signed-eigenvector";
  std::sort(r.rows.begin(), r.rows.end(), [by_magnitude = r.by_magnitude](const auto& x, const auto& y) {
    const double a = by_magnitude ? std::abs(x.score) : x.score;
    const double b = by_magnitude ? std::abs(y.score) : y.score;
    if (a != b) return a > b;
    return x.key < y.key;
  });
  r.shown = o.top == 0 ? r.rows.size() : std::min(o.top, r.rows.size());
  r.picture = ctx.picture();
  return r;
}

std::vector<std::string> centrality_cli_result::score_ids() const {
  std::vector<std::string> ids;
  ids.reserve(scores.size());
  if (edge_rows) {
    for (const auto& [a, b] : score_ties)
      ids.push_back(subject.id(a) + "\x1f" + subject.id(b));
  } else {
    for (compact_graph::vertex v = 0; v < scores.size(); ++v)
      ids.push_back(subject.id(v));
  }
  return ids;
}

void add_centrality(CLI::App& app, context& ctx, int& status) {
  add_command<centrality_cli_options>(
      app, ctx, status, "centrality",
      "Who matters: rank actors (or the nodes of an edge list) by a centrality measure, on a layer of the graph, "
      "at a date or in a window.\nScores follow NetworkX; the signed measures (pn, signed-eigenvector) follow signnet",
      setup, run);
}

}  // namespace faultline::cli
