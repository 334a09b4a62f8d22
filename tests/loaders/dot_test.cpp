// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <faultline/loaders/dot.hpp>

using namespace faultline;

namespace {

actor make_actor(std::string id, node_kind kind, std::string name) {
  actor a;
  a.id = std::move(id);
  a.kind = kind;
  a.name = std::move(name);
  return a;
}

incident make_incident(std::string id, std::string name, const char* when) {
  incident i;
  i.id = std::move(id);
  i.name = std::move(name);
  i.when = *date::parse(when);
  return i;
}

relation make_relation(actor_index from, std::string_view type, actor_index to) {
  relation r;
  r.from = from;
  r.to = to;
  r.type = *vocabulary::builtin().find(type);
  return r;
}

// Drawn by hand: a (state) backs b (group), b hostile_to a, a negotiates_with b;
// b perpetrator of x, c (person) victim of x; y responds_to x.
graph tiny() {
  graph_data d;
  d.actors.push_back(make_actor("a", node_kind::state, "Alpha State"));
  d.actors.push_back(make_actor("b", node_kind::group, "Bravo \"B\" Group"));
  d.actors.push_back(make_actor("c", node_kind::person, "Charlie"));
  d.incidents.push_back(make_incident("x", "Strike", "2024-01-04"));
  d.incidents.push_back(make_incident("y", "Reply", "2024-02"));
  d.relations.push_back(make_relation(0, "backs", 1));
  d.relations.push_back(make_relation(1, "hostile_to", 0));
  d.relations.push_back(make_relation(0, "negotiates_with", 1));
  d.roles.push_back({0, 1, role::perpetrator, no_index, {}});
  d.roles.push_back({0, 2, role::victim, no_index, {}});
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

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

std::size_t edge_count(const std::vector<std::string>& lines) {
  return static_cast<std::size_t>(std::count_if(
      lines.begin(), lines.end(), [](const std::string& l) { return l.find(" -> ") != std::string::npos; }));
}

}  // namespace

TEST_CASE("dot: dot_quote escapes quotes, backslashes and newlines") {
  CHECK(dot_quote("abc") == "\"abc\"");
  CHECK(dot_quote("") == "\"\"");
  CHECK(dot_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(dot_quote("a\\b") == "\"a\\\\b\"");
  CHECK(dot_quote("two\nlines") == "\"two\\nlines\"");
  CHECK(dot_quote("\\\"") == "\"\\\\\\\"\"");
  CHECK(dot_quote("Qāsem") == "\"Qāsem\"");  // UTF-8 passes through
}

TEST_CASE("dot: nodes and edges of a tiny graph") {
  const auto g = tiny();
  const auto text = write_dot(graph_view(g));
  CHECK(text.rfind("digraph faultline {\n", 0) == 0);
  CHECK(text.size() >= 2);
  CHECK(text.substr(text.size() - 2) == "}\n");
  const auto lines = lines_of(text);
  // Nodes: shapes by kind; incidents labelled with their date.
  CHECK(has_line(lines, "  \"a\" [label=\"Alpha State\", shape=doubleoctagon];"));
  CHECK(has_line(lines, "  \"b\" [label=\"Bravo \\\"B\\\" Group\", shape=box];"));
  CHECK(has_line(lines, "  \"c\" [label=\"Charlie\", shape=ellipse];"));
  CHECK(has_line(lines, "  \"x\" [label=\"Strike\\n2024-01-04\", shape=note, style=filled, fillcolor=\"#f5f5f5\"];"));
  CHECK(has_line(lines, "  \"y\" [label=\"Reply\\n2024-02\", shape=note, style=filled, fillcolor=\"#f5f5f5\"];"));
  // Relations: friendly green, hostile red, neutral grey; symmetric both ways.
  CHECK(has_line(lines, "  \"a\" -> \"b\" [label=\"backs\", color=\"#2e7d32\", fontcolor=\"#2e7d32\"];"));
  CHECK(has_line(lines, "  \"b\" -> \"a\" [label=\"hostile_to\", color=\"#c62828\", fontcolor=\"#c62828\"];"));
  CHECK(has_line(lines,
                 "  \"a\" -> \"b\" [label=\"negotiates_with\", color=\"#757575\", fontcolor=\"#757575\", dir=both];"));
  // Roles dashed: perpetrators point at the incident, victims and targets away from it.
  CHECK(has_line(lines, "  \"b\" -> \"x\" [label=\"perpetrator\", style=dashed];"));
  CHECK(has_line(lines, "  \"x\" -> \"c\" [label=\"victim\", style=dashed];"));
  // Links dotted.
  CHECK(has_line(lines, "  \"y\" -> \"x\" [label=\"responds_to\", style=dotted];"));
  // 3 relations + 2 roles + 1 link, nothing else.
  CHECK(edge_count(lines) == 6);
}

TEST_CASE("dot: the view filters what is drawn") {
  const auto g = tiny();
  view_options o;
  o.as_of = date::parse("2024-01");  // y (2024-02) has not happened yet
  o.relation_types = {"backs"};
  const auto lines = lines_of(write_dot(graph_view(g, o)));
  CHECK(has_line(lines, "  \"a\" -> \"b\" [label=\"backs\", color=\"#2e7d32\", fontcolor=\"#2e7d32\"];"));
  CHECK(has_line(lines, "  \"b\" -> \"x\" [label=\"perpetrator\", style=dashed];"));
  CHECK(has_line(lines, "  \"x\" -> \"c\" [label=\"victim\", style=dashed];"));
  CHECK(edge_count(lines) == 3);
  const bool has_y = std::any_of(lines.begin(), lines.end(),
                                 [](const std::string& l) { return l.find("\"y\"") != std::string::npos; });
  CHECK_FALSE(has_y);
  // Actors are always drawn.
  CHECK(has_line(lines, "  \"c\" [label=\"Charlie\", shape=ellipse];"));
}

TEST_CASE("dot: an empty graph is an empty digraph") {
  const graph g;
  const auto text = write_dot(graph_view(g));
  CHECK(text.rfind("digraph faultline {\n", 0) == 0);
  CHECK(text.substr(text.size() - 2) == "}\n");
  CHECK(edge_count(lines_of(text)) == 0);
  CHECK(text.find("label=") == std::string::npos);
}

TEST_CASE("dot: write_dot of a described graph writes defaults, clusters and edges in order") {
  // Expected text written by hand from the DOT grammar, not from faultline's output.
  dot_graph d;
  d.directed = false;
  d.name = "blocs";
  d.quote_name = true;
  d.attributes = {{"rankdir", "LR", false}};
  d.node_defaults = {{"shape", "box", false}};
  dot_subgraph cluster{"cluster_1", {{"label", "Bloc 1"}}, {{"a", {{"label", "A \"x\""}}}}, {}};
  d.body.emplace_back(std::move(cluster));
  d.add_node("b", {});
  d.add_edge("a", "b", {{"penwidth", "3", false}, {"label", "two\nlines"}});
  CHECK(write_dot(d) ==
        "graph \"blocs\" {\n"
        "  rankdir=LR;\n"
        "  node [shape=box];\n"
        "  subgraph \"cluster_1\" {\n"
        "    label=\"Bloc 1\";\n"
        "    \"a\" [label=\"A \\\"x\\\"\"];\n"
        "  }\n"
        "  \"b\";\n"
        "  \"a\" -- \"b\" [penwidth=3, label=\"two\\nlines\"];\n"
        "}\n");
  d.directed = true;
  d.quote_name = false;
  CHECK(write_dot(d).rfind("digraph blocs {\n", 0) == 0);
  CHECK(write_dot(d).find("\"a\" -> \"b\"") != std::string::npos);
}
