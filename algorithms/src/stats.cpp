// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/stats.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <map>

#include <faultline/graph/coding.hpp>
#include <faultline/graph/error.hpp>

namespace faultline {
namespace {

constexpr std::array<std::pair<stats_dimension, std::string_view>, 7> dimension_names{{
    {stats_dimension::actor, "actor"},
    {stats_dimension::dyad, "dyad"},
    {stats_dimension::month, "month"},
    {stats_dimension::year, "year"},
    {stats_dimension::type, "type"},
    {stats_dimension::event_type, "event-type"},
    {stats_dimension::country, "country"},
}};

// Whether a role puts its actor on the side that acts, or on the side acted on.
bool acting(role r) noexcept {
  return r == role::perpetrator || r == role::claimed_by || r == role::attributed_to;
}
bool acted_on(role r) noexcept {
  return r == role::target || r == role::victim;
}

// Orders grouping values: the empty value (none) after the others, the
// others by text ("2019" before "2019-01", which is what an analyst reads).
bool value_less(const std::string& a, const std::string& b) noexcept {
  if (a.empty() != b.empty()) return b.empty();
  return a < b;
}

bool key_less(const std::vector<stats_value>& a, const std::vector<stats_value>& b) noexcept {
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (value_less(a[k].text, b[k].text)) return true;
    if (value_less(b[k].text, a[k].text)) return false;
  }
  return false;
}

// The dataset's own event type of an incident (stats_dimension::event_type).
// What the statistics read of an incident: from an object, or from a
// columnar snapshot's columns (views into it).
struct incident_fields {
  date when;
  std::string_view type;
  std::string_view country;
  std::string_view event_type;  // event_coding::event_type
  std::string_view cameo;
  std::optional<std::int64_t> fatalities;
  std::optional<std::int64_t> deaths_low;
  std::optional<std::int64_t> deaths_high;
};

incident_fields fields_of(const incident& inc) {
  return {inc.when,  inc.type,       inc.where.country,     inc.coding.event_type,
          inc.cameo, inc.fatalities, inc.coding.deaths_low, inc.coding.deaths_high};
}

incident_fields fields_of(const event_store& store, incident_index i) {
  return {store.when(i),  store.type(i),       store.country(i),    store.event_type(i),
          store.cameo(i), store.fatalities(i), store.deaths_low(i), store.deaths_high(i)};
}

std::string event_type_of(const incident_fields& inc) {
  if (!inc.event_type.empty()) return std::string(inc.event_type);
  if (!inc.cameo.empty()) {
    const auto* e = coding::find_cameo_event_or_parent(inc.cameo);
    return e != nullptr ? std::string(inc.cameo) + " " + std::string(e->label) : std::string(inc.cameo);
  }
  return std::string(inc.type);
}

void add_counts(stats_counts& c, const incident_fields& inc) noexcept {
  ++c.incidents;
  if (inc.fatalities)
    c.fatalities += *inc.fatalities;
  else
    ++c.fatalities_unknown;
  if (inc.deaths_low)
    c.fatalities_low += *inc.deaths_low;
  else
    ++c.low_unknown;
  if (inc.deaths_high)
    c.fatalities_high += *inc.deaths_high;
  else
    ++c.high_unknown;
}

std::string two_digits(int n) {
  std::string s = std::to_string(n);
  return s.size() < 2 ? "0" + s : s;
}

}  // namespace

std::string_view to_string(stats_dimension d) noexcept {
  for (const auto& [dim, name] : dimension_names)
    if (dim == d) return name;
  return "?";
}

std::optional<stats_dimension> parse_stats_dimension(std::string_view text) noexcept {
  for (const auto& [dim, name] : dimension_names)
    if (name == text) return dim;
  return std::nullopt;
}

void stats_options::validate() const {
  if (by.empty())
    throw usage_error(
        "Nothing to group by: expected one or more of actor, dyad, month, year, type, event-type, country");
  for (std::size_t k = 0; k < by.size(); ++k)
    for (std::size_t j = 0; j < k; ++j)
      if (by[j] == by[k])
        throw usage_error("Grouping by " + std::string(to_string(by[k])) + " twice: name each dimension once");
  if (from && to && from->first_day() > to->last_day())
    throw usage_error("The window starts (" + from->to_string() + ") after it ends (" + to->to_string() + ")");
}

void stats_counts::add(const incident& inc) noexcept {
  add_counts(*this, fields_of(inc));
}

