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
#include <map>
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
  CHECK(report.problems[0].message ==
        "expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found \"2024-13-45\"");
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

TEST_CASE("acled: older 27-column layout (alphabetical, unnamed index column, ally_actor_1/2, D-Mon-YY dates)") {
  graph_data data;
  const auto report = import_fixture(data, event_format::acled, "acled-old.csv");
  CHECK(report.layout == "ACLED (27 columns)");
  CHECK(report.rows == 4);
  CHECK(report.imported == 4);
  CHECK(report.malformed == 0);
  // Syria, Islamic State (Syria), Hezbollah (ally_actor_1 of SYR80001), Russia, Civilians (Syria)
  // (ally_actor_2 of SYR80002), Jabhat al-Nusra, Protesters (Syria).
  CHECK(report.actors_added == 7);
  CHECK(report.incidents_added == 4);
  CHECK(report.roles_added == 9);  // 3 + 3 + 2 + 1
  const auto* battle = find_incident(data, "acled-syr80001");
  REQUIRE(battle != nullptr);
  CHECK(battle->when == *date::parse("2016-03-15"));  // "15-Mar-16"
  CHECK(battle->fatalities == 12);
  CHECK(battle->where.country == "SY");
  CHECK(battle->type == "armed-clash");  // "Battle-No change of territory", the pre-2019 name
  CHECK(battle->description == "Regime forces, backed by allied militias, clashed with IS near Palmyra.");
  // The associated actors of the old layout, ally_actor_1 and ally_actor_2, play their side's role.
  CHECK(roles_of(data, "acled-syr80001") ==
        std::vector<std::string>{"perpetrator Hezbollah", "perpetrator Syria", "target Islamic State (Syria)"});
  CHECK(roles_of(data, "acled-syr80002") ==
        std::vector<std::string>{"perpetrator Russia", "target Civilians (Syria)", "target Islamic State (Syria)"});
  CHECK(find_incident(data, "acled-syr80004")->when == *date::parse("2016-03-22"));
  // A pre-2019 event type without sub-event type.
  const auto* shelling = find_incident(data, "acled-syr80003");
  REQUIRE(shelling != nullptr);
  CHECK(shelling->coding.event_type == "Remote violence");
  CHECK(shelling->type == "explosion");
  CHECK(shelling->coding.precision == "week, place: region");
  CHECK(shelling->coding.row == 4);
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("acled: the 31-column layout of 2019-2022 (data_id, iso3) with DD Month YYYY dates") {
  graph_data data;
  const auto report = import_fixture(data, event_format::acled, "acled-2020.csv");
  CHECK(report.layout == "ACLED (31 columns)");
  CHECK(report.rows == 5);
  CHECK(report.imported == 3);   // AFG50001-AFG50003
  CHECK(report.malformed == 2);  // AFG50004 "5/10/2020" (day and month cannot be told apart), AFG50005 "31 April 2020"
  REQUIRE(report.problems.size() == 2);
  CHECK(report.problems[0].text() ==
        (events_dir / "acled-2020.csv").string() +
            ":5:5: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month "
            "YYYY (09 May 2020), found \"5/10/2020\"");
  CHECK(report.problems[1].where.line == 6);
  CHECK(report.problems[1].where.column == 5);
  CHECK(find_incident(data, "acled-afg50001")->when == *date::parse("2020-04-27"));  // "27 April 2020"
  CHECK(find_incident(data, "acled-afg50002")->when == *date::parse("2020-05-09"));  // "09 May 2020"
  CHECK(find_incident(data, "acled-afg50003")->when == *date::parse("2020-05-09"));  // "9 May 2020"
  CHECK(find_incident(data, "acled-afg50001")->fatalities == 5);
  CHECK(roles_of(data, "acled-afg50001") == std::vector<std::string>{"perpetrator Taliban", "target Afghanistan"});
  CHECK(roles_of(data, "acled-afg50003") ==
        std::vector<std::string>{"perpetrator Health Workers (Afghanistan)", "perpetrator Protesters (Afghanistan)"});
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("acled: every date form ACLED exports have used, and two-digit years") {
  // One row per form, in memory: the date as written, the row's `year`
  // column, and the date expected (empty: a malformed row).
  struct form {
    const char* text;
    const char* year;
    const char* expected;
  };
  const form forms[] = {
      {"2020-05-09", "2020", "2020-05-09"},           // current exports and the API
      {"2020-05-09 00:00:00", "2020", "2020-05-09"},  // with a time
      {"2020-05-09T00:00:00Z", "2020", "2020-05-09"},
      {"09 May 2020", "2020", "2020-05-09"},  // older exports
      {"27 April 2020", "2020", "2020-04-27"},
      {"9 May 2020", "2020", "2020-05-09"},
      {"09-May-2020", "2020", "2020-05-09"},
      {"27-April-2020", "2020", "2020-04-27"},
      {"9-May-20", "2020", "2020-05-09"},  // saved by a spreadsheet (Excel d-mmm-yy)
      {"09-may-20", "2020", "2020-05-09"},
      {"9-Sept-20", "2020", "2020-09-09"},
      {"9 May 20", "2020", "2020-05-09"},
      {"1-Jan-97", "", "1997-01-01"},  // no year column: 97-99 are 1997-1999 (ACLED starts in 1997)
      {"31-Dec-99", "", "1999-12-31"},
      {"1-Jan-00", "", "2000-01-01"},  // ... and 00-96 are 2000-2096
      {"15-Mar-96", "", "2096-03-15"},
      {"15-Mar-96", "1996", "1996-03-15"},  // the year column decides the century
      {"29-Feb-20", "2020", "2020-02-29"},
      {"29-Feb-21", "2021", ""},  // no such day
      {"9-May-20", "2021", ""},   // the year column says otherwise
      {"5/9/2020", "2020", ""},   // all numbers: 5 September or 9 May?
      {"9/5/20", "2020", ""},
      {"May 9, 2020", "2020", ""},
      {"9 Mai 2020", "2020", ""},
      {"9--May-20", "2020", ""},
      {"123 May 2020", "2020", ""},
      {"9 May 202", "2020", ""},
      {"2020-5-9", "2020", ""},
      {"", "2020", ""},
  };
  for (const auto& f : forms) {
    CAPTURE(f.text);
    CAPTURE(f.year);
    graph_data data;
    const std::string csv = std::string("event_id_cnty,event_date,year,event_type,actor1,country\n") + "AFG1,\"" +
                            f.text + "\"," + f.year + ",Battles,Taliban,Afghanistan\n";
    const auto report = import_events(data, event_format::acled, std::vector<named_input>{{"forms.csv", csv}});
    if (*f.expected == 0) {
      CHECK(report.malformed == 1);
      REQUIRE(report.problems.size() == 1);
      CHECK(report.problems[0].field == "event_date");
      CHECK(report.problems[0].where.column == 2);
      continue;
    }
    CHECK(report.malformed == 0);
    REQUIRE(data.incidents.size() == 1);
    CHECK(data.incidents[0].when.to_string() == f.expected);
  }
}

TEST_CASE(
    "acled: a file whose every row is malformed imports nothing and writes no snapshot; an empty file is "
    "malformed") {
  const std::string header = "event_id_cnty,event_date,year,event_type,actor1,country\n";
  SUBCASE("every row malformed") {
    graph_data data;
    const std::string csv = header + "AFG1,5/9/2020,2020,Battles,Taliban,Afghanistan\n" +
                            "AFG2,9/5/2020,2020,Battles,Taliban,Afghanistan\n";
    const auto report = import_events(data, event_format::acled, std::vector<named_input>{{"bad.csv", csv}});
    CHECK(report.rows == 2);
    CHECK(report.malformed == 2);
    CHECK(report.all_malformed());
  }
  SUBCASE("an empty file, strict or not") {
    graph_data data;
    const auto report = import_events(data, event_format::acled, std::vector<named_input>{{"empty.csv", "\n"}});
    CHECK(report.rows == 0);
    CHECK(report.malformed == 1);
    CHECK(report.all_malformed());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].text() ==
          "empty.csv:1: the file is empty: expected an ACLED CSV export (a header line, then one event per row)");
    import_options strict;
    strict.strict = true;
    CHECK_THROWS_WITH_AS(import_events(data, event_format::acled, std::vector<named_input>{{"empty.csv", ""}}, strict),
                         "empty.csv:1: the file is empty: expected an ACLED CSV export (a header line, then one event "
                         "per row)",
                         parse_error);
  }
  SUBCASE("a header alone is no malformed row: nothing to import") {
    graph_data data;
    const auto report = import_events(data, event_format::acled, std::vector<named_input>{{"header.csv", header}});
    CHECK(report.rows == 0);
    CHECK(report.malformed == 0);
    CHECK_FALSE(report.all_malformed());
  }
  SUBCASE("some rows filtered out, the rest malformed: the filters, not the file") {
    graph_data data;
    import_options options;
    options.filter.since = date::parse("2021");
    const std::string csv = header + "AFG1,9 May 2020,2020,Battles,Taliban,Afghanistan\n" +
                            "AFG2,9/5/2020,2020,Battles,Taliban,Afghanistan\n";
    const auto report = import_events(data, event_format::acled, std::vector<named_input>{{"f.csv", csv}}, options);
    CHECK(report.filtered == 1);
    CHECK(report.malformed == 1);
    CHECK_FALSE(report.all_malformed());
  }
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
                                       ":7:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD "
                                       "Month YYYY (09 May 2020), found \"2024-13-45\"");
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

