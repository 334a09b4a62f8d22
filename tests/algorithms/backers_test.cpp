// SPDX-License-Identifier: Apache-2.0
// Every expected answer below was worked out by hand on the small graph drawn
// in the test's scenario text: strength = Π over steps (weight × confidence)
// × decay^(steps − 1), with the default decay 0.5 unless a test sets another.
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include <faultline/algorithms/backers.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/scenario.hpp>

using namespace faultline;

namespace {

// Actors a..f (groups) followed by the relations given, one per line.
graph scenario(const std::string& relations, const std::string& extra_actors = "") {
  std::string text =
      "faultline: 1\n"
      "actors:\n";
  for (const char* id : {"a", "b", "c", "d", "e", "f"})
    text += std::string("  - {id: ") + id + ", kind: group}\n";
  text += extra_actors;
  text += "relations:\n" + relations;
  return load_inputs({{"t.yaml", text}});
}

actor_index id(const graph& g, const char* name) {
  return g.resolve_actor(name);
}

std::vector<std::string> answer_ids(const graph& g, const backing_result& r) {
  std::vector<std::string> out;
  for (const auto& a : r.answers)
    out.push_back(g.actors()[a.actor].id);
  return out;
}

// A chain as "from-kind->to" words, e.g. {"a-backs->b", "b-membership->c"}.
std::vector<std::string> chain_text(const graph& g, const backing_answer& a) {
  std::vector<std::string> out;
  for (const auto& s : a.chain) {
    const char* kind = s.kind == chain_step_kind::backs      ? "backs"
                       : s.kind == chain_step_kind::controls ? "controls"
                                                             : "membership";
    out.push_back(g.actors()[s.from].id + "-" + kind + "->" + g.actors()[s.to].id);
  }
  return out;
}

const backing_answer& answer_for(const graph& g, const backing_result& r, const char* actor) {
  for (const auto& a : r.answers)
    if (g.actors()[a.actor].id == actor) return a;
  FAIL("no answer for " << actor);
  throw std::logic_error("unreachable");
}

using strings = std::vector<std::string>;

backing_options inherit() {
  backing_options o;
  o.inherit = true;
  return o;
}

}  // namespace

TEST_CASE("backers: a direct backer") {
  const auto g = scenario("  - {from: a, type: backs, to: b, weight: 0.5}\n");
  const graph_view v(g);
  const auto r = backers(v, id(g, "b"));
  CHECK(r.subject == id(g, "b"));
  REQUIRE(r.answers.size() == 1);
  const auto& a = r.answers[0];
  CHECK(a.actor == id(g, "a"));
  CHECK(a.strength == 0.5);
  CHECK(a.direct());
  CHECK(a.chain == std::vector<chain_step>{{0, chain_step_kind::backs, id(g, "a"), id(g, "b")}});
  // Direction matters: b does not back a.
  CHECK(backers(v, id(g, "a")).answers.empty());
  // The mirror: a's proxies.
  const auto p = proxies(v, id(g, "a"));
  CHECK(p.subject == id(g, "a"));
  REQUIRE(p.answers.size() == 1);
  CHECK(p.answers[0].actor == id(g, "b"));
  CHECK(p.answers[0].strength == 0.5);
  CHECK(p.answers[0].chain == a.chain);
}

TEST_CASE("backers: a two-step chain has the product of the weights, decayed once") {
  // a -0.5-> b -0.8-> c: a's chain 0.5 * 0.8 * 0.5 (decay) = 0.2.
  const auto g = scenario(
      "  - {from: a, type: backs, to: b, weight: 0.5}\n"
      "  - {from: b, type: backs, to: c, weight: 0.8}\n");
  const graph_view v(g);
  const auto r = backers(v, id(g, "c"));
  CHECK(answer_ids(g, r) == strings{"b", "a"});  // 0.8 before 0.2
  CHECK(r.answers[0].strength == doctest::Approx(0.8));
  CHECK(r.answers[0].direct());
  CHECK(r.answers[1].strength == doctest::Approx(0.2));
  CHECK_FALSE(r.answers[1].direct());
  CHECK(chain_text(g, r.answers[1]) == strings{"a-backs->b", "b-backs->c"});
  CHECK(r.answers[1].chain[0].relation == 0);
  CHECK(r.answers[1].chain[1].relation == 1);

  const auto p = proxies(v, id(g, "a"));
  CHECK(answer_ids(g, p) == strings{"b", "c"});
  CHECK(p.answers[1].strength == doctest::Approx(0.2));
  // Without decay, the plain product of the weights.
  backing_options flat;
  flat.decay = 1.0;
  CHECK(backers(v, id(g, "c"), flat).answers[1].strength == doctest::Approx(0.4));
  CHECK(chain_text(g, p.answers[1]) == strings{"a-backs->b", "b-backs->c"});
}

