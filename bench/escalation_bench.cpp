// SPDX-License-Identifier: Apache-2.0
// Escalation benchmark: link inference and the top-k chain query on a large
// generated graph.
//
//   escalation_bench [--incidents N] [--actors N] [--years N] [--window DAYS] [--top K] [--seed S]
//
// Defaults: 1,000,000 incidents among 10,000 actors over ten years
// (2015-01-01 onwards), window 30 days, top 10. The actors form conflicts of
// 20: two sides of 10, each side a sponsor that backs the other nine, allies
// in a row, one member_of and one controls tie (about 2 relations per
// actor). Each incident picks a conflict, a direction, a perpetrator on one
// side and a target on the other, a day (5% only a month), a type and
// fatalities; 1% respond explicitly to the conflict's previous incident. So
// incidents meet the retaliation rule about as often as in a real,
// clustered event set, not as rarely as in a uniform random one.
//
// It times building the graph (validation, indexes), retaliation_links()
// and top_chains(), then chains_to() the last incident and a timeline(),
// and prints one `key=value` line per phase plus peak RSS (getrusage
// ru_maxrss, for the whole process). Target (issue 3): inference plus the
// top-10 query under 10 s and the process under 2 GB at the default size.
// Not a test: never registered with CTest (STYLE.md item 15).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <faultline/algorithms/escalation.hpp>
#include <faultline/graph/graph.hpp>

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

struct settings {
  std::size_t incidents = 1'000'000;
  std::size_t actors = 10'000;
  int years = 10;
  std::int32_t window = 30;
  std::size_t top = 10;
  unsigned seed = 20240104;
};

settings parse(int argc, char** argv) {
  settings s;
  for (int k = 1; k < argc; ++k) {
    const std::string flag = argv[k];
    if (k + 1 >= argc) throw std::runtime_error("missing value after " + flag);
    const std::string value = argv[++k];
    const auto number = std::stoull(value);
    if (flag == "--incidents")
      s.incidents = number;
    else if (flag == "--actors")
      s.actors = number;
    else if (flag == "--years")
      s.years = static_cast<int>(number);
    else if (flag == "--window")
      s.window = static_cast<std::int32_t>(number);
    else if (flag == "--top")
      s.top = number;
    else if (flag == "--seed")
      s.seed = static_cast<unsigned>(number);
    else
      throw std::runtime_error("unknown option " + flag);
  }
  if (s.actors < 20 || s.actors % 20 != 0) throw std::runtime_error("--actors must be a multiple of 20");
  return s;
}

std::string padded(const char* prefix, std::size_t n) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s%07zu", prefix, n);
  return buffer;
}

