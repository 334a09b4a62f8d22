// SPDX-License-Identifier: Apache-2.0
// The UCDP External Support Dataset importer: support types kept per year,
// with the opponent and the conflict, and the real file of ../shared/data
// read back through `backers --depth 1` for every actor and year.
//
// samples/fixtures/events/ucdp-esd-years.csv (rows written for this test in
// the ESD 18.1 layout, 97 columns; every supporter a state):
//   1979 UNITA vs Government of Angola, conflict 327: France, South Africa;
//        weapons given by both (ext_w_count_s 2), training by one (ext_t_count_s 1)
//   1980 the same conflict: South Africa alone; troops (x), weapons, training
//   1981 the same: South Africa alone; troops, weapons, training
//   1981 UNITA vs Government of Zambia, conflict 999: South Africa; weapons
//   1982 the same conflict 327: no supporter
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <faultline/algorithms/backers.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/loaders/event_data.hpp>

using namespace faultline;
namespace fs = std::filesystem;

namespace {

const fs::path events_dir = fs::path(FAULTLINE_SAMPLES_DIR) / "fixtures" / "events";
const fs::path shared_esd = fs::path(FAULTLINE_SHARED_DATA_DIR) / "ucdp" / "ucdp-esd-ay-181.csv";

const actor& named(const graph_data& data, std::string_view name) {
  for (const auto& a : data.actors)
    if (a.name == name) return a;
  FAIL("no actor named " << name);
  throw std::logic_error("unreachable");
}

actor_index index_of(const graph_data& data, std::string_view name) {
  return static_cast<actor_index>(&named(data, name) - data.actors.data());
}

// "from -> to against X in C since..until [qualifier]" for each backs relation, sorted.
std::vector<std::string> backs_relations(const graph_data& data) {
  const auto backs = data.relation_types.find("backs");
  std::vector<std::string> out;
  for (const auto& r : data.relations) {
    if (r.type != *backs) continue;
    out.push_back(data.actors[r.from].name + " -> " + data.actors[r.to].name +
                  (r.against == no_index ? std::string() : " against " + data.actors[r.against].name) +
                  (r.conflict.empty() ? std::string() : " in " + r.conflict) + " " + r.since->to_string() + ".." +
                  r.until->to_string() + " [" + r.qualifier + "]");
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A CSV file split as RFC 4180 says: fields separated by commas, a field in
// double quotes may hold commas, line breaks and doubled quotes. Written here
// independently of the importers' reader.
std::vector<std::vector<std::string>> read_csv(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (quoted) {
      if (c == '"' && k + 1 < text.size() && text[k + 1] == '"') {
        field += '"';
        ++k;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    any = true;
    if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && k + 1 < text.size() && text[k + 1] == '\n') ++k;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      any = false;
    } else {
      field += c;
    }
  }
  if (any) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

// The supporters in an ESD `ext_name`: as SOURCE.md and the codebook write
// them, names separated by "," with no space after it ("Government of
// Iran,Government of Syria"); a comma followed by a space belongs to a name
// ("Interahamwe, ex-FAR").
std::vector<std::string> supporters_of(const std::string& list) {
  std::vector<std::string> out;
  std::string name;
  for (std::size_t k = 0; k <= list.size(); ++k) {
    if (k == list.size() || (list[k] == ',' && (k + 1 == list.size() || list[k + 1] != ' '))) {
      while (!name.empty() && name.back() == ' ')
        name.pop_back();
      const auto start = name.find_first_not_of(' ');
      if (start != std::string::npos) out.push_back(name.substr(start));
      name.clear();
    } else {
      name += list[k];
    }
  }
  return out;
}

// The relation from `from` to `to` of type backs that covers `year`, or nullptr.
const relation* backs_in(const graph_data& data, actor_index from, actor_index to, int year) {
  const auto backs = data.relation_types.find("backs");
  for (const auto& r : data.relations)
    if (r.type == *backs && r.from == from && r.to == to && r.since->year() <= year && r.until->year() >= year)
      return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("ucdp esd: support types, opponent and conflict are kept per year") {
  graph_data data;
  const auto report =
      import_events(data, event_format::ucdp_esd, std::vector<fs::path>{events_dir / "ucdp-esd-years.csv"});
  CHECK(report.malformed == 0);
  CHECK(report.rows == 5);
  CHECK(report.imported == 4);  // 1982 has no supporter
  // By hand from the rows above. South Africa's years 1979 (no troops; one of
  // two states gave training: possibly), 1980-1981 (troops, weapons,
  // training) are two facts, not one that lends 1979 the troops of 1980; its
  // support against Zambia in another conflict in 1981 is a third.
  CHECK(backs_relations(data) ==
        std::vector<std::string>{
            "France -> UNITA against Angola in ucdp:327 1979..1979 [weapons; possibly training and expertise]",
            "South Africa -> UNITA against Angola in ucdp:327 1979..1979 [weapons; possibly training and expertise]",
            "South Africa -> UNITA against Angola in ucdp:327 1980..1981 [troops as secondary warring party, weapons, "
            "training and expertise]",
            "South Africa -> UNITA against Zambia in ucdp:999 1981..1981 [weapons]"});
  const auto sa = index_of(data, "South Africa"), unita = index_of(data, "UNITA");
  const auto* in_1979 = backs_in(data, sa, unita, 1979);
  REQUIRE(in_1979 != nullptr);
  CHECK(in_1979->qualifier.find("troops") == std::string::npos);
  CHECK(in_1979->prov.note.find("against Government of Angola in conflict 327 (Angola: Government)") !=
        std::string::npos);
  CHECK_NOTHROW(graph{data});

  SUBCASE("importing the file again adds nothing") {
    const auto again =
        import_events(data, event_format::ucdp_esd, std::vector<fs::path>{events_dir / "ucdp-esd-years.csv"});
    CHECK(again.relations_added == 0);
    CHECK(again.duplicates == 4);
  }
}

// The real file: for every actor and year, the backers at depth 1 as of that
// year are exactly the supporters the file lists for that actor in that
// year's rows (an actor may have several rows a year, one per opponent), read
// by the splitter above; and South Africa's support for UNITA carries no
// troops in the years whose rows list none.
TEST_CASE("ucdp esd: the real file, every actor and year, against an independent reading") {
  if (!fs::exists(shared_esd)) {
    MESSAGE("shared data absent: " << shared_esd.string() << " not found, the real ESD check is skipped");
    return;
  }
  graph_data data;
  const auto report = import_events(data, event_format::ucdp_esd, std::vector<fs::path>{shared_esd});
  REQUIRE(report.malformed == 0);
  const graph g(data);

  // Every spelling the importer merged into an actor, and the actor's own name.
  std::unordered_map<std::string, actor_index> by_name;
  for (actor_index a = 0; a < data.actors.size(); ++a) {
    by_name.emplace(data.actors[a].name, a);
    for (const auto& m : data.actors[a].merged)
      by_name.emplace(m.name, a);
  }
  auto actor_of = [&](const std::string& name) {
    const auto it = by_name.find(name);
    return it == by_name.end() ? no_index : it->second;
  };

  const auto rows = read_csv(shared_esd);
  REQUIRE(rows.size() == 4782);  // the header and 4,781 rows (SOURCE.md)
  const auto& header = rows[0];
  auto column = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const auto c_year = column("year"), c_actor = column("actor_name"), c_ext = column("ext_name"), c_x = column("ext_x"),
             c_p = column("ext_p");
  REQUIRE(c_ext < header.size());

  std::map<std::pair<actor_index, int>, std::set<actor_index>> expected;
  std::set<int> sa_no_troops, sa_troops;
  std::size_t unknown = 0, rows_with_supporters = 0;
  for (std::size_t k = 1; k < rows.size(); ++k) {
    const auto& row = rows[k];
    REQUIRE(row.size() == header.size());
    const int year = std::stoi(row[c_year]);
    const auto names = supporters_of(row[c_ext]);
    rows_with_supporters += names.empty() ? 0 : 1;
    // Some names carry a trailing space in the file ("al-Qaida "); a name is
    // what is left without it, as the codebook writes it.
    std::string actor_name = row[c_actor];
    while (!actor_name.empty() && actor_name.back() == ' ')
      actor_name.pop_back();
    const auto subject = actor_of(actor_name);
    if (subject == no_index) {
      // An actor never supported (nor supporting, nor opposing one who is)
      // is not in the graph; then no row may list a supporter for it.
      if (!names.empty()) {
        ++unknown;
        MESSAGE("no actor for supported actor " << actor_name);
      }
      continue;
    }
    auto& set = expected[{subject, year}];
    for (const auto& name : names) {
      const auto s = actor_of(name);
      if (s == no_index) {
        ++unknown;
        MESSAGE("no actor for supporter " << name);
      } else if (s != subject) {  // two names of one actor: not a backer of itself
        set.insert(s);
      }
      if (actor_name == "UNITA" && name == "Government of South Africa")
        (row[c_x] == "0" && row[c_p] == "0" ? sa_no_troops : sa_troops).insert(year);
    }
  }
  CHECK(unknown == 0);
  CHECK(rows_with_supporters == 3006);  // SOURCE.md: 3,006 rows have ext_sup == 1

  backing_options depth1;
  depth1.max_depth = 1;
  std::size_t checked = 0, mismatches = 0;
  for (const auto& [key, supporters] : expected) {
    view_options when;
    when.as_of = date::parse(std::to_string(key.second));
    const graph_view view(g, when);
    std::set<actor_index> found;
    for (const auto& answer : backers(view, key.first, depth1).answers)
      found.insert(answer.actor);
    ++checked;
    if (found != supporters && ++mismatches <= 10) {
      std::string want, got;
      for (auto a : supporters)
        want += data.actors[a].name + "; ";
      for (auto a : found)
        got += data.actors[a].name + "; ";
      FAIL_CHECK(data.actors[key.first].name << " in " << key.second << ": the file lists " << want << "backers finds "
                                             << got);
    }
  }
  CHECK(mismatches == 0);
  CHECK(checked == expected.size());
  MESSAGE(checked << " actor-years checked");

  // South Africa -> UNITA: the years whose rows list no troops (by pandas on
  // the file: 1977, 1978 and 1979) have facts without troops.
  CHECK(sa_no_troops == std::set<int>{1977, 1978, 1979});
  const auto sa = actor_of("Government of South Africa"), unita = actor_of("UNITA");
  for (const int year : sa_no_troops) {
    const auto* r = backs_in(data, sa, unita, year);
    REQUIRE(r != nullptr);
    CHECK_MESSAGE(r->qualifier.find("troops") == std::string::npos, year << ": " << r->qualifier);
    CHECK(r->conflict == "ucdp:327");
    CHECK(r->against == actor_of("Government of Angola"));
  }
  for (const int year : sa_troops) {
    const auto* r = backs_in(data, sa, unita, year);
    REQUIRE(r != nullptr);
    CHECK_MESSAGE(r->qualifier.find("troops") != std::string::npos, year << ": " << r->qualifier);
  }
}
