// SPDX-License-Identifier: Apache-2.0
#include <faultline/render/svg.hpp>

#include <algorithm>
#include <cmath>
#include <faultline/graph/error.hpp>
#include <faultline/graph/ladder.hpp>
#include <faultline/render/layout.hpp>
#include <map>
#include <numbers>
#include <numeric>
#include <set>

#include "text.hpp"

namespace faultline::render {
namespace {

using detail::decimal;

const std::string friendly_colour = "#2e7d32";
const std::string hostile_colour = "#c62828";
const std::string neutral_colour = "#9e9e9e";
const std::string role_colour = "#b0b0b0";
const std::string link_colour = "#7b1fa2";
const std::string hostile_dash = "6,4";
const std::string neutral_dash = "2,3";
const std::string frustrated_halo = "#ff9800";

struct kind_style {
  enum shape shape;
  const char* fill;
  const char* stroke;
  const char* legend;
};

kind_style style_of(node_kind k) {
  switch (k) {
    case node_kind::state:
      return {shape::square, "#90caf9", "#1565c0", "state"};
    case node_kind::group:
      return {shape::circle, "#ffcc80", "#e65100", "group"};
    case node_kind::person:
      return {shape::triangle, "#ce93d8", "#6a1b9a", "person"};
    case node_kind::incident:
      break;
  }
  return {shape::diamond, "#eeeeee", "#616161", "incident"};
}

void style_node(scene_node& n, node_kind k) {
  const auto st = style_of(k);
  n.shape = st.shape;
  n.fill = st.fill;
  n.stroke = st.stroke;
}

legend_entry node_legend(node_kind k) {
  const auto st = style_of(k);
  legend_entry e;
  e.shape = st.shape;
  e.fill = st.fill;
  e.stroke = st.stroke;
  e.text = st.legend;
  return e;
}

legend_entry tie_legend(const std::string& stroke, const std::string& dash, const std::string& text,
                        const std::string& halo = {}) {
  legend_entry e;
  e.is_tie = true;
  e.stroke = stroke;
  e.dash = dash;
  e.text = text;
  e.halo = halo;
  return e;
}

void style_tie(scene_edge& e, int sign) {
  e.stroke = sign > 0 ? friendly_colour : sign < 0 ? hostile_colour : neutral_colour;
  e.dash = sign > 0 ? "" : sign < 0 ? hostile_dash : neutral_dash;
  e.width = sign == 0 ? 1.2 : 2.0;
}

std::string actor_title(const graph& g, actor_index a) {
  const auto& x = g.actors()[a];
  return x.name + " (" + x.id + ")\n" + detail::kind_text(x);
}

std::string incident_hover(const graph& g, incident_index i) {
  const auto& inc = g.incidents()[i];
  std::string out = incident_title(inc) + " (" + inc.id + ")\n" + inc.when.to_string();
  if (!inc.type.empty()) out += ", " + inc.type;
  if (!inc.where.name.empty()) out += ", " + inc.where.name;
  if (inc.fatalities) out += ", " + std::to_string(*inc.fatalities) + " killed";
  return out + detail::source_tags(g, inc.prov);
}

// Indexes 0..n-1 ranked by degree (descending), ties by index; the first `cap` (all when cap is 0).
std::vector<std::uint32_t> top_by_degree(const std::vector<std::size_t>& degree, std::size_t cap) {
  std::vector<std::uint32_t> order(degree.size());
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return degree[a] > degree[b]; });
  if (cap != 0 && order.size() > cap) order.resize(cap);
  return order;
}

std::string cap_note(std::size_t shown, std::size_t total, const std::string& what, const std::string& rule,
                     const picture_options& o) {
  return "Showing " + std::to_string(shown) + " of " + std::to_string(total) + " " + what + " (" + rule + "); " +
         std::to_string(total - shown) + " left out. Use " + o.more_hint + " to draw them all.";
}

}  // namespace

void picture_options::validate() const {
  if (!(width > 0) || !(height > 0) || !std::isfinite(width) || !std::isfinite(height))
    throw usage_error("Picture width and height must be positive numbers");
  if (max_label < 4) throw usage_error("Picture labels must be at least 4 characters long (max_label)");
}

// ---------------------------------------------------------------------------
// Actor graph

