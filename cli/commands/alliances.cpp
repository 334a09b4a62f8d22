// SPDX-License-Identifier: Apache-2.0
// `alliances`: the blocs of the signed actor graph, the friendly camps and cliques.
#include "commands/alliances.hpp"

#include <algorithm>

namespace faultline::cli {
namespace {

using actor_row = alliances_actor_row;

std::vector<actor_row> actor_rows(const signed_graph& sg, const blocs_result& r) {
  std::vector<actor_row> rows;
  for (std::uint32_t x = 0; x < sg.node_count(); ++x) {
    actor_row row{x};
    for (auto t : sg.ties_of(x)) {
      const auto& tie = sg.ties[t];
      (tie.sign > 0 ? row.friendly : row.hostile) += 1;
      const bool same = r.bloc[tie.u] == r.bloc[tie.v];
      if ((tie.sign > 0) != same) ++row.frustrated;
    }
    rows.push_back(row);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const actor_row& a, const actor_row& b) { return r.bloc[a.node] < r.bloc[b.node]; });
  return rows;
}

std::string names_text(const signed_input& in, const std::vector<std::uint32_t>& nodes) {
  std::string s;
  for (auto x : nodes)
    s += (s.empty() ? "" : ", ") + in.sg.names[x];
  return s;
}

std::string kind_text(const signed_input& in, std::uint32_t x) {
  return in.scenario ? std::string(to_string(in.scenario->actors()[in.sg.actors[x]].kind)) : "";
}

}  // namespace

void setup(CLI::App& sub, alliances_cli_options& o) {
  add_signed_graph_flags(sub, o.graph);
  add_bloc_flags(sub, o.graph, true);
}

alliances_cli_result run(context& ctx, const alliances_cli_options& o) {
  alliances_cli_result res;
  res.search = bloc_search_options(o.graph, ctx.progress);
  res.in = load_signed_input(ctx, o.graph);
  res.input = input_json(ctx, res.in, o.graph);
  res.picture = ctx.picture();
  const auto& sg = res.in.sg;
  res.r = find_blocs(sg, res.search);
  res.camps = friendly_components(sg);
  res.cliques = friendly_cliques(sg);
  res.rows = actor_rows(sg, res.r);
  res.blocs.resize(res.r.bloc_count);
  for (std::uint32_t x = 0; x < sg.node_count(); ++x)
    (res.r.bloc[x] == no_bloc ? res.unaligned : res.blocs[res.r.bloc[x]]).push_back(x);
  for (const auto& m : res.camps.members)
    if (m.size() >= 2) res.camp_list.push_back(m);
  return res;
}

