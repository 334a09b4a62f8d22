// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/view.hpp>

#include "random_events.hpp"

using namespace faultline;

namespace {

std::optional<date> on(const char* text) {
  return date::parse(text);
}

relation make_relation(const graph_data& d, std::string_view type, std::optional<date> since = std::nullopt,
                       std::optional<date> until = std::nullopt, double confidence = 1.0) {
  relation r;
  r.from = 0;
  r.to = 1;
  r.type = *d.relation_types.find(type);
  r.since = since;
  r.until = until;
  r.prov.confidence = confidence;
  return r;
}

incident make_incident(std::string id, const char* when, double confidence = 1.0) {
  incident i;
  i.id = id;
  i.name = std::move(id);
  i.when = *date::parse(when);
  i.prov.confidence = confidence;
  return i;
}

// Drawn by hand, every relation from a to b:
//   r0 backs (undated)             r1 backs since 2024-01-05     r2 backs until 2023-12
//   r3 backs since 2024            r4 backs 2024-02..2024-02     r5 hostile_to, confidence 0.4
//   incidents i0 2024-01-04, i1 2024-01, i2 2023 (until 2023-06, confidence 0.3)
//   roles k0 a in i0, k1 b in i1 (confidence 0.2), k2 a in i2
//   links l0 i0->i1, l1 i1->i2 (confidence 0.9), l2 i0->i1 (confidence 0.3)
graph make_graph() {
  graph_data d;
  actor a, b;
  a.id = a.name = "a";
  b.id = b.name = "b";
  d.actors = {a, b};
  d.relations.push_back(make_relation(d, "backs"));
  d.relations.push_back(make_relation(d, "backs", on("2024-01-05")));
  d.relations.push_back(make_relation(d, "backs", std::nullopt, on("2023-12")));
  d.relations.push_back(make_relation(d, "backs", on("2024")));
  d.relations.push_back(make_relation(d, "backs", on("2024-02"), on("2024-02")));
  d.relations.push_back(make_relation(d, "hostile_to", std::nullopt, std::nullopt, 0.4));
  d.incidents.push_back(make_incident("i0", "2024-01-04"));
  d.incidents.push_back(make_incident("i1", "2024-01"));
  d.incidents.push_back(make_incident("i2", "2023", 0.3));
  d.incidents[2].until = on("2023-06");
  d.roles.push_back({0, 0, role::perpetrator, no_index, {}});
  d.roles.push_back({1, 1, role::target, no_index, {{}, 0.2, ""}});
  d.roles.push_back({2, 0, role::perpetrator, no_index, {}});
  d.links.push_back({0, 1, link_kind::responds_to, {}});
  d.links.push_back({1, 2, link_kind::responds_to, {{}, 0.9, ""}});
  d.links.push_back({0, 1, link_kind::part_of, {{}, 0.3, ""}});
  return graph(std::move(d));
}

std::vector<std::uint32_t> kept_relations(const graph_view& v) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t r = 0; r < v.base().relations().size(); ++r)
    if (v.keeps_relation(r)) out.push_back(r);
  return out;
}

std::vector<std::uint32_t> kept_incidents(const graph_view& v) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < v.base().incidents().size(); ++i)
    if (v.keeps_incident(i)) out.push_back(i);
  return out;
}

std::vector<std::uint32_t> kept_roles(const graph_view& v) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t k = 0; k < v.base().roles().size(); ++k)
    if (v.keeps_role(k)) out.push_back(k);
  return out;
}

std::vector<std::uint32_t> kept_links(const graph_view& v) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t k = 0; k < v.base().links().size(); ++k)
    if (v.keeps_link(k)) out.push_back(k);
  return out;
}

graph_view as_of(const graph& g, const char* when) {
  view_options o;
  o.as_of = on(when);
  return graph_view(g, o);
}

using ids = std::vector<std::uint32_t>;

}  // namespace

