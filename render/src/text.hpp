// SPDX-License-Identifier: Apache-2.0
#pragma once
// Facts as sentences for hover titles and the report (private to render/):
// the library's one-line facts (faultline/graph/describe.hpp), which the CLI
// uses too, plus the few forms only pictures need.

#include <faultline/algorithms/escalation.hpp>
#include <faultline/graph/coding.hpp>
#include <faultline/graph/describe.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/render/scene.hpp>
#include <string>

namespace faultline::render::detail {

/// " [seed, other]" or "".
inline std::string source_tags(const graph& g, const provenance& p) {
  return p.sources.empty() ? std::string() : " " + faultline::source_tags(g, p);
}

/// A number with up to 3 decimals, no trailing zeros.
inline std::string decimal(double v) {
  const auto s = decimal_text(v);
  return s == "-0" ? std::string("0") : s;
}

/// Why a retaliation link was made, short ("responds to", "direct reprisal, 3 days").
inline std::string link_reason(const retaliation_link& l) {
  if (l.is_explicit())
    return "responds to" + (l.score < 1.0 ? " (confidence " + decimal(l.score) + ")" : std::string());
  std::string rule(to_string(l.rule));
  for (auto& c : rule)
    if (c == '_') c = ' ';
  return rule + ", " + std::to_string(l.gap_days) + (l.gap_days == 1 ? " day" : " days");
}

/// The same, in full, naming the ties an inferred link rests on.
inline std::string link_reason_long(const graph& g, const retaliation_link& l) {
  if (l.is_explicit())
    return "explicit responds_to" + (l.score < 1.0 ? " (confidence " + decimal(l.score) + ")" : std::string());
  auto tie = [&](const actor_tie& t) {
    std::string out = g.actors()[t.actor].name;
    if (t.kind != side_tie::same) out += " (" + std::string(to_string(t.kind)) + " " + g.actors()[t.anchor].name + ")";
    return out;
  };
  return "inferred " + std::string(to_string(l.rule)) + " after " + std::to_string(l.gap_days) + " days, score " +
         decimal(l.score) + ": by " + tie(l.responder) + ", against " + tie(l.against);
}

inline std::string kind_text(const actor& a) {
  std::string out(to_string(a.kind));
  if (!a.category.empty()) out += ", " + a.category;
  if (!a.country.empty()) out += ", " + a.country;
  return out;
}

}  // namespace faultline::render::detail