TEST_CASE("backers: the strongest of two chains wins") {
  // a backs c weakly (0.3) and strongly through b (0.9 * 0.9 * 0.5 = 0.405).
  const auto g = scenario(
      "  - {from: a, type: backs, to: c, weight: 0.3}\n"
      "  - {from: a, type: backs, to: b, weight: 0.9}\n"
      "  - {from: b, type: backs, to: c, weight: 0.9}\n");
  const graph_view v(g);
  const auto r = backers(v, id(g, "c"));
  CHECK(answer_ids(g, r) == strings{"b", "a"});
  const auto& a = answer_for(g, r, "a");
  CHECK(a.strength == doctest::Approx(0.405));
  CHECK(chain_text(g, a) == strings{"a-backs->b", "b-backs->c"});
  CHECK_FALSE(a.direct());
  const auto p = proxies(v, id(g, "a"));
  CHECK(answer_ids(g, p) == strings{"b", "c"});
  CHECK(answer_for(g, p, "c").strength == doctest::Approx(0.405));
}

TEST_CASE("backers: equal strength goes to the chain with fewer steps") {
  // a backs c at 0.25 directly, and at 1 * 0.5 * 0.5 (decay) = 0.25 through b (exact in binary).
  const auto g = scenario(
      "  - {from: a, type: backs, to: b}\n"
      "  - {from: b, type: backs, to: c, weight: 0.5}\n"
      "  - {from: a, type: backs, to: c, weight: 0.25}\n");
  const graph_view v(g);
  const auto r = backers(v, id(g, "c"));
  const auto& a = answer_for(g, r, "a");
  CHECK(a.strength == 0.25);
  CHECK(a.direct());
  CHECK(a.chain[0].relation == 2);
  const auto p = proxies(v, id(g, "a"));
  const auto& c = answer_for(g, p, "c");
  CHECK(c.direct());
  CHECK(c.chain[0].relation == 2);
}

TEST_CASE("backers: ranking by strength, then chain length, then id") {
  // d, b and e all back c at 1; a backs c through b at 1 * 1 * 0.5 = 0.5; f backs c at 0.5 in one step.
  const auto g = scenario(
      "  - {from: d, type: backs, to: c}\n"
      "  - {from: f, type: backs, to: c, weight: 0.5}\n"
      "  - {from: a, type: backs, to: b}\n"
      "  - {from: e, type: backs, to: c}\n"
      "  - {from: b, type: backs, to: c}\n");
  const auto r = backers(graph_view(g), id(g, "c"));
  CHECK(answer_ids(g, r) == strings{"b", "d", "e", "f", "a"});
}

