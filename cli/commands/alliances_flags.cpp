// SPDX-License-Identifier: Apache-2.0
// `alliances`, `balance`, `tensions`: the flags of the signed graph and the bloc search, and the aggregation rules they
// give.
#include "alliances_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <faultline/graph/error.hpp>
#include <ostream>

namespace faultline::cli {

void add_signed_graph_flags(CLI::App& cmd, signed_cli_options& o) {
  cmd.add_option("--layer", o.layers,
                 "What makes ties (comma-separated): relation types (e.g. backs,hostile_to) and/or `incidents`; "
                 "default: every relation and every incident")
      ->delimiter(',')
      ->type_name("LAYERS");
  cmd.add_option("--window", o.window,
                 "Only facts that hold within FROM..TO (either end may be left out, e.g. 2023-10..); with a dated "
                 "--edges list, its ties in FROM..TO, or one window of its `window` column by label (e.g. 47-50)")
      ->type_name("FROM..TO");
  cmd.add_option("--kind", o.kinds, "Which actors are nodes (comma-separated): state, group, person; default all")
      ->delimiter(',')
      ->type_name("KINDS");
  cmd.add_flag("--unweighted", o.unweighted, "Count every tie as 1 instead of by the weight of its facts");
  cmd.add_option("--relation-rule", o.relation_rules,
                 "How relations of a type count (repeatable): SIGN friendly, hostile or neutral instead of the "
                 "type's polarity, and FACTOR (default 1) multiplying their weight, e.g. negotiates_with=friendly:0.5")
      ->type_name("TYPE=SIGN[:FACTOR]");
  cmd.add_option("--incident-rule", o.incident_rules,
                 "How two actors in the same incident count (repeatable): replaces the rule for that pair of roles "
                 "or adds one; neutral removes it. WEIGHT defaults to the replaced rule's, else 1. Roles: "
                 "perpetrator, target, victim, claimed_by, attributed_to, condemned_by; e.g. "
                 "attributed_to-target=hostile:1")
      ->type_name("ROLE-ROLE=SIGN[:WEIGHT]");
  cmd.add_flag("--no-default-incident-rules", o.no_default_incident_rules,
               "Start from no incident rules (only those given with --incident-rule count)");
  cmd.add_option("--min-events", o.min_events,
                 "Incidents tie two actors only when at least N incidents are between them (either way, any stance); "
                 "relations count whatever N")
      ->capture_default_str()
      ->type_name("N");
}

void add_bloc_flags(CLI::App& cmd, signed_cli_options& o, bool with_k) {
  if (with_k)
    cmd.add_option("--k", o.k,
                   "At most this many blocs in each connected part, or `auto` (grow k while a bloc more cuts "
                   "the frustration by at least 10%)")
        ->capture_default_str()
        ->type_name("N|auto");
  cmd.add_flag("--exact", o.exact,
               "Insist on exact search: refuse a graph with a connected part larger than --exact-limit (by default "
               "such a part gets the heuristic alone, and smaller ones are searched exactly within --exact-budget)");
  cmd.add_flag("--heuristic", o.heuristic, "Multi-start relocation only (Doreian–Mrvar), for large graphs");
  cmd.add_option("--seed", o.blocs.seed, "Seed of the heuristic; equal seeds give equal answers")
      ->capture_default_str();
  cmd.add_option("--restarts", o.blocs.restarts, "Heuristic restarts per connected part")->capture_default_str();
  if (with_k) {
    cmd.add_option("--alpha", o.blocs.alpha,
                   "Weight of a hostile tie inside a bloc; a friendly tie between blocs weighs 1 − alpha")
        ->capture_default_str();
    cmd.add_option("--max-k", o.blocs.max_k, "With --k auto: the largest k tried")->capture_default_str();
  }
  cmd.add_option("--exact-limit", o.blocs.exact_max_nodes,
                 "Largest connected part (in actors) searched exactly, by default as with --exact (at most 256)")
      ->capture_default_str();
  cmd.add_option("--exact-budget", o.blocs.exact_max_steps,
                 "Branch-and-bound nodes the exact search may visit per connected part (and per k); when they run "
                 "out, the best answer found stands, unproved, and the output says so. A count, not a time, so the "
                 "answer does not depend on the machine")
      ->capture_default_str()
      ->type_name("NODES");
}

namespace {

// Parses "NAME=SIGN[:NUMBER]" of `flag`; `what` names the number ("factor", "weight").
struct rule_text {
  std::string name;
  polarity sign = polarity::neutral;
  std::optional<double> number;
};

rule_text parse_rule_text(const std::string& flag, const std::string& given, const std::string& shape,
                          const std::string& what) {
  const auto invalid = [&](const std::string& why) {
    return usage_error(flag + " \"" + given + "\" is invalid: " + why);
  };
  const auto eq = given.find('=');
  if (eq == std::string::npos || eq == 0) throw invalid("expected " + shape);
  rule_text r;
  r.name = given.substr(0, eq);
  auto rest = given.substr(eq + 1);
  const auto colon = rest.find(':');
  const auto sign_text = rest.substr(0, colon);
  const auto sign = parse_polarity(sign_text);
  if (!sign) throw invalid("the sign \"" + sign_text + "\" is not friendly, hostile or neutral");
  r.sign = *sign;
  if (colon != std::string::npos) {
    const auto number = rest.substr(colon + 1);
    double v = 0.0;
    std::size_t used = 0;
    try {
      v = std::stod(number, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (number.empty() || used != number.size() || !std::isfinite(v) || !(v > 0.0))
      throw invalid("the " + what + " \"" + number + "\" is not a positive number");
    r.number = v;
  }
  return r;
}

}  // namespace

aggregation_rules aggregation_rules_from_flags(const signed_cli_options& o, const vocabulary* types) {
  auto rules = aggregation_rules::defaults();
  if (o.no_default_incident_rules) rules.incidents.clear();
  for (const auto& given : o.relation_rules) {
    const auto r = parse_rule_text("--relation-rule", given, "TYPE=friendly|hostile|neutral[:FACTOR]", "factor");
    if (types && !types->find(r.name)) {
      std::string known;
      for (const auto& rt : types->types())
        known += (known.empty() ? "" : ", ") + rt.id;
      throw usage_error("--relation-rule \"" + given + "\" is invalid: unknown relation type \"" + r.name +
                        "\": expected one of " + known);
    }
    relation_rule rule{r.name, r.sign, r.number.value_or(1.0)};
    auto same = std::find_if(rules.relations.begin(), rules.relations.end(),
                             [&](const relation_rule& x) { return x.type == r.name; });
    if (same == rules.relations.end())
      rules.relations.push_back(std::move(rule));
    else
      *same = std::move(rule);
  }
  for (const auto& given : o.incident_rules) {
    const auto r = parse_rule_text("--incident-rule", given, "ROLE-ROLE=friendly|hostile|neutral[:WEIGHT]", "weight");
    const auto dash = r.name.find('-');
    const auto first = dash == std::string::npos ? std::nullopt : parse_role(r.name.substr(0, dash));
    const auto second = dash == std::string::npos ? std::nullopt : parse_role(r.name.substr(dash + 1));
    if (!first || !second)
      throw usage_error("--incident-rule \"" + given + "\" is invalid: \"" + r.name +
                        "\" is not two roles: expected ROLE-ROLE with roles perpetrator, target, victim, claimed_by, "
                        "attributed_to or condemned_by");
    auto same = std::find_if(rules.incidents.begin(), rules.incidents.end(), [&](const incident_rule& x) {
      return (x.first == *first && x.second == *second) || (x.first == *second && x.second == *first);
    });
    if (r.sign == polarity::neutral) {
      if (same != rules.incidents.end()) rules.incidents.erase(same);
    } else if (same == rules.incidents.end()) {
      rules.incidents.push_back({*first, *second, r.sign, r.number.value_or(1.0)});
    } else {
      same->sign = r.sign;
      if (r.number) same->weight = *r.number;
    }
  }
  return rules;
}

std::string aggregation_rules_note(const signed_cli_options& o) {
  if (o.relation_rules.empty() && o.incident_rules.empty() && !o.no_default_incident_rules) return "";
  std::string s = "Aggregation rules changed:";
  const char* sep = " ";
  if (o.no_default_incident_rules) {
    s += " no default incident rules";
    sep = "; ";
  }
  for (const auto& r : o.relation_rules) {
    s += sep + r;
    sep = "; ";
  }
  for (const auto& r : o.incident_rules) {
    s += sep + r;
    sep = "; ";
  }
  return s;
}

}  // namespace faultline::cli
