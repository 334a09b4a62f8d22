// SPDX-License-Identifier: Apache-2.0
#pragma once
// Enumeration of the triangles of a signed graph's signed ties, each once,
// by the degree-ordered method (Chiba and Nishizeki 1985; Latapy 2008):
// O(E^1.5) time, O(V + E) space.

#include <algorithm>
#include <cstdint>
#include <vector>

#include <faultline/algorithms/signed_graph.hpp>

namespace faultline::detail {

/// Calls visit(a, b, c, tie_ab, tie_ac, tie_bc) for every triangle, with
/// a < b < c. `tick()` is called once per node (for progress and cancellation).
template <class Visit, class Tick>
void for_each_triangle(const signed_graph& g, Visit&& visit, Tick&& tick) {
  const auto n = static_cast<std::uint32_t>(g.node_count());
  // Orient every tie from the end of lower (degree, index) to the higher one.
  auto before = [&](std::uint32_t x, std::uint32_t y) {
    return g.degree(x) != g.degree(y) ? g.degree(x) < g.degree(y) : x < y;
  };
  std::vector<std::uint32_t> offsets(n + 1, 0), out, out_tie;
  for (std::uint32_t x = 0; x < n; ++x) {
    const auto nbrs = g.neighbours_of(x);
    const auto ties = g.ties_of(x);
    for (std::size_t e = 0; e < nbrs.size(); ++e)
      if (before(x, nbrs[e])) {
        out.push_back(nbrs[e]);
        out_tie.push_back(ties[e]);
      }
    offsets[x + 1] = static_cast<std::uint32_t>(out.size());
  }
  std::vector<std::uint32_t> mark(n, no_index);  // mark[w] = tie (x, w) while x is visited
  for (std::uint32_t x = 0; x < n; ++x) {
    tick();
    for (auto e = offsets[x]; e < offsets[x + 1]; ++e)
      mark[out[e]] = out_tie[e];
    for (auto e = offsets[x]; e < offsets[x + 1]; ++e) {
      const auto y = out[e];
      for (auto f = offsets[y]; f < offsets[y + 1]; ++f) {
        const auto z = out[f];
        if (mark[z] == no_index) continue;
        // Ties x-y, x-z, y-z; hand them over with the nodes sorted.
        std::uint32_t nodes[3] = {x, y, z};
        std::sort(nodes, nodes + 3);
        auto tie = [&](std::uint32_t p, std::uint32_t q) -> std::uint32_t {
          if ((p == x && q == y) || (p == y && q == x)) return out_tie[e];
          if ((p == x && q == z) || (p == z && q == x)) return mark[z];
          return out_tie[f];
        };
        visit(nodes[0], nodes[1], nodes[2], tie(nodes[0], nodes[1]), tie(nodes[0], nodes[2]), tie(nodes[1], nodes[2]));
      }
    }
    for (auto e = offsets[x]; e < offsets[x + 1]; ++e)
      mark[out[e]] = no_index;
  }
}

}  // namespace faultline::detail
