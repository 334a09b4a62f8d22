// SPDX-License-Identifier: Apache-2.0
#include "commands.hpp"

namespace faultline::cli {

void add_commands(CLI::App& app, context& ctx, int& status) {
  add_info(app, ctx, status);
  add_validate(app, ctx, status);
  add_actors(app, ctx, status);
  add_show(app, ctx, status);
  add_backers(app, ctx, status);
  add_proxies(app, ctx, status);
  add_path(app, ctx, status);
  add_timeline(app, ctx, status);
  add_escalation(app, ctx, status);
  add_alliances(app, ctx, status);
  add_balance(app, ctx, status);
  add_tensions(app, ctx, status);
  add_centrality(app, ctx, status);
  add_stats(app, ctx, status);
  add_import(app, ctx, status);
  add_convert(app, ctx, status);
  add_export(app, ctx, status);
  add_report(app, ctx, status);
}

}  // namespace faultline::cli
