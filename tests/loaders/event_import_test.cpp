// SPDX-License-Identifier: Apache-2.0
// ACLED, UCDP and GDELT importers on the fixtures in samples/fixtures/events/
// (rows invented in the real layouts; ACLED's terms forbid redistributing its
// data). Every expected count was worked out by hand from the fixture rows,
// listed beside each check. The real-data cases import the UCDP and GDELT
// files of ../shared/data when they are there; their expected counts were
// computed independently with Python and awk (see the comments there).
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <faultline/algorithms/backers.hpp>
#include <faultline/algorithms/signed_graph.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/loaders/event_data.hpp>
#include <faultline/loaders/scenario.hpp>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v)
      out += (out.size() > 1 ? ", \"" : "\"") + s + "\"";
    return (out + "}").c_str();
  }
};
}  // namespace doctest

using namespace faultline;
namespace fs = std::filesystem;

namespace {

const fs::path events_dir = fs::path(FAULTLINE_SAMPLES_DIR) / "fixtures" / "events";
const fs::path shared_ucdp = fs::path(FAULTLINE_SHARED_DATA_DIR) / "ucdp";

import_report import_fixture(graph_data& data, event_format format, const char* file,
                             const import_options& options = {}) {
  return import_events(data, format, std::vector<fs::path>{events_dir / file}, options);
}

const actor* find_actor(const graph_data& data, std::string_view name) {
  for (const auto& a : data.actors)
    if (a.name == name) return &a;
  return nullptr;
}

const incident* find_incident(const graph_data& data, std::string_view id) {
  for (const auto& i : data.incidents)
    if (i.id == id) return &i;
  return nullptr;
}

// "perpetrator Harakat al-Nujaba" for each role of an incident, sorted.
std::vector<std::string> roles_of(const graph_data& data, std::string_view incident_id) {
  std::vector<std::string> out;
  for (const auto& r : data.roles)
    if (data.incidents[r.incident].id == incident_id)
      out.push_back(std::string(to_string(r.kind)) + " " + data.actors[r.actor].name);
  std::sort(out.begin(), out.end());
  return out;
}

// "from -> to since..until [qualifier]" for each relation of a type, sorted.
std::vector<std::string> relations_of(const graph_data& data, std::string_view type) {
  const auto t = data.relation_types.find(type);
  std::vector<std::string> out;
  for (const auto& r : data.relations) {
    if (!t || r.type != *t) continue;
    out.push_back(data.actors[r.from].name + " -> " + data.actors[r.to].name + " " + r.since->to_string() + ".." +
                  r.until->to_string() + " [" + r.qualifier + "]");
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> merged_names(const actor& a) {
  std::vector<std::string> out;
  for (const auto& m : a.merged)
    out.push_back(m.name + " <- " + m.rule);
  std::sort(out.begin(), out.end());
  return out;
}

// The names of the backers of `subject` as of `year` (only the direct ones
// when `direct`), sorted.
std::vector<std::string> backer_names(const graph_data& data, std::string_view subject, const char* year,
                                      bool direct = false) {
  const graph g(data);
  view_options options;
  options.as_of = date::parse(year);
  const graph_view view(g, options);
  std::vector<std::string> out;
  for (const auto& answer : backers(view, g.resolve_actor(subject)).answers)
    if (!direct || answer.direct()) out.push_back(g.actors()[answer.actor].name);
  std::sort(out.begin(), out.end());
  return out;
}

graph_data with_iraq() {
  graph_data data;
  actor iraq;
  iraq.id = "iraq";
  iraq.kind = node_kind::state;
  iraq.name = "Iraq";
  iraq.country = "IQ";
  iraq.category = "state";
  data.actors.push_back(iraq);
  return data;
}

}  // namespace

TEST_CASE("acled: current 31-column layout, quoted newlines, malformed rows") {
  graph_data data;
  const auto report = import_fixture(data, event_format::acled, "acled-current.csv");
  CHECK(report.layout == "ACLED (31 columns)");
  CHECK(report.rows == 9);
  CHECK(report.malformed == 2);  // IRQ90005 (date 2024-13-45), IRQ90006 (fatalities "several")
  CHECK(report.imported == 7);
  CHECK(report.filtered == 0);
  CHECK(report.duplicates == 0);
  // United States, Harakat al-Nujaba, Popular Mobilization Forces; Iraq, Islamic State (Iraq);
  // Unidentified Armed Group (Iraq), Civilians (Iraq), Farmers (Iraq); Protesters, Students,
  // Teachers (Iraq); Rioters (Iraq); Islamic Resistance in Iraq, Kataib Hezbollah.
  CHECK(report.actors_added == 14);
  CHECK(report.incidents_added == 7);
  CHECK(report.roles_added == 18);  // 3 + 2 + 3 + 3 + 2 + 4 + 1
  CHECK(report.relations_added == 0);
  CHECK(report.sources_added == 1);
  REQUIRE(report.problems.size() == 2);
  // Row IRQ90001 spans lines 2-3 (a newline inside its notes), so the bad rows are on lines 7 and 8.
  CHECK(report.problems[0].where.line == 7);
  CHECK(report.problems[0].where.column == 2);
  CHECK(report.problems[0].field == "event_date");
  CHECK(report.problems[0].message == "expected a date YYYY-MM-DD or DD Month YYYY, found \"2024-13-45\"");
  CHECK(report.problems[1].where.line == 8);
  CHECK(report.problems[1].where.column == 29);
  CHECK(report.problems[1].field == "fatalities");
  CHECK(report.problems[1].text() == (events_dir / "acled-current.csv").string() +
                                         ":8:29: fatalities: expected a count (a whole number, not negative), found "
                                         "\"several\"");

  const auto* strike = find_incident(data, "acled-irq90001");
  REQUIRE(strike != nullptr);
  CHECK(strike->description ==
        "On 4 January 2024, a drone of the US forces struck a vehicle of Harakat al-Nujaba near its headquarters on "
        "Palestine Street, Baghdad.\n2 militants were killed, including a senior commander; the group vowed "
        "\"revenge\".");
  CHECK(strike->when == *date::parse("2024-01-04"));
  CHECK(strike->type == "airstrike");
  CHECK(strike->rung == 5);
  CHECK(strike->fatalities == 2);
  CHECK(strike->name == "Air/drone strike in Baghdad - Palestine Street");
  CHECK(strike->where.name == "Baghdad - Palestine Street, Baghdad");
  CHECK(strike->where.country == "IQ");
  CHECK(strike->where.lat == doctest::Approx(33.3406));
  CHECK(strike->coding.dataset == "acled");
  CHECK(strike->coding.event_type == "Explosions/Remote violence / Air/drone strike");
  CHECK(strike->coding.stance == polarity::hostile);
  CHECK(strike->coding.interaction == "38");
  CHECK(strike->coding.precision == "day, place: town");
  CHECK(strike->coding.source_text == "Reuters; Shafaq News");
  CHECK(strike->coding.row == 2);
  CHECK(strike->prov.note == "disorder: Political violence; source scale: International-National");
  CHECK(roles_of(data, "acled-irq90001") == std::vector<std::string>{"perpetrator United States",
                                                                     "target Harakat al-Nujaba",
                                                                     "target Popular Mobilization Forces"});
  // Associated actors play their main actor's role; a month-precise date stands for its month.
  const auto* rockets = find_incident(data, "acled-irq90008");
  REQUIRE(rockets != nullptr);
  CHECK(rockets->when == *date::parse("2024-01"));
  CHECK(rockets->coding.precision == "month, place: near town");
  CHECK(rockets->coding.row == 10);
  CHECK(rockets->description.find("the \"Islamic Resistance in Iraq\", which") != std::string::npos);
  CHECK(roles_of(data, "acled-irq90008") ==
        std::vector<std::string>{"perpetrator Harakat al-Nujaba", "perpetrator Islamic Resistance in Iraq",
                                 "perpetrator Kataib Hezbollah", "target United States"});
  // "08 January 2024" is read as well as "2024-01-08"; Police Forces of Iraq is the state.
  const auto* riot = find_incident(data, "acled-irq90007");
  REQUIRE(riot != nullptr);
  CHECK(riot->when == *date::parse("2024-01-08"));
  CHECK(roles_of(data, "acled-irq90007") == std::vector<std::string>{"perpetrator Rioters (Iraq)", "target Iraq"});
  // A protest with one actor and its associates: all perpetrators, no target.
  CHECK(roles_of(data, "acled-irq90004") == std::vector<std::string>{"perpetrator Protesters (Iraq)",
                                                                     "perpetrator Students (Iraq)",
                                                                     "perpetrator Teachers (Iraq)"});
  CHECK(find_incident(data, "acled-irq90004")->prov.note ==
        "disorder: Demonstrations; source scale: National; "
        "tags: crowd size=around 200");
  // Civilians are a group of their country.
  const auto* civilians = find_actor(data, "Civilians (Iraq)");
  REQUIRE(civilians != nullptr);
  CHECK(civilians->kind == node_kind::group);
  CHECK(civilians->category == "civilians");
  CHECK(civilians->country == "IQ");
  CHECK(roles_of(data, "acled-irq90003") == std::vector<std::string>{"perpetrator Unidentified Armed Group (Iraq)",
                                                                     "target Civilians (Iraq)",
                                                                     "target Farmers (Iraq)"});
  // State forces resolve to one state actor per country, with the names merged.
  const auto* usa = find_actor(data, "United States");
  REQUIRE(usa != nullptr);
  CHECK(usa->kind == node_kind::state);
  CHECK(usa->country == "US");
  CHECK(merged_names(*usa) == std::vector<std::string>{"Military Forces of the United States (2021-) <- acled state "
                                                       "forces (inter 8): stands for the state (US)"});
  CHECK(find_actor(data, "Harakat al-Nujaba")->category == "militia");
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("acled: older 27-column layout with another column order") {
  graph_data data;
  const auto report = import_fixture(data, event_format::acled, "acled-old.csv");
  CHECK(report.layout == "ACLED (27 columns)");
  CHECK(report.rows == 4);
  CHECK(report.imported == 4);
  CHECK(report.malformed == 0);
  // Syria, Islamic State (Syria), Russia, Hezbollah, Jabhat al-Nusra, Protesters (Syria).
  CHECK(report.actors_added == 6);
  CHECK(report.incidents_added == 4);
  CHECK(report.roles_added == 7);
  const auto* battle = find_incident(data, "acled-syr80001");
  REQUIRE(battle != nullptr);
  CHECK(battle->when == *date::parse("2016-03-15"));
  CHECK(battle->fatalities == 12);
  CHECK(battle->where.country == "SY");
  CHECK(battle->description == "Regime forces, backed by allied militias, clashed with IS near Palmyra.");
  CHECK(roles_of(data, "acled-syr80002") ==
        std::vector<std::string>{"perpetrator Russia", "target Islamic State (Syria)"});
  // A pre-2019 event type without sub-event type.
  const auto* shelling = find_incident(data, "acled-syr80003");
  REQUIRE(shelling != nullptr);
  CHECK(shelling->coding.event_type == "Remote violence");
  CHECK(shelling->type == "explosion");
  CHECK(shelling->coding.precision == "week, place: region");
  CHECK(shelling->coding.row == 4);
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("acled: strict mode stops at the first malformed row and leaves the graph as it was") {
  auto data = with_iraq();
  import_fixture(data, event_format::acled, "acled-old.csv");
  const auto before = data;
  import_options options;
  options.strict = true;
  try {
    import_fixture(data, event_format::acled, "acled-current.csv", options);
    FAIL("no parse_error");
  } catch (const parse_error& e) {
    CHECK(std::string(e.what()) == (events_dir / "acled-current.csv").string() +
                                       ":7:2: event_date: expected a date YYYY-MM-DD or DD Month YYYY, found "
                                       "\"2024-13-45\"");
    CHECK(e.where().line == 7);
    CHECK(e.where().column == 2);
  }
  CHECK(data == before);
}

TEST_CASE("acled and ucdp: state names resolve to an existing scenario state, and the merges are recorded") {
  auto data = with_iraq();
  const auto acled = import_fixture(data, event_format::acled, "acled-current.csv");
  CHECK(acled.actors_added == 13);  // as without the scenario, less Iraq
  CHECK(acled.actors_matched == 1);
  // United States (a new actor under another name) and the three names of Iraq.
  CHECK(acled.names_merged == 4);
  const auto ged = import_fixture(data, event_format::ucdp_ged, "ucdp-ged.csv");
  CHECK(ged.actors_matched == 1);
  REQUIRE(data.actors[0].id == "iraq");
  CHECK(
      merged_names(data.actors[0]) ==
      std::vector<std::string>{"Government of Iraq (2022-) <- acled state forces (inter 1): stands for the state (IQ)",
                               "Government of Iraq <- ucdp government: stands for the state (IQ)",
                               "Military Forces of Iraq (2022-) <- acled state forces (inter 1): stands for the "
                               "state (IQ)",
                               "Police Forces of Iraq (2022-) <- acled state forces (inter 1): stands for the state "
                               "(IQ)"});
  std::size_t states_named_iraq = 0;
  for (const auto& a : data.actors)
    states_named_iraq += a.country == "IQ" && a.kind == node_kind::state ? 1 : 0;
  CHECK(states_named_iraq == 1);
  CHECK(roles_of(data, "acled-irq90009") == std::vector<std::string>{"perpetrator Iraq"});
  CHECK(roles_of(data, "ucdp-ged-900002") == std::vector<std::string>{"perpetrator Iraq", "target IS"});
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("acled: filters on date, country and actor") {
  SUBCASE("since") {
    graph_data data;
    import_options options;
    options.filter.since = date::parse("2024-01-06");
    const auto r = import_fixture(data, event_format::acled, "acled-current.csv", options);
    CHECK(r.filtered == 2);  // IRQ90001 (4 January), IRQ90002 (5 January)
    CHECK(r.imported == 5);  // IRQ90008 is "January 2024", which reaches the 6th
    CHECK(r.malformed == 2);
  }
  SUBCASE("until") {
    graph_data data;
    import_options options;
    options.filter.until = date::parse("2024-01-05");
    const auto r = import_fixture(data, event_format::acled, "acled-current.csv", options);
    CHECK(r.imported == 3);  // IRQ90001, IRQ90002, IRQ90008 (January 2024 starts by the 5th)
    CHECK(r.filtered == 4);
  }
  SUBCASE("country of the event or of a state side") {
    graph_data data;
    import_options options;
    options.filter.countries = {"USA"};
    auto r = import_fixture(data, event_format::acled, "acled-current.csv", options);
    CHECK(r.imported == 2);  // IRQ90001, IRQ90008: US forces on one side
    CHECK(r.filtered == 5);
    options.filter.countries = {"Syria"};
    r = import_fixture(data, event_format::acled, "acled-old.csv", options);
    CHECK(r.imported == 4);
  }
  SUBCASE("actor, also as an associated actor") {
    graph_data data;
    import_options options;
    options.filter.actors = {"harakat al-nujaba"};
    const auto r = import_fixture(data, event_format::acled, "acled-current.csv", options);
    CHECK(r.imported == 2);  // IRQ90001 (actor2), IRQ90008 (assoc_actor_1)
    CHECK(r.filtered == 5);
  }
  SUBCASE("a state by name, with or without a scenario actor for it") {
    for (bool scenario : {false, true}) {
      auto data = scenario ? with_iraq() : graph_data{};
      import_options options;
      options.filter.actors = {"Iraq"};
      const auto r = import_fixture(data, event_format::acled, "acled-current.csv", options);
      CHECK(r.imported == 3);  // IRQ90002, IRQ90007, IRQ90009
    }
  }
}

TEST_CASE("acled and ucdp: importing the same file twice adds nothing the second time") {
  graph_data data;
  struct fixture {
    event_format format;
    const char* file;
    std::uint64_t rows_adding;  // rows that add something the first time
  };
  for (auto f : {fixture{event_format::acled, "acled-current.csv", 7}, fixture{event_format::acled, "acled-old.csv", 4},
                 fixture{event_format::ucdp_ged, "ucdp-ged.csv", 4}, fixture{event_format::ucdp_esd, "ucdp-esd.csv", 6},
                 fixture{event_format::ucdp_acd, "ucdp-acd.csv", 7}}) {
    CAPTURE(f.file);
    const auto first = import_fixture(data, f.format, f.file);
    CHECK(first.imported == f.rows_adding);
    const auto size = data.actors.size() + data.incidents.size() + data.relations.size() + data.roles.size();
    const auto again = import_fixture(data, f.format, f.file);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == f.rows_adding);
    CHECK(again.actors_added == 0);
    CHECK(again.incidents_added == 0);
    CHECK(again.roles_added == 0);
    CHECK(again.relations_added == 0);
    CHECK(again.sources_added == 0);
    CHECK(data.actors.size() + data.incidents.size() + data.relations.size() + data.roles.size() == size);
  }
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("ucdp ged: events with best/low/high deaths and date ranges") {
  graph_data data;
  const auto report = import_fixture(data, event_format::ucdp_ged, "ucdp-ged.csv");
  CHECK(report.layout == "UCDP GED (41 columns)");
  CHECK(report.rows == 4);
  CHECK(report.imported == 4);
  CHECK(report.actors_added == 6);  // Syria, Syrian insurgents, Iraq, IS, SDF, Civilians (Syria)
  CHECK(report.incidents_added == 4);
  CHECK(report.roles_added == 8);
  const auto* mosul = find_incident(data, "ucdp-ged-900002");
  REQUIRE(mosul != nullptr);
  CHECK(mosul->when == *date::parse("2017-06-10"));
  CHECK(mosul->until == date::parse("2017-06-12"));
  CHECK(mosul->fatalities == 12);
  CHECK(mosul->coding.deaths_low == 10);
  CHECK(mosul->coding.deaths_high == 15);
  CHECK(mosul->coding.dataset == "ucdp-ged");
  CHECK(mosul->coding.event_type == "State-based conflict");
  CHECK(mosul->coding.precision == "2-6 days, place: exact");
  CHECK(mosul->coding.source_text ==
        "\"Reuters,2017-06-10,Iraqi forces push into Mosul old city\";\"AFP,2017-06-12,Fighting rages in west Mosul\"");
  CHECK(mosul->coding.row == 3);
  CHECK(mosul->type == "battle");
  CHECK(mosul->name == "Government of Iraq - IS");
  CHECK(mosul->where.name == "Mosul town, Ninawa province");
  CHECK(mosul->where.country == "IQ");
  CHECK(roles_of(data, "ucdp-ged-900004") == std::vector<std::string>{"perpetrator IS", "target Civilians (Syria)"});
  CHECK(find_incident(data, "ucdp-ged-900004")->coding.precision == "month, place: province");
  CHECK(find_actor(data, "Civilians (Syria)")->category == "civilians");
  CHECK(find_actor(data, "Syria")->kind == node_kind::state);
  CHECK(merged_names(*find_actor(data, "Syria")) ==
        std::vector<std::string>{"Government of Syria <- ucdp government: stands for the state (SY)"});
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("ucdp esd: supporters become backs relations, consecutive years merged") {
  graph_data data;
  const auto report = import_fixture(data, event_format::ucdp_esd, "ucdp-esd.csv");
  CHECK(report.layout == "UCDP ESD actor-year (97 columns)");
  CHECK(report.rows == 7);
  CHECK(report.imported == 6);  // the 1979 Iran row has no supporter
  CHECK(report.relations_added == 7);
  CHECK(report.actors_added == 7);  // Iran, Syria, Hezbollah, Venezuela, United States, Israel, PFLP
  CHECK(report.incidents_added == 0);
  CHECK(relations_of(data, "backs") ==
        std::vector<std::string>{
            "Hezbollah -> PFLP 2013..2013 [training and expertise]",
            "Iran -> Hezbollah 2009..2011 [weapons, training and expertise, funding / economic support; possibly "
            "materiel and logistics]",
            "Iran -> Hezbollah 2013..2013 [funding / economic support; possibly weapons, training and expertise]",
            "Syria -> Hezbollah 2009..2010 [weapons, training and expertise, funding / economic support; possibly "
            "materiel and logistics]",
            "Syria -> PFLP 2013..2013 [access to territory]",
            "United States -> Israel 2006..2006 [weapons, intelligence material]",
            "Venezuela -> Hezbollah 2013..2013 [funding / economic support; possibly weapons, training and "
            "expertise]"});
  CHECK(backer_names(data, "Hezbollah", "2010") == std::vector<std::string>{"Iran", "Syria"});
  CHECK(backer_names(data, "Hezbollah", "2012").empty());
  CHECK(backer_names(data, "Hezbollah", "2013") == std::vector<std::string>{"Iran", "Venezuela"});
  // Indirect: Iran backs Hezbollah, which backs the PFLP in 2013.
  CHECK(backer_names(data, "PFLP", "2013") == std::vector<std::string>{"Hezbollah", "Iran", "Syria", "Venezuela"});

  SUBCASE("a year filter keeps the years it reaches") {
    graph_data filtered;
    import_options options;
    options.filter.since = date::parse("2010");
    options.filter.until = date::parse("2010");
    const auto r = import_fixture(filtered, event_format::ucdp_esd, "ucdp-esd.csv", options);
    CHECK(r.imported == 1);
    CHECK(r.filtered == 5);
    CHECK(relations_of(filtered, "backs") ==
          std::vector<std::string>{"Iran -> Hezbollah 2010..2010 [weapons, training and expertise; possibly funding / "
                                   "economic support]",
                                   "Syria -> Hezbollah 2010..2010 [weapons, training and expertise; possibly funding / "
                                   "economic support]"});
  }
}

TEST_CASE("ucdp acd: primary parties at war, secondary warring parties back their side") {
  graph_data data;
  const auto report = import_fixture(data, event_format::ucdp_acd, "ucdp-acd.csv");
  CHECK(report.layout == "UCDP/PRIO ACD (29 columns)");
  CHECK(report.rows == 7);
  CHECK(report.imported == 7);
  // Syria, Syrian insurgents, Iran, Russia, Turkey, IS, Israel, Hamas, PIJ, India, Pakistan.
  CHECK(report.actors_added == 11);
  CHECK(report.relations_added == 12);
  CHECK(relations_of(data, "at_war_with") ==
        std::vector<std::string>{
            "India -> Pakistan 2019..2019 [territory: Kashmir]",
            "Israel -> Hamas 2014..2014 [territory: Palestine; war (1,000+ battle deaths in a year)]",
            "Israel -> PIJ 2014..2014 [territory: Palestine; war (1,000+ battle deaths in a year)]",
            "Syria -> IS 2015..2015 [territory: Islamic State; war (1,000+ battle deaths in a "
            "year)]",
            "Syria -> Syrian insurgents 2015..2017 [government; war (1,000+ battle deaths in a "
            "year)]",
            "Syria -> Syrian insurgents 2019..2019 [government]"});
  CHECK(relations_of(data, "backs") ==
        std::vector<std::string>{"Iran -> Syria 2015..2017 [troops as secondary warring party]",
                                 "Iran -> Syria 2019..2019 [troops as secondary warring party]",
                                 "Russia -> Syria 2015..2017 [troops as secondary warring party]",
                                 "Russia -> Syria 2019..2019 [troops as secondary warring party]",
                                 "Turkey -> Syrian insurgents 2016..2017 [troops as secondary warring party]",
                                 "Turkey -> Syrian insurgents 2019..2019 [troops as secondary warring party]"});
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("ucdp: a file that is not the format is refused with the missing column") {
  graph_data data;
  try {
    import_fixture(data, event_format::ucdp_esd, "ucdp-ged.csv");
    FAIL("no parse_error");
  } catch (const parse_error& e) {
    CHECK(e.where().line == 1);
    CHECK(e.detail() == "not a UCDP External Support Dataset file: the header has no column \"actor_name\"");
  }
  CHECK(data == graph_data{});
}

// The real UCDP files, when ../shared/data is there. Expected counts computed
// independently with Python's csv module, applying the mapping rules of
// docs/event-data.md to the raw rows:
// - GED: 2,044 rows, one incident each; distinct side_a/side_b names (with
//   "Civilians" as "Civilians (Syria)") = 28 actors; 2 roles per row = 4,088;
//   sum of `best` = 10,060 (as SOURCE.md says).
// - ESD: 4,781 rows, 3,006 with supporters (ext_name split at commas not
//   followed by a space); (supporter, actor) pairs with runs of consecutive
//   years = 1,998 backs relations among 484 actors.
// - ACD: 2,568 rows; side lists split at ", " outside parentheses; at_war_with
//   per (a, b, conflict_id) run of years = 956, backs per (secondary, primary)
//   run = 668; 710 actors.
TEST_CASE("ucdp: the real files of ../shared/data") {
  if (!fs::exists(shared_ucdp / "ucdp-esd-ay-181.csv")) {
    MESSAGE("shared data absent: " << shared_ucdp.string() << " not found, real UCDP files skipped");
    return;
  }
  SUBCASE("GED Syria 2019") {
    graph_data data;
    const auto r =
        import_events(data, event_format::ucdp_ged, std::vector<fs::path>{shared_ucdp / "ucdp_ged_syria_2019.csv"});
    CHECK(r.rows == 2044);
    CHECK(r.malformed == 0);
    CHECK(r.imported == 2044);
    CHECK(r.incidents_added == 2044);
    CHECK(r.actors_added == 28);
    CHECK(r.roles_added == 4088);
    std::int64_t deaths = 0;
    for (const auto& i : data.incidents)
      deaths += i.fatalities.value_or(0);
    CHECK(deaths == 10060);
    CHECK_NOTHROW(graph{data});
  }
  SUBCASE("ESD 18.1: Hezbollah's backers in 2010 are the Governments of Iran and Syria") {
    graph_data data;
    const auto r =
        import_events(data, event_format::ucdp_esd, std::vector<fs::path>{shared_ucdp / "ucdp-esd-ay-181.csv"});
    CHECK(r.rows == 4781);
    CHECK(r.malformed == 0);
    CHECK(r.imported == 3006);
    CHECK(r.relations_added == 1998);
    CHECK(r.actors_added == 484);
    CHECK(backer_names(data, "Hezbollah", "2010", true) == std::vector<std::string>{"Iran", "Syria"});
    const auto all = backer_names(data, "Hezbollah", "2010");
    CHECK(std::count(all.begin(), all.end(), "Iran") == 1);
    CHECK(std::count(all.begin(), all.end(), "Syria") == 1);
    const graph g(data);
    CHECK(g.resolve_actor("Government of Iran") == g.resolve_actor("Iran"));
  }
  SUBCASE("ACD 22.1") {
    graph_data data;
    const auto r =
        import_events(data, event_format::ucdp_acd, std::vector<fs::path>{shared_ucdp / "ucdp-prio-acd-221.csv"});
    CHECK(r.rows == 2568);
    CHECK(r.malformed == 0);
    CHECK(r.imported == 2568);
    CHECK(r.relations_added == 956 + 668);
    CHECK(r.actors_added == 710);
    CHECK_NOTHROW(graph{data});
  }
}

// ---------------------------------------------------------------- GDELT
//
// samples/fixtures/events/gdelt-v2.tsv (GDELT 2.0, 61 columns, no header;
// invented events), line by line:
//   1  1100000001 2024-01-05 ISRMIL -> PSEREB/HMS "HAMAS"  195 airstrike  Gaza (FIPS GZ)
//   2  1100000002 2024-01-06 IRN -> USA                    138 threat     Tehran (IR)
//   3  1100000003 2024-01-07 IRQGOV "BAGHDAD" -> USA       057 agreement  Baghdad (IZ)
//   4  1100000004 2024-01-08 IRQMIL -> IRQREB              190 attack     Mosul (IZ)
//   5  1100000005 2024-01-09 IRQ -> IRQMIL                 010 statement  Baghdad (IZ)
//   6  1100000006 2024-01-10 ISR -> (no Actor2)            173 arrest     Jenin (WE)
//   7  1100000007 2024-01-11 (no Actor1) -> LBNGOV         112 accusation Beirut (LE)
//   8  1100000001 again: a duplicate
//   9  SQLDATE "20241345"            (column 2)
//  10  NumMentions "many"            (column 32)
//  11  GoldsteinScale "-12.5"        (column 31)
//  12  60 columns (no SOURCEURL)     (the whole row)
//  13  1100000013 2024-01-12 LBNREB/HEZ "HEZBOLLAH" -> ISR 194 shelling Metulla (IS)
// gdelt-v1.tsv (GDELT 1.0, 58 columns): 300000001 ISR -> PSEREB/HMS 195 Gaza,
// 300000002 SYRGOV -> IRN 061 Damascus, 300000003 LBN -> (none) 020 Beirut.
// gdelt-v1-nourl.tsv (GDELT 1.0, 57 columns, no SOURCEURL): 200000001 USA ->
// IRN 130 Tehran, 200000002 IRN -> USA 111 Tehran.

namespace {

const fs::path shared_gdelt = fs::path(FAULTLINE_SHARED_DATA_DIR) / "gdelt_v2_events_sample";

// The roles of the rows of gdelt-v2.tsv that add an incident: 2 + 2 + 2 + 2 +
// 1 (IRQ and IRQMIL are both Iraq) + 1 + 1 + 2.
constexpr std::uint64_t gdelt_v2_roles = 13;

graph_data load_scenario(const std::string& yaml) {
  return load_inputs({named_input{"scenario.yaml", yaml}}).data();
}

// The signed tie between two actors (by id): +1, -1, 0 ambivalent; nullopt if none.
std::optional<int> tie_sign(const signed_graph& sg, std::string_view a, std::string_view b) {
  const auto u = sg.find_node(a), v = sg.find_node(b);
  if (!u || !v) return std::nullopt;
  const auto t = sg.find_tie(*u, *v);
  if (!t) return std::nullopt;
  return sg.ties[*t].sign;
}

}  // namespace

TEST_CASE("gdelt 2.0: counts, malformed rows with line, column and field, duplicates") {
  graph_data data;
  const auto report = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv");
  CHECK(report.format == event_format::gdelt);
  CHECK(report.layout == "GDELT 2.0 (61 columns)");
  CHECK(report.rows == 13);
  CHECK(report.imported == 8);  // lines 1-7 and 13
  CHECK(report.filtered == 0);
  CHECK(report.duplicates == 1);  // line 8
  CHECK(report.malformed == 4);   // lines 9-12
  // Israel, Hamas, Iran, United States, Iraq, Iraq: Rebels (IRQREB), Lebanon, Hezbollah.
  CHECK(report.actors_added == 8);
  CHECK(report.actors_matched == 0);
  // The codes ISRMIL, HMS, IRN, USA, IRQGOV, IRQMIL, IRQREB, IRQ, ISR, LBNGOV, HEZ (the
  // names "HAMAS" and "HEZBOLLAH" are the new actors' own names; the names of
  // state sides, "BAGHDAD", "IRAQ", are not kept).
  CHECK(report.names_merged == 11);
  CHECK(report.incidents_added == 8);
  CHECK(report.roles_added == gdelt_v2_roles);
  CHECK(report.relations_added == 0);
  CHECK(report.sources_added == 1);
  CHECK(data.incidents.size() == 8);
  CHECK(data.roles.size() == gdelt_v2_roles);

  const auto file = (events_dir / "gdelt-v2.tsv").string();
  REQUIRE(report.problems.size() == 4);
  CHECK(report.problems[0].where.line == 9);
  CHECK(report.problems[0].where.column == 2);
  CHECK(report.problems[0].field == "SQLDATE");
  CHECK(report.problems[0].text() == file + ":9:2: SQLDATE: expected a date YYYYMMDD, found \"20241345\"");
  CHECK(report.problems[1].where.line == 10);
  CHECK(report.problems[1].where.column == 32);
  CHECK(report.problems[1].field == "NumMentions");
  CHECK(report.problems[1].message == "expected a count (a whole number, not negative), found \"many\"");
  CHECK(report.problems[2].where.line == 11);
  CHECK(report.problems[2].where.column == 31);
  CHECK(report.problems[2].field == "GoldsteinScale");
  CHECK(report.problems[2].message == "expected a Goldstein value from -10 to 10, found \"-12.5\"");
  CHECK(report.problems[3].where.line == 12);
  CHECK(report.problems[3].where.column == 0);
  CHECK(report.problems[3].field.empty());
  CHECK(report.problems[3].text() ==
        file + ":12: expected 61 tab-separated columns, as on the first line (GDELT 2.0 (61 columns)), found 60");

  SUBCASE("keep_problems bounds the list, not the count") {
    graph_data other;
    import_options options;
    options.keep_problems = 1;
    const auto r = import_fixture(other, event_format::gdelt, "gdelt-v2.tsv", options);
    CHECK(r.malformed == 4);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where.line == 9);
  }
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("gdelt 2.0: incident fields, roles and actors") {
  graph_data data;
  import_fixture(data, event_format::gdelt, "gdelt-v2.tsv");

  const auto* strike = find_incident(data, "gdelt-1100000001");
  REQUIRE(strike != nullptr);
  CHECK(strike->when == *date::parse("2024-01-05"));
  CHECK(strike->type == "airstrike");
  CHECK(strike->cameo == "195");
  CHECK(strike->goldstein == doctest::Approx(-10.0));
  CHECK(strike->coding.dataset == "gdelt");
  CHECK(strike->coding.quad_class == 4);
  CHECK(strike->coding.stance == polarity::hostile);
  CHECK(strike->coding.mentions == 12);  // the first row of the id, not the duplicate's 14
  CHECK(strike->coding.reports == 3);
  CHECK(strike->coding.articles == 10);
  REQUIRE(strike->coding.tone.has_value());
  CHECK(*strike->coding.tone == doctest::Approx(-7.25));
  CHECK(strike->coding.source_text == "https://news.example.org/2024/01/05/israeli-airstrike-gaza");
  CHECK(strike->coding.row == 1);
  CHECK(strike->where.name == "Gaza, Gaza Strip (general), Gaza Strip");
  CHECK(strike->where.country == "PS");  // FIPS GZ (Gaza Strip) is part of Palestine
  REQUIRE(strike->where.lat.has_value());
  CHECK(*strike->where.lat == doctest::Approx(31.5));
  CHECK(*strike->where.lon == doctest::Approx(34.4667));
  REQUIRE(strike->prov.sources.size() == 1);
  const auto& src = data.sources[strike->prov.sources[0]];
  CHECK(src.title == "GDELT 2.0 event export gdelt-v2.tsv");
  CHECK(src.publisher == "The GDELT Project");
  // Actor1 is the perpetrator, Actor2 the target.
  CHECK(roles_of(data, "gdelt-1100000001") == std::vector<std::string>{"perpetrator Israel", "target Hamas"});

  const auto* threat = find_incident(data, "gdelt-1100000002");
  REQUIRE(threat != nullptr);
  CHECK(threat->type == "threat");
  CHECK(threat->cameo == "138");
  CHECK(threat->goldstein == doctest::Approx(-7.0));
  CHECK(threat->coding.quad_class == 3);
  CHECK(threat->where.country == "IR");
  CHECK(roles_of(data, "gdelt-1100000002") == std::vector<std::string>{"perpetrator Iran", "target United States"});

  const auto* agreement = find_incident(data, "gdelt-1100000003");
  REQUIRE(agreement != nullptr);
  CHECK(agreement->type == "agreement");
  CHECK(agreement->cameo == "057");  // the leading zero is kept
  CHECK(agreement->goldstein == doctest::Approx(8.0));
  CHECK(agreement->coding.quad_class == 1);
  CHECK(agreement->coding.stance == polarity::friendly);
  CHECK(agreement->coding.tone == doctest::Approx(3.125));
  CHECK(agreement->where.country == "IQ");  // FIPS IZ
  CHECK(roles_of(data, "gdelt-1100000003") == std::vector<std::string>{"perpetrator Iraq", "target United States"});

  // A side without a known group or state type is a group known by its code.
  CHECK(roles_of(data, "gdelt-1100000004") ==
        std::vector<std::string>{"perpetrator Iraq", "target Iraq: Rebels (IRQREB)"});
  const auto* rebels = find_actor(data, "Iraq: Rebels (IRQREB)");
  REQUIRE(rebels != nullptr);
  CHECK(rebels->kind == node_kind::group);
  CHECK(rebels->category == "rebel-group");
  CHECK(rebels->country == "IQ");
  // IRQ -> IRQMIL: both sides are Iraq, which is only the perpetrator.
  CHECK(roles_of(data, "gdelt-1100000005") == std::vector<std::string>{"perpetrator Iraq"});
  CHECK(find_incident(data, "gdelt-1100000005")->coding.stance == polarity::neutral);
  // An empty Actor2, an empty Actor1.
  CHECK(roles_of(data, "gdelt-1100000006") == std::vector<std::string>{"perpetrator Israel"});
  CHECK(find_incident(data, "gdelt-1100000006")->where.country == "PS");  // FIPS WE (West Bank)
  CHECK(roles_of(data, "gdelt-1100000007") == std::vector<std::string>{"target Lebanon"});
  CHECK(roles_of(data, "gdelt-1100000013") == std::vector<std::string>{"perpetrator Hezbollah", "target Israel"});
  CHECK(find_incident(data, "gdelt-1100000013")->type == "shelling");
  CHECK(find_incident(data, "gdelt-1100000013")->where.country == "IL");  // FIPS IS
  // Nothing of the duplicate or the malformed rows.
  CHECK(find_incident(data, "gdelt-1100000009") == nullptr);
  CHECK(find_incident(data, "gdelt-1100000012") == nullptr);

  // Known groups take their GDELT name, re-cased.
  const auto* hamas = find_actor(data, "Hamas");
  REQUIRE(hamas != nullptr);
  CHECK(hamas->kind == node_kind::group);
  CHECK(hamas->country == "PS");
  CHECK(merged_names(*hamas) == std::vector<std::string>{"HMS <- gdelt known group code"});
  CHECK(find_actor(data, "Hezbollah")->country == "LB");
  // Iraq's codes all resolve to one state, with the codes recorded (not the
  // names "BAGHDAD", "IRAQ" of its sides).
  std::size_t iraqs = 0;
  for (const auto& a : data.actors)
    iraqs += a.country == "IQ" && a.kind == node_kind::state ? 1 : 0;
  CHECK(iraqs == 1);
  const auto* iraq = find_actor(data, "Iraq");
  REQUIRE(iraq != nullptr);
  CHECK(iraq->id == "iraq");
  CHECK(iraq->kind == node_kind::state);
  CHECK(iraq->country == "IQ");
  CHECK(merged_names(*iraq) ==
        std::vector<std::string>{"IRQ <- gdelt actor code with a state's country code: stands for the state (IQ)",
                                 "IRQGOV <- gdelt actor code with a state's country code: stands for the state (IQ)",
                                 "IRQMIL <- gdelt actor code with a state's country code: stands for the state (IQ)"});
  CHECK(merged_names(*find_actor(data, "Israel")) ==
        std::vector<std::string>{"ISR <- gdelt actor code with a state's country code: stands for the state (IL)",
                                 "ISRMIL <- gdelt actor code with a state's country code: stands for the state (IL)"});
  const graph g(data);
  CHECK(g.resolve_actor("IRQMIL") == g.resolve_actor("iraq"));
  CHECK(g.resolve_actor("IRQGOV") == g.resolve_actor("iraq"));
}

TEST_CASE("gdelt: a scenario's actors and aliases take precedence over the code rules") {
  auto data = load_scenario(
      "faultline: 1\n"
      "actors:\n"
      "  - {id: iraq, kind: state, name: Iraq, country: IQ}\n"
      "  - {id: iraqi-military, kind: group, name: Iraqi military, category: armed-force, country: IQ,\n"
      "     aliases: [IRQMIL]}\n");
  const auto report = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv");
  CHECK(report.imported == 8);
  CHECK(report.actors_added == 7);    // as without the scenario, less Iraq
  CHECK(report.actors_matched == 2);  // iraq, iraqi-military
  CHECK(report.names_merged == 10);   // as without the scenario, less IRQMIL (an alias already)
  // IRQ -> IRQMIL are two actors now: one more role.
  CHECK(report.roles_added == gdelt_v2_roles + 1);
  CHECK(roles_of(data, "gdelt-1100000004") ==
        std::vector<std::string>{"perpetrator Iraqi military", "target Iraq: Rebels (IRQREB)"});
  CHECK(roles_of(data, "gdelt-1100000005") == std::vector<std::string>{"perpetrator Iraq", "target Iraqi military"});
  CHECK(roles_of(data, "gdelt-1100000003") == std::vector<std::string>{"perpetrator Iraq", "target United States"});
  REQUIRE(data.actors[0].id == "iraq");
  CHECK(merged_names(data.actors[0]) ==
        std::vector<std::string>{"IRQ <- gdelt actor code with a state's country code: stands for the state (IQ)",
                                 "IRQGOV <- gdelt actor code with a state's country code: stands for the state (IQ)"});
  CHECK(data.actors[1].merged.empty());
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("gdelt 1.0: the 58-column layout and the 57-column one without SOURCEURL") {
  SUBCASE("58 columns") {
    graph_data data;
    const auto report = import_fixture(data, event_format::gdelt, "gdelt-v1.tsv");
    CHECK(report.layout == "GDELT 1.0 (58 columns)");
    CHECK(report.rows == 3);
    CHECK(report.imported == 3);
    CHECK(report.malformed == 0);
    CHECK(report.actors_added == 5);  // Israel, Hamas, Syria, Iran, Lebanon
    CHECK(report.incidents_added == 3);
    CHECK(report.roles_added == 5);  // 2 + 2 + 1
    const auto* strike = find_incident(data, "gdelt-300000001");
    REQUIRE(strike != nullptr);
    CHECK(strike->when == *date::parse("2014-07-10"));
    CHECK(strike->type == "airstrike");
    CHECK(strike->coding.mentions == 20);
    CHECK(strike->coding.reports == 4);
    CHECK(strike->coding.articles == 18);
    CHECK(strike->coding.tone == doctest::Approx(-6.125));
    // The ActionGeo block sits one column earlier per geography block (no ADM2Code).
    CHECK(strike->where.name == "Gaza, Gaza Strip (general), Gaza Strip");
    CHECK(strike->where.country == "PS");
    CHECK(strike->where.lat == doctest::Approx(31.5));
    CHECK(strike->where.lon == doctest::Approx(34.4667));
    CHECK(strike->coding.source_text == "https://news.example.org/2014/07/10/israel-strikes-gaza");
    CHECK(data.sources[strike->prov.sources.at(0)].title == "GDELT 1.0 event export gdelt-v1.tsv");
    CHECK(roles_of(data, "gdelt-300000001") == std::vector<std::string>{"perpetrator Israel", "target Hamas"});
    const auto* trade = find_incident(data, "gdelt-300000002");
    REQUIRE(trade != nullptr);
    CHECK(trade->type == "economic-cooperation");
    CHECK(trade->coding.quad_class == 2);
    CHECK(trade->goldstein == doctest::Approx(6.4));
    CHECK(trade->where.country == "SY");
    CHECK(trade->where.name == "Damascus, Dimashq, Syria");
    CHECK(roles_of(data, "gdelt-300000002") == std::vector<std::string>{"perpetrator Syria", "target Iran"});
    CHECK(roles_of(data, "gdelt-300000003") == std::vector<std::string>{"perpetrator Lebanon"});
    CHECK_NOTHROW(graph{data});
  }
  SUBCASE("57 columns") {
    graph_data data;
    const auto report = import_fixture(data, event_format::gdelt, "gdelt-v1-nourl.tsv");
    CHECK(report.layout == "GDELT 1.0 (57 columns)");
    CHECK(report.rows == 2);
    CHECK(report.imported == 2);
    CHECK(report.actors_added == 2);  // United States, Iran
    CHECK(report.roles_added == 4);
    const auto* threat = find_incident(data, "gdelt-200000001");
    REQUIRE(threat != nullptr);
    CHECK(threat->when == *date::parse("2012-03-15"));
    CHECK(threat->type == "threat");
    CHECK(threat->cameo == "130");
    CHECK(threat->goldstein == doctest::Approx(-4.4));
    CHECK(threat->coding.source_text.empty());
    CHECK(threat->where.name == "Tehran, Tehran, Iran");
    CHECK(threat->where.country == "IR");
    CHECK(threat->where.lat == doctest::Approx(35.6944));
    CHECK(roles_of(data, "gdelt-200000002") == std::vector<std::string>{"perpetrator Iran", "target United States"});
  }
  SUBCASE("several files in one import, of both versions; lines count per file") {
    graph_data data;
    const auto report = import_events(data, event_format::gdelt,
                                      std::vector<fs::path>{events_dir / "gdelt-v2.tsv", events_dir / "gdelt-v1.tsv",
                                                            events_dir / "gdelt-v1-nourl.tsv"});
    CHECK(report.files.size() == 3);
    CHECK(report.rows == 13 + 3 + 2);
    CHECK(report.imported == 8 + 3 + 2);
    CHECK(report.malformed == 4);
    // Israel, Hamas, Iran, United States, Lebanon are shared; Syria is new.
    CHECK(report.actors_added == 8 + 1);
    CHECK(report.roles_added == gdelt_v2_roles + 5 + 4);
    CHECK(report.sources_added == 3);
    CHECK(find_incident(data, "gdelt-300000003")->coding.row == 3);
    CHECK(find_incident(data, "gdelt-200000002")->coding.row == 2);
    CHECK_NOTHROW(graph{data});
  }
}

TEST_CASE("gdelt: filters on root code, country, date and actor") {
  SUBCASE("root code") {
    graph_data data;
    import_options options;
    options.filter.root_codes = {"19"};
    const auto r = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv", options);
    CHECK(r.imported == 3);    // 195, 190, 194
    CHECK(r.filtered == 5);    // lines 2, 3, 5, 6, 7
    CHECK(r.duplicates == 1);  // line 8 (195) passes the filter, then is a duplicate
    CHECK(r.malformed == 4);
    CHECK(r.roles_added == 6);
    for (const auto& i : data.incidents)
      CHECK(i.cameo.starts_with("19"));
    options.filter.root_codes = {"05", "13"};
    graph_data other;
    CHECK(import_fixture(other, event_format::gdelt, "gdelt-v2.tsv", options).imported == 2);  // 057, 138
  }
  SUBCASE("country of the action or of either actor") {
    for (const char* country : {"IQ", "IRQ", "Iraq"}) {
      CAPTURE(country);
      graph_data data;
      import_options options;
      options.filter.countries = {country};
      const auto r = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv", options);
      CHECK(r.imported == 3);  // lines 3, 4, 5
      CHECK(r.filtered == 6);  // lines 1, 2, 6, 7, 8, 13: the country filter comes before the duplicate check
      CHECK(r.duplicates == 0);
    }
    graph_data data;
    import_options options;
    options.filter.countries = {"PS"};  // the action place of lines 1 and 6 (FIPS GZ, WE), Hamas' country
    CHECK(import_fixture(data, event_format::gdelt, "gdelt-v2.tsv", options).imported == 2);
    options.filter.countries = {"LB"};  // Lebanon (line 7), Hezbollah (line 13)
    graph_data other;
    CHECK(import_fixture(other, event_format::gdelt, "gdelt-v2.tsv", options).imported == 2);
  }
  SUBCASE("since and until") {
    graph_data data;
    import_options options;
    options.filter.since = date::parse("2024-01-08");
    options.filter.until = date::parse("2024-01-10");
    const auto r = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv", options);
    CHECK(r.imported == 3);   // lines 4, 5, 6
    CHECK(r.filtered == 6);   // lines 1, 2, 3, 7, 8, 13
    CHECK(r.malformed == 4);  // malformed rows are counted whatever the filter
    for (const auto& i : data.incidents) {
      CHECK(i.when >= *date::parse("2024-01-08"));
      CHECK(i.when <= *date::parse("2024-01-10"));
    }
  }
  SUBCASE("actor by state name, group name or code") {
    graph_data data;
    import_options options;
    options.filter.actors = {"Israel"};
    auto r = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv", options);
    CHECK(r.imported == 3);    // lines 1 (ISRMIL), 6 (ISR), 13 (ISR as Actor2)
    CHECK(r.duplicates == 1);  // line 8
    CHECK(r.filtered == 5);
    graph_data hamas;
    options.filter.actors = {"hamas"};
    r = import_fixture(hamas, event_format::gdelt, "gdelt-v2.tsv", options);
    CHECK(r.imported == 1);
    CHECK(r.duplicates == 1);
    graph_data iraq;
    options.filter.actors = {"Iraq"};
    r = import_fixture(iraq, event_format::gdelt, "gdelt-v2.tsv", options);
    CHECK(r.imported == 3);  // lines 3, 4, 5: IRQGOV, IRQMIL and IRQ; not IRQREB (a group)
  }
  SUBCASE("a bad root code is a usage error") {
    graph_data data;
    import_options options;
    options.filter.root_codes = {"99"};
    CHECK_THROWS_AS(import_fixture(data, event_format::gdelt, "gdelt-v2.tsv", options), usage_error);
    CHECK(data == graph_data{});
  }
}

TEST_CASE("gdelt: strict mode stops at the first malformed row and leaves the graph as it was") {
  auto data = with_iraq();
  import_fixture(data, event_format::gdelt, "gdelt-v1.tsv");
  const auto before = data;
  import_options options;
  options.strict = true;
  try {
    import_fixture(data, event_format::gdelt, "gdelt-v2.tsv", options);
    FAIL("no parse_error");
  } catch (const parse_error& e) {
    CHECK(std::string(e.what()) ==
          (events_dir / "gdelt-v2.tsv").string() + ":9:2: SQLDATE: expected a date YYYYMMDD, found \"20241345\"");
    CHECK(e.where().line == 9);
    CHECK(e.where().column == 2);
  }
  CHECK(data == before);
  // Strict mode on a clean file imports it all.
  CHECK(import_fixture(data, event_format::gdelt, "gdelt-v1-nourl.tsv", options).imported == 2);
}

TEST_CASE("gdelt: a file that is not a GDELT export is refused") {
  graph_data data;
  try {
    import_fixture(data, event_format::gdelt, "acled-current.csv");
    FAIL("no parse_error");
  } catch (const parse_error& e) {
    CHECK(e.where().line == 1);
    CHECK(std::string(e.detail()).starts_with("not a GDELT event export"));
  }
  CHECK(data == graph_data{});
}

TEST_CASE("gdelt: appending the same file again adds nothing") {
  graph_data data;
  const auto first = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv");
  CHECK(first.imported == 8);
  const auto before = data;
  const auto again = import_fixture(data, event_format::gdelt, "gdelt-v2.tsv");
  CHECK(again.rows == 13);
  CHECK(again.imported == 0);
  CHECK(again.duplicates == 9);  // the 8 events, and line 8's repeat of the first
  CHECK(again.malformed == 4);
  CHECK(again.actors_added == 0);
  CHECK(again.names_merged == 0);
  CHECK(again.incidents_added == 0);
  CHECK(again.roles_added == 0);
  CHECK(again.sources_added == 0);
  CHECK(data == before);
  // A new file adds only its own events, resolving to the actors already there.
  const auto v1 = import_fixture(data, event_format::gdelt, "gdelt-v1.tsv");
  CHECK(v1.imported == 3);
  CHECK(v1.actors_added == 1);    // Syria
  CHECK(v1.actors_matched == 4);  // Israel, Hamas, Iran, Lebanon
  CHECK(v1.duplicates == 0);
  CHECK(data.incidents.size() == 11);
}

TEST_CASE("gdelt: a cooperative event gives a friendly tie, a hostile one a hostile tie") {
  graph_data data;
  import_fixture(data, event_format::gdelt, "gdelt-v2.tsv");
  const graph g(data);
  const auto sg = build_signed_graph(graph_view(g));
  CHECK(tie_sign(sg, "iraq", "united-states") == 1);   // 057 sign formal agreement
  CHECK(tie_sign(sg, "israel", "hamas") == -1);        // 195 employ aerial weapons
  CHECK(tie_sign(sg, "iran", "united-states") == -1);  // 138 threaten military force
  CHECK(tie_sign(sg, "hezbollah", "israel") == -1);    // 194 artillery
  CHECK(tie_sign(sg, "iraq", "iraq-rebels-irqreb") == -1);
  // 010 is neutral and was a self-loop anyway (IRQ -> IRQMIL): no Iraq–Iraq tie.
  CHECK(sg.tie_count() == 5);
  // The friendly tie rests on the agreement only.
  const auto t = sg.find_tie(*sg.find_node("iraq"), *sg.find_node("united-states"));
  REQUIRE(t.has_value());
  REQUIRE(sg.facts_of(*t).size() == 1);
  CHECK(g.incidents()[sg.facts_of(*t)[0].index].id == "gdelt-1100000003");
}

// The real GDELT 2.0 export of ../shared/data (1,540 rows, 61 columns each).
// Expected counts computed independently from the raw columns with awk and
// Python, applying the rules of gdelt_import.cpp (not its code or tables):
// - rows 1,540; distinct GLOBALEVENTIDs 1,540; every row imports.
// - A side is keyed by its known group code when it has one; else by its
//   country code when that is a country (every 3-letter code in the file
//   except the regions AFR, EUR, NMR, SEA) and its Type1Code is empty or a
//   state type (GOV MIL COP SPY JUD LEG UIS); else, when it has no country
//   and its code is type codes only ("GOV", "BUSGOV"), by its
//   Actor*Geo_CountryCode and code (no geography: no one, no role — 21
//   sides); else by its full actor code.
// - Actor1 keyed on 1,365 rows: one perpetrator each. Actor2 keyed on 1,059
//   rows, the same key as Actor1 on 58 of them: 1,001 targets.
// - roles 1,365 + 1,001 = 2,366; distinct keys (actors) 391: 77 states, 241
//   groups placed by geography, 71 groups by code, 2 known groups.
TEST_CASE("gdelt: the real GDELT 2.0 export of ../shared/data") {
  const auto file = shared_gdelt / "20180326044500.export.CSV";
  if (!fs::exists(file)) {
    MESSAGE("shared data absent: " << file.string() << " not found, real GDELT file skipped");
    return;
  }
  graph_data data;
  const auto r = import_events(data, event_format::gdelt, std::vector<fs::path>{file});
  CHECK(r.layout == "GDELT 2.0 (61 columns)");
  CHECK(r.rows == 1540);
  CHECK(r.malformed == 0);
  CHECK(r.duplicates == 0);
  CHECK(r.imported == 1540);
  CHECK(r.incidents_added == 1540);
  CHECK(r.roles_added == 2366);
  // 391 actors of the sides, plus the states of the organs (issue 12): the
  // sides with a bare state-organ type code (COP, GOV, JUD, LEG, MIL, SPY,
  // UIS; no country, no known group) placed by geography are 112 distinct
  // (FIPS, code) keys in 53 countries (python csv over the file), each
  // `member_of` its state; 5 of those states (CRI, JEY, KGZ, SVN, TCD) are
  // no side's state code, so they are added.
  CHECK(r.actors_added == 396);
  CHECK(r.relations_added == 112);
  CHECK(r.generic_sides == 21);
  std::size_t perpetrators = 0, targets = 0;
  for (const auto& edge : data.roles)
    (edge.kind == role::perpetrator ? perpetrators : targets) += 1;
  CHECK(perpetrators == 1365);
  CHECK(targets == 1001);
  const graph g(data);
  CHECK_NOTHROW(build_signed_graph(graph_view(g)));
}

TEST_CASE("imports report progress in bytes and can be cancelled, leaving the graph as it was") {
  const auto v2 = fs::file_size(events_dir / "gdelt-v2.tsv");
  const auto v1 = fs::file_size(events_dir / "gdelt-v1.tsv");
  const std::vector<fs::path> files{events_dir / "gdelt-v2.tsv", events_dir / "gdelt-v1.tsv"};
  SUBCASE("done never goes back, the total is both files, and the last call is (total, total)") {
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    import_options options;
    options.progress = [&](std::size_t done, std::size_t total) {
      calls.emplace_back(done, total);
      return true;
    };
    graph_data data;
    (void)import_events(data, event_format::gdelt, files, options);
    REQUIRE(!calls.empty());
    for (std::size_t k = 0; k < calls.size(); ++k) {
      CHECK(calls[k].second == v2 + v1);
      if (k > 0) CHECK(calls[k].first >= calls[k - 1].first);
    }
    CHECK(calls.back().first == v2 + v1);
    // The second file starts where the first ends.
    CHECK(std::find(calls.begin(), calls.end(), std::pair<std::size_t, std::size_t>{v2, v2 + v1}) != calls.end());
  }
  SUBCASE("cancelled once the first file is read: cancelled_error, nothing added") {
    auto data = with_iraq();
    const auto before = data;
    import_options options;
    options.progress = [&](std::size_t done, std::size_t) { return done < v2; };
    CHECK_THROWS_AS(import_events(data, event_format::gdelt, files, options), cancelled_error);
    CHECK(data == before);
  }
}

namespace {

// A temporary directory, removed with what is in it.
struct scratch_dir {
  fs::path path;
  scratch_dir() {
    std::string pattern = (fs::temp_directory_path() / "faultline-import-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;
  ~scratch_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  [[nodiscard]] std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator{}));
  }
};

std::string file_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("import_events_to_snapshot writes the snapshot of the same import in memory") {
  const scratch_dir dir;
  const std::pair<event_format, std::vector<const char*>> cases[] = {
      {event_format::gdelt, {"gdelt-v2.tsv", "gdelt-v1.tsv", "gdelt-v1-nourl.tsv"}},
      {event_format::gdelt, {"gdelt-organs-duplicates.tsv"}},  // member_of facts of state organs
      {event_format::acled, {"acled-current.csv", "acled-old.csv"}},
      {event_format::acled, {"acled-afghanistan-intrastate.csv"}},
      {event_format::ucdp_ged, {"ucdp-ged.csv"}},
      {event_format::ucdp_esd, {"ucdp-esd.csv"}},
      {event_format::ucdp_acd, {"ucdp-acd.csv"}},
  };
  for (const auto& [format, names] : cases) {
    std::vector<fs::path> files;
    for (const auto* n : names) files.push_back(events_dir / n);
    for (const bool on_scenario : {false, true}) {
      CAPTURE(to_string(format));
      CAPTURE(on_scenario);
      // On a scenario: its incidents and roles come first, the imported ones after.
      const graph_data base = on_scenario ? load_files({fs::path(FAULTLINE_SAMPLES_DIR) / "baghdad-2024-01.yaml"}).data()
                                          : graph_data{};
      auto in_memory = base;
      const auto expected_report = import_events(in_memory, format, files);
      const graph expected(std::move(in_memory));
      const auto out = dir.path / "streamed.snap";
      const auto got = import_events_to_snapshot(base, format, files, out);
      CHECK(got.written);
      CHECK(got.report.imported == expected_report.imported);
      CHECK(got.report.malformed == expected_report.malformed);
      CHECK(got.report.incidents_added == expected_report.incidents_added);
      CHECK(got.report.roles_added == expected_report.roles_added);
      CHECK(got.actors == expected.actors().size());
      CHECK(got.incidents == expected.incidents().size());
      CHECK(got.roles == expected.roles().size());
      CHECK(got.relations == expected.relations().size());
      CHECK(got.sources == expected.sources().size());
      // The same content (the bytes differ: streamed, each role follows its incident).
      CHECK(read_snapshot(out).data() == expected.data());
    }
  }
}

TEST_CASE("import_events_to_snapshot leaves the file as it was on failure, cancellation or nothing new") {
  const scratch_dir dir;
  const auto out = dir.path / "g.snap";
  const std::vector<fs::path> v2{events_dir / "gdelt-v2.tsv"};
  const auto first = import_events_to_snapshot({}, event_format::gdelt, v2, out);
  REQUIRE(first.written);
  REQUIRE(first.incidents == 8);  // the 8 imported rows (gdelt 2.0 case above)
  const auto bytes = file_bytes(out);
  const auto before = read_snapshot(out).data();

  SUBCASE("strict: the first malformed row stops it") {
    import_options strict;
    strict.strict = true;
    CHECK_THROWS_AS(import_events_to_snapshot(before, event_format::gdelt, v2, out, strict), parse_error);
  }
  SUBCASE("cancelled") {
    import_options options;
    options.progress = [](std::size_t done, std::size_t) { return done == 0; };
    CHECK_THROWS_AS(import_events_to_snapshot({}, event_format::gdelt, v2, out, options), cancelled_error);
  }
  SUBCASE("appending the same file: nothing new, not written when asked so") {
    const auto again =
        import_events_to_snapshot(before, event_format::gdelt, v2, out, {}, snapshot_when::if_imported);
    CHECK_FALSE(again.written);
    CHECK(again.report.imported == 0);
    CHECK(again.report.duplicates == 9);  // the 8 rows and the duplicate row of the file
    CHECK(again.incidents == 8);
  }
  SUBCASE("appending another file adds after what was there") {
    const auto more = import_events_to_snapshot(before, event_format::gdelt, {events_dir / "gdelt-v1.tsv"}, out, {},
                                                snapshot_when::if_imported);
    CHECK(more.written);
    const auto after = read_snapshot(out);
    REQUIRE(after.incidents().size() > before.incidents.size());
    for (std::size_t k = 0; k < before.incidents.size(); ++k) CHECK(after.incidents()[k] == before.incidents[k]);
    return;
  }
  CHECK(file_bytes(out) == bytes);
  CHECK(dir.entries() == 1);  // no temporary file left
}

TEST_CASE("gdelt: a new known group is named by its GDELT name even after a group known by its code") {
  // Row 4 of the fixture has the code-only group IRQREB as Actor2, row 1 the
  // known group Hamas as Actor2: in this order the display name built for
  // IRQREB must not be reused for Hamas (it once was).
  const scratch_dir dir;
  std::vector<std::string> fixture;
  {
    std::ifstream in(events_dir / "gdelt-v2.tsv");
    for (std::string line; std::getline(in, line);) fixture.push_back(line);
  }
  REQUIRE(fixture.size() >= 4);
  const auto file = dir.path / "order.tsv";
  {
    std::ofstream out(file);
    out << fixture[3] << '\n' << fixture[0] << '\n';
  }
  for (const bool streamed : {false, true}) {
    CAPTURE(streamed);
    graph_data data;
    if (streamed) {
      const auto snap = dir.path / "order.snap";
      (void)import_events_to_snapshot({}, event_format::gdelt, {file}, snap, {});
      data = read_snapshot(snap).data();
    } else {
      (void)import_events(data, event_format::gdelt, std::vector<fs::path>{file}, {});
    }
    std::vector<std::string> names;
    for (const auto& a : data.actors) names.push_back(a.id + " " + a.name);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"hamas Hamas", "iraq Iraq", "iraq-rebels-irqreb Iraq: Rebels (IRQREB)",
                                            "israel Israel"});
  }
}

TEST_CASE("gdelt: a file of several batches imports the same on one thread and on several, in memory and streamed") {
  // About 5 MB: three 2 MiB batches, parsed ahead by two threads. The rows of
  // the fixture that parse, again and again with new GLOBALEVENTIDs.
  const scratch_dir dir;
  std::vector<std::string> rows;
  {
    std::ifstream in(events_dir / "gdelt-v2.tsv");
    int n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      if (n <= 7 || n == 13) rows.push_back(line.substr(line.find('\t')));  // without the id
    }
  }
  REQUIRE(rows.size() == 8);
  const auto file = dir.path / "big.tsv";
  std::size_t lines = 0;
  {
    std::ofstream out(file);
    for (std::uint64_t id = 0; out.tellp() < 5'000'000; ++id) {
      out << (2000000000ULL + id) << rows[id % rows.size()] << '\n';
      ++lines;
    }
  }
  REQUIRE(fs::file_size(file) > 2 * (std::size_t{2} << 20));
  import_options one;
  one.threads = 1;
  graph_data in_memory;
  const auto r1 = import_events(in_memory, event_format::gdelt, std::vector<fs::path>{file}, one);
  CHECK(r1.rows == lines);
  CHECK(r1.imported == lines);
  REQUIRE(in_memory.incidents.size() == lines);
  CHECK(in_memory.incidents.back().coding.row == lines);  // line numbers run on across batches
  CHECK(in_memory.incidents.back().id == "gdelt-" + std::to_string(2000000000ULL + lines - 1));
  const graph expected(std::move(in_memory));

  import_options two;
  two.threads = 2;
  graph_data parallel;
  (void)import_events(parallel, event_format::gdelt, std::vector<fs::path>{file}, two);
  CHECK(parallel == expected.data());

  const auto out = dir.path / "big.snap";
  const auto streamed = import_events_to_snapshot({}, event_format::gdelt, {file}, out, two);
  CHECK(streamed.incidents == lines);
  CHECK(read_snapshot(out).data() == expected.data());
}
