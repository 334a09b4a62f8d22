// SPDX-License-Identifier: Apache-2.0
// `tensions`: where the signed actor graph strains its blocs, with the facts behind each tie.
#include <faultline/algorithms/tensions.hpp>
#include <ostream>

#include "alliances_common.hpp"

namespace faultline::cli {
namespace {

struct tensions_cli_options {
  signed_cli_options graph;
  std::size_t limit = 10;
};

std::string bloc_text(const blocs_result& r, std::uint32_t x) {
  return r.bloc[x] == no_bloc ? "none" : std::to_string(r.bloc[x] + 1);
}

std::string tie_line(const signed_input& in, std::uint32_t t) {
  const auto& tie = in.sg.ties[t];
  return node_label(in, tie.u) + " " + sign_symbol(tie.sign) + " " + node_label(in, tie.v);
}

}  // namespace

void add_tensions(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "tensions",
      "Where the signed actor graph strains its blocs: ties that contradict them (a friend in the other bloc, an "
      "enemy in one's own) ranked by weight, unbalanced triangles, ties whose facts point both ways, and \"enemy of "
      "my enemy\" suggestions for pairs with no tie, each with the facts behind it.\nThe blocs are those of "
      "`alliances` with the same flags. See docs/alliances.md");
  auto opt = std::make_shared<tensions_cli_options>();
  add_signed_graph_flags(*cmd, opt->graph);
  add_bloc_flags(*cmd, opt->graph, true);
  cmd->add_option("--limit", opt->limit, "Show at most this many triangles and suggestions (0: all)")
      ->capture_default_str();
  add_format_option(*cmd, ctx, "table, json, csv, dot");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format({output_format::table, output_format::json, output_format::csv, output_format::dot});
    const auto search = bloc_search_options(opt->graph);
    const auto in = load_signed_input(ctx, opt->graph);
    const auto& sg = in.sg;
    const auto blocs = find_blocs(sg, search);
    tension_options to;
    to.weighted = search.weighted;
    to.max_triangles = opt->limit;
    to.max_suggestions = opt->limit;
    const auto r = find_tensions(sg, blocs.bloc, to);
    const bool nothing = r.frustrated.empty() && r.triangle_total == 0 && r.mixed.empty() && r.suggestion_total == 0;
    status = nothing ? exit_no_result : exit_ok;
    std::vector<source_index> cited;

    if (fmt == output_format::json) {
      auto j = input_json(ctx, in, opt->graph);
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
      ctx.out << j.dump(2) << "\n";
      return;
    }
    if (fmt == output_format::dot) {
      std::vector<std::uint32_t> highlight;
      for (const auto& f : r.frustrated)
        highlight.push_back(f.tie);
      std::vector<dot_extra_edge> extra;
      for (const auto& s : r.suggestions)
        extra.push_back({s.a, s.b, s.sign, "suggested " + sign_word(s.sign)});
      print::write_dot(ctx.out, signed_dot(in, "tensions", blocs.bloc, "Bloc", highlight, extra));
      return;
    }
    if (fmt == output_format::csv) {
      std::vector<std::vector<std::string>> rows;
      auto names = [&](std::initializer_list<std::uint32_t> nodes) {
        std::string s;
        for (auto x : nodes)
          s += (s.empty() ? "" : ";") + sg.ids[x];
        return s;
      };
      for (std::size_t k = 0; k < r.frustrated.size(); ++k) {
        const auto& f = r.frustrated[k];
        const auto& t = sg.ties[f.tie];
        rows.push_back(
            {"frustrated", std::to_string(k + 1), names({t.u, t.v}), sign_ascii(t.sign), decimal_text(f.weight),
             f.hostile_within ? "hostile inside bloc " + bloc_text(blocs, t.u)
                              : "friendly between blocs " + bloc_text(blocs, t.u) + " and " + bloc_text(blocs, t.v)});
      }
      for (std::size_t k = 0; k < r.triangles.size(); ++k) {
        const auto& tri = r.triangles[k];
        rows.push_back({"triangle", std::to_string(k + 1), names({tri.nodes[0], tri.nodes[1], tri.nodes[2]}),
                        tri.hostile == 1 ? "++-" : "---", decimal_text(tri.weight), ""});
      }
      for (std::size_t k = 0; k < r.mixed.size(); ++k) {
        const auto& t = sg.ties[r.mixed[k]];
        rows.push_back({"mixed", std::to_string(k + 1), names({t.u, t.v}), sign_ascii(t.sign), decimal_text(t.weight),
                        "friendly " + decimal_text(t.friendly) + ", hostile " + decimal_text(t.hostile)});
      }
      for (std::size_t k = 0; k < r.suggestions.size(); ++k) {
        const auto& s = r.suggestions[k];
        std::string via;
        for (const auto& ev : s.evidence)
          via += (via.empty() ? "via " : ";") + sg.ids[ev.via];
        rows.push_back({"suggestion", std::to_string(k + 1), names({s.a, s.b}), sign_ascii(s.sign),
                        decimal_text(std::abs(s.score)), via});
      }
      print_csv(ctx.out, {"kind", "rank", "actors", "signs", "weight", "detail"}, rows);
      return;
    }

