// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Filtered views of a graph: by relation type, by date, by confidence.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <faultline/graph/event_store.hpp>
#include <faultline/graph/graph.hpp>

namespace faultline {

/// What a view keeps. Defaults keep everything.
struct view_options {
  /// Relation types to keep, by id; empty keeps every type.
  std::vector<std::string> relation_types;
  /// Keep only what holds on this date: relations whose `since` begins on or
  /// before its last day and whose `until` ends on or after its first day,
  /// and incidents that began on or before its last day.
  std::optional<date> as_of;
  /// Drop facts whose confidence is below this; in [0, 1]. Default 0.
  double min_confidence = 0.0;
  /// Noise controls for GDELT events (incidents whose coding.dataset is
  /// "gdelt"; other incidents have no such counts and are kept): drop events
  /// mentioned fewer than min_mentions times (NumMentions) or reported by
  /// fewer than min_sources sources (NumSources), and, with
  /// root_events_only, events that are not root events (IsRootEvent 0, or
  /// not recorded: snapshots of format version 3 did not keep it). Roles
  /// and links go with their incidents. Defaults keep every event.
  std::uint32_t min_mentions = 0;
  std::uint32_t min_sources = 0;
  bool root_events_only = false;

  /// Whether some option drops facts (types, as-of, confidence, noise controls).
  [[nodiscard]] bool filters() const noexcept;

  /// \throws usage_error when min_confidence is outside [0, 1] or NaN.
  void validate() const;
};

/// A graph seen through view_options. Cheap to copy; refers to the graph,
/// which must outlive it.
class graph_view {
 public:
  /// \throws usage_error for an invalid option or an unknown relation type
  ///         (with the closest known ones suggested).
  explicit graph_view(const graph& g, const view_options& options = {});

  [[nodiscard]] const graph& base() const noexcept { return *graph_; }
  [[nodiscard]] const view_options& options() const noexcept { return options_; }

  [[nodiscard]] bool keeps_type(relation_type_id t) const noexcept;
  [[nodiscard]] bool keeps_relation(relation_index r) const noexcept;
  [[nodiscard]] bool keeps_incident(incident_index i) const noexcept;
  /// A role edge is kept when its incident is kept and it is confident enough.
  [[nodiscard]] bool keeps_role(std::uint32_t role_edge_index) const noexcept;
  /// A link is kept when both incidents are kept and it is confident enough.
  [[nodiscard]] bool keeps_link(std::uint32_t link_index) const noexcept;

 private:
  const graph* graph_;
  view_options options_;
  std::vector<bool> types_;     // by relation_type_id
  bool noise_filters_ = false;  // some GDELT noise control is set
};

/// What graph_view(g, options) keeps of the graph g a columnar snapshot
/// loads into, asked of the snapshot's columns (the same rules). Refers to
/// the store, which must outlive it.
class store_view {
 public:
  /// \throws usage_error for invalid options
  store_view(const event_store& store, const view_options& options);

  [[nodiscard]] const event_store& store() const noexcept { return *store_; }
  [[nodiscard]] const view_options& options() const noexcept { return options_; }
  [[nodiscard]] bool keeps_incident(incident_index i) const;
  /// Role `r` of incident `i` (one of store().roles_of(i)).
  [[nodiscard]] bool keeps_role(incident_index i, std::uint32_t r) const;
  [[nodiscard]] bool keeps_link(std::uint32_t link_index) const;

 private:
  const event_store* store_;
  view_options options_;
  bool noise_filters_ = false;
};

/// One role of an incident, as scan_incidents() hands it over.
struct scanned_role {
  std::uint32_t index = 0;  ///< role edge index (graph::roles(), or the store's)
  actor_index actor = 0;
  role kind = role::perpetrator;
  double confidence = 1.0;
};

/// One incident, as scan_incidents() hands it over: what the aggregations
/// over incidents (the signed graph, the compact form) read of it.
struct scanned_incident {
  incident_index index = 0;  ///< incident index (graph::incidents(), or the store's)
  date when;
  std::optional<date> until;
  std::optional<polarity> stance;  ///< event_coding::stance
  double confidence = 1.0;
  std::span<const scanned_role> roles;  ///< the roles the view keeps, in role order
};

/// Called once per incident, in increasing index order.
using incident_visitor = std::function<void(const scanned_incident&)>;

/// Calls `visit` for each incident the view keeps whose time, from its date
/// to its end date (its date alone when it has none), meets [from, to]
/// (either end optional, both inclusive), with the roles the view keeps.
/// Complexity: O(incidents + roles).
void scan_incidents(const graph_view& view, std::optional<date> from, std::optional<date> to,
                    const incident_visitor& visit);

/// The same over the incidents of a columnar snapshot, read in place: what
/// graph_view(g, options) would keep of the graph the snapshot loads into.
/// Only the incidents the date index says may meet the window and the as-of
/// date are read: those dated from the first of January of `from`'s year to
/// the end of `to` (and of the as-of date); when some incident has an end
/// date, every one that begins by then.
/// \throws usage_error for invalid options; snapshot_error when a section
///         read is damaged
void scan_incidents(const event_store& store, const view_options& options, std::optional<date> from,
                    std::optional<date> to, const incident_visitor& visit);

/// Checks that `rest` is a columnar snapshot's own actors, relations and
/// sources (event_store::load_rest(), as a graph), as the functions that
/// read a snapshot's incidents in place with it expect: same number of
/// actors, no incidents.
/// \throws usage_error otherwise
void check_rest_of(const event_store& store, const graph& rest);

/// Which incidents a window [from, to] selects: those under way in it
/// (`overlaps`), or those that begin in it (`begins`).
enum class window_rule { overlaps, begins };

/// The incidents of a columnar snapshot that may lie in [from, to] (each
/// bound optional) by `rule`, and in which `actor` plays a role when given,
/// read from the date index and the postings: a superset, up to the end of
/// `to` (by `overlaps` without end dates, from the first of January of
/// from's year; with end dates, from the first incident), in increasing
/// index order, which the caller narrows with its own test.
[[nodiscard]] std::vector<incident_index> window_candidates(const event_store& store, std::optional<actor_index> actor,
                                                            std::optional<date> from, std::optional<date> to,
                                                            window_rule rule);

/// The content of a graph as a view keeps it: every scenario, source, actor
/// and relation type, and the relations, incidents, roles and links the view
/// keeps, renumbered. For writing out a filtered graph (export, convert).
/// Complexity: O(size of the graph).
[[nodiscard]] graph_data kept_data(const graph_view& view);

}  // namespace faultline
