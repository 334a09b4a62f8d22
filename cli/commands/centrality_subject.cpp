// SPDX-License-Identifier: Apache-2.0
// `centrality`: the metrics, score text, and the graph to measure.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include <faultline/graph/error.hpp>
#include <faultline/loaders/compact_edge_list.hpp>

#include "commands/centrality_common.hpp"

namespace faultline::cli {

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

}  // namespace faultline::cli
