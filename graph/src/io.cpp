// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/io.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

#include <faultline/graph/error.hpp>

namespace faultline {

std::string read_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw io_error("Cannot read " + path.string() + ": it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw io_error("Cannot open " + path.string() + ": " + std::strerror(errno));
  std::string bytes;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  } else {  // a pipe or a special file: read until the end
    in.clear();
    in.seekg(0, std::ios::beg);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) throw io_error("Cannot read " + path.string() + ": " + std::strerror(errno));
  return bytes;
}

void write_file_atomic(const std::filesystem::path& path, std::string_view bytes) {
  const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::random_device rd;
  // Built by appending: GCC 12 at -O3 warns (-Wrestrict, falsely) on the chained operator+ form.
  std::string temp_name = ".";
  temp_name += path.filename().string();
  temp_name += ".tmp-";
  temp_name += std::to_string(rd());
  const auto temp = dir / temp_name;
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw io_error("Cannot write " + path.string() + ": " + std::strerror(errno));
  auto fail = [&](const char* what) {
    const int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    throw io_error("Cannot write " + path.string() + ": " + what + ": " + std::strerror(saved));
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write failed");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) fail("fsync failed");
  if (::close(fd) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    throw io_error("Cannot write " + path.string() + ": close failed: " + std::strerror(saved));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    throw io_error("Cannot write " + path.string() + ": rename failed: " + std::strerror(saved));
  }
}

}  // namespace faultline
