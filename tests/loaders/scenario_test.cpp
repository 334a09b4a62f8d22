// SPDX-License-Identifier: Apache-2.0
// Line:column positions in the expected messages were counted by hand on the
// inline texts (1-based; a flow mapping's position is its '{', a block
// mapping's its first key, a value's its first character).
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/event_data.hpp>
#include <faultline/loaders/scenario.hpp>

using namespace faultline;
namespace fs = std::filesystem;

namespace {

const fs::path samples{FAULTLINE_SAMPLES_DIR};
const fs::path sample_file = samples / "baghdad-2024-01.yaml";
const fs::path every_field_file = samples / "fixtures" / "every-field.yaml";

graph load(const std::string& text, const std::string& name = "t.yaml") {
  return load_inputs({{name, text}});
}

// The what() of the parse_error that loading `inputs` throws.
std::string load_error(const std::vector<named_input>& inputs) {
  try {
    (void)load_inputs(inputs);
  } catch (const parse_error& e) {
    return e.what();
  } catch (const std::exception& e) {
    return std::string("<not a parse_error: ") + e.what() + ">";
  }
  return "<no error>";
}

std::string load_error(const std::string& text) {
  return load_error({{"t.yaml", text}});
}

std::size_t count_kind(const graph& g, node_kind k) {
  std::size_t n = 0;
  for (const auto& a : g.actors())
    n += a.kind == k ? 1 : 0;
  return n;
}

std::size_t count_type(const graph& g, std::string_view type) {
  const auto t = g.relation_types().find(type);
  std::size_t n = 0;
  for (const auto& r : g.relations())
    n += t && r.type == *t ? 1 : 0;
  return n;
}

const std::string two_states =
    "faultline: 1\n"
    "actors:\n"
    "  - {id: a, kind: state}\n"
    "  - {id: b, kind: state}\n"
    "relations:\n";

const std::string file_a =
    "faultline: 1\n"
    "actors:\n"
    "  - {id: iran, kind: state, name: Iran, aliases: [Tehran]}\n"
    "  - {id: usa, kind: state, name: United States}\n"
    "relations:\n"
    "  - {from: iran, type: hostile_to, to: usa}\n"
    "incidents:\n"
    "  - {id: x, date: 2024-01-04, perpetrator: [usa], target: [iran]}\n";

const std::string file_b =
    "faultline: 1\n"
    "actors:\n"
    "  - {id: iran, kind: state, aliases: [Persia, Tehran], tags: [middle-east]}\n"
    "relations:\n"
    "  - {from: iran, type: hostile_to, to: usa}\n"
    "  - {from: usa, type: hostile_to, to: iran}\n"
    "incidents:\n"
    "  - {id: x, date: 2024-01-04, perpetrator: [usa], target: [iran]}\n"
    "  - {id: y, date: 2024-01-05, perpetrator: [iran], responds_to: [x]}\n";

}  // namespace

TEST_CASE("scenario: the bundled sample loads with the counts of its YAML") {
  const auto g = load_files({sample_file});
  // Counted in samples/baghdad-2024-01.yaml (and checked with python3 + PyYAML).
  CHECK(g.actors().size() == 15);
  CHECK(count_kind(g, node_kind::state) == 5);
  CHECK(count_kind(g, node_kind::group) == 6);
  CHECK(count_kind(g, node_kind::person) == 4);
  CHECK(g.relations().size() == 16);
  CHECK(count_type(g, "member_of") == 6);
  CHECK(count_type(g, "hostile_to") == 3);
  CHECK(count_type(g, "backs") == 2);
  CHECK(count_type(g, "hosts") == 1);
  CHECK(count_type(g, "designates") == 1);
  CHECK(count_type(g, "controls") == 1);
  CHECK(count_type(g, "condemns") == 1);
  CHECK(count_type(g, "at_war_with") == 1);
  CHECK(g.incidents().size() == 9);
  CHECK(g.roles().size() == 22);
  CHECK(g.links().size() == 3);
  CHECK(g.sources().size() == 1);
  // The built-in vocabulary plus the sample's own `hosts`.
  CHECK(g.relation_types().size() == vocabulary::builtin().size() + 1);
  const auto hosts = g.relation_types().find("hosts");
  REQUIRE(hosts.has_value());
  CHECK(g.relation_types()[*hosts].sign == polarity::friendly);
  CHECK(g.relation_types()[*hosts].default_weight == 0.5);
  REQUIRE(g.data().scenarios.size() == 1);
  CHECK(g.data().scenarios[0].id == "baghdad-2024-01");
  CHECK(g.data().scenarios[0].as_of == date::parse("2024-01-04"));

  // A few facts read field by field.
  const auto nujaba = g.resolve_actor("Harakat al Nujaba");
  CHECK(g.actors()[nujaba].id == "nujaba");
  CHECK(g.actors()[nujaba].category == "militia");
  const auto& pmf_member = g.relations()[3];  // {from: nujaba, type: member_of, to: pmf, confidence: 0.8}
  CHECK(g.actors()[pmf_member.from].id == "nujaba");
  CHECK(g.actors()[pmf_member.to].id == "pmf");
  CHECK(pmf_member.prov.confidence == 0.8);
  CHECK(pmf_member.prov.sources == std::vector<source_index>{0});
  const auto strike = g.find_id("baghdad-strike");
  REQUIRE(strike.has_value());
  const auto& inc = g.incidents()[strike->index];
  CHECK(inc.when == date::parse("2024-01-04"));
  CHECK(inc.fatalities == 2);
  CHECK_FALSE(inc.injured.has_value());
  CHECK(inc.where.country == "IQ");
  CHECK(g.roles_of_incident(strike->index).size() == 5);  // perpetrator, target, 2 victims, condemned_by
  const auto kerman = g.find_id("kerman-bombing");
  REQUIRE(kerman.has_value());
  CHECK(g.incidents()[kerman->index].fatalities == 84);
  // Faithful to the article (issue 12, part 6): the Islamic State claimed the
  // bombing, and no one is said to have carried it out.
  std::vector<std::string> kerman_roles;
  for (auto k : g.roles_of_incident(kerman->index))
    kerman_roles.push_back(std::string(to_string(g.roles()[k].kind)) + " " + g.actors()[g.roles()[k].actor].id);
  CHECK(kerman_roles == std::vector<std::string>{"target iran", "claimed_by islamic-state"});
  // The calls for withdrawal were under way when the strike happened: they answer nothing.
  const auto calls = g.find_id("calls-for-us-withdrawal");
  REQUIRE(calls.has_value());
  CHECK(g.links_from(calls->index).empty());
  // US support for Israel is a backs relation, not an incident.
  CHECK_FALSE(g.find_id("us-support-for-israel").has_value());
  bool usa_backs_israel = false;
  for (const auto& r : g.relations())
    usa_backs_israel = usa_backs_israel || (g.actors()[r.from].id == "usa" && g.actors()[r.to].id == "israel" &&
                                            g.relation_types()[r.type].id == "backs");
  CHECK(usa_backs_israel);
  // The attribution with its attributor.
  const auto killing = g.find_id("hamas-official-killing");
  REQUIRE(killing.has_value());
  bool attributed = false;
  for (auto k : g.roles_of_incident(killing->index)) {
    const auto& r = g.roles()[k];
    if (r.kind != role::attributed_to) continue;
    attributed = true;
    CHECK(g.actors()[r.actor].id == "israel");
    REQUIRE(r.attributed_by != no_index);
    CHECK(g.actors()[r.attributed_by].id == "lebanon");
  }
  CHECK(attributed);
}

