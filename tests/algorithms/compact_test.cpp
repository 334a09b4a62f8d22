// SPDX-License-Identifier: Apache-2.0
// The compact analysis form: layout, validation, memory, and the builders
// from a view (layers, as-of, window, incidents) and from edge lists.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <faultline/graph/compact.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/loaders/compact_edge_list.hpp>
#include <faultline/loaders/edge_list.hpp>

#include "random_events.hpp"

using namespace faultline;

namespace {

std::vector<std::uint32_t> as_vector(std::span<const std::uint32_t> s) {
  return {s.begin(), s.end()};
}

// Three actors and four relations: a backs b (2020..2021), b allied_with c
// (symmetric, since 2023), c hostile_to a (no dates), a backs b again (weight
// 0.5, since 2024-02); one incident in 2024-01 carried out by a against c.
graph small_world() {
  graph_data d;
  for (const char* id : {"a", "b", "c"}) {
    actor x;
    x.id = id;
    x.name = std::string("Actor ") + id;
    d.actors.push_back(x);
  }
  const auto& v = d.relation_types;
  auto rel = [&](actor_index from, std::string_view type, actor_index to, double w, const char* since,
                 const char* until) {
    relation r;
    r.from = from;
    r.to = to;
    r.type = *v.find(type);
    r.weight = w;
    if (since) r.since = date::parse(since);
    if (until) r.until = date::parse(until);
    d.relations.push_back(r);
  };
  rel(0, "backs", 1, 1.0, "2020", "2021");
  rel(1, "allied_with", 2, 1.0, "2023", nullptr);
  rel(2, "hostile_to", 0, 1.0, nullptr, nullptr);
  rel(0, "backs", 1, 0.5, "2024-02", nullptr);
  incident i;
  i.id = "strike";
  i.name = "strike";
  i.when = *date::parse("2024-01-04");
  d.incidents.push_back(i);
  d.roles.push_back({0, 0, role::perpetrator, no_index, {}});
  d.roles.push_back({0, 2, role::target, no_index, {}});
  d.roles.push_back({0, 0, role::claimed_by, no_index, {}});
  return graph(std::move(d));
}

}  // namespace

TEST_CASE("compact: out-lists are sorted by target, in-lists by source, parallel arcs keep their order") {
  const std::vector<std::uint32_t> src{2, 0, 0, 1, 0, 2};
  const std::vector<std::uint32_t> dst{0, 2, 1, 2, 2, 2};
  const std::vector<double> w{1, 2, 3, 4, 5, 6};
  arc_list arcs{3, src, dst, w, {}, {}, true};
  const auto g = compact_graph::from_arcs(arcs);
  CHECK(g.vertex_count() == 3);
  CHECK(g.edge_count() == 6);
  CHECK(g.arc_count() == 6);
  CHECK(g.directed());
  CHECK(g.weighted());
  CHECK(g.self_loop_count() == 1);
  CHECK(as_vector(g.out_neighbors(0)) == std::vector<std::uint32_t>{1, 2, 2});
  CHECK(g.weight(g.out_begin(0)) == 3);
  CHECK(g.weight(g.out_begin(0) + 1) == 2);  // first 0→2 in the input
  CHECK(g.weight(g.out_begin(0) + 2) == 5);
  CHECK(as_vector(g.out_neighbors(2)) == std::vector<std::uint32_t>{0, 2});
  CHECK(as_vector(g.in_neighbors(2)) == std::vector<std::uint32_t>{0, 0, 1, 2});
  CHECK(as_vector(g.in_neighbors(0)) == std::vector<std::uint32_t>{2});
  CHECK(g.in_degree(1) == 1);
  CHECK(g.out_degree(1) == 1);
}

TEST_CASE("compact: an undirected edge is two arcs, a self-loop one; weights of 1 are not stored") {
  const std::vector<std::uint32_t> src{0, 1, 2};
  const std::vector<std::uint32_t> dst{1, 2, 2};
  const std::vector<double> ones{1, 1, 1};
  const auto g = compact_graph::from_arcs({3, src, dst, ones, {}, {}, false});
  CHECK_FALSE(g.directed());
  CHECK_FALSE(g.weighted());
  CHECK(g.arc_count() == 5);
  CHECK(as_vector(g.out_neighbors(1)) == std::vector<std::uint32_t>{0, 2});
  CHECK(as_vector(g.in_neighbors(2)) == std::vector<std::uint32_t>{1, 2});
  CHECK(g.sources().empty());
  CHECK(g.weight(0) == 1.0);
  CHECK(g.sign(0) == 0);
}

