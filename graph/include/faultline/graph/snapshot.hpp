// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Binary snapshots of a graph, for reloading fast.
///
/// Snapshots are written in format version 5, columnar: a 64-byte header
/// (the magic "FLTSNAP\0", the version, the number of sections, the numbers
/// of incidents, roles, links and actors, the file size and a checksum of
/// the header and the section table), a table of sections (kind, element
/// width, offset, size and CRC-32 of each), then the sections, each at a
/// multiple of 64 bytes: incidents, roles and links as fixed-width columns,
/// one table of strings, the source lists, indexes (incidents by date, each
/// actor's incidents, each incident's roles), and the rest of `graph_data`
/// (scenarios, relation types, sources, actors, relations) as a Boost binary
/// archive. `event_store` (event_store.hpp) reads such a file in place;
/// docs/snapshot-format.md describes it byte by byte. Version 4 snapshots
/// (faultline 0.2 to 0.3: incidents and roles as compact records, one
/// checksum) are still read, never written. Numbers are in the machine's
/// byte order (little-endian only), so snapshots are not portable across
/// architectures; a snapshot is a cache, the scenario is the source.

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <faultline/graph/detail/snapshot_records.hpp>
#include <faultline/graph/graph.hpp>

namespace faultline {

/// The version written: 5, columnar (above). Versions 4 and 5 are read;
/// files of another version are refused with a message that says to
/// re-create them.
inline constexpr std::uint32_t snapshot_format_version = 5;
inline constexpr std::string_view snapshot_magic{"FLTSNAP\0", 8};

/// True when `bytes` starts with the snapshot magic.
[[nodiscard]] bool is_snapshot(std::string_view bytes) noexcept;

/// True when `bytes` is most likely a snapshot whose magic was damaged: not
/// is_snapshot(), but at least 5 of its first 8 bytes are the magic's, and a
/// NUL byte (which no scenario holds) is among its first 16. Loaders then
/// say "damaged snapshot" rather than what a scenario reader would say.
[[nodiscard]] bool looks_like_damaged_snapshot(std::string_view bytes) noexcept;

/// The snapshot of a graph, as bytes. O(size of the graph).
[[nodiscard]] std::string snapshot_bytes(const graph& g);

/// Writes a snapshot to a temporary file beside `path` and renames it over
/// `path`, so a crash never leaves a torn file. \throws io_error
void write_snapshot(const graph& g, const std::filesystem::path& path);

/// Writes a snapshot whose incidents and roles are given one at a time, so
/// a content too large to hold in memory (a long event import) can be
/// written as it is produced. Incidents and roles keep the order they are
/// added in, each family on its own: incident k added is incident index k.
/// Until commit() the file on disk is untouched; a writer destroyed without
/// commit() leaves it as it was.
class snapshot_writer {
 public:
  /// The columns are held in memory up to this many bytes by default.
  static constexpr std::size_t default_memory_budget = std::size_t{1} << 30;
  /// Opens a temporary file beside `path`. Incidents and roles added wait in
  /// memory up to `memory_budget` bytes, then all of them in unnamed
  /// temporary files beside `path` (a long import holds little in memory).
  /// \throws io_error
  explicit snapshot_writer(const std::filesystem::path& path, std::size_t memory_budget = default_memory_budget);
  ~snapshot_writer();
  snapshot_writer(snapshot_writer&&) noexcept;
  snapshot_writer& operator=(snapshot_writer&&) noexcept;

  /// Appends an incident / a role. \throws io_error
  void add(const incident& i);
  void add(const role_edge& r);
  /// Internal to faultline's importers: the record of an incident prepared
  /// on a parsing thread (detail/snapshot_records.hpp).
  struct prepared_incident {
    std::string_view head;       ///< the head of the record (encode_incident_head)
    detail::shared_texts texts;  ///< its texts that go through the string table (texts_of)
    std::uint64_t row = 0;       ///< its coding.row
    detail::text_hints hints;    ///< what is known of the texts
  };
  /// Internal to faultline's importers: add(i) of a prepared incident.
  void add_prepared(const prepared_incident& p);
  /// Internal to faultline's importers: fetches into cache what add_prepared()
  /// reads first for a text of hash `h` (called some incidents ahead).
  void prefetch_text(std::uint64_t h) const noexcept;
  /// How many were added.
  [[nodiscard]] std::uint64_t incidents() const noexcept;
  [[nodiscard]] std::uint64_t roles() const noexcept;

  /// Writes the rest of the content (sources, actors, relations, links...;
  /// `rest.incidents` and `rest.roles` must be empty: those added stand for
  /// them) and renames the file over `path`. The content is not validated:
  /// give what a `graph` would accept.
  /// \throws io_error, usage_error when `rest` has incidents or roles, when
  ///         a role refers to no incident or actor, or when more than 2^32-2
  ///         of anything were added.
  void commit(const graph_data& rest);

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// Reads a snapshot from bytes; `name` is used in messages.
/// \throws snapshot_error when the bytes are truncated, damaged (checksum),
///         of another format version, not a snapshot, or inconsistent.
[[nodiscard]] graph read_snapshot(std::string_view bytes, const std::string& name);

/// The content of a snapshot, decoded but not yet validated (the graph
/// constructor validates it); for loaders that add scenarios to it.
/// \throws snapshot_error as read_snapshot, except for inconsistency.
[[nodiscard]] graph_data read_snapshot_data(std::string_view bytes, const std::string& name);

/// Reads a snapshot file. \throws io_error, snapshot_error
[[nodiscard]] graph read_snapshot(const std::filesystem::path& path);

}  // namespace faultline
