// SPDX-License-Identifier: Apache-2.0
// `escalation --paths`: time-respecting paths as a table document, CSV, JSON or DOT.
#include <algorithm>
#include <array>

#include "commands/escalation_common.hpp"

namespace faultline::cli {
namespace {

using criterion = std::pair<const char*, const std::optional<temporal_path>*>;

std::array<criterion, 3> criteria_of(const temporal_paths_result& p) {
  return {{{"earliest_arrival", &p.earliest_arrival}, {"fewest_steps", &p.fewest_steps}, {"fastest", &p.fastest}}};
}

std::vector<source_index> cited_by(const graph& g, const temporal_paths_result& p) {
  std::vector<source_index> cited;
  for (const auto& [name, path] : criteria_of(p))
    if (*path)
      for (const auto& s : (*path)->steps)
        collect_sources(g.incidents()[s.incident].prov, cited);
  return cited;
}

std::string day(std::int32_t d) {
  return date::from_days(d).to_string();
}

// "earliest_arrival" -> "earliest arrival".
std::string title_of(const char* name) {
  std::string title(name);
  std::replace(title.begin(), title.end(), '_', ' ');
  return title;
}

}  // namespace

json_t paths_json(const escalation_cli_result& r) {
  const auto& g = *r.g;
  const auto& result = *r.paths;
  json_t j;
  j["query"] = "paths";
  j["from"] = node_json(g, node_ref{false, result.from});
  j["to"] = node_json(g, node_ref{false, result.to});
  json_t paths;
  for (const auto& [name, path] : criteria_of(result)) {
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
  j["sources"] = sources_json(g, cited_by(g, result));
  return j;
}

dot_graph paths_dot(const escalation_cli_result& r) {
  const auto& g = *r.g;
  dot_graph d;
  d.name = "paths";
  d.attributes = {{"rankdir", "LR", false}};
  d.node_defaults = {{"fontname", "Helvetica"}, {"shape", "box", false}};
  std::vector<std::string> seen;
  for (const auto& [name, path] : criteria_of(*r.paths)) {
    if (!*path) continue;
    for (const auto& s : (*path)->steps) {
      const auto& inc = g.incidents()[s.incident];
      const std::string edge = g.actors()[s.from].id + " " + g.actors()[s.to].id + " " + inc.id;
      if (std::find(seen.begin(), seen.end(), edge) != seen.end()) continue;
      seen.push_back(edge);
      d.add_edge(g.actors()[s.from].id, g.actors()[s.to].id,
                 {{"label", inc.when.to_string() + " " + incident_title(inc)}});
    }
  }
  return d;
}

print::table paths_csv(const escalation_cli_result& r) {
  const auto& g = *r.g;
  print::table t{{"path", "step", "date", "incident_id", "incident", "from", "to", "sources"}, {}};
  for (const auto& [name, path] : criteria_of(*r.paths)) {
    if (!*path) continue;
    for (std::size_t k = 0; k < (*path)->steps.size(); ++k) {
      const auto& s = (*path)->steps[k];
      const auto& inc = g.incidents()[s.incident];
      t.rows.push_back({name, std::to_string(k + 1), inc.when.to_string(), inc.id, incident_title(inc),
                        g.actors()[s.from].name, g.actors()[s.to].name, source_tags(g, inc.prov)});
    }
  }
  return t;
}

print::document paths_document(const escalation_cli_result& r) {
  const auto& g = *r.g;
  const auto& result = *r.paths;
  print::document doc;
  doc.line("Time-respecting paths from " + label(g, result.from) + " to " + label(g, result.to) +
           " through incidents (each one after the previous one ended)");
  doc.line("");
  print::table summary{{"path", "departs", "arrives", "days", "incidents"}, {}};
  print::table steps{{"path", "step", "date", "incident", "from", "to", "sources"}, {}};
  for (const auto& [name, path] : criteria_of(result)) {
    if (!*path) {
      summary.rows.push_back({title_of(name), "-", "-", "-", "none"});
      continue;
    }
    summary.rows.push_back({title_of(name), day((*path)->departure), day((*path)->arrival),
                            std::to_string((*path)->duration()), std::to_string((*path)->steps.size())});
    for (std::size_t k = 0; k < (*path)->steps.size(); ++k) {
      const auto& s = (*path)->steps[k];
      const auto& inc = g.incidents()[s.incident];
      steps.rows.push_back({title_of(name), std::to_string(k + 1), inc.when.to_string(), incident_title(inc),
                            g.actors()[s.from].name, g.actors()[s.to].name, source_tags(g, inc.prov)});
    }
  }
  doc.add(std::move(summary));
  if (!steps.rows.empty()) {
    doc.line("");
    doc.add(std::move(steps));
  }
  doc.add_sources(g, cited_by(g, result));
  return doc;
}

}  // namespace faultline::cli
