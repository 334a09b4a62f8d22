// SPDX-License-Identifier: Apache-2.0
// Load benchmark: wall time and peak memory of loading scenarios and snapshots.
//
//   load_bench [--repeat N] [--snapshot-out FILE] [--breakdown] [--direct] FILE...
//
// For each FILE (a scenario, YAML or JSON, or a snapshot) it times
// `faultline::load_files({FILE})`, the call every command makes, and prints
// one line of tab-separated `key=value` fields (see print_result). With
// --snapshot-out it then times `snapshot_bytes` and the crash-safe write
// (`write_file_atomic`, which fsyncs) of that snapshot. With --breakdown it
// also times the phases separately: reading the file, the parser alone
// (libyaml's events, or nlohmann's SAX events for JSON, with nothing built;
// wall and CPU time) or the bare `read_snapshot`, `load_inputs`, and
// the graph constructor (validation and indexes) on a copy of the data.
// With --direct a snapshot is loaded with `read_snapshot(path)` instead of
// `load_files`, to compare the two. After loading, `rss_after_trim_kib` is the
// resident size once glibc has returned its free heap (malloc_trim), which is
// about what the loaded graph itself occupies.
//
// Peak RSS (getrusage ru_maxrss) is per process and only grows, so measure
// one file per process (bench/run_load_bench.sh does) and read
// `peak_rss_load_kib` as the peak of reading and loading that file.
// Not a test: never registered with CTest (STYLE.md item 15).
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>
#include <yaml.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <faultline/graph/graph.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/scenario.hpp>

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

