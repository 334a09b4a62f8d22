// SPDX-License-Identifier: Apache-2.0
// Expected paths were worked out by hand on the small graphs drawn in each
// test; the sample's were counted with a breadth-first search in Python
// (PyYAML) over the same actors, relations, roles and links.
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <faultline/algorithms/path.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/scenario.hpp>

#include "random_events.hpp"

using namespace faultline;

namespace {

graph load(const std::string& body) {
  return load_inputs({{"t.yaml", "faultline: 1\n" + body}});
}

node_ref node(const graph& g, const char* name) {
  return g.resolve(name);
}

// A path as text: "a -r0-> b <-r2- c" for relations (arrow against the stated
// direction when walked backwards), "=k0=" for roles, "~l0~" for links.
std::string text(const graph& g, const std::vector<path_step>& path) {
  if (path.empty()) return "";
  std::string out = g.id_of(path.front().from);
  for (const auto& s : path) {
    const char tag = s.kind == path_edge_kind::relation ? 'r' : s.kind == path_edge_kind::role ? 'k' : 'l';
    const std::string label = tag + std::to_string(s.index);
    if (s.kind == path_edge_kind::relation)
      out += s.forward ? " -" + label + "-> " : " <-" + label + "- ";
    else if (s.kind == path_edge_kind::role)
      out += s.forward ? " =" + label + "=> " : " <=" + label + "= ";
    else
      out += s.forward ? " ~" + label + "~> " : " <~" + label + "~ ";
    out += g.id_of(s.to);
  }
  return out;
}

std::vector<std::string> texts(const graph& g, const path_result& r) {
  std::vector<std::string> out;
  for (const auto& p : r.paths)
    out.push_back(text(g, p));
  return out;
}

using strings = std::vector<std::string>;

// The paths as a sorted list: the set of shortest paths, whatever their order.
strings set_of(const graph& g, const path_result& r) {
  auto out = texts(g, r);
  std::sort(out.begin(), out.end());
  return out;
}

path_result paths(const graph& g, const char* from, const char* to, path_options o = {}, view_options v = {}) {
  return shortest_paths(graph_view(g, v), node(g, from), node(g, to), o);
}

// a, b, c, d, e (isolated):  r0 a backs b, r1 b backs d, r2 c backs a, r3 c backs d.
const char* const square =
    "actors:\n"
    "  - {id: a, kind: group}\n"
    "  - {id: b, kind: group}\n"
    "  - {id: c, kind: group}\n"
    "  - {id: d, kind: group}\n"
    "  - {id: e, kind: group}\n"
    "relations:\n"
    "  - {from: a, type: backs, to: b}\n"
    "  - {from: b, type: backs, to: d}\n"
    "  - {from: c, type: backs, to: a}\n"
    "  - {from: c, type: backs, to: d}\n";

}  // namespace

TEST_CASE("path: the exact set of shortest paths, undirected") {
  const auto g = load(square);
  const auto r = paths(g, "a", "d");
  CHECK(r.from == node(g, "a"));
  CHECK(r.to == node(g, "d"));
  CHECK_FALSE(r.truncated);
  CHECK(set_of(g, r) == strings{"a -r0-> b -r1-> d", "a <-r2- c -r3-> d"});
  // Step fields.
  REQUIRE(r.paths.size() == 2);
  CHECK(r.paths[1][0] == path_step{node(g, "a"), node(g, "c"), path_edge_kind::relation, 2, false});
  CHECK(r.paths[1][1] == path_step{node(g, "c"), node(g, "d"), path_edge_kind::relation, 3, true});
  // Backwards.
  CHECK(set_of(g, paths(g, "d", "a")) == strings{"d <-r1- b <-r0- a", "d <-r3- c -r2-> a"});
  // Length 1 and length 3.
  CHECK(texts(g, paths(g, "a", "b")) == strings{"a -r0-> b"});
  CHECK(set_of(g, paths(g, "b", "c")) == strings{"b -r1-> d <-r3- c", "b <-r0- a <-r2- c"});
}

TEST_CASE("path: directed follows relations only their stated way") {
  const auto g = load(square);
  path_options o;
  o.directed = true;
  CHECK(texts(g, paths(g, "a", "d", o)) == strings{"a -r0-> b -r1-> d"});
  CHECK(texts(g, paths(g, "c", "d", o)) == strings{"c -r3-> d"});
  CHECK(texts(g, paths(g, "c", "b", o)) == strings{"c -r2-> a -r0-> b"});
  CHECK(paths(g, "d", "a", o).paths.empty());
  CHECK(paths(g, "b", "c", o).paths.empty());
}

