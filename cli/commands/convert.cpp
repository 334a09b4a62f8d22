// SPDX-License-Identifier: Apache-2.0
#include "commands/convert.hpp"

#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/scenario.hpp>

namespace faultline::cli {
namespace {

std::string format_from_extension(const std::filesystem::path& p) {
  const auto ext = p.extension().string();
  if (ext == ".yaml" || ext == ".yml") return "yaml";
  if (ext == ".json") return "json";
  if (ext == ".snap" || ext == ".fls" || ext == ".bin") return "snapshot";
  throw usage_error("Cannot tell the output format from \"" + p.string() +
                    "\": use the extension .yaml, .json or .snap, or give --to yaml|json|snapshot");
}

}  // namespace

void setup(CLI::App& sub, convert_options& o) {
  sub.add_option("files", o.inputs, "Input files (scenario YAML/JSON or snapshot), then the output file")
      ->required()
      ->expected(2, -1);
  sub.add_option("--to", o.to, "Output format: yaml, json or snapshot")
      ->check(CLI::IsMember({"yaml", "json", "snapshot"}));
}

convert_result run(context& ctx, const convert_options& o) {
  const std::filesystem::path out = o.inputs.back();
  const std::vector<std::filesystem::path> in(o.inputs.begin(), o.inputs.end() - 1);
  const std::string to = o.to.empty() ? format_from_extension(out) : o.to;
  const auto vo = ctx.view();
  // The output, when it exists, is locked from before the inputs are read
  // until it is replaced, as `import -o` does: a concurrent `import
  // --append` into the same file waits and then reads what this wrote, and
  // `convert x.snap x.snap` never loses an import made meanwhile.
  const auto lock = ctx.lock_output(out.string());
  const graph loaded = load_files(in, ctx.options.limits);
  // The global filters (--as-of, --min-confidence, the GDELT noise controls) apply to what is written.
  const graph g = vo.filters() ? graph(kept_data(graph_view(loaded, vo))) : loaded;
  if (to == "snapshot")
    write_snapshot(g, out);
  else
    write_file_atomic(out, write_scenario(g, to == "json" ? scenario_syntax::json : scenario_syntax::yaml));
  return {"Wrote " + out.string() + " (" + to + "): " + graph_summary(g) + "\n"};
}

void add_convert(CLI::App& app, context& ctx, int& status) {
  add_command<convert_options>(
      app, ctx, status, "convert",
      "Convert scenarios and snapshots: `faultline convert IN... OUT`. The output format comes from OUT's extension\n"
      "(.yaml/.yml, .json, .snap) or --to. The output is written to a temporary file and renamed, never left torn.\n"
      "The global filters (--as-of, --min-confidence, the GDELT noise controls) apply to what is written",
      setup, run);
}

}  // namespace faultline::cli
