// SPDX-License-Identifier: Apache-2.0
// `backers` and `proxies`: the same search in two directions, one printer.
#include <faultline/algorithms/backers.hpp>
#include <ostream>

#include "commands.hpp"

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

struct backing_cli_options {
  backing_options algo;
};

void print_result(context& ctx, const graph& g, const backing_result& result, bool backers_mode, output_format fmt,
                  const backing_options& options) {
  std::vector<source_index> cited;
  for (const auto& a : result.answers)
    for (const auto& s : a.chain)
      collect_sources(g.relations()[s.relation].prov, cited);
  const char* who = backers_mode ? "backer" : "proxy";
  if (fmt == output_format::json) {
    json_t j;
    j["query"] = backers_mode ? "backers" : "proxies";
    j["subject"] = node_json(g, node_ref{false, result.subject});
    j["options"] = {{"depth", options.max_depth},
                    {"inherit", options.inherit},
                    {"through_governments", options.through_governments},
                    {"across_conflicts", options.across_conflicts},
                    {"decay", options.decay},
                    {"as_of", ctx.view().as_of ? json_t(ctx.view().as_of->to_string()) : json_t(nullptr)},
                    {"min_confidence", ctx.options.min_confidence}};
    j["truncated"] = result.truncated();
    j["cut_off"] = result.cut_off;
    json_t answers = json_t::array();
    for (const auto& a : result.answers) {
      json_t x;
      x[who] = node_json(g, node_ref{false, a.actor});
      x["direct"] = a.direct();
      x["strength"] = a.strength;
      x["steps"] = a.chain.size();
      json_t chain = json_t::array();
      for (const auto& s : a.chain) {
        json_t step;
        step["step"] = std::string(step_name(s.kind));
        step["from"] = g.actors()[s.from].id;
        step["to"] = g.actors()[s.to].id;
        step["relation"] = relation_json(g, s.relation);
        chain.push_back(std::move(step));
      }
      x["chain"] = std::move(chain);
      answers.push_back(std::move(x));
    }
    j["answers"] = std::move(answers);
    j["sources"] = sources_json(g, cited);
    ctx.out << j.dump(2) << "\n";
    return;
  }
  const std::vector<std::string> headers{"rank", who, "how", "strength", "steps", "chain", "sources"};
  std::vector<std::vector<std::string>> rows;
  for (std::size_t k = 0; k < result.answers.size(); ++k) {
    const auto& a = result.answers[k];
    std::string chain, sources;
    provenance all;
    for (const auto& s : a.chain) {
      chain += (chain.empty() ? "" : "; ") + step_text(g, s);
      collect_sources(g.relations()[s.relation].prov, all.sources);
    }
    rows.push_back({std::to_string(k + 1), label(g, a.actor),
                    a.direct()            ? "direct"
                    : a.chain.size() == 1 ? "controls"
                                          : "indirect",
                    decimal_text(a.strength), std::to_string(a.chain.size()), chain, source_tags(g, all)});
  }
  if (fmt == output_format::csv) {
    print_csv(ctx.out, headers, rows);
    return;
  }
  ctx.out << (backers_mode ? "Backers of " : "Proxies of ") << label(g, result.subject) << ": " << result.answers.size()
          << " found\n";
  if (!rows.empty()) {
    ctx.out << "\n";
    table{headers, rows}.print(ctx.out);
  }
  if (result.truncated())
    ctx.out << "\nChains are cut at " << count_of(options.max_depth, "step") << ": a deeper search finds "
            << result.cut_off << " more "
            << (result.cut_off == 1 ? who
                : backers_mode      ? "backers"
                                    : "proxies")
            << " (--depth 0 for no limit)\n";
  print_sources(ctx.out, g, cited);
}

void add_backing(CLI::App& app, context& ctx, int& status, bool backers_mode) {
  auto* cmd =
      backers_mode
          ? app.add_subcommand("backers",
                               "Who backs an actor, directly or through others, each with the chain of facts and "
                               "sources behind it.\nStrength is the product over the chain's steps of weight times "
                               "confidence, times decay^(steps-1) (docs/backing.md)")
          : app.add_subcommand("proxies",
                               "Whom an actor backs, directly or through others, each with the chain of facts and "
                               "sources behind it.\nStrength is the product over the chain's steps of weight times "
                               "confidence, times decay^(steps-1) (docs/backing.md)");
  auto opt = std::make_shared<backing_cli_options>();
  auto name = std::make_shared<std::string>();
  cmd->add_option("actor", *name, "Id, name or alias of the actor (case-insensitive)")->required();
  cmd->add_option("--depth", opt->algo.max_depth,
                  "Longest chain in steps; 0 for no limit. The answer says how many more a deeper search finds")
      ->capture_default_str();
  cmd->add_flag("--inherit", opt->algo.inherit,
                "Let backing pass through membership and control: whoever backs a coalition backs its members, "
                "and a controller backs what it controls");
  cmd->add_flag("--through-governments", opt->algo.through_governments,
                "Let chains go on past backing given to a state (by default such a step ends a chain: a "
                "government's backer is not thereby a backer of that government's proxies)");
  cmd->add_flag("--across-conflicts", opt->algo.across_conflicts,
                "Let chains join steps given in different conflicts or against different opponents (by default "
                "a step that names a conflict or an opponent must agree with the rest of the chain)");
  cmd->add_option("--decay", opt->algo.decay,
                  "Factor in (0, 1] by which each step after the first weakens a chain; 1 for none")
      ->capture_default_str();
  add_format_option(*cmd, ctx, "table, json, csv, svg");
  cmd->callback([&ctx, &status, opt, name, backers_mode] {
    const auto fmt = ctx.format({output_format::table, output_format::json, output_format::csv, output_format::svg});
    opt->algo.validate();
    const auto& g = ctx.load();
    const graph_view view(g, ctx.view());
    const auto subject = g.resolve_actor(*name);
    const auto result = backers_mode ? backers(view, subject, opt->algo) : proxies(view, subject, opt->algo);
    if (fmt == output_format::svg)
      ctx.out << render::backing_svg(view, result, !backers_mode, ctx.picture());
    else
      print_result(ctx, g, result, backers_mode, fmt, opt->algo);
    status = result.answers.empty() ? exit_no_result : exit_ok;
  });
}

}  // namespace

void add_backers(CLI::App& app, context& ctx, int& status) {
  add_backing(app, ctx, status, true);
}
void add_proxies(CLI::App& app, context& ctx, int& status) {
  add_backing(app, ctx, status, false);
}

}  // namespace faultline::cli
