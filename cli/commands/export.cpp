// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/dot.hpp>
#include <faultline/loaders/graph_formats.hpp>
#include <faultline/loaders/scenario.hpp>
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
  auto* cmd = app.add_subcommand("export",
                                 "Write what is loaded (--scenario, or the bundled sample) as a scenario (YAML, JSON), a\n"
                                 "Graphviz DOT drawing, GraphML (yEd, Neo4j APOC), dynamic GEXF (Gephi's timeline) or a\n"
                                 "snapshot. The global filters (--as-of, --min-confidence, the GDELT noise controls)\n"
                                 "apply: only the relations, incidents, roles and links they keep are written");
  auto opt = std::make_shared<export_options>();
  cmd->add_option("--to", opt->to, "yaml, json, dot, graphml, gexf or snapshot")
      ->check(CLI::IsMember({"yaml", "json", "dot", "graphml", "gexf", "snapshot"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write to this file (atomically) instead of standard output");
  cmd->callback([&ctx, &status, opt] {
    const auto& loaded = ctx.load();
    const auto vo = ctx.view();
    // (A filtered copy only when some filter is set: an export of everything writes the graph as loaded.)
    const graph g = vo.filters() ? graph(kept_data(graph_view(loaded, vo))) : loaded;
    std::string bytes;
    if (opt->to == "dot") bytes = write_dot(graph_view(g));
    else if (opt->to == "graphml") bytes = write_graphml(graph_view(g));
    else if (opt->to == "gexf") bytes = write_gexf(graph_view(g));
    else if (opt->to == "snapshot") {
      if (opt->output.empty()) throw usage_error("A snapshot is binary: give -o FILE");
      bytes = snapshot_bytes(g);
    } else bytes = write_scenario(g, opt->to == "json" ? scenario_syntax::json : scenario_syntax::yaml);
    if (opt->output.empty()) ctx.out << bytes;
    else write_file_atomic(opt->output, bytes);
    status = exit_ok;
  });
}

}  // namespace faultline::cli
