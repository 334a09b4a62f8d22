// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The compact analysis form: an immutable compressed-sparse-row graph with
/// out- and in-edges, edge weights and signs, built in linear time from a
/// view of the typed graph or from plain arcs (edge lists). The centrality
/// measures (faultline/algorithms/centrality.hpp) run on it.
///
/// Experimental API (since 0.1).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <faultline/graph/date.hpp>
#include <faultline/graph/view.hpp>

namespace faultline {

/// Arcs to build a compact graph from: parallel spans, one entry per edge.
/// `weight`, `sign` and `both_ways` may be empty.
struct arc_list {
  /// Vertices are 0 .. vertex_count - 1; every source and target must be below it.
  std::uint32_t vertex_count = 0;
  std::span<const std::uint32_t> source;
  std::span<const std::uint32_t> target;
  /// Per edge, finite; empty means every weight is 1. Negative weights are
  /// kept (measures that cannot use them refuse them).
  std::span<const double> weight;
  /// Per edge: -1, 0 or +1; empty when the edges carry no sign.
  std::span<const std::int8_t> sign;
  /// Per edge, for a directed graph: non-zero when the edge holds both ways
  /// (it becomes two arcs). Empty: every edge is one arc. Ignored when undirected.
  std::span<const std::uint8_t> both_ways;
  /// Undirected: every edge is stored as two arcs (a self-loop as one).
  bool directed = true;
};

/// An immutable compressed-sparse-row graph.
///
/// Layout: vertex `v`'s out-arcs are the positions `out_begin(v) ..
/// out_end(v)` of `targets()`, the weights (with_weights()) and `signs()`, sorted by target
/// (parallel arcs keep their input order). A directed graph also stores, per
/// vertex, the sources of its in-arcs, sorted. An undirected graph stores
/// each edge as two arcs (a self-loop as one) and its in-arcs are its
/// out-arcs.
///
/// Memory: 4 bytes per arc for the targets, 4 more when weighted and every
/// weight is exactly a float (integers below 2^24, halves, quarters, ...:
/// the usual case), else 8 (weights are stored once, in out-arc order; a
/// graph whose weights are all 1 stores none), 4 more per arc for the
/// in-arcs of a directed graph, 1 more when signed, and 16 bytes per vertex
/// for the offsets. So a directed weighted edge costs 12 bytes (16 with
/// double weights), a directed unweighted one 8; an undirected edge is two
/// arcs (16 bytes weighted, 24 with double weights, 8 unweighted). Floats
/// are used only when they hold every weight exactly, so no result changes.
///
/// Vertices keep the numbering of their origin: vertex `v` of a graph built
/// from a view is actor `v` of the view's graph; of a graph built from an
/// edge list, node `v` of the list.
class compact_graph {
 public:
  using vertex = std::uint32_t;

  /// The empty graph (no vertex).
  compact_graph() = default;

  /// Builds the compact form of `arcs` with stable counting sorts (by target,
  /// then by source, then once more by target for the in-arcs): no
  /// comparison sort. Complexity: O(V + E) time; temporary memory of 4 bytes
  /// per arc when the graph is weighted or signed, 4 more when it is
  /// undirected, none for a directed graph without weights or signs.
  /// \throws usage_error when the spans differ in length, a vertex is out of
  ///         range, a weight is not finite or a sign is not -1, 0 or +1.
  [[nodiscard]] static compact_graph from_arcs(const arc_list& arcs);

  [[nodiscard]] std::uint32_t vertex_count() const noexcept { return vertex_count_; }
  /// Stored out-arcs: the edges, plus the second arc of every undirected or both-ways edge that is not a self-loop.
  [[nodiscard]] std::size_t arc_count() const noexcept { return targets_.size(); }
  /// Edges as given to from_arcs().
  [[nodiscard]] std::size_t edge_count() const noexcept { return edge_count_; }
  [[nodiscard]] bool directed() const noexcept { return directed_; }
  /// Whether weights are stored (some weight is not 1).
  [[nodiscard]] bool weighted() const noexcept { return !weights_.empty() || !float_weights_.empty(); }
  /// Whether the stored weights are floats (every weight is exactly a float), not doubles.
  [[nodiscard]] bool float_weights() const noexcept { return !float_weights_.empty(); }
  /// Whether signs are stored.
  [[nodiscard]] bool is_signed() const noexcept { return !signs_.empty(); }
  /// Whether some weight is negative.
  [[nodiscard]] bool has_negative_weight() const noexcept { return negative_weights_; }
  /// Whether some weight is zero.
  [[nodiscard]] bool has_zero_weight() const noexcept { return zero_weights_; }
  /// Number of self-loop arcs.
  [[nodiscard]] std::size_t self_loop_count() const noexcept { return self_loops_; }

  /// First and one-past-last out-arc position of `v`. Precondition: v < vertex_count().
  [[nodiscard]] std::size_t out_begin(vertex v) const noexcept { return out_offsets_[v]; }
  [[nodiscard]] std::size_t out_end(vertex v) const noexcept { return out_offsets_[v + 1]; }
  [[nodiscard]] std::size_t out_degree(vertex v) const noexcept { return out_end(v) - out_begin(v); }
  /// Targets of v's out-arcs, sorted.
  [[nodiscard]] std::span<const vertex> out_neighbors(vertex v) const noexcept {
    return {targets_.data() + out_begin(v), out_degree(v)};
  }
  /// Sources of v's in-arcs, sorted (for an undirected graph: its neighbours).
  [[nodiscard]] std::span<const vertex> in_neighbors(vertex v) const noexcept {
    if (!directed_) return out_neighbors(v);
    return {sources_.data() + in_offsets_[v], static_cast<std::size_t>(in_offsets_[v + 1] - in_offsets_[v])};
  }
  [[nodiscard]] std::size_t in_degree(vertex v) const noexcept { return in_neighbors(v).size(); }

