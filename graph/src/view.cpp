// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/view.hpp>

#include <faultline/graph/error.hpp>

namespace faultline {

void view_options::validate() const {
  if (!(min_confidence >= 0.0 && min_confidence <= 1.0))
    throw usage_error("Minimum confidence " + number_text(min_confidence) + " is invalid: expected a number in [0, 1]");
}

bool view_options::filters() const noexcept {
  return !relation_types.empty() || as_of || min_confidence > 0.0 || min_mentions > 0 || min_sources > 0 ||
         root_events_only;
}

graph_data kept_data(const graph_view& view) {
  const auto& g = view.base();
  const auto& d = g.data();
  graph_data out;
  out.scenarios = d.scenarios;
  out.relation_types = d.relation_types;
  out.sources = d.sources;
  out.actors = d.actors;
  for (relation_index r = 0; r < d.relations.size(); ++r)
    if (view.keeps_relation(r)) out.relations.push_back(d.relations[r]);
  std::vector<incident_index> new_index(d.incidents.size(), no_index);
  for (incident_index i = 0; i < d.incidents.size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    new_index[i] = static_cast<incident_index>(out.incidents.size());
    out.incidents.push_back(d.incidents[i]);
  }
  for (std::uint32_t k = 0; k < d.roles.size(); ++k) {
    if (!view.keeps_role(k)) continue;
    auto r = d.roles[k];
    r.incident = new_index[r.incident];
    out.roles.push_back(std::move(r));
  }
  for (std::uint32_t k = 0; k < d.links.size(); ++k) {
    if (!view.keeps_link(k)) continue;
    auto l = d.links[k];
    l.from = new_index[l.from];
    l.to = new_index[l.to];
    out.links.push_back(std::move(l));
  }
  return out;
}

graph_view::graph_view(const graph& g, const view_options& options) : graph_(&g), options_(options) {
  options_.validate();
  noise_filters_ = options_.min_mentions > 0 || options_.min_sources > 0 || options_.root_events_only;
  const auto& vocab = g.relation_types();
  types_.assign(vocab.size(), options_.relation_types.empty());
  for (const auto& id : options_.relation_types) {
    auto t = vocab.find(id);
    if (!t) {
      std::string known;
      for (const auto& rt : vocab.types())
        known += (known.empty() ? "" : ", ") + rt.id;
      throw usage_error("Unknown relation type \"" + id + "\": expected one of " + known);
    }
    types_[*t] = true;
  }
}

bool graph_view::keeps_type(relation_type_id t) const noexcept {
  return t < types_.size() && types_[t];
}

bool graph_view::keeps_relation(relation_index r) const noexcept {
  const auto& rel = graph_->relations()[r];
  if (!keeps_type(rel.type) || rel.prov.confidence < options_.min_confidence) return false;
  if (options_.as_of) {
    if (rel.since && rel.since->first_day() > options_.as_of->last_day()) return false;
    if (rel.until && rel.until->last_day() < options_.as_of->first_day()) return false;
  }
  return true;
}

bool graph_view::keeps_incident(incident_index i) const noexcept {
  const auto& inc = graph_->incidents()[i];
  if (inc.prov.confidence < options_.min_confidence) return false;
  if (noise_filters_ && inc.coding.dataset == "gdelt") {
    const auto& c = inc.coding;
    if (c.mentions < options_.min_mentions || c.reports < options_.min_sources ||
        (options_.root_events_only && !c.root_event.value_or(false)))
      return false;
  }
  return !options_.as_of || inc.when.first_day() <= options_.as_of->last_day();
}

bool graph_view::keeps_role(std::uint32_t k) const noexcept {
  const auto& r = graph_->roles()[k];
  return r.prov.confidence >= options_.min_confidence && keeps_incident(r.incident);
}

bool graph_view::keeps_link(std::uint32_t k) const noexcept {
  const auto& l = graph_->links()[k];
  return l.prov.confidence >= options_.min_confidence && keeps_incident(l.from) && keeps_incident(l.to);
}

}  // namespace faultline
