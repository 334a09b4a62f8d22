// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Whole-file reads and crash-safe writes.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace faultline {

/// The whole content of a file. \throws io_error naming the file and the reason.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

/// Writes `bytes` to a temporary file in the same directory, flushes it and
/// renames it over `path`: readers see the old file or the new one, never a
/// torn one. The temporary file is removed on failure. \throws io_error
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

/// The same in pieces, for output too large to hold in memory at once:
/// write() appends to a temporary file beside `path`, write_at() overwrites
/// bytes already written (e.g. a header), commit() flushes and renames it
/// over `path`. Destroyed without commit(), it removes the temporary file,
/// leaving `path` as it was. Every member throws io_error naming `path`.
/// On Linux, appended data is handed to the disk every few MiB as it comes
/// (sync_file_range), so that commit()'s flush of a large file is short.
class atomic_file {
 public:
  explicit atomic_file(const std::filesystem::path& path);
  ~atomic_file();
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  void write(std::string_view bytes);
  void write_at(std::uint64_t offset, std::string_view bytes);
  void commit();

 private:
  [[noreturn]] void fail(const char* what);
  std::filesystem::path path_, temp_;
  int fd_ = -1;
  std::uint64_t appended_ = 0, handed_ = 0;  // bytes appended; of them, handed to the disk early
};

}  // namespace faultline
