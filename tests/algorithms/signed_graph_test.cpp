// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include <faultline/algorithms/signed_graph.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/edge_list.hpp>

#include "random_events.hpp"
#include "signed_fixtures.hpp"

using namespace faultline;

namespace {

actor make_actor(std::string id, node_kind kind = node_kind::group) {
  actor a;
  a.id = id;
  a.name = "Actor " + id;
  a.kind = kind;
  return a;
}

relation make_relation(const graph_data& d, actor_index from, std::string_view type, actor_index to,
                       double weight = 1.0) {
  relation r;
  r.from = from;
  r.to = to;
  r.type = *d.relation_types.find(type);
  r.weight = weight;
  return r;
}

role_edge make_role(incident_index i, actor_index a, role kind, double confidence = 1.0) {
  role_edge r;
  r.incident = i;
  r.actor = a;
  r.kind = kind;
  r.prov.confidence = confidence;
  return r;
}

// Drawn by hand. Actors a0..a3 (groups) and p4 (a person).
//   r0 a0 backs a1        r1 a0 hostile_to a1   -> a0–a1 ambivalent (+1 −1)
//   r2 a0 allied_with a2  r3 a0 backs a2 (0.5)  -> a0–a2 friendly 1.5 (parallel facts)
//   r4 a2 negotiates_with a3 (neutral)          -> nothing, one neutral fact
//   r5 a3 hostile_to a3                          -> a self-loop, ignored
//   r6 a1 threatens a3 (0.5) since 2024-02       -> a1–a3 hostile 0.5
//   incident i0 (2024-01-10): perpetrator a1, claimed_by a1, target a2, victim p4, condemned_by a3
//     -> a1–a2 hostile 1 (perpetrator–target and claimed_by–target: once per incident)
//     -> a1–p4 hostile 1, a3–a1 hostile 0.5
graph_data scenario() {
  graph_data d;
  for (int k = 0; k < 4; ++k)
    d.actors.push_back(make_actor("a" + std::to_string(k)));
  d.actors.push_back(make_actor("p4", node_kind::person));
  d.relations.push_back(make_relation(d, 0, "backs", 1));
  d.relations.push_back(make_relation(d, 0, "hostile_to", 1));
  d.relations.push_back(make_relation(d, 0, "allied_with", 2));
  d.relations.push_back(make_relation(d, 0, "backs", 2, 0.5));
  d.relations.push_back(make_relation(d, 2, "negotiates_with", 3));
  d.relations.push_back(make_relation(d, 3, "hostile_to", 3));
  auto threat = make_relation(d, 1, "threatens", 3, 0.5);
  threat.since = date::parse("2024-02");
  d.relations.push_back(threat);
  incident i;
  i.id = "i0";
  i.name = "Attack";
  i.when = *date::parse("2024-01-10");
  d.incidents.push_back(i);
  d.roles.push_back(make_role(0, 1, role::perpetrator));
  d.roles.push_back(make_role(0, 1, role::claimed_by));
  d.roles.push_back(make_role(0, 2, role::target));
  d.roles.push_back(make_role(0, 4, role::victim));
  d.roles.push_back(make_role(0, 3, role::condemned_by, 0.5));
  return d;
}

const signed_tie& tie_between(const signed_graph& sg, const char* a, const char* b) {
  auto t = sg.find_tie(*sg.find_node(a), *sg.find_node(b));
  REQUIRE(t.has_value());
  return sg.ties[*t];
}

}  // namespace

TEST_CASE("signed graph: empty graph") {
  const graph g;
  const auto sg = build_signed_graph(graph_view(g));
  CHECK(sg.node_count() == 0);
  CHECK(sg.tie_count() == 0);
  CHECK(sg.signed_tie_count() == 0);
  CHECK(sg.offsets.size() == 1);
}

