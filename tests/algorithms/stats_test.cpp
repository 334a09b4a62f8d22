// SPDX-License-Identifier: Apache-2.0
// Aggregates of incidents (faultline/algorithms/stats.hpp). The expected
// values of the small scenario were worked out by hand (the sums are in the
// comments); those of the UCDP GED file come from pandas, with the
// expression written beside them.
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <faultline/algorithms/stats.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/event_data.hpp>
#include <faultline/loaders/scenario.hpp>

#include "random_events.hpp"

using namespace faultline;
namespace fs = std::filesystem;

namespace {

// Four actors and six incidents:
//   i1 2019-01-05 battle    SY  a → b          10 killed
//   i2 2019-01-20 attack    SY  b → c, kills p  unknown
//   i3 2019-02-03 battle    IQ  a, c → b        4
//   i4 2019 (year only) statement  c alone     0
//   i5 2019-03-01 attack    SY  no actor        2
//   i6 2019-02-10 attack    SY  b → c, condemned by a   1
const char* const scenario = R"(faultline: 1
actors:
  - {id: a, kind: state, name: A}
  - {id: b, kind: group, name: B}
  - {id: c, kind: group, name: C}
  - {id: p, kind: person, name: P}
incidents:
  - {id: i1, date: 2019-01-05, type: battle, place: {country: SY}, perpetrator: [a], target: [b], fatalities: 10, confidence: 0.5}
  - {id: i2, date: 2019-01-20, type: attack, place: {country: SY}, perpetrator: [b], target: [c], victim: [p]}
  - {id: i3, date: 2019-02-03, type: battle, place: {country: IQ}, perpetrator: [a, c], target: [b], fatalities: 4}
  - {id: i4, date: 2019, type: statement, perpetrator: [c], fatalities: 0}
  - {id: i5, date: 2019-03-01, type: attack, place: {country: SY}, fatalities: 2}
  - {id: i6, date: 2019-02-10, type: attack, place: {country: SY}, perpetrator: [b], target: [c], condemned_by: [a], fatalities: 1}
)";

graph small() {
  return load_inputs({{"stats.yaml", scenario}});
}

// Rows as (key texts joined by '|') -> (incidents, fatalities, unknown).
using figures = std::tuple<std::uint64_t, std::int64_t, std::uint64_t>;
std::vector<std::pair<std::string, figures>> rows_of(const stats_result& r) {
  std::vector<std::pair<std::string, figures>> out;
  for (const auto& row : r.rows) {
    std::string key;
    for (const auto& v : row.key)
      key += (key.empty() ? "" : "|") + (v.text.empty() ? std::string("-") : v.text);
    out.push_back({key, {row.counts.incidents, row.counts.fatalities, row.counts.fatalities_unknown}});
  }
  return out;
}

stats_result run(const graph& g, std::vector<stats_dimension> by, stats_options o = {}, view_options vo = {}) {
  o.by = std::move(by);
  return incident_stats(graph_view(g, vo), o);
}

}  // namespace

TEST_CASE("stats by month: a date known only to its year has a row of its own; unknown fatalities are not zero") {
  const auto g = small();
  const auto r = run(g, {stats_dimension::month});
  // "2019": i4 (0). 2019-01: i1 + i2 = 10 + unknown. 2019-02: i3 + i6 = 4 + 1. 2019-03: i5 = 2.
  const std::vector<std::pair<std::string, figures>> expected{
      {"2019", {1, 0, 0}}, {"2019-01", {2, 10, 1}}, {"2019-02", {2, 5, 0}}, {"2019-03", {1, 2, 0}}};
  CHECK(rows_of(r) == expected);
  // Total: 6 incidents, 10 + 4 + 0 + 2 + 1 = 17 killed, i2 unknown.
  CHECK(r.total.incidents == 6);
  CHECK(r.total.fatalities == 17);
  CHECK(r.total.fatalities_unknown == 1);
  CHECK_FALSE(r.has_low_high);
  CHECK(r.total.low_unknown == 6);
}

