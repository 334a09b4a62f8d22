// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/graph.hpp>

#include <cmath>
#include <unordered_set>

#include <faultline/graph/error.hpp>
#include <faultline/graph/ladder.hpp>

namespace faultline {
namespace {

[[noreturn]] void invalid(const std::string& what) {
  throw usage_error("Invalid graph data: " + what);
}

// `where` builds the element's description, only when something is wrong:
// validating a million relations must not format a million messages.
template <class Where>
void check_provenance(const provenance& p, std::size_t source_count, Where where) {
  if (!(p.confidence >= 0.0 && p.confidence <= 1.0))
    invalid(where() + " has confidence " + number_text(p.confidence) + ", expected a number in [0, 1]");
  for (auto s : p.sources)
    if (s >= source_count) invalid(where() + " cites source #" + std::to_string(s) + ", which does not exist");
}

bool possible(const date& d) {
  if (d.year() < 1 || d.year() > 9999 || d.month() < 0 || d.month() > 12 || d.day() < 0) return false;
  if (d.month() == 0) return d.day() == 0;
  return d.day() <= static_cast<int>(days_in_month(d.year(), static_cast<unsigned>(d.month())));
}

template <class Where>
void check_date(const std::optional<date>& d, Where where) {
  if (d && !possible(*d)) invalid(where() + " has an impossible date");
}

}  // namespace

std::span<const std::uint32_t> graph::incidence::of(std::uint32_t key) const {
  if (key + 1 >= offsets.size()) return {};
  return {items.data() + offsets[key], items.data() + offsets[key + 1]};
}

graph::graph() : graph(graph_data{}) {}

graph::graph(graph_data data) {
  const std::size_t nsources = data.sources.size();
  const std::size_t nactors = data.actors.size();
  const std::size_t nincidents = data.incidents.size();
  if (nactors >= no_index || nincidents >= no_index || data.relations.size() >= no_index ||
      data.roles.size() >= no_index || data.links.size() >= no_index)
    invalid("more than 2^32-2 elements in one table");

  std::unordered_set<std::string_view> source_ids;
  source_ids.reserve(nsources);
  for (const auto& s : data.sources) {
    if (s.id.empty()) invalid("a source has an empty id");
    if (!source_ids.insert(s.id).second) invalid("source id \"" + s.id + "\" is used twice");
    check_date(s.published, [&] { return "source \"" + s.id + "\""; });
  }
  for (const auto& a : data.actors) {
    if (!is_slug(a.id)) invalid("actor id \"" + a.id + "\" is not a lowercase slug");
    if (a.kind == node_kind::incident) invalid("actor \"" + a.id + "\" has kind incident");
    if (static_cast<unsigned>(a.kind) > static_cast<unsigned>(node_kind::incident))
      invalid("actor \"" + a.id + "\" has an unknown kind (" + std::to_string(static_cast<unsigned>(a.kind)) + ")");
    check_provenance(a.prov, nsources, [&] { return "actor \"" + a.id + "\""; });
  }
  for (const auto& i : data.incidents) {
    if (!is_slug(i.id)) invalid("incident id \"" + i.id + "\" is not a lowercase slug");
    if (!i.when.valid()) invalid("incident \"" + i.id + "\" has no date");
    const auto incident_name = [&] { return "incident \"" + i.id + "\""; };
    check_date(std::optional<date>(i.when), incident_name);
    check_date(i.until, incident_name);
    if ((i.fatalities && *i.fatalities < 0) || (i.injured && *i.injured < 0))
      invalid("incident \"" + i.id + "\" has a negative count");
    if (i.rung && (*i.rung < lowest_rung || *i.rung > highest_rung))
      invalid("incident \"" + i.id + "\" has rung " + std::to_string(*i.rung) + ", expected 1 to 10");
    if (!i.cameo.empty() && !is_cameo_code(i.cameo))
      invalid("incident \"" + i.id + "\" has CAMEO code \"" + i.cameo +
              "\", expected 2 to 4 digits with a root of 01 to 20");
    if (i.goldstein && !(*i.goldstein >= -10.0 && *i.goldstein <= 10.0))
      invalid("incident \"" + i.id + "\" has Goldstein value " + number_text(*i.goldstein) +
              ", expected a number in [-10, 10]");
    check_provenance(i.prov, nsources, incident_name);
  }
  for (std::size_t k = 0; k < data.relations.size(); ++k) {
    const auto& r = data.relations[k];
    const auto where = [k] { return "relation #" + std::to_string(k); };
    if (r.from >= nactors || r.to >= nactors) invalid(where() + " refers to an actor that does not exist");
    if (r.against != no_index && r.against >= nactors) invalid(where() + " is against an actor that does not exist");
    if (r.against != no_index && r.against == r.to) invalid(where() + " is against the actor it is directed to");
    if (r.type >= data.relation_types.size()) invalid(where() + " has an unknown type");
    if (!(r.weight > 0.0 && r.weight <= 1.0)) invalid(where() + " has a weight outside (0, 1]");
    check_date(r.since, where);
    check_date(r.until, where);
    check_provenance(r.prov, nsources, where);
  }
  for (std::size_t k = 0; k < data.roles.size(); ++k) {
    const auto& r = data.roles[k];
    const auto where = [k] { return "role #" + std::to_string(k); };
    if (r.incident >= nincidents || r.actor >= nactors) invalid(where() + " refers to a node that does not exist");
    if (r.attributed_by != no_index && r.attributed_by >= nactors) invalid(where() + " has an unknown attributor");
    if (static_cast<unsigned>(r.kind) > static_cast<unsigned>(role::condemned_by))
      invalid(where() + " has an unknown role");
    check_provenance(r.prov, nsources, where);
  }
  for (std::size_t k = 0; k < data.links.size(); ++k) {
    const auto& l = data.links[k];
    const auto where = [k] { return "incident link #" + std::to_string(k); };
    if (l.from >= nincidents || l.to >= nincidents) invalid(where() + " refers to an incident that does not exist");
    if (static_cast<unsigned>(l.kind) > static_cast<unsigned>(link_kind::part_of))
      invalid(where() + " has an unknown kind");
    check_provenance(l.prov, nsources, where);
  }
  if (const auto problem = find_link_problem(data))
    invalid("incident link #" + std::to_string(problem->link) + ": " + problem->message);

  auto s = std::make_shared<state>();
  s->data = std::move(data);
  const auto& d = s->data;
  // Counting sort into CSR-like incidence lists: offsets then items, stable in input order.
  auto build = [](std::size_t keys, std::size_t count, auto key_of) {
    incidence inc;
    inc.offsets.assign(keys + 1, 0);
    for (std::size_t k = 0; k < count; ++k)
      ++inc.offsets[key_of(k) + 1];
    for (std::size_t k = 0; k < keys; ++k)
      inc.offsets[k + 1] += inc.offsets[k];
    inc.items.resize(count);
    std::vector<std::uint32_t> fill(inc.offsets.begin(), inc.offsets.end() - 1);
    for (std::size_t k = 0; k < count; ++k)
      inc.items[fill[key_of(k)]++] = static_cast<std::uint32_t>(k);
    return inc;
  };
  s->out_rel = build(nactors, d.relations.size(), [&](std::size_t k) { return d.relations[k].from; });
  s->in_rel = build(nactors, d.relations.size(), [&](std::size_t k) { return d.relations[k].to; });
  s->actor_roles = build(nactors, d.roles.size(), [&](std::size_t k) { return d.roles[k].actor; });
  s->incident_roles = build(nincidents, d.roles.size(), [&](std::size_t k) { return d.roles[k].incident; });
  s->links_out = build(nincidents, d.links.size(), [&](std::size_t k) { return d.links[k].from; });
  s->links_in = build(nincidents, d.links.size(), [&](std::size_t k) { return d.links[k].to; });
  s->names = name_index(s->data);
  if (!s->names.duplicate_id().empty()) invalid("id \"" + s->names.duplicate_id() + "\" is used twice");
  state_ = std::move(s);
}

std::optional<link_problem> find_link_problem(const graph_data& data) {
  const auto& links = data.links;
  const auto n = data.incidents.size();
  if (links.empty()) return std::nullopt;
  for (const auto& l : links)
    if (l.from >= n || l.to >= n) return std::nullopt;  // (reported by the constructor)
  auto quoted = [&](incident_index i) {
    return "\"" + data.incidents[i].id + "\" (" + data.incidents[i].when.to_string() + ")";
  };
  for (std::uint32_t k = 0; k < links.size(); ++k) {
    const auto& l = links[k];
    if (l.kind != link_kind::responds_to) continue;
    if (data.incidents[l.from].when.last_day() < data.incidents[l.to].when.first_day())
      return link_problem{k,
                          {},
                          "incident " + quoted(l.from) + " responds to " + quoted(l.to) +
                              ", which comes later: a response cannot come before what it answers"};
  }
  for (auto kind : {link_kind::responds_to, link_kind::part_of}) {
    // Out-lists of the links of this kind.
    std::vector<std::uint32_t> offsets(n + 1, 0), items;
    bool any = false;
    for (const auto& l : links)
      if (l.kind == kind) {
        ++offsets[l.from + 1];
        any = true;
      }
    if (!any) continue;
    for (std::size_t i = 0; i < n; ++i)
      offsets[i + 1] += offsets[i];
    items.resize(offsets[n]);
    {
      std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
      for (std::uint32_t k = 0; k < links.size(); ++k)
        if (links[k].kind == kind) items[fill[links[k].from]++] = k;
    }
    // Depth-first search without recursion: 0 unseen, 1 on the path, 2 done.
    std::vector<std::uint8_t> state(n, 0);
    std::vector<std::pair<incident_index, std::uint32_t>> path;  // incident, next out-link to try
    std::vector<std::uint32_t> via;                              // the link into each path entry after the first
    for (incident_index start = 0; start < n; ++start) {
      if (state[start] != 0 || offsets[start] == offsets[start + 1]) continue;
      path.assign(1, {start, offsets[start]});
      via.clear();
      state[start] = 1;
      while (!path.empty()) {
        auto& [at, next] = path.back();
        if (next == offsets[at + 1]) {
          state[at] = 2;
          path.pop_back();
          if (!via.empty()) via.pop_back();
          continue;
        }
        const auto k = items[next++];
        const auto to = links[k].to;
        if (state[to] == 2) continue;
        if (state[to] == 0) {
          state[to] = 1;
          via.push_back(k);
          path.emplace_back(to, offsets[to]);
          continue;
        }
        // A cycle: from `to` along the path to `at`, then back by link k.
        std::size_t first = 0;
        while (path[first].first != to)
          ++first;
        const bool responds = kind == link_kind::responds_to;
        std::string message = responds ? "the responds_to links form a cycle, so some response would come before "
                                         "what it answers: "
                                       : "the part_of links form a cycle: ";
        const std::string verb = responds ? " responds to " : " is part of ";
        for (std::size_t p = first; p < path.size(); ++p)
          message += (p == first ? "" : p == first + 1 ? verb : ", which" + verb) + quoted(path[p].first);
        message += path.size() - first == 1 ? verb.substr(0, verb.size() - 1) + " itself"
                                            : ", which" + verb + "\"" + data.incidents[to].id + "\"";
        message += "; remove one of these links";
        return link_problem{k, std::vector<std::uint32_t>(via.begin() + static_cast<std::ptrdiff_t>(first), via.end()),
                            std::move(message)};
      }
    }
  }
  return std::nullopt;
}

std::span<const std::uint32_t> graph::out_relations(actor_index a) const {
  return state_->out_rel.of(a);
}
std::span<const std::uint32_t> graph::in_relations(actor_index a) const {
  return state_->in_rel.of(a);
}
std::span<const std::uint32_t> graph::roles_of_actor(actor_index a) const {
  return state_->actor_roles.of(a);
}
std::span<const std::uint32_t> graph::roles_of_incident(incident_index i) const {
  return state_->incident_roles.of(i);
}
std::span<const std::uint32_t> graph::links_from(incident_index i) const {
  return state_->links_out.of(i);
}
std::span<const std::uint32_t> graph::links_to(incident_index i) const {
  return state_->links_in.of(i);
}

std::optional<node_ref> graph::find_id(std::string_view id) const {
  return state_->names.find_id(id);
}

const std::string& graph::id_of(node_ref n) const {
  return n.is_incident ? incidents().at(n.index).id : actors().at(n.index).id;
}

const std::string& graph::name_of(node_ref n) const {
  return n.is_incident ? incidents().at(n.index).name : actors().at(n.index).name;
}

node_ref graph::resolve(std::string_view name) const {
  auto hits = state_->names.lookup(name);
  if (hits.size() == 1) return hits.front();
  if (hits.empty()) {
    auto suggestions = state_->names.suggest(name);
    std::string message = "No actor or incident is named \"" + std::string(name) + "\"";
    if (!suggestions.empty()) {
      message += "; did you mean ";
      for (std::size_t k = 0; k < suggestions.size(); ++k) {
        if (k != 0) message += k + 1 == suggestions.size() ? " or " : ", ";
        message += "\"" + suggestions[k] + "\"";
      }
      message += "?";
    }
    throw not_found_error(message, std::string(name), std::move(suggestions));
  }
  std::vector<std::string> candidates;
  std::string message = "The name \"" + std::string(name) + "\" is ambiguous: it matches ";
  for (std::size_t k = 0; k < hits.size(); ++k) {
    candidates.push_back(id_of(hits[k]));
    if (k != 0) message += ", ";
    message += name_of(hits[k]) + " (" + id_of(hits[k]) + ")";
  }
  throw not_found_error(message + "; use an id", std::string(name), std::move(candidates));
}

actor_index graph::resolve_actor(std::string_view name) const {
  const node_ref n = resolve(name);
  if (n.is_incident)
    throw not_found_error("\"" + std::string(name) + "\" is an incident (" + id_of(n) + "), not an actor",
                          std::string(name), {});
  return n.index;
}

}  // namespace faultline
