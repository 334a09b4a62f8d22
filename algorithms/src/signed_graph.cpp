// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/signed_graph.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <tuple>

#include <faultline/graph/error.hpp>

namespace faultline {

aggregation_rules aggregation_rules::defaults() {
  using enum role;
  aggregation_rules r;
  r.incidents = {
      {perpetrator, target, polarity::hostile, 1.0},       {perpetrator, victim, polarity::hostile, 1.0},
      {claimed_by, target, polarity::hostile, 1.0},        {claimed_by, victim, polarity::hostile, 1.0},
      {attributed_to, target, polarity::hostile, 0.5},     {attributed_to, victim, polarity::hostile, 0.5},
      {condemned_by, perpetrator, polarity::hostile, 0.5}, {condemned_by, claimed_by, polarity::hostile, 0.5},
      {perpetrator, perpetrator, polarity::friendly, 0.5}, {perpetrator, claimed_by, polarity::friendly, 0.5},
  };
  return r;
}

void signed_graph_options::validate() const {
  for (auto k : actor_kinds)
    if (k == node_kind::incident) throw usage_error("Actor kinds may be state, group or person, not incident");
  if (rules.incidents.size() > 0xFFFF) throw usage_error("Too many incident rules (at most 65535)");
  for (const auto& r : rules.incidents)
    if (!(std::isfinite(r.weight) && r.weight > 0.0))
      throw usage_error("Incident rule " + std::string(to_string(r.first)) + "–" + std::string(to_string(r.second)) +
                        " has weight " + number_text(r.weight) + ": expected a positive number");
  for (const auto& r : rules.relations)
    if (!(std::isfinite(r.factor) && r.factor > 0.0))
      throw usage_error("Relation rule for \"" + r.type + "\" has factor " + number_text(r.factor) +
                        ": expected a positive number");
  if (from && to && from->first_day() > to->last_day())
    throw usage_error("Window " + from->to_string() + ".." + to->to_string() + " is empty: its start is after its end");
  if (min_events == 0) throw usage_error("The minimum number of events per tie is 0: expected 1 or more");
}

std::optional<std::uint32_t> signed_graph::find_tie(std::uint32_t a, std::uint32_t b) const {
  if (a > b) std::swap(a, b);
  auto it = std::lower_bound(ties.begin(), ties.end(), std::pair{a, b},
                             [](const signed_tie& t, std::pair<std::uint32_t, std::uint32_t> key) {
                               return t.u != key.first ? t.u < key.first : t.v < key.second;
                             });
  if (it == ties.end() || it->u != a || it->v != b) return std::nullopt;
  return static_cast<std::uint32_t>(it - ties.begin());
}

std::optional<std::uint32_t> signed_graph::find_node(std::string_view id) const {
  for (std::size_t k = 0; k < ids.size(); ++k)
    if (ids[k] == id) return static_cast<std::uint32_t>(k);
  return std::nullopt;
}

namespace {

// One signed contribution between nodes a < b. `direction` matters only for
// edge lists: 0 from a to b, 1 from b to a, 2 undirected.
struct contribution {
  std::uint32_t a;
  std::uint32_t b;
  std::uint8_t direction;
  tie_fact fact;
};

// Drops the incident contributions between two nodes that fewer than
// `min_events` distinct incidents make (relations stay). Incident
// contributions arrive in incident order, so an incident's are adjacent.
void drop_thin_incident_ties(std::vector<contribution>& contributions, std::size_t min_events) {
  std::vector<std::size_t> order;
  for (std::size_t k = 0; k < contributions.size(); ++k)
    if (contributions[k].fact.kind == tie_fact_kind::incident) order.push_back(k);
  const auto key = [&](std::size_t k) {
    const auto& c = contributions[k];
    return std::tuple{c.a, c.b, c.fact.index};
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return key(x) < key(y); });
  std::vector<std::uint8_t> drop(contributions.size(), 0);
  for (std::size_t begin = 0; begin < order.size();) {
    const auto& first = contributions[order[begin]];
    std::size_t end = begin, events = 0;
    for (; end < order.size() && contributions[order[end]].a == first.a && contributions[order[end]].b == first.b;
         ++end)
      if (end == begin || contributions[order[end]].fact.index != contributions[order[end - 1]].fact.index) ++events;
    if (events < min_events)
      for (std::size_t k = begin; k < end; ++k)
        drop[order[k]] = 1;
    begin = end;
  }
  std::size_t kept = 0;
  for (std::size_t k = 0; k < contributions.size(); ++k)
    if (!drop[k]) contributions[kept++] = contributions[k];
  contributions.resize(kept);
}

// Groups contributions by pair (stable: facts keep their input order) and
// fills ties, facts and the adjacency. `by_direction` selects the edge-list
// rule (mean of the two directions) over the plain sum.
void assemble(signed_graph& sg, std::vector<contribution>& contributions, bool by_direction) {
  std::stable_sort(contributions.begin(), contributions.end(),
                   [](const contribution& x, const contribution& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  sg.facts.reserve(contributions.size());
  for (std::size_t k = 0; k < contributions.size();) {
    std::size_t end = k;
    double friendly[3] = {0, 0, 0}, hostile[3] = {0, 0, 0};
    bool present[3] = {false, false, false};
    signed_tie tie;
    tie.u = contributions[k].a;
    tie.v = contributions[k].b;
    tie.facts_begin = static_cast<std::uint32_t>(sg.facts.size());
    for (; end < contributions.size() && contributions[end].a == tie.u && contributions[end].b == tie.v; ++end) {
      const auto& c = contributions[end];
      const auto d = by_direction ? c.direction : 0;
      present[d] = true;
      (c.fact.sign > 0 ? friendly : hostile)[d] += c.fact.weight;
      sg.facts.push_back(c.fact);
    }
    tie.facts_end = static_cast<std::uint32_t>(sg.facts.size());
    if (by_direction) {
      const bool forward = present[0] || present[2], backward = present[1] || present[2];
      const double f_forward = friendly[0] + friendly[2], f_backward = friendly[1] + friendly[2];
      const double h_forward = hostile[0] + hostile[2], h_backward = hostile[1] + hostile[2];
      if (forward && backward) {
        tie.friendly = (f_forward + f_backward) / 2.0;
        tie.hostile = (h_forward + h_backward) / 2.0;
      } else {
        tie.friendly = forward ? f_forward : f_backward;
        tie.hostile = forward ? h_forward : h_backward;
      }
    } else {
      tie.friendly = friendly[0];
      tie.hostile = hostile[0];
    }
    const double net = tie.friendly - tie.hostile;
    // Equal friendly and hostile weight (up to rounding) make an ambivalent tie.
    const double tolerance = 1e-12 * (tie.friendly + tie.hostile);
    tie.sign = static_cast<std::int8_t>(net > tolerance ? 1 : net < -tolerance ? -1 : 0);
    tie.weight = tie.sign == 0 ? 0.0 : std::abs(net);
    sg.ties.push_back(tie);
    k = end;
  }

  const auto n = sg.ids.size();
  sg.offsets.assign(n + 1, 0);
  for (const auto& t : sg.ties)
    if (t.sign != 0) {
      ++sg.offsets[t.u + 1];
      ++sg.offsets[t.v + 1];
    }
  for (std::size_t x = 0; x < n; ++x)
    sg.offsets[x + 1] += sg.offsets[x];
  sg.neighbours.resize(sg.offsets[n]);
  sg.tie_of.resize(sg.offsets[n]);
  std::vector<std::uint32_t> fill(sg.offsets.begin(), sg.offsets.end() - 1);
  // Ties are sorted by (u, v), so each node's list comes out in increasing neighbour order.
  for (std::size_t t = 0; t < sg.ties.size(); ++t) {
    const auto& tie = sg.ties[t];
    if (tie.sign == 0) continue;
    sg.neighbours[fill[tie.u]] = tie.v;
    sg.tie_of[fill[tie.u]++] = static_cast<std::uint32_t>(t);
    sg.neighbours[fill[tie.v]] = tie.u;
    sg.tie_of[fill[tie.v]++] = static_cast<std::uint32_t>(t);
  }
}

bool overlaps(std::int32_t first, std::int32_t last, const std::optional<date>& from, const std::optional<date>& to) {
  if (from && last < from->first_day()) return false;
  if (to && first > to->last_day()) return false;
  return true;
}

}  // namespace

namespace {

// Adds the signed contributions of one incident: for each rule, each pair of
// distinct nodes playing its two roles, one contribution per pair and sign
// (the strongest rule's).
void add_incident(const scanned_incident& inc, const std::vector<std::uint32_t>& node_of,
                  const signed_graph_options& options, std::vector<scanned_role>& kept,
                  std::vector<contribution>& local, std::vector<contribution>& contributions) {
  kept.clear();
  for (const auto& r : inc.roles)
    if (node_of[r.actor] != no_index) kept.push_back(r);
  local.clear();
  for (std::size_t ri = 0; ri < options.rules.incidents.size(); ++ri) {
    const auto& rule = options.rules.incidents[ri];
    // An incident an event dataset coded (GDELT, ACLED, UCDP) says itself
    // what it means for its two sides: a cooperative CAMEO event is
    // friendly between Actor1 and Actor2, not hostile.
    polarity sign = rule.sign;
    if (inc.stance && rule.first == role::perpetrator && rule.second == role::target) sign = *inc.stance;
    if (sign == polarity::neutral) continue;
    for (std::size_t x = 0; x < kept.size(); ++x) {
      const auto& ra = kept[x];
      if (ra.kind != rule.first) continue;
      // With the same role on both sides, each unordered pair once.
      for (std::size_t y = rule.first == rule.second ? x + 1 : 0; y < kept.size(); ++y) {
        const auto& rb = kept[y];
        if (rb.kind != rule.second || x == y) continue;
        const auto a = node_of[ra.actor], b = node_of[rb.actor];
        if (a == b) continue;  // e.g. an actor that both carried out and claimed an attack
        double w = rule.weight;
        if (options.weight_by_confidence) w *= std::min({inc.confidence, ra.confidence, rb.confidence});
        if (!(w > 0.0)) continue;
        tie_fact f;
        f.kind = tie_fact_kind::incident;
        f.index = static_cast<std::uint32_t>(inc.index);
        f.first_role = ra.index;
        f.second_role = rb.index;
        f.rule = static_cast<std::uint16_t>(ri);
        f.sign = static_cast<std::int8_t>(sign);
        f.weight = w;
        const auto lo = std::min(a, b), hi = std::max(a, b);
        // One contribution per incident, pair and sign: the strongest rule.
        auto same = std::find_if(local.begin(), local.end(), [&](const contribution& c) {
          return c.a == lo && c.b == hi && c.fact.sign == f.sign;
        });
        if (same == local.end())
          local.push_back({lo, hi, 0, f});
        else if (w > same->fact.weight)
          same->fact = f;
      }
    }
  }
  contributions.insert(contributions.end(), local.begin(), local.end());
}

// The signed graph of the relations `view` keeps and of the incidents `scan`
// hands over (scan_incidents over the view's graph, or over a columnar
// snapshot whose actors and relations `view`'s graph holds).
signed_graph build(const graph_view& view, const std::function<void(const incident_visitor&)>& scan,
                   const signed_graph_options& options) {
  options.validate();
  const auto& g = view.base();
  const auto& vocab = g.relation_types();

  // Per relation type: sign and factor, from the vocabulary unless overridden.
  std::vector<polarity> type_sign(vocab.size());
  std::vector<double> type_factor(vocab.size(), 1.0);
  for (std::size_t t = 0; t < vocab.size(); ++t)
    type_sign[t] = vocab[static_cast<relation_type_id>(t)].sign;
  for (const auto& r : options.rules.relations) {
    auto t = vocab.find(r.type);
    if (!t) {
      std::string known;
      for (const auto& rt : vocab.types())
        known += (known.empty() ? "" : ", ") + rt.id;
      throw usage_error("Unknown relation type \"" + r.type + "\" in the aggregation rules: expected one of " + known);
    }
    type_sign[*t] = r.sign;
    type_factor[*t] = r.factor;
  }

  signed_graph sg;
  std::vector<std::uint32_t> node_of(g.actors().size(), no_index);
  for (std::size_t a = 0; a < g.actors().size(); ++a) {
    const auto& actor = g.actors()[a];
    if (std::find(options.actor_kinds.begin(), options.actor_kinds.end(), actor.kind) == options.actor_kinds.end())
      continue;
    node_of[a] = static_cast<std::uint32_t>(sg.ids.size());
    sg.ids.push_back(actor.id);
    sg.names.push_back(actor.name);
    sg.actors.push_back(static_cast<actor_index>(a));
  }

  std::vector<contribution> contributions;
  if (options.relations) {
    for (std::size_t r = 0; r < g.relations().size(); ++r) {
      if (!view.keeps_relation(static_cast<relation_index>(r))) continue;
      const auto& rel = g.relations()[r];
      const std::int32_t first = rel.since ? rel.since->first_day() : std::numeric_limits<std::int32_t>::min();
      const std::int32_t last = rel.until ? rel.until->last_day() : std::numeric_limits<std::int32_t>::max();
      if (!overlaps(first, last, options.from, options.to)) continue;
      const auto a = node_of[rel.from], b = node_of[rel.to];
      if (a == no_index || b == no_index) continue;
      if (a == b) {
        ++sg.self_loops;
        continue;
      }
      const auto sign = type_sign[rel.type];
      if (sign == polarity::neutral) {
        ++sg.neutral_facts;
        continue;
      }
      tie_fact f;
      f.kind = tie_fact_kind::relation;
      f.index = static_cast<std::uint32_t>(r);
      f.sign = static_cast<std::int8_t>(sign);
      f.weight = rel.weight * type_factor[rel.type] * (options.weight_by_confidence ? rel.prov.confidence : 1.0);
      if (!(f.weight > 0.0)) {
        ++sg.neutral_facts;
        continue;
      }
      contributions.push_back({std::min(a, b), std::max(a, b), 0, f});
    }
  }

  if (options.incidents) {
    std::vector<scanned_role> kept;
    std::vector<contribution> local;
    scan([&](const scanned_incident& inc) { add_incident(inc, node_of, options, kept, local, contributions); });
    if (options.min_events > 1) drop_thin_incident_ties(contributions, options.min_events);
  }

  assemble(sg, contributions, false);
  return sg;
}

}  // namespace

signed_graph build_signed_graph(const graph_view& view, const signed_graph_options& options) {
  return build(
      view, [&](const incident_visitor& visit) { scan_incidents(view, options.from, options.to, visit); }, options);
}

signed_graph build_signed_graph(const event_store& store, const graph& rest, const view_options& view,
                                const signed_graph_options& options) {
  check_rest_of(store, rest);
  const graph_view relations(rest, view);
  return build(
      relations, [&](const incident_visitor& visit) { scan_incidents(store, view, options.from, options.to, visit); },
      options);
}

signed_graph build_signed_graph(const signed_edge_input& edges, const signed_edge_options& options) {
  const auto m = edges.source.size();
  const auto where = edges.name.empty() ? std::string("the edge list") : "Edge list " + edges.name;
  if (edges.target.size() != m || (!edges.weight.empty() && edges.weight.size() != m) ||
      (!edges.sign.empty() && edges.sign.size() != m) || (!edges.arc.empty() && edges.arc.size() != m))
    throw usage_error(where + " has columns of different lengths");
  if (!edges.labels.empty() && edges.labels.size() != edges.nodes.size())
    throw usage_error(where + " has " + std::to_string(edges.labels.size()) + " labels for " +
                      std::to_string(edges.nodes.size()) + " nodes");
  if (edges.sign.empty() && edges.weight.empty() && m > 0)
    throw usage_error(where +
                      " has neither a sign column nor weights: expected a `sign` column (+ or -) or signed weights");

  signed_graph sg;
  sg.ids.assign(edges.nodes.begin(), edges.nodes.end());
  sg.names.resize(sg.ids.size());
  for (std::size_t x = 0; x < sg.ids.size(); ++x)
    sg.names[x] = !edges.labels.empty() && !edges.labels[x].empty() ? edges.labels[x] : sg.ids[x];

  std::vector<contribution> contributions;
  contributions.reserve(m);
  const auto n = edges.nodes.size();
  for (std::size_t e = 0; e < m; ++e) {
    const auto s = edges.source[e], t = edges.target[e];
    if (s >= n || t >= n)
      throw usage_error(where + ": edge " + std::to_string(e + 1) + " names node " + std::to_string(std::max(s, t)) +
                        ", out of range (" + std::to_string(n) + " nodes)");
    double magnitude = 1.0;
    int sign = 0;
    if (!edges.weight.empty()) {
      const double w = edges.weight[e];
      if (!std::isfinite(w))
        throw usage_error(where + ": edge " + std::to_string(e + 1) + " has weight " + number_text(w));
      if (options.use_weights) magnitude = std::abs(w);
      sign = w > 0 ? 1 : w < 0 ? -1 : 0;
    }
    if (!edges.sign.empty()) sign = edges.sign[e] > 0 ? 1 : edges.sign[e] < 0 ? -1 : 0;
    if (s == t) {
      ++sg.self_loops;
      continue;
    }
    if (sign == 0 || !(magnitude > 0.0)) {
      ++sg.neutral_facts;
      continue;
    }
    const bool arc = edges.arc.empty() ? edges.directed : edges.arc[e] != 0;
    tie_fact f;
    f.kind = tie_fact_kind::edge;
    f.index = static_cast<std::uint32_t>(e);
    f.sign = static_cast<std::int8_t>(sign);
    f.weight = magnitude;
    const std::uint8_t direction = !arc ? 2 : s < t ? 0 : 1;
    contributions.push_back({std::min(s, t), std::max(s, t), direction, f});
  }
  assemble(sg, contributions, true);
  return sg;
}

}  // namespace faultline
