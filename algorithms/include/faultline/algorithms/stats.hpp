// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Aggregates of incidents: how many, and how many people they killed (low,
/// best and high estimates where the dataset gives them), grouped by actor,
/// dyad, month, year, incident type and country, or by several of these at
/// once.
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/view.hpp>

namespace faultline {

/// What incidents are grouped by.
enum class stats_dimension : std::uint8_t {
  /// Each actor involved: one that carried out, claimed, is said to be
  /// behind, targeted or was killed in the incident (condemnations do not
  /// count). An incident counts once for each actor involved, so the rows
  /// add up to more than the total.
  actor,
  /// Each pair of opposing actors: one that carried out, claimed or is said
  /// to be behind the incident, and one it targeted or killed, unordered
  /// (A–B and B–A are one dyad, named in id order). An incident counts once
  /// per dyad; with several actors on a side, rows add up to more than the total.
  dyad,
  month,  ///< the month the incident began ("2019-03"); a date known only to the year has no month
  year,   ///< the year the incident began
  type,   ///< the incident's type (incident::type: "battle", "airstrike", ...)
  /// The dataset's own event type: event_coding::event_type (ACLED "Riots /
  /// Mob violence", UCDP GED "State-based conflict"); for an incident with a
  /// CAMEO code and no such label (GDELT), the code and its label ("190 Use
  /// conventional military force, not specified below"); else the incident's type.
  event_type,
  country,  ///< the country where it happened (ISO alpha-2; empty: unknown)
};

/// "actor", "dyad", "month", "year", "type", "country".
[[nodiscard]] std::string_view to_string(stats_dimension d) noexcept;
[[nodiscard]] std::optional<stats_dimension> parse_stats_dimension(std::string_view text) noexcept;

/// How rows are ordered.
enum class stats_order : std::uint8_t {
  key,         ///< by the grouping values: time in order, actors and types by id
  incidents,   ///< most incidents first (ties: by key)
  fatalities,  ///< most fatalities (best estimate) first (ties: by key)
};

/// Options of incident_stats().
struct stats_options {
  /// The dimensions to group by, in column order; one at least, each once.
  std::vector<stats_dimension> by{stats_dimension::month};
  /// Only incidents whose date lies within [from, to]: the date's first day
  /// on or after from's first day and its last day on or before to's last
  /// day (an incident dated only "2019" is not within 2019-06..2019-12).
  /// Either end may be left out. Applied on top of the view's as-of date.
  std::optional<date> from;
  std::optional<date> to;
  /// Only incidents this actor is involved in (as for stats_dimension::actor).
  std::optional<actor_index> actor;
  stats_order order = stats_order::key;
  /// Keep the first `top` rows after ordering; 0 keeps every row. The totals
  /// count every incident selected, whatever `top`.
  std::size_t top = 0;

  /// \throws usage_error when `by` is empty or names a dimension twice, or
  ///         when from is after to.
  void validate() const;
};

/// Counts over a set of incidents. A fatality figure is summed over the
/// incidents that give it; the incidents that do not are counted apart
/// (unknown is not zero).
struct stats_counts {
  std::uint64_t incidents = 0;
  std::int64_t fatalities = 0;           ///< sum of incident::fatalities (the best estimate) where known
  std::uint64_t fatalities_unknown = 0;  ///< incidents whose fatalities are unknown
  std::int64_t fatalities_low = 0;       ///< sum of event_coding::deaths_low where given (UCDP)
  std::uint64_t low_unknown = 0;         ///< incidents with no low estimate
  std::int64_t fatalities_high = 0;      ///< sum of event_coding::deaths_high where given (UCDP)
  std::uint64_t high_unknown = 0;        ///< incidents with no high estimate

  /// Adds one incident.
  void add(const incident& inc) noexcept;
  friend bool operator==(const stats_counts&, const stats_counts&) = default;
};

/// One grouping value of a row.
struct stats_value {
  /// month "2019-03" (or "2019" when the month is unknown), year "2019",
  /// type, country code; actor: the actor's id; dyad: "id1 id2" in id
  /// order; empty: none (no actor involved, no dyad, no type, no country).
  std::string text;
  actor_index actor = no_index;   ///< actor, dyad: the (first) actor
  actor_index actor2 = no_index;  ///< dyad: the second actor

  friend bool operator==(const stats_value&, const stats_value&) = default;
};

/// One group: its values (one per dimension, in options.by order) and its counts.
struct stats_row {
  std::vector<stats_value> key;
  stats_counts counts;
};

/// What incident_stats() found.
struct stats_result {
  std::vector<stats_dimension> by;
  std::vector<stats_row> rows;
  stats_counts total;               ///< every incident selected, each once
  std::size_t rows_before_top = 0;  ///< rows there were before options.top cut them
  /// Some selected incident gives a low or high estimate (else the low and
  /// high figures say nothing and need not be shown).
  bool has_low_high = false;
};

/// Counts the incidents a view keeps, and their fatalities, grouped by
/// `options.by`.
///
/// An incident is selected when the view keeps it (as-of date, confidence,
/// noise filters), its date lies within [from, to], and `options.actor`,
/// when set, is involved in it. It then adds to one row per combination of
/// its values on the dimensions (several for actor and dyad when several
/// actors take part; one row with an empty value when none does), and once
/// to the total. Actors and dyads are found through the role edges the view
/// keeps.
///
/// \throws usage_error for invalid options.
/// Complexity: O(Σ_incidents (roles + values) · log rows + rows log rows).
[[nodiscard]] stats_result incident_stats(const graph_view& view, const stats_options& options = {});

/// The same statistics of a columnar snapshot read in place: those of
/// graph_view(g, view) for the graph g the snapshot loads into, in one pass
/// over the incidents (only those the date index says may lie in the
/// window; see scan_incidents), reading the fields it counts straight from
/// the columns; memory is that of the rows.
/// \param rest  the snapshot's actors, relations and sources (event_store::load_rest(), as a graph)
/// \throws usage_error for invalid options or another graph's `rest`;
///         snapshot_error when a section read is damaged
[[nodiscard]] stats_result incident_stats(const event_store& store, const graph& rest, const view_options& view,
                                          const stats_options& options = {});

}  // namespace faultline
