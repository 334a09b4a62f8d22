// SPDX-License-Identifier: Apache-2.0
// Whole-file reads and crash-safe writes (faultline/graph/io.hpp): the lock
// that serialises read-modify-write updates of a snapshot (issue 17, 3).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <thread>

#include <faultline/graph/io.hpp>

using namespace faultline;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temporary one, removed at the end.
struct temp_dir {
  fs::path path;
  temp_dir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("faultline-io-test-" + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~temp_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
};

ino_t inode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_ino;
}

}  // namespace

TEST_CASE("file_lock: a second lock on a held file is refused until the first is released") {
  temp_dir dir;
  const auto snap = dir.path / "events.snap";
  write_file_atomic(snap, "old");
  auto first = file_lock::try_lock(snap);
  REQUIRE(first);
  CHECK(first->held());
  // flock locks belong to an open file: a second open here conflicts as another process would.
  CHECK_FALSE(file_lock::try_lock(snap));
  first.reset();
  const auto again = file_lock::try_lock(snap);
  REQUIRE(again);
  CHECK(again->held());
}

TEST_CASE("file_lock: a missing file needs no lock") {
  temp_dir dir;
  const auto lock = file_lock::try_lock(dir.path / "new.snap");
  REQUIRE(lock);
  CHECK_FALSE(lock->held());
}

TEST_CASE("file_lock: a waiter locks the file renamed over the name, and reads what the holder wrote") {
  temp_dir dir;
  const auto snap = dir.path / "events.snap";
  write_file_atomic(snap, "old");
  auto holder = file_lock::try_lock(snap);
  REQUIRE(holder);
  std::atomic<bool> locked{false};
  std::string seen;
  ino_t waiter_inode = 0;
  std::thread waiter([&] {
    const auto lock = file_lock::lock(snap);
    locked = true;
    seen = read_file(snap);
    waiter_inode = inode_of(snap);
    // Still held here: another try fails.
    CHECK_FALSE(file_lock::try_lock(snap));
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK_FALSE(locked.load());  // it waits for the holder
  write_file_atomic(snap, "old+new");  // the holder's update: a new file renamed over the name
  const auto new_inode = inode_of(snap);
  holder.reset();
  waiter.join();
  CHECK(locked.load());
  CHECK(seen == "old+new");
  CHECK(waiter_inode == new_inode);
}
