// SPDX-License-Identifier: Apache-2.0
// `import`: event data (GDELT, ACLED, UCDP) into a snapshot, with filters,
// malformed-row reporting and a progress bar.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/event_data.hpp>
#include <faultline/loaders/scenario.hpp>
#include <ostream>

#include "commands.hpp"
#include "import_common.hpp"

namespace faultline::cli {
namespace {

struct import_cli_options {
  std::string format;
  std::vector<std::string> files;
  std::string output;
  bool append = false;
  std::string since, until;
  std::vector<std::string> countries, actors, root_codes;
  std::uint32_t min_mentions = 0, min_sources = 0;
  bool root_events_only = false;
  bool strict = false;
  unsigned threads = 0;
  std::size_t show_problems = 5;
};

json_t report_json(const import_report& r, double seconds) {
  json_t j;
  j["format"] = std::string(to_string(r.format));
  j["layout"] = r.layout;
  j["files"] = r.files;
  j["bytes"] = r.bytes;
  j["seconds"] = seconds;  // reading the files and writing the snapshot (done together, streamed)
  j["rows"] = r.rows;
  j["imported"] = r.imported;
  j["filtered"] = r.filtered;
  j["duplicates"] = r.duplicates;
  j["malformed"] = r.malformed;
  json_t problems = json_t::array();
  for (const auto& p : r.problems)
    problems.push_back({{"file", p.where.file},
                        {"line", p.where.line},
                        {"column", p.where.column},
                        {"field", p.field},
                        {"message", p.message}});
  j["problems"] = std::move(problems);
  j["generic_sides"] = r.generic_sides;
  j["actors_added"] = r.actors_added;
  j["actors_matched"] = r.actors_matched;
  j["names_merged"] = r.names_merged;
  j["incidents_added"] = r.incidents_added;
  j["roles_added"] = r.roles_added;
  j["relations_added"] = r.relations_added;
  j["sources_added"] = r.sources_added;
  return j;
}

}  // namespace

void add_import(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "import",
      "Import event data into a snapshot: `faultline import FORMAT FILE... -o OUT.snap`.\n"
      "FORMAT is gdelt (GDELT 1.0/2.0 event exports), acled (ACLED CSV), ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd.\n"
      "Actors are resolved against --scenario files (their ids, names and aliases) and each other; malformed\n"
      "rows are skipped and reported (or stop the import with --strict). The snapshot is written to a temporary\n"
      "file and renamed, never left torn. Without -o, nothing is written: the report says what would be imported");
  auto opt = std::make_shared<import_cli_options>();
  cmd->add_option("format", opt->format, "gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd")
      ->required()
      ->check(CLI::Validator(
          [](std::string& text) {
            return parse_event_format(text)
                       ? std::string()
                       : "unknown format \"" + text + "\": expected gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd";
          },
          "FORMAT"));
  cmd->add_option("files", opt->files,
                  "Files to import, in order: plain, gzip (.gz) or zip (.zip: its one file, or ARCHIVE.zip:MEMBER),\n"
                  "told apart by their first bytes; - reads standard input (plain, gzip or zip)")
      ->required()
      ->check(CLI::Validator(check_event_input, "FILE"));
  cmd->add_option("-o,--output", opt->output, "The snapshot to write")->type_name("FILE");
  cmd->add_flag("--append", opt->append,
                "Add to the snapshot given by -o (it must exist); events already in it are skipped");
  cmd->add_option("--since", opt->since, "Only events on or after this date")->type_name("DATE");
  cmd->add_option("--until", opt->until, "Only events on or before this date")->type_name("DATE");
  cmd->add_option("--country", opt->countries,
                  "Only events in, or with an actor of, this country (ISO code or name); repeatable")
      ->type_name("COUNTRY");
  cmd->add_option("--actor", opt->actors, "Only events with this actor on either side (id, name or code); repeatable")
      ->type_name("ACTOR");
  cmd->add_option("--root-code", opt->root_codes, "GDELT: only events of this CAMEO root code (01 to 20); repeatable")
      ->type_name("CODE");
  cmd->add_option("--min-mentions", opt->min_mentions,
                  "GDELT: only events mentioned at least N times (NumMentions); 0 keeps all")
      ->type_name("N");
  cmd->add_option("--min-sources", opt->min_sources,
                  "GDELT: only events reported by at least N sources (NumSources); 0 keeps all")
      ->type_name("N");
  cmd->add_flag("--root-events-only", opt->root_events_only,
                "GDELT: only root events (IsRootEvent 1: found in the lead paragraphs of a document)");
  cmd->add_flag("--strict", opt->strict, "Stop at the first malformed row (exit code 2), writing nothing");
  cmd->add_option("--threads", opt->threads, "Parsing threads (0: up to two, as the machine allows)")
      ->capture_default_str();
  cmd->add_option("--show-problems", opt->show_problems, "How many malformed rows to list (default 5)")
      ->capture_default_str();
  add_format_option(*cmd, ctx, "table, json");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format({output_format::table, output_format::json});
    ctx.require_scenario("import");
    if (opt->append && opt->output.empty())
      throw usage_error("--append adds to the snapshot given by -o: give -o FILE");
    if (!ctx.options.imports.empty())
      throw usage_error("`faultline import` takes its files as arguments; drop --import");

