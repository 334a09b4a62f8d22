// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a command's answer looks like before it is written in a format: a
// document of blocks (lines of text, aligned tables, a sources footnote)
// for `table` output, and tables for `csv`. Results build these; printers
// (printers.hpp) write them. Nothing here knows a command.

#include <string>
#include <variant>
#include <vector>

#include <faultline/graph/graph.hpp>

namespace faultline::cli::print {

/// Rows under headers: aligned columns in a document, RFC 4180 in CSV.
struct table {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  /// Writes the table with aligned columns (as a `table` block does).
  void print(std::ostream& out) const;
};

/// Lines of text written as they are ("" is a blank line).
struct text {
  std::vector<std::string> lines;
};

/// One cited source as the footnote shows it; empty fields are left out.
struct source_note {
  std::string id, title, publisher, date, url;
};

/// The "Sources" footnote: a blank line, "Sources", then one line per source; nothing when empty.
struct sources {
  std::vector<source_note> notes;
};

using block = std::variant<text, table, sources>;

/// A sequence of blocks, written in order.
struct document {
  std::vector<block> blocks;

  /// Appends a line, to the last block when it is text.
  document& line(std::string s);
  /// Appends an aligned table.
  document& add(table t);
  /// Appends the footnote of the given sources (graph order of citation).
  document& add_sources(const graph& g, const std::vector<source_index>& cited);
};

}  // namespace faultline::cli::print