TEST_CASE("signed graph: relations and incidents aggregate by the rules") {
  const graph g(scenario());
  const auto sg = build_signed_graph(graph_view(g));
  REQUIRE(sg.node_count() == 5);
  CHECK(sg.ids[4] == "p4");
  CHECK(sg.names[0] == "Actor a0");
  CHECK(sg.actors == std::vector<actor_index>{0, 1, 2, 3, 4});
  CHECK(sg.self_loops == 1);
  CHECK(sg.neutral_facts == 1);

  SUBCASE("contradictory facts make an ambivalent tie, outside the adjacency") {
    const auto& t = tie_between(sg, "a0", "a1");
    CHECK(t.sign == 0);
    CHECK(t.mixed());
    CHECK(t.friendly == 1.0);
    CHECK(t.hostile == 1.0);
    CHECK(t.weight == 0.0);
    CHECK(sg.facts_of(static_cast<std::uint32_t>(&t - sg.ties.data())).size() == 2);
    const auto nbrs = sg.neighbours_of(0);
    CHECK(std::find(nbrs.begin(), nbrs.end(), 1u) == nbrs.end());
  }
  SUBCASE("parallel facts add up") {
    const auto& t = tie_between(sg, "a0", "a2");
    CHECK(t.sign == 1);
    CHECK(t.weight == doctest::Approx(1.5));
    CHECK_FALSE(t.mixed());
    const auto facts = sg.facts_of(static_cast<std::uint32_t>(&t - sg.ties.data()));
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].kind == tie_fact_kind::relation);
    CHECK(facts[0].index == 2);
    CHECK(facts[1].index == 3);
    CHECK(facts[1].weight == 0.5);
  }
  SUBCASE("an incident counts once per pair, by its strongest rule") {
    const auto& t = tie_between(sg, "a1", "a2");
    CHECK(t.sign == -1);
    CHECK(t.weight == 1.0);
    const auto facts = sg.facts_of(static_cast<std::uint32_t>(&t - sg.ties.data()));
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].kind == tie_fact_kind::incident);
    CHECK(facts[0].index == 0);
    CHECK(facts[0].first_role == 0);   // perpetrator, the first rule that matched
    CHECK(facts[0].second_role == 2);  // target
    CHECK(tie_between(sg, "a1", "p4").sign == -1);
    CHECK(tie_between(sg, "a1", "a3").weight == doctest::Approx(1.0));  // condemnation 0.5 + threat 0.5
  }
  SUBCASE("the adjacency holds the signed ties, sorted") {
    CHECK(sg.signed_tie_count() == sg.tie_count() - 1);
    for (std::uint32_t x = 0; x < sg.node_count(); ++x) {
      const auto nbrs = sg.neighbours_of(x);
      CHECK(std::is_sorted(nbrs.begin(), nbrs.end()));
      for (std::size_t e = 0; e < nbrs.size(); ++e) {
        const auto& t = sg.ties[sg.ties_of(x)[e]];
        CHECK(((t.u == x && t.v == nbrs[e]) || (t.v == x && t.u == nbrs[e])));
      }
    }
  }
}

