// SPDX-License-Identifier: Apache-2.0
#pragma once
// Model objects as JSON, in the shapes every command's --format json uses
// (keys are stable; see docs). Results build their to_json() from these.

#include <nlohmann/json.hpp>
#include <vector>

#include <faultline/graph/graph.hpp>

namespace faultline::cli {

using json_t = nlohmann::ordered_json;

/// {"id":..., "name":..., "kind":...}
[[nodiscard]] json_t node_json(const graph& g, node_ref n);
/// An incident as node_json gives it (id, name, kind), from the object.
[[nodiscard]] json_t incident_json(const incident& inc);
/// The provenance of a fact as JSON: sources (ids), confidence, note.
[[nodiscard]] json_t provenance_json(const graph& g, const provenance& p);
/// Full records of the given sources, as JSON.
[[nodiscard]] json_t sources_json(const graph& g, const std::vector<source_index>& sources);
/// One relation as JSON.
[[nodiscard]] json_t relation_json(const graph& g, relation_index r);
/// How an event dataset coded an incident, as JSON (null for hand-written incidents).
[[nodiscard]] json_t coding_json(const incident& inc);
/// The names importers merged into an actor, with their rules, as JSON.
[[nodiscard]] json_t merged_json(const actor& a);

}  // namespace faultline::cli