TEST_CASE("view: the default view keeps everything") {
  const auto g = make_graph();
  const graph_view v(g);
  CHECK(&v.base() == &g);
  CHECK(kept_relations(v) == ids{0, 1, 2, 3, 4, 5});
  CHECK(kept_incidents(v) == ids{0, 1, 2});
  CHECK(kept_roles(v) == ids{0, 1, 2});
  CHECK(kept_links(v) == ids{0, 1, 2});
  for (relation_type_id t = 0; t < g.relation_types().size(); ++t)
    CHECK(v.keeps_type(t));
  CHECK_FALSE(v.keeps_type(static_cast<relation_type_id>(g.relation_types().size())));
}

TEST_CASE("view: relation type filter") {
  const auto g = make_graph();
  view_options o;
  o.relation_types = {"backs"};
  const graph_view v(g, o);
  const auto backs = *g.relation_types().find("backs");
  const auto hostile = *g.relation_types().find("hostile_to");
  CHECK(v.keeps_type(backs));
  CHECK_FALSE(v.keeps_type(hostile));
  CHECK(kept_relations(v) == ids{0, 1, 2, 3, 4});
  // Incidents, roles and links are not relations: the type filter leaves them.
  CHECK(kept_incidents(v) == ids{0, 1, 2});

  o.relation_types = {"hostile_to"};
  CHECK(kept_relations(graph_view(g, o)) == ids{5});
  o.relation_types = {"hostile_to", "backs"};
  CHECK(kept_relations(graph_view(g, o)) == ids{0, 1, 2, 3, 4, 5});
  o.relation_types = {"allied_with"};  // known but unused: nothing
  CHECK(kept_relations(graph_view(g, o)).empty());
}

TEST_CASE("view: an unknown relation type is a usage error") {
  const auto g = make_graph();
  view_options o;
  o.relation_types = {"backs", "bakcs"};
  CHECK_THROWS_WITH_AS(graph_view(g, o),
                       "Unknown relation type \"bakcs\": expected one of backs, allied_with, member_of, controls, "
                       "hostile_to, at_war_with, designates, sanctions, condemns, threatens, negotiates_with",
                       usage_error);
  o.relation_types = {"Backs"};  // ids are exact
  CHECK_THROWS_AS(graph_view(g, o), usage_error);
}

TEST_CASE("view: a type the scenario declared can be selected") {
  graph_data d;
  actor a, b;
  a.id = a.name = "a";
  b.id = b.name = "b";
  d.actors = {a, b};
  const auto funds = d.relation_types.add({"funds", polarity::friendly, 0.5, false, ""});
  relation r;
  r.from = 0;
  r.to = 1;
  r.type = funds;
  r.weight = 0.5;
  d.relations.push_back(r);
  const graph g(std::move(d));
  view_options o;
  o.relation_types = {"funds"};
  CHECK(kept_relations(graph_view(g, o)) == ids{0});
  o.relation_types = {"backs"};
  CHECK(kept_relations(graph_view(g, o)).empty());
}

// Expected sets worked out by hand from view.hpp: a relation holds on D when
// since.first_day <= D.last_day and until.last_day >= D.first_day; an incident
// is kept when when.first_day <= D.last_day.
TEST_CASE("view: as_of on a full day") {
  const auto g = make_graph();
  const auto v = as_of(g, "2024-01-04");
  CHECK(kept_relations(v) == ids{0, 3, 5});
  CHECK(kept_incidents(v) == ids{0, 1, 2});
  CHECK(kept_relations(as_of(g, "2024-01-05")) == ids{0, 1, 3, 5});
  CHECK(kept_incidents(as_of(g, "2024-01-03")) == ids{1, 2});  // i1 (2024-01) began on 2024-01-01
  CHECK(kept_incidents(as_of(g, "2024-01-01")) == ids{1, 2});
  CHECK(kept_incidents(as_of(g, "2023-12-31")) == ids{2});
  CHECK(kept_relations(as_of(g, "2023-12-31")) == ids{0, 2, 5});
  CHECK(kept_relations(as_of(g, "2024-02-29")) == ids{0, 1, 3, 4, 5});
  CHECK(kept_relations(as_of(g, "2024-02-01")) == ids{0, 1, 3, 4, 5});
  CHECK(kept_relations(as_of(g, "2024-03-01")) == ids{0, 1, 3, 5});
  CHECK(kept_relations(as_of(g, "2024-01-31")) == ids{0, 1, 3, 5});
}

