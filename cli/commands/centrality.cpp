// SPDX-License-Identifier: Apache-2.0
// `centrality`: who matters, by one measure, on a scenario (a layer, a date,
// a window) or on a plain edge list.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <optional>
#include <ostream>

#include <faultline/algorithms/centrality.hpp>
#include <faultline/graph/compact.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/compact_edge_list.hpp>

#include "commands.hpp"

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

std::string score_text(double x) {
  if (std::isnan(x)) return "nan";
  std::string s = fmt::format("{:.6f}", rounded(x));
  if (s == "-0.000000") s = "0.000000";
  return s;
}

// The graph to measure and how to name its vertices.
struct subject {
  compact_graph graph;
  std::function<json_t(compact_graph::vertex)> node;         // {"id", "name", ...}
  std::function<std::string(compact_graph::vertex)> id;
  std::function<std::string(compact_graph::vertex)> label;   // for tables
  std::string noun = "actors";
};

subject from_scenario(context& ctx, const centrality_cli_options& opt) {
  const auto& g = ctx.load();
  auto vo = ctx.view();
  vo.relation_types = opt.layers;
  const graph_view view(g, vo);
  compact_view_options co;
  co.directed = !ctx.options.undirected;
  co.incidents = opt.incidents;
  co.min_events = opt.min_events;
  if (opt.min_events != 1 && !opt.incidents)
    throw usage_error("--min-events counts incidents between two actors: give --incidents too");
  if (!opt.window.empty()) {
    const auto w = parse_window(opt.window);
    co.from = w.from;
    co.to = w.to;
    co.validate();
  }
  subject s;
  s.graph = make_compact(view, co);
  s.node = [&g](compact_graph::vertex v) { return node_json(g, node_ref{false, v}); };
  s.id = [&g](compact_graph::vertex v) { return g.actors()[v].id; };
  s.label = [&g](compact_graph::vertex v) { return label(g, v); };
  return s;
}

subject from_edge_list(context& ctx, const centrality_cli_options& opt) {
  if (opt.incidents) throw usage_error("--incidents works on scenarios, not on a plain edge list");
  if (opt.min_events != 1) throw usage_error("--min-events works on the incidents of scenarios, not on a plain edge list");
  const auto& edges = ctx.load_edges(opt.window);
  subject s;
  s.noun = "nodes";
  if (opt.layers.empty()) {
    s.graph = make_compact(edges, {!opt.unweighted});
  } else {
    if (edges.type.empty()) throw usage_error("--layer needs a `type` column in the edge list " + edges.name);
    std::vector<bool> keep(edges.type_names.size(), false);
    for (const auto& layer : opt.layers) {
      auto it = std::find(edges.type_names.begin(), edges.type_names.end(), layer);
      if (it == edges.type_names.end()) {
        std::string known;
        for (const auto& t : edges.type_names) known += (known.empty() ? "" : ", ") + t;
        throw usage_error("Unknown layer \"" + layer + "\": the edge list's types are " + known);
      }
      keep[static_cast<std::size_t>(it - edges.type_names.begin())] = true;
    }
    edge_list kept;
    kept.name = edges.name;
    kept.nodes = edges.nodes;
    kept.directed = edges.directed;
    for (std::size_t e = 0; e < edges.edge_count(); ++e) {
      if (!keep[edges.type[e]]) continue;
      kept.source.push_back(edges.source[e]);
      kept.target.push_back(edges.target[e]);
      if (!edges.weight.empty()) kept.weight.push_back(edges.weight[e]);
      if (!edges.sign.empty()) kept.sign.push_back(edges.sign[e]);
      if (!edges.arc.empty()) kept.arc.push_back(edges.arc[e]);
    }
    s.graph = make_compact(kept, {!opt.unweighted});
  }
  s.id = [&edges](compact_graph::vertex v) { return edges.nodes[v]; };
  s.node = [&edges](compact_graph::vertex v) {
    json_t j;
    j["id"] = edges.nodes[v];
    j["name"] = v < edges.labels.size() && !edges.labels[v].empty() ? edges.labels[v] : edges.nodes[v];
    return j;
  };
  s.label = [&edges](compact_graph::vertex v) {
    const auto& id = edges.nodes[v];
    if (v < edges.labels.size() && !edges.labels[v].empty() && edges.labels[v] != id) return edges.labels[v] + " (" + id + ")";
    return id;
  };
  return s;
}

