// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Escalation: how severe each incident is (its rung on the ladder of
/// faultline/graph/ladder.hpp), which incident answers which (retaliation
/// links, explicit or inferred), the chains those links form and how far
/// they climb, time-respecting paths between actors through incidents, and
/// the timeline. Rules and formulas are documented in docs/escalation.md.
///
/// Experimental: the rules and scores may still be tuned.
///
/// Time. An incident's date is an interval of days (a partial date stands for
/// every day of its month or year). Incident B can answer A only when B
/// surely comes later: B's first day is after A's last day, so a
/// month-precision incident is never linked before its month is over.
/// Explicit `responds_to` links may join incidents whose dates overlap, but
/// never point surely forward in time, and never form a cycle.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <faultline/graph/ladder.hpp>
#include <faultline/graph/view.hpp>

namespace faultline {

// ---------------------------------------------------------------------------
// Options

/// Options of escalation analysis. Defaults are what the CLI uses.
struct escalation_options {
  /// Longest gap, in days, from an incident to one inferred to answer it
  /// (the gap is counted from the answered incident's last day, or from the
  /// end of its `until` for a campaign). 0 infers nothing: explicit links
  /// only. Default 30; at most 36500.
  std::int32_t window_days = 30;
  /// Inferred links scoring below this are dropped; in [0, 1]. Explicit links
  /// always count. Default 0.
  double min_score = 0.0;
  /// Fatalities from which an incident is a mass-casualty attack (rung 9);
  /// at least 1. Default 25 (the UCDP threshold of a conflict-year).
  std::int64_t mass_casualty_fatalities = 25;
  /// Chain queries return at most this many chains; at least 1. Default 10.
  std::size_t max_chains = 10;
  /// Chain queries keep only incidents that begin in this window (on or after
  /// `since`'s first day, on or before `until`'s last day), and
  /// retaliation_links() infers only links between two such incidents
  /// (explicit links are all kept): the work follows the window, not the
  /// history. Default: no bound.
  std::optional<date> since;
  std::optional<date> until;
  /// --between: count the actors' sides (one tie away: backing, membership,
  /// control, alliance), not only the two actors. Default true.
  bool include_sides = true;
  /// Fold GDELT's duplicates: events of the same date, actors, CAMEO code
  /// and place recorded under several ids count once, as the first of them
  /// in the time order (escalation_graph::same_as). Default true.
  bool fold_duplicates = true;
  /// Called now and then during link inference with (incidents done, total);
  /// returning false stops it with cancelled_error. Default: none.
  std::function<bool(std::size_t, std::size_t)> progress;

  /// \throws usage_error when a value is out of range, or since is after until.
  void validate() const;
};

// ---------------------------------------------------------------------------
// Severity

/// Why an incident sits on a rung: each rule that fired gives a rung; the
/// incident's rung is the explicit one if set, else the highest.
enum class rung_basis : std::uint8_t {
  explicit_rung,  ///< the scenario sets `rung`
  coded,       ///< an importer set `rung` from a dataset's coding table (docs/event-data.md); later rules may raise it
  cameo,       ///< its CAMEO code (see rung_of_cameo)
  type,        ///< its type (see rung_of_type)
  goldstein,   ///< its Goldstein value (see rung_of_goldstein), used when neither code nor type is known
  unknown,     ///< nothing known: the lowest rung
  casualties,  ///< someone killed or injured: an attack with casualties (6)
  leadership,  ///< a victim is a commander or leader (7)
  state_territory,     ///< a violent incident targets a state on its own territory (8)
  mass_casualty,       ///< at least mass_casualty_fatalities killed (9)
  war_between_states,  ///< a violent incident between two states at war on its date (10)
};

[[nodiscard]] std::string_view to_string(rung_basis b) noexcept;

/// One rule that fired. `actor` is the victim (leadership), the state
/// (state_territory, war_between_states) or no_index; `relation` is the
/// at_war_with relation (war_between_states) or no_index.
struct rung_reason {
  rung_basis basis = rung_basis::unknown;
  rung_level rung = lowest_rung;
  actor_index actor = no_index;
  relation_index relation = no_index;

