// SPDX-License-Identifier: Apache-2.0
// Exports for graph tools: Cytoscape.js JSON, Neo4j admin-import CSV, Pajek.
#include <charconv>
#include <faultline/loaders/graph_exports.hpp>
#include <nlohmann/json.hpp>

namespace faultline {
namespace {

using json = nlohmann::ordered_json;

// Shortest text that reads back as the same double ("0.4", not "0.400000").
std::string number(double value) {
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

std::vector<std::string> source_ids(const graph& g, const provenance& p) {
  std::vector<std::string> out;
  for (auto s : p.sources)
    out.push_back(g.sources()[s].id);
  return out;
}

std::string kind_label(node_kind k) {
  switch (k) {
    case node_kind::state:
      return "State";
    case node_kind::group:
      return "Group";
    case node_kind::person:
      return "Person";
    case node_kind::incident:
      return "Incident";
  }
  return "Actor";
}

// A neo4j-admin array: elements joined by ';' (its default array delimiter),
// which therefore cannot appear inside an element.
std::string neo4j_array(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ';';
    for (char c : item)
      out += c == ';' ? ',' : c;
  }
  return out;
}

std::string optional_date(const std::optional<date>& d) {
  return d ? d->to_string() : std::string();
}

// One CSV line of already-formatted values.
std::string csv_line(std::initializer_list<std::string> fields) {
  std::string out;
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out += ',';
    first = false;
    out += csv_field(f);
  }
  return out + "\n";
}

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string write_cytoscape_json(const graph_view& view) {
  const auto& g = view.base();
  json nodes = json::array();
  for (const auto& a : g.actors()) {
    json d = {{"id", a.id}, {"value", a.id}, {"name", a.name}, {"kind", to_string(a.kind)}};
    if (!a.category.empty()) d["category"] = a.category;
    if (!a.country.empty()) d["country"] = a.country;
    if (!a.aliases.empty()) d["aliases"] = a.aliases;
    if (!a.prov.sources.empty()) d["sources"] = source_ids(g, a.prov);
    nodes.push_back({{"data", std::move(d)}});
  }
  for (std::uint32_t i = 0; i < g.incidents().size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    const auto& inc = g.incidents()[i];
    json d = {
        {"id", inc.id}, {"value", inc.id}, {"name", inc.name}, {"kind", "incident"}, {"date", inc.when.to_string()}};
    if (inc.until) d["until"] = inc.until->to_string();
    if (!inc.type.empty()) d["type"] = inc.type;
    if (!inc.where.name.empty()) d["place"] = inc.where.name;
    if (!inc.where.country.empty()) d["country"] = inc.where.country;
    if (inc.fatalities) d["fatalities"] = *inc.fatalities;
    if (!inc.cameo.empty()) d["cameo"] = inc.cameo;
    if (inc.goldstein) d["goldstein"] = *inc.goldstein;
    if (!inc.prov.sources.empty()) d["sources"] = source_ids(g, inc.prov);
    nodes.push_back({{"data", std::move(d)}});
  }
  json edges = json::array();
  std::size_t key = 0;
  for (std::uint32_t k = 0; k < g.relations().size(); ++k) {
    if (!view.keeps_relation(k)) continue;
    const auto& r = g.relations()[k];
    const auto& type = g.relation_types()[r.type];
    json d = {{"id", "r" + std::to_string(k)},
              {"source", g.actors()[r.from].id},
              {"target", g.actors()[r.to].id},
              {"key", key++},
              {"edge", "relation"},
              {"type", type.id},
              {"weight", r.weight},
              {"sign", static_cast<int>(type.sign)},
              {"symmetric", type.symmetric},
              {"confidence", r.prov.confidence}};
    if (r.since) d["since"] = r.since->to_string();
    if (r.until) d["until"] = r.until->to_string();
    if (r.against != no_index) d["against"] = g.actors()[r.against].id;
    if (!r.conflict.empty()) d["conflict"] = r.conflict;
    if (!r.qualifier.empty()) d["qualifier"] = r.qualifier;
    edges.push_back({{"data", std::move(d)}});
  }
  for (std::uint32_t k = 0; k < g.roles().size(); ++k) {
    if (!view.keeps_role(k)) continue;
    const auto& r = g.roles()[k];
    const auto& actor_id = g.actors()[r.actor].id;
    const auto& incident_id = g.incidents()[r.incident].id;
    const bool flip = !actor_acts(r.kind);
    json d = {{"id", "o" + std::to_string(k)},
              {"source", flip ? incident_id : actor_id},
              {"target", flip ? actor_id : incident_id},
              {"key", key++},
              {"edge", "role"},
              {"type", to_string(r.kind)},
              {"confidence", r.prov.confidence}};
    if (r.attributed_by != no_index) d["attributed_by"] = g.actors()[r.attributed_by].id;
    edges.push_back({{"data", std::move(d)}});
  }
  for (std::uint32_t k = 0; k < g.links().size(); ++k) {
    if (!view.keeps_link(k)) continue;
    const auto& l = g.links()[k];
    edges.push_back({{"data",
                      {{"id", "l" + std::to_string(k)},
                       {"source", g.incidents()[l.from].id},
                       {"target", g.incidents()[l.to].id},
                       {"key", key++},
                       {"edge", "link"},
                       {"type", to_string(l.kind)},
                       {"confidence", l.prov.confidence}}}});
  }
  // One element per line: readable, diffable, and short for large graphs.
  // Imported names may hold invalid UTF-8: replace it rather than fail the export.
  auto list = [](const json& items) {
    std::string out;
    for (const auto& item : items)
      out += (out.empty() ? "\n" : ",\n") + item.dump(-1, ' ', false, json::error_handler_t::replace);
    return out + (items.empty() ? "]" : "\n]");
  };
  return "{\"data\": {\"name\": \"faultline\"}, \"directed\": true, \"multigraph\": true,\n\"elements\": {\"nodes\": "
         "[" +
         list(nodes) + ",\n\"edges\": [" + list(edges) + "}}\n";
}

std::map<std::string, std::string> write_neo4j_csv(const graph_view& view) {
  const auto& g = view.base();
  std::map<std::string, std::string> files;
  auto& actors = files["actors.csv"];
  actors = "id:ID,:LABEL,kind,name,category,country,aliases:string[],sources:string[]\n";
  for (const auto& a : g.actors())
    actors += csv_line({a.id, "Actor;" + kind_label(a.kind), std::string(to_string(a.kind)), a.name, a.category,
                        a.country, neo4j_array(a.aliases), neo4j_array(source_ids(g, a.prov))});

  auto& incidents = files["incidents.csv"];
  incidents =
      "id:ID,:LABEL,name,date:date,until:date,type,place,country,fatalities:long,cameo,goldstein:double,"
      "sources:string[]\n";
  for (std::uint32_t i = 0; i < g.incidents().size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    const auto& inc = g.incidents()[i];
    incidents += csv_line(
        {inc.id, "Incident", inc.name, inc.when.to_string(), optional_date(inc.until), inc.type, inc.where.name,
         inc.where.country, inc.fatalities ? std::to_string(*inc.fatalities) : std::string(), inc.cameo,
         inc.goldstein ? number(*inc.goldstein) : std::string(), neo4j_array(source_ids(g, inc.prov))});
  }

  auto& relations = files["relations.csv"];
  relations =
      ":START_ID,:END_ID,:TYPE,type,weight:double,sign:int,symmetric:boolean,since:date,until:date,"
      "confidence:double,against,conflict,qualifier,sources:string[]\n";
  for (std::uint32_t k = 0; k < g.relations().size(); ++k) {
    if (!view.keeps_relation(k)) continue;
    const auto& r = g.relations()[k];
    const auto& type = g.relation_types()[r.type];
    relations += csv_line({g.actors()[r.from].id, g.actors()[r.to].id, upper(type.id), type.id, number(r.weight),
                           std::to_string(static_cast<int>(type.sign)), type.symmetric ? "true" : "false",
                           optional_date(r.since), optional_date(r.until), number(r.prov.confidence),
                           r.against != no_index ? g.actors()[r.against].id : std::string(), r.conflict, r.qualifier,
                           neo4j_array(source_ids(g, r.prov))});
  }

  auto& roles = files["roles.csv"];
  roles = ":START_ID,:END_ID,:TYPE,role,confidence:double,attributed_by,sources:string[]\n";
  for (std::uint32_t k = 0; k < g.roles().size(); ++k) {
    if (!view.keeps_role(k)) continue;
    const auto& r = g.roles()[k];
    const auto& actor_id = g.actors()[r.actor].id;
    const auto& incident_id = g.incidents()[r.incident].id;
    const bool flip = !actor_acts(r.kind);
    roles += csv_line({flip ? incident_id : actor_id, flip ? actor_id : incident_id, upper(to_string(r.kind)),
                       std::string(to_string(r.kind)), number(r.prov.confidence),
                       r.attributed_by != no_index ? g.actors()[r.attributed_by].id : std::string(),
                       neo4j_array(source_ids(g, r.prov))});
  }

  auto& links = files["links.csv"];
  links = ":START_ID,:END_ID,:TYPE,kind,confidence:double,sources:string[]\n";
  for (std::uint32_t k = 0; k < g.links().size(); ++k) {
    if (!view.keeps_link(k)) continue;
    const auto& l = g.links()[k];
    links += csv_line({g.incidents()[l.from].id, g.incidents()[l.to].id, upper(to_string(l.kind)),
                       std::string(to_string(l.kind)), number(l.prov.confidence), neo4j_array(source_ids(g, l.prov))});
  }
  return files;
}

std::string write_pajek(const graph_view& view) {
  const auto& g = view.base();
  std::string out = "*Vertices " + std::to_string(g.actors().size()) + "\n";
  for (std::size_t i = 0; i < g.actors().size(); ++i) {
    // Pajek labels are quoted without an escape for quotes: a quote becomes an apostrophe.
    std::string label = g.actors()[i].id;
    for (auto& c : label)
      if (c == '"') c = '\'';
    out += std::to_string(i + 1) + " \"" + label + "\"\n";
  }
  // Arcs before edges: readers that take the first section's kind for the
  // whole file (networkx) then still read every tie, as an arc.
  for (const bool symmetric : {false, true}) {
    out += symmetric ? "*Edges\n" : "*Arcs\n";
    for (std::uint32_t k = 0; k < g.relations().size(); ++k) {
      if (!view.keeps_relation(k)) continue;
      const auto& r = g.relations()[k];
      const auto& type = g.relation_types()[r.type];
      if (type.symmetric != symmetric) continue;
      const double value = static_cast<int>(type.sign) * r.weight;
      out +=
          std::to_string(r.from + 1) + " " + std::to_string(r.to + 1) + " " + number(value == 0 ? 0.0 : value) + "\n";
    }
  }
  return out;
}

}  // namespace faultline