std::string describe(const subject& s, const context& ctx, const centrality_cli_options& opt, bool weights_used) {
  const auto& g = s.graph;
  std::string text = std::to_string(g.vertex_count()) + " " + s.noun + ", " + std::to_string(g.edge_count()) +
                     (g.edge_count() == 1 ? " tie" : " ties") + " (" + (g.directed() ? "directed" : "undirected") +
                     (weights_used ? ", weighted" : "") + (g.is_signed() ? ", signed" : "") + ")";
  if (!opt.layers.empty()) {
    std::string layers;
    for (const auto& l : opt.layers) layers += (layers.empty() ? "" : ", ") + l;
    text += "; layer " + layers;
  }
  if (!ctx.options.as_of.empty()) text += "; as of " + ctx.options.as_of;
  if (!opt.window.empty()) text += "; window " + opt.window;
  return text;
}

degree_direction parse_direction(const std::string& mode) {
  if (mode == "in") return degree_direction::in;
  if (mode == "out") return degree_direction::out;
  if (mode == "all") return degree_direction::all;
  throw usage_error("--mode \"" + mode + "\" is invalid: expected in, out or all");
}

}  // namespace

void add_centrality(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "centrality",
      "Who matters: rank actors (or the nodes of an edge list) by a centrality measure, on a layer of the graph, "
      "at a date or in a window.\nScores follow NetworkX; the signed measures (pn, signed-eigenvector) follow signnet");
  auto opt = std::make_shared<centrality_cli_options>();
  std::string names;
  for (const auto& m : metrics) names += (names.empty() ? "" : ", ") + std::string(m.name);
  cmd->add_option("-m,--metric", opt->metric, "The measure: " + names)->required()->type_name("M");
  cmd->add_option("--layer", opt->layers,
                  "Only ties of these relation types (comma-separated, repeatable), e.g. backs,allied_with; with "
                  "--edges, values of the `type` column")
      ->delimiter(',')
      ->type_name("TYPES");
  cmd->add_option("--window", opt->window, "Only relations and incidents that hold within FROM..TO (either end may be left out); with a "
                  "dated --edges list, its ties in FROM..TO, or one window of its `window` column by label (e.g. 47-50)")
      ->type_name("FROM..TO");
  cmd->add_flag("--incidents", opt->incidents,
                "Also count incidents, as ties from the actors behind each one to its targets and victims: hostile, "
                "or, from perpetrator to target, the stance the event dataset coded (a cooperative GDELT event is "
                "friendly, a neutral one unsigned)");
  cmd->add_option("--min-events", opt->min_events,
                  "With --incidents: two actors' incident ties count only when at least N incidents tie them (either "
                  "way); relations are not affected")
      ->capture_default_str()
      ->type_name("N");
  cmd->add_option("--top", opt->top, "Show only the K highest scores; 0 shows all")->capture_default_str()->type_name("K");
  cmd->add_flag("--normalized", opt->normalized,
                "Normalise as NetworkX does: degree and harmonic by n-1, betweenness by (n-1)(n-2) (edges: n(n-1)), "
                "Katz to unit length");
  cmd->add_flag("--unweighted", opt->unweighted, "Ignore edge weights (by default a weight column or relation weight is used: as a distance by betweenness, "
                "closeness and harmonic, as a strength by the others)");
  cmd->add_option("--threads", opt->threads, "Threads to use; 0 uses every core")->capture_default_str()->type_name("N");
  cmd->add_option("--mode", opt->mode, "degree: in, out or all ties; pn on a directed graph: in or out")
      ->capture_default_str();
  cmd->add_option("--sign", opt->sign, "degree: count any, positive or negative ties only")->capture_default_str();
  cmd->add_option("--damping", opt->damping, "pagerank: probability of following a tie")->capture_default_str();
  cmd->add_option("--alpha", opt->alpha, "katz: attenuation factor (below 1 / largest eigenvalue)")->capture_default_str();
  cmd->add_option("--samples", opt->samples, "betweenness: estimate from K random sources; 0 is exact")
      ->capture_default_str()
      ->type_name("K");
  cmd->add_option("--seed", opt->seed, "betweenness: seed of the random sources")->capture_default_str();
  cmd->add_option("--tolerance", opt->tolerance,
                  "Iterative measures: stopping tolerance (default: the measure's own, e.g. " +
                      number_text(pagerank_options{}.tolerance) + " for pagerank)");
  cmd->add_option("--max-iter", opt->max_iterations,
                  "Iterative measures: iteration cap (default: the measure's own, e.g. " +
                      std::to_string(pagerank_options{}.max_iterations) + " for pagerank)");
  add_format_option(*cmd, ctx, "table, json, csv, svg (ranked bars)");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format({output_format::table, output_format::json, output_format::csv, output_format::svg});
    const auto& metric = find_metric(opt->metric);
    const std::string name = metric.name;
    const auto direction = parse_direction(opt->mode);
    sign_filter signs = sign_filter::any;
    if (opt->sign == "positive") signs = sign_filter::positive;
    else if (opt->sign == "negative") signs = sign_filter::negative;
    else if (opt->sign != "any")
      throw usage_error("--sign \"" + opt->sign + "\" is invalid: expected any, positive or negative");

    const subject s = ctx.has_edges() ? from_edge_list(ctx, *opt) : from_scenario(ctx, *opt);
    const auto& g = s.graph;
    const bool use_weights = !opt->unweighted;
    const bool weights_used = use_weights && g.weighted() && name != "pn" && name != "signed-eigenvector";

    centrality_result result;
    std::vector<edge_score> edges;
    if (name == "degree") {
      result = degree(g, {.direction = direction, .weighted = weights_used, .signs = signs, .normalized = opt->normalized});
    } else if (name == "betweenness" || name == "edge-betweenness") {
      betweenness_options o;
      o.use_weights = use_weights;
      o.normalized = opt->normalized;
      o.samples = opt->samples;
      o.seed = opt->seed;
      o.threads = opt->threads;
      if (name == "betweenness") result = betweenness(g, o);
      else edges = edge_betweenness(g, o);
    } else if (name == "pagerank") {
      pagerank_options o;
      o.damping = opt->damping;
      o.use_weights = use_weights;
      o.threads = opt->threads;
      if (opt->tolerance) o.tolerance = *opt->tolerance;
      if (opt->max_iterations) o.max_iterations = *opt->max_iterations;
      result = pagerank(g, o);
    } else if (name == "eigenvector") {
      eigenvector_options o;
      o.use_weights = use_weights;
      o.threads = opt->threads;
      if (opt->tolerance) o.tolerance = *opt->tolerance;
      if (opt->max_iterations) o.max_iterations = *opt->max_iterations;
      result = eigenvector(g, o);
    } else if (name == "closeness") {
      result = closeness(g, {.use_weights = use_weights, .threads = opt->threads});
    } else if (name == "harmonic") {
      result = harmonic(g, {.use_weights = use_weights, .normalized = opt->normalized, .threads = opt->threads});
    } else if (name == "katz") {
      katz_options o;
      o.alpha = opt->alpha;
      o.use_weights = use_weights;
      o.normalized = opt->normalized;
      o.threads = opt->threads;
      if (opt->tolerance) o.tolerance = *opt->tolerance;
      if (opt->max_iterations) o.max_iterations = *opt->max_iterations;
      result = katz(g, o);
    } else if (name == "pn") {
      pn_options o;
      if (g.directed()) {
        if (direction == degree_direction::all)
          throw usage_error("The PN index of a directed graph needs --mode in or --mode out (or give --undirected)");
        o.mode = direction == degree_direction::in ? pn_mode::in : pn_mode::out;
      }
      if (opt->tolerance) o.tolerance = *opt->tolerance;
      if (opt->max_iterations) o.max_iterations = *opt->max_iterations;
      result = pn_index(g, o);
    } else {
      signed_eigenvector_options o;
      if (opt->tolerance) o.tolerance = *opt->tolerance;
      if (opt->max_iterations) o.max_iterations = *opt->max_iterations;
      result = signed_eigenvector(g, o);
    }
    status = g.arc_count() == 0 ? exit_no_result : exit_ok;

    // Rows: rank, node, score (edge betweenness: rank, source, target, score); score desc, then id.
    struct row {
      compact_graph::vertex a, b;
      double score;
      std::string key;
    };
    std::vector<row> rows;
    if (name == "edge-betweenness") {
      for (const auto& e : edges)
        rows.push_back({e.source, e.target, rounded(e.score),
                        s.id(e.source) + "\x1f" + s.id(e.target)});
    } else {
      for (compact_graph::vertex v = 0; v < result.scores.size(); ++v)
        rows.push_back({v, v, rounded(result.scores[v]), s.id(v)});
    }
    // The signed eigenvector's magnitude is the actor's standing and its sign
    // the side of the graph's main split (Bonacich and Lloyd 2004), so it is
    // ranked by magnitude: a leader of the other side is as central as one of
    // the top actor's side, not the least central of all.
    const bool by_magnitude = name == "signed-eigenvector";
    std::sort(rows.begin(), rows.end(), [by_magnitude](const row& x, const row& y) {
      const double a = by_magnitude ? std::abs(x.score) : x.score;
      const double b = by_magnitude ? std::abs(y.score) : y.score;
      if (a != b) return a > b;
      return x.key < y.key;
    });
    const std::size_t shown = opt->top == 0 ? rows.size() : std::min(opt->top, rows.size());
    const bool edge_rows = name == "edge-betweenness";
    if (fmt == output_format::svg) {
      std::vector<render::ranked_bar> bars;
      for (std::size_t k = 0; k < shown; ++k)
        bars.push_back({edge_rows ? s.label(rows[k].a) + " \u2013 " + s.label(rows[k].b) : s.label(rows[k].a),
                        edge_rows ? std::string() : "actor:" + s.id(rows[k].a), rows[k].score});
      ctx.out << render::bars_svg(bars, "Centrality: " + name + " (" + ctx.input_description() + ")", ctx.picture());
      return;
    }

    if (fmt == output_format::json) {
      json_t j;
      j["metric"] = name;
      j["input"] = ctx.input_description();
      j["graph"] = {{"directed", g.directed()},
                    {s.noun, g.vertex_count()},
                    {"ties", g.edge_count()},
                    {"weighted", weights_used},
                    {"signed", g.is_signed()}};
      json_t options;
      options["layer"] = opt->layers;
      options["as_of"] = ctx.options.as_of.empty() ? json_t(nullptr) : json_t(ctx.options.as_of);
      options["window"] = opt->window.empty() ? json_t(nullptr) : json_t(opt->window);
      options["incidents"] = opt->incidents;
      options["min_events"] = opt->min_events;
      options["normalized"] = opt->normalized;
      j["options"] = options;
      j["ranked_by"] = by_magnitude ? "magnitude" : "score";
      j["iterations"] = result.iterations == 0 ? json_t(nullptr) : json_t(result.iterations);
      if (!result.sources.empty()) {
        json_t sources = json_t::array();
        for (auto v : result.sources) sources.push_back(s.id(v));
        j["sources"] = sources;
      }
      json_t list = json_t::array();
      for (std::size_t k = 0; k < shown; ++k) {
        json_t x;
        x["rank"] = k + 1;
        if (edge_rows) {
          x["source"] = s.node(rows[k].a);
          x["target"] = s.node(rows[k].b);
        } else {
          x["node"] = s.node(rows[k].a);
        }
        x["score"] = rows[k].score;
        list.push_back(std::move(x));
      }
      j["scores"] = std::move(list);
      ctx.out << j.dump(2) << "\n";
      return;
    }
    if (fmt == output_format::csv) {
      std::vector<std::vector<std::string>> cells;
      for (std::size_t k = 0; k < shown; ++k) {
        if (edge_rows)
          cells.push_back({std::to_string(k + 1), s.id(rows[k].a), s.id(rows[k].b), score_text(rows[k].score)});
        else
          cells.push_back({std::to_string(k + 1), s.id(rows[k].a), s.node(rows[k].a)["name"].get<std::string>(),
                           score_text(rows[k].score)});
      }
      print_csv(ctx.out,
                edge_rows ? std::vector<std::string>{"rank", "source", "target", "score"}
                          : std::vector<std::string>{"rank", "id", "name", "score"},
                cells);
      return;
    }
    ctx.out << metric.title << " on " << ctx.input_description() << ": " << describe(s, ctx, *opt, weights_used) << "\n";
    if (!result.sources.empty())
      ctx.out << "Estimated from " << result.sources.size() << " random sources (seed " << opt->seed << ")\n";
    if (result.iterations != 0) ctx.out << "Converged in " << result.iterations << " iterations\n";
    if (by_magnitude)
      ctx.out
          << "Ranked by magnitude |score|; the sign is the side of the main split (opposite signs, opposite sides)\n";
    if (g.arc_count() == 0) {
      ctx.out << "No ties in this view: there is nothing to rank\n";
      return;
    }
    if (shown == 0) return;
    ctx.out << "\n";
    table t;
    t.headers = edge_rows ? std::vector<std::string>{"rank", "from", "to", "score"}
                          : std::vector<std::string>{"rank", s.noun == "actors" ? "actor" : "node", "score"};
    for (std::size_t k = 0; k < shown; ++k) {
      if (edge_rows)
        t.rows.push_back({std::to_string(k + 1), s.label(rows[k].a), s.label(rows[k].b), score_text(rows[k].score)});
      else
        t.rows.push_back({std::to_string(k + 1), s.label(rows[k].a), score_text(rows[k].score)});
    }
    t.print(ctx.out);
    if (shown < rows.size()) ctx.out << "(" << rows.size() - shown << " more: raise --top)\n";
  });
}

}  // namespace faultline::cli
