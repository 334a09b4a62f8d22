// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <limits>
#include <span>
#include <string>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>

using namespace faultline;

namespace {

using ids = std::vector<std::uint32_t>;

ids list(std::span<const std::uint32_t> s) {
  return {s.begin(), s.end()};
}

actor make_actor(std::string id, node_kind kind, std::string name, std::vector<std::string> aliases = {}) {
  actor a;
  a.id = std::move(id);
  a.kind = kind;
  a.name = std::move(name);
  a.aliases = std::move(aliases);
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

// Drawn by hand:
//   actors    0 a (state)  1 b (group)  2 c (person)
//   incidents 0 x (2024-01-04)  1 y (2024-01-05)
//   relations r0 a backs b, r1 b hostile_to a, r2 a designates b, r3 c member_of b
//   roles     k0 a perpetrator x, k1 b target x, k2 c victim x
//   links     l0 y responds_to x
graph_data small() {
  graph_data d;
  d.sources.push_back({"seed", "An article", "", "", std::nullopt, ""});
  d.actors.push_back(make_actor("a", node_kind::state, "Alpha State", {"Alpha"}));
  d.actors.push_back(make_actor("b", node_kind::group, "Bravo Group"));
  d.actors.push_back(make_actor("c", node_kind::person, "Charlie Person"));
  d.incidents.push_back(make_incident("x", "Strike X", "2024-01-04"));
  d.incidents.push_back(make_incident("y", "Reply Y", "2024-01-05"));
  d.relations.push_back(make_relation(0, "backs", 1));
  d.relations.push_back(make_relation(1, "hostile_to", 0));
  d.relations.push_back(make_relation(0, "designates", 1));
  d.relations.push_back(make_relation(2, "member_of", 1));
  d.roles.push_back({0, 0, role::perpetrator, no_index, {}});
  d.roles.push_back({0, 1, role::target, no_index, {}});
  d.roles.push_back({0, 2, role::victim, no_index, {}});
  d.links.push_back({1, 0, link_kind::responds_to, {}});
  return d;
}

// Checks that constructing a graph from `d` throws usage_error with exactly `message`.
void check_invalid(const graph_data& d, const std::string& message) {
  CHECK_THROWS_WITH_AS(graph{d}, message.c_str(), usage_error);
}

}  // namespace

TEST_CASE("graph: a role reads from the actor only when the actor acts") {
  // "X carried out / claimed / condemned I" against "I targeted / killed / is attributed to X".
  CHECK(actor_acts(role::perpetrator));
  CHECK(actor_acts(role::claimed_by));
  CHECK(actor_acts(role::condemned_by));
  CHECK_FALSE(actor_acts(role::target));
  CHECK_FALSE(actor_acts(role::victim));
  CHECK_FALSE(actor_acts(role::attributed_to));
}

TEST_CASE("graph: an empty graph") {
  const graph g;
  CHECK(g.actors().empty());
  CHECK(g.incidents().empty());
  CHECK(g.relations().empty());
  CHECK(g.relation_types() == vocabulary::builtin());
  CHECK_FALSE(g.find_id("a").has_value());
  CHECK_THROWS_WITH_AS(g.resolve("a"), "No actor or incident is named \"a\"", not_found_error);
  // graph_data{} builds the same.
  CHECK(graph(graph_data{}).data() == g.data());
}

TEST_CASE("graph: incidence lists of a hand-built graph") {
  const graph g(small());
  CHECK(g.data() == small());
  CHECK(list(g.out_relations(0)) == ids{0, 2});
  CHECK(list(g.in_relations(0)) == ids{1});
  CHECK(list(g.out_relations(1)) == ids{1});
  CHECK(list(g.in_relations(1)) == ids{0, 2, 3});
  CHECK(list(g.out_relations(2)) == ids{3});
  CHECK(list(g.in_relations(2)).empty());

  CHECK(list(g.roles_of_actor(0)) == ids{0});
  CHECK(list(g.roles_of_actor(1)) == ids{1});
  CHECK(list(g.roles_of_actor(2)) == ids{2});
  CHECK(list(g.roles_of_incident(0)) == ids{0, 1, 2});
  CHECK(list(g.roles_of_incident(1)).empty());

  CHECK(list(g.links_from(1)) == ids{0});
  CHECK(list(g.links_to(0)) == ids{0});
  CHECK(list(g.links_from(0)).empty());
  CHECK(list(g.links_to(1)).empty());
}

TEST_CASE("graph: parallel edges and a self-loop are kept in input order") {
  auto d = small();
  d.relations.push_back(make_relation(0, "backs", 1));       // r4: parallel to r0
  d.relations.push_back(make_relation(2, "hostile_to", 2));  // r5: self-loop (the graph allows it; loaders do not)
  const graph g(d);
  CHECK(list(g.out_relations(0)) == ids{0, 2, 4});
  CHECK(list(g.in_relations(1)) == ids{0, 2, 3, 4});
  CHECK(list(g.out_relations(2)) == ids{3, 5});
  CHECK(list(g.in_relations(2)) == ids{5});
}

TEST_CASE("graph: copies share the same content") {
  const graph g(small());
  const graph copy = g;  // NOLINT(performance-unnecessary-copy-initialization)
  CHECK(&copy.data() == &g.data());
}

TEST_CASE("graph: ids, names, find_id") {
  const graph g(small());
  CHECK(g.id_of({false, 1}) == "b");
  CHECK(g.name_of({false, 1}) == "Bravo Group");
  CHECK(g.id_of({true, 1}) == "y");
  CHECK(g.name_of({true, 1}) == "Reply Y");
  CHECK(g.find_id("c") == node_ref{false, 2});
  CHECK(g.find_id("x") == node_ref{true, 0});
  CHECK_FALSE(g.find_id("C").has_value());  // ids are exact
  CHECK_FALSE(g.find_id("Alpha").has_value());
}

TEST_CASE("graph: resolve by id, name and alias") {
  const graph g(small());
  CHECK(g.resolve("a") == node_ref{false, 0});
  CHECK(g.resolve("ALPHA") == node_ref{false, 0});
  CHECK(g.resolve("alpha state") == node_ref{false, 0});
  CHECK(g.resolve("strike x") == node_ref{true, 0});
  CHECK(g.resolve_actor("Charlie Person") == 2);
}

TEST_CASE("graph: resolve errors: did you mean, ambiguity, incident for actor") {
  auto d = small();
  d.actors.push_back(make_actor("iran", node_kind::state, "Iran"));
  d.actors.push_back(make_actor("iri", node_kind::group, "Islamic Resistance in Iraq", {"Islamic Resistance"}));
  d.actors.push_back(make_actor("irl", node_kind::group, "Islamic Resistance in Lebanon", {"Islamic Resistance"}));
  const graph g(d);

  CHECK_THROWS_WITH_AS(g.resolve("Irann"), "No actor or incident is named \"Irann\"; did you mean \"Iran (iran)\"?",
                       not_found_error);
  CHECK_THROWS_WITH_AS(g.resolve("Bravo Grop"),
                       "No actor or incident is named \"Bravo Grop\"; did you mean \"Bravo Group (b)\"?",
                       not_found_error);
  CHECK_THROWS_WITH_AS(g.resolve_actor("zzzzzz"), "No actor or incident is named \"zzzzzz\"", not_found_error);
  try {
    (void)g.resolve("Irann");
    FAIL("expected not_found_error");
  } catch (const not_found_error& e) {
    CHECK(e.kind() == error_kind::not_found);
    CHECK(e.name() == "Irann");
    CHECK(e.suggestions() == std::vector<std::string>{"Iran (iran)"});
  }

  CHECK_THROWS_WITH_AS(g.resolve("islamic resistance"),
                       "The name \"islamic resistance\" is ambiguous: it matches Islamic Resistance in Iraq (iri), "
                       "Islamic Resistance in Lebanon (irl); use an id",
                       not_found_error);
  try {
    (void)g.resolve_actor("Islamic Resistance");
    FAIL("expected not_found_error");
  } catch (const not_found_error& e) {
    CHECK(e.suggestions() == std::vector<std::string>{"iri", "irl"});
  }
  // An id resolves even when it is ambiguous as a name.
  CHECK(g.resolve("iri") == node_ref{false, 4});

  CHECK_THROWS_WITH_AS(g.resolve_actor("x"), "\"x\" is an incident (x), not an actor", not_found_error);
  CHECK_THROWS_WITH_AS(g.resolve_actor("Strike X"), "\"Strike X\" is an incident (x), not an actor", not_found_error);
}

TEST_CASE("graph: an exact id wins over another actor's alias") {
  auto d = small();
  d.actors.push_back(make_actor("bravo", node_kind::group, "Second Bravo", {"b"}));
  const graph g(d);
  CHECK(g.resolve("b") == node_ref{false, 1});
  CHECK(g.resolve("bravo") == node_ref{false, 3});
}

TEST_CASE("graph: the constructor rejects each broken invariant") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  {
    auto d = small();
    d.sources[0].id.clear();
    check_invalid(d, "Invalid graph data: a source has an empty id");
  }
  {
    auto d = small();
    d.actors[1].id = "Bravo";
    check_invalid(d, "Invalid graph data: actor id \"Bravo\" is not a lowercase slug");
  }
  {
    auto d = small();
    d.actors[1].kind = node_kind::incident;
    check_invalid(d, "Invalid graph data: actor \"b\" has kind incident");
  }
  {
    // A kind no enumerator names (a crafted snapshot's 255 was shown as "group").
    auto d = small();
    d.actors[1].kind = static_cast<node_kind>(255);
    check_invalid(d, "Invalid graph data: actor \"b\" has an unknown kind (255)");
  }
  {
    auto d = small();
    d.actors[2].id = "a";
    check_invalid(d, "Invalid graph data: id \"a\" is used twice");
  }
  {
    auto d = small();
    d.incidents[0].id = "b";  // ids are unique across actors and incidents
    check_invalid(d, "Invalid graph data: id \"b\" is used twice");
  }
  {
    auto d = small();
    d.actors[0].prov.confidence = 1.5;
    check_invalid(d, "Invalid graph data: actor \"a\" has confidence 1.5, expected a number in [0, 1]");
  }
  {
    auto d = small();
    d.actors[0].prov.confidence = nan;
    check_invalid(d, "Invalid graph data: actor \"a\" has confidence nan, expected a number in [0, 1]");
  }
  {
    auto d = small();
    d.actors[0].prov.sources = {0, 1};
    check_invalid(d, "Invalid graph data: actor \"a\" cites source #1, which does not exist");
  }
  {
    auto d = small();
    d.incidents[1].id = "Y";
    check_invalid(d, "Invalid graph data: incident id \"Y\" is not a lowercase slug");
  }
  {
    auto d = small();
    d.incidents[1].when = date{};
    check_invalid(d, "Invalid graph data: incident \"y\" has no date");
  }
  {
    auto d = small();
    d.incidents[1].until = date{};
    check_invalid(d, "Invalid graph data: incident \"y\" has an impossible date");
  }
  {
    auto d = small();
    d.incidents[0].fatalities = -1;
    check_invalid(d, "Invalid graph data: incident \"x\" has a negative count");
  }
  {
    auto d = small();
    d.incidents[0].injured = -5;
    check_invalid(d, "Invalid graph data: incident \"x\" has a negative count");
  }
  {
    auto d = small();
    d.incidents[0].prov.confidence = -0.5;
    check_invalid(d, "Invalid graph data: incident \"x\" has confidence -0.5, expected a number in [0, 1]");
  }
  {
    auto d = small();
    d.relations[2].to = 3;
    check_invalid(d, "Invalid graph data: relation #2 refers to an actor that does not exist");
  }
  {
    auto d = small();
    d.relations[0].from = no_index;
    check_invalid(d, "Invalid graph data: relation #0 refers to an actor that does not exist");
  }
  {
    auto d = small();
    d.relations[1].type = static_cast<relation_type_id>(d.relation_types.size());
    check_invalid(d, "Invalid graph data: relation #1 has an unknown type");
  }
  for (const double w : {0.0, -0.5, 1.5, nan}) {
    CAPTURE(w);
    auto d = small();
    d.relations[3].weight = w;
    check_invalid(d, "Invalid graph data: relation #3 has a weight outside (0, 1]");
  }
  {
    auto d = small();
    d.relations[0].against = 99;
    check_invalid(d, "Invalid graph data: relation #0 is against an actor that does not exist");
  }
  {
    auto d = small();
    d.relations[0].against = d.relations[0].to;
    check_invalid(d, "Invalid graph data: relation #0 is against the actor it is directed to");
  }
  {
    auto d = small();
    d.relations[0].since = date{};
    check_invalid(d, "Invalid graph data: relation #0 has an impossible date");
  }
  {
    auto d = small();
    d.relations[0].prov.sources = {7};
    check_invalid(d, "Invalid graph data: relation #0 cites source #7, which does not exist");
  }
  {
    auto d = small();
    d.roles[1].incident = 2;
    check_invalid(d, "Invalid graph data: role #1 refers to a node that does not exist");
  }
  {
    auto d = small();
    d.roles[1].actor = 3;
    check_invalid(d, "Invalid graph data: role #1 refers to a node that does not exist");
  }
  {
    auto d = small();
    d.roles[0].attributed_by = 3;
    check_invalid(d, "Invalid graph data: role #0 has an unknown attributor");
  }
  {
    auto d = small();
    d.roles[2].kind = static_cast<role>(6);
    check_invalid(d, "Invalid graph data: role #2 has an unknown role");
  }
  {
    auto d = small();
    d.roles[2].prov.confidence = 2.0;
    check_invalid(d, "Invalid graph data: role #2 has confidence 2, expected a number in [0, 1]");
  }
  {
    auto d = small();
    d.links[0].to = 2;
    check_invalid(d, "Invalid graph data: incident link #0 refers to an incident that does not exist");
  }
  {
    auto d = small();
    d.links[0].prov.sources = {1};
    check_invalid(d, "Invalid graph data: incident link #0 cites source #1, which does not exist");
  }
  {
    // The boundaries are allowed: weight 1, confidences 0 and 1, counts 0.
    auto d = small();
    d.relations[0].weight = 1.0;
    d.relations[1].weight = 1e-9;
    d.actors[0].prov.confidence = 0.0;
    d.actors[1].prov.confidence = 1.0;
    d.incidents[0].fatalities = 0;
    d.incidents[0].injured = 0;
    CHECK_NOTHROW(graph{d});
  }
}