TEST_CASE("scenario: YAML and JSON round trips of the sample give equal graph data") {
  const auto g = load_files({sample_file});
  const auto yaml = write_scenario(g, scenario_syntax::yaml);
  const auto json = write_scenario(g, scenario_syntax::json);
  CHECK(load(yaml, "back.yaml").data() == g.data());
  CHECK(load(json, "back.json").data() == g.data());
  // Writing again gives the same text.
  CHECK(write_scenario(load(yaml, "back.yaml"), scenario_syntax::yaml) == yaml);
  CHECK(write_scenario(load(json, "back.json"), scenario_syntax::json) == json);
  // The JSON is JSON: an object whose first member is the format version.
  CHECK(json.rfind("{\n  \"faultline\": 1,", 0) == 0);
  CHECK(json.back() == '\n');
}

TEST_CASE("scenario: round trips of a scenario with every optional field set") {
  const auto g = load_files({every_field_file});
  const auto& d = g.data();
  // The fixture's fields arrived (what the round trip is meant to carry).
  REQUIRE(d.scenarios.size() == 2);
  CHECK(d.scenarios[0].description == "Two lines,\nthe second with a \"quote\".\n");
  CHECK(d.scenarios[1].as_of == date::parse("2024"));
  REQUIRE(d.sources.size() == 2);
  CHECK(d.sources[1].title == "null");
  CHECK(d.sources[0].published == date::parse("2024-01-04"));
  CHECK(d.relation_types.size() == vocabulary::builtin().size() + 2);
  const auto funds = d.relation_types.find("funds");
  REQUIRE(funds.has_value());
  CHECK(d.relation_types[*funds].default_weight == 0.7);
  CHECK(d.relation_types[*d.relation_types.find("feuds_with")].symmetric);
  CHECK(d.actors[0].aliases == std::vector<std::string>{"NO", "Kongeriket Norge"});
  CHECK(d.actors[0].country == "NO");
  CHECK(d.actors[0].prov.confidence == 0.75);
  CHECK(d.actors[1].aliases == std::vector<std::string>{"Alpha", "~"});
  CHECK(d.actors[3].prov.confidence == 0.0);
  CHECK(d.relations[0].weight == 0.4);
  CHECK(d.relations[0].qualifier == "cash");
  CHECK(d.relations[4].weight == 0.001);
  CHECK(d.relations[4].against == 3);  // person-one
  CHECK(d.relations[4].conflict == "ucdp:327");
  CHECK(d.relations[0].against == no_index);
  CHECK(d.relations[0].conflict.empty());
  CHECK(d.relations[2].weight == 0.25);  // feuds_with's default weight
  CHECK(d.incidents[0].where.lat == 33.3152);
  CHECK(d.incidents[0].where.lon == -44.3661);
  CHECK(d.incidents[0].fatalities == 0);
  CHECK(d.incidents[1].where.name == "Just a name");
  CHECK_FALSE(d.incidents[1].fatalities.has_value());
  CHECK(d.incidents[3].name == "episode");
  CHECK(d.incidents[3].type == "incident");
  CHECK(d.roles.size() == 9);
  CHECK(d.links.size() == 4);

  const auto yaml = write_scenario(g, scenario_syntax::yaml);
  const auto json = write_scenario(g, scenario_syntax::json);
  CHECK(load(yaml, "back.yaml").data() == d);
  CHECK(load(json, "back.json").data() == d);
}

TEST_CASE("scenario: round trip of an empty scenario") {
  const auto g = load("faultline: 1\n");
  CHECK(g.actors().empty());
  CHECK(write_scenario(g, scenario_syntax::json) == "{\n  \"faultline\": 1\n}\n");
  CHECK(load(write_scenario(g, scenario_syntax::yaml)).data() == g.data());
}

TEST_CASE("scenario: JSON input, with positions") {
  const auto g = load(
      "{\"faultline\": 1,\n"
      " \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}, {\"id\": \"b\", \"kind\": \"group\", \"name\": \"B\"}],\n"
      " \"relations\": [{\"from\": \"a\", \"type\": \"backs\", \"to\": \"b\", \"weight\": 0.5}]}\n",
      "t.json");
  REQUIRE(g.actors().size() == 2);
  CHECK(g.actors()[0].name == "a");  // no name: the id
  CHECK(g.actors()[1].name == "B");
  REQUIRE(g.relations().size() == 1);
  CHECK(g.relations()[0].weight == 0.5);

  CHECK(load_error({{"t.json",
                     "{\"faultline\": 1,\n"
                     " \"actors\": [{\"id\": \"a\", \"kind\": \"stat\"}]}\n"}}) ==
        "t.json:2:33: `kind` \"stat\" is not an actor kind: expected state, group or person");
}

