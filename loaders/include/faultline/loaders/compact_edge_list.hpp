// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The compact analysis form of a plain edge list (CSV/TSV, Pajek).
///
/// Experimental API (since 0.1).

#include <faultline/graph/compact.hpp>
#include <faultline/loaders/edge_list.hpp>

namespace faultline {

/// What make_compact() takes from an edge list.
struct edge_list_compact_options {
  /// Use the `weight` column when there is one. Default true.
  bool use_weights = true;
};

/// The compact form of an edge list: vertex v is node v of the list
/// (`edges.nodes[v]`), one edge per line.
///
/// Direction: an edge list whose edges are all undirected (`--undirected`,
/// or Pajek *Edges only) gives an undirected graph; otherwise a directed one
/// in which each undirected edge of a mixed Pajek file holds both ways.
/// Weights: the `weight` column (dropped when every weight is 1). Signs: the
/// `sign` column; without one, the signs of the weights when some weight is
/// negative (Pajek signed networks); otherwise none.
///
/// Complexity: O(V + E) (see compact_graph::from_arcs).
/// \throws usage_error when the list holds more than 4294967295 nodes.
[[nodiscard]] compact_graph make_compact(const edge_list& edges, const edge_list_compact_options& options = {});

}  // namespace faultline
