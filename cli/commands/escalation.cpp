// SPDX-License-Identifier: Apache-2.0
// `escalation`: chains of incidents that answer one another, and
// time-respecting paths between actors through incidents.
#include <array>
#include <faultline/algorithms/escalation.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/dot.hpp>
#include <ostream>

#include "commands.hpp"
#include "incident_text.hpp"

namespace faultline::cli {
namespace {

struct escalation_cli_options {
  std::string to, from;
  std::vector<std::string> between, paths;
  std::size_t top = escalation_options{}.max_chains;
  std::string since, until;
  bool actors_only = false;
  bool keep_duplicates = false;
  escalation_options algo;
};

incident_index resolve_incident(const graph& g, const std::string& name, const char* flag) {
  const auto n = g.resolve(name);
  if (!n.is_incident)
    throw usage_error(std::string(flag) + " takes an incident, but \"" + name + "\" is an actor (" + g.id_of(n) + ")");
  return n.index;
}

std::string_view tie_phrase(side_tie t) {
  switch (t) {
    case side_tie::same:
      return "is";
    case side_tie::member_of:
      return "is a member of";
    case side_tie::has_member:
      return "has as a member";
    case side_tie::controls:
      return "controls";
    case side_tie::controlled_by:
      return "is controlled by";
    case side_tie::backs:
      return "backs";
    case side_tie::backed_by:
      return "is backed by";
    case side_tie::allied_with:
      return "is allied with";
  }
  return "is";
}

std::string rule_text(link_rule r) {
  std::string s(to_string(r));
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

// "by Iran, which backs Harakat al-Nujaba, its target"; `own` qualifies the
// actor by its part in the later incident ("(which claimed it)"), `part` says
// what the anchor was in the earlier one ("its perpetrator", "which claimed it").
std::string tie_text(const graph& g, const actor_tie& t, const char* by, const std::string& own, const std::string& part) {
  std::string out = std::string(by) + " " + g.actors()[t.actor].name + (own.empty() ? "" : " (" + own + ")");
  if (t.kind != side_tie::same) out += ", which " + std::string(tie_phrase(t.kind)) + " " + g.actors()[t.anchor].name;
  return out + ", " + part;
}

// The inference reads a claim or an attribution of the earlier incident as
// its agent (a reprisal answers whoever is held responsible), so the
// `against` tie may rest on one; the text says which.
std::string why_text(const graph_view& view, const retaliation_link& l) {
  const auto& g = view.base();
  if (l.is_explicit())
    return "explicit responds_to" + (l.score < 1.0 ? " (confidence " + decimal_text(l.score) + ")" : std::string());
  const auto earlier = parties_of(view, l.from);
  const auto later = parties_of(view, l.to);
  // The responder only claimed or is held responsible for the later incident: say so.
  const auto role = part_role(later, l.responder.actor, true);
  const std::string own = role.empty() || role == "perpetrator" ? std::string() : part_text(g, later, l.responder.actor, true);
  return "inferred " + rule_text(l.rule) + " after " + count_of(static_cast<std::size_t>(l.gap_days), "day") +
         ", score " + decimal_text(l.score) + ": " +
         tie_text(g, l.responder, "by", own, part_text(g, earlier, l.responder.anchor, false)) + "; " +
         tie_text(g, l.against, "against", "", part_text(g, earlier, l.against.anchor, true));
}

// What a link rests on: the explicit link's provenance, or the relations of its ties.
std::vector<source_index> link_sources(const graph& g, const retaliation_link& l) {
  std::vector<source_index> out;
  if (l.is_explicit()) {
    collect_sources(link_provenance(g, l.link), out);
    return out;
  }
  for (const auto* t : {&l.responder, &l.against})
    if (t->relation != no_index) collect_sources(g.relations()[t->relation].prov, out);
  return out;
}

// `role`: the actor's part in the later incident; `of_role`: the part the
// anchor (`of`) played in the earlier one.
json_t tie_json(const graph& g, const actor_tie& t, const std::string& role, const std::string& of_role) {
  json_t j;
  j["actor"] = g.actors()[t.actor].id;
  j["role"] = role.empty() ? json_t(nullptr) : json_t(role);
  j["tie"] = std::string(to_string(t.kind));
  j["of"] = g.actors()[t.anchor].id;
  j["of_role"] = of_role.empty() ? json_t(nullptr) : json_t(of_role);
  j["weight"] = tie_weight(t.kind) * (t.relation == no_index ? 1.0 : g.relations()[t.relation].weight);
  j["relation"] = t.relation == no_index ? json_t(nullptr) : relation_json(g, t.relation);
  return j;
}

json_t link_json(const graph_view& view, const retaliation_link& l) {
  const auto& g = view.base();
  json_t j;
  j["kind"] = l.is_explicit() ? "explicit" : "inferred";
  j["rule"] = std::string(to_string(l.rule));
  j["answers"] = g.incidents()[l.from].id;
  j["gap_days"] = l.gap_days;
  j["score"] = l.score;
  j["why"] = why_text(view, l);
  if (l.is_explicit()) {
    j["responder"] = nullptr;
    j["against"] = nullptr;
  } else {
    const auto earlier = parties_of(view, l.from);
    const auto later = parties_of(view, l.to);
    j["responder"] = tie_json(g, l.responder, part_role(later, l.responder.actor, true),
                              part_role(earlier, l.responder.anchor, false));
    j["against"] = tie_json(g, l.against, part_role(later, l.against.actor, false),
                            part_role(earlier, l.against.anchor, true));
  }
  if (l.is_explicit()) {
    j.update(provenance_json(g, link_provenance(g, l.link)));
  } else {
    json_t ids = json_t::array();
    for (auto s : link_sources(g, l))
      ids.push_back(g.sources()[s].id);
    j["sources"] = std::move(ids);
  }
  return j;
}

// Everything a printer needs about one step of a chain.
struct step_view {
  incident_index incident;
  const retaliation_link* link;  // the link from the previous step, or null
  incident_parties parties;
  incident_severity severity;
  std::vector<source_index> sources;
};

std::vector<step_view> steps_of(const graph_view& view, const escalation_graph& eg, const escalation_chain& c,
                                const escalation_options& options) {
  const auto& g = view.base();
  std::vector<step_view> out;
  for (std::size_t k = 0; k < c.incidents.size(); ++k) {
    step_view s{c.incidents[k],
                k == 0 ? nullptr : &eg.links[c.links[k - 1]],
                parties_of(view, c.incidents[k]),
                severity(view, c.incidents[k], options),
                {}};
    collect_sources(g.incidents()[s.incident].prov, s.sources);
    if (s.link)
      for (auto src : link_sources(g, *s.link))
        if (std::find(s.sources.begin(), s.sources.end(), src) == s.sources.end()) s.sources.push_back(src);
    out.push_back(std::move(s));
  }
  return out;
}

std::string tags(const graph& g, const std::vector<source_index>& sources) {
  provenance p;
  p.sources = sources;
  return source_tags(g, p);
}

// `context_links`: for --to, the links answering its incident (what it set
// off); for --from, the links it answers. Shown beside the chains, not in them.
void print_chains(context& ctx, const graph_view& view, const escalation_graph& eg, const chain_result& result,
                  const std::string& query, const json_t& subject, const std::string& heading,
                  const std::vector<std::uint32_t>& context_links, const escalation_cli_options& opt,
                  output_format fmt) {
  const auto& g = view.base();
  const bool set_off = query == "to";
  auto context_incident = [&](std::uint32_t k) { return set_off ? eg.links[k].to : eg.links[k].from; };
  std::vector<std::vector<step_view>> chains;
  std::vector<source_index> cited;
  for (const auto& c : result.chains) {
    chains.push_back(steps_of(view, eg, c, opt.algo));
    for (const auto& s : chains.back())
      for (auto src : s.sources)
        if (std::find(cited.begin(), cited.end(), src) == cited.end()) cited.push_back(src);
  }
  for (auto k : context_links) {
    collect_sources(g.incidents()[context_incident(k)].prov, cited);
    for (auto src : link_sources(g, eg.links[k]))
      if (std::find(cited.begin(), cited.end(), src) == cited.end()) cited.push_back(src);
  }
  if (fmt == output_format::json) {
    json_t j;
    j["query"] = query;
    j["subject"] = subject;
    const auto as_of = ctx.view().as_of;
    j["options"] = {{"window_days", opt.algo.window_days},
                    {"min_score", opt.algo.min_score},
                    {"top", opt.algo.max_chains},
                    {"since", opt.algo.since ? json_t(opt.algo.since->to_string()) : json_t(nullptr)},
                    {"until", opt.algo.until ? json_t(opt.algo.until->to_string()) : json_t(nullptr)},
                    {"sides", opt.algo.include_sides},
                    {"fold_duplicates", opt.algo.fold_duplicates},
                    {"as_of", as_of ? json_t(as_of->to_string()) : json_t(nullptr)},
                    {"min_confidence", ctx.options.min_confidence},
                    {"min_mentions", ctx.options.min_mentions},
                    {"min_sources", ctx.options.min_sources},
                    {"root_events_only", ctx.options.root_events_only}};
    j["truncated"] = result.truncated;
    json_t list = json_t::array();
    for (std::size_t c = 0; c < result.chains.size(); ++c) {
      const auto& chain = result.chains[c];
      json_t x;
      x["rank"] = c + 1;
      x["score"] = chain.score;
      x["climb"] = chain.climb;
      x["net_climb"] = chain.net;
      x["descent"] = chain.descent;
      x["peak"] = {{"level", chain.peak}, {"id", std::string(rung_at(chain.peak).id)}};
      x["incidents"] = chain.incidents.size();
      json_t steps = json_t::array();
      for (std::size_t k = 0; k < chains[c].size(); ++k) {
        const auto& s = chains[c][k];
        const auto& inc = g.incidents()[s.incident];
        json_t st;
        st["step"] = k + 1;
        st["date"] = inc.when.to_string();
        st["incident"] = node_json(g, node_ref{true, s.incident});
        json_t folded = json_t::array();
        for (auto d : eg.folded(s.incident))
          folded.push_back(g.incidents()[d].id);
        st["ids"] = 1 + folded.size();
        st["duplicates"] = std::move(folded);
        st["type"] = inc.type;
        st["perpetrators"] = ids_json(g, s.parties.perpetrators);
        st["claimed_by"] = ids_json(g, s.parties.claimants);
        st["attributed_to"] = attributions_json(g, s.parties.attributions);
        st["targets"] = ids_json(g, s.parties.targets);
        st["victims"] = ids_json(g, s.parties.victims);
        st["fatalities"] = inc.fatalities ? json_t(*inc.fatalities) : json_t(nullptr);
        st["rung"] = rung_json(g, s.incident, s.severity);
        st["link"] = s.link ? link_json(view, *s.link) : json_t(nullptr);
        json_t ids = json_t::array();
        for (auto src : s.sources)
          ids.push_back(g.sources()[src].id);
        st["sources"] = std::move(ids);
        steps.push_back(std::move(st));
      }
      x["steps"] = std::move(steps);
      list.push_back(std::move(x));
    }
    j["chains"] = std::move(list);
    if (query == "to" || query == "from") {
      json_t around = json_t::array();
      for (auto k : context_links) {
        json_t x;
        x["incident"] = node_json(g, node_ref{true, context_incident(k)});
        x["date"] = g.incidents()[context_incident(k)].when.to_string();
        x["link"] = link_json(view, eg.links[k]);
        around.push_back(std::move(x));
      }
      j[set_off ? "set_off" : "answers"] = std::move(around);
    }
    j["sources"] = sources_json(g, cited);
    ctx.out << j.dump(2) << "\n";
    return;
  }
  if (fmt == output_format::dot) {
    ctx.out << "digraph escalation {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", shape=note];\n";
    std::vector<incident_index> nodes;
    std::vector<const retaliation_link*> edges;
    for (const auto& chain : chains)
      for (const auto& s : chain) {
        if (std::find(nodes.begin(), nodes.end(), s.incident) == nodes.end()) {
          nodes.push_back(s.incident);
          const auto& inc = g.incidents()[s.incident];
          ctx.out << "  " << dot_quote(inc.id) << " [label="
                  << dot_quote(inc.when.to_string() + "\n" + incident_title(inc) + "\n" + who_text(g, s.parties) + "\nrung " +
                               rung_text(s.severity.rung))
                  << "];\n";
        }
        if (s.link && std::find(edges.begin(), edges.end(), s.link) == edges.end()) edges.push_back(s.link);
      }
    for (const auto* l : edges) {
      const std::string text = l->is_explicit() ? "responds_to"
                                                : rule_text(l->rule) + ", " +
                                                      count_of(static_cast<std::size_t>(l->gap_days), "day") + ", " +
                                                      decimal_text(l->score);
      ctx.out << "  " << dot_quote(g.incidents()[l->from].id) << " -> " << dot_quote(g.incidents()[l->to].id)
              << " [label=" << dot_quote(text) << (l->is_explicit() ? "" : ", style=dashed") << "];\n";
    }
    ctx.out << "}\n";
    return;
  }
  const std::vector<std::string> headers{"chain",    "score",      "step", "date",    "incident_id",
                                         "incident", "who",        "rung", "link",    "rule",
                                         "gap_days", "link_score", "why",  "sources", "ids"};
  std::vector<std::vector<std::string>> rows;
  for (std::size_t c = 0; c < chains.size(); ++c)
    for (std::size_t k = 0; k < chains[c].size(); ++k) {
      const auto& s = chains[c][k];
      const auto& inc = g.incidents()[s.incident];
      rows.push_back({std::to_string(c + 1), decimal_text(result.chains[c].score), std::to_string(k + 1),
                      inc.when.to_string(), inc.id, incident_title(inc), who_text(g, s.parties),
                      rung_text(s.severity.rung), s.link ? (s.link->is_explicit() ? "explicit" : "inferred") : "",
                      s.link ? std::string(to_string(s.link->rule)) : "",
                      s.link ? std::to_string(s.link->gap_days) : "", s.link ? decimal_text(s.link->score) : "",
                      s.link ? why_text(view, *s.link) : "", tags(g, s.sources),
                      std::to_string(1 + eg.folded(s.incident).size())});
    }
  if (fmt == output_format::csv) {
    print_csv(ctx.out, headers, rows);
    return;
  }
  ctx.out << heading << ": " << count_of(result.chains.size(), "chain")
          << (result.truncated ? " shown (more exist: raise --top)" : " found") << "\n";
  ctx.out << "Links: explicit responds_to, and inferred within "
          << count_of(static_cast<std::size_t>(opt.algo.window_days), "day") << " (minimum score "
          << decimal_text(opt.algo.min_score)
          << "). Chain score: net climb + peak climb - descents, each link weighted by its score"
          << (eg.fold_items.empty()
                  ? std::string()
                  : "; " + count_of(eg.fold_items.size(), "duplicate GDELT id") + " folded into the events they repeat")
          << ".\n";
  if (!result.chains.empty()) {
    ctx.out << "\n";
    table summary{{"chain", "score", "net", "climb", "descent", "peak", "incidents", "from", "to"}, {}};
    for (std::size_t c = 0; c < result.chains.size(); ++c) {
      const auto& chain = result.chains[c];
      summary.rows.push_back({std::to_string(c + 1), decimal_text(chain.score), std::to_string(chain.net),
                              std::to_string(chain.climb), std::to_string(chain.descent), rung_text(chain.peak),
                              std::to_string(chain.incidents.size()),
                              incident_title(g.incidents()[chain.incidents.front()]),
                              incident_title(g.incidents()[chain.incidents.back()])});
    }
    summary.print(ctx.out);
    ctx.out << "\n";
    table steps{{"chain", "step", "date", "incident", "who", "rung", "why linked", "sources"}, {}};
    for (const auto& chain : chains)
      for (std::size_t k = 0; k < chain.size(); ++k) {
        const auto& row = rows[steps.rows.size()];
        const auto ids = row[14] == "1" ? std::string() : " (" + row[14] + " ids)";
        steps.rows.push_back(
            {row[0], row[2], row[3], row[5] + ids, row[6], row[7], k == 0 ? "start" : row[12], row[13]});
      }
    steps.print(ctx.out);
  }
  if (!context_links.empty()) {
    const auto& subject_name =
        g.incidents()[set_off ? eg.links[context_links.front()].from : eg.links[context_links.front()].to].name;
    ctx.out << "\n" << subject_name << (set_off ? " set off (see --from):\n" : " answers (see --to):\n");
    for (auto k : context_links) {
      const auto i = context_incident(k);
      const auto when = g.incidents()[i].when.to_string();
      ctx.out << "  " << when << std::string(12 - when.size(), ' ') << incident_title(g.incidents()[i]) << ": "
              << why_text(view, eg.links[k]) << "\n";
    }
  }
  print_sources(ctx.out, g, cited);
}

void print_paths(context& ctx, const graph_view& view, const temporal_paths_result& result, output_format fmt) {
  const auto& g = view.base();
  const auto criteria = std::to_array<std::pair<const char*, const std::optional<temporal_path>*>>(
      {{"earliest_arrival", &result.earliest_arrival},
       {"fewest_steps", &result.fewest_steps},
       {"fastest", &result.fastest}});
  std::vector<source_index> cited;
  for (const auto& [name, path] : criteria)
    if (*path)
      for (const auto& s : (*path)->steps)
        collect_sources(g.incidents()[s.incident].prov, cited);
  auto day = [](std::int32_t d) { return date::from_days(d).to_string(); };
  if (fmt == output_format::json) {
    json_t j;
    j["query"] = "paths";
    j["from"] = node_json(g, node_ref{false, result.from});
    j["to"] = node_json(g, node_ref{false, result.to});
    json_t paths;
    for (const auto& [name, path] : criteria) {
      if (!*path) {
        paths[name] = nullptr;
        continue;
      }
      json_t p;
      p["departure"] = day((*path)->departure);
      p["arrival"] = day((*path)->arrival);
      p["duration_days"] = (*path)->duration();
      json_t steps = json_t::array();
      for (const auto& s : (*path)->steps) {
        const auto& inc = g.incidents()[s.incident];
        json_t x;
        x["date"] = inc.when.to_string();
        x["incident"] = node_json(g, node_ref{true, s.incident});
        x["from"] = g.actors()[s.from].id;
        x["to"] = g.actors()[s.to].id;
        x.update(provenance_json(g, inc.prov));
        steps.push_back(std::move(x));
      }
      p["steps"] = std::move(steps);
      paths[name] = std::move(p);
    }
    j["paths"] = std::move(paths);
    j["sources"] = sources_json(g, cited);
    ctx.out << j.dump(2) << "\n";
    return;
  }
  if (fmt == output_format::dot) {
    ctx.out << "digraph paths {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", shape=box];\n";
    std::vector<std::string> seen;
    for (const auto& [name, path] : criteria) {
      if (!*path) continue;
      for (const auto& s : (*path)->steps) {
        const auto& inc = g.incidents()[s.incident];
        const std::string edge = g.actors()[s.from].id + " " + g.actors()[s.to].id + " " + inc.id;
        if (std::find(seen.begin(), seen.end(), edge) != seen.end()) continue;
        seen.push_back(edge);
        ctx.out << "  " << dot_quote(g.actors()[s.from].id) << " -> " << dot_quote(g.actors()[s.to].id)
                << " [label=" << dot_quote(inc.when.to_string() + " " + incident_title(inc)) << "];\n";
      }
    }
    ctx.out << "}\n";
    return;
  }
  const std::vector<std::string> headers{"path", "step", "date", "incident_id", "incident", "from", "to", "sources"};
  std::vector<std::vector<std::string>> rows;
  for (const auto& [name, path] : criteria) {
    if (!*path) continue;
    for (std::size_t k = 0; k < (*path)->steps.size(); ++k) {
      const auto& s = (*path)->steps[k];
      const auto& inc = g.incidents()[s.incident];
      rows.push_back({name, std::to_string(k + 1), inc.when.to_string(), inc.id, incident_title(inc), g.actors()[s.from].name,
                      g.actors()[s.to].name, source_tags(g, inc.prov)});
    }
  }
  if (fmt == output_format::csv) {
    print_csv(ctx.out, headers, rows);
    return;
  }
  ctx.out << "Time-respecting paths from " << label(g, result.from) << " to " << label(g, result.to)
          << " through incidents (each one after the previous one ended)\n\n";
  table summary{{"path", "departs", "arrives", "days", "incidents"}, {}};
  for (const auto& [name, path] : criteria) {
    std::string title(name);
    std::replace(title.begin(), title.end(), '_', ' ');
    if (!*path)
      summary.rows.push_back({title, "-", "-", "-", "none"});
    else
      summary.rows.push_back({title, day((*path)->departure), day((*path)->arrival),
                              std::to_string((*path)->duration()), std::to_string((*path)->steps.size())});
  }
  summary.print(ctx.out);
  if (!rows.empty()) {
    ctx.out << "\n";
    table steps{{"path", "step", "date", "incident", "from", "to", "sources"}, {}};
    for (const auto& r : rows) {
      std::string title = r[0];
      std::replace(title.begin(), title.end(), '_', ' ');
      steps.rows.push_back({title, r[1], r[2], r[4], r[5], r[6], r[7]});
    }
    steps.print(ctx.out);
  }
  print_sources(ctx.out, g, cited);
}

}  // namespace

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