TEST_CASE("scenario: multi-file merge adds aliases, keeps a repeated relation once") {
  const auto g = load_inputs({{"a.yaml", file_a}, {"b.yaml", file_b}});
  REQUIRE(g.actors().size() == 2);
  const auto& iran = g.actors()[0];
  CHECK(iran.name == "Iran");
  CHECK(iran.aliases == std::vector<std::string>{"Tehran", "Persia"});
  CHECK(iran.tags == std::vector<std::string>{"middle-east"});
  CHECK(g.resolve_actor("Persia") == 0);
  // iran hostile_to usa is in both files: once; usa hostile_to iran is new.
  REQUIRE(g.relations().size() == 2);
  CHECK(g.relations()[0].from == 0);
  CHECK(g.relations()[1].from == 1);
  // The identical incident x is kept once, with its roles once; y is added.
  CHECK(g.incidents().size() == 2);
  CHECK(g.roles().size() == 3);
  CHECK(g.links().size() == 1);
  // A relation that differs (here, by its date) is another fact.
  const auto h =
      load_inputs({{"a.yaml", file_a},
                   {"c.yaml", "faultline: 1\nrelations:\n  - {from: iran, type: hostile_to, to: usa, since: 1979}\n"}});
  CHECK(h.relations().size() == 2);
}

TEST_CASE("scenario: multi-file conflicts name both places") {
  CHECK(load_error(
            {{"a.yaml", file_a}, {"c.yaml", "faultline: 1\nactors:\n  - {id: iran, kind: state, name: Persia}\n"}}) ==
        "c.yaml:3:5: conflicting definition of actor \"iran\": name \"Persia\" here, \"Iran\" at a.yaml:3:5");
  CHECK(load_error({{"a.yaml", file_a}, {"c.yaml", "faultline: 1\nactors:\n  - {id: iran, kind: group}\n"}}) ==
        "c.yaml:3:5: conflicting definition of actor \"iran\": kind \"group\" here, \"state\" at a.yaml:3:5");
  CHECK(load_error({{"a.yaml", file_a},
                    {"c.yaml",
                     "faultline: 1\nactors:\n  - {id: usa, kind: state, country: US}\n  - {id: usa2, kind: state}\n"},
                    {"d.yaml", "faultline: 1\nactors:\n  - {id: usa, kind: state, country: CA}\n"}}) ==
        "d.yaml:3:5: conflicting definition of actor \"usa\": country \"CA\" here, \"US\" at a.yaml:4:5");
  CHECK(load_error({{"a.yaml", file_a}, {"c.yaml", "faultline: 1\nincidents:\n  - {id: x, date: 2024-01-05}\n"}}) ==
        "c.yaml:3:5: conflicting definition of incident \"x\": it differs from the one at a.yaml:8:5");
  // An actor id reused as an incident id in a later file.
  CHECK(load_error({{"a.yaml", file_a}, {"c.yaml", "faultline: 1\nincidents:\n  - {id: iran, date: 2024}\n"}}) ==
        "c.yaml:3:5: duplicate id \"iran\": already defined at a.yaml:3:5");
}

TEST_CASE("scenario: a duplicate id within one file") {
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: iran, kind: state}\n"
                   "  - {id: iran, kind: group}\n") ==
        "t.yaml:4:5: duplicate id \"iran\": already defined at t.yaml:3:5");
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: iran, kind: state}\n"
                   "incidents:\n"
                   "  - {id: iran, date: 2024}\n") ==
        "t.yaml:5:5: duplicate id \"iran\": already defined at t.yaml:3:5");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024}\n"
                   "  - {id: x, date: 2024}\n") == "t.yaml:4:5: duplicate id \"x\": already defined at t.yaml:3:5");
}

TEST_CASE("scenario: a snapshot followed by a scenario") {
  const auto base = load(file_a, "a.yaml");
  const auto snap = snapshot_bytes(base);
  const auto g = load_inputs({{"a.snap", snap}, {"b.yaml", file_b}});
  CHECK(g.data() == load_inputs({{"a.yaml", file_a}, {"b.yaml", file_b}}).data());
  // A snapshot alone.
  CHECK(load_inputs({{"a.snap", snap}}).data() == base.data());
  // Conflicts with the snapshot's content say so.
  CHECK(load_error(
            {{"a.snap", snap}, {"c.yaml", "faultline: 1\nactors:\n  - {id: iran, kind: state, name: Persia}\n"}}) ==
        "c.yaml:3:5: conflicting definition of actor \"iran\": name \"Persia\" here, \"Iran\" at the snapshot");
}

TEST_CASE("scenario: a snapshot that is not the first input") {
  const auto snap = snapshot_bytes(load(file_a, "a.yaml"));
  CHECK(load_error({{"b.yaml", "faultline: 1\n"}, {"a.snap", snap}}) ==
        "a.snap: a snapshot can only be the first input; list it before the scenario files that add to it");
  // A damaged snapshot input is a snapshot_error.
  CHECK_THROWS_AS(load_inputs({{"a.snap", snap.substr(0, snap.size() - 1)}}), snapshot_error);
}

TEST_CASE("scenario: a YAML syntax error") {
  // The second ':' on line 2 (column 9) cannot start a value there.
  const auto message = load_error("faultline: 1\nfoo: bar: baz\n");
  CHECK(message.rfind("t.yaml:2:9: syntax error: ", 0) == 0);
  CHECK(load_error("faultline: 1\nactors: [a, b\n").rfind("t.yaml:", 0) == 0);
  CHECK(load_error("faultline: 1\nactors: [a, b\n").find(": syntax error: ") != std::string::npos);
}

