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
    if (fmt == output_format::json) {
      json_t j;
      j["input"] = ctx.input_description();
      json_t scenarios = json_t::array();
      for (const auto& s : g.data().scenarios)
        scenarios.push_back({{"id", s.id}, {"title", s.title}, {"as_of", s.as_of ? json_t(s.as_of->to_string()) : json_t(nullptr)}});
      j["scenarios"] = std::move(scenarios);
      j["actors"] = {{"total", g.actors().size()}, {"state", by_kind[0]}, {"group", by_kind[1]}, {"person", by_kind[2]}};
      j["incidents"] = g.incidents().size();
      j["relations"] = g.relations().size();
      j["roles"] = g.roles().size();
      j["incident_links"] = g.links().size();
      j["sources"] = g.sources().size();
      j["relation_types"] = g.relation_types().size();
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
                {"incidents", std::to_string(g.incidents().size())},
                {"relations", std::to_string(g.relations().size())},
                {"incident roles", std::to_string(g.roles().size())},
                {"incident links", std::to_string(g.links().size())},
                {"sources", std::to_string(g.sources().size())},
                {"relation types", std::to_string(g.relation_types().size())}};
      ctx.out << "\n";
      t.print(ctx.out);
    }
    status = exit_ok;
  });
}

}  // namespace faultline::cli
