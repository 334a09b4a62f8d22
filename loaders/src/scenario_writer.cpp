// SPDX-License-Identifier: Apache-2.0
// Writes a graph back as a scenario. One document tree is built, then
// rendered as JSON (by nlohmann-json) or YAML (by the small block-style
// emitter below), so both syntaxes carry exactly the same content.
#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <string_view>

#include <faultline/graph/ladder.hpp>
#include <faultline/loaders/scenario.hpp>

#include "text_scan.hpp"

namespace faultline {
namespace {

using json = nlohmann::ordered_json;

void put_provenance(json& j, const provenance& p, const graph_data& d) {
  if (!p.sources.empty()) {
    json ids = json::array();
    for (auto s : p.sources)
      ids.push_back(d.sources[s].id);
    j["sources"] = std::move(ids);
  }
  if (p.confidence != 1.0) j["confidence"] = p.confidence;
  if (!p.note.empty()) j["note"] = p.note;
}

bool plain_provenance(const provenance& p) {
  return p.sources.empty() && p.confidence == 1.0 && p.note.empty();
}

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
  static const char* const special[] = {"null",  "Null",  "NULL", "~",   "true", "True", "TRUE", "false",
                                        "False", "FALSE", "yes",  "Yes", "YES",  "no",   "No",   "NO",
                                        "on",    "On",    "ON",   "off", "Off",  "OFF"};
  for (const char* w : special)
    if (s == w) return true;
  return false;
}

std::string shortest(double v) {
  char buffer[32];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc{} ? std::string(buffer, ptr) : std::to_string(v);
}

// A character YAML does not take as it is (a control character, a line or
// paragraph separator, a byte-order mark), which must be escaped.
std::size_t unsafe_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 || c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) return 2;  // U+0080-U+009F
  if (c == 0xE2 && s.substr(i, 2) == "\xE2\x80" && i + 2 < s.size() &&
      (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
    return 3;  // U+2028, U+2029
  if (c == 0xEF &&
      (s.substr(i, 3) == "\xEF\xBB\xBF" || s.substr(i, 3) == "\xEF\xBF\xBE" || s.substr(i, 3) == "\xEF\xBF\xBF"))
    return 3;  // U+FEFF, U+FFFE, U+FFFF
  return 0;
}

// Whether `s` reads back as the same text written plain (without quotes):
// the rules of a YAML plain scalar (in a flow list, also no ",[]{}").
bool plain_ok(std::string_view s, bool flow) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
  const char first = s.front();
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos) {
    // "-x", "?x", ":x" are plain; the others never start one. In a flow
    // list libyaml takes any '?' or ':' there for a mapping's key or value.
    if (first != '-' && first != '?' && first != ':') return false;
    if (flow && first != '-') return false;
    if (s.size() < 2 || s[1] == ' ') return false;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (unsafe_length(s, i) != 0) return false;
    if (c == ':' && i + 1 < s.size() && s[i + 1] == ' ') return false;
    if (c == '#' && i > 0 && s[i - 1] == ' ') return false;
    if (c == '\t') return false;
    if (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) return false;
    if (flow && c == ':' && i + 1 < s.size() && (s[i + 1] == ',' || s[i + 1] == ']')) return false;
  }
  return true;
}

// A YAML double-quoted scalar, with escapes for '"', '\\' and the characters
// of unsafe_length().
void put_double_quoted(std::string& out, std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const auto n = unsafe_length(s, i);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
      ++i;
    } else if (n == 0) {
      out += c;
      ++i;
    } else if (c == '\n') {
      out += "\\n";
      ++i;
    } else if (c == '\t') {
      out += "\\t";
      ++i;
    } else if (c == '\r') {
      out += "\\r";
      ++i;
    } else if (n == 1) {
      const auto b = static_cast<unsigned char>(c);
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 15];
      ++i;
    } else {  // a multi-byte character: \uXXXX
      const auto* p = reinterpret_cast<const unsigned char*>(s.data() + i);
      const unsigned cp = n == 2 ? ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu)
                                 : ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(cp >> shift) & 15];
      i += n;
    }
  }
  out += '"';
}

