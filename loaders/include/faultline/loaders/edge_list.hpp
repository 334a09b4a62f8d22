// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Plain edge lists: CSV/TSV node and edge lists, and Pajek .net/.paj files.
/// They load into an `edge_list`, from which the analysis forms (the compact
/// CSR graph, the signed actor graph) are built directly, without going
/// through the typed actor graph.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/date.hpp>
#include <faultline/graph/limits.hpp>

namespace faultline {

/// How the ties of an edge list are dated (read_edge_list_csv, from its header).
enum class edge_time : std::uint8_t {
  none,       ///< no time column
  dated,      ///< a `date` column: when each tie happened (like an incident)
  spans,      ///< `year`, or `since`/`until` columns: when each tie holds (like a relation)
  snapshots,  ///< a `window` column: the list is a series of snapshots, one per label
};

/// Nodes and edges as read from a file. Columns absent from the file leave
/// their vector empty (e.g. `weight.empty()` when there was no weight column).
struct edge_list {
  std::string name;                   ///< the file, for messages
  std::vector<std::string> nodes;     ///< node index -> id (CSV: the id as written; Pajek: the label)
  std::vector<std::string> labels;    ///< node index -> display label from a node list, or empty
  std::vector<std::uint32_t> source;  ///< per edge
  std::vector<std::uint32_t> target;  ///< per edge
  std::vector<double> weight;         ///< per edge, or empty
  std::vector<std::int8_t> sign;      ///< per edge: -1, 0 or +1, or empty
  std::vector<std::uint32_t> type;    ///< per edge, index into type_names, or empty
  std::vector<std::string> type_names;
  std::vector<std::string> date;  ///< per edge, as written (not parsed), or empty
  /// Per edge: 1 for an arc (directed), 0 for an edge (undirected). Empty
  /// when every edge follows `directed`.
  std::vector<std::uint8_t> arc;
  bool directed = true;
  /// Columns the loader does not interpret, kept as text: names, then values
  /// column by column (extra_values[c][e]).
  std::vector<std::string> extra_columns;
  std::vector<std::vector<std::string>> extra_values;
  /// Pajek project (.paj): the title of the *Network section read (e.g.
  /// "UciNet\PADGETT.DAT : PADGM"), its 1-based number, and how many
  /// networks the file holds. Empty and 0 for CSV and for a Pajek file
  /// without *Network lines.
  std::string network;
  std::size_t network_number = 0;
  std::size_t network_count = 0;
  /// Pajek read undirected: arcs dropped because their opposite arc of the
  /// same value was read before (the pair is one edge).
  std::size_t paired_arcs = 0;
  /// Time of the ties, when the CSV header names a time column (see
  /// read_edge_list_csv): per edge, the first and last date the tie is
  /// dated to or holds (equal for a `date` or `year`); a default-constructed
  /// (invalid) date is an open end. Empty when `time` is none.
  edge_time time = edge_time::none;
  std::vector<faultline::date> since;
  std::vector<faultline::date> until;
  /// edge_time::snapshots: per edge, the index of its snapshot in `snapshot_names`
  /// (the `window` column's labels, e.g. "46-49", in order of first appearance).
  std::vector<std::uint32_t> snapshot;
  std::vector<std::string> snapshot_names;

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
  /// Whether edges are directed. Pajek files say it themselves (*Arcs vs
  /// *Edges); false reads their arcs as edges too (see read_pajek). Default true.
  bool directed = true;
  /// Header names of the source and target columns, when they are not
  /// `source`/`from` and `target`/`to` (e.g. "country1", "country2").
  /// Matched case-insensitively. Default empty.
  std::string source_column;
  std::string target_column;
  /// For Pajek files holding several networks: the one to read, by name or
  /// 1-based number. Empty reads the first. Default empty.
  std::string network;
  /// A field of a CSV/TSV edge or node list longer than
  /// limits.max_string_bytes is an error. (The lists are mapped, not read
  /// whole: limits.max_input_bytes does not apply.)
  input_limits limits;
};

/// Reads a CSV or TSV edge list. The first line is a header naming the
/// columns: `source` and `target` (or `from` and `to`) are required;
/// `weight`, `sign` (+, -, +1, -1, 1, 0), `type` and `date` are interpreted;
/// any other column is kept as text in extra_columns.
///
/// Time columns date the ties (`edge_list::time`): `window`
/// (snapshots: "46-49" and "1946-1949" are 1946 to 1949, two-digit years
/// being 19YY and an end below the start in the next century; also
/// "1946..1949", "2020-01..2020-06" or one date); else `since` and/or
/// `until` (spans); else `year` (the tie holds in that year); else `date`
/// (when the tie happened). Dates are YYYY, YYYY-MM or YYYY-MM-DD; an empty
/// field is an open end (an undated tie always holds). The `date` column's
/// text is also kept in `date`. Fields may be quoted
/// ("...", with "" for a quote, and may then hold separators and newlines).
/// Blank lines and lines starting with '#' are skipped. Node ids are
/// interned in order of first appearance.
///
/// Complexity: linear in the input; no allocation per field except for
/// extra columns and quoted fields.
/// \throws parse_error (file, line, column and field named) for a missing
///         column, a wrong field count, a non-numeric weight, a bad sign, NaN,
///         a bad date or period, or since after until.
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
/// holding several *Network sections, `options.network` picks one (by
/// 1-based number, full title or its last word, e.g. "PADGM"), else the
/// first is read; `network`, `network_number` and `network_count` of the
/// result say which. Other sections (*Partition, *Vector) are skipped.
/// With `options.directed` false, arcs (*Arcs, *Arcslist, *Matrix) are read
/// as edges, and an arc whose opposite arc with the same value was read
/// before is dropped as the same edge (counted in `paired_arcs`).
/// \throws parse_error with file, line and what was expected.
[[nodiscard]] edge_list read_pajek(std::string_view bytes, const std::string& name,
                                   const edge_list_options& options = {});

/// Which ties of a dated edge list to keep (select_edges_in_time).
struct edge_time_filter {
  /// Ties that hold on this date: a span covering it, a `date` on or
  /// before it; of a series of snapshots, the one snapshot covering it that
  /// ends first (the least of what came after the date), the latest-starting
  /// of those ending together.
  std::optional<date> as_of;
  /// Ties within FROM..TO (either end may be open): a span or `date`
  /// overlapping it; of snapshots, the one whose period lies inside it
  /// (several are refused: their ties would be counted together).
  std::optional<date> from, to;
  /// Of snapshots: the one with this label (e.g. "47-50").
  std::string snapshot;

