// SPDX-License-Identifier: Apache-2.0
#include <faultline/algorithms/backers.hpp>

#include <algorithm>
#include <unordered_map>

#include <faultline/graph/error.hpp>

namespace faultline {

void backing_options::validate() const {
  if (max_depth > 1000) throw usage_error("Depth " + std::to_string(max_depth) + " is too large: expected 0 (no limit) to 1000");
}

namespace {

// A partial chain ending at `node`; `pred` is the label one step closer to the start.
struct label {
  actor_index node;
  std::uint32_t pred;
  relation_index relation;
  chain_step_kind kind;
  double strength;
  std::uint32_t depth;
};

struct step_candidate {
  actor_index next;
  relation_index relation;
  chain_step_kind kind;
};

// Round-by-round label-correcting search for the strongest chains. A label is
// expanded only when it is strictly stronger than every earlier label of its
// node; since weights are at most 1, a walk through a cycle is never stronger,
// so only simple chains survive and the search stops after at most V rounds.
// `Expand(label, first_step, out)` lists the steps leaving a label;
// `Answer(step)` says whether arriving by that step makes an answer.
template <class Expand, class Answer>
backing_result search(const graph_view& view, actor_index start, const backing_options& options, bool reverse_chain,
                      Expand expand, Answer answers_by) {
  options.validate();
  const auto& g = view.base();
  if (start >= g.actors().size()) throw usage_error("Actor index " + std::to_string(start) + " is out of range");
  std::vector<label> labels{{start, no_index, no_index, chain_step_kind::backs, 1.0, 0}};
  std::unordered_map<actor_index, double> best_any{{start, 1.0}};
  std::unordered_map<actor_index, std::uint32_t> best_answer;  // node -> label
  std::vector<std::uint32_t> frontier{0}, next;
  std::vector<step_candidate> steps;
  const std::size_t limit = options.max_depth == 0 ? g.actors().size() : options.max_depth;
  for (std::size_t depth = 1; depth <= limit && !frontier.empty(); ++depth) {
    next.clear();
    for (auto id : frontier) {
      steps.clear();
      expand(labels[id], depth == 1, steps);
      for (const auto& s : steps) {
        const double strength = labels[id].strength * g.relations()[s.relation].weight;
        const bool answer = s.next != start && answers_by(s.kind);
        auto any = best_any.find(s.next);
        const bool expands = any == best_any.end() || strength > any->second;
        auto ans = best_answer.find(s.next);
        const bool improves = answer && (ans == best_answer.end() || strength > labels[ans->second].strength);
        if (!expands && !improves) continue;
        const auto created = static_cast<std::uint32_t>(labels.size());
        labels.push_back({s.next, id, s.relation, s.kind, strength, static_cast<std::uint32_t>(depth)});
        if (improves) best_answer[s.next] = created;
        if (expands) {
          best_any[s.next] = strength;
          next.push_back(created);
        }
      }
    }
    frontier.swap(next);
  }

  backing_result result;
  result.subject = start;
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

}  // namespace

backing_result backers(const graph_view& view, actor_index subject, const backing_options& options) {
  const auto& g = view.base();
  const kinds k(g);
  // Walk against the chain: from the client towards its backers.
  auto expand = [&](const label& at, bool, std::vector<step_candidate>& out) {
    for (auto r : g.in_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.backs) out.push_back({rel.from, r, chain_step_kind::backs});
      else if (options.inherit && rel.type == k.controls) out.push_back({rel.from, r, chain_step_kind::controls});
    }
    if (!options.inherit) return;
    for (auto r : g.out_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.member_of) out.push_back({rel.to, r, chain_step_kind::membership});
    }
  };
  auto answers_by = [](chain_step_kind kind) { return kind != chain_step_kind::membership; };
  return search(view, subject, options, true, expand, answers_by);
}

backing_result proxies(const graph_view& view, actor_index sponsor, const backing_options& options) {
  const auto& g = view.base();
  const kinds k(g);
  // Walk along the chain: from the sponsor towards its clients.
  auto expand = [&](const label& at, bool first, std::vector<step_candidate>& out) {
    for (auto r : g.out_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.backs) out.push_back({rel.to, r, chain_step_kind::backs});
      else if (options.inherit && rel.type == k.controls) out.push_back({rel.to, r, chain_step_kind::controls});
    }
    if (!options.inherit || first) return;  // a chain starts with backing, not with one's own members
    for (auto r : g.in_relations(at.node)) {
      if (!view.keeps_relation(r)) continue;
      const auto& rel = g.relations()[r];
      if (rel.type == k.member_of) out.push_back({rel.from, r, chain_step_kind::membership});
    }
  };
  auto answers_by = [](chain_step_kind) { return true; };
  return search(view, sponsor, options, false, expand, answers_by);
}

}  // namespace faultline