    ctx.out << "Tensions in " << in.description << " against " << blocs.bloc_count
            << (blocs.bloc_count == 1 ? " bloc" : " blocs") << " (" << search_summary(blocs, search) << ")\n";
    for (std::uint32_t b = 0; b < blocs.bloc_count; ++b) {
      std::string members;
      for (std::uint32_t x = 0; x < sg.node_count(); ++x)
        if (blocs.bloc[x] == b) members += (members.empty() ? "" : ", ") + sg.names[x];
      ctx.out << "  bloc " << (b + 1) << ": " << members << "\n";
    }
    if (!in.rules_note.empty()) ctx.out << in.rules_note << "\n";

    ctx.out << "\nTies that contradict the blocs: "
            << (r.frustrated.empty() ? "none" : std::to_string(r.frustrated.size())) << "\n";
    for (std::size_t k = 0; k < r.frustrated.size(); ++k) {
      const auto& f = r.frustrated[k];
      const auto& t = sg.ties[f.tie];
      ctx.out << "  " << (k + 1) << ". " << tie_line(in, f.tie) << ": "
              << (f.hostile_within
                      ? "hostile inside bloc " + bloc_text(blocs, t.u)
                      : "friendly between blocs " + bloc_text(blocs, t.u) + " and " + bloc_text(blocs, t.v))
              << ", weight " << decimal_text(f.weight) << "\n";
      print_tie_facts(ctx.out, in, f.tie, "       ", cited);
    }

    ctx.out << "\nUnbalanced triangles: " << (r.triangle_total == 0 ? "none" : std::to_string(r.triangle_total));
    if (r.triangles.size() < r.triangle_total)
      ctx.out << " (showing " << r.triangles.size() << "; raise --limit for more)";
    ctx.out << "\n";
    for (std::size_t k = 0; k < r.triangles.size(); ++k) {
      const auto& tri = r.triangles[k];
      ctx.out << "  " << (k + 1) << ". " << node_label(in, tri.nodes[0]) << ", " << node_label(in, tri.nodes[1]) << ", "
              << node_label(in, tri.nodes[2]) << ": "
              << (tri.hostile == 1 ? "++- (no split satisfies it)" : "--- (only three blocs satisfy it)") << "\n";
      for (auto t : tri.ties) {
        ctx.out << "     " << tie_line(in, t) << "\n";
        if (in.scenario) print_tie_facts(ctx.out, in, t, "       ", cited);
      }
    }

    ctx.out << "\nTies whose facts point both ways: " << (r.mixed.empty() ? "none" : std::to_string(r.mixed.size()))
            << "\n";
    for (std::size_t k = 0; k < r.mixed.size(); ++k) {
      const auto& t = sg.ties[r.mixed[k]];
      ctx.out << "  " << (k + 1) << ". " << tie_line(in, r.mixed[k]) << ": friendly " << decimal_text(t.friendly)
              << " against hostile " << decimal_text(t.hostile) << (t.sign == 0 ? " (they cancel out)" : "") << "\n";
      print_tie_facts(ctx.out, in, r.mixed[k], "       ", cited);
    }

    ctx.out << "\nEnemy of my enemy (pairs with no tie whose shared ties imply one): "
            << (r.suggestion_total == 0 ? "none" : std::to_string(r.suggestion_total));
    if (r.suggestions.size() < r.suggestion_total)
      ctx.out << " (showing " << r.suggestions.size() << "; raise --limit for more)";
    ctx.out << "\n";
    for (std::size_t k = 0; k < r.suggestions.size(); ++k) {
      const auto& s = r.suggestions[k];
      ctx.out << "  " << (k + 1) << ". " << node_label(in, s.a) << " " << sign_symbol(s.sign) << " "
              << node_label(in, s.b) << ": implied " << sign_word(s.sign) << ", score "
              << decimal_text(std::abs(s.score)) << " (" << s.agreeing << " for, " << s.disagreeing
              << " against); the blocs " << (s.blocs_agree ? "agree" : "disagree") << "\n";
      for (const auto& ev : s.evidence)
        ctx.out << "     via " << sg.names[ev.via] << ": " << tie_line(in, ev.first_tie) << "; "
                << tie_line(in, ev.second_tie) << "\n";
    }
    print_signed_sources(ctx.out, in, cited);
  });
}

}  // namespace faultline::cli
