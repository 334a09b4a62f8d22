// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/escalation.hpp>
#include <faultline/graph/coding.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <queue>
#include <string>
#include <unordered_map>

#include <faultline/graph/detail/assert.hpp>
#include <faultline/graph/error.hpp>

namespace faultline {

// ---------------------------------------------------------------------------
// Options and names

void escalation_options::validate() const {
  if (window_days < 0 || window_days > 36500)
    throw usage_error("Window " + std::to_string(window_days) + " is invalid: expected 0 to 36500 days");
  if (!(min_score >= 0.0 && min_score <= 1.0))
    throw usage_error("Minimum score " + number_text(min_score) + " is invalid: expected a number in [0, 1]");
  if (mass_casualty_fatalities < 1)
    throw usage_error("Mass-casualty threshold " + std::to_string(mass_casualty_fatalities) +
                      " is invalid: expected at least 1 fatality");
  if (max_chains == 0) throw usage_error("The number of chains must be at least 1");
  if (since && until && since->first_day() > until->last_day())
    throw usage_error("The window starts (" + since->to_string() + ") after it ends (" + until->to_string() + ")");
}

void temporal_path_options::validate() const {
  if (since && until && since->first_day() > until->last_day())
    throw usage_error("The window starts (" + since->to_string() + ") after it ends (" + until->to_string() + ")");
}

void timeline_options::validate() const {
  if (from && to && from->first_day() > to->last_day())
    throw usage_error("The timeline starts (" + from->to_string() + ") after it ends (" + to->to_string() + ")");
}

std::string_view to_string(rung_basis b) noexcept {
  switch (b) {
    case rung_basis::explicit_rung:
      return "explicit";
    case rung_basis::coded:
      return "coded";
    case rung_basis::cameo:
      return "cameo";
    case rung_basis::type:
      return "type";
    case rung_basis::goldstein:
      return "goldstein";
    case rung_basis::unknown:
      return "unknown";
    case rung_basis::casualties:
      return "casualties";
    case rung_basis::leadership:
      return "leadership";
    case rung_basis::state_territory:
      return "state_territory";
    case rung_basis::mass_casualty:
      return "mass_casualty";
    case rung_basis::war_between_states:
      return "war_between_states";
  }
  return "unknown";
}

std::string_view to_string(side_tie t) noexcept {
  switch (t) {
    case side_tie::same:
      return "same";
    case side_tie::member_of:
      return "member_of";
    case side_tie::has_member:
      return "has_member";
    case side_tie::controls:
      return "controls";
    case side_tie::controlled_by:
      return "controlled_by";
    case side_tie::backs:
      return "backs";
    case side_tie::backed_by:
      return "backed_by";
    case side_tie::allied_with:
      return "allied_with";
  }
  return "same";
}

double tie_weight(side_tie t) noexcept {
  switch (t) {
    case side_tie::same:
      return 1.0;
    case side_tie::member_of:
    case side_tie::has_member:
    case side_tie::controls:
    case side_tie::controlled_by:
      return 0.9;
    case side_tie::backs:
    case side_tie::backed_by:
      return 0.8;
    case side_tie::allied_with:
      return 0.7;
  }
  return 0.0;
}

std::string_view to_string(link_rule r) noexcept {
  switch (r) {
    case link_rule::explicit_link:
      return "explicit";
    case link_rule::direct_reprisal:
      return "direct_reprisal";
    case link_rule::reprisal_by_side:
      return "reprisal_by_side";
    case link_rule::reprisal_against_side:
      return "reprisal_against_side";
    case link_rule::side_reprisal:
      return "side_reprisal";
  }
  return "explicit";
}

const rung_reason& incident_severity::decisive() const {
  if (reasons.empty()) throw usage_error("An incident severity without reasons");
  for (const auto& r : reasons)
    if (r.basis == rung_basis::explicit_rung || r.rung == rung) return r;
  return reasons.front();
}

std::span<const std::uint32_t> escalation_graph::answered_by(incident_index i) const {
  if (std::size_t{i} + 1 >= out_offsets.size()) return {};
  return {out_items.data() + out_offsets[i], out_items.data() + out_offsets[i + 1]};
}

std::span<const incident_index> escalation_graph::folded(incident_index i) const {
  if (std::size_t{i} + 1 >= fold_offsets.size()) return {};
  return {fold_items.data() + fold_offsets[i], fold_items.data() + fold_offsets[i + 1]};
}

std::span<const std::uint32_t> escalation_graph::answers(incident_index i) const {
  if (std::size_t{i} + 1 >= in_offsets.size()) return {};
  return {in_items.data() + in_offsets[i], in_items.data() + in_offsets[i + 1]};
}

// ---------------------------------------------------------------------------
// The ladder's tables

namespace {

// Lowercase ASCII, with ' ' and '_' read as '-'.
std::string normalise(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == ' ' || c == '_') c = '-';
  }
  return out;
}

struct type_rung {
  std::string_view type;
  rung_level rung;
};

// docs/escalation.md, "Incident types". Keep the two in step.
constexpr auto type_table = std::to_array<type_rung>({
    {"statement", 1},
    {"condemnation", 1},
    {"protest", 1},
    {"demonstration", 1},
    {"demand", 1},
    {"call", 1},
    {"appeal", 1},
    {"accusation", 1},
    {"criticism", 1},
    {"rejection", 1},
    {"threat", 2},
    {"pledge", 2},
    {"pledge-of-revenge", 2},
    {"vow", 2},
    {"ultimatum", 2},
    {"warning", 2},
    {"designation", 3},
    {"sanction", 3},
    {"sanctions", 3},
    {"embargo", 3},
    {"expulsion", 3},
    {"severing-of-relations", 3},
    {"asset-freeze", 3},
    {"harassment", 4},
    {"show-of-force", 4},
    {"mobilization", 4},
    {"mobilisation", 4},
    {"deployment", 4},
    {"military-support", 4},
    {"military-aid", 4},
    {"arms-transfer", 4},
    {"exercise", 4},
    {"seizure", 4},
    {"arrest", 4},
    {"detention", 4},
    {"blockade", 4},
    {"cyberattack", 4},
    {"cyber-attack", 4},
    {"sabotage", 4},
    {"attack", 5},
    {"attack-campaign", 5},
    {"campaign", 5},
    {"airstrike", 5},
    {"air-strike", 5},
    {"strike", 5},
    {"drone-strike", 5},
    {"drone-attack", 5},
    {"missile-strike", 5},
    {"missile-attack", 5},
    {"rocket-attack", 5},
    {"bombing", 5},
    {"suicide-bombing", 5},
    {"shelling", 5},
    {"raid", 5},
    {"ambush", 5},
    {"clash", 5},
    {"armed-clash", 5},
    {"battle", 5},
    {"explosion", 5},
    {"shooting", 5},
    {"assault", 5},
    {"kidnapping", 5},
    {"abduction", 5},
    {"hostage-taking", 5},
    {"hijacking", 5},
    {"assassination-attempt", 5},
    {"assassination", 7},
    {"targeted-killing", 7},
    {"decapitation-strike", 7},
    {"war", 10},
    {"invasion", 10},
    {"declaration-of-war", 10},
    {"occupation", 10},
});

// Category words that make a victim a commander or leader (docs/escalation.md).
constexpr auto leadership_words = std::to_array<std::string_view>(
    {"commander", "leader", "general", "official", "minister", "chief", "president", "head", "king", "emir"});