json_t alliances_cli_result::to_json() const {
  const auto& sg = in.sg;
  const bool k_auto = search.k == 0;
  auto j = input;
  j["options"] = {{"k", k_auto ? json_t("auto") : json_t(search.k)},
                  {"method", search.method == bloc_method::exact       ? "exact"
                             : search.method == bloc_method::heuristic ? "heuristic"
                                                                       : "automatic"},
                  {"alpha", search.alpha},
                  {"seed", search.seed},
                  {"restarts", search.restarts},
                  {"max_k", search.max_k},
                  {"exact_limit", search.exact_max_nodes},
                  {"exact_budget", search.exact_max_steps}};
  json_t list = json_t::array();
  for (std::size_t b = 0; b < blocs.size(); ++b) {
    json_t members = json_t::array();
    for (auto x : blocs[b])
      members.push_back(signed_node_json(in, x));
    list.push_back({{"bloc", b + 1}, {"members", std::move(members)}});
  }
  j["k"] = r.k;
  j["blocs"] = std::move(list);
  json_t none = json_t::array();
  for (auto x : unaligned)
    none.push_back(signed_node_json(in, x));
  j["without_ties"] = std::move(none);
  j["frustration"] = {{"criterion", r.criterion},
                      {"hostile_within", r.hostile_within},
                      {"friendly_between", r.friendly_between},
                      {"frustrated_ties", r.frustrated.size()}};
  json_t parts = json_t::array();
  for (const auto& p : r.parts)
    parts.push_back(
        {{"actors", p.nodes},
         {"ties", p.ties},
         {"criterion", p.criterion},
         {"method", part_method(p, search)},
         {"proved", p.proved},
         {"steps", p.steps},
         {"restarts_found_best", p.restarts_found_best},
         {"optimal_partitions",
          p.exact && p.proved && search.count_optima_limit > 0 ? json_t(p.optimal_partitions) : json_t(nullptr)}});
  json_t trials = json_t::array();
  for (const auto& t : r.trials)
    trials.push_back({{"k", t.k}, {"criterion", t.criterion}, {"proved", t.proved}});
  j["search"] = {{"method", method_name(r, search)},
                 {"proved_optimal", r.proved_optimal},
                 {"unique_optimum", r.unique_optimum},
                 {"restarts", r.restarts},
                 {"restarts_found_best", r.restarts_found_best},
                 {"exact_steps", r.exact_steps},
                 {"parts", std::move(parts)},
                 {"k_trials", std::move(trials)}};
  json_t actors = json_t::array();
  for (const auto& row : rows) {
    auto a = signed_node_json(in, row.node);
    a["bloc"] = r.bloc[row.node] == no_bloc ? json_t(nullptr) : json_t(r.bloc[row.node] + 1);
    a["friendly_ties"] = row.friendly;
    a["hostile_ties"] = row.hostile;
    a["frustrated_ties"] = row.frustrated;
    actors.push_back(std::move(a));
  }
  j["actors"] = std::move(actors);
  json_t camps_json = json_t::array(), cliques_json = json_t::array();
  for (const auto& c : camp_list) {
    json_t ids = json_t::array();
    for (auto x : c)
      ids.push_back(sg.ids[x]);
    camps_json.push_back(std::move(ids));
  }
  for (const auto& c : cliques.cliques) {
    json_t ids = json_t::array();
    for (auto x : c)
      ids.push_back(sg.ids[x]);
    cliques_json.push_back(std::move(ids));
  }
  j["friendly_camps"] = std::move(camps_json);
  j["friendly_cliques"] = std::move(cliques_json);
  j["friendly_cliques_truncated"] = cliques.truncated;
  return j;
}

dot_graph alliances_cli_result::to_dot() const {
  return signed_dot(in, "alliances", r.bloc, "Bloc", r.frustrated);
}

