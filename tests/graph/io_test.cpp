// SPDX-License-Identifier: Apache-2.0
// Whole-file reads and crash-safe writes (faultline/graph/io.hpp): the lock
// that serialises read-modify-write updates of a snapshot, and the removal
// of temporaries that killed writers left (issue 17, 3).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <thread>

#include <faultline/graph/error.hpp>
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

TEST_CASE("file_lock: a FIFO or a directory is not locked (opening a FIFO would wait for a writer forever)") {
  temp_dir dir;
  const auto fifo = dir.path / "out.snap";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto lock = file_lock::lock(fifo);  // returns at once; it blocked in open() before
  CHECK_FALSE(lock.held());
  CHECK_FALSE(file_lock::lock(dir.path).held());
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
  CHECK_FALSE(locked.load());          // it waits for the holder
  write_file_atomic(snap, "old+new");  // the holder's update: a new file renamed over the name
  const auto new_inode = inode_of(snap);
  holder.reset();
  waiter.join();
  CHECK(locked.load());
  CHECK(seen == "old+new");
  CHECK(waiter_inode == new_inode);
}

namespace {

// A process id that is not running: a child that has exited and been reaped.
long dead_pid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return static_cast<long>(child);
}

std::size_t temporaries_beside(const fs::path& file) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(file.parent_path()))
    if (e.path().filename().string().starts_with("." + file.filename().string() + ".tmp-")) ++n;
  return n;
}

}  // namespace

TEST_CASE("a write removes the temporaries a killed writer left, and only those") {
  temp_dir dir;
  const auto snap = dir.path / "events.snap";
  write_file_atomic(snap, "v1");
  const auto dead = dir.path / (".events.snap.tmp-" + std::to_string(dead_pid()) + "-12345");
  const auto alive = dir.path / (".events.snap.tmp-" + std::to_string(::getpid()) + "-678");
  const auto old_stale = dir.path / ".events.snap.tmp-3141592653";  // the older naming, last written long ago
  const auto old_fresh = dir.path / ".events.snap.tmp-2718281828";  // the older naming, just written
  const auto other = dir.path / ".other.snap.tmp-1-1";              // another file's temporary
  const auto lookalike = dir.path / ".events.snap.tmp-notes";       // not of our naming
  for (const auto& p : {dead, alive, old_stale, old_fresh, other, lookalike})
    write_file_atomic(p, std::string(1000, 'x'));
  const auto long_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  fs::last_write_time(old_stale, long_ago);

  write_file_atomic(snap, "v2");
  CHECK(read_file(snap) == "v2");
  CHECK_FALSE(fs::exists(dead));
  CHECK_FALSE(fs::exists(old_stale));
  CHECK(fs::exists(alive));  // its process (this one) runs
  CHECK(fs::exists(old_fresh));
  CHECK(fs::exists(other));
  CHECK(fs::exists(lookalike));
  CHECK(temporaries_beside(snap) == 3);  // alive, old_fresh and the lookalike

  // A temporary whose process is gone but whose lock is held (a writer in
  // another process namespace) stays.
  const auto locked = dir.path / (".events.snap.tmp-" + std::to_string(dead_pid()) + "-9");
  write_file_atomic(locked, "x");
  {
    const auto lock = file_lock::try_lock(locked);
    REQUIRE(lock);
    CHECK(remove_stale_temporaries(snap) == 0);
    CHECK(fs::exists(locked));
  }
  CHECK(remove_stale_temporaries(snap) == 1);
  CHECK_FALSE(fs::exists(locked));
}

TEST_CASE("atomic_file names its temporary with its process id and locks it while writing") {
  temp_dir dir;
  const auto snap = dir.path / "events.snap";
  atomic_file out(snap);
  out.write("partial");
  std::size_t found = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) {
    const auto name = e.path().filename().string();
    if (!name.starts_with(".events.snap.tmp-" + std::to_string(::getpid()) + "-")) continue;
    ++found;
    CHECK_FALSE(file_lock::try_lock(e.path()));  // its writer holds it
  }
  CHECK(found == 1);
  CHECK(remove_stale_temporaries(snap) == 0);
  out.commit();
  CHECK(read_file(snap) == "partial");
  CHECK(temporaries_beside(snap) == 0);
}

TEST_CASE("read_file refuses a device, which never ends (-s /dev/zero read until memory ran out)") {
  try {
    (void)read_file("/dev/zero");
    FAIL("no exception");
  } catch (const io_error& e) {
    CHECK(std::string(e.what()) == "Cannot read /dev/zero: it is a device or socket, not a file or a pipe");
  }
}
