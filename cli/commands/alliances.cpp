// SPDX-License-Identifier: Apache-2.0
// `alliances`: the blocs of the signed actor graph, the friendly camps and cliques.
#include <faultline/algorithms/blocs.hpp>
#include <ostream>

#include "alliances_common.hpp"

namespace faultline::cli {
namespace {

struct actor_row {
  std::uint32_t node;
  std::size_t friendly = 0, hostile = 0, frustrated = 0;
};

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

void add_alliances(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "alliances",
      "Who stands with whom: the blocs of the signed actor graph (friendly and hostile facts aggregated per pair), "
      "chosen to minimise frustration (hostile ties inside blocs, friendly ties between them), with the friendly "
      "camps and cliques.\nWorks on scenarios (default: the bundled sample) and on signed edge lists (--edges). "
      "See docs/alliances.md");
  auto opt = std::make_shared<signed_cli_options>();
  add_signed_graph_flags(*cmd, *opt);
  add_bloc_flags(*cmd, *opt, true);
  add_format_option(*cmd, ctx, "table, json, csv, dot, svg");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format(
        {output_format::table, output_format::json, output_format::csv, output_format::dot, output_format::svg});
    const auto search = bloc_search_options(*opt);
    const auto in = load_signed_input(ctx, *opt);
    const auto& sg = in.sg;
    const auto r = find_blocs(sg, search);
    const auto camps = friendly_components(sg);
    const auto cliques = friendly_cliques(sg);
    status = sg.signed_tie_count() == 0 ? exit_no_result : exit_ok;
    const bool k_auto = search.k == 0;
    const auto rows = actor_rows(sg, r);
    std::vector<std::vector<std::uint32_t>> blocs(r.bloc_count);
    std::vector<std::uint32_t> unaligned;
    for (std::uint32_t x = 0; x < sg.node_count(); ++x)
      (r.bloc[x] == no_bloc ? unaligned : blocs[r.bloc[x]]).push_back(x);
    std::vector<std::vector<std::uint32_t>> camp_list;
    for (const auto& m : camps.members)
      if (m.size() >= 2) camp_list.push_back(m);

    if (fmt == output_format::json) {
      auto j = input_json(ctx, in, *opt);
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
      ctx.out << j.dump(2) << "\n";
      return;
    }
    if (fmt == output_format::dot) {
      print::write_dot(ctx.out, signed_dot(in, "alliances", r.bloc, "Bloc", r.frustrated));
      return;
    }
    if (fmt == output_format::svg) {
      if (in.scenario) {
        const graph_view actors(*in.scenario);
        ctx.out << render::blocs_svg(sg, r, &actors, ctx.picture());
      } else {
        ctx.out << render::blocs_svg(sg, r, nullptr, ctx.picture());
      }
      return;
    }
    std::vector<std::string> headers{"bloc", "actor"};
    if (in.scenario) headers.push_back("kind");
    for (const char* h : {"friendly", "hostile", "frustrated"})
      headers.push_back(h);
    std::vector<std::vector<std::string>> table_rows;
    for (const auto& row : rows) {
      if (r.bloc[row.node] == no_bloc) continue;
      std::vector<std::string> cells{std::to_string(r.bloc[row.node] + 1), node_label(in, row.node)};
      if (in.scenario) cells.push_back(kind_text(in, row.node));
      for (auto n : {row.friendly, row.hostile, row.frustrated})
        cells.push_back(std::to_string(n));
      table_rows.push_back(std::move(cells));
    }
    if (fmt == output_format::csv) {
      std::vector<std::string> h{"bloc", "id", "name"};
      if (in.scenario) h.push_back("kind");
      for (const char* c : {"friendly", "hostile", "frustrated"})
        h.push_back(c);
      std::vector<std::vector<std::string>> csv_rows;
      for (const auto& row : rows) {
        std::vector<std::string> cells{r.bloc[row.node] == no_bloc ? "" : std::to_string(r.bloc[row.node] + 1),
                                       sg.ids[row.node], sg.names[row.node]};
        if (in.scenario) cells.push_back(kind_text(in, row.node));
        for (auto n : {row.friendly, row.hostile, row.frustrated})
          cells.push_back(std::to_string(n));
        csv_rows.push_back(std::move(cells));
      }
      print_csv(ctx.out, h, csv_rows);
      return;
    }
    std::size_t friendly = 0, hostile = 0, ambivalent = 0;
    for (const auto& t : sg.ties)
      (t.sign > 0 ? friendly : t.sign < 0 ? hostile : ambivalent) += 1;
    ctx.out << "Alliances in " << in.description << ": " << r.bloc_count << (r.bloc_count == 1 ? " bloc" : " blocs")
            << "\n";
    ctx.out << search_summary(r, search) << "\n";
    if (!in.rules_note.empty()) ctx.out << in.rules_note << "\n";
    ctx.out << "Frustration " << decimal_text(r.criterion) << " (alpha " << decimal_text(search.alpha)
            << "): " << decimal_text(r.hostile_within) << " hostile inside blocs, " << decimal_text(r.friendly_between)
            << " friendly between blocs" << (search.weighted ? ", by weight" : ", in ties") << "\n";
    ctx.out << "Signed graph: " << (sg.node_count() - unaligned.size()) << " actors with ties, " << (friendly + hostile)
            << " ties (" << friendly << " friendly, " << hostile << " hostile)";
    if (ambivalent > 0) ctx.out << ", " << ambivalent << " ambivalent (left out)";
    ctx.out << "\n";
    if (!table_rows.empty()) {
      ctx.out << "\n";
      table{headers, table_rows}.print(ctx.out);
    }
    if (k_auto && r.trials.size() > 1) {
      ctx.out << "\nk tried (frustration):";
      for (const auto& t : r.trials)
        ctx.out << " " << t.k << " → " << decimal_text(t.criterion) << (&t == &r.trials.back() ? "" : ",");
      ctx.out << "\n";
    }
    if (!camp_list.empty()) {
      ctx.out << "\nFriendly camps (joined by chains of friendly ties):\n";
      for (std::size_t c = 0; c < camp_list.size(); ++c)
        ctx.out << "  " << (c + 1) << ". " << names_text(in, camp_list[c]) << "\n";
    }
    if (!cliques.cliques.empty()) {
      ctx.out << "\nFriendly cliques (3 or more actors, all friends of each other):\n";
      for (std::size_t c = 0; c < cliques.cliques.size(); ++c)
        ctx.out << "  " << (c + 1) << ". " << names_text(in, cliques.cliques[c]) << "\n";
    }
    if (!unaligned.empty()) {
      ctx.out << "\nWithout friendly or hostile ties in this view: ";
      for (std::size_t k = 0; k < unaligned.size(); ++k)
        ctx.out << (k ? ", " : "") << node_label(in, unaligned[k]);
      ctx.out << "\n";
    }
  });
}

}  // namespace faultline::cli
