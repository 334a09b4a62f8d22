// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Plain edge lists: CSV/TSV node and edge lists, and Pajek .net/.paj files.
/// They load into an `edge_list`, from which the analysis forms (the compact
/// CSR graph, the signed actor graph) are built directly, without going
/// through the typed actor graph.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace faultline {

/// Nodes and edges as read from a file. Columns absent from the file leave
/// their vector empty (e.g. `weight.empty()` when there was no weight column).
struct edge_list {
  std::string name;                         ///< the file, for messages
  std::vector<std::string> nodes;           ///< node index -> id (CSV: the id as written; Pajek: the label)
  std::vector<std::string> labels;          ///< node index -> display label from a node list, or empty
  std::vector<std::uint32_t> source;        ///< per edge
  std::vector<std::uint32_t> target;        ///< per edge
  std::vector<double> weight;               ///< per edge, or empty
  std::vector<std::int8_t> sign;            ///< per edge: -1, 0 or +1, or empty
  std::vector<std::uint32_t> type;          ///< per edge, index into type_names, or empty
  std::vector<std::string> type_names;
  std::vector<std::string> date;            ///< per edge, as written (not parsed), or empty
  /// Per edge: 1 for an arc (directed), 0 for an edge (undirected). Empty
  /// when every edge follows `directed`.
  std::vector<std::uint8_t> arc;
  bool directed = true;
  /// Columns the loader does not interpret, kept as text: names, then values
  /// column by column (extra_values[c][e]).
  std::vector<std::string> extra_columns;
  std::vector<std::vector<std::string>> extra_values;

  [[nodiscard]] std::size_t node_count() const noexcept { return nodes.size(); }
  [[nodiscard]] std::size_t edge_count() const noexcept { return source.size(); }
  /// Whether edge e is directed.
  [[nodiscard]] bool is_arc(std::size_t e) const noexcept { return arc.empty() ? directed : arc[e] != 0; }
};

/// How to read an edge list.
struct edge_list_options {
  /// Field separator for CSV/TSV; 0 detects it from the header line (a tab
  /// if the header has one, else a comma). Default 0.
  char delimiter = 0;
  /// Whether CSV/TSV edges are directed. Pajek files say it themselves
  /// (*Arcs vs *Edges). Default true.
  bool directed = true;
  /// Header names of the source and target columns, when they are not
  /// `source`/`from` and `target`/`to` (e.g. "country1", "country2").
  /// Matched case-insensitively. Default empty.
  std::string source_column;
  std::string target_column;
  /// For Pajek files holding several networks: the one to read, by name or
  /// 1-based number. Empty reads the first. Default empty.
  std::string network;
};

/// Reads a CSV or TSV edge list. The first line is a header naming the
/// columns: `source` and `target` (or `from` and `to`) are required;
/// `weight`, `sign` (+, -, +1, -1, 1, 0), `type` and `date` are interpreted;
/// any other column is kept as text in extra_columns. Fields may be quoted
/// ("...", with "" for a quote, and may then hold separators and newlines).
/// Blank lines and lines starting with '#' are skipped. Node ids are
/// interned in order of first appearance.
///
/// Complexity: linear in the input; no allocation per field except for
/// extra columns and quoted fields.
/// \throws parse_error (file, line, column and field named) for a missing
///         column, a wrong field count, a non-numeric weight, a bad sign, NaN.
[[nodiscard]] edge_list read_edge_list_csv(std::string_view bytes, const std::string& name,
                                           const edge_list_options& options = {});

/// Adds the nodes of a node list to an edge list: a CSV/TSV whose header has
/// an `id` column (and optionally `label`). Ids not yet present are appended
/// as isolated nodes; labels fill `labels`. Returns how many nodes were new.
/// \throws parse_error for a missing `id` column, a wrong field count or a repeated id.
std::size_t add_node_list_csv(edge_list& edges, std::string_view bytes, const std::string& name,
                              const edge_list_options& options = {});

/// Reads a Pajek network (.net, .paj): *Vertices with labels, *Arcs and
/// *Edges with optional weights (negative weights give the sign: the file's
/// value is kept in `weight` and its sign in `sign`), *Arcslist and
/// *Edgeslist, and *Matrix. Lines end with LF or CRLF. In a .paj project
/// holding several *Network sections, `options.network` picks one; other
/// sections (*Partition, *Vector) are skipped.
/// \throws parse_error with file, line and what was expected.
[[nodiscard]] edge_list read_pajek(std::string_view bytes, const std::string& name,
                                   const edge_list_options& options = {});

/// Reads a file by its extension: .net and .paj as Pajek, anything else as
/// CSV/TSV (.tsv and .tab default to tabs). The file is memory-mapped.
/// \throws io_error, parse_error
[[nodiscard]] edge_list load_edge_list(const std::filesystem::path& path, const edge_list_options& options = {});

}  // namespace faultline