TEST_CASE("scenario: the format version") {
  CHECK(load_error("scenario: {id: x}\n") ==
        "t.yaml:1:1: missing `faultline: 1` (the format version) at the top of the file");
  CHECK(load_error("faultline: 2\n") == "t.yaml:1:12: unsupported format version `2`: this faultline reads version 1");
  CHECK(load_error("faultline: 1.0\n") ==
        "t.yaml:1:12: unsupported format version `1.0`: this faultline reads version 1");
  CHECK(load_error("") == "t.yaml: the file is empty: expected a scenario with `faultline: 1`");
  CHECK(load_error("# nothing but a comment\n") ==
        "t.yaml: the file is empty: expected a scenario with `faultline: 1`");
  CHECK(load_error("- faultline\n") == "t.yaml:1:1: the scenario file must be a mapping of `key: value` pairs");
}

TEST_CASE("scenario: unknown keys, with suggestions") {
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - id: iran\n"
                   "    kind: state\n"
                   "    alias: [Persia]\n") ==
        "t.yaml:5:5: unknown key `alias` in an actor; did you mean \"aliases\"? (allowed: id, kind, name, aliases, "
        "category, country, tags, description, source, sources, confidence, note, merged)");
  CHECK(load_error("faultline: 1\nactor: []\n") ==
        "t.yaml:2:1: unknown key `actor` in the scenario file; did you mean \"actors\"? (allowed: faultline, scenario, "
        "sources, relation_types, actors, relations, incidents)");
  CHECK(load_error("faultline: 1\nactors:\n  - {id: iran, kind: state, kind: group}\n") ==
        "t.yaml:3:29: key `kind` appears twice in an actor");
}

TEST_CASE("scenario: unknown references, with suggestions") {
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: iran, kind: state, name: Iran}\n"
                   "  - {id: usa, kind: state, name: United States}\n"
                   "relations:\n"
                   "  - {from: irann, type: hostile_to, to: usa}\n") ==
        "t.yaml:6:12: unknown actor \"irann\" in `from`; did you mean \"Iran (iran)\"?");
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: iran, kind: state, name: Iran}\n"
                   "  - {id: usa, kind: state, name: United States}\n"
                   "relations:\n"
                   "  - {from: iran, type: hostile_to, to: zzzzz}\n") ==
        "t.yaml:6:40: unknown actor \"zzzzz\" in `to`: declare it under `actors:`");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: y1, date: 2024}\n"
                   "  - {id: y3, date: 2024, responds_to: [y2]}\n") ==
        "t.yaml:4:40: unknown incident \"y2\" in `responds_to`; did you mean \"y1\" or \"y3\"?");
  CHECK(load_error("faultline: 1\n"
                   "sources:\n"
                   "  - {id: seed}\n"
                   "actors:\n"
                   "  - {id: iran, kind: state, source: sed}\n") ==
        "t.yaml:5:37: unknown source \"sed\": declare it under `sources:`; did you mean \"seed\"?");
  // An actor named by its display name, not its id, is not a reference.
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: iran, kind: state, name: Iran}\n"
                   "  - {id: usa, kind: state}\n"
                   "relations:\n"
                   "  - {from: Iran, type: hostile_to, to: usa}\n") ==
        "t.yaml:6:12: unknown actor \"Iran\" in `from`; did you mean \"Iran (iran)\"?");
}

TEST_CASE("scenario: relations: unknown type, self-loops, weights, confidence, dates") {
  CHECK(load_error(two_states + "  - {from: a, type: bakcs, to: b}\n") ==
        "t.yaml:6:21: unknown relation type \"bakcs\"; did you mean \"backs\"? (declare new types under "
        "`relation_types:`)");
  // Relations to oneself are refused.
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: a}\n") ==
        "t.yaml:6:5: a relation from an actor to itself (\"a\")");
  // `against` names an actor other than `to` (its value starts at column 44).
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, against: b}\n") ==
        "t.yaml:6:44: `against` names the actor the relation is directed to (\"b\"): expected its opponent");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, against: c}\n") ==
        "t.yaml:6:44: unknown actor \"c\" in `against`; did you mean \"a\" or \"b\"?");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, weight: 0}\n") ==
        "t.yaml:6:43: `weight` is 0: expected a number in (0, 1]");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, weight: 1.5}\n") ==
        "t.yaml:6:43: `weight` is 1.5: expected a number in (0, 1]");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, weight: -0.5}\n") ==
        "t.yaml:6:43: `weight` is -0.5: expected a number in (0, 1]");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, weight: nan}\n") ==
        "t.yaml:6:43: `weight` \"nan\" is not a number");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, weight: heavy}\n") ==
        "t.yaml:6:43: `weight` \"heavy\" is not a number");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, confidence: 2}\n") ==
        "t.yaml:6:47: `confidence` is 2: expected a number in [0, 1]");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, confidence: -0.1}\n") ==
        "t.yaml:6:47: `confidence` is -0.1: expected a number in [0, 1]");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, since: 2024-13}\n") ==
        "t.yaml:6:42: `since` \"2024-13\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar "
        "day)");
  CHECK(load_error(two_states + "  - {from: a, type: backs, to: b, since: 2024, until: 2023}\n") ==
        "t.yaml:6:55: `until` 2023 is before `since` 2024");
  CHECK(load_error(two_states + "  - {type: backs, to: b}\n") == "t.yaml:6:5: a relation has no `from`");
  // The boundaries: weight 1, confidence 0 and 1; a since/until within one year.
  const auto g = load(two_states +
                      "  - {from: a, type: backs, to: b, weight: 1, confidence: 0}\n"
                      "  - {from: b, type: backs, to: a, confidence: 1, since: 2024-03, until: 2024}\n");
  REQUIRE(g.relations().size() == 2);
  CHECK(g.relations()[0].weight == 1.0);
  CHECK(g.relations()[0].prov.confidence == 0.0);
  // Default weights come from the type.
  const auto h = load(two_states + "  - {from: a, type: condemns, to: b}\n");
  CHECK(h.relations()[0].weight == vocabulary::builtin()[*vocabulary::builtin().find("condemns")].default_weight);
}

