// SPDX-License-Identifier: Apache-2.0
#include "print/model_json.hpp"

#include "text/text.hpp"

namespace faultline::cli {

json_t incident_json(const incident& inc) {
  json_t j;
  j["id"] = inc.id;
  j["name"] = incident_title(inc);
  j["kind"] = "incident";
  return j;
}

json_t node_json(const graph& g, node_ref n) {
  if (n.is_incident) return incident_json(g.incidents()[n.index]);
  json_t j;
  j["id"] = g.id_of(n);
  j["name"] = g.name_of(n);
  j["kind"] = std::string(to_string(g.actors()[n.index].kind));
  return j;
}

json_t provenance_json(const graph& g, const provenance& p) {
  json_t j;
  json_t ids = json_t::array();
  for (auto s : p.sources)
    ids.push_back(g.sources()[s].id);
  j["sources"] = std::move(ids);
  j["confidence"] = p.confidence;
  j["note"] = p.note.empty() ? json_t(nullptr) : json_t(p.note);
  return j;
}

json_t sources_json(const graph& g, const std::vector<source_index>& sources) {
  json_t list = json_t::array();
  for (auto s : sources) {
    const auto& src = g.sources()[s];
    json_t j;
    j["id"] = src.id;
    j["title"] = src.title;
    j["publisher"] = src.publisher.empty() ? json_t(nullptr) : json_t(src.publisher);
    j["date"] = src.published ? json_t(src.published->to_string()) : json_t(nullptr);
    j["url"] = src.url.empty() ? json_t(nullptr) : json_t(src.url);
    j["note"] = src.note.empty() ? json_t(nullptr) : json_t(src.note);
    list.push_back(std::move(j));
  }
  return list;
}

json_t relation_json(const graph& g, relation_index r) {
  const auto& rel = g.relations()[r];
  json_t j;
  j["from"] = g.actors()[rel.from].id;
  j["type"] = g.relation_types()[rel.type].id;
  j["to"] = g.actors()[rel.to].id;
  j["weight"] = rel.weight;
  j["as"] = rel.qualifier.empty() ? json_t(nullptr) : json_t(rel.qualifier);
  j["against"] = rel.against == no_index ? json_t(nullptr) : json_t(g.actors()[rel.against].id);
  j["conflict"] = rel.conflict.empty() ? json_t(nullptr) : json_t(rel.conflict);
  j["since"] = rel.since ? json_t(rel.since->to_string()) : json_t(nullptr);
  j["until"] = rel.until ? json_t(rel.until->to_string()) : json_t(nullptr);
  j.update(provenance_json(g, rel.prov));
  return j;
}

json_t coding_json(const incident& inc) {
  const auto& c = inc.coding;
  if (c.dataset.empty()) return nullptr;
  json_t j;
  j["dataset"] = c.dataset;
  j["event_type"] = c.event_type.empty() ? json_t(nullptr) : json_t(c.event_type);
  j["stance"] = c.stance ? json_t(std::string(to_string(*c.stance))) : json_t(nullptr);
  j["quad_class"] = c.quad_class == 0 ? json_t(nullptr) : json_t(c.quad_class);
  j["mentions"] = c.mentions;
  j["reports"] = c.reports;
  j["articles"] = c.articles;
  j["root_event"] = c.root_event ? json_t(*c.root_event) : json_t(nullptr);
  j["tone"] = c.tone ? json_t(*c.tone) : json_t(nullptr);
  j["deaths_low"] = c.deaths_low ? json_t(*c.deaths_low) : json_t(nullptr);
  j["deaths_high"] = c.deaths_high ? json_t(*c.deaths_high) : json_t(nullptr);
  j["precision"] = c.precision.empty() ? json_t(nullptr) : json_t(c.precision);
  j["interaction"] = c.interaction.empty() ? json_t(nullptr) : json_t(c.interaction);
  j["source_text"] = c.source_text.empty() ? json_t(nullptr) : json_t(c.source_text);
  j["row"] = c.row == 0 ? json_t(nullptr) : json_t(c.row);
  return j;
}

json_t merged_json(const actor& a) {
  json_t list = json_t::array();
  for (const auto& m : a.merged)
    list.push_back({{"name", m.name}, {"rule", m.rule}});
  return list;
}

}  // namespace faultline::cli