TEST_CASE("signed graph: options select facts") {
  const graph g(scenario());
  SUBCASE("a layer keeps only its relation types") {
    view_options vo;
    vo.relation_types = {"backs"};
    signed_graph_options o;
    o.incidents = false;
    const auto sg = build_signed_graph(graph_view(g, vo), o);
    REQUIRE(sg.tie_count() == 2);
    CHECK(sg.ties[0].sign == 1);  // a0–a1, backs only
    CHECK(sg.ties[1].weight == 0.5);
  }
  SUBCASE("a window drops what lies outside it") {
    signed_graph_options o;
    o.to = date::parse("2024-01-05");
    const auto sg = build_signed_graph(graph_view(g), o);
    CHECK_FALSE(sg.find_tie(1, 2).has_value());  // the incident is later
    CHECK_FALSE(sg.find_tie(1, 3).has_value());  // so is the threat
    o.to.reset();
    o.from = date::parse("2024-02-01");
    const auto later = build_signed_graph(graph_view(g), o);
    CHECK(later.find_tie(1, 3).has_value());  // the threat, since 2024-02
    CHECK_FALSE(later.find_tie(1, 2).has_value());
  }
  SUBCASE("actor kinds") {
    signed_graph_options o;
    o.actor_kinds = {node_kind::group};
    const auto sg = build_signed_graph(graph_view(g), o);
    CHECK(sg.node_count() == 4);
    CHECK_FALSE(sg.find_node("p4").has_value());
  }
  SUBCASE("relation rules override the vocabulary") {
    signed_graph_options o;
    o.rules.relations = {{"negotiates_with", polarity::friendly, 2.0}};
    const auto sg = build_signed_graph(graph_view(g), o);
    CHECK(tie_between(sg, "a2", "a3").sign == 1);
    CHECK(tie_between(sg, "a2", "a3").weight == 2.0);
    CHECK(sg.neutral_facts == 0);
  }
  SUBCASE("min_events: incidents tie two actors only when that many are between them; relations stay") {
    auto d = scenario();
    incident again;
    again.id = "i1";
    again.name = "Attack again";
    again.when = *date::parse("2024-01-20");
    d.incidents.push_back(again);
    d.roles.push_back(make_role(1, 1, role::perpetrator));
    d.roles.push_back(make_role(1, 2, role::target));
    const graph twice(d);
    signed_graph_options o;
    const auto all = build_signed_graph(graph_view(twice), o);
    CHECK(tie_between(all, "a1", "a2").hostile == 2.0);  // i0 and i1
    CHECK(tie_between(all, "a1", "p4").hostile == 1.0);  // i0 only
    CHECK(tie_between(all, "a1", "a3").hostile == 1.0);  // the threat 0.5 and i0's condemnation 0.5
    o.min_events = 2;
    const auto sg = build_signed_graph(graph_view(twice), o);
    CHECK(tie_between(sg, "a1", "a2").hostile == 2.0);
    CHECK_FALSE(sg.find_tie(*sg.find_node("a1"), *sg.find_node("p4")).has_value());
    CHECK(tie_between(sg, "a1", "a3").hostile == 0.5);  // the threat alone: relations count whatever min_events
    CHECK(tie_between(sg, "a0", "a2").friendly == 1.5);
    o.min_events = 0;
    CHECK_THROWS_WITH_AS(build_signed_graph(graph_view(twice), o),
                         "The minimum number of events per tie is 0: expected 1 or more", usage_error);
  }
  SUBCASE("weights by confidence") {
    signed_graph_options o;
    o.weight_by_confidence = true;
    const auto sg = build_signed_graph(graph_view(g), o);
    CHECK(tie_between(sg, "a1", "a3").weight == doctest::Approx(0.5 + 0.25));
  }
}

TEST_CASE("signed graph: invalid options") {
  const graph g(scenario());
  const graph_view view(g);
  signed_graph_options o;
  SUBCASE("incident kind") {
    o.actor_kinds = {node_kind::incident};
    CHECK_THROWS_WITH_AS(build_signed_graph(view, o), "Actor kinds may be state, group or person, not incident",
                         usage_error);
  }
  SUBCASE("rule weight") {
    o.rules.incidents[0].weight = 0.0;
    CHECK_THROWS_WITH_AS(build_signed_graph(view, o),
                         "Incident rule perpetrator–target has weight 0: expected a positive number", usage_error);
  }
  SUBCASE("relation factor") {
    o.rules.relations = {{"backs", polarity::friendly, NAN}};
    CHECK_THROWS_AS(build_signed_graph(view, o), usage_error);
  }
  SUBCASE("unknown relation type") {
    o.rules.relations = {{"befriends", polarity::friendly, 1.0}};
    CHECK_THROWS_WITH_AS(
        build_signed_graph(view, o),
        doctest::Contains("Unknown relation type \"befriends\" in the aggregation rules: expected one of backs"),
        usage_error);
  }
  SUBCASE("empty window") {
    o.from = date::parse("2024-02");
    o.to = date::parse("2024-01");
    CHECK_THROWS_WITH_AS(build_signed_graph(view, o), "Window 2024-02..2024-01 is empty: its start is after its end",
                         usage_error);
  }
}

