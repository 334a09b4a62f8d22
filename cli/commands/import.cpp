// SPDX-License-Identifier: Apache-2.0
#include "commands/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/scenario.hpp>
#include <filesystem>
#include <optional>

#include "commands/import_common.hpp"

namespace faultline::cli {

void setup(CLI::App& sub, import_cli_options& o) {
  sub.add_option("format", o.format, "gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd")
      ->required()
      ->check(CLI::Validator(
          [](std::string& text) {
            return parse_event_format(text) ? std::string()
                                            : "unknown format \"" + text +
                                                  "\": expected gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd";
          },
          "FORMAT"));
  sub.add_option("files", o.files,
                 "Files to import, in order: plain, gzip (.gz) or zip (.zip: its one file, or ARCHIVE.zip:MEMBER),\n"
                 "told apart by their first bytes; - reads standard input (plain, gzip or zip)")
      ->required()
      ->check(CLI::Validator(check_event_input, "FILE"));
  sub.add_option("-o,--output", o.output, "The snapshot to write")->type_name("FILE");
  sub.add_flag("--append", o.append,
               "Add to the snapshot given by -o (it must exist); events already in it are skipped. Imports into one\n"
               "snapshot take turns: one started while another writes it waits for it (and says so)");
  sub.add_option("--since", o.since, "Only events on or after this date")->type_name("DATE");
  sub.add_option("--until", o.until, "Only events on or before this date")->type_name("DATE");
  auto& filter = o.io.filter;
  sub.add_option("--country", filter.countries,
                 "Only events in, or with an actor of, this country (ISO code or name); repeatable")
      ->type_name("COUNTRY");
  sub.add_option("--actor", filter.actors, "Only events with this actor on either side (id, name or code); repeatable")
      ->type_name("ACTOR");
  sub.add_option("--root-code", filter.root_codes, "GDELT: only events of this CAMEO root code (01 to 20); repeatable")
      ->type_name("CODE");
  sub.add_option("--min-mentions", filter.min_mentions,
                 "GDELT: only events mentioned at least N times (NumMentions); 0 keeps all")
      ->type_name("N");
  sub.add_option("--min-sources", filter.min_sources,
                 "GDELT: only events reported by at least N sources (NumSources); 0 keeps all")
      ->type_name("N");
  sub.add_flag("--root-events-only", filter.root_events_only,
               "GDELT: only root events (IsRootEvent 1: found in the lead paragraphs of a document)");
  sub.add_flag("--strict", o.io.strict, "Stop at the first malformed row (exit code 2), writing nothing");
  sub.add_option("--threads", o.io.threads, "Parsing threads (0: up to two, as the machine allows)")
      ->capture_default_str();
  sub.add_option("--show-problems", o.io.keep_problems, "How many malformed rows to list (default 5)")
      ->capture_default_str();
}

namespace {

// The import's options: the command's, with the dates parsed and the global
// noise controls (given before the command) added; checked against the format.
import_options checked_options(const context& ctx, const import_cli_options& o, event_format format) {
  import_options io = o.io;
  io.limits = ctx.options.limits;
  io.filter.since = date_flag(o.since, "--since");
  io.filter.until = date_flag(o.until, "--until");
  io.filter.min_mentions = std::max(io.filter.min_mentions, ctx.options.min_mentions);
  io.filter.min_sources = std::max(io.filter.min_sources, ctx.options.min_sources);
  io.filter.root_events_only = io.filter.root_events_only || ctx.options.root_events_only;
  if (!io.filter.root_codes.empty() && format != event_format::gdelt)
    throw usage_error("--root-code filters GDELT events by CAMEO root code; " + o.format + " has none");
  if ((io.filter.min_mentions > 0 || io.filter.min_sources > 0 || io.filter.root_events_only) &&
      format != event_format::gdelt)
    throw usage_error("--min-mentions, --min-sources and --root-events-only filter GDELT events by their counts; " +
                      o.format + " has none");
  io.validate();
  return io;
}

// What the import adds to: the snapshot being appended to, then --scenario files.
graph_data base_data(const context& ctx, const import_cli_options& o) {
  std::vector<std::filesystem::path> base;
  if (o.append) {
    if (!std::filesystem::exists(o.output))
      throw usage_error("--append: the snapshot " + o.output + " does not exist; drop --append to create it");
    base.emplace_back(o.output);
  }
  for (const auto& s : ctx.options.scenarios)
    base.emplace_back(s);
  // A snapshot alone is decoded straight into the content to add to (the
  // graph constructor checks it), not built into a graph and copied.
  if (o.append && ctx.options.scenarios.empty())
    return read_snapshot_data(read_file(o.output, input_limits{.max_input_bytes = 0}), o.output);
  if (!base.empty()) return load_files(base, ctx.options.limits).data();
  return {};
}

}  // namespace

import_cli_result run(context& ctx, const import_cli_options& o) {
  ctx.require_scenario("import");
  if (o.append && o.output.empty()) throw usage_error("--append adds to the snapshot given by -o: give -o FILE");
  if (!ctx.options.imports.empty()) throw usage_error("`faultline import` takes its files as arguments; drop --import");
  const auto format = *parse_event_format(o.format);
  import_options io = checked_options(ctx, o, format);

  // Fail before a long import, not after it, when the snapshot cannot be written there.
  if (!o.output.empty()) {
    const auto out = std::filesystem::path(o.output);
    const auto dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
      throw io_error("Cannot write " + o.output + ": the directory " + dir.string() + " does not exist");
  }
  // The snapshot is read (--append) and replaced under an exclusive lock on
  // it, so that two imports into one snapshot run one after the other: two
  // concurrent appends each read the old snapshot and the later rename lost
  // the other's events. A second import waits, and says so.
  std::optional<file_lock> lock;
  if (!o.output.empty()) lock = ctx.lock_output(o.output);
  graph_data data = base_data(ctx, o);

  progress_bar bar(ctx.err, "import");
  io.progress = [&bar](std::uint64_t done, std::uint64_t total) {
    bar.update(done, total);
    return true;
  };
  if (ctx.progress) io.progress = ctx.progress;
  const auto started = std::chrono::steady_clock::now();
  const std::vector<std::filesystem::path> files(o.files.begin(), o.files.end());
  import_cli_result r;
  r.output = o.output;
  if (o.output.empty()) {
    r.outcome = import_events(data, format, files, io);
    bar.finish();
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    r.imported = std::make_shared<graph>(std::move(data));
    const graph& g = *r.imported;
    r.actors = g.actors().size();
    r.incidents = g.incidents().size();
    r.relations = g.relations().size();
    r.roles = g.roles().size();
    r.sources = g.sources().size();
    return r;
  }
  // Straight into the snapshot: the imported events are never all in
  // memory. Appending nothing new leaves the snapshot as it is.
  auto done = import_events_to_snapshot(std::move(data), format, files, o.output, io,
                                        o.append ? snapshot_when::if_imported : snapshot_when::always);
  bar.finish();
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  r.outcome = std::move(done.report);
  r.written = done.written;
  r.actors = done.actors;
  r.incidents = done.incidents;
  r.relations = done.relations;
  r.roles = done.roles;
  r.sources = done.sources;
  if (r.written) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(o.output, ec);
    r.size = ec ? 0 : size;
  }
  return r;
}

