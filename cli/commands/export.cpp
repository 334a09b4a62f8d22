// SPDX-License-Identifier: Apache-2.0
#include "commands/export.hpp"

#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/dot.hpp>
#include <faultline/loaders/graph_exports.hpp>
#include <faultline/loaders/graph_formats.hpp>
#include <faultline/loaders/scenario.hpp>
#include <filesystem>

namespace faultline::cli {

void setup(CLI::App& sub, export_options& o) {
  sub.add_option("--to", o.to,
                 "yaml, json, dot, snapshot, graphml, gexf, cytoscape (Cytoscape.js JSON), neo4j (CSV files for\n"
                 "neo4j-admin import, into the directory -o names), pajek (.net: actors, relations signed by their "
                 "type) or svg\n"
                 "(a picture of the actor graph, at most --max-nodes nodes)")
      ->check(
          CLI::IsMember({"yaml", "json", "dot", "snapshot", "graphml", "gexf", "cytoscape", "neo4j", "pajek", "svg"}))
      ->capture_default_str();
  sub.add_option("-o,--output", o.output,
                 "Write to this file (atomically) instead of standard output; for --to neo4j, the directory\n"
                 "to write actors.csv, incidents.csv, relations.csv, roles.csv and links.csv into (created if needed)");
}

export_result run(context& ctx, const export_options& o) {
  if (o.to == "neo4j" && o.output.empty()) throw usage_error("Neo4j import takes several CSV files: give -o DIRECTORY");
  const auto& loaded = ctx.load();
  const auto vo = ctx.view();
  // (A filtered copy only when some filter is set: an export of everything writes the graph as loaded.)
  const graph g = vo.filters() ? graph(kept_data(graph_view(loaded, vo))) : loaded;
  std::string bytes;
  if (o.to == "neo4j") {
    std::error_code ec;
    std::filesystem::create_directories(o.output, ec);
    if (ec || !std::filesystem::is_directory(o.output))
      throw io_error("Cannot write Neo4j files into " + o.output + ": " +
                     (ec ? ec.message() : std::string("not a directory")));
    for (const auto& [name, content] : write_neo4j_csv(graph_view(g)))
      write_file_atomic((std::filesystem::path(o.output) / name).string(), content);
    return {};
  }
  if (o.to == "dot")
    bytes = write_dot(graph_view(g));
  else if (o.to == "svg")
    bytes = render::actor_graph_svg(graph_view(g), ctx.picture());
  else if (o.to == "graphml")
    bytes = write_graphml(graph_view(g));
  else if (o.to == "gexf")
    bytes = write_gexf(graph_view(g));
  else if (o.to == "cytoscape")
    bytes = write_cytoscape_json(graph_view(g));
  else if (o.to == "pajek")
    bytes = write_pajek(graph_view(g));
  else if (o.to == "snapshot") {
    if (o.output.empty()) throw usage_error("A snapshot is binary: give -o FILE");
    bytes = snapshot_bytes(g);
  } else
    bytes = write_scenario(g, o.to == "json" ? scenario_syntax::json : scenario_syntax::yaml);
  if (o.output.empty()) return {std::move(bytes)};
  write_file_atomic(o.output, bytes);
  return {};
}

void add_export(CLI::App& app, context& ctx, int& status) {
  add_command<export_options>(
      app, ctx, status, "export",
      "Write what is loaded (--scenario, or the bundled sample) as a scenario (YAML, JSON), a\n"
      "Graphviz DOT drawing, a snapshot, GraphML (yEd, Neo4j APOC), dynamic GEXF (Gephi's timeline),\n"
      "Cytoscape.js JSON, Neo4j admin-import CSV files or a signed Pajek network. The global filters\n"
      "(--as-of, --min-confidence, the GDELT noise controls) apply: only the relations, incidents, roles\n"
      "and links they keep are written",
      setup, run);
}

}  // namespace faultline::cli
