// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline show NAME`: one actor or incident with every fact about it that
// the global filters keep, and the sources behind them.

#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

struct show_options {
  std::string name;  ///< id, name or alias
};

struct show_result {
  /// Of one columnar snapshot, the part of it read in place (owns `g`); else null.
  std::shared_ptr<const graph> part;
  const graph* g = nullptr;
  node_ref node;
  std::vector<relation_index> relations;  ///< an actor's relations, out then in
  /// An actor's roles and the attributions it makes (by date), or an incident's roles.
  std::vector<std::uint32_t> roles;
  std::size_t incident_count = 0;    ///< an actor's distinct incidents
  std::vector<std::uint32_t> links;  ///< an incident's links, from then to
  std::vector<source_index> cited;   ///< in the order the facts cite them

  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] json_t to_json() const;
  /// Whether role `k` is one the shown actor attributes to another.
  [[nodiscard]] bool attributes(std::uint32_t k) const { return g->roles()[k].actor != node.index; }
};

void setup(CLI::App& sub, show_options& o);
/// The facts about the node `o.name` resolves to. \throws not_found_error
[[nodiscard]] show_result run(context& ctx, const show_options& o);

/// The table output of an actor, and of an incident (show_text.cpp).
[[nodiscard]] print::document actor_document(const show_result& r);
[[nodiscard]] print::document incident_document(const show_result& r);

}  // namespace faultline::cli
