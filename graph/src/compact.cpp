// SPDX-License-Identifier: Apache-2.0
// The compact analysis form: CSR built by stable counting sorts.
#include <faultline/graph/compact.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <string>

#include <faultline/graph/detail/huge_pages.hpp>
#include <faultline/graph/error.hpp>

namespace faultline {
namespace {

// Exclusive prefix sums of per-vertex counts, in place: counts[v] becomes the
// first position of v; the returned vector has vertex_count + 1 entries.
template <class C>
std::vector<std::uint64_t> offsets_from_counts(std::vector<C>& counts) {
  std::vector<std::uint64_t> offsets(counts.size() + 1, 0);
  for (std::size_t v = 0; v < counts.size(); ++v)
    offsets[v + 1] = offsets[v] + counts[v];
  for (std::size_t v = 0; v < counts.size(); ++v)
    counts[v] = static_cast<C>(offsets[v]);
  return offsets;
}

}  // namespace

compact_graph compact_graph::from_arcs(const arc_list& arcs) {
  const std::size_t m = arcs.source.size();
  const std::uint32_t n = arcs.vertex_count;
  if (arcs.target.size() != m)
    throw usage_error("Arc list: " + std::to_string(m) + " sources but " + std::to_string(arcs.target.size()) +
                      " targets");
  if (!arcs.weight.empty() && arcs.weight.size() != m)
    throw usage_error("Arc list: " + std::to_string(m) + " arcs but " + std::to_string(arcs.weight.size()) +
                      " weights");
  if (!arcs.sign.empty() && arcs.sign.size() != m)
    throw usage_error("Arc list: " + std::to_string(m) + " arcs but " + std::to_string(arcs.sign.size()) + " signs");
  if (!arcs.both_ways.empty() && arcs.both_ways.size() != m)
    throw usage_error("Arc list: " + std::to_string(m) + " arcs but " + std::to_string(arcs.both_ways.size()) +
                      " both-ways flags");

  compact_graph g;
  g.vertex_count_ = n;
  g.edge_count_ = m;
  g.directed_ = arcs.directed;

  // An edge gives a second, reversed arc when undirected or both ways, unless it is a self-loop.
  auto twin = [&](std::size_t e) {
    return arcs.source[e] != arcs.target[e] && (!arcs.directed || (!arcs.both_ways.empty() && arcs.both_ways[e] != 0));
  };

  // The passes, with per-vertex counters and cursors of type C: 32 bits when
  // every arc position fits in them (at most two arcs per edge), which halves
  // the tables that every pass reads and writes at random.
  auto build = [&](auto zero) {
    using C = decltype(zero);
    // Every pass reads or bumps a per-vertex counter at random: each asks for
    // the counter of the arc this far ahead, so that its cache miss overlaps
    // the work in between instead of stalling (about a third faster).
    constexpr std::size_t ahead = 32;
    // Checks and counts in one pass over the input.
    std::vector<C> in_count(n, 0), out_count(n, 0);
    std::size_t arc_total = 0;
    bool all_ones = true, all_floats = true;
    for (std::size_t e = 0; e < m; ++e) {
      const vertex u = arcs.source[e], v = arcs.target[e];
      if (e + ahead < m && n > 0) {  // (the arc ahead is not checked yet: clamped into the table)
        __builtin_prefetch(out_count.data() + std::min(arcs.source[e + ahead], n - 1));
        __builtin_prefetch(in_count.data() + std::min(arcs.target[e + ahead], n - 1));
      }
      if (u >= n || v >= n)
        throw usage_error("Arc " + std::to_string(e + 1) + " has an endpoint out of range: " +
                          std::to_string(std::max(u, v)) + " (there are " + std::to_string(n) + " vertices)");
      if (!arcs.weight.empty()) {
        const double w = arcs.weight[e];
        if (!std::isfinite(w))
          throw usage_error("Arc " + std::to_string(e + 1) + " has a weight that is not a finite number");
        all_ones = all_ones && w == 1.0;
        // (In range first: converting a double beyond the float range is undefined.)
        all_floats = all_floats && std::abs(w) <= std::numeric_limits<float>::max() &&
                     static_cast<double>(static_cast<float>(w)) == w;
        g.negative_weights_ = g.negative_weights_ || w < 0;
        g.zero_weights_ = g.zero_weights_ || w == 0;
      }
      if (!arcs.sign.empty() && (arcs.sign[e] < -1 || arcs.sign[e] > 1))
        throw usage_error("Arc " + std::to_string(e + 1) + " has sign " + std::to_string(arcs.sign[e]) +
                          ": expected -1, 0 or +1");
      ++out_count[u];
      ++in_count[v];
      ++arc_total;
      if (u == v) ++g.self_loops_;
      if (twin(e)) {
        ++out_count[v];
        ++in_count[u];
        ++arc_total;
      }
    }
    const bool with_weights = !arcs.weight.empty() && !all_ones;
    const bool with_signs = !arcs.sign.empty();
    const bool carry = with_weights || with_signs;  // arcs must remember their edge
    if (m > std::numeric_limits<std::uint32_t>::max() && carry)
      throw usage_error("Too many edges for the compact form: " + std::to_string(m) +
                        " (at most 4294967295 with weights or signs)");

    // Pass 1, by target: the sources of each vertex's in-arcs, in input order,
    // and (when weights or signs travel along) which edge each arc comes from.
    std::vector<std::uint64_t> in_offsets = offsets_from_counts(in_count);
    std::vector<vertex> by_target;
    detail::huge_page_vector(by_target, arc_total);
    std::vector<std::uint32_t> edge_of;
    if (carry) edge_of.resize(arc_total);
    for (std::size_t e = 0; e < m; ++e) {
      const vertex u = arcs.source[e], v = arcs.target[e];
      if (e + ahead < m) __builtin_prefetch(in_count.data() + arcs.target[e + ahead]);
      auto place = [&](vertex from, vertex to) {
        const auto pos = in_count[to]++;
        by_target[pos] = from;
        if (carry) edge_of[pos] = static_cast<std::uint32_t>(e);
      };
      place(u, v);
      if (twin(e)) place(v, u);
    }

    // Pass 2, by source, walking the in-arcs in target order: every out-list
    // comes out sorted by target, parallel arcs in input order.
    g.out_offsets_ = offsets_from_counts(out_count);
    detail::huge_page_vector(g.targets_, arc_total);
    // Weights as floats when that loses nothing (a float holds every weight exactly).
    const bool floats = with_weights && all_floats, doubles = with_weights && !all_floats;
    if (floats) detail::huge_page_vector(g.float_weights_, arc_total);
    if (doubles) detail::huge_page_vector(g.weights_, arc_total);
    if (with_signs) g.signs_.resize(arc_total);
    for (vertex v = 0; v < n; ++v)
      for (auto pos = in_offsets[v]; pos < in_offsets[v + 1]; ++pos) {
        if (pos + ahead < arc_total) __builtin_prefetch(out_count.data() + by_target[pos + ahead]);
        const auto q = out_count[by_target[pos]]++;
        g.targets_[q] = v;
        if (floats) g.float_weights_[q] = static_cast<float>(arcs.weight[edge_of[pos]]);
        if (doubles) g.weights_[q] = arcs.weight[edge_of[pos]];
        if (with_signs) g.signs_[q] = arcs.sign[edge_of[pos]];
      }
    out_count = {};
    edge_of = {};

    if (arcs.directed) {
      // Pass 3, by target again, walking the out-arcs in source order: in-lists sorted by source.
      for (vertex v = 0; v < n; ++v)
        in_count[v] = static_cast<C>(in_offsets[v]);
      for (vertex u = 0; u < n; ++u)
        for (auto q = g.out_offsets_[u]; q < g.out_offsets_[u + 1]; ++q) {
          if (q + ahead < arc_total) __builtin_prefetch(in_count.data() + g.targets_[q + ahead]);
          by_target[in_count[g.targets_[q]]++] = u;
        }
      g.sources_ = std::move(by_target);
      g.in_offsets_ = std::move(in_offsets);
    }
  };
  if (m <= std::numeric_limits<std::uint32_t>::max() / 2)
    build(std::uint32_t{0});
  else
    build(std::uint64_t{0});
  return g;
}

std::size_t compact_graph::structure_bytes() const noexcept {
  return out_offsets_.size() * sizeof(std::uint64_t) + targets_.size() * sizeof(vertex) +
         weights_.size() * sizeof(double) + float_weights_.size() * sizeof(float) +
         in_offsets_.size() * sizeof(std::uint64_t) + sources_.size() * sizeof(vertex);
}

std::size_t compact_graph::memory_bytes() const noexcept {
  return sizeof(*this) + out_offsets_.capacity() * sizeof(std::uint64_t) + targets_.capacity() * sizeof(vertex) +
         weights_.capacity() * sizeof(double) + float_weights_.capacity() * sizeof(float) + signs_.capacity() +
         in_offsets_.capacity() * sizeof(std::uint64_t) + sources_.capacity() * sizeof(vertex);
}

void compact_view_options::validate() const {
  if (min_events == 0) throw usage_error("The minimum number of events per tie is 0: expected 1 or more");
  if (from && to && from->first_day() > to->last_day())
    throw usage_error("The window starts (" + from->to_string() + ") after it ends (" + to->to_string() + ")");
}

namespace {

// The compact form of the relations `view` keeps and of the incidents `scan`
// hands over (scan_incidents over the view's graph, or over a columnar
// snapshot whose actors and relations `view`'s graph holds).
compact_graph make_compact_from(const graph_view& view, const std::function<void(const incident_visitor&)>& scan,
                                const compact_view_options& options) {
  options.validate();
  const auto& g = view.base();
  const auto& vocab = g.relation_types();
  const auto window_first = options.from ? options.from->first_day() : std::numeric_limits<std::int32_t>::min();
  const auto window_last = options.to ? options.to->last_day() : std::numeric_limits<std::int32_t>::max();
  auto in_window = [&](const std::optional<date>& since, const std::optional<date>& until) {
    if (since && since->first_day() > window_last) return false;
    if (until && until->last_day() < window_first) return false;
    return true;
  };

  std::vector<std::uint32_t> source, target;
  std::vector<double> weight;
  std::vector<std::int8_t> sign;
  std::vector<std::uint8_t> both_ways;
  for (relation_index r = 0; r < g.relations().size(); ++r) {
    if (!view.keeps_relation(r)) continue;
    const auto& rel = g.relations()[r];
    if (!in_window(rel.since, rel.until)) continue;
    const auto& type = vocab[rel.type];
    source.push_back(rel.from);
    target.push_back(rel.to);
    weight.push_back(rel.weight);
    sign.push_back(static_cast<std::int8_t>(type.sign));
    both_ways.push_back(type.symmetric ? 1 : 0);
  }
  if (options.incidents) {
    // An agent (perpetrator, claimed_by, attributed_to) or a patient (target,
    // victim), and whether it is the perpetrator or the target: that pair
    // takes the stance an event dataset coded (as in the signed graph).
    struct party {
      actor_index actor;
      bool direct;
      bool operator<(const party& o) const noexcept { return actor != o.actor ? actor < o.actor : direct > o.direct; }
    };
    struct incident_arc {
      actor_index from, to;
      std::int8_t sign;
      incident_index incident;
    };
    std::vector<party> agents, patients;
    std::vector<incident_arc> incident_arcs;
    scan([&](const scanned_incident& inc) {
      agents.clear();
      patients.clear();
      for (const auto& r : inc.roles) {
        switch (r.kind) {
          case role::perpetrator:
            agents.push_back({r.actor, true});
            break;
          case role::claimed_by:
          case role::attributed_to:
            agents.push_back({r.actor, false});
            break;
          case role::target:
            patients.push_back({r.actor, true});
            break;
          case role::victim:
            patients.push_back({r.actor, false});
            break;
          case role::condemned_by:
            break;
        }
      }
      // Each actor once, as perpetrator (target) when it is one.
      for (auto* list : {&agents, &patients}) {
        std::sort(list->begin(), list->end());
        list->erase(
            std::unique(list->begin(), list->end(), [](const party& x, const party& y) { return x.actor == y.actor; }),
            list->end());
      }
      for (const auto& a : agents)
        for (const auto& b : patients) {
          if (a.actor == b.actor) continue;
          std::int8_t s = -1;
          if (a.direct && b.direct && inc.stance) s = static_cast<std::int8_t>(*inc.stance);
          incident_arcs.push_back({a.actor, b.actor, s, inc.index});
        }
    });
    // A pair of actors needs min_events incidents between them (either way).
    std::vector<std::uint8_t> enough(incident_arcs.size(), 1);
    if (options.min_events > 1) {
      std::vector<std::size_t> order(incident_arcs.size());
      for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
      const auto pair_of = [&](std::size_t k) {
        const auto& x = incident_arcs[k];
        return std::pair{std::min(x.from, x.to), std::max(x.from, x.to)};
      };
      std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return std::pair{pair_of(x), incident_arcs[x].incident} < std::pair{pair_of(y), incident_arcs[y].incident};
      });
      for (std::size_t begin = 0; begin < order.size();) {
        std::size_t end = begin;
        std::size_t events = 0;
        for (; end < order.size() && pair_of(order[end]) == pair_of(order[begin]); ++end)
          if (end == begin || incident_arcs[order[end]].incident != incident_arcs[order[end - 1]].incident) ++events;
        if (events < options.min_events)
          for (std::size_t k = begin; k < end; ++k)
            enough[order[k]] = 0;
        begin = end;
      }
    }
    for (std::size_t k = 0; k < incident_arcs.size(); ++k) {
      if (!enough[k]) continue;
      source.push_back(incident_arcs[k].from);
      target.push_back(incident_arcs[k].to);
      weight.push_back(1.0);
      sign.push_back(incident_arcs[k].sign);
      both_ways.push_back(0);
    }
  }
  arc_list arcs;
  arcs.vertex_count = static_cast<std::uint32_t>(g.actors().size());
  arcs.source = source;
  arcs.target = target;
  arcs.weight = weight;
  arcs.sign = sign;
  arcs.both_ways = both_ways;
  arcs.directed = options.directed;
  return compact_graph::from_arcs(arcs);
}

}  // namespace

compact_graph make_compact(const graph_view& view, const compact_view_options& options) {
  return make_compact_from(
      view, [&](const incident_visitor& visit) { scan_incidents(view, options.from, options.to, visit); }, options);
}

compact_graph make_compact(const event_store& store, const graph& rest, const view_options& view,
                           const compact_view_options& options) {
  check_rest_of(store, rest);
  const graph_view relations(rest, view);
  return make_compact_from(
      relations, [&](const incident_visitor& visit) { scan_incidents(store, view, options.from, options.to, visit); },
      options);
}

}  // namespace faultline
