// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline path FROM TO`: the shortest chains of facts between two nodes.

#include <faultline/algorithms/path.hpp>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"

namespace faultline::cli {

struct path_cli_options {
  std::string from, to;            ///< ids, names or aliases
  std::vector<std::string> types;  ///< --types: only these relation types
  bool no_incidents = false;       ///< --no-incidents: relations only
  path_options algo;               ///< the library's options and defaults
};

struct path_cli_result {
  /// Of one columnar snapshot, the part of it read in place (owns `g`); else null.
  std::shared_ptr<const graph> part;
  const graph* g = nullptr;
  node_ref from, to;
  path_result result;               ///< the library's answer
  view_options view;                ///< what the paths were found on, for the picture
  render::picture_options picture;  ///< --max-nodes

  [[nodiscard]] bool empty() const { return result.paths.empty(); }
  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] json_t to_json() const;
  [[nodiscard]] dot_graph to_dot() const;
  /// The paths in columns (render::path_svg).
  [[nodiscard]] std::string to_svg() const;
};

/// Declares FROM, TO, --types, --no-incidents, --directed and --max-paths.
void setup(CLI::App& sub, path_cli_options& o);
/// The shortest paths under the view. \throws not_found_error for an unknown end
[[nodiscard]] path_cli_result run(context& ctx, const path_cli_options& o);

}  // namespace faultline::cli
