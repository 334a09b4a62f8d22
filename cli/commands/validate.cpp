// SPDX-License-Identifier: Apache-2.0
#include <ostream>

#include "commands.hpp"

namespace faultline::cli {

void add_validate(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "validate",
      "Check scenarios and snapshots: exit 0 when they load, 2 with file:line:column when not.\n"
      "Also lists warnings, which are not errors: an alias given twice (for one actor, or for two, so that\n"
      "the name finds both) with its file:line:column, and facts that cite no source");
  add_format_option(*cmd, ctx, "table, json");
  cmd->callback([&ctx, &status] {
    const auto fmt = ctx.format({output_format::table, output_format::json});
    const auto& g = ctx.load();
    std::vector<std::string> unsourced;
    for (const auto& a : g.actors())
      if (a.prov.sources.empty()) unsourced.push_back("actor " + a.id);
    for (const auto& i : g.incidents())
      if (i.prov.sources.empty()) unsourced.push_back("incident " + i.id);
    for (relation_index r = 0; r < g.relations().size(); ++r)
      if (g.relations()[r].prov.sources.empty()) unsourced.push_back("relation " + relation_text(g, r));
    if (fmt == output_format::json) {
      json_t j;
      j["valid"] = true;
      j["input"] = ctx.input_description();
      j["actors"] = g.actors().size();
      j["incidents"] = g.incidents().size();
      j["relations"] = g.relations().size();
      j["unsourced"] = unsourced;
      json_t warnings = json_t::array();
      for (const auto& w : ctx.load_warnings())
        warnings.push_back(w.text());
      j["warnings"] = std::move(warnings);
      ctx.out << j.dump(2) << "\n";
    } else {
      ctx.out << "OK: " << ctx.input_description() << " loads: " << graph_summary(g) << "\n";
      for (const auto& w : ctx.load_warnings())
        ctx.out << "Warning: " << w.text() << "\n";
      if (!unsourced.empty()) {
        ctx.out << "Warning: " << count_of(unsourced.size(), "fact") << " cite" << (unsourced.size() == 1 ? "s" : "")
                << " no source:\n";
        for (const auto& u : unsourced) ctx.out << "  " << u << "\n";
      }
    }
    status = exit_ok;
  });
}

}  // namespace faultline::cli