bool is_leadership(std::string_view category) {
  const std::string c = normalise(category);
  for (auto w : leadership_words)
    if (c.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

std::optional<rung_level> rung_of_type(std::string_view type) noexcept {
  try {
    const std::string t = normalise(type);
    for (const auto& e : type_table)
      if (e.type == t) return e.rung;
  } catch (...) {  // allocation failure: no rung rather than terminate
  }
  return std::nullopt;
}

std::optional<rung_level> rung_of_cameo(std::string_view code) noexcept {
  if (!is_cameo_code(code)) return std::nullopt;
  // The CAMEO table of faultline/graph/coding.hpp (docs/event-data.md) holds
  // the rung of every code; cooperative and neutral codes (rung 0 there) sit
  // on the lowest rung, with statements.
  const auto* event = coding::find_cameo_event_or_parent(code);
  if (event == nullptr) return std::nullopt;
  return event->rung == 0 ? lowest_rung : static_cast<rung_level>(event->rung);
}

std::optional<rung_level> rung_of_goldstein(double value) noexcept {
  if (!(value >= -10.0 && value <= 10.0)) return std::nullopt;
  if (value > -3.0) return rung_level{1};
  if (value > -5.0) return rung_level{2};
  if (value > -7.0) return rung_level{3};
  if (value > -9.0) return rung_level{4};
  return rung_level{5};
}

// ---------------------------------------------------------------------------
// Shared machinery

namespace {

constexpr std::uint32_t none = no_index;

bool is_perpetrator_role(role r) {
  return r == role::perpetrator || r == role::claimed_by || r == role::attributed_to;
}
bool is_target_role(role r) {
  return r == role::target || r == role::victim;
}

// Whether a relation holds on some day of [first, last].
bool holds(const relation& r, std::int32_t first, std::int32_t last) {
  if (r.since && r.since->first_day() > last) return false;
  if (r.until && r.until->last_day() < first) return false;
  return true;
}

// Where an incident ends: the last day of its `until`, or of its date.
std::int32_t end_day(const incident& inc) {
  return inc.until ? std::max(inc.until->last_day(), inc.when.last_day()) : inc.when.last_day();
}

// The view, with the relation types escalation reads.
struct context {
  const graph_view& view;
  const graph& g;
  const escalation_options& options;
  std::optional<relation_type_id> backs, member_of, controls, allied_with, at_war_with;
  // rung_of_type by type text; incidents share few types.
  mutable std::unordered_map<std::string_view, std::optional<rung_level>> type_rungs;

  context(const graph_view& v, const escalation_options& o) : view(v), g(v.base()), options(o) {
    const auto& vocab = g.relation_types();
    backs = vocab.find(relation_ids::backs);
    member_of = vocab.find(relation_ids::member_of);
    controls = vocab.find(relation_ids::controls);
    allied_with = vocab.find(relation_ids::allied_with);
    at_war_with = vocab.find(relation_ids::at_war_with);
  }

  // Relations are filtered by type and confidence; their dates are checked
  // against each incident, not against the view's as-of date.
  [[nodiscard]] bool usable(relation_index r) const {
    const auto& rel = g.relations()[r];
    return view.keeps_type(rel.type) && rel.prov.confidence >= view.options().min_confidence;
  }

  // The country an actor belongs to: its own, else that of a state it is a
  // member of or controlled by (an organ the importer tied to its state).
  // Empty when unknown.
  [[nodiscard]] std::string_view home_country(actor_index a) const {
    const auto& actor = g.actors()[a];
    if (!actor.country.empty()) return actor.country;
    for (auto r : g.out_relations(a)) {
      const auto& rel = g.relations()[r];
      if (rel.type != member_of || !usable(r)) continue;
      const auto& s = g.actors()[rel.to];
      if (s.kind == node_kind::state && !s.country.empty()) return s.country;
    }
    for (auto r : g.in_relations(a)) {
      const auto& rel = g.relations()[r];
      if (rel.type != controls || !usable(r)) continue;
      const auto& s = g.actors()[rel.from];
      if (s.kind == node_kind::state && !s.country.empty()) return s.country;
    }
    return {};
  }
};

// What an incident says about the tie between its sides: an incident is
// cooperative when its coding says so (a friendly stance), GDELT puts it in
// QuadClass 1 or 2 (verbal or material cooperation), or its Goldstein value
// is positive; neutral when its coding or CAMEO code is neutral (ACLED's
// strategic developments, CAMEO's bare statements). Only the others (hostile
// or unknown) are acts that can be answered, or answers, by inference.
bool hostile_act(const incident& inc) {
  if (inc.coding.quad_class == 1 || inc.coding.quad_class == 2) return false;
  if (inc.goldstein && *inc.goldstein > 0.0) return false;
  if (inc.coding.stance) return *inc.coding.stance == polarity::hostile;
  if (!inc.cameo.empty()) {
    const auto* event = coding::find_cameo_event_or_parent(inc.cameo);
    if (event != nullptr) return event->stance == polarity::hostile && event->quad_class >= 3;
  }
  return true;
}

// The rules of severity(); `reasons` may be null when only the rung is wanted.
rung_level compute_rung(const context& cx, incident_index i, std::vector<rung_reason>* reasons) {
  const auto& g = cx.g;
  const auto& inc = g.incidents()[i];
  // A rung set in a scenario is final; one an importer set from a dataset's
  // coding table (ACLED, UCDP) is the base the rules below may raise.
  const bool imported = !inc.coding.dataset.empty();
  if (inc.rung && !imported) {
    if (reasons) reasons->push_back({rung_basis::explicit_rung, *inc.rung, none, none});
    return *inc.rung;
  }
  rung_level rung = lowest_rung;
  auto add = [&](rung_basis b, rung_level r, actor_index a = none, relation_index rel = none) {
    if (reasons) reasons->push_back({b, r, a, rel});
    rung = std::max(rung, r);
  };
  auto typed = cx.type_rungs.find(inc.type);
  if (typed == cx.type_rungs.end()) typed = cx.type_rungs.emplace(inc.type, rung_of_type(inc.type)).first;
  if (inc.rung)
    add(rung_basis::coded, *inc.rung);
  else if (auto r = rung_of_cameo(inc.cameo))
    add(rung_basis::cameo, *r);
  else if (auto t = typed->second)
    add(rung_basis::type, *t);
  else if (auto gs = inc.goldstein ? rung_of_goldstein(*inc.goldstein) : std::nullopt)
    add(rung_basis::goldstein, *gs);
  else
    add(rung_basis::unknown, lowest_rung);

  if ((inc.fatalities && *inc.fatalities > 0) || (inc.injured && *inc.injured > 0)) add(rung_basis::casualties, 6);
  for (auto k : g.roles_of_incident(i)) {
    const auto& r = g.roles()[k];
    if (r.kind != role::victim || !cx.view.keeps_role(k)) continue;
    const auto& a = g.actors()[r.actor];
    if (a.kind == node_kind::person && is_leadership(a.category)) {
      add(rung_basis::leadership, 7, r.actor);
      break;
    }
  }
  if (rung >= 5 && !inc.where.country.empty()) {
    // A strike on a state's own territory is one by a foreign hand: a
    // perpetrator of another country. An intrastate event (rebels, militias
    // or the state's own organs in their own country, or actors of no known
    // country) is rated by its fatalities, victims and target instead.
    for (auto k : g.roles_of_incident(i)) {
      const auto& r = g.roles()[k];
      if (r.kind != role::target || !cx.view.keeps_role(k)) continue;
      const auto& a = g.actors()[r.actor];
      if (a.kind != node_kind::state || a.country.empty() || a.country != inc.where.country) continue;
      bool foreign = false;
      for (auto kp : g.roles_of_incident(i)) {
        const auto& p = g.roles()[kp];
        if (!is_perpetrator_role(p.kind) || !cx.view.keeps_role(kp)) continue;
        const auto home = cx.home_country(p.actor);
        if (!home.empty() && home != a.country) {
          foreign = true;
          break;
        }
      }
      if (foreign) {
        add(rung_basis::state_territory, 8, r.actor);
        break;
      }
    }
  }
  if (inc.fatalities && *inc.fatalities >= cx.options.mass_casualty_fatalities) add(rung_basis::mass_casualty, 9);
  if (rung >= 5 && cx.at_war_with) {
    const std::int32_t first = inc.when.first_day(), last = inc.when.last_day();
    bool found = false;
    for (auto kp : g.roles_of_incident(i)) {
      const auto& p = g.roles()[kp];
      if (found || !is_perpetrator_role(p.kind) || !cx.view.keeps_role(kp) ||
          g.actors()[p.actor].kind != node_kind::state)
        continue;
      for (auto kt : g.roles_of_incident(i)) {
        const auto& t = g.roles()[kt];
        if (found || t.kind != role::target || !cx.view.keeps_role(kt) || t.actor == p.actor ||
            g.actors()[t.actor].kind != node_kind::state)
          continue;
        for (auto span : {g.out_relations(p.actor), g.in_relations(p.actor)}) {
          for (auto r : span) {
            const auto& rel = g.relations()[r];
            const actor_index other = rel.from == p.actor ? rel.to : rel.from;
            if (rel.type != *cx.at_war_with || other != t.actor || !cx.usable(r) || !holds(rel, first, last)) continue;
            add(rung_basis::war_between_states, 10, t.actor, r);
            found = true;
            break;
          }
          if (found) break;
        }
      }
    }
  }
  if (reasons)
    std::stable_sort(reasons->begin(), reasons->end(),
                     [](const rung_reason& a, const rung_reason& b) { return a.basis < b.basis; });
  return rung;
}

incident_severity compute_severity(const context& cx, incident_index i) {
  incident_severity out;
  out.rung = compute_rung(cx, i, &out.reasons);
  return out;
}

// The one time order of the kept incidents (see escalation_graph::order), and
// the explicit responds_to links among them, deduplicated per pair. (A cycle
// or a link that goes surely back in time cannot be in a graph.)
struct ordering {
  std::vector<incident_index> order;
  std::vector<std::uint32_t> position;
  std::vector<std::uint32_t> explicit_links;  // indexes into graph::links()
};

ordering order_incidents(const graph_view& view) {
  const auto& g = view.base();
  const auto n = static_cast<std::uint32_t>(g.incidents().size());
  ordering out;
  std::vector<incident_index> kept;
  kept.reserve(n);
  for (incident_index i = 0; i < n; ++i)
    if (view.keeps_incident(i)) kept.push_back(i);
  // By date (first day, then coarser first: the order of date's <=>), then id.
  struct key {
    std::int32_t first;
    std::uint8_t precision;
    incident_index index;
  };
  std::vector<key> keys;
  keys.reserve(kept.size());
  for (auto i : kept) {
    const auto& when = g.incidents()[i].when;
    keys.push_back({when.first_day(), static_cast<std::uint8_t>(when.precision()), i});
  }
  std::sort(keys.begin(), keys.end(), [&](const key& x, const key& y) {
    if (x.first != y.first) return x.first < y.first;
    if (x.precision != y.precision) return x.precision < y.precision;
    return g.incidents()[x.index].id < g.incidents()[y.index].id;
  });
  std::vector<incident_index> by_date(keys.size());
  std::vector<std::uint32_t> rank(n, none);
  for (std::uint32_t k = 0; k < keys.size(); ++k) {
    by_date[k] = keys[k].index;
    rank[keys[k].index] = k;
  }

  // Explicit links as edges answered → answering, one per pair.
  std::vector<std::uint32_t> indegree(n, 0);
  std::vector<std::uint32_t> offsets(std::size_t{n} + 1, 0);
  {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
    for (std::uint32_t k = 0; k < g.links().size(); ++k) {
      const auto& l = g.links()[k];
      if (l.kind != link_kind::responds_to || !view.keeps_link(k)) continue;
      pairs.emplace_back((std::uint64_t{l.to} << 32) | l.from, k);
    }
    std::sort(pairs.begin(), pairs.end());
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      if (k > 0 && pairs[k].first == pairs[k - 1].first) continue;
      const auto& l = g.links()[pairs[k].second];
      out.explicit_links.push_back(pairs[k].second);
      ++indegree[l.from];
      ++offsets[l.to + 1];
    }
  }
  for (std::uint32_t k = 0; k < n; ++k)
    offsets[k + 1] += offsets[k];
  std::vector<std::uint32_t> answering(out.explicit_links.size());
  {
    std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
    for (auto k : out.explicit_links)
      answering[fill[g.links()[k].to]++] = g.links()[k].from;
  }

  // Kahn's algorithm, taking the ready incident of lowest rank each time.
  std::priority_queue<std::uint32_t, std::vector<std::uint32_t>, std::greater<>> ready;
  for (auto i : kept)
    if (indegree[i] == 0) ready.push(rank[i]);
  out.order.reserve(kept.size());
  while (!ready.empty()) {
    const incident_index i = by_date[ready.top()];
    ready.pop();
    out.order.push_back(i);
    for (auto k = offsets[i]; k < offsets[i + 1]; ++k)
      if (--indegree[answering[k]] == 0) ready.push(rank[answering[k]]);
  }
  // The graph constructor refuses responds_to links that form a cycle (or go
  // back in time: find_link_problem), and a view only drops links.
  FAULTLINE_ASSERT(out.order.size() == kept.size(), "the explicit responds_to links of a graph form no cycle");
  out.position.assign(n, none);
  for (std::uint32_t k = 0; k < out.order.size(); ++k)
    out.position[out.order[k]] = k;
  return out;
}

// Compressed lists: offsets then items.
struct csr {
  std::vector<std::uint32_t> offsets, items;
  [[nodiscard]] std::span<const std::uint32_t> of(std::uint32_t key) const {
    return {items.data() + offsets[key], items.data() + offsets[key + 1]};
  }
};

// Perpetrators and targets of each kept incident, from the roles the view keeps, without repeats.
struct incident_actors {
  csr perpetrators, targets;
};

incident_actors actors_of_incidents(const graph_view& view) {
  const auto& g = view.base();
  const auto n = static_cast<std::uint32_t>(g.incidents().size());
  incident_actors out;
  auto build = [&](csr& into, auto pick) {
    into.offsets.assign(std::size_t{n} + 1, 0);
    for (incident_index i = 0; i < n; ++i) {
      into.offsets[i + 1] = into.offsets[i];
      if (!view.keeps_incident(i)) continue;
      const auto begin = into.items.size();
      for (auto k : g.roles_of_incident(i)) {
        const auto& r = g.roles()[k];
        if (!pick(r.kind) || !view.keeps_role(k)) continue;
        if (std::find(into.items.begin() + static_cast<std::ptrdiff_t>(begin), into.items.end(), r.actor) ==
            into.items.end())
          into.items.push_back(r.actor);
      }
      into.offsets[i + 1] = static_cast<std::uint32_t>(into.items.size());
    }
  };
  build(out.perpetrators, is_perpetrator_role);
  build(out.targets, is_target_role);
  return out;
}

// One side tie of an actor X: `other` stands `kind` to X through `relation`.
struct side_entry {
  actor_index other;
  side_tie kind;
  relation_index relation;
  double weight;  // tie_weight(kind) × relation weight
};

std::vector<std::vector<side_entry>> side_lists(const context& cx) {
  const auto& g = cx.g;
  std::vector<std::vector<side_entry>> sides(g.actors().size());
  for (relation_index r = 0; r < g.relations().size(); ++r) {
    const auto& rel = g.relations()[r];
    if (!cx.usable(r) || rel.from == rel.to) continue;
    side_tie forward, backward;  // how `from` stands to `to`, and `to` to `from`
    if (rel.type == cx.backs)
      forward = side_tie::backs, backward = side_tie::backed_by;
    else if (rel.type == cx.member_of)
      forward = side_tie::member_of, backward = side_tie::has_member;
    else if (rel.type == cx.controls)
      forward = side_tie::controls, backward = side_tie::controlled_by;
    else if (rel.type == cx.allied_with)
      forward = backward = side_tie::allied_with;
    else
      continue;
    sides[rel.to].push_back({rel.from, forward, r, tie_weight(forward) * rel.weight});
    sides[rel.from].push_back({rel.to, backward, r, tie_weight(backward) * rel.weight});
  }
  return sides;
}

// Whether two actors are one side on some day of [first, last]: the same
// actor, one a member of the other or controlled by it (a state and its
// government, army or police; a coalition and its factions), or both members
// of a third (two organs of one state). Backing and alliance do not make one
// side: allies and sponsors do fall out, and their clashes are real.
bool one_side(const graph& g, const std::vector<std::vector<side_entry>>& sides, actor_index x, actor_index y,
              std::int32_t first, std::int32_t last) {
  if (x == y) return true;
  auto organic = [](side_tie k) {
    return k == side_tie::member_of || k == side_tie::has_member || k == side_tie::controls ||
           k == side_tie::controlled_by;
  };
  for (const auto& e : sides[x]) {
    if (!organic(e.kind) || !holds(g.relations()[e.relation], first, last)) continue;
    if (e.other == y) return true;
    // e.other stands `has_member` to x when x is a member of e.other.
    if (e.kind != side_tie::has_member) continue;
    for (const auto& f : sides[y])
      if (f.kind == side_tie::has_member && f.other == e.other && holds(g.relations()[f.relation], first, last))
        return true;
  }
  return false;
}

// Ties compare by weight (higher first), then kind, then relation order.
bool better_tie(double wa, const actor_tie& a, double wb, const actor_tie& b) {
  if (wa != wb) return wa > wb;
  if (a.kind != b.kind) return a.kind < b.kind;
  if (a.relation != b.relation) return a.relation < b.relation;
  if (a.actor != b.actor) return a.actor < b.actor;
  return a.anchor < b.anchor;
}

link_rule rule_of(const actor_tie& responder, const actor_tie& against) {
  const bool r = responder.kind == side_tie::same, a = against.kind == side_tie::same;
  if (r && a) return link_rule::direct_reprisal;
  if (a) return link_rule::reprisal_by_side;
  if (r) return link_rule::reprisal_against_side;
  return link_rule::side_reprisal;
}

// GDELT records one event under several ids when several articles report
// it: same date, actors, CAMEO code and place. Each such group is folded
// into its first incident in the time order (`same_as` of the others points
// to it); folded incidents take part in no inferred link. Incidents another
// incident links to or from explicitly are never folded, nor incidents of
// other datasets (ACLED and UCDP give each event one id; two identical
// incidents written by hand are the author's choice).
void fold_duplicates(const graph_view& view, const ordering& ord, escalation_graph& out) {
  const auto& g = view.base();
  const auto n = static_cast<std::uint32_t>(g.incidents().size());
  out.same_as.assign(n, none);
  out.fold_offsets.assign(std::size_t{n} + 1, 0);
  out.fold_items.clear();
  std::vector<bool> linked(n, false);
  for (std::uint32_t k = 0; k < g.links().size(); ++k) {
    if (!view.keeps_link(k)) continue;
    linked[g.links()[k].from] = true;
    linked[g.links()[k].to] = true;
  }
  const auto who = actors_of_incidents(view);
  std::unordered_map<std::string, incident_index> first_of;
  std::string key;
  std::vector<actor_index> actors;
  auto add_actors = [&](std::span<const std::uint32_t> list) {
    actors.assign(list.begin(), list.end());
    std::sort(actors.begin(), actors.end());
    for (auto a : actors)
      key += std::to_string(a) + ',';
    key += '\x1f';
  };
  bool any = false;
  for (auto i : ord.order) {
    const auto& inc = g.incidents()[i];
    if (inc.coding.dataset != "gdelt" || linked[i]) continue;
    key = inc.when.to_string();
    key += '\x1f';
    key += inc.cameo;
    key += '\x1f';
    key += inc.where.name;
    key += '\x1f';
    key += inc.where.country;
    key += '\x1f';
    add_actors(who.perpetrators.of(i));
    add_actors(who.targets.of(i));
    const auto [it, fresh] = first_of.emplace(key, i);
    if (!fresh) {
      out.same_as[i] = it->second;
      ++out.fold_offsets[it->second + 1];
      any = true;
    }
  }
  if (!any) return;
  for (std::uint32_t k = 0; k < n; ++k)
    out.fold_offsets[k + 1] += out.fold_offsets[k];
  out.fold_items.resize(out.fold_offsets.back());
  std::vector<std::uint32_t> fill(out.fold_offsets.begin(), out.fold_offsets.end() - 1);
  for (auto i : ord.order)
    if (out.same_as[i] != none) out.fold_items[fill[out.same_as[i]]++] = i;
}

}  // namespace

incident_severity severity(const graph_view& view, incident_index incident, const escalation_options& options) {
  options.validate();
  if (incident >= view.base().incidents().size())
    throw usage_error("Incident index " + std::to_string(incident) + " is out of range");
  const context cx(view, options);
  return compute_severity(cx, incident);
}

// ---------------------------------------------------------------------------
// Retaliation links

escalation_graph retaliation_links(const graph_view& view, const escalation_options& options) {
  options.validate();
  const context cx(view, options);
  const auto& g = cx.g;
  const auto n = static_cast<std::uint32_t>(g.incidents().size());
  auto ord = order_incidents(view);

  escalation_graph out;
  out.window_days = options.window_days;
  out.min_score = options.min_score;
  out.rungs.assign(n, 0);
  for (auto i : ord.order)
    out.rungs[i] = compute_rung(cx, i, nullptr);

  if (options.fold_duplicates) fold_duplicates(view, ord, out);
  if (out.same_as.empty()) out.same_as.assign(n, none);
  if (out.fold_offsets.empty()) out.fold_offsets.assign(std::size_t{n} + 1, 0);

  // Explicit links, one per pair.
  std::vector<retaliation_link> links;
  for (auto k : ord.explicit_links) {
    const auto& l = g.links()[k];
    retaliation_link x;
    x.from = l.to;
    x.to = l.from;
    x.rule = link_rule::explicit_link;
    x.link = k;
    x.gap_days = std::max<std::int32_t>(0, g.incidents()[l.from].when.first_day() - end_day(g.incidents()[l.to]));
    x.score = l.prov.confidence;
    links.push_back(x);
  }

  if (options.window_days > 0) {
    const auto who = actors_of_incidents(view);
    const auto sides = side_lists(cx);
    // Incidents each actor perpetrates, by first day then position.
    csr perpetrated;
    perpetrated.offsets.assign(g.actors().size() + 1, 0);
    for (auto i : ord.order)
      for (auto a : who.perpetrators.of(i))
        ++perpetrated.offsets[a + 1];
    for (std::size_t a = 0; a < g.actors().size(); ++a)
      perpetrated.offsets[a + 1] += perpetrated.offsets[a];
    perpetrated.items.resize(perpetrated.offsets.back());
    {
      std::vector<std::uint32_t> fill(perpetrated.offsets.begin(), perpetrated.offsets.end() - 1);
      for (auto i : ord.order)
        for (auto a : who.perpetrators.of(i))
          perpetrated.items[fill[a]++] = i;
    }
    std::vector<std::int32_t> first(n, 0), last(n, 0);
    std::vector<bool> hostile(n, false);
    for (auto i : ord.order) {
      first[i] = g.incidents()[i].when.first_day();
      last[i] = g.incidents()[i].when.last_day();
      hostile[i] = hostile_act(g.incidents()[i]) && out.same_as[i] == none;
    }
    for (std::size_t a = 0; a < g.actors().size(); ++a) {
      auto begin = perpetrated.items.begin() + perpetrated.offsets[a];
      auto end = perpetrated.items.begin() + perpetrated.offsets[a + 1];
      std::sort(begin, end, [&](incident_index x, incident_index y) {
        return first[x] != first[y] ? first[x] < first[y] : ord.position[x] < ord.position[y];
      });
    }
    // Explicitly linked pairs, to skip them: answering incidents by answered one.
    csr explicit_by;
    explicit_by.offsets.assign(std::size_t{n} + 1, 0);
    for (const auto& l : links)
      ++explicit_by.offsets[l.from + 1];
    for (std::uint32_t k = 0; k < n; ++k)
      explicit_by.offsets[k + 1] += explicit_by.offsets[k];
    explicit_by.items.resize(links.size());
    {
      std::vector<std::uint32_t> fill(explicit_by.offsets.begin(), explicit_by.offsets.end() - 1);
      for (const auto& l : links)
        explicit_by.items[fill[l.from]++] = l.to;
    }

    struct candidate {
      incident_index to;
      double score;
      double w1, w2;
      actor_tie responder, against;
      std::int32_t gap;
    };
    std::vector<candidate> found;
    std::vector<actor_index> across;
    const double window = options.window_days;
    // --since/--until: chains keep only incidents that begin in the window,
    // and a link between two incidents depends on nothing else, so only
    // links between two of them are inferred. An empty month costs nothing,
    // whatever the length of the history.
    const std::int32_t since_day =
        options.since ? options.since->first_day() : std::numeric_limits<std::int32_t>::min();
    const std::int32_t until_day = options.until ? options.until->last_day() : std::numeric_limits<std::int32_t>::max();
    const std::size_t total = ord.order.size();
    for (std::size_t step = 0; step < total; ++step) {
      if (options.progress && step % 65536 == 0 && !options.progress(step, total)) throw cancelled_error();
      const incident_index a = ord.order[step];
      if (first[a] < since_day || first[a] > until_day) continue;
      const auto& inc = g.incidents()[a];
      const auto targets = who.targets.of(a);
      const auto perpetrators = who.perpetrators.of(a);
      if (targets.empty() || perpetrators.empty() || !hostile[a]) continue;
      const std::int32_t af = first[a], al = last[a];
      const std::int32_t lo = inc.when.last_day() + 1;
      const std::int32_t ends = end_day(inc);
      const std::int32_t hi = ends + options.window_days;
      found.clear();
      for (auto t : targets) {
        // A's perpetrators across sides from t (an act within one side is
        // answered by nothing).
        across.clear();
        for (auto p : perpetrators)
          if (!one_side(g, sides, p, t, af, al)) across.push_back(p);
        if (across.empty()) continue;
        // The responders: the target itself, then its side.
        auto respond = [&](actor_index s, side_tie kind, relation_index rel, double w1) {
          auto list = perpetrated.of(s);
          auto it = std::lower_bound(list.begin(), list.end(), lo,
                                     [&](incident_index x, std::int32_t day) { return first[x] < day; });
          for (; it != list.end() && first[*it] <= hi && first[*it] <= until_day; ++it) {
            const incident_index b = *it;
            if (ord.position[b] <= ord.position[a] || !hostile[b]) continue;
            const std::int32_t bf = first[b], bl = last[b];
            if (rel != none && !holds(g.relations()[rel], bf, bl)) continue;
            // Against whom: a target of B that is a perpetrator of A or on its
            // side. Both acts must cross sides: a state answering its own
            // government is no reprisal.
            actor_tie best_against;
            double w2 = 0.0;
            for (auto u : who.targets.of(b)) {
              if (one_side(g, sides, s, u, bf, bl)) continue;
              for (auto p : across) {
                if (u == p) {
                  const actor_tie tie{side_tie::same, u, p, none};
                  if (better_tie(1.0, tie, w2, best_against)) w2 = 1.0, best_against = tie;
                  continue;
                }
                for (const auto& e : sides[p]) {
                  if (e.other != u || !holds(g.relations()[e.relation], bf, bl)) continue;
                  const actor_tie tie{e.kind, u, p, e.relation};
                  if (better_tie(e.weight, tie, w2, best_against)) w2 = e.weight, best_against = tie;
                }
              }
            }
            if (w2 == 0.0) continue;
            const std::int32_t gap = std::max<std::int32_t>(0, bf - ends);
            const double score = w1 * w2 * (1.0 - gap / (2.0 * window));
            if (score < options.min_score) continue;
            found.push_back({b, score, w1, w2, actor_tie{kind, s, t, rel}, best_against, gap});
          }
        };
        respond(t, side_tie::same, none, 1.0);
        for (const auto& e : sides[t])
          respond(e.other, e.kind, e.relation, e.weight);
      }
      if (found.empty()) continue;
      std::sort(found.begin(), found.end(), [&](const candidate& x, const candidate& y) {
        if (x.to != y.to) return ord.position[x.to] < ord.position[y.to];
        if (x.score != y.score) return x.score > y.score;
        if (x.responder != y.responder) return better_tie(x.w1, x.responder, y.w1, y.responder);
        return better_tie(x.w2, x.against, y.w2, y.against);
      });
      const auto answered = explicit_by.of(a);
      for (std::size_t k = 0; k < found.size(); ++k) {
        const auto& c = found[k];
        if (k > 0 && found[k - 1].to == c.to) continue;
        if (std::find(answered.begin(), answered.end(), c.to) != answered.end()) continue;
        retaliation_link x;
        x.from = a;
        x.to = c.to;
        x.rule = rule_of(c.responder, c.against);
        x.responder = c.responder;
        x.against = c.against;
        x.gap_days = c.gap;
        x.score = c.score;
        links.push_back(x);
      }
    }
    if (options.progress && !options.progress(total, total)) throw cancelled_error();
  }

  std::sort(links.begin(), links.end(), [&](const retaliation_link& x, const retaliation_link& y) {
    if (x.to != y.to) return ord.position[x.to] < ord.position[y.to];
    return ord.position[x.from] < ord.position[y.from];
  });
  out.links = std::move(links);
  auto index = [&](std::vector<std::uint32_t>& offsets, std::vector<std::uint32_t>& items, auto key) {
    offsets.assign(std::size_t{n} + 1, 0);
    for (const auto& l : out.links)
      ++offsets[key(l) + 1];
    for (std::uint32_t k = 0; k < n; ++k)
      offsets[k + 1] += offsets[k];
    items.resize(out.links.size());
    std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
    for (std::uint32_t k = 0; k < out.links.size(); ++k)
      items[fill[key(out.links[k])]++] = k;
  };
  index(out.out_offsets, out.out_items, [](const retaliation_link& l) { return l.from; });
  index(out.in_offsets, out.in_items, [](const retaliation_link& l) { return l.to; });
  out.order = std::move(ord.order);
  out.position = std::move(ord.position);
  return out;
}

// ---------------------------------------------------------------------------
// Chains

namespace {

// What a link A -> B adds to a chain whose highest rung so far is `peak`:
// its score times (B's rung - A's rung, plus how far B raises the peak,
// minus how far B falls below A). Summed over a chain's links this is
// score(chain) of docs/escalation.md: (last - first) + (peak - first) -
// descents, each link weighted by its score.
double gain(const escalation_graph& eg, const retaliation_link& l, rung_level peak) {
  const int from = eg.rungs[l.from], to = eg.rungs[l.to];
  const int value = (to - from) + std::max(0, to - int{peak}) - std::max(0, from - to);
  return l.score * value;
}

void check_graph(const graph_view& view, const escalation_graph& eg) {
  if (eg.position.size() != view.base().incidents().size() || eg.rungs.size() != eg.position.size() ||
      eg.same_as.size() != eg.position.size())
    throw usage_error("The escalation graph was built from another graph");
}

bool in_window(const graph& g, incident_index i, const escalation_options& o) {
  const auto& when = g.incidents()[i].when;
  if (o.since && when.first_day() < o.since->first_day()) return false;
  if (o.until && when.first_day() > o.until->last_day()) return false;
  return true;
}

void finish(const escalation_graph& eg, escalation_chain& c) {
  c.score = 0.0;
  c.climb = 0;
  c.descent = 0;
  c.peak = c.incidents.empty() ? rung_level{0} : eg.rungs[c.incidents.front()];
  for (auto k : c.links) {
    const auto& l = eg.links[k];
    c.score += gain(eg, l, c.peak);
    c.climb += std::max(0, int{eg.rungs[l.to]} - int{eg.rungs[l.from]});
    c.descent += std::max(0, int{eg.rungs[l.from]} - int{eg.rungs[l.to]});
    c.peak = std::max(c.peak, eg.rungs[l.to]);
  }
  c.net = c.incidents.empty() ? 0 : int{eg.rungs[c.incidents.back()]} - int{eg.rungs[c.incidents.front()]};
}

// The k best maximal chains in the sub-DAG of the incidents in `nodes`
// (sorted by position), by dynamic programming in time order. A partial
// chain's future gains depend only on where it ends and on its peak so far,
// so the k best partial chains are kept per (incident, peak): exact, with at
// most 10 k entries per incident. `starts_at(i)`: a chain may begin at i;
// `ends_at(i)`: it may end there. Only links between kept incidents count.
template <class StartsAt, class EndsAt>
chain_result best_chains(const escalation_graph& eg, const std::vector<incident_index>& nodes,
                         const std::vector<bool>& member, std::size_t k, StartsAt starts_at, EndsAt ends_at) {
  struct entry {
    double score;
    std::uint32_t steps;
    std::uint32_t link;  // the last link, or none
    std::uint32_t pred;  // rank of the entry at the previous incident
    rung_level peak;
  };
  // Entries at the same incident: score desc, steps asc, previous incident
  // earlier, then that incident's own order of entries, then lower peak.
  auto better = [&](const entry& x, const entry& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.steps != y.steps) return x.steps < y.steps;
    const auto px = x.link == none ? 0 : eg.position[eg.links[x.link].from];
    const auto py = y.link == none ? 0 : eg.position[eg.links[y.link].from];
    if (px != py) return px < py;
    if (x.pred != y.pred) return x.pred < y.pred;
    return x.peak < y.peak;
  };
  std::vector<std::uint32_t> local(eg.position.size(), none);
  for (std::uint32_t v = 0; v < nodes.size(); ++v)
    local[nodes[v]] = v;
  std::vector<std::vector<entry>> entries(nodes.size());
  bool overflow = false;
  std::vector<entry> pool;
  for (std::uint32_t v = 0; v < nodes.size(); ++v) {
    const incident_index i = nodes[v];
    pool.clear();
    if (starts_at(i)) {
      pool.push_back({0.0, 0, none, none, eg.rungs[i]});
    } else {
      for (auto li : eg.answers(i)) {
        const auto& l = eg.links[li];
        if (!member[l.from]) continue;
        const auto& at = entries[local[l.from]];
        for (std::uint32_t r = 0; r < at.size(); ++r)
          pool.push_back(
              {at[r].score + gain(eg, l, at[r].peak), at[r].steps + 1, li, r, std::max(at[r].peak, eg.rungs[i])});
      }
    }
    // The k best of each peak.
    std::stable_sort(pool.begin(), pool.end(), [&](const entry& x, const entry& y) {
      if (x.peak != y.peak) return x.peak < y.peak;
      return better(x, y);
    });
    auto& kept = entries[v];
    kept.clear();
    for (std::size_t at = 0; at < pool.size();) {
      std::size_t end = at;
      while (end < pool.size() && pool[end].peak == pool[at].peak)
        ++end;
      if (end - at > k) overflow = true;
      kept.insert(kept.end(), pool.begin() + static_cast<std::ptrdiff_t>(at),
                  pool.begin() + static_cast<std::ptrdiff_t>(std::min(end, at + k)));
      at = end;
    }
    std::sort(kept.begin(), kept.end(), better);
  }
  struct ending {
    std::uint32_t node;
    std::uint32_t rank;
  };
  std::vector<ending> endings;
  for (std::uint32_t v = 0; v < nodes.size(); ++v) {
    if (!ends_at(nodes[v])) continue;
    for (std::uint32_t r = 0; r < entries[v].size(); ++r)
      if (entries[v][r].steps > 0) endings.push_back({v, r});
  }
  auto order = [&](const ending& x, const ending& y) {
    const auto& a = entries[x.node][x.rank];
    const auto& b = entries[y.node][y.rank];
    if (a.score != b.score) return a.score > b.score;
    if (a.steps != b.steps) return a.steps < b.steps;
    if (x.node != y.node) return x.node < y.node;  // local order follows positions
    return x.rank < y.rank;
  };
  chain_result result;
  result.truncated = overflow || endings.size() > k;
  if (endings.size() > k) {
    std::partial_sort(endings.begin(), endings.begin() + static_cast<std::ptrdiff_t>(k), endings.end(), order);
    endings.resize(k);
  } else {
    std::sort(endings.begin(), endings.end(), order);
  }
  for (const auto& e : endings) {
    escalation_chain c;
    std::uint32_t v = e.node, r = e.rank;
    c.incidents.push_back(nodes[v]);
    while (entries[v][r].link != none) {
      const auto li = entries[v][r].link;
      const auto pred = entries[v][r].pred;
      c.links.push_back(li);
      v = local[eg.links[li].from];
      r = pred;
      c.incidents.push_back(nodes[v]);
    }
    std::reverse(c.incidents.begin(), c.incidents.end());
    std::reverse(c.links.begin(), c.links.end());
    finish(eg, c);
    result.chains.push_back(std::move(c));
  }
  return result;
}

void check_incident(const graph_view& view, const escalation_graph& eg, incident_index i) {
  const auto& g = view.base();
  if (i >= g.incidents().size()) throw usage_error("Incident index " + std::to_string(i) + " is out of range");
  if (!eg.keeps(i))
    throw usage_error("Incident \"" + g.incidents()[i].id +
                      "\" is not in this view (see --as-of and --min-confidence)");
}

// The incidents reachable from `start` along links (forward: answered_by, else answers), within the window, by
// position.
std::vector<incident_index> reach(const graph_view& view, const escalation_graph& eg, incident_index start,
                                  bool forward, const escalation_options& o, std::vector<bool>& member) {
  const auto& g = view.base();
  std::vector<incident_index> found;
  member.assign(eg.position.size(), false);
  if (!in_window(g, start, o)) return found;
  member[start] = true;
  found.push_back(start);
  for (std::size_t head = 0; head < found.size(); ++head) {
    const auto at = found[head];
    for (auto li : forward ? eg.answered_by(at) : eg.answers(at)) {
      const auto& l = eg.links[li];
      const auto next = forward ? l.to : l.from;
      if (member[next] || !in_window(g, next, o)) continue;
      member[next] = true;
      found.push_back(next);
    }
  }
  std::sort(found.begin(), found.end(), [&](auto x, auto y) { return eg.position[x] < eg.position[y]; });
  return found;
}

}  // namespace

