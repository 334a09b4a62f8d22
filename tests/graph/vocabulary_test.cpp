// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include <faultline/graph/error.hpp>
#include <faultline/graph/vocabulary.hpp>

using namespace faultline;

namespace {
const relation_type& type_of(const vocabulary& v, std::string_view id) {
  const auto t = v.find(id);
  REQUIRE_MESSAGE(t.has_value(), "missing built-in type " << std::string(id));
  return v[*t];
}
}  // namespace

TEST_CASE("vocabulary: the built-in types of DESIGN, with polarity and symmetry") {
  const auto v = vocabulary::builtin();
  struct expected {
    std::string_view id;
    polarity sign;
    bool symmetric;
  };
  // DESIGN: friendly (+), hostile (-), neutral (0); alliances, wars and talks go both ways.
  const expected all[] = {
      {relation_ids::backs, polarity::friendly, false},         {relation_ids::allied_with, polarity::friendly, true},
      {relation_ids::member_of, polarity::friendly, false},     {relation_ids::controls, polarity::friendly, false},
      {relation_ids::hostile_to, polarity::hostile, false},     {relation_ids::at_war_with, polarity::hostile, true},
      {relation_ids::designates, polarity::hostile, false},     {relation_ids::sanctions, polarity::hostile, false},
      {relation_ids::condemns, polarity::hostile, false},       {relation_ids::threatens, polarity::hostile, false},
      {relation_ids::negotiates_with, polarity::neutral, true},
  };
  CHECK(v.size() == std::size(all));
  for (const auto& e : all) {
    CAPTURE(std::string(e.id));
    const auto& t = type_of(v, e.id);
    CHECK(t.id == e.id);
    CHECK(t.sign == e.sign);
    CHECK(t.symmetric == e.symmetric);
    CHECK(t.default_weight > 0.0);
    CHECK(t.default_weight <= 1.0);
    CHECK_FALSE(t.meaning.empty());
  }
  // The ids of relation_ids are the ids the vocabulary knows, each once.
  CHECK(v.find("backs") == relation_type_id{0});
  CHECK_FALSE(v.find("Backs").has_value());  // ids match exactly
  CHECK_FALSE(v.find("funds").has_value());
  CHECK_FALSE(v.find("").has_value());
}

TEST_CASE("vocabulary: polarity names") {
  CHECK(to_string(polarity::friendly) == "friendly");
  CHECK(to_string(polarity::hostile) == "hostile");
  CHECK(to_string(polarity::neutral) == "neutral");
  CHECK(parse_polarity("friendly") == polarity::friendly);
  CHECK(parse_polarity("+") == polarity::friendly);
  CHECK(parse_polarity("hostile") == polarity::hostile);
  CHECK(parse_polarity("-") == polarity::hostile);
  CHECK(parse_polarity("neutral") == polarity::neutral);
  CHECK(parse_polarity("0") == polarity::neutral);
  CHECK_FALSE(parse_polarity("Friendly").has_value());
  CHECK_FALSE(parse_polarity("").has_value());
}

TEST_CASE("vocabulary: is_slug") {
  CHECK(is_slug("backs"));
  CHECK(is_slug("a"));
  CHECK(is_slug("9th-brigade"));
  CHECK(is_slug("kataib_hezbollah.v2"));
  CHECK_FALSE(is_slug(""));
  CHECK_FALSE(is_slug("Backs"));
  CHECK_FALSE(is_slug("-lead"));
  CHECK_FALSE(is_slug("_lead"));
  CHECK_FALSE(is_slug(".lead"));
  CHECK_FALSE(is_slug("two words"));
  CHECK_FALSE(is_slug("caf\xc3\xa9"));  // é
}

TEST_CASE("vocabulary: add a new type, and the same one again") {
  auto v = vocabulary::builtin();
  const auto before = v.size();
  const relation_type funds{"funds", polarity::friendly, 0.7, false, "Sends money"};
  const auto id = v.add(funds);
  CHECK(id == before);
  CHECK(v.size() == before + 1);
  CHECK(v[id] == funds);
  CHECK(v.find("funds") == id);
  // An identical definition is a no-op that returns the existing index.
  CHECK(v.add(funds) == id);
  CHECK(v.size() == before + 1);
  // An identical built-in definition too.
  const auto backs = v[*v.find("backs")];
  CHECK(v.add(backs) == *v.find("backs"));
  CHECK(v.size() == before + 1);
  // Weight 1 is allowed (closed at 1).
  CHECK_NOTHROW(v.add({"likes", polarity::friendly, 1.0, true, ""}));
}

TEST_CASE("vocabulary: add rejects conflicts, bad ids and weights outside 0 to 1 (0 excluded)") {
  auto v = vocabulary::builtin();
  const auto before = v;

  relation_type other_backs = v[*v.find("backs")];
  other_backs.default_weight = 0.5;
  CHECK_THROWS_WITH_AS(v.add(other_backs), "Relation type \"backs\" is already defined differently", usage_error);
  other_backs = v[*v.find("backs")];
  other_backs.symmetric = true;
  CHECK_THROWS_WITH_AS(v.add(other_backs), "Relation type \"backs\" is already defined differently", usage_error);

  CHECK_THROWS_WITH_AS(v.add({"Funds", polarity::friendly, 1.0, false, ""}),
                       "Relation type id \"Funds\" is not valid: expected lowercase letters, digits, '-', '_' or '.'",
                       usage_error);
  CHECK_THROWS_WITH_AS(v.add({"", polarity::friendly, 1.0, false, ""}),
                       "Relation type id \"\" is not valid: expected lowercase letters, digits, '-', '_' or '.'",
                       usage_error);
  CHECK_THROWS_WITH_AS(
      v.add({"sends money", polarity::friendly, 1.0, false, ""}),
      "Relation type id \"sends money\" is not valid: expected lowercase letters, digits, '-', '_' or '.'",
      usage_error);

  CHECK_THROWS_WITH_AS(v.add({"funds", polarity::friendly, 0.0, false, ""}),
                       "Relation type \"funds\" has default weight 0: expected a number in (0, 1]", usage_error);
  CHECK_THROWS_WITH_AS(v.add({"funds", polarity::friendly, 1.5, false, ""}),
                       "Relation type \"funds\" has default weight 1.5: expected a number in (0, 1]", usage_error);
  CHECK_THROWS_WITH_AS(v.add({"funds", polarity::friendly, -0.25, false, ""}),
                       "Relation type \"funds\" has default weight -0.25: expected a number in (0, 1]", usage_error);
  CHECK_THROWS_WITH_AS(v.add({"funds", polarity::friendly, std::numeric_limits<double>::quiet_NaN(), false, ""}),
                       "Relation type \"funds\" has default weight nan: expected a number in (0, 1]", usage_error);

  // Nothing was added by the failed calls.
  CHECK(v == before);
}
