// SPDX-License-Identifier: Apache-2.0
#include "commands/validate.hpp"

namespace faultline::cli {

void setup(CLI::App&, validate_options&) {}

validate_result run(context& ctx, const validate_options&) {
  const auto& g = ctx.load();
  validate_result r;
  r.input = ctx.input_description();
  r.actors = g.actors().size();
  r.incidents = g.incidents().size();
  r.relations = g.relations().size();
  r.summary = graph_summary(g);
  for (const auto& w : ctx.load_warnings())
    r.warnings.push_back(w.text());
  for (const auto& a : g.actors())
    if (a.prov.sources.empty()) r.unsourced.push_back("actor " + a.id);
  for (const auto& i : g.incidents())
    if (i.prov.sources.empty()) r.unsourced.push_back("incident " + i.id);
  for (relation_index k = 0; k < g.relations().size(); ++k)
    if (g.relations()[k].prov.sources.empty()) r.unsourced.push_back("relation " + relation_text(g, k));
  return r;
}

json_t validate_result::to_json() const {
  json_t j;
  j["valid"] = true;
  j["input"] = input;
  j["actors"] = actors;
  j["incidents"] = incidents;
  j["relations"] = relations;
  j["unsourced"] = unsourced;
  j["warnings"] = warnings;
  return j;
}

print::document validate_result::to_document() const {
  print::document doc;
  doc.line("OK: " + input + " loads: " + summary);
  for (const auto& w : warnings)
    doc.line("Warning: " + w);
  if (!unsourced.empty()) {
    doc.line("Warning: " + count_of(unsourced.size(), "fact") + " cite" + (unsourced.size() == 1 ? "s" : "") +
             " no source:");
    for (const auto& u : unsourced)
      doc.line("  " + u);
  }
  return doc;
}

void add_validate(CLI::App& app, context& ctx, int& status) {
  add_command<validate_options>(
      app, ctx, status, "validate",
      "Check scenarios and snapshots: exit 0 when they load, 2 with file:line:column when not.\n"
      "Also lists warnings, which are not errors: an alias given twice (for one actor, or for two, so that\n"
      "the name finds both) with its file:line:column, and facts that cite no source",
      setup, run);
}

}  // namespace faultline::cli
