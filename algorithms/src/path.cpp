// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/path.hpp>

#include <algorithm>
#include <limits>

#include <faultline/graph/error.hpp>

namespace faultline {

void path_options::validate() const {
  if (max_paths == 0) throw usage_error("The number of paths must be at least 1");
}

namespace {

// Actors and incidents share one numbering: actors first, then incidents.
struct numbering {
  std::uint32_t actors;
  [[nodiscard]] std::uint32_t of(node_ref n) const { return n.is_incident ? actors + n.index : n.index; }
  [[nodiscard]] node_ref at(std::uint32_t v) const {
    return v < actors ? node_ref{false, v} : node_ref{true, v - actors};
  }
};

// Calls f(step) for every edge a walk may take from `at`, in a fixed order.
template <class F>
void for_each_step(const graph_view& view, const path_options& options, node_ref at, F&& f) {
  const auto& g = view.base();
  if (!at.is_incident) {
    for (auto r : g.out_relations(at.index))
      if (view.keeps_relation(r)) f(path_step{at, {false, g.relations()[r].to}, path_edge_kind::relation, r, true});
    for (auto r : g.in_relations(at.index)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (!options.directed || g.relation_types()[rel.type].symmetric)
        f(path_step{at, {false, rel.from}, path_edge_kind::relation, r, false});
    }
    if (options.through_incidents)
      for (auto k : g.roles_of_actor(at.index))
        if (view.keeps_role(k)) f(path_step{at, {true, g.roles()[k].incident}, path_edge_kind::role, k, true});
    return;
  }
  for (auto k : g.roles_of_incident(at.index))
    if (view.keeps_role(k)) f(path_step{at, {false, g.roles()[k].actor}, path_edge_kind::role, k, false});
  for (auto k : g.links_from(at.index))
    if (view.keeps_link(k)) f(path_step{at, {true, g.links()[k].to}, path_edge_kind::link, k, true});
  for (auto k : g.links_to(at.index))
    if (view.keeps_link(k)) f(path_step{at, {true, g.links()[k].from}, path_edge_kind::link, k, false});
}

}  // namespace

path_result shortest_paths(const graph_view& view, node_ref from, node_ref to, const path_options& options) {
  options.validate();
  const auto& g = view.base();
  auto in_range = [&](node_ref n) {
    return n.is_incident ? n.index < g.incidents().size() : n.index < g.actors().size();
  };
  if (!in_range(from) || !in_range(to)) throw usage_error("A path endpoint is out of range");
  if ((from.is_incident || to.is_incident) && !options.through_incidents)
    throw usage_error("A path from or to an incident needs the walk through incidents");
  const numbering num{static_cast<std::uint32_t>(g.actors().size())};
  const auto total = static_cast<std::size_t>(g.actors().size() + g.incidents().size());
  constexpr auto unseen = std::numeric_limits<std::uint32_t>::max();

  path_result result;
  result.from = from;
  result.to = to;
  if (from == to) {
    result.paths.emplace_back();
    return result;
  }
  // Breadth-first search from `from`, stopping once the layer of `to` is complete.
  std::vector<std::uint32_t> dist(total, unseen);
  std::vector<std::uint32_t> queue{num.of(from)};
  dist[num.of(from)] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const auto v = queue[head];
    if (dist[num.of(to)] != unseen && dist[v] >= dist[num.of(to)]) break;
    for_each_step(view, options, num.at(v), [&](const path_step& s) {
      const auto w = num.of(s.to);
      if (dist[w] == unseen) {
        dist[w] = dist[v] + 1;
        queue.push_back(w);
      }
    });
  }
  if (dist[num.of(to)] == unseen) return result;

  // Depth-first listing of the shortest paths: only steps that go one layer
  // closer to `to` along the BFS layers, and only into nodes that lie on a
  // shortest path, which we learn by walking backwards from `to` first.
  std::vector<char> on_shortest(total, 0);
  on_shortest[num.of(to)] = 1;
  for (std::size_t k = queue.size(); k-- > 0;) {
    const auto v = queue[k];
    if (dist[v] >= dist[num.of(to)] || on_shortest[v]) continue;
    for_each_step(view, options, num.at(v), [&](const path_step& s) {
      const auto w = num.of(s.to);
      if (dist[w] == dist[v] + 1 && on_shortest[w]) on_shortest[v] = 1;
    });
  }
  std::vector<path_step> current;
  auto walk = [&](auto& self, node_ref at) -> void {
    if (result.truncated) return;
    if (at == to) {
      if (result.paths.size() == options.max_paths) {
        result.truncated = true;
        return;
      }
      result.paths.push_back(current);
      return;
    }
    const auto v = num.of(at);
    std::vector<path_step> steps;
    for_each_step(view, options, at, [&](const path_step& s) {
      const auto w = num.of(s.to);
      if (dist[w] == dist[v] + 1 && on_shortest[w]) steps.push_back(s);
    });
    for (const auto& s : steps) {
      current.push_back(s);
      self(self, s.to);
      current.pop_back();
    }
  };
  walk(walk, from);
  return result;
}

}  // namespace faultline