  friend bool operator==(const rung_reason&, const rung_reason&) = default;
};

/// An incident's rung and the rules behind it, in the order of rung_basis.
struct incident_severity {
  rung_level rung = lowest_rung;
  std::vector<rung_reason> reasons;
  /// The reason that decided the rung: the explicit one, else the first reason giving the rung.
  [[nodiscard]] const rung_reason& decisive() const;
};

/// The rung of an incident type ("airstrike" → 5 attack), from the table in
/// docs/escalation.md; the type is matched case-insensitively with spaces and
/// '_' read as '-'. nullopt for a type not in the table. O(table size).
[[nodiscard]] std::optional<rung_level> rung_of_type(std::string_view type) noexcept;

/// The rung of a CAMEO event code (the root code, with a few 3-digit
/// exceptions such as 186 "assassinate" → 7). nullopt when the code is not a
/// CAMEO code (see is_cameo_code). O(1).
[[nodiscard]] std::optional<rung_level> rung_of_cameo(std::string_view code) noexcept;

/// The rung of a Goldstein value: (-3, 10] → 1, (-5, -3] → 2, (-7, -5] → 3,
/// (-9, -7] → 4, [-10, -9] → 5. nullopt for a value outside [-10, 10] or NaN. O(1).
[[nodiscard]] std::optional<rung_level> rung_of_goldstein(double value) noexcept;

/// The severity of one incident in the view: its rung and why.
///
/// Rules: an explicit rung wins. Otherwise the base rung comes from the
/// CAMEO code, else the type, else the Goldstein value, else 1; then rules
/// may only raise it: casualties (≥1 killed or injured) → 6; a victim whose
/// category names a commander or leader → 7; a violent incident (rung ≥ 5)
/// targeting a state in its own country (the place's country) → 8; at least
/// `mass_casualty_fatalities` killed → 9; a violent incident between two
/// states with an `at_war_with` relation holding on its date → 10. Roles and
/// relations are those the view keeps.
///
/// Complexity: O(roles of the incident + relations of its actors).
/// \throws usage_error for invalid options or an incident out of range.
[[nodiscard]] incident_severity severity(const graph_view& view, incident_index incident,
                                         const escalation_options& options = {});

// ---------------------------------------------------------------------------
// Retaliation links

/// How an actor of the answering incident B stands to an actor of the
/// answered incident A. Read "B's actor <kind> A's actor".
enum class side_tie : std::uint8_t {
  same,           ///< the same actor (weight 1)
  member_of,      ///< B's actor is a member of A's (0.9)
  has_member,     ///< A's actor is a member of B's (0.9)
  controls,       ///< B's actor controls A's (0.9)
  controlled_by,  ///< B's actor is controlled by A's (0.9)
  backs,          ///< B's actor backs A's (0.8)
  backed_by,      ///< B's actor is backed by A's (0.8)
  allied_with,    ///< the two are allied (0.7)
};

[[nodiscard]] std::string_view to_string(side_tie t) noexcept;
/// The weight of a kind of tie (above); a tie through a relation also
/// multiplies the relation's weight. Closer ties weigh more.
[[nodiscard]] double tie_weight(side_tie t) noexcept;

/// One tie: `actor` (of the answering incident) stands `kind` to `anchor`
/// (of the answered incident), through `relation` (no_index for `same`).
struct actor_tie {
  side_tie kind = side_tie::same;
  actor_index actor = no_index;
  actor_index anchor = no_index;
  relation_index relation = no_index;

