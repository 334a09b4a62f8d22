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

// Calls f(step) for every relation a walk may take from actor `at`: its
// out-relations, then its in-relations, each in input order.
template <class F>
void for_each_relation_step(const graph_view& view, const path_options& options, node_ref at, F&& f) {
  const auto& g = view.base();
  for (auto r : g.out_relations(at.index))
    if (view.keeps_relation(r)) f(path_step{at, {false, g.relations()[r].to}, path_edge_kind::relation, r, true});
  for (auto r : g.in_relations(at.index)) {
    if (!view.keeps_relation(r)) continue;
    const auto& rel = g.relations()[r];
    if (!options.directed || g.relation_types()[rel.type].symmetric)
      f(path_step{at, {false, rel.from}, path_edge_kind::relation, r, false});
  }
}

// Calls f(step) for every edge a walk may take from `at`, in a fixed order.
template <class F>
void for_each_step(const graph_view& view, const path_options& options, node_ref at, F&& f) {
  const auto& g = view.base();
  if (!at.is_incident) {
    for_each_relation_step(view, options, at, f);
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

// The breadth-first layers from `from` (dist, by the numbering) and which
// nodes lie on a shortest path to `to` (on_shortest), over the steps
// `steps(at, f)` offers (f(path_step) for each). False when `to` is not
// reached. Shared by the graph's search and the columnar snapshot's.
template <class Steps>
bool shortest_layers(const numbering& num, std::size_t total, node_ref from, node_ref to, Steps&& steps,
                     std::vector<std::uint32_t>& dist, std::vector<char>& on_shortest) {
  constexpr auto unseen = std::numeric_limits<std::uint32_t>::max();
  // Breadth-first search from `from`, stopping once the layer of `to` is complete.
  dist.assign(total, unseen);
  std::vector<std::uint32_t> queue{num.of(from)};
  dist[num.of(from)] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const auto v = queue[head];
    if (dist[num.of(to)] != unseen && dist[v] >= dist[num.of(to)]) break;
    steps(num.at(v), [&](const path_step& s) {
      const auto w = num.of(s.to);
      if (dist[w] == unseen) {
        dist[w] = dist[v] + 1;
        queue.push_back(w);
      }
    });
  }
  if (dist[num.of(to)] == unseen) return false;
  // Walking backwards from `to` along the BFS layers: the nodes that lie on
  // a shortest path.
  on_shortest.assign(total, 0);
  on_shortest[num.of(to)] = 1;
  for (std::size_t k = queue.size(); k-- > 0;) {
    const auto v = queue[k];
    if (dist[v] >= dist[num.of(to)] || on_shortest[v]) continue;
    steps(num.at(v), [&](const path_step& s) {
      const auto w = num.of(s.to);
      if (dist[w] == dist[v] + 1 && on_shortest[w]) on_shortest[v] = 1;
    });
  }
  return true;
}

void check_endpoints(bool from_in_range, bool to_in_range, node_ref from, node_ref to, const path_options& options) {
  if (!from_in_range || !to_in_range) throw usage_error("A path endpoint is out of range");
  if ((from.is_incident || to.is_incident) && !options.through_incidents)
    throw usage_error("A path from or to an incident needs the walk through incidents");
}

}  // namespace

path_result shortest_paths(const graph_view& view, node_ref from, node_ref to, const path_options& options) {
  options.validate();
  const auto& g = view.base();
  auto in_range = [&](node_ref n) {
    return n.is_incident ? n.index < g.incidents().size() : n.index < g.actors().size();
  };
  check_endpoints(in_range(from), in_range(to), from, to, options);
  const numbering num{static_cast<std::uint32_t>(g.actors().size())};
  const auto total = static_cast<std::size_t>(g.actors().size() + g.incidents().size());

  path_result result;
  result.from = from;
  result.to = to;
  if (from == to) {
    result.paths.emplace_back();
    return result;
  }
  const auto graph_steps = [&](node_ref at, const auto& f) { for_each_step(view, options, at, f); };
  std::vector<std::uint32_t> dist;
  std::vector<char> on_shortest;
  if (!shortest_layers(num, total, from, to, graph_steps, dist, on_shortest)) return result;

  // Depth-first listing of the shortest paths: only steps that go one layer
  // closer to `to` along the BFS layers, and only into nodes that lie on a
  // shortest path.
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

std::vector<incident_index> incidents_on_shortest_paths(const event_store& store, const graph& rest,
                                                        const view_options& view, node_ref from, node_ref to,
                                                        const path_options& options) {
  options.validate();
  check_rest_of(store, rest);
  auto in_range = [&](node_ref n) { return n.is_incident ? n.index < store.size() : n.index < store.actors(); };
  check_endpoints(in_range(from), in_range(to), from, to, options);
  const graph_view relations(rest, view);
  const store_view incidents(store, view);
  // The links by end, read once (a snapshot holds few).
  std::vector<std::pair<incident_index, std::uint32_t>> links_from, links_to;
  if (options.through_incidents)
    for (std::uint32_t k = 0; k < store.links(); ++k) {
      if (!incidents.keeps_link(k)) continue;
      const auto link = store.materialise_link(k);
      links_from.emplace_back(link.from, k);
      links_to.emplace_back(link.to, k);
    }
  std::sort(links_from.begin(), links_from.end());
  std::sort(links_to.begin(), links_to.end());
  std::vector<incident_index> out;
  for (const auto n : {from, to})
    if (n.is_incident) out.push_back(n.index);
  if (from != to) {
    // The steps of for_each_step, from the columns: an actor's roles through
    // its postings, an incident's through the incident roles index.
    const auto steps = [&](node_ref at, const auto& f) {
      if (!at.is_incident) {
        for_each_relation_step(relations, options, at, f);
        if (!options.through_incidents) return;
        for (const auto i : store.of_actor(at.index))
          for (const auto k : store.roles_of(i))
            if (store.role_actor(k) == at.index && incidents.keeps_role(i, k))
              f(path_step{at, {true, i}, path_edge_kind::role, k, true});
        return;
      }
      for (const auto k : store.roles_of(at.index))
        if (incidents.keeps_role(at.index, k))
          f(path_step{at, {false, store.role_actor(k)}, path_edge_kind::role, k, false});
      const auto key = [&](const auto& links) {
        return std::equal_range(links.begin(), links.end(), std::pair<incident_index, std::uint32_t>{at.index, 0},
                                [](const auto& x, const auto& y) { return x.first < y.first; });
      };
      for (auto [it, end] = key(links_from); it != end; ++it)
        f(path_step{at, {true, store.materialise_link(it->second).to}, path_edge_kind::link, it->second, true});
      for (auto [it, end] = key(links_to); it != end; ++it)
        f(path_step{at, {true, store.materialise_link(it->second).from}, path_edge_kind::link, it->second, false});
    };
    const numbering num{static_cast<std::uint32_t>(store.actors())};
    std::vector<std::uint32_t> dist;
    std::vector<char> on_shortest;
    if (shortest_layers(num, store.actors() + store.size(), from, to, steps, dist, on_shortest))
      for (std::size_t v = store.actors(); v < on_shortest.size(); ++v)
        if (on_shortest[v]) out.push_back(num.at(static_cast<std::uint32_t>(v)).index);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace faultline