TEST_CASE("scenario: relation types declared by the scenario") {
  const auto g = load(
      "faultline: 1\n"
      "relation_types:\n"
      "  - {id: funds, polarity: friendly, weight: 0.6, meaning: Pays}\n"
      "actors:\n"
      "  - {id: a, kind: state}\n"
      "  - {id: b, kind: group}\n"
      "relations:\n"
      "  - {from: a, type: funds, to: b}\n");
  const auto funds = g.relation_types().find("funds");
  REQUIRE(funds.has_value());
  CHECK(g.relation_types()[*funds] == relation_type{"funds", polarity::friendly, 0.6, false, "Pays"});
  REQUIRE(g.relations().size() == 1);
  CHECK(g.relations()[0].type == *funds);
  CHECK(g.relations()[0].weight == 0.6);

  CHECK(load_error("faultline: 1\nrelation_types:\n  - {id: backs, polarity: hostile}\n") ==
        "t.yaml:3:5: Relation type \"backs\" is already defined differently");
  CHECK(load_error("faultline: 1\nrelation_types:\n  - {id: funds, polarity: kind}\n") ==
        "t.yaml:3:27: `polarity` \"kind\" is not valid: expected friendly, hostile or neutral");
  CHECK(load_error("faultline: 1\nrelation_types:\n  - {id: funds, polarity: friendly, weight: 0}\n") ==
        "t.yaml:3:45: `weight` is 0: expected a number in (0, 1]");
  CHECK(load_error("faultline: 1\nrelation_types:\n  - {id: Funds, polarity: friendly}\n") ==
        "t.yaml:3:10: `id` \"Funds\" is not a valid id: expected lowercase letters, digits, '-', '_' or '.', starting "
        "with a letter or digit");
}

TEST_CASE("scenario: actors: kinds and ids") {
  CHECK(load_error("faultline: 1\nactors:\n  - {id: x, kind: incident}\n") ==
        "t.yaml:3:19: `kind` \"incident\" is not an actor kind: expected state, group or person (incidents go under "
        "`incidents:`)");
  CHECK(load_error("faultline: 1\nactors:\n  - {id: x}\n") == "t.yaml:3:5: actor \"x\" has no `kind`");
  CHECK(load_error("faultline: 1\nactors:\n  - {kind: state}\n") == "t.yaml:3:5: an actor has no `id`");
  CHECK(load_error("faultline: 1\nactors:\n  - {id: Iran, kind: state}\n") ==
        "t.yaml:3:10: `id` \"Iran\" is not a valid id: expected lowercase letters, digits, '-', '_' or '.', starting "
        "with a letter or digit");
  CHECK(load_error("faultline: 1\nactors: {id: x}\n") == "t.yaml:2:9: `actors` must be a list");
}

TEST_CASE("scenario: incidents: dates, counts, roles and links") {
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - id: x\n"
                   "    date: 2023-02-29\n") ==
        "t.yaml:4:11: `date` \"2023-02-29\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD (a real "
        "calendar day)");
  CHECK(load_error("faultline: 1\nincidents:\n  - id: x\n    type: strike\n") ==
        "t.yaml:3:5: incident \"x\" has no `date` (YYYY, YYYY-MM or YYYY-MM-DD)");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - id: x\n"
                   "    date: 2024-01-04\n"
                   "    fatalities: -3\n") == "t.yaml:5:17: `fatalities` is -3: a count cannot be negative");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - id: x\n"
                   "    date: 2024-01-04\n"
                   "    injured: 2.5\n") ==
        "t.yaml:5:14: `injured` \"2.5\" is not a count: expected a whole number or `unknown`");
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: iran, kind: state}\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024, victim: [iran]}\n") ==
        "t.yaml:5:34: `victim` lists the persons killed, but \"iran\" is a state; use `target` for states and groups");
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: usa, kind: state}\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024, responds_to: [usa]}\n") ==
        "t.yaml:5:39: `responds_to` expects an incident, but \"usa\" is an actor");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024}\n"
                   "  - {id: y, date: 2024, perpetrator: [x]}\n") ==
        "t.yaml:4:39: `perpetrator` expects an actor, but \"x\" is an incident");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024, part_of: [x]}\n") == "t.yaml:3:35: incident \"x\" cannot part_of itself");
  CHECK(load_error("faultline: 1\n"
                   "actors:\n"
                   "  - {id: a, kind: state}\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024, target: [{actor: a, by: a}]}\n") ==
        "t.yaml:5:49: `by` is only for `attributed_to` (who attributes the incident)");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024-02, until: 2024-01}\n") ==
        "t.yaml:3:35: `until` 2024-01 is before the incident's date 2024-02");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: x, date: 2024, place: {name: B, lat: 91}}\n") ==
        "t.yaml:3:47: `lat` must be between -90 and 90");
  // Forward references within a file, a victim that is a person, counts of zero and `unknown`.
  const auto g = load(
      "faultline: 1\n"
      "incidents:\n"
      "  - {id: y, date: 2024-01-05, responds_to: [x], perpetrator: p, victim: [v], fatalities: 0, injured: unknown}\n"
      "  - {id: x, date: 2024-01-04}\n"
      "actors:\n"
      "  - {id: p, kind: group}\n"
      "  - {id: v, kind: person}\n");
  REQUIRE(g.incidents().size() == 2);
  CHECK(g.incidents()[0].fatalities == 0);
  CHECK_FALSE(g.incidents()[0].injured.has_value());
  REQUIRE(g.links().size() == 1);
  CHECK(g.links()[0].from == 0);
  CHECK(g.links()[0].to == 1);
  CHECK(g.roles().size() == 2);
}

