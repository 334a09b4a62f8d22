// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The signed actor graph: every friendly and hostile fact between two actors
/// aggregated into one signed, weighted, undirected tie. It is the analysis
/// form of structural balance (balance.hpp), blocs (blocs.hpp) and tensions
/// (tensions.hpp). Built from a view of the typed graph, or from a plain
/// signed edge list. The aggregation rules are data: see
/// aggregation_rules::defaults() and docs/alliances.md.
///
/// Experimental API: names and fields may still change before 1.0.

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <faultline/graph/view.hpp>

namespace faultline {

/// A tie between the actors playing two roles in the same incident, e.g.
/// the perpetrator and the target of an attack (hostile, weight 1).
struct incident_rule {
  role first = role::perpetrator;
  role second = role::target;
  polarity sign = polarity::hostile;
  double weight = 1.0;  ///< contribution of one incident to the tie; > 0 and finite

  friend bool operator==(const incident_rule&, const incident_rule&) = default;
};

/// Overrides how one relation type counts: its sign (instead of the
/// vocabulary's polarity) and a factor on its weight.
struct relation_rule {
  std::string type;  ///< relation type id, e.g. "negotiates_with"
  polarity sign = polarity::neutral;
  double factor = 1.0;  ///< multiplies the relation's weight; > 0 and finite

  friend bool operator==(const relation_rule&, const relation_rule&) = default;
};

/// How facts become signed contributions.
///
/// Relations count by the vocabulary: a friendly type adds +weight, a hostile
/// type −weight, a neutral type nothing; `relations` overrides that per type.
/// Incidents count by `incidents`: every kept incident adds, for each rule and
/// each pair of distinct actors playing the rule's two roles, one
/// contribution of the rule's sign; an incident contributes at most once per
/// pair of actors and sign (the strongest matching rule). An incident
/// imported from an event dataset carries a coded stance
/// (incident::coding.stance, from the coding tables of docs/event-data.md):
/// for it, a perpetrator–target rule takes that sign instead of its own
/// (a cooperative GDELT event is friendly, a neutral one counts nothing).
struct aggregation_rules {
  std::vector<relation_rule> relations;
  std::vector<incident_rule> incidents;

  /// The documented defaults (docs/alliances.md, "Aggregation rules"):
  /// no relation overrides; perpetrator–target, perpetrator–victim,
  /// claimed_by–target and claimed_by–victim hostile 1; attributed_to–target
  /// and attributed_to–victim hostile 0.5; condemned_by–perpetrator and
  /// condemned_by–claimed_by hostile 0.5; perpetrator–perpetrator and
  /// perpetrator–claimed_by friendly 0.5 (acting or claiming together).
  [[nodiscard]] static aggregation_rules defaults();

  friend bool operator==(const aggregation_rules&, const aggregation_rules&) = default;
};

/// Options of build_signed_graph() from a view.
struct signed_graph_options {
  /// The aggregation rules. Default: aggregation_rules::defaults().
  aggregation_rules rules = aggregation_rules::defaults();
  /// Aggregate relations (those the view keeps). Default true.
  bool relations = true;
  /// Aggregate incidents (those the view keeps). Default true.
  bool incidents = true;
  /// Which actors are nodes, by kind. Default: states, groups and persons.
  std::vector<node_kind> actor_kinds{node_kind::state, node_kind::group, node_kind::person};
  /// Time window, both ends inclusive and optional: a relation counts when
  /// its [since, until] overlaps the window, an incident when its
  /// [date, until] does. Applied on top of the view's as-of date. Default: none.
  std::optional<date> from;
  std::optional<date> to;
  /// Multiply each contribution by the fact's confidence (for incidents: the
  /// least of the incident's and the two role edges'). Default false.
  bool weight_by_confidence = false;
  /// The incidents between two actors count only when at least this many
  /// distinct incidents tie them (whatever their sign): a tie that rests on
  /// one GDELT event is often noise. Relations count whatever this is.
  /// Default 1: every incident.
  std::size_t min_events = 1;

