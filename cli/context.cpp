// SPDX-License-Identifier: Apache-2.0
#include "context.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <fstream>
#include <ostream>
#include <unordered_map>

#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/event_data.hpp>
#include <faultline/loaders/scenario.hpp>

#include "bundled_sample.hpp"
#include "commands/import_common.hpp"
#include "text/text.hpp"

namespace faultline::cli {

const graph& context::load() {
  if (graph_) return *graph_;
  (void)view();  // reject a bad --as-of or --min-confidence before any work
  if (has_edges()) throw usage_error("This command works on scenarios, not on a plain edge list: drop --edges");
  std::vector<named_input> inputs;
  if (!options.imports.empty()) {
    std::vector<std::filesystem::path> paths(options.scenarios.begin(), options.scenarios.end());
    graph_data data;
    if (!paths.empty()) {
      auto loaded = load_files_with_warnings(paths, options.limits);
      warnings_ = std::move(loaded.warnings);
      data = loaded.g.data();
    }
    for (const auto& spec : options.imports) {
      const auto [format, file] = parse_import_spec(spec);
      progress_bar bar(err, "import " + file);
      import_options io;
      io.limits = options.limits;
      io.progress = [&bar](std::uint64_t done, std::uint64_t total) {
        bar.update(done, total);
        return true;
      };
      if (progress) io.progress = progress;
      const auto r = import_events(data, format, std::vector<std::filesystem::path>{file}, io);
      bar.finish();
      if (r.all_malformed()) {
        // Answers on none of the file's rows would mislead: refuse, as a strict import would.
        const auto& first = r.problems.front();
        throw parse_error(first.where, (first.field.empty() ? "" : first.field + ": ") + first.message +
                                           " (nothing imported from " + file + ": " +
                                           (r.rows == 0 ? std::string("no rows") : "every row is malformed") + ")");
      }
      err << "Imported " << file << " (" << r.layout << "): " << r.imported << " of " << r.rows << " rows";
      if (r.duplicates > 0) err << ", " << count_of(r.duplicates, "duplicate") << " skipped";
      if (r.malformed > 0)
        err << ", " << count_of(r.malformed, "malformed row") << " skipped (first: " << r.problems.front().text()
            << ")";
      err << "\n";
    }
    graph_ = graph(std::move(data));
  } else if (options.scenarios.empty()) {
    inputs.push_back({std::string(bundled_sample_name), std::string(bundled_sample_text())});
    auto loaded = load_inputs_with_warnings(inputs, options.limits);
    graph_ = std::move(loaded.g);
    warnings_ = std::move(loaded.warnings);
  } else {
    std::vector<std::filesystem::path> paths(options.scenarios.begin(), options.scenarios.end());
    auto loaded = load_files_with_warnings(paths, options.limits);
    graph_ = std::move(loaded.g);
    warnings_ = std::move(loaded.warnings);
  }
  return *graph_;
}

std::optional<event_store> context::columnar_input() const {
  if (graph_ || options.scenarios.size() != 1 || !options.imports.empty() || has_edges()) return std::nullopt;
  const std::filesystem::path path = options.scenarios.front();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  char head[12] = {};
  in.read(head, sizeof head);
  const std::string_view bytes(head, static_cast<std::size_t>(in.gcount()));
  if (!is_snapshot(bytes) || bytes.size() < 12 || static_cast<unsigned char>(bytes[8]) != snapshot_format_version ||
      bytes[9] != 0 || bytes[10] != 0 || bytes[11] != 0)
    return std::nullopt;
  return event_store::open(path);
}

std::shared_ptr<const graph> context::rest_graph(const event_store& store) {
  try {
    return std::make_shared<const graph>(store.load_rest());
  } catch (const usage_error& e) {
    throw snapshot_error(store.name() + " is inconsistent: " + e.what());
  }
}

std::optional<graph> context::subgraph(const event_store& store, std::span<const incident_index> incidents,
                                       const graph* rest, crossing_links crossing) {
  if (incidents.size() == store.size() && crossing == crossing_links::decline) return std::nullopt;
  std::unordered_map<incident_index, incident_index> renumbered;
  renumbered.reserve(incidents.size());
  for (const auto i : incidents)
    renumbered.emplace(i, static_cast<incident_index>(renumbered.size()));
  std::vector<incident_link> links;
  for (std::uint32_t k = 0; k < store.links(); ++k) {
    auto link = store.materialise_link(k);
    const auto from = renumbered.find(link.from), to = renumbered.find(link.to);
    const bool has_from = from != renumbered.end(), has_to = to != renumbered.end();
    if (has_from != has_to && crossing == crossing_links::decline) return std::nullopt;
    if (!has_from || !has_to) continue;
    link.from = from->second;
    link.to = to->second;
    links.push_back(std::move(link));
  }
  graph_data d = rest ? rest->data() : store.load_rest();
  d.incidents.reserve(incidents.size());
  for (const auto i : incidents)
    d.incidents.push_back(store.materialise(i));
  // The roles in the snapshot's order, as the whole graph numbers them
  // (listings that order by role index come out the same).
  std::vector<std::uint32_t> roles;
  for (const auto i : incidents)
    for (const auto r : store.roles_of(i))
      roles.push_back(r);
  std::sort(roles.begin(), roles.end());
  d.roles.reserve(roles.size());
  for (const auto r : roles) {
    auto role = store.materialise_role(r);
    // The role's own incident column must agree with the incident roles
    // index it was found through (a crafted file may make them differ).
    const auto it = renumbered.find(role.incident);
    if (it == renumbered.end())
      throw snapshot_error(store.name() + " is inconsistent: role " + std::to_string(r) + " belongs to incident " +
                           std::to_string(role.incident) + ", but the incident roles index lists it elsewhere");
    role.incident = it->second;
    d.roles.push_back(std::move(role));
  }
  d.links = std::move(links);
  try {
    return graph(std::move(d));
  } catch (const usage_error& e) {
    throw snapshot_error(store.name() + " is inconsistent: " + e.what());
  }
}

std::optional<node_ref> context::resolve_node_in_place(const event_store& store, const graph& rest,
                                                       const std::string& name) {
  // name_index::lookup: a node's exact id finds it alone; any other name,
  // every actor and hand-written incident whose names fold to its key.
  if (const auto exact = rest.find_id(name)) return exact;
  const auto incidents = incidents_named(store, name);
  if (incidents.size() == 1 && store.id(incidents.front()) == name) return node_ref{true, incidents.front()};
  const auto actors = rest.names().lookup(name);
  if (actors.size() + incidents.size() != 1) return std::nullopt;
  return actors.empty() ? node_ref{true, incidents.front()} : actors.front();
}

std::optional<actor_index> context::resolve_in_place(const event_store& store, const graph& rest,
                                                     const std::string& name) {
  const auto node = resolve_node_in_place(store, rest, name);
  if (!node || node->is_incident) return std::nullopt;
  return node->index;
}

std::shared_ptr<const graph> context::window_graph(const std::vector<std::string>& names, const std::string& of_actor,
                                                   std::optional<date> from, std::optional<date> to,
                                                   window_rule rule) const {
  auto store = columnar_input();
  if (!store) return nullptr;
  std::optional<actor_index> actor;
  std::shared_ptr<const graph> rest;  // read only when there are names to resolve
  if (!names.empty() || !of_actor.empty()) {
    rest = rest_graph(*store);
    for (const auto& name : names)
      if (!resolve_in_place(*store, *rest, name)) return nullptr;
    if (!of_actor.empty()) {
      actor = resolve_in_place(*store, *rest, of_actor);
      if (!actor) return nullptr;
    }
  }
  auto part = subgraph(*store, window_candidates(*store, actor, from, to, rule), rest.get());
  return part ? std::make_shared<const graph>(std::move(*part)) : nullptr;
}

const edge_list& context::load_edges(const std::string& window) {
  if (options.edges.empty()) throw usage_error("No edge list: give --edges FILE");
  edge_time_filter time;
  time.as_of = view().as_of;
  if (!window.empty()) {
    if (window.find("..") == std::string::npos) {
      time.snapshot = window;  // a label of the list's window column, e.g. 47-50
    } else {
      const auto w = parse_window(window);
      time.from = w.from;
      time.to = w.to;
    }
  }
  if (!edges_) {
    if (!options.scenarios.empty()) throw usage_error("Give either --scenario or --edges, not both");
    options.edge_options.directed = !options.undirected;
    options.edge_options.limits = options.limits;
    auto loaded = load_edge_list(options.edges, options.edge_options);
    if (!options.nodes.empty())
      add_node_list_csv(loaded, read_file(options.nodes, options.limits), options.nodes, options.edge_options);
    edges_ = std::move(loaded);
  }
  // The whole list is kept: a caller that runs several commands (the
  // Python module) selects anew for each one's --as-of and window.
  const edge_list& all = *edges_;
  std::vector<std::string> notes;
  if (all.network_count > 1)
    notes.push_back(fmt::format("network {} of {}, \"{}\"", all.network_number, all.network_count, all.network));
  if (all.paired_arcs > 0)
    notes.push_back(fmt::format("undirected: {} pairs of opposite arcs read as one edge each", all.paired_arcs));
  if (time.empty()) {
    edges_note_ = fmt::format("{}", fmt::join(notes, "; "));
    return all;
  }
  auto chosen = select_edges_in_time(all, time);
  if (all.time == edge_time::snapshots) {
    if (chosen.snapshot.empty())
      notes.push_back(time.as_of ? "no window holds on " + time.as_of->to_string() : "no window inside " + window);
    else if (chosen.candidates.size() > 1)
      notes.push_back(fmt::format("window {}, the first to end of the {} holding on {}: {}", chosen.snapshot,
                                  chosen.candidates.size(), time.as_of->to_string(),
                                  fmt::join(chosen.candidates, ", ")));
    else
      notes.push_back("window " + chosen.snapshot);
  } else {
    notes.push_back(fmt::format("{} of {} ties {}", chosen.edges.edge_count(), chosen.ties_before,
                                time.as_of ? "as of " + time.as_of->to_string() : "in window " + window));
  }
  edges_note_ = fmt::format("{}", fmt::join(notes, "; "));
  // The selection keeps the nodes with a kept tie: the node list adds back the others.
  if (!options.nodes.empty())
    add_node_list_csv(chosen.edges, read_file(options.nodes, options.limits), options.nodes, options.edge_options);
  selected_ = std::move(chosen.edges);
  return *selected_;
}

file_lock context::lock_output(const std::string& path) {
  if (auto held = file_lock::try_lock(path)) return std::move(*held);
  err << "faultline: waiting for another import or convert into " << path << " to finish\n" << std::flush;
  return file_lock::lock(path);
}

void context::require_scenario(const std::string& command) const {
  if (has_edges())
    throw usage_error("`" + command +
                      "` works on scenarios (actors, relations, incidents), not on a plain edge list: drop --edges");
}

std::string context::input_description() const {
  if (has_edges()) return edges_note_.empty() ? options.edges : options.edges + " (" + edges_note_ + ")";
  if (options.scenarios.empty() && options.imports.empty()) return "the bundled sample";
  std::string files;
  for (const auto& s : options.scenarios)
    files += (files.empty() ? "" : ", ") + s;
  for (const auto& s : options.imports)
    files += (files.empty() ? "" : ", ") + s;
  return files;
}

output_format context::format(const std::vector<output_format>& supported) const {
  for (const auto& [name, f] : print::format_names)
    if (options.format == name && std::find(supported.begin(), supported.end(), f) != supported.end()) return f;
  throw usage_error("Format \"" + options.format + "\" is not available here: expected " +
                    print::format_list(supported));
}

render::picture_options context::picture() const {
  render::picture_options p;
  p.max_nodes = options.max_nodes;
  return p;
}

view_options context::view() const {
  view_options v;
  v.as_of = date_flag(options.as_of, "--as-of");
  v.min_confidence = options.min_confidence;
  v.min_mentions = options.min_mentions;
  v.min_sources = options.min_sources;
  v.root_events_only = options.root_events_only;
  v.validate();
  return v;
}

std::optional<date> date_flag(const std::string& text, const std::string& flag) {
  if (text.empty()) return std::nullopt;
  auto d = date::parse(text);
  if (!d) throw usage_error(flag + " \"" + text + "\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
  return d;
}

date_window parse_window(const std::string& text, const std::string& flag) {
  const auto dots = text.find("..");
  if (dots == std::string::npos || text == "..")
    throw usage_error(flag + " \"" + text +
                      "\" is not a window: expected FROM..TO (dates YYYY, YYYY-MM or YYYY-MM-DD; either end may be "
                      "left out)");
  auto end = [&](const std::string& part, const char* which) -> std::optional<date> {
    if (part.empty()) return std::nullopt;
    auto d = date::parse(part);
    if (!d)
      throw usage_error(flag + ": the " + which + " \"" + part +
                        "\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
    return d;
  };
  return {end(text.substr(0, dots), "start"), end(text.substr(dots + 2), "end")};
}

}  // namespace faultline::cli