chain_result chains_to(const graph_view& view, const escalation_graph& eg, incident_index target,
                       const escalation_options& options) {
  options.validate();
  check_graph(view, eg);
  check_incident(view, eg, target);
  if (eg.same_as[target] != none) target = eg.same_as[target];  // a duplicate stands for its first id
  std::vector<bool> member;
  const auto nodes = reach(view, eg, target, false, options, member);
  auto starts_at = [&](incident_index i) {
    for (auto li : eg.answers(i))
      if (member[eg.links[li].from]) return false;
    return true;
  };
  return best_chains(eg, nodes, member, options.max_chains, starts_at, [&](incident_index i) { return i == target; });
}

chain_result chains_from(const graph_view& view, const escalation_graph& eg, incident_index source,
                         const escalation_options& options) {
  options.validate();
  check_graph(view, eg);
  check_incident(view, eg, source);
  if (eg.same_as[source] != none) source = eg.same_as[source];  // a duplicate stands for its first id
  std::vector<bool> member;
  const auto nodes = reach(view, eg, source, true, options, member);
  auto ends_at = [&](incident_index i) {
    for (auto li : eg.answered_by(i))
      if (member[eg.links[li].to]) return false;
    return true;
  };
  return best_chains(
      eg, nodes, member, options.max_chains, [&](incident_index i) { return i == source; }, ends_at);
}

