// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Exports for graph tools: Cytoscape.js JSON, Neo4j admin-import CSV and
/// Pajek .net. (GraphML and GEXF live in their own files.)
///
/// What is written, in every format but Pajek: one node per actor and per
/// incident the view keeps, and one edge per relation, incident role and
/// incident link it keeps. Roles point from the actor to the incident for
/// perpetrator, claimed_by and condemned_by, and from the incident to the
/// actor for target, victim and attributed_to (read "incident attributed_to
/// actor").

#include <map>
#include <string>
#include <string_view>

#include <faultline/graph/view.hpp>

namespace faultline {

/// The view as Cytoscape.js JSON (`{"data", "directed", "multigraph",
/// "elements": {"nodes": [{"data": ...}], "edges": [{"data": ...}]}}`), as
/// Cytoscape and networkx.cytoscape_graph read it. Node data: id, value (the
/// id again, networkx's node key), name, kind, and for actors category,
/// country, aliases, sources; for incidents date, until, type, place,
/// country, fatalities, cameo, goldstein when set. Edge data: id (r0, o0, l0
/// for relations, roles and links), source, target, key (a number unique
/// among edges, for networkx's multigraph), edge ("relation", "role",
/// "link"), type, and for relations weight, sign (-1, 0, +1), since, until,
/// confidence, against, conflict, qualifier (the scenario's `as:`). Linear in the size of the view.
[[nodiscard]] std::string write_cytoscape_json(const graph_view& view);

/// The view as Neo4j admin-import CSV files, by file name: actors.csv and
/// incidents.csv (nodes, `id:ID` and `:LABEL`), relations.csv, roles.csv and
/// links.csv (relationships, `:START_ID`, `:END_ID`, `:TYPE`). Typed columns
/// use neo4j-admin's header types (`weight:double`, `date:date`,
/// `aliases:string[]`...). Fields are comma-separated and quoted with `"`
/// when they hold a comma, a quote or a line break (a quote doubled); arrays
/// use neo4j-admin's default delimiter `;`, so a `;` inside an element is
/// written as `,`. An empty field sets no property. Relationship types are
/// the type's id in upper case (BACKS, PERPETRATOR, RESPONDS_TO). Linear in
/// the size of the view.
[[nodiscard]] std::map<std::string, std::string> write_neo4j_csv(const graph_view& view);

/// The view's actors and relations as a Pajek network (.net): *Vertices
/// with every actor (labelled by its id, in the graph's order), *Arcs with
/// the relations of directed types, then *Edges with those of symmetric
/// types. A tie's value is its type's polarity (+1, -1, 0) times its weight,
/// so hostile ties are negative and neutral ones 0. Incidents, roles and
/// links are not written. Linear in the size of the view.
[[nodiscard]] std::string write_pajek(const graph_view& view);

/// One CSV field as neo4j-admin reads it: as is, or in quotes (with `""`
/// for a quote) when it holds a comma, a quote, CR or LF.
[[nodiscard]] std::string csv_field(std::string_view text);

}  // namespace faultline
