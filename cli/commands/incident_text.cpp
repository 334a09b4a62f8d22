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
      case role::claimed_by:
      case role::attributed_to:
        add(p.perpetrators, r.actor);
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

std::string who_text(const graph& g, const incident_parties& p) {
  std::string by = names_text(g, p.perpetrators);
  const std::string against = names_text(g, p.targets.empty() ? p.victims : p.targets);
  if (against.empty()) return by;
  return by.empty() ? "against " + against : by + " against " + against;
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
