// SPDX-License-Identifier: Apache-2.0
#include <faultline/render/layout.hpp>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>
#include <numbers>
#include <numeric>
#include <set>

namespace faultline::render {

std::vector<point> force_layout(std::size_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                                const layout_options& options) {
  std::vector<point> out(n);
  if (n == 0) return out;
  if (n == 1) {
    out[0] = {options.width / 2, options.height / 2};
    return out;
  }
  using bgl = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  using topology = boost::rectangle_topology<boost::minstd_rand>;
  // One extra, invisible hub node tied to one node of every connected part
  // (its first node): the force layout pushes unconnected parts to the edges
  // of the area, and the hub keeps them together around the middle.
  bgl g(n + 1);
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  std::vector<std::uint32_t> part(n);
  std::iota(part.begin(), part.end(), 0U);
  auto find = [&](std::uint32_t x) {
    while (part[x] != x)
      x = part[x] = part[part[x]];
    return x;
  };
  for (auto [a, b] : edges) {
    if (a == b || a >= n || b >= n) continue;
    if (a > b) std::swap(a, b);
    if (seen.insert({a, b}).second) boost::add_edge(a, b, g);
    const auto ra = find(a), rb = find(b);
    part[std::max(ra, rb)] = std::min(ra, rb);
  }
  for (std::uint32_t v = 0; v < n; ++v)
    if (find(v) == v) boost::add_edge(v, static_cast<std::uint32_t>(n), g);
  // A fixed generator: the topology only draws from it when two nodes fall
  // on the same point, and then the same way every run.
  boost::minstd_rand generator(42);
  const double side = std::sqrt(static_cast<double>(n + 1)) * 60.0;
  // Boost derives the ideal edge length k from the area's size and clamps
  // nodes to its border, which lines loosely tied nodes up along the edges.
  // So the area is ten times larger than the drawing, and the forces use the
  // k of the drawing's own area (the classic k² / d repulsion, d² / k attraction).
  topology space(generator, -10 * side, -10 * side, 10 * side, 10 * side);
  const double k0 = 2.8 * side / std::sqrt(static_cast<double>(n + 1));
  auto attract = [k0](auto, double, double d, const auto&) { return d * d / k0; };
  auto repulse = [k0](auto, auto, double, double d, const auto&) { return k0 * k0 / d; };
  std::vector<topology::point_type> position(n + 1);
  position[n][0] = 0.0;
  position[n][1] = 0.0;
  for (std::size_t k = 0; k < n; ++k) {
    const double angle = 2.0 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(n);
    position[k][0] = side * 0.8 * std::cos(angle);
    position[k][1] = side * 0.8 * std::sin(angle);
  }
  auto position_map = boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, g));
  boost::fruchterman_reingold_force_directed_layout(
      g, position_map, space,
      boost::attractive_force(attract).repulsive_force(repulse).cooling(
          boost::linear_cooling<double>(static_cast<int>(options.iterations))));

  position.pop_back();
  double min_x = position[0][0], max_x = min_x, min_y = position[0][1], max_y = min_y;
  for (const auto& p : position) {
    min_x = std::min(min_x, p[0]);
    max_x = std::max(max_x, p[0]);
    min_y = std::min(min_y, p[1]);
    max_y = std::max(max_y, p[1]);
  }
  // One scale for both axes, so the layout's distances keep their proportions.
  const double sx = max_x > min_x ? options.width / (max_x - min_x) : 1e9;
  const double sy = max_y > min_y ? options.height / (max_y - min_y) : 1e9;
  const double scale = std::min(sx, sy) < 1e9 ? std::min(sx, sy) : 1.0;
  for (std::size_t k = 0; k < n; ++k)
    out[k] = {(position[k][0] - min_x) * scale, (position[k][1] - min_y) * scale};

  // Push apart nodes the scaling left too close (a few sweeps suffice for the
  // picture sizes drawn; each pushes both nodes half the missing distance).
  for (int sweep = 0; sweep < 50; ++sweep) {
    bool moved = false;
    for (std::size_t a = 0; a < n; ++a)
      for (std::size_t b = a + 1; b < n; ++b) {
        double dx = out[b].x - out[a].x, dy = out[b].y - out[a].y;
        double d = std::hypot(dx, dy);
        if (d >= options.min_distance) continue;
        if (d < 1e-9) {
          dx = 1.0;
          dy = 0.0;
          d = 1.0;
        }
        const double push = (options.min_distance - d) / 2.0 + 0.01;
        out[a].x -= dx / d * push;
        out[a].y -= dy / d * push;
        out[b].x += dx / d * push;
        out[b].y += dy / d * push;
        moved = true;
      }
    if (!moved) break;
  }
  for (auto& p : out) {
    p.x = std::round(p.x * 10.0) / 10.0;
    p.y = std::round(p.y * 10.0) / 10.0;
  }
  return out;
}

}  // namespace faultline::render