namespace {

// The statistics of the incidents `scan` hands over (each once, its fields
// and the roles the view keeps), over the actors of `g`.
stats_result stats_of(
    const graph& g,
    const std::function<void(const std::function<void(const incident_fields&, const scanned_incident&)>&)>& scan,
    const stats_options& options) {
  options.validate();
  stats_result result;
  result.by = options.by;

  // Rows by the texts of their key; the key itself is kept in the row.
  std::map<std::vector<std::string>, std::size_t> row_of;
  std::vector<std::vector<stats_value>> values(options.by.size());
  std::vector<actor_index> actors, agents, patients;
  std::vector<std::size_t> pick(options.by.size());
  std::vector<std::string> texts(options.by.size());

  scan([&](const incident_fields& inc, const scanned_incident& scanned) {
    if (options.from && inc.when.first_day() < options.from->first_day()) return;
    if (options.to && inc.when.last_day() > options.to->last_day()) return;

    actors.clear();
    agents.clear();
    patients.clear();
    for (const auto& r : scanned.roles) {
      if (acting(r.kind)) agents.push_back(r.actor);
      if (acted_on(r.kind)) patients.push_back(r.actor);
    }
    for (auto* list : {&agents, &patients}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    std::set_union(agents.begin(), agents.end(), patients.begin(), patients.end(), std::back_inserter(actors));
    if (options.actor && !std::binary_search(actors.begin(), actors.end(), *options.actor)) return;

    for (std::size_t d = 0; d < options.by.size(); ++d) {
      auto& v = values[d];
      v.clear();
      switch (options.by[d]) {
        case stats_dimension::actor:
          for (const auto a : actors)
            v.push_back({g.actors()[a].id, a, no_index});
          break;
        case stats_dimension::dyad:
          for (const auto a : agents)
            for (const auto b : patients) {
              if (a == b) continue;
              const bool a_first = g.actors()[a].id < g.actors()[b].id;
              const auto first = a_first ? a : b, second = a_first ? b : a;
              stats_value x{g.actors()[first].id + " " + g.actors()[second].id, first, second};
              if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(std::move(x));
            }
          break;
        case stats_dimension::month:
          v.push_back({inc.when.precision() == date_precision::year
                           ? std::to_string(inc.when.year())
                           : std::to_string(inc.when.year()) + "-" + two_digits(inc.when.month()),
                       no_index, no_index});
          break;
        case stats_dimension::year:
          v.push_back({std::to_string(inc.when.year()), no_index, no_index});
          break;
        case stats_dimension::type:
          v.push_back({std::string(inc.type), no_index, no_index});
          break;
        case stats_dimension::event_type:
          v.push_back({event_type_of(inc), no_index, no_index});
          break;
        case stats_dimension::country:
          v.push_back({std::string(inc.country), no_index, no_index});
          break;
      }
      if (v.empty()) v.push_back({});  // no actor, no dyad: one row of its own
    }

    add_counts(result.total, inc);
    result.has_low_high = result.has_low_high || inc.deaths_low || inc.deaths_high;
    // Every combination of one value per dimension.
    std::fill(pick.begin(), pick.end(), 0);
    for (;;) {
      for (std::size_t d = 0; d < pick.size(); ++d)
        texts[d] = values[d][pick[d]].text;
      auto [it, added] = row_of.try_emplace(texts, result.rows.size());
      if (added) {
        auto& row = result.rows.emplace_back();
        for (std::size_t d = 0; d < pick.size(); ++d)
          row.key.push_back(values[d][pick[d]]);
      }
      add_counts(result.rows[it->second].counts, inc);
      std::size_t d = 0;
      for (; d < pick.size(); ++d) {
        if (++pick[d] < values[d].size()) break;
        pick[d] = 0;
      }
      if (d == pick.size()) break;
    }
  });

  const auto by_key = [](const stats_row& a, const stats_row& b) { return key_less(a.key, b.key); };
  switch (options.order) {
    case stats_order::key:
      std::sort(result.rows.begin(), result.rows.end(), by_key);
      break;
    case stats_order::incidents:
      std::sort(result.rows.begin(), result.rows.end(), [&](const stats_row& a, const stats_row& b) {
        if (a.counts.incidents != b.counts.incidents) return a.counts.incidents > b.counts.incidents;
        return by_key(a, b);
      });
      break;
    case stats_order::fatalities:
      std::sort(result.rows.begin(), result.rows.end(), [&](const stats_row& a, const stats_row& b) {
        if (a.counts.fatalities != b.counts.fatalities) return a.counts.fatalities > b.counts.fatalities;
        return by_key(a, b);
      });
      break;
  }
  result.rows_before_top = result.rows.size();
  if (options.top > 0 && result.rows.size() > options.top) result.rows.resize(options.top);
  return result;
}

}  // namespace

stats_result incident_stats(const graph_view& view, const stats_options& options) {
  const auto& g = view.base();
  return stats_of(
      g,
      [&](const std::function<void(const incident_fields&, const scanned_incident&)>& visit) {
        scan_incidents(view, options.from, options.to,
                       [&](const scanned_incident& inc) { visit(fields_of(g.incidents()[inc.index]), inc); });
      },
      options);
}

stats_result incident_stats(const event_store& store, const graph& rest, const view_options& view,
                            const stats_options& options) {
  check_rest_of(store, rest);
  return stats_of(
      rest,
      [&](const std::function<void(const incident_fields&, const scanned_incident&)>& visit) {
        scan_incidents(store, view, options.from, options.to,
                       [&](const scanned_incident& inc) { visit(fields_of(store, inc.index), inc); });
      },
      options);
}

}  // namespace faultline