TEST_CASE("stats by actor count an incident once per actor involved; condemning is not taking part") {
  const auto g = small();
  const auto r = run(g, {stats_dimension::actor});
  // a: i1, i3 (i6 it only condemned) = 10 + 4. b: i1, i2, i3, i6 = 10 + 4 + 1, i2 unknown.
  // c: i2, i3, i4, i6 = 4 + 0 + 1, i2 unknown. p: i2, unknown. No actor: i5 = 2.
  const std::vector<std::pair<std::string, figures>> expected{
      {"a", {2, 14, 0}}, {"b", {4, 15, 1}}, {"c", {4, 5, 1}}, {"p", {1, 0, 1}}, {"-", {1, 2, 0}}};
  CHECK(rows_of(r) == expected);
  CHECK(r.total.incidents == 6);  // each once, though the rows add up to 12
  CHECK(r.rows[0].key[0].actor == g.resolve_actor("a"));
}

TEST_CASE("stats by dyad pair the acting side with the side acted on, unordered") {
  const auto g = small();
  const auto r = run(g, {stats_dimension::dyad});
  // i1: a-b. i2: b-c, b-p. i3: a-b, c-b. i4, i5: none. i6: b-c.
  // a b: i1 + i3 = 14. b c: i2 + i3 + i6 = 4 + 1, i2 unknown. b p: i2. None: i4 + i5 = 0 + 2.
  const std::vector<std::pair<std::string, figures>> expected{
      {"a b", {2, 14, 0}}, {"b c", {3, 5, 1}}, {"b p", {1, 0, 1}}, {"-", {2, 2, 0}}};
  CHECK(rows_of(r) == expected);
  CHECK(g.actors()[r.rows[1].key[0].actor].id == "b");
  CHECK(g.actors()[r.rows[1].key[0].actor2].id == "c");
}

TEST_CASE("stats by two dimensions: one row per combination") {
  const auto g = small();
  const auto r = run(g, {stats_dimension::type, stats_dimension::country});
  // attack SY: i2 + i5 + i6 = 2 + 1, i2 unknown. battle IQ: i3 = 4. battle SY: i1 = 10. statement, no country: i4 = 0.
  const std::vector<std::pair<std::string, figures>> expected{
      {"attack|SY", {3, 3, 1}}, {"battle|IQ", {1, 4, 0}}, {"battle|SY", {1, 10, 0}}, {"statement|-", {1, 0, 0}}};
  CHECK(rows_of(r) == expected);
  // Actor by year: each actor's incidents in 2019, as above.
  const auto ay = run(g, {stats_dimension::actor, stats_dimension::year});
  CHECK(rows_of(ay).front() == std::pair<std::string, figures>{"a|2019", {2, 14, 0}});
}

TEST_CASE("stats window, actor filter, view filters, order and top") {
  const auto g = small();
  SUBCASE("from and to: the date must lie within the window") {
    stats_options o;
    o.from = date::parse("2019-01-10");
    o.to = date::parse("2019-02");
    // i2, i3, i6; not i4 (all of 2019 is not within the window) = 4 + 1, i2 unknown.
    const auto r = run(g, {stats_dimension::year}, o);
    CHECK(rows_of(r) == std::vector<std::pair<std::string, figures>>{{"2019", {3, 5, 1}}});
    o.from = date::parse("2019");
    o.to = date::parse("2019");
    CHECK(run(g, {stats_dimension::year}, o).total.incidents == 6);
  }
  SUBCASE("only the incidents of one actor") {
    stats_options o;
    o.actor = g.resolve_actor("A");
    CHECK(rows_of(run(g, {stats_dimension::year}, o)) ==
          std::vector<std::pair<std::string, figures>>{{"2019", {2, 14, 0}}});
  }
  SUBCASE("as-of and minimum confidence come from the view") {
    view_options vo;
    vo.as_of = date::parse("2019-01-31");
    // i1, i2 and i4 (begun by then: 2019 starts on 2019-01-01).
    CHECK(run(g, {stats_dimension::month}, {}, vo).total.incidents == 3);
    view_options sure;
    sure.min_confidence = 0.6;  // i1 has confidence 0.5
    const auto r = run(g, {stats_dimension::month}, {}, sure);
    CHECK(r.total.incidents == 5);
    CHECK(r.total.fatalities == 7);
  }
  SUBCASE("most fatalities first, the first two") {
    stats_options o;
    o.order = stats_order::fatalities;
    o.top = 2;
    const auto r = run(g, {stats_dimension::actor}, o);
    // b 15, a 14 (then c 5, none 2, p 0).
    CHECK(rows_of(r) == std::vector<std::pair<std::string, figures>>{{"b", {4, 15, 1}}, {"a", {2, 14, 0}}});
    CHECK(r.rows_before_top == 5);
    CHECK(r.total.incidents == 6);
    o.order = stats_order::incidents;
    o.top = 0;
    // b 4, c 4 (tie: by id), then a 2, p 1, none 1 (tie: none last).
    const auto by_count = rows_of(run(g, {stats_dimension::actor}, o));
    REQUIRE(by_count.size() == 5);
    CHECK(by_count[0].first == "b");
    CHECK(by_count[1].first == "c");
    CHECK(by_count[2].first == "a");
    CHECK(by_count[3].first == "p");
    CHECK(by_count[4].first == "-");
  }
}

