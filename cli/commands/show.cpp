// SPDX-License-Identifier: Apache-2.0
#include "commands/show.hpp"

#include <algorithm>

namespace faultline::cli {
namespace {

// `part`: the shown actor's part, its role or "attributed_by" (it attributes the incident to `actor`).
json_t role_json(const graph& g, std::uint32_t k, std::string_view part) {
  const auto& r = g.roles()[k];
  json_t j;
  j["part"] = std::string(part);
  j["role"] = std::string(to_string(r.kind));
  j["incident"] = g.incidents()[r.incident].id;
  j["actor"] = g.actors()[r.actor].id;
  j["by"] = r.attributed_by == no_index ? json_t(nullptr) : json_t(g.actors()[r.attributed_by].id);
  j.update(provenance_json(g, role_provenance(g, k)));
  return j;
}

void gather_actor(show_result& r, const graph_view& view) {
  const auto& g = *r.g;
  const auto a = r.node.index;
  collect_sources(g.actors()[a].prov, r.cited);
  for (auto k : g.out_relations(a))
    if (view.keeps_relation(k)) r.relations.push_back(k);
  for (auto k : g.in_relations(a))
    if (view.keeps_relation(k)) r.relations.push_back(k);
  // The actor's own roles, and the attributions it makes (roles of others
  // whose `by` it is). No index holds the latter: one pass over the roles.
  for (auto k : g.roles_of_actor(a))
    if (view.keeps_role(k)) r.roles.push_back(k);
  for (std::uint32_t k = 0; k < g.roles().size(); ++k)
    if (g.roles()[k].attributed_by == a && g.roles()[k].actor != a && view.keeps_role(k)) r.roles.push_back(k);
  std::sort(r.roles.begin(), r.roles.end(), [&](auto p, auto q) {
    const auto &ip = g.incidents()[g.roles()[p].incident], &iq = g.incidents()[g.roles()[q].incident];
    return ip.when != iq.when ? ip.when < iq.when : p < q;
  });
  std::vector<incident_index> incidents;
  for (auto k : r.roles)
    incidents.push_back(g.roles()[k].incident);
  std::sort(incidents.begin(), incidents.end());
  r.incident_count = static_cast<std::size_t>(std::unique(incidents.begin(), incidents.end()) - incidents.begin());
  for (auto k : r.relations)
    collect_sources(g.relations()[k].prov, r.cited);
  for (auto k : r.roles)
    collect_sources(role_provenance(g, k), r.cited);
}

void gather_incident(show_result& r, const graph_view& view) {
  const auto& g = *r.g;
  const auto i = r.node.index;
  collect_sources(g.incidents()[i].prov, r.cited);
  for (auto k : g.roles_of_incident(i))
    if (view.keeps_role(k)) r.roles.push_back(k);
  for (auto k : g.links_from(i))
    if (view.keeps_link(k)) r.links.push_back(k);
  for (auto k : g.links_to(i))
    if (view.keeps_link(k)) r.links.push_back(k);
  for (auto k : r.roles)
    collect_sources(role_provenance(g, k), r.cited);
  for (auto k : r.links)
    collect_sources(link_provenance(g, k), r.cited);
}

json_t actor_json(const show_result& r) {
  const auto& g = *r.g;
  const auto& x = g.actors()[r.node.index];
  json_t j = node_json(g, r.node);
  j["category"] = x.category.empty() ? json_t(nullptr) : json_t(x.category);
  j["country"] = x.country.empty() ? json_t(nullptr) : json_t(x.country);
  j["aliases"] = x.aliases;
  j["merged"] = merged_json(x);
  j["tags"] = x.tags;
  j["description"] = x.description.empty() ? json_t(nullptr) : json_t(x.description);
  j.update(provenance_json(g, x.prov));
  json_t rj = json_t::array();
  for (auto k : r.relations)
    rj.push_back(relation_json(g, k));
  j["relations"] = std::move(rj);
  json_t ij = json_t::array();
  for (auto k : r.roles)
    ij.push_back(role_json(g, k, r.attributes(k) ? "attributed_by" : to_string(g.roles()[k].kind)));
  j["incidents"] = std::move(ij);
  j["cited_sources"] = sources_json(g, r.cited);
  return j;
}

json_t incident_json(const show_result& r) {
  const auto& g = *r.g;
  const auto& inc = g.incidents()[r.node.index];
  json_t j = node_json(g, r.node);
  j["date"] = inc.when.to_string();
  j["until"] = inc.until ? json_t(inc.until->to_string()) : json_t(nullptr);
  j["type"] = inc.type;
  j["place"] = {{"name", inc.where.name.empty() ? json_t(nullptr) : json_t(inc.where.name)},
                {"country", inc.where.country.empty() ? json_t(nullptr) : json_t(inc.where.country)},
                {"lat", inc.where.lat ? json_t(*inc.where.lat) : json_t(nullptr)},
                {"lon", inc.where.lon ? json_t(*inc.where.lon) : json_t(nullptr)}};
  j["fatalities"] = inc.fatalities ? json_t(*inc.fatalities) : json_t(nullptr);
  j["injured"] = inc.injured ? json_t(*inc.injured) : json_t(nullptr);
  j["description"] = inc.description.empty() ? json_t(nullptr) : json_t(inc.description);
  j["cameo"] = inc.cameo.empty() ? json_t(nullptr) : json_t(inc.cameo);
  j["goldstein"] = inc.goldstein ? json_t(*inc.goldstein) : json_t(nullptr);
  j["coding"] = coding_json(inc);
  j.update(provenance_json(g, inc.prov));
  json_t rj = json_t::array();
  for (auto k : r.roles)
    rj.push_back(role_json(g, k, to_string(g.roles()[k].kind)));
  j["roles"] = std::move(rj);
  json_t lj = json_t::array();
  for (auto k : r.links) {
    const auto& l = g.links()[k];
    json_t x{
        {"from", g.incidents()[l.from].id}, {"kind", std::string(to_string(l.kind))}, {"to", g.incidents()[l.to].id}};
    x.update(provenance_json(g, link_provenance(g, k)));
    lj.push_back(std::move(x));
  }
  j["links"] = std::move(lj);
  j["cited_sources"] = sources_json(g, r.cited);
  return j;
}

}  // namespace

void setup(CLI::App& sub, show_options& o) {
  sub.add_option("name", o.name, "Id, name or alias (case-insensitive)")->required();
}

namespace {

// For one columnar snapshot: the graph of its actors and relations and of
// the incidents the facts about `name` involve (an actor's incidents and
// those it attributes; an incident and the incidents linked to it), read
// in place, with the node in it. Null when the name does not find exactly
// one node, so that the whole graph reports it.
std::shared_ptr<const graph> show_graph(const event_store& store, const std::string& name, node_ref& node) {
  const auto rest = context::rest_graph(store);
  const auto found = context::resolve_node_in_place(store, *rest, name);
  if (!found) return nullptr;
  std::vector<incident_index> incidents;
  if (found->is_incident) {
    incidents.push_back(found->index);
    for (std::uint32_t k = 0; k < store.links(); ++k) {
      const auto link = store.materialise_link(k);
      if (link.from == found->index) incidents.push_back(link.to);
      if (link.to == found->index) incidents.push_back(link.from);
    }
  } else {
    const auto of = store.of_actor(found->index);
    incidents.assign(of.begin(), of.end());
    // The attributions it makes: no index holds them, one pass over the roles.
    for (std::uint32_t k = 0; k < store.roles(); ++k)
      if (store.role_attributed_by(k) == found->index) incidents.push_back(store.role_incident(k));
  }
  std::sort(incidents.begin(), incidents.end());
  incidents.erase(std::unique(incidents.begin(), incidents.end()), incidents.end());
  auto part = context::subgraph(store, incidents, rest.get(), context::crossing_links::drop);
  if (!part) return nullptr;
  node = *found;
  if (found->is_incident)
    node.index = static_cast<incident_index>(std::lower_bound(incidents.begin(), incidents.end(), found->index) -
                                             incidents.begin());
  return std::make_shared<const graph>(std::move(*part));
}

}  // namespace

show_result run(context& ctx, const show_options& o) {
  show_result r;
  if (auto store = ctx.columnar_input()) r.part = show_graph(*store, o.name, r.node);
  const auto& g = r.part ? *r.part : ctx.load();
  const graph_view view(g, ctx.view());
  r.g = &g;
  if (!r.part) r.node = g.resolve(o.name);
  if (r.node.is_incident)
    gather_incident(r, view);
  else
    gather_actor(r, view);
  return r;
}

json_t show_result::to_json() const {
  return node.is_incident ? incident_json(*this) : actor_json(*this);
}

print::document show_result::to_document() const {
  return node.is_incident ? incident_document(*this) : actor_document(*this);
}

void add_show(CLI::App& app, context& ctx, int& status) {
  add_command<show_options>(app, ctx, status, "show",
                            "Show one actor or incident with every fact about it and the sources behind them", setup,
                            run);
}

}  // namespace faultline::cli
