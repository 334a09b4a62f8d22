// SPDX-License-Identifier: Apache-2.0
// Closeness and harmonic centrality: one search from every vertex, whose
// distances d(s, t) are added into per-thread sums for the vertex reached,
// t. So both measures use distances *to* a vertex (NetworkX's inward
// distances on directed graphs) while searching along out-arcs only.
#include <algorithm>
#include <limits>

#include "centrality_common.hpp"

namespace faultline {

namespace {

using vertex = compact_graph::vertex;

struct sums {
  std::vector<double> distance;     // Σ d(s, t) over the s that reach t
  std::vector<std::uint32_t> reach;  // how many s reach t (t itself included)
  std::vector<double> inverse;      // Σ 1/d(s, t) over d > 0
};

struct search {
  std::vector<std::int32_t> level;
  std::vector<double> dist;
  std::vector<vertex> order;
  std::vector<std::pair<double, vertex>> heap;
};

template <class Visit>
void breadth_first(const compact_graph& g, vertex s, search& st, Visit&& visit) {
  st.order.clear();
  st.level[s] = 0;
  st.order.push_back(s);
  const auto targets = g.targets();
  const auto offsets = g.out_offsets();
  for (std::size_t head = 0; head < st.order.size(); ++head) {
    const vertex v = st.order[head];
    const std::int32_t next = st.level[v] + 1;
    visit(v, static_cast<double>(st.level[v]));
    for (auto k = offsets[v]; k < offsets[v + 1]; ++k) {
      const vertex t = targets[k];
      if (st.level[t] < 0) {
        st.level[t] = next;
        st.order.push_back(t);
      }
    }
  }
  for (auto v : st.order) st.level[v] = -1;
}

template <class Visit>
void dijkstra(const compact_graph& g, vertex s, search& st, Visit&& visit) {
  st.order.clear();
  st.heap.clear();
  const auto cmp = [](const auto& a, const auto& b) { return a.first > b.first; };
  st.dist[s] = 0.0;
  st.heap.emplace_back(0.0, s);
  const auto targets = g.targets();
  const auto weights = g.weights();
  while (!st.heap.empty()) {
    std::pop_heap(st.heap.begin(), st.heap.end(), cmp);
    const auto [d, v] = st.heap.back();
    st.heap.pop_back();
    if (d > st.dist[v]) continue;
    st.order.push_back(v);
    visit(v, d);
    for (auto k = g.out_begin(v); k < g.out_end(v); ++k) {
      const vertex t = targets[k];
      const double nd = d + weights[k];
      if (nd < st.dist[t]) {
        st.dist[t] = nd;
        st.heap.emplace_back(nd, t);
        std::push_heap(st.heap.begin(), st.heap.end(), cmp);
      }
    }
  }
  // Vertices reached but never settled do not exist: every improvement is settled eventually.
  for (auto v : st.order) st.dist[v] = std::numeric_limits<double>::infinity();
}

sums all_distances(const compact_graph& g, bool use_weights, bool want_inverse, unsigned requested_threads,
                   const progress_callback& progress, const char* measure) {
  const auto n = g.vertex_count();
  const bool weighted = use_weights && g.weighted();
  detail::require_nonnegative_weights(g, weighted, measure);
  const unsigned threads = detail::thread_count(requested_threads, n);
  std::vector<sums> parts(threads);
  detail::progress_gate gate(progress, n);
  detail::run_parallel(threads, [&](unsigned t) {
    auto& mine = parts[t];
    mine.distance.assign(n, 0.0);
    mine.reach.assign(n, 0);
    if (want_inverse) mine.inverse.assign(n, 0.0);
    search st;
    if (weighted) {
      st.dist.assign(n, std::numeric_limits<double>::infinity());
    } else {
      detail::huge_page_vector(st.level, n);
      std::fill(st.level.begin(), st.level.end(), -1);
    }
    st.order.reserve(n);
    auto visit = [&](vertex v, double d) {
      mine.distance[v] += d;
      ++mine.reach[v];
      if (want_inverse && d > 0) mine.inverse[v] += 1.0 / d;
    };
    for (vertex s = t; s < n; s += threads) {
      if (weighted) dijkstra(g, s, st, visit);
      else breadth_first(g, s, st, visit);
      if (!gate.advance(t)) return;
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
    for (auto& x : result.scores) x /= static_cast<double>(n) - 1.0;
  return result;
}

}  // namespace faultline
