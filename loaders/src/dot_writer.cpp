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

std::string write_dot(const graph_view& view) {
  const auto& g = view.base();
  std::string out = "digraph faultline {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n"
                    "  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const auto& a : g.actors()) {
    const char* shape = a.kind == node_kind::state ? "doubleoctagon" : a.kind == node_kind::group ? "box" : "ellipse";
    out += "  " + dot_quote(a.id) + " [label=" + dot_quote(a.name) + ", shape=" + shape + "];\n";
  }
  for (std::uint32_t i = 0; i < g.incidents().size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    const auto& inc = g.incidents()[i];
    out += "  " + dot_quote(inc.id) + " [label=" + dot_quote(inc.name + "\n" + inc.when.to_string()) +
           ", shape=note, style=filled, fillcolor=\"#f5f5f5\"];\n";
  }
  for (std::uint32_t k = 0; k < g.relations().size(); ++k) {
    if (!view.keeps_relation(k)) continue;
    const auto& r = g.relations()[k];
    const auto& type = g.relation_types()[r.type];
    const char* color = type.sign == polarity::friendly ? "#2e7d32" : type.sign == polarity::hostile ? "#c62828" : "#757575";
    out += "  " + dot_quote(g.actors()[r.from].id) + " -> " + dot_quote(g.actors()[r.to].id) + " [label=" +
           dot_quote(type.id) + ", color=\"" + color + "\", fontcolor=\"" + color + "\"" +
           (type.symmetric ? ", dir=both" : "") + "];\n";
  }
  for (std::uint32_t k = 0; k < g.roles().size(); ++k) {
    if (!view.keeps_role(k)) continue;
    const auto& r = g.roles()[k];
    const bool outward = !actor_acts(r.kind);  // as the text reads (model.hpp)
    const auto& actor_id = g.actors()[r.actor].id;
    const auto& incident_id = g.incidents()[r.incident].id;
    out += "  " + dot_quote(outward ? incident_id : actor_id) + " -> " + dot_quote(outward ? actor_id : incident_id) +
           " [label=" + dot_quote(to_string(r.kind)) + ", style=dashed];\n";
  }
  for (std::uint32_t k = 0; k < g.links().size(); ++k) {
    if (!view.keeps_link(k)) continue;
    const auto& l = g.links()[k];
    out += "  " + dot_quote(g.incidents()[l.from].id) + " -> " + dot_quote(g.incidents()[l.to].id) +
           " [label=" + dot_quote(to_string(l.kind)) + ", style=dotted];\n";
  }
  return out + "}\n";
}

}  // namespace faultline
