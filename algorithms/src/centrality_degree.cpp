// SPDX-License-Identifier: Apache-2.0
// Degree (in, out, total; counted or weighted; by sign) and the ranking helper.
#include <algorithm>
#include <charconv>
#include <numeric>

#include "centrality_common.hpp"

namespace faultline {

std::vector<compact_graph::vertex> rank_by_score(const std::vector<double>& scores) {
  // Compare scores rounded to 12 significant digits, so that scores equal in
  // exact arithmetic but summed in another order still tie.
  std::vector<double> key(scores.size());
  for (std::size_t v = 0; v < scores.size(); ++v) {
    char buffer[40];
    const auto printed = std::to_chars(buffer, buffer + sizeof buffer, scores[v], std::chars_format::scientific, 11);
    double rounded = scores[v];
    std::from_chars(buffer, printed.ptr, rounded);
    key[v] = rounded;
  }
  std::vector<compact_graph::vertex> order(scores.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
    // NaN last.
    if (std::isnan(key[a]) || std::isnan(key[b])) return !std::isnan(key[a]) && std::isnan(key[b]);
    return key[a] > key[b];
  });
  return order;
}

centrality_result degree(const compact_graph& g, const degree_options& options) {
  options.validate();
  if (options.signs != sign_filter::any && !g.is_signed())
    throw usage_error(
        "Positive or negative degree needs a signed graph (a sign column, signed relation types or negative weights)");
  const auto n = g.vertex_count();
  centrality_result result;
  result.scores.assign(n, 0.0);
  auto counts = [&](std::size_t arc) {
    switch (options.signs) {
      case sign_filter::any:
        return true;
      case sign_filter::positive:
        return g.sign(arc) > 0;
      case sign_filter::negative:
        return g.sign(arc) < 0;
    }
    return true;
  };
  auto value = [&](std::size_t arc) { return options.weighted ? g.weight(arc) : 1.0; };
  const bool out = !g.directed() || options.direction != degree_direction::in;
  const bool in = g.directed() && options.direction != degree_direction::out;
  for (compact_graph::vertex u = 0; u < n; ++u)
    for (auto k = g.out_begin(u); k < g.out_end(u); ++k) {
      if (!counts(k)) continue;
      const auto t = g.targets()[k];
      if (out) result.scores[u] += value(k);
      // A directed arc is also an in-arc of its target; an undirected
      // self-loop (stored once) counts twice toward its vertex.
      if (in || (!g.directed() && t == u)) result.scores[t] += value(k);
    }
  if (options.normalized) {
    if (n <= 1) {
      std::fill(result.scores.begin(), result.scores.end(), 1.0);
    } else {
      const double s = 1.0 / (static_cast<double>(n) - 1.0);
      for (auto& x : result.scores)
        x *= s;
    }
  }
  return result;
}

}  // namespace faultline