scene actor_graph_scene(const graph_view& view, const picture_options& options) {
  options.validate();
  const auto& g = view.base();
  const std::size_t actors = g.actors().size();
  std::vector<incident_index> incidents;
  for (incident_index i = 0; i < g.incidents().size(); ++i)
    if (view.keeps_incident(i)) incidents.push_back(i);
  const bool incident_nodes = options.max_nodes == 0 || actors + incidents.size() <= options.max_nodes;

  // Candidate nodes: actors 0..A-1, then (when drawn) incidents A.. in order.
  const std::size_t total = actors + (incident_nodes ? incidents.size() : 0);
  std::vector<std::uint32_t> incident_node(g.incidents().size(), no_index);
  if (incident_nodes)
    for (std::size_t k = 0; k < incidents.size(); ++k)
      incident_node[incidents[k]] = static_cast<std::uint32_t>(actors + k);

  // Ties, merged per (pair, kind): kind 1/-1/0 relation polarity, 2 role, 3 link, 4/5 folded incidents
  // (friendly/hostile).
  struct tie {
    std::uint32_t a, b;
    int kind;
    bool both_ways = false;
    std::vector<std::string> facts;
    std::string date;
    std::size_t count = 0;
  };
  std::map<std::tuple<std::uint32_t, std::uint32_t, int>, tie> ties;
  auto add = [&](std::uint32_t from, std::uint32_t to, int kind, std::string fact, std::string date) {
    const auto key = std::tuple{std::min(from, to), std::max(from, to), kind};
    auto [it, fresh] = ties.try_emplace(key, tie{from, to, kind, false, {}, {}, 0});
    if (!fresh && it->second.a != from) it->second.both_ways = true;
    if (it->second.facts.size() < 8) it->second.facts.push_back(std::move(fact));
    if (it->second.date.empty() || (!date.empty() && date < it->second.date)) it->second.date = date;
    ++it->second.count;
  };
  for (relation_index r = 0; r < g.relations().size(); ++r) {
    if (!view.keeps_relation(r)) continue;
    const auto& rel = g.relations()[r];
    if (rel.from == rel.to) continue;
    const int sign = static_cast<int>(g.relation_types()[rel.type].sign);
    add(rel.from, rel.to, sign, relation_text(g, r) + detail::source_tags(g, rel.prov),
        rel.since ? rel.since->to_string() : std::string());
  }
  if (incident_nodes) {
    for (std::uint32_t k = 0; k < g.roles().size(); ++k) {
      if (!view.keeps_role(k)) continue;
      const auto& r = g.roles()[k];
      const auto in = incident_node[r.incident];
      if (actor_acts(r.kind))
        add(r.actor, in, 2, role_text(g, k), g.incidents()[r.incident].when.to_string());
      else
        add(in, r.actor, 2, role_text(g, k), g.incidents()[r.incident].when.to_string());
    }
    for (std::uint32_t k = 0; k < g.links().size(); ++k) {
      if (!view.keeps_link(k)) continue;
      const auto& l = g.links()[k];
      add(incident_node[l.from], incident_node[l.to], 3,
          incident_title(g.incidents()[l.from]) + " " + std::string(to_string(l.kind)) + " " +
              incident_title(g.incidents()[l.to]),
          g.incidents()[l.from].when.to_string());
    }
  } else {
    for (auto i : incidents) {
      std::vector<actor_index> agents, targets;
      for (auto k : g.roles_of_incident(i)) {
        if (!view.keeps_role(k)) continue;
        const auto& r = g.roles()[k];
        if (r.kind == role::perpetrator || r.kind == role::claimed_by) agents.push_back(r.actor);
        if (r.kind == role::target || r.kind == role::victim) targets.push_back(r.actor);
      }
      const auto& inc = g.incidents()[i];
      const bool friendly = inc.coding.stance && *inc.coding.stance == polarity::friendly;
      if (inc.coding.stance && *inc.coding.stance == polarity::neutral) continue;
      for (auto a : agents)
        for (auto t : targets)
          if (a != t)
            add(a, t, friendly ? 4 : 5, inc.when.to_string() + " " + incident_title(inc) + " (" + inc.id + ")",
                inc.when.to_string());
    }
  }

  std::vector<std::size_t> degree(total, 0);
  for (const auto& [key, t] : ties) {
    ++degree[t.a];
    ++degree[t.b];
  }
  // Without a cap every node is drawn; with one, isolated actors go first.
  std::vector<std::uint32_t> chosen = top_by_degree(degree, options.max_nodes);
  if (options.max_nodes != 0 && total > options.max_nodes)
    std::erase_if(chosen, [&](auto v) { return degree[v] == 0; });
  std::sort(chosen.begin(), chosen.end(),
            [&](auto a, auto b) { return degree[a] != degree[b] ? degree[a] > degree[b] : a < b; });
  std::vector<std::uint32_t> slot(total, no_index);
  for (std::size_t k = 0; k < chosen.size(); ++k)
    slot[chosen[k]] = static_cast<std::uint32_t>(k);

  scene s;
  s.title = "Actor graph";
  for (auto v : chosen) {
    scene_node n;
    if (v < actors) {
      const auto& a = g.actors()[v];
      style_node(n, a.kind);
      n.key = "actor:" + a.id;
      n.label = shorten(a.name, options.max_label);
      n.title = actor_title(g, v) + "\n" + std::to_string(degree[v]) + " ties";
      n.r = 9.0;
    } else {
      const auto i = incidents[v - actors];
      const auto& inc = g.incidents()[i];
      style_node(n, node_kind::incident);
      n.key = "incident:" + inc.id;
      n.label = shorten(incident_title(inc), options.max_label);
      n.title = incident_hover(g, i);
      n.date = inc.when.to_string();
      n.r = 6.5;
    }
    s.nodes.push_back(std::move(n));
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> per_pair;
  for (const auto& [key, t] : ties)
    if (slot[t.a] != no_index && slot[t.b] != no_index) {
      pairs.emplace_back(slot[t.a], slot[t.b]);
      ++per_pair[{std::min(slot[t.a], slot[t.b]), std::max(slot[t.a], slot[t.b])}];
    }
  const auto pos = force_layout(s.nodes.size(), pairs, {options.width, options.height});
  for (std::size_t k = 0; k < s.nodes.size(); ++k) {
    s.nodes[k].x = pos[k].x;
    s.nodes[k].y = pos[k].y;
  }
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> drawn;
  bool kinds[6] = {};
  for (const auto& [key, t] : ties) {
    if (slot[t.a] == no_index || slot[t.b] == no_index) continue;
    scene_edge e;
    e.from = slot[t.a];
    e.to = slot[t.b];
    const auto pair = std::pair{std::min(slot[t.a], slot[t.b]), std::max(slot[t.a], slot[t.b])};
    // Several kinds of tie between one pair bend apart.
    const int nth = drawn[pair]++;
    if (per_pair[pair] > 1) e.bend = (nth % 2 == 0 ? 1 : -1) * 0.12 * (nth / 2 + 1) * (e.from < e.to ? 1 : -1);
    if (t.kind >= -1 && t.kind <= 1) {
      style_tie(e, t.kind);
      e.arrow = !t.both_ways;
      kinds[t.kind + 1] = true;
    } else if (t.kind == 2) {
      e.stroke = role_colour;
      e.width = 1.0;
      e.arrow = true;
      kinds[3] = true;
    } else if (t.kind == 3) {
      e.stroke = link_colour;
      e.width = 1.5;
      e.arrow = true;
      kinds[4] = true;
    } else {
      style_tie(e, t.kind == 4 ? 1 : -1);
      e.width = std::min(1.0 + std::log2(static_cast<double>(t.count)), 5.0);
      e.arrow = !t.both_ways;
      kinds[t.kind == 4 ? 2 : 0] = true;
      kinds[5] = true;
    }
    e.key = "tie:" + s.nodes[e.from].key + "|" + s.nodes[e.to].key + "|" + std::to_string(t.kind);
    e.date = t.date;
    std::string title;
    if (t.kind >= 4) title = std::to_string(t.count) + (t.count == 1 ? " incident" : " incidents") + "\n";
    for (const auto& f : t.facts)
      title += f + "\n";
    if (t.count > t.facts.size()) title += "… and " + std::to_string(t.count - t.facts.size()) + " more\n";
    if (!title.empty()) title.pop_back();
    e.title = std::move(title);
    s.edges.push_back(std::move(e));
  }
  for (auto k : {node_kind::state, node_kind::group, node_kind::person})
    s.legend.push_back(node_legend(k));
  if (incident_nodes && !incidents.empty()) s.legend.push_back(node_legend(node_kind::incident));
  s.legend.push_back(tie_legend(friendly_colour, "", "friendly tie"));
  s.legend.push_back(tie_legend(hostile_colour, hostile_dash, "hostile tie"));
  if (kinds[1]) s.legend.push_back(tie_legend(neutral_colour, neutral_dash, "neutral tie"));
  if (kinds[3]) s.legend.push_back(tie_legend(role_colour, "", "role in an incident"));
  if (kinds[4]) s.legend.push_back(tie_legend(link_colour, "", "responds to / part of"));
  if (!incident_nodes && !incidents.empty())
    s.notes.push_back(std::to_string(incidents.size()) +
                      " incidents are drawn as ties from their perpetrators to their targets (hostile, or as the "
                      "dataset coded them), thicker for more incidents.");
  if (chosen.size() < total) {
    const std::size_t left_out_isolated =
        static_cast<std::size_t>(std::count_if(degree.begin(), degree.end(), [](std::size_t d) { return d == 0; }));
    s.notes.push_back(
        cap_note(chosen.size(), total, incident_nodes ? "nodes" : "actors", "the ones with the most ties", options) +
        (left_out_isolated > 0 ? " " + std::to_string(left_out_isolated) + " have no tie at all." : std::string()));
  }
  return s;
}

std::string actor_graph_svg(const graph_view& view, const picture_options& options) {
  return write_svg(actor_graph_scene(view, options));
}

// ---------------------------------------------------------------------------
// Backers and proxies

scene backing_scene(const graph_view& view, const backing_result& result, bool proxies,
                    const picture_options& options) {
  options.validate();
  const auto& g = view.base();
  if (result.subject >= g.actors().size())
    throw usage_error("Backing picture: the subject is not an actor of the graph");
  scene s;
  const auto& subject = g.actors()[result.subject];
  s.title = (proxies ? "Proxies of " : "Backers of ") + subject.name;

  // A trie of chains from the subject outwards; a child is (actor, relation).
  struct branch {
    actor_index actor;
    relation_index relation = no_index;
    chain_step_kind kind = chain_step_kind::backs;
    std::uint32_t parent = no_index;
    std::vector<std::uint32_t> children;
    const backing_answer* answer = nullptr;
    double y = 0.0;
    std::size_t depth = 0;
  };
  std::vector<branch> tree{{result.subject, no_index, chain_step_kind::backs, no_index, {}, nullptr, 0.0, 0}};
  const std::size_t shown =
      options.max_nodes == 0 ? result.answers.size() : std::min(options.max_nodes, result.answers.size());
  for (std::size_t k = 0; k < shown; ++k) {
    const auto& ans = result.answers[k];
    std::uint32_t at = 0;
    for (std::size_t j = 0; j < ans.chain.size(); ++j) {
      // Backers: walk the chain back from the subject; proxies: forward from the sponsor.
      const auto& step = proxies ? ans.chain[j] : ans.chain[ans.chain.size() - 1 - j];
      if (step.from >= g.actors().size() || step.to >= g.actors().size())
        throw usage_error("Backing picture: a chain step names an actor outside the graph");
      const actor_index next = proxies ? step.to : step.from;
      std::uint32_t found = no_index;
      for (auto c : tree[at].children)
        if (tree[c].actor == next && tree[c].relation == step.relation) found = c;
      if (found == no_index) {
        found = static_cast<std::uint32_t>(tree.size());
        tree.push_back({next, step.relation, step.kind, at, {}, nullptr, 0.0, tree[at].depth + 1});
        tree[at].children.push_back(found);
      }
      at = found;
    }
    tree[at].answer = &ans;
  }
  // Leaves 56 px apart in depth-first order; a branch sits at the middle of its children.
  double next_y = 0.0;
  auto place = [&](auto&& self, std::uint32_t b) -> void {
    if (tree[b].children.empty()) {
      tree[b].y = next_y;
      next_y += 70.0;
      return;
    }
    for (auto c : tree[b].children)
      self(self, c);
    tree[b].y = (tree[tree[b].children.front()].y + tree[tree[b].children.back()].y) / 2;
  };
  place(place, 0);
  const double column = 260.0;
  s.labels_below = true;
  for (std::size_t k = 0; k < tree.size(); ++k) {
    const auto& b = tree[k];
    const auto& a = g.actors()[b.actor];
    scene_node n;
    style_node(n, a.kind);
    n.key = "actor:" + a.id;
    n.x = (proxies ? 1.0 : -1.0) * column * static_cast<double>(b.depth);
    n.y = b.y;
    n.r = k == 0 ? 11.0 : 9.0;
    n.bold = k == 0;
    n.label = shorten(a.name, options.max_label);
    if (b.answer) n.label += " \u00b7 " + decimal(b.answer->strength);
    n.title = actor_title(g, b.actor);
    if (b.answer)
      n.title += "\n" + std::string(b.answer->direct() ? "direct" : "indirect") + ", strength " +
                 decimal(b.answer->strength) + ", " + std::to_string(b.answer->chain.size()) +
                 (b.answer->chain.size() == 1 ? " step" : " steps");
    s.nodes.push_back(std::move(n));
  }
  for (std::size_t k = 1; k < tree.size(); ++k) {
    const auto& b = tree[k];
    scene_edge e;
    // Arrows run from the backer's side to the client's side.
    e.from = proxies ? b.parent : k;
    e.to = proxies ? k : b.parent;
    e.arrow = true;
    e.stroke = b.kind == chain_step_kind::backs ? friendly_colour : "#1565c0";
    e.width = 2.0;
    e.label = b.kind == chain_step_kind::backs      ? "backs"
              : b.kind == chain_step_kind::controls ? "controls"
                                                    : "has member";
    e.title = relation_text(g, b.relation) + detail::source_tags(g, g.relations()[b.relation].prov);
    e.key = "relation:" + std::to_string(b.relation);
    s.edges.push_back(std::move(e));
  }
  s.legend.push_back(node_legend(node_kind::state));
  s.legend.push_back(node_legend(node_kind::group));
  s.legend.push_back(node_legend(node_kind::person));
  s.legend.push_back(tie_legend(friendly_colour, "", "backs"));
  s.legend.push_back(tie_legend("#1565c0", "", "controls / membership (--inherit)"));
  s.notes.push_back(
      "Each answer is labelled with its strength: \u03a0 weight \u00d7 confidence \u00d7 decay^(steps \u2212 1).");
  if (result.answers.empty()) s.notes.push_back(std::string(proxies ? "No proxies" : "No backers") + " found.");
  if (shown < result.answers.size())
    s.notes.push_back(
        cap_note(shown, result.answers.size(), proxies ? "proxies" : "backers", "the strongest", options));
  if (result.truncated())
    s.notes.push_back(std::to_string(result.cut_off) + " more would be found by a deeper search (--depth).");
  return s;
}

std::string backing_svg(const graph_view& view, const backing_result& result, bool proxies,
                        const picture_options& options) {
  return write_svg(backing_scene(view, result, proxies, options));
}

// ---------------------------------------------------------------------------
// Escalation timeline

scene escalation_scene(const graph_view& view, const escalation_graph& links, const chain_result& chains,
                       const picture_options& options) {
  options.validate();
  const auto& g = view.base();
  static const char* const palette[] = {"#1565c0", "#c62828", "#2e7d32", "#6a1b9a",
                                        "#ef6c00", "#00838f", "#5d4037", "#ad1457"};
  scene s;
  s.title = "Escalation chains";
  std::map<incident_index, std::size_t> node_of;
  std::set<std::uint32_t> links_drawn;
  std::size_t chains_drawn = 0;
  std::size_t wanted = 0;
  {
    std::set<incident_index> all;
    for (const auto& c : chains.chains)
      all.insert(c.incidents.begin(), c.incidents.end());
    wanted = all.size();
  }
  for (const auto& c : chains.chains) {
    std::size_t fresh = 0;
    for (auto i : c.incidents)
      fresh += node_of.count(i) == 0 ? 1 : 0;
    if (options.max_nodes != 0 && node_of.size() + fresh > options.max_nodes && chains_drawn > 0) break;
    for (auto i : c.incidents) {
      if (i >= g.incidents().size())
        throw usage_error("Escalation picture: a chain names an incident outside the graph");
      if (node_of.count(i)) continue;
      scene_node n;
      const auto& inc = g.incidents()[i];
      style_node(n, node_kind::incident);
      n.fill = palette[chains_drawn % 8];
      n.stroke = "#212121";
      n.r = 7.0;
      n.key = "incident:" + inc.id;
      n.label = shorten(incident_title(inc), options.max_label);
      const rung_level rung = i < links.rungs.size() && links.rungs[i] ? links.rungs[i] : lowest_rung;
      n.title = incident_hover(g, i) + "\nrung " + std::to_string(rung) + " " + std::string(rung_at(rung).id);
      n.date = inc.when.to_string();
      node_of[i] = s.nodes.size();
      s.nodes.push_back(std::move(n));
    }
    for (std::size_t k = 0; k < c.links.size(); ++k) {
      if (!links_drawn.insert(c.links[k]).second || c.links[k] >= links.links.size()) continue;
      const auto& l = links.links[c.links[k]];
      scene_edge e;
      e.from = node_of[c.incidents[k]];
      e.to = node_of[c.incidents[k + 1]];
      e.arrow = true;
      e.stroke = palette[chains_drawn % 8];
      e.width = 1.8;
      if (!l.is_explicit()) e.dash = "5,3";
      e.label = detail::link_reason(l);
      e.title = g.incidents()[l.to].name.empty()
                    ? detail::link_reason_long(g, l)
                    : incident_title(g.incidents()[l.to]) + " answers " + incident_title(g.incidents()[l.from]) + ": " +
                          detail::link_reason_long(g, l);
      e.key = "link:" + g.incidents()[l.from].id + ">" + g.incidents()[l.to].id;
      e.date = g.incidents()[l.to].when.to_string();
      e.bend = 0.08;
      s.edges.push_back(std::move(e));
    }
    ++chains_drawn;
  }
  // Scales: x by day, y by rung (10 at the top).
  std::int32_t first = 0, last = 0;
  bool any = false;
  for (const auto& [i, k] : node_of) {
    const auto d = g.incidents()[i].when.first_day();
    first = any ? std::min(first, d) : d;
    last = any ? std::max(last, d) : d;
    any = true;
  }
  const double width = options.width, row = std::max(options.height / 10.0, 40.0);
  const double span = std::max<double>(last - first, 1.0);
  std::map<std::pair<long, long>, int> crowd;  // incidents on the same day and rung stack downwards
  for (const auto& [i, k] : node_of) {
    auto& n = s.nodes[k];
    const rung_level rung = i < links.rungs.size() && links.rungs[i] ? links.rungs[i] : lowest_rung;
    n.x = last == first ? width / 2 : (g.incidents()[i].when.first_day() - first) / span * width;
    n.y = (highest_rung - rung) * row + row / 2;
    const int nth = crowd[{std::lround(n.x), rung}]++;
    n.y += nth * 15.0;
    n.x += nth * 6.0;
  }
  for (rung_level r = lowest_rung; r <= highest_rung; ++r) {
    const double y = (highest_rung - r) * row + row / 2;
    s.lines.push_back({0, y, width, y, "#eeeeee", 1.0, ""});
    scene_text t;
    t.x = -14;
    t.y = y + 4;
    t.text = std::to_string(r) + " " + std::string(rung_at(r).id);
    t.anchor = "end";
    t.size = 11;
    t.fill = "#616161";
    t.title = std::string(rung_at(r).name);
    s.texts.push_back(std::move(t));
  }
  const double axis_y = highest_rung * row + 6;
  s.lines.push_back({0, axis_y, width, axis_y, "#9e9e9e", 1.0, ""});
  if (any) {
    // Month ticks; every month when they fit, else every 2, 3, 6, 12 months.
    const date a = date::from_days(first), b = date::from_days(last);
    const int months = (b.year() - a.year()) * 12 + (b.month() - a.month()) + 1;
    int step = 1;
    for (int st : {1, 2, 3, 6, 12, 24, 60, 120}) {
      step = st;
      if (months / st <= 10) break;
    }
    for (int m = 0; m <= months; m += step) {
      const int y = a.year() + (a.month() - 1 + m) / 12, mo = (a.month() - 1 + m) % 12 + 1;
      const std::int32_t day = days_from_civil(y, static_cast<unsigned>(mo), 1);
      if (day < first - 1 || day > last) continue;
      const double x = last == first ? width / 2 : (day - first) / span * width;
      s.lines.push_back({x, axis_y, x, axis_y + 5, "#9e9e9e", 1.0, ""});
      scene_text t;
      t.x = x;
      t.y = axis_y + 18;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, mo);
      t.text = buf;
      t.anchor = "middle";
      t.size = 11;
      t.fill = "#616161";
      s.texts.push_back(std::move(t));
    }
    scene_text t;
    t.x = 0;
    t.y = axis_y + 34;
    t.text = "first: " + date::from_days(first).to_string() + "   last: " + date::from_days(last).to_string();
    t.size = 11;
    t.fill = "#616161";
    s.texts.push_back(std::move(t));
  }
  legend_entry explicit_link = tie_legend("#424242", "", "explicit responds_to");
  legend_entry inferred = tie_legend("#424242", "5,3", "inferred retaliation");
  s.legend = {explicit_link, inferred};
  s.notes.push_back(
      "x: date of each incident; y: its rung on the escalation ladder; one colour per chain, in rank order.");
  if (chains.chains.empty()) s.notes.push_back("No chain found.");
  if (chains_drawn < chains.chains.size())
    s.notes.push_back(cap_note(
        node_of.size(), wanted, "incidents",
        "the best-ranked chains, " + std::to_string(chains_drawn) + " of " + std::to_string(chains.chains.size()),
        options));
  if (chains.truncated) s.notes.push_back("More chains exist than were asked for (--top).");
  return s;
}