chain_result chains_between(const graph_view& view, const escalation_graph& eg, actor_index a, actor_index b,
                            const escalation_options& options) {
  options.validate();
  check_graph(view, eg);
  const context cx(view, options);
  const auto& g = cx.g;
  if (a >= g.actors().size() || b >= g.actors().size()) throw usage_error("Actor index is out of range");
  const auto who = actors_of_incidents(view);
  const auto sides = side_lists(cx);
  // Whether `y` is on the side of `x` on the days [first, last].
  auto on_side = [&](actor_index x, actor_index y, std::int32_t first, std::int32_t last) {
    if (x == y) return true;
    if (!options.include_sides) return false;
    for (const auto& e : sides[x])
      if (e.other == y && holds(g.relations()[e.relation], first, last)) return true;
    return false;
  };
  std::vector<bool> member(eg.position.size(), false);
  std::vector<incident_index> nodes;
  for (auto i : eg.order) {
    if (!in_window(g, i, options)) continue;
    const auto& when = g.incidents()[i].when;
    const auto f = when.first_day(), l = when.last_day();
    bool between = false;
    for (auto p : who.perpetrators.of(i)) {
      for (auto t : who.targets.of(i))
        if ((on_side(a, p, f, l) && on_side(b, t, f, l)) || (on_side(b, p, f, l) && on_side(a, t, f, l))) {
          between = true;
          break;
        }
      if (between) break;
    }
    if (!between) continue;
    member[i] = true;
    nodes.push_back(i);
  }
  auto starts_at = [&](incident_index i) {
    for (auto li : eg.answers(i))
      if (member[eg.links[li].from]) return false;
    return true;
  };
  auto ends_at = [&](incident_index i) {
    for (auto li : eg.answered_by(i))
      if (member[eg.links[li].to]) return false;
    return true;
  };
  return best_chains(eg, nodes, member, options.max_chains, starts_at, ends_at);
}

