// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to the graph library: the writer of columnar snapshots (format
// version 5, columnar.hpp).

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <faultline/graph/detail/snapshot_records.hpp>
#include <faultline/graph/model.hpp>

namespace faultline {

/// The Boost archive of a graph's content but its incidents, roles and
/// links (the `rest` section), and its reading back (snapshot.cpp).
/// \throws snapshot_error naming `name` when the bytes cannot be decoded
[[nodiscard]] std::string snapshot_rest_bytes(const graph_data& d);
[[nodiscard]] graph_data read_snapshot_rest(std::string_view bytes, const std::string& name);

}  // namespace faultline

namespace faultline::detail::columnar {

/// Where a snapshot's bytes go: appended, or overwriting bytes written.
class output {
 public:
  virtual ~output() = default;
  virtual void write(std::string_view bytes) = 0;
  virtual void write_at(std::uint64_t offset, std::string_view bytes) = 0;
};

/// Collects incidents and roles one at a time into columns, then writes the
/// snapshot. The columns wait in memory, and past a budget (1 GiB) in unnamed
/// temporary files in a directory (so that a long import holds little).
class builder {
 public:
  /// Columns wait in memory up to `memory_budget` bytes, then all in
  /// temporary files in `spill_dir` (empty: always in memory).
  explicit builder(const std::filesystem::path& spill_dir, std::size_t memory_budget = std::size_t{1} << 30);
  ~builder();
  builder(const builder&) = delete;
  builder& operator=(const builder&) = delete;

  /// Appends an incident / a role. \throws io_error
  void add(const incident& i);
  void add(const role_edge& r);
  /// add() of an incident whose record head was encoded by an importer
  /// (encode_incident_head) and whose texts and row are given apart.
  /// `hints`: what the importer computed of the texts (their hashes), or null.
  void add_prepared(std::string_view head, const shared_texts& texts, std::uint64_t row,
                    const text_hints* hints = nullptr);
  /// Fetches into cache what interning a text of hash `h` reads first.
  void prefetch(std::uint64_t h) const noexcept;
  [[nodiscard]] std::uint64_t incidents() const noexcept;
  [[nodiscard]] std::uint64_t roles() const noexcept;

  /// Builds the indexes and writes the snapshot: the incidents and roles
  /// added, and of `rest` everything but its incidents and roles (its links
  /// too). \throws io_error, usage_error when a role refers to no incident
  /// or actor, or when there are more than 2^32-2 of anything.
  void finish(const graph_data& rest, output& out);

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace faultline::detail::columnar