TEST_CASE("signed graph: edge lists") {
  const std::vector<std::string> nodes{"x", "y", "z"};
  signed_edge_input in;
  in.name = "e.csv";
  in.nodes = nodes;
  SUBCASE("mutual arcs are averaged, parallel arcs summed") {
    const std::vector<std::uint32_t> s{0, 1, 0, 0, 2}, t{1, 0, 2, 2, 1};
    const std::vector<double> w{1, 3, -1, -2, 0};
    in.source = s;
    in.target = t;
    in.weight = w;
    const auto sg = build_signed_graph(in);
    CHECK(sg.neutral_facts == 1);  // weight 0
    REQUIRE(sg.tie_count() == 2);
    CHECK(sg.ties[0].weight == 2.0);  // (1 + 3) / 2
    CHECK(sg.ties[0].sign == 1);
    CHECK(sg.ties[1].weight == 3.0);  // one direction: −1 − 2
    CHECK(sg.ties[1].sign == -1);
    CHECK(sg.facts_of(1).size() == 2);
    signed_edge_options unweighted;
    unweighted.use_weights = false;
    CHECK(build_signed_graph(in, unweighted).ties[1].weight == 2.0);
  }
  SUBCASE("contradictory reciprocal arcs cancel out") {
    const std::vector<std::uint32_t> s{0, 1}, t{1, 0};
    const std::vector<std::int8_t> sign{1, -1};
    in.source = s;
    in.target = t;
    in.sign = sign;
    const auto sg = build_signed_graph(in);
    REQUIRE(sg.tie_count() == 1);
    CHECK(sg.ties[0].sign == 0);
    CHECK(sg.signed_tie_count() == 0);
  }
  SUBCASE("the sign column wins over the weight's sign") {
    const std::vector<std::uint32_t> s{0}, t{1};
    const std::vector<std::int8_t> sign{-1};
    const std::vector<double> w{2.5};
    in.source = s;
    in.target = t;
    in.sign = sign;
    in.weight = w;
    const auto sg = build_signed_graph(in);
    CHECK(sg.ties[0].sign == -1);
    CHECK(sg.ties[0].weight == 2.5);
  }
  SUBCASE("undirected edges and self-loops") {
    const std::vector<std::uint32_t> s{0, 2}, t{1, 2};
    const std::vector<std::int8_t> sign{-1, 1};
    in.source = s;
    in.target = t;
    in.sign = sign;
    in.directed = false;
    const auto sg = build_signed_graph(in);
    CHECK(sg.self_loops == 1);
    CHECK(sg.ties[0].weight == 1.0);
  }
  SUBCASE("errors") {
    const std::vector<std::uint32_t> s{0}, t{5};
    in.source = s;
    in.target = t;
    CHECK_THROWS_WITH_AS(
        build_signed_graph(in),
        "Edge list e.csv has neither a sign column nor weights: expected a `sign` column (+ or -) or signed weights",
        usage_error);
    const std::vector<std::int8_t> sign{1};
    in.sign = sign;
    CHECK_THROWS_WITH_AS(build_signed_graph(in), "Edge list e.csv: edge 1 names node 5, out of range (3 nodes)",
                         usage_error);
    const std::vector<std::uint32_t> t2{1, 2};
    in.target = t2;
    CHECK_THROWS_WITH_AS(build_signed_graph(in), "Edge list e.csv has columns of different lengths", usage_error);
  }
}