  /// \throws usage_error for min_events 0, an incident kind in actor_kinds, a rule weight or
  ///         factor that is not positive and finite, a window whose start is
  ///         after its end, or an overriding rule of an unknown type (checked
  ///         when building, against the graph's vocabulary).
  void validate() const;
};

/// What kind of fact a tie rests on.
enum class tie_fact_kind : std::uint8_t {
  relation,  ///< a relation of the typed graph (index into graph::relations())
  incident,  ///< two role edges of one incident (index into graph::incidents())
  edge,      ///< a row of a plain edge list (edge index)
};

/// One fact behind a tie, with the contribution it makes.
struct tie_fact {
  tie_fact_kind kind = tie_fact_kind::relation;
  std::uint32_t index = no_index;        ///< relation, incident or edge index
  std::uint32_t first_role = no_index;   ///< incident facts: the role edge of the rule's first role
  std::uint32_t second_role = no_index;  ///< incident facts: the role edge of the rule's second role
  std::uint16_t rule = 0;                ///< incident facts: index into aggregation_rules::incidents
  std::int8_t sign = 0;                  ///< +1 friendly, −1 hostile
  double weight = 0.0;                   ///< magnitude of the contribution, > 0

  friend bool operator==(const tie_fact&, const tie_fact&) = default;
};

/// One undirected tie: the aggregate of every fact between two nodes.
struct signed_tie {
  std::uint32_t u = 0;  ///< the smaller node index
  std::uint32_t v = 0;  ///< the larger node index
  /// +1 friendly, −1 hostile, 0 ambivalent (friendly and hostile weigh the
  /// same). Ambivalent ties are kept here but take no part in the balance
  /// analyses (they are not in the adjacency).
  std::int8_t sign = 0;
  double friendly = 0.0;          ///< summed friendly contributions (edge lists: see build_signed_graph)
  double hostile = 0.0;           ///< summed hostile contributions
  double weight = 0.0;            ///< |friendly − hostile|
  std::uint32_t facts_begin = 0;  ///< this tie's facts are facts[facts_begin, facts_end)
  std::uint32_t facts_end = 0;

  /// True when facts point both ways (some friendly and some hostile).
  [[nodiscard]] bool mixed() const noexcept { return friendly > 0.0 && hostile > 0.0; }
};

/// The signed graph: nodes, ties sorted by (u, v), the facts behind them,
/// and a compressed adjacency over the signed (non-ambivalent) ties.
struct signed_graph {
  std::vector<std::string> ids;    ///< node index -> id (actor id, or the edge list's node id)
  std::vector<std::string> names;  ///< node index -> display name
  /// node index -> actor index in the typed graph; empty for edge lists.
  std::vector<actor_index> actors;
  std::vector<signed_tie> ties;
  std::vector<tie_fact> facts;
  /// Adjacency: the signed ties of node x are tie_of[offsets[x] .. offsets[x+1]),
  /// leading to neighbours[...] in increasing order.
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> neighbours;
  std::vector<std::uint32_t> tie_of;
  std::size_t self_loops = 0;     ///< facts between an actor and itself, ignored
  std::size_t neutral_facts = 0;  ///< facts of neutral sign (or zero weight), ignored