TEST_CASE("scenario: load_files reads files and names them in errors") {
  CHECK(load_files({sample_file}).actors().size() == 15);
  const auto missing = samples / "fixtures" / "no-such-file.yaml";
  CHECK_THROWS_WITH_AS(load_files({missing}),
                       ("Cannot open " + missing.string() + ": No such file or directory").c_str(), io_error);
  // Loading nothing gives an empty graph.
  CHECK(load_files({}).actors().empty());
}

TEST_CASE("scenario: strings that need quoting survive both syntaxes") {
  const std::vector<std::string> nasty = {
      "- dash",      "key: value",
      "#hash",       "&anchor",
      "*alias",      "!tag",
      "%percent",    "@at",
      "`tick",       "'single'",
      "\"double\"",  " leading",
      "trailing ",   "two\nlines",
      "tab\there",   "null",
      "~",           "true",
      "no",          "1e3",
      "0x10",        "[bracket",
      "{brace",      "a, b",
      "? question",  "| pipe",
      "> folded",    "a #not comment",
      "back\\slash", "Qāsem Soleimānī",
      "2024-01-04",  "---",
      "...",         "=",
      "<<",
  };
  graph_data d;
  for (std::size_t k = 0; k < nasty.size(); ++k) {
    actor a;
    a.id = "a" + std::to_string(k);
    a.kind = node_kind::group;
    a.name = nasty[k];
    a.aliases = {nasty[k]};
    a.description = nasty[k];
    a.tags = {nasty[k]};
    a.prov.note = nasty[k];
    d.actors.push_back(std::move(a));
  }
  const graph g(d);
  for (const auto syntax : {scenario_syntax::yaml, scenario_syntax::json}) {
    CAPTURE(static_cast<int>(syntax));
    const auto text = write_scenario(g, syntax);
    CAPTURE(text);
    const auto back = load(text, syntax == scenario_syntax::yaml ? "back.yaml" : "back.json");
    REQUIRE(back.actors().size() == nasty.size());
    for (std::size_t k = 0; k < nasty.size(); ++k) {
      CAPTURE(nasty[k]);
      CHECK(back.actors()[k] == g.actors()[k]);
    }
  }
}

TEST_CASE("scenario: text that is not UTF-8 is refused where it starts") {
  // "Caf\xe9" is Latin-1; line 3 is `  - {id: a, kind: group, name: "Caf\xe9"}`, whose 0xe9 is column 36.
  CHECK(load_error("faultline: 1\nactors:\n  - {id: a, kind: group, name: \"Caf\xe9\"}\n") ==
        "t.yaml:3:36: the file is not valid UTF-8 (byte 0xe9); save it as UTF-8");
  CHECK(load_error("\xff") == "t.yaml:1:1: the file is not valid UTF-8 (byte 0xff); save it as UTF-8");
  // A surrogate encoded in UTF-8 (ED A0 80) is not valid either; the same text with real UTF-8 loads.
  CHECK(load_error("faultline: 1 # \xed\xa0\x80\n") ==
        "t.yaml:1:16: the file is not valid UTF-8 (byte 0xed); save it as UTF-8");
  CHECK(load("faultline: 1\nactors:\n  - {id: a, kind: group, name: \"Caf\xc3\xa9 \xe2\x98\x83 \xf0\x9d\x84\x9e\"}\n")
            .actors()[0]
            .name == "Caf\xc3\xa9 \xe2\x98\x83 \xf0\x9d\x84\x9e");
}

// ------------------------------------------------------------ lossless round trip (issue 12, 5.10)

namespace {

// Imported data -> snapshot -> scenario (YAML or JSON) -> loaded again.
graph_data through_scenario(const graph_data& data, scenario_syntax syntax) {
  const graph snapshot = read_snapshot(snapshot_bytes(graph(data)), "events.snap");
  const std::string text = write_scenario(snapshot, syntax);
  return load_inputs({{syntax == scenario_syntax::json ? "events.json" : "events.yaml", text}}).data();
}

}  // namespace

TEST_CASE("scenario: imported event data goes through snapshot and scenario unchanged") {
  const fs::path events = samples / "fixtures" / "events";
  struct fixture {
    event_format format;
    const char* file;
  };
  // One fixture per importer: GDELT brings CAMEO, Goldstein, QuadClass,
  // mentions and tone and leaves incident names empty; ACLED an interaction
  // code; UCDP GED low and high deaths; the ESD relations only. Each merges
  // dataset names into actors.
  for (const auto& f :
       {fixture{event_format::gdelt, "gdelt-v2.tsv"}, fixture{event_format::acled, "acled-current.csv"},
        fixture{event_format::ucdp_ged, "ucdp-ged.csv"}, fixture{event_format::ucdp_esd, "ucdp-esd.csv"}}) {
    CAPTURE(f.file);
    graph_data imported;
    (void)import_events(imported, f.format, std::vector<fs::path>{events / f.file});
    REQUIRE(!imported.actors.empty());
    for (auto syntax : {scenario_syntax::yaml, scenario_syntax::json}) {
      CAPTURE(syntax == scenario_syntax::json);
      const auto back = through_scenario(imported, syntax);
      CHECK(back.incidents == imported.incidents);
      CHECK(back.actors == imported.actors);
      CHECK(back == imported);
    }
  }
  // What the old writer lost, checked on GDELT by name: the fixture's first
  // row (ISRMIL -> HMS, CAMEO 195) has an empty name and a coding, and the
  // United States carries the code USA it was merged from.
  graph_data gdelt;
  (void)import_events(gdelt, event_format::gdelt, std::vector<fs::path>{events / "gdelt-v2.tsv"});
  const auto back = through_scenario(gdelt, scenario_syntax::yaml);
  REQUIRE(!back.incidents.empty());
  CHECK(back.incidents[0].id == "gdelt-1100000001");
  CHECK(back.incidents[0].name.empty());
  CHECK(back.incidents[0].coding.dataset == "gdelt");
  CHECK(back.incidents[0].coding.quad_class == 4);
  CHECK(back.incidents[0].coding.row == 1);
  CHECK(graph(back).resolve_actor("USA") == graph(back).resolve_actor("united-states"));
}

