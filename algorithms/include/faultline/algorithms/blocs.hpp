// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Blocs: the partition of a signed graph into at most k groups that
/// minimises weighted frustration (hostile ties inside groups, friendly ties
/// between them), exact by branch and bound for small graphs, by multi-start
/// relocation (Doreian and Mrvar) for large ones; and the friendly layer's
/// connected components and maximal cliques (Bron and Kerbosch).
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include <faultline/algorithms/signed_graph.hpp>

#include <faultline/graph/progress.hpp>

namespace faultline {

// Progress (faultline/graph/progress.hpp): find_blocs() reports thousandths
// of its work; the triangle, tension and clique searches report nodes visited.

/// The bloc of a node that has no signed tie (it belongs to no bloc).
inline constexpr std::uint32_t no_bloc = no_index;

/// How find_blocs() searches.
enum class bloc_method : std::uint8_t {
  automatic,  ///< the heuristic, then exact search on every part of at most exact_max_nodes within exact_max_steps
  exact,      ///< branch and bound (seeded by the heuristic); refuses parts larger than exact_max_nodes
  heuristic,  ///< multi-start relocation only
};

/// Options of find_blocs(). Defaults are what the CLI uses.
struct bloc_options {
  /// At most this many blocs in each connected part; 0 picks k by the rule
  /// documented at find_blocs() ("--k auto"). Default 0.
  std::size_t k = 0;
  /// With k = 0: the largest k tried. At least 1. Default 8.
  std::size_t max_k = 8;
  /// With k = 0: one more bloc is worth it when it lowers the criterion by
  /// at least this fraction. In [0, 1). Default 0.1.
  double auto_min_gain = 0.1;
  /// signnet's α: weight of a hostile tie inside a bloc; friendly ties
  /// between blocs weigh 1 − α. In (0, 1). Default 0.5.
  double alpha = 0.5;
  /// Use tie weights; false counts every signed tie as 1. Default true.
  bool weighted = true;
  /// Search method. Default automatic.
  bloc_method method = bloc_method::automatic;
  /// Largest connected part (in nodes) searched exactly. 1 to 256. Default 256.
  std::size_t exact_max_nodes = 256;
  /// The exact search's budget: branch-and-bound nodes visited per connected
  /// part and per k before it gives up; the part's answer is then the best
  /// partition found so far (at worst the heuristic's), and its report says
  /// it is not proved. A count of nodes rather than a time, so that the
  /// answer is the same on every machine and under any load. At least 1.
  /// Default 1,000,000: about a second at worst for k = 2 on a part of a
  /// hundred or so actors, several times what proved every one of the 51
  /// Correlates-of-War windows (at most 552,000 nodes, at k = 2).
  std::uint64_t exact_max_steps = 1'000'000;
  /// Count the optimal partitions (up to relabelling) of each exactly solved
  /// part, up to this many; 0 does not count (faster). Default 1000.
  std::size_t count_optima_limit = 1000;
  /// Heuristic restarts per connected part (also used to seed the exact
  /// search with an upper bound). At least 1. Default 32.
  std::size_t restarts = 32;
  /// Seed of the heuristic's random choices; equal seeds give equal results. Default 1.
  std::uint64_t seed = 1;
  /// Bounds each heuristic restart: at most this many rounds (single moves
  /// until none gains, then exchanges, then merges), and at most this many
  /// times the part's node count node visits per round. At least 1. Default 1000.
  std::size_t max_sweeps = 1000;
  /// Progress and cancellation. Default none.
  progress_callback progress;

