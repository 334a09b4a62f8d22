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
/// snapshot. The columns wait in unnamed temporary files in a directory (so
/// that a long import holds little in memory), or in memory.
class builder {
 public:
  /// `spill_dir` empty: columns wait in memory. \throws io_error
  explicit builder(const std::filesystem::path& spill_dir);
  ~builder();
  builder(const builder&) = delete;
  builder& operator=(const builder&) = delete;

  /// Appends an incident / a role. \throws io_error
  void add(const incident& i);
  void add(const role_edge& r);
  /// add() of an incident whose record head was encoded by an importer
  /// (encode_incident_head) and whose texts and row are given apart.
  void add_prepared(std::string_view head, const shared_texts& texts, std::uint64_t row);
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
