// SPDX-License-Identifier: Apache-2.0
#pragma once
// How `escalation` and `timeline` show an incident: who against whom, its
// rung and why, and what it rests on.

#include <faultline/algorithms/escalation.hpp>
#include <string>
#include <vector>

#include "context.hpp"
#include "print/model_json.hpp"
#include "text/text.hpp"

namespace faultline::cli {

/// An `attributed_to` role: to whom, and who attributes it (or no_index).
struct attribution {
  actor_index actor = no_index;
  actor_index by = no_index;
};

/// The actors of an incident by part, from the roles the view keeps. A claim
/// and an attribution are kept apart from the perpetrators, so that an answer
/// never says an actor carried out what it only claimed or was held
/// responsible for. (Escalation's inferred links still treat all three as the
/// incident's agents; the printers say which part each one played.)
struct incident_parties {
  std::vector<actor_index> perpetrators, claimants, targets, victims;
  std::vector<attribution> attributions;
};

[[nodiscard]] incident_parties parties_of(const graph_view& view, incident_index i);

/// Who is held to have done it: "Islamic Resistance in Iraq (attributed to
/// Harakat al-Nujaba)", "claimed by Islamic State", "Red Ridge Front (claimed
/// it)", "attributed to Israel by Lebanon"; empty when no one is.
[[nodiscard]] std::string agents_text(const graph& g, const incident_parties& p);

/// "Hamas against Israel", "Iran", "against United States", "claimed by
/// Islamic State, against Iran"; victims stand in for missing targets.
[[nodiscard]] std::string who_text(const graph& g, const incident_parties& p);

/// The part `a` plays in `p` among the agents (perpetrator, then claimed_by,
/// then attributed_to) when `agents`, else among the targets (target, then
/// victim): "its perpetrator", "which claimed it", "to whom it is attributed
/// by Lebanon", "its target", "its victim". Used to say what part the actors
/// of an inferred link's ties played.
[[nodiscard]] std::string part_text(const graph& g, const incident_parties& p, actor_index a, bool agents);

/// The role name of that part ("perpetrator", "claimed_by", "attributed_to",
/// "target", "victim"), or "" when `a` plays none of them.
[[nodiscard]] std::string part_role(const incident_parties& p, actor_index a, bool agents);

/// Attributions as a JSON array of {"actor", "by"} (by: null when no one is named).
[[nodiscard]] json_t attributions_json(const graph& g, const std::vector<attribution>& list);

/// "Israel (by Lebanon); Harakat al-Nujaba" — attributions for one CSV cell.
[[nodiscard]] std::string attributions_text(const graph& g, const std::vector<attribution>& list);

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
