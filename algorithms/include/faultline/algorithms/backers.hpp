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

/// Options of backers() and proxies(). Defaults are what the CLI uses.
struct backing_options {
  /// Longest chain, in steps; 0 means no limit. Default 0.
  std::size_t max_depth = 0;
  /// Let backing pass through membership and control: whoever backs a
  /// coalition backs its members, and a controller counts as a backer of what
  /// it controls. Default false (only `backs` relations).
  bool inherit = false;

  /// \throws usage_error when max_depth exceeds 1000.
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
  actor_index actor = no_index;    ///< the backer (for backers()) or the proxy (for proxies())
  std::vector<chain_step> chain;   ///< from the backer to the client
  double strength = 0.0;           ///< product of the chain's relation weights, in (0, 1]

  /// True when the chain is a single `backs` relation.
  [[nodiscard]] bool direct() const noexcept { return chain.size() == 1 && chain.front().kind == chain_step_kind::backs; }
};

/// Answers ranked by strength (descending), then chain length, then actor id.
struct backing_result {
  actor_index subject = no_index;
  std::vector<backing_answer> answers;
};

/// The actors that back `subject`, directly or through other actors.
///
/// A chain is a sequence of kept relations from a backer to `subject` whose
/// first step is `backs` (or, with inherit, `controls`) and whose other steps
/// are `backs` (or, with inherit, `controls` and membership). For each backer
/// the chain of greatest strength is returned (ties: fewest steps, then
/// first found). Relations are filtered by the view (type, as-of date,
/// confidence).
///
/// Complexity: O(L · E_r) where E_r counts the relations among the actors
/// that can reach `subject` and L ≤ min(max_depth, V) is the number of rounds
/// in which some chain still gets stronger; in practice a few rounds.
/// \throws usage_error for invalid options or a subject out of range.
[[nodiscard]] backing_result backers(const graph_view& view, actor_index subject, const backing_options& options = {});

/// The actors `sponsor` backs, directly or through other actors: every actor
/// at the end of a chain (as in backers()) that starts at `sponsor`.
/// Same ranking and complexity as backers(). \throws usage_error
[[nodiscard]] backing_result proxies(const graph_view& view, actor_index sponsor, const backing_options& options = {});

}  // namespace faultline
