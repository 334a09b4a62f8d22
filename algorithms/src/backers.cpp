// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/backers.hpp>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <faultline/graph/error.hpp>

namespace faultline {

void backing_options::validate() const {
  if (max_depth > 1000)
    throw usage_error("Depth " + std::to_string(max_depth) + " is too large: expected 0 (no limit) to 1000");
  if (!(decay > 0.0 && decay <= 1.0))
    throw usage_error("Decay " + number_text(decay) + " is out of range: expected a number in (0, 1]");
}

namespace {

// What the steps found so far say about the war a chain is in: the conflict
// of the nearest step that names one, the opponent of the nearest step that
// names one (nearest to the query actor, where the search starts).
struct chain_context {
  std::string_view conflict;
  actor_index against = no_index;
  friend bool operator==(const chain_context&, const chain_context&) = default;
};

// Whether a step given in `r` may join a chain in `ctx`: the same conflict
// when both name one; otherwise the same opponent when both name one;
// otherwise yes (a fact that names neither, e.g. a hand-written one).
bool joins(const chain_context& ctx, const relation& r) {
  if (!ctx.conflict.empty() && !r.conflict.empty()) return ctx.conflict == r.conflict;
  if (ctx.against != no_index && r.against != no_index) return ctx.against == r.against;
  return true;
}

chain_context after(const chain_context& ctx, const relation& r) {
  return {r.conflict.empty() ? ctx.conflict : std::string_view(r.conflict),
          r.against == no_index ? ctx.against : r.against};
}

// A partial chain ending at `node`; `pred` is the label one step closer to the start.
struct label {
  actor_index node;
  std::uint32_t pred;
  relation_index relation;
  chain_step_kind kind;
  double strength;
  std::uint32_t depth;
  chain_context context;
};

struct step_candidate {
  actor_index next;
  relation_index relation;
  chain_step_kind kind;
};

// Labels are compared among those of one node in one context: a weaker chain
// in another war may still go where the stronger one may not.
struct state_key {
  actor_index node;
  chain_context context;
  friend bool operator==(const state_key&, const state_key&) = default;
};
struct state_hash {
  std::size_t operator()(const state_key& k) const noexcept {
    return std::hash<std::string_view>{}(k.context.conflict) ^
           (static_cast<std::size_t>(k.node) * 0x9E3779B97F4A7C15ull + k.context.against);
  }
};

// Round-by-round label-correcting search for the strongest chains; round d
// makes the chains of d steps. A label is expanded only when it is strictly
// stronger than every earlier label of its node and context, and a chain
// never visits an actor twice; since every step multiplies by a factor of at
// most 1, the search ends. Rounds past max_depth go on only to count the
// actors they would add (cut_off).
// `Expand(label, first_step, out)` lists the steps leaving a label;
// `Answer(step)` says whether arriving by that step makes an answer;
// `Ends(label, step)` says whether a chain may not go on after that step.
template <class Expand, class Answer, class Ends>
backing_result search(const graph_view& view, actor_index start, const backing_options& options, bool reverse_chain,
                      Expand expand, Answer answers_by, Ends ends) {
  options.validate();
  const auto& g = view.base();
  if (start >= g.actors().size()) throw usage_error("Actor index " + std::to_string(start) + " is out of range");
  std::vector<label> labels{{start, no_index, no_index, chain_step_kind::backs, 1.0, 0, {}}};
  std::unordered_map<state_key, double, state_hash> best_any{{{start, {}}, 1.0}};
  std::unordered_map<actor_index, std::uint32_t> best_answer;  // node -> label
  std::unordered_set<actor_index> beyond;                      // answered only past max_depth
  std::vector<std::uint32_t> frontier{0}, next;
  std::vector<step_candidate> steps;
  const std::size_t limit = options.max_depth == 0 ? g.actors().size() : options.max_depth;
  auto on_chain = [&](std::uint32_t id, actor_index node) {
    for (auto k = id; k != no_index; k = labels[k].pred)
      if (labels[k].node == node) return true;
    return false;
  };
  // Whether adding a step (in `rel`, reaching `reached`) to the chain of
  // label `id` would put on the chain an actor that one of its steps is given
  // against: "X backs G against P; G backs P" does not make X a backer of P.
  auto turns_on_itself = [&](std::uint32_t id, actor_index reached, const relation& rel) {
    if (rel.against != no_index && (rel.against == reached || on_chain(id, rel.against))) return true;
    for (auto k = id; labels[k].pred != no_index; k = labels[k].pred)
      if (g.relations()[labels[k].relation].against == reached) return true;
    return false;
  };
  for (std::size_t depth = 1; !frontier.empty(); ++depth) {
    const bool within = depth <= limit;
    next.clear();
    for (auto id : frontier) {
      steps.clear();
      expand(labels[id], depth == 1, steps);
      for (const auto& s : steps) {
        const auto& rel = g.relations()[s.relation];
        const auto& from = labels[id];
        if (!options.across_conflicts && !joins(from.context, rel)) continue;
        if (on_chain(id, s.next)) continue;
        if (!options.across_conflicts && turns_on_itself(id, s.next, rel)) continue;
        const double strength = from.strength * rel.weight * rel.prov.confidence * (depth > 1 ? options.decay : 1.0);
        const chain_context context = options.across_conflicts ? chain_context{} : after(from.context, rel);
        const bool answer = answers_by(s.kind);
        auto ans = best_answer.find(s.next);
        if (!within && answer && ans == best_answer.end()) beyond.insert(s.next);
        const bool improves = within && answer && (ans == best_answer.end() || strength > labels[ans->second].strength);
        const state_key key{s.next, context};
        auto any = best_any.find(key);
        const bool expands = !ends(from, s) && (any == best_any.end() || strength > any->second);
        if (!expands && !improves) continue;
        const auto created = static_cast<std::uint32_t>(labels.size());
        labels.push_back({s.next, id, s.relation, s.kind, strength, static_cast<std::uint32_t>(depth), context});
        if (improves) best_answer[s.next] = created;
        if (expands) {
          best_any[key] = strength;
          next.push_back(created);
        }
      }
    }
    frontier.swap(next);
  }

  backing_result result;
  result.subject = start;
  result.cut_off = beyond.size();
  for (const auto& [node, id] : best_answer) {
    backing_answer a;
    a.actor = node;
    a.strength = labels[id].strength;
    for (auto k = id; labels[k].pred != no_index; k = labels[k].pred) {
      const auto& l = labels[k];
      const auto& p = labels[l.pred];
      // Orient every step from the backer's side to the client's side.
      a.chain.push_back(reverse_chain ? chain_step{l.relation, l.kind, l.node, p.node}
                                      : chain_step{l.relation, l.kind, p.node, l.node});
    }
    if (!reverse_chain) std::reverse(a.chain.begin(), a.chain.end());
    result.answers.push_back(std::move(a));
  }
  std::sort(result.answers.begin(), result.answers.end(), [&](const backing_answer& x, const backing_answer& y) {
    if (x.strength != y.strength) return x.strength > y.strength;
    if (x.chain.size() != y.chain.size()) return x.chain.size() < y.chain.size();
    return g.actors()[x.actor].id < g.actors()[y.actor].id;
  });
  return result;
}

struct kinds {
  std::optional<relation_type_id> backs, controls, member_of;
  explicit kinds(const graph& g)
      : backs(g.relation_types().find(relation_ids::backs)),
        controls(g.relation_types().find(relation_ids::controls)),
        member_of(g.relation_types().find(relation_ids::member_of)) {}
};

bool is_state(const graph& g, actor_index a) {
  return g.actors()[a].kind == node_kind::state;
}

}  // namespace

backing_result backers(const graph_view& view, actor_index subject, const backing_options& options) {
  const auto& g = view.base();
  const kinds k(g);
  // Walk against the chain: from the client towards its backers. A label
  // past the subject stands at an actor that is itself backed further on;
  // backing given to it, when it is a state, may only end a chain.
  auto expand = [&](const label& at, bool first, std::vector<step_candidate>& out) {
    const bool government = !first && !options.through_governments && is_state(g, at.node);
    for (auto r : g.in_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.backs && !government)
        out.push_back({rel.from, r, chain_step_kind::backs});
      else if (options.inherit && rel.type == k.controls)
        out.push_back({rel.from, r, chain_step_kind::controls});
    }
    if (!options.inherit) return;
    for (auto r : g.out_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.member_of) out.push_back({rel.to, r, chain_step_kind::membership});
    }
  };
  auto answers_by = [](chain_step_kind kind) { return kind != chain_step_kind::membership; };
  auto ends = [](const label&, const step_candidate&) { return false; };
  return search(view, subject, options, true, expand, answers_by, ends);
}

backing_result proxies(const graph_view& view, actor_index sponsor, const backing_options& options) {
  const auto& g = view.base();
  const kinds k(g);
  // Walk along the chain: from the sponsor towards its clients.
  auto expand = [&](const label& at, bool first, std::vector<step_candidate>& out) {
    for (auto r : g.out_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.backs)
        out.push_back({rel.to, r, chain_step_kind::backs});
      else if (options.inherit && rel.type == k.controls)
        out.push_back({rel.to, r, chain_step_kind::controls});
    }
    if (!options.inherit || first) return;  // a chain starts with backing, not with one's own members
    for (auto r : g.in_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.member_of) out.push_back({rel.from, r, chain_step_kind::membership});
    }
  };
  auto answers_by = [](chain_step_kind) { return true; };
  // Backing given to a state ends the chain: the state is a proxy, its own clients are not.
  auto ends = [&](const label&, const step_candidate& s) {
    return !options.through_governments && s.kind == chain_step_kind::backs && is_state(g, s.next);
  };
  return search(view, sponsor, options, false, expand, answers_by, ends);
}

}  // namespace faultline