TEST_CASE("view: as_of on a partial date covers its whole interval") {
  const auto g = make_graph();
  // January 2024: r1 (since 01-05) begins within it, r2 (until 2023-12) ended before it.
  CHECK(kept_relations(as_of(g, "2024-01")) == ids{0, 1, 3, 5});
  CHECK(kept_incidents(as_of(g, "2024-01")) == ids{0, 1, 2});
  // The year 2024: r4 (February) too.
  CHECK(kept_relations(as_of(g, "2024")) == ids{0, 1, 3, 4, 5});
  // The year 2023: r2 holds until its end; nothing of 2024 yet.
  CHECK(kept_relations(as_of(g, "2023")) == ids{0, 2, 5});
  CHECK(kept_incidents(as_of(g, "2023")) == ids{2});
  CHECK(kept_relations(as_of(g, "2023-12")) == ids{0, 2, 5});
  CHECK(kept_relations(as_of(g, "2024-02")) == ids{0, 1, 3, 4, 5});
}

TEST_CASE("view: a time window before everything keeps only undated facts") {
  const auto g = make_graph();
  const auto v = as_of(g, "1900");
  CHECK(kept_relations(v) == ids{0, 2, 5});  // r2 has only an end
  CHECK(kept_incidents(v).empty());
  CHECK(kept_roles(v).empty());
  CHECK(kept_links(v).empty());
}

TEST_CASE("view: roles and links follow their incidents") {
  const auto g = make_graph();
  // i0 not yet: its role k0 and the links l0, l2 from it go.
  const auto v = as_of(g, "2024-01-03");
  CHECK(kept_roles(v) == ids{1, 2});
  CHECK(kept_links(v) == ids{1});
  CHECK(kept_links(as_of(g, "2024-01-04")) == ids{0, 1, 2});
}

TEST_CASE("view: min_confidence") {
  const auto g = make_graph();
  view_options o;
  o.min_confidence = 0.5;
  const graph_view v(g, o);
  CHECK(kept_relations(v) == ids{0, 1, 2, 3, 4});  // r5 has 0.4
  CHECK(kept_incidents(v) == ids{0, 1});           // i2 has 0.3
  CHECK(kept_roles(v) == ids{0});                  // k1 has 0.2, k2's incident is dropped
  CHECK(kept_links(v) == ids{0});                  // l1 reaches i2, l2 has 0.3

  o.min_confidence = 0.3;  // inclusive
  const graph_view w(g, o);
  CHECK(kept_incidents(w) == ids{0, 1, 2});
  CHECK(kept_roles(w) == ids{0, 2});
  CHECK(kept_links(w) == ids{0, 1, 2});
  CHECK(kept_relations(w) == ids{0, 1, 2, 3, 4, 5});

  o.min_confidence = 1.0;
  const graph_view x(g, o);
  CHECK(kept_relations(x) == ids{0, 1, 2, 3, 4});
  CHECK(kept_incidents(x) == ids{0, 1});
}

TEST_CASE("view: options combine") {
  const auto g = make_graph();
  view_options o;
  o.relation_types = {"backs"};
  o.as_of = on("2024-01");
  o.min_confidence = 0.5;
  const graph_view v(g, o);
  CHECK(kept_relations(v) == ids{0, 1, 3});
  CHECK(kept_incidents(v) == ids{0, 1});
  CHECK(v.options().min_confidence == 0.5);
  CHECK(v.options().as_of == on("2024-01"));
}

