// SPDX-License-Identifier: Apache-2.0
// `escalation`: chains of incidents that answer one another, and
// time-respecting paths between actors through incidents.
#include <faultline/graph/error.hpp>

#include "commands/escalation_common.hpp"

namespace faultline::cli {

void setup(CLI::App& sub, escalation_cli_options& o) {
  sub.add_option("--to", o.to, "Chains leading to this incident (id or name)")->type_name("INCIDENT");
  sub.add_option("--from", o.from, "Chains that follow from this incident")->type_name("INCIDENT");
  sub.add_option("--between", o.between, "Chains between two actors and their sides")->expected(2)->type_name("ACTOR");
  sub.add_option("--paths", o.paths,
                 "Time-respecting paths from actor A to actor B through incidents: earliest arrival, fewest steps, "
                 "fastest")
      ->expected(2)
      ->type_name("ACTOR");
  sub.add_option("--top", o.top, "How many chains: the most escalatory ones when no query is given")
      ->capture_default_str();
  sub.add_option("--window", o.algo.window_days,
                 "Longest gap, in days, between an incident and one inferred to answer it; 0 for explicit links only")
      ->capture_default_str();
  sub.add_option("--min-score", o.algo.min_score, "Drop inferred links scoring below this (0 to 1)")
      ->capture_default_str();
  sub.add_option("--since", o.since, "Only incidents that begin on or after this date (chains and paths)")
      ->type_name("DATE");
  sub.add_option("--until", o.until, "Only incidents that begin on or before this date (chains and paths)")
      ->type_name("DATE");
  sub.add_flag("--actors-only", o.actors_only, "--between: only the two actors, not their sides");
  sub.add_flag("--keep-duplicates", o.keep_duplicates,
               "Count every GDELT id as an event of its own (by default, events of the same date, actors, CAMEO code "
               "and place count once, with the number of ids folded into them)");
}

escalation_cli_result run(context& ctx, const escalation_cli_options& given) {
  ctx.require_scenario("escalation");
  const int queries = !given.to.empty() + !given.from.empty() + !given.between.empty() + !given.paths.empty();
  if (queries > 1) throw usage_error("Give one of --to, --from, --between or --paths (or none for the top chains)");
  if (!given.paths.empty() && ctx.options.format == "svg")
    throw usage_error("--paths has no picture: use --format table, json, csv or dot");
  escalation_cli_result r;
  r.options = given;
  auto& algo = r.options.algo;
  algo.max_chains = given.top;
  algo.since = date_flag(given.since, "--since");
  algo.until = date_flag(given.until, "--until");
  algo.include_sides = !given.actors_only;
  algo.fold_duplicates = !given.keep_duplicates;
  algo.validate();
  // One columnar snapshot and a window: chains hold only incidents that
  // begin in it, and links are inferred only between those, so only the
  // incidents the window can hold are read (the date index), into a graph
  // of their own with every actor and relation (issue 15). Not for --to
  // and --from, which name an incident that may lie outside the window,
  // nor for --paths.
  if ((algo.since || algo.until) && given.to.empty() && given.from.empty() && given.paths.empty())
    r.part = ctx.window_graph(given.between, {}, algo.since, algo.until, context::window_rule::begins);
  const auto& g = r.part ? *r.part : ctx.load();
  r.g = &g;
  r.view_opts = ctx.view();
  r.min_confidence = ctx.options.min_confidence;
  r.min_mentions = ctx.options.min_mentions;
  r.min_sources = ctx.options.min_sources;
  r.root_events_only = ctx.options.root_events_only;
  r.picture = ctx.picture();
  const auto view = r.view();

  if (!given.paths.empty()) {
    const auto a = g.resolve_actor(given.paths[0]);
    const auto b = g.resolve_actor(given.paths[1]);
    r.paths = temporal_paths(view, a, b, {algo.since, algo.until});
    return r;
  }
  // Resolve names before the analysis, so a typo fails fast.
  std::optional<incident_index> to, from;
  std::optional<std::pair<actor_index, actor_index>> between;
  if (!given.to.empty()) to = resolve_incident(g, given.to, "--to");
  if (!given.from.empty()) from = resolve_incident(g, given.from, "--from");
  if (!given.between.empty()) between = {g.resolve_actor(given.between[0]), g.resolve_actor(given.between[1])};
  r.eg = retaliation_links(view, algo);
  const auto& eg = r.eg;
  // A duplicate GDELT id stands for the event it was folded into.
  if (to && eg.same_as[*to] != no_index) to = eg.same_as[*to];
  if (from && eg.same_as[*from] != no_index) from = eg.same_as[*from];
  r.subject = nullptr;
  if (to) {
    r.chains = chains_to(view, eg, *to, algo);
    r.query = "to";
    r.subject = node_json(g, node_ref{true, *to});
    r.heading = "Chains leading to " + label(g, node_ref{true, *to});
    for (auto k : eg.answered_by(*to))
      r.around.push_back(k);
  } else if (from) {
    r.chains = chains_from(view, eg, *from, algo);
    r.query = "from";
    r.subject = node_json(g, node_ref{true, *from});
    r.heading = "Chains following from " + label(g, node_ref{true, *from});
    for (auto k : eg.answers(*from))
      r.around.push_back(k);
  } else if (between) {
    r.chains = chains_between(view, eg, between->first, between->second, algo);
    r.query = "between";
    r.subject =
        json_t::array({node_json(g, node_ref{false, between->first}), node_json(g, node_ref{false, between->second})});
    r.heading = "Chains between " + label(g, between->first) + " and " + label(g, between->second) +
                (algo.include_sides ? ", with their sides" : "");
  } else {
    r.chains = top_chains(view, eg, algo);
    r.query = "top";
    r.heading = "Most escalatory chains";
  }
  return r;
}

print::document escalation_cli_result::to_document() const {
  return paths ? paths_document(*this) : chains_document(*this);
}
print::table escalation_cli_result::to_csv() const {
  return paths ? paths_csv(*this) : chains_csv(*this);
}
json_t escalation_cli_result::to_json() const {
  return paths ? paths_json(*this) : chains_json(*this);
}
dot_graph escalation_cli_result::to_dot() const {
  return paths ? paths_dot(*this) : chains_dot(*this);
}
std::string escalation_cli_result::to_svg() const {
  if (paths) throw usage_error("--paths has no picture: use --format table, json, csv or dot");
  return render::escalation_svg(view(), eg, chains, picture);
}

void add_escalation(CLI::App& app, context& ctx, int& status) {
  add_command<escalation_cli_options>(
      app, ctx, status, "escalation",
      "Escalation chains: incidents that answer one another, explicitly (responds_to) or by inference (a later "
      "incident by the target's side against the perpetrator's side, within a window), scored by how far they climb "
      "the escalation ladder (docs/escalation.md).\nWith no query: the most escalatory chains",
      setup, run);
}

}  // namespace faultline::cli
