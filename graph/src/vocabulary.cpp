// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/vocabulary.hpp>

#include <cmath>

#include <faultline/graph/error.hpp>

namespace faultline {

std::string_view to_string(polarity p) noexcept {
  switch (p) {
    case polarity::hostile:
      return "hostile";
    case polarity::neutral:
      return "neutral";
    case polarity::friendly:
      return "friendly";
  }
  return "neutral";
}

std::optional<polarity> parse_polarity(std::string_view text) noexcept {
  if (text == "friendly" || text == "+") return polarity::friendly;
  if (text == "hostile" || text == "-") return polarity::hostile;
  if (text == "neutral" || text == "0") return polarity::neutral;
  return std::nullopt;
}

bool is_slug(std::string_view text) noexcept {
  if (text.empty()) return false;
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!alnum(text.front())) return false;
  for (char c : text)
    if (!alnum(c) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

vocabulary vocabulary::builtin() {
  using enum polarity;
  vocabulary v;
  v.types_ = {
      {"backs", friendly, 1.0, false, "Funds, arms, trains, directs or hosts the other actor"},
      {"allied_with", friendly, 1.0, true, "Formal or declared alliance"},
      {"member_of", friendly, 1.0, false,
       "Is a member or component of the other actor (a coalition, an umbrella group, a state)"},
      {"controls", friendly, 1.0, false, "Has command or control over the other actor"},
      {"hostile_to", hostile, 1.0, false, "Declared or demonstrated hostility short of war"},
      {"at_war_with", hostile, 1.0, true, "Open armed conflict"},
      {"designates", hostile, 1.0, false, "Formally designates the other actor (e.g. as a terrorist organisation)"},
      {"sanctions", hostile, 1.0, false, "Imposes sanctions on the other actor"},
      {"condemns", hostile, 0.5, false, "Publicly condemns the other actor"},
      {"threatens", hostile, 0.5, false, "Threatens the other actor, including pledges of revenge"},
      {"negotiates_with", neutral, 1.0, true, "Holds talks or negotiates with the other actor"},
  };
  return v;
}

std::optional<relation_type_id> vocabulary::find(std::string_view id) const noexcept {
  for (std::size_t i = 0; i < types_.size(); ++i)
    if (types_[i].id == id) return static_cast<relation_type_id>(i);
  return std::nullopt;
}

relation_type_id vocabulary::add(relation_type type) {
  if (!is_slug(type.id))
    throw usage_error("Relation type id \"" + type.id +
                      "\" is not valid: expected lowercase letters, digits, '-', '_' or '.'");
  if (!(type.default_weight > 0.0 && type.default_weight <= 1.0))
    throw usage_error("Relation type \"" + type.id + "\" has default weight " + number_text(type.default_weight) +
                      ": expected a number in (0, 1]");
  if (auto existing = find(type.id)) {
    if (types_[*existing] == type) return *existing;
    throw usage_error("Relation type \"" + type.id + "\" is already defined differently");
  }
  if (types_.size() >= 0xFFFF) throw usage_error("Too many relation types (at most 65535)");
  types_.push_back(std::move(type));
  return static_cast<relation_type_id>(types_.size() - 1);
}

}  // namespace faultline
