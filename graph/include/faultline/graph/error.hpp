// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The one error hierarchy of faultline. The library reports every failure by
/// throwing one of these; it never prints, logs, exits or aborts.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace faultline {

/// The few kinds of failure a caller tells apart.
enum class error_kind {
  usage,             ///< an option or argument is invalid
  parse,             ///< an input file is malformed (file, line, column known)
  not_found,         ///< a name does not resolve (suggestions attached)
  corrupt_snapshot,  ///< a snapshot is damaged, truncated or foreign
  io,                ///< a file cannot be read or written
  cancelled,         ///< a progress callback asked to stop
  internal,          ///< an internal invariant does not hold: a bug in faultline, not bad input
};

/// Root of every exception thrown by faultline.
class error : public std::runtime_error {
 public:
  error(error_kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  [[nodiscard]] error_kind kind() const noexcept { return kind_; }

 private:
  error_kind kind_;
};

/// An invalid option, argument or combination of them.
class usage_error : public error {
 public:
  explicit usage_error(const std::string& message) : error(error_kind::usage, message) {}
};

/// Where in an input something went wrong. Line and column are 1-based; 0 means unknown.
struct source_location {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
};

/// Malformed input. `what()` reads "file:line:column: message".
class parse_error : public error {
 public:
  parse_error(source_location where, const std::string& message);
  [[nodiscard]] const source_location& where() const noexcept { return where_; }
  /// The message without the location prefix.
  [[nodiscard]] const std::string& detail() const noexcept { return detail_; }

 private:
  source_location where_;
  std::string detail_;
};

/// A name that resolves to nothing (or to more than one thing).
class not_found_error : public error {
 public:
  not_found_error(const std::string& message, std::string name, std::vector<std::string> suggestions)
      : error(error_kind::not_found, message), name_(std::move(name)), suggestions_(std::move(suggestions)) {}
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::vector<std::string>& suggestions() const noexcept { return suggestions_; }

 private:
  std::string name_;
  std::vector<std::string> suggestions_;
};

/// A snapshot that is truncated, damaged, of another format version or not a snapshot at all.
class snapshot_error : public error {
 public:
  explicit snapshot_error(const std::string& message) : error(error_kind::corrupt_snapshot, message) {}
};

/// A file that cannot be opened, read or written.
class io_error : public error {
 public:
  explicit io_error(const std::string& message) : error(error_kind::io, message) {}
};

/// Thrown when a progress callback returns false.
class cancelled_error : public error {
 public:
  cancelled_error() : error(error_kind::cancelled, "Cancelled by the caller") {}
};

/// An internal invariant that does not hold (FAULTLINE_ASSERT,
/// faultline/graph/detail/assert.hpp): a bug in faultline, never bad input,
/// which the library validates and reports with the errors above. The CLI
/// reports it as an internal error (exit code 3).
class internal_error : public error {
 public:
  explicit internal_error(const std::string& message) : error(error_kind::internal, message) {}
};

/// A number for a message: the shortest text that reads back as the same double ("0.5", "2", "1e-09").
[[nodiscard]] std::string number_text(double value);

}  // namespace faultline
