// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small signed graphs for the alliance tests, and exhaustive references.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/signed_graph.hpp>
#include <faultline/loaders/edge_list.hpp>

namespace faultline::test {

/// An undirected signed graph on nodes "0".."n-1" from (a, b, signed weight) triples.
inline signed_graph make_signed(std::size_t n,
                                const std::vector<std::tuple<std::uint32_t, std::uint32_t, double>>& ties) {
  std::vector<std::string> nodes;
  for (std::size_t k = 0; k < n; ++k)
    nodes.push_back(std::to_string(k));
  std::vector<std::uint32_t> source, target;
  std::vector<double> weight;
  for (const auto& [a, b, w] : ties) {
    source.push_back(a);
    target.push_back(b);
    weight.push_back(w);
  }
  signed_edge_input in;
  in.name = "test";
  in.nodes = nodes;
  in.source = source;
  in.target = target;
  in.weight = weight;
  in.directed = false;
  return build_signed_graph(in);
}

/// A deterministic generator for random test graphs (mt19937_64's output is fixed by the standard).
struct test_rng {
  std::mt19937_64 engine;
  explicit test_rng(std::uint64_t seed) : engine(seed) {}
  std::uint64_t below(std::uint64_t bound) { return engine() % bound; }
  double unit() { return static_cast<double>(engine() >> 11) * 0x1.0p-53; }
};

/// Read's Gahuku-Gama tribes from the fixture in samples/fixtures.
inline signed_graph gahuku_gama() {
  return signed_graph_from_edge_list(load_edge_list(std::string(FAULTLINE_SAMPLES_DIR) + "/fixtures/gahuku-gama.csv"));
}

/// The tribes in KONECT order (1..16), as named in the fixture.
inline const std::vector<std::string>& gahuku_gama_names() {
  static const std::vector<std::string> names{"Gavev", "Kotun", "Ove",   "Alika", "Nagam", "Gahuk", "Masil", "Ukudz",
                                              "Notoh", "Kohik", "Geham", "Asaro", "Uheto", "Seuve", "Nagad", "Gama"};
  return names;
}

/// Every partition of the nodes with signed ties into at most k blocs (as
/// restricted growth strings, so each partition once up to relabelling):
/// the least criterion, and how many partitions attain it.
struct exhaustive_optimum {
  double value = std::numeric_limits<double>::infinity();
  std::size_t count = 0;
  std::vector<std::uint32_t> bloc;  // one optimal partition
};

inline exhaustive_optimum exhaustive_blocs(const signed_graph& g, std::size_t k, double alpha = 0.5,
                                           bool weighted = true) {
  const auto n = g.node_count();
  std::vector<std::uint32_t> bloc(n, no_bloc);
  exhaustive_optimum best;
  // Cost of placing node x given nodes < x (only ties to earlier nodes count).
  std::function<void(std::uint32_t, std::uint32_t, double)> place = [&](std::uint32_t x, std::uint32_t used,
                                                                        double cost) {
    if (cost > best.value + 1e-9) return;
    if (x == n) {
      if (cost < best.value - 1e-9) {
        best.value = cost;
        best.count = 0;
        best.bloc = bloc;
      }
      ++best.count;
      return;
    }
    if (g.degree(x) == 0) {
      bloc[x] = no_bloc;
      place(x + 1, used, cost);
      return;
    }
    for (std::uint32_t c = 0; c < std::min<std::size_t>(used + 1, k); ++c) {
      double add = 0.0;
      const auto nbrs = g.neighbours_of(x);
      const auto ties = g.ties_of(x);
      for (std::size_t e = 0; e < nbrs.size(); ++e) {
        if (nbrs[e] >= x) continue;
        const auto& t = g.ties[ties[e]];
        const double w = weighted ? t.weight : 1.0;
        if (t.sign < 0 && bloc[nbrs[e]] == c) add += 2 * alpha * w;
        if (t.sign > 0 && bloc[nbrs[e]] != c) add += 2 * (1 - alpha) * w;
      }
      bloc[x] = c;
      place(x + 1, std::max<std::uint32_t>(used, c + 1), cost + add);
    }
  };
  place(0, 0, 0.0);
  return best;
}

/// Whether two partitions are equal up to relabelling.
inline bool same_partition(const std::vector<std::uint32_t>& x, const std::vector<std::uint32_t>& y) {
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    for (std::size_t j = 0; j < x.size(); ++j)
      if ((x[i] == x[j]) != (y[i] == y[j])) return false;
  return true;
}

}  // namespace faultline::test
