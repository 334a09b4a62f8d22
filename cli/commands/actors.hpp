// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline actors`: the actors, sorted by id, with how many relations and
// incidents the global filters keep for each.

#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

struct actors_options {
  std::string kind;      ///< --kind: state, group or person; empty for all
  std::string category;  ///< --category; empty for all
};

/// One listed actor and its counts under the view.
struct actor_row {
  actor_index actor = no_index;
  std::size_t relations = 0;
  std::size_t incidents = 0;  ///< incidents it plays any role in, each once
};

struct actors_result {
  const graph* g = nullptr;
  /// Read in place from a columnar snapshot: its actors, relations and
  /// sources only (g points to it).
  std::shared_ptr<const graph> rest;
  std::vector<actor_row> actors;

  [[nodiscard]] bool empty() const { return actors.empty(); }
  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] json_t to_json() const;
};

/// Declares --kind and --category.
void setup(CLI::App& sub, actors_options& o);
/// The actors of the loaded graph that match. \throws usage_error for a --kind that is no actor kind
[[nodiscard]] actors_result run(context& ctx, const actors_options& o);

}  // namespace faultline::cli