chain_result top_chains(const graph_view& view, const escalation_graph& eg, const escalation_options& options) {
  options.validate();
  check_graph(view, eg);
  const auto& g = view.base();
  const auto n = eg.position.size();
  std::vector<bool> member(n, false);
  for (auto i : eg.order)
    member[i] = in_window(g, i, options);
  // The best chain ending at each incident with each peak (a chain's future
  // gains depend on its peak): score desc, fewer links, earlier previous
  // incident. States of incident i are states[offsets[i], offsets[i + 1]).
  struct state {
    double score;
    std::uint32_t steps;
    std::uint32_t via;   // the last link, or none
    std::uint32_t pred;  // the state at the previous incident, or none
    rung_level peak;
  };
  auto beats = [&](const state& x, const state& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.steps != y.steps) return x.steps < y.steps;
    const auto px = x.via == none ? 0 : eg.position[eg.links[x.via].from];
    const auto py = y.via == none ? 0 : eg.position[eg.links[y.via].from];
    if (px != py) return px < py;
    return x.peak < y.peak;
  };
  std::vector<state> states;
  std::vector<std::uint32_t> begin(n, 0), end(n, 0), best(n, none);
  std::array<std::optional<state>, highest_rung + 1> by_peak;
  for (auto i : eg.order) {
    if (!member[i]) continue;
    by_peak.fill(std::nullopt);
    // A chain never starts just after a descent, which it would hide
    // (strike, condemnation, strike would show as condemnation, strike): it
    // starts at an incident that answers nothing in the window, or only
    // incidents on its rung or below.
    bool root = true;
    for (auto li : eg.answers(i))
      if (member[eg.links[li].from] && eg.rungs[eg.links[li].from] > eg.rungs[i]) root = false;
    if (root) by_peak[eg.rungs[i]] = state{0.0, 0, none, none, eg.rungs[i]};
    for (auto li : eg.answers(i)) {
      const auto& l = eg.links[li];
      if (!member[l.from]) continue;
      for (auto k = begin[l.from]; k < end[l.from]; ++k) {
        const auto& at = states[k];
        const state next{at.score + gain(eg, l, at.peak), at.steps + 1, li, k, std::max(at.peak, eg.rungs[i])};
        auto& slot = by_peak[next.peak];
        if (!slot || beats(next, *slot)) slot = next;
      }
    }
    begin[i] = static_cast<std::uint32_t>(states.size());
    end[i] = begin[i];
    for (const auto& st : by_peak)
      if (st) {
        if (best[i] == none || beats(*st, states[best[i]])) best[i] = static_cast<std::uint32_t>(states.size());
        states.push_back(*st);
      }
    end[i] = static_cast<std::uint32_t>(states.size());
  }
  // Keep the chains that climb (a positive score, a last link that climbs)
  // and whose last incident no other kept chain passes through.
  std::vector<bool> candidate(n, false), extended(n, false), used(states.size(), false);
  for (auto i : eg.order) {
    if (!member[i] || best[i] == none) continue;
    const auto& st = states[best[i]];
    if (st.via != none && st.score > 0.0 && eg.rungs[i] > eg.rungs[eg.links[st.via].from]) candidate[i] = true;
  }
  for (auto it = eg.order.rbegin(); it != eg.order.rend(); ++it) {
    const auto i = *it;
    if (!member[i]) continue;
    if (candidate[i]) used[best[i]] = true;
    for (auto k = begin[i]; k < end[i]; ++k) {
      if (!used[k] || states[k].pred == none) continue;
      used[states[k].pred] = true;
      extended[eg.links[states[k].via].from] = true;
    }
  }
  std::vector<incident_index> ends;
  for (auto i : eg.order)
    if (candidate[i] && !extended[i]) ends.push_back(i);
  auto order = [&](incident_index x, incident_index y) {
    const auto& a = states[best[x]];
    const auto& b = states[best[y]];
    if (a.score != b.score) return a.score > b.score;
    if (a.steps != b.steps) return a.steps < b.steps;
    return eg.position[x] < eg.position[y];
  };
  const std::size_t k = options.max_chains;
  chain_result result;
  result.truncated = ends.size() > k;
  if (ends.size() > k) {
    std::partial_sort(ends.begin(), ends.begin() + static_cast<std::ptrdiff_t>(k), ends.end(), order);
    ends.resize(k);
  } else {
    std::sort(ends.begin(), ends.end(), order);
  }
  for (auto e : ends) {
    escalation_chain c;
    for (auto at = best[e]; states[at].via != none; at = states[at].pred)
      c.links.push_back(states[at].via);
    c.incidents.push_back(e);
    for (auto li : c.links)
      c.incidents.push_back(eg.links[li].from);
    std::reverse(c.incidents.begin(), c.incidents.end());
    std::reverse(c.links.begin(), c.links.end());
    finish(eg, c);
    result.chains.push_back(std::move(c));
  }
  return result;
}

