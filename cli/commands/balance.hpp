// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline balance`: structural balance of the signed actor graph, measured
// as R's signnet measures it (faultline/algorithms/balance.hpp).

#include <faultline/algorithms/balance.hpp>
#include <string>
#include <vector>

#include "alliances_common.hpp"

namespace faultline::cli {

struct balance_cli_options {
  signed_cli_options graph;  ///< the signed graph's and the search's flags
  /// --weighted; run sets `search` from the graph's flags.
  balance_options balance;
  std::size_t limit = 10;  ///< --limit: frustrated ties listed (0: all)
};

struct balance_cli_result {
  signed_input in;
  json_t input;                    ///< input_json(): the input and filters
  bool weighted = false;           ///< frustration by weight
  std::uint64_t exact_budget = 0;  ///< the exact search's step budget
  balance_result r;
  std::string method;                 ///< method_name() of the search
  std::vector<std::uint32_t> listed;  ///< frustrated ties shown: heaviest first, at most --limit

  /// No signed tie: nothing to measure (exit 1).
  [[nodiscard]] bool empty() const { return in.sg.signed_tie_count() == 0; }
  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] json_t to_json() const;
  [[nodiscard]] print::table to_csv() const;
  [[nodiscard]] dot_graph to_dot() const;
};

/// Declares the signed graph's and the search's flags, --weighted and --limit.
void setup(CLI::App& sub, balance_cli_options& o);
/// Builds the signed graph and measures its balance. \throws usage_error for bad flags
[[nodiscard]] balance_cli_result run(context& ctx, const balance_cli_options& o);

}  // namespace faultline::cli
