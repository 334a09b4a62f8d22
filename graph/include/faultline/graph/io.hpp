// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Whole-file reads and crash-safe writes.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <faultline/graph/limits.hpp>

namespace faultline {

/// The whole content of a file (or pipe). \throws io_error naming the file
/// and the reason, also when it holds more than limits.max_input_bytes
/// (checked before reading a file, while reading a pipe).
[[nodiscard]] std::string read_file(const std::filesystem::path& path, const input_limits& limits = {});

/// Writes `bytes` to a temporary file in the same directory, flushes it and
/// renames it over `path`: readers see the old file or the new one, never a
/// torn one. The temporary file is removed on failure. \throws io_error
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

/// Removes the temporary files that writers of `path` (atomic_file,
/// write_file_atomic) killed before they finished left beside it, and
/// returns how many. A temporary is ".NAME.tmp-PID-N"; it is removed when
/// process PID is gone and no one holds the lock its writer keeps on it
/// while writing. One of the older naming, ".NAME.tmp-N", is removed when
/// no one holds a lock on it and it was last written 10 minutes ago or
/// more. Other files are never touched. atomic_file calls this before it
/// creates its own temporary. Never throws (a file it cannot remove stays).
std::size_t remove_stale_temporaries(const std::filesystem::path& path);

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

/// An exclusive advisory lock (flock(2)) on an existing file, for a
/// read-modify-write such as `import --append`: whoever holds it is the only
/// one reading the file in order to replace it, so two such updates run one
/// after the other and neither loses the other's additions. The lock is on
/// the file, not on its name: when the holder replaces the file (a rename,
/// as atomic_file does) and lets go, a waiter finds that the name now
/// points to a new file and locks that one, so it reads what the holder
/// wrote. A missing file needs no lock: the object then holds nothing.
/// Released by the destructor. Experimental.
class file_lock {
 public:
  /// Takes the lock now, or returns nullopt when another process (or
  /// another open file here) holds it. 	hrows io_error naming the file
  [[nodiscard]] static std::optional<file_lock> try_lock(const std::filesystem::path& path);
  /// Takes the lock, waiting as long as another holds it. 	hrows io_error
  [[nodiscard]] static file_lock lock(const std::filesystem::path& path);

  file_lock(file_lock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  file_lock& operator=(file_lock&& other) noexcept;
  file_lock(const file_lock&) = delete;
  file_lock& operator=(const file_lock&) = delete;
  ~file_lock();
  /// True when a file is locked (false: there was no file to lock).
  [[nodiscard]] bool held() const noexcept { return fd_ >= 0; }

 private:
  explicit file_lock(int fd) noexcept : fd_(fd) {}
  static std::optional<file_lock> acquire(const std::filesystem::path& path, bool wait);
  int fd_ = -1;
};

}  // namespace faultline
