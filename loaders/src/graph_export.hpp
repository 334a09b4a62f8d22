// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The nodes and edges the XML exports write (private to loaders/): one
/// attribute table built once from a view, so GraphML and GEXF carry the same
/// facts, and the XML text escaping both need.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/view.hpp>

namespace faultline::detail {

/// The value types the exports declare.
enum class attr_type : std::uint8_t { string, integer, real };

/// A declared attribute: its name (also its GraphML key id, unless `id` says otherwise) and type.
struct attr_spec {
  std::string_view id;
  std::string_view name;
  attr_type type;
};

/// The attributes nodes may carry, in the order they are declared and written.
inline constexpr attr_spec node_attrs[] = {{"labels", "labels", attr_type::string},
                                           {"kind", "kind", attr_type::string},
                                           {"name", "name", attr_type::string},
                                           {"category", "category", attr_type::string},
                                           {"country", "country", attr_type::string},
                                           {"aliases", "aliases", attr_type::string},
                                           {"date", "date", attr_type::string},
                                           {"until", "until", attr_type::string},
                                           {"type", "type", attr_type::string},
                                           {"place", "place", attr_type::string},
                                           {"fatalities", "fatalities", attr_type::integer},
                                           {"cameo", "cameo", attr_type::string},
                                           {"goldstein", "goldstein", attr_type::real},
                                           {"sources", "sources", attr_type::string}};

/// The attributes edges may carry. (GraphML key ids are shared by nodes and
/// edges, so the edge's `type` and `sources` get ids of their own.)
inline constexpr attr_spec edge_attrs[] = {
    {"label", "label", attr_type::string},         {"edge_kind", "edge_kind", attr_type::string},
    {"edge_type", "type", attr_type::string},      {"weight", "weight", attr_type::real},
    {"sign", "sign", attr_type::integer},          {"since", "since", attr_type::string},
    {"edge_until", "until", attr_type::string},    {"confidence", "confidence", attr_type::real},
    {"against", "against", attr_type::string},     {"conflict", "conflict", attr_type::string},
    {"edge_sources", "sources", attr_type::string}};

/// One attribute value, as text, by index into node_attrs or edge_attrs.
struct attr_value {
  std::size_t attr;
  std::string text;
};

/// A closed interval of days, as ISO dates; `end` empty when open.
struct spell {
  std::string start;
  std::string end;
};

/// A node as the exports write it: its id, display label, attributes and spell.
struct export_node {
  std::string id;
  std::string label;  ///< the display name (the id when there is none)
  std::vector<attr_value> values;
  std::optional<spell> when;
};

/// A directed edge as the exports write it; `weight` only for relations.
struct export_edge {
  std::string id;
  std::string source;
  std::string target;
  std::string label;  ///< the relation type, role or link kind
  std::optional<double> weight;
  std::vector<attr_value> values;
  std::optional<spell> when;
};

/// Everything one export writes.
struct export_graph {
  std::vector<export_node> nodes;
  std::vector<export_edge> edges;
};

/// The nodes and edges of the view, in the graph's order: actors, incidents;
/// relations, roles, links.
[[nodiscard]] export_graph export_model(const graph_view& view);

/// Text for an XML attribute value or element content: & < > " ' escaped,
/// tab, newline and carriage return as character references (so attribute
/// normalisation keeps them), and the characters XML 1.0 forbids (other
/// C0 controls, U+FFFE, U+FFFF) dropped.
[[nodiscard]] std::string xml_escape(std::string_view text);

/// The shortest text that reads back as the same double.
[[nodiscard]] std::string shortest_double(double v);

}  // namespace faultline::detail
