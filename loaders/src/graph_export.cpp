// SPDX-License-Identifier: Apache-2.0
#include "graph_export.hpp"

#include <charconv>
#include <string_view>

namespace faultline::detail {
namespace {

/// Index of an attribute by GraphML id in a table (the tables are small and fixed).
template <std::size_t N>
constexpr std::size_t index_of(const attr_spec (&table)[N], std::string_view id) {
  for (std::size_t i = 0; i < N; ++i)
    if (table[i].id == id) return i;
  return N;
}

void put(std::vector<attr_value>& values, std::size_t attr, std::string text) {
  // (Empty strings are left out: "not known" rather than a value.)
  if (!text.empty()) values.push_back({attr, std::move(text)});
}

void put_node(export_node& n, std::string_view id, std::string text) {
  put(n.values, index_of(node_attrs, id), std::move(text));
}
void put_edge(export_edge& e, std::string_view id, std::string text) {
  put(e.values, index_of(edge_attrs, id), std::move(text));
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string source_ids(const graph& g, const provenance& prov) {
  std::string out;
  for (auto s : prov.sources)
    out += (out.empty() ? "" : "; ") + g.sources()[s].id;
  return out;
}

/// The first day of a date, as YYYY-MM-DD (a month or a year starts on its first day).
std::string first_day(const date& d) {
  return date::from_days(d.first_day()).to_string();
}
/// The last day of a date, as YYYY-MM-DD (a month or a year ends on its last day).
std::string last_day(const date& d) {
  return date::from_days(d.last_day()).to_string();
}

std::string neo4j_labels(node_kind k) {
  switch (k) {
    case node_kind::state:
      return ":Actor:State";
    case node_kind::group:
      return ":Actor:Group";
    case node_kind::person:
      return ":Actor:Person";
    case node_kind::incident:
      return ":Incident";
  }
  return ":Actor";
}

}  // namespace

std::string shortest_double(double v) {
  char buffer[32];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc{} ? std::string(buffer, ptr) : std::to_string(v);
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += "&apos;";
        continue;
      case '\t':
        out += "&#9;";
        continue;
      case '\n':
        out += "&#10;";
        continue;
      case '\r':
        out += "&#13;";
        continue;
      default:
        break;
    }
    if (c < 0x20 || c == 0x7f) continue;  // C0 controls are not XML 1.0 characters (DEL is, but no reader wants it)
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF in UTF-8) are not XML characters either.
    if (c == 0xef && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xbf &&
        (static_cast<unsigned char>(text[i + 2]) == 0xbe || static_cast<unsigned char>(text[i + 2]) == 0xbf)) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

export_graph export_model(const graph_view& view) {
  const auto& g = view.base();
  export_graph out;
  for (const auto& a : g.actors()) {
    export_node n{a.id, a.name, {}, std::nullopt};
    put_node(n, "labels", neo4j_labels(a.kind));
    put_node(n, "kind", std::string(to_string(a.kind)));
    put_node(n, "name", a.name);
    put_node(n, "category", a.category);
    put_node(n, "country", a.country);
    put_node(n, "aliases", joined(a.aliases));
    put_node(n, "sources", source_ids(g, a.prov));
    out.nodes.push_back(std::move(n));
  }
  // Each kept incident's spell, for its node and its role edges.
  std::vector<spell> incident_spell(g.incidents().size());
  for (std::uint32_t i = 0; i < g.incidents().size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    const auto& inc = g.incidents()[i];
    incident_spell[i] = {first_day(inc.when), last_day(inc.until ? *inc.until : inc.when)};
    // (An imported incident may have no name: its id labels it then.)
    export_node n{inc.id, inc.name.empty() ? inc.id : inc.name, {}, incident_spell[i]};
    put_node(n, "labels", neo4j_labels(node_kind::incident));
    put_node(n, "kind", std::string(to_string(node_kind::incident)));
    put_node(n, "name", inc.name);
    put_node(n, "date", inc.when.to_string());
    if (inc.until) put_node(n, "until", inc.until->to_string());
    put_node(n, "type", inc.type);
    put_node(n, "place", inc.where.name);
    put_node(n, "country", inc.where.country);
    if (inc.fatalities) put_node(n, "fatalities", std::to_string(*inc.fatalities));
    put_node(n, "cameo", inc.cameo);
    if (inc.goldstein) put_node(n, "goldstein", shortest_double(*inc.goldstein));
    put_node(n, "sources", source_ids(g, inc.prov));
    out.nodes.push_back(std::move(n));
  }
  for (std::uint32_t k = 0; k < g.relations().size(); ++k) {
    if (!view.keeps_relation(k)) continue;
    const auto& r = g.relations()[k];
    const auto& type = g.relation_types()[r.type];
    export_edge e{"relation-" + std::to_string(k),
                  g.actors()[r.from].id,
                  g.actors()[r.to].id,
                  type.id,
                  r.weight,
                  {},
                  std::nullopt};
    if (r.since || r.until) e.when = spell{r.since ? first_day(*r.since) : "", r.until ? last_day(*r.until) : ""};
    put_edge(e, "label", type.id);
    put_edge(e, "edge_kind", "relation");
    put_edge(e, "edge_type", type.id);
    put_edge(e, "weight", shortest_double(r.weight));
    put_edge(e, "sign", std::to_string(static_cast<int>(type.sign)));
    if (r.since) put_edge(e, "since", r.since->to_string());
    if (r.until) put_edge(e, "edge_until", r.until->to_string());
    put_edge(e, "confidence", shortest_double(r.prov.confidence));
    if (r.against != no_index) put_edge(e, "against", g.actors()[r.against].id);
    put_edge(e, "conflict", r.conflict);
    put_edge(e, "edge_sources", source_ids(g, r.prov));
    out.edges.push_back(std::move(e));
  }
  for (std::uint32_t k = 0; k < g.roles().size(); ++k) {
    if (!view.keeps_role(k)) continue;
    const auto& r = g.roles()[k];
    // An edge reads as a sentence: "hamas perpetrator of x", "x target usa", "x attributed_to nujaba".
    const bool outward = !actor_acts(r.kind);
    const auto& actor_id = g.actors()[r.actor].id;
    const auto& incident_id = g.incidents()[r.incident].id;
    const std::string name(to_string(r.kind));
    export_edge e{"role-" + std::to_string(k),
                  outward ? incident_id : actor_id,
                  outward ? actor_id : incident_id,
                  name,
                  std::nullopt,
                  {},
                  incident_spell[r.incident]};
    put_edge(e, "label", name);
    put_edge(e, "edge_kind", "role");
    put_edge(e, "edge_type", name);
    put_edge(e, "confidence", shortest_double(r.prov.confidence));
    put_edge(e, "edge_sources", source_ids(g, r.prov));
    out.edges.push_back(std::move(e));
  }
  for (std::uint32_t k = 0; k < g.links().size(); ++k) {
    if (!view.keeps_link(k)) continue;
    const auto& l = g.links()[k];
    const std::string name(to_string(l.kind));
    export_edge e{"link-" + std::to_string(k),
                  g.incidents()[l.from].id,
                  g.incidents()[l.to].id,
                  name,
                  std::nullopt,
                  {},
                  std::nullopt};
    put_edge(e, "label", name);
    put_edge(e, "edge_kind", "link");
    put_edge(e, "edge_type", name);
    put_edge(e, "confidence", shortest_double(l.prov.confidence));
    put_edge(e, "edge_sources", source_ids(g, l.prov));
    out.edges.push_back(std::move(e));
  }
  return out;
}

}  // namespace faultline::detail
