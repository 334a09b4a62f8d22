// SPDX-License-Identifier: Apache-2.0
// The signed measures of signnet (Schoch): the PN index of Everett & Borgatti
// and signed eigenvector centrality.
#include <algorithm>
#include <cmath>
#include <limits>

#include "centrality_common.hpp"

namespace faultline {

namespace {

using vertex = compact_graph::vertex;

// The signed adjacency matrix, one entry per pair with a non-zero sum of
// signs: entries[k] for targets[k], k in offsets[u] .. offsets[u+1].
struct signed_matrix {
  std::vector<std::size_t> offsets;
  std::vector<vertex> targets;
  std::vector<double> values;
};

// value(sum of signs) gives the matrix entry (0 drops the pair).
template <class Value>
signed_matrix pair_matrix(const compact_graph& g, Value&& value) {
  signed_matrix m;
  m.offsets.assign(g.vertex_count() + 1, 0);
  const auto targets = g.targets();
  for (vertex u = 0; u < g.vertex_count(); ++u) {
    for (auto k = g.out_begin(u); k < g.out_end(u);) {
      const vertex t = targets[k];
      int sum = 0;
      for (; k < g.out_end(u) && targets[k] == t; ++k)
        sum += g.sign(k);
      const double a = value(sum);
      if (a != 0) {
        m.targets.push_back(t);
        m.values.push_back(a);
      }
    }
    m.offsets[u + 1] = m.targets.size();
  }
  return m;
}

// y = M x
void multiply(const signed_matrix& m, const std::vector<double>& x, std::vector<double>& y) {
  for (std::size_t u = 0; u + 1 < m.offsets.size(); ++u) {
    double sum = 0;
    for (auto k = m.offsets[u]; k < m.offsets[u + 1]; ++k)
      sum += m.values[k] * x[m.targets[k]];
    y[u] = sum;
  }
}

// y = Mᵀ x
void multiply_transposed(const signed_matrix& m, const std::vector<double>& x, std::vector<double>& y) {
  std::fill(y.begin(), y.end(), 0.0);
  for (std::size_t u = 0; u + 1 < m.offsets.size(); ++u)
    for (auto k = m.offsets[u]; k < m.offsets[u + 1]; ++k)
      y[m.targets[k]] += m.values[k] * x[u];
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    s += a[i] * b[i];
  return s;
}

void require_signed(const compact_graph& g, const char* measure) {
  if (!g.is_signed())
    throw usage_error(std::string(measure) +
                      " needs a signed graph: a `sign` column, negative weights, or relation types with a polarity");
}

// Householder reduction of the symmetric matrix in `v` (row-major, n×n) to
// tridiagonal form: d the diagonal, e the subdiagonal; v becomes the
// orthogonal transformation. (tred2 of EISPACK, as in the public-domain JAMA.)
void tridiagonalise(std::size_t n, std::vector<double>& v, std::vector<double>& d, std::vector<double>& e) {
  auto V = [&](std::size_t i, std::size_t j) -> double& { return v[i * n + j]; };
  for (std::size_t j = 0; j < n; ++j)
    d[j] = V(n - 1, j);
  for (std::size_t i = n - 1; i > 0; --i) {
    double scale = 0.0, h = 0.0;
    for (std::size_t k = 0; k < i; ++k)
      scale += std::abs(d[k]);
    if (scale == 0.0) {
      e[i] = d[i - 1];
      for (std::size_t j = 0; j < i; ++j) {
        d[j] = V(i - 1, j);
        V(i, j) = 0.0;
        V(j, i) = 0.0;
      }
    } else {
      for (std::size_t k = 0; k < i; ++k) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      double f = d[i - 1];
      double g = std::sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (std::size_t j = 0; j < i; ++j)
        e[j] = 0.0;
      for (std::size_t j = 0; j < i; ++j) {
        f = d[j];
        V(j, i) = f;
        g = e[j] + V(j, j) * f;
        for (std::size_t k = j + 1; k <= i - 1; ++k) {
          g += V(k, j) * d[k];
          e[k] += V(k, j) * f;
        }
        e[j] = g;
      }
      f = 0.0;
      for (std::size_t j = 0; j < i; ++j) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      const double hh = f / (h + h);
      for (std::size_t j = 0; j < i; ++j)
        e[j] -= hh * d[j];
      for (std::size_t j = 0; j < i; ++j) {
        f = d[j];
        g = e[j];
        for (std::size_t k = j; k <= i - 1; ++k)
          V(k, j) -= (f * e[k] + g * d[k]);
        d[j] = V(i - 1, j);
        V(i, j) = 0.0;
      }
    }
    d[i] = h;
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    V(n - 1, i) = V(i, i);
    V(i, i) = 1.0;
    const double h = d[i + 1];
    if (h != 0.0) {
      for (std::size_t k = 0; k <= i; ++k)
        d[k] = V(k, i + 1) / h;
      for (std::size_t j = 0; j <= i; ++j) {
        double g = 0.0;
        for (std::size_t k = 0; k <= i; ++k)
          g += V(k, i + 1) * V(k, j);
        for (std::size_t k = 0; k <= i; ++k)
          V(k, j) -= g * d[k];
      }
    }
    for (std::size_t k = 0; k <= i; ++k)
      V(k, i + 1) = 0.0;
  }
  for (std::size_t j = 0; j < n; ++j) {
    d[j] = V(n - 1, j);
    V(n - 1, j) = 0.0;
  }
  V(n - 1, n - 1) = 1.0;
  e[0] = 0.0;
}

// Implicit QL on the tridiagonal matrix (d, e), accumulating into v: d
// becomes the eigenvalues, v's columns the eigenvectors. (tql2 of EISPACK, as in JAMA.)
void diagonalise(std::size_t n, std::vector<double>& v, std::vector<double>& d, std::vector<double>& e) {
  auto V = [&](std::size_t i, std::size_t j) -> double& { return v[i * n + j]; };
  for (std::size_t i = 1; i < n; ++i)
    e[i - 1] = e[i];
  e[n - 1] = 0.0;
  double f = 0.0, tst1 = 0.0;
  const double eps = std::numeric_limits<double>::epsilon();
  for (std::size_t l = 0; l < n; ++l) {
    tst1 = std::max(tst1, std::abs(d[l]) + std::abs(e[l]));
    std::size_t m = l;
    while (m < n) {
      if (std::abs(e[m]) <= eps * tst1) break;
      ++m;
    }
    if (m > l) {
      std::size_t iterations = 0;
      do {
        if (++iterations > 100)
          throw convergence_error("The symmetric eigensolver did not converge (QL iteration)", iterations,
                                  std::numeric_limits<double>::quiet_NaN());
        double g = d[l];
        double p = (d[l + 1] - g) / (2.0 * e[l]);
        double r = std::hypot(p, 1.0);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const double dl1 = d[l + 1];
        double h = g - d[l];
        for (std::size_t i = l + 2; i < n; ++i)
          d[i] -= h;
        f += h;
        p = d[m];
        double c = 1.0, c2 = c, c3 = c;
        const double el1 = e[l + 1];
        double s = 0.0, s2 = 0.0;
        for (std::size_t i = m; i-- > l;) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = std::hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          for (std::size_t k = 0; k < n; ++k) {
            h = V(k, i + 1);
            V(k, i + 1) = s * V(k, i) + c * h;
            V(k, i) = c * V(k, i) - s * h;
          }
        }
        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (std::abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0.0;
  }
}

// Orients x so that its entry of largest magnitude (the first such) is
// positive and, when asked, divides by that entry.
void orient_and_scale(std::vector<double>& x, bool scale) {
  if (x.empty()) return;
  std::size_t best = 0;
  for (std::size_t i = 1; i < x.size(); ++i)
    if (std::abs(x[i]) > std::abs(x[best])) best = i;
  const double pivot = x[best];
  if (pivot == 0) return;
  const double factor = scale ? 1.0 / pivot : (pivot < 0 ? -1.0 : 1.0);
  for (auto& v : x)
    v *= factor;
}

double round8(double x) {
  return std::nearbyint(x * 1e8) / 1e8;
}

}  // namespace

void pn_options::validate() const {
  if (!(tolerance > 0) || !std::isfinite(tolerance))
    throw usage_error("PN index tolerance " + number_text(tolerance) + " is invalid: expected a positive number");
  if (max_iterations == 0) throw usage_error("The PN index needs at least one iteration");
}

centrality_result pn_index(const compact_graph& g, const pn_options& options) {
  options.validate();
  require_signed(g, "The PN index");
  const auto n = g.vertex_count();
  if (n < 2) throw usage_error("The PN index needs at least 2 vertices (it divides by n - 1)");
  // A = P - 2N over pairs, the sign of a pair being the sign of the sum of its arcs' signs.
  const auto a = pair_matrix(g, [](int sum) { return sum > 0 ? 1.0 : sum < 0 ? -2.0 : 0.0; });
  const double nd = n;
  const double c1 = 1.0 / (2.0 * nd - 2.0);
  const double c2 = 1.0 / (4.0 * (nd - 1.0) * (nd - 1.0));
  const bool undirected = !g.directed();
  const bool out = options.mode == pn_mode::out;

  std::vector<double> b(n, 1.0), tmp(n), tmp2(n);
  if (!undirected) {
    const std::vector<double> ones(n, 1.0);
    if (out)
      multiply(a, ones, tmp);
    else
      multiply_transposed(a, ones, tmp);
    for (vertex v = 0; v < n; ++v)
      b[v] += c1 * tmp[v];
  }
  // M x: undirected I - A/(2n-2); out I - AAᵀ/(4(n-1)²); in I - AᵀA/(4(n-1)²).
  auto apply = [&](const std::vector<double>& x, std::vector<double>& y) {
    if (undirected) {
      multiply(a, x, tmp);
      for (vertex v = 0; v < n; ++v)
        y[v] = x[v] - c1 * tmp[v];
    } else if (out) {
      multiply_transposed(a, x, tmp);
      multiply(a, tmp, tmp2);
      for (vertex v = 0; v < n; ++v)
        y[v] = x[v] - c2 * tmp2[v];
    } else {
      multiply(a, x, tmp);
      multiply_transposed(a, tmp, tmp2);
      for (vertex v = 0; v < n; ++v)
        y[v] = x[v] - c2 * tmp2[v];
    }
  };
  // Conjugate gradients (Hestenes & Stiefel 1952): M is symmetric positive definite.
  std::vector<double> x(n, 0.0), r = b, p = b, q(n);
  double rs = dot(r, r);
  const double goal = options.tolerance * std::sqrt(dot(b, b));
  detail::progress_gate gate(options.progress, options.max_iterations);
  for (std::size_t it = 1; it <= options.max_iterations; ++it) {
    apply(p, q);
    const double pq = dot(p, q);
    if (!(pq > 0))
      throw convergence_error("The PN index is not defined for this graph: its matrix is singular", it, std::sqrt(rs));
    const double alpha = rs / pq;
    for (vertex v = 0; v < n; ++v) {
      x[v] += alpha * p[v];
      r[v] -= alpha * q[v];
    }
    const double rs_next = dot(r, r);
    if (std::sqrt(rs_next) <= goal) {
      centrality_result result;
      result.scores = std::move(x);
      result.iterations = it;
      return result;
    }
    const double beta = rs_next / rs;
    rs = rs_next;
    for (vertex v = 0; v < n; ++v)
      p[v] = r[v] + beta * p[v];
    if (!gate.advance(0)) gate.check();
  }
  throw convergence_error("The PN index did not converge in " + std::to_string(options.max_iterations) +
                              " iterations (residual " + number_text(std::sqrt(rs)) + "): raise the iteration cap",
                          options.max_iterations, std::sqrt(rs));
}

void signed_eigenvector_options::validate() const {
  if (!(tolerance > 0) || !std::isfinite(tolerance))
    throw usage_error("Signed eigenvector tolerance " + number_text(tolerance) +
                      " is invalid: expected a positive number");
  if (max_iterations == 0) throw usage_error("Signed eigenvector centrality needs at least one iteration");
}

centrality_result signed_eigenvector(const compact_graph& g, const signed_eigenvector_options& options) {
  options.validate();
  require_signed(g, "Signed eigenvector centrality");
  if (g.directed())
    throw usage_error(
        "Signed eigenvector centrality needs an undirected graph (its matrix must be symmetric): give --undirected");
  const auto n = g.vertex_count();
  centrality_result result;
  if (n == 0) return result;
  const auto a = pair_matrix(g, [](int sum) { return static_cast<double>(sum); });

  if (n <= options.dense_limit) {
    std::vector<double> v(static_cast<std::size_t>(n) * n, 0.0), d(n), e(n);
    for (vertex u = 0; u < n; ++u)
      for (auto k = a.offsets[u]; k < a.offsets[u + 1]; ++k)
        v[static_cast<std::size_t>(u) * n + a.targets[k]] = a.values[k];
    tridiagonalise(n, v, d, e);
    diagonalise(n, v, d, e);
    // signnet: eigenvalues rounded to 8 decimals; the largest magnitude must occur once.
    double top = -1;
    for (vertex i = 0; i < n; ++i)
      top = std::max(top, std::abs(round8(d[i])));
    std::vector<vertex> at_top;
    for (vertex i = 0; i < n; ++i)
      if (std::abs(round8(d[i])) == top) at_top.push_back(i);
    if (at_top.size() != 1) {
      std::vector<double> values;
      for (auto i : at_top)
        values.push_back(d[i]);
      std::sort(values.begin(), values.end());
      std::string list;
      for (double x : values)
        list += (list.empty() ? "" : ", ") + number_text(round8(x));
      throw convergence_error("No dominant eigenvalue exists: the eigenvalues " + list +
                                  " have the same largest magnitude, so signed eigenvector centrality is not defined "
                                  "for this graph (use the PN index)",
                              0, std::numeric_limits<double>::quiet_NaN());
    }
    result.scores.resize(n);
    for (vertex i = 0; i < n; ++i)
      result.scores[i] = v[static_cast<std::size_t>(i) * n + at_top.front()];
    orient_and_scale(result.scores, options.scale);
    return result;
  }

  // Power iteration from a fixed pseudo-random start (a start orthogonal to
  // the answer would never find it).
  std::vector<double> x(n), y(n);
  detail::splitmix64 random(0x5EED);
  for (auto& value : x)
    value = static_cast<double>(random.next() >> 11) * 0x1.0p-53 - 0.5;
  double norm = std::sqrt(dot(x, x));
  for (auto& value : x)
    value /= norm;
  detail::progress_gate gate(options.progress, options.max_iterations);
  double residual = std::numeric_limits<double>::infinity();
  for (std::size_t it = 1; it <= options.max_iterations; ++it) {
    multiply(a, x, y);
    const double lambda = dot(x, y);
    double r2 = 0;
    for (vertex v = 0; v < n; ++v)
      r2 += (y[v] - lambda * x[v]) * (y[v] - lambda * x[v]);
    residual = std::sqrt(r2);
    norm = std::sqrt(dot(y, y));
    if (norm == 0)
      throw convergence_error("No dominant eigenvalue exists: every eigenvalue is 0 (the graph has no signed tie)", it,
                              0.0);
    if (residual <= options.tolerance * std::abs(lambda)) {
      result.scores = std::move(x);
      result.iterations = it;
      orient_and_scale(result.scores, options.scale);
      return result;
    }
    for (vertex v = 0; v < n; ++v)
      x[v] = y[v] / norm;
    if (!gate.advance(0)) gate.check();
  }
  throw convergence_error("No dominant eigenvalue found: power iteration did not settle in " +
                              std::to_string(options.max_iterations) + " iterations (residual " +
                              number_text(residual) +
                              "), so the two largest eigenvalues have (nearly) the same magnitude",
                          options.max_iterations, residual);
}

}  // namespace faultline