std::string alliances_cli_result::to_svg() const {
  if (!in.scenario) return render::blocs_svg(in.sg, r, nullptr, picture);
  if (!in.store) {
    const graph_view actors(*in.scenario);
    return render::blocs_svg(in.sg, r, &actors, picture);
  }
  // Read in place: the incidents the ties' tooltips name (each tie's first
  // facts, as many as a tooltip lists and one more) are read into a graph
  // of their own, and the facts renumbered into it.
  constexpr std::size_t tooltip_facts = render::blocs_tooltip_facts + 1;
  std::vector<incident_index> named;
  for (std::uint32_t t = 0; t < in.sg.ties.size(); ++t) {
    const auto facts = in.sg.facts_of(t);
    for (std::size_t k = 0; k < std::min(facts.size(), tooltip_facts); ++k)
      if (facts[k].kind == tie_fact_kind::incident) named.push_back(facts[k].index);
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  const auto part = context::subgraph(*in.store, named, in.rest.get(), context::crossing_links::drop);
  auto sg = in.sg;
  for (auto& f : sg.facts) {
    if (f.kind != tie_fact_kind::incident) continue;
    const auto it = std::lower_bound(named.begin(), named.end(), f.index);
    f.index = it != named.end() && *it == f.index ? static_cast<std::uint32_t>(it - named.begin()) : no_index;
  }
  const graph_view actors(*part);
  return render::blocs_svg(sg, r, &actors, picture);
}

print::table alliances_cli_result::to_csv() const {
  const auto& sg = in.sg;
  print::table t{{"bloc", "id", "name"}, {}};
  if (in.scenario) t.headers.push_back("kind");
  for (const char* c : {"friendly", "hostile", "frustrated"})
    t.headers.push_back(c);
  for (const auto& row : rows) {
    std::vector<std::string> cells{r.bloc[row.node] == no_bloc ? "" : std::to_string(r.bloc[row.node] + 1),
                                   sg.ids[row.node], sg.names[row.node]};
    if (in.scenario) cells.push_back(kind_text(in, row.node));
    for (auto n : {row.friendly, row.hostile, row.frustrated})
      cells.push_back(std::to_string(n));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

print::document alliances_cli_result::to_document() const {
  const auto& sg = in.sg;
  print::document doc;
  std::size_t friendly = 0, hostile = 0, ambivalent = 0;
  for (const auto& t : sg.ties)
    (t.sign > 0 ? friendly : t.sign < 0 ? hostile : ambivalent) += 1;
  doc.line("Alliances in " + in.description + ": " + std::to_string(r.bloc_count) +
           (r.bloc_count == 1 ? " bloc" : " blocs"));
  doc.line(search_summary(r, search));
  if (!in.rules_note.empty()) doc.line(in.rules_note);
  doc.line("Frustration " + decimal_text(r.criterion) + " (alpha " + decimal_text(search.alpha) +
           "): " + decimal_text(r.hostile_within) + " hostile inside blocs, " + decimal_text(r.friendly_between) +
           " friendly between blocs" + (search.weighted ? ", by weight" : ", in ties"));
  doc.line("Signed graph: " + std::to_string(sg.node_count() - unaligned.size()) + " actors with ties, " +
           std::to_string(friendly + hostile) + " ties (" + std::to_string(friendly) + " friendly, " +
           std::to_string(hostile) + " hostile)" +
           (ambivalent > 0 ? ", " + std::to_string(ambivalent) + " ambivalent (left out)" : std::string()));
  print::table t{{"bloc", "actor"}, {}};
  if (in.scenario) t.headers.push_back("kind");
  for (const char* h : {"friendly", "hostile", "frustrated"})
    t.headers.push_back(h);
  for (const auto& row : rows) {
    if (r.bloc[row.node] == no_bloc) continue;
    std::vector<std::string> cells{std::to_string(r.bloc[row.node] + 1), node_label(in, row.node)};
    if (in.scenario) cells.push_back(kind_text(in, row.node));
    for (auto n : {row.friendly, row.hostile, row.frustrated})
      cells.push_back(std::to_string(n));
    t.rows.push_back(std::move(cells));
  }
  if (!t.rows.empty()) doc.line("").add(std::move(t));
  if (search.k == 0 && r.trials.size() > 1) {
    std::string tried = "k tried (frustration):";
    for (const auto& trial : r.trials)
      tried += " " + std::to_string(trial.k) + " → " + decimal_text(trial.criterion) +
               (&trial == &r.trials.back() ? "" : ",");
    doc.line("").line(tried);
  }
  if (!camp_list.empty()) {
    doc.line("").line("Friendly camps (joined by chains of friendly ties):");
    for (std::size_t c = 0; c < camp_list.size(); ++c)
      doc.line("  " + std::to_string(c + 1) + ". " + names_text(in, camp_list[c]));
  }
  if (!cliques.cliques.empty()) {
    doc.line("").line("Friendly cliques (3 or more actors, all friends of each other):");
    for (std::size_t c = 0; c < cliques.cliques.size(); ++c)
      doc.line("  " + std::to_string(c + 1) + ". " + names_text(in, cliques.cliques[c]));
  }
  if (!unaligned.empty()) {
    std::string none = "Without friendly or hostile ties in this view: ";
    for (std::size_t k = 0; k < unaligned.size(); ++k)
      none += (k ? ", " : "") + node_label(in, unaligned[k]);
    doc.line("").line(none);
  }
  return doc;
}

void add_alliances(CLI::App& app, context& ctx, int& status) {
  add_command<alliances_cli_options>(
      app, ctx, status, "alliances",
      "Who stands with whom: the blocs of the signed actor graph (friendly and hostile facts aggregated per pair), "
      "chosen to minimise frustration (hostile ties inside blocs, friendly ties between them), with the friendly "
      "camps and cliques.\nWorks on scenarios (default: the bundled sample) and on signed edge lists (--edges). "
      "See docs/alliances.md",
      setup, run);
}

}  // namespace faultline::cli
