// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/describe.hpp>

#include <cstdio>

#include <faultline/graph/coding.hpp>

namespace faultline {

std::string incident_title(const incident& inc) {
  if (!inc.name.empty()) return inc.name;
  if (!inc.cameo.empty())
    if (const auto* e = coding::find_cameo_event_or_parent(inc.cameo))
      return std::string(e->label) + " (CAMEO " + inc.cameo + ")";
  if (!inc.coding.event_type.empty()) return inc.coding.event_type;
  return inc.id;
}

std::string relation_text(const graph& g, relation_index r) {
  const auto& rel = g.relations()[r];
  std::string out = g.actors()[rel.from].name + " —" + g.relation_types()[rel.type].id + "→ " + g.actors()[rel.to].name;
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

std::string role_text(const graph& g, std::uint32_t k) {
  const auto& r = g.roles()[k];
  return role_text(g, r, g.incidents()[r.incident]);
}

std::string role_text(const graph& g, const role_edge& r, const incident& incident) {
  const auto& actor = g.actors()[r.actor].name;
  const auto inc = incident_title(incident);
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

std::string source_tags(const graph& g, const provenance& p) {
  if (p.sources.empty()) return "";
  std::string out = "[";
  for (std::size_t k = 0; k < p.sources.size(); ++k)
    out += (k ? ", " : "") + g.sources()[p.sources[k]].id;
  return out + "]";
}

std::string decimal_text(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0')
    s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace faultline