TEST_CASE("compact: both-ways edges of a directed graph give two arcs") {
  const std::vector<std::uint32_t> src{0, 1};
  const std::vector<std::uint32_t> dst{1, 2};
  const std::vector<std::uint8_t> both{1, 0};
  const std::vector<std::int8_t> signs{-1, 1};
  const auto g = compact_graph::from_arcs({3, src, dst, {}, signs, both, true});
  CHECK(g.arc_count() == 3);
  CHECK(as_vector(g.out_neighbors(1)) == std::vector<std::uint32_t>{0, 2});
  CHECK(g.sign(g.out_begin(1)) == -1);
  CHECK(g.sign(g.out_begin(1) + 1) == 1);
  CHECK(g.is_signed());
}

TEST_CASE("compact: bytes per edge: weights as floats when exact (12 directed, 16 undirected), else doubles") {
  std::vector<std::uint32_t> src, dst;
  std::vector<double> exact, inexact;
  for (std::uint32_t k = 0; k < 1000; ++k) {
    src.push_back(k % 100);
    dst.push_back((k * 7 + 3) % 100);  // never equal to src: (7k + 3 - k) % 100 = (6k + 3) % 100 is odd
    exact.push_back(0.5 + k % 3);      // 0.5, 1.5, 2.5: floats hold them exactly
    inexact.push_back(0.1 + k % 3);    // 0.1 is not a float
  }
  // Directed: 4 bytes of target, 4 of float weight (8 of double), 4 of in-source per edge; two offset arrays of 101.
  const auto weighted = compact_graph::from_arcs({100, src, dst, exact, {}, {}, true});
  CHECK(weighted.float_weights());
  CHECK(weighted.structure_bytes() == 1000 * 12 + 2 * 101 * 8);
  const auto doubles = compact_graph::from_arcs({100, src, dst, inexact, {}, {}, true});
  CHECK(!doubles.float_weights());
  CHECK(doubles.structure_bytes() == 1000 * 16 + 2 * 101 * 8);
  // Undirected: two arcs per edge of 4 bytes of target and 4 of float weight (8 of double); one offset array.
  const auto undirected = compact_graph::from_arcs({100, src, dst, exact, {}, {}, false});
  CHECK(undirected.structure_bytes() == 1000 * 16 + 101 * 8);
  CHECK(compact_graph::from_arcs({100, src, dst, inexact, {}, {}, false}).structure_bytes() == 1000 * 24 + 101 * 8);
  // The weights read back are the input's, whichever way they are stored.
  for (std::uint32_t v = 0; v < 100; ++v)
    for (auto q = weighted.out_begin(v); q < weighted.out_end(v); ++q) {
      const double w = weighted.weight(q), d = doubles.weight(q);
      CHECK(w - d == doctest::Approx(0.4));  // same arc order: 0.5 + i against 0.1 + i
      CHECK((w == 0.5 || w == 1.5 || w == 2.5));
    }
  weighted.with_weights([](auto weights) { CHECK(sizeof(weights[0]) == sizeof(float)); });
  doubles.with_weights([](auto weights) { CHECK(sizeof(weights[0]) == sizeof(double)); });
  // Beyond the float range, or finer than a float: doubles.
  const std::vector<std::uint32_t> zero{0}, one{1};
  for (const double x : {1e300, 1.0 + 1e-12, 16777217.0}) {
    const std::vector<double> w{x};
    CAPTURE(x);
    const auto g = compact_graph::from_arcs({2, zero, one, w, {}, {}, true});
    CHECK(!g.float_weights());
    CHECK(g.weight(0) == x);
  }
  const std::vector<double> big{16777216.0};  // 2^24: a float
  CHECK(compact_graph::from_arcs({2, zero, one, big, {}, {}, true}).float_weights());
  const auto plain = compact_graph::from_arcs({100, src, dst, {}, {}, {}, true});
  CHECK(plain.structure_bytes() == 1000 * 8 + 2 * 101 * 8);
  CHECK(plain.memory_bytes() >= plain.structure_bytes());
}

