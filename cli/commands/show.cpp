// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <ostream>

#include "commands.hpp"

namespace faultline::cli {
namespace {

std::string count_text(const std::optional<std::int64_t>& n) { return n ? std::to_string(*n) : "unknown"; }

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

void show_actor(context& ctx, const graph& g, const graph_view& view, actor_index a, output_format fmt) {
  const auto& x = g.actors()[a];
  std::vector<source_index> cited;
  collect_sources(x.prov, cited);
  std::vector<relation_index> rels;
  for (auto r : g.out_relations(a))
    if (view.keeps_relation(r)) rels.push_back(r);
  for (auto r : g.in_relations(a))
    if (view.keeps_relation(r)) rels.push_back(r);
  // The actor's own roles, and the attributions it makes (roles of others
  // whose `by` it is). No index holds the latter: one pass over the roles.
  std::vector<std::uint32_t> roles;
  for (auto k : g.roles_of_actor(a))
    if (view.keeps_role(k)) roles.push_back(k);
  for (std::uint32_t k = 0; k < g.roles().size(); ++k)
    if (g.roles()[k].attributed_by == a && g.roles()[k].actor != a && view.keeps_role(k)) roles.push_back(k);
  auto attributes = [&](std::uint32_t k) { return g.roles()[k].actor != a; };
  std::sort(roles.begin(), roles.end(), [&](auto p, auto q) {
    const auto &ip = g.incidents()[g.roles()[p].incident], &iq = g.incidents()[g.roles()[q].incident];
    return ip.when != iq.when ? ip.when < iq.when : p < q;
  });
  std::vector<incident_index> incidents;
  for (auto k : roles) incidents.push_back(g.roles()[k].incident);
  std::sort(incidents.begin(), incidents.end());
  incidents.erase(std::unique(incidents.begin(), incidents.end()), incidents.end());
  if (fmt == output_format::json) {
    json_t j = node_json(g, node_ref{false, a});
    j["category"] = x.category.empty() ? json_t(nullptr) : json_t(x.category);
    j["country"] = x.country.empty() ? json_t(nullptr) : json_t(x.country);
    j["aliases"] = x.aliases;
    j["merged"] = merged_json(x);
    j["tags"] = x.tags;
    j["description"] = x.description.empty() ? json_t(nullptr) : json_t(x.description);
    j.update(provenance_json(g, x.prov));
    json_t rj = json_t::array();
    for (auto r : rels) {
      rj.push_back(relation_json(g, r));
      collect_sources(g.relations()[r].prov, cited);
    }
    j["relations"] = std::move(rj);
    json_t ij = json_t::array();
    for (auto k : roles) {
      ij.push_back(role_json(g, k, attributes(k) ? "attributed_by" : to_string(g.roles()[k].kind)));
      collect_sources(role_provenance(g, k), cited);
    }
    j["incidents"] = std::move(ij);
    j["cited_sources"] = sources_json(g, cited);
    ctx.out << j.dump(2, ' ', false, json_t::error_handler_t::replace) << "\n";
    return;
  }
  ctx.out << x.name << " (" << x.id << ")\n";
  table facts{{"field", "value"}, {}};
  facts.rows.push_back({"kind", std::string(to_string(x.kind))});
  if (!x.category.empty()) facts.rows.push_back({"category", x.category});
  if (!x.country.empty()) facts.rows.push_back({"country", x.country});
  if (!x.aliases.empty()) {
    std::string s;
    for (const auto& al : x.aliases) s += (s.empty() ? "" : ", ") + al;
    facts.rows.push_back({"aliases", s});
  }
  if (!x.tags.empty()) {
    std::string s;
    for (const auto& t : x.tags) s += (s.empty() ? "" : ", ") + t;
    facts.rows.push_back({"tags", s});
  }
  for (const auto& m : x.merged) facts.rows.push_back({"merged name", m.name + " (" + m.rule + ")"});
  if (!x.description.empty()) facts.rows.push_back({"description", x.description});
  if (!x.prov.sources.empty()) facts.rows.push_back({"sources", source_tags(g, x.prov)});
  if (!x.prov.note.empty()) facts.rows.push_back({"note", x.prov.note});
  facts.print(ctx.out);
  ctx.out << "\nRelations (" << rels.size() << ")\n";
  if (!rels.empty()) {
    table t{{"relation", "weight", "confidence", "sources"}, {}};
    for (auto r : rels) {
      const auto& rel = g.relations()[r];
      t.rows.push_back({relation_text(g, r), decimal_text(rel.weight), decimal_text(rel.prov.confidence), source_tags(g, rel.prov)});
      collect_sources(rel.prov, cited);
    }
    t.print(ctx.out);
  }
  ctx.out << "\nIncidents (" << incidents.size() << ")\n";
  if (!roles.empty()) {
    table t{{"date", "incident", "role", "sources"}, {}};
    for (auto k : roles) {
      const auto& r = g.roles()[k];
      const auto& inc = g.incidents()[r.incident];
      std::string how(to_string(r.kind));
      if (attributes(k)) how = "attributes it to " + g.actors()[r.actor].name;
      else if (r.attributed_by != no_index) how += " (by " + g.actors()[r.attributed_by].name + ")";
      const auto& prov = role_provenance(g, k);
      t.rows.push_back({inc.when.to_string(), incident_title(inc) + " (" + inc.id + ")", how, source_tags(g, prov)});
      collect_sources(prov, cited);
    }
    t.print(ctx.out);
  }
  print_sources(ctx.out, g, cited);
}

void show_incident(context& ctx, const graph& g, const graph_view& view, incident_index i, output_format fmt) {
  const auto& inc = g.incidents()[i];
  std::vector<source_index> cited;
  collect_sources(inc.prov, cited);
  std::vector<std::uint32_t> roles, links;
  for (auto k : g.roles_of_incident(i))
    if (view.keeps_role(k)) roles.push_back(k);
  for (auto k : g.links_from(i))
    if (view.keeps_link(k)) links.push_back(k);
  for (auto k : g.links_to(i))
    if (view.keeps_link(k)) links.push_back(k);
  if (fmt == output_format::json) {
    json_t j = node_json(g, node_ref{true, i});
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
    for (auto k : roles) {
      rj.push_back(role_json(g, k, to_string(g.roles()[k].kind)));
      collect_sources(role_provenance(g, k), cited);
    }
    j["roles"] = std::move(rj);
    json_t lj = json_t::array();
    for (auto k : links) {
      const auto& l = g.links()[k];
      json_t x{{"from", g.incidents()[l.from].id}, {"kind", std::string(to_string(l.kind))}, {"to", g.incidents()[l.to].id}};
      x.update(provenance_json(g, link_provenance(g, k)));
      lj.push_back(std::move(x));
      collect_sources(link_provenance(g, k), cited);
    }
    j["links"] = std::move(lj);
    j["cited_sources"] = sources_json(g, cited);
    ctx.out << j.dump(2, ' ', false, json_t::error_handler_t::replace) << "\n";
    return;
  }
  ctx.out << incident_title(inc) << " (" << inc.id << ")\n";
  table facts{{"field", "value"}, {}};
  facts.rows.push_back({"kind", "incident"});
  facts.rows.push_back({"date", inc.when.to_string() + (inc.until ? " to " + inc.until->to_string() : "")});
  facts.rows.push_back({"type", inc.type});
  if (!inc.where.name.empty() || !inc.where.country.empty())
    facts.rows.push_back({"place", inc.where.name + (inc.where.country.empty() ? "" : " (" + inc.where.country + ")")});
  facts.rows.push_back({"fatalities", count_text(inc.fatalities)});
  facts.rows.push_back({"injured", count_text(inc.injured)});
  if (!inc.description.empty()) facts.rows.push_back({"description", inc.description});
  for (auto& row : coding_rows(g, inc)) facts.rows.push_back(std::move(row));
  if (!inc.prov.sources.empty()) facts.rows.push_back({"sources", source_tags(g, inc.prov)});
  if (!inc.prov.note.empty()) facts.rows.push_back({"note", inc.prov.note});
  facts.print(ctx.out);
  ctx.out << "\nActors (" << roles.size() << ")\n";
  if (!roles.empty()) {
    table t{{"role", "actor", "sources"}, {}};
    for (auto k : roles) {
      const auto& r = g.roles()[k];
      std::string who = label(g, r.actor);
      if (r.attributed_by != no_index) who += ", according to " + g.actors()[r.attributed_by].name;
      t.rows.push_back({std::string(to_string(r.kind)), who, source_tags(g, role_provenance(g, k))});
      collect_sources(role_provenance(g, k), cited);
    }
    t.print(ctx.out);
  }
  ctx.out << "\nLinks (" << links.size() << ")\n";
  if (!links.empty()) {
    table t{{"link", "sources"}, {}};
    for (auto k : links) {
      const auto& l = g.links()[k];
      t.rows.push_back({incident_title(g.incidents()[l.from]) + " —" + std::string(to_string(l.kind)) + "→ " + incident_title(g.incidents()[l.to]),
                        source_tags(g, link_provenance(g, k))});
      collect_sources(link_provenance(g, k), cited);
    }
    t.print(ctx.out);
  }
  print_sources(ctx.out, g, cited);
}

}  // namespace

void add_show(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand("show", "Show one actor or incident with every fact about it and the sources behind them");
  auto name = std::make_shared<std::string>();
  cmd->add_option("name", *name, "Id, name or alias (case-insensitive)")->required();
  add_format_option(*cmd, ctx, "table, json");
  cmd->callback([&ctx, &status, name] {
    const auto fmt = ctx.format({output_format::table, output_format::json});
    const auto& g = ctx.load();
    const graph_view view(g, ctx.view());
    const auto node = g.resolve(*name);
    if (node.is_incident) show_incident(ctx, g, view, node.index, fmt);
    else show_actor(ctx, g, view, node.index, fmt);
    status = exit_ok;
  });
}

}  // namespace faultline::cli
