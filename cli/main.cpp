// SPDX-License-Identifier: Apache-2.0
// The faultline command: parses arguments, runs one command, maps errors to exit codes.
#include <iostream>
#include <new>
#include <stdexcept>

#include <faultline/graph/error.hpp>

#include "commands/commands.hpp"
#include "context.hpp"
#include "global_options.hpp"

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
  cli::add_global_options(app, ctx.options);

  cli::add_commands(app, ctx, status);

  const auto footer = cli::global_options_footer();
  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
    sub->footer(footer);

  // An unknown command would otherwise read as "a subcommand is required".
  for (int k = 1; k < argc; ++k) {
    const std::string word = argv[k];
    if (cli::global_option_takes_value(word)) {
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
  } catch (const faultline::internal_error& e) {
    std::cerr << "faultline: internal error: " << e.what() << "\n";
    return 3;
  } catch (const faultline::error& e) {
    std::cerr << "faultline: error: " << e.what() << "\n";
    return cli::exit_bad_input;
  } catch (const std::bad_alloc&) {
    // Memory ran out: the readers bound what one input may ask for
    // (docs/limits.md), so what remains is an input, or a result, larger
    // than this machine's memory. Bad input for this machine, not a bug.
    std::cerr << "faultline: error: not enough memory for this input and command; use a smaller input or window "
                 "(--as-of, --since/--until, import filters), or a machine with more memory\n";
    return cli::exit_bad_input;
  } catch (const std::length_error& e) {
    std::cerr << "faultline: error: the input asks for a table larger than any this machine can hold (" << e.what()
              << ")\n";
    return cli::exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "faultline: internal error: " << e.what() << "\n";
    return 3;
  }
  std::cout.flush();
  return status;
}
