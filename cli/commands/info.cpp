// SPDX-License-Identifier: Apache-2.0
#include "commands/info.hpp"

namespace faultline::cli {

void setup(CLI::App&, info_options&) {}

info_result run(context& ctx, const info_options&) {
  info_result r;
  r.input = ctx.input_description();
  // What the global filters (--as-of, --min-confidence, the GDELT noise
  // controls) keep: with none set, everything.
  const auto vo = ctx.view();
  // One columnar snapshot and no filter: the counts are in its header, and
  // the actors, relations and sources in one small section; no incident is
  // read (issue 15: `info` in well under a second at any size).
  if (!vo.filters()) {
    if (auto store = ctx.columnar_input()) {
      r.rest = context::rest_graph(*store);
      r.g = r.rest.get();
      for (const auto& a : r.g->actors())
        ++r.by_kind[static_cast<int>(a.kind)];
      r.incidents = r.loaded_incidents = store->size();
      r.roles = r.loaded_roles = store->roles();
      r.links = r.loaded_links = store->links();
      r.relations = r.g->relations().size();
      return r;
    }
  }
  const auto& g = ctx.load();
  r.g = &g;
  r.loaded_incidents = g.incidents().size();
  r.loaded_roles = g.roles().size();
  r.loaded_links = g.links().size();
  for (const auto& a : g.actors())
    ++r.by_kind[static_cast<int>(a.kind)];
  const graph_view view(g, vo);
  for (incident_index i = 0; i < g.incidents().size(); ++i)
    r.incidents += view.keeps_incident(i) ? 1 : 0;
  for (relation_index k = 0; k < g.relations().size(); ++k)
    r.relations += view.keeps_relation(k) ? 1 : 0;
  for (std::uint32_t k = 0; k < g.roles().size(); ++k)
    r.roles += view.keeps_role(k) ? 1 : 0;
  for (std::uint32_t k = 0; k < g.links().size(); ++k)
    r.links += view.keeps_link(k) ? 1 : 0;
  auto add = [&r](const std::string& what) { r.filters += (r.filters.empty() ? "" : ", ") + what; };
  if (vo.as_of) add("as of " + vo.as_of->to_string());
  if (vo.min_confidence > 0.0) add("confidence at least " + decimal_text(vo.min_confidence));
  if (vo.min_mentions > 0) add("GDELT mentions at least " + std::to_string(vo.min_mentions));
  if (vo.min_sources > 0) add("GDELT sources at least " + std::to_string(vo.min_sources));
  if (vo.root_events_only) add("GDELT root events only");
  return r;
}

json_t info_result::to_json() const {
  json_t j;
  j["input"] = input;
  json_t scenarios = json_t::array();
  for (const auto& s : g->data().scenarios)
    scenarios.push_back(
        {{"id", s.id}, {"title", s.title}, {"as_of", s.as_of ? json_t(s.as_of->to_string()) : json_t(nullptr)}});
  j["scenarios"] = std::move(scenarios);
  j["actors"] = {{"total", g->actors().size()}, {"state", by_kind[0]}, {"group", by_kind[1]}, {"person", by_kind[2]}};
  j["incidents"] = incidents;
  j["relations"] = relations;
  j["roles"] = roles;
  j["incident_links"] = links;
  j["sources"] = g->sources().size();
  j["relation_types"] = g->relation_types().size();
  // The counts above are what the filters keep; `filters` says which, and what was loaded.
  j["filters"] = !filters.empty() ? json_t{{"applied", filters},
                                           {"loaded",
                                            {{"incidents", loaded_incidents},
                                             {"relations", g->relations().size()},
                                             {"roles", loaded_roles},
                                             {"incident_links", loaded_links}}}}
                                  : json_t(nullptr);
  return j;
}

print::document info_result::to_document() const {
  print::document doc;
  doc.line("Loaded " + input);
  for (const auto& s : g->data().scenarios) {
    std::string line = "  scenario " + (s.id.empty() ? std::string("(no id)") : s.id);
    if (!s.title.empty()) line += ": " + s.title;
    if (s.as_of) line += " (as of " + s.as_of->to_string() + ")";
    doc.line(line);
  }
  if (!filters.empty())
    doc.line("Counting what the filters keep (" + filters + "): " + count_of(incidents, "incident") + " of " +
             std::to_string(loaded_incidents) + ", " + count_of(relations, "relation") + " of " +
             std::to_string(g->relations().size()));
  doc.line("");
  doc.add({{"what", "count"},
           {{"actors", std::to_string(g->actors().size())},
            {"  states", std::to_string(by_kind[0])},
            {"  groups", std::to_string(by_kind[1])},
            {"  persons", std::to_string(by_kind[2])},
            {"incidents", std::to_string(incidents)},
            {"relations", std::to_string(relations)},
            {"incident roles", std::to_string(roles)},
            {"incident links", std::to_string(links)},
            {"sources", std::to_string(g->sources().size())},
            {"relation types", std::to_string(g->relation_types().size())}}});
  return doc;
}

void add_info(CLI::App& app, context& ctx, int& status) {
  add_command<info_options>(app, ctx, status, "info",
                            "Summarise what is loaded: scenarios, counts of actors, incidents and facts", setup, run);
}

}  // namespace faultline::cli