TEST_CASE("graph: incident links that form a cycle or answer a later incident are refused (any loader, any snapshot)") {
  // small(): y (2024-01-05) responds_to x (2024-01-04), link 0.
  CHECK(!find_link_problem(small()));
  {
    auto d = small();
    d.links.push_back({0, 1, link_kind::part_of, {}});  // link 1: x part_of y
    d.links.push_back({1, 0, link_kind::part_of, {}});  // link 2: y part_of x, closing the cycle
    check_invalid(d,
                  "Invalid graph data: incident link #2: the part_of links form a cycle: \"x\" (2024-01-04) is part "
                  "of \"y\" (2024-01-05), which is part of \"x\"; remove one of these links");
    const auto problem = find_link_problem(d);
    REQUIRE(problem);
    CHECK(problem->link == 2);
    CHECK(problem->cycle == std::vector<std::uint32_t>{1});
  }
  {
    auto d = small();
    d.links.push_back({0, 0, link_kind::part_of, {}});  // link 1: x part_of itself
    check_invalid(d,
                  "Invalid graph data: incident link #1: the part_of links form a cycle: \"x\" (2024-01-04) is part "
                  "of itself; remove one of these links");
  }
  {
    auto d = small();
    d.links.push_back({0, 1, link_kind::responds_to, {}});  // link 1: x (01-04) responds_to y (01-05)
    check_invalid(d,
                  "Invalid graph data: incident link #1: incident \"x\" (2024-01-04) responds to \"y\" (2024-01-05), "
                  "which comes later: a response cannot come before what it answers");
  }
}