std::string escalation_svg(const graph_view& view, const escalation_graph& links, const chain_result& chains,
                           const picture_options& options) {
  return write_svg(escalation_scene(view, links, chains, options));
}

// ---------------------------------------------------------------------------
// Blocs

scene blocs_scene(const signed_graph& sg, const blocs_result& blocs, const graph_view* actors_view,
                  const picture_options& options) {
  options.validate();
  const std::size_t n = sg.node_count();
  if (blocs.bloc.size() != n) throw usage_error("Blocs picture: the partition does not fit the signed graph");
  std::vector<std::size_t> degree(n, 0);
  std::size_t in_blocs = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    degree[v] = blocs.bloc[v] == no_bloc ? 0 : sg.degree(v);
    in_blocs += blocs.bloc[v] == no_bloc ? 0 : 1;
  }
  std::vector<std::uint32_t> chosen = top_by_degree(degree, options.max_nodes);
  std::erase_if(chosen, [&](auto v) { return blocs.bloc[v] == no_bloc; });
  // Blocs by kept size (descending), then number; members by degree, then index.
  std::map<std::uint32_t, std::vector<std::uint32_t>> members;
  for (auto v : chosen)
    members[blocs.bloc[v]].push_back(v);
  std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> groups(members.begin(), members.end());
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });

  scene s;
  s.title = "Blocs (" + std::to_string(blocs.bloc_count) + ")";
  std::vector<std::size_t> node_of(n, SIZE_MAX);
  double x = 0.0, y = 0.0, row_height = 0.0;
  const double row_width = std::max(options.width * 1.5, 900.0);
  std::size_t number = 0;
  for (const auto& [bloc, list] : groups) {
    ++number;
    const double m = static_cast<double>(list.size());
    const double radius = list.size() == 1 ? 0.0 : std::max(45.0, m * 70.0 / (2 * std::numbers::pi));
    double widest = 0.0;
    for (auto v : list)
      widest = std::max(widest, text_width(shorten(sg.names[v], options.max_label), 12.0));
    const double pw = 2 * radius + 2 * widest + 60.0, ph = 2 * radius + 110.0;
    if (x > 0 && x + pw > row_width) {
      x = 0;
      y += row_height + 30.0;
      row_height = 0;
    }
    scene_rect panel;
    panel.at = {x, y, pw, ph};
    panel.fill = "#fafafa";
    panel.stroke = "#bdbdbd";
    panel.rx = 8;
    s.rects.push_back(panel);
    scene_text t;
    t.x = x + 10;
    t.y = y + 20;
    t.text = "Bloc " + std::to_string(number) + " \u00b7 " + std::to_string(list.size()) +
             (list.size() == 1 ? " actor" : " actors");
    t.bold = true;
    t.size = 12;
    s.texts.push_back(std::move(t));
    const double cx = x + pw / 2, cy = y + ph / 2 + 12;
    for (std::size_t k = 0; k < list.size(); ++k) {
      const auto v = list[k];
      const double a = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(k) / m;
      scene_node node;
      node.x = std::round((cx + radius * std::cos(a)) * 10) / 10;
      node.y = std::round((cy + radius * std::sin(a)) * 10) / 10;
      node.r = 9.0;
      node.key = "actor:" + sg.ids[v];
      node.label = shorten(sg.names[v], options.max_label);
      node.title = sg.names[v] + " (" + sg.ids[v] + ")\nbloc " + std::to_string(number) + ", " +
                   std::to_string(sg.degree(v)) + " signed ties";
      if (actors_view && v < sg.actors.size() && sg.actors[v] < actors_view->base().actors().size()) {
        style_node(node, actors_view->base().actors()[sg.actors[v]].kind);
        node.title = actor_title(actors_view->base(), sg.actors[v]) + "\nbloc " + std::to_string(number) + ", " +
                     std::to_string(sg.degree(v)) + " signed ties";
      } else {
        style_node(node, node_kind::group);
      }
      node_of[v] = s.nodes.size();
      s.nodes.push_back(std::move(node));
    }
    x += pw + 30.0;
    row_height = std::max(row_height, ph);
  }
  const std::set<std::uint32_t> frustrated(blocs.frustrated.begin(), blocs.frustrated.end());
  std::size_t frustrated_drawn = 0;
  for (std::uint32_t t = 0; t < sg.ties.size(); ++t) {
    const auto& tie = sg.ties[t];
    if (tie.sign == 0 || node_of[tie.u] == SIZE_MAX || node_of[tie.v] == SIZE_MAX) continue;
    scene_edge e;
    e.from = node_of[tie.u];
    e.to = node_of[tie.v];
    style_tie(e, tie.sign);
    const bool strained = frustrated.count(t) > 0;
    if (strained) {
      e.halo = frustrated_halo;
      ++frustrated_drawn;
    }
    e.key = "tie:actor:" + sg.ids[tie.u] + "|actor:" + sg.ids[tie.v];
    std::string title = sg.names[tie.u] + " \u2013 " + sg.names[tie.v] + ": " +
                        (tie.sign > 0 ? "friendly" : "hostile") + " " + decimal(tie.weight) + " (friendly " +
                        decimal(tie.friendly) + ", hostile " + decimal(tie.hostile) + ")";
    if (strained)
      title += blocs.bloc[tie.u] == blocs.bloc[tie.v] ? "\nfrustrated: hostile inside a bloc"
                                                      : "\nfrustrated: friendly between blocs";
    if (actors_view) {
      const auto& g = actors_view->base();
      std::size_t shown = 0;
      for (const auto& f : sg.facts_of(t)) {
        if (shown++ == blocs_tooltip_facts) {
          title += "\n…";
          break;
        }
        if (f.kind == tie_fact_kind::relation && f.index < g.relations().size())
          title += "\n" + relation_text(g, f.index) + detail::source_tags(g, g.relations()[f.index].prov);
        else if (f.kind == tie_fact_kind::incident && f.index < g.incidents().size())
          title += "\n" + g.incidents()[f.index].when.to_string() + " " + incident_title(g.incidents()[f.index]) +
                   detail::source_tags(g, g.incidents()[f.index].prov);
      }
    }
    e.title = std::move(title);
    // Ties inside a panel bend a little, so they do not run through the circle's other actors.
    if (blocs.bloc[tie.u] == blocs.bloc[tie.v]) e.bend = 0.08;
    s.edges.push_back(std::move(e));
  }
  if (actors_view) {
    s.legend.push_back(node_legend(node_kind::state));
    s.legend.push_back(node_legend(node_kind::group));
    s.legend.push_back(node_legend(node_kind::person));
  }
  s.legend.push_back(tie_legend(friendly_colour, "", "friendly tie"));
  s.legend.push_back(tie_legend(hostile_colour, hostile_dash, "hostile tie"));
  s.legend.push_back(tie_legend(hostile_colour, hostile_dash, "frustrated tie", frustrated_halo));
  s.notes.push_back(
      "Frustrated ties: " + std::to_string(blocs.frustrated.size()) + " (criterion " + decimal(blocs.criterion) +
      (blocs.proved_optimal ? ", proved optimal)." : ", heuristic).") +
      (frustrated_drawn < blocs.frustrated.size() ? " " + std::to_string(frustrated_drawn) + " drawn." : ""));
  if (chosen.size() < in_blocs)
    s.notes.push_back(
        cap_note(chosen.size(), in_blocs, "actors in blocs", "the ones with the most signed ties", options));
  return s;
}

