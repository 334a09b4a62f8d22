// SPDX-License-Identifier: Apache-2.0
// `escalation`: the words and JSON of links and chain steps.
#include <algorithm>
#include <faultline/graph/error.hpp>

#include "commands/escalation_common.hpp"

namespace faultline::cli {

incident_index resolve_incident(const graph& g, const std::string& name, const char* flag) {
  const auto n = g.resolve(name);
  if (!n.is_incident)
    throw usage_error(std::string(flag) + " takes an incident, but \"" + name + "\" is an actor (" + g.id_of(n) + ")");
  return n.index;
}

static std::string_view tie_phrase(side_tie t) {
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
static std::string tie_text(const graph& g, const actor_tie& t, const char* by, const std::string& own,
                            const std::string& part) {
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
  const std::string own =
      role.empty() || role == "perpetrator" ? std::string() : part_text(g, later, l.responder.actor, true);
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
static json_t tie_json(const graph& g, const actor_tie& t, const std::string& role, const std::string& of_role) {
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
    j["against"] =
        tie_json(g, l.against, part_role(later, l.against.actor, false), part_role(earlier, l.against.anchor, true));
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

}  // namespace faultline::cli
