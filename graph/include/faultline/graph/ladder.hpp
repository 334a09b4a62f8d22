// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The escalation ladder: ordered rungs of severity, from statements to open
/// war between states. It is data, documented in docs/escalation.md; an
/// incident may name its rung in a scenario (`rung: leadership-killing` or
/// `rung: 7`), otherwise escalation analysis assigns one
/// (faultline/algorithms/escalation.hpp).
///
/// Experimental: the rungs may still be refined.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace faultline {

/// A rung number, 1 (lowest) to 10 (highest).
using rung_level = std::uint8_t;

/// One rung of the ladder.
struct ladder_rung {
  rung_level level;       ///< 1..10
  std::string_view id;    ///< slug used in scenarios and output, e.g. "leadership-killing"
  std::string_view name;  ///< for people
  std::string_view kahn;  ///< the nearest rungs of Kahn's ladder (On Escalation, 1965), for orientation
};

/// The ladder, lowest rung first; `escalation_ladder[k].level == k + 1`.
inline constexpr std::array<ladder_rung, 10> escalation_ladder{{
    {1, "statement", "Statements and condemnations", "2-3 gestures, solemn declarations"},
    {2, "threat", "Threats and pledges of revenge", "3-4 declarations, hardening of positions"},
    {3, "sanction", "Designations and sanctions", "7 \"legal\" harassment, 10 breaking off relations"},
    {4, "harassment", "Harassment, shows of force and military support", "5-8 show of force, mobilisation, harassment"},
    {5, "attack", "Attacks without casualties", "8-9 harassing violence, dramatic confrontations"},
    {6, "lethal-attack", "Attacks with casualties", "9 dramatic military confrontations"},
    {7, "leadership-killing", "Killing of commanders and leaders", "9 dramatic military confrontations"},
    {8, "strike-on-state", "Strikes on a state's own territory or capital", "26-27 attacks on the zone of interior"},
    {9, "mass-casualty", "Mass-casualty attacks", "29 exemplary attacks on population"},
    {10, "war", "Open war between states", "12 large conventional war, 14 declared war"},
}};

inline constexpr rung_level lowest_rung = 1;
inline constexpr rung_level highest_rung = 10;

/// The rung of a level. Precondition: lowest_rung <= level <= highest_rung.
[[nodiscard]] constexpr const ladder_rung& rung_at(rung_level level) noexcept {
  return escalation_ladder[level - 1];
}

/// A rung from its id ("threat") or its number ("2"). nullopt for anything else.
[[nodiscard]] constexpr std::optional<rung_level> parse_rung(std::string_view text) noexcept {
  for (const auto& r : escalation_ladder)
    if (r.id == text) return r.level;
  if (text.empty() || text.size() > 2) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value < lowest_rung || value > highest_rung) return std::nullopt;
  return static_cast<rung_level>(value);
}

/// True when `code` reads as a CAMEO event code: 2 to 4 digits whose first
/// two (the root code) are 01 to 20, e.g. "19", "190", "1823".
[[nodiscard]] constexpr bool is_cameo_code(std::string_view code) noexcept {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

}  // namespace faultline
