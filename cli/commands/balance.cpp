// SPDX-License-Identifier: Apache-2.0
// `balance`: structural balance of the signed actor graph, measured as R's signnet measures it.
#include <faultline/algorithms/balance.hpp>
#include <faultline/graph/error.hpp>
#include <ostream>

#include "alliances_common.hpp"

namespace faultline::cli {
namespace {

struct balance_cli_options {
  signed_cli_options graph;
  bool weighted = false;
  std::size_t limit = 10;
};

json_t optional_number(const std::optional<double>& v) {
  return v ? json_t(*v) : json_t(nullptr);
}

}  // namespace

void add_balance(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "balance",
      "How balanced the signed actor graph is (Heider; Cartwright and Harary), by signnet's measures: the signed "
      "triangle census and the fraction of balanced triangles, the walk balance (Estrada), and the frustration index "
      "(the fewest ties that keep a split into two sides from being clean) with the split that attains it.\nWorks on "
      "scenarios and on signed edge lists (--edges). See docs/alliances.md");
  auto opt = std::make_shared<balance_cli_options>();
  add_signed_graph_flags(*cmd, opt->graph);
  add_bloc_flags(*cmd, opt->graph, false);
  cmd->add_flag("--weighted", opt->weighted,
                "Frustration index by tie weight instead of number of ties (signnet counts ties)");
  cmd->add_option("--limit", opt->limit,
                  "List at most this many frustrated ties, heaviest first (0: all); the total is always given")
      ->capture_default_str();
  add_format_option(*cmd, ctx, "table, json, csv, dot");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format({output_format::table, output_format::json, output_format::csv, output_format::dot});
    if (opt->weighted && opt->graph.unweighted) throw usage_error("Give --weighted or --unweighted, not both");
    balance_options bo;
    bo.search = bloc_search_options(opt->graph);
    bo.weighted = opt->weighted;
    const auto in = load_signed_input(ctx, opt->graph);
    const auto& sg = in.sg;
    const auto r = balance(sg, bo);
    status = sg.signed_tie_count() == 0 ? exit_no_result : exit_ok;
    std::vector<source_index> cited;
    const auto method = method_name(r.search, bo.search);
    const std::string proof =
        r.frustration_proved ? method + (r.frustration_unique ? ", unique split" : "") : method + ": an upper bound";
    // The frustrated ties listed: heaviest first (then in tie order), at most --limit.
    auto listed = r.frustrated;
    std::stable_sort(listed.begin(), listed.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return sg.ties[a].weight > sg.ties[b].weight; });
    if (opt->limit > 0 && listed.size() > opt->limit) listed.resize(opt->limit);

    if (fmt == output_format::json) {
      auto j = input_json(ctx, in, opt->graph);
      j["triangles"] = {{"+++", r.triangles.ppp}, {"++-", r.triangles.ppn},       {"+--", r.triangles.pnn},
                        {"---", r.triangles.nnn}, {"total", r.triangles.total()}, {"balanced", r.triangles.balanced()}};
      j["triangle_balance"] = optional_number(r.triangle_balance);
      j["walk_balance"] = optional_number(r.walk_balance);
      j["walk_skipped"] = r.walk_skipped;
      j["frustration"] = {{"index", r.frustration},
                          {"by", opt->weighted ? "weight" : "ties"},
                          {"balance", optional_number(r.frustration_balance)},
                          {"proved", r.frustration_proved},
                          {"unique", r.frustration_unique},
                          {"method", method},
                          {"exact_budget", bo.search.exact_max_steps},
                          {"restarts_found_best", r.search.restarts_found_best},
                          {"exact_steps", r.search.exact_steps}};
      json_t sides = json_t::array();
      for (std::uint32_t x = 0; x < sg.node_count(); ++x) {
        if (r.side[x] == no_bloc) continue;
        auto n = signed_node_json(in, x);
        n["side"] = r.side[x] == 0 ? "A" : "B";
        n["part"] = r.search.part[x] + 1;
        sides.push_back(std::move(n));
      }
      j["split"] = std::move(sides);
      json_t frustrated = json_t::array();
      for (auto t : listed)
        frustrated.push_back(tie_json(in, t, cited));
      j["frustrated_total"] = r.frustrated.size();
      j["frustrated_ties"] = std::move(frustrated);
      if (in.scenario) j["sources"] = sources_json(*in.scenario, cited);
      ctx.out << j.dump(2) << "\n";
      return;
    }
    if (fmt == output_format::dot) {
      print::write_dot(ctx.out, signed_dot(in, "balance", r.search.bloc, "Side", r.frustrated));
      return;
    }
    if (fmt == output_format::csv) {
      std::vector<std::vector<std::string>> rows{
          {"actors", std::to_string(r.nodes)},
          {"friendly_ties", std::to_string(r.friendly_ties)},
          {"hostile_ties", std::to_string(r.hostile_ties)},
          {"ambivalent_ties", std::to_string(r.ambivalent_ties)},
          {"triangles_ppp", std::to_string(r.triangles.ppp)},
          {"triangles_ppn", std::to_string(r.triangles.ppn)},
          {"triangles_pnn", std::to_string(r.triangles.pnn)},
          {"triangles_nnn", std::to_string(r.triangles.nnn)},
          {"triangle_balance", r.triangle_balance ? precise_text(*r.triangle_balance) : ""},
          {"walk_balance", r.walk_balance ? precise_text(*r.walk_balance) : ""},
          {"frustration_index", precise_text(r.frustration)},
          {"frustration_balance", r.frustration_balance ? precise_text(*r.frustration_balance) : ""},
          {"frustration_proved", r.frustration_proved ? "true" : "false"},
          {"frustration_unique", r.frustration_unique ? "true" : "false"}};
      print_csv(ctx.out, {"measure", "value"}, rows);
      return;
    }
    ctx.out << "Structural balance of " << in.description << "\n";
    if (!in.rules_note.empty()) ctx.out << in.rules_note << "\n";
    ctx.out << "Signed graph: " << r.nodes << " actors, " << (r.friendly_ties + r.hostile_ties) << " ties ("
            << r.friendly_ties << " friendly, " << r.hostile_ties << " hostile)";
    if (r.ambivalent_ties > 0) ctx.out << ", " << r.ambivalent_ties << " ambivalent (left out)";
    ctx.out << "\n\n";
    table measures{{"measure", "value", "note"}, {}};
    measures.rows.push_back({"triangles", std::to_string(r.triangles.total()),
                             "+++ " + std::to_string(r.triangles.ppp) + ", ++- " + std::to_string(r.triangles.ppn) +
                                 ", +-- " + std::to_string(r.triangles.pnn) + ", --- " +
                                 std::to_string(r.triangles.nnn)});
    measures.rows.push_back({"triangle balance", r.triangle_balance ? precise_text(*r.triangle_balance) : "none",
                             r.triangle_balance ? "share of balanced triangles (+++ and +--)" : "no triangles"});
    measures.rows.push_back({"walk balance", r.walk_balance ? precise_text(*r.walk_balance) : "none",
                             r.walk_skipped ? "too many actors for the dense eigenvalue computation"
                                            : "tr exp(A) / tr exp(|A|) (Estrada)"});
    measures.rows.push_back(
        {"frustration index", precise_text(r.frustration), (opt->weighted ? "by weight; " : "in ties; ") + proof});
    measures.rows.push_back({"frustration balance",
                             r.frustration_balance ? precise_text(*r.frustration_balance) : "none", "1 - L / (m / 2)"});
    measures.print(ctx.out);
    if (sg.signed_tie_count() > 0) {
      ctx.out << "\nSplit into two sides attaining it:\n";
      for (std::uint32_t p = 0; p < r.search.parts.size(); ++p) {
        for (std::uint32_t side = 0; side < 2; ++side) {
          std::string members;
          for (std::uint32_t x = 0; x < sg.node_count(); ++x)
            if (r.search.part[x] == p && r.side[x] == side) members += (members.empty() ? "" : ", ") + sg.names[x];
          if (members.empty()) continue;
          ctx.out << "  " << (r.search.parts.size() > 1 ? "part " + std::to_string(p + 1) + " " : "")
                  << (side == 0 ? "A" : "B") << ": " << members << "\n";
        }
      }
    }
    if (!r.frustrated.empty()) {
      ctx.out << "\nFrustrated ties (" << r.frustrated.size();
      if (listed.size() < r.frustrated.size()) ctx.out << "; showing " << listed.size() << ", raise --limit for more";
      ctx.out << "):\n";
      for (std::size_t k = 0; k < listed.size(); ++k) {
        const auto& t = sg.ties[listed[k]];
        ctx.out << "  " << (k + 1) << ". " << node_label(in, t.u) << " " << sign_symbol(t.sign) << " "
                << node_label(in, t.v) << ": " << sign_word(t.sign)
                << (t.sign < 0 ? " within a side" : " across the sides");
        if (t.weight != 1.0) ctx.out << ", weight " << decimal_text(t.weight);
        ctx.out << "\n";
        print_tie_facts(ctx.out, in, listed[k], "       ", cited);
      }
    }
    print_signed_sources(ctx.out, in, cited);
  });
}

}  // namespace faultline::cli