TEST_CASE("path: symmetric relations are walkable both ways when directed") {
  const auto g = load(
      "actors:\n"
      "  - {id: a, kind: state}\n"
      "  - {id: b, kind: state}\n"
      "  - {id: c, kind: state}\n"
      "relations:\n"
      "  - {from: a, type: allied_with, to: b}\n"
      "  - {from: c, type: backs, to: b}\n");
  path_options o;
  o.directed = true;
  CHECK(texts(g, paths(g, "b", "a", o)) == strings{"b <-r0- a"});
  CHECK(paths(g, "b", "c", o).paths.empty());
  CHECK(texts(g, paths(g, "c", "a", o)) == strings{"c -r1-> b <-r0- a"});
}

TEST_CASE("path: through incidents, or not") {
  // p and q meet only in incident i (k0 p perpetrator, k1 q target) and
  // through m (r0 p allied_with m, r1 m allied_with q).
  const auto g = load(
      "actors:\n"
      "  - {id: p, kind: group}\n"
      "  - {id: q, kind: state}\n"
      "  - {id: m, kind: state}\n"
      "relations:\n"
      "  - {from: p, type: allied_with, to: m}\n"
      "  - {from: m, type: allied_with, to: q}\n"
      "incidents:\n"
      "  - {id: i, date: 2024-01-04, perpetrator: [p], target: [q]}\n");
  CHECK(set_of(g, paths(g, "p", "q")) == strings{"p -r0-> m -r1-> q", "p =k0=> i <=k1= q"});
  path_options o;
  o.through_incidents = false;
  CHECK(texts(g, paths(g, "p", "q", o)) == strings{"p -r0-> m -r1-> q"});
  // To an incident.
  CHECK(set_of(g, paths(g, "m", "i")) == strings{"m -r1-> q =k1=> i", "m <-r0- p =k0=> i"});
  CHECK_THROWS_WITH_AS(paths(g, "p", "i", o), "A path from or to an incident needs the walk through incidents",
                       usage_error);
  CHECK_THROWS_WITH_AS(paths(g, "i", "p", o), "A path from or to an incident needs the walk through incidents",
                       usage_error);
}

TEST_CASE("path: incident links are walked both ways") {
  // u perpetrator of i1 (k0); v perpetrator of i2 (k1); i2 responds_to i1 (l0).
  const auto g = load(
      "actors:\n"
      "  - {id: u, kind: group}\n"
      "  - {id: v, kind: state}\n"
      "incidents:\n"
      "  - {id: i1, date: 2024-01-01, perpetrator: [u]}\n"
      "  - {id: i2, date: 2024-01-02, perpetrator: [v], responds_to: [i1]}\n");
  CHECK(texts(g, paths(g, "u", "v")) == strings{"u =k0=> i1 <~l0~ i2 <=k1= v"});
  CHECK(texts(g, paths(g, "v", "u")) == strings{"v =k1=> i2 ~l0~> i1 <=k0= u"});
  path_options directed;
  directed.directed = true;
  CHECK(texts(g, paths(g, "u", "v", directed)) == strings{"u =k0=> i1 <~l0~ i2 <=k1= v"});
  // A window that ends before i2 cuts the link and i2.
  view_options v;
  v.as_of = date::parse("2024-01-01");
  CHECK(paths(g, "u", "v", {}, v).paths.empty());
}

TEST_CASE("path: disconnected, same node, out of range, empty graph") {
  const auto g = load(square);
  const auto r = paths(g, "a", "e");
  CHECK(r.paths.empty());
  CHECK_FALSE(r.truncated);
  const auto same = paths(g, "b", "b");
  REQUIRE(same.paths.size() == 1);
  CHECK(same.paths[0].empty());
  CHECK_FALSE(same.truncated);
  CHECK(paths(g, "e", "e").paths.size() == 1);

  const graph_view v(g);
  CHECK_THROWS_WITH_AS(shortest_paths(v, node_ref{false, 5}, node(g, "a")), "A path endpoint is out of range",
                       usage_error);
  CHECK_THROWS_WITH_AS(shortest_paths(v, node(g, "a"), node_ref{true, 0}), "A path endpoint is out of range",
                       usage_error);
  const graph empty;
  CHECK_THROWS_WITH_AS(shortest_paths(graph_view(empty), node_ref{false, 0}, node_ref{false, 0}),
                       "A path endpoint is out of range", usage_error);
}