TEST_CASE("ucdp esd: supporters become backs relations, consecutive years merged when their types agree") {
  graph_data data;
  const auto report = import_fixture(data, event_format::ucdp_esd, "ucdp-esd.csv");
  CHECK(report.layout == "UCDP ESD actor-year (97 columns)");
  CHECK(report.rows == 7);
  CHECK(report.imported == 6);  // the 1979 Iran row has no supporter
  // Iran and Syria back Hezbollah in 2009 and 2010 with other types each
  // year (2009: weapons, training, funding, possibly materiel; 2010, two
  // supporters: weapons and training, possibly funding), and Iran alone in
  // 2011 gives the three for certain: 2 + 3 facts where there were 1 + 2.
  CHECK(report.relations_added == 10);
  CHECK(report.actors_added == 7);  // Iran, Syria, Hezbollah, Venezuela, United States, Israel, PFLP
  CHECK(report.incidents_added == 0);
  CHECK(relations_of(data, "backs") ==
        std::vector<std::string>{
            "Hezbollah -> PFLP 2013..2013 [training and expertise]",
            "Iran -> Hezbollah 2009..2009 [weapons, training and expertise, funding / economic support; possibly "
            "materiel and logistics]",
            "Iran -> Hezbollah 2010..2010 [weapons, training and expertise; possibly funding / economic support]",
            "Iran -> Hezbollah 2011..2011 [weapons, training and expertise, funding / economic support]",
            "Iran -> Hezbollah 2013..2013 [funding / economic support; possibly weapons, training and expertise]",
            "Syria -> Hezbollah 2009..2009 [weapons, training and expertise, funding / economic support; possibly "
            "materiel and logistics]",
            "Syria -> Hezbollah 2010..2010 [weapons, training and expertise; possibly funding / economic support]",
            "Syria -> PFLP 2013..2013 [access to territory]",
            "United States -> Israel 2006..2006 [weapons, intelligence material]",
            "Venezuela -> Hezbollah 2013..2013 [funding / economic support; possibly weapons, training and "
            "expertise]"});
  CHECK(backer_names(data, "Hezbollah", "2010") == std::vector<std::string>{"Iran", "Syria"});
  CHECK(backer_names(data, "Hezbollah", "2012").empty());
  CHECK(backer_names(data, "Hezbollah", "2013") == std::vector<std::string>{"Iran", "Venezuela"});
  // Not indirect: Iran and Venezuela back Hezbollah in its conflict with
  // Israel over Southern Lebanon (426), Hezbollah backs the PFLP in the
  // Israel-Palestine conflict (234): a chain stays in one conflict.
  CHECK(backer_names(data, "PFLP", "2013") == std::vector<std::string>{"Hezbollah", "Syria"});
  for (const auto& r : data.relations)
    if (data.actors[r.to].name == "Hezbollah") {
      CHECK(r.conflict == "ucdp:426");
      CHECK(data.actors[r.against].name == "Israel");
    }

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
  // Iran and Russia back Syria in two conflicts in 2015 (against IS, and
  // against the Syrian insurgents): one fact per conflict.
  CHECK(report.relations_added == 14);
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
        std::vector<std::string>{"Iran -> Syria 2015..2015 [troops as secondary warring party]",
                                 "Iran -> Syria 2015..2017 [troops as secondary warring party]",
                                 "Iran -> Syria 2019..2019 [troops as secondary warring party]",
                                 "Russia -> Syria 2015..2015 [troops as secondary warring party]",
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
//   followed by a space); (supporter, actor, opponent, conflict) with runs of
//   consecutive years of the same support types (certain and possible, as
//   docs/event-data.md derives them from the count columns) = 5,213 backs
//   relations among 560 actors (supporters, supported actors and their
//   opponents); a Python csv script, not the importer's code.
// - ACD: 2,568 rows; side lists split at ", " outside parentheses; at_war_with
//   per (a, b, conflict_id) run of years = 956, backs per (secondary, primary,
//   conflict_id, the other side when it is one actor) run = 1,311; 710 actors.
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
    CHECK(r.relations_added == 5213);
    CHECK(r.actors_added == 560);
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
    CHECK(r.relations_added == 956 + 1311);
    CHECK(r.actors_added == 710);
    CHECK_NOTHROW(graph{data});
  }
}