TEST_CASE("backers: without inherit, membership and control do not carry backing") {
  // s backs the coalition k; m is a member of k; x controls m; y backs m.
  const auto g = scenario(
      "  - {from: s, type: backs, to: k}\n"
      "  - {from: m, type: member_of, to: k}\n"
      "  - {from: x, type: controls, to: m}\n"
      "  - {from: y, type: backs, to: m, weight: 0.5}\n",
      "  - {id: s, kind: state}\n"
      "  - {id: k, kind: group, category: coalition}\n"
      "  - {id: m, kind: group}\n"
      "  - {id: x, kind: state}\n"
      "  - {id: y, kind: state}\n");
  const graph_view v(g);
  CHECK(answer_ids(g, backers(v, id(g, "m"))) == strings{"y"});
  CHECK(answer_ids(g, backers(v, id(g, "k"))) == strings{"s"});
  CHECK(answer_ids(g, proxies(v, id(g, "s"))) == strings{"k"});
  CHECK(proxies(v, id(g, "x")).answers.empty());

  SUBCASE("with inherit, a coalition's backer backs its members and a controller backs") {
    const auto r = backers(v, id(g, "m"), inherit());
    // x controls m (1, one step); y (0.5, one step); s backs k, m member of k (1 * 1 * 0.5, two steps).
    CHECK(answer_ids(g, r) == strings{"x", "y", "s"});
    const auto& x = answer_for(g, r, "x");
    CHECK(x.strength == 1.0);
    CHECK_FALSE(x.direct());  // control is not a `backs` relation
    CHECK(x.chain == std::vector<chain_step>{{2, chain_step_kind::controls, id(g, "x"), id(g, "m")}});
    const auto& s = answer_for(g, r, "s");
    CHECK(s.strength == 0.5);
    CHECK(s.chain == std::vector<chain_step>{{0, chain_step_kind::backs, id(g, "s"), id(g, "k")},
                                             {1, chain_step_kind::membership, id(g, "k"), id(g, "m")}});
    // The coalition itself is not m's backer, and a member's backer does not back the coalition.
    CHECK(answer_ids(g, backers(v, id(g, "k"), inherit())) == strings{"s"});

    // Proxies mirror it.
    const auto ps = proxies(v, id(g, "s"), inherit());
    CHECK(answer_ids(g, ps) == strings{"k", "m"});
    CHECK(answer_for(g, ps, "m").chain == s.chain);
    CHECK(answer_ids(g, proxies(v, id(g, "x"), inherit())) == strings{"m"});
    // A chain starts with backing, not with one's own members.
    CHECK(proxies(v, id(g, "k"), inherit()).answers.empty());
    CHECK(answer_ids(g, proxies(v, id(g, "y"), inherit())) == strings{"m"});
  }
}

TEST_CASE("backers: membership steps through nested coalitions, weights multiply") {
  // s backs outer (0.5); inner member_of outer (0.8); m member_of inner (0.5):
  // 0.5 * 0.8 * 0.5 * 0.5^2 (decay, three steps) = 0.05.
  const auto g = scenario(
      "  - {from: s, type: backs, to: outer, weight: 0.5}\n"
      "  - {from: inner, type: member_of, to: outer, weight: 0.8}\n"
      "  - {from: m, type: member_of, to: inner, weight: 0.5}\n",
      "  - {id: s, kind: state}\n"
      "  - {id: outer, kind: group}\n"
      "  - {id: inner, kind: group}\n"
      "  - {id: m, kind: group}\n");
  const graph_view v(g);
  const auto r = backers(v, id(g, "m"), inherit());
  CHECK(answer_ids(g, r) == strings{"s"});
  CHECK(r.answers[0].strength == doctest::Approx(0.05));
  CHECK(chain_text(g, r.answers[0]) == strings{"s-backs->outer", "outer-membership->inner", "inner-membership->m"});
  const auto p = proxies(v, id(g, "s"), inherit());
  CHECK(answer_ids(g, p) == strings{"outer", "inner", "m"});
  CHECK(answer_for(g, p, "m").strength == doctest::Approx(0.05));
  CHECK(backers(v, id(g, "m")).answers.empty());
}

TEST_CASE("backers: max_depth limits the chain length") {
  // a -> b -> c -> d, all weight 1.
  const auto g = scenario(
      "  - {from: a, type: backs, to: b}\n"
      "  - {from: b, type: backs, to: c}\n"
      "  - {from: c, type: backs, to: d}\n");
  const graph_view v(g);
  backing_options o;
  CHECK(o.max_depth == 3);  // the default
  CHECK(answer_ids(g, backers(v, id(g, "d"), o)) == strings{"c", "b", "a"});
  CHECK(backers(v, id(g, "d"), o).cut_off == 0);
  o.max_depth = 1;
  CHECK(answer_ids(g, backers(v, id(g, "d"), o)) == strings{"c"});
  CHECK(answer_ids(g, proxies(v, id(g, "a"), o)) == strings{"b"});
  o.max_depth = 2;
  CHECK(answer_ids(g, backers(v, id(g, "d"), o)) == strings{"c", "b"});
  o.max_depth = 3;
  CHECK(answer_ids(g, backers(v, id(g, "d"), o)) == strings{"c", "b", "a"});
}

