// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/io.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <random>

#include <faultline/graph/error.hpp>

namespace faultline {

std::string size_text(std::uint64_t bytes) {
  static constexpr const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024 || bytes % 1024 != 0) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  std::uint64_t value = bytes / 1024;
  std::size_t unit = 0;
  while (unit + 1 < std::size(units) && value % 1024 == 0) {
    value /= 1024;
    ++unit;
  }
  return std::to_string(value) + " " + units[unit];
}

std::string string_limit_message(const char* what, std::uint64_t length, std::uint64_t limit) {
  return std::string(what) + " of " + std::to_string(length) + " bytes is longer than the limit of " +
         size_text(limit) +
         " on one value or line (raise it with --max-string-length, or input_limits::max_string_bytes in the library)";
}

namespace {

// `size`: the file's, or 0 for a pipe that gave more than the limit.
std::string input_limit_message(const std::filesystem::path& path, std::uint64_t size, std::uint64_t limit) {
  return "Cannot read " + path.string() + ": it " +
         (size > 0 ? "holds " + std::to_string(size) + " bytes, more than" : std::string("gives more than")) +
         " the limit of " + size_text(limit) +
         " on an input read whole into memory (raise it with --max-input-size, or input_limits::max_input_bytes in "
         "the library)";
}

}  // namespace

std::string read_file(const std::filesystem::path& path, const input_limits& limits) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw io_error("Cannot read " + path.string() + ": it is a directory");
  // A device (/dev/zero, /dev/urandom, a terminal) never ends, or waits for
  // a person: read to its end, it would take all memory (issue 17). Files
  // and pipes (`-s /dev/stdin` fed by a pipe) are read.
  const auto type = std::filesystem::status(path, ec).type();
  if (type == std::filesystem::file_type::character || type == std::filesystem::file_type::block ||
      type == std::filesystem::file_type::socket)
    throw io_error("Cannot read " + path.string() + ": it is a device or socket, not a file or a pipe");
  const std::uint64_t limit = limits.max_input_bytes == 0 ? ~std::uint64_t{0} : limits.max_input_bytes;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw io_error("Cannot open " + path.string() + ": " + std::strerror(errno));
  std::string bytes;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    if (static_cast<std::uint64_t>(size) > limit)
      throw io_error(input_limit_message(path, static_cast<std::uint64_t>(size), limit));
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  } else {  // a pipe or a special file: read until the end, or past the limit
    in.clear();
    in.seekg(0, std::ios::beg);
    in.clear();  // (a pipe cannot seek)
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
      if (bytes.size() > limit) throw io_error(input_limit_message(path, 0, limit));
    }
  }
  if (in.bad()) throw io_error("Cannot read " + path.string() + ": " + std::strerror(errno));
  return bytes;
}

namespace {

// Seconds after which a temporary of the older naming (".NAME.tmp-N", no
// process id in it) whose lock is free is taken for stale: its writer, if
// it were alive, would have written to it more recently than that.
constexpr std::int64_t old_temporary_age = 600;

// True when no process of this id runs (as far as this process can see):
// none, or a zombie (killed, not yet reaped by its parent).
bool process_dead(long pid) {
  if (pid <= 0) return false;
  if (::kill(static_cast<pid_t>(pid), 0) != 0) return errno == ESRCH;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  const auto close = line.rfind(')');  // "PID (COMMAND) STATE ...": the command may hold spaces and parentheses
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z';
}

}  // namespace

std::size_t remove_stale_temporaries(const std::filesystem::path& path) {
  const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string prefix = ".";
  prefix += path.filename().string();
  prefix += ".tmp-";
  std::size_t removed = 0;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const auto name = it->path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const std::string_view rest = std::string_view(name).substr(prefix.size());
    // ".NAME.tmp-PID-RANDOM" (this version) or ".NAME.tmp-RANDOM" (before).
    const auto dash = rest.find('-');
    const auto digits = [](std::string_view t) {
      return !t.empty() && t.size() <= 19 && t.find_first_not_of("0123456789") == std::string_view::npos;
    };
    bool stale = false;
    if (dash == std::string_view::npos) {
      if (!digits(rest)) continue;
      struct stat st {};
      if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      stale = ::time(nullptr) - st.st_mtime >= old_temporary_age;
    } else {
      if (!digits(rest.substr(0, dash)) || !digits(rest.substr(dash + 1))) continue;
      long pid = 0;
      const auto pid_text = rest.substr(0, dash);
      const auto [stop, error] = std::from_chars(pid_text.data(), pid_text.data() + pid_text.size(), pid);
      stale = error == std::errc{} && stop == pid_text.data() + pid_text.size() && process_dead(pid);
    }
    if (!stale) continue;
    // A writer holds an exclusive lock on its temporary while it writes:
    // a free lock (with its process gone) means nobody will finish it.
    const int fd = ::open(it->path().c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) continue;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(it->path().c_str()) == 0) ++removed;
    ::close(fd);
  }
  return removed;
}

