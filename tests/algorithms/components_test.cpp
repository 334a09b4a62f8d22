// SPDX-License-Identifier: Apache-2.0
// Weakly and strongly connected components, checked by hand and against
// Boost.Graph's strong_components run on the compact form through its adaptor.
#include <doctest/doctest.h>

#include <boost/graph/strong_components.hpp>

#include <map>
#include <set>
#include <vector>

#include <faultline/algorithms/components.hpp>
#include <faultline/loaders/compact_edge_list.hpp>
#include <faultline/loaders/edge_list.hpp>

#include "compact_bgl.hpp"

using namespace faultline;

namespace {

compact_graph directed(std::uint32_t n, std::vector<std::uint32_t> src, std::vector<std::uint32_t> dst) {
  return compact_graph::from_arcs({n, src, dst, {}, {}, {}, true});
}

// The partition as a set of vertex sets, to compare numberings.
std::set<std::set<std::uint32_t>> partition(const std::vector<std::uint32_t>& label) {
  std::map<std::uint32_t, std::set<std::uint32_t>> parts;
  for (std::uint32_t v = 0; v < label.size(); ++v)
    parts[label[v]].insert(v);
  std::set<std::set<std::uint32_t>> out;
  for (auto& [k, s] : parts)
    out.insert(s);
  return out;
}

}  // namespace

TEST_CASE("components: weak and strong on a small directed graph, numbered by lowest vertex") {
  // 0→1→2→0 is a cycle; 3→4; 5 alone; 2→3.
  const auto g = directed(6, {0, 1, 2, 3, 2}, {1, 2, 0, 4, 3});
  const auto weak = connected_components(g);
  CHECK(weak.count() == 2);
  CHECK(weak.component == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 1});
  CHECK(weak.sizes == std::vector<std::size_t>{5, 1});
  const auto strong = connected_components(g, connectivity::strong);
  CHECK(strong.count() == 4);
  CHECK(strong.component == std::vector<std::uint32_t>{0, 0, 0, 1, 2, 3});
  CHECK(strong.sizes == std::vector<std::size_t>{3, 1, 1, 1});
}

TEST_CASE("components: the empty graph, a single vertex, self-loops and parallel arcs") {
  CHECK(connected_components(compact_graph{}).count() == 0);
  CHECK(connected_components(directed(1, {}, {}), connectivity::strong).count() == 1);
  const auto g = directed(3, {0, 0, 1, 1}, {0, 1, 0, 0});
  CHECK(connected_components(g, connectivity::strong).sizes == std::vector<std::size_t>{2, 1});
  const auto undirected =
      compact_graph::from_arcs({3, std::vector<std::uint32_t>{0}, std::vector<std::uint32_t>{1}, {}, {}, {}, false});
  CHECK(connected_components(undirected, connectivity::strong).sizes == std::vector<std::size_t>{2, 1});
}

TEST_CASE("components: strong components agree with Boost.Graph on the directed fixture") {
  const auto g = make_compact(load_edge_list(FAULTLINE_SAMPLES_DIR "/fixtures/centrality/directed.csv"));
  const auto mine = connected_components(g, connectivity::strong);
  std::vector<std::uint32_t> theirs(g.vertex_count());
  const auto count = boost::strong_components(
      g, boost::make_iterator_property_map(theirs.begin(), boost::typed_identity_property_map<std::uint32_t>()),
      boost::vertex_index_map(boost::typed_identity_property_map<std::uint32_t>()));
  CHECK(count == mine.count());
  CHECK(partition(mine.component) == partition(theirs));
  CHECK(connected_components(g).count() == 1);
}
