// SPDX-License-Identifier: Apache-2.0
#include "incident_text.hpp"

#include <algorithm>

namespace faultline::cli {

incident_parties parties_of(const graph_view& view, incident_index i) {
  const auto& g = view.base();
  incident_parties p;
  auto add = [](std::vector<actor_index>& into, actor_index a) {
    if (std::find(into.begin(), into.end(), a) == into.end()) into.push_back(a);
  };
  for (auto k : g.roles_of_incident(i)) {
    if (!view.keeps_role(k)) continue;
    const auto& r = g.roles()[k];
    switch (r.kind) {
      case role::perpetrator:
        add(p.perpetrators, r.actor);
        break;
      case role::claimed_by:
        add(p.claimants, r.actor);
        break;
      case role::attributed_to:
        p.attributions.push_back({r.actor, r.attributed_by});
        break;
      case role::target:
        add(p.targets, r.actor);
        break;
      case role::victim:
        add(p.victims, r.actor);
        break;
      case role::condemned_by:
        break;
    }
  }
  return p;
}

std::string names_text(const graph& g, const std::vector<actor_index>& actors) {
  std::string out;
  for (auto a : actors)
    out += (out.empty() ? "" : ", ") + g.actors()[a].name;
  return out;
}

namespace {

// "attributed to Israel by Lebanon, Harakat al-Nujaba": attributions grouped
// by who makes them, in first-seen order.
std::string attributed_text(const graph& g, const std::vector<attribution>& list) {
  std::vector<actor_index> by_order;
  for (const auto& x : list)
    if (std::find(by_order.begin(), by_order.end(), x.by) == by_order.end()) by_order.push_back(x.by);
  std::string out;
  for (auto by : by_order) {
    std::vector<actor_index> to;
    for (const auto& x : list)
      if (x.by == by) to.push_back(x.actor);
    out += (out.empty() ? "attributed to " : "; attributed to ") + names_text(g, to) +
           (by == no_index ? std::string() : " by " + g.actors()[by].name);
  }
  return out;
}

}  // namespace

std::string agents_text(const graph& g, const incident_parties& p) {
  // A perpetrator that also claimed it: "Red Ridge Front (claimed it)", not
  // "Red Ridge Front (claimed by Red Ridge Front)".
  std::vector<actor_index> own_claim, others;
  for (auto a : p.claimants)
    (std::find(p.perpetrators.begin(), p.perpetrators.end(), a) != p.perpetrators.end() ? own_claim : others)
        .push_back(a);
  std::string qualifiers;
  if (!own_claim.empty())
    qualifiers = p.perpetrators.size() == 1 ? "claimed it" : names_text(g, own_claim) + " claimed it";
  if (!others.empty()) qualifiers += (qualifiers.empty() ? "claimed by " : "; claimed by ") + names_text(g, others);
  if (!p.attributions.empty()) qualifiers += (qualifiers.empty() ? "" : "; ") + attributed_text(g, p.attributions);
  const std::string by = names_text(g, p.perpetrators);
  if (qualifiers.empty()) return by;
  return by.empty() ? qualifiers : by + " (" + qualifiers + ")";
}

std::string who_text(const graph& g, const incident_parties& p) {
  const std::string by = agents_text(g, p);
  const std::string against = names_text(g, p.targets.empty() ? p.victims : p.targets);
  if (against.empty()) return by;
  if (by.empty()) return "against " + against;
  // "claimed by Islamic State against Iran" would read as if Iran were claimed.
  return by + (p.perpetrators.empty() ? ", against " : " against ") + against;
}

std::string part_role(const incident_parties& p, actor_index a, bool agents) {
  auto in = [a](const std::vector<actor_index>& v) { return std::find(v.begin(), v.end(), a) != v.end(); };
  if (agents) {
    if (in(p.perpetrators)) return "perpetrator";
    if (in(p.claimants)) return "claimed_by";
    for (const auto& x : p.attributions)
      if (x.actor == a) return "attributed_to";
    return "";
  }
  if (in(p.targets)) return "target";
  if (in(p.victims)) return "victim";
  return "";
}

std::string part_text(const graph& g, const incident_parties& p, actor_index a, bool agents) {
  const auto r = part_role(p, a, agents);
  if (r == "claimed_by") return "which claimed it";
  if (r == "attributed_to") {
    std::vector<actor_index> by;
    for (const auto& x : p.attributions)
      if (x.actor == a && x.by != no_index) by.push_back(x.by);
    return "to whom it is attributed" + (by.empty() ? std::string() : " by " + names_text(g, by));
  }
  if (r.empty()) return agents ? "its perpetrator" : "its target";
  return "its " + r;
}

json_t attributions_json(const graph& g, const std::vector<attribution>& list) {
  json_t out = json_t::array();
  for (const auto& x : list)
    out.push_back(
        {{"actor", g.actors()[x.actor].id}, {"by", x.by == no_index ? json_t(nullptr) : json_t(g.actors()[x.by].id)}});
  return out;
}

std::string attributions_text(const graph& g, const std::vector<attribution>& list) {
  std::string out;
  for (const auto& x : list)
    out += (out.empty() ? "" : "; ") + g.actors()[x.actor].name +
           (x.by == no_index ? std::string() : " (by " + g.actors()[x.by].name + ")");
  return out;
}

std::string rung_text(rung_level r) {
  if (r < lowest_rung || r > highest_rung) return "-";
  return std::to_string(r) + " " + std::string(rung_at(r).id);
}

std::string rung_reason_text(const graph& g, incident_index i, const incident_severity& s) {
  const auto& inc = g.incidents()[i];
  const auto& r = s.decisive();
  auto actor = [&] { return r.actor == no_index ? std::string() : g.actors()[r.actor].name; };
  switch (r.basis) {
    case rung_basis::explicit_rung:
      return "set in the scenario";
    case rung_basis::coded:
      return "coded by " + inc.coding.dataset + (inc.coding.event_type.empty() ? "" : " as " + inc.coding.event_type);
    case rung_basis::cameo:
      return "CAMEO " + inc.cameo;
    case rung_basis::type:
      return "type " + inc.type;
    case rung_basis::goldstein:
      return "Goldstein " + decimal_text(inc.goldstein.value_or(0.0));
    case rung_basis::unknown:
      return "type " + inc.type + " is not on the ladder";
    case rung_basis::casualties:
      return inc.fatalities && *inc.fatalities > 0 ? count_of(static_cast<std::size_t>(*inc.fatalities), "death")
                                                   : "casualties";
    case rung_basis::leadership:
      return "victim " + actor();
    case rung_basis::state_territory:
      return "targets " + actor() + " on its territory";
    case rung_basis::mass_casualty:
      return count_of(static_cast<std::size_t>(inc.fatalities.value_or(0)), "death");
    case rung_basis::war_between_states:
      return "at war with " + actor();
  }
  return "";
}

json_t rung_json(const graph& g, incident_index i, const incident_severity& s) {
  json_t j;
  j["level"] = s.rung;
  j["id"] = std::string(rung_at(s.rung).id);
  j["name"] = std::string(rung_at(s.rung).name);
  j["basis"] = std::string(to_string(s.decisive().basis));
  j["why"] = rung_reason_text(g, i, s);
  return j;
}

json_t ids_json(const graph& g, const std::vector<actor_index>& actors) {
  json_t list = json_t::array();
  for (auto a : actors)
    list.push_back(g.actors()[a].id);
  return list;
}

}  // namespace faultline::cli
