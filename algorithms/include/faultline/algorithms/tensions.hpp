// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Tensions: where a signed graph strains its bloc structure. The ties that
/// contradict the blocs, the unbalanced triangles, the ties whose own facts
/// point both ways, and "enemy of my enemy" suggestions for pairs with no
/// tie — where analysts look for the next realignment.
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/signed_graph.hpp>

namespace faultline {

/// Options of find_tensions(). Defaults are what the CLI uses.
struct tension_options {
  /// Rank ties (and weigh evidence) by tie weight; false counts every tie as 1. Default true.
  bool weighted = true;
  /// Keep at most this many unbalanced triangles (the best ranked); 0 keeps all. Default 0.
  std::size_t max_triangles = 0;
  /// Keep at most this many suggestions (the best ranked); 0 keeps all. Default 0.
  std::size_t max_suggestions = 0;
  /// A suggestion needs at least this many shared neighbours. At least 1. Default 1.
  std::size_t min_shared = 1;
  /// Neighbours with more signed ties than this are not used as evidence for
  /// suggestions (a hub would pair everyone with everyone). At least 2. Default 1000.
  std::size_t max_middle_degree = 1000;
  /// Progress and cancellation. Default none.
  progress_callback progress;

  /// \throws usage_error when min_shared is 0 or max_middle_degree below 2.
  void validate() const;
};

/// A tie that contradicts the blocs.
struct frustrated_tie {
  std::uint32_t tie = 0;
  bool hostile_within = false;  ///< a hostile tie inside a bloc (else a friendly tie between blocs)
  double weight = 0.0;          ///< the tie's weight (1 when unweighted)
};

/// A triangle that is not balanced: exactly one hostile tie ("++-", which
/// no partition satisfies) or three ("---", balanced only with three blocs).
struct unbalanced_triangle {
  std::uint32_t nodes[3] = {0, 0, 0};  ///< increasing
  std::uint32_t ties[3] = {0, 0, 0};   ///< the ties nodes[0]–nodes[1], nodes[0]–nodes[2], nodes[1]–nodes[2]
  std::uint8_t hostile = 0;            ///< 1 or 3
  double weight = 0.0;                 ///< sum of the three ties' weights
};

/// One shared neighbour behind a suggestion.
struct suggestion_evidence {
  std::uint32_t via = 0;         ///< the shared neighbour
  std::uint32_t first_tie = 0;   ///< the tie between the suggestion's first node and `via`
  std::uint32_t second_tie = 0;  ///< the tie between `via` and the second node
  std::int8_t implied = 0;       ///< the product of the two signs: + for ++ and −−, − for +−
  double strength = 0.0;         ///< the weaker of the two ties' weights (1 unweighted)
};

/// "Enemy of my enemy": a pair with no tie whose shared neighbours imply one.
struct tie_suggestion {
  std::uint32_t a = 0;  ///< a < b
  std::uint32_t b = 0;
  std::int8_t sign = 0;         ///< the implied sign
  double score = 0.0;           ///< Σ implied · strength over the evidence; |score| ranks suggestions
  std::size_t agreeing = 0;     ///< evidence implying `sign`
  std::size_t disagreeing = 0;  ///< evidence implying the other sign
  bool blocs_agree = false;     ///< the blocs say the same (same bloc for friendly, different for hostile)
  std::vector<suggestion_evidence> evidence;  ///< by shared neighbour index
};

/// The tensions found.
struct tensions_result {
  /// Ties contradicting the blocs, by weight (heaviest first), then tie index.
  std::vector<frustrated_tie> frustrated;
  /// Ties with both friendly and hostile facts, the most contested first
  /// (by the lesser of the two sums, then tie index); includes ambivalent ties.
  std::vector<std::uint32_t> mixed;
  /// Unbalanced triangles: "++-" before "---", then by weight, then nodes.
  std::vector<unbalanced_triangle> triangles;
  std::uint64_t triangle_total = 0;  ///< before max_triangles
  /// Suggestions by |score|, then evidence count, then nodes.
  std::vector<tie_suggestion> suggestions;
  std::size_t suggestion_total = 0;  ///< before max_suggestions
};

/// The tensions of a signed graph against a partition into blocs (e.g. find_blocs()'s).
///
/// Balance theory gives the inference rule of suggestions (signnet README;
/// Cartwright and Harary 1956): two friends of one actor, or two enemies of
/// one actor, are implied friends; a friend and an enemy of one actor are
/// implied enemies. Balance is a hypothesis, not a fact (Hage and Harary use
/// Gahuku-Gama as a system where the enemy of an enemy may be either), so
/// suggestions carry their evidence and are never added to the graph.
///
/// \param bloc  per node, as blocs_result::bloc (no_bloc for nodes without signed ties)
/// \throws usage_error for invalid options or a partition of the wrong size
/// \throws cancelled_error when cancelled
/// Complexity: O(E^1.5) for triangles, O(Σ_v min(deg v, max_middle_degree)²) for
/// suggestions, plus sorting.
[[nodiscard]] tensions_result find_tensions(const signed_graph& g, std::span<const std::uint32_t> bloc,
                                            const tension_options& options = {});

}  // namespace faultline
