// SPDX-License-Identifier: Apache-2.0
// Deterministic generator of directed power-law graphs for the centrality
// benchmark, written as a CSV edge list (`source,target`).
//
//   gen_powerlaw --nodes N --edges M [--seed S] [--exponent G] --out FILE
//
// Chung–Lu style: every vertex gets a weight w_i ∝ (i + i0)^(-1/(G-1))
// (a degree sequence with tail exponent G, default 2.3), separately for out-
// and in-weights; each vertex first sends one arc (so that none is isolated),
// then arcs are drawn with source ∝ out-weight and target ∝ in-weight until
// M distinct arcs exist. No self-loops, no parallel arcs, so every library
// sees the same simple graph. Vertex ids are 0..K-1 for the K ≤ N vertices
// that have an arc (printed on standard output as nodes=K), scrambled by a
// random permutation (hubs are not the low ids), and the arcs are written in
// random order. The random source is splitmix64, so a seed gives the same file on
// every platform. Not a test: never registered with CTest.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "splitmix64.hpp"

namespace {

using faultline::bench::splitmix64;

// Cumulative weights for inverse-transform sampling.
std::vector<double> cumulative(std::uint64_t n, double exponent, double offset) {
  std::vector<double> c(n);
  double sum = 0;
  const double a = 1.0 / (exponent - 1.0);
  for (std::uint64_t i = 0; i < n; ++i) {
    sum += std::pow(static_cast<double>(i) + offset, -a);
    c[i] = sum;
  }
  return c;
}

std::uint32_t draw(const std::vector<double>& c, splitmix64& random) {
  const double x = random.uniform() * c.back();
  return static_cast<std::uint32_t>(std::upper_bound(c.begin(), c.end(), x) - c.begin());
}

int usage() {
  std::cerr << "usage: gen_powerlaw --nodes N --edges M [--seed S] [--exponent G] --out FILE\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t nodes = 0, edges = 0, seed = 1;
  double exponent = 2.3;
  std::string out;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    if (k + 1 >= argc) return usage();
    const std::string v = argv[++k];
    if (a == "--nodes")
      nodes = std::stoull(v);
    else if (a == "--edges")
      edges = std::stoull(v);
    else if (a == "--seed")
      seed = std::stoull(v);
    else if (a == "--exponent")
      exponent = std::stod(v);
    else if (a == "--out")
      out = v;
    else
      return usage();
  }
  if (nodes < 2 || edges < nodes || out.empty() || !(exponent > 2.0) || nodes > 0xFFFFFFFFull ||
      edges > nodes * (nodes - 1) / 2)
    return usage();
  splitmix64 random{seed};
  const auto out_weights = cumulative(nodes, exponent, 10.0);
  auto in_weights = cumulative(nodes, exponent, 10.0);

  // Out-hubs and in-hubs are different vertices: permute the in-ranks.
  std::vector<std::uint32_t> in_rank(nodes);
  for (std::uint64_t i = 0; i < nodes; ++i)
    in_rank[i] = static_cast<std::uint32_t>(i);
  for (std::uint64_t i = nodes - 1; i > 0; --i)
    std::swap(in_rank[i], in_rank[random.below(i + 1)]);

  std::vector<std::uint64_t> arcs;
  arcs.reserve(edges + edges / 8);
  auto add = [&](std::uint32_t s, std::uint32_t t) {
    if (s != t) arcs.push_back((static_cast<std::uint64_t>(s) << 32) | t);
  };
  for (std::uint64_t v = 0; v < nodes; ++v)
    add(static_cast<std::uint32_t>(v), in_rank[draw(in_weights, random)]);
  // Draw in rounds, removing duplicates after each, until M distinct arcs exist.
  while (true) {
    std::sort(arcs.begin(), arcs.end());
    arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
    if (arcs.size() >= edges) break;
    const auto missing = edges - arcs.size();
    for (std::uint64_t k = 0; k < missing + missing / 16 + 16; ++k)
      add(draw(out_weights, random), in_rank[draw(in_weights, random)]);
  }
  // Keep M of them at random, in random order.
  for (std::uint64_t i = arcs.size() - 1; i > 0; --i)
    std::swap(arcs[i], arcs[random.below(i + 1)]);
  arcs.resize(edges);
  // Ids 0..K-1 for the K vertices that kept an arc (a few may have lost
  // theirs when the last round was cut to M), in random order.
  std::vector<char> seen(nodes, 0);
  for (auto a : arcs)
    seen[a >> 32] = seen[a & 0xFFFFFFFFu] = 1;
  std::vector<std::uint32_t> fresh;
  for (std::uint64_t v = 0; v < nodes; ++v)
    if (seen[v]) fresh.push_back(static_cast<std::uint32_t>(fresh.size()));
  for (std::uint64_t i = fresh.size() - 1; i > 0; --i)
    std::swap(fresh[i], fresh[random.below(i + 1)]);
  std::vector<std::uint32_t> id(nodes, 0);
  for (std::uint64_t v = 0, k = 0; v < nodes; ++v)
    if (seen[v]) id[v] = fresh[k++];

  std::FILE* f = std::fopen(out.c_str(), "wb");
  if (f == nullptr) {
    std::cerr << "gen_powerlaw: cannot write " << out << ": " << std::strerror(errno) << "\n";
    return 1;
  }
  std::string buffer = "source,target\n";
  buffer.reserve(1 << 20);
  char number[16];
  for (auto a : arcs) {
    const auto s = id[a >> 32], t = id[a & 0xFFFFFFFFu];
    auto p = std::to_chars(number, number + sizeof number, s).ptr;
    buffer.append(number, p);
    buffer += ',';
    p = std::to_chars(number, number + sizeof number, t).ptr;
    buffer.append(number, p);
    buffer += '\n';
    if (buffer.size() > (1 << 20) - 32) {
      std::fwrite(buffer.data(), 1, buffer.size(), f);
      buffer.clear();
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), f);
  if (std::fclose(f) != 0) {
    std::cerr << "gen_powerlaw: cannot write " << out << "\n";
    return 1;
  }
  std::cout << "nodes=" << fresh.size() << " edges=" << arcs.size() << " file=" << out << "\n";
  return 0;
}
