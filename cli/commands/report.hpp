// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline report [-o report.html]`: the self-contained HTML report of
// what is loaded (faultline/render/report.hpp builds it).

#include <faultline/render/report.hpp>
#include <string>

#include "commands.hpp"

namespace faultline::cli {

/// The report's flags.
struct report_command_options {
  std::string output;  ///< -o FILE; empty writes to standard output
  std::size_t chains = render::report_options{}.chains;
  std::size_t rows = render::report_options{}.key_actors;
  std::int32_t window = escalation_options{}.window_days;
};

/// The page, for standard output when no -o was given (the file is written by run).
struct report_result {
  std::string page;  ///< empty when it went to -o FILE
  [[nodiscard]] const std::string& output() const { return page; }
};

/// Binds the flags of `cmd` to `opt`.
void setup(CLI::App& cmd, report_command_options& opt);

/// Builds the report of what `ctx` loaded; writes it atomically to -o FILE when given.
/// \throws what loading and the analyses throw.
[[nodiscard]] report_result run(context& ctx, const report_command_options& opt);

}  // namespace faultline::cli