TEST_CASE("compact: invalid arcs are refused with a clear message") {
  const std::vector<std::uint32_t> src{0, 1};
  const std::vector<std::uint32_t> dst{1, 5};
  const std::vector<std::uint32_t> short_dst{1};
  CHECK_THROWS_WITH_AS(compact_graph::from_arcs({3, src, short_dst, {}, {}, {}, true}),
                       "Arc list: 2 sources but 1 targets", usage_error);
  CHECK_THROWS_WITH_AS(compact_graph::from_arcs({3, src, dst, {}, {}, {}, true}),
                       "Arc 2 has an endpoint out of range: 5 (there are 3 vertices)", usage_error);
  const std::vector<std::uint32_t> ok{1, 2};
  const std::vector<double> nan{1, std::numeric_limits<double>::quiet_NaN()};
  CHECK_THROWS_WITH_AS(compact_graph::from_arcs({3, src, ok, nan, {}, {}, true}),
                       "Arc 2 has a weight that is not a finite number", usage_error);
  const std::vector<std::int8_t> bad_sign{1, 2};
  CHECK_THROWS_WITH_AS(compact_graph::from_arcs({3, src, ok, {}, bad_sign, {}, true}),
                       "Arc 2 has sign 2: expected -1, 0 or +1", usage_error);
}

TEST_CASE("compact: a larger random multigraph matches a reference built by sorting") {
  // 300 vertices, 5,000 arcs (parallel arcs, self-loops, both-ways edges),
  // drawn by a fixed linear congruential generator; the reference is the
  // definition itself: arcs (from, to, edge) sorted, weights and signs
  // following their edge. Large enough that every pass of from_arcs runs
  // its prefetching (32 arcs ahead) many times.
  std::uint64_t state = 12345;
  auto next = [&](std::uint32_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>((state >> 33) % bound);
  };
  const std::uint32_t n = 300;
  std::vector<std::uint32_t> source, target;
  std::vector<double> weight;
  std::vector<std::int8_t> sign;
  std::vector<std::uint8_t> both;
  for (int e = 0; e < 5000; ++e) {
    source.push_back(next(n));
    target.push_back(e % 50 == 0 ? source.back() : next(n));
    weight.push_back(0.25 * (1 + next(7)));
    sign.push_back(static_cast<std::int8_t>(static_cast<int>(next(3)) - 1));
    both.push_back(next(4) == 0 ? 1 : 0);
  }
  for (const bool directed : {true, false}) {
    CAPTURE(directed);
    arc_list arcs;
    arcs.vertex_count = n;
    arcs.source = source;
    arcs.target = target;
    arcs.weight = weight;
    arcs.sign = sign;
    arcs.both_ways = both;
    arcs.directed = directed;
    const auto g = compact_graph::from_arcs(arcs);
    struct arc {
      std::uint32_t from, to, edge;
      bool operator<(const arc& o) const {
        return from != o.from ? from < o.from : to != o.to ? to < o.to : edge < o.edge;
      }
    };
    std::vector<arc> want;
    for (std::uint32_t e = 0; e < source.size(); ++e) {
      want.push_back({source[e], target[e], e});
      if (source[e] != target[e] && (!directed || both[e])) want.push_back({target[e], source[e], e});
    }
    std::sort(want.begin(), want.end());
    REQUIRE(g.arc_count() == want.size());
    std::size_t k = 0;
    for (std::uint32_t v = 0; v < n; ++v)
      for (auto q = g.out_begin(v); q < g.out_end(v); ++q, ++k) {
        CHECK(want[k].from == v);
        CHECK(g.targets()[q] == want[k].to);
        CHECK(g.weight(q) == weight[want[k].edge]);
        CHECK(g.sign(q) == sign[want[k].edge]);
      }
    if (directed) {
      std::vector<std::pair<std::uint32_t, std::uint32_t>> in;  // (to, from)
      for (const auto& a : want)
        in.emplace_back(a.to, a.from);
      std::sort(in.begin(), in.end());
      std::size_t j = 0;
      for (std::uint32_t v = 0; v < n; ++v)
        for (auto u : g.in_neighbors(v)) {
          CHECK(in[j].first == v);
          CHECK(in[j++].second == u);
        }
      CHECK(j == in.size());
    }
  }
}

TEST_CASE("compact: the empty graph") {
  const compact_graph empty;
  CHECK(empty.vertex_count() == 0);
  CHECK(empty.arc_count() == 0);
  const auto built = compact_graph::from_arcs({0, {}, {}, {}, {}, {}, true});
  CHECK(built.vertex_count() == 0);
  CHECK(built.out_offsets().size() == 1);
}