TEST_CASE("stats sum low and high estimates where given and count those missing") {
  graph_data d;
  actor x;
  x.id = "x";
  x.kind = node_kind::state;
  x.name = "X";
  d.actors.push_back(x);
  auto add = [&](std::string id, std::optional<std::int64_t> best, std::optional<std::int64_t> low,
                 std::optional<std::int64_t> high) {
    incident inc;
    inc.id = std::move(id);
    inc.name = inc.id;
    inc.when = *date::parse("2020-05-01");
    inc.type = "battle";
    inc.fatalities = best;
    inc.coding.dataset = "ucdp-ged";
    inc.coding.deaths_low = low;
    inc.coding.deaths_high = high;
    d.incidents.push_back(std::move(inc));
  };
  add("x1", 5, 3, 8);
  add("x2", 2, std::nullopt, 4);
  add("x3", std::nullopt, std::nullopt, std::nullopt);
  const graph g(std::move(d));
  const auto r = run(g, {stats_dimension::month});
  REQUIRE(r.rows.size() == 1);
  const auto& c = r.rows[0].counts;
  CHECK(c.incidents == 3);
  CHECK(c.fatalities == 7);  // 5 + 2
  CHECK(c.fatalities_unknown == 1);
  CHECK(c.fatalities_low == 3);
  CHECK(c.low_unknown == 2);
  CHECK(c.fatalities_high == 12);  // 8 + 4
  CHECK(c.high_unknown == 1);
  CHECK(r.has_low_high);
}

TEST_CASE("stats by event type: the dataset's own label, else the CAMEO code, else the incident type") {
  graph_data d;
  auto add = [&](std::string id, std::string type, std::string label, std::string cameo) {
    incident inc;
    inc.id = std::move(id);
    inc.name = inc.id;
    inc.when = *date::parse("2020-05-01");
    inc.type = std::move(type);
    inc.coding.event_type = std::move(label);
    inc.cameo = std::move(cameo);
    d.incidents.push_back(std::move(inc));
  };
  add("riot", "attack", "Riots / Mob violence", "");
  add("civilians", "attack", "Violence against civilians / Attack", "");
  add("gdelt", "armed-clash", "", "190");
  add("own", "attack", "", "");
  const graph g(std::move(d));
  // By type the riot and the attack on civilians are one "attack" row; by event type, two.
  const auto by_type = run(g, {stats_dimension::type});
  CHECK(rows_of(by_type) ==
        std::vector<std::pair<std::string, figures>>{{"armed-clash", {1, 0, 1}}, {"attack", {3, 0, 3}}});
  const auto r = run(g, {stats_dimension::event_type});
  const std::vector<std::pair<std::string, figures>> expected{
      {"190 Use conventional military force, not specified below", {1, 0, 1}},
      {"Riots / Mob violence", {1, 0, 1}},
      {"Violence against civilians / Attack", {1, 0, 1}},
      {"attack", {1, 0, 1}}};
  CHECK(rows_of(r) == expected);
  CHECK(parse_stats_dimension("event-type") == stats_dimension::event_type);
}

