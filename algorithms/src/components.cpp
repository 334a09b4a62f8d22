// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/components.hpp>

#include <limits>
#include <numeric>
#include <utility>

namespace faultline {

namespace {

using vertex = compact_graph::vertex;
constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

// Renumbers raw labels in the order of each component's lowest vertex.
components_result renumber(const std::vector<std::uint32_t>& raw) {
  components_result result;
  result.component.resize(raw.size());
  std::vector<std::uint32_t> map(raw.size(), none);
  for (std::size_t v = 0; v < raw.size(); ++v) {
    auto& id = map[raw[v]];
    if (id == none) {
      id = static_cast<std::uint32_t>(result.sizes.size());
      result.sizes.push_back(0);
    }
    result.component[v] = id;
    ++result.sizes[id];
  }
  return result;
}

components_result weak(const compact_graph& g) {
  const auto n = g.vertex_count();
  std::vector<std::uint32_t> parent(n), size(n, 1);
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](std::uint32_t v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  };
  const auto targets = g.targets();
  for (vertex u = 0; u < n; ++u)
    for (auto k = g.out_begin(u); k < g.out_end(u); ++k) {
      auto a = find(u), b = find(targets[k]);
      if (a == b) continue;
      if (size[a] < size[b]) std::swap(a, b);
      parent[b] = a;
      size[a] += size[b];
    }
  for (vertex v = 0; v < n; ++v)
    parent[v] = find(v);
  return renumber(parent);
}

components_result strong(const compact_graph& g) {
  const auto n = g.vertex_count();
  std::vector<std::uint32_t> index(n, none), low(n), label(n, none), stack;
  std::vector<std::pair<vertex, std::size_t>> frames;  // vertex, next out-arc
  std::uint32_t counter = 0, components = 0;
  const auto targets = g.targets();
  for (vertex root = 0; root < n; ++root) {
    if (index[root] != none) continue;
    index[root] = low[root] = counter++;
    stack.push_back(root);
    frames.emplace_back(root, g.out_begin(root));
    while (!frames.empty()) {
      auto& [v, next] = frames.back();
      if (next < g.out_end(v)) {
        const vertex t = targets[next++];
        if (index[t] == none) {
          index[t] = low[t] = counter++;
          stack.push_back(t);
          frames.emplace_back(t, g.out_begin(t));
        } else if (label[t] == none) {
          low[v] = std::min(low[v], index[t]);  // t is on the stack
        }
        continue;
      }
      const vertex done = v;
      frames.pop_back();
      if (low[done] == index[done]) {
        vertex w;
        do {
          w = stack.back();
          stack.pop_back();
          label[w] = components;
        } while (w != done);
        ++components;
      }
      if (!frames.empty()) low[frames.back().first] = std::min(low[frames.back().first], low[done]);
    }
  }
  return renumber(label);
}

}  // namespace

components_result connected_components(const compact_graph& g, connectivity kind) {
  if (kind == connectivity::strong && g.directed()) return strong(g);
  return weak(g);
}

}  // namespace faultline
