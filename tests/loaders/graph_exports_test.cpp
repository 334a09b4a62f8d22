// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <faultline/loaders/edge_list.hpp>
#include <faultline/loaders/graph_exports.hpp>

using namespace faultline;

namespace {

relation make_relation(actor_index from, std::string_view type, actor_index to, double weight) {
  relation r;
  r.from = from;
  r.to = to;
  r.type = *vocabulary::builtin().find(type);
  r.weight = weight;
  return r;
}

// Drawn by hand: a (state, two aliases, one with a ';') backs b (0.6);
// b (group, its name holding a quote, a comma and a line break) hostile_to a
// (0.5); a at_war_with c (symmetric, 0.8); a negotiates_with b (neutral);
// b perpetrator of x, c victim of x, a attributed_to x; y responds_to x.
graph tiny() {
  graph_data d;
  d.sources.push_back({"src1", "A report", "", "", std::nullopt, ""});
  actor a;
  a.id = "a";
  a.kind = node_kind::state;
  a.name = "Alpha State";
  a.aliases = {"Alpha", "A; the state"};
  a.country = "AL";
  a.prov.sources = {0};
  actor b;
  b.id = "b";
  b.kind = node_kind::group;
  b.name = "Bravo \"B\", Group\nnorth";
  b.category = "militia";
  actor c;
  c.id = "c";
  c.kind = node_kind::person;
  c.name = "Charlie";
  d.actors = {a, b, c};
  incident x;
  x.id = "x";
  x.name = "Strike";
  x.when = *date::parse("2024-01-04");
  x.fatalities = 3;
  x.goldstein = -10.0;
  x.cameo = "190";
  incident y;
  y.id = "y";
  y.name = "Reply";
  y.when = *date::parse("2024-02");
  d.incidents = {x, y};
  d.relations.push_back(make_relation(0, "backs", 1, 0.6));
  d.relations.push_back(make_relation(1, "hostile_to", 0, 0.5));
  d.relations.push_back(make_relation(0, "at_war_with", 2, 0.8));
  d.relations.push_back(make_relation(0, "negotiates_with", 1, 1.0));
  d.relations[0].since = *date::parse("2020-05");
  d.roles.push_back({0, 1, role::perpetrator, no_index, {}});
  d.roles.push_back({0, 2, role::victim, no_index, {}});
  d.roles.push_back({0, 0, role::attributed_to, no_index, {}});
  d.links.push_back({1, 0, link_kind::responds_to, {}});
  return graph(std::move(d));
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("graph exports: csv_field quotes commas, quotes and line breaks only") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("") == "");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field("semi;colon") == "semi;colon");
}

TEST_CASE("graph exports: Neo4j files, headers and rows of a tiny graph") {
  const auto g = tiny();
  const auto files = write_neo4j_csv(graph_view(g));
  REQUIRE(files.size() == 5);
  const auto actors = lines_of(files.at("actors.csv"));
  CHECK(actors[0] == "id:ID,:LABEL,kind,name,category,country,aliases:string[],sources:string[]");
  // The alias's ';' (the array delimiter) becomes ',', so the field is quoted.
  CHECK(actors[1] == "a,Actor;State,state,Alpha State,,AL,\"Alpha;A, the state\",src1");
  // b's name spans two physical lines inside its quotes, its quotes doubled.
  CHECK(actors[2] == "b,Actor;Group,group,\"Bravo \"\"B\"\", Group");
  CHECK(actors[3] == "north\",militia,,,");
  CHECK(actors[4] == "c,Actor;Person,person,Charlie,,,,");
  CHECK(actors.size() == 5);

  const auto incidents = lines_of(files.at("incidents.csv"));
  CHECK(incidents[0] ==
        "id:ID,:LABEL,name,date:date,until:date,type,place,country,fatalities:long,cameo,goldstein:double,"
        "sources:string[]");
  CHECK(incidents[1] == "x,Incident,Strike,2024-01-04,,,,,3,190,-10,");
  CHECK(incidents[2] == "y,Incident,Reply,2024-02,,,,,,,,");

  const auto relations = lines_of(files.at("relations.csv"));
  CHECK(relations[0] ==
        ":START_ID,:END_ID,:TYPE,type,weight:double,sign:int,symmetric:boolean,since:date,until:date,"
        "confidence:double,against,conflict,qualifier,sources:string[]");
  CHECK(relations[1] == "a,b,BACKS,backs,0.6,1,false,2020-05,,1,,,,");
  CHECK(relations[2] == "b,a,HOSTILE_TO,hostile_to,0.5,-1,false,,,1,,,,");
  CHECK(relations[3] == "a,c,AT_WAR_WITH,at_war_with,0.8,-1,true,,,1,,,,");
  CHECK(relations[4] == "a,b,NEGOTIATES_WITH,negotiates_with,1,0,true,,,1,,,,");
  CHECK(relations.size() == 5);

  const auto roles = lines_of(files.at("roles.csv"));
  CHECK(roles[0] == ":START_ID,:END_ID,:TYPE,role,confidence:double,attributed_by,sources:string[]");
  CHECK(roles[1] == "b,x,PERPETRATOR,perpetrator,1,,");
  CHECK(roles[2] == "x,c,VICTIM,victim,1,,");
  CHECK(roles[3] == "x,a,ATTRIBUTED_TO,attributed_to,1,,");

  const auto links = lines_of(files.at("links.csv"));
  CHECK(links[0] == ":START_ID,:END_ID,:TYPE,kind,confidence:double,sources:string[]");
  CHECK(links[1] == "y,x,RESPONDS_TO,responds_to,1,");
}

