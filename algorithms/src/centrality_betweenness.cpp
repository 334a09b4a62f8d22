// SPDX-License-Identifier: Apache-2.0
// Brandes betweenness (vertex and edge; BFS or Dijkstra; exact, sampled or
// from given sources), sources shared among threads.
//
// The dependency accumulation walks successors instead of keeping
// predecessor lists: a vertex w settled later than v is a successor of v on
// a shortest path when dist(w) = dist(v) + w(v, w), computed with the same
// floating-point operation as during the search, so the test is exact. Each
// vertex then needs Σ over successors w of (1 + δ(w)) / σ(w), a "coefficient"
// that is final once w is done. This saves the O(E) predecessor lists.
#include <algorithm>
#include <limits>

#include "centrality_common.hpp"

namespace faultline {

namespace {

using vertex = compact_graph::vertex;

// Per-vertex state of a search, 16 bytes kept together so that visiting a
// vertex costs one cache miss. `value` is σ(v), the number of shortest paths
// from the source, during the search; during the accumulation it becomes
// (1 + δ(v)) / σ(v) once v is done, because from then on only v's
// predecessors read it, and they need that coefficient, not σ(v).
struct vertex_state {
  std::int32_t level = -1;  // BFS: hops from the source, -1 unseen
  double value = 0.0;
};

// Per-thread state of the single-source searches.
struct search_state {
  explicit search_state(std::uint32_t n, bool weighted) {
    detail::huge_page_vector(at, n);
    detail::huge_page_vector(order, n);
    if (weighted) dist.assign(n, std::numeric_limits<double>::infinity());
  }
  std::vector<vertex_state> at;
  std::vector<double> dist;   // Dijkstra: distance, +inf unseen
  std::vector<vertex> order;  // vertices in the order they were settled: order[0 .. settled)
  std::size_t settled = 0;
  // Unweighted vertex betweenness only: the successors of order[i] on
  // shortest paths are succ[succ_start[i] .. succ_start[i + 1]).
  std::vector<vertex> succ;
  std::vector<std::uint32_t> succ_start;
  std::vector<std::pair<double, vertex>> heap;
};

// Calls f(target, first arc, last arc, least weight) once per distinct
// out-neighbour of u (parallel arcs are adjacent: out-lists are sorted).
template <class F>
inline void for_each_neighbor(const compact_graph& g, vertex u, bool weighted, F&& f) {
  const auto targets = g.targets();
  const auto end = g.out_end(u);
  if (!weighted) {
    for (auto k = g.out_begin(u); k < end;) {
      const vertex t = targets[k];
      auto j = k + 1;
      while (j < end && targets[j] == t)
        ++j;
      f(t, k, j, 1.0);
      k = j;
    }
    return;
  }
  g.with_weights([&](auto weights) {
    for (auto k = g.out_begin(u); k < end;) {
      const vertex t = targets[k];
      double w = static_cast<double>(weights[k]);
      auto j = k + 1;
      while (j < end && targets[j] == t) {
        w = std::min(w, static_cast<double>(weights[j]));
        ++j;
      }
      f(t, k, j, w);
      k = j;
    }
  });
}

// Breadth-first search from s, counting shortest paths σ. With `Record`,
// it also records each settled vertex's successors on shortest paths as it
// scans its arcs, so that the accumulation reads only those instead of
// testing the level of every out-neighbour again: one load per
// shortest-path arc, no branch (vertex betweenness, unweighted; edge
// betweenness needs the arcs themselves).
template <bool Record>
void breadth_first(const compact_graph& g, vertex s, search_state& st) {
  vertex_state* const at = st.at.data();
  vertex* const queue = st.order.data();
  [[maybe_unused]] vertex* const succ = st.succ.data();
  [[maybe_unused]] std::uint32_t* const start = st.succ_start.data();
  std::size_t tail = 0;
  [[maybe_unused]] std::uint32_t cursor = 0;
  at[s].level = 0;
  at[s].value = 1.0;
  queue[tail++] = s;
  const vertex* const targets = g.targets().data();
  const std::uint64_t* const offsets = g.out_offsets().data();
  for (std::size_t head = 0; head < tail; ++head) {
    const vertex v = queue[head];
    if constexpr (Record) start[head] = cursor;
    const std::int32_t next = at[v].level + 1;
    const double sv = at[v].value;
    vertex previous = std::numeric_limits<vertex>::max();
    for (auto k = offsets[v], end = offsets[v + 1]; k < end; ++k) {
      const vertex t = targets[k];
      if (t == previous) continue;  // a parallel arc: the same tie
      previous = t;
      auto& x = at[t];
      if (x.level < 0) {
        x.level = next;
        x.value = sv;
        queue[tail++] = t;
        if constexpr (Record) succ[cursor++] = t;
      } else if (x.level == next) {
        x.value += sv;
        if constexpr (Record) succ[cursor++] = t;
      }
    }
  }
  if constexpr (Record) start[tail] = cursor;
  st.settled = tail;
}

// The accumulation over the recorded successors (vertex betweenness, unweighted).
void accumulate_recorded(vertex s, bool endpoints, search_state& st, std::vector<double>& bc) {
  vertex_state* const at = st.at.data();
  const vertex* const succ = st.succ.data();
  const std::uint32_t* const start = st.succ_start.data();
  if (endpoints) bc[s] += static_cast<double>(st.settled - 1);
  for (std::size_t i = st.settled; i-- > 0;) {
    const vertex w = st.order[i];
    double sum = 0.0;
    for (auto j = start[i]; j < start[i + 1]; ++j)
      sum += at[succ[j]].value;
    const double sw = at[w].value;
    const double delta = sw * sum;
    if (w != s) bc[w] += endpoints ? delta + 1.0 : delta;
    at[w].value = (1.0 + delta) / sw;
  }
}

void dijkstra(const compact_graph& g, vertex s, search_state& st) {
  st.settled = 0;
  st.heap.clear();
  const auto cmp = [](const auto& a, const auto& b) { return a.first > b.first; };
  st.dist[s] = 0.0;
  st.at[s].value = 1.0;
  st.heap.emplace_back(0.0, s);
  while (!st.heap.empty()) {
    std::pop_heap(st.heap.begin(), st.heap.end(), cmp);
    // Plain variables, not a structured binding: the lambda below uses them
    // (clang before 16 cannot capture structured bindings).
    const double d = st.heap.back().first;
    const auto v = st.heap.back().second;
    st.heap.pop_back();
    if (d > st.dist[v]) continue;  // a stale entry
    st.order[st.settled++] = v;
    const double sv = st.at[v].value;
    for_each_neighbor(g, v, true, [&](vertex t, std::size_t, std::size_t, double w) {
      const double nd = d + w;
      if (nd < st.dist[t]) {
        st.dist[t] = nd;
        st.at[t].value = sv;
        st.heap.emplace_back(nd, t);
        std::push_heap(st.heap.begin(), st.heap.end(), cmp);
      } else if (nd == st.dist[t] && t != v) {
        st.at[t].value += sv;
      }
    });
  }
}

void reset(search_state& st) {
  const bool weighted = !st.dist.empty();
  for (std::size_t i = 0; i < st.settled; ++i) {
    const vertex v = st.order[i];
    st.at[v].level = -1;
    st.at[v].value = 0.0;
    if (weighted) st.dist[v] = std::numeric_limits<double>::infinity();
  }
}

// Accumulates the dependencies of source s into bc (vertices) and, when
// given, ebc (arcs). Returns nothing; bc and ebc are the thread's sums.
void accumulate(const compact_graph& g, vertex s, bool weighted, bool endpoints, search_state& st,
                std::vector<double>& bc, std::vector<double>* ebc) {
  vertex_state* const at = st.at.data();
  if (endpoints) bc[s] += static_cast<double>(st.settled - 1);
  for (std::size_t i = st.settled; i-- > 0;) {
    const vertex w = st.order[i];
    const double sw = at[w].value;
    double sum = 0.0;
    if (weighted) {
      const double dw = st.dist[w];
      for_each_neighbor(g, w, true, [&](vertex t, std::size_t first, std::size_t last, double weight) {
        if (t == w || dw + weight != st.dist[t]) return;
        sum += at[t].value;
        if (ebc) {
          const double c = sw * at[t].value;
          std::size_t ties = 0;
          for (auto k = first; k < last; ++k)
            ties += g.weight(k) == weight;
          for (auto k = first; k < last; ++k)
            if (g.weight(k) == weight) (*ebc)[k] += c / static_cast<double>(ties);
        }
      });
    } else if (ebc) {
      const std::int32_t next = at[w].level + 1;
      for_each_neighbor(g, w, false, [&](vertex t, std::size_t first, std::size_t last, double) {
        if (at[t].level != next) return;
        sum += at[t].value;
        const double c = sw * at[t].value / static_cast<double>(last - first);
        for (auto k = first; k < last; ++k)
          (*ebc)[k] += c;
      });
    } else {
      const std::int32_t next = at[w].level + 1;
      const vertex* const targets = g.targets().data();
      vertex previous = std::numeric_limits<vertex>::max();
      for (auto k = g.out_begin(w), end = g.out_end(w); k < end; ++k) {
        const vertex t = targets[k];
        if (t == previous) continue;
        previous = t;
        const auto& x = at[t];
        if (x.level == next) sum += x.value;
      }
    }
    const double delta = sw * sum;
    if (w != s) bc[w] += endpoints ? delta + 1.0 : delta;
    at[w].value = (1.0 + delta) / sw;  // σ(w) is not needed any more
  }
}

// The sources to run from, and whether they are a sample (k < n or given).
std::vector<vertex> choose_sources(const compact_graph& g, const betweenness_options& options, bool& partial) {
  const auto n = g.vertex_count();
  std::vector<vertex> sources;
  partial = false;
  if (!options.sources.empty()) {
    sources = options.sources;
    for (auto s : sources)
      if (s >= n)
        throw usage_error("Betweenness source " + std::to_string(s) + " is out of range: the graph has " +
                          std::to_string(n) + " vertices");
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    partial = true;
  } else if (options.samples != 0) {
    if (options.samples > n)
      throw usage_error("Cannot sample " + std::to_string(options.samples) + " sources from " + std::to_string(n) +
                        " vertices: give at most " + std::to_string(n));
    std::vector<vertex> all(n);
    for (vertex v = 0; v < n; ++v)
      all[v] = v;
    detail::splitmix64 random(options.seed);
    for (std::size_t i = 0; i < options.samples; ++i)
      std::swap(all[i], all[i + random.below(n - i)]);
    sources.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(options.samples));
    std::sort(sources.begin(), sources.end());
    partial = true;
  }
  return sources;
}

void check_weights(const compact_graph& g, bool weighted) {
  detail::require_nonnegative_weights(g, weighted, "Betweenness");
  if (weighted && g.has_zero_weight())
    throw usage_error(
        "Betweenness needs positive weights (weights are distances, and shortest paths through zero-weight edges are "
        "not counted consistently): this graph has a zero weight; drop those edges, give them a positive weight or "
        "use --unweighted");
}

// Runs the searches; fills bc (size n) and, when wanted, ebc (size arcs).
void run(const compact_graph& g, const betweenness_options& options, bool want_edges, std::vector<double>& bc,
         std::vector<double>& ebc, std::vector<vertex>& sources_used, double& scale_k) {
  options.validate();
  const auto n = g.vertex_count();
  const bool weighted = options.use_weights && g.weighted();
  check_weights(g, weighted);
  bool partial = false;
  const auto sources = choose_sources(g, options, partial);
  const std::size_t count = partial ? sources.size() : n;
  scale_k = partial && count > 0 ? static_cast<double>(n) / static_cast<double>(count) : 1.0;
  if (partial) sources_used = sources;

  const unsigned threads = detail::thread_count(options.threads, count);
  std::vector<std::vector<double>> bcs(threads), ebcs(want_edges ? threads : 0);
  detail::progress_gate gate(options.progress, count);
  detail::run_parallel(threads, [&](unsigned t) {
    search_state st(n, weighted);
    const bool recording = !weighted && !want_edges;
    if (recording) {
      // Every arc is recorded at most once per search: arc_count() entries suffice.
      st.succ.resize(g.arc_count());
      st.succ_start.resize(static_cast<std::size_t>(n) + 1);
    }
    auto& mine = bcs[t];
    mine.assign(n, 0.0);
    std::vector<double>* edges = nullptr;
    if (want_edges) {
      ebcs[t].assign(g.arc_count(), 0.0);
      edges = &ebcs[t];
    }
    for (std::size_t i = t; i < count; i += threads) {
      const vertex s = partial ? sources[i] : static_cast<vertex>(i);
      if (recording) {
        breadth_first<true>(g, s, st);
        accumulate_recorded(s, options.endpoints, st, mine);
      } else {
        if (weighted)
          dijkstra(g, s, st);
        else
          breadth_first<false>(g, s, st);
        accumulate(g, s, weighted, options.endpoints && !want_edges, st, mine, edges);
      }
      reset(st);
      if (!gate.advance(t)) return;
    }
  });
  gate.check();
  bc.assign(n, 0.0);
  for (const auto& part : bcs)
    for (vertex v = 0; v < n; ++v)
      bc[v] += part[v];
  if (want_edges) {
    ebc.assign(g.arc_count(), 0.0);
    for (const auto& part : ebcs)
      for (std::size_t k = 0; k < ebc.size(); ++k)
        ebc[k] += part[k];
  }
}

}  // namespace