// CPU time (user + system) of this process so far, in seconds: less sensitive
// than wall time to other processes sharing the cores.
// Runs the scenario reader's parser over `text` and drops the events: the
// floor under load_inputs. JSON is recognised as the reader does (a '{'
// then a '"').
struct null_sax : nlohmann::json_sax<nlohmann::json> {
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

void parse_only(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto second = first == std::string::npos ? first : text.find_first_not_of(" \t\r\n", first + 1);
  if (first != std::string::npos && text[first] == '{' && second != std::string::npos && text[second] == '"') {
    null_sax sax;
    (void)nlohmann::json::sax_parse(text.begin(), text.end(), &sax);
    return;
  }
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  for (;;) {
    yaml_event_t event;
    if (yaml_parser_parse(&parser, &event) == 0) break;
    const bool end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (end) break;
  }
  yaml_parser_delete(&parser);
}

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Peak resident set size of this process so far, in KiB (Linux: ru_maxrss is in KiB).
long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Current resident set size, in KiB, from /proc/self/statm (0 when unavailable).
long current_rss_kib() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  if (!(statm >> pages_total >> pages_resident)) return 0;
  return pages_resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// True when the file starts with the snapshot magic (reads only its first bytes).
bool starts_with_snapshot_magic(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(faultline::snapshot_magic.size(), '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  return in && faultline::is_snapshot(head);
}

struct options {
  int repeat = 1;
  std::string snapshot_out;
  bool breakdown = false;
  bool direct = false;
  std::vector<std::string> files;
};

[[noreturn]] void usage(const char* message) {
  if (message != nullptr) std::cerr << "load_bench: " << message << "\n";
  std::cerr << "usage: load_bench [--repeat N] [--snapshot-out FILE] [--breakdown] [--direct] FILE...\n"
               "  --repeat N           load each file N times; report the minimum and the median (default 1)\n"
               "  --snapshot-out FILE  after loading, time snapshot_bytes and writing the snapshot to FILE\n"
               "  --breakdown          also time the phases of loading separately\n"
               "  --direct             load snapshots with read_snapshot(path) instead of load_files\n";
  std::exit(message == nullptr ? 0 : 2);
}

options parse_args(int argc, char** argv) {
  options opt;
  for (int k = 1; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg == "--help" || arg == "-h") usage(nullptr);
    if (arg == "--repeat" || arg == "--snapshot-out") {
      if (k + 1 >= argc) usage(("missing value after " + arg).c_str());
      const std::string value = argv[++k];
      if (arg == "--repeat") {
        opt.repeat = std::atoi(value.c_str());
        if (opt.repeat < 1) usage("--repeat expects a whole number of at least 1");
      } else {
        opt.snapshot_out = value;
      }
    } else if (arg == "--breakdown") {
      opt.breakdown = true;
    } else if (arg == "--direct") {
      opt.direct = true;
    } else if (!arg.empty() && arg[0] == '-') {
      usage(("unknown option " + arg).c_str());
    } else {
      opt.files.push_back(arg);
    }
  }
  if (opt.files.empty()) usage("no input file");
  if (!opt.snapshot_out.empty() && opt.files.size() != 1) usage("--snapshot-out takes exactly one input file");
  return opt;
}

void field(const char* key, const std::string& value) {
  std::cout << '\t' << key << '=' << value;
}
void field(const char* key, double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6f", seconds);
  field(key, std::string(buffer));
}
void field(const char* key, long long n) {
  field(key, std::to_string(n));
}

int run_file(const std::string& path, const options& opt) {
  const auto file_size = static_cast<long long>(std::filesystem::file_size(path));
  const long rss_before = current_rss_kib();

  // The headline figure: load_files, as the CLI calls it (read + parse + build).
  const bool direct = opt.direct && starts_with_snapshot_magic(path);
  std::vector<double> times, cpu_times;
  faultline::graph g;
  for (int k = 0; k < opt.repeat; ++k) {
    g = faultline::graph();  // free the previous graph before loading again
    const double cpu_start = cpu_seconds();
    const auto start = clock_type::now();
    g = direct ? faultline::read_snapshot(std::filesystem::path(path)) : faultline::load_files({path});
    times.push_back(seconds_since(start));
    cpu_times.push_back(cpu_seconds() - cpu_start);
  }
  const long peak_after_load = peak_rss_kib();
  const long rss_after_load = current_rss_kib();
  malloc_trim(0);
  const long rss_after_trim = current_rss_kib();
  std::sort(times.begin(), times.end());
  std::sort(cpu_times.begin(), cpu_times.end());

  std::cout << "RESULT";
  field("file", path);
  field("via", direct ? "read_snapshot" : "load_files");
  field("bytes", file_size);
  field("actors", static_cast<long long>(g.actors().size()));
  field("relations", static_cast<long long>(g.relations().size()));
  field("incidents", static_cast<long long>(g.incidents().size()));
  field("roles", static_cast<long long>(g.roles().size()));
  field("repeat", static_cast<long long>(opt.repeat));
  field("load_s", times.front());
  field("load_median_s", times[times.size() / 2]);
  field("load_cpu_s", cpu_times.front());
  field("rss_before_kib", static_cast<long long>(rss_before));
  field("rss_after_load_kib", static_cast<long long>(rss_after_load));
  field("rss_after_trim_kib", static_cast<long long>(rss_after_trim));
  field("peak_rss_load_kib", static_cast<long long>(peak_after_load));

  if (opt.breakdown) {
    auto start = clock_type::now();
    std::string bytes = faultline::read_file(path);
    field("read_file_s", seconds_since(start));
    if (faultline::is_snapshot(bytes)) {
      start = clock_type::now();
      { const auto bare = faultline::read_snapshot(bytes, path); }
      field("read_snapshot_s", seconds_since(start));
    } else {
      start = clock_type::now();
      const double cpu_start = cpu_seconds();
      parse_only(bytes);
      field("parse_only_cpu_s", cpu_seconds() - cpu_start);
      field("parse_only_s", seconds_since(start));
    }
    {
      const std::vector<faultline::named_input> inputs{{path, std::move(bytes)}};
      start = clock_type::now();
      { const auto loaded = faultline::load_inputs(inputs); }
      field("load_inputs_s", seconds_since(start));
    }
    start = clock_type::now();
    faultline::graph_data copy = g.data();
    field("copy_data_s", seconds_since(start));
    start = clock_type::now();
    { const faultline::graph rebuilt(std::move(copy)); }
    field("graph_ctor_s", seconds_since(start));
  }

  if (!opt.snapshot_out.empty()) {
    auto start = clock_type::now();
    const std::string snap = faultline::snapshot_bytes(g);
    field("snapshot_bytes_s", seconds_since(start));
    start = clock_type::now();
    faultline::write_file_atomic(opt.snapshot_out, snap);
    field("snapshot_write_s", seconds_since(start));
    field("snapshot_size", static_cast<long long>(snap.size()));
  }
  field("peak_rss_total_kib", static_cast<long long>(peak_rss_kib()));
  std::cout << '\n' << std::flush;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const options opt = parse_args(argc, argv);
  int status = 0;
  for (const auto& file : opt.files) {
    try {
      status |= run_file(file, opt);
    } catch (const std::exception& e) {
      std::cerr << "load_bench: " << file << ": " << e.what() << "\n";
      status = 1;
    }
  }
  return status;
}