TEST_CASE("path: parallel edges are distinct paths; max_paths truncates") {
  // s and t joined by two relations (r0, r1) and by x1, x2, x3 at length 2.
  const auto g = load(
      "actors:\n"
      "  - {id: s, kind: group}\n"
      "  - {id: t, kind: group}\n"
      "  - {id: x1, kind: group}\n"
      "  - {id: x2, kind: group}\n"
      "  - {id: x3, kind: group}\n"
      "  - {id: u, kind: group}\n"
      "relations:\n"
      "  - {from: s, type: backs, to: t}\n"
      "  - {from: s, type: hostile_to, to: t}\n"
      "  - {from: u, type: backs, to: x1}\n"
      "  - {from: u, type: backs, to: x2}\n"
      "  - {from: u, type: backs, to: x3}\n"
      "  - {from: x1, type: backs, to: s}\n"
      "  - {from: x2, type: backs, to: s}\n"
      "  - {from: x3, type: backs, to: s}\n");
  CHECK(set_of(g, paths(g, "s", "t")) == strings{"s -r0-> t", "s -r1-> t"});
  // u to s: three paths of length 2.
  const strings all = {"u -r2-> x1 -r5-> s", "u -r3-> x2 -r6-> s", "u -r4-> x3 -r7-> s"};
  CHECK(texts(g, paths(g, "u", "s")) == all);
  path_options o;
  o.max_paths = 2;
  auto r = paths(g, "u", "s", o);
  CHECK(r.truncated);
  CHECK(texts(g, r) == strings{all[0], all[1]});
  o.max_paths = 3;
  r = paths(g, "u", "s", o);
  CHECK_FALSE(r.truncated);
  CHECK(texts(g, r) == all);
  o.max_paths = 1;
  r = paths(g, "s", "t", o);
  CHECK(r.truncated);
  CHECK(texts(g, r) == strings{"s -r0-> t"});
  // u to t: 3 middles x 2 parallel edges = 6 paths of length 3; the default returns 5.
  r = paths(g, "u", "t");
  CHECK(r.truncated);
  CHECK(r.paths.size() == 5);
  o.max_paths = 6;
  r = paths(g, "u", "t", o);
  CHECK_FALSE(r.truncated);
  CHECK(r.paths.size() == 6);
  const auto six = texts(g, r);
  CHECK(std::set<std::string>(six.begin(), six.end()).size() == 6);
  // Deterministic: the same query lists the same paths in the same order.
  CHECK(texts(g, paths(g, "u", "t", o)) == six);
}

TEST_CASE("path: max_paths 0 is a usage error") {
  const auto g = load(square);
  path_options o;
  o.max_paths = 0;
  CHECK_THROWS_WITH_AS(o.validate(), "The number of paths must be at least 1", usage_error);
  CHECK_THROWS_WITH_AS(paths(g, "a", "d", o), "The number of paths must be at least 1", usage_error);
}

TEST_CASE("path: a self-loop in hand-built data does not disturb the search") {
  graph_data d;
  actor a, b;
  a.id = a.name = "a";
  b.id = b.name = "b";
  d.actors = {a, b};
  relation loop;
  loop.from = 0;
  loop.to = 0;
  loop.type = *d.relation_types.find("hostile_to");
  relation ab = loop;
  ab.to = 1;
  d.relations = {loop, ab};
  const graph g(std::move(d));
  CHECK(texts(g, paths(g, "a", "b")) == strings{"a -r1-> b"});
  CHECK(texts(g, paths(g, "b", "a")) == strings{"b <-r1- a"});
  CHECK(paths(g, "a", "a").paths.size() == 1);
}

TEST_CASE("path: the view's filters apply") {
  const auto g = load(
      "actors:\n"
      "  - {id: a, kind: group}\n"
      "  - {id: b, kind: group}\n"
      "  - {id: c, kind: group}\n"
      "relations:\n"
      "  - {from: a, type: backs, to: c, since: 2024-02}\n"
      "  - {from: a, type: hostile_to, to: b}\n"
      "  - {from: b, type: hostile_to, to: c, confidence: 0.5}\n");
  CHECK(texts(g, paths(g, "a", "c")) == strings{"a -r0-> c"});
  view_options v;
  v.as_of = date::parse("2024-01");
  CHECK(texts(g, paths(g, "a", "c", {}, v)) == strings{"a -r1-> b -r2-> c"});
  v.min_confidence = 0.9;
  CHECK(paths(g, "a", "c", {}, v).paths.empty());
  view_options types;
  types.relation_types = {"hostile_to"};
  CHECK(texts(g, paths(g, "a", "c", {}, types)) == strings{"a -r1-> b -r2-> c"});
}

