// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline report [-o report.html]`: the self-contained HTML report of
// what is loaded (faultline/render/report.hpp builds it).

#include <faultline/render/report.hpp>
#include <string>

#include "context.hpp"

namespace faultline::cli {

/// The report's flags.
struct report_command_options {
  std::string output;  ///< -o FILE; empty writes to standard output
  std::size_t chains = render::report_options{}.chains;
  std::size_t rows = render::report_options{}.key_actors;
  std::int32_t window = escalation_options{}.window_days;
};

/// Binds the flags of `cmd` to `opt`.
void setup_report(CLI::App& cmd, report_command_options& opt);

/// Builds the report of what `ctx` loaded and writes it (atomically to -o FILE, or to standard output).
/// Returns the exit code. \throws what loading and the analyses throw.
int run_report(context& ctx, const report_command_options& opt);

}  // namespace faultline::cli