TEST_CASE("stats edge cases: empty graph, nothing selected, invalid options") {
  const graph empty;
  const auto r = incident_stats(graph_view(empty));
  CHECK(r.rows.empty());
  CHECK(r.total.incidents == 0);
  const auto g = small();
  stats_options o;
  o.from = date::parse("2030");
  CHECK(run(g, {stats_dimension::actor}, o).rows.empty());

  stats_options none;
  none.by.clear();
  CHECK_THROWS_WITH_AS(
      incident_stats(graph_view(g), none),
      "Nothing to group by: expected one or more of actor, dyad, month, year, type, event-type, country", usage_error);
  stats_options twice;
  twice.by = {stats_dimension::month, stats_dimension::type, stats_dimension::month};
  CHECK_THROWS_WITH_AS(incident_stats(graph_view(g), twice), "Grouping by month twice: name each dimension once",
                       usage_error);
  stats_options backwards;
  backwards.from = date::parse("2020");
  backwards.to = date::parse("2019");
  CHECK_THROWS_WITH_AS(incident_stats(graph_view(g), backwards), "The window starts (2020) after it ends (2019)",
                       usage_error);
  CHECK(parse_stats_dimension("dyad") == stats_dimension::dyad);
  CHECK_FALSE(parse_stats_dimension("months"));
}

TEST_CASE("stats on UCDP GED Syria 2019: events and deaths per month equal pandas' figures") {
  const fs::path file = fs::path(FAULTLINE_SHARED_DATA_DIR) / "ucdp" / "ucdp_ged_syria_2019.csv";
  if (!fs::exists(file)) {
    MESSAGE("skipped: " << file.string() << " is absent (../shared/data is not there)");
    return;
  }
  graph_data d;
  const auto report = import_events(d, event_format::ucdp_ged, std::vector<fs::path>{file});
  CHECK(report.imported == 2044);
  const graph g(std::move(d));
  const auto r = run(g, {stats_dimension::month});
  // pandas 1.5.3:
  //   df = pd.read_csv("ucdp_ged_syria_2019.csv")
  //   df.groupby(df.date_start.str[:7]).agg(events=("id", "size"), best=("best", "sum"),
  //                                          low=("low", "sum"), high=("high", "sum"))
  // (no best, low or high is missing: df[["best", "low", "high"]].isna().sum() is all 0;
  // an event is counted in the month of its date_start, as faultline dates it).
  struct month_figures {
    const char* month;
    std::uint64_t events;
    std::int64_t best, low, high;
  };
  const month_figures pandas[] = {
      {"2019-01", 170, 1035, 948, 1131},  {"2019-02", 132, 471, 466, 533},    {"2019-03", 162, 885, 871, 1207},
      {"2019-04", 146, 464, 440, 521},    {"2019-05", 254, 1135, 1121, 1184}, {"2019-06", 208, 1296, 1288, 1370},
      {"2019-07", 225, 963, 932, 1085},   {"2019-08", 200, 1441, 1429, 1490}, {"2019-09", 96, 197, 193, 218},
      {"2019-10", 259, 1334, 1134, 1411}, {"2019-11", 192, 839, 806, 891},
  };
  REQUIRE(r.rows.size() == std::size(pandas));
  for (std::size_t k = 0; k < r.rows.size(); ++k) {
    const auto& row = r.rows[k];
    CAPTURE(row.key[0].text);
    CHECK(row.key[0].text == pandas[k].month);
    CHECK(row.counts.incidents == pandas[k].events);
    CHECK(row.counts.fatalities == pandas[k].best);
    CHECK(row.counts.fatalities_low == pandas[k].low);
    CHECK(row.counts.fatalities_high == pandas[k].high);
    CHECK(row.counts.fatalities_unknown == 0);
    CHECK(row.counts.low_unknown == 0);
    CHECK(row.counts.high_unknown == 0);
  }
  // The year: df[["best", "low", "high"]].sum() is 10060, 9628, 11041 over 2044 events.
  CHECK(r.total.incidents == 2044);
  CHECK(r.total.fatalities == 10060);
  CHECK(r.total.fatalities_low == 9628);
  CHECK(r.total.fatalities_high == 11041);
  // By type of violence: df.groupby("type_of_violence").agg(events=("id", "size"), best=("best", "sum"))
  // gives 1 (state-based, "battle"): 1353, 6567; 2 (non-state, "armed-clash"): 621, 3340;
  // 3 (one-sided, "attack"): 70, 153.
  const auto t = run(g, {stats_dimension::type});
  const std::vector<std::pair<std::string, figures>> by_type{
      {"armed-clash", {621, 3340, 0}}, {"attack", {70, 153, 0}}, {"battle", {1353, 6567, 0}}};
  CHECK(rows_of(t) == by_type);
  // The same by the dataset's own labels (UCDP's type of violence).
  const std::vector<std::pair<std::string, figures>> by_violence{{"Non-state conflict", {621, 3340, 0}},
                                                                 {"One-sided violence", {70, 153, 0}},
                                                                 {"State-based conflict", {1353, 6567, 0}}};
  CHECK(rows_of(run(g, {stats_dimension::event_type})) == by_violence);
}