void betweenness_options::validate() const {
  if (!sources.empty() && samples != 0)
    throw usage_error("Give either a number of sampled sources or a list of sources for betweenness, not both");
}

centrality_result betweenness(const compact_graph& g, const betweenness_options& options) {
  centrality_result result;
  std::vector<double> unused;
  double scale_k = 1.0;
  run(g, options, false, result.scores, unused, result.sources, scale_k);
  // NetworkX's _rescale, with the sample scaling n/k applied whenever the sum is partial.
  const double n = g.vertex_count();
  double scale = 1.0;
  if (options.normalized) {
    if (options.endpoints)
      scale = n < 2 ? 1.0 : 1.0 / (n * (n - 1));
    else
      scale = n <= 2 ? 1.0 : 1.0 / ((n - 1) * (n - 2));
  } else if (!g.directed()) {
    scale = 0.5;
  }
  scale *= scale_k;
  if (scale != 1.0)
    for (auto& x : result.scores)
      x *= scale;
  return result;
}

std::vector<edge_score> edge_betweenness(const compact_graph& g, const betweenness_options& options) {
  std::vector<double> bc, ebc;
  std::vector<vertex> sources;
  double scale_k = 1.0;
  run(g, options, true, bc, ebc, sources, scale_k);
  // NetworkX's _rescale_e.
  const double n = g.vertex_count();
  double scale = 1.0;
  if (options.normalized)
    scale = n <= 1 ? 1.0 : 1.0 / (n * (n - 1));
  else if (!g.directed())
    scale = 0.5;
  scale *= scale_k;

  std::vector<edge_score> out;
  out.reserve(g.directed() ? g.arc_count() : g.edge_count());
  const auto targets = g.targets();
  for (vertex u = 0; u < g.vertex_count(); ++u)
    for (auto k = g.out_begin(u); k < g.out_end(u); ++k) {
      const vertex t = targets[k];
      if (g.directed()) {
        out.push_back({u, t, k, ebc[k] * scale});
        continue;
      }
      if (t < u) continue;  // reported from the other end
      double sum = ebc[k];
      if (t != u) {
        // The twin arc t→u: the same rank among the parallel arcs of its pair.
        const auto first_here =
            static_cast<std::size_t>(std::lower_bound(targets.begin() + static_cast<std::ptrdiff_t>(g.out_begin(u)),
                                                      targets.begin() + static_cast<std::ptrdiff_t>(g.out_end(u)), t) -
                                     targets.begin());
        const auto first_there =
            static_cast<std::size_t>(std::lower_bound(targets.begin() + static_cast<std::ptrdiff_t>(g.out_begin(t)),
                                                      targets.begin() + static_cast<std::ptrdiff_t>(g.out_end(t)), u) -
                                     targets.begin());
        sum += ebc[first_there + (k - first_here)];
      }
      out.push_back({u, t, k, sum * scale});
    }
  return out;
}

}  // namespace faultline
