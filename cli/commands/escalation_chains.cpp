// SPDX-License-Identifier: Apache-2.0
// `escalation`: chains printed as a table, CSV, JSON or DOT.
#include <algorithm>
#include <array>
#include <ostream>

#include "commands/escalation_common.hpp"

namespace faultline::cli {

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
    dot_graph d;
    d.name = "escalation";
    d.attributes = {{"rankdir", "LR", false}};
    d.node_defaults = {{"fontname", "Helvetica"}, {"shape", "note", false}};
    std::vector<incident_index> nodes;
    std::vector<const retaliation_link*> edges;
    for (const auto& chain : chains)
      for (const auto& s : chain) {
        if (std::find(nodes.begin(), nodes.end(), s.incident) == nodes.end()) {
          nodes.push_back(s.incident);
          const auto& inc = g.incidents()[s.incident];
          d.add_node(inc.id, {{"label", inc.when.to_string() + "\n" + incident_title(inc) + "\n" +
                                            who_text(g, s.parties) + "\nrung " + rung_text(s.severity.rung)}});
        }
        if (s.link && std::find(edges.begin(), edges.end(), s.link) == edges.end()) edges.push_back(s.link);
      }
    for (const auto* l : edges) {
      const std::string text = l->is_explicit() ? "responds_to"
                                                : rule_text(l->rule) + ", " +
                                                      count_of(static_cast<std::size_t>(l->gap_days), "day") + ", " +
                                                      decimal_text(l->score);
      dot_attributes attrs{{"label", text}};
      if (!l->is_explicit()) attrs.push_back({"style", "dashed", false});
      d.add_edge(g.incidents()[l->from].id, g.incidents()[l->to].id, std::move(attrs));
    }
    print::write_dot(ctx.out, d);
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

}  // namespace faultline::cli
