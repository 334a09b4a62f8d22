// SPDX-License-Identifier: Apache-2.0
// The faultline command: parses arguments, runs one command, maps errors to exit codes.
#include <iostream>

#include <faultline/graph/error.hpp>

#include "commands/commands.hpp"
#include "context.hpp"

namespace {

constexpr const char* description =
    "faultline: who backs, fights, claims and strikes whom.\n"
    "Loads scenarios (YAML, JSON) or snapshots into a typed graph of states, groups,\n"
    "persons and incidents and answers questions about it; imports GDELT, ACLED and UCDP\n"
    "event data. With no --scenario or --import, the bundled sample (the US strike in\n"
    "Baghdad of 2024-01-04) is used.\n\n"
    "Exit codes: 0 ok, 1 no result, 2 bad input or usage.";

}  // namespace

int main(int argc, char** argv) {
  using namespace faultline;
  cli::context ctx(std::cout, std::cerr);
  int status = cli::exit_ok;
  CLI::App app(description, "faultline");
  app.set_version_flag("--version", "faultline 0.1.0");
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("-s,--scenario", ctx.options.scenarios,
                 "Scenario (YAML or JSON) or snapshot to load; repeat to load several, later ones adding to earlier ones")
      ->type_name("FILE");
  app.add_option("--import", ctx.options.imports,
                 "Event data to add to the scenarios, as FORMAT:FILE (gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd, ucdp-brd); "
                 "repeatable. Malformed rows are skipped and counted; use `faultline import` for filters and --strict")
      ->type_name("FORMAT:FILE");
  app.add_option("--edges", ctx.options.edges,
                 "A plain edge list instead of a scenario, for the analysis commands: CSV/TSV with a header naming "
                 "source,target[,weight][,sign][,type][,date|year|since,until|window], or a Pajek .net/.paj file")
      ->type_name("FILE");
  app.add_option("--nodes", ctx.options.nodes, "A node list (CSV/TSV with an `id` column) to go with --edges")->type_name("FILE");
  app.add_option("--source-column", ctx.options.edge_options.source_column, "With --edges: the header name of the source column");
  app.add_option("--target-column", ctx.options.edge_options.target_column, "With --edges: the header name of the target column");
  app.add_option("--network", ctx.options.edge_options.network, "With a Pajek project holding several networks: which one, by number, title or the title's last word "
                 "(default: the first; the output names the one read)");
  app.add_flag("--undirected", ctx.options.undirected,
               "With --edges: the edges are undirected (Pajek *Arcs too; a pair of opposite arcs is one edge)");
  app.add_option("--as-of", ctx.options.as_of,
                 "Only what holds on this date (YYYY, YYYY-MM or YYYY-MM-DD); with a dated --edges list (date, year, "
                 "since/until or window column), the ties that hold then")
      ->type_name("DATE");
  app.add_option("--min-confidence", ctx.options.min_confidence, "Ignore facts whose confidence is below this (0 to 1)")
      ->capture_default_str();
  app.add_option("--min-mentions", ctx.options.min_mentions,
                 "Ignore GDELT events mentioned fewer than N times (NumMentions); other incidents are kept")
      ->type_name("N");
  app.add_option("--min-sources", ctx.options.min_sources,
                 "Ignore GDELT events reported by fewer than N sources (NumSources); other incidents are kept")
      ->type_name("N");
  app.add_option("--max-nodes", ctx.options.max_nodes,
                 "Pictures (--format svg, export --to svg, report): draw at most N nodes, the ones with the most ties, "
                 "and say in the picture what was left out; 0 draws all")
      ->type_name("N")
      ->capture_default_str();
  app.add_flag("--root-events-only", ctx.options.root_events_only,
               "Ignore GDELT events that are not root events (IsRootEvent 0); other incidents are kept");

  cli::add_info(app, ctx, status);
  cli::add_validate(app, ctx, status);
  cli::add_actors(app, ctx, status);
  cli::add_show(app, ctx, status);
  cli::add_backers(app, ctx, status);
  cli::add_proxies(app, ctx, status);
  cli::add_path(app, ctx, status);
  cli::add_timeline(app, ctx, status);
  cli::add_escalation(app, ctx, status);
  cli::add_alliances(app, ctx, status);
  cli::add_balance(app, ctx, status);
  cli::add_tensions(app, ctx, status);
  cli::add_centrality(app, ctx, status);
  cli::add_stats(app, ctx, status);
  cli::add_import(app, ctx, status);
  cli::add_convert(app, ctx, status);
  cli::add_export(app, ctx, status);
  cli::add_report(app, ctx, status);

  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
    sub->footer("Global options (before or after the command): -s,--scenario FILE (repeatable), --import FORMAT:FILE,\n"
                "--as-of DATE, --min-confidence X, --min-mentions N, --min-sources N, --root-events-only, --edges FILE\n"
                "(see faultline --help). Exit codes: 0 ok, 1 no result, 2 bad input or usage.");

  // An unknown command would otherwise read as "a subcommand is required".
  for (int k = 1; k < argc; ++k) {
    const std::string word = argv[k];
    if (word == "-s" || word == "--scenario" || word == "--as-of" || word == "--min-confidence" || word == "--edges" ||
        word == "--import" || word == "--min-mentions" || word == "--min-sources" || word == "--nodes" || word == "--source-column" || word == "--target-column" || word == "--network" || word == "--max-nodes") {
      ++k;
      continue;
    }
    if (word.empty() || word[0] == '-') continue;
    std::string known;
    bool found = false;
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
      known += (known.empty() ? "" : ", ") + sub->get_name();
      found = found || sub->get_name() == word;
    }
    if (!found) {
      std::cerr << "faultline: error: Unknown command \"" << word << "\": expected one of " << known
                << "\nRun `faultline --help` for usage.\n";
      return cli::exit_bad_input;
    }
    break;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "faultline: error: " << e.what() << "\nRun `faultline --help` for usage.\n";
    return cli::exit_bad_input;
  } catch (const faultline::error& e) {
    std::cerr << "faultline: error: " << e.what() << "\n";
    return cli::exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "faultline: internal error: " << e.what() << "\n";
    return 3;
  }
  std::cout.flush();
  return status;
}
