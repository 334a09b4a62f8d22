// SPDX-License-Identifier: Apache-2.0
// Writes a graph back as a scenario. One document tree is built, then
// rendered as JSON or YAML, so both syntaxes carry exactly the same content.
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <nlohmann/json.hpp>

#include <faultline/graph/ladder.hpp>
#include <faultline/loaders/scenario.hpp>

namespace faultline {
namespace {

using json = nlohmann::ordered_json;

void put_provenance(json& j, const provenance& p, const graph_data& d) {
  if (!p.sources.empty()) {
    json ids = json::array();
    for (auto s : p.sources) ids.push_back(d.sources[s].id);
    j["sources"] = std::move(ids);
  }
  if (p.confidence != 1.0) j["confidence"] = p.confidence;
  if (!p.note.empty()) j["note"] = p.note;
}

bool plain_provenance(const provenance& p) { return p.sources.empty() && p.confidence == 1.0 && p.note.empty(); }

void put_text(json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

void put_date(json& j, const char* key, const std::optional<date>& value) {
  if (value) j[key] = value->to_string();
}

// How a dataset coded an incident, with only the fields that are set, under
// the keys the CLI's JSON output uses (docs/scenario-format.md §18).
json coding_document(const event_coding& c) {
  json j = json::object();
  put_text(j, "dataset", c.dataset);
  put_text(j, "event_type", c.event_type);
  if (c.stance) j["stance"] = std::string(to_string(*c.stance));
  if (c.quad_class != 0) j["quad_class"] = c.quad_class;
  if (c.mentions != 0) j["mentions"] = c.mentions;
  if (c.reports != 0) j["reports"] = c.reports;
  if (c.articles != 0) j["articles"] = c.articles;
  if (c.root_event) j["root_event"] = *c.root_event;
  if (c.tone) j["tone"] = *c.tone;
  if (c.deaths_low) j["deaths_low"] = *c.deaths_low;
  if (c.deaths_high) j["deaths_high"] = *c.deaths_high;
  put_text(j, "precision", c.precision);
  put_text(j, "interaction", c.interaction);
  put_text(j, "source_text", c.source_text);
  if (c.row != 0) j["row"] = c.row;
  return j;
}

json document(const graph& g) {
  const auto& d = g.data();
  json doc;
  doc["faultline"] = scenario_format_version;
  if (!d.scenarios.empty()) {
    json list = json::array();
    for (const auto& s : d.scenarios) {
      json j = json::object();
      put_text(j, "id", s.id);
      put_text(j, "title", s.title);
      put_text(j, "description", s.description);
      put_date(j, "as_of", s.as_of);
      list.push_back(std::move(j));
    }
    doc["scenario"] = list.size() == 1 ? list[0] : list;
  }
  if (!d.sources.empty()) {
    json list = json::array();
    for (const auto& s : d.sources) {
      json j;
      j["id"] = s.id;
      put_text(j, "title", s.title);
      put_text(j, "url", s.url);
      put_text(j, "publisher", s.publisher);
      put_date(j, "date", s.published);
      put_text(j, "note", s.note);
      list.push_back(std::move(j));
    }
    doc["sources"] = std::move(list);
  }
  const auto builtin = vocabulary::builtin();
  json types = json::array();
  for (const auto& t : d.relation_types.types()) {
    if (auto b = builtin.find(t.id); b && builtin[*b] == t) continue;
    json j;
    j["id"] = t.id;
    j["polarity"] = std::string(to_string(t.sign));
    j["weight"] = t.default_weight;
    j["symmetric"] = t.symmetric;
    put_text(j, "meaning", t.meaning);
    types.push_back(std::move(j));
  }
  if (!types.empty()) doc["relation_types"] = std::move(types);
  if (!d.actors.empty()) {
    json list = json::array();
    for (const auto& a : d.actors) {
      json j;
      j["id"] = a.id;
      j["kind"] = std::string(to_string(a.kind));
      if (a.name != a.id) j["name"] = a.name;
      if (!a.aliases.empty()) j["aliases"] = a.aliases;
      put_text(j, "category", a.category);
      put_text(j, "country", a.country);
      if (!a.tags.empty()) j["tags"] = a.tags;
      put_text(j, "description", a.description);
      put_provenance(j, a.prov, d);
      if (!a.merged.empty()) {
        json merged = json::array();
        for (const auto& m : a.merged) {
          json x;
          x["name"] = m.name;
          put_text(x, "rule", m.rule);
          merged.push_back(std::move(x));
        }
        j["merged"] = std::move(merged);
      }
      list.push_back(std::move(j));
    }
    doc["actors"] = std::move(list);
  }
  if (!d.relations.empty()) {
    json list = json::array();
    for (const auto& r : d.relations) {
      json j;
      j["from"] = d.actors[r.from].id;
      j["type"] = d.relation_types[r.type].id;
      j["to"] = d.actors[r.to].id;
      if (r.weight != d.relation_types[r.type].default_weight) j["weight"] = r.weight;
      put_date(j, "since", r.since);
      put_date(j, "until", r.until);
      put_text(j, "as", r.qualifier);
      if (r.against != no_index) j["against"] = d.actors[r.against].id;
      put_text(j, "conflict", r.conflict);
      put_provenance(j, r.prov, d);
      list.push_back(std::move(j));
    }
    doc["relations"] = std::move(list);
  }
  if (!d.incidents.empty()) {
    json list = json::array();
    for (std::uint32_t i = 0; i < d.incidents.size(); ++i) {
      const auto& inc = d.incidents[i];
      json j;
      j["id"] = inc.id;
      // An absent name reads back as the id; an imported incident's empty
      // name is written as "" so that it reads back empty (its title is then
      // derived from its coding, as before the round trip).
      if (inc.name != inc.id) j["name"] = inc.name;
      j["date"] = inc.when.to_string();
      put_date(j, "until", inc.until);
      j["type"] = inc.type;
      if (!inc.where.name.empty() || !inc.where.country.empty() || inc.where.lat || inc.where.lon) {
        json p = json::object();
        put_text(p, "name", inc.where.name);
        put_text(p, "country", inc.where.country);
        if (inc.where.lat) p["lat"] = *inc.where.lat;
        if (inc.where.lon) p["lon"] = *inc.where.lon;
        j["place"] = std::move(p);
      }
      if (inc.fatalities) j["fatalities"] = *inc.fatalities;
      if (inc.injured) j["injured"] = *inc.injured;
      put_text(j, "description", inc.description);
      put_provenance(j, inc.prov, d);
      if (inc.rung) j["rung"] = std::string(rung_at(*inc.rung).id);
      put_text(j, "cameo", inc.cameo);
      if (inc.goldstein) j["goldstein"] = *inc.goldstein;
      if (!(inc.coding == event_coding{})) j["coding"] = coding_document(inc.coding);
      for (auto kind : all_roles) {
        json members = json::array();
        for (auto k : g.roles_of_incident(i)) {
          const auto& r = d.roles[k];
          if (r.kind != kind) continue;
          if (r.attributed_by == no_index && plain_provenance(r.prov)) {
            members.push_back(d.actors[r.actor].id);
            continue;
          }
          json m;
          m["actor"] = d.actors[r.actor].id;
          if (r.attributed_by != no_index) m["by"] = d.actors[r.attributed_by].id;
          put_provenance(m, r.prov, d);
          members.push_back(std::move(m));
        }
        if (!members.empty()) j[std::string(to_string(kind))] = std::move(members);
      }
      for (auto kind : {link_kind::responds_to, link_kind::part_of}) {
        json targets = json::array();
        for (auto k : g.links_from(i)) {
          const auto& l = d.links[k];
          if (l.kind != kind) continue;
          if (plain_provenance(l.prov)) {
            targets.push_back(d.incidents[l.to].id);
            continue;
          }
          json m;
          m["incident"] = d.incidents[l.to].id;
          put_provenance(m, l.prov, d);
          targets.push_back(std::move(m));
        }
        if (!targets.empty()) j[std::string(to_string(kind))] = std::move(targets);
      }
      list.push_back(std::move(j));
    }
    doc["incidents"] = std::move(list);
  }
  return doc;
}

// Strings a YAML reader would take for something else, or that need quotes to survive.
bool needs_quotes(const std::string& s) {
  if (s.empty()) return true;
  static const char* const special[] = {"null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False",
                                        "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"};
  for (const char* w : special)
    if (s == w) return true;
  return false;
}

std::string shortest(double v) {
  char buffer[32];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc{} ? std::string(buffer, ptr) : std::to_string(v);
}

void emit(YAML::Emitter& out, const json& j, bool flow) {
  switch (j.type()) {
    case json::value_t::object:
      out << (flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
      for (const auto& [key, value] : j.items()) {
        out << YAML::Key << key << YAML::Value;
        // Short lists of ids read best on one line.
        const bool flat_list = value.is_array() && std::all_of(value.begin(), value.end(), [](const json& x) {
          return x.is_string() || x.is_number();
        });
        emit(out, value, flow || flat_list);
      }
      out << YAML::EndMap;
      break;
    case json::value_t::array:
      out << (flow ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
      for (const auto& value : j) emit(out, value, flow);
      out << YAML::EndSeq;
      break;
    case json::value_t::string: {
      const auto& s = j.get_ref<const std::string&>();
      if (needs_quotes(s)) out << YAML::DoubleQuoted;
      out << s;
      break;
    }
    case json::value_t::boolean: out << (j.get<bool>() ? "true" : "false"); break;
    case json::value_t::number_integer: out << j.get<std::int64_t>(); break;
    case json::value_t::number_unsigned: out << j.get<std::uint64_t>(); break;
    case json::value_t::number_float: out << shortest(j.get<double>()); break;
    default: out << YAML::Null; break;
  }
}

}  // namespace

std::string write_scenario(const graph& g, scenario_syntax syntax) {
  const json doc = document(g);
  if (syntax == scenario_syntax::json) return doc.dump(2) + "\n";
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::BeginMap;
  for (const auto& [key, value] : doc.items()) {
    out << YAML::Key << key << YAML::Value;
    emit(out, value, false);
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace faultline