  friend bool operator==(const actor_tie&, const actor_tie&) = default;
};

/// Which rule made a link.
enum class link_rule : std::uint8_t {
  explicit_link,          ///< a `responds_to` in the data
  direct_reprisal,        ///< B's perpetrator was A's target and B's target was A's perpetrator
  reprisal_by_side,       ///< B's perpetrator is on the side of A's target; B's target was A's perpetrator
  reprisal_against_side,  ///< B's perpetrator was A's target; B's target is on the side of A's perpetrator
  side_reprisal,          ///< both through side ties
};

[[nodiscard]] std::string_view to_string(link_rule r) noexcept;

/// "B answers A": `from` is A (earlier), `to` is B (later).
///
/// Inferred links carry the two ties: `responder` (B's perpetrator to A's
/// target) and `against` (B's target to A's perpetrator). Perpetrators are
/// the actors in the perpetrator, claimed_by and attributed_to roles;
/// targets those in the target and victim roles.
///
/// Score: explicit links score their confidence; inferred ones
/// tie(responder) × tie(against) × (1 − gap / (2 · window)).
struct retaliation_link {
  incident_index from = no_index;
  incident_index to = no_index;
  link_rule rule = link_rule::explicit_link;
  std::uint32_t link = no_index;  ///< explicit: index into graph::links()
  actor_tie responder;            ///< inferred only
  actor_tie against;              ///< inferred only
  std::int32_t gap_days = 0;      ///< days from A's end (last day, or its until's) to B's first day; 0 at least
  double score = 1.0;

  [[nodiscard]] bool is_explicit() const noexcept { return rule == link_rule::explicit_link; }
  friend bool operator==(const retaliation_link&, const retaliation_link&) = default;
};

/// The retaliation links of a view: a DAG over the incidents it keeps.
struct escalation_graph {
  /// The kept incidents in the one time order: explicit links first (an
  /// incident comes after those it responds to), then by date (first day,
  /// coarser precision first), then by id. Every link goes forward in it.
  std::vector<incident_index> order;
  /// By incident: its position in `order`, or no_index when the view drops it.
  std::vector<std::uint32_t> position;
  /// By incident: its rung (0 when dropped).
  std::vector<rung_level> rungs;
  /// Links sorted by (position of `to`, position of `from`).
  std::vector<retaliation_link> links;
  /// By incident: the incident it was folded into as a duplicate (same
  /// GDELT event under another id), or no_index. Folded incidents take part
  /// in no inferred link, so no chain shows them.
  std::vector<incident_index> same_as;
  /// The options the links were built with.
  std::int32_t window_days = 0;
  double min_score = 0.0;

  /// The links by which later incidents answer `i` (their `from` is `i`), as
  /// indexes into `links`, in link order. Empty for an unknown incident. O(1).
  [[nodiscard]] std::span<const std::uint32_t> answered_by(incident_index i) const;
  /// The links by which `i` answers earlier incidents (their `to` is `i`). O(1).
  [[nodiscard]] std::span<const std::uint32_t> answers(incident_index i) const;
  /// The incidents folded into `i` as its duplicates, in time order (empty
  /// for most). `i` stands for 1 + folded(i).size() ids. O(1).
  [[nodiscard]] std::span<const incident_index> folded(incident_index i) const;
  /// Whether the view kept incident `i` (it has a position in `order`).
  [[nodiscard]] bool keeps(incident_index i) const noexcept { return i < position.size() && position[i] != no_index; }

