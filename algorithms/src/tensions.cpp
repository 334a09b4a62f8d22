// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/tensions.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <faultline/graph/error.hpp>

#include "signed_triangles.hpp"

namespace faultline {

void tension_options::validate() const {
  if (min_shared == 0) throw usage_error("A suggestion needs at least 1 shared neighbour");
  if (max_middle_degree < 2)
    throw usage_error("Largest middle degree " + std::to_string(max_middle_degree) +
                      " is invalid: expected at least 2");
}

tensions_result find_tensions(const signed_graph& g, std::span<const std::uint32_t> bloc,
                              const tension_options& options) {
  options.validate();
  if (bloc.size() != g.node_count())
    throw usage_error("The partition has " + std::to_string(bloc.size()) + " entries for " +
                      std::to_string(g.node_count()) + " nodes");
  auto weight = [&](std::uint32_t t) { return options.weighted ? g.ties[t].weight : 1.0; };
  const std::size_t total = 2 * g.node_count() + 1;
  auto tick = [&](std::size_t done) {
    if (options.progress && !options.progress(done, total)) throw cancelled_error();
  };
  tensions_result r;

  for (std::uint32_t t = 0; t < g.ties.size(); ++t) {
    const auto& tie = g.ties[t];
    if (tie.mixed()) r.mixed.push_back(t);
    if (tie.sign == 0) continue;
    const bool same = bloc[tie.u] != no_bloc && bloc[tie.u] == bloc[tie.v];
    if ((tie.sign < 0 && same) || (tie.sign > 0 && !same)) r.frustrated.push_back({t, tie.sign < 0, weight(t)});
  }
  std::stable_sort(r.frustrated.begin(), r.frustrated.end(),
                   [](const frustrated_tie& x, const frustrated_tie& y) { return x.weight > y.weight; });
  std::stable_sort(r.mixed.begin(), r.mixed.end(), [&](std::uint32_t x, std::uint32_t y) {
    return std::min(g.ties[x].friendly, g.ties[x].hostile) > std::min(g.ties[y].friendly, g.ties[y].hostile);
  });

  std::size_t visited = 0;
  detail::for_each_triangle(
      g,
      [&](std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t ab, std::uint32_t ac, std::uint32_t bc) {
        const int hostile = (g.ties[ab].sign < 0) + (g.ties[ac].sign < 0) + (g.ties[bc].sign < 0);
        if (hostile % 2 == 0) return;
        ++r.triangle_total;
        unbalanced_triangle tri{
            {a, b, c}, {ab, ac, bc}, static_cast<std::uint8_t>(hostile), weight(ab) + weight(ac) + weight(bc)};
        r.triangles.push_back(tri);
      },
      [&] {
        if ((visited++ & 0xFFF) == 0) tick(visited);
      });
  std::sort(r.triangles.begin(), r.triangles.end(), [](const unbalanced_triangle& x, const unbalanced_triangle& y) {
    if (x.hostile != y.hostile) return x.hostile < y.hostile;
    if (x.weight != y.weight) return x.weight > y.weight;
    return std::lexicographical_compare(x.nodes, x.nodes + 3, y.nodes, y.nodes + 3);
  });
  if (options.max_triangles > 0 && r.triangles.size() > options.max_triangles)
    r.triangles.resize(options.max_triangles);

  // Enemy of my enemy: every pair of signed neighbours of a middle node that
  // has no tie of its own collects the middle node as evidence.
  std::unordered_map<std::uint64_t, std::uint32_t> index;  // pair -> suggestion
  std::vector<tie_suggestion> all;
  for (std::uint32_t w = 0; w < g.node_count(); ++w) {
    if ((w & 0xFFF) == 0) tick(g.node_count() + w);
    const auto nbrs = g.neighbours_of(w);
    const auto ties = g.ties_of(w);
    if (nbrs.size() < 2 || nbrs.size() > options.max_middle_degree) continue;
    for (std::size_t i = 0; i < nbrs.size(); ++i)
      for (std::size_t j = i + 1; j < nbrs.size(); ++j) {
        const auto a = nbrs[i], b = nbrs[j];  // a < b: adjacency lists are sorted
        if (g.find_tie(a, b)) continue;
        const auto key = (static_cast<std::uint64_t>(a) << 32) | b;
        auto [it, fresh] = index.try_emplace(key, static_cast<std::uint32_t>(all.size()));
        if (fresh) {
          tie_suggestion s;
          s.a = a;
          s.b = b;
          all.push_back(std::move(s));
        }
        suggestion_evidence ev;
        ev.via = w;
        ev.first_tie = ties[i];
        ev.second_tie = ties[j];
        ev.implied = static_cast<std::int8_t>(g.ties[ties[i]].sign * g.ties[ties[j]].sign);
        ev.strength = std::min(weight(ties[i]), weight(ties[j]));
        auto& s = all[it->second];
        s.score += ev.implied * ev.strength;
        s.evidence.push_back(ev);
      }
  }
  for (auto& s : all) {
    double scale = 0.0;
    for (const auto& ev : s.evidence)
      scale += ev.strength;
    if (s.evidence.size() < options.min_shared || !(std::abs(s.score) > 1e-12 * scale)) continue;
    s.sign = static_cast<std::int8_t>(s.score > 0 ? 1 : -1);
    for (const auto& ev : s.evidence)
      (ev.implied == s.sign ? s.agreeing : s.disagreeing) += 1;
    const bool same = bloc[s.a] != no_bloc && bloc[s.a] == bloc[s.b];
    s.blocs_agree = (s.sign > 0) == same;
    r.suggestions.push_back(std::move(s));
  }
  std::sort(r.suggestions.begin(), r.suggestions.end(), [](const tie_suggestion& x, const tie_suggestion& y) {
    if (std::abs(x.score) != std::abs(y.score)) return std::abs(x.score) > std::abs(y.score);
    if (x.evidence.size() != y.evidence.size()) return x.evidence.size() > y.evidence.size();
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  r.suggestion_total = r.suggestions.size();
  if (options.max_suggestions > 0 && r.suggestions.size() > options.max_suggestions)
    r.suggestions.resize(options.max_suggestions);
  tick(total);
  return r;
}

}  // namespace faultline
