// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every command: a function that adds its subcommand, flags and callback.
// A callback stores its exit code in `status` (0 ok, 1 no result).

#include "context.hpp"

namespace faultline::cli {

void add_info(CLI::App& app, context& ctx, int& status);
void add_validate(CLI::App& app, context& ctx, int& status);
void add_actors(CLI::App& app, context& ctx, int& status);
void add_show(CLI::App& app, context& ctx, int& status);
void add_backers(CLI::App& app, context& ctx, int& status);
void add_proxies(CLI::App& app, context& ctx, int& status);
void add_path(CLI::App& app, context& ctx, int& status);
void add_timeline(CLI::App& app, context& ctx, int& status);
void add_escalation(CLI::App& app, context& ctx, int& status);
void add_alliances(CLI::App& app, context& ctx, int& status);
void add_balance(CLI::App& app, context& ctx, int& status);
void add_tensions(CLI::App& app, context& ctx, int& status);
void add_centrality(CLI::App& app, context& ctx, int& status);
void add_stats(CLI::App& app, context& ctx, int& status);
void add_import(CLI::App& app, context& ctx, int& status);
void add_convert(CLI::App& app, context& ctx, int& status);
void add_export(CLI::App& app, context& ctx, int& status);
void add_report(CLI::App& app, context& ctx, int& status);

}  // namespace faultline::cli
