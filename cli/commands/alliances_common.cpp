// SPDX-License-Identifier: Apache-2.0
#include "alliances_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <faultline/graph/error.hpp>
#include <ostream>

namespace faultline::cli {

void add_signed_graph_flags(CLI::App& cmd, signed_cli_options& o) {
  cmd.add_option("--layer", o.layers,
                 "What makes ties (comma-separated): relation types (e.g. backs,hostile_to) and/or `incidents`; "
                 "default: every relation and every incident")
      ->delimiter(',')
      ->type_name("LAYERS");
  cmd.add_option("--window", o.window,
                 "Only facts that hold within FROM..TO (either end may be left out, e.g. 2023-10..); with a dated "
                 "--edges list, its ties in FROM..TO, or one window of its `window` column by label (e.g. 47-50)")
      ->type_name("FROM..TO");
  cmd.add_option("--kind", o.kinds, "Which actors are nodes (comma-separated): state, group, person; default all")
      ->delimiter(',')
      ->type_name("KINDS");
  cmd.add_flag("--unweighted", o.unweighted, "Count every tie as 1 instead of by the weight of its facts");
  cmd.add_option("--relation-rule", o.relation_rules,
                 "How relations of a type count (repeatable): SIGN friendly, hostile or neutral instead of the "
                 "type's polarity, and FACTOR (default 1) multiplying their weight, e.g. negotiates_with=friendly:0.5")
      ->type_name("TYPE=SIGN[:FACTOR]");
  cmd.add_option("--incident-rule", o.incident_rules,
                 "How two actors in the same incident count (repeatable): replaces the rule for that pair of roles "
                 "or adds one; neutral removes it. WEIGHT defaults to the replaced rule's, else 1. Roles: "
                 "perpetrator, target, victim, claimed_by, attributed_to, condemned_by; e.g. "
                 "attributed_to-target=hostile:1")
      ->type_name("ROLE-ROLE=SIGN[:WEIGHT]");
  cmd.add_flag("--no-default-incident-rules", o.no_default_incident_rules,
               "Start from no incident rules (only those given with --incident-rule count)");
  cmd.add_option("--min-events", o.min_events,
                 "Incidents tie two actors only when at least N incidents are between them (either way, any stance); "
                 "relations count whatever N")
      ->capture_default_str()
      ->type_name("N");
}

void add_bloc_flags(CLI::App& cmd, signed_cli_options& o, bool with_k) {
  if (with_k)
    cmd.add_option("--k", o.k,
                   "At most this many blocs in each connected part, or `auto` (grow k while a bloc more cuts "
                   "the frustration by at least 10%)")
        ->capture_default_str()
        ->type_name("N|auto");
  cmd.add_flag("--exact", o.exact,
               "Insist on exact search: refuse a graph with a connected part larger than --exact-limit (by default "
               "such a part gets the heuristic alone, and smaller ones are searched exactly within --exact-budget)");
  cmd.add_flag("--heuristic", o.heuristic, "Multi-start relocation only (Doreian–Mrvar), for large graphs");
  cmd.add_option("--seed", o.blocs.seed, "Seed of the heuristic; equal seeds give equal answers")
      ->capture_default_str();
  cmd.add_option("--restarts", o.blocs.restarts, "Heuristic restarts per connected part")->capture_default_str();
  if (with_k) {
    cmd.add_option("--alpha", o.blocs.alpha,
                   "Weight of a hostile tie inside a bloc; a friendly tie between blocs weighs 1 − alpha")
        ->capture_default_str();
    cmd.add_option("--max-k", o.blocs.max_k, "With --k auto: the largest k tried")->capture_default_str();
  }
  cmd.add_option("--exact-limit", o.blocs.exact_max_nodes,
                 "Largest connected part (in actors) searched exactly, by default as with --exact (at most 256)")
      ->capture_default_str();
  cmd.add_option("--exact-budget", o.blocs.exact_max_steps,
                 "Branch-and-bound nodes the exact search may visit per connected part (and per k); when they run "
                 "out, the best answer found stands, unproved, and the output says so. A count, not a time, so the "
                 "answer does not depend on the machine")
      ->capture_default_str()
      ->type_name("NODES");
}

namespace {

// Parses "NAME=SIGN[:NUMBER]" of `flag`; `what` names the number ("factor", "weight").
struct rule_text {
  std::string name;
  polarity sign = polarity::neutral;
  std::optional<double> number;
};

rule_text parse_rule_text(const std::string& flag, const std::string& given, const std::string& shape,
                          const std::string& what) {
  const auto invalid = [&](const std::string& why) {
    return usage_error(flag + " \"" + given + "\" is invalid: " + why);
  };
  const auto eq = given.find('=');
  if (eq == std::string::npos || eq == 0) throw invalid("expected " + shape);
  rule_text r;
  r.name = given.substr(0, eq);
  auto rest = given.substr(eq + 1);
  const auto colon = rest.find(':');
  const auto sign_text = rest.substr(0, colon);
  const auto sign = parse_polarity(sign_text);
  if (!sign) throw invalid("the sign \"" + sign_text + "\" is not friendly, hostile or neutral");
  r.sign = *sign;
  if (colon != std::string::npos) {
    const auto number = rest.substr(colon + 1);
    double v = 0.0;
    std::size_t used = 0;
    try {
      v = std::stod(number, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (number.empty() || used != number.size() || !std::isfinite(v) || !(v > 0.0))
      throw invalid("the " + what + " \"" + number + "\" is not a positive number");
    r.number = v;
  }
  return r;
}

}  // namespace

aggregation_rules aggregation_rules_from_flags(const signed_cli_options& o, const vocabulary* types) {
  auto rules = aggregation_rules::defaults();
  if (o.no_default_incident_rules) rules.incidents.clear();
  for (const auto& given : o.relation_rules) {
    const auto r = parse_rule_text("--relation-rule", given, "TYPE=friendly|hostile|neutral[:FACTOR]", "factor");
    if (types && !types->find(r.name)) {
      std::string known;
      for (const auto& rt : types->types())
        known += (known.empty() ? "" : ", ") + rt.id;
      throw usage_error("--relation-rule \"" + given + "\" is invalid: unknown relation type \"" + r.name +
                        "\": expected one of " + known);
    }
    relation_rule rule{r.name, r.sign, r.number.value_or(1.0)};
    auto same = std::find_if(rules.relations.begin(), rules.relations.end(),
                             [&](const relation_rule& x) { return x.type == r.name; });
    if (same == rules.relations.end())
      rules.relations.push_back(std::move(rule));
    else
      *same = std::move(rule);
  }
  for (const auto& given : o.incident_rules) {
    const auto r = parse_rule_text("--incident-rule", given, "ROLE-ROLE=friendly|hostile|neutral[:WEIGHT]", "weight");
    const auto dash = r.name.find('-');
    const auto first = dash == std::string::npos ? std::nullopt : parse_role(r.name.substr(0, dash));
    const auto second = dash == std::string::npos ? std::nullopt : parse_role(r.name.substr(dash + 1));
    if (!first || !second)
      throw usage_error("--incident-rule \"" + given + "\" is invalid: \"" + r.name +
                        "\" is not two roles: expected ROLE-ROLE with roles perpetrator, target, victim, claimed_by, "
                        "attributed_to or condemned_by");
    auto same = std::find_if(rules.incidents.begin(), rules.incidents.end(), [&](const incident_rule& x) {
      return (x.first == *first && x.second == *second) || (x.first == *second && x.second == *first);
    });
    if (r.sign == polarity::neutral) {
      if (same != rules.incidents.end()) rules.incidents.erase(same);
    } else if (same == rules.incidents.end()) {
      rules.incidents.push_back({*first, *second, r.sign, r.number.value_or(1.0)});
    } else {
      same->sign = r.sign;
      if (r.number) same->weight = *r.number;
    }
  }
  return rules;
}

std::string aggregation_rules_note(const signed_cli_options& o) {
  if (o.relation_rules.empty() && o.incident_rules.empty() && !o.no_default_incident_rules) return "";
  std::string s = "Aggregation rules changed:";
  const char* sep = " ";
  if (o.no_default_incident_rules) {
    s += " no default incident rules";
    sep = "; ";
  }
  for (const auto& r : o.relation_rules) {
    s += sep + r;
    sep = "; ";
  }
  for (const auto& r : o.incident_rules) {
    s += sep + r;
    sep = "; ";
  }
  return s;
}

signed_input load_signed_input(context& ctx, const signed_cli_options& o) {
  signed_input in;
  in.description = ctx.input_description();
  if (ctx.has_edges()) {
    if (!o.layers.empty() || !o.kinds.empty())
      throw usage_error(
          "--layer and --kind select facts of a scenario; a plain edge list has none: drop them with --edges");
    if (o.min_events != 1)
      throw usage_error(
          "--min-events counts the incidents of a scenario; a plain edge list has none: drop it with --edges");
    if (!o.relation_rules.empty() || !o.incident_rules.empty() || o.no_default_incident_rules)
      throw usage_error(
          "--relation-rule, --incident-rule and --no-default-incident-rules say how the facts of a scenario count; a "
          "plain edge list has signed edges instead: drop them with --edges");
    signed_edge_options eo;
    eo.use_weights = !o.unweighted;
    in.edges = &ctx.load_edges(o.window);  // a dated list: --as-of and --window select its ties
    in.description = ctx.input_description();
    in.window_text = o.window;
    in.sg = signed_graph_from_edge_list(*in.edges, eo);
    return in;
  }
  signed_graph_options so;
  if (!o.window.empty()) {
    const auto w = parse_window(o.window);
    so.from = w.from;
    so.to = w.to;
    in.window_text = o.window;
  }
  if (!o.kinds.empty()) {
    so.actor_kinds.clear();
    for (const auto& k : o.kinds) {
      const auto kind = parse_node_kind(k);
      if (!kind || *kind == node_kind::incident)
        throw usage_error("Unknown actor kind \"" + k + "\": expected state, group or person");
      so.actor_kinds.push_back(*kind);
    }
  }
  so.min_events = o.min_events;
  so.rules = aggregation_rules_from_flags(o);  // the flags' syntax, before loading anything
  so.validate();
  const auto& g = ctx.load();
  in.scenario = &g;
  so.rules = aggregation_rules_from_flags(o, &g.relation_types());
  in.rules_note = aggregation_rules_note(o);
  if (o.min_events > 1)
    in.rules_note += (in.rules_note.empty() ? "" : "\n") + std::string("Incidents tie two actors only when at least ") +
                     std::to_string(o.min_events) + " are between them (--min-events)";
  auto vo = ctx.view();
  if (!o.layers.empty()) {
    so.incidents = false;
    so.relations = false;
    for (const auto& layer : o.layers) {
      if (layer == "incidents") {
        so.incidents = true;
        continue;
      }
      if (!g.relation_types().find(layer)) {
        std::string known;
        for (const auto& rt : g.relation_types().types())
          known += ", " + rt.id;
        throw usage_error("Unknown layer \"" + layer + "\": expected incidents" + known);
      }
      so.relations = true;
      vo.relation_types.push_back(layer);
    }
  }
  in.sg = build_signed_graph(graph_view(g, vo), so);
  return in;
}

bloc_options bloc_search_options(const signed_cli_options& o) {
  bloc_options b = o.blocs;
  if (o.exact && o.heuristic) throw usage_error("Give --exact or --heuristic, not both");
  b.weighted = !o.unweighted;
  b.method = o.exact ? bloc_method::exact : o.heuristic ? bloc_method::heuristic : bloc_method::automatic;
  if (o.k == "auto") {
    b.k = 0;
  } else {
    std::size_t k = 0;
    std::size_t used = 0;
    try {
      k = std::stoul(o.k, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != o.k.size() || k == 0 || o.k.find_first_not_of("0123456789") != std::string::npos)
      throw usage_error("--k \"" + o.k + "\" is invalid: expected a whole number of at least 1, or auto");
    b.k = k;
  }
  b.validate();
  return b;
}

std::string part_method(const bloc_part_report& p, const bloc_options& o) {
  if (p.exact && p.proved) return "exact (proved optimal)";
  if (p.exact) return "heuristic (exact search stopped after " + std::to_string(p.steps) + " nodes)";
  if (o.method == bloc_method::automatic)
    return "heuristic (" + std::to_string(p.nodes) + " actors: above the exact search's limit of " +
           std::to_string(o.exact_max_nodes) + ")";
  return "heuristic";
}

std::string method_name(const blocs_result& r, const bloc_options& o) {
  if (r.parts.empty()) return "none needed";
  // Each way a part was solved, with its count, in order of first appearance.
  std::vector<std::pair<std::string, std::size_t>> ways;
  for (const auto& p : r.parts) {
    auto text = part_method(p, o);
    auto it = std::find_if(ways.begin(), ways.end(), [&](const auto& w) { return w.first == text; });
    if (it == ways.end())
      ways.emplace_back(std::move(text), 1);
    else
      ++it->second;
  }
  if (ways.size() == 1) return ways.front().first;
  std::string s;
  for (const auto& [text, count] : ways)
    s += (s.empty() ? "" : "; ") + text + " for " + count_of(count, "part");
  return s;
}

std::string search_summary(const blocs_result& r, const bloc_options& o) {
  std::string s = "k = " + std::to_string(r.k) + (o.k == 0 ? ", chosen automatically" : "");
  if (r.parts.empty()) return s + "; no signed ties";
  s += "; " + method_name(r, o);
  if (r.proved_optimal) {
    if (r.unique_optimum) s += ", unique";
  } else {
    s += "; " + std::to_string(r.restarts_found_best) + " of " + std::to_string(r.restarts) +
         " heuristic restarts found the best";
  }
  return s;
}

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

std::string fact_text(const signed_input& in, const tie_fact& f) {
  switch (f.kind) {
    case tie_fact_kind::relation:
      return relation_text(*in.scenario, f.index);
    case tie_fact_kind::incident: {
      const auto& g = *in.scenario;
      return role_text(g, f.first_role) + "; " + role_text(g, f.second_role) + " (" +
             g.incidents()[f.index].when.to_string() + ")";
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

const provenance* fact_provenance(const signed_input& in, const tie_fact& f) {
  if (!in.scenario) return nullptr;
  if (f.kind == tie_fact_kind::relation) return &in.scenario->relations()[f.index].prov;
  if (f.kind == tie_fact_kind::incident) return &role_provenance(*in.scenario, f.first_role);
  return nullptr;
}

void print_tie_facts(std::ostream& out, const signed_input& in, std::uint32_t tie, const std::string& indent,
                     std::vector<source_index>& cited) {
  for (const auto& f : in.sg.facts_of(tie)) {
    out << indent << sign_symbol(f.sign) << " " << fact_text(in, f);
    if (f.weight != 1.0) out << ", weight " << decimal_text(f.weight);
    if (const auto* p = fact_provenance(in, f)) {
      collect_sources(*p, cited);
      const auto tags = source_tags(*in.scenario, *p);
      if (!tags.empty()) out << " " << tags;
    }
    out << "\n";
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
    x["fact"] = fact_text(in, f);
    switch (f.kind) {
      case tie_fact_kind::relation:
        x["kind"] = "relation";
        x["relation"] = relation_json(*in.scenario, f.index);
        break;
      case tie_fact_kind::incident: {
        const auto& g = *in.scenario;
        x["kind"] = "incident";
        x["incident"] = node_json(g, node_ref{true, f.index});
        x["date"] = g.incidents()[f.index].when.to_string();
        x["roles"] = {std::string(to_string(g.roles()[f.first_role].kind)),
                      std::string(to_string(g.roles()[f.second_role].kind))};
        break;
      }
      case tie_fact_kind::edge:
        x["kind"] = "edge";
        x["edge"] = f.index + 1;
        break;
    }
    if (const auto* p = fact_provenance(in, f)) {
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

void print_signed_sources(std::ostream& out, const signed_input& in, const std::vector<source_index>& cited) {
  if (in.scenario) print_sources(out, *in.scenario, cited);
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