TEST_CASE("backers: the answer counts the actors a deeper search would add") {
  // a -> b -> c -> d -> e, and a backs e directly too (weight 0.01).
  const auto g = scenario(
      "  - {from: a, type: backs, to: b}\n"
      "  - {from: b, type: backs, to: c}\n"
      "  - {from: c, type: backs, to: d}\n"
      "  - {from: d, type: backs, to: e}\n"
      "  - {from: a, type: backs, to: e, weight: 0.01}\n");
  const graph_view v(g);
  backing_options o;
  o.max_depth = 2;
  // Within two steps: d (1), c (0.5), a (0.01, directly). Deeper: b only (a is answered already).
  auto r = backers(v, id(g, "e"), o);
  CHECK(answer_ids(g, r) == strings{"d", "c", "a"});
  CHECK(r.cut_off == 1);
  CHECK(r.truncated());
  // Proxies of a within one step: b and e; deeper: c and d.
  o.max_depth = 1;
  const auto p = proxies(v, id(g, "a"), o);
  CHECK(answer_ids(g, p) == strings{"b", "e"});
  CHECK(p.cut_off == 2);
  // Three steps reach every backer of e (b through a, c, d: 1 * 1 * 1 * 0.25); nothing is cut off.
  o.max_depth = 3;
  r = backers(v, id(g, "e"), o);
  CHECK(answer_ids(g, r) == strings{"d", "c", "b", "a"});
  CHECK(r.cut_off == 0);
  CHECK_FALSE(r.truncated());
  // Without a limit nothing is ever cut off.
  o.max_depth = 0;
  CHECK(backers(v, id(g, "e"), o).cut_off == 0);
  // a's strongest chain within 4 steps is the long one: 1 * 0.5^3 = 0.125 > 0.01.
  CHECK(answer_for(g, backers(v, id(g, "e"), o), "a").chain.size() == 4);
  CHECK(answer_for(g, backers(v, id(g, "e"), o), "a").strength == 0.125);
}

TEST_CASE("backers: max_depth keeps the strongest chain within the limit") {
  // a backs d directly at 0.1, or through b and c at 1: the long chain wins
  // without a limit, the direct one with max_depth 2.
  const auto g = scenario(
      "  - {from: a, type: backs, to: d, weight: 0.1}\n"
      "  - {from: a, type: backs, to: b}\n"
      "  - {from: b, type: backs, to: c}\n"
      "  - {from: c, type: backs, to: d}\n");
  const graph_view v(g);
  CHECK(answer_for(g, backers(v, id(g, "d")), "a").chain.size() == 3);
  backing_options o;
  o.max_depth = 2;
  const auto r = backers(v, id(g, "d"), o);
  const auto& a = answer_for(g, r, "a");
  CHECK(a.chain.size() == 1);
  CHECK(a.strength == doctest::Approx(0.1));
}

TEST_CASE("backers: the view's date, type and confidence filters apply") {
  const auto g = scenario(
      "  - {from: a, type: backs, to: b, since: 2024-02}\n"
      "  - {from: c, type: backs, to: b, confidence: 0.5}\n");
  view_options o;
  o.as_of = date::parse("2024-01-15");
  CHECK(answer_ids(g, backers(graph_view(g, o), id(g, "b"))) == strings{"c"});
  o.as_of = date::parse("2024-02-01");
  CHECK(answer_ids(g, backers(graph_view(g, o), id(g, "b"))) == strings{"a", "c"});
  o.min_confidence = 0.6;
  CHECK(answer_ids(g, backers(graph_view(g, o), id(g, "b"))) == strings{"a"});
  // A time window that selects nothing dated.
  view_options before;
  before.as_of = date::parse("1990");
  before.min_confidence = 0.6;
  CHECK(backers(graph_view(g, before), id(g, "b")).answers.empty());
  CHECK(proxies(graph_view(g, before), id(g, "a")).answers.empty());
  // Without `backs` in the view nothing backs anything.
  view_options hostile_only;
  hostile_only.relation_types = {"hostile_to"};
  CHECK(backers(graph_view(g, hostile_only), id(g, "b")).answers.empty());
}