TEST_CASE("path: the bundled sample, Islamic State to the United States") {
  const auto g = load_files({std::filesystem::path(FAULTLINE_SAMPLES_DIR) / "baghdad-2024-01.yaml"});
  const auto from = g.resolve("Islamic State");
  const auto to = g.resolve("United States");
  path_options o;
  o.max_paths = 100;
  const auto r = shortest_paths(graph_view(g), from, to, o);
  // 4 shortest paths of length 4: the Islamic State claimed the Kerman
  // bombing (the article names no perpetrator), whose target is Iran; then
  // Iran backs Nujaba (designated by / hostile to the US), Iran hostile to
  // Israel (backed by the US), or Iran the target of the Soleimani killing
  // (perpetrated by the US).
  CHECK_FALSE(r.truncated);
  REQUIRE(r.paths.size() == 4);
  std::map<std::string, int> by_third, by_first_role;
  for (const auto& p : r.paths) {
    REQUIRE(p.size() == 4);
    CHECK(p.front().from == from);
    CHECK(p.back().to == to);
    for (std::size_t k = 1; k < p.size(); ++k)
      CHECK(p[k - 1].to == p[k].from);
    CHECK(g.id_of(p[0].to) == "kerman-bombing");
    CHECK(g.id_of(p[1].to) == "iran");
    by_third[g.id_of(p[2].to)] += 1;
    by_first_role[std::string(to_string(g.roles()[p[0].index].kind))] += 1;
  }
  CHECK(by_third == std::map<std::string, int>{{"nujaba", 2}, {"israel", 1}, {"soleimani-killing", 1}});
  CHECK(by_first_role == std::map<std::string, int>{{"claimed_by", 4}});
  // The default (5) returns them all.
  const auto d = shortest_paths(graph_view(g), from, to);
  CHECK_FALSE(d.truncated);
  CHECK(d.paths.size() == 4);
  // Without incidents the Islamic State has no tie at all.
  path_options no_incidents;
  no_incidents.through_incidents = false;
  CHECK(shortest_paths(graph_view(g), from, to, no_incidents).paths.empty());
}

TEST_CASE("path: the incidents a columnar snapshot's search finds hold every shortest path, and no other") {
  const graph g(testing::random_events(400, 40, false, 777));
  const testing::as_columns columns(g);
  const auto& store = columns.store;
  const auto& rest = columns.rest;
  std::size_t compared = 0, through_incidents = 0;
  for (int variant = 0; variant < 3; ++variant) {
    view_options vo;
    path_options po;
    po.max_paths = 50;
    if (variant == 1) vo.min_confidence = 0.5, po.directed = true;
    if (variant == 2) vo.as_of = date::parse("2021-03"), po.max_paths = 2;
    const graph_view view(g, vo);
    for (std::uint32_t k = 0; k < 24; ++k) {
      const node_ref from = k % 3 == 0 ? node_ref{true, k * 7} : node_ref{false, k};
      const node_ref to{false, (k * 11 + 5) % 40};
      CAPTURE(variant);
      CAPTURE(k);
      const auto whole = shortest_paths(view, from, to, po);
      const auto incidents = incidents_on_shortest_paths(store, rest, vo, from, to, po);
      // The part: every actor and relation, the incidents found, their roles
      // in the graph's order, and the links between them.
      auto d = rest.data();
      std::vector<incident_index> part_of(g.incidents().size(), no_index);
      for (const auto i : incidents) {
        part_of[i] = static_cast<incident_index>(d.incidents.size());
        d.incidents.push_back(g.incidents()[i]);
      }
      for (const auto& r : g.roles())
        if (part_of[r.incident] != no_index) {
          d.roles.push_back(r);
          d.roles.back().incident = part_of[r.incident];
        }
      const graph part(std::move(d));
      const auto in_part = [&](node_ref n) { return n.is_incident ? node_ref{true, part_of[n.index]} : n; };
      const auto found = shortest_paths(graph_view(part, vo), in_part(from), in_part(to), po);
      CHECK(found.truncated == whole.truncated);
      REQUIRE(found.paths.size() == whole.paths.size());
      for (std::size_t p = 0; p < whole.paths.size(); ++p) {
        REQUIRE(found.paths[p].size() == whole.paths[p].size());
        for (std::size_t s = 0; s < whole.paths[p].size(); ++s) {
          CHECK(found.paths[p][s].from == in_part(whole.paths[p][s].from));
          CHECK(found.paths[p][s].to == in_part(whole.paths[p][s].to));
          CHECK(found.paths[p][s].kind == whole.paths[p][s].kind);
          through_incidents += whole.paths[p][s].to.is_incident ? 1 : 0;
        }
      }
      // No incident off every shortest path is read.
      for (const auto i : incidents) {
        bool on_a_path = (from.is_incident && from.index == i) || (to.is_incident && to.index == i);
        for (const auto& p : whole.paths)
          for (const auto& s : p)
            on_a_path = on_a_path || s.to == node_ref{true, i};
        if (!whole.truncated) CHECK(on_a_path);
      }
      compared += whole.paths.empty() ? 0 : 1;
    }
  }
  CHECK(compared >= 40);
  CHECK(through_incidents >= 40);
}