  /// Internal CSR arrays behind answered_by() and answers().
  std::vector<std::uint32_t> out_offsets, out_items, in_offsets, in_items;
  /// Internal CSR arrays behind folded().
  std::vector<std::uint32_t> fold_offsets, fold_items;
};

/// Every retaliation link among the incidents the view keeps.
///
/// Explicit `responds_to` links (kept by the view) always count. Incident B
/// is inferred to answer A when B surely comes after A (B's first day >
/// A's last day) and after it in the time order, B begins at most
/// `window_days` after A ends, some perpetrator of B is a target of A or
/// stands on its side, and some target of B is a perpetrator of A or stands
/// on its side — a side tie being one `backs`, `member_of`, `controls` or
/// `allied_with` relation, in either direction, that the view keeps (type,
/// confidence) and that holds on B's date. For each pair the best-scoring
/// ties are kept (ties broken by kind, then relation order); an explicit link
/// replaces an inferred one.
///
/// Complexity: O(n log n) to order n incidents plus O(C) where C counts the
/// candidate pairs examined: for each incident A and each actor on its
/// targets' sides, that actor's incidents in the window — linear in the
/// number of candidate links. Memory O(n + links). One pass in time order.
/// \throws usage_error for invalid options, for explicit links that go
///         surely back in time or form a cycle (naming the incidents);
///         cancelled_error when the progress callback says stop.
[[nodiscard]] escalation_graph retaliation_links(const graph_view& view, const escalation_options& options = {});

// ---------------------------------------------------------------------------
// Chains

/// A chain: incidents in time order, each answering the one before.
///
/// Escalation score: it rewards net climb and peak, not back-and-forth.
/// With rungs r_0 … r_n, the running peak P_k = max(r_0 … r_k) and the
/// link scores s_k,
///
///     score = Σ_k s_k × ((r_{k+1} − r_k) + max(0, r_{k+1} − P_k) − max(0, r_k − r_{k+1}))
///
/// which with every s_k = 1 is (last − first) + (peak − first) − descents
/// (docs/escalation.md, with a worked example). A strike, condemnation,
/// strike cycle (5, 1, 5) scores 0 + 0 − 4 = −4; a climb 1, 2, 3 scores 2 + 2 − 0 = 4.
struct escalation_chain {
  std::vector<incident_index> incidents;
  std::vector<std::uint32_t> links;  ///< into escalation_graph::links; links[k] joins incidents[k] and incidents[k + 1]
  double score = 0.0;
  int climb = 0;        ///< rungs climbed: Σ max(0, rung rise)
  int descent = 0;      ///< rungs descended: Σ max(0, rung fall)
  int net = 0;          ///< net climb: last rung − first rung
  rung_level peak = 0;  ///< highest rung on the chain

  friend bool operator==(const escalation_chain&, const escalation_chain&) = default;
};

/// Chains ranked by score (descending), then fewer links, then by the
/// positions of their incidents in the time order, from the last one back
/// (earlier first): a total, deterministic order.
struct chain_result {
  std::vector<escalation_chain> chains;
  bool truncated = false;  ///< more chains exist than max_chains
};

/// The chains leading to `target`: every path of links that ends at `target`
/// and starts at an incident that answers nothing (within the since/until
/// window), best max_chains of them. Empty when nothing leads to it.
///
/// The k best partial chains are kept per (incident, peak rung), which is
/// exact since a chain's future gains depend only on those two.
/// Complexity: O(10 k · E_a · log k) for the E_a links among its ancestors, k = max_chains.
/// \throws usage_error for invalid options or an incident the graph does not keep.
[[nodiscard]] chain_result chains_to(const graph_view& view, const escalation_graph& links, incident_index target,
                                     const escalation_options& options = {});

/// The chains that follow from `source`: paths from `source` to incidents
/// nothing answers. Same ranking and complexity as chains_to (descendants).
[[nodiscard]] chain_result chains_from(const graph_view& view, const escalation_graph& links, incident_index source,
                                       const escalation_options& options = {});

/// The chains between two actors, or (include_sides) their sides: the
/// maximal chains (at least one link) among the incidents in which one side
/// acts against the other — a perpetrator on one side and a target on the
/// other, a side tie holding on the incident's date.
/// Complexity: O(n · d + k · E · log k), d the actors' number of side ties.
/// \throws usage_error for invalid options or actors out of range.
[[nodiscard]] chain_result chains_between(const graph_view& view, const escalation_graph& links, actor_index a,
                                          actor_index b, const escalation_options& options = {});

/// The `k` most escalatory chains (k = max_chains): for each incident, the
/// best-scoring chain ending there, never starting just after a descent (it
/// starts at an incident that answers nothing within since/until, or only
/// incidents on its rung or below); kept when
/// its score is positive, its last link climbs and no other kept chain
/// passes through its last incident. Incidents outside since/until are left
/// out. Dynamic programming over (incident, peak rung so far).
/// Complexity: O(10 (n + E)) plus O(n log k) to rank.
/// \throws usage_error for invalid options.
[[nodiscard]] chain_result top_chains(const graph_view& view, const escalation_graph& links,
                                      const escalation_options& options = {});

// ---------------------------------------------------------------------------
// Time-respecting paths (Wu et al., "Path problems in temporal graphs", VLDB 2014)

/// Options of temporal_paths().
struct temporal_path_options {
  /// Paths leave on or after this date's first day. Default: any time.
  std::optional<date> since;
  /// Paths arrive on or before this date's last day. Default: any time.
  std::optional<date> until;

