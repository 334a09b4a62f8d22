// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/balance.hpp>

#include <algorithm>
#include <cmath>

#include <faultline/graph/error.hpp>

#include "signed_triangles.hpp"

namespace faultline {

void balance_options::validate() const {
  if (walk_max_nodes > 20'000)
    throw usage_error("Walk balance limit " + std::to_string(walk_max_nodes) +
                      " is too large: expected at most 20000 nodes");
  search.validate();
}

triangle_census count_signed_triangles(const signed_graph& g, const progress_callback& progress) {
  triangle_census census;
  std::size_t seen = 0;
  detail::for_each_triangle(
      g,
      [&](std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t ab, std::uint32_t ac, std::uint32_t bc) {
        const int negative = (g.ties[ab].sign < 0) + (g.ties[ac].sign < 0) + (g.ties[bc].sign < 0);
        switch (negative) {
          case 0:
            ++census.ppp;
            break;
          case 1:
            ++census.ppn;
            break;
          case 2:
            ++census.pnn;
            break;
          default:
            ++census.nnn;
            break;
        }
      },
      [&] {
        if (progress && (seen++ & 0xFFF) == 0 && !progress(seen, g.node_count())) throw cancelled_error();
      });
  return census;
}

namespace {

// Eigenvalues of a symmetric matrix (row-major, n x n, overwritten):
// Householder reduction to tridiagonal form, then the QL algorithm with
// implicit shifts (Wilkinson and Reinsch, Handbook for Automatic Computation
// II, 1971: tred1 and tql1).
std::vector<double> symmetric_eigenvalues(std::vector<double>& a, std::size_t n) {
  std::vector<double> d(n, 0.0), e(n, 0.0);
  auto at = [&](std::size_t i, std::size_t j) -> double& { return a[i * n + j]; };
  for (std::size_t i = n; i-- > 1;) {
    const std::size_t l = i - 1;
    double h = 0.0;
    if (l > 0) {
      double scale = 0.0;
      for (std::size_t k = 0; k <= l; ++k)
        scale += std::abs(at(i, k));
      if (scale == 0.0) {
        e[i] = at(i, l);
      } else {
        for (std::size_t k = 0; k <= l; ++k) {
          at(i, k) /= scale;
          h += at(i, k) * at(i, k);
        }
        double f = at(i, l);
        double g = f >= 0.0 ? -std::sqrt(h) : std::sqrt(h);
        e[i] = scale * g;
        h -= f * g;
        at(i, l) = f - g;
        f = 0.0;
        for (std::size_t j = 0; j <= l; ++j) {
          g = 0.0;
          for (std::size_t k = 0; k <= j; ++k)
            g += at(j, k) * at(i, k);
          for (std::size_t k = j + 1; k <= l; ++k)
            g += at(k, j) * at(i, k);
          e[j] = g / h;
          f += e[j] * at(i, j);
        }
        const double hh = f / (h + h);
        for (std::size_t j = 0; j <= l; ++j) {
          f = at(i, j);
          e[j] = g = e[j] - hh * f;
          for (std::size_t k = 0; k <= j; ++k)
            at(j, k) -= f * e[k] + g * at(i, k);
        }
      }
    } else {
      e[i] = at(i, l);
    }
    d[i] = h;
  }
  for (std::size_t i = 0; i < n; ++i)
    d[i] = at(i, i);
  // QL with implicit shifts on the tridiagonal matrix (diagonal d, off-diagonal e).
  for (std::size_t i = 1; i < n; ++i)
    e[i - 1] = e[i];
  if (n > 0) e[n - 1] = 0.0;
  for (std::size_t l = 0; l < n; ++l) {
    for (int iteration = 0;; ++iteration) {
      std::size_t m = l;
      for (; m + 1 < n; ++m) {
        const double dd = std::abs(d[m]) + std::abs(d[m + 1]);
        if (std::abs(e[m]) <= std::numeric_limits<double>::epsilon() * dd) break;
      }
      if (m == l) break;
      if (iteration == 200) break;  // never seen in practice; keeps a pathological input from looping
      double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
      double r = std::hypot(g, 1.0);
      g = d[m] - d[l] + e[l] / (g + std::copysign(r, g));
      double s = 1.0, c = 1.0, p = 0.0;
      bool underflow = false;
      for (std::size_t i = m; i-- > l;) {
        double f = s * e[i];
        const double b = c * e[i];
        r = std::hypot(f, g);
        e[i + 1] = r;
        if (r == 0.0) {
          d[i + 1] -= p;
          e[m] = 0.0;
          underflow = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1] - p;
        r = (d[i] - g) * s + 2.0 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
      }
      if (underflow) continue;
      d[l] -= p;
      e[l] = g;
      e[m] = 0.0;
    }
  }
  return d;
}

double log_sum_exp(const std::vector<double>& x) {
  const double top = *std::max_element(x.begin(), x.end());
  double sum = 0.0;
  for (double v : x)
    sum += std::exp(v - top);
  return top + std::log(sum);
}

}  // namespace

std::optional<double> walk_balance(const signed_graph& g, std::size_t max_nodes) {
  const auto n = g.node_count();
  if (n == 0) return std::nullopt;
  if (n > max_nodes)
    throw usage_error("The walk balance needs a dense " + std::to_string(n) + " × " + std::to_string(n) +
                      " matrix: more than the limit of " + std::to_string(max_nodes) + " nodes");
  std::vector<double> signed_matrix(n * n, 0.0), absolute(n * n, 0.0);
  for (const auto& t : g.ties) {
    if (t.sign == 0) continue;
    signed_matrix[t.u * n + t.v] = signed_matrix[t.v * n + t.u] = t.sign;
    absolute[t.u * n + t.v] = absolute[t.v * n + t.u] = 1.0;
  }
  const auto lambda = symmetric_eigenvalues(signed_matrix, n);
  const auto mu = symmetric_eigenvalues(absolute, n);
  return std::exp(log_sum_exp(lambda) - log_sum_exp(mu));
}

balance_result balance(const signed_graph& g, const balance_options& options) {
  options.validate();
  balance_result r;
  r.nodes = g.node_count();
  double total = 0.0;
  for (const auto& t : g.ties) {
    if (t.sign > 0)
      ++r.friendly_ties;
    else if (t.sign < 0)
      ++r.hostile_ties;
    else
      ++r.ambivalent_ties;
    if (t.sign != 0) total += options.weighted ? t.weight : 1.0;
  }
  r.triangles = count_signed_triangles(g, options.search.progress);
  if (r.triangles.total() > 0)
    r.triangle_balance = static_cast<double>(r.triangles.balanced()) / static_cast<double>(r.triangles.total());
  if (options.walk_max_nodes > 0 && r.nodes <= options.walk_max_nodes)
    r.walk_balance = walk_balance(g, options.walk_max_nodes);
  else
    r.walk_skipped = r.nodes > 0;

  bloc_options search = options.search;
  search.k = 2;
  search.alpha = 0.5;
  search.weighted = options.weighted;
  r.search = find_blocs(g, search);
  r.frustration = r.search.criterion;  // at α = 0.5 the criterion is N + P
  if (total > 0.0) r.frustration_balance = 1.0 - r.frustration / (total / 2.0);
  r.frustration_proved = r.search.proved_optimal;
  r.frustration_unique = r.search.unique_optimum;
  r.frustrated = r.search.frustrated;
  // Sides: within each connected part, the first node's bloc is side 0.
  r.side.assign(r.nodes, no_bloc);
  std::vector<std::uint32_t> first_bloc(r.search.parts.size(), no_bloc);
  for (std::size_t x = 0; x < r.nodes; ++x) {
    const auto p = r.search.part[x];
    if (p == no_index) continue;
    if (first_bloc[p] == no_bloc) first_bloc[p] = r.search.bloc[x];
    r.side[x] = r.search.bloc[x] == first_bloc[p] ? 0 : 1;
  }
  return r;
}

}  // namespace faultline
