// SPDX-License-Identifier: Apache-2.0
#include <faultline/loaders/compact_edge_list.hpp>

#include <algorithm>
#include <limits>
#include <string>

#include <faultline/graph/error.hpp>

namespace faultline {

compact_graph make_compact(const edge_list& edges, const edge_list_compact_options& options) {
  if (edges.node_count() > std::numeric_limits<std::uint32_t>::max())
    throw usage_error("Too many nodes for the compact form: " + std::to_string(edges.node_count()));
  arc_list arcs;
  arcs.vertex_count = static_cast<std::uint32_t>(edges.node_count());
  arcs.source = edges.source;
  arcs.target = edges.target;
  if (options.use_weights) arcs.weight = edges.weight;

  std::vector<std::int8_t> derived_signs;
  if (!edges.sign.empty()) {
    arcs.sign = edges.sign;
  } else if (std::any_of(edges.weight.begin(), edges.weight.end(), [](double w) { return w < 0; })) {
    derived_signs.reserve(edges.weight.size());
    for (double w : edges.weight)
      derived_signs.push_back(static_cast<std::int8_t>(w > 0 ? 1 : w < 0 ? -1 : 0));
    arcs.sign = derived_signs;
  }

  if (edges.arc.empty()) {
    arcs.directed = edges.directed;
  } else {
    const bool any_arc = std::any_of(edges.arc.begin(), edges.arc.end(), [](std::uint8_t a) { return a != 0; });
    const bool any_edge = std::any_of(edges.arc.begin(), edges.arc.end(), [](std::uint8_t a) { return a == 0; });
    arcs.directed = any_arc || (!any_edge && edges.directed);
    std::vector<std::uint8_t> both;
    if (arcs.directed && any_edge) {
      both.reserve(edges.arc.size());
      for (auto a : edges.arc)
        both.push_back(a == 0 ? 1 : 0);
      arcs.both_ways = both;
      return compact_graph::from_arcs(arcs);
    }
  }
  return compact_graph::from_arcs(arcs);
}

}  // namespace faultline