TEST_CASE("backers: cycles terminate and never list the subject") {
  const auto g = scenario(
      "  - {from: a, type: backs, to: b}\n"
      "  - {from: b, type: backs, to: a}\n"
      "  - {from: c, type: backs, to: d, weight: 0.5}\n"
      "  - {from: d, type: backs, to: e, weight: 0.5}\n"
      "  - {from: e, type: backs, to: c, weight: 0.5}\n");
  const graph_view v(g);
  CHECK(answer_ids(g, backers(v, id(g, "a"))) == strings{"b"});
  CHECK(answer_ids(g, proxies(v, id(g, "a"))) == strings{"b"});
  // Three-cycle c -> d -> e -> c: c's backers are e (0.5) and d (0.5 * 0.5 * 0.5 = 0.125).
  const auto r = backers(v, id(g, "c"));
  CHECK(answer_ids(g, r) == strings{"e", "d"});
  CHECK(r.answers[1].strength == 0.125);
  CHECK(answer_ids(g, proxies(v, id(g, "c"))) == strings{"d", "e"});
  backing_options o = inherit();
  CHECK(answer_ids(g, backers(v, id(g, "c"), o)) == strings{"e", "d"});
}

TEST_CASE("backers: parallel edges: the stronger one is the chain") {
  const auto g = scenario(
      "  - {from: a, type: backs, to: b, weight: 0.5}\n"
      "  - {from: a, type: backs, to: b, weight: 0.9}\n");
  REQUIRE(g.relations().size() == 2);
  const graph_view v(g);
  const auto r = backers(v, id(g, "b"));
  REQUIRE(r.answers.size() == 1);
  CHECK(r.answers[0].strength == 0.9);
  CHECK(r.answers[0].chain[0].relation == 1);
  const auto p = proxies(v, id(g, "a"));
  REQUIRE(p.answers.size() == 1);
  CHECK(p.answers[0].chain[0].relation == 1);
}

TEST_CASE("backers: a single actor, disconnected parts, an empty graph") {
  const auto single = load_inputs({{"t.yaml", "faultline: 1\nactors:\n  - {id: a, kind: state}\n"}});
  CHECK(backers(graph_view(single), 0).answers.empty());
  CHECK(proxies(graph_view(single), 0).answers.empty());
  CHECK(backers(graph_view(single), 0, inherit()).answers.empty());

  // Two parts: a -> b and c -> d.
  const auto g = scenario("  - {from: a, type: backs, to: b}\n  - {from: c, type: backs, to: d}\n");
  CHECK(answer_ids(g, backers(graph_view(g), id(g, "b"))) == strings{"a"});
  CHECK(answer_ids(g, proxies(graph_view(g), id(g, "c"))) == strings{"d"});

  const graph empty;
  CHECK_THROWS_WITH_AS(backers(graph_view(empty), 0), "Actor index 0 is out of range", usage_error);
  CHECK_THROWS_WITH_AS(proxies(graph_view(empty), 0), "Actor index 0 is out of range", usage_error);
  CHECK_THROWS_WITH_AS(backers(graph_view(g), 6), "Actor index 6 is out of range", usage_error);
}

TEST_CASE("backers: invalid options") {
  const auto g = scenario("  - {from: a, type: backs, to: b}\n");
  backing_options o;
  o.max_depth = 1001;
  CHECK_THROWS_WITH_AS(o.validate(), "Depth 1001 is too large: expected 0 (no limit) to 1000", usage_error);
  CHECK_THROWS_WITH_AS(backers(graph_view(g), id(g, "b"), o), "Depth 1001 is too large: expected 0 (no limit) to 1000",
                       usage_error);
  CHECK_THROWS_WITH_AS(proxies(graph_view(g), id(g, "a"), o), "Depth 1001 is too large: expected 0 (no limit) to 1000",
                       usage_error);
  o.max_depth = 1000;
  CHECK_NOTHROW(o.validate());
  CHECK(answer_ids(g, backers(graph_view(g), id(g, "b"), o)) == strings{"a"});

  for (const double bad : {0.0, -0.5, 1.5}) {
    backing_options d;
    d.decay = bad;
    CHECK_THROWS_WITH_AS(d.validate(),
                         ("Decay " + number_text(bad) + " is out of range: expected a number in (0, 1]").c_str(),
                         usage_error);
    CHECK_THROWS_AS(backers(graph_view(g), id(g, "b"), d), usage_error);
    CHECK_THROWS_AS(proxies(graph_view(g), id(g, "a"), d), usage_error);
  }
  backing_options nan;
  nan.decay = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(nan.validate(), usage_error);
  backing_options one;
  one.decay = 1.0;
  CHECK_NOTHROW(one.validate());
  one.decay = 1e-9;
  CHECK_NOTHROW(one.validate());
}

