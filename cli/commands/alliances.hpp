// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline alliances`: the blocs of the signed actor graph
// (faultline/algorithms/blocs.hpp), with the friendly camps and cliques.

#include <faultline/algorithms/blocs.hpp>
#include <string>
#include <vector>

#include "alliances_common.hpp"

namespace faultline::cli {

struct alliances_cli_options {
  signed_cli_options graph;  ///< the signed graph's and the bloc search's flags
};

/// One actor's row: its ties, and how many of them its bloc frustrates.
struct alliances_actor_row {
  std::uint32_t node;
  std::size_t friendly = 0, hostile = 0, frustrated = 0;
};

struct alliances_cli_result {
  signed_input in;
  json_t input;         ///< input_json(): the input and filters
  bloc_options search;  ///< the search as run
  blocs_result r;
  friendly_components_result camps;
  cliques_result cliques;
  render::picture_options picture;  ///< --max-nodes
  // Derived from r, for every format.
  std::vector<alliances_actor_row> rows;              ///< every actor, by bloc
  std::vector<std::vector<std::uint32_t>> blocs;      ///< members of each bloc
  std::vector<std::uint32_t> unaligned;               ///< actors without a signed tie
  std::vector<std::vector<std::uint32_t>> camp_list;  ///< friendly camps of 2 or more

  /// No signed tie: no bloc to find (exit 1).
  [[nodiscard]] bool empty() const { return in.sg.signed_tie_count() == 0; }
  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] json_t to_json() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] dot_graph to_dot() const;
  /// The blocs in panels, frustrated ties highlighted (render::blocs_svg).
  [[nodiscard]] std::string to_svg() const;
};

/// Declares the signed graph's and the bloc search's flags.
void setup(CLI::App& sub, alliances_cli_options& o);
/// Builds the signed graph and finds its blocs, camps and cliques. \throws usage_error for bad flags
[[nodiscard]] alliances_cli_result run(context& ctx, const alliances_cli_options& o);

}  // namespace faultline::cli
