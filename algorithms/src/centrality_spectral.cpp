// SPDX-License-Identifier: Apache-2.0
// PageRank, eigenvector and Katz centrality: power iterations as NetworkX 2.8
// runs them (same start, same update, same L1 stopping rule), on the
// transposed adjacency product of centrality_common.hpp.
#include <cmath>
#include <limits>
#include <numeric>

#include "centrality_common.hpp"

namespace faultline {

namespace {

using vertex = compact_graph::vertex;

// Vertices per thread below which a second thread costs more than it gives.
constexpr std::size_t vertices_per_thread = 16384;

unsigned spectral_threads(unsigned requested, std::uint32_t n) {
  return detail::thread_count(requested, n / vertices_per_thread + 1);
}

void check_tolerance(double tolerance, std::size_t max_iterations, const char* measure) {
  if (!(tolerance > 0) || !std::isfinite(tolerance))
    throw usage_error(std::string(measure) + " tolerance " + number_text(tolerance) +
                      " is invalid: expected a positive number");
  if (max_iterations == 0) throw usage_error(std::string(measure) + " needs at least one iteration");
}

void check_entries(const std::vector<double>& values, const char* what) {
  for (std::size_t v = 0; v < values.size(); ++v)
    if (!std::isfinite(values[v]) || values[v] < 0)
      throw usage_error(std::string("The ") + what + " vector has an invalid entry " + number_text(values[v]) +
                        " at vertex " + std::to_string(v) + ": expected numbers that are not negative");
}

void check_length(const std::vector<double>& values, std::uint32_t n, const char* what) {
  if (!values.empty() && values.size() != n)
    throw usage_error(std::string("The ") + what + " vector has " + std::to_string(values.size()) +
                      " entries but the graph has " + std::to_string(n) + " vertices");
}

// `values` divided by their sum, or uniform when empty. \throws usage_error when they sum to zero.
std::vector<double> normalised(const std::vector<double>& values, std::uint32_t n, const char* what) {
  if (values.empty()) return std::vector<double>(n, 1.0 / n);
  const double sum = std::accumulate(values.begin(), values.end(), 0.0);
  if (!(sum > 0))
    throw usage_error(
        std::string("The ") + what +
        " vector sums to zero: give some vertex a positive value, or leave it out for the uniform vector");
  std::vector<double> out(values);
  for (auto& x : out)
    x /= sum;
  return out;
}

[[noreturn]] void not_converged(const std::string& measure, std::size_t iterations, double change, double threshold,
                                const std::string& advice) {
  throw convergence_error(measure + " did not converge in " + std::to_string(iterations) +
                              " iterations (last L1 change " + number_text(change) + ", needed below " +
                              number_text(threshold) + "): " + advice,
                          iterations, change);
}

// One step y ← Aᵀx followed by post(first, last, part) over the vertices:
// fused per part when the product pulls, after the whole product otherwise.
template <class Post>
void step(detail::transposed_product& product, const std::vector<double>& x, std::vector<double>& y, Post&& post) {
  const auto& bounds = product.bounds();
  if (product.pull()) {
    detail::run_parallel(product.threads(), [&](unsigned t) {
      product.part(t, x, y);
      post(bounds[t], bounds[t + 1], t);
    });
    return;
  }
  product(x, y);
  post(vertex{0}, static_cast<vertex>(y.size()), 0u);
}

double euclidean(const std::vector<double>& x) {
  double sum = 0;
  for (double v : x)
    sum += v * v;
  return std::sqrt(sum);
}

}  // namespace

void pagerank_options::validate() const {
  if (!(damping >= 0 && damping <= 1))
    throw usage_error("PageRank damping " + number_text(damping) + " is invalid: expected a number in [0, 1]");
  check_tolerance(tolerance, max_iterations, "PageRank");
  check_entries(personalization, "personalization");
  check_entries(dangling, "dangling");
  check_entries(start, "start");
}

centrality_result pagerank(const compact_graph& g, const pagerank_options& options) {
  options.validate();
  const auto n = g.vertex_count();
  check_length(options.personalization, n, "personalization");
  check_length(options.dangling, n, "dangling");
  check_length(options.start, n, "start");
  centrality_result result;
  if (n == 0) return result;
  const bool weighted = options.use_weights && g.weighted();
  detail::require_nonnegative_weights(g, weighted, "PageRank");

  const auto p = normalised(options.personalization, n, "personalization");
  const auto dangling_weights = options.dangling.empty() ? p : normalised(options.dangling, n, "dangling");
  std::vector<double> x = normalised(options.start, n, "start");

  // inv[u] = 1 / (out-weight of u), 0 for a dangling vertex (no out-arc or zero out-weight).
  std::vector<double> inv(n, 0.0);
  for (vertex u = 0; u < n; ++u) {
    double out = 0;
    for (auto k = g.out_begin(u); k < g.out_end(u); ++k)
      out += weighted ? g.weight(k) : 1.0;
    inv[u] = out != 0 ? 1.0 / out : 0.0;
  }
  const double d = options.damping;
  detail::transposed_product product(g, weighted, spectral_threads(options.threads, n));
  const unsigned parts = product.threads();
  std::vector<double> y, y_next, z(n), next(n);  // y is read at random: huge pages
  detail::huge_page_vector(y, n);
  detail::huge_page_vector(y_next, n);
  std::vector<double> change(parts), dangling_mass(parts);
  double dangling_sum = 0;
  for (vertex u = 0; u < n; ++u) {
    y[u] = x[u] * inv[u];
    if (inv[u] == 0) dangling_sum += x[u];
  }
  const double threshold = n * options.tolerance;
  detail::progress_gate gate(options.progress, options.max_iterations);
  double err = 0;
  for (std::size_t it = 1; it <= options.max_iterations; ++it) {
    std::fill(change.begin(), change.end(), 0.0);
    std::fill(dangling_mass.begin(), dangling_mass.end(), 0.0);
    step(product, y, z, [&](vertex first, vertex last, unsigned t) {
      double c = 0, m = 0;
      for (auto v = first; v < last; ++v) {
        const double value = d * (z[v] + dangling_sum * dangling_weights[v]) + (1 - d) * p[v];
        c += std::abs(value - x[v]);
        next[v] = value;
        y_next[v] = value * inv[v];  // y is still being read by the other parts
        if (inv[v] == 0) m += value;
      }
      change[t] = c;
      dangling_mass[t] = m;
    });
    x.swap(next);
    y.swap(y_next);
    err = std::accumulate(change.begin(), change.end(), 0.0);
    dangling_sum = std::accumulate(dangling_mass.begin(), dangling_mass.end(), 0.0);
    if (err < threshold) {
      result.scores = std::move(x);
      result.iterations = it;
      return result;
    }
    if (!gate.advance(0)) gate.check();
  }
  not_converged("PageRank", options.max_iterations, err, threshold,
                "raise --max-iter or --tolerance (PageRank converges for damping below 1)");
}

void eigenvector_options::validate() const {
  check_tolerance(tolerance, max_iterations, "Eigenvector centrality");
  for (double v : start)
    if (!std::isfinite(v)) throw usage_error("The start vector has an entry that is not a finite number");
}

centrality_result eigenvector(const compact_graph& g, const eigenvector_options& options) {
  options.validate();
  const auto n = g.vertex_count();
  if (n == 0) throw usage_error("Eigenvector centrality is not defined for a graph without vertices");
  check_length(options.start, n, "start");
  const bool weighted = options.use_weights && g.weighted();
  std::vector<double> x(n, 1.0 / n);
  if (!options.start.empty()) {
    double sum = 0;
    bool all_zero = true;
    for (double v : options.start) {
      sum += v;
      all_zero = all_zero && v == 0;
    }
    if (all_zero) throw usage_error("The start vector of eigenvector centrality cannot be all zeros");
    for (vertex v = 0; v < n; ++v)
      x[v] = options.start[v] / sum;
  }
  detail::transposed_product product(g, weighted, spectral_threads(options.threads, n));
  std::vector<double> z(n), next(n);
  const double threshold = n * options.tolerance;
  detail::progress_gate gate(options.progress, options.max_iterations);
  double err = 0;
  for (std::size_t it = 1; it <= options.max_iterations; ++it) {
    // NetworkX iterates with A + I: next = x + Aᵀx, then scales to unit length.
    step(product, x, z, [&](vertex first, vertex last, unsigned) {
      for (auto v = first; v < last; ++v)
        next[v] = x[v] + z[v];
    });
    double norm = euclidean(next);
    if (norm == 0) norm = 1;
    err = 0;
    for (vertex v = 0; v < n; ++v) {
      next[v] /= norm;
      err += std::abs(next[v] - x[v]);
    }
    x.swap(next);
    if (err < threshold) {
      centrality_result result;
      result.scores = std::move(x);
      result.iterations = it;
      return result;
    }
    if (!gate.advance(0)) gate.check();
  }
  not_converged("Eigenvector centrality", options.max_iterations, err, threshold,
                "raise --max-iter or --tolerance; a graph whose leading eigenvalue is not unique (e.g. several "
                "equally strong parts) has no single answer: try PageRank or Katz");
}

void katz_options::validate() const {
  if (!std::isfinite(alpha)) throw usage_error("Katz alpha must be a finite number");
  if (!std::isfinite(beta)) throw usage_error("Katz beta must be a finite number");
  for (double b : betas)
    if (!std::isfinite(b)) throw usage_error("Katz betas must be finite numbers");
  check_tolerance(tolerance, max_iterations, "Katz centrality");
}

centrality_result katz(const compact_graph& g, const katz_options& options) {
  options.validate();
  const auto n = g.vertex_count();
  check_length(options.betas, n, "betas");
  centrality_result result;
  if (n == 0) return result;
  const bool weighted = options.use_weights && g.weighted();
  std::vector<double> x(n, 0.0), z(n), next(n);
  detail::transposed_product product(g, weighted, spectral_threads(options.threads, n));
  std::vector<double> change(product.threads());
  const double threshold = n * options.tolerance;
  detail::progress_gate gate(options.progress, options.max_iterations);
  double err = 0;
  for (std::size_t it = 1; it <= options.max_iterations; ++it) {
    std::fill(change.begin(), change.end(), 0.0);
    step(product, x, z, [&](vertex first, vertex last, unsigned t) {
      double c = 0;
      for (auto v = first; v < last; ++v) {
        next[v] = options.alpha * z[v] + (options.betas.empty() ? options.beta : options.betas[v]);
        c += std::abs(next[v] - x[v]);
      }
      change[t] = c;
    });
    x.swap(next);
    err = std::accumulate(change.begin(), change.end(), 0.0);
    if (err < threshold) {
      if (options.normalized) {
        const double norm = euclidean(x);
        const double s = norm != 0 ? 1.0 / norm : 1.0;
        for (auto& v : x)
          v *= s;
      }
      result.scores = std::move(x);
      result.iterations = it;
      return result;
    }
    if (!gate.advance(0)) gate.check();
  }
  not_converged("Katz centrality", options.max_iterations, err, threshold,
                "alpha " + number_text(options.alpha) +
                    " is probably too large: the series converges only for alpha below 1 / (largest eigenvalue)");
}

}  // namespace faultline
