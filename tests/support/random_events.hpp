// SPDX-License-Identifier: Apache-2.0
#pragma once
// A graph of pseudo-random incidents for tests that compare what a command
// reads from a columnar snapshot in place with what it reads from the graph
// loaded whole: every field a view or an aggregation looks at varies
// (dates of day, month and year precision, end dates, confidences of
// incidents and roles, GDELT counts and root flags, coded stances, every
// role kind, two roles of one actor), from a fixed seed.

#include <cstdint>
#include <string>

#include <faultline/graph/event_store.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/snapshot.hpp>

namespace faultline::testing {

/// `incidents` incidents over 2020-2022 among `actors` actors (kinds
/// cycling state, group, person), with a few relations. `spans`: some
/// incidents get an end date (campaigns).
inline graph_data random_events(std::size_t incidents, std::size_t actors, bool spans, std::uint32_t seed = 12345) {
  graph_data d;
  const node_kind kinds[] = {node_kind::state, node_kind::group, node_kind::person};
  for (std::size_t a = 0; a < actors; ++a) {
    actor act;
    act.id = "a" + std::to_string(a);
    act.name = "Actor " + std::to_string(a);
    act.kind = kinds[a % 3];
    d.actors.push_back(act);
  }
  std::uint32_t x = seed;
  const auto next = [&] {
    x = x * 1103515245u + 12345u;
    return (x >> 8) & 0xFFFF;
  };
  const auto some_actor = [&] { return static_cast<actor_index>(next() % actors); };
  const role kinds_of_role[] = {role::perpetrator, role::target,        role::victim,
                                role::claimed_by,  role::attributed_to, role::condemned_by};
  for (std::size_t k = 0; k < incidents; ++k) {
    incident inc;
    inc.id = "i" + std::to_string(k);
    inc.name = inc.id;
    const auto year = static_cast<std::int16_t>(2020 + next() % 3);
    const auto month = static_cast<std::uint8_t>(next() % 13);                     // 0: year only
    const auto day = static_cast<std::uint8_t>(month == 0 ? 0 : 1 + next() % 28);  // 0: month only
    inc.when = date::from_fields(year, month, day);
    if (spans && next() % 8 == 0)
      inc.until = date::from_days(inc.when.last_day() + static_cast<std::int32_t>(next() % 400));
    inc.prov.confidence = (next() % 4 == 0) ? 0.25 * static_cast<double>(next() % 4) : 1.0;
    if (next() % 2) {
      inc.coding.dataset = "gdelt";
      inc.coding.mentions = next() % 6;
      inc.coding.reports = next() % 4;
      if (next() % 3) inc.coding.root_event = next() % 2 == 0;
      const auto stance = next() % 4;
      if (stance != 3) inc.coding.stance = static_cast<polarity>(static_cast<int>(stance) - 1);
    }
    d.incidents.push_back(inc);
    const auto i = static_cast<incident_index>(k);
    const auto roles = 1 + next() % 4;
    for (std::uint32_t r = 0; r < roles; ++r) {
      role_edge e;
      e.incident = i;
      e.actor = some_actor();
      e.kind = r == 0 ? role::perpetrator : kinds_of_role[next() % 6];
      if (next() % 5 == 0) e.prov.confidence = 0.5;
      d.roles.push_back(e);
    }
  }
  for (std::size_t r = 0; r < actors; ++r) {
    relation rel;
    rel.from = some_actor();
    rel.to = some_actor();
    if (rel.from == rel.to) continue;
    rel.type = static_cast<relation_type_id>(next() % 4);
    if (next() % 2) rel.since = date::from_fields(static_cast<std::int16_t>(2019 + next() % 4), 0, 0);
    d.relations.push_back(rel);
  }
  return d;
}

/// A graph written as a columnar snapshot in memory and opened in place,
/// with its actors, relations and sources as a graph of their own: the two
/// sides a test of the in-place path compares. Not copyable: the store reads
/// `bytes` where they are.
struct as_columns {
  std::string bytes;
  event_store store;
  graph rest;

  explicit as_columns(const graph& g)
      : bytes(snapshot_bytes(g)), store(event_store::from_bytes(bytes, "t.snap")), rest(store.load_rest()) {}
  as_columns(const as_columns&) = delete;
  as_columns& operator=(const as_columns&) = delete;
};

}  // namespace faultline::testing