std::string blocs_svg(const signed_graph& g, const blocs_result& blocs, const graph_view* actors_view,
                      const picture_options& options) {
  return write_svg(blocs_scene(g, blocs, actors_view, options));
}

// ---------------------------------------------------------------------------
// Paths

scene path_scene(const graph_view& view, const path_result& result, const picture_options& options) {
  options.validate();
  const auto& g = view.base();
  scene s;
  auto name = [&](node_ref r) {
    return r.is_incident ? incident_title(g.incidents().at(r.index)) : g.actors().at(r.index).name;
  };
  s.title = "Paths from " + name(result.from) + " to " + name(result.to);
  s.labels_below = true;
  std::map<node_ref, std::size_t> node_of;
  std::vector<std::size_t> rows;
  auto add_node = [&](node_ref r, std::size_t column) {
    if (auto it = node_of.find(r); it != node_of.end()) return it->second;
    if (rows.size() <= column) rows.resize(column + 1, 0);
    scene_node n;
    if (r.is_incident) {
      style_node(n, node_kind::incident);
      n.key = "incident:" + g.incidents()[r.index].id;
      n.title = incident_hover(g, r.index);
      n.date = g.incidents()[r.index].when.to_string();
    } else {
      style_node(n, g.actors()[r.index].kind);
      n.key = "actor:" + g.actors()[r.index].id;
      n.title = actor_title(g, r.index);
    }
    n.label = shorten(name(r), options.max_label);
    n.x = 240.0 * static_cast<double>(column);
    n.y = 80.0 * static_cast<double>(rows[column]++);
    n.r = 9.0;
    n.bold = r == result.from || r == result.to;
    node_of[r] = s.nodes.size();
    s.nodes.push_back(std::move(n));
    return s.nodes.size() - 1;
  };
  add_node(result.from, 0);
  std::set<std::pair<int, std::uint32_t>> facts;
  std::map<std::pair<std::size_t, std::size_t>, int> pair_count;
  bool used[3] = {};
  for (const auto& p : result.paths)
    for (std::size_t k = 0; k < p.size(); ++k) {
      const auto& st = p[k];
      const auto a = add_node(st.from, k), b = add_node(st.to, k + 1);
      if (!facts.insert({static_cast<int>(st.kind), st.index}).second) continue;
      scene_edge e;
      // Facts are drawn the way their text reads, whichever way the path walked them.
      e.from = st.forward ? a : b;
      e.to = st.forward ? b : a;
      e.arrow = true;
      // Several facts between the same two nodes bend apart.
      const int nth = pair_count[{std::min(a, b), std::max(a, b)}]++;
      if (nth > 0) e.bend = (nth % 2 == 1 ? 1 : -1) * 0.15 * ((nth + 1) / 2) * (e.from < e.to ? 1 : -1);
      used[static_cast<int>(st.kind)] = true;
      if (st.kind == path_edge_kind::relation) {
        const auto& rel = g.relations().at(st.index);
        style_tie(e, static_cast<int>(g.relation_types()[rel.type].sign));
        e.label = g.relation_types()[rel.type].id;
        e.title = relation_text(g, st.index) + detail::source_tags(g, rel.prov);
        e.key = "relation:" + std::to_string(st.index);
      } else if (st.kind == path_edge_kind::role) {
        e.stroke = "#757575";
        e.label = std::string(to_string(g.roles().at(st.index).kind));
        e.title = role_text(g, st.index);
        e.key = "role:" + std::to_string(st.index);
      } else {
        e.stroke = link_colour;
        e.label = std::string(to_string(g.links().at(st.index).kind));
        e.title = e.label;
        e.key = "link:" + std::to_string(st.index);
      }
      s.edges.push_back(std::move(e));
    }
  // Centre each column vertically.
  double tallest = 0;
  for (auto r : rows)
    tallest = std::max(tallest, 80.0 * static_cast<double>(r == 0 ? 0 : r - 1));
  for (auto& n : s.nodes) {
    const auto column = static_cast<std::size_t>(std::lround(n.x / 240.0));
    n.y += (tallest - 80.0 * static_cast<double>(rows[column] - 1)) / 2;
  }
  s.legend.push_back(node_legend(node_kind::state));
  s.legend.push_back(node_legend(node_kind::group));
  s.legend.push_back(node_legend(node_kind::person));
  s.legend.push_back(node_legend(node_kind::incident));
  s.legend.push_back(tie_legend(friendly_colour, "", "friendly relation"));
  s.legend.push_back(tie_legend(hostile_colour, hostile_dash, "hostile relation"));
  if (used[1]) s.legend.push_back(tie_legend("#757575", "", "role in an incident"));
  if (result.paths.empty()) s.notes.push_back("Not connected.");
  if (result.truncated) s.notes.push_back("More shortest paths exist than were drawn (--max-paths).");
  return s;
}

