// SPDX-License-Identifier: Apache-2.0
#include "text/text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <faultline/graph/coding.hpp>

namespace faultline::cli {

std::string label(const graph& g, node_ref n) {
  const auto& id = g.id_of(n);
  const auto name = n.is_incident ? incident_title(g.incidents()[n.index]) : g.name_of(n);
  return name == id ? id : name + " (" + id + ")";
}

std::string label(const graph& g, actor_index a) {
  return label(g, node_ref{false, a});
}

std::string source_tags(const graph& g, const provenance& p) {
  if (p.sources.empty()) return "";
  std::string out = "[";
  for (std::size_t k = 0; k < p.sources.size(); ++k)
    out += (k ? ", " : "") + g.sources()[p.sources[k]].id;
  return out + "]";
}

void collect_sources(const provenance& p, std::vector<source_index>& into) {
  for (auto s : p.sources)
    if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
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

const provenance& role_provenance(const graph& g, std::uint32_t k) {
  const auto& r = g.roles()[k];
  return r.prov.sources.empty() ? g.incidents()[r.incident].prov : r.prov;
}

const provenance& link_provenance(const graph& g, std::uint32_t k) {
  const auto& l = g.links()[k];
  return l.prov.sources.empty() ? g.incidents()[l.from].prov : l.prov;
}

std::string count_of(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string graph_summary(std::uint64_t actors, std::uint64_t incidents, std::uint64_t relations) {
  return count_of(actors, "actor") + ", " + count_of(incidents, "incident") + ", " + count_of(relations, "relation");
}

std::string graph_summary(const graph& g) {
  return graph_summary(g.actors().size(), g.incidents().size(), g.relations().size());
}

std::string decimal_text(double v) {
  std::string s = fmt::format("{:.3f}", v);
  while (!s.empty() && s.back() == '0')
    s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string incident_title(const incident& inc) {
  if (!inc.name.empty()) return inc.name;
  if (!inc.cameo.empty())
    if (const auto* e = coding::find_cameo_event_or_parent(inc.cameo))
      return std::string(e->label) + " (CAMEO " + inc.cameo + ")";
  if (!inc.coding.event_type.empty()) return inc.coding.event_type;
  return inc.id;
}

std::vector<std::vector<std::string>> coding_rows(const graph& g, const incident& inc) {
  std::vector<std::vector<std::string>> rows;
  const auto& c = inc.coding;
  if (c.dataset.empty()) return rows;
  std::string where = c.dataset;
  if (!inc.prov.sources.empty()) where += ", " + g.sources()[inc.prov.sources.front()].id;
  if (c.row > 0) where += " line " + std::to_string(c.row);
  rows.push_back({"imported from", where});
  if (!c.event_type.empty()) rows.push_back({"event type", c.event_type});
  if (!inc.cameo.empty()) {
    const auto* e = coding::find_cameo_event_or_parent(inc.cameo);
    rows.push_back({"CAMEO", inc.cameo + (e != nullptr ? " " + std::string(e->label) : std::string())});
  }
  if (inc.goldstein) rows.push_back({"Goldstein", decimal_text(*inc.goldstein)});
  if (c.quad_class > 0)
    rows.push_back(
        {"QuadClass", std::to_string(c.quad_class) + " " + std::string(coding::quad_class_name(c.quad_class))});
  if (c.stance) rows.push_back({"stance", std::string(to_string(*c.stance))});
  if (c.mentions > 0 || c.reports > 0 || c.articles > 0)
    rows.push_back({"mentions / sources / articles", std::to_string(c.mentions) + " / " + std::to_string(c.reports) +
                                                         " / " + std::to_string(c.articles)});
  if (c.tone) rows.push_back({"tone", decimal_text(*c.tone)});
  if (c.deaths_low || c.deaths_high)
    rows.push_back({"deaths low / high", (c.deaths_low ? std::to_string(*c.deaths_low) : std::string("?")) + " / " +
                                             (c.deaths_high ? std::to_string(*c.deaths_high) : std::string("?"))});
  if (!c.precision.empty()) rows.push_back({"precision", c.precision});
  if (!c.interaction.empty()) rows.push_back({"interaction", c.interaction});
  if (!c.source_text.empty()) rows.push_back({"source", c.source_text});
  return rows;
}

}  // namespace faultline::cli
