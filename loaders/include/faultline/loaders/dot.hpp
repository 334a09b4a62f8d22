// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Graphviz DOT: a small description of a graph (nodes, edges, attributes,
/// clusters) and the one writer every DOT output goes through, plus the DOT
/// export of a view built on them.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <faultline/graph/view.hpp>

namespace faultline {

/// One `name=value` attribute. Values are quoted (dot_quote) unless
/// `quoted` is false, for keywords and numbers such as `shape=box`, `penwidth=3`.
struct dot_attribute {
  std::string name;
  std::string value;
  bool quoted = true;
};
using dot_attributes = std::vector<dot_attribute>;

/// A node statement: `"id" [attributes];`.
struct dot_node {
  std::string id;
  dot_attributes attributes;
};

/// An edge statement: `"tail" -> "head" [attributes];` (`--` in an undirected graph).
struct dot_edge {
  std::string tail;
  std::string head;
  dot_attributes attributes;
};

/// A subgraph (a cluster when its name starts with `cluster`): its
/// attributes are written as `name=value;` statements, then its nodes and edges.
struct dot_subgraph {
  std::string name;
  dot_attributes attributes;
  std::vector<dot_node> nodes;
  std::vector<dot_edge> edges;
};

/// A statement of a graph's body, written in the order given.
using dot_statement = std::variant<dot_node, dot_edge, dot_subgraph>;

/// A whole graph. The writer emits, in this order: `graph [graph_defaults];`,
/// each of `attributes` as `name=value;`, `node [node_defaults];`,
/// `edge [edge_defaults];` (each line only when not empty), then the body.
struct dot_graph {
  bool directed = true;
  std::string name;  ///< written verbatim unless `quote_name`
  bool quote_name = false;
  dot_attributes graph_defaults;
  dot_attributes attributes;
  dot_attributes node_defaults;
  dot_attributes edge_defaults;
  std::vector<dot_statement> body;

  /// Appends a node statement.
  void add_node(std::string id, dot_attributes attrs) { body.emplace_back(dot_node{std::move(id), std::move(attrs)}); }
  /// Appends an edge statement.
  void add_edge(std::string tail, std::string head, dot_attributes attrs) {
    body.emplace_back(dot_edge{std::move(tail), std::move(head), std::move(attrs)});
  }
};

/// The graph as DOT text, two spaces of indent per level. Linear in its size.
[[nodiscard]] std::string write_dot(const dot_graph& graph);

/// The view as a Graphviz digraph: states as double octagons, groups as
/// boxes, persons as ellipses, incidents as notes; friendly relations green,
/// hostile red, neutral grey; incident roles dashed and labelled, incident
/// links dotted. Linear in the size of the view.
[[nodiscard]] dot_graph dot_graph_of(const graph_view& view);

/// write_dot(dot_graph_of(view)).
[[nodiscard]] std::string write_dot(const graph_view& view);

/// Quotes a string for DOT ("..." with \" and \\ escaped, newlines as \n).
[[nodiscard]] std::string dot_quote(std::string_view text);

}  // namespace faultline