TEST_CASE("backers: the bundled sample") {
  const auto g = load_files({std::filesystem::path(FAULTLINE_SAMPLES_DIR) / "baghdad-2024-01.yaml"});
  const graph_view v(g);
  const auto nujaba = g.resolve_actor("nujaba");
  const auto r = backers(v, nujaba);
  REQUIRE(answer_ids(g, r) == strings{"iran"});
  CHECK(r.answers[0].direct());
  CHECK(r.answers[0].strength == 1.0);
  CHECK(chain_text(g, r.answers[0]) == strings{"iran-backs->nujaba"});
  CHECK(r.answers[0].chain[0].relation == 0);  // the first relation of the file

  // With inherit: Nujaba is a member of the PMF (relation 3, confidence 0.8:
  // the article implies it), which the Iraqi military controls (relation 2),
  // so the Iraqi military is a backer too, after Iran: 1 * (1 * 0.8) * 0.5 = 0.4.
  const auto ri = backers(v, nujaba, inherit());
  CHECK(answer_ids(g, ri) == strings{"iran", "iraqi-military"});
  CHECK(ri.answers[1].strength == doctest::Approx(0.4));
  CHECK(ri.answers[0].chain == r.answers[0].chain);
  CHECK(chain_text(g, ri.answers[1]) == strings{"iraqi-military-controls->pmf", "pmf-membership->nujaba"});
  CHECK(ri.answers[1].chain[0].relation == 2);
  CHECK(ri.answers[1].chain[1].relation == 3);

  CHECK(answer_ids(g, proxies(v, g.resolve_actor("iran"))) == strings{"nujaba"});
  CHECK(answer_ids(g, proxies(v, g.resolve_actor("iran"), inherit())) == strings{"nujaba", "nujaba-commander"});
  CHECK(answer_ids(g, proxies(v, g.resolve_actor("usa"))) == strings{"israel"});
  // Before the relations' dates nothing changes: backs relations here are undated.
  view_options o;
  o.as_of = date::parse("2020");
  CHECK(answer_ids(g, backers(graph_view(g, o), nujaba)) == strings{"iran"});
}

TEST_CASE("backers: backing given to a government ends a chain") {
  // s1 backs the state s2; s2 backs the group g1; h (a group) backs g1 too and
  // s3 backs h. s1 is not g1's backer (its backing went to a government);
  // s3 is (its backing went to an armed group that passes it on).
  const auto g = scenario(
      "  - {from: s1, type: backs, to: s2}\n"
      "  - {from: s2, type: backs, to: g1}\n"
      "  - {from: s3, type: backs, to: h}\n"
      "  - {from: h, type: backs, to: g1}\n",
      "  - {id: s1, kind: state}\n"
      "  - {id: s2, kind: state}\n"
      "  - {id: s3, kind: state}\n"
      "  - {id: h, kind: group}\n"
      "  - {id: g1, kind: group}\n");
  const graph_view v(g);
  // h and s2 at 1, s3 at 1 * 1 * 0.5.
  CHECK(answer_ids(g, backers(v, id(g, "g1"))) == strings{"h", "s2", "s3"});
  // The state's own backer is still its backer: the step to a state may be the last one.
  CHECK(answer_ids(g, backers(v, id(g, "s2"))) == strings{"s1"});
  CHECK(answer_ids(g, proxies(v, id(g, "s1"))) == strings{"s2"});
  CHECK(answer_ids(g, proxies(v, id(g, "s3"))) == strings{"h", "g1"});
  // The cut is not a depth cut: nothing is counted as cut off.
  CHECK(backers(v, id(g, "g1")).cut_off == 0);

  backing_options through;
  through.through_governments = true;
  const auto r = backers(v, id(g, "g1"), through);
  CHECK(answer_ids(g, r) == strings{"h", "s2", "s1", "s3"});  // s1 and s3 at 0.5: by id
  CHECK(chain_text(g, answer_for(g, r, "s1")) == strings{"s1-backs->s2", "s2-backs->g1"});
  CHECK(answer_ids(g, proxies(v, id(g, "s1"), through)) == strings{"s2", "g1"});

  SUBCASE("with inherit: backing a state does not reach its organs") {
    // usa backs the state iq; army is a member of iq.
    const auto h = scenario(
        "  - {from: usa, type: backs, to: iq}\n"
        "  - {from: army, type: member_of, to: iq}\n",
        "  - {id: usa, kind: state}\n"
        "  - {id: iq, kind: state}\n"
        "  - {id: army, kind: group}\n");
    const graph_view w(h);
    CHECK(backers(w, id(h, "army"), inherit()).answers.empty());
    CHECK(answer_ids(h, proxies(w, id(h, "usa"), inherit())) == strings{"iq"});
    auto o = inherit();
    o.through_governments = true;
    CHECK(answer_ids(h, backers(w, id(h, "army"), o)) == strings{"usa"});
    CHECK(answer_ids(h, proxies(w, id(h, "usa"), o)) == strings{"iq", "army"});
  }
}

