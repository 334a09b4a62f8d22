// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Exports for analysts' graph tools: GraphML (yEd, Gephi, Cytoscape, Neo4j
/// APOC) and GEXF 1.3 (Gephi, with a timeline).
///
/// Both write the same nodes and edges: every actor and every kept incident
/// as a node (with its kind, name and typed attributes), and every kept
/// relation, incident role and incident link as a directed edge. Role edges
/// run as the role reads: perpetrator, claimed_by and condemned_by from the
/// actor to the incident; target, victim and attributed_to from the incident
/// to the actor. docs/export.md lists the attributes.

#include <string>

#include <faultline/graph/view.hpp>

namespace faultline {

/// The view as GraphML: typed `<key>` declarations with readable ids
/// (`labels`, `kind`, `name`, ..., `label`, `weight`, `sign`), node labels
/// in Neo4j's `:Actor:State` form (as a `labels` key and as the `labels` and
/// `label` attributes of `<node>`, which APOC's `readLabels` reads), and each edge's type
/// as its `label`. Characters XML 1.0 forbids are dropped. Linear in the size
/// of the view.
[[nodiscard]] std::string write_graphml(const graph_view& view);

/// The view as GEXF 1.3 with `mode="dynamic"` and `timeformat="date"`: a
/// relation with `since`/`until`, an incident and its role edges carry a
/// `<spell>` (a date known only to the month or year spans all its days), so
/// Gephi's timeline plays the conflict; undated actors are always present.
/// Linear in the size of the view.
[[nodiscard]] std::string write_gexf(const graph_view& view);

}  // namespace faultline