TEST_CASE("scenario: incident names, coding and merged names are read and written") {
  const std::string text = R"(faultline: 1
actors:
  - id: usa
    kind: state
    name: United States
    merged:
      - {name: USA, rule: "gdelt actor code: country USA"}
      - {name: USAGOV}
incidents:
  - id: e1
    name: ""
    date: 2024-01-05
    cameo: "0231"
    coding: {dataset: gdelt, event_type: "Appeal for aid", stance: friendly, quad_class: 2, mentions: 10,
             reports: 2, articles: 9, root_event: true, tone: -1.25, deaths_low: 0, deaths_high: 3, precision: "day; city",
             interaction: "13", source_text: "https://example.org/a", row: 7}
    perpetrator: usa
  - {id: e2, date: 2024-01-06}
  - {id: e3, name: e3, date: 2024-01-07}
)";
  const auto g = load(text);
  const auto& d = g.data();
  REQUIRE(d.actors.size() == 1);
  REQUIRE(d.actors[0].merged.size() == 2);
  CHECK(d.actors[0].merged[0] == merged_name{"USA", "gdelt actor code: country USA"});
  CHECK(d.actors[0].merged[1] == merged_name{"USAGOV", ""});
  CHECK(g.resolve_actor("usagov") == 0);
  REQUIRE(d.incidents.size() == 3);
  CHECK(d.incidents[0].name.empty());  // given as "": kept empty
  CHECK(d.incidents[1].name == "e2");  // absent: the id
  CHECK(d.incidents[2].name == "e3");
  const auto& c = d.incidents[0].coding;
  CHECK(c.dataset == "gdelt");
  CHECK(c.event_type == "Appeal for aid");
  CHECK(c.stance == polarity::friendly);
  CHECK(c.quad_class == 2);
  CHECK(c.mentions == 10);
  CHECK(c.reports == 2);
  CHECK(c.articles == 9);
  CHECK(c.root_event == true);
  CHECK(c.tone == -1.25);
  CHECK(c.deaths_low == 0);
  CHECK(c.deaths_high == 3);
  CHECK(c.precision == "day; city");
  CHECK(c.interaction == "13");
  CHECK(c.source_text == "https://example.org/a");
  CHECK(c.row == 7);
  CHECK(d.incidents[1].coding == event_coding{});
  for (auto syntax : {scenario_syntax::yaml, scenario_syntax::json}) {
    CAPTURE(syntax == scenario_syntax::json);
    CHECK(load(write_scenario(g, syntax)).data() == d);
  }
  // A later file adds merged names to an actor (union, first-seen order).
  const auto two = load_inputs({{"a.yaml", text},
                                {"b.yaml",
                                 "faultline: 1\nactors:\n  - {id: usa, kind: state, merged: [{name: USAMIL, "
                                 "rule: r}, {name: USA, rule: \"gdelt actor code: country USA\"}]}\n"}});
  REQUIRE(two.data().actors[0].merged.size() == 3);
  CHECK(two.data().actors[0].merged[2].name == "USAMIL");
}

TEST_CASE("scenario: bad coding and merged entries are refused where they are") {
  auto incident_with = [](const std::string& coding) {
    return "faultline: 1\nincidents:\n  - id: e\n    date: 2024\n    coding: " + coding + "\n";
  };
  CHECK(load_error({{"c.yaml", incident_with("{quad_class: 5}")}}) ==
        "c.yaml:5:26: `quad_class` \"5\" is not a whole number from 0 to 4");
  CHECK(load_error({{"c.yaml", incident_with("{quad_class: 0}")}}) ==
        "c.yaml:5:26: `quad_class` is 0: expected 1 to 4 (leave it out when there is none)");
  CHECK(load_error({{"c.yaml", incident_with("{stance: positive}")}}) ==
        "c.yaml:5:22: `stance` \"positive\" is not valid: expected friendly, hostile or neutral");
  CHECK(load_error({{"c.yaml", incident_with("{mentions: -1}")}}) ==
        "c.yaml:5:24: `mentions` \"-1\" is not a whole number from 0 to 4294967295");
  CHECK(load_error({{"c.yaml", incident_with("{deaths_low: 2.5}")}}) ==
        "c.yaml:5:26: `deaths_low` \"2.5\" is not a count: expected a whole number or `unknown`");
  CHECK(load_error({{"c.yaml", incident_with("{tone: high}")}}) == "c.yaml:5:20: `tone` \"high\" is not a number");
  CHECK(load_error({{"c.yaml", incident_with("{root_event: 1}")}}) ==
        "c.yaml:5:26: `root_event` \"1\" is not valid: expected true or false");
  CHECK(load_error({{"c.yaml", incident_with("{datset: gdelt}")}})
            .starts_with("c.yaml:5:14: unknown key `datset` in `coding`; did you mean \"dataset\"?"));
  CHECK(load_error({{"c.yaml", incident_with("gdelt")}}) ==
        "c.yaml:5:13: `coding` must be a mapping of `key: value` pairs");
  const std::string actor = "faultline: 1\nactors:\n  - id: a\n    kind: group\n    merged: ";
  CHECK(load_error({{"m.yaml", actor + "[{rule: r}]\n"}}) == "m.yaml:5:14: an entry of `merged` has no `name`");
  CHECK(load_error({{"m.yaml", actor + "USA\n"}}) == "m.yaml:5:13: `merged` must be a list of {name, rule} mappings");
  CHECK(load_error({{"m.yaml", actor + "[USA]\n"}}) ==
        "m.yaml:5:14: an entry of `merged` must be a mapping of `key: value` pairs");
}