TEST_CASE("compact view: relations, symmetric types both ways, signs from polarity") {
  const auto g = small_world();
  const auto c = make_compact(graph_view(g));
  CHECK(c.vertex_count() == 3);
  CHECK(c.edge_count() == 4);
  CHECK(c.arc_count() == 5);  // allied_with holds both ways
  CHECK(as_vector(c.out_neighbors(0)) == std::vector<std::uint32_t>{1, 1});
  CHECK(as_vector(c.out_neighbors(2)) == std::vector<std::uint32_t>{0, 1});
  CHECK(c.sign(c.out_begin(2)) == -1);     // hostile_to
  CHECK(c.sign(c.out_begin(2) + 1) == 1);  // allied_with
  CHECK(c.weighted());
  CHECK(c.weight(c.out_begin(0) + 1) == 0.5);

  compact_view_options undirected;
  undirected.directed = false;
  CHECK(make_compact(graph_view(g), undirected).arc_count() == 8);
}

TEST_CASE("compact view: layers and as-of come from the view, the window from the options") {
  const auto g = small_world();
  view_options layer;
  layer.relation_types = {"backs"};
  CHECK(make_compact(graph_view(g, layer)).arc_count() == 2);

  view_options as_of;
  as_of.as_of = date::parse("2022");
  CHECK(make_compact(graph_view(g, as_of)).arc_count() == 1);  // only hostile_to (undated)

  compact_view_options window;
  window.from = date::parse("2020-06");
  window.to = date::parse("2020-07");
  const auto c = make_compact(graph_view(g), window);
  CHECK(c.arc_count() == 2);  // backs 2020..2021 and the undated hostile_to

  compact_view_options nothing;
  nothing.to = date::parse("1900");
  view_options no_layer;
  no_layer.relation_types = {"backs"};
  const auto empty = make_compact(graph_view(g, no_layer), nothing);
  CHECK(empty.vertex_count() == 3);
  CHECK(empty.arc_count() == 0);

  compact_view_options backwards;
  backwards.from = date::parse("2024");
  backwards.to = date::parse("2023");
  CHECK_THROWS_WITH_AS((void)make_compact(graph_view(g), backwards), "The window starts (2024) after it ends (2023)",
                       usage_error);
}

TEST_CASE("compact view: incidents become hostile arcs from agents to targets when asked") {
  const auto g = small_world();
  compact_view_options with;
  with.incidents = true;
  view_options none;
  none.relation_types = {"negotiates_with"};
  const auto c = make_compact(graph_view(g, none), with);
  REQUIRE(c.arc_count() == 1);  // perpetrator and claimant are the same actor: one arc
  CHECK(as_vector(c.out_neighbors(0)) == std::vector<std::uint32_t>{2});
  CHECK(c.sign(0) == -1);
  with.to = date::parse("2023");
  CHECK(make_compact(graph_view(g, none), with).arc_count() == 0);
}

// Four actors and six events: e1 and e6 cooperative GDELT events of a
// towards b, e2 a neutral one of a towards c, e3 a hostile one of b towards
// c, e4 a cooperative one that d claimed against b, e5 a hand-written attack
// of c on a (no coded stance).
graph coded_events() {
  graph_data d;
  for (const char* id : {"a", "b", "c", "d"}) {
    actor x;
    x.id = id;
    x.name = id;
    d.actors.push_back(x);
  }
  auto event = [&](const char* id, std::optional<polarity> stance, actor_index agent, role agent_role,
                   actor_index patient) {
    incident i;
    i.id = id;
    i.name = id;
    i.when = *date::parse("2018-03-26");
    if (stance) i.coding.dataset = "gdelt";
    i.coding.stance = stance;
    const auto k = static_cast<incident_index>(d.incidents.size());
    d.incidents.push_back(i);
    d.roles.push_back({k, agent, agent_role, no_index, {}});
    d.roles.push_back({k, patient, role::target, no_index, {}});
  };
  event("e1", polarity::friendly, 0, role::perpetrator, 1);
  event("e2", polarity::neutral, 0, role::perpetrator, 2);
  event("e3", polarity::hostile, 1, role::perpetrator, 2);
  event("e4", polarity::friendly, 3, role::claimed_by, 1);
  event("e5", std::nullopt, 2, role::perpetrator, 0);
  event("e6", polarity::friendly, 0, role::perpetrator, 1);
  return graph(std::move(d));
}

// The sign of the arc from u to v (the first one when parallel).
int arc_sign(const compact_graph& c, std::uint32_t u, std::uint32_t v) {
  for (auto q = c.out_begin(u); q < c.out_end(u); ++q)
    if (c.targets()[q] == v) return c.sign(q);
  FAIL("no arc " << u << " -> " << v);
  return 99;
}