TEST_CASE("view: invalid min_confidence") {
  const auto g = make_graph();
  view_options o;
  o.min_confidence = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH_AS(o.validate(), "Minimum confidence nan is invalid: expected a number in [0, 1]", usage_error);
  CHECK_THROWS_WITH_AS(graph_view(g, o), "Minimum confidence nan is invalid: expected a number in [0, 1]", usage_error);
  o.min_confidence = -0.1;
  CHECK_THROWS_WITH_AS(graph_view(g, o), "Minimum confidence -0.1 is invalid: expected a number in [0, 1]",
                       usage_error);
  o.min_confidence = 1.5;
  CHECK_THROWS_WITH_AS(graph_view(g, o), "Minimum confidence 1.5 is invalid: expected a number in [0, 1]", usage_error);
  o.min_confidence = 0.0;
  CHECK_NOTHROW(o.validate());
  o.min_confidence = 1.0;
  CHECK_NOTHROW(o.validate());
}

TEST_CASE("view: an empty graph") {
  const graph g;
  const graph_view v(g);
  CHECK(kept_relations(v).empty());
  view_options o;
  o.relation_types = {"backs"};
  CHECK_NOTHROW(graph_view(g, o));
}

TEST_CASE("view: kept_data writes out what a view keeps, renumbered") {
  const auto g = make_graph();
  CHECK(kept_data(graph_view(g)) == g.data());
  CHECK_FALSE(view_options{}.filters());
  view_options o;
  o.min_confidence = 0.5;
  CHECK(o.filters());
  // As in "view: min_confidence": relations r0..r4, incidents i0 and i1, role k0, link l0.
  const auto d = kept_data(graph_view(g, o));
  CHECK(d.actors == g.actors());
  REQUIRE(d.relations.size() == 5);
  REQUIRE(d.incidents.size() == 2);
  CHECK(d.incidents[1].id == "i1");
  REQUIRE(d.roles.size() == 1);
  CHECK(d.roles[0].incident == 0);
  REQUIRE(d.links.size() == 1);
  CHECK(d.links[0].from == 0);
  CHECK(d.links[0].to == 1);
  CHECK_NOTHROW(graph(d));
  // Without i0 (as of 2024-01-03), i1 becomes incident 0 and the link i1 -> i2 follows it.
  const auto later = kept_data(as_of(g, "2024-01-03"));
  REQUIRE(later.incidents.size() == 2);
  CHECK(later.incidents[0].id == "i1");
  REQUIRE(later.links.size() == 1);
  CHECK(later.links[0].from == 0);
  CHECK(later.links[0].to == 1);
  CHECK(later.roles.size() == 2);
  CHECK(later.roles[0].incident == 0);  // k1, in i1
  CHECK(later.roles[1].incident == 1);  // k2, in i2
}

namespace {

// What scan_incidents hands over, flattened for comparison.
struct scanned {
  incident_index index;
  std::int32_t first, last;
  int stance;
  double confidence;
  std::vector<std::tuple<std::uint32_t, actor_index, role, double>> roles;
  friend bool operator==(const scanned&, const scanned&) = default;
};

std::vector<scanned> record(const std::function<void(const incident_visitor&)>& scan) {
  std::vector<scanned> out;
  scan([&](const scanned_incident& inc) {
    scanned s{inc.index,
              inc.when.first_day(),
              (inc.until ? *inc.until : inc.when).last_day(),
              inc.stance ? static_cast<int>(*inc.stance) : 9,
              inc.confidence,
              {}};
    for (const auto& r : inc.roles)
      s.roles.emplace_back(r.index, r.actor, r.kind, r.confidence);
    out.push_back(std::move(s));
  });
  return out;
}

}  // namespace