  /// \throws usage_error when since is after until.
  void validate() const;
};

/// One hop: `incident` carried from `from` (a perpetrator) to `to` (a target).
struct temporal_step {
  incident_index incident = no_index;
  actor_index from = no_index;
  actor_index to = no_index;

  friend bool operator==(const temporal_step&, const temporal_step&) = default;
};

/// A time-respecting path: each incident begins after the previous one ended
/// (first day > last day). Days are counted since 1970-01-01.
struct temporal_path {
  std::vector<temporal_step> steps;
  std::int32_t departure = 0;  ///< first day of the first incident
  std::int32_t arrival = 0;    ///< last day of the last incident (of its until, for a campaign)
  [[nodiscard]] std::int32_t duration() const noexcept { return arrival - departure; }

  friend bool operator==(const temporal_path&, const temporal_path&) = default;
};

/// The three minimum temporal paths from one actor to another; each is
/// nullopt when `to` cannot be reached.
struct temporal_paths_result {
  actor_index from = no_index;
  actor_index to = no_index;
  std::optional<temporal_path> earliest_arrival;  ///< arrives first (ties: fewer steps)
  std::optional<temporal_path> fewest_steps;      ///< fewest incidents (ties: earlier arrival)
  std::optional<temporal_path> fastest;           ///< shortest duration (ties: earlier arrival)
};

/// Time-respecting paths from `from` to `to` through the incidents the view
/// keeps. Each incident is a temporal edge from each of its perpetrators
/// (perpetrator, claimed_by, attributed_to) to each of its targets (target,
/// victim), leaving on its first day and arriving on its last (a campaign:
/// the last day of its until). Each hop must begin after the previous one
/// arrived, as link inference requires.
///
/// One pass over the edges in time order per criterion, as in Wu et al.:
/// earliest arrival O(E log E) (the sort); fewest steps and fastest keep per
/// actor the Pareto-best (steps, arrival) or (departure, arrival) labels,
/// O(E log E).
/// \throws usage_error for invalid options or actors out of range.
[[nodiscard]] temporal_paths_result temporal_paths(const graph_view& view, actor_index from, actor_index to,
                                                   const temporal_path_options& options = {});

// ---------------------------------------------------------------------------
// Timeline

/// Options of timeline().
struct timeline_options {
  /// Only incidents in which this actor plays a role. Default: every incident.
  std::optional<actor_index> actor;
  /// Only incidents whose span (date to until) overlaps [from, to]. Default: no bound.
  std::optional<date> from;
  std::optional<date> to;

  /// \throws usage_error when from is after to.
  void validate() const;
};

/// One row of a timeline.
struct timeline_entry {
  incident_index incident = no_index;
  rung_level rung = lowest_rung;
};

/// The incidents of the view in the one time order (see escalation_graph::order), each with its rung.
/// Complexity: O(n log n + roles). \throws usage_error for invalid options,
/// an actor out of range, or explicit links that go back in time.
[[nodiscard]] std::vector<timeline_entry> timeline(const graph_view& view, const timeline_options& options = {},
                                                   const escalation_options& severity_options = {});

}  // namespace faultline
