// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// How is X connected to Y: shortest chains between two nodes.

#include <cstddef>
#include <cstdint>
#include <vector>

#include <faultline/graph/view.hpp>

namespace faultline {

/// Options of shortest_paths().
struct path_options {
  /// Also walk through incidents (actor -role- incident -role- actor, and
  /// incident links). Default true.
  bool through_incidents = true;
  /// Follow relations only in their stated direction (roles and links are
  /// always walkable both ways). Default false: "connected" ignores direction.
  bool directed = false;
  /// At most this many paths are returned; at least 1. Default 5.
  std::size_t max_paths = 5;

  /// \throws usage_error when max_paths is 0.
  void validate() const;
};

/// What an edge of a path is.
enum class path_edge_kind : std::uint8_t { relation, role, link };

/// One edge of a path, walked from `from` to `to`. `forward` is false when
/// the edge's stated direction is the other way (e.g. walking "X backs Y"
/// from Y to X). For roles the stated direction is actor → incident.
struct path_step {
  node_ref from;
  node_ref to;
  path_edge_kind kind = path_edge_kind::relation;
  std::uint32_t index = no_index;  ///< into relations(), roles() or links()
  bool forward = true;

  friend bool operator==(const path_step&, const path_step&) = default;
};

/// The shortest paths found; all have the same length. Empty when the two
/// nodes are not connected in the view.
struct path_result {
  node_ref from;
  node_ref to;
  std::vector<std::vector<path_step>> paths;
  /// True when more shortest paths exist than were returned.
  bool truncated = false;
};

/// The shortest paths (fewest edges) from `from` to `to` in the view, over
/// relations and, optionally, incident roles and links. Paths come in a
/// deterministic order: depth first, and at each node its out-relations,
/// then in-relations, then roles, then links, each in input order.
///
/// Complexity: O(V + E) for the breadth-first search, plus O(max_paths · length)
/// to list the paths. \throws usage_error for invalid options or nodes out of range.
[[nodiscard]] path_result shortest_paths(const graph_view& view, node_ref from, node_ref to,
                                         const path_options& options = {});

/// The incidents of a columnar snapshot that lie on a shortest path from
/// `from` to `to` (and the endpoints that are incidents), by a search over
/// its columns (an actor's incidents from its postings, an incident's roles
/// from its index) and the relations of `rest`, in increasing index order.
/// The graph of `rest` and these incidents holds every shortest path of
/// the whole graph and no other: shortest_paths() over it lists the same
/// paths (renumbered), as a command that reads the snapshot in place needs.
/// Endpoints number incidents as the store does.
/// \param rest  the snapshot's actors, relations and sources (event_store::load_rest(), as a graph)
/// \throws usage_error as shortest_paths(), or for another graph's `rest`;
///         snapshot_error when a section read is damaged
/// Complexity: O(actors + incidents) memory; time that of the search.
[[nodiscard]] std::vector<incident_index> incidents_on_shortest_paths(const event_store& store, const graph& rest,
                                                                      const view_options& view, node_ref from,
                                                                      node_ref to, const path_options& options = {});

}  // namespace faultline
