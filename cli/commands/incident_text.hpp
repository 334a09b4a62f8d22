// SPDX-License-Identifier: Apache-2.0
#pragma once
// How `escalation` and `timeline` show an incident: who against whom, its
// rung and why, and what it rests on.

#include <faultline/algorithms/escalation.hpp>
#include <string>
#include <vector>

#include "context.hpp"

namespace faultline::cli {

/// The actors of an incident by part, from the roles the view keeps:
/// perpetrators (perpetrator, claimed_by, attributed_to), targets, victims.
struct incident_parties {
  std::vector<actor_index> perpetrators, targets, victims;
};

[[nodiscard]] incident_parties parties_of(const graph_view& view, incident_index i);

/// "Hamas against Israel", "Iran", "against United States"; victims stand in for missing targets.
[[nodiscard]] std::string who_text(const graph& g, const incident_parties& p);

/// "7 leadership-killing".
[[nodiscard]] std::string rung_text(rung_level r);

/// Why the incident sits on its rung, for people: "victim Harakat al-Nujaba commander", "type airstrike".
[[nodiscard]] std::string rung_reason_text(const graph& g, incident_index i, const incident_severity& s);

/// {"level", "id", "name", "basis", "why"}.
[[nodiscard]] json_t rung_json(const graph& g, incident_index i, const incident_severity& s);

/// Ids of actors, as a JSON array.
[[nodiscard]] json_t ids_json(const graph& g, const std::vector<actor_index>& actors);

/// Names of actors joined with ", ".
[[nodiscard]] std::string names_text(const graph& g, const std::vector<actor_index>& actors);

}  // namespace faultline::cli
