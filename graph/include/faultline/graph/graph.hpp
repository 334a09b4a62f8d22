// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The typed actor graph: validated content plus the indexes queries need.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/model.hpp>
#include <faultline/graph/name_index.hpp>

namespace faultline {

/// An immutable, validated graph of actors, incidents and their ties.
///
/// Built from `graph_data`; the constructor checks every invariant (ids
/// unique and well formed, every index in range, weights in (0, 1],
/// confidences in [0, 1], counts not negative) and builds incidence lists and
/// the name index. Copying is cheap (the content is shared and immutable).
class graph {
 public:
  /// An empty graph with the built-in vocabulary.
  graph();
  /// Validates `data` and indexes it. O(V + E + total name length).
  /// \throws usage_error naming the first broken invariant.
  explicit graph(graph_data data);

  [[nodiscard]] const graph_data& data() const noexcept { return state_->data; }
  [[nodiscard]] const vocabulary& relation_types() const noexcept { return state_->data.relation_types; }
  [[nodiscard]] const std::vector<actor>& actors() const noexcept { return state_->data.actors; }
  [[nodiscard]] const std::vector<incident>& incidents() const noexcept { return state_->data.incidents; }
  [[nodiscard]] const std::vector<relation>& relations() const noexcept { return state_->data.relations; }
  [[nodiscard]] const std::vector<role_edge>& roles() const noexcept { return state_->data.roles; }
  [[nodiscard]] const std::vector<incident_link>& links() const noexcept { return state_->data.links; }
  [[nodiscard]] const std::vector<source>& sources() const noexcept { return state_->data.sources; }

  /// Relations leaving / entering an actor (indexes into relations()), in input order.
  [[nodiscard]] std::span<const std::uint32_t> out_relations(actor_index a) const;
  [[nodiscard]] std::span<const std::uint32_t> in_relations(actor_index a) const;
  /// Roles an actor plays / roles of an incident (indexes into roles()).
  [[nodiscard]] std::span<const std::uint32_t> roles_of_actor(actor_index a) const;
  [[nodiscard]] std::span<const std::uint32_t> roles_of_incident(incident_index i) const;
  /// Links leaving / entering an incident (indexes into links()).
  [[nodiscard]] std::span<const std::uint32_t> links_from(incident_index i) const;
  [[nodiscard]] std::span<const std::uint32_t> links_to(incident_index i) const;

  [[nodiscard]] const name_index& names() const noexcept { return state_->names; }

  /// The node with exactly this id, if any.
  [[nodiscard]] std::optional<node_ref> find_id(std::string_view id) const;

  /// Resolves a name, id or alias to one node (actor or incident).
  /// \throws not_found_error with suggestions when nothing matches, or with
  ///         the candidates when the name is ambiguous.
  [[nodiscard]] node_ref resolve(std::string_view name) const;
  /// Like resolve(), but the node must be an actor.
  [[nodiscard]] actor_index resolve_actor(std::string_view name) const;

  /// The id of a node.
  [[nodiscard]] const std::string& id_of(node_ref n) const;
  /// The display name of a node.
  [[nodiscard]] const std::string& name_of(node_ref n) const;

 private:
  struct incidence {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> items;
    [[nodiscard]] std::span<const std::uint32_t> of(std::uint32_t key) const;
  };
  struct state {
    graph_data data;
    incidence out_rel, in_rel, actor_roles, incident_roles, links_out, links_in;
    name_index names;
  };
  std::shared_ptr<const state> state_;
};

/// What is wrong with the incident links of a graph, if anything (see
/// find_link_problem()).
struct link_problem {
  /// The link to report: the one that goes back in time, or the one that
  /// closes the cycle.
  std::uint32_t link = 0;
  /// For a cycle, the other links of it, in order along the cycle (from
  /// the incident the closing link points to); empty otherwise.
  std::vector<std::uint32_t> cycle;
  /// e.g. "incident \"b\" (2024-01-02) responds to \"a\" (2024-01-05),
  /// which comes later: a response cannot come before what it answers".
  std::string message;
};

/// The first problem with `data`'s incident links: a `responds_to` that
/// goes surely back in time (the response's last day is before the answered
/// incident's first day), or `responds_to` or `part_of` links that form a
/// cycle (escalation chains and campaigns are then not defined). Links out
/// of range are not looked at (the graph constructor reports them). The
/// graph constructor refuses data with such a problem; the scenario reader
/// reports it at the place the link was written. O(incidents + links).
[[nodiscard]] std::optional<link_problem> find_link_problem(const graph_data& data);

}  // namespace faultline