TEST_CASE("stats: of a columnar snapshot in place, the graph's, row for row") {
  for (const bool spans : {false, true}) {
    CAPTURE(spans);
    auto d = testing::random_events(900, 10, spans);
    // Fatalities and death estimates, sometimes unknown; places; types.
    const char* types[] = {"raid", "airstrike", "protest"};
    for (std::size_t i = 0; i < d.incidents.size(); ++i) {
      auto& inc = d.incidents[i];
      if (i % 3 != 0) inc.fatalities = static_cast<std::int64_t>(i % 7);
      if (i % 5 == 0) inc.coding.deaths_low = 1, inc.coding.deaths_high = static_cast<std::int64_t>(i % 11);
      inc.type = types[i % 3];
      inc.where.country = i % 4 == 0 ? "" : "C" + std::to_string(i % 4);
    }
    const graph g(std::move(d));
    const testing::as_columns columns(g);
    const auto& store = columns.store;
    const auto& rest = columns.rest;
    for (int variant = 0; variant < 6; ++variant) {
      CAPTURE(variant);
      view_options vo;
      stats_options so;
      so.by = {stats_dimension::month};
      if (variant == 1) so.by = {stats_dimension::actor, stats_dimension::type}, so.order = stats_order::fatalities;
      if (variant == 2) so.by = {stats_dimension::dyad}, so.from = date::parse("2021-03"), so.to = date::parse("2021");
      if (variant == 3) so.by = {stats_dimension::country, stats_dimension::year}, vo.min_confidence = 0.5;
      if (variant == 4) so.by = {stats_dimension::event_type}, vo.as_of = date::parse("2021-08"), so.top = 3;
      if (variant == 5) so.by = {stats_dimension::actor}, so.actor = 3, vo.min_mentions = 2;
      const auto whole = incident_stats(graph_view(g, vo), so);
      const auto in_place = incident_stats(store, rest, vo, so);
      CHECK(whole.total.incidents > 20);
      CHECK(in_place.total.incidents == whole.total.incidents);
      CHECK(in_place.total.fatalities == whole.total.fatalities);
      CHECK(in_place.total.fatalities_unknown == whole.total.fatalities_unknown);
      CHECK(in_place.total.fatalities_high == whole.total.fatalities_high);
      CHECK(in_place.has_low_high == whole.has_low_high);
      CHECK(in_place.rows_before_top == whole.rows_before_top);
      REQUIRE(in_place.rows.size() == whole.rows.size());
      for (std::size_t k = 0; k < whole.rows.size(); ++k) {
        CHECK(in_place.rows[k].key == whole.rows[k].key);
        CHECK(in_place.rows[k].counts.incidents == whole.rows[k].counts.incidents);
        CHECK(in_place.rows[k].counts.fatalities == whole.rows[k].counts.fatalities);
        CHECK(in_place.rows[k].counts.fatalities_low == whole.rows[k].counts.fatalities_low);
      }
    }
  }
}
