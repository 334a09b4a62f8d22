// SPDX-License-Identifier: Apache-2.0
#pragma once
// The printer family: one writer per output format, fed by a command's
// typed result through its conversions:
//   table  <- result.to_document()  (print::document)
//   csv    <- result.to_csv()       (print::table, the main table)
//   json   <- result.to_json()      (json_t)
//   dot    <- result.to_dot()       (faultline::dot_graph, the library's one DOT writer)
//   svg    <- result.to_svg()       (a picture drawn by the library's render component)
// A result offers the conversions it has; the formats a command accepts
// (and its --format help) follow from them. Adding a format is one writer
// here, one entry in `format_names`, and one conversion on the results that
// support it. A result's `empty()`, when it has one, makes the exit status 1.

#include <concepts>
#include <iosfwd>
#include <ostream>
#include <string>
#include <vector>

#include <faultline/loaders/dot.hpp>

#include "print/document.hpp"
#include "print/model_json.hpp"

namespace faultline::cli {

enum class output_format { table, json, csv, dot, svg };

namespace print {

/// Each format's --format name, in the order --help lists them.
inline constexpr std::pair<const char*, output_format> format_names[] = {{"table", output_format::table},
                                                                         {"json", output_format::json},
                                                                         {"csv", output_format::csv},
                                                                         {"dot", output_format::dot},
                                                                         {"svg", output_format::svg}};

template <class R>
concept has_document = requires(const R& r) {
  { r.to_document() } -> std::same_as<document>;
};
template <class R>
concept has_csv = requires(const R& r) {
  { r.to_csv() } -> std::same_as<table>;
};
template <class R>
concept has_json = requires(const R& r) {
  { r.to_json() } -> std::same_as<json_t>;
};
template <class R>
concept has_dot = requires(const R& r) {
  { r.to_dot() } -> std::same_as<dot_graph>;
};
/// A picture: an SVG document from the library's render component.
template <class R>
concept has_svg = requires(const R& r) {
  { r.to_svg() } -> std::convertible_to<std::string>;
};
/// Commands without --format (export, convert) give bytes for standard
/// output as they are, and a report for standard error.
template <class R>
concept has_output = requires(const R& r) {
  { r.output() } -> std::convertible_to<std::string>;
};
template <class R>
concept has_report = requires(const R& r) {
  { r.report() } -> std::convertible_to<std::string>;
};
template <class R>
concept has_empty = requires(const R& r) {
  { r.empty() } -> std::convertible_to<bool>;
};
/// A result that sets the exit status itself (import: 2 when no row could be read).
template <class R>
concept has_status = requires(const R& r) {
  { r.status() } -> std::convertible_to<int>;
};

/// Writes a document: text lines, aligned tables, the sources footnote.
void write_document(std::ostream& out, const document& doc);
/// Writes rows as RFC 4180 CSV.
void write_csv(std::ostream& out, const table& t);
/// Writes JSON indented by 2, with a final newline.
void write_json(std::ostream& out, const json_t& j);
/// Writes a DOT graph through the library's writer.
void write_dot(std::ostream& out, const dot_graph& g);

/// The formats a result type can be written in, in format_names order.
template <class R>
[[nodiscard]] std::vector<output_format> formats_of() {
  std::vector<output_format> out;
  if constexpr (has_document<R>) out.push_back(output_format::table);
  if constexpr (has_json<R>) out.push_back(output_format::json);
  if constexpr (has_csv<R>) out.push_back(output_format::csv);
  if constexpr (has_dot<R>) out.push_back(output_format::dot);
  if constexpr (has_svg<R>) out.push_back(output_format::svg);
  return out;
}

/// "table, json, csv": the names of `formats`, for --help.
[[nodiscard]] std::string format_list(const std::vector<output_format>& formats);

/// Writes `result` in `format` (one of formats_of<R>()).
template <class R>
void emit(std::ostream& out, output_format format, const R& result) {
  switch (format) {
    case output_format::table:
      if constexpr (has_document<R>) write_document(out, result.to_document());
      break;
    case output_format::json:
      if constexpr (has_json<R>) write_json(out, result.to_json());
      break;
    case output_format::csv:
      if constexpr (has_csv<R>) write_csv(out, result.to_csv());
      break;
    case output_format::dot:
      if constexpr (has_dot<R>) write_dot(out, result.to_dot());
      break;
    case output_format::svg:
      if constexpr (has_svg<R>) out << result.to_svg();
      break;
  }
}

/// Writes a result that has no --format: its output() to `out`, its report() to `err`.
template <class R>
void emit_plain(std::ostream& out, std::ostream& err, const R& result) {
  if constexpr (has_output<R>) out << result.output();
  if constexpr (has_report<R>) err << result.report();
}

/// The exit status of a result: its status() when it has one; else 1 (no
/// result) when it is empty, else 0.
template <class R>
[[nodiscard]] int status_of(const R& result) {
  if constexpr (has_status<R>) return result.status();
  if constexpr (has_empty<R>) return result.empty() ? 1 : 0;
  return 0;
}

}  // namespace print
}  // namespace faultline::cli
