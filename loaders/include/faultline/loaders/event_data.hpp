// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Importers of event data: GDELT 1.0/2.0 event exports, ACLED CSV exports,
/// and the UCDP GED, External Support, Armed Conflict and Battle-Related
/// Deaths datasets. Each maps
/// its rows onto the typed graph (actors, incidents, roles, relations) with
/// provenance, resolving the same actor under different spellings and codes
/// to one node. The mapping rules and coding tables are documented in
/// docs/event-data.md.
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/model.hpp>
#include <faultline/graph/progress.hpp>
#include <faultline/loaders/scenario.hpp>

namespace faultline {

/// The event datasets faultline imports.
enum class event_format : std::uint8_t {
  gdelt,     ///< GDELT 1.0 (57 or 58 columns) or 2.0 (61 columns) event export, tab-separated, no header
  acled,     ///< ACLED CSV export, current (31 columns) or older (27 columns) layout, with header
  ucdp_ged,  ///< UCDP Georeferenced Event Dataset, CSV with header
  ucdp_esd,  ///< UCDP External Support Dataset (actor-year), CSV with header
  ucdp_acd,  ///< UCDP/PRIO Armed Conflict Dataset, CSV with header
  ucdp_brd,  ///< UCDP Battle-Related Deaths Dataset (conflict-year), CSV with header
};

/// "gdelt", "acled", "ucdp-ged", "ucdp-esd", "ucdp-acd", "ucdp-brd".
[[nodiscard]] std::string_view to_string(event_format f) noexcept;
[[nodiscard]] std::optional<event_format> parse_event_format(std::string_view text) noexcept;

/// Rows kept while importing; a row must pass every filter that is set.
struct import_filter {
  std::optional<date> since;  ///< keep events on or after (relations whose years reach it)
  std::optional<date> until;  ///< keep events on or before (relations whose years start by it)
  /// Keep events in, or with an actor of, one of these countries: ISO 3166
  /// alpha-2 or alpha-3 codes or English names ("IQ", "IRQ", "Iraq").
  std::vector<std::string> countries;
  /// Keep events with one of these actors on either side: an id, name,
  /// alias or dataset code, compared after resolution and folding.
  std::vector<std::string> actors;
  /// GDELT only: keep events whose CAMEO root code is one of these ("18", "19").
  std::vector<std::string> root_codes;
  /// GDELT only: keep events with at least this many mentions (NumMentions)
  /// and source documents (NumSources); 0 keeps every event.
  std::uint32_t min_mentions = 0;
  std::uint32_t min_sources = 0;
  /// GDELT only: keep only root events (IsRootEvent 1: found in the lead
  /// paragraphs of a document).
  bool root_events_only = false;

  [[nodiscard]] bool empty() const noexcept {
    return !since && !until && countries.empty() && actors.empty() && root_codes.empty() && min_mentions == 0 &&
           min_sources == 0 && !root_events_only;
  }
};

/// A malformed row: where, which field, and what was expected.
struct row_problem {
  source_location where;  ///< file, line (1-based), column (1-based field number)
  std::string field;      ///< the dataset's column name, e.g. "SQLDATE"
  std::string message;    ///< e.g. "expected a date YYYYMMDD, found \"2018-03\""

  /// "file:line:column: field: message".
  [[nodiscard]] std::string text() const;
};

struct import_options {
  import_filter filter;
  /// Stop at the first malformed row (throw parse_error). Default: skip it,
  /// count it, and keep the first `keep_problems` in the report.
  bool strict = false;
  std::size_t keep_problems = 5;
  /// Worker threads for parsing; 0: up to two, as the machine allows.
  unsigned threads = 0;
  /// Called now and then with the bytes read so far and in all; return false to cancel.
  progress_callback progress;
  /// Bounds on one input: content read whole into memory (decompressed
  /// ACLED or UCDP files, or read from standard input) larger than
  /// limits.max_input_bytes is refused (io_error), and so is a line of a
  /// GDELT file read from a pipe or decompressed that is longer than
  /// limits.max_string_bytes (parse_error naming the line). Mapped plain
  /// files cost no memory as they grow: their size is not limited.
  input_limits limits;