TEST_CASE("signed graph: Gahuku-Gama from CSV and from Pajek with mutual arcs") {
  const auto csv = test::gahuku_gama();
  const auto pajek =
      signed_graph_from_edge_list(load_edge_list(std::string(FAULTLINE_SAMPLES_DIR) + "/fixtures/gahuku-gama.net"));
  REQUIRE(csv.node_count() == 16);
  REQUIRE(pajek.node_count() == 16);
  CHECK(csv.tie_count() == 58);
  CHECK(pajek.tie_count() == 58);
  auto by_name = [&](const std::string& name) {
    const auto it = std::find(pajek.names.begin(), pajek.names.end(), name);
    REQUIRE(it != pajek.names.end());
    return static_cast<std::uint32_t>(it - pajek.names.begin());
  };
  std::size_t friendly = 0;
  for (const auto& t : csv.ties) {
    friendly += t.sign > 0;
    CHECK(t.weight == 1.0);
    const auto other = pajek.find_tie(by_name(csv.ids[t.u]), by_name(csv.ids[t.v]));
    REQUIRE(other.has_value());
    CHECK(pajek.ties[*other].sign == t.sign);
    CHECK(pajek.ties[*other].weight == 1.0);  // the mean of two arcs of weight 1
    CHECK(pajek.facts_of(*other).size() == 2);
  }
  CHECK(friendly == 29);
  CHECK(pajek.names[0] == "Gavev");
}

TEST_CASE("signed graph: built from a columnar snapshot in place, it is the graph's, tie for tie and fact for fact") {
  for (const bool spans : {false, true}) {
    CAPTURE(spans);
    const graph g(testing::random_events(800, 12, spans));
    const testing::as_columns columns(g);
    const auto& store = columns.store;
    const auto& rest = columns.rest;
    REQUIRE(rest.incidents().empty());
    for (int variant = 0; variant < 7; ++variant) {
      CAPTURE(variant);
      view_options vo;
      signed_graph_options so;
      if (variant == 1) so.from = date::parse("2021-02"), so.to = date::parse("2021-07-15");
      if (variant == 2) so.min_events = 3;
      if (variant == 3) so.weight_by_confidence = true, vo.min_confidence = 0.3;
      if (variant == 4) so.actor_kinds = {node_kind::state, node_kind::group}, vo.as_of = date::parse("2021");
      if (variant == 5) vo.min_mentions = 2, vo.root_events_only = true;
      if (variant == 6) so.rules.incidents.push_back({role::victim, role::victim, polarity::friendly, 2.0});
      const auto whole = build_signed_graph(graph_view(g, vo), so);
      const auto in_place = build_signed_graph(store, rest, vo, so);
      CHECK(whole.ties.size() > 10);
      CHECK(in_place.ids == whole.ids);
      CHECK(in_place.facts == whole.facts);
      REQUIRE(in_place.ties.size() == whole.ties.size());
      for (std::size_t t = 0; t < whole.ties.size(); ++t) {
        const auto &a = in_place.ties[t], &b = whole.ties[t];
        CHECK(std::tie(a.u, a.v, a.sign, a.friendly, a.hostile, a.weight, a.facts_begin, a.facts_end) ==
              std::tie(b.u, b.v, b.sign, b.friendly, b.hostile, b.weight, b.facts_begin, b.facts_end));
      }
      CHECK(in_place.neighbours == whole.neighbours);
      CHECK(in_place.self_loops == whole.self_loops);
      CHECK(in_place.neutral_facts == whole.neutral_facts);
    }
  }
  // Another graph's actors are refused, not read past.
  const graph g(testing::random_events(50, 12, false));
  const testing::as_columns columns(g);
  const auto& store = columns.store;
  const graph other(testing::random_events(50, 5, false));
  CHECK_THROWS_AS(build_signed_graph(store, other, {}, {}), usage_error);
}
