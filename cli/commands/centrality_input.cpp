// SPDX-License-Identifier: Apache-2.0
// What `centrality` measures: the compact graph of a scenario's view or of
// a plain edge list, and how to name its vertices.
#include <algorithm>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/compact_edge_list.hpp>

#include "commands/centrality.hpp"

namespace faultline::cli {

centrality_subject centrality_of_scenario(context& ctx, const centrality_cli_options& o) {
  // One columnar snapshot: relations from its small section, incidents
  // (--incidents) aggregated where they lie.
  auto store = ctx.columnar_input();
  std::shared_ptr<const graph> rest;
  if (store) rest = context::rest_graph(*store);
  const auto& g = rest ? *rest : ctx.load();
  auto vo = ctx.view();
  vo.relation_types = o.layers;
  const graph_view view(g, vo);
  compact_view_options co = o.view;
  co.directed = !ctx.options.undirected;
  if (o.view.min_events != 1 && !o.view.incidents)
    throw usage_error("--min-events counts incidents between two actors: give --incidents too");
  if (!o.window.empty()) {
    const auto w = parse_window(o.window);
    co.from = w.from;
    co.to = w.to;
    co.validate();
  }
  centrality_subject s;
  s.graph = store ? make_compact(*store, g, vo, co) : make_compact(view, co);
  // `rest`, when read, keeps `g` alive as long as the names are asked for.
  s.node = [rest, &g](compact_graph::vertex v) { return node_json(g, node_ref{false, v}); };
  s.id = [rest, &g](compact_graph::vertex v) { return g.actors()[v].id; };
  s.label = [rest, &g](compact_graph::vertex v) { return label(g, v); };
  return s;
}

namespace {

// The ties of `edges` whose type is one of `layers`.
edge_list edges_of_layers(const edge_list& edges, const std::vector<std::string>& layers) {
  if (edges.type.empty()) throw usage_error("--layer needs a `type` column in the edge list " + edges.name);
  std::vector<bool> keep(edges.type_names.size(), false);
  for (const auto& layer : layers) {
    auto it = std::find(edges.type_names.begin(), edges.type_names.end(), layer);
    if (it == edges.type_names.end()) {
      std::string known;
      for (const auto& t : edges.type_names)
        known += (known.empty() ? "" : ", ") + t;
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
  return kept;
}

}  // namespace

centrality_subject centrality_of_edge_list(context& ctx, const centrality_cli_options& o) {
  if (o.view.incidents) throw usage_error("--incidents works on scenarios, not on a plain edge list");
  if (o.view.min_events != 1)
    throw usage_error("--min-events works on the incidents of scenarios, not on a plain edge list");
  const auto& edges = ctx.load_edges(o.window);
  centrality_subject s;
  s.noun = "nodes";
  if (o.layers.empty())
    s.graph = make_compact(edges, {!o.unweighted});
  else
    s.graph = make_compact(edges_of_layers(edges, o.layers), {!o.unweighted});
  s.id = [&edges](compact_graph::vertex v) { return edges.nodes[v]; };
  s.node = [&edges](compact_graph::vertex v) {
    json_t j;
    j["id"] = edges.nodes[v];
    j["name"] = v < edges.labels.size() && !edges.labels[v].empty() ? edges.labels[v] : edges.nodes[v];
    return j;
  };
  s.label = [&edges](compact_graph::vertex v) {
    const auto& id = edges.nodes[v];
    if (v < edges.labels.size() && !edges.labels[v].empty() && edges.labels[v] != id)
      return edges.labels[v] + " (" + id + ")";
    return id;
  };
  return s;
}

std::string centrality_description(const centrality_cli_result& r) {
  const auto& g = r.subject.graph;
  std::string text = std::to_string(g.vertex_count()) + " " + r.subject.noun + ", " + std::to_string(g.edge_count()) +
                     (g.edge_count() == 1 ? " tie" : " ties") + " (" + (g.directed() ? "directed" : "undirected") +
                     (r.weights_used ? ", weighted" : "") + (g.is_signed() ? ", signed" : "") + ")";
  const auto& o = r.options;
  if (!o.layers.empty()) {
    std::string layers;
    for (const auto& l : o.layers)
      layers += (layers.empty() ? "" : ", ") + l;
    text += "; layer " + layers;
  }
  if (!r.as_of.empty()) text += "; as of " + r.as_of;
  if (!o.window.empty()) text += "; window " + o.window;
  return text;
}

}  // namespace faultline::cli
