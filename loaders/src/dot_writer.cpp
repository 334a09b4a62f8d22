// SPDX-License-Identifier: Apache-2.0
#include <faultline/loaders/dot.hpp>

namespace faultline {

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

namespace {

std::string attribute_text(const dot_attribute& a) {
  return a.name + "=" + (a.quoted ? dot_quote(a.value) : a.value);
}

// "[a=b, c=d]", or "" for no attributes.
std::string attribute_list(const dot_attributes& attrs) {
  std::string out;
  for (const auto& a : attrs)
    out += (out.empty() ? "[" : ", ") + attribute_text(a);
  return out.empty() ? out : out + "]";
}

void write_statement_list(std::string& out, const std::string& keyword, const dot_attributes& attrs) {
  if (!attrs.empty()) out += "  " + keyword + " " + attribute_list(attrs) + ";\n";
}

void write_node(std::string& out, const std::string& indent, const dot_node& n) {
  const auto attrs = attribute_list(n.attributes);
  out += indent + dot_quote(n.id) + (attrs.empty() ? "" : " " + attrs) + ";\n";
}

void write_edge(std::string& out, const std::string& indent, const char* op, const dot_edge& e) {
  const auto attrs = attribute_list(e.attributes);
  out += indent + dot_quote(e.tail) + op + dot_quote(e.head) + (attrs.empty() ? "" : " " + attrs) + ";\n";
}

}  // namespace

std::string write_dot(const dot_graph& graph) {
  const char* op = graph.directed ? " -> " : " -- ";
  std::string out = std::string(graph.directed ? "digraph " : "graph ") +
                    (graph.quote_name ? dot_quote(graph.name) : graph.name) + " {\n";
  write_statement_list(out, "graph", graph.graph_defaults);
  for (const auto& a : graph.attributes)
    out += "  " + attribute_text(a) + ";\n";
  write_statement_list(out, "node", graph.node_defaults);
  write_statement_list(out, "edge", graph.edge_defaults);
  for (const auto& statement : graph.body) {
    if (const auto* n = std::get_if<dot_node>(&statement)) {
      write_node(out, "  ", *n);
    } else if (const auto* e = std::get_if<dot_edge>(&statement)) {
      write_edge(out, "  ", op, *e);
    } else {
      const auto& s = std::get<dot_subgraph>(statement);
      out += "  subgraph " + dot_quote(s.name) + " {\n";
      for (const auto& a : s.attributes)
        out += "    " + attribute_text(a) + ";\n";
      for (const auto& node : s.nodes)
        write_node(out, "    ", node);
      for (const auto& edge : s.edges)
        write_edge(out, "    ", op, edge);
      out += "  }\n";
    }
  }
  return out + "}\n";
}

dot_graph dot_graph_of(const graph_view& view) {
  const auto& g = view.base();
  dot_graph out;
  out.name = "faultline";
  out.graph_defaults = {{"rankdir", "LR", false}, {"fontname", "Helvetica"}};
  out.node_defaults = {{"fontname", "Helvetica"}};
  out.edge_defaults = {{"fontname", "Helvetica"}, {"fontsize", "10", false}};
  for (const auto& a : g.actors()) {
    const char* shape = a.kind == node_kind::state ? "doubleoctagon" : a.kind == node_kind::group ? "box" : "ellipse";
    out.add_node(a.id, {{"label", a.name}, {"shape", shape, false}});
  }
  for (std::uint32_t i = 0; i < g.incidents().size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    const auto& inc = g.incidents()[i];
    out.add_node(inc.id, {{"label", inc.name + "\n" + inc.when.to_string()},
                          {"shape", "note", false},
                          {"style", "filled", false},
                          {"fillcolor", "#f5f5f5"}});
  }
  for (std::uint32_t k = 0; k < g.relations().size(); ++k) {
    if (!view.keeps_relation(k)) continue;
    const auto& r = g.relations()[k];
    const auto& type = g.relation_types()[r.type];
    const char* color = type.sign == polarity::friendly  ? "#2e7d32"
                        : type.sign == polarity::hostile ? "#c62828"
                                                         : "#757575";
    dot_attributes attrs{{"label", type.id}, {"color", color}, {"fontcolor", color}};
    if (type.symmetric) attrs.push_back({"dir", "both", false});
    out.add_edge(g.actors()[r.from].id, g.actors()[r.to].id, std::move(attrs));
  }
  for (std::uint32_t k = 0; k < g.roles().size(); ++k) {
    if (!view.keeps_role(k)) continue;
    const auto& r = g.roles()[k];
    const bool outward = !actor_acts(r.kind);  // as the text reads (model.hpp)
    const auto& actor_id = g.actors()[r.actor].id;
    const auto& incident_id = g.incidents()[r.incident].id;
    out.add_edge(outward ? incident_id : actor_id, outward ? actor_id : incident_id,
                 {{"label", std::string(to_string(r.kind))}, {"style", "dashed", false}});
  }
  for (std::uint32_t k = 0; k < g.links().size(); ++k) {
    if (!view.keeps_link(k)) continue;
    const auto& l = g.links()[k];
    out.add_edge(g.incidents()[l.from].id, g.incidents()[l.to].id,
                 {{"label", std::string(to_string(l.kind))}, {"style", "dotted", false}});
  }
  return out;
}

std::string write_dot(const graph_view& view) {
  return write_dot(dot_graph_of(view));
}

}  // namespace faultline