TEST_CASE("scenario: the real GDELT 2.0 sample goes through snapshot and scenario unchanged") {
  const fs::path file = fs::path(FAULTLINE_SHARED_DATA_DIR) / "gdelt_v2_events_sample" / "20180326044500.export.CSV";
  if (!fs::exists(file)) {
    MESSAGE("skipped: " << file.string() << " is absent (../shared/data is not checked out)");
    return;
  }
  graph_data imported;
  (void)import_events(imported, event_format::gdelt, std::vector<fs::path>{file});
  REQUIRE(imported.incidents.size() == 1540);  // `wc -l`: 1540 rows, one event each
  for (auto syntax : {scenario_syntax::yaml, scenario_syntax::json}) {
    CAPTURE(syntax == scenario_syntax::json);
    CHECK(through_scenario(imported, syntax) == imported);
  }
}

TEST_CASE("scenario: YAML output starts with the format version, not a blank line") {
  const auto g = load_files({every_field_file});
  const auto yaml = write_scenario(g, scenario_syntax::yaml);
  CHECK(yaml.rfind("faultline: 1\nscenario:\n", 0) == 0);
  CHECK(write_scenario(load("faultline: 1\n"), scenario_syntax::yaml) == "faultline: 1\n");
}

TEST_CASE("scenario: an alias given twice is a warning, not an error") {
  // Positions (1-based) of the alias values: line 3 is hez, whose second
  // "Hez" starts at column 60; line 4 is aah-1, "AAH" at 53; line 5 is aah-2,
  // "AAH" at 58; lines 6 and 7 are usa ("US" at 59) and us-army ("U.S." at 57).
  const std::string text =
      "faultline: 1\n"
      "actors:\n"
      "  - {id: hez, kind: group, name: Hezbollah, aliases: [Hez, Hez]}\n"
      "  - {id: aah-1, kind: group, name: Asaib, aliases: [AAH]}\n"
      "  - {id: aah-2, kind: group, name: Ahl al-Haq, aliases: [AAH]}\n"
      "  - {id: usa, kind: state, name: United States, aliases: [US]}\n"
      "  - {id: us-army, kind: group, name: US Army, aliases: [U.S.]}\n";
  const auto loaded = load_inputs_with_warnings({{"a.yaml", text}});
  REQUIRE(loaded.warnings.size() == 3);
  CHECK(loaded.warnings[0].text() ==
        "a.yaml:3:60: alias \"Hez\" is given twice for actor \"hez\" (the repeat is ignored)");
  CHECK(loaded.warnings[1].text() ==
        "a.yaml:5:58: alias \"AAH\" of actor \"aah-2\" is also an alias of actor \"aah-1\" at a.yaml:4:53: "
        "looking it up finds both");
  CHECK(loaded.warnings[2].text() ==
        "a.yaml:7:57: alias \"U.S.\" of actor \"us-army\" is also an alias of actor \"usa\" (as \"US\") at "
        "a.yaml:6:59: looking it up finds both");
  // The repeat is dropped; the shared alias stays on both actors.
  CHECK(loaded.g.actors()[0].aliases == std::vector<std::string>{"Hez"});
  CHECK(loaded.g.actors()[2].aliases == std::vector<std::string>{"AAH"});
  // load_inputs() gives the same graph, and no warning for a clean file.
  CHECK(load_inputs({{"a.yaml", text}}).data() == loaded.g.data());
  CHECK(load_inputs_with_warnings({{"b.yaml", "faultline: 1\nactors:\n  - {id: x, kind: state, aliases: [X1]}\n"}})
            .warnings.empty());
}

TEST_CASE("scenario: an alias repeated for the same actor in a later file is not a warning") {
  const auto loaded =
      load_inputs_with_warnings({{"a.yaml", "faultline: 1\nactors:\n  - {id: x, kind: state, aliases: [X1]}\n"},
                                 {"b.yaml", "faultline: 1\nactors:\n  - {id: x, kind: state, aliases: [X1, X2]}\n"},
                                 {"c.yaml", "faultline: 1\nactors:\n  - {id: y, kind: state, aliases: [X2]}\n"}});
  REQUIRE(loaded.warnings.size() == 1);
  CHECK(loaded.warnings[0].text() ==
        "c.yaml:3:36: alias \"X2\" of actor \"y\" is also an alias of actor \"x\" at b.yaml:3:40: looking it up finds "
        "both");
}

TEST_CASE("scenario: responds_to back in time and cycles of responds_to or part_of are refused where written") {
  // Each was loaded without a word before issue 12 (only `timeline` failed,
  // without a place).
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: early, date: 2024-01, type: attack, responds_to: [late]}\n"
                   "  - {id: late, date: 2024-02-01, type: attack}\n") ==
        "t.yaml:3:60: incident \"early\" (2024-01) responds to \"late\" (2024-02-01), which comes later: a response "
        "cannot come before what it answers");
  // Overlapping dates: no link goes surely back, but the three form a cycle;
  // the place is that of the link that closes it (c responds to a).
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: a, date: 2024-01, type: attack, responds_to: [b]}\n"
                   "  - {id: b, date: 2024-01, type: attack, responds_to: [c]}\n"
                   "  - {id: c, date: 2024-01, type: attack,\n"
                   "     responds_to: [a]}\n") ==
        "t.yaml:6:20: the responds_to links form a cycle, so some response would come before what it answers: "
        "\"a\" (2024-01) responds to \"b\" (2024-01), which responds to \"c\" (2024-01), which responds to \"a\"; "
        "remove one of these links");
  CHECK(load_error("faultline: 1\n"
                   "incidents:\n"
                   "  - {id: part, date: 2024-01-01, type: attack, part_of: [whole]}\n"
                   "  - {id: whole, date: 2024-01, type: attack-campaign, part_of: [part]}\n") ==
        "t.yaml:4:65: the part_of links form a cycle: \"part\" (2024-01-01) is part of \"whole\" (2024-01), which is "
        "part of \"part\"; remove one of these links");
  // Overlapping dates without a cycle load (the PMF condemned the strike on its day).
  CHECK_NOTHROW(load_inputs({{"t.yaml",
                              "faultline: 1\nincidents:\n"
                              "  - {id: strike, date: 2024-01-04, type: airstrike}\n"
                              "  - {id: said, date: 2024-01-04, type: statement, responds_to: [strike]}\n"}}));
}
