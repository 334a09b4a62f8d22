// SPDX-License-Identifier: Apache-2.0
// Centrality benchmark: faultline's side of bench/compare_centrality.py.
//
//   centrality_bench FILE [--ops LIST] [--threads N] [--samples K] [--seed S]
//                    [--sources FILE] [--tolerance X] [--out-dir DIR] [--undirected]
//
// Loads a CSV edge list whose node ids are the integers 0..N-1 (as
// gen_powerlaw writes them), builds the compact form, then runs the
// operations of LIST (comma-separated; default all): pagerank, betweenness
// (exact), sampled (betweenness from K sources drawn with the seed, or read
// from --sources), closeness, harmonic, components. It prints one JSON object
// per line: {"op": ..., "seconds": ...} per operation, then memory figures
// (peak RSS: VmHWM, bytes of the compact form per edge). With
// --out-dir it writes each operation's scores as raw float64 indexed by node
// id (DIR/faultline_OP.f64), and the sampled sources (DIR/sources.txt), for
// the script to compare with the other libraries.
//
// Scores are written unnormalised: betweenness as the raw sum over the
// sources used (not scaled by n/k), closeness without the Wasserman-Faust
// factor, harmonic as the raw sum. Not a test: never registered with CTest.
#include <sys/resource.h>
#include <time.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <faultline/algorithms/centrality.hpp>
#include <faultline/algorithms/components.hpp>
#include <faultline/graph/compact.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/compact_edge_list.hpp>
#include <faultline/loaders/edge_list.hpp>

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

// CPU time of the whole process (every thread), user and system: steadier
// than the wall time on a machine shared with other work.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Peak resident size of this process image: VmHWM, which starts afresh at
// exec (getrusage's ru_maxrss does not: it keeps the parent's peak from
// before the exec, e.g. the Python interpreter that started us).
long peak_rss_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct settings {
  std::string file;
  std::vector<std::string> ops{"pagerank", "betweenness", "sampled", "closeness", "harmonic", "components"};
  unsigned threads = 0;
  std::size_t samples = 256;
  std::uint64_t seed = 1;
  std::string sources_file;
  double tolerance = 1e-6;  // L1 change of PageRank, summed over all vertices
  std::string out_dir;
  bool undirected = false;
};

int usage() {
  std::cerr << "usage: centrality_bench FILE [--ops LIST] [--threads N] [--samples K] [--seed S] [--sources FILE]\n"
               "                         [--tolerance X] [--out-dir DIR] [--undirected]\n";
  return 2;
}

// Writes scores by node id.
void write_scores(const settings& s, const std::string& op, const std::vector<std::uint32_t>& id,
                  const std::vector<double>& scores) {
  if (s.out_dir.empty()) return;
  std::vector<double> by_id(scores.size(), 0.0);
  for (std::size_t v = 0; v < scores.size(); ++v)
    by_id[id[v]] = scores[v];
  std::ofstream out(s.out_dir + "/faultline_" + op + ".f64", std::ios::binary);
  out.write(reinterpret_cast<const char*>(by_id.data()), static_cast<std::streamsize>(by_id.size() * sizeof(double)));
}

