// SPDX-License-Identifier: Apache-2.0
// Blocs on generated signed graphs with a planted structure.
//
//   alliances_bench [--actors N,...] [--degree D] [--k K] [--noise P,...]
//                   [--restarts R] [--seed S] [--auto]
//
// For each size and noise level: actors are dealt into K planted blocs; each
// actor draws D/2 ties (about D per actor in all), each to a member of its own
// bloc with probability 1/2, else to a member of another bloc; a tie is
// friendly inside a bloc and hostile across, then flipped with probability P
// (the noise). The heuristic (multi-start relocation) looks for K blocs.
// One line of key=value fields per run: build and search times, peak RSS
// (getrusage; the process's peak so far, so runs go from small to large),
// the criterion found against the planted partition's, and how much of the
// planted structure was recovered: the adjusted Rand index (Hubert and Arabie
// 1985) and the fraction of pairs of actors on which the two partitions agree.
// With --auto, k is also chosen by the documented rule (k = 0).
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/signed_graph.hpp>

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // kilobytes on Linux
}

std::vector<double> parse_list(const std::string& text) {
  std::vector<double> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    out.push_back(std::stod(text.substr(start, comma - start)));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

struct planted {
  std::vector<std::string> nodes;
  std::vector<std::uint32_t> bloc;
  std::vector<std::uint32_t> source, target;
  std::vector<std::int8_t> sign;
};

planted generate(std::size_t n, std::size_t degree, std::size_t k, double noise, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto below = [&](std::uint64_t bound) { return rng() % bound; };
  auto unit = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
  planted p;
  p.nodes.resize(n);
  p.bloc.resize(n);
  std::vector<std::vector<std::uint32_t>> members(k);
  for (std::uint32_t x = 0; x < n; ++x) {
    char name[24];
    std::snprintf(name, sizeof name, "a%u", x);
    p.nodes[x] = name;
    p.bloc[x] = static_cast<std::uint32_t>(below(k));
    members[p.bloc[x]].push_back(x);
  }
  const std::size_t m = n * degree / 2;
  p.source.reserve(m);
  p.target.reserve(m);
  p.sign.reserve(m);
  for (std::size_t e = 0; e < m; ++e) {
    const auto u = static_cast<std::uint32_t>(below(n));
    const bool inside = k == 1 || unit() < 0.5;
    std::uint32_t b = p.bloc[u];
    if (!inside) b = static_cast<std::uint32_t>((b + 1 + below(k - 1)) % k);
    const auto& pool = members[b];
    const auto v = pool[below(pool.size())];
    if (u == v) continue;
    std::int8_t s = p.bloc[u] == p.bloc[v] ? 1 : -1;
    if (unit() < noise) s = static_cast<std::int8_t>(-s);
    p.source.push_back(u);
    p.target.push_back(v);
    p.sign.push_back(s);
  }
  return p;
}

// Agreement of two partitions over the nodes that have a bloc in `found`.
struct agreement {
  double adjusted_rand = 0.0;
  double pair_agreement = 0.0;
};

agreement compare(const std::vector<std::uint32_t>& truth, const std::vector<std::uint32_t>& found) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> cells;
  std::map<std::uint32_t, double> rows, cols;
  double n = 0;
  for (std::size_t x = 0; x < truth.size(); ++x) {
    if (found[x] == faultline::no_bloc) continue;
    cells[{truth[x], found[x]}] += 1;
    rows[truth[x]] += 1;
    cols[found[x]] += 1;
    n += 1;
  }
  auto pairs = [](double c) { return c * (c - 1) / 2; };
  double index = 0, a = 0, b = 0;
  for (const auto& [key, c] : cells)
    index += pairs(c);
  for (const auto& [key, c] : rows)
    a += pairs(c);
  for (const auto& [key, c] : cols)
    b += pairs(c);
  const double total = pairs(n);
  agreement out;
  const double expected = total > 0 ? a * b / total : 0;
  const double maximum = (a + b) / 2;
  out.adjusted_rand = maximum - expected > 0 ? (index - expected) / (maximum - expected) : 1.0;
  // Pairs together in both, plus pairs apart in both.
  out.pair_agreement = total > 0 ? (index + (total - a - b + index)) / total : 1.0;
  return out;
}

}  // namespace

int main(int argc, char** argv) try {
  std::vector<double> sizes{10'000, 100'000}, noises{0.0, 0.05, 0.10};
  std::size_t degree = 10, k = 3, restarts = 8;
  std::uint64_t seed = 1;
  bool with_auto = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--actors")
      sizes = parse_list(value());
    else if (arg == "--noise")
      noises = parse_list(value());
    else if (arg == "--degree")
      degree = std::stoul(value());
    else if (arg == "--k")
      k = std::stoul(value());
    else if (arg == "--restarts")
      restarts = std::stoul(value());
    else if (arg == "--seed")
      seed = std::stoull(value());
    else if (arg == "--auto")
      with_auto = true;
    else {
      std::fprintf(stderr,
                   "usage: alliances_bench [--actors N,...] [--degree D] [--k K] [--noise P,...] [--restarts R] "
                   "[--seed S] [--auto]\n");
      return 2;
    }
  }
  for (double size : sizes)
    for (double noise : noises) {
      const auto n = static_cast<std::size_t>(size);
      const auto p = generate(n, degree, k, noise, seed);
      auto start = clock_type::now();
      faultline::signed_edge_input in;
      in.name = "generated";
      in.nodes = p.nodes;
      in.source = p.source;
      in.target = p.target;
      in.sign = p.sign;
      in.directed = false;
      const auto g = faultline::build_signed_graph(in);
      const double build_s = seconds_since(start);
      const double planted_criterion = faultline::bloc_criterion(g, [&] {
        std::vector<std::uint32_t> b(p.bloc);
        for (std::uint32_t x = 0; x < n; ++x)
          if (g.degree(x) == 0) b[x] = faultline::no_bloc;
        return b;
      }());
      for (int pass = 0; pass < (with_auto ? 2 : 1); ++pass) {
        faultline::bloc_options o;
        o.k = pass == 0 ? k : 0;
        o.method = faultline::bloc_method::heuristic;
        o.restarts = restarts;
        o.seed = seed;
        start = clock_type::now();
        const double cpu_start = cpu_seconds();
        const auto r = faultline::find_blocs(g, o);
        const double search_s = seconds_since(start);
        const double search_cpu_s = cpu_seconds() - cpu_start;
        const auto agree = compare(p.bloc, r.bloc);
        std::printf(
            "actors=%zu ties=%zu k=%s noise=%.2f restarts=%zu build_s=%.3f search_s=%.3f search_cpu_s=%.3f "
            "peak_rss_mib=%ld blocs=%zu k_chosen=%zu "
            "criterion=%.0f planted_criterion=%.0f restarts_found_best=%zu adjusted_rand=%.4f pair_agreement=%.4f\n",
            n, g.signed_tie_count(), pass == 0 ? std::to_string(k).c_str() : "auto", noise, restarts, build_s, search_s,
            search_cpu_s, peak_rss_mib(), r.bloc_count, r.k, r.criterion, planted_criterion, r.restarts_found_best,
            agree.adjusted_rand, agree.pair_agreement);
        std::fflush(stdout);
      }
    }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "alliances_bench: %s\n", e.what());
  return 1;
}
