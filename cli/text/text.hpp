// SPDX-License-Identifier: Apache-2.0
#pragma once
// Library values as words for people: labels, one-line facts, counts and
// numbers. Shared by every printer (table text, CSV cells, DOT labels).
// One-line facts (incident_title, relation_text, role_text, source_tags,
// decimal_text) are the library's (faultline/graph/describe.hpp), which the
// pictures and the report use too.

#include <cstdint>
#include <string>
#include <vector>

#include <faultline/graph/describe.hpp>
#include <faultline/graph/graph.hpp>

namespace faultline::cli {

/// "Name (id)".
[[nodiscard]] std::string label(const graph& g, node_ref n);
[[nodiscard]] std::string label(const graph& g, actor_index a);
/// The facts' sources, each once, in first-cited order.
void collect_sources(const provenance& p, std::vector<source_index>& into);
/// What a role edge rests on: its own provenance, or its incident's when it cites nothing itself.
[[nodiscard]] const provenance& role_provenance(const graph& g, std::uint32_t role_edge_index);
/// What an incident link rests on: its own provenance, or the responding incident's.
[[nodiscard]] const provenance& link_provenance(const graph& g, std::uint32_t link_index);
/// "1 actor", "15 actors": a count with its noun, plural when it is not 1.
[[nodiscard]] std::string count_of(std::size_t n, const std::string& noun);
/// "15 actors, 10 incidents, 14 relations".
[[nodiscard]] std::string graph_summary(const graph& g);
[[nodiscard]] std::string graph_summary(std::uint64_t actors, std::uint64_t incidents, std::uint64_t relations);
/// How an event dataset coded an incident as (field, value) rows for a table; none for hand-written incidents.
[[nodiscard]] std::vector<std::vector<std::string>> coding_rows(const graph& g, const incident& inc);

}  // namespace faultline::cli
