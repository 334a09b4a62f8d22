// SPDX-License-Identifier: Apache-2.0
#include "commands/path.hpp"

#include <algorithm>
#include <utility>

namespace faultline::cli {
namespace {

const provenance& step_provenance(const graph& g, const path_step& s) {
  switch (s.kind) {
    case path_edge_kind::relation:
      return g.relations()[s.index].prov;
    case path_edge_kind::role:
      return role_provenance(g, s.index);
    case path_edge_kind::link:
      return link_provenance(g, s.index);
  }
  return g.relations()[s.index].prov;
}

// The edge in its own direction, e.g. "Iran —backs→ Harakat al-Nujaba".
std::string step_text(const graph& g, const path_step& s) {
  switch (s.kind) {
    case path_edge_kind::relation:
      return relation_text(g, s.index);
    case path_edge_kind::role:
      return role_text(g, s.index);
    case path_edge_kind::link: {
      const auto& l = g.links()[s.index];
      return incident_title(g.incidents()[l.from]) + " —" + std::string(to_string(l.kind)) + "→ " +
             incident_title(g.incidents()[l.to]);
    }
  }
  return "";
}

// The two ends of a step's fact in the order its text reads (subject, then
// object), whichever way the path walked it: "X —backs→ Y" is X to Y, "X
// carried out I" is X to I, "I targeted X" is I to X, "I —responds_to→ J" is I to J.
std::pair<node_ref, node_ref> fact_ends(const graph& g, const path_step& s) {
  switch (s.kind) {
    case path_edge_kind::relation: {
      const auto& r = g.relations()[s.index];
      return {node_ref{false, r.from}, node_ref{false, r.to}};
    }
    case path_edge_kind::role: {
      const auto& r = g.roles()[s.index];
      const node_ref actor{false, r.actor};
      const node_ref incident{true, r.incident};
      return actor_acts(r.kind) ? std::pair{actor, incident} : std::pair{incident, actor};
    }
    case path_edge_kind::link: {
      const auto& l = g.links()[s.index];
      return {node_ref{true, l.from}, node_ref{true, l.to}};
    }
  }
  return {s.from, s.to};
}

std::string_view kind_name(path_edge_kind k) {
  return k == path_edge_kind::relation ? "relation" : k == path_edge_kind::role ? "role" : "link";
}

std::vector<source_index> cited_by(const graph& g, const path_result& result) {
  std::vector<source_index> cited;
  for (const auto& p : result.paths)
    for (const auto& s : p)
      collect_sources(step_provenance(g, s), cited);
  return cited;
}

}  // namespace

void setup(CLI::App& sub, path_cli_options& o) {
  sub.add_option("from", o.from, "Id, name or alias where the path starts")->required();
  sub.add_option("to", o.to, "Id, name or alias where the path ends")->required();
  sub.add_option("--types", o.types, "Only these relation types (comma-separated), e.g. backs,allied_with")
      ->delimiter(',');
  sub.add_flag("--no-incidents", o.no_incidents, "Walk relations only, not through incidents");
  sub.add_flag("--directed", o.algo.directed, "Follow relations only in their stated direction");
  sub.add_option("--max-paths", o.algo.max_paths, "Show at most this many shortest paths")->capture_default_str();
}

path_cli_result run(context& ctx, const path_cli_options& o) {
  auto algo = o.algo;
  algo.through_incidents = !o.no_incidents;
  auto vo = ctx.view();
  vo.relation_types = o.types;
  path_cli_result r;
  // One columnar snapshot: a search over its columns finds the incidents on
  // a shortest path, and only those are read into the graph searched.
  if (auto store = ctx.columnar_input()) {
    auto rest = context::rest_graph(*store);
    const auto from = context::resolve_node_in_place(*store, *rest, o.from);
    const auto to = context::resolve_node_in_place(*store, *rest, o.to);
    if (from && to) {
      const graph_view checked(*rest, vo);  // an unknown --types first, as on the whole graph
      const auto incidents = incidents_on_shortest_paths(*store, *rest, vo, *from, *to, algo);
      if (auto part = context::subgraph(*store, incidents, rest.get(), context::crossing_links::drop)) {
        r.part = std::make_shared<const graph>(std::move(*part));
        const auto renumber = [&](node_ref n) {
          if (n.is_incident)
            n.index = static_cast<incident_index>(std::lower_bound(incidents.begin(), incidents.end(), n.index) -
                                                  incidents.begin());
          return n;
        };
        r.from = renumber(*from);
        r.to = renumber(*to);
      }
    }
  }
  const auto& g = r.part ? *r.part : ctx.load();
  const graph_view view(g, vo);
  r.g = &g;
  if (!r.part) {
    r.from = g.resolve(o.from);
    r.to = g.resolve(o.to);
  }
  r.result = shortest_paths(view, r.from, r.to, algo);
  r.view = vo;
  r.picture = ctx.picture();
  return r;
}

std::string path_cli_result::to_svg() const {
  return render::path_svg(graph_view(*g, view), result, picture);
}

json_t path_cli_result::to_json() const {
  const graph& gr = *g;
  json_t j;
  j["from"] = node_json(gr, from);
  j["to"] = node_json(gr, to);
  j["length"] = result.paths.empty() ? json_t(nullptr) : json_t(result.paths.front().size());
  j["truncated"] = result.truncated;
  json_t paths = json_t::array();
  for (const auto& p : result.paths) {
    json_t steps = json_t::array();
    for (const auto& s : p) {
      json_t x;
      x["from"] = node_json(gr, s.from);
      x["to"] = node_json(gr, s.to);
      x["edge"] = std::string(kind_name(s.kind));
      x["forward"] = s.forward;
      x["fact"] = step_text(gr, s);
      x.update(provenance_json(gr, step_provenance(gr, s)));
      steps.push_back(std::move(x));
    }
    paths.push_back(std::move(steps));
  }
  j["paths"] = std::move(paths);
  j["sources"] = sources_json(gr, cited_by(gr, result));
  return j;
}

dot_graph path_cli_result::to_dot() const {
  // A picture of the facts, not of the walks: a fact that several paths
  // share is one arrow, drawn the way its text reads.
  const graph& gr = *g;
  dot_graph d;
  d.name = "path";
  d.attributes = {{"rankdir", "LR", false}};
  d.node_defaults = {{"fontname", "Helvetica"}};
  std::vector<std::string> seen;
  std::vector<std::pair<path_edge_kind, std::uint32_t>> drawn;
  for (const auto& p : result.paths)
    for (const auto& s : p) {
      const std::pair fact{s.kind, s.index};
      if (std::find(drawn.begin(), drawn.end(), fact) != drawn.end()) continue;
      drawn.push_back(fact);
      const auto [tail, head] = fact_ends(gr, s);
      for (auto n : {tail, head}) {
        const auto& id = gr.id_of(n);
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        d.add_node(id, {{"label", gr.name_of(n)}, {"shape", n.is_incident ? "note" : "box", false}});
      }
      d.add_edge(gr.id_of(tail), gr.id_of(head), {{"label", step_text(gr, s)}});
    }
  return d;
}

print::table path_cli_result::to_csv() const {
  const graph& gr = *g;
  print::table t{{"path", "step", "from", "to", "fact", "sources"}, {}};
  for (std::size_t p = 0; p < result.paths.size(); ++p)
    for (std::size_t k = 0; k < result.paths[p].size(); ++k) {
      const auto& s = result.paths[p][k];
      t.rows.push_back({std::to_string(p + 1), std::to_string(k + 1), label(gr, s.from), label(gr, s.to),
                        step_text(gr, s), source_tags(gr, step_provenance(gr, s))});
    }
  return t;
}

print::document path_cli_result::to_document() const {
  const graph& gr = *g;
  print::document doc;
  if (result.paths.empty()) {
    doc.line(label(gr, from) + " and " + label(gr, to) + " are not connected in this view");
    return doc;
  }
  doc.line("Shortest paths from " + label(gr, from) + " to " + label(gr, to) + ": length " +
           std::to_string(result.paths.front().size()) + ", " + std::to_string(result.paths.size()) +
           (result.truncated ? " shown (more exist: raise --max-paths)" : " found"));
  doc.line("");
  print::table facts{{"path", "step", "fact", "sources"}, {}};
  for (const auto& row : to_csv().rows)
    facts.rows.push_back({row[0], row[1], row[4], row[5]});
  doc.add(std::move(facts));
  doc.add_sources(gr, cited_by(gr, result));
  return doc;
}

void add_path(CLI::App& app, context& ctx, int& status) {
  add_command<path_cli_options>(app, ctx, status, "path",
                                "How is one actor (or incident) connected to another: the shortest chains of "
                                "relations, and of roles in incidents, between them",
                                setup, run);
}

}  // namespace faultline::cli