// samples/fixtures/events/ucdp-brd.csv: the real header of UCDP's
// Battle-Related Deaths (conflict level, 25 columns), invented rows:
//   2 conflict 90001 2016 Government of Iraq vs IS, 120 (100-150)
//   3 conflict 90001 2017 the same, 80 (70-95)
//   4 conflict 90002 2020 Government of Azerbaijan vs Government of Armenia, 300 (280-350), interstate
//   5 conflict 90003 2001 Government of Sudan vs "SPLM/A, NDA" (two parties), 40 (30-60)
//   6 bd_high "-30": malformed
//   7 bd_best "n/a": malformed
TEST_CASE("ucdp-brd: one incident per conflict-year with the battle deaths") {
  graph_data data;
  const auto r = import_fixture(data, event_format::ucdp_brd, "ucdp-brd.csv");
  CHECK(r.layout == "UCDP BRD (25 columns)");
  CHECK(r.rows == 6);
  CHECK(r.imported == 4);
  CHECK(r.malformed == 2);
  CHECK(r.incidents_added == 4);
  CHECK(r.actors_added == 7);  // Iraq, IS, Azerbaijan, Armenia, Sudan, SPLM/A, NDA
  CHECK(r.roles_added == 9);   // 2 + 2 + 2 + 3
  REQUIRE(r.problems.size() == 2);
  CHECK(r.problems[0].text() == (events_dir / "ucdp-brd.csv").string() +
                                    ":6:15: bd_high: expected a count of battle deaths (a whole number, not "
                                    "negative), found \"-30\"");
  CHECK(r.problems[1].text() == (events_dir / "ucdp-brd.csv").string() +
                                    ":7:13: bd_best: expected a count of battle deaths (a whole number, not negative), "
                                    "found \"n/a\"");
  const auto* iraq = find_incident(data, "ucdp-brd-90001-2016");
  REQUIRE(iraq != nullptr);
  CHECK(iraq->when == *date::parse("2016"));
  CHECK(iraq->type == "battle-deaths");
  CHECK(iraq->fatalities == 120);
  CHECK(iraq->coding.dataset == "ucdp-brd");
  CHECK(iraq->coding.deaths_low == 100);
  CHECK(iraq->coding.deaths_high == 150);
  CHECK(iraq->coding.stance == polarity::hostile);
  CHECK(iraq->where.country == "IQ");
  CHECK(roles_of(data, "ucdp-brd-90001-2016") == std::vector<std::string>{"perpetrator Iraq", "target IS"});
  CHECK(find_incident(data, "ucdp-brd-90001-2017")->fatalities == 80);
  const auto* karabakh = find_incident(data, "ucdp-brd-90002-2020");
  REQUIRE(karabakh != nullptr);
  CHECK(karabakh->where.country.empty());  // two countries in location_inc
  CHECK(karabakh->description.find("(interstate), over territory: Nagorno-Karabakh") != std::string::npos);
  CHECK(roles_of(data, "ucdp-brd-90002-2020") == std::vector<std::string>{"perpetrator Azerbaijan", "target Armenia"});
  CHECK(roles_of(data, "ucdp-brd-90003-2001") ==
        std::vector<std::string>{"perpetrator Sudan", "target NDA", "target SPLM/A"});
  CHECK_NOTHROW(graph{data});
}