TEST_CASE("view: scan_incidents over a columnar snapshot hands over what the graph's view keeps") {
  for (const bool spans : {false, true}) {
    CAPTURE(spans);
    const graph g(testing::random_events(600, 9, spans));
    const testing::as_columns columns(g);
    const auto& store = columns.store;
    REQUIRE(store.has_spans() == spans);
    const std::vector<std::pair<const char*, const char*>> windows{
        {"", ""},        {"2021-03", "2021-03"},       {"2020-06-15", ""},
        {"", "2020-02"}, {"2022-12-31", "2022-12-31"}, {"2021", "2021"}};
    std::size_t kept_somewhere = 0, dropped_somewhere = 0;
    for (const auto& [from_text, to_text] : windows) {
      const auto from = *from_text ? date::parse(from_text) : std::nullopt;
      const auto to = *to_text ? date::parse(to_text) : std::nullopt;
      for (int variant = 0; variant < 5; ++variant) {
        CAPTURE(from_text);
        CAPTURE(to_text);
        CAPTURE(variant);
        view_options o;
        if (variant == 1) o.as_of = date::parse("2021-06");
        if (variant == 2) o.min_confidence = 0.5;
        if (variant == 3) o.min_mentions = 2, o.min_sources = 1;
        if (variant == 4) o.root_events_only = true;
        const graph_view view(g, o);
        const auto whole = record([&](const incident_visitor& v) { scan_incidents(view, from, to, v); });
        const auto in_place = record([&](const incident_visitor& v) { scan_incidents(store, o, from, to, v); });
        CHECK(in_place == whole);
        // Worked out from the definitions, incident by incident: kept by the
        // view, and its time [date, end] meeting the window.
        std::vector<incident_index> expected;
        for (incident_index i = 0; i < g.incidents().size(); ++i) {
          const auto& inc = g.incidents()[i];
          const auto& c = inc.coding;
          const bool gdelt = c.dataset == "gdelt";
          bool keep = inc.prov.confidence >= o.min_confidence;
          if (gdelt && (c.mentions < o.min_mentions || c.reports < o.min_sources)) keep = false;
          if (gdelt && o.root_events_only && c.root_event != std::optional<bool>(true)) keep = false;
          if (o.as_of && inc.when.first_day() > o.as_of->last_day()) keep = false;
          const auto last = (inc.until ? *inc.until : inc.when).last_day();
          if (from && last < from->first_day()) keep = false;
          if (to && inc.when.first_day() > to->last_day()) keep = false;
          if (keep) expected.push_back(i);
        }
        std::vector<incident_index> got;
        for (const auto& s : whole) {
          got.push_back(s.index);
          for (const auto& r : s.roles)
            CHECK(std::get<3>(r) >= o.min_confidence);
        }
        CHECK(got == expected);
        kept_somewhere += expected.empty() ? 0 : 1;
        dropped_somewhere += expected.size() < g.incidents().size() ? 1 : 0;
      }
    }
    CHECK(kept_somewhere >= 25);  // the windows and options are neither empty nor everything
    CHECK(dropped_somewhere >= 25);
  }
}

TEST_CASE("view: window_candidates holds every incident a window can select") {
  const graph g(testing::random_events(400, 5, true));
  const testing::as_columns columns(g);
  const auto& store = columns.store;
  const auto from = date::parse("2021-02-10"), to = date::parse("2021-05");
  for (const auto rule : {window_rule::overlaps, window_rule::begins})
    for (actor_index a = 0; a < 6; ++a) {
      CAPTURE(a);
      const std::optional<actor_index> actor = a < 5 ? std::optional<actor_index>(a) : std::nullopt;
      const auto got = window_candidates(store, actor, from, to, rule);
      CHECK(std::is_sorted(got.begin(), got.end()));
      for (incident_index i = 0; i < g.incidents().size(); ++i) {
        const auto& inc = g.incidents()[i];
        const auto last = (inc.until ? *inc.until : inc.when).last_day();
        const bool in = rule == window_rule::begins
                            ? inc.when.first_day() >= from->first_day() && inc.when.first_day() <= to->last_day()
                            : last >= from->first_day() && inc.when.first_day() <= to->last_day();
        bool of_actor = !actor;
        for (auto k : g.roles_of_incident(i))
          of_actor = of_actor || g.roles()[k].actor == *actor;
        if (in && of_actor) CHECK(std::binary_search(got.begin(), got.end(), i));
      }
    }
}