atomic_file::atomic_file(const std::filesystem::path& path) : path_(path) {
  const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  // What a killed writer left beside this file goes first (best effort).
  (void)remove_stale_temporaries(path);
  std::random_device rd;
  // Built by appending: GCC 12 at -O3 warns (-Wrestrict, falsely) on the chained operator+ form.
  // The process id in the name, and the lock held on the file while it is
  // written, let a later writer tell a temporary left by a killed one.
  std::string temp_name = ".";
  temp_name += path.filename().string();
  temp_name += ".tmp-";
  temp_name += std::to_string(::getpid());
  temp_name += '-';
  temp_name += std::to_string(rd());
  temp_ = dir / temp_name;
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) throw io_error("Cannot write " + path.string() + ": " + std::strerror(errno));
  // (Fails only where flock is not supported; the process id still guards the file then.)
  (void)::flock(fd_, LOCK_EX | LOCK_NB);
}

atomic_file::~atomic_file() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlink(temp_.c_str());
}

void atomic_file::fail(const char* what) {
  const int saved = errno;
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temp_.c_str());
  throw io_error("Cannot write " + path_.string() + ": " + what + ": " + std::strerror(saved));
}

void atomic_file::write(std::string_view bytes) {
  if (fd_ < 0) throw io_error("Cannot write " + path_.string() + ": already closed");
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write failed");
    }
    done += static_cast<std::size_t>(n);
  }
  appended_ += bytes.size();
#if defined(__linux__) && defined(SYNC_FILE_RANGE_WRITE)
  // Starts the writeback of what has piled up (not waiting for it): only a
  // hint, so its failure is left to commit()'s fsync to report.
  constexpr std::uint64_t early = std::uint64_t{8} << 20;
  if (appended_ - handed_ >= early) {
    (void)::sync_file_range(fd_, static_cast<off_t>(handed_), static_cast<off_t>(appended_ - handed_),
                            SYNC_FILE_RANGE_WRITE);
    handed_ = appended_;
  }
#endif
}

void atomic_file::write_at(std::uint64_t offset, std::string_view bytes) {
  if (fd_ < 0) throw io_error("Cannot write " + path_.string() + ": already closed");
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write failed");
    }
    done += static_cast<std::size_t>(n);
  }
}

void atomic_file::commit() {
  if (fd_ < 0) throw io_error("Cannot write " + path_.string() + ": already closed");
  if (::fsync(fd_) != 0) fail("fsync failed");
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const int saved = errno;
    ::unlink(temp_.c_str());
    throw io_error("Cannot write " + path_.string() + ": close failed: " + std::strerror(saved));
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp_.c_str());
    throw io_error("Cannot write " + path_.string() + ": rename failed: " + std::strerror(saved));
  }
}

void write_file_atomic(const std::filesystem::path& path, std::string_view bytes) {
  atomic_file out(path);
  out.write(bytes);
  out.commit();
}

std::optional<file_lock> file_lock::acquire(const std::filesystem::path& path, bool wait) {
  for (;;) {
    // Only a regular file is locked: a FIFO would block the open, and a
    // device or directory is not read and replaced. O_NONBLOCK for the
    // race where the name becomes a FIFO after the check.
    struct stat before = {};
    if (::stat(path.c_str(), &before) == 0 && !S_ISREG(before.st_mode)) return file_lock(-1);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
      // Missing: nothing to lock. Not readable by this user: whoever can
      // read it to update it is another user, whom a lock would not stop.
      if (errno == ENOENT || errno == EACCES) return file_lock(-1);
      throw io_error("Cannot lock " + path.string() + ": " + std::strerror(errno));
    }
    int r = 0;
    while ((r = ::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB))) != 0 && errno == EINTR) {
    }
    if (r != 0) {
      const int saved = errno;
      ::close(fd);
      if (saved == EWOULDBLOCK) return std::nullopt;
      throw io_error("Cannot lock " + path.string() + ": " + std::strerror(saved));
    }
    // The holder we waited for may have renamed a new file over the name:
    // then this lock is on the old file, and the new one is what to lock.
    struct stat locked = {};
    struct stat named = {};
    if (::fstat(fd, &locked) == 0 && ::stat(path.c_str(), &named) == 0 && locked.st_dev == named.st_dev &&
        locked.st_ino == named.st_ino)
      return file_lock(fd);
    ::close(fd);
  }
}

std::optional<file_lock> file_lock::try_lock(const std::filesystem::path& path) {
  return acquire(path, false);
}

file_lock file_lock::lock(const std::filesystem::path& path) {
  return *acquire(path, true);
}

file_lock& file_lock::operator=(file_lock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

file_lock::~file_lock() {
  if (fd_ >= 0) ::close(fd_);  // (closing the last descriptor releases the lock)
}

}  // namespace faultline
