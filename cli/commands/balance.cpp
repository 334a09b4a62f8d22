// SPDX-License-Identifier: Apache-2.0
#include "commands/balance.hpp"

#include <algorithm>
#include <faultline/graph/error.hpp>

namespace faultline::cli {
namespace {

json_t optional_number(const std::optional<double>& v) {
  return v ? json_t(*v) : json_t(nullptr);
}

std::string optional_text(const std::optional<double>& v, const std::string& none) {
  return v ? precise_text(*v) : none;
}

}  // namespace

void setup(CLI::App& sub, balance_cli_options& o) {
  add_signed_graph_flags(sub, o.graph);
  add_bloc_flags(sub, o.graph, false);
  sub.add_flag("--weighted", o.balance.weighted,
               "Frustration index by tie weight instead of number of ties (signnet counts ties)");
  sub.add_option("--limit", o.limit,
                 "List at most this many frustrated ties, heaviest first (0: all); the total is always given")
      ->capture_default_str();
}

balance_cli_result run(context& ctx, const balance_cli_options& o) {
  if (o.balance.weighted && o.graph.unweighted) throw usage_error("Give --weighted or --unweighted, not both");
  balance_options bo = o.balance;
  bo.search = bloc_search_options(o.graph, ctx.progress);
  balance_cli_result result{load_signed_input(ctx, o.graph), {}, bo.weighted, bo.search.exact_max_steps, {}, {}, {}};
  const auto& sg = result.in.sg;
  result.input = input_json(ctx, result.in, o.graph);
  result.r = balance(sg, bo);
  const auto& r = result.r;
  result.method = method_name(r.search, bo.search);
  // The frustrated ties listed: heaviest first (then in tie order), at most --limit.
  result.listed = r.frustrated;
  std::stable_sort(result.listed.begin(), result.listed.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return sg.ties[a].weight > sg.ties[b].weight; });
  if (o.limit > 0 && result.listed.size() > o.limit) result.listed.resize(o.limit);
  return result;
}

