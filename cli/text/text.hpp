// SPDX-License-Identifier: Apache-2.0
#pragma once
// Library values as words for people: labels, one-line facts, counts and
// numbers. Shared by every printer (table text, CSV cells, DOT labels).

#include <cstdint>
#include <string>
#include <vector>

#include <faultline/graph/graph.hpp>

namespace faultline::cli {

/// "Name (id)".
[[nodiscard]] std::string label(const graph& g, node_ref n);
[[nodiscard]] std::string label(const graph& g, actor_index a);
/// "[seed, other]" or "" when a fact cites nothing.
[[nodiscard]] std::string source_tags(const graph& g, const provenance& p);
/// The facts' sources, each once, in first-cited order.
void collect_sources(const provenance& p, std::vector<source_index>& into);
/// One relation as text: "Iran —backs→ Harakat al-Nujaba (since 2023-10)".
[[nodiscard]] std::string relation_text(const graph& g, relation_index r);
/// One role edge as a sentence: "Islamic State carried out Kerman bombing", "Baghdad strike targeted Harakat
/// al-Nujaba".
[[nodiscard]] std::string role_text(const graph& g, std::uint32_t role_edge_index);
/// What a role edge rests on: its own provenance, or its incident's when it cites nothing itself.
[[nodiscard]] const provenance& role_provenance(const graph& g, std::uint32_t role_edge_index);
/// What an incident link rests on: its own provenance, or the responding incident's.
[[nodiscard]] const provenance& link_provenance(const graph& g, std::uint32_t link_index);
/// "1 actor", "15 actors": a count with its noun, plural when it is not 1.
[[nodiscard]] std::string count_of(std::size_t n, const std::string& noun);
/// "15 actors, 10 incidents, 14 relations".
[[nodiscard]] std::string graph_summary(const graph& g);
[[nodiscard]] std::string graph_summary(std::uint64_t actors, std::uint64_t incidents, std::uint64_t relations);
/// An incident's display title: its name, else for an imported event its
/// CAMEO or dataset event type ("Fire artillery or tanks (CAMEO 1952)"), else its id.
[[nodiscard]] std::string incident_title(const incident& inc);
/// How an event dataset coded an incident as (field, value) rows for a table; none for hand-written incidents.
[[nodiscard]] std::vector<std::vector<std::string>> coding_rows(const graph& g, const incident& inc);
/// A number with up to 3 decimals, no trailing zeros.
[[nodiscard]] std::string decimal_text(double v);

}  // namespace faultline::cli