  /// Weight of the arc at position `arc` (1 when unweighted).
  [[nodiscard]] double weight(std::size_t arc) const noexcept {
    return !float_weights_.empty() ? float_weights_[arc] : weights_.empty() ? 1.0 : weights_[arc];
  }
  /// Sign of the arc at position `arc` (0 when unsigned).
  [[nodiscard]] int sign(std::size_t arc) const noexcept { return signs_.empty() ? 0 : signs_[arc]; }

  /// The whole arrays: offsets (vertex_count() + 1 entries), targets and signs by arc position.
  [[nodiscard]] std::span<const std::uint64_t> out_offsets() const noexcept { return out_offsets_; }
  [[nodiscard]] std::span<const vertex> targets() const noexcept { return targets_; }
  [[nodiscard]] std::span<const std::int8_t> signs() const noexcept { return signs_; }
  /// Calls `f` with the weights by arc position and returns what it
  /// returns: a std::span<const float> when they are stored as floats
  /// (float_weights()), else a std::span<const double> (empty when
  /// unweighted). A loop written once as a generic lambda then runs on the
  /// stored type, with no test per arc.
  template <class F>
  decltype(auto) with_weights(F&& f) const {
    if (!float_weights_.empty()) return f(std::span<const float>(float_weights_));
    return f(std::span<const double>(weights_));
  }
  /// In-arc offsets and sources (empty for an undirected graph: use the out-arcs).
  [[nodiscard]] std::span<const std::uint64_t> in_offsets() const noexcept { return in_offsets_; }
  [[nodiscard]] std::span<const vertex> sources() const noexcept { return sources_; }

  /// Bytes held for the structure and weights (offsets, targets, in-sources, weights).
  [[nodiscard]] std::size_t structure_bytes() const noexcept;
  /// Every byte held, signs included.
  [[nodiscard]] std::size_t memory_bytes() const noexcept;

 private:
  std::uint32_t vertex_count_ = 0;
  std::size_t edge_count_ = 0;
  std::size_t self_loops_ = 0;
  bool directed_ = true;
  bool negative_weights_ = false;
  bool zero_weights_ = false;
  std::vector<std::uint64_t> out_offsets_{0};
  std::vector<vertex> targets_;
  std::vector<double> weights_;       // when some weight is not exactly a float
  std::vector<float> float_weights_;  // when every weight is exactly a float
  std::vector<std::int8_t> signs_;
  std::vector<std::uint64_t> in_offsets_;
  std::vector<vertex> sources_;
};

/// What the compact form of a view keeps.
struct compact_view_options {
  /// Directed arcs `from → to` per relation; a relation of a symmetric type
  /// (allied_with, at_war_with, …) holds both ways and gives two arcs.
  /// false: every relation is one undirected edge. Default true.
  bool directed = true;
  /// Also turn each kept incident into arcs of weight 1: from every actor
  /// that carried it out, claimed it or is said to be behind it
  /// (perpetrator, claimed_by, attributed_to) to every actor it targeted or
  /// killed (target, victim). The arc from a perpetrator to a target takes
  /// the stance an event dataset coded (incident::coding.stance: +1 for a
  /// cooperative GDELT event, 0 for a neutral one, -1 for a hostile one), as
  /// the signed graph does; every other arc, and every arc of an incident
  /// with no coded stance, is hostile (-1). Condemnations add nothing.
  /// Default false: relations only.
  bool incidents = false;
  /// With `incidents`: the incident arcs between two actors count only when
  /// at least this many incidents tie them (in either direction, whatever
  /// their stance). Relations are not affected. Default 1: every incident.
  std::size_t min_events = 1;
  /// A time window on top of the view's as-of date: keep relations whose
  /// validity (since..until, open ends unbounded) meets [from, to] and
  /// incidents whose dates meet it. Unset ends are open. Default: no window.
  std::optional<date> from;
  std::optional<date> to;

  /// \throws usage_error when `from` is after `to`, or min_events is 0.
  void validate() const;
};

/// The compact form of a view: one vertex per actor (vertex v = actor v;
/// incidents are not vertices), one edge per kept relation with the
/// relation's weight and its type's polarity as sign, plus incident arcs when
/// asked. Layers (view_options::relation_types), the as-of date and the
/// minimum confidence come from the view.
///
/// Complexity: O(A + R + Σ agents·patients per incident) time and memory.
/// \throws usage_error for invalid options.
[[nodiscard]] compact_graph make_compact(const graph_view& view, const compact_view_options& options = {});

/// The compact form of a columnar snapshot read in place: the same as
/// make_compact(graph_view(g, view), options) for the graph g the snapshot
/// loads into, reading the incidents (with `options.incidents`) in one pass
/// over their columns instead of materialising them.
/// \param rest  the snapshot's actors, relations and sources (event_store::load_rest(), as a graph)
/// \throws usage_error for invalid options, or a `rest` with another number
///         of actors than the store; snapshot_error when a section read is damaged
[[nodiscard]] compact_graph make_compact(const event_store& store, const graph& rest, const view_options& view,
                                         const compact_view_options& options = {});

}  // namespace faultline