json_t balance_cli_result::to_json() const {
  const auto& sg = in.sg;
  std::vector<source_index> cited;
  auto j = input;
  j["triangles"] = {{"+++", r.triangles.ppp}, {"++-", r.triangles.ppn},       {"+--", r.triangles.pnn},
                    {"---", r.triangles.nnn}, {"total", r.triangles.total()}, {"balanced", r.triangles.balanced()}};
  j["triangle_balance"] = optional_number(r.triangle_balance);
  j["walk_balance"] = optional_number(r.walk_balance);
  j["walk_skipped"] = r.walk_skipped;
  j["frustration"] = {{"index", r.frustration},
                      {"by", weighted ? "weight" : "ties"},
                      {"balance", optional_number(r.frustration_balance)},
                      {"proved", r.frustration_proved},
                      {"unique", r.frustration_unique},
                      {"method", method},
                      {"exact_budget", exact_budget},
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
  return j;
}

dot_graph balance_cli_result::to_dot() const {
  return signed_dot(in, "balance", r.search.bloc, "Side", r.frustrated);
}

print::table balance_cli_result::to_csv() const {
  return {{"measure", "value"},
          {{"actors", std::to_string(r.nodes)},
           {"friendly_ties", std::to_string(r.friendly_ties)},
           {"hostile_ties", std::to_string(r.hostile_ties)},
           {"ambivalent_ties", std::to_string(r.ambivalent_ties)},
           {"triangles_ppp", std::to_string(r.triangles.ppp)},
           {"triangles_ppn", std::to_string(r.triangles.ppn)},
           {"triangles_pnn", std::to_string(r.triangles.pnn)},
           {"triangles_nnn", std::to_string(r.triangles.nnn)},
           {"triangle_balance", optional_text(r.triangle_balance, "")},
           {"walk_balance", optional_text(r.walk_balance, "")},
           {"frustration_index", precise_text(r.frustration)},
           {"frustration_balance", optional_text(r.frustration_balance, "")},
           {"frustration_proved", r.frustration_proved ? "true" : "false"},
           {"frustration_unique", r.frustration_unique ? "true" : "false"}}};
}

print::document balance_cli_result::to_document() const {
  const auto& sg = in.sg;
  std::vector<source_index> cited;
  print::document doc;
  doc.line("Structural balance of " + in.description);
  if (!in.rules_note.empty()) doc.line(in.rules_note);
  doc.line("Signed graph: " + std::to_string(r.nodes) + " actors, " + std::to_string(r.friendly_ties + r.hostile_ties) +
           " ties (" + std::to_string(r.friendly_ties) + " friendly, " + std::to_string(r.hostile_ties) + " hostile)" +
           (r.ambivalent_ties > 0 ? ", " + std::to_string(r.ambivalent_ties) + " ambivalent (left out)" : ""));
  doc.line("");
  const std::string proof =
      r.frustration_proved ? method + (r.frustration_unique ? ", unique split" : "") : method + ": an upper bound";
  print::table measures{{"measure", "value", "note"}, {}};
  measures.rows.push_back({"triangles", std::to_string(r.triangles.total()),
                           "+++ " + std::to_string(r.triangles.ppp) + ", ++- " + std::to_string(r.triangles.ppn) +
                               ", +-- " + std::to_string(r.triangles.pnn) + ", --- " +
                               std::to_string(r.triangles.nnn)});
  measures.rows.push_back({"triangle balance", optional_text(r.triangle_balance, "none"),
                           r.triangle_balance ? "share of balanced triangles (+++ and +--)" : "no triangles"});
  measures.rows.push_back(
      {"walk balance", optional_text(r.walk_balance, "none"),
       r.walk_skipped ? "too many actors for the dense eigenvalue computation" : "tr exp(A) / tr exp(|A|) (Estrada)"});
  measures.rows.push_back(
      {"frustration index", precise_text(r.frustration), (weighted ? "by weight; " : "in ties; ") + proof});
  measures.rows.push_back({"frustration balance", optional_text(r.frustration_balance, "none"), "1 - L / (m / 2)"});
  doc.add(std::move(measures));
  if (!empty()) {
    doc.line("").line("Split into two sides attaining it:");
    for (std::uint32_t p = 0; p < r.search.parts.size(); ++p) {
      for (std::uint32_t side = 0; side < 2; ++side) {
        std::string members;
        for (std::uint32_t x = 0; x < sg.node_count(); ++x)
          if (r.search.part[x] == p && r.side[x] == side) members += (members.empty() ? "" : ", ") + sg.names[x];
        if (members.empty()) continue;
        doc.line("  " + (r.search.parts.size() > 1 ? "part " + std::to_string(p + 1) + " " : "") +
                 (side == 0 ? "A" : "B") + ": " + members);
      }
    }
  }
  if (!r.frustrated.empty()) {
    doc.line("").line("Frustrated ties (" + std::to_string(r.frustrated.size()) +
                      (listed.size() < r.frustrated.size()
                           ? "; showing " + std::to_string(listed.size()) + ", raise --limit for more"
                           : "") +
                      "):");
    for (std::size_t k = 0; k < listed.size(); ++k) {
      const auto& t = sg.ties[listed[k]];
      doc.line("  " + std::to_string(k + 1) + ". " + node_label(in, t.u) + " " + sign_symbol(t.sign) + " " +
               node_label(in, t.v) + ": " + sign_word(t.sign) + (t.sign < 0 ? " within a side" : " across the sides") +
               (t.weight != 1.0 ? ", weight " + decimal_text(t.weight) : ""));
      add_tie_facts(doc, in, listed[k], "       ", cited);
    }
  }
  add_signed_sources(doc, in, cited);
  return doc;
}

void add_balance(CLI::App& app, context& ctx, int& status) {
  add_command<balance_cli_options>(
      app, ctx, status, "balance",
      "How balanced the signed actor graph is (Heider; Cartwright and Harary), by signnet's measures: the signed "
      "triangle census and the fraction of balanced triangles, the walk balance (Estrada), and the frustration index "
      "(the fewest ties that keep a split into two sides from being clean) with the split that attains it.\nWorks on "
      "scenarios and on signed edge lists (--edges). See docs/alliances.md",
      setup, run);
}

}  // namespace faultline::cli
