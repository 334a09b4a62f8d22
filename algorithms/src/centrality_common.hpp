// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private helpers of the centrality measures: threads, progress and
// cancellation, the deterministic random source, and the products with the
// adjacency matrix that the spectral measures share.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <faultline/algorithms/centrality.hpp>
#include <faultline/graph/compact.hpp>
#include <faultline/graph/detail/huge_pages.hpp>
#include <faultline/graph/error.hpp>

namespace faultline::detail {

/// The thread count to use: `requested`, or one per hardware thread for 0; at most `work` (and at least 1).
inline unsigned thread_count(unsigned requested, std::size_t work) {
  unsigned t = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  if (work < t) t = static_cast<unsigned>(std::max<std::size_t>(1, work));
  return t;
}

/// Runs f(0) .. f(threads - 1), f(0) on the calling thread, and rethrows the
/// first exception any of them threw.
template <class F>
void run_parallel(unsigned threads, F&& f) {
  if (threads <= 1) {
    f(0u);
    return;
  }
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto guarded = [&](unsigned t) {
    try {
      f(t);
    } catch (...) {
      const std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> workers;
  workers.reserve(threads - 1);
  for (unsigned t = 1; t < threads; ++t)
    workers.emplace_back(guarded, t);
  guarded(0);
  for (auto& w : workers)
    w.join();
  if (failure) std::rethrow_exception(failure);
}

/// Progress reporting shared by the threads of one computation: every thread
/// counts its work; only thread 0 calls the callback; a `false` from it
/// stops every thread at its next check.
class progress_gate {
 public:
  progress_gate(const progress_callback& callback, std::size_t total) : callback_(callback), total_(total) {}

  /// Records `amount` units done by thread `t`; returns false when the computation must stop.
  bool advance(unsigned t, std::size_t amount = 1) {
    const auto done = done_.fetch_add(amount, std::memory_order_relaxed) + amount;
    if (t == 0 && callback_ && !callback_(done, total_)) stop_.store(true, std::memory_order_relaxed);
    return !stop_.load(std::memory_order_relaxed);
  }
  [[nodiscard]] bool stopped() const noexcept { return stop_.load(std::memory_order_relaxed); }
  /// Throws cancelled_error when some thread saw a `false`.
  void check() const {
    if (stopped()) throw cancelled_error();
  }

 private:
  const progress_callback& callback_;
  std::size_t total_;
  std::atomic<std::size_t> done_{0};
  std::atomic<bool> stop_{false};
};

/// splitmix64 (Steele, Lea & Flood 2014): a tiny generator whose output is
/// fixed by its seed on every platform.
class splitmix64 {
 public:
  explicit splitmix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, bound), without modulo bias. Precondition: bound > 0.
  std::uint64_t below(std::uint64_t bound) noexcept {
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
    std::uint64_t x = next();
    while (x >= limit)
      x = next();
    return x % bound;
  }

 private:
  std::uint64_t state_;
};

/// Vertex ranges [bounds[t], bounds[t+1]) with about equal work each, where
/// vertex v costs 1 + (offsets[v+1] - offsets[v]).
inline std::vector<std::uint32_t> balanced_ranges(std::uint32_t n, std::span<const std::uint64_t> offsets,
                                                  unsigned parts) {
  std::vector<std::uint32_t> bounds(parts + 1, n);
  bounds[0] = 0;
  const auto arcs = offsets.empty() ? 0 : offsets[n];
  const double total = static_cast<double>(n) + static_cast<double>(arcs);
  unsigned part = 1;
  for (std::uint32_t v = 0; v < n && part < parts; ++v) {
    const double cost = static_cast<double>(v) + static_cast<double>(offsets.empty() ? 0 : offsets[v]);
    if (cost >= total * part / parts) bounds[part++] = v;
  }
  for (; part < parts; ++part)
    bounds[part] = n;
  return bounds;
}

/// y[v] = Σ over arcs u→v of w(u→v)·x[u] (w = 1 unless weighted): the
/// product with the transposed adjacency matrix. Pulls along in-arcs (a
/// directed unweighted graph) or along out-arcs (an undirected graph, whose
/// arcs come in pairs of equal weight); pushes along out-arcs into
/// per-thread buffers otherwise.
class transposed_product {
 public:
  transposed_product(const compact_graph& g, bool weighted, unsigned threads)
      : g_(g), weighted_(weighted && g.weighted()), threads_(thread_count(threads, g.vertex_count())) {
    pull_ = !g_.directed() || !weighted_;
    const auto offsets = g_.directed() ? g_.in_offsets() : g_.out_offsets();
    bounds_ = balanced_ranges(g_.vertex_count(), pull_ ? offsets : g_.out_offsets(), threads_);
    if (!pull_ && threads_ > 1) buffers_.assign(threads_ - 1, std::vector<double>(g_.vertex_count()));
  }

  [[nodiscard]] unsigned threads() const noexcept { return threads_; }
  /// Whether part(t) computes y for part t's vertices completely (else finish() is needed).
  [[nodiscard]] bool pull() const noexcept { return pull_; }
  [[nodiscard]] const std::vector<std::uint32_t>& bounds() const noexcept { return bounds_; }

  /// Computes y = Aᵀx for the vertices of part t (pull), or adds part t's
  /// out-arcs into its buffer (push; finish() then adds the buffers). Call
  /// from every part, then finish() once.
  void part(unsigned t, const std::vector<double>& x, std::vector<double>& y) {
    const auto first = bounds_[t], last = bounds_[t + 1];
    if (pull_) {
      if (g_.directed()) {
        const auto offsets = g_.in_offsets();
        const auto sources = g_.sources();
        for (auto v = first; v < last; ++v) {
          double sum = 0;
          for (auto k = offsets[v]; k < offsets[v + 1]; ++k)
            sum += x[sources[k]];
          y[v] = sum;
        }
      } else {
        const auto offsets = g_.out_offsets();
        const auto targets = g_.targets();
        g_.with_weights([&](auto weights) {
          for (auto v = first; v < last; ++v) {
            double sum = 0;
            if (weighted_)
              for (auto k = offsets[v]; k < offsets[v + 1]; ++k)
                sum += static_cast<double>(weights[k]) * x[targets[k]];
            else
              for (auto k = offsets[v]; k < offsets[v + 1]; ++k)
                sum += x[targets[k]];
            y[v] = sum;
          }
        });
      }
      return;
    }
    auto& into = t == 0 ? y : buffers_[t - 1];
    std::fill(into.begin(), into.end(), 0.0);
    const auto offsets = g_.out_offsets();
    const auto targets = g_.targets();
    g_.with_weights([&](auto weights) {
      for (auto u = first; u < last; ++u) {
        const double xu = x[u];
        if (xu == 0) continue;
        for (auto k = offsets[u]; k < offsets[u + 1]; ++k)
          into[targets[k]] += static_cast<double>(weights[k]) * xu;
      }
    });
  }

  /// Adds the push buffers into y (in part order, so the result does not
  /// depend on timing). Call after every part has run.
  void finish(std::vector<double>& y) {
    if (pull_) return;
    for (const auto& b : buffers_)
      for (std::size_t v = 0; v < y.size(); ++v)
        y[v] += b[v];
  }

  /// Computes y = Aᵀx with all threads.
  void operator()(const std::vector<double>& x, std::vector<double>& y) {
    run_parallel(threads_, [&](unsigned t) { part(t, x, y); });
    finish(y);
  }

 private:
  const compact_graph& g_;
  bool weighted_;
  unsigned threads_;
  bool pull_ = true;
  std::vector<std::uint32_t> bounds_;
  std::vector<std::vector<double>> buffers_;  // parts 1.. push here; part 0 pushes into y
};

/// Refuses negative weights for a measure that reads weights as distances or probabilities.
inline void require_nonnegative_weights(const compact_graph& g, bool use_weights, const char* measure) {
  if (use_weights && g.has_negative_weight())
    throw usage_error(std::string(measure) +
                      " needs weights that are not negative, and this graph has a negative weight: drop the weights "
                      "(--unweighted) or the negative edges; signed ties belong in the sign column");
}

}  // namespace faultline::detail
