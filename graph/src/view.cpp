// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/view.hpp>

#include <faultline/graph/error.hpp>

namespace faultline {

void view_options::validate() const {
  if (!(min_confidence >= 0.0 && min_confidence <= 1.0))
    throw usage_error("Minimum confidence " + number_text(min_confidence) + " is invalid: expected a number in [0, 1]");
}

graph_view::graph_view(const graph& g, const view_options& options) : graph_(&g), options_(options) {
  options_.validate();
  const auto& vocab = g.relation_types();
  types_.assign(vocab.size(), options_.relation_types.empty());
  for (const auto& id : options_.relation_types) {
    auto t = vocab.find(id);
    if (!t) {
      std::string known;
      for (const auto& rt : vocab.types()) known += (known.empty() ? "" : ", ") + rt.id;
      throw usage_error("Unknown relation type \"" + id + "\": expected one of " + known);
    }
    types_[*t] = true;
  }
}

bool graph_view::keeps_type(relation_type_id t) const noexcept { return t < types_.size() && types_[t]; }

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
