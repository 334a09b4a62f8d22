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

void collect_sources(const provenance& p, std::vector<source_index>& into) {
  for (auto s : p.sources)
    if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
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
