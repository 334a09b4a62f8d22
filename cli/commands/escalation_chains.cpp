// SPDX-License-Identifier: Apache-2.0
// `escalation`: chains as a table document, CSV, JSON or DOT.
#include <algorithm>
#include <array>
#include <ostream>

#include "commands/escalation_common.hpp"

namespace faultline::cli {

namespace {

// The steps of every chain, and every source they and the context links cite.
struct chain_steps {
  std::vector<std::vector<step_view>> chains;
  std::vector<source_index> cited;
};

bool set_off(const escalation_cli_result& r) {
  return r.query == "to";
}

incident_index context_incident(const escalation_cli_result& r, std::uint32_t k) {
  return set_off(r) ? r.eg.links[k].to : r.eg.links[k].from;
}

chain_steps steps_of_all(const escalation_cli_result& r, const graph_view& view) {
  const auto& g = *r.g;
  chain_steps out;
  for (const auto& c : r.chains.chains) {
    out.chains.push_back(steps_of(view, r.eg, c, r.options.algo));
    for (const auto& s : out.chains.back())
      for (auto src : s.sources)
        if (std::find(out.cited.begin(), out.cited.end(), src) == out.cited.end()) out.cited.push_back(src);
  }
  for (auto k : r.around) {
    collect_sources(g.incidents()[context_incident(r, k)].prov, out.cited);
    for (auto src : link_sources(g, r.eg.links[k]))
      if (std::find(out.cited.begin(), out.cited.end(), src) == out.cited.end()) out.cited.push_back(src);
  }
  return out;
}

// "3 ids" beside an event that folds duplicate GDELT ids; "" otherwise.
std::string ids_note(const escalation_cli_result& r, incident_index i) {
  const auto n = 1 + r.eg.folded(i).size();
  return n == 1 ? std::string() : " (" + std::to_string(n) + " ids)";
}

}  // namespace

json_t chains_json(const escalation_cli_result& r) {
  const auto view = r.view();
  const auto& g = *r.g;
  const auto& opt = r.options;
  const auto all = steps_of_all(r, view);
  json_t j;
  j["query"] = r.query;
  j["subject"] = r.subject;
  const auto& as_of = r.view_opts.as_of;
  j["options"] = {{"window_days", opt.algo.window_days},
                  {"min_score", opt.algo.min_score},
                  {"top", opt.algo.max_chains},
                  {"since", opt.algo.since ? json_t(opt.algo.since->to_string()) : json_t(nullptr)},
                  {"until", opt.algo.until ? json_t(opt.algo.until->to_string()) : json_t(nullptr)},
                  {"sides", opt.algo.include_sides},
                  {"fold_duplicates", opt.algo.fold_duplicates},
                  {"as_of", as_of ? json_t(as_of->to_string()) : json_t(nullptr)},
                  {"min_confidence", r.min_confidence},
                  {"min_mentions", r.min_mentions},
                  {"min_sources", r.min_sources},
                  {"root_events_only", r.root_events_only}};
  j["truncated"] = r.chains.truncated;
  json_t list = json_t::array();
  for (std::size_t c = 0; c < r.chains.chains.size(); ++c) {
    const auto& chain = r.chains.chains[c];
    json_t x;
    x["rank"] = c + 1;
    x["score"] = chain.score;
    x["climb"] = chain.climb;
    x["net_climb"] = chain.net;
    x["descent"] = chain.descent;
    x["peak"] = {{"level", chain.peak}, {"id", std::string(rung_at(chain.peak).id)}};
    x["incidents"] = chain.incidents.size();
    json_t steps = json_t::array();
    for (std::size_t k = 0; k < all.chains[c].size(); ++k) {
      const auto& s = all.chains[c][k];
      const auto& inc = g.incidents()[s.incident];
      json_t st;
      st["step"] = k + 1;
      st["date"] = inc.when.to_string();
      st["incident"] = node_json(g, node_ref{true, s.incident});
      json_t folded = json_t::array();
      for (auto d : r.eg.folded(s.incident))
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
  if (r.query == "to" || r.query == "from") {
    json_t around = json_t::array();
    for (auto k : r.around) {
      json_t x;
      x["incident"] = node_json(g, node_ref{true, context_incident(r, k)});
      x["date"] = g.incidents()[context_incident(r, k)].when.to_string();
      x["link"] = link_json(view, r.eg.links[k]);
      around.push_back(std::move(x));
    }
    j[set_off(r) ? "set_off" : "answers"] = std::move(around);
  }
  j["sources"] = sources_json(g, all.cited);
  return j;
}

dot_graph chains_dot(const escalation_cli_result& r) {
  const auto& g = *r.g;
  const auto all = steps_of_all(r, r.view());
  dot_graph d;
  d.name = "escalation";
  d.attributes = {{"rankdir", "LR", false}};
  d.node_defaults = {{"fontname", "Helvetica"}, {"shape", "note", false}};
  std::vector<incident_index> nodes;
  std::vector<const retaliation_link*> edges;
  for (const auto& chain : all.chains)
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
    const std::string text = l->is_explicit()
                                 ? "responds_to"
                                 : rule_text(l->rule) + ", " + count_of(static_cast<std::size_t>(l->gap_days), "day") +
                                       ", " + decimal_text(l->score);
    dot_attributes attrs{{"label", text}};
    if (!l->is_explicit()) attrs.push_back({"style", "dashed", false});
    d.add_edge(g.incidents()[l->from].id, g.incidents()[l->to].id, std::move(attrs));
  }
  return d;
}

print::table chains_csv(const escalation_cli_result& r) {
  const auto view = r.view();
  const auto& g = *r.g;
  const auto all = steps_of_all(r, view);
  print::table t{{"chain", "score", "step", "date", "incident_id", "incident", "who", "rung", "link", "rule",
                  "gap_days", "link_score", "why", "sources", "ids"},
                 {}};
  for (std::size_t c = 0; c < all.chains.size(); ++c)
    for (std::size_t k = 0; k < all.chains[c].size(); ++k) {
      const auto& s = all.chains[c][k];
      const auto& inc = g.incidents()[s.incident];
      t.rows.push_back({std::to_string(c + 1), decimal_text(r.chains.chains[c].score), std::to_string(k + 1),
                        inc.when.to_string(), inc.id, incident_title(inc), who_text(g, s.parties),
                        rung_text(s.severity.rung), s.link ? (s.link->is_explicit() ? "explicit" : "inferred") : "",
                        s.link ? std::string(to_string(s.link->rule)) : "",
                        s.link ? std::to_string(s.link->gap_days) : "", s.link ? decimal_text(s.link->score) : "",
                        s.link ? why_text(view, *s.link) : "", tags(g, s.sources),
                        std::to_string(1 + r.eg.folded(s.incident).size())});
    }
  return t;
}

namespace {

// The duplicate GDELT ids folded among the incidents that begin in the
// window (--since/--until; a duplicate has its event's date), so that the
// count is the window's whether the whole history was loaded or not.
std::size_t folded_in_window(const escalation_cli_result& r) {
  const auto& a = r.options.algo;
  if (!a.since && !a.until) return r.eg.fold_items.size();
  std::size_t n = 0;
  for (const auto d : r.eg.fold_items) {
    const auto first = r.g->incidents()[d].when.first_day();
    n += (!a.since || first >= a.since->first_day()) && (!a.until || first <= a.until->last_day()) ? 1 : 0;
  }
  return n;
}

}  // namespace

print::document chains_document(const escalation_cli_result& r) {
  const auto view = r.view();
  const auto& g = *r.g;
  const auto& opt = r.options;
  const auto all = steps_of_all(r, view);
  const auto folded = folded_in_window(r);
  print::document doc;
  doc.line(r.heading + ": " + count_of(r.chains.chains.size(), "chain") +
           (r.chains.truncated ? " shown (more exist: raise --top)" : " found"));
  doc.line("Links: explicit responds_to, and inferred within " +
           count_of(static_cast<std::size_t>(opt.algo.window_days), "day") + " (minimum score " +
           decimal_text(opt.algo.min_score) +
           "). Chain score: net climb + peak climb - descents, each link weighted by its score" +
           (folded == 0 ? std::string()
                        : "; " + count_of(folded, "duplicate GDELT id") + " folded into the events they repeat") +
           ".");
  if (!r.chains.chains.empty()) {
    doc.line("");
    print::table summary{{"chain", "score", "net", "climb", "descent", "peak", "incidents", "from", "to"}, {}};
    for (std::size_t c = 0; c < r.chains.chains.size(); ++c) {
      const auto& chain = r.chains.chains[c];
      summary.rows.push_back({std::to_string(c + 1), decimal_text(chain.score), std::to_string(chain.net),
                              std::to_string(chain.climb), std::to_string(chain.descent), rung_text(chain.peak),
                              std::to_string(chain.incidents.size()),
                              incident_title(g.incidents()[chain.incidents.front()]),
                              incident_title(g.incidents()[chain.incidents.back()])});
    }
    doc.add(std::move(summary));
    doc.line("");
    print::table steps{{"chain", "step", "date", "incident", "who", "rung", "why linked", "sources"}, {}};
    for (std::size_t c = 0; c < all.chains.size(); ++c)
      for (std::size_t k = 0; k < all.chains[c].size(); ++k) {
        const auto& s = all.chains[c][k];
        const auto& inc = g.incidents()[s.incident];
        steps.rows.push_back({std::to_string(c + 1), std::to_string(k + 1), inc.when.to_string(),
                              incident_title(inc) + ids_note(r, s.incident), who_text(g, s.parties),
                              rung_text(s.severity.rung),
                              k == 0   ? std::string("start")
                              : s.link ? why_text(view, *s.link)
                                       : std::string(),
                              tags(g, s.sources)});
      }
    doc.add(std::move(steps));
  }
  if (!r.around.empty()) {
    const auto& first = r.eg.links[r.around.front()];
    const auto& subject_name = g.incidents()[set_off(r) ? first.from : first.to].name;
    doc.line("");
    doc.line(subject_name + (set_off(r) ? " set off (see --from):" : " answers (see --to):"));
    for (auto k : r.around) {
      const auto i = context_incident(r, k);
      const auto when = g.incidents()[i].when.to_string();
      doc.line("  " + when + std::string(12 - when.size(), ' ') + incident_title(g.incidents()[i]) + ": " +
               why_text(view, r.eg.links[k]));
    }
  }
  doc.add_sources(g, all.cited);
  return doc;
}

}  // namespace faultline::cli
