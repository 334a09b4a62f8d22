// SPDX-License-Identifier: Apache-2.0
// `alliances`, `balance`, `tensions`: the signed graph of a scenario or --edges, and the bloc search.
#include "alliances_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <faultline/graph/error.hpp>
#include <ostream>

namespace faultline::cli {

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
  // One columnar snapshot: its incidents are aggregated where they lie.
  if (auto store = ctx.columnar_input()) {
    in.store = std::make_shared<const event_store>(std::move(*store));
    in.rest = context::rest_graph(*in.store);
  }
  const auto& g = in.rest ? *in.rest : ctx.load();
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
  in.sg = in.store ? build_signed_graph(*in.store, g, vo, so) : build_signed_graph(graph_view(g, vo), so);
  return in;
}

bloc_options bloc_search_options(const signed_cli_options& o, const progress_callback& progress) {
  bloc_options b = o.blocs;
  b.progress = progress;
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

}  // namespace faultline::cli
