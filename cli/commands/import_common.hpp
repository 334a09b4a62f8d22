// SPDX-License-Identifier: Apache-2.0
#pragma once
// What `import` and the global --import option share: the progress bar,
// and the text and JSON of an import report.

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>

#include <faultline/graph/date.hpp>
#include <faultline/loaders/event_data.hpp>

#include "print/document.hpp"
#include "print/model_json.hpp"

namespace faultline::cli {

/// A progress bar on stderr for work that takes more than a second, drawn
/// only when stderr is a terminal, at most ten times a second.
class progress_bar {
 public:
  progress_bar(std::ostream& err, std::string what);
  ~progress_bar();
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;
  void update(std::uint64_t done, std::uint64_t total);
  /// Clears the bar if it was drawn.
  void finish();

 private:
  std::ostream& err_;
  std::string what_;
  bool terminal_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

/// The report of an import as text: counts, speed, the first malformed rows.
[[nodiscard]] print::document import_report_document(const import_report& r, double seconds);
/// The report of an import as JSON (`seconds`: reading the files and writing the snapshot).
[[nodiscard]] json_t import_report_json(const import_report& r, double seconds);

/// Why an event input named on the command line cannot be read, or empty
/// when it can: an existing file (plain, gzip or zip), "-" (standard input)
/// or "ARCHIVE.zip:MEMBER" of an existing archive.
[[nodiscard]] std::string check_event_input(const std::string& name);

/// "gdelt:FILE" -> (format, file). \throws usage_error
[[nodiscard]] std::pair<event_format, std::string> parse_import_spec(const std::string& spec);

}  // namespace faultline::cli