faultline::graph_data generate(const settings& s) {
  using namespace faultline;
  graph_data d;
  std::mt19937_64 rng(s.seed);
  const auto vocab = d.relation_types;
  const auto backs = *vocab.find("backs"), allied = *vocab.find("allied_with"), member = *vocab.find("member_of"),
             controls = *vocab.find("controls");
  d.actors.reserve(s.actors);
  for (std::size_t a = 0; a < s.actors; ++a) {
    actor x;
    x.id = padded("a", a);
    x.name = x.id;
    x.kind = a % 10 == 0 ? node_kind::state : node_kind::group;
    d.actors.push_back(std::move(x));
  }
  auto rel = [&](std::size_t from, relation_type_id type, std::size_t to) {
    relation r;
    r.from = static_cast<actor_index>(from);
    r.to = static_cast<actor_index>(to);
    r.type = type;
    d.relations.push_back(std::move(r));
  };
  for (std::size_t side = 0; side < s.actors / 10; ++side) {
    const std::size_t base = side * 10;
    for (std::size_t k = 1; k < 10; ++k)
      rel(base, backs, base + k);
    for (std::size_t k = 1; k + 1 < 10; ++k)
      rel(base + k, allied, base + k + 1);
    rel(base + 1, member, base + 2);
    rel(base, controls, base + 9);
  }

  // Incidents: draw, sort by day, then name and link them.
  struct draft {
    std::int32_t day;
    bool month_only;
    std::uint32_t conflict;
    actor_index perpetrator, target;
  };
  const std::int32_t start = days_from_civil(2015, 1, 1);
  const std::int32_t span = days_from_civil(2015 + s.years, 1, 1) - start;
  const std::size_t conflicts = s.actors / 20;
  std::vector<draft> drafts(s.incidents);
  std::uniform_int_distribution<std::int32_t> day(0, span - 1);
  std::uniform_int_distribution<std::size_t> conflict(0, conflicts - 1), member_of_side(0, 9);
  std::uniform_int_distribution<int> percent(0, 99);
  for (auto& x : drafts) {
    x.day = start + day(rng);
    x.month_only = percent(rng) < 5;
    x.conflict = static_cast<std::uint32_t>(conflict(rng));
    const bool flip = percent(rng) < 50;
    const std::size_t a_side = x.conflict * 20 + (flip ? 10 : 0), b_side = x.conflict * 20 + (flip ? 0 : 10);
    x.perpetrator = static_cast<actor_index>(a_side + member_of_side(rng));
    x.target = static_cast<actor_index>(b_side + member_of_side(rng));
  }
  std::sort(drafts.begin(), drafts.end(), [](const draft& x, const draft& y) { return x.day < y.day; });
  static const char* const types[] = {"attack", "airstrike", "bombing", "statement", "threat", "sanctions", "raid"};
  std::uniform_int_distribution<int> type(0, 6);
  std::vector<std::uint32_t> last_of_conflict(conflicts, no_index);
  d.incidents.reserve(s.incidents);
  d.roles.reserve(2 * s.incidents);
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    const auto& x = drafts[k];
    incident i;
    i.id = padded("i", k);
    i.name = i.id;
    date when = date::from_days(x.day);
    i.when = x.month_only ? *date::parse(when.to_string().substr(0, 7)) : when;
    i.type = types[type(rng)];
    const int f = percent(rng);
    i.fatalities = f < 60 ? 0 : f < 97 ? f % 5 + 1 : 30;
    d.incidents.push_back(std::move(i));
    const auto index = static_cast<incident_index>(k);
    d.roles.push_back({index, x.perpetrator, role::perpetrator, no_index, {}});
    d.roles.push_back({index, x.target, role::target, no_index, {}});
    auto& previous = last_of_conflict[x.conflict];
    if (previous != no_index && percent(rng) == 0) d.links.push_back({index, previous, link_kind::responds_to, {}});
    previous = index;
  }
  return d;
}

void report(const char* phase, double seconds, const std::string& extra = "") {
  std::printf("phase=%s\tseconds=%.3f\tpeak_rss_mib=%.1f%s%s\n", phase, seconds, peak_rss_kib() / 1024.0,
              extra.empty() ? "" : "\t", extra.c_str());
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace faultline;
  try {
    const auto s = parse(argc, argv);
    std::printf("incidents=%zu\tactors=%zu\tyears=%d\twindow_days=%d\ttop=%zu\tseed=%u\n", s.incidents, s.actors,
                s.years, s.window, s.top, s.seed);
    auto t = clock_type::now();
    auto data = generate(s);
    const auto relations = data.relations.size();
    const auto explicit_links = data.links.size();
    report("generate", seconds_since(t),
           "relations=" + std::to_string(relations) + "\texplicit_links=" + std::to_string(explicit_links));

    t = clock_type::now();
    const graph g(std::move(data));
    report("build_graph", seconds_since(t));

    const graph_view view(g);
    escalation_options options;
    options.window_days = s.window;
    options.max_chains = s.top;

    t = clock_type::now();
    const auto eg = retaliation_links(view, options);
    const double infer = seconds_since(t);
    std::size_t inferred = 0;
    for (const auto& l : eg.links)
      inferred += l.is_explicit() ? 0 : 1;
    report("retaliation_links", infer,
           "links=" + std::to_string(eg.links.size()) + "\tinferred=" + std::to_string(inferred));

    t = clock_type::now();
    const auto top = top_chains(view, eg, options);
    const double query = seconds_since(t);
    std::size_t longest = 0;
    for (const auto& c : top.chains)
      longest = std::max(longest, c.incidents.size());
    report("top_chains", query,
           "chains=" + std::to_string(top.chains.size()) +
               "\tbest_score=" + (top.chains.empty() ? std::string("0") : std::to_string(top.chains.front().score)) +
               "\tlongest=" + std::to_string(longest));
    report("inference_plus_top", infer + query);

    t = clock_type::now();
    const auto to = chains_to(view, eg, eg.order.back(), options);
    report("chains_to_last", seconds_since(t), "chains=" + std::to_string(to.chains.size()));

    t = clock_type::now();
    const auto line = timeline(view);
    report("timeline", seconds_since(t), "entries=" + std::to_string(line.size()));
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "escalation_bench: %s\n", e.what());
    return 2;
  }
}
