// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline tensions`: where the signed actor graph strains its blocs, with
// the facts behind each tie (faultline/algorithms/tensions.hpp).

#include <faultline/algorithms/tensions.hpp>
#include <string>
#include <vector>

#include "alliances_common.hpp"

namespace faultline::cli {

struct tensions_cli_options {
  signed_cli_options graph;  ///< the signed graph's and the bloc search's flags
  std::size_t limit = 10;    ///< --limit: triangles and suggestions shown (0: all)
};

struct tensions_cli_result {
  signed_input in;
  json_t input;         ///< input_json(): the input and filters
  bloc_options search;  ///< the bloc search, as the flags set it
  blocs_result blocs;   ///< the blocs the tensions are measured against
  tensions_result r;

  /// Nothing strains the blocs (exit 1).
  [[nodiscard]] bool empty() const {
    return r.frustrated.empty() && r.triangle_total == 0 && r.mixed.empty() && r.suggestion_total == 0;
  }
  [[nodiscard]] print::document to_document() const;  // tensions_text.cpp
  [[nodiscard]] json_t to_json() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] dot_graph to_dot() const;
  /// "1", "2", ... or "none": the bloc of node `x` as the text shows it.
  [[nodiscard]] std::string bloc_text(std::uint32_t x) const;
  /// "Name (id) + Name (id)": tie `t` as the text shows it.
  [[nodiscard]] std::string tie_line(std::uint32_t t) const;
};

/// Declares the signed graph's and the bloc search's flags, and --limit.
void setup(CLI::App& sub, tensions_cli_options& o);
/// Builds the signed graph, finds the blocs and what strains them. \throws usage_error for bad flags
[[nodiscard]] tensions_cli_result run(context& ctx, const tensions_cli_options& o);

}  // namespace faultline::cli