TEST_CASE("ucdp-acd refuses the Battle-Related Deaths layout, naming it") {
  graph_data data;
  const auto before = data;
  CHECK_THROWS_WITH_AS(import_fixture(data, event_format::ucdp_acd, "ucdp-brd.csv"),
                       ((events_dir / "ucdp-brd.csv").string() +
                        ":1:13: this is the UCDP Battle-Related Deaths dataset (bd_best, bd_low, bd_high), not the "
                        "UCDP/PRIO Armed Conflict Dataset: import it as ucdp-brd")
                           .c_str(),
                       parse_error);
  CHECK(data == before);
  // And the other way round: an ACD file is not a BRD file.
  CHECK_THROWS_AS(import_fixture(data, event_format::ucdp_brd, "ucdp-acd.csv"), parse_error);
}

// BattleDeaths_v24_1_conf.csv: 1,520 conflict-year rows, 1989-2023. The sums
// of bd_best per year were computed with pandas:
//   pd.read_csv(f).groupby('year').bd_best.sum()
// total bd_best 2,226,798, bd_low 2,093,370, bd_high 2,875,484.
TEST_CASE("ucdp-brd: the real Battle-Related Deaths file of ../shared/data") {
  const auto file = shared_ucdp / "BattleDeaths_v24_1_conf.csv";
  if (!fs::exists(file)) {
    MESSAGE("shared data absent: " << file.string() << " not found, real BRD file skipped");
    return;
  }
  graph_data data;
  const auto r = import_events(data, event_format::ucdp_brd, std::vector<fs::path>{file});
  CHECK(r.rows == 1520);
  CHECK(r.malformed == 0);
  CHECK(r.imported == 1520);
  CHECK(r.incidents_added == 1520);
  const std::map<int, std::int64_t> expected{
      {1989, 55184}, {1990, 80297}, {1991, 70338}, {1992, 53384}, {1993, 44947},  {1994, 38491},  {1995, 36738},
      {1996, 28857}, {1997, 41131}, {1998, 40218}, {1999, 80883}, {2000, 78635},  {2001, 23592},  {2002, 21111},
      {2003, 23186}, {2004, 19639}, {2005, 12150}, {2006, 19718}, {2007, 19212},  {2008, 28703},  {2009, 34604},
      {2010, 21088}, {2011, 25079}, {2012, 74032}, {2013, 93485}, {2014, 115961}, {2015, 104169}, {2016, 90175},
      {2017, 71965}, {2018, 54946}, {2019, 52474}, {2020, 73163}, {2021, 199790}, {2022, 276935}, {2023, 122518}};
  std::map<int, std::int64_t> by_year;
  std::int64_t low = 0, high = 0;
  for (const auto& i : data.incidents) {
    by_year[i.when.year()] += i.fatalities.value_or(0);
    low += i.coding.deaths_low.value_or(0);
    high += i.coding.deaths_high.value_or(0);
  }
  CHECK(by_year == expected);
  CHECK(low == 2093370);
  CHECK(high == 2875484);
  CHECK_NOTHROW(graph{data});
  // Read as the Armed Conflict Dataset, it is refused, not read without its deaths.
  graph_data as_acd;
  CHECK_THROWS_AS(import_events(as_acd, event_format::ucdp_acd, std::vector<fs::path>{file}), parse_error);
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

// docs/event-data.md, actor resolution rule 3: a bare CAMEO type code (no
// country, no known group) is a group of the country where GDELT places
// that actor (Actor1Geo_CountryCode), "Government (GOV) in Iraq"; placed
// nowhere, it names no one: no role, counted in generic_sides.
TEST_CASE("gdelt: a bare type code is placed by the actor's geography, or names no one") {
  std::string row;
  {
    std::ifstream in(events_dir / "gdelt-v2.tsv");
    for (int k = 0; k < 3; ++k)
      std::getline(in, row);  // row 3: IRQGOV "BAGHDAD" -> USA, placed in Baghdad (IZ)
  }
  std::vector<std::string> f;
  for (std::size_t start = 0;;) {
    const auto tab = row.find('\t', start);
    f.push_back(row.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  REQUIRE(f.size() == 61);
  REQUIRE(f[5] == "IRQGOV");
  REQUIRE(f[37] == "IZ");  // Actor1Geo_CountryCode
  auto line = [&](const char* id, const char* geo) {
    auto g = f;
    g[0] = id;
    g[5] = "GOV";  // Actor1Code: a bare type code
    g[6] = "GOVERNMENT";
    g[7] = "";  // Actor1CountryCode
    g[37] = geo;
    std::string out;
    for (std::size_t k = 0; k < g.size(); ++k)
      out += (k ? "\t" : "") + g[k];
    return out + "\n";
  };
  graph_data data;
  const auto r =
      import_events(data, event_format::gdelt,
                    std::vector<named_input>{{"bare.tsv", line("1200000001", "IZ") + line("1200000002", "")}});
  CHECK(r.imported == 2);
  CHECK(r.generic_sides == 1);  // the second row's GOV, placed nowhere
  CHECK(roles_of(data, "gdelt-1200000001") ==
        std::vector<std::string>{"perpetrator Government (GOV) in Iraq", "target United States"});
  CHECK(roles_of(data, "gdelt-1200000002") == std::vector<std::string>{"target United States"});
  const auto* gov = find_actor(data, "Government (GOV) in Iraq");
  REQUIRE(gov != nullptr);
  CHECK(gov->kind == node_kind::group);
  CHECK(gov->country == "IQ");
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
      {event_format::acled, {"acled-current.csv", "acled-old.csv", "acled-2020.csv"}},
      {event_format::acled, {"acled-afghanistan-intrastate.csv"}},
      {event_format::ucdp_ged, {"ucdp-ged.csv"}},
      {event_format::ucdp_esd, {"ucdp-esd.csv"}},
      {event_format::ucdp_acd, {"ucdp-acd.csv"}},
      {event_format::ucdp_brd, {"ucdp-brd.csv"}},
  };
  for (const auto& [format, names] : cases) {
    std::vector<fs::path> files;
    for (const auto* n : names)
      files.push_back(events_dir / n);
    for (const bool on_scenario : {false, true}) {
      CAPTURE(to_string(format));
      CAPTURE(on_scenario);
      // On a scenario: its incidents and roles come first, the imported ones after.
      const graph_data base =
          on_scenario ? load_files({fs::path(FAULTLINE_SAMPLES_DIR) / "baghdad-2024-01.yaml"}).data() : graph_data{};
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
    const auto again = import_events_to_snapshot(before, event_format::gdelt, v2, out, {}, snapshot_when::if_imported);
    CHECK_FALSE(again.written);
    CHECK(again.report.imported == 0);
    CHECK(again.report.duplicates == 9);  // the 8 rows and the duplicate row of the file
    CHECK(again.incidents == 8);
  }
  SUBCASE("every row malformed, or an empty file: nothing is written, not even a new file") {
    const auto bad = dir.path / "bad.csv";
    std::ofstream(bad) << "event_id_cnty,event_date,year,event_type,actor1,country\n"
                          "AFG1,5/9/2020,2020,Battles,Taliban,Afghanistan\n";
    const auto empty = dir.path / "empty.tsv";
    std::ofstream(empty) << "";
    const auto fresh = dir.path / "fresh.snap";
    for (const auto& [format, file] : {std::pair{event_format::acled, bad}, std::pair{event_format::gdelt, empty}}) {
      CAPTURE(file);
      const auto got = import_events_to_snapshot({}, format, {file}, fresh);
      CHECK(got.report.all_malformed());
      CHECK_FALSE(got.written);
      CHECK_FALSE(fs::exists(fresh));
      const auto onto = import_events_to_snapshot(before, format, {file}, out);
      CHECK_FALSE(onto.written);
    }
    fs::remove(bad);
    fs::remove(empty);
  }
  SUBCASE("appending another file adds after what was there") {
    const auto more = import_events_to_snapshot(before, event_format::gdelt, {events_dir / "gdelt-v1.tsv"}, out, {},
                                                snapshot_when::if_imported);
    CHECK(more.written);
    const auto after = read_snapshot(out);
    REQUIRE(after.incidents().size() > before.incidents.size());
    for (std::size_t k = 0; k < before.incidents.size(); ++k)
      CHECK(after.incidents()[k] == before.incidents[k]);
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
    for (std::string line; std::getline(in, line);)
      fixture.push_back(line);
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
    for (const auto& a : data.actors)
      names.push_back(a.id + " " + a.name);
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
