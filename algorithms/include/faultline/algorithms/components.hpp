// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Connected components of the compact analysis form: weakly connected
/// (direction ignored) and strongly connected.
///
/// Experimental API (since 0.1).

#include <cstddef>
#include <cstdint>
#include <vector>

#include <faultline/graph/compact.hpp>

namespace faultline {

/// Which connectivity.
enum class connectivity : std::uint8_t {
  weak,    ///< vertices joined by a path that ignores arc directions
  strong,  ///< vertices that reach each other along arcs
};

/// Components, numbered 0, 1, … in the order of their lowest vertex.
struct components_result {
  std::vector<std::uint32_t> component;  ///< by vertex
  std::vector<std::size_t> sizes;        ///< by component
  [[nodiscard]] std::size_t count() const noexcept { return sizes.size(); }
};

/// The weakly or strongly connected components of `g`. For an undirected
/// graph both are its connected components.
///
/// Weak: union–find with path halving and union by size (Tarjan 1975,
/// "Efficiency of a good but not linear set union algorithm"), O(E α(V)).
/// Strong: Tarjan's algorithm (1972, "Depth-first search and linear graph
/// algorithms", SIAM J. Comput. 1(2)) with an explicit stack, O(V + E).
/// Memory O(V). Throws nothing but std::bad_alloc.
[[nodiscard]] components_result connected_components(const compact_graph& g, connectivity kind = connectivity::weak);

}  // namespace faultline