// ---------------------------------------------------------------------------
// Time-respecting paths

temporal_paths_result temporal_paths(const graph_view& view, actor_index from, actor_index to,
                                     const temporal_path_options& options) {
  options.validate();
  const auto& g = view.base();
  const auto na = g.actors().size();
  if (from >= na || to >= na) throw usage_error("Actor index is out of range");
  temporal_paths_result result;
  result.from = from;
  result.to = to;
  if (from == to) return result;

  struct edge {
    std::int32_t depart, arrive;
    incident_index incident;
    actor_index u, v;
  };
  std::vector<edge> edges;
  const auto who = actors_of_incidents(view);
  for (incident_index i = 0; i < g.incidents().size(); ++i) {
    if (!view.keeps_incident(i)) continue;
    // A campaign arrives when it ends (its until), not when it starts.
    const auto d = g.incidents()[i].when.first_day(), a = end_day(g.incidents()[i]);
    if ((options.since && d < options.since->first_day()) || (options.until && a > options.until->last_day())) continue;
    for (auto p : who.perpetrators.of(i))
      for (auto t : who.targets.of(i))
        if (p != t) edges.push_back({d, a, i, p, t});
  }
  std::sort(edges.begin(), edges.end(), [](const edge& x, const edge& y) {
    if (x.depart != y.depart) return x.depart < y.depart;
    if (x.arrive != y.arrive) return x.arrive < y.arrive;
    if (x.incident != y.incident) return x.incident < y.incident;
    if (x.u != y.u) return x.u < y.u;
    return x.v < y.v;
  });
  constexpr auto never = std::numeric_limits<std::int32_t>::max();

  // Labels: an arrival at an actor by an edge, after a previous label.
  struct label {
    std::uint32_t edge;
    std::uint32_t prev;
    std::int32_t start;  // departure of the path's first edge
    std::uint32_t steps;
  };
  std::vector<label> labels;
  auto path_of = [&](std::uint32_t id) {
    temporal_path p;
    p.departure = labels[id].start;
    p.arrival = edges[labels[id].edge].arrive;
    for (auto at = id; at != none; at = labels[at].prev) {
      const auto& e = edges[labels[at].edge];
      p.steps.push_back({e.incident, e.u, e.v});
    }
    std::reverse(p.steps.begin(), p.steps.end());
    return p;
  };

  // Earliest arrival: one pass; arrival[v] only improves.
  {
    labels.clear();
    std::vector<std::int32_t> arrival(na, never);
    std::vector<std::uint32_t> at(na, none);
    for (std::uint32_t k = 0; k < edges.size(); ++k) {
      const auto& e = edges[k];
      if (e.v == from) continue;
      std::uint32_t prev = none;
      if (e.u != from) {
        if (at[e.u] == none || arrival[e.u] >= e.depart) continue;
        prev = at[e.u];
      }
      const std::uint32_t steps = prev == none ? 1 : labels[prev].steps + 1;
      if (e.arrive < arrival[e.v] || (e.arrive == arrival[e.v] && steps < labels[at[e.v]].steps)) {
        labels.push_back({k, prev, prev == none ? e.depart : labels[prev].start, steps});
        arrival[e.v] = e.arrive;
        at[e.v] = static_cast<std::uint32_t>(labels.size() - 1);
      }
    }
    if (at[to] != none) result.earliest_arrival = path_of(at[to]);
  }

  // Fewest steps: per actor, Pareto labels by arrival with strictly fewer steps as arrival grows.
  {
    labels.clear();
    std::vector<std::map<std::int32_t, std::uint32_t>> front(na);
    for (std::uint32_t k = 0; k < edges.size(); ++k) {
      const auto& e = edges[k];
      if (e.v == from) continue;
      std::uint32_t prev = none;
      if (e.u != from) {
        auto& f = front[e.u];
        auto it = f.lower_bound(e.depart);  // first arrival >= depart
        if (it == f.begin()) continue;
        prev = std::prev(it)->second;
      }
      const std::uint32_t steps = prev == none ? 1 : labels[prev].steps + 1;
      auto& f = front[e.v];
      auto it = f.upper_bound(e.arrive);
      if (it != f.begin() && labels[std::prev(it)->second].steps <= steps) continue;  // dominated
      while (it != f.end() && labels[it->second].steps >= steps)
        it = f.erase(it);
      labels.push_back({k, prev, prev == none ? e.depart : labels[prev].start, steps});
      f[e.arrive] = static_cast<std::uint32_t>(labels.size() - 1);
    }
    if (!front[to].empty()) result.fewest_steps = path_of(std::prev(front[to].end())->second);
  }

  // Fastest: per actor, Pareto labels (start, arrival): a later arrival is kept only with a later start.
  {
    labels.clear();
    std::vector<std::map<std::int32_t, std::uint32_t>> front(na);
    for (std::uint32_t k = 0; k < edges.size(); ++k) {
      const auto& e = edges[k];
      if (e.v == from) continue;
      std::uint32_t prev = none;
      std::int32_t start = e.depart;
      if (e.u != from) {
        auto& f = front[e.u];
        auto it = f.lower_bound(e.depart);
        if (it == f.begin()) continue;
        prev = std::prev(it)->second;
        start = labels[prev].start;
      }
      const std::uint32_t steps = prev == none ? 1 : labels[prev].steps + 1;
      auto& f = front[e.v];
      auto it = f.upper_bound(e.arrive);
      if (it != f.begin() && labels[std::prev(it)->second].start >= start) continue;  // dominated
      while (it != f.end() && labels[it->second].start <= start)
        it = f.erase(it);
      labels.push_back({k, prev, start, steps});
      f[e.arrive] = static_cast<std::uint32_t>(labels.size() - 1);
    }
    std::uint32_t best = none;
    for (const auto& [arrive, id] : front[to]) {
      if (best == none) {
        best = id;
        continue;
      }
      const auto d = arrive - labels[id].start;
      const auto bd = edges[labels[best].edge].arrive - labels[best].start;
      if (d < bd) best = id;  // map order: ties keep the earlier arrival
    }
    if (best != none) result.fastest = path_of(best);
  }
  return result;
}

// ---------------------------------------------------------------------------
// Timeline

std::vector<timeline_entry> timeline(const graph_view& view, const timeline_options& options,
                                     const escalation_options& severity_options) {
  options.validate();
  severity_options.validate();
  const context cx(view, severity_options);
  const auto& g = cx.g;
  if (options.actor && *options.actor >= g.actors().size()) throw usage_error("Actor index is out of range");
  const auto ord = order_incidents(view);
  std::vector<timeline_entry> out;
  for (auto i : ord.order) {
    const auto& inc = g.incidents()[i];
    if (options.from && end_day(inc) < options.from->first_day()) continue;
    if (options.to && inc.when.first_day() > options.to->last_day()) continue;
    if (options.actor) {
      bool plays = false;
      for (auto k : g.roles_of_incident(i))
        if (g.roles()[k].actor == *options.actor && view.keeps_role(k)) plays = true;
      if (!plays) continue;
    }
    out.push_back({i, compute_rung(cx, i, nullptr)});
  }
  return out;
}

}  // namespace faultline
