// SPDX-License-Identifier: Apache-2.0
#include "commands/actors.hpp"

#include <algorithm>
#include <faultline/graph/error.hpp>

namespace faultline::cli {

void setup(CLI::App& sub, actors_options& o) {
  sub.add_option("--kind", o.kind, "Only this kind: state, group or person");
  sub.add_option("--category", o.category, "Only this category (e.g. militia, coalition)");
}

actors_result run(context& ctx, const actors_options& o) {
  // One columnar snapshot and no filter: each actor's incidents are its
  // postings (each incident once), and the rest is the small section of
  // actors and relations; no incident is read (issue 15).
  std::optional<event_store> store;
  actors_result result;
  if (!ctx.view().filters()) store = ctx.columnar_input();
  if (store) result.rest = context::rest_graph(*store);
  const auto& g = store ? *result.rest : ctx.load();
  result.g = &g;
  std::optional<node_kind> want;
  if (!o.kind.empty()) {
    want = parse_node_kind(o.kind);
    if (!want || *want == node_kind::incident)
      throw usage_error("--kind \"" + o.kind + "\" is not an actor kind: expected state, group or person");
  }
  std::vector<actor_index> picked;
  for (actor_index a = 0; a < g.actors().size(); ++a) {
    const auto& x = g.actors()[a];
    if ((!want || x.kind == *want) && (o.category.empty() || x.category == o.category)) picked.push_back(a);
  }
  std::sort(picked.begin(), picked.end(), [&](auto x, auto y) { return g.actors()[x].id < g.actors()[y].id; });
  // Relations and incidents as the global filters (--as-of, --min-confidence, the GDELT noise controls) keep them.
  const graph_view view(g, ctx.view());
  for (const auto a : picked) {
    actor_row row{a, 0, 0};
    for (const auto r : g.out_relations(a))
      row.relations += view.keeps_relation(r) ? 1 : 0;
    for (const auto r : g.in_relations(a))
      row.relations += view.keeps_relation(r) ? 1 : 0;
    if (store) {
      row.incidents = store->of_actor(a).size();
      result.actors.push_back(row);
      continue;
    }
    // Incidents in which the actor plays any role, each counted once (an
    // actor that carried out and claimed an incident has one incident).
    std::vector<incident_index> seen;
    for (const auto k : g.roles_of_actor(a))
      if (view.keeps_role(k)) seen.push_back(g.roles()[k].incident);
    std::sort(seen.begin(), seen.end());
    row.incidents = static_cast<std::size_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
    result.actors.push_back(row);
  }
  return result;
}

print::table actors_result::to_csv() const {
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v)
      s += (s.empty() ? "" : "; ") + x;
    return s;
  };
  print::table t{{"id", "name", "kind", "category", "country", "relations", "incidents", "aliases"}, {}};
  for (const auto& row : actors) {
    const auto& x = g->actors()[row.actor];
    t.rows.push_back({x.id, x.name, std::string(to_string(x.kind)), x.category, x.country,
                      std::to_string(row.relations), std::to_string(row.incidents), join(x.aliases)});
  }
  return t;
}

print::document actors_result::to_document() const {
  print::document doc;
  doc.add(to_csv());
  return doc;
}

json_t actors_result::to_json() const {
  json_t list = json_t::array();
  for (const auto& row : actors) {
    const auto& x = g->actors()[row.actor];
    json_t j;
    j["id"] = x.id;
    j["name"] = x.name;
    j["kind"] = std::string(to_string(x.kind));
    j["category"] = x.category.empty() ? json_t(nullptr) : json_t(x.category);
    j["country"] = x.country.empty() ? json_t(nullptr) : json_t(x.country);
    j["aliases"] = x.aliases;
    j["tags"] = x.tags;
    j["relations"] = row.relations;
    j["incidents"] = row.incidents;
    list.push_back(std::move(j));
  }
  return json_t{{"actors", std::move(list)}};
}

void add_actors(CLI::App& app, context& ctx, int& status) {
  add_command<actors_options>(app, ctx, status, "actors", "List actors (states, groups, persons), sorted by id", setup,
                              run);
}

}  // namespace faultline::cli
