// SPDX-License-Identifier: Apache-2.0
// Closeness and harmonic centrality: one search from every vertex, whose
// distances d(s, t) are added into per-thread sums for the vertex reached,
// t. So both measures use distances *to* a vertex (NetworkX's inward
// distances on directed graphs) while searching along out-arcs only.
#include <algorithm>
#include <atomic>
#include <bit>
#include <limits>

#include "centrality_common.hpp"

namespace faultline {

namespace {

using vertex = compact_graph::vertex;

struct sums {
  std::vector<double> distance;      // Σ d(s, t) over the s that reach t
  std::vector<std::uint32_t> reach;  // how many s reach t (t itself included)
  std::vector<double> inverse;       // Σ 1/d(s, t) over d > 0
};

struct search {
  std::vector<double> dist;
  std::vector<vertex> order;
  std::vector<std::pair<double, vertex>> heap;
};

template <class Visit>
void dijkstra(const compact_graph& g, vertex s, search& st, Visit&& visit) {
  st.order.clear();
  st.heap.clear();
  const auto cmp = [](const auto& a, const auto& b) { return a.first > b.first; };
  st.dist[s] = 0.0;
  st.heap.emplace_back(0.0, s);
  const auto targets = g.targets();
  g.with_weights([&](auto weights) {
    while (!st.heap.empty()) {
      std::pop_heap(st.heap.begin(), st.heap.end(), cmp);
      const auto [d, v] = st.heap.back();
      st.heap.pop_back();
      if (d > st.dist[v]) continue;
      st.order.push_back(v);
      visit(v, d);
      for (auto k = g.out_begin(v); k < g.out_end(v); ++k) {
        const vertex t = targets[k];
        const double nd = d + static_cast<double>(weights[k]);
        if (nd < st.dist[t]) {
          st.dist[t] = nd;
          st.heap.emplace_back(nd, t);
          std::push_heap(st.heap.begin(), st.heap.end(), cmp);
        }
      }
    }
  });
  // Vertices reached but never settled do not exist: every improvement is settled eventually.
  for (auto v : st.order)
    st.dist[v] = std::numeric_limits<double>::infinity();
}

// Unweighted graphs: multi-source breadth-first search (Then et al., "The
// more the merrier: efficient multi-source graph traversal", VLDB 2014).
// Up to 64 sources advance together, one bit each: seen[v] holds the
// sources that reached v, visit[v] those for which v is on the current
// frontier. A vertex newly reached by c sources at level d adds c·d to its
// distance sum, c to its reach and c/d to its inverse sum, so nothing loops
// over the bits. Each level is pushed from the frontier (top-down) or,
// when the frontier's arcs are a large share of the graph, pulled by every
// vertex not yet reached by all sources from its in-neighbours (bottom-up,
// Beamer's direction optimisation). Sums of integers in doubles stay exact
// below 2^53, so distance sums equal those of one search per source.
struct batch_search {
  std::vector<std::uint64_t> seen, visit, next;
  std::vector<vertex> frontier, reached;
  std::vector<vertex> touched;  // vertices with some seen bit, to clear after the batch
};

void multi_source_bfs(const compact_graph& g, vertex first, unsigned count, batch_search& st, sums& mine,
                      bool want_inverse) {
  const auto n = g.vertex_count();
  const std::uint64_t all = count == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
  st.frontier.clear();
  st.touched.clear();
  for (unsigned i = 0; i < count; ++i) {
    const vertex s = first + i;
    st.seen[s] = st.visit[s] = std::uint64_t{1} << i;
    st.frontier.push_back(s);
    st.touched.push_back(s);
    ++mine.reach[s];
  }
  const auto offsets = g.out_offsets();
  const auto targets = g.targets();
  const std::size_t arcs = targets.size();
  for (std::uint32_t d = 1; !st.frontier.empty(); ++d) {
    st.reached.clear();
    std::size_t frontier_arcs = 0;
    for (auto v : st.frontier)
      frontier_arcs += offsets[v + 1] - offsets[v];
    if (frontier_arcs * 4 < arcs) {
      for (auto v : st.frontier) {
        const std::uint64_t bits = st.visit[v];
        for (auto k = offsets[v]; k < offsets[v + 1]; ++k) {
          const vertex u = targets[k];
          const std::uint64_t fresh = bits & ~st.seen[u];
          if (fresh == 0) continue;
          if (st.next[u] == 0) st.reached.push_back(u);
          if (st.seen[u] == 0) st.touched.push_back(u);
          st.next[u] |= fresh;
          st.seen[u] |= fresh;
        }
      }
    } else {
      for (vertex u = 0; u < n; ++u) {
        if (st.seen[u] == all) continue;
        std::uint64_t fresh = 0;
        for (auto v : g.in_neighbors(u))
          fresh |= st.visit[v];
        fresh &= ~st.seen[u];
        if (fresh == 0) continue;
        if (st.seen[u] == 0) st.touched.push_back(u);
        st.next[u] = fresh;
        st.seen[u] |= fresh;
        st.reached.push_back(u);
      }
    }
    for (auto v : st.frontier)
      st.visit[v] = 0;
    const double level = static_cast<double>(d);
    for (auto u : st.reached) {
      const auto c = static_cast<unsigned>(std::popcount(st.next[u]));
      mine.distance[u] += c * level;
      mine.reach[u] += c;
      if (want_inverse) mine.inverse[u] += c / level;
      st.visit[u] = st.next[u];
      st.next[u] = 0;
    }
    std::swap(st.frontier, st.reached);
  }
  for (auto v : st.touched)
    st.seen[v] = 0;
}

sums all_distances(const compact_graph& g, bool use_weights, bool want_inverse, unsigned requested_threads,
                   const progress_callback& progress, const char* measure) {
  const auto n = g.vertex_count();
  const bool weighted = use_weights && g.weighted();
  detail::require_nonnegative_weights(g, weighted, measure);
  const unsigned threads = detail::thread_count(requested_threads, n);
  std::vector<sums> parts(threads);
  detail::progress_gate gate(progress, n);
  // Work is handed out in batches of 64 sources (one word of bits), in order.
  constexpr vertex batch = 64;
  std::atomic<vertex> next_batch{0};
  detail::run_parallel(threads, [&](unsigned t) {
    auto& mine = parts[t];
    mine.distance.assign(n, 0.0);
    mine.reach.assign(n, 0);
    if (want_inverse) mine.inverse.assign(n, 0.0);
    if (weighted) {
      search st;
      st.dist.assign(n, std::numeric_limits<double>::infinity());
      st.order.reserve(n);
      auto visit = [&](vertex v, double d) {
        mine.distance[v] += d;
        ++mine.reach[v];
        if (want_inverse && d > 0) mine.inverse[v] += 1.0 / d;
      };
      for (vertex s = t; s < n; s += threads) {
        dijkstra(g, s, st, visit);
        if (!gate.advance(t)) return;
      }
      return;
    }
    batch_search st;
    st.seen.assign(n, 0);
    st.visit.assign(n, 0);
    st.next.assign(n, 0);
    for (;;) {
      const vertex first = next_batch.fetch_add(batch, std::memory_order_relaxed);
      if (first >= n) return;
      const auto count = static_cast<unsigned>(std::min<vertex>(batch, n - first));
      multi_source_bfs(g, first, count, st, mine, want_inverse);
      if (!gate.advance(t, count)) return;
    }
  });
  gate.check();
  sums total = std::move(parts[0]);
  for (unsigned t = 1; t < threads; ++t)
    for (vertex v = 0; v < n; ++v) {
      total.distance[v] += parts[t].distance[v];
      total.reach[v] += parts[t].reach[v];
      if (want_inverse) total.inverse[v] += parts[t].inverse[v];
    }
  return total;
}

}  // namespace

centrality_result closeness(const compact_graph& g, const closeness_options& options) {
  options.validate();
  const auto n = g.vertex_count();
  centrality_result result;
  if (n == 0) return result;
  const auto s = all_distances(g, options.use_weights, false, options.threads, options.progress, "Closeness");
  result.scores.assign(n, 0.0);
  for (vertex v = 0; v < n; ++v) {
    if (!(s.distance[v] > 0) || n <= 1) continue;
    const double others = static_cast<double>(s.reach[v]) - 1.0;
    double c = others / s.distance[v];
    if (options.wf_improved) c *= others / (static_cast<double>(n) - 1.0);
    result.scores[v] = c;
  }
  return result;
}

centrality_result harmonic(const compact_graph& g, const harmonic_options& options) {
  options.validate();
  const auto n = g.vertex_count();
  centrality_result result;
  if (n == 0) return result;
  auto s = all_distances(g, options.use_weights, true, options.threads, options.progress, "Harmonic centrality");
  result.scores = std::move(s.inverse);
  if (options.normalized && n > 1)
    for (auto& x : result.scores)
      x /= static_cast<double>(n) - 1.0;
  return result;
}

}  // namespace faultline
