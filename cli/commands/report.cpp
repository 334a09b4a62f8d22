// SPDX-License-Identifier: Apache-2.0
#include "report.hpp"

#include <faultline/graph/io.hpp>
#include <memory>
#include <ostream>

#include "commands.hpp"

namespace faultline::cli {

void setup(CLI::App& cmd, report_command_options& opt) {
  cmd.add_option("-o,--output", opt.output, "Write the page to this file (atomically) instead of standard output")
      ->type_name("FILE");
  cmd.add_option("--chains", opt.chains, "Escalation chains drawn and listed (the most escalatory)")
      ->capture_default_str();
  cmd.add_option("--rows", opt.rows, "Rows of the key-actor and centrality tables")->capture_default_str();
  cmd.add_option("--window", opt.window, "Escalation: longest gap in days for an inferred retaliation link")
      ->capture_default_str();
}

report_result run(context& ctx, const report_command_options& opt) {
  ctx.require_scenario("report");
  const auto& g = ctx.load();
  const graph_view view(g, ctx.view());
  render::report_options ro;
  ro.title = "faultline report: " + ctx.input_description();
  ro.input_description = "Loaded " + ctx.input_description() + ".";
  ro.picture = ctx.picture();
  ro.chains = opt.chains;
  ro.key_actors = opt.rows;
  ro.centrality_rows = opt.rows;
  ro.escalation.window_days = opt.window;
  report_result result{render::html_report(view, ro)};
  if (!opt.output.empty()) {
    write_file_atomic(opt.output, result.page);
    result.page.clear();
  }
  return result;
}

void add_report(CLI::App& app, context& ctx, int& status) {
  add_command<report_command_options>(
      app, ctx, status, "report",
      "Write one self-contained HTML page about what is loaded: the actor graph, key actors with their backers and\n"
      "proxies, escalation chains as a timeline, blocs and tensions, centrality, incidents and every source cited.\n"
      "No network and no other file: it opens from file://. Hover a node or tie for its facts; filter by date.\n"
      "Pictures draw at most --max-nodes nodes; long lists are capped and say so. See docs/pictures.md",
      setup, run);
}

}  // namespace faultline::cli
