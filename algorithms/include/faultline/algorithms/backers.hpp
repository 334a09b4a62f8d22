// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Who backs whom: the direct and indirect sponsors of an actor, and the
/// direct and indirect clients (proxies) of a sponsor.

#include <cstddef>
#include <cstdint>
#include <vector>

#include <faultline/graph/view.hpp>

namespace faultline {

/// Options of backers() and proxies(). Defaults are what the CLI uses; the
/// rules they switch are described in docs/backing.md.
struct backing_options {
  /// Default of `decay`.
  static constexpr double default_decay = 0.5;
  /// Default of `max_depth`.
  static constexpr std::size_t default_depth = 3;

  /// Longest chain, in steps; 0 means no limit. Default 3. Chains cut off by
  /// the limit are counted in backing_result::cut_off.
  std::size_t max_depth = default_depth;
  /// Let backing pass through membership and control: whoever backs a
  /// coalition backs its members, and a controller counts as a backer of what
  /// it controls. Default false (only `backs` relations).
  bool inherit = false;
  /// Let a chain go on past backing given to a state. Default false: a
  /// `backs` step whose recipient is a state (node_kind::state) may only be
  /// the last step of a chain, since a government's backer is not thereby a
  /// backer of that government's own proxies.
  bool through_governments = false;
  /// Let a chain join steps given in different conflicts. Default false: a
  /// step that names a conflict (relation::conflict) or an opponent
  /// (relation::against) must agree with what the steps between it and the
  /// query actor name (the same conflict when both name one, else the same
  /// opponent when both name one); steps that name neither join freely. Nor
  /// may a chain reach an actor that one of its steps is given against.
  bool across_conflicts = false;
  /// Factor by which each step after the first weakens a chain, in (0, 1].
  /// Default 0.5; 1 keeps the strength of long chains.
  double decay = default_decay;

  /// \throws usage_error when max_depth exceeds 1000 or decay is not in (0, 1].
  void validate() const;
};

/// How a step of a chain carries backing.
enum class chain_step_kind : std::uint8_t {
  backs,       ///< `from backs to`
  controls,    ///< `from controls to` (with inherit)
  membership,  ///< `to member_of from`: backing of the coalition `from` reaches its member `to` (with inherit)
};

/// One step of a backing chain, always oriented from the backer's side to the client's side.
struct chain_step {
  relation_index relation = no_index;  ///< the fact the step rests on
  chain_step_kind kind = chain_step_kind::backs;
  actor_index from = no_index;
  actor_index to = no_index;

  friend bool operator==(const chain_step&, const chain_step&) = default;
};

/// One backer (or proxy) with the strongest chain that makes it one.
struct backing_answer {
  actor_index actor = no_index;   ///< the backer (for backers()) or the proxy (for proxies())
  std::vector<chain_step> chain;  ///< from the backer to the client
  /// Π over steps (weight × confidence) × decay^(steps − 1), in [0, 1].
  double strength = 0.0;

  /// True when the chain is a single `backs` relation.
  [[nodiscard]] bool direct() const noexcept {
    return chain.size() == 1 && chain.front().kind == chain_step_kind::backs;
  }
};

/// Answers ranked by strength (descending), then chain length, then actor id.
struct backing_result {
  actor_index subject = no_index;
  std::vector<backing_answer> answers;
  /// How many more actors a search without the depth limit would answer
  /// (0 when max_depth is 0). Experimental.
  std::size_t cut_off = 0;

  /// True when the depth limit left out some answer.
  [[nodiscard]] bool truncated() const noexcept { return cut_off > 0; }
};

/// The actors that back `subject`, directly or through other actors.
///
/// A chain is a simple sequence of kept relations from a backer to `subject`
/// whose first step is `backs` (or, with inherit, `controls`) and whose other
/// steps are `backs` (or, with inherit, `controls` and membership), that
/// obeys the options' rules (no step past backing given to a state, no join
/// of two conflicts) and has at most max_depth steps. Its strength is
/// Π (weight_i × confidence_i) × decay^(steps − 1). For each backer the
/// chain of greatest strength is returned (ties: fewest steps, then first
/// found). Relations are filtered by the view (type, as-of date, confidence).
///
/// Complexity: O(L · C · E_r · L) where E_r counts the relations among the
/// actors that can reach `subject`, C the distinct (conflict, opponent)
/// pairs they name (1 with across_conflicts), and L ≤ V the number of rounds
/// in which some chain still gets stronger; the rounds go on past max_depth
/// to count cut_off, as a search without limit would.
/// \throws usage_error for invalid options or a subject out of range.
[[nodiscard]] backing_result backers(const graph_view& view, actor_index subject, const backing_options& options = {});

/// The actors `sponsor` backs, directly or through other actors: every actor
/// at the end of a chain (as in backers()) that starts at `sponsor`.
/// Same ranking and complexity as backers(). \throws usage_error
[[nodiscard]] backing_result proxies(const graph_view& view, actor_index sponsor, const backing_options& options = {});

}  // namespace faultline
