// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Facts of the graph as short English text, the same wherever they are
/// shown: the command line's tables, the pictures' hover titles and the
/// HTML report. No terminal involved: these only build strings.

#include <cstdint>
#include <string>

#include <faultline/graph/graph.hpp>

namespace faultline {

/// An incident's display title: its name, else for an imported event its
/// CAMEO or dataset event type ("Fire artillery or tanks (CAMEO 1952)"), else its id.
[[nodiscard]] std::string incident_title(const incident& inc);
/// One relation: "Iran —backs→ Harakat al-Nujaba (since 2023-10)", with
/// against, conflict and qualifier when set.
[[nodiscard]] std::string relation_text(const graph& g, relation_index r);
/// One role edge as a sentence: "Islamic State carried out Kerman bombing",
/// "Baghdad strike targeted Harakat al-Nujaba".
[[nodiscard]] std::string role_text(const graph& g, std::uint32_t role_edge_index);
/// The same for a role edge and its incident given as objects (read from a
/// columnar snapshot, say); `g` names the actors.
[[nodiscard]] std::string role_text(const graph& g, const role_edge& r, const incident& inc);
/// "[seed, other]", or "" when a fact cites nothing.
[[nodiscard]] std::string source_tags(const graph& g, const provenance& p);
/// A number with up to 3 decimals and no trailing zeros ("0.4", "3.2", "1").
[[nodiscard]] std::string decimal_text(double v);

}  // namespace faultline
