// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Filtered views of a graph: by relation type, by date, by confidence.

#include <optional>
#include <string>
#include <vector>

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
  std::vector<bool> types_;  // by relation_type_id
};

}  // namespace faultline
