// SPDX-License-Identifier: Apache-2.0
// `show`'s table output: the facts of an actor or an incident.
#include "commands/show.hpp"

namespace faultline::cli {
namespace {

std::string count_text(const std::optional<std::int64_t>& n) {
  return n ? std::to_string(*n) : "unknown";
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v)
    s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

print::document actor_document(const show_result& r) {
  const auto& g = *r.g;
  const auto& x = g.actors()[r.node.index];
  print::document doc;
  doc.line(x.name + " (" + x.id + ")");
  print::table facts{{"field", "value"}, {}};
  facts.rows.push_back({"kind", std::string(to_string(x.kind))});
  if (!x.category.empty()) facts.rows.push_back({"category", x.category});
  if (!x.country.empty()) facts.rows.push_back({"country", x.country});
  if (!x.aliases.empty()) facts.rows.push_back({"aliases", joined(x.aliases)});
  if (!x.tags.empty()) facts.rows.push_back({"tags", joined(x.tags)});
  for (const auto& m : x.merged)
    facts.rows.push_back({"merged name", m.name + " (" + m.rule + ")"});
  if (!x.description.empty()) facts.rows.push_back({"description", x.description});
  if (!x.prov.sources.empty()) facts.rows.push_back({"sources", source_tags(g, x.prov)});
  if (!x.prov.note.empty()) facts.rows.push_back({"note", x.prov.note});
  doc.add(std::move(facts));
  doc.line("").line("Relations (" + std::to_string(r.relations.size()) + ")");
  if (!r.relations.empty()) {
    print::table t{{"relation", "weight", "confidence", "sources"}, {}};
    for (auto k : r.relations) {
      const auto& rel = g.relations()[k];
      t.rows.push_back(
          {relation_text(g, k), decimal_text(rel.weight), decimal_text(rel.prov.confidence), source_tags(g, rel.prov)});
    }
    doc.add(std::move(t));
  }
  doc.line("").line("Incidents (" + std::to_string(r.incident_count) + ")");
  if (!r.roles.empty()) {
    print::table t{{"date", "incident", "role", "sources"}, {}};
    for (auto k : r.roles) {
      const auto& role = g.roles()[k];
      const auto& inc = g.incidents()[role.incident];
      std::string how(to_string(role.kind));
      if (r.attributes(k))
        how = "attributes it to " + g.actors()[role.actor].name;
      else if (role.attributed_by != no_index)
        how += " (by " + g.actors()[role.attributed_by].name + ")";
      t.rows.push_back({inc.when.to_string(), incident_title(inc) + " (" + inc.id + ")", how,
                        source_tags(g, role_provenance(g, k))});
    }
    doc.add(std::move(t));
  }
  doc.add_sources(g, r.cited);
  return doc;
}

print::document incident_document(const show_result& r) {
  const auto& g = *r.g;
  const auto& inc = g.incidents()[r.node.index];
  print::document doc;
  doc.line(incident_title(inc) + " (" + inc.id + ")");
  print::table facts{{"field", "value"}, {}};
  facts.rows.push_back({"kind", "incident"});
  facts.rows.push_back({"date", inc.when.to_string() + (inc.until ? " to " + inc.until->to_string() : "")});
  facts.rows.push_back({"type", inc.type});
  if (!inc.where.name.empty() || !inc.where.country.empty())
    facts.rows.push_back({"place", inc.where.name + (inc.where.country.empty() ? "" : " (" + inc.where.country + ")")});
  facts.rows.push_back({"fatalities", count_text(inc.fatalities)});
  facts.rows.push_back({"injured", count_text(inc.injured)});
  if (!inc.description.empty()) facts.rows.push_back({"description", inc.description});
  for (auto& row : coding_rows(g, inc))
    facts.rows.push_back(std::move(row));
  if (!inc.prov.sources.empty()) facts.rows.push_back({"sources", source_tags(g, inc.prov)});
  if (!inc.prov.note.empty()) facts.rows.push_back({"note", inc.prov.note});
  doc.add(std::move(facts));
  doc.line("").line("Actors (" + std::to_string(r.roles.size()) + ")");
  if (!r.roles.empty()) {
    print::table t{{"role", "actor", "sources"}, {}};
    for (auto k : r.roles) {
      const auto& role = g.roles()[k];
      std::string who = label(g, role.actor);
      if (role.attributed_by != no_index) who += ", according to " + g.actors()[role.attributed_by].name;
      t.rows.push_back({std::string(to_string(role.kind)), who, source_tags(g, role_provenance(g, k))});
    }
    doc.add(std::move(t));
  }
  doc.line("").line("Links (" + std::to_string(r.links.size()) + ")");
  if (!r.links.empty()) {
    print::table t{{"link", "sources"}, {}};
    for (auto k : r.links) {
      const auto& l = g.links()[k];
      t.rows.push_back({incident_title(g.incidents()[l.from]) + " —" + std::string(to_string(l.kind)) + "→ " +
                            incident_title(g.incidents()[l.to]),
                        source_tags(g, link_provenance(g, k))});
    }
    doc.add(std::move(t));
  }
  doc.add_sources(g, r.cited);
  return doc;
}

}  // namespace faultline::cli
