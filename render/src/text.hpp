// SPDX-License-Identifier: Apache-2.0
#pragma once
// Facts as sentences for hover titles and the report (private to render/).
// The CLI has its own versions for its tables; these read the same.

#include <faultline/algorithms/escalation.hpp>
#include <faultline/graph/coding.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/render/scene.hpp>
#include <string>

namespace faultline::render::detail {

inline std::string incident_title(const incident& inc) {
  if (!inc.name.empty()) return inc.name;
  if (!inc.cameo.empty())
    if (const auto* e = coding::find_cameo_event_or_parent(inc.cameo))
      return std::string(e->label) + " (CAMEO " + inc.cameo + ")";
  if (!inc.coding.event_type.empty()) return inc.coding.event_type;
  return inc.id;
}

inline std::string relation_text(const graph& g, relation_index r) {
  const auto& rel = g.relations()[r];
  std::string out =
      g.actors()[rel.from].name + " \u2014" + g.relation_types()[rel.type].id + "\u2192 " + g.actors()[rel.to].name;
  if (rel.against != no_index) out += " against " + g.actors()[rel.against].name;
  if (!rel.conflict.empty()) out += " in conflict " + rel.conflict;
  if (!rel.qualifier.empty()) out += " as " + rel.qualifier;
  if (rel.since && rel.until)
    out += " (" + rel.since->to_string() + " to " + rel.until->to_string() + ")";
  else if (rel.since)
    out += " (since " + rel.since->to_string() + ")";
  else if (rel.until)
    out += " (until " + rel.until->to_string() + ")";
  return out;
}

inline std::string role_text(const graph& g, std::uint32_t k) {
  const auto& r = g.roles()[k];
  const auto& actor = g.actors()[r.actor].name;
  const auto inc = incident_title(g.incidents()[r.incident]);
  switch (r.kind) {
    case role::perpetrator:
      return actor + " carried out " + inc;
    case role::target:
      return inc + " targeted " + actor;
    case role::victim:
      return inc + " killed " + actor;
    case role::claimed_by:
      return actor + " claimed " + inc;
    case role::attributed_to:
      return inc + " is attributed to " + actor +
             (r.attributed_by == no_index ? std::string() : " by " + g.actors()[r.attributed_by].name);
    case role::condemned_by:
      return actor + " condemned " + inc;
  }
  return actor + " " + std::string(to_string(r.kind)) + " " + inc;
}

/// " [seed, other]" or "".
inline std::string source_tags(const graph& g, const provenance& p) {
  if (p.sources.empty()) return {};
  std::string out = " [";
  for (std::size_t k = 0; k < p.sources.size(); ++k)
    out += (k ? ", " : "") + g.sources()[p.sources[k]].id;
  return out + "]";
}

/// A number with up to 3 decimals, no trailing zeros.
inline std::string decimal(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s = buf;
  while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
    const bool dot = s.back() == '.';
    s.pop_back();
    if (dot) break;
  }
  if (s == "-0") s = "0";
  return s;
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