  /// \throws usage_error for any option out of its documented range.
  void validate() const;
};

/// How one connected part of the signed graph was solved.
struct bloc_part_report {
  std::size_t nodes = 0;
  std::size_t ties = 0;
  double criterion = 0.0;
  bool exact = false;   ///< searched by branch and bound (to the end or to exact_max_steps)
  bool proved = false;  ///< the exact search finished: the criterion is optimal
  /// Branch-and-bound nodes visited; equal to exact_max_steps when the search
  /// stopped there (exact and not proved: the heuristic's or the best partial answer stands).
  std::uint64_t steps = 0;
  /// Heuristic restarts that reached this part's best value (of `restarts`).
  std::size_t restarts_found_best = 0;
  /// With count_optima_limit > 0 and a finished exact search: the number of
  /// optimal partitions of this part up to relabelling (at most the limit).
  std::size_t optimal_partitions = 0;
  bool optimal_partitions_capped = false;  ///< there may be more than counted
};

/// One k tried by the automatic choice of k.
struct bloc_k_trial {
  std::size_t k = 0;
  double criterion = 0.0;
  bool proved = false;
};

/// The blocs found.
struct blocs_result {
  std::size_t k = 0;  ///< the k searched (chosen by the rule when options.k was 0)
  /// Per node: its bloc, numbered 0, 1, ... in first-seen order over node
  /// indices; no_bloc for a node without signed ties.
  std::vector<std::uint32_t> bloc;
  std::size_t bloc_count = 0;  ///< number of non-empty blocs
  /// Per node: its connected part (index into `parts`); no_index for a node without signed ties.
  std::vector<std::uint32_t> part;
  /// signnet's criterion: Σ over ordered pairs of α·w for hostile ties inside
  /// a bloc and (1 − α)·w for friendly ties between blocs,
  /// = 2·(α·N + (1 − α)·P); at α = 0.5 it is N + P.
  double criterion = 0.0;
  double hostile_within = 0.0;    ///< N: weight (or count) of hostile ties inside blocs
  double friendly_between = 0.0;  ///< P: weight (or count) of friendly ties between blocs
  /// The frustrated ties (hostile inside, friendly between), by tie index.
  std::vector<std::uint32_t> frustrated;
  bool proved_optimal = false;  ///< every part was solved exactly to the end
  bool used_exact = false;
  bool used_heuristic = false;
  std::size_t restarts = 0;  ///< restarts per heuristic part
  /// Over all parts: the fewest heuristic restarts that reached a part's
  /// final best value (for exactly solved parts, the proved optimum).
  std::size_t restarts_found_best = 0;
  /// True when every part was proved optimal and has a single optimal
  /// partition up to relabelling its blocs (needs count_optima_limit > 0).
  bool unique_optimum = false;
  std::vector<bloc_part_report> parts;  ///< connected parts with at least one signed tie, by smallest node
  std::vector<bloc_k_trial> trials;     ///< with options.k = 0: each k tried, in order
  std::uint64_t exact_steps = 0;        ///< branch-and-bound nodes visited in all
};

/// The partition into blocs that minimises weighted frustration.
///
/// The criterion is signnet's (`signed_blockmodel`, Doreian and Mrvar 1996,
/// 2009): for a partition C, P(C) = Σ_{i≠j, same bloc, A_ij<0} α·|w_ij|
/// + Σ_{i≠j, different blocs, A_ij>0} (1−α)·w_ij over ordered pairs, that
/// is 2(αN + (1−α)P). The problem separates over the connected parts of the
/// signed graph; each part gets at most k blocs, and blocs of different parts
/// are never merged (actors with no chain of ties between them are not
/// called allies), which does not change the criterion.
///
/// Search: every part is first solved by the heuristic. Then, unless the
/// method is heuristic, each part of at most exact_max_nodes nodes is
/// searched exactly, starting from the heuristic's value; when the search
/// ends within exact_max_steps nodes the part's value is proved optimal,
/// otherwise the best partition found stands, unproved (bloc_part_report
/// says which). So the default proves optimality whenever that is quick.
///
/// Exact search (Aref, Mason and Wilson 2018 compute the same optimum by
/// integer programming): branch and bound over the nodes in an order where
/// each node has the most tie weight to those before it; blocs are opened in
/// order (symmetry breaking); the bound adds, for every unplaced node, its
/// cheapest bloc given the placed ones; the heuristic's best value is the
/// first upper bound.
/// Heuristic: `restarts` starts, even ones from a greedy placement from a
/// random node (next always the node whose cheapest bloc beats its second
/// cheapest by the widest margin; a fresh bloc only when every open one costs
/// more), odd ones from a uniformly random partition (Doreian and Mrvar);
/// each is improved by relocating single nodes to their best bloc (all nodes
/// in random order, then the neighbours of those that moved, as in Louvain's
/// local moving), by exchanging the two ends of a hostile tie between blocs,
/// and by merging the two blocs whose union lowers the criterion most, until
/// no such step lowers it.
///
/// k = 0 ("auto"): starting from k = 1, k grows while the best criterion
/// with k + 1 blocs is lower than (1 − auto_min_gain) times the one with k,
/// up to max_k (and never beyond the largest part); a criterion of 0 stops it.
///
/// \throws usage_error for invalid options, or with method exact when a
///         connected part has more than exact_max_nodes nodes
/// \throws cancelled_error when the progress callback returns false
/// Complexity: heuristic O(restarts · rounds · (V + E)) per k, typically a few rounds; exact
/// O(k^n) in the worst case per part of n nodes, bounded by exact_max_steps
/// nodes per part and k, each O(k · deg).
[[nodiscard]] blocs_result find_blocs(const signed_graph& g, const bloc_options& options = {});

/// The criterion of a given partition (see find_blocs()).
/// \param bloc   per node; nodes without signed ties may be no_bloc
/// \throws usage_error when bloc has the wrong size, a node with signed ties
///         has no bloc, or alpha is outside (0, 1)
/// Complexity: O(V + E).
[[nodiscard]] double bloc_criterion(const signed_graph& g, std::span<const std::uint32_t> bloc, double alpha = 0.5,
                                    bool weighted = true);

/// Connected components of the friendly layer (the ties of sign +1).
struct friendly_components_result {
  /// Per node: its component, numbered in first-seen order over node indices.
  std::vector<std::uint32_t> component;
  /// Members of each component, in node order.
  std::vector<std::vector<std::uint32_t>> members;
};

/// The connected components of the friendly ties. A node with no friendly
/// tie is a component of its own.
/// Complexity: O(V + E α(V)) (union-find).
[[nodiscard]] friendly_components_result friendly_components(const signed_graph& g);

/// Options of friendly_cliques().
struct clique_options {
  /// Smallest clique reported; at least 1. Default 3.
  std::size_t min_size = 3;
  /// Stop after this many cliques (the result says it was truncated); 0 for no limit. Default 100,000.
  std::size_t max_cliques = 100'000;
  /// Progress and cancellation. Default none.
  progress_callback progress;

  /// \throws usage_error when min_size is 0.
  void validate() const;
};

/// The maximal cliques found.
struct cliques_result {
  /// Each clique's nodes in increasing order; cliques by size (largest
  /// first), then lexicographically.
  std::vector<std::vector<std::uint32_t>> cliques;
  bool truncated = false;  ///< max_cliques was reached
};

/// The maximal cliques of the friendly layer: groups in which every pair has
/// a friendly tie, not contained in a larger such group.
///
/// Boost.Graph's Bron–Kerbosch (Bron and Kerbosch 1973) is run, for each
/// node v in a degeneracy order, on the friendly neighbours of v that come
/// later in the order; a clique found there is kept when no earlier
/// neighbour of v extends it (Eppstein, Löffler and Strash 2010), so each
/// maximal clique is reported once and the search stays local.
/// \throws usage_error for invalid options; cancelled_error when cancelled
/// Complexity: O(d · n · 3^(d/3)) for degeneracy d, in the worst case.
[[nodiscard]] cliques_result friendly_cliques(const signed_graph& g, const clique_options& options = {});

}  // namespace faultline
