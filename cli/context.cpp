// SPDX-License-Identifier: Apache-2.0
#include "context.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <ostream>

#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/coding.hpp>
#include <faultline/loaders/event_data.hpp>
#include <faultline/loaders/scenario.hpp>

#include "bundled_sample.hpp"
#include "commands/import_common.hpp"

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
      auto loaded = load_files_with_warnings(paths);
      warnings_ = std::move(loaded.warnings);
      data = loaded.g.data();
    }
    for (const auto& spec : options.imports) {
      const auto [format, file] = parse_import_spec(spec);
      progress_bar bar(err, "import " + file);
      import_options io;
      io.progress = [&bar](std::uint64_t done, std::uint64_t total) {
        bar.update(done, total);
        return true;
      };
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
    auto loaded = load_inputs_with_warnings(inputs);
    graph_ = std::move(loaded.g);
    warnings_ = std::move(loaded.warnings);
  } else {
    std::vector<std::filesystem::path> paths(options.scenarios.begin(), options.scenarios.end());
    auto loaded = load_files_with_warnings(paths);
    graph_ = std::move(loaded.g);
    warnings_ = std::move(loaded.warnings);
  }
  return *graph_;
}

const edge_list& context::load_edges(const std::string& window) {
  if (edges_) return *edges_;
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
  if (!options.scenarios.empty()) throw usage_error("Give either --scenario or --edges, not both");
  options.edge_options.directed = !options.undirected;
  auto loaded = load_edge_list(options.edges, options.edge_options);
  std::vector<std::string> notes;
  if (loaded.network_count > 1)
    notes.push_back(fmt::format("network {} of {}, \"{}\"", loaded.network_number, loaded.network_count, loaded.network));
  if (loaded.paired_arcs > 0)
    notes.push_back(fmt::format("undirected: {} pairs of opposite arcs read as one edge each", loaded.paired_arcs));
  if (!time.empty()) {
    auto chosen = select_edges_in_time(loaded, time);
    if (loaded.time == edge_time::snapshots) {
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
    loaded = std::move(chosen.edges);
  }
  if (!options.nodes.empty()) add_node_list_csv(loaded, read_file(options.nodes), options.nodes, options.edge_options);
  edges_note_ = fmt::format("{}", fmt::join(notes, "; "));
  edges_ = std::move(loaded);
  return *edges_;
}

void context::require_scenario(const std::string& command) const {
  if (has_edges())
    throw usage_error("`" + command + "` works on scenarios (actors, relations, incidents), not on a plain edge list: drop --edges");
}

std::string context::input_description() const {
  if (has_edges()) return edges_note_.empty() ? options.edges : options.edges + " (" + edges_note_ + ")";
  if (options.scenarios.empty() && options.imports.empty()) return "the bundled sample";
  std::string files;
  for (const auto& s : options.scenarios) files += (files.empty() ? "" : ", ") + s;
  for (const auto& s : options.imports) files += (files.empty() ? "" : ", ") + s;
  return files;
}

output_format context::format(std::initializer_list<output_format> supported) const {
  static const std::pair<const char*, output_format> names[] = {
      {"table", output_format::table}, {"json", output_format::json}, {"csv", output_format::csv}, {"dot", output_format::dot},
      {"svg", output_format::svg}};
  std::string allowed;
  for (const auto& [name, f] : names) {
    if (std::find(supported.begin(), supported.end(), f) == supported.end()) continue;
    if (options.format == name) return f;
    allowed += (allowed.empty() ? "" : ", ") + std::string(name);
  }
  throw usage_error("Format \"" + options.format + "\" is not available here: expected " + allowed);
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

std::string label(const graph& g, node_ref n) {
  const auto& id = g.id_of(n);
  const auto name = n.is_incident ? incident_title(g.incidents()[n.index]) : g.name_of(n);
  return name == id ? id : name + " (" + id + ")";
}

std::string label(const graph& g, actor_index a) { return label(g, node_ref{false, a}); }

json_t node_json(const graph& g, node_ref n) {
  json_t j;
  j["id"] = g.id_of(n);
  j["name"] = n.is_incident ? incident_title(g.incidents()[n.index]) : g.name_of(n);
  j["kind"] = n.is_incident ? "incident" : std::string(to_string(g.actors()[n.index].kind));
  return j;
}

json_t provenance_json(const graph& g, const provenance& p) {
  json_t j;
  json_t ids = json_t::array();
  for (auto s : p.sources) ids.push_back(g.sources()[s].id);
  j["sources"] = std::move(ids);
  j["confidence"] = p.confidence;
  j["note"] = p.note.empty() ? json_t(nullptr) : json_t(p.note);
  return j;
}

std::string source_tags(const graph& g, const provenance& p) {
  if (p.sources.empty()) return "";
  std::string out = "[";
  for (std::size_t k = 0; k < p.sources.size(); ++k) out += (k ? ", " : "") + g.sources()[p.sources[k]].id;
  return out + "]";
}

void collect_sources(const provenance& p, std::vector<source_index>& into) {
  for (auto s : p.sources)
    if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
}

json_t sources_json(const graph& g, const std::vector<source_index>& sources) {
  json_t list = json_t::array();
  for (auto s : sources) {
    const auto& src = g.sources()[s];
    json_t j;
    j["id"] = src.id;
    j["title"] = src.title;
    j["publisher"] = src.publisher.empty() ? json_t(nullptr) : json_t(src.publisher);
    j["date"] = src.published ? json_t(src.published->to_string()) : json_t(nullptr);
    j["url"] = src.url.empty() ? json_t(nullptr) : json_t(src.url);
    j["note"] = src.note.empty() ? json_t(nullptr) : json_t(src.note);
    list.push_back(std::move(j));
  }
  return list;
}

void print_sources(std::ostream& out, const graph& g, const std::vector<source_index>& sources) {
  if (sources.empty()) return;
  out << "\nSources\n";
  for (auto s : sources) {
    const auto& src = g.sources()[s];
    out << "  [" << src.id << "] " << src.title;
    if (!src.publisher.empty()) out << ", " << src.publisher;
    if (src.published) out << ", " << src.published->to_string();
    if (!src.url.empty()) out << ", " << src.url;
    out << "\n";
  }
}

std::string relation_text(const graph& g, relation_index r) {
  const auto& rel = g.relations()[r];
  std::string out = g.actors()[rel.from].name + " —" + g.relation_types()[rel.type].id + "→ " + g.actors()[rel.to].name;
  if (rel.against != no_index) out += " against " + g.actors()[rel.against].name;
  if (!rel.conflict.empty()) out += " in conflict " + rel.conflict;
  if (!rel.qualifier.empty()) out += " as " + rel.qualifier;
  if (rel.since && rel.until) out += " (" + rel.since->to_string() + " to " + rel.until->to_string() + ")";
  else if (rel.since) out += " (since " + rel.since->to_string() + ")";
  else if (rel.until) out += " (until " + rel.until->to_string() + ")";
  return out;
}

std::string role_text(const graph& g, std::uint32_t k) {
  const auto& r = g.roles()[k];
  const auto& actor = g.actors()[r.actor].name;
  const auto inc = incident_title(g.incidents()[r.incident]);
  switch (r.kind) {
    case role::perpetrator: return actor + " carried out " + inc;
    case role::target: return inc + " targeted " + actor;
    case role::victim: return inc + " killed " + actor;
    case role::claimed_by: return actor + " claimed " + inc;
    case role::attributed_to:
      return inc + " is attributed to " + actor +
             (r.attributed_by == no_index ? std::string() : " by " + g.actors()[r.attributed_by].name);
    case role::condemned_by: return actor + " condemned " + inc;
  }
  return actor + " " + std::string(to_string(r.kind)) + " " + inc;
}

const provenance& role_provenance(const graph& g, std::uint32_t k) {
  const auto& r = g.roles()[k];
  return r.prov.sources.empty() ? g.incidents()[r.incident].prov : r.prov;
}

const provenance& link_provenance(const graph& g, std::uint32_t k) {
  const auto& l = g.links()[k];
  return l.prov.sources.empty() ? g.incidents()[l.from].prov : l.prov;
}

json_t relation_json(const graph& g, relation_index r) {
  const auto& rel = g.relations()[r];
  json_t j;
  j["from"] = g.actors()[rel.from].id;
  j["type"] = g.relation_types()[rel.type].id;
  j["to"] = g.actors()[rel.to].id;
  j["weight"] = rel.weight;
  j["as"] = rel.qualifier.empty() ? json_t(nullptr) : json_t(rel.qualifier);
  j["against"] = rel.against == no_index ? json_t(nullptr) : json_t(g.actors()[rel.against].id);
  j["conflict"] = rel.conflict.empty() ? json_t(nullptr) : json_t(rel.conflict);
  j["since"] = rel.since ? json_t(rel.since->to_string()) : json_t(nullptr);
  j["until"] = rel.until ? json_t(rel.until->to_string()) : json_t(nullptr);
  j.update(provenance_json(g, rel.prov));
  return j;
}

std::string count_of(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string graph_summary(std::uint64_t actors, std::uint64_t incidents, std::uint64_t relations) {
  return count_of(actors, "actor") + ", " + count_of(incidents, "incident") + ", " + count_of(relations, "relation");
}

std::string graph_summary(const graph& g) {
  return graph_summary(g.actors().size(), g.incidents().size(), g.relations().size());
}

std::string decimal_text(double v) {
  std::string s = fmt::format("{:.3f}", v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

namespace {
// Display width: code points, not bytes (good enough for the scripts we print).
std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}
}  // namespace

void table::print(std::ostream& out) const {
  std::vector<std::size_t> widths(headers.size());
  for (std::size_t c = 0; c < headers.size(); ++c) widths[c] = width(headers[c]);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < headers.size(); ++c) {
      const std::string cell = c < cells.size() ? cells[c] : "";
      text += cell;
      if (c + 1 < headers.size()) text += std::string(widths[c] - width(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  line(headers);
  for (const auto& row : rows) line(row);
}

void print_csv(std::ostream& out, const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows) {
  auto cell = [](const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) {
      if (c == '"') q += '"';
      q += c;
    }
    return q + "\"";
  };
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) out << (c ? "," : "") << cell(cells[c]);
    out << "\n";
  };
  line(headers);
  for (const auto& row : rows) line(row);
}

void add_format_option(CLI::App& command, context& ctx, const std::string& formats) {
  command.add_option("-f,--format", ctx.options.format, "Output format: " + formats)->capture_default_str();
}

}  // namespace faultline::cli

namespace faultline::cli {

std::string incident_title(const incident& inc) {
  if (!inc.name.empty()) return inc.name;
  if (!inc.cameo.empty())
    if (const auto* e = coding::find_cameo_event_or_parent(inc.cameo))
      return std::string(e->label) + " (CAMEO " + inc.cameo + ")";
  if (!inc.coding.event_type.empty()) return inc.coding.event_type;
  return inc.id;
}

json_t coding_json(const incident& inc) {
  const auto& c = inc.coding;
  if (c.dataset.empty()) return nullptr;
  json_t j;
  j["dataset"] = c.dataset;
  j["event_type"] = c.event_type.empty() ? json_t(nullptr) : json_t(c.event_type);
  j["stance"] = c.stance ? json_t(std::string(to_string(*c.stance))) : json_t(nullptr);
  j["quad_class"] = c.quad_class == 0 ? json_t(nullptr) : json_t(c.quad_class);
  j["mentions"] = c.mentions;
  j["reports"] = c.reports;
  j["articles"] = c.articles;
  j["root_event"] = c.root_event ? json_t(*c.root_event) : json_t(nullptr);
  j["tone"] = c.tone ? json_t(*c.tone) : json_t(nullptr);
  j["deaths_low"] = c.deaths_low ? json_t(*c.deaths_low) : json_t(nullptr);
  j["deaths_high"] = c.deaths_high ? json_t(*c.deaths_high) : json_t(nullptr);
  j["precision"] = c.precision.empty() ? json_t(nullptr) : json_t(c.precision);
  j["interaction"] = c.interaction.empty() ? json_t(nullptr) : json_t(c.interaction);
  j["source_text"] = c.source_text.empty() ? json_t(nullptr) : json_t(c.source_text);
  j["row"] = c.row == 0 ? json_t(nullptr) : json_t(c.row);
  return j;
}

std::vector<std::vector<std::string>> coding_rows(const graph& g, const incident& inc) {
  std::vector<std::vector<std::string>> rows;
  const auto& c = inc.coding;
  if (c.dataset.empty()) return rows;
  std::string where = c.dataset;
  if (!inc.prov.sources.empty()) where += ", " + g.sources()[inc.prov.sources.front()].id;
  if (c.row > 0) where += " line " + std::to_string(c.row);
  rows.push_back({"imported from", where});
  if (!c.event_type.empty()) rows.push_back({"event type", c.event_type});
  if (!inc.cameo.empty()) {
    const auto* e = coding::find_cameo_event_or_parent(inc.cameo);
    rows.push_back({"CAMEO", inc.cameo + (e != nullptr ? " " + std::string(e->label) : std::string())});
  }
  if (inc.goldstein) rows.push_back({"Goldstein", decimal_text(*inc.goldstein)});
  if (c.quad_class > 0)
    rows.push_back({"QuadClass", std::to_string(c.quad_class) + " " + std::string(coding::quad_class_name(c.quad_class))});
  if (c.stance) rows.push_back({"stance", std::string(to_string(*c.stance))});
  if (c.mentions > 0 || c.reports > 0 || c.articles > 0)
    rows.push_back({"mentions / sources / articles",
                    std::to_string(c.mentions) + " / " + std::to_string(c.reports) + " / " + std::to_string(c.articles)});
  if (c.tone) rows.push_back({"tone", decimal_text(*c.tone)});
  if (c.deaths_low || c.deaths_high)
    rows.push_back({"deaths low / high", (c.deaths_low ? std::to_string(*c.deaths_low) : std::string("?")) + " / " +
                                             (c.deaths_high ? std::to_string(*c.deaths_high) : std::string("?"))});
  if (!c.precision.empty()) rows.push_back({"precision", c.precision});
  if (!c.interaction.empty()) rows.push_back({"interaction", c.interaction});
  if (!c.source_text.empty()) rows.push_back({"source", c.source_text});
  return rows;
}

json_t merged_json(const actor& a) {
  json_t list = json_t::array();
  for (const auto& m : a.merged) list.push_back({{"name", m.name}, {"rule", m.rule}});
  return list;
}

}  // namespace faultline::cli
