// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Structural balance of a signed graph (Heider 1946; Cartwright and Harary
/// 1956), measured as R's signnet measures it so results can be
/// cross-checked: the signed triangle census and the fraction of balanced
/// triangles, the walk-based balance score (Estrada 2019), and the
/// frustration index (line index of balance) with a 2-way split attaining it
/// (Aref, Mason and Wilson 2018, 2020).
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/signed_graph.hpp>

namespace faultline {

/// Triangles of signed ties by their signs (signnet's count_signed_triangles).
struct triangle_census {
  std::uint64_t ppp = 0;  ///< "+++": balanced (friends of friends)
  std::uint64_t ppn = 0;  ///< "++-": unbalanced
  std::uint64_t pnn = 0;  ///< "+--": balanced (the enemy of my enemy is my friend)
  std::uint64_t nnn = 0;  ///< "---": unbalanced under strict balance, clusterable (Davis 1967)

  [[nodiscard]] std::uint64_t total() const noexcept { return ppp + ppn + pnn + nnn; }
  [[nodiscard]] std::uint64_t balanced() const noexcept { return ppp + pnn; }
  friend bool operator==(const triangle_census&, const triangle_census&) = default;
};

/// The census of the triangles formed by signed ties (ambivalent ties do not count).
/// \param progress  optional; called now and then with (nodes visited, nodes); \throws cancelled_error when it returns
/// false Complexity: O(E^1.5).
[[nodiscard]] triangle_census count_signed_triangles(const signed_graph& g, const progress_callback& progress = {});

/// signnet's walk balance, Σ_i exp(λ_i) / Σ_i exp(μ_i) = tr e^A / tr e^|A|,
/// with λ the eigenvalues of the signed adjacency matrix A (entries ±1 by
/// the ties' signs, weights ignored) and μ those of |A| (Estrada 2019).
/// Computed in log-sum-exp form, so large eigenvalues do not overflow.
/// \returns nullopt for a graph with no nodes
/// \throws usage_error when the graph has more than max_nodes nodes (dense O(n²) matrix)
/// Complexity: O(V³) (Householder tridiagonalisation, then implicit QL).
[[nodiscard]] std::optional<double> walk_balance(const signed_graph& g, std::size_t max_nodes = 1000);

/// Options of balance(). Defaults are what the CLI uses.
struct balance_options {
  /// Frustration counted by tie weight instead of number of ties. Default false (as signnet).
  bool weighted = false;
  /// Largest graph (in nodes) whose walk balance is computed; beyond it the
  /// score is left out. 0 never computes it. At most 20,000. Default 1000.
  std::size_t walk_max_nodes = 1000;
  /// Search for the frustration index: method, exact limits, restarts, seed,
  /// progress. Its k, alpha and weighted are ignored (2, 0.5 and `weighted`).
  bloc_options search;

  /// \throws usage_error for invalid search options or walk_max_nodes above 20,000.
  void validate() const;
};

/// The balance measures of a signed graph.
struct balance_result {
  std::size_t nodes = 0;
  std::size_t friendly_ties = 0;
  std::size_t hostile_ties = 0;
  std::size_t ambivalent_ties = 0;  ///< ties whose facts cancel out; left out of every measure
  triangle_census triangles;
  /// (+++ plus +--) / all triangles; nullopt without triangles.
  std::optional<double> triangle_balance;
  /// See walk_balance(); nullopt for an empty graph or one above walk_max_nodes.
  std::optional<double> walk_balance;
  bool walk_skipped = false;  ///< the graph was larger than walk_max_nodes
  /// The frustration index L: the least number (or weight) of signed ties
  /// whose removal (equivalently, sign change) leaves a balanced graph, i.e.
  /// the fewest ties frustrated by a split into two sides (hostile within a
  /// side, friendly across).
  double frustration = 0.0;
  /// signnet's frustration balance 1 − L / (m / 2), m the number (or total
  /// weight) of signed ties; 1 when balanced. nullopt without signed ties.
  std::optional<double> frustration_balance;
  bool frustration_proved = false;  ///< L is proved minimal (exact search finished)
  bool frustration_unique = false;  ///< proved, and the split attaining it is unique (each connected part)
  /// Per node: side 0 or 1 of the split (in each connected part, the side of
  /// its first node is 0); no_bloc for nodes without signed ties.
  std::vector<std::uint32_t> side;
  /// The frustrated ties of that split, by tie index.
  std::vector<std::uint32_t> frustrated;
  /// Details of the search (k = 2, α = 0.5).
  blocs_result search;
};

/// All the balance measures of a signed graph.
/// \throws usage_error for invalid options; cancelled_error when cancelled
/// Complexity: O(E^1.5) triangles + O(min(V, walk_max_nodes)³) walk + the
/// frustration search (see find_blocs()).
[[nodiscard]] balance_result balance(const signed_graph& g, const balance_options& options = {});

}  // namespace faultline
