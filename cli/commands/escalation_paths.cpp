// SPDX-License-Identifier: Apache-2.0
// `escalation --paths`: time-respecting paths printed as a table, CSV, JSON or DOT.
#include <algorithm>
#include <array>
#include <ostream>

#include "commands/escalation_common.hpp"

namespace faultline::cli {

void print_paths(context& ctx, const graph_view& view, const temporal_paths_result& result, output_format fmt) {
  const auto& g = view.base();
  const auto criteria = std::to_array<std::pair<const char*, const std::optional<temporal_path>*>>(
      {{"earliest_arrival", &result.earliest_arrival},
       {"fewest_steps", &result.fewest_steps},
       {"fastest", &result.fastest}});
  std::vector<source_index> cited;
  for (const auto& [name, path] : criteria)
    if (*path)
      for (const auto& s : (*path)->steps)
        collect_sources(g.incidents()[s.incident].prov, cited);
  auto day = [](std::int32_t d) { return date::from_days(d).to_string(); };
  if (fmt == output_format::json) {
    json_t j;
    j["query"] = "paths";
    j["from"] = node_json(g, node_ref{false, result.from});
    j["to"] = node_json(g, node_ref{false, result.to});
    json_t paths;
    for (const auto& [name, path] : criteria) {
      if (!*path) {
        paths[name] = nullptr;
        continue;
      }
      json_t p;
      p["departure"] = day((*path)->departure);
      p["arrival"] = day((*path)->arrival);
      p["duration_days"] = (*path)->duration();
      json_t steps = json_t::array();
      for (const auto& s : (*path)->steps) {
        const auto& inc = g.incidents()[s.incident];
        json_t x;
        x["date"] = inc.when.to_string();
        x["incident"] = node_json(g, node_ref{true, s.incident});
        x["from"] = g.actors()[s.from].id;
        x["to"] = g.actors()[s.to].id;
        x.update(provenance_json(g, inc.prov));
        steps.push_back(std::move(x));
      }
      p["steps"] = std::move(steps);
      paths[name] = std::move(p);
    }
    j["paths"] = std::move(paths);
    j["sources"] = sources_json(g, cited);
    ctx.out << j.dump(2) << "\n";
    return;
  }
  if (fmt == output_format::dot) {
    dot_graph d;
    d.name = "paths";
    d.attributes = {{"rankdir", "LR", false}};
    d.node_defaults = {{"fontname", "Helvetica"}, {"shape", "box", false}};
    std::vector<std::string> seen;
    for (const auto& [name, path] : criteria) {
      if (!*path) continue;
      for (const auto& s : (*path)->steps) {
        const auto& inc = g.incidents()[s.incident];
        const std::string edge = g.actors()[s.from].id + " " + g.actors()[s.to].id + " " + inc.id;
        if (std::find(seen.begin(), seen.end(), edge) != seen.end()) continue;
        seen.push_back(edge);
        d.add_edge(g.actors()[s.from].id, g.actors()[s.to].id, {{"label", inc.when.to_string() + " " + incident_title(inc)}});
      }
    }
    print::write_dot(ctx.out, d);
    return;
  }
  const std::vector<std::string> headers{"path", "step", "date", "incident_id", "incident", "from", "to", "sources"};
  std::vector<std::vector<std::string>> rows;
  for (const auto& [name, path] : criteria) {
    if (!*path) continue;
    for (std::size_t k = 0; k < (*path)->steps.size(); ++k) {
      const auto& s = (*path)->steps[k];
      const auto& inc = g.incidents()[s.incident];
      rows.push_back({name, std::to_string(k + 1), inc.when.to_string(), inc.id, incident_title(inc), g.actors()[s.from].name,
                      g.actors()[s.to].name, source_tags(g, inc.prov)});
    }
  }
  if (fmt == output_format::csv) {
    print_csv(ctx.out, headers, rows);
    return;
  }
  ctx.out << "Time-respecting paths from " << label(g, result.from) << " to " << label(g, result.to)
          << " through incidents (each one after the previous one ended)\n\n";
  table summary{{"path", "departs", "arrives", "days", "incidents"}, {}};
  for (const auto& [name, path] : criteria) {
    std::string title(name);
    std::replace(title.begin(), title.end(), '_', ' ');
    if (!*path)
      summary.rows.push_back({title, "-", "-", "-", "none"});
    else
      summary.rows.push_back({title, day((*path)->departure), day((*path)->arrival),
                              std::to_string((*path)->duration()), std::to_string((*path)->steps.size())});
  }
  summary.print(ctx.out);
  if (!rows.empty()) {
    ctx.out << "\n";
    table steps{{"path", "step", "date", "incident", "from", "to", "sources"}, {}};
    for (const auto& r : rows) {
      std::string title = r[0];
      std::replace(title.begin(), title.end(), '_', ' ');
      steps.rows.push_back({title, r[1], r[2], r[4], r[5], r[6], r[7]});
    }
    steps.print(ctx.out);
  }
  print_sources(ctx.out, g, cited);
}

}  // namespace faultline::cli
