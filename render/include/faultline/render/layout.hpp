// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Node placement for the network pictures: Boost.Graph's
/// Fruchterman–Reingold force-directed layout from a fixed start, so the
/// same graph always gets the same picture.
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace faultline::render {

/// A point in SVG user units.
struct point {
  double x = 0.0;
  double y = 0.0;
};

/// Options of force_layout().
struct layout_options {
  /// Size of the area the nodes are spread over, in px. Defaults 900 × 640.
  double width = 900.0;
  double height = 640.0;
  /// Cooling steps of the force-directed layout. Default 300.
  std::size_t iterations = 300;
  /// Least distance kept between two nodes after the layout, in px. Default 48.
  double min_distance = 48.0;
};

/// Positions for `n` nodes joined by `edges` (pairs of node indexes; self
/// loops and duplicates are ignored).
///
/// Nodes start on a circle in index order (no randomness), then
/// Boost.Graph's fruchterman_reingold_force_directed_layout (Fruchterman and
/// Reingold, "Graph drawing by force-directed placement", 1991) runs with
/// linear cooling over `iterations` steps in a rectangle topology; the result
/// is scaled into [0, width] × [0, height], then nodes closer than
/// min_distance are pushed apart. Coordinates are rounded to 0.1 px so the
/// picture's bytes do not depend on the last bits of floating point.
/// Complexity: O(iterations · (n² + E)) (all pairs repel).
[[nodiscard]] std::vector<point> force_layout(std::size_t n,
                                              const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                                              const layout_options& options = {});

}  // namespace faultline::render
