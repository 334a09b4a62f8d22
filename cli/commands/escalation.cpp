// SPDX-License-Identifier: Apache-2.0
// `escalation`: chains of incidents that answer one another, and
// time-respecting paths between actors through incidents.
#include <faultline/graph/error.hpp>
#include <ostream>

#include "commands/escalation_common.hpp"

namespace faultline::cli {

void add_escalation(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "escalation",
      "Escalation chains: incidents that answer one another, explicitly (responds_to) or by inference (a later "
      "incident by the target's side against the perpetrator's side, within a window), scored by how far they climb "
      "the escalation ladder (docs/escalation.md).\nWith no query: the most escalatory chains");
  auto opt = std::make_shared<escalation_cli_options>();
  cmd->add_option("--to", opt->to, "Chains leading to this incident (id or name)")->type_name("INCIDENT");
  cmd->add_option("--from", opt->from, "Chains that follow from this incident")->type_name("INCIDENT");
  cmd->add_option("--between", opt->between, "Chains between two actors and their sides")
      ->expected(2)
      ->type_name("ACTOR");
  cmd->add_option("--paths", opt->paths,
                  "Time-respecting paths from actor A to actor B through incidents: earliest arrival, fewest steps, "
                  "fastest")
      ->expected(2)
      ->type_name("ACTOR");
  cmd->add_option("--top", opt->top, "How many chains: the most escalatory ones when no query is given")
      ->capture_default_str();
  cmd->add_option("--window", opt->algo.window_days,
                  "Longest gap, in days, between an incident and one inferred to answer it; 0 for explicit links only")
      ->capture_default_str();
  cmd->add_option("--min-score", opt->algo.min_score, "Drop inferred links scoring below this (0 to 1)")
      ->capture_default_str();
  cmd->add_option("--since", opt->since, "Only incidents that begin on or after this date (chains and paths)")
      ->type_name("DATE");
  cmd->add_option("--until", opt->until, "Only incidents that begin on or before this date (chains and paths)")
      ->type_name("DATE");
  cmd->add_flag("--actors-only", opt->actors_only, "--between: only the two actors, not their sides");
  cmd->add_flag("--keep-duplicates", opt->keep_duplicates,
                "Count every GDELT id as an event of its own (by default, events of the same date, actors, CAMEO code "
                "and place count once, with the number of ids folded into them)");
  add_format_option(*cmd, ctx, "table, json, csv, dot, svg (chains only)");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format(
        {output_format::table, output_format::json, output_format::csv, output_format::dot, output_format::svg});
    ctx.require_scenario("escalation");
    const int queries = !opt->to.empty() + !opt->from.empty() + !opt->between.empty() + !opt->paths.empty();
    if (queries > 1) throw usage_error("Give one of --to, --from, --between or --paths (or none for the top chains)");
    opt->algo.max_chains = opt->top;
    opt->algo.since = date_flag(opt->since, "--since");
    opt->algo.until = date_flag(opt->until, "--until");
    opt->algo.include_sides = !opt->actors_only;
    opt->algo.fold_duplicates = !opt->keep_duplicates;
    opt->algo.validate();
    const auto& g = ctx.load();
    const graph_view view(g, ctx.view());

    if (!opt->paths.empty()) {
      if (fmt == output_format::svg) throw usage_error("--paths has no picture: use --format table, json, csv or dot");
      const auto a = g.resolve_actor(opt->paths[0]);
      const auto b = g.resolve_actor(opt->paths[1]);
      const auto result = temporal_paths(view, a, b, {opt->algo.since, opt->algo.until});
      print_paths(ctx, view, result, fmt);
      status = result.earliest_arrival ? exit_ok : exit_no_result;
      return;
    }
    // Resolve names before the analysis, so a typo fails fast.
    std::optional<incident_index> to, from;
    std::optional<std::pair<actor_index, actor_index>> between;
    if (!opt->to.empty()) to = resolve_incident(g, opt->to, "--to");
    if (!opt->from.empty()) from = resolve_incident(g, opt->from, "--from");
    if (!opt->between.empty()) between = {g.resolve_actor(opt->between[0]), g.resolve_actor(opt->between[1])};
    const auto eg = retaliation_links(view, opt->algo);
    // A duplicate GDELT id stands for the event it was folded into.
    if (to && eg.same_as[*to] != no_index) to = eg.same_as[*to];
    if (from && eg.same_as[*from] != no_index) from = eg.same_as[*from];
    chain_result result;
    std::string query, heading;
    json_t subject = nullptr;
    std::vector<std::uint32_t> around;
    if (to) {
      result = chains_to(view, eg, *to, opt->algo);
      query = "to";
      subject = node_json(g, node_ref{true, *to});
      heading = "Chains leading to " + label(g, node_ref{true, *to});
      for (auto k : eg.answered_by(*to))
        around.push_back(k);
    } else if (from) {
      result = chains_from(view, eg, *from, opt->algo);
      query = "from";
      subject = node_json(g, node_ref{true, *from});
      heading = "Chains following from " + label(g, node_ref{true, *from});
      for (auto k : eg.answers(*from))
        around.push_back(k);
    } else if (between) {
      result = chains_between(view, eg, between->first, between->second, opt->algo);
      query = "between";
      subject = json_t::array(
          {node_json(g, node_ref{false, between->first}), node_json(g, node_ref{false, between->second})});
      heading = "Chains between " + label(g, between->first) + " and " + label(g, between->second) +
                (opt->algo.include_sides ? ", with their sides" : "");
    } else {
      result = top_chains(view, eg, opt->algo);
      query = "top";
      heading = "Most escalatory chains";
    }
    if (fmt == output_format::svg)
      ctx.out << render::escalation_svg(view, eg, result, ctx.picture());
    else
      print_chains(ctx, view, eg, result, query, subject, heading, around, *opt, fmt);
    status = result.chains.empty() ? exit_no_result : exit_ok;
  });
}

}  // namespace faultline::cli

