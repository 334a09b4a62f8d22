// SPDX-License-Identifier: Apache-2.0
#include <ostream>

#include "commands.hpp"

namespace faultline::cli {

void add_info(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand("info", "Summarise what is loaded: scenarios, counts of actors, incidents and facts");
  add_format_option(*cmd, ctx, "table, json");
  cmd->callback([&ctx, &status] {
    const auto fmt = ctx.format({output_format::table, output_format::json});
    const auto& g = ctx.load();
    std::size_t by_kind[3] = {0, 0, 0};
    for (const auto& a : g.actors()) ++by_kind[static_cast<int>(a.kind)];
    // What the global filters (--as-of, --min-confidence, the GDELT noise
    // controls) keep: with none set, everything.
    const auto vo = ctx.view();
    const graph_view view(g, vo);
    std::size_t incidents = 0, relations = 0, roles = 0, links = 0;
    for (incident_index i = 0; i < g.incidents().size(); ++i) incidents += view.keeps_incident(i) ? 1 : 0;
    for (relation_index r = 0; r < g.relations().size(); ++r) relations += view.keeps_relation(r) ? 1 : 0;
    for (std::uint32_t k = 0; k < g.roles().size(); ++k) roles += view.keeps_role(k) ? 1 : 0;
    for (std::uint32_t k = 0; k < g.links().size(); ++k) links += view.keeps_link(k) ? 1 : 0;
    const bool filtered = vo.as_of || vo.min_confidence > 0.0 || vo.min_mentions > 0 || vo.min_sources > 0 ||
                          vo.root_events_only;
    std::string filters;
    if (vo.as_of) filters += "as of " + vo.as_of->to_string();
    if (vo.min_confidence > 0.0) filters += (filters.empty() ? "" : ", ") + std::string("confidence at least ") + decimal_text(vo.min_confidence);
    if (vo.min_mentions > 0) filters += (filters.empty() ? "" : ", ") + std::string("GDELT mentions at least ") + std::to_string(vo.min_mentions);
    if (vo.min_sources > 0) filters += (filters.empty() ? "" : ", ") + std::string("GDELT sources at least ") + std::to_string(vo.min_sources);
    if (vo.root_events_only) filters += (filters.empty() ? "" : ", ") + std::string("GDELT root events only");
    if (fmt == output_format::json) {
      json_t j;
      j["input"] = ctx.input_description();
      json_t scenarios = json_t::array();
      for (const auto& s : g.data().scenarios)
        scenarios.push_back({{"id", s.id}, {"title", s.title}, {"as_of", s.as_of ? json_t(s.as_of->to_string()) : json_t(nullptr)}});
      j["scenarios"] = std::move(scenarios);
      j["actors"] = {{"total", g.actors().size()}, {"state", by_kind[0]}, {"group", by_kind[1]}, {"person", by_kind[2]}};
      j["incidents"] = incidents;
      j["relations"] = relations;
      j["roles"] = roles;
      j["incident_links"] = links;
      j["sources"] = g.sources().size();
      j["relation_types"] = g.relation_types().size();
      // The counts above are what the filters keep; `filters` says which, and what was loaded.
      j["filters"] = filtered ? json_t{{"applied", filters},
                                       {"loaded", {{"incidents", g.incidents().size()},
                                                   {"relations", g.relations().size()},
                                                   {"roles", g.roles().size()},
                                                   {"incident_links", g.links().size()}}}}
                              : json_t(nullptr);
      ctx.out << j.dump(2) << "\n";
    } else {
      ctx.out << "Loaded " << ctx.input_description() << "\n";
      for (const auto& s : g.data().scenarios) {
        ctx.out << "  scenario " << (s.id.empty() ? "(no id)" : s.id);
        if (!s.title.empty()) ctx.out << ": " << s.title;
        if (s.as_of) ctx.out << " (as of " << s.as_of->to_string() << ")";
        ctx.out << "\n";
      }
      table t{{"what", "count"}, {}};
      t.rows = {{"actors", std::to_string(g.actors().size())},
                {"  states", std::to_string(by_kind[0])},
                {"  groups", std::to_string(by_kind[1])},
                {"  persons", std::to_string(by_kind[2])},
                {"incidents", std::to_string(incidents)},
                {"relations", std::to_string(relations)},
                {"incident roles", std::to_string(roles)},
                {"incident links", std::to_string(links)},
                {"sources", std::to_string(g.sources().size())},
                {"relation types", std::to_string(g.relation_types().size())}};
      if (filtered)
        ctx.out << "Counting what the filters keep (" << filters << "): " << count_of(incidents, "incident") << " of "
                << g.incidents().size() << ", " << count_of(relations, "relation") << " of " << g.relations().size()
                << "\n";
      ctx.out << "\n";
      t.print(ctx.out);
    }
    status = exit_ok;
  });
}

}  // namespace faultline::cli
