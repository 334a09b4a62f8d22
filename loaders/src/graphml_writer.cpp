// SPDX-License-Identifier: Apache-2.0
#include <faultline/loaders/graph_formats.hpp>

#include "graph_export.hpp"

namespace faultline {
namespace {

const char* graphml_type(detail::attr_type t) {
  switch (t) {
    case detail::attr_type::integer:
      return "long";
    case detail::attr_type::real:
      return "double";
    case detail::attr_type::string:
      break;
  }
  return "string";
}

template <std::size_t N>
void declare(std::string& out, const detail::attr_spec (&table)[N], const char* domain) {
  for (const auto& a : table)
    out += "  <key id=\"" + std::string(a.id) + "\" for=\"" + domain + "\" attr.name=\"" + std::string(a.name) +
           "\" attr.type=\"" + graphml_type(a.type) + "\"/>\n";
}

template <std::size_t N>
void data(std::string& out, const detail::attr_spec (&table)[N], const std::vector<detail::attr_value>& values) {
  for (const auto& v : values)
    out += "      <data key=\"" + std::string(table[v.attr].id) + "\">" + detail::xml_escape(v.text) + "</data>\n";
}

}  // namespace

std::string write_graphml(const graph_view& view) {
  const auto model = detail::export_model(view);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  declare(out, detail::node_attrs, "node");
  declare(out, detail::edge_attrs, "edge");
  out += "  <graph id=\"faultline\" edgedefault=\"directed\">\n";
  for (const auto& n : model.nodes) {
    // Neo4j APOC's readLabels takes node labels from an attribute of <node>
    // itself: `labels` (as APOC's own export writes it) in older releases,
    // `label` in newer ones; both are written, with the same value.
    const auto labels = detail::xml_escape(n.values.front().text);
    out += "    <node id=\"" + detail::xml_escape(n.id) + "\" labels=\"" + labels + "\" label=\"" + labels + "\">\n";
    data(out, detail::node_attrs, n.values);
    out += "    </node>\n";
  }
  for (const auto& e : model.edges) {
    out += "    <edge id=\"" + detail::xml_escape(e.id) + "\" source=\"" + detail::xml_escape(e.source) +
           "\" target=\"" + detail::xml_escape(e.target) + "\" label=\"" + detail::xml_escape(e.label) + "\">\n";
    data(out, detail::edge_attrs, e.values);
    out += "    </edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

}  // namespace faultline