TEST_CASE("graph exports: Pajek read back by faultline's reader gives the same signed ties") {
  const auto g = tiny();
  const auto text = write_pajek(graph_view(g));
  const auto net = read_pajek(text, "tiny.net");
  REQUIRE(net.node_count() == 3);
  CHECK(net.nodes == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(net.edge_count() == 4);
  // Arcs first (backs +0.6, hostile_to -0.5), then edges (at_war_with -0.8, negotiates_with 0).
  CHECK(net.source == std::vector<std::uint32_t>{0, 1, 0, 0});
  CHECK(net.target == std::vector<std::uint32_t>{1, 0, 2, 1});
  CHECK(net.weight == std::vector<double>{0.6, -0.5, -0.8, 0.0});
  CHECK(net.sign == std::vector<std::int8_t>{1, -1, -1, 0});
  CHECK(net.is_arc(0));
  CHECK(net.is_arc(1));
  CHECK_FALSE(net.is_arc(2));
  CHECK_FALSE(net.is_arc(3));
}

TEST_CASE("graph exports: Cytoscape JSON has every node and edge, roles directed by who acts") {
  const auto g = tiny();
  const auto text = write_cytoscape_json(graph_view(g));
  CHECK(text.rfind("{\"data\": {\"name\": \"faultline\"}, \"directed\": true, \"multigraph\": true,", 0) == 0);
  const auto lines = lines_of(text);
  auto count = [&](std::string_view needle) {
    std::size_t n = 0;
    for (const auto& l : lines)
      n += l.find(needle) != std::string::npos;
    return n;
  };
  CHECK(count("\"value\":") == 5);   // 3 actors + 2 incidents
  CHECK(count("\"source\":") == 8);  // 4 relations + 3 roles + 1 link
  CHECK(count("\"name\":\"Bravo \\\"B\\\", Group\\nnorth\"") == 1);
  CHECK(count("{\"id\":\"o2\",\"source\":\"x\",\"target\":\"a\",") == 1);  // attributed_to: incident -> actor
  CHECK(count("{\"id\":\"o0\",\"source\":\"b\",\"target\":\"x\",") == 1);  // perpetrator: actor -> incident
  CHECK(count("\"sign\":-1") == 2);
}

TEST_CASE("graph exports: a filtered view writes only what it keeps") {
  const auto g = tiny();
  view_options options;
  options.as_of = *date::parse("2020-01");  // before backs (since 2020-05) and both incidents (2024)
  const graph_view view(g, options);
  const auto files = write_neo4j_csv(view);
  // By hand: 3 of the 4 relations hold in 2020-01 (backs starts later); no incident, so no role or link.
  CHECK(lines_of(files.at("relations.csv")).size() == 1 + 3);
  CHECK(lines_of(files.at("incidents.csv")).size() == 1);
  CHECK(lines_of(files.at("roles.csv")).size() == 1);
  CHECK(lines_of(files.at("links.csv")).size() == 1);
  CHECK(lines_of(files.at("actors.csv")).size() == 1 + 4);  // actors are all kept (b's name takes two lines)
  const auto net = read_pajek(write_pajek(view), "tiny.net");
  CHECK(net.edge_count() == 3);
  const auto cy = write_cytoscape_json(view);
  CHECK(cy.find("\"value\":\"x\"") == std::string::npos);
  CHECK(cy.find("\"id\":\"r0\"") == std::string::npos);
  CHECK(cy.find("\"id\":\"r1\"") != std::string::npos);
}