std::string path_svg(const graph_view& view, const path_result& result, const picture_options& options) {
  return write_svg(path_scene(view, result, options));
}

// ---------------------------------------------------------------------------
// Ranked bars

scene bars_scene(std::span<const ranked_bar> bars, const std::string& title, const picture_options& options) {
  options.validate();
  std::vector<std::size_t> order(bars.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return bars[a].score > bars[b].score; });
  const std::size_t shown = options.max_nodes == 0 ? order.size() : std::min(order.size(), options.max_nodes);
  double top = 0.0, bottom = 0.0;
  for (std::size_t k = 0; k < shown; ++k) {
    const double v = std::isfinite(bars[order[k]].score) ? bars[order[k]].score : 0.0;
    top = std::max(top, v);
    bottom = std::min(bottom, v);
  }
  const double span = std::max(top - bottom, 1e-12);
  const double length = std::min(options.width, 600.0);
  const double zero = -bottom / span * length;
  scene s;
  s.title = title;
  const double row = 22.0;
  for (std::size_t k = 0; k < shown; ++k) {
    const auto& b = bars[order[k]];
    const double v = std::isfinite(b.score) ? b.score : 0.0;
    const double y = static_cast<double>(k) * row;
    scene_rect r;
    const double w = std::abs(v) / span * length;
    r.at = {v >= 0 ? zero : zero - w, y + 3, std::max(w, 0.5), row - 6};
    r.fill = v >= 0 ? "#5c6bc0" : "#ef5350";
    r.title = std::to_string(k + 1) + ". " + b.label + ": " + decimal(b.score);
    r.key = b.key;
    s.rects.push_back(std::move(r));
    scene_text name;
    name.x = -10;
    name.y = y + row / 2 + 4;
    name.text = std::to_string(k + 1) + ". " + shorten(b.label, options.max_label + 10);
    name.anchor = "end";
    name.size = 12;
    name.title = b.label;
    s.texts.push_back(std::move(name));
    scene_text value;
    value.x = (v >= 0 ? zero + w + 6 : zero - w - 6);
    value.y = y + row / 2 + 4;
    value.text = decimal(b.score);
    value.anchor = v >= 0 ? "start" : "end";
    value.size = 11;
    value.fill = "#424242";
    s.texts.push_back(std::move(value));
  }
  s.lines.push_back({zero, 0, zero, std::max(1.0, static_cast<double>(shown)) * row, "#616161", 1.0, ""});
  if (bars.empty()) s.notes.push_back("No scores.");
  if (shown < bars.size()) s.notes.push_back(cap_note(shown, bars.size(), "scores", "the highest", options));
  return s;
}

std::string bars_svg(std::span<const ranked_bar> bars, const std::string& title, const picture_options& options) {
  return write_svg(bars_scene(bars, title, options));
}

}  // namespace faultline::render