TEST_CASE("compact view: an incident's arc from perpetrator to target follows the event's coded stance") {
  const auto g = coded_events();
  compact_view_options with;
  with.incidents = true;
  const auto c = make_compact(graph_view(g), with);
  CHECK(c.arc_count() == 6);
  CHECK(arc_sign(c, 0, 1) == +1);  // e1, e6: cooperative (before: every incident arc was hostile)
  CHECK(arc_sign(c, 0, 2) == 0);   // e2: neutral, a tie of no sign
  CHECK(arc_sign(c, 1, 2) == -1);  // e3: hostile
  CHECK(arc_sign(c, 3, 1) == -1);  // e4: claimed, not carried out: the claim rule stays hostile
  CHECK(arc_sign(c, 2, 0) == -1);  // e5: no coded stance
  std::size_t positive = 0;
  for (const auto s : c.signs())
    positive += s > 0 ? 1 : 0;
  CHECK(positive == 2);
}

TEST_CASE("compact view: with min_events, two actors' incident arcs need that many incidents between them") {
  const auto g = coded_events();
  compact_view_options with;
  with.incidents = true;
  with.min_events = 2;
  // a-b: e1, e6; a-c: e2 and e5 (either way); b-c: e3 alone; d-b: e4 alone.
  const auto c = make_compact(graph_view(g), with);
  CHECK(c.arc_count() == 4);
  CHECK(as_vector(c.out_neighbors(0)) == std::vector<std::uint32_t>{1, 1, 2});
  CHECK(as_vector(c.out_neighbors(1)).empty());
  CHECK(as_vector(c.out_neighbors(2)) == std::vector<std::uint32_t>{0});
  CHECK(c.out_degree(3) == 0);
  with.min_events = 3;
  CHECK(make_compact(graph_view(g), with).arc_count() == 0);
  with.min_events = 0;
  CHECK_THROWS_WITH_AS(make_compact(graph_view(g), with),
                       "The minimum number of events per tie is 0: expected 1 or more", usage_error);
}

TEST_CASE("compact edge list: weights, signs from negative weights, direction") {
  const auto edges = read_edge_list_csv("source,target,weight\na,b,2\nb,c,-1\nc,a,1\n", "t.csv");
  const auto g = make_compact(edges);
  CHECK(g.directed());
  CHECK(g.weighted());
  CHECK(g.has_negative_weight());
  REQUIRE(g.is_signed());
  CHECK(g.sign(g.out_begin(1)) == -1);
  CHECK(g.sign(g.out_begin(0)) == 1);
  const auto unweighted = make_compact(edges, {false});
  CHECK_FALSE(unweighted.weighted());

  edge_list_options undirected;
  undirected.directed = false;
  const auto u = make_compact(read_edge_list_csv("source,target,sign\na,b,+\nb,c,-\n", "t.csv", undirected));
  CHECK_FALSE(u.directed());
  CHECK(u.arc_count() == 4);
  CHECK(u.is_signed());

  const auto pajek = read_pajek("*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n1 2\n*Edges\n2 3\n", "t.net");
  const auto mixed = make_compact(pajek);
  CHECK(mixed.directed());
  CHECK(mixed.arc_count() == 3);
  CHECK(as_vector(mixed.out_neighbors(2)) == std::vector<std::uint32_t>{1});
}

TEST_CASE("compact: the form of a columnar snapshot read in place is the graph's, arc for arc") {
  for (const bool spans : {false, true}) {
    CAPTURE(spans);
    const graph g(testing::random_events(800, 12, spans));
    const testing::as_columns columns(g);
    const auto& store = columns.store;
    const auto& rest = columns.rest;
    for (int variant = 0; variant < 5; ++variant) {
      CAPTURE(variant);
      view_options vo;
      compact_view_options co;
      co.incidents = variant != 4;
      if (variant == 1) co.from = date::parse("2020-11"), co.to = date::parse("2021-01-10");
      if (variant == 2) co.min_events = 2, co.directed = false;
      if (variant == 3) vo.min_confidence = 0.6, vo.as_of = date::parse("2021-09"), vo.min_sources = 1;
      const auto whole = make_compact(graph_view(g, vo), co);
      const auto in_place = make_compact(store, rest, vo, co);
      CHECK(whole.edge_count() > (co.incidents ? 50u : 5u));
      CHECK(in_place.vertex_count() == whole.vertex_count());
      CHECK(in_place.edge_count() == whole.edge_count());
      CHECK(std::ranges::equal(in_place.out_offsets(), whole.out_offsets()));
      CHECK(std::ranges::equal(in_place.targets(), whole.targets()));
      CHECK(std::ranges::equal(in_place.signs(), whole.signs()));
      for (std::size_t arc = 0; arc < whole.arc_count(); ++arc)
        CHECK(in_place.weight(arc) == whole.weight(arc));
    }
  }
}
