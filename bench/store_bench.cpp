// SPDX-License-Identifier: Apache-2.0
// The columnar snapshot read in place (issue 15): times opening a snapshot
// with event_store (mapping it, checking its header and section table), a
// month of incidents through the date index, one actor's incidents in that
// month through its postings, and verify_all(); prints one JSON object.
// Peak RSS: run it under /usr/bin/time -v. Usage:
//   store_bench FILE.snap [--month YYYY-MM] [--actor INDEX] [--verify]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include <faultline/graph/date.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/event_store.hpp>

namespace {
double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: store_bench FILE.snap [--month YYYY-MM] [--actor INDEX] [--verify]\n");
    return 2;
  }
  std::string month = "2024-06";
  unsigned actor = 0;
  bool verify = false;
  for (int k = 2; k < argc; ++k) {
    const std::string_view a = argv[k];
    if (a == "--month" && k + 1 < argc)
      month = argv[++k];
    else if (a == "--actor" && k + 1 < argc)
      actor = static_cast<unsigned>(std::strtoul(argv[++k], nullptr, 10));
    else if (a == "--verify")
      verify = true;
  }
  try {
    auto start = std::chrono::steady_clock::now();
    const auto store = faultline::event_store::open(argv[1]);
    const double open_s = seconds_since(start);
    const auto m = faultline::date::parse(month);
    if (!m) throw faultline::usage_error("--month: expected YYYY-MM");
    const auto first = faultline::date::from_days(m->first_day()), last = faultline::date::from_days(m->last_day());
    start = std::chrono::steady_clock::now();
    const auto in_month = store.in_dates(first, last);
    std::uint64_t mentions = 0;
    for (const auto i : in_month)
      mentions += store.mentions(i);
    const double month_s = seconds_since(start);
    start = std::chrono::steady_clock::now();
    const auto of_actor = store.of_actor(actor, first, last);
    const double actor_s = seconds_since(start);
    double verify_s = 0;
    if (verify) {
      start = std::chrono::steady_clock::now();
      store.verify_all();
      verify_s = seconds_since(start);
    }
    std::printf(
        "{\"incidents\": %zu, \"roles\": %zu, \"actors\": %zu, \"open_s\": %.4f, \"month\": \"%s\", "
        "\"month_incidents\": %zu, \"month_mentions\": %llu, \"month_s\": %.4f, \"actor\": %u, "
        "\"actor_month_incidents\": "
        "%zu, \"actor_month_s\": %.4f, \"verify_all_s\": %.3f}\n",
        store.size(), store.roles(), store.actors(), open_s, month.c_str(), in_month.size(),
        static_cast<unsigned long long>(mentions), month_s, actor, of_actor.size(), actor_s, verify_s);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "store_bench: %s\n", e.what());
    return 2;
  }
  return 0;
}
