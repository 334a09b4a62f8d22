// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/tensions.hpp>
#include <faultline/graph/error.hpp>

#include "signed_fixtures.hpp"

using namespace faultline;
using test::make_signed;

TEST_CASE("tensions: empty graph") {
  const auto g = make_signed(0, {});
  const auto r = find_tensions(g, {});
  CHECK(r.frustrated.empty());
  CHECK(r.triangles.empty());
  CHECK(r.suggestions.empty());
  CHECK(r.mixed.empty());
}

TEST_CASE("tensions: Gahuku-Gama against its three blocs") {
  const auto g = test::gahuku_gama();
  bloc_options o;
  o.k = 3;
  const auto blocs = find_blocs(g, o);
  const auto r = find_tensions(g, blocs.bloc);
  REQUIRE(r.frustrated.size() == 2);
  for (const auto& f : r.frustrated) {
    CHECK_FALSE(f.hostile_within);
    CHECK(g.ties[f.tie].sign == 1);
  }
  // 68 triangles, 59 balanced: 2 "++-" and 7 "---", the "++-" first.
  CHECK(r.triangle_total == 9);
  REQUIRE(r.triangles.size() == 9);
  CHECK(r.triangles[0].hostile == 1);
  CHECK(r.triangles[1].hostile == 1);
  CHECK(r.triangles[2].hostile == 3);
  // Both "++-" triangles hold one of the frustrated ties (Nagam–Masil, Masil–Uheto).
  const std::set<std::uint32_t> frustrated{r.frustrated[0].tie, r.frustrated[1].tie};
  for (int k = 0; k < 2; ++k) {
    const auto& t = r.triangles[k];
    CHECK((frustrated.count(t.ties[0]) + frustrated.count(t.ties[1]) + frustrated.count(t.ties[2])) >= 1);
    CHECK(g.ties[t.ties[0]].u == t.nodes[0]);
    CHECK(g.ties[t.ties[0]].v == t.nodes[1]);
    CHECK(g.ties[t.ties[2]].u == t.nodes[1]);
    CHECK(g.ties[t.ties[2]].v == t.nodes[2]);
  }
  tension_options limited;
  limited.max_triangles = 3;
  limited.max_suggestions = 5;
  const auto few = find_tensions(g, blocs.bloc, limited);
  CHECK(few.triangles.size() == 3);
  CHECK(few.triangle_total == 9);
  CHECK(few.suggestions.size() == 5);
  CHECK(few.suggestion_total == r.suggestion_total);
}

TEST_CASE("tensions: enemy of my enemy, with its evidence") {
  // 0 and 2 share the enemy 1 and the friend 3: both imply friendship.
  // 4 is a friend of 1, so 4 and 0 are implied enemies (via 1), 4 and 2 too.
  const auto g = make_signed(5, {{0, 1, -1}, {1, 2, -1}, {0, 3, 1}, {2, 3, 1}, {1, 4, 1}});
  const std::vector<std::uint32_t> bloc{0, 1, 0, 0, 1};
  const auto r = find_tensions(g, bloc);
  REQUIRE(r.suggestions.size() >= 3);
  const auto& top = r.suggestions[0];
  CHECK(top.a == 0);
  CHECK(top.b == 2);
  CHECK(top.sign == 1);
  CHECK(top.score == 2.0);
  CHECK(top.agreeing == 2);
  CHECK(top.disagreeing == 0);
  CHECK(top.blocs_agree);
  REQUIRE(top.evidence.size() == 2);
  CHECK(top.evidence[0].via == 1);
  CHECK(top.evidence[0].implied == 1);
  CHECK(top.evidence[1].via == 3);
  CHECK(g.ties[top.evidence[0].first_tie].u == 0);
  std::set<std::pair<std::uint32_t, std::uint32_t>> hostile;
  for (const auto& s : r.suggestions)
    if (s.sign < 0) hostile.insert({s.a, s.b});
  CHECK(hostile.count({0, 4}) == 1);
  CHECK(hostile.count({2, 4}) == 1);
  // Pairs that already have a tie are never suggested.
  for (const auto& s : r.suggestions)
    CHECK_FALSE(g.find_tie(s.a, s.b).has_value());
}

TEST_CASE("tensions: contradictory evidence cancels out") {
  // 0 and 2: via 1 (+ +) friends, via 3 (+ −) enemies, equal weight: no suggestion.
  const auto g = make_signed(4, {{0, 1, 1}, {1, 2, 1}, {0, 3, 1}, {3, 2, -1}});
  const auto r = find_tensions(g, std::vector<std::uint32_t>{0, 0, 0, 1});
  for (const auto& s : r.suggestions)
    CHECK_FALSE((s.a == 0 && s.b == 2));
  tension_options o;
  o.min_shared = 2;
  CHECK(find_tensions(g, std::vector<std::uint32_t>{0, 0, 0, 1}, o).suggestions.empty());
}

TEST_CASE("tensions: ties with facts both ways") {
  const std::vector<std::string> nodes{"x", "y", "z"};
  const std::vector<std::uint32_t> s{0, 0, 1, 1, 1}, t{1, 1, 2, 2, 2};
  const std::vector<double> w{1, -1, 3, -1, 1};
  signed_edge_input in;
  in.nodes = nodes;
  in.source = s;
  in.target = t;
  in.weight = w;
  in.directed = false;
  const auto g = build_signed_graph(in);
  const auto r = find_tensions(g, std::vector<std::uint32_t>{no_bloc, 0, 0});
  // x–y is ambivalent (1 against 1), y–z friendly (4 against 1): x–y is the more contested.
  CHECK(r.mixed == std::vector<std::uint32_t>{0, 1});
}

TEST_CASE("tensions: ranking of frustrated ties by weight") {
  const auto g = make_signed(4, {{0, 1, -1}, {0, 2, -3}, {2, 3, 2}});
  const auto r = find_tensions(g, std::vector<std::uint32_t>{0, 0, 0, 1});
  REQUIRE(r.frustrated.size() == 3);
  CHECK(r.frustrated[0].weight == 3.0);
  CHECK(r.frustrated[0].hostile_within);
  CHECK(r.frustrated[1].weight == 2.0);
  CHECK_FALSE(r.frustrated[1].hostile_within);
  CHECK(r.frustrated[2].weight == 1.0);
  tension_options unweighted;
  unweighted.weighted = false;
  CHECK(find_tensions(g, std::vector<std::uint32_t>{0, 0, 0, 1}, unweighted).frustrated[0].tie == 0);
}

TEST_CASE("tensions: invalid options") {
  const auto g = make_signed(2, {{0, 1, 1}});
  tension_options o;
  o.min_shared = 0;
  CHECK_THROWS_WITH_AS(find_tensions(g, std::vector<std::uint32_t>{0, 0}, o),
                       "A suggestion needs at least 1 shared neighbour", usage_error);
  o.min_shared = 1;
  o.max_middle_degree = 1;
  CHECK_THROWS_WITH_AS(find_tensions(g, std::vector<std::uint32_t>{0, 0}, o),
                       "Largest middle degree 1 is invalid: expected at least 2", usage_error);
  CHECK_THROWS_WITH_AS(find_tensions(g, std::vector<std::uint32_t>{0}), "The partition has 1 entries for 2 nodes",
                       usage_error);
  o.max_middle_degree = 10;
  o.progress = [](std::size_t, std::size_t) { return false; };
  CHECK_THROWS_AS(find_tensions(g, std::vector<std::uint32_t>{0, 0}, o), cancelled_error);
}