  /// \throws usage_error for a bad filter (unknown country, since after until, a root code not 01..20).
  void validate() const;
};

/// What an import did.
struct import_report {
  event_format format = event_format::gdelt;
  std::string layout;  ///< e.g. "GDELT 2.0 (61 columns)", "ACLED (31 columns)"
  std::vector<std::string> files;
  std::uint64_t bytes = 0;            ///< bytes read
  std::uint64_t rows = 0;             ///< data rows read (header excluded)
  std::uint64_t imported = 0;         ///< rows that added something
  std::uint64_t filtered = 0;         ///< rows the filter dropped
  std::uint64_t duplicates = 0;       ///< rows already in the graph (same event id), skipped
  std::uint64_t malformed = 0;        ///< rows skipped as malformed (an empty file counts as one)
  std::vector<row_problem> problems;  ///< the first malformed rows (options.keep_problems)
  /// GDELT: sides of imported events that name no one in particular (a bare
  /// type code such as "GOV" with no country, placed nowhere by the actor's
  /// geography), left without a role. A bare code that is placed becomes a
  /// group of that country ("Government (GOV) in Iraq").
  std::uint64_t generic_sides = 0;
  std::uint64_t actors_added = 0;    ///< new actor nodes
  std::uint64_t actors_matched = 0;  ///< distinct existing actors the rows resolved to
  std::uint64_t names_merged = 0;    ///< distinct dataset names merged into an actor with another name
  std::uint64_t incidents_added = 0;
  std::uint64_t roles_added = 0;
  std::uint64_t relations_added = 0;
  std::uint64_t sources_added = 0;

  /// True when nothing could be read: some row (or an empty file) was
  /// malformed and no row was imported, filtered out or a duplicate. The
  /// input is at fault, not the filters; import_events_to_snapshot() then
  /// writes nothing and the CLI exits with 2.
  [[nodiscard]] bool all_malformed() const noexcept {
    return malformed > 0 && imported == 0 && filtered == 0 && duplicates == 0;
  }
};

/// Imports event files into `data`, which may already hold scenarios, a
/// snapshot's content or earlier imports: actors resolve against what is
/// there (ids, names, aliases, merged names; so a scenario's `aliases:`
/// extend the alias table), events already present (same id) are skipped,
/// so appending new GDELT files to a snapshot works. On any exception `data`
/// is left as it was.
///
/// Complexity: linear in the bytes read; memory: the new graph content plus
/// a per-thread table of row offsets.
/// \throws io_error (a file cannot be read), parse_error (strict mode, or a
///         file whose layout is not the format's: wrong header or column
///         count on the first row), usage_error (bad options),
///         cancelled_error (progress returned false).
import_report import_events(graph_data& data, event_format format, const std::vector<std::filesystem::path>& files,
                            const import_options& options = {});

/// The same on inputs in memory (the `name` is used in messages and provenance).
import_report import_events(graph_data& data, event_format format, const std::vector<named_input>& inputs,
                            const import_options& options = {});

/// When import_events_to_snapshot() writes the snapshot.
enum class snapshot_when : std::uint8_t {
  always,       ///< write it, even when no row added anything
  if_imported,  ///< write it only when some row added something (appending nothing new leaves the file as it was)
};

/// What import_events_to_snapshot() did: the import's report and the size
/// of the snapshot's content.
struct snapshot_import {
  import_report report;
  bool written = false;  ///< false: the file was left as it was (snapshot_when::if_imported, nothing imported)
  std::uint64_t actors = 0, incidents = 0, relations = 0, roles = 0, sources = 0;
};

/// Imports event files straight into a snapshot file (snapshot.hpp), on top
/// of `base` (a scenario's content, or that of the snapshot being appended
/// to; may be empty): base's incidents and roles are written first, then
/// each imported incident and role as it is made, so the imported events are
/// never all in memory at once (a 1 GB GDELT file imports in a few hundred
/// MB). The result is the snapshot of what import_events(base, ...) would
/// give. Nothing is written on any exception, nor when every row was
/// malformed (report.all_malformed()): `output` is replaced (atomically,
/// snapshot_writer) only at the end. The content written is not validated
/// by the graph constructor: what importers add is valid by construction,
/// and `base` should come from a loader or a snapshot.
/// \throws as import_events, and io_error when `output` cannot be written.
snapshot_import import_events_to_snapshot(graph_data base, event_format format,
                                          const std::vector<std::filesystem::path>& files,
                                          const std::filesystem::path& output, const import_options& options = {},
                                          snapshot_when when = snapshot_when::always);

}  // namespace faultline
