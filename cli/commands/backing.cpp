// SPDX-License-Identifier: Apache-2.0
// `backers` and `proxies`: the same search in two directions, one result.
#include "commands/backing.hpp"

namespace faultline::cli {
namespace {

std::string_view step_name(chain_step_kind k) {
  switch (k) {
    case chain_step_kind::backs:
      return "backs";
    case chain_step_kind::controls:
      return "controls";
    case chain_step_kind::membership:
      return "membership";
  }
  return "backs";
}

// One chain step in words, oriented from the backer's side, with the
// opponent and conflict of its fact when known ("(vs Israel, ucdp:426)"):
// they are what lets steps join (docs/backing.md).
std::string step_text(const graph& g, const chain_step& s) {
  const auto& from = g.actors()[s.from].name;
  const auto& to = g.actors()[s.to].name;
  const auto& rel = g.relations()[s.relation];
  std::string war;
  if (rel.against != no_index) war = "vs " + g.actors()[rel.against].name;
  if (!rel.conflict.empty()) war += (war.empty() ? "" : ", ") + rel.conflict;
  if (!war.empty()) war = " (" + war + ")";
  switch (s.kind) {
    case chain_step_kind::backs:
      return from + " —backs→ " + to + war;
    case chain_step_kind::controls:
      return from + " —controls→ " + to + war;
    case chain_step_kind::membership:
      return to + " —member_of→ " + from + war;
  }
  return "";
}

std::vector<source_index> cited_by(const graph& g, const backing_result& result) {
  std::vector<source_index> cited;
  for (const auto& a : result.answers)
    for (const auto& s : a.chain)
      collect_sources(g.relations()[s.relation].prov, cited);
  return cited;
}

}  // namespace

void setup(CLI::App& sub, backing_cli_options& o) {
  sub.add_option("actor", o.actor, "Id, name or alias of the actor (case-insensitive)")->required();
  sub.add_option("--depth", o.algo.max_depth,
                 "Longest chain in steps; 0 for no limit. The answer says how many more a deeper search finds")
      ->capture_default_str();
  sub.add_flag("--inherit", o.algo.inherit,
               "Let backing pass through membership and control: whoever backs a coalition backs its members, "
               "and a controller backs what it controls");
  sub.add_flag("--through-governments", o.algo.through_governments,
               "Let chains go on past backing given to a state (by default such a step ends a chain: a "
               "government's backer is not thereby a backer of that government's proxies)");
  sub.add_flag("--across-conflicts", o.algo.across_conflicts,
               "Let chains join steps given in different conflicts or against different opponents (by default "
               "a step that names a conflict or an opponent must agree with the rest of the chain)");
  sub.add_option("--decay", o.algo.decay,
                 "Factor in (0, 1] by which each step after the first weakens a chain; 1 for none")
      ->capture_default_str();
}

backing_cli_result run(context& ctx, const backing_cli_options& o) {
  o.algo.validate();
  // Backing runs over relations only: of one columnar snapshot, its small
  // section of actors and relations is read, and no incident.
  std::shared_ptr<const graph> rest;
  std::optional<actor_index> found;
  if (auto store = ctx.columnar_input()) {
    rest = context::rest_graph(*store);
    found = context::resolve_in_place(*store, *rest, o.actor);
    if (!found) rest.reset();  // the whole graph reports the name
  }
  const auto& g = rest ? *rest : ctx.load();
  const auto vo = ctx.view();
  const graph_view view(g, vo);
  const auto subject = found ? *found : g.resolve_actor(o.actor);
  return {rest,
          &g,
          o.backers_mode,
          o.algo,
          vo.as_of,
          ctx.options.min_confidence,
          o.backers_mode ? backers(view, subject, o.algo) : proxies(view, subject, o.algo),
          vo,
          ctx.picture()};
}

std::string backing_cli_result::to_svg() const {
  return render::backing_svg(graph_view(*g, view), result, !backers_mode, picture);
}

json_t backing_cli_result::to_json() const {
  const graph& gr = *g;
  const char* who = backers_mode ? "backer" : "proxy";
  json_t j;
  j["query"] = backers_mode ? "backers" : "proxies";
  j["subject"] = node_json(gr, node_ref{false, result.subject});
  j["options"] = {{"depth", options.max_depth},
                  {"inherit", options.inherit},
                  {"through_governments", options.through_governments},
                  {"across_conflicts", options.across_conflicts},
                  {"decay", options.decay},
                  {"as_of", as_of ? json_t(as_of->to_string()) : json_t(nullptr)},
                  {"min_confidence", min_confidence}};
  j["truncated"] = result.truncated();
  j["cut_off"] = result.cut_off;
  json_t answers = json_t::array();
  for (const auto& a : result.answers) {
    json_t x;
    x[who] = node_json(gr, node_ref{false, a.actor});
    x["direct"] = a.direct();
    x["strength"] = a.strength;
    x["steps"] = a.chain.size();
    json_t chain = json_t::array();
    for (const auto& s : a.chain) {
      json_t step;
      step["step"] = std::string(step_name(s.kind));
      step["from"] = gr.actors()[s.from].id;
      step["to"] = gr.actors()[s.to].id;
      step["relation"] = relation_json(gr, s.relation);
      chain.push_back(std::move(step));
    }
    x["chain"] = std::move(chain);
    answers.push_back(std::move(x));
  }
  j["answers"] = std::move(answers);
  j["sources"] = sources_json(gr, cited_by(gr, result));
  return j;
}

print::table backing_cli_result::to_csv() const {
  const graph& gr = *g;
  print::table t{{"rank", backers_mode ? "backer" : "proxy", "how", "strength", "steps", "chain", "sources"}, {}};
  for (std::size_t k = 0; k < result.answers.size(); ++k) {
    const auto& a = result.answers[k];
    std::string chain;
    provenance all;
    for (const auto& s : a.chain) {
      chain += (chain.empty() ? "" : "; ") + step_text(gr, s);
      collect_sources(gr.relations()[s.relation].prov, all.sources);
    }
    t.rows.push_back({std::to_string(k + 1), label(gr, a.actor),
                      a.direct()            ? "direct"
                      : a.chain.size() == 1 ? "controls"
                                            : "indirect",
                      decimal_text(a.strength), std::to_string(a.chain.size()), chain, source_tags(gr, all)});
  }
  return t;
}

print::document backing_cli_result::to_document() const {
  const graph& gr = *g;
  print::document doc;
  doc.line((backers_mode ? "Backers of " : "Proxies of ") + label(gr, result.subject) + ": " +
           std::to_string(result.answers.size()) + " found");
  if (!result.answers.empty()) doc.line("").add(to_csv());
  if (result.truncated())
    doc.line("").line("Chains are cut at " + count_of(options.max_depth, "step") + ": a deeper search finds " +
                      std::to_string(result.cut_off) + " more " +
                      (result.cut_off == 1 ? (backers_mode ? "backer" : "proxy")
                       : backers_mode      ? "backers"
                                           : "proxies") +
                      " (--depth 0 for no limit)");
  doc.add_sources(gr, cited_by(gr, result));
  return doc;
}

void add_backers(CLI::App& app, context& ctx, int& status) {
  add_command<backing_cli_options>(app, ctx, status, "backers",
                                   "Who backs an actor, directly or through others, each with the chain of facts and "
                                   "sources behind it.\nStrength is the product over the chain's steps of weight times "
                                   "confidence, times decay^(steps-1) (docs/backing.md)",
                                   setup, run, {true, {}, {}});
}

void add_proxies(CLI::App& app, context& ctx, int& status) {
  add_command<backing_cli_options>(app, ctx, status, "proxies",
                                   "Whom an actor backs, directly or through others, each with the chain of facts and "
                                   "sources behind it.\nStrength is the product over the chain's steps of weight times "
                                   "confidence, times decay^(steps-1) (docs/backing.md)",
                                   setup, run, {false, {}, {}});
}

}  // namespace faultline::cli
