// SPDX-License-Identifier: Apache-2.0
#pragma once
// Boost.Graph adaptor of the compact form (private: BGL types stay out of the
// public headers). compact_graph models VertexListGraph and IncidenceGraph
// (directed, parallel arcs allowed; an undirected compact graph is seen as
// its symmetric arcs), with the identity as vertex index and the arc
// position as edge index, so BGL algorithms run on it directly.

#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>

#include <cstdint>
#include <utility>

#include <faultline/graph/compact.hpp>

namespace faultline::bgl {

/// An arc: its source and its position.
struct arc {
  std::uint32_t source = 0;
  std::size_t position = 0;
  friend bool operator==(const arc&, const arc&) = default;
};

/// Iterates the out-arcs of one vertex.
class out_arc_iterator
    : public boost::iterator_facade<out_arc_iterator, arc, std::random_access_iterator_tag, arc, std::ptrdiff_t> {
 public:
  out_arc_iterator() = default;
  out_arc_iterator(std::uint32_t source, std::size_t position) : source_(source), position_(position) {}

 private:
  friend class boost::iterator_core_access;
  [[nodiscard]] arc dereference() const { return {source_, position_}; }
  [[nodiscard]] bool equal(const out_arc_iterator& other) const { return position_ == other.position_; }
  void increment() { ++position_; }
  void decrement() { --position_; }
  void advance(std::ptrdiff_t n) { position_ = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(position_) + n); }
  [[nodiscard]] std::ptrdiff_t distance_to(const out_arc_iterator& other) const {
    return static_cast<std::ptrdiff_t>(other.position_) - static_cast<std::ptrdiff_t>(position_);
  }
  std::uint32_t source_ = 0;
  std::size_t position_ = 0;
};

/// Iterates every arc, by source then position.
class arc_iterator : public boost::iterator_facade<arc_iterator, arc, std::forward_iterator_tag, arc> {
 public:
  arc_iterator() = default;
  arc_iterator(const compact_graph* g, std::uint32_t source, std::size_t position)
      : g_(g), source_(source), position_(position) {
    skip_empty();
  }

 private:
  friend class boost::iterator_core_access;
  [[nodiscard]] arc dereference() const { return {source_, position_}; }
  [[nodiscard]] bool equal(const arc_iterator& other) const { return position_ == other.position_; }
  void increment() {
    ++position_;
    skip_empty();
  }
  void skip_empty() {
    while (g_ != nullptr && source_ < g_->vertex_count() && position_ >= g_->out_end(source_))
      ++source_;
  }
  const compact_graph* g_ = nullptr;
  std::uint32_t source_ = 0;
  std::size_t position_ = 0;
};

/// The weight of an arc, as a readable property map.
struct weight_map {
  using key_type = arc;
  using value_type = double;
  using reference = double;
  using category = boost::readable_property_map_tag;
  const compact_graph* graph = nullptr;
  friend double get(const weight_map& m, const arc& a) { return m.graph->weight(a.position); }
};

/// The arc position as edge index.
struct arc_index_map {
  using key_type = arc;
  using value_type = std::size_t;
  using reference = std::size_t;
  using category = boost::readable_property_map_tag;
  friend std::size_t get(const arc_index_map&, const arc& a) { return a.position; }
};

}  // namespace faultline::bgl

namespace boost {

template <>
struct graph_traits<faultline::compact_graph> {
  using vertex_descriptor = std::uint32_t;
  using edge_descriptor = faultline::bgl::arc;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  struct traversal_category : incidence_graph_tag, vertex_list_graph_tag, edge_list_graph_tag {};
  using out_edge_iterator = faultline::bgl::out_arc_iterator;
  using vertex_iterator = counting_iterator<std::uint32_t>;
  using adjacency_iterator = void;
  using in_edge_iterator = void;
  using edge_iterator = faultline::bgl::arc_iterator;
  using degree_size_type = std::size_t;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return ~std::uint32_t{0}; }
};

template <>
struct graph_traits<const faultline::compact_graph> : graph_traits<faultline::compact_graph> {};

}  // namespace boost

namespace faultline {

// The BGL free functions, found by argument-dependent lookup (source and
// target in bgl::, beside the arc, since faultline::source is a struct).
namespace bgl {
inline std::uint32_t source(const arc& a, const compact_graph&) {
  return a.source;
}
inline std::uint32_t target(const arc& a, const compact_graph& g) {
  return g.targets()[a.position];
}
}  // namespace bgl
inline std::pair<bgl::out_arc_iterator, bgl::out_arc_iterator> out_edges(std::uint32_t v, const compact_graph& g) {
  return {bgl::out_arc_iterator(v, g.out_begin(v)), bgl::out_arc_iterator(v, g.out_end(v))};
}
inline std::size_t out_degree(std::uint32_t v, const compact_graph& g) {
  return g.out_degree(v);
}
inline std::pair<boost::counting_iterator<std::uint32_t>, boost::counting_iterator<std::uint32_t>> vertices(
    const compact_graph& g) {
  return {boost::counting_iterator<std::uint32_t>(0), boost::counting_iterator<std::uint32_t>(g.vertex_count())};
}
inline std::size_t num_vertices(const compact_graph& g) {
  return g.vertex_count();
}
inline std::pair<bgl::arc_iterator, bgl::arc_iterator> edges(const compact_graph& g) {
  return {bgl::arc_iterator(&g, 0, 0), bgl::arc_iterator(&g, g.vertex_count(), g.arc_count())};
}
inline std::size_t num_edges(const compact_graph& g) {
  return g.arc_count();
}

}  // namespace faultline

BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<faultline::compact_graph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<faultline::compact_graph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<faultline::compact_graph>));
