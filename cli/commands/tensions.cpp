// SPDX-License-Identifier: Apache-2.0
#include "commands/tensions.hpp"

#include <cmath>

namespace faultline::cli {

void setup(CLI::App& sub, tensions_cli_options& o) {
  add_signed_graph_flags(sub, o.graph);
  add_bloc_flags(sub, o.graph, true);
  sub.add_option("--limit", o.limit, "Show at most this many triangles and suggestions (0: all)")
      ->capture_default_str();
}

tensions_cli_result run(context& ctx, const tensions_cli_options& o) {
  tensions_cli_result result{{}, {}, bloc_search_options(o.graph, ctx.progress), {}, {}};
  result.in = load_signed_input(ctx, o.graph);
  const auto& sg = result.in.sg;
  result.blocs = find_blocs(sg, result.search);
  tension_options to;
  to.weighted = result.search.weighted;
  to.max_triangles = o.limit;
  to.max_suggestions = o.limit;
  result.r = find_tensions(sg, result.blocs.bloc, to);
  result.input = input_json(ctx, result.in, o.graph);
  return result;
}

std::string tensions_cli_result::bloc_text(std::uint32_t x) const {
  return blocs.bloc[x] == no_bloc ? "none" : std::to_string(blocs.bloc[x] + 1);
}

std::string tensions_cli_result::tie_line(std::uint32_t t) const {
  const auto& tie = in.sg.ties[t];
  return node_label(in, tie.u) + " " + sign_symbol(tie.sign) + " " + node_label(in, tie.v);
}

json_t tensions_cli_result::to_json() const {
  const auto& sg = in.sg;
  std::vector<source_index> cited;
  auto j = input;
  j["blocs"] = {{"k", blocs.k},
                {"count", blocs.bloc_count},
                {"criterion", blocs.criterion},
                {"method", method_name(blocs, search)},
                {"proved_optimal", blocs.proved_optimal}};
  json_t membership = json_t::array();
  for (std::uint32_t x = 0; x < sg.node_count(); ++x) {
    if (blocs.bloc[x] == no_bloc) continue;
    auto n = signed_node_json(in, x);
    n["bloc"] = blocs.bloc[x] + 1;
    membership.push_back(std::move(n));
  }
  j["membership"] = std::move(membership);
  json_t frustrated = json_t::array();
  for (const auto& f : r.frustrated) {
    auto t = tie_json(in, f.tie, cited);
    t["contradiction"] = f.hostile_within ? "hostile inside a bloc" : "friendly between blocs";
    t["blocs"] = {blocs.bloc[sg.ties[f.tie].u] + 1, blocs.bloc[sg.ties[f.tie].v] + 1};
    frustrated.push_back(std::move(t));
  }
  j["frustrated_ties"] = std::move(frustrated);
  json_t triangles = json_t::array();
  for (const auto& tri : r.triangles) {
    json_t nodes = json_t::array(), ties = json_t::array();
    std::string pattern = tri.hostile == 1 ? "++-" : "---";
    for (auto x : tri.nodes)
      nodes.push_back(signed_node_json(in, x));
    for (auto t : tri.ties)
      ties.push_back(tie_json(in, t, cited));
    triangles.push_back(
        {{"signs", pattern}, {"weight", tri.weight}, {"actors", std::move(nodes)}, {"ties", std::move(ties)}});
  }
  j["unbalanced_triangles"] = {{"total", r.triangle_total}, {"shown", std::move(triangles)}};
  json_t mixed = json_t::array();
  for (auto t : r.mixed)
    mixed.push_back(tie_json(in, t, cited));
  j["mixed_ties"] = std::move(mixed);
  json_t suggestions = json_t::array();
  for (const auto& s : r.suggestions) {
    json_t evidence = json_t::array();
    for (const auto& ev : s.evidence) {
      json_t e;
      e["via"] = signed_node_json(in, ev.via);
      e["implies"] = sign_word(ev.implied);
      e["strength"] = ev.strength;
      e["ties"] = {tie_json(in, ev.first_tie, cited), tie_json(in, ev.second_tie, cited)};
      evidence.push_back(std::move(e));
    }
    suggestions.push_back({{"a", signed_node_json(in, s.a)},
                           {"b", signed_node_json(in, s.b)},
                           {"implied", sign_word(s.sign)},
                           {"score", s.score},
                           {"agreeing", s.agreeing},
                           {"disagreeing", s.disagreeing},
                           {"blocs_agree", s.blocs_agree},
                           {"evidence", std::move(evidence)}});
  }
  j["suggestions"] = {{"total", r.suggestion_total}, {"shown", std::move(suggestions)}};
  if (in.scenario) j["sources"] = sources_json(*in.scenario, cited);
  return j;
}

dot_graph tensions_cli_result::to_dot() const {
  std::vector<std::uint32_t> highlight;
  for (const auto& f : r.frustrated)
    highlight.push_back(f.tie);
  std::vector<dot_extra_edge> extra;
  for (const auto& s : r.suggestions)
    extra.push_back({s.a, s.b, s.sign, "suggested " + sign_word(s.sign)});
  return signed_dot(in, "tensions", blocs.bloc, "Bloc", highlight, extra);
}

print::table tensions_cli_result::to_csv() const {
  const auto& sg = in.sg;
  print::table t{{"kind", "rank", "actors", "signs", "weight", "detail"}, {}};
  auto names = [&](std::initializer_list<std::uint32_t> nodes) {
    std::string s;
    for (auto x : nodes)
      s += (s.empty() ? "" : ";") + sg.ids[x];
    return s;
  };
  for (std::size_t k = 0; k < r.frustrated.size(); ++k) {
    const auto& f = r.frustrated[k];
    const auto& tie = sg.ties[f.tie];
    t.rows.push_back({"frustrated", std::to_string(k + 1), names({tie.u, tie.v}), sign_ascii(tie.sign),
                      decimal_text(f.weight),
                      f.hostile_within ? "hostile inside bloc " + bloc_text(tie.u)
                                       : "friendly between blocs " + bloc_text(tie.u) + " and " + bloc_text(tie.v)});
  }
  for (std::size_t k = 0; k < r.triangles.size(); ++k) {
    const auto& tri = r.triangles[k];
    t.rows.push_back({"triangle", std::to_string(k + 1), names({tri.nodes[0], tri.nodes[1], tri.nodes[2]}),
                      tri.hostile == 1 ? "++-" : "---", decimal_text(tri.weight), ""});
  }
  for (std::size_t k = 0; k < r.mixed.size(); ++k) {
    const auto& tie = sg.ties[r.mixed[k]];
    t.rows.push_back({"mixed", std::to_string(k + 1), names({tie.u, tie.v}), sign_ascii(tie.sign),
                      decimal_text(tie.weight),
                      "friendly " + decimal_text(tie.friendly) + ", hostile " + decimal_text(tie.hostile)});
  }
  for (std::size_t k = 0; k < r.suggestions.size(); ++k) {
    const auto& s = r.suggestions[k];
    std::string via;
    for (const auto& ev : s.evidence)
      via += (via.empty() ? "via " : ";") + sg.ids[ev.via];
    t.rows.push_back({"suggestion", std::to_string(k + 1), names({s.a, s.b}), sign_ascii(s.sign),
                      decimal_text(std::abs(s.score)), via});
  }
  return t;
}

void add_tensions(CLI::App& app, context& ctx, int& status) {
  add_command<tensions_cli_options>(
      app, ctx, status, "tensions",
      "Where the signed actor graph strains its blocs: ties that contradict them (a friend in the other bloc, an "
      "enemy in one's own) ranked by weight, unbalanced triangles, ties whose facts point both ways, and \"enemy of "
      "my enemy\" suggestions for pairs with no tie, each with the facts behind it.\nThe blocs are those of "
      "`alliances` with the same flags. See docs/alliances.md",
      setup, run);
}

}  // namespace faultline::cli
