// SPDX-License-Identifier: Apache-2.0
#include "global_options.hpp"

#include <algorithm>
#include <vector>

namespace faultline::cli {

namespace {

// Binders: a captureless lambda per field, so the table stays constexpr-friendly data.
#define FAULTLINE_BIND(expr)                                                                                \
  [](CLI::App& app, const std::string& names, const std::string& help, global_options& o) -> CLI::Option* { \
    return expr;                                                                                            \
  }

const global_option table[] = {
    {"-s,--scenario", true, "FILE", true, false,
     "Scenario (YAML or JSON) or snapshot to load; repeat to load several, later ones adding to earlier ones", 1,
     "(repeatable)", FAULTLINE_BIND(app.add_option(names, o.scenarios, help))},
    {"--import", true, "FORMAT:FILE", true, false,
     "Event data to add to the scenarios, as FORMAT:FILE (gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd, ucdp-brd); "
     "repeatable. Malformed rows are skipped and counted; use `faultline import` for filters and --strict",
     2, "", FAULTLINE_BIND(app.add_option(names, o.imports, help))},
    {"--edges", true, "FILE", true, false,
     "A plain edge list instead of a scenario, for the analysis commands: CSV/TSV with a header naming "
     "source,target[,weight][,sign][,type][,date|year|since,until|window], or a Pajek .net/.paj file",
     8, "", FAULTLINE_BIND(app.add_option(names, o.edges, help))},
    {"--nodes", true, "FILE", true, false, "A node list (CSV/TSV with an `id` column) to go with --edges", 0, "",
     FAULTLINE_BIND(app.add_option(names, o.nodes, help))},
    {"--source-column", true, "NAME", false, false, "With --edges: the header name of the source column", 0, "",
     FAULTLINE_BIND(app.add_option(names, o.edge_options.source_column, help))},
    {"--target-column", true, "NAME", false, false, "With --edges: the header name of the target column", 0, "",
     FAULTLINE_BIND(app.add_option(names, o.edge_options.target_column, help))},
    {"--network", true, "N", false, false,
     "With a Pajek project holding several networks: which one, by number, title or the title's last word "
     "(default: the first; the output names the one read)",
     0, "", FAULTLINE_BIND(app.add_option(names, o.edge_options.network, help))},
    {"--undirected", false, "", false, false,
     "With --edges: the edges are undirected (Pajek *Arcs too; a pair of opposite arcs is one edge)", 0, "",
     FAULTLINE_BIND(app.add_flag(names, o.undirected, help))},
    {"--as-of", true, "DATE", true, false,
     "Only what holds on this date (YYYY, YYYY-MM or YYYY-MM-DD); with a dated --edges list (date, year, "
     "since/until or window column), the ties that hold then",
     3, "", FAULTLINE_BIND(app.add_option(names, o.as_of, help))},
    {"--min-confidence", true, "X", false, true, "Ignore facts whose confidence is below this (0 to 1)", 4, "",
     FAULTLINE_BIND(app.add_option(names, o.min_confidence, help))},
    {"--min-mentions", true, "N", true, false,
     "Ignore GDELT events mentioned fewer than N times (NumMentions); other incidents are kept", 5, "",
     FAULTLINE_BIND(app.add_option(names, o.min_mentions, help))},
    {"--min-sources", true, "N", true, false,
     "Ignore GDELT events reported by fewer than N sources (NumSources); other incidents are kept", 6, "",
     FAULTLINE_BIND(app.add_option(names, o.min_sources, help))},
    {"--max-nodes", true, "N", true, true,
     "Pictures (--format svg, export --to svg, report): draw at most N nodes, the ones with the most ties, "
     "and say in the picture what was left out; 0 draws all",
     0, "", FAULTLINE_BIND(app.add_option(names, o.max_nodes, help))},
    {"--max-input-size", true, "SIZE", true, false,
     "Refuse an input read whole into memory (a scenario, a node list, event data decompressed or read from "
     "standard input) larger than SIZE, e.g. 500M or 16G (default 4G; 0: no limit). Edge lists and plain "
     "event files are mapped, not read whole; snapshots are checked as they are decoded",
     0, "",
     FAULTLINE_BIND(
         app.add_option(names, o.limits.max_input_bytes, help)->transform(CLI::AsSizeValue(false).description("")))},
    {"--max-string-length", true, "SIZE", true, false,
     "Refuse a text value longer than SIZE: a scenario value or key, a field of an edge or node list, a line of "
     "GDELT data read from a pipe or decompressed (default 1M; 0: no limit)",
     0, "",
     FAULTLINE_BIND(
         app.add_option(names, o.limits.max_string_bytes, help)->transform(CLI::AsSizeValue(false).description("")))},
    {"--root-events-only", false, "", false, false,
     "Ignore GDELT events that are not root events (IsRootEvent 0); other incidents are kept", 7, "",
     FAULTLINE_BIND(app.add_flag(names, o.root_events_only, help))},
};

#undef FAULTLINE_BIND

// "-s,--scenario" -> {"-s", "--scenario"}
std::vector<std::string> split_names(const std::string& names) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (auto comma = names.find(',');; comma = names.find(',', start)) {
    out.push_back(names.substr(start, comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

std::span<const global_option> global_option_table() {
  return table;
}

void add_global_options(CLI::App& app, global_options& options) {
  for (const auto& g : table) {
    auto* option = g.bind(app, g.names, g.help, options);
    if (g.value_name_in_help) option->type_name(g.value_name);
    if (g.show_default) option->capture_default_str();
  }
}

std::string global_options_footer() {
  std::vector<const global_option*> listed;
  for (const auto& g : table)
    if (g.footer_rank > 0) listed.push_back(&g);
  std::sort(listed.begin(), listed.end(), [](auto* a, auto* b) { return a->footer_rank < b->footer_rank; });
  // Units that are never broken inside; a line breaks between them.
  std::vector<std::string> units{"Global options (before or after the command):"};
  for (std::size_t k = 0; k < listed.size(); ++k) {
    std::string unit = listed[k]->names;
    if (listed[k]->takes_value) unit += std::string(" ") + listed[k]->value_name;
    if (*listed[k]->footer_note != '\0') unit += std::string(" ") + listed[k]->footer_note;
    units.push_back(unit + (k + 1 < listed.size() ? "," : ""));
  }
  units.emplace_back("(see faultline --help).");
  units.emplace_back("Exit codes: 0 ok, 1 no result, 2 bad input or usage.");
  constexpr std::size_t width = 101;
  std::string out, line;
  for (const auto& unit : units) {
    if (!line.empty() && line.size() + 1 + unit.size() > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + unit;
  }
  return out + line;
}

bool global_option_takes_value(const std::string& word) {
  for (const auto& g : table) {
    if (!g.takes_value) continue;
    for (const auto& name : split_names(g.names))
      if (name == word) return true;
  }
  return false;
}

}  // namespace faultline::cli
