// SPDX-License-Identifier: Apache-2.0
// `alliances`, `balance`, `tensions`: nodes, ties and their facts as words, JSON and DOT.
#include "alliances_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <faultline/graph/error.hpp>
#include <ostream>

namespace faultline::cli {

std::string node_label(const signed_input& in, std::uint32_t node) {
  if (in.scenario) return label(*in.scenario, in.sg.actors[node]);
  const auto& id = in.sg.ids[node];
  const auto& name = in.sg.names[node];
  return name == id ? id : name + " (" + id + ")";
}

json_t signed_node_json(const signed_input& in, std::uint32_t node) {
  if (in.scenario) return node_json(*in.scenario, node_ref{false, in.sg.actors[node]});
  json_t j;
  j["id"] = in.sg.ids[node];
  j["name"] = in.sg.names[node];
  return j;
}

std::string sign_word(std::int8_t sign) {
  return sign > 0 ? "friendly" : sign < 0 ? "hostile" : "ambivalent";
}
std::string sign_symbol(std::int8_t sign) {
  return sign > 0 ? "+" : sign < 0 ? "−" : "±";
}

std::string sign_ascii(std::int8_t sign) {
  return sign > 0 ? "+" : sign < 0 ? "-" : "0";
}

namespace {

// An incident fact's incident and two role edges: from the graph, or built
// from the columnar snapshot read in place (only the facts printed are).
struct incident_fact {
  incident inc;
  role_edge first;
  role_edge second;
};

incident_fact incident_fact_of(const signed_input& in, const tie_fact& f) {
  if (in.store)
    return {in.store->materialise(f.index), in.store->materialise_role(f.first_role),
            in.store->materialise_role(f.second_role)};
  const auto& g = *in.scenario;
  return {g.incidents()[f.index], g.roles()[f.first_role], g.roles()[f.second_role]};
}

// The incident and roles of an incident fact, read once for its text, its
// JSON and its provenance; nullopt for other facts.
std::optional<incident_fact> parts_of(const signed_input& in, const tie_fact& f) {
  if (f.kind != tie_fact_kind::incident) return std::nullopt;
  return incident_fact_of(in, f);
}

std::string fact_text(const signed_input& in, const tie_fact& f, const std::optional<incident_fact>& parts) {
  switch (f.kind) {
    case tie_fact_kind::relation:
      return relation_text(*in.scenario, f.index);
    case tie_fact_kind::incident: {
      const auto& g = *in.scenario;
      const auto& x = *parts;
      return role_text(g, x.first, x.inc) + "; " + role_text(g, x.second, x.inc) + " (" + x.inc.when.to_string() + ")";
    }
    case tie_fact_kind::edge: {
      const auto& e = *in.edges;
      std::string s = "edge " + std::to_string(f.index + 1) + ": " + in.sg.names[e.source[f.index]] +
                      (e.is_arc(f.index) ? " → " : " — ") + in.sg.names[e.target[f.index]];
      if (!e.sign.empty()) s += ", sign " + std::string(e.sign[f.index] > 0 ? "+" : e.sign[f.index] < 0 ? "-" : "0");
      if (!e.weight.empty()) s += ", weight " + number_text(e.weight[f.index]);
      return s;
    }
  }
  return "";
}

const provenance* fact_provenance(const signed_input& in, const tie_fact& f,
                                  const std::optional<incident_fact>& parts) {
  if (!in.scenario) return nullptr;
  if (f.kind == tie_fact_kind::relation) return &in.scenario->relations()[f.index].prov;
  // A role edge that cites nothing itself rests on its incident (role_provenance).
  if (f.kind == tie_fact_kind::incident)
    return parts->first.prov.sources.empty() ? &parts->inc.prov : &parts->first.prov;
  return nullptr;
}

}  // namespace

void add_tie_facts(print::document& doc, const signed_input& in, std::uint32_t tie, const std::string& indent,
                   std::vector<source_index>& cited) {
  for (const auto& f : in.sg.facts_of(tie)) {
    const auto parts = parts_of(in, f);
    std::string line = indent + sign_symbol(f.sign) + " " + fact_text(in, f, parts);
    if (f.weight != 1.0) line += ", weight " + decimal_text(f.weight);
    if (const auto* p = fact_provenance(in, f, parts)) {
      collect_sources(*p, cited);
      const auto tags = source_tags(*in.scenario, *p);
      if (!tags.empty()) line += " " + tags;
    }
    doc.line(std::move(line));
  }
}

json_t tie_json(const signed_input& in, std::uint32_t tie, std::vector<source_index>& cited) {
  const auto& t = in.sg.ties[tie];
  json_t j;
  j["a"] = signed_node_json(in, t.u);
  j["b"] = signed_node_json(in, t.v);
  j["sign"] = sign_word(t.sign);
  j["weight"] = t.weight;
  j["friendly"] = t.friendly;
  j["hostile"] = t.hostile;
  json_t facts = json_t::array();
  for (const auto& f : in.sg.facts_of(tie)) {
    json_t x;
    x["sign"] = sign_word(f.sign);
    x["weight"] = f.weight;
    const auto parts = parts_of(in, f);
    x["fact"] = fact_text(in, f, parts);
    switch (f.kind) {
      case tie_fact_kind::relation:
        x["kind"] = "relation";
        x["relation"] = relation_json(*in.scenario, f.index);
        break;
      case tie_fact_kind::incident:
        x["kind"] = "incident";
        x["incident"] = incident_json(parts->inc);
        x["date"] = parts->inc.when.to_string();
        x["roles"] = {std::string(to_string(parts->first.kind)), std::string(to_string(parts->second.kind))};
        break;
      case tie_fact_kind::edge:
        x["kind"] = "edge";
        x["edge"] = f.index + 1;
        break;
    }
    if (const auto* p = fact_provenance(in, f, parts)) {
      collect_sources(*p, cited);
      if (f.kind != tie_fact_kind::relation) x.update(provenance_json(*in.scenario, *p));
    }
    facts.push_back(std::move(x));
  }
  j["facts"] = std::move(facts);
  return j;
}

json_t input_json(const context& ctx, const signed_input& in, const signed_cli_options& o) {
  json_t j;
  j["input"] = in.description;
  const auto as_of = ctx.view().as_of;
  json_t layers = json_t::array();
  for (const auto& l : o.layers)
    layers.push_back(l);
  json_t kinds = json_t::array();
  for (const auto& k : o.kinds)
    kinds.push_back(k);
  j["filters"] = {{"layers", std::move(layers)},
                  {"as_of", as_of ? json_t(as_of->to_string()) : json_t(nullptr)},
                  {"window", in.window_text.empty() ? json_t(nullptr) : json_t(in.window_text)},
                  {"kinds", std::move(kinds)},
                  {"min_confidence", ctx.options.min_confidence},
                  {"min_mentions", ctx.options.min_mentions},
                  {"min_sources", ctx.options.min_sources},
                  {"root_events_only", ctx.options.root_events_only},
                  {"min_events", o.min_events},
                  {"weighted", !o.unweighted},
                  {"relation_rules", o.relation_rules},
                  {"incident_rules", o.incident_rules},
                  {"default_incident_rules", !o.no_default_incident_rules}};
  std::size_t friendly = 0, hostile = 0, ambivalent = 0, isolated = 0;
  for (const auto& t : in.sg.ties)
    (t.sign > 0 ? friendly : t.sign < 0 ? hostile : ambivalent) += 1;
  for (std::uint32_t x = 0; x < in.sg.node_count(); ++x)
    isolated += in.sg.degree(x) == 0;
  j["graph"] = {{"actors", in.sg.node_count()},
                {"actors_without_ties", isolated},
                {"friendly_ties", friendly},
                {"hostile_ties", hostile},
                {"ambivalent_ties", ambivalent},
                {"facts", in.sg.facts.size()},
                {"neutral_facts_ignored", in.sg.neutral_facts},
                {"self_loops_ignored", in.sg.self_loops}};
  return j;
}

void add_signed_sources(print::document& doc, const signed_input& in, const std::vector<source_index>& cited) {
  if (in.scenario) doc.add_sources(*in.scenario, cited);
}

dot_graph signed_dot(const signed_input& in, const std::string& name, std::span<const std::uint32_t> bloc,
                     const std::string& group_word, const std::vector<std::uint32_t>& highlight,
                     const std::vector<dot_extra_edge>& extra) {
  // Colour-blind-safe fills (Okabe and Ito), cycled.
  static const char* fills[] = {"#56B4E9", "#E69F00", "#009E73", "#F0E442", "#CC79A7", "#0072B2", "#D55E00", "#999999"};
  const auto& sg = in.sg;
  dot_graph d;
  d.directed = false;
  d.name = name;
  d.quote_name = true;
  d.node_defaults = {{"fontname", "Helvetica"}, {"style", "filled", false}, {"shape", "box", false}};
  d.edge_defaults = {{"fontname", "Helvetica"}};
  std::uint32_t groups = 0;
  for (auto b : bloc)
    if (b != no_bloc) groups = std::max(groups, b + 1);
  for (std::uint32_t b = 0; b < groups; ++b) {
    dot_subgraph cluster{"cluster_" + std::to_string(b + 1),
                         {{"label", group_word + " " + std::to_string(b + 1)}, {"color", fills[b % 8]}},
                         {},
                         {}};
    for (std::uint32_t x = 0; x < sg.node_count(); ++x)
      if (bloc[x] == b) cluster.nodes.push_back({sg.ids[x], {{"label", sg.names[x]}, {"fillcolor", fills[b % 8]}}});
    d.body.emplace_back(std::move(cluster));
  }
  for (std::uint32_t x = 0; x < sg.node_count(); ++x)
    if (bloc[x] == no_bloc) d.add_node(sg.ids[x], {{"label", sg.names[x]}, {"fillcolor", "white"}});
  for (std::uint32_t t = 0; t < sg.ties.size(); ++t) {
    const auto& tie = sg.ties[t];
    const bool bold = std::find(highlight.begin(), highlight.end(), t) != highlight.end();
    dot_attributes attrs;
    if (tie.sign > 0)
      attrs = {{"color", "#1A9850"}, {"style", "solid", false}};
    else if (tie.sign < 0)
      attrs = {{"color", "#D73027"}, {"style", "dashed", false}};
    else
      attrs = {{"color", "#999999"}, {"style", "dotted", false}};
    attrs.push_back({"penwidth", bold ? "3" : "1", false});
    attrs.push_back({"tooltip", sign_word(tie.sign) + ", weight " + decimal_text(tie.weight)});
    if (bold) attrs.push_back({"label", "frustrated"});
    d.add_edge(sg.ids[tie.u], sg.ids[tie.v], std::move(attrs));
  }
  for (const auto& e : extra)
    d.add_edge(sg.ids[e.a], sg.ids[e.b],
               {{"color", "#777777"}, {"style", "dotted", false}, {"constraint", "false", false}, {"label", e.label}});
  return d;
}

std::string precise_text(double v) {
  std::string s = fmt::format("{:.7f}", v);
  while (!s.empty() && s.back() == '0')
    s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace faultline::cli
