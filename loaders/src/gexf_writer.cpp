// SPDX-License-Identifier: Apache-2.0
#include <faultline/loaders/graph_formats.hpp>

#include "graph_export.hpp"

namespace faultline {
namespace {

const char* gexf_type(detail::attr_type t) {
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

/// `label` and `weight` are attributes of GEXF's <edge> itself; Gephi keeps
/// columns of those names of its own, so they are not declared again.
bool on_element(std::string_view id) {
  return id == "label" || id == "weight";
}

template <std::size_t N>
void declare(std::string& out, const detail::attr_spec (&table)[N], const char* domain) {
  out += std::string("    <attributes class=\"") + domain + "\" mode=\"static\">\n";
  for (const auto& a : table)
    if (!on_element(a.id))
      out += "      <attribute id=\"" + std::string(a.id) + "\" title=\"" + std::string(a.name) + "\" type=\"" +
             gexf_type(a.type) + "\"/>\n";
  out += "    </attributes>\n";
}

template <std::size_t N>
void values(std::string& out, const detail::attr_spec (&table)[N], const std::vector<detail::attr_value>& vs) {
  if (vs.empty()) return;
  out += "        <attvalues>\n";
  for (const auto& v : vs)
    if (!on_element(table[v.attr].id))
      out += "          <attvalue for=\"" + std::string(table[v.attr].id) + "\" value=\"" + detail::xml_escape(v.text) +
             "\"/>\n";
  out += "        </attvalues>\n";
}

void spells(std::string& out, const std::optional<detail::spell>& s) {
  if (!s) return;
  out += "        <spells>\n          <spell";
  if (!s->start.empty()) out += " start=\"" + s->start + "\"";
  if (!s->end.empty()) out += " end=\"" + s->end + "\"";
  out += "/>\n        </spells>\n";
}

}  // namespace

std::string write_gexf(const graph_view& view) {
  const auto model = detail::export_model(view);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n    <creator>faultline</creator>\n  </meta>\n"
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  declare(out, detail::node_attrs, "node");
  declare(out, detail::edge_attrs, "edge");
  out += "    <nodes>\n";
  for (const auto& n : model.nodes) {
    out += "      <node id=\"" + detail::xml_escape(n.id) + "\" label=\"" + detail::xml_escape(n.label) + "\">\n";
    values(out, detail::node_attrs, n.values);
    spells(out, n.when);
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (const auto& e : model.edges) {
    out += "      <edge id=\"" + detail::xml_escape(e.id) + "\" source=\"" + detail::xml_escape(e.source) +
           "\" target=\"" + detail::xml_escape(e.target) + "\" label=\"" + detail::xml_escape(e.label) + "\"";
    if (e.weight) out += " weight=\"" + detail::shortest_double(*e.weight) + "\"";
    out += ">\n";
    values(out, detail::edge_attrs, e.values);
    spells(out, e.when);
    out += "      </edge>\n";
  }
  return out + "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace faultline
