// SPDX-License-Identifier: Apache-2.0
#include "import_common.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <faultline/graph/error.hpp>
#include <filesystem>
#include <ostream>

namespace faultline::cli {

progress_bar::progress_bar(std::ostream& err, std::string what)
    : err_(err), what_(std::move(what)), terminal_(::isatty(STDERR_FILENO) == 1) {
  start_ = last_ = std::chrono::steady_clock::now();
}

progress_bar::~progress_bar() {
  finish();
}

void progress_bar::update(std::uint64_t done, std::uint64_t total) {
  if (!terminal_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1)) return;
  if (drawn_ && now - last_ < std::chrono::milliseconds(100) && done < total) return;
  last_ = now;
  drawn_ = true;
  const double fraction = static_cast<double>(done) / static_cast<double>(total);
  const double seconds = std::chrono::duration<double>(now - start_).count();
  constexpr int width = 30;
  const int filled = static_cast<int>(fraction * width);
  err_ << "\r" << what_ << " [" << std::string(static_cast<std::size_t>(filled), '#')
       << std::string(static_cast<std::size_t>(width - filled), ' ') << "] "
       << fmt::format("{:3.0f}% {:.1f}/{:.1f} MB, {:.0f} MB/s", 100 * fraction, static_cast<double>(done) / 1e6,
                      static_cast<double>(total) / 1e6, static_cast<double>(done) / 1e6 / std::max(seconds, 1e-9))
       << "\x1b[K" << std::flush;
}

void progress_bar::finish() {
  if (!drawn_) return;
  err_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

print::document import_report_document(const import_report& r, double seconds) {
  print::document doc;
  std::string files;
  for (const auto& f : r.files)
    files += (files.empty() ? "" : ", ") + std::filesystem::path(f).filename().string();
  doc.line(fmt::format("Imported {} ({}) from {}: {} bytes in {:.2f} s ({:.0f} MB/s)", to_string(r.format),
                       r.layout.empty() ? std::string("no layout: nothing read") : r.layout, files, r.bytes, seconds,
                       static_cast<double>(r.bytes) / 1e6 / std::max(seconds, 1e-9)));
  const std::pair<const char*, std::uint64_t> lines[] = {{"rows read", r.rows},
                                                         {"imported", r.imported},
                                                         {"filtered out", r.filtered},
                                                         {"duplicates skipped", r.duplicates},
                                                         {"malformed, skipped", r.malformed},
                                                         {"sides naming no one", r.generic_sides},
                                                         {"actors added", r.actors_added},
                                                         {"existing actors matched", r.actors_matched},
                                                         {"names merged", r.names_merged},
                                                         {"incidents added", r.incidents_added},
                                                         {"roles added", r.roles_added},
                                                         {"relations added", r.relations_added},
                                                         {"sources added", r.sources_added}};
  for (const auto& [name, value] : lines)
    doc.line(fmt::format("  {:<24}{:>12}", name, value));
  if (r.malformed > 0) {
    doc.line("Malformed rows" +
             (r.problems.size() < r.malformed ? fmt::format(" (first {} of {})", r.problems.size(), r.malformed)
                                              : std::string()) +
             ":");
    for (const auto& p : r.problems)
      doc.line("  " + p.text());
  }
  return doc;
}

json_t import_report_json(const import_report& r, double seconds) {
  json_t j;
  j["format"] = std::string(to_string(r.format));
  j["layout"] = r.layout;
  j["files"] = r.files;
  j["bytes"] = r.bytes;
  j["seconds"] = seconds;
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

std::string check_event_input(const std::string& name) {
  if (name == "-") return {};
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) return {};
  std::string folded = name;  // (".ZIP:" too)
  std::transform(folded.begin(), folded.end(), folded.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto zip = folded.find(".zip:");
  if (zip != std::string::npos && std::filesystem::is_regular_file(name.substr(0, zip + 4), ec)) return {};
  if (std::filesystem::exists(name, ec)) return "Not a file: " + name;
  return "File does not exist: " + name;
}

std::pair<event_format, std::string> parse_import_spec(const std::string& spec) {
  const auto colon = spec.find(':');
  const auto format = colon == std::string::npos ? std::nullopt : parse_event_format(spec.substr(0, colon));
  if (!format || colon + 1 >= spec.size())
    throw usage_error("--import \"" + spec +
                      "\": expected FORMAT:FILE, FORMAT one of gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd, ucdp-brd "
                      "(e.g. --import gdelt:events.tsv)");
  return {*format, spec.substr(colon + 1)};
}

}  // namespace faultline::cli