print::document import_cli_result::to_document() const {
  print::document doc = import_report_document(outcome, seconds);
  const auto summary = graph_summary(actors, incidents, relations);
  if (output.empty())
    doc.line("Nothing written (no -o): " + summary);
  else if (!written && outcome.all_malformed())
    doc.line("Nothing written: " + output + " left as it was");
  else if (!written)
    doc.line("Nothing new: " + output + " left as it was: " + summary);
  else
    doc.line(fmt::format("Wrote {} ({} bytes): ", output, size) + summary);
  return doc;
}

json_t import_cli_result::to_json() const {
  json_t j = import_report_json(outcome, seconds);
  j["output"] = output.empty() ? json_t(nullptr) : json_t(output);
  j["written"] = written;
  j["graph"] = {
      {"actors", actors}, {"incidents", incidents}, {"relations", relations}, {"roles", roles}, {"sources", sources}};
  return j;
}

std::string import_cli_result::report() const {
  if (!outcome.all_malformed()) return "";
  return "faultline: error: nothing imported: " +
         (outcome.rows == 0   ? std::string("no rows")
          : outcome.rows == 1 ? std::string("the only row is malformed")
                              : fmt::format("all {} rows are malformed", outcome.rows)) +
         (outcome.problems.empty() ? std::string() : " (first: " + outcome.problems.front().text() + ")") +
         (output.empty() ? "" : "; nothing written") + "\n";
}

int import_cli_result::status() const {
  if (outcome.all_malformed()) return exit_bad_input;
  return outcome.imported > 0 ? exit_ok : exit_no_result;
}

void add_import(CLI::App& app, context& ctx, int& status) {
  add_command<import_cli_options>(
      app, ctx, status, "import",
      "Import event data into a snapshot: `faultline import FORMAT FILE... -o OUT.snap`.\n"
      "FORMAT is gdelt (GDELT 1.0/2.0 event exports), acled (ACLED CSV), ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd.\n"
      "Actors are resolved against --scenario files (their ids, names and aliases) and each other; malformed\n"
      "rows are skipped and reported (or stop the import with --strict). The snapshot is written to a temporary\n"
      "file and renamed, never left torn. Without -o, nothing is written: the report says what would be imported",
      setup, run);
}

}  // namespace faultline::cli