  [[nodiscard]] std::size_t node_count() const noexcept { return ids.size(); }
  [[nodiscard]] std::size_t tie_count() const noexcept { return ties.size(); }
  /// Number of signed (non-ambivalent) ties.
  [[nodiscard]] std::size_t signed_tie_count() const noexcept { return neighbours.size() / 2; }
  /// Number of signed ties of node x.
  [[nodiscard]] std::size_t degree(std::uint32_t x) const { return offsets[x + 1] - offsets[x]; }
  [[nodiscard]] std::span<const std::uint32_t> neighbours_of(std::uint32_t x) const {
    return {neighbours.data() + offsets[x], neighbours.data() + offsets[x + 1]};
  }
  [[nodiscard]] std::span<const std::uint32_t> ties_of(std::uint32_t x) const {
    return {tie_of.data() + offsets[x], tie_of.data() + offsets[x + 1]};
  }
  [[nodiscard]] std::span<const tie_fact> facts_of(std::uint32_t tie) const {
    return {facts.data() + ties[tie].facts_begin, facts.data() + ties[tie].facts_end};
  }
  /// The tie between two nodes (signed or ambivalent), if any. O(log ties).
  [[nodiscard]] std::optional<std::uint32_t> find_tie(std::uint32_t a, std::uint32_t b) const;
  /// The node with this id, if any. O(nodes).
  [[nodiscard]] std::optional<std::uint32_t> find_node(std::string_view id) const;
};

/// Builds the signed actor graph of a view.
///
/// Nodes are the actors of the chosen kinds, in actor order. Every relation
/// and incident the view keeps (and the window admits) adds contributions by
/// `options.rules`; the contributions between two actors are summed into
/// `friendly` and `hostile`, and the tie's sign is that of their difference.
///
/// \param view     the typed graph seen through layers, as-of date and confidence
/// \param options  rules, kinds, window; see signed_graph_options
/// \returns the signed graph, with each tie's facts
/// \throws usage_error for invalid options or a relation rule naming an unknown type
/// Complexity: O(R + Σ_incidents r_i² · |rules| + T log T) for R relations,
/// r_i role edges per incident and T contributions.
[[nodiscard]] signed_graph build_signed_graph(const graph_view& view, const signed_graph_options& options = {});

/// Builds the signed actor graph of a columnar snapshot read in place: the
/// same graph as build_signed_graph(graph_view(g, view), options) for the
/// graph g the snapshot loads into, without materialising its incidents.
/// The incidents are read in one pass over their columns (only those the
/// date index says may meet the window and the as-of date, when no incident
/// has an end date); memory is that of the signed graph and its facts.
///
/// \param store  the snapshot, opened
/// \param rest   its actors, relations and sources (event_store::load_rest(), as a graph)
/// \param view   what to keep, as graph_view's options
/// \throws usage_error for invalid options, or a `rest` with another number
///         of actors than the store; snapshot_error when a section read is damaged
[[nodiscard]] signed_graph build_signed_graph(const event_store& store, const graph& rest, const view_options& view,
                                              const signed_graph_options& options = {});

/// A plain signed edge list as parallel arrays, the shape of
/// faultline::edge_list (loaders/edge_list.hpp), so that algorithms need not
/// depend on the loaders. `weight`, `sign`, `labels` and `arc` may be empty.
struct signed_edge_input {
  std::string name;  ///< the file, for messages
  std::span<const std::string> nodes;
  std::span<const std::string> labels;
  std::span<const std::uint32_t> source;
  std::span<const std::uint32_t> target;
  std::span<const double> weight;
  std::span<const std::int8_t> sign;
  std::span<const std::uint8_t> arc;  ///< per edge, 1 for an arc; empty: every edge follows `directed`
  bool directed = true;
};

/// Options of build_signed_graph() from an edge list.
struct signed_edge_options {
  /// Use |weight| as the magnitude of each edge when the file has weights.
  /// Default true; false counts every edge as 1.
  bool use_weights = true;
};

/// Builds the signed graph of a plain edge list.
///
/// Each edge's sign is its `sign` column, or the sign of its weight when
/// there is no sign column; its magnitude is |weight| (1 without weights).
/// Edges of sign 0 or weight 0 are counted in `neutral_facts` and ignored.
/// Aggregation: parallel edges in the same direction are summed; an
/// undirected edge counts in both directions; the tie between u and v is the
/// mean of its two directions where both are present (a mutual pair of arcs
/// is one relationship reported from both ends, as Pajek writes undirected
/// signed graphs), else the one direction present. `friendly` and `hostile`
/// follow the same rule.
///
/// \throws usage_error when the edge list has neither signs nor weights, or
///         arrays of different lengths, or a node index out of range, or a
///         weight that is not finite.
/// Complexity: O(V + E log E).
[[nodiscard]] signed_graph build_signed_graph(const signed_edge_input& edges, const signed_edge_options& options = {});

/// What signed_graph_from_edge_list() needs of an edge list (faultline::edge_list models it).
template <class EdgeList>
concept signed_edge_list_like = requires(const EdgeList& e) {
  { e.name } -> std::convertible_to<std::string>;
  {std::span<const std::string>(e.nodes)};
  {std::span<const std::string>(e.labels)};
  {std::span<const std::uint32_t>(e.source)};
  {std::span<const std::uint32_t>(e.target)};
  {std::span<const double>(e.weight)};
  {std::span<const std::int8_t>(e.sign)};
  {std::span<const std::uint8_t>(e.arc)};
  { e.directed } -> std::convertible_to<bool>;
};

/// Builds the signed graph of a loaded edge list (e.g. faultline::load_edge_list's
/// result); see build_signed_graph(const signed_edge_input&, const signed_edge_options&).
template <signed_edge_list_like EdgeList>
[[nodiscard]] signed_graph signed_graph_from_edge_list(const EdgeList& edges, const signed_edge_options& options = {}) {
  signed_edge_input in;
  in.name = edges.name;
  in.nodes = edges.nodes;
  in.labels = edges.labels;
  in.source = edges.source;
  in.target = edges.target;
  in.weight = edges.weight;
  in.sign = edges.sign;
  in.arc = edges.arc;
  in.directed = edges.directed;
  return build_signed_graph(in, options);
}

}  // namespace faultline
