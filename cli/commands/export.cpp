// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/dot.hpp>
#include <faultline/loaders/graph_exports.hpp>
#include <faultline/loaders/graph_formats.hpp>
#include <faultline/loaders/scenario.hpp>
#include <filesystem>
#include <ostream>

#include "commands.hpp"

namespace faultline::cli {
namespace {
struct export_options {
  std::string to = "yaml";
  std::string output;
};
}  // namespace

void add_export(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "export",
      "Write what is loaded (--scenario, or the bundled sample) as a scenario (YAML, JSON), a\n"
      "Graphviz DOT drawing, a snapshot, GraphML (yEd, Neo4j APOC), dynamic GEXF (Gephi's timeline),\n"
      "Cytoscape.js JSON, Neo4j admin-import CSV files or a signed Pajek network. The global filters\n"
      "(--as-of, --min-confidence, the GDELT noise controls) apply: only the relations, incidents, roles\n"
      "and links they keep are written");
  auto opt = std::make_shared<export_options>();
  cmd->add_option("--to", opt->to,
                  "yaml, json, dot, snapshot, graphml, gexf, cytoscape (Cytoscape.js JSON), neo4j (CSV files for\n"
                  "neo4j-admin import, into the directory -o names), pajek (.net: actors, relations signed by their type) or svg\n"
                  "(a picture of the actor graph, at most --max-nodes nodes)")
      ->check(CLI::IsMember({"yaml", "json", "dot", "snapshot", "graphml", "gexf", "cytoscape", "neo4j", "pajek", "svg"}))
      ->capture_default_str();
  cmd->add_option(
      "-o,--output", opt->output,
      "Write to this file (atomically) instead of standard output; for --to neo4j, the directory\n"
      "to write actors.csv, incidents.csv, relations.csv, roles.csv and links.csv into (created if needed)");
  cmd->callback([&ctx, &status, opt] {
    if (opt->to == "neo4j" && opt->output.empty())
      throw usage_error("Neo4j import takes several CSV files: give -o DIRECTORY");
    const auto& loaded = ctx.load();
    const auto vo = ctx.view();
    // (A filtered copy only when some filter is set: an export of everything writes the graph as loaded.)
    const graph g = vo.filters() ? graph(kept_data(graph_view(loaded, vo))) : loaded;
    std::string bytes;
    if (opt->to == "neo4j") {
      std::error_code ec;
      std::filesystem::create_directories(opt->output, ec);
      if (ec || !std::filesystem::is_directory(opt->output))
        throw io_error("Cannot write Neo4j files into " + opt->output + ": " +
                       (ec ? ec.message() : std::string("not a directory")));
      for (const auto& [name, content] : write_neo4j_csv(graph_view(g)))
        write_file_atomic((std::filesystem::path(opt->output) / name).string(), content);
      status = exit_ok;
      return;
    }
    if (opt->to == "dot")
      bytes = write_dot(graph_view(g));
    else if (opt->to == "svg")
      bytes = render::actor_graph_svg(graph_view(g), ctx.picture());
    else if (opt->to == "graphml")
      bytes = write_graphml(graph_view(g));
    else if (opt->to == "gexf")
      bytes = write_gexf(graph_view(g));
    else if (opt->to == "cytoscape")
      bytes = write_cytoscape_json(graph_view(g));
    else if (opt->to == "pajek")
      bytes = write_pajek(graph_view(g));
    else if (opt->to == "snapshot") {
      if (opt->output.empty()) throw usage_error("A snapshot is binary: give -o FILE");
      bytes = snapshot_bytes(g);
    } else
      bytes = write_scenario(g, opt->to == "json" ? scenario_syntax::json : scenario_syntax::yaml);
    if (opt->output.empty())
      ctx.out << bytes;
    else
      write_file_atomic(opt->output, bytes);
    status = exit_ok;
  });
}

}  // namespace faultline::cli
