// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/view.hpp>

#include <algorithm>
#include <limits>

#include <faultline/graph/error.hpp>

namespace faultline {

namespace {

// What graph_view::keeps_incident decides, from the incident's fields: the
// one rule for incidents in memory and in a columnar snapshot.
bool keeps_incident_fields(const view_options& o, bool noise_filters, double confidence, std::string_view dataset,
                           std::uint32_t mentions, std::uint32_t reports, std::optional<bool> root_event,
                           std::int32_t first_day) noexcept {
  if (confidence < o.min_confidence) return false;
  if (noise_filters && dataset == "gdelt" &&
      (mentions < o.min_mentions || reports < o.min_sources || (o.root_events_only && !root_event.value_or(false))))
    return false;
  return !o.as_of || first_day <= o.as_of->last_day();
}

bool has_noise_filters(const view_options& o) noexcept {
  return o.min_mentions > 0 || o.min_sources > 0 || o.root_events_only;
}

// Whether [first, last] meets [from, to] (open ends unbounded).
bool meets(std::int32_t first, std::int32_t last, const std::optional<date>& from,
           const std::optional<date>& to) noexcept {
  return (!from || last >= from->first_day()) && (!to || first <= to->last_day());
}

}  // namespace

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
  noise_filters_ = has_noise_filters(options_);
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
  const auto& c = inc.coding;
  return keeps_incident_fields(options_, noise_filters_, inc.prov.confidence, c.dataset, c.mentions, c.reports,
                               c.root_event, inc.when.first_day());
}

bool graph_view::keeps_role(std::uint32_t k) const noexcept {
  const auto& r = graph_->roles()[k];
  return r.prov.confidence >= options_.min_confidence && keeps_incident(r.incident);
}

bool graph_view::keeps_link(std::uint32_t k) const noexcept {
  const auto& l = graph_->links()[k];
  return l.prov.confidence >= options_.min_confidence && keeps_incident(l.from) && keeps_incident(l.to);
}

void scan_incidents(const graph_view& view, std::optional<date> from, std::optional<date> to,
                    const incident_visitor& visit) {
  const auto& g = view.base();
  std::vector<scanned_role> roles;
  for (incident_index i = 0; i < g.incidents().size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    const auto& inc = g.incidents()[i];
    if (!meets(inc.when.first_day(), (inc.until ? *inc.until : inc.when).last_day(), from, to)) continue;
    roles.clear();
    for (auto k : g.roles_of_incident(i)) {
      if (!view.keeps_role(k)) continue;
      const auto& r = g.roles()[k];
      roles.push_back({k, r.actor, r.kind, r.prov.confidence});
    }
    visit({i, inc.when, inc.until, inc.coding.stance, inc.prov.confidence, roles});
  }
}

store_view::store_view(const event_store& store, const view_options& options)
    : store_(&store), options_(options), noise_filters_(has_noise_filters(options)) {
  options_.validate();
}

bool store_view::keeps_incident(incident_index i) const {
  const auto& s = *store_;
  const auto first_day = s.when(i).first_day();
  if (!noise_filters_)
    return keeps_incident_fields(options_, false, s.confidence(i), {}, 0, 0, std::nullopt, first_day);
  return keeps_incident_fields(options_, true, s.confidence(i), s.dataset(i), s.mentions(i), s.reports(i),
                               s.root_event(i), first_day);
}

bool store_view::keeps_role(incident_index i, std::uint32_t r) const {
  return store_->role_confidence(r) >= options_.min_confidence && keeps_incident(i);
}

bool store_view::keeps_link(std::uint32_t k) const {
  const auto link = store_->materialise_link(k);
  return link.prov.confidence >= options_.min_confidence && keeps_incident(link.from) && keeps_incident(link.to);
}

void scan_incidents(const event_store& store, const view_options& options, std::optional<date> from,
                    std::optional<date> to, const incident_visitor& visit) {
  const store_view view(store, options);
  std::vector<scanned_role> roles;
  const auto one = [&](incident_index i) {
    const auto when = store.when(i);
    const auto until = store.until(i);
    if (!meets(when.first_day(), (until ? *until : when).last_day(), from, to)) return;
    if (!view.keeps_incident(i)) return;
    roles.clear();
    for (auto k : store.roles_of(i)) {
      const auto c = store.role_confidence(k);
      if (!(c >= options.min_confidence)) continue;  // graph_view::keeps_role's test
      roles.push_back({k, store.role_actor(k), store.role_kind(k), c});
    }
    visit({i, when, until, store.stance(i), store.confidence(i), roles});
  };
  // The as-of date bounds the dates incidents begin on, as `to` does.
  auto last = to;
  if (options.as_of && (!last || options.as_of->last_day() < last->last_day())) last = options.as_of;
  // Incidents that begin after `last` are out, and, when none lasts, those
  // dated before `from`: the date index finds the rest.
  if ((from && !store.has_spans()) || last) {
    for (auto i : window_candidates(store, std::nullopt, from, last, window_rule::overlaps))
      one(i);
    return;
  }
  for (incident_index i = 0; i < store.size(); ++i)
    one(i);
}

void check_rest_of(const event_store& store, const graph& rest) {
  if (rest.actors().size() != store.actors() || !rest.incidents().empty())
    throw usage_error("The graph given with the columnar snapshot " + store.name() + " has " +
                      std::to_string(rest.actors().size()) + " actors and " + std::to_string(rest.incidents().size()) +
                      " incidents, the snapshot " + std::to_string(store.actors()) +
                      " actors: expected the snapshot's own actors, relations and sources (event_store::load_rest)");
}

std::vector<incident_index> window_candidates(const event_store& store, std::optional<actor_index> actor,
                                              std::optional<date> from, std::optional<date> to, window_rule rule) {
  // By `begins`, an incident is in [from, to] when its first day is: the
  // dates from the coarsest one starting on from's first day (dates sort by
  // first day, coarser first) to the day of to's last day. By `overlaps`
  // without spans, an incident is under way on its own date only, so it is
  // in the window when its date overlaps it: its date's year is at least
  // from's (the year, coarsest, sorts first) and its first day at most
  // to's last. With spans (campaigns), an incident begun long before from
  // may still be under way: every incident (of the actor) is a candidate,
  // up to to's last day.
  std::vector<incident_index> out;
  std::span<const incident_index> found;
  const bool lower = from && (rule == window_rule::begins || !store.has_spans());
  if (lower || to) {
    auto lo = date::from_fields(1, 0, 0);
    if (lower && rule == window_rule::overlaps) {
      lo = date::from_fields(static_cast<std::int16_t>(from->year()), 0, 0);
    } else if (lower) {
      const auto first = date::from_days(from->first_day());
      const auto year = static_cast<std::int16_t>(first.year());
      lo = first.day() != 1     ? first
           : first.month() != 1 ? date::from_fields(year, static_cast<std::uint8_t>(first.month()), 0)
                                : date::from_fields(year, 0, 0);
    }
    const auto hi = date::from_days(to ? to->last_day() : date::from_fields(9999, 12, 31).last_day());
    found = actor ? store.of_actor(*actor, lo, hi) : store.in_dates(lo, hi);
  } else if (actor) {
    found = store.of_actor(*actor);
  } else {
    out.resize(store.size());
    for (incident_index i = 0; i < out.size(); ++i)
      out[i] = i;
    return out;
  }
  out.assign(found.begin(), found.end());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace faultline
