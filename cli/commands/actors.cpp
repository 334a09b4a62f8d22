// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <faultline/graph/error.hpp>
#include <ostream>

#include "commands.hpp"

namespace faultline::cli {

void add_actors(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand("actors", "List actors (states, groups, persons), sorted by id");
  struct options {
    std::string kind, category;
  };
  auto opt = std::make_shared<options>();
  cmd->add_option("--kind", opt->kind, "Only this kind: state, group or person");
  cmd->add_option("--category", opt->category, "Only this category (e.g. militia, coalition)");
  add_format_option(*cmd, ctx, "table, json, csv");
  cmd->callback([&ctx, &status, opt] {
    const auto& kind = opt->kind;
    const auto& category = opt->category;
    const auto fmt = ctx.format({output_format::table, output_format::json, output_format::csv});
    const auto& g = ctx.load();
    std::optional<node_kind> want;
    if (!kind.empty()) {
      want = parse_node_kind(kind);
      if (!want || *want == node_kind::incident)
        throw usage_error("--kind \"" + kind + "\" is not an actor kind: expected state, group or person");
    }
    std::vector<actor_index> picked;
    for (actor_index a = 0; a < g.actors().size(); ++a) {
      const auto& x = g.actors()[a];
      if ((!want || x.kind == *want) && (category.empty() || x.category == category)) picked.push_back(a);
    }
    std::sort(picked.begin(), picked.end(), [&](auto x, auto y) { return g.actors()[x].id < g.actors()[y].id; });
    // Relations and incidents as the global filters (--as-of, --min-confidence, the GDELT noise controls) keep them.
    const graph_view view(g, ctx.view());
    const auto relation_count = [&](actor_index a) {
      std::size_t n = 0;
      for (const auto r : g.out_relations(a)) n += view.keeps_relation(r) ? 1 : 0;
      for (const auto r : g.in_relations(a)) n += view.keeps_relation(r) ? 1 : 0;
      return n;
    };
    // Incidents in which the actor plays any role, each counted once (an
    // actor that carried out and claimed an incident has one incident).
    const auto incident_count = [&](actor_index a) {
      std::vector<incident_index> seen;
      for (const auto k : g.roles_of_actor(a))
        if (view.keeps_role(k)) seen.push_back(g.roles()[k].incident);
      std::sort(seen.begin(), seen.end());
      return static_cast<std::size_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
    };
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "" : "; ") + x;
      return s;
    };
    if (fmt == output_format::json) {
      json_t list = json_t::array();
      for (auto a : picked) {
        const auto& x = g.actors()[a];
        json_t j;
        j["id"] = x.id;
        j["name"] = x.name;
        j["kind"] = std::string(to_string(x.kind));
        j["category"] = x.category.empty() ? json_t(nullptr) : json_t(x.category);
        j["country"] = x.country.empty() ? json_t(nullptr) : json_t(x.country);
        j["aliases"] = x.aliases;
        j["tags"] = x.tags;
        j["relations"] = relation_count(a);
        j["incidents"] = incident_count(a);
        list.push_back(std::move(j));
      }
      ctx.out << json_t{{"actors", std::move(list)}}.dump(2) << "\n";
    } else {
      std::vector<std::vector<std::string>> rows;
      for (auto a : picked) {
        const auto& x = g.actors()[a];
        rows.push_back({x.id, x.name, std::string(to_string(x.kind)), x.category, x.country,
                        std::to_string(relation_count(a)), std::to_string(incident_count(a)), join(x.aliases)});
      }
      const std::vector<std::string> headers{"id", "name", "kind", "category", "country", "relations", "incidents", "aliases"};
      if (fmt == output_format::csv) print_csv(ctx.out, headers, rows);
      else table{headers, rows}.print(ctx.out);
    }
    status = picked.empty() ? exit_no_result : exit_ok;
  });
}

}  // namespace faultline::cli