void report(const std::string& op, double seconds, const std::string& extra = "") {
  std::cout << "{\"op\": \"" << op << "\", \"seconds\": " << seconds << extra << "}" << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace faultline;
  settings s;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    auto value = [&]() -> std::string {
      if (k + 1 >= argc) throw usage_error("missing value after " + a);
      return argv[++k];
    };
    try {
      if (a == "--ops") {
        s.ops.clear();
        std::stringstream in(value());
        std::string op;
        while (std::getline(in, op, ','))
          s.ops.push_back(op);
      } else if (a == "--threads")
        s.threads = static_cast<unsigned>(std::stoul(value()));
      else if (a == "--samples")
        s.samples = std::stoull(value());
      else if (a == "--seed")
        s.seed = std::stoull(value());
      else if (a == "--sources")
        s.sources_file = value();
      else if (a == "--tolerance")
        s.tolerance = std::stod(value());
      else if (a == "--out-dir")
        s.out_dir = value();
      else if (a == "--undirected")
        s.undirected = true;
      else if (!a.empty() && a[0] != '-' && s.file.empty())
        s.file = a;
      else
        return usage();
    } catch (const std::exception&) {
      return usage();
    }
  }
  if (s.file.empty()) return usage();

  try {
    const long rss_start = peak_rss_kib();
    auto start = clock_type::now();
    const double cpu_start = cpu_seconds();
    edge_list_options options;
    options.directed = !s.undirected;
    auto edges = load_edge_list(s.file, options);
    const double parse_seconds = seconds_since(start);
    const double parse_cpu = cpu_seconds() - cpu_start;
    auto built = clock_type::now();
    const compact_graph g = make_compact(edges);
    const double build_seconds = seconds_since(built);
    const double load_seconds = seconds_since(start);
    const double load_cpu = cpu_seconds() - cpu_start;
    // Keep only the node ids; the edge list itself is no longer needed.
    std::vector<std::uint32_t> id(edges.node_count());
    for (std::size_t v = 0; v < id.size(); ++v) {
      const auto& text = edges.nodes[v];
      std::from_chars(text.data(), text.data() + text.size(), id[v]);
    }
    const auto file_bytes = std::filesystem::file_size(s.file);
    edges = edge_list{};
    report("load", load_seconds,
           ", \"parse_seconds\": " + std::to_string(parse_seconds) + ", \"build_seconds\": " +
               std::to_string(build_seconds) + ", \"parse_cpu_seconds\": " + std::to_string(parse_cpu) +
               ", \"build_cpu_seconds\": " + std::to_string(load_cpu - parse_cpu) +
               ", \"mb_per_second\": " + std::to_string(static_cast<double>(file_bytes) / 1e6 / parse_seconds) +
               ", \"nodes\": " + std::to_string(g.vertex_count()) + ", \"edges\": " + std::to_string(g.edge_count()));
    const long rss_loaded = peak_rss_kib();

    for (const auto& op : s.ops) {
      start = clock_type::now();
      if (op == "pagerank") {
        pagerank_options o;
        o.threads = s.threads;
        o.tolerance = s.tolerance / g.vertex_count();
        o.max_iterations = 10000;
        const auto r = pagerank(g, o);
        report(op, seconds_since(start), ", \"iterations\": " + std::to_string(r.iterations));
        write_scores(s, op, id, r.scores);
      } else if (op == "betweenness") {
        const auto r = betweenness(g, {.normalized = false, .threads = s.threads});
        report(op, seconds_since(start));
        write_scores(s, op, id, r.scores);
      } else if (op == "sampled") {
        betweenness_options o;
        o.normalized = false;
        o.threads = s.threads;
        if (!s.sources_file.empty()) {
          std::ifstream in(s.sources_file);
          std::vector<std::uint32_t> vertex_of(id.size());
          for (std::uint32_t v = 0; v < id.size(); ++v)
            vertex_of[id[v]] = v;
          std::uint32_t x;
          while (in >> x)
            o.sources.push_back(vertex_of.at(x));
        } else {
          o.samples = s.samples;
          o.seed = s.seed;
        }
        auto r = betweenness(g, o);
        const double seconds = seconds_since(start);
        // Undo the n/k scaling: the raw sum over the sources, as the other libraries report it.
        const double k = static_cast<double>(o.sources.empty() ? r.sources.size() : o.sources.size());
        for (auto& x : r.scores)
          x *= k / g.vertex_count();
        report(op, seconds, ", \"sources\": " + std::to_string(static_cast<std::size_t>(k)));
        write_scores(s, op, id, r.scores);
        if (!s.out_dir.empty()) {
          std::ofstream out(s.out_dir + "/sources.txt");
          for (auto v : r.sources)
            out << id[v] << "\n";
        }
      } else if (op == "closeness") {
        const auto r = closeness(g, {.wf_improved = false, .threads = s.threads});
        report(op, seconds_since(start));
        write_scores(s, op, id, r.scores);
      } else if (op == "harmonic") {
        const auto r = harmonic(g, {.threads = s.threads});
        report(op, seconds_since(start));
        write_scores(s, op, id, r.scores);
      } else if (op == "components") {
        const auto weak = connected_components(g, connectivity::weak);
        const auto strong = connected_components(g, connectivity::strong);
        report(op, seconds_since(start),
               ", \"weak\": " + std::to_string(weak.count()) + ", \"strong\": " + std::to_string(strong.count()));
      } else {
        std::cerr << "centrality_bench: unknown operation " << op << "\n";
        return 2;
      }
    }
    std::cout << "{\"op\": \"memory\", \"peak_rss_kib\": " << peak_rss_kib() << ", \"start_rss_kib\": " << rss_start
              << ", \"after_load_peak_kib\": " << rss_loaded << ", \"compact_bytes\": " << g.memory_bytes()
              << ", \"structure_bytes_per_edge\": "
              << static_cast<double>(g.structure_bytes()) /
                     static_cast<double>(std::max<std::size_t>(1, g.edge_count()))
              << "}" << std::endl;
  } catch (const faultline::error& e) {
    std::cerr << "centrality_bench: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