  [[nodiscard]] bool empty() const noexcept { return !as_of && !from && !to && snapshot.empty(); }
};

/// What select_edges_in_time() kept.
struct edge_time_selection {
  edge_list edges;                      ///< the kept ties; nodes renumbered to those with a kept tie
  std::size_t ties_before = 0;          ///< ties of the whole list
  std::string snapshot;                 ///< snapshots: the label of the snapshot kept
  std::vector<std::string> candidates;  ///< snapshots with as_of: every snapshot covering the date, in file order
};

/// Keeps the ties of a dated edge list that a time filter selects (see
/// edge_time_filter); the result's nodes are the nodes of the kept ties, in
/// their original order, with their labels. Complexity: O(V + E).
/// \throws usage_error when the list has no time column, when a snapshot
///         label is unknown, when as_of and a window are both given for
///         snapshots, or when a window spans several snapshots.
[[nodiscard]] edge_time_selection select_edges_in_time(const edge_list& edges, const edge_time_filter& filter);

/// Reads a file by its extension: .net and .paj as Pajek, anything else as
/// CSV/TSV (.tsv and .tab default to tabs). The file is memory-mapped.
/// \throws io_error, parse_error
[[nodiscard]] edge_list load_edge_list(const std::filesystem::path& path, const edge_list_options& options = {});

}  // namespace faultline
