// SPDX-License-Identifier: Apache-2.0
// Hostile and unusual scenario input (issue 17): several YAML documents,
// alias amplification, deep nesting, NUL bytes, long ids in messages,
// "did you mean" on long ids, and top-level keys in any order (the reader
// streams items, issue 18). Line:column positions were counted by hand on
// the inline texts (1-based).
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/loaders/scenario.hpp>

using namespace faultline;

namespace {

std::string load_error(const std::string& text, const std::string& name = "t.yaml") {
  try {
    (void)load_inputs({{name, text}});
  } catch (const parse_error& e) {
    return e.what();
  } catch (const std::exception& e) {
    return std::string("<not a parse_error: ") + e.what() + ">";
  }
  return "<no error>";
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

TEST_CASE("scenario limits: a file with several YAML documents is refused where the second starts") {
  // Before: the first document loaded and the second was dropped without a word.
  const std::string text =
      "faultline: 1\n"
      "actors: [{id: a, kind: state}]\n"
      "---\n"
      "faultline: 1\n"
      "actors: [{id: b, kind: state}]\n";
  CHECK(load_error(text) ==
        "t.yaml:3:1: a second YAML document starts here: a scenario file holds one document (split it into one "
        "file per document and list them all)");
  // One explicit document is fine.
  CHECK(load_error("---\nfaultline: 1\n...\n") == "<no error>");
}

TEST_CASE("scenario limits: alias expansion is capped by size") {
  // 9,000 aliases of an 8 KiB description expand to 72 MiB of text, over
  // the 64 MiB limit; the 8,193rd alias crosses it (8,192 * 8 KiB = 64 MiB).
  std::string text = "faultline: 1\nscenario: {id: s, description: &d " + std::string(8192, 'x') + "}\nactors:\n";
  for (int k = 0; k < 9000; ++k)
    text += "  - {id: a" + std::to_string(k) + ", kind: group, description: *d}\n";
  const auto message = load_error(text);
  // Actor k is on line 4 + k; actor 8192 (the 8,193rd) is on line 8196; its
  // alias starts at column 43: "  - {id: a8192, kind: group, description: " is 42 characters.
  CHECK(message ==
        "t.yaml:8196:43: aliases expand to more than the limit of 1000000 values or 64 MiB of text in one file "
        "(alias `*d`); write the values out instead of repeating an alias so often");

  // By count: a list of 200 tags, repeated by 6,000 aliases, is 1.2 million values.
  std::string tags = "faultline: 1\nactors:\n  - {id: a, kind: group, tags: &t [";
  for (int k = 0; k < 200; ++k)
    tags += (k == 0 ? "t" : ", t") + std::to_string(k);
  tags += "]}\n";
  for (int k = 1; k <= 6000; ++k)
    tags += "  - {id: a" + std::to_string(k) + ", kind: group, tags: *t}\n";
  // Each alias copies 201 values (the list and its 200 items): the 4,976th
  // (1,000,176 > 1,000,000; 4,975 * 201 = 999,975) crosses the limit. Actor
  // a4976 is on line 3 + 4976 = 4979; "  - {id: a4976, kind: group, tags: " is 35 characters.
  CHECK(starts_with(load_error(tags), "t.yaml:4979:36: aliases expand to more than the limit of 1000000 values"));

  // An alias of an anchor that was not defined before it.
  CHECK(load_error("faultline: 1\nactors: [{id: a, kind: *k}]\n") ==
        "t.yaml:2:24: the alias `*k` names no anchor (`&k`) defined before it");
  // Aliases within the limit still load, as copies.
  const auto g = load_inputs({{"t.yaml",
                               "faultline: 1\nactors:\n  - {id: a, kind: &k group, tags: &t [x, y]}\n"
                               "  - {id: b, kind: *k, tags: *t}\n"}});
  REQUIRE(g.actors().size() == 2);
  CHECK(g.actors()[1].kind == node_kind::group);
  CHECK(g.actors()[1].tags == std::vector<std::string>{"x", "y"});
}

TEST_CASE("scenario limits: nesting deeper than 64 levels is refused at the level that crosses it") {
  // Before: 1,000 levels gave only "syntax error: bad file".
  // The file's mapping is level 1 and "scenario: " is 10 characters, so the
  // k-th '[' is level k + 1 at column 10 + k: the 64th is level 65, column 74.
  const std::string yaml = "faultline: 1\nscenario: " + std::string(1000, '[') + std::string(1000, ']') + "\n";
  CHECK(load_error(yaml) ==
        "t.yaml:2:74: the nesting is deeper than the limit of 64 levels of lists and mappings (a scenario needs at "
        "most 6)");
  // JSON: `{"faultline": 1, "scenario": ` is 29 characters, so the 64th '[' is at column 93.
  const std::string json =
      "{\"faultline\": 1, \"scenario\": " + std::string(1000, '[') + std::string(1000, ']') + "}\n";
  CHECK(load_error(json, "t.json") ==
        "t.json:1:93: the nesting is deeper than the limit of 64 levels of lists and mappings (a scenario needs at "
        "most 6)");
  // 64 levels are fine for the parser; the reader then says what it expected of
  // the first item of the `scenario` list (the second '[', column 12).
  const std::string ok = "faultline: 1\nscenario: " + std::string(63, '[') + std::string(63, ']') + "\n";
  CHECK(load_error(ok) == "t.yaml:2:12: `scenario` must be a mapping of `key: value` pairs");
}

TEST_CASE("scenario limits: NUL bytes are refused at their own line") {
  // Before: a NUL at the start of line 2 was reported on line 3.
  CHECK(load_error(std::string("faultline: 1\n\0actors: []\n", 25)) ==
        "t.yaml:2:1: the file holds a NUL byte (0x00), which a scenario cannot hold; is it a binary file?");
  // A NUL written as an escape, in YAML ('"' at column 16) and JSON ('"' at column 37). Before: loaded.
  CHECK(load_error("faultline: 1\nscenario: {id: \"a\\0b\"}\n") ==
        "t.yaml:2:16: a value holds a NUL character (\\0), which scenario text cannot hold");
  CHECK(load_error("{\"faultline\": 1, \"scenario\": {\"id\": \"a\\u0000b\"}}\n", "t.json") ==
        "t.json:1:37: a value holds a NUL character (\\0), which scenario text cannot hold");
  // A lone surrogate escape would make text that is not UTF-8 (and JSON output that throws): a syntax error.
  CHECK(starts_with(load_error("faultline: 1\nscenario: {id: \"\\ud800\"}\n"), "t.yaml:2:"));
  CHECK(load_error("faultline: 1\nscenario: {id: \"\\ud800\"}\n").find("syntax error") != std::string::npos);
}

TEST_CASE("scenario limits: long input is cut in messages, and gets no suggestion") {
  // A 50,000-character invalid id (at column 15): 80 characters are quoted, then "…" and the length.
  const std::string id(50000, 'A');
  CHECK(load_error("faultline: 1\nactors: [{id: " + id + ", kind: state}]\n") ==
        "t.yaml:2:15: `id` \"" + std::string(80, 'A') +
            "\u2026 (50000 bytes)\" is not a valid id: expected lowercase letters, digits, '-', '_' or '.', starting "
            "with a letter or digit");

  // 300 actors with 5,000-character ids and a reference to an unknown one
  // that differs in its last character: before, each of the 300 candidates
  // cost an edit distance of 5,000 x 5,000 (seconds in all); now words
  // longer than 64 characters get no suggestion.
  std::string text = "faultline: 1\nactors:\n";
  for (int k = 0; k < 300; ++k)
    text += "  - {id: " + std::string(4996, 'a') + std::to_string(1000 + k) + ", kind: state}\n";
  const std::string missing = std::string(4996, 'a') + "999x";
  text += "relations:\n  - {from: " + missing + ", type: backs, to: " + std::string(4996, 'a') + "1000}\n";
  const auto start = std::chrono::steady_clock::now();
  const auto message = load_error(text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // The relation is on line 2 + 300 + 2 = 304; its `from` value starts at column 12.
  CHECK(message == "t.yaml:304:12: unknown actor \"" + std::string(80, 'a') +
                       "\u2026 (5000 bytes)\" in `from`: declare it under `actors:`");
  CHECK(seconds < 5.0);
}

TEST_CASE("scenario streaming: top-level keys in any order give the same graph") {
  const std::string sources = "sources:\n  - {id: s1}\n";
  const std::string types = "relation_types:\n  - {id: funds, polarity: friendly}\n";
  const std::string actors = "actors:\n  - {id: a, kind: state, source: s1}\n  - {id: b, kind: group}\n";
  const std::string incidents =
      "incidents:\n  - {id: i2, date: 2024-02, responds_to: [i1], perpetrator: b}\n  - {id: i1, date: 2024-01}\n";
  const std::string relations =
      "relations:\n  - {from: a, type: funds, to: b, source: s1}\n  - {from: b, type: "
      "hostile_to, to: a}\n";
  const auto expected = load_inputs({{"t.yaml", "faultline: 1\n" + sources + types + actors + incidents + relations}});
  REQUIRE(expected.relations().size() == 2);
  REQUIRE(expected.incidents().size() == 2);
  for (const auto& text : {"faultline: 1\n" + relations + incidents + actors + types + sources,
                           "faultline: 1\n" + actors + relations + sources + incidents + types,
                           relations + "faultline: 1\n" + incidents + actors + sources + types}) {
    CAPTURE(text);
    const auto g = load_inputs({{"t.yaml", text}});
    CHECK(g.data() == expected.data());
  }
  // The version is still checked before anything else, wherever it is.
  CHECK(load_error(relations + "faultline: 2\n") ==
        "t.yaml:4:12: unsupported format version `2`: this faultline "
        "reads version 1");
  // A real error in an early list is reported as before, once the lists it refers to are in.
  CHECK(load_error("faultline: 1\n" + relations + "  - {from: a, type: fund, to: b}\n" + actors + types + sources) ==
        "t.yaml:5:21: unknown relation type \"fund\"; did you mean \"funds\"? (declare new types under "
        "`relation_types:`)");
}

TEST_CASE("scenario writer: text that plain YAML would change is quoted and reads back the same") {
  // Names written as JSON strings (so that any text can be given), read, written as YAML and read back.
  const std::vector<std::string> names = {
      "a: b",        "x #y",      "#tag",       "- dash",   "-7",        "?q",       "[list]",
      "{map}",       "a, b",      "trailing ",  " leading", "colon:",    "quote\"s", "back\\slash",
      "line\nbreak", "tab\there", "null",       "yes",      "~",         "'single'", "caf\u00e9 \u0627\u0644",
      "nel\u0085x",  "ls\u2028x", "bom\ufeffx", "del\x7fx", "bell\x07x", "%pct",     "@at",
      "`tick",       "*star",     "&amp",       "!bang",    "|pipe",     ">gt",      "2024-01-04"};
  std::string json = "{\"faultline\": 1, \"actors\": [";
  for (std::size_t k = 0; k < names.size(); ++k) {
    std::string escaped;
    for (const char c : names[k]) {
      if (c == '"' || c == '\\') escaped += '\\';
      if (c == '\n')
        escaped += "\\n";
      else if (c == '\t')
        escaped += "\\t";
      else if (c == '\x7f')
        escaped += "\\u007f";
      else if (c == '\x07')
        escaped += "\\u0007";
      else
        escaped += c;
    }
    json += std::string(k == 0 ? "" : ", ") + "{\"id\": \"a" + std::to_string(k) +
            "\", \"kind\": \"group\", \"name\": \"" + escaped + "\", \"aliases\": [\"" + escaped + "\"]}";
  }
  json += "]}\n";
  const auto g = load_inputs({{"t.json", json}});
  REQUIRE(g.actors().size() == names.size());
  for (std::size_t k = 0; k < names.size(); ++k)
    CHECK(g.actors()[k].name == names[k]);
  const auto yaml = write_scenario(g, scenario_syntax::yaml);
  const auto back = load_inputs({{"back.yaml", yaml}});
  CHECK(back.data() == g.data());
  CHECK(write_scenario(back, scenario_syntax::yaml) == yaml);
  // Plain where plain reads back the same: "a: b" needs quotes, a date does not.
  CHECK(yaml.find("name: \"a: b\"\n") != std::string::npos);
  CHECK(yaml.find("name: 2024-01-04\n") != std::string::npos);
  CHECK(yaml.find("name: \"ls\\u2028x\"\n") != std::string::npos);
}