TEST_CASE("backers: a chain stays in one conflict") {
  // Actors a..f are groups; o1, o2 opponents.
  const std::string opponents = "  - {id: o1, kind: state}\n  - {id: o2, kind: state}\n";
  backing_options across;
  across.across_conflicts = true;

  SUBCASE("two conflicts named: cut; the same conflict: joined, whatever the opponents") {
    const auto g = scenario(
        "  - {from: a, type: backs, to: b, conflict: x, against: o1}\n"
        "  - {from: b, type: backs, to: c, conflict: y, against: o1}\n"
        "  - {from: d, type: backs, to: b, conflict: y, against: o2}\n",
        opponents);
    const graph_view v(g);
    // a's backing of b is in conflict x; b's of c in y: a is not c's backer.
    // d's backing of b is in y, as b's of c (against another opponent): d is.
    CHECK(answer_ids(g, backers(v, id(g, "c"))) == strings{"b", "d"});
    CHECK(answer_ids(g, proxies(v, id(g, "a"))) == strings{"b"});
    CHECK(answer_ids(g, proxies(v, id(g, "d"))) == strings{"b", "c"});
    CHECK(answer_ids(g, backers(v, id(g, "c"), across)) == strings{"b", "a", "d"});
    CHECK(answer_ids(g, proxies(v, id(g, "a"), across)) == strings{"b", "c"});
  }
  SUBCASE("only opponents named: the same opponent joins, another does not") {
    const auto g = scenario(
        "  - {from: a, type: backs, to: b, against: o1}\n"
        "  - {from: b, type: backs, to: c, against: o1}\n"
        "  - {from: d, type: backs, to: b, against: o2}\n"
        "  - {from: e, type: backs, to: b, conflict: x}\n",
        opponents);
    const graph_view v(g);
    // e names a conflict, b->c an opponent only: nothing to compare, joined.
    CHECK(answer_ids(g, backers(v, id(g, "c"))) == strings{"b", "a", "e"});
    CHECK(answer_ids(g, backers(v, id(g, "c"), across)) == strings{"b", "a", "d", "e"});
  }
  SUBCASE("a step that names nothing joins, and the chain keeps its conflict across it") {
    // a -x-> b -(nothing)-> c -y-> d, and e -y-> b.
    const auto g = scenario(
        "  - {from: a, type: backs, to: b, conflict: x}\n"
        "  - {from: b, type: backs, to: c}\n"
        "  - {from: c, type: backs, to: d, conflict: y}\n"
        "  - {from: e, type: backs, to: b, conflict: y}\n",
        opponents);
    const graph_view v(g);
    // d's backers: c (1), b (0.5, through the unnamed step), e (0.25, y as c->d);
    // a is cut: its step names x, the chain after it is in y.
    CHECK(answer_ids(g, backers(v, id(g, "d"))) == strings{"c", "b", "e"});
    CHECK(answer_ids(g, proxies(v, id(g, "a"))) == strings{"b", "c"});
    CHECK(answer_ids(g, proxies(v, id(g, "e"))) == strings{"b", "c", "d"});
    CHECK(answer_ids(g, backers(v, id(g, "d"), across)) == strings{"c", "b", "a", "e"});
  }
  SUBCASE("a chain never reaches the opponent of one of its own steps") {
    // In one conflict x: a backs b against c; b backs c against d (as the
    // ESD has Iran backing the MNLF against the Philippines, and the MNLF
    // later backing the Philippines against the ASG). And e backs b; b backs
    // f against e.
    const auto g = scenario(
        "  - {from: a, type: backs, to: b, conflict: x, against: c}\n"
        "  - {from: b, type: backs, to: c, conflict: x, against: d}\n"
        "  - {from: e, type: backs, to: b}\n"
        "  - {from: b, type: backs, to: f, against: e}\n");
    const graph_view v(g);
    CHECK(answer_ids(g, backers(v, id(g, "c"))) == strings{"b", "e"});
    CHECK(answer_ids(g, proxies(v, id(g, "a"))) == strings{"b"});
    CHECK(answer_ids(g, backers(v, id(g, "f"))) == strings{"b"});
    CHECK(answer_ids(g, proxies(v, id(g, "e"))) == strings{"b", "c"});
    CHECK(answer_ids(g, backers(v, id(g, "c"), across)) == strings{"b", "a", "e"});
    CHECK(answer_ids(g, proxies(v, id(g, "e"), across)) == strings{"b", "c", "f"});
  }
  SUBCASE("a weaker chain in the right conflict is found where a stronger one is cut") {
    // a backs b twice: strongly in x, weakly in y; b backs c in y.
    const auto g = scenario(
        "  - {from: a, type: backs, to: b, conflict: x}\n"
        "  - {from: a, type: backs, to: b, conflict: y, weight: 0.2}\n"
        "  - {from: b, type: backs, to: c, conflict: y}\n"
        "  - {from: c, type: backs, to: d, conflict: y}\n",
        opponents);
    const graph_view v(g);
    const auto r = proxies(v, id(g, "a"));
    CHECK(answer_ids(g, r) == strings{"b", "c", "d"});
    CHECK(answer_for(g, r, "b").chain[0].relation == 0);  // b itself: the strong one
    CHECK(answer_for(g, r, "c").chain[0].relation == 1);  // c: only through y
    CHECK(answer_for(g, r, "c").strength == doctest::Approx(0.1));
    CHECK(answer_for(g, r, "d").strength == doctest::Approx(0.05));
    const auto b = backers(v, id(g, "d"));
    CHECK(answer_for(g, b, "a").chain[0].relation == 1);
  }
}