    import_options io;
    io.filter.since = date_flag(opt->since, "--since");
    io.filter.until = date_flag(opt->until, "--until");
    io.filter.countries = opt->countries;
    io.filter.actors = opt->actors;
    io.filter.root_codes = opt->root_codes;
    // (Given before the command, the global noise controls filter the import too.)
    io.filter.min_mentions = std::max(opt->min_mentions, ctx.options.min_mentions);
    io.filter.min_sources = std::max(opt->min_sources, ctx.options.min_sources);
    io.filter.root_events_only = opt->root_events_only || ctx.options.root_events_only;
    io.strict = opt->strict;
    io.threads = opt->threads;
    io.keep_problems = opt->show_problems;
    const auto format = *parse_event_format(opt->format);
    if (!io.filter.root_codes.empty() && format != event_format::gdelt)
      throw usage_error("--root-code filters GDELT events by CAMEO root code; " + opt->format + " has none");
    if ((io.filter.min_mentions > 0 || io.filter.min_sources > 0 || io.filter.root_events_only) &&
        format != event_format::gdelt)
      throw usage_error("--min-mentions, --min-sources and --root-events-only filter GDELT events by their counts; " +
                        opt->format + " has none");
    io.validate();

    // Fail before a long import, not after it, when the snapshot cannot be written there.
    if (!opt->output.empty()) {
      const auto out = std::filesystem::path(opt->output);
      const auto dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
      std::error_code ec;
      if (!std::filesystem::is_directory(dir, ec))
        throw io_error("Cannot write " + opt->output + ": the directory " + dir.string() + " does not exist");
    }
    // What the import adds to: the snapshot being appended to, then --scenario files.
    std::vector<std::filesystem::path> base;
    if (opt->append) {
      if (!std::filesystem::exists(opt->output))
        throw usage_error("--append: the snapshot " + opt->output + " does not exist; drop --append to create it");
      base.emplace_back(opt->output);
    }
    for (const auto& s : ctx.options.scenarios)
      base.emplace_back(s);
    // A snapshot alone is decoded straight into the content to add to (the
    // graph constructor below checks it), not built into a graph and copied.
    graph_data data;
    if (opt->append && ctx.options.scenarios.empty()) {
      data = read_snapshot_data(read_file(opt->output), opt->output);
    } else if (!base.empty()) {
      data = load_files(base).data();
    }

    progress_bar bar(ctx.err, "import");
    io.progress = [&bar](std::uint64_t done, std::uint64_t total) {
      bar.update(done, total);
      return true;
    };
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::filesystem::path> files(opt->files.begin(), opt->files.end());
    import_report report;
    std::uint64_t actors = 0, incidents = 0, relations = 0, roles = 0, sources = 0;
    bool written = false;
    std::optional<graph> g;  // only without -o
    auto finished = started;
    if (opt->output.empty()) {
      report = import_events(data, format, files, io);
      bar.finish();
      finished = std::chrono::steady_clock::now();
      g.emplace(std::move(data));
      actors = g->actors().size();
      incidents = g->incidents().size();
      relations = g->relations().size();
      roles = g->roles().size();
      sources = g->sources().size();
    } else {
      // Straight into the snapshot: the imported events are never all in
      // memory. Appending nothing new leaves the snapshot as it is.
      auto result = import_events_to_snapshot(std::move(data), format, files, opt->output, io,
                                              opt->append ? snapshot_when::if_imported : snapshot_when::always);
      bar.finish();
      finished = std::chrono::steady_clock::now();
      report = std::move(result.report);
      written = result.written;
      actors = result.actors;
      incidents = result.incidents;
      relations = result.relations;
      roles = result.roles;
      sources = result.sources;
    }
    const double seconds = std::chrono::duration<double>(finished - started).count();
    const auto summary = graph_summary(actors, incidents, relations);

    if (fmt == output_format::json) {
      json_t j = report_json(report, seconds);
      j["output"] = opt->output.empty() ? json_t(nullptr) : json_t(opt->output);
      j["written"] = written;
      j["graph"] = {{"actors", actors},
                    {"incidents", incidents},
                    {"relations", relations},
                    {"roles", roles},
                    {"sources", sources}};
      ctx.out << j.dump(2, ' ', false, json_t::error_handler_t::replace) << "\n";
    } else {
      print_import_report(ctx.out, report, seconds);
      if (opt->output.empty()) {
        ctx.out << "Nothing written (no -o): " << summary << "\n";
      } else if (!written && report.all_malformed()) {
        ctx.out << "Nothing written: " << opt->output << " left as it was\n";
      } else if (!written) {
        ctx.out << "Nothing new: " << opt->output << " left as it was: " << summary << "\n";
      } else {
        std::error_code ec;
        const auto size = std::filesystem::file_size(opt->output, ec);
        ctx.out << fmt::format("Wrote {} ({} bytes): ", opt->output, ec ? 0 : size) << summary << "\n";
      }
    }
    if (report.all_malformed()) {
      // Bad input, not an empty answer: no row could be read.
      ctx.err << "faultline: error: nothing imported: "
              << (report.rows == 0      ? std::string("no rows")
                  : report.rows == 1    ? std::string("the only row is malformed")
                                        : fmt::format("all {} rows are malformed", report.rows))
              << (report.problems.empty() ? std::string() : " (first: " + report.problems.front().text() + ")")
              << (opt->output.empty() ? "" : "; nothing written") << "\n";
      status = exit_bad_input;
      return;
    }
    status = report.imported > 0 ? exit_ok : exit_no_result;
  });
}

}  // namespace faultline::cli
