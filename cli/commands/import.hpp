// SPDX-License-Identifier: Apache-2.0
#pragma once
// `faultline import FORMAT FILE... [-o OUT.snap]`: event data (GDELT, ACLED,
// UCDP) into a snapshot, with filters, malformed-row reporting and a
// progress bar on standard error.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <faultline/loaders/event_data.hpp>

#include "commands.hpp"

namespace faultline::cli {

struct import_cli_options {
  std::string format;              ///< gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd
  std::vector<std::string> files;  ///< read in order
  std::string output;              ///< -o: the snapshot to write; empty: nothing written
  bool append = false;             ///< --append: add to the snapshot -o names
  std::string since, until;        ///< --since, --until as given (dates, checked by run)
  /// The library's options: the filters (but the dates), --strict, --threads
  /// and --show-problems (keep_problems). The global GDELT noise controls
  /// are added to these by run.
  import_options io;
};

struct import_cli_result {
  import_report outcome;    ///< what the import did
  double seconds = 0.0;     ///< reading the files and writing the snapshot (done together, streamed)
  std::string output;       ///< -o, or empty
  bool written = false;     ///< whether the snapshot was (re)written
  std::uintmax_t size = 0;  ///< the written snapshot's size in bytes
  std::uint64_t actors = 0, incidents = 0, relations = 0, roles = 0, sources = 0;  ///< of the imported graph
  /// Without -o: the imported graph, for a caller that goes on with it (Python's import_events).
  std::shared_ptr<graph> imported;

  [[nodiscard]] print::document to_document() const;
  [[nodiscard]] json_t to_json() const;
  /// The refusal, for standard error, when no row could be read ("" otherwise).
  [[nodiscard]] std::string report() const;
  /// 2 when no row could be read (bad input, not an empty answer), 1 when nothing was imported, else 0.
  [[nodiscard]] int status() const;
};

/// Declares the format, the files and the import's flags.
void setup(CLI::App& sub, import_cli_options& o);
/// Imports the files (into the -o snapshot, streamed, when given), drawing
/// a progress bar on ctx.err. \throws usage_error for flags that do not fit
/// the format; parse_error with --strict; io_error when -o cannot be written
[[nodiscard]] import_cli_result run(context& ctx, const import_cli_options& o);

}  // namespace faultline::cli