TEST_CASE("backers: strength multiplies weight and confidence, and decays by step") {
  // a -(w 0.8, c 0.5)-> b -(w 0.6, c 0.9)-> c -(w 1, c 1)-> d. By hand:
  //   c: 1
  //   b: 0.6 * 0.9 * 1 * 0.5            = 0.27
  //   a: 0.8 * 0.5 * 0.54 * 0.5^2       = 0.054
  // decay 1:   b 0.54, a 0.4 * 0.54 = 0.216
  // decay 0.1: b 0.054, a 0.216 * 0.01 = 0.00216
  const auto g = scenario(
      "  - {from: a, type: backs, to: b, weight: 0.8, confidence: 0.5}\n"
      "  - {from: b, type: backs, to: c, weight: 0.6, confidence: 0.9}\n"
      "  - {from: c, type: backs, to: d}\n");
  const graph_view v(g);
  auto r = backers(v, id(g, "d"));
  CHECK(answer_ids(g, r) == strings{"c", "b", "a"});
  CHECK(answer_for(g, r, "c").strength == 1.0);
  CHECK(answer_for(g, r, "b").strength == doctest::Approx(0.27));
  CHECK(answer_for(g, r, "a").strength == doctest::Approx(0.054));
  CHECK(answer_for(g, proxies(v, id(g, "a")), "d").strength == doctest::Approx(0.054));
  // A direct answer has no decay: only weight * confidence.
  CHECK(answer_for(g, backers(v, id(g, "b")), "a").strength == doctest::Approx(0.4));
  backing_options o;
  o.decay = 1.0;
  r = backers(v, id(g, "d"), o);
  CHECK(answer_for(g, r, "b").strength == doctest::Approx(0.54));
  CHECK(answer_for(g, r, "a").strength == doctest::Approx(0.216));
  o.decay = 0.1;
  r = backers(v, id(g, "d"), o);
  CHECK(answer_for(g, r, "b").strength == doctest::Approx(0.054));
  CHECK(answer_for(g, r, "a").strength == doctest::Approx(0.00216));
}