void put_string(std::string& out, const std::string& s, bool flow) {
  // Text that is not UTF-8 (kept in a snapshot of an older version) is
  // written with U+FFFD for its bad bytes: a YAML file must be UTF-8 to read back.
  if (detail::first_bad_byte(s) != std::string_view::npos) {
    put_string(out, detail::valid_utf8(s), flow);
    return;
  }
  if (!needs_quotes(s) && plain_ok(s, flow))
    out += s;
  else
    put_double_quoted(out, s);
}

void put_scalar(std::string& out, const json& j, bool flow) {
  switch (j.type()) {
    case json::value_t::string:
      put_string(out, j.get_ref<const std::string&>(), flow);
      break;
    case json::value_t::boolean:
      out += j.get<bool>() ? "true" : "false";
      break;
    case json::value_t::number_integer:
      out += std::to_string(j.get<std::int64_t>());
      break;
    case json::value_t::number_unsigned:
      out += std::to_string(j.get<std::uint64_t>());
      break;
    case json::value_t::number_float:
      put_string(out, shortest(j.get<double>()), flow);
      break;
    default:
      out += "~";
      break;
  }
}

bool is_collection(const json& j) {
  return j.is_object() || j.is_array();
}

// Short lists of ids read best on one line: [a, b].
bool flat_list(const json& j) {
  return j.is_array() && std::all_of(j.begin(), j.end(), [](const json& x) { return x.is_string() || x.is_number(); });
}

void put_flow(std::string& out, const json& j) {
  if (j.is_array()) {
    out += '[';
    bool first = true;
    for (const auto& x : j) {
      out += first ? "" : ", ";
      first = false;
      put_flow(out, x);
    }
    out += ']';
  } else if (j.is_object()) {
    out += '{';
    bool first = true;
    for (const auto& [key, value] : j.items()) {
      out += first ? "" : ", ";
      first = false;
      put_string(out, key, true);
      out += ": ";
      put_flow(out, value);
    }
    out += '}';
  } else {
    put_scalar(out, j, true);
  }
}

void put_block(std::string& out, const json& j, std::size_t indent);

// A mapping's entries, the first one on the current line (after "- " in a
// list), the others at `indent`.
void put_entries(std::string& out, const json& j, std::size_t indent, bool first_inline) {
  bool first = true;
  for (const auto& [key, value] : j.items()) {
    if (!(first && first_inline)) out.append(indent, ' ');
    first = false;
    put_string(out, key, false);
    out += ':';
    if (flat_list(value) || (is_collection(value) && value.empty())) {
      out += ' ';
      put_flow(out, value);
      out += '\n';
    } else if (value.is_object()) {
      out += '\n';
      put_block(out, value, indent + 2);
    } else if (value.is_array()) {
      out += '\n';
      put_block(out, value, indent + 2);
    } else {
      out += ' ';
      put_scalar(out, value, false);
      out += '\n';
    }
  }
}

// A block mapping or list at `indent`, each line ended by a newline.
void put_block(std::string& out, const json& j, std::size_t indent) {
  if (j.is_object()) {
    put_entries(out, j, indent, false);
    return;
  }
  for (const auto& item : j) {
    out.append(indent, ' ');
    out += "- ";
    if (item.is_object() && !item.empty()) {
      put_entries(out, item, indent + 2, true);
    } else if (item.is_array() && !item.empty() && !flat_list(item)) {
      out += '\n';
      put_block(out, item, indent + 2);
    } else if (is_collection(item)) {
      put_flow(out, item);
      out += '\n';
    } else {
      put_scalar(out, item, false);
      out += '\n';
    }
  }
}

}  // namespace

std::string write_scenario(const graph& g, scenario_syntax syntax) {
  const json doc = document(g);
  // (Bytes that are not UTF-8 become U+FFFD, as in the YAML: dump() would throw on them.)
  if (syntax == scenario_syntax::json) return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  std::string out;
  put_entries(out, doc, 0, false);
  return out;
}

}  // namespace faultline
