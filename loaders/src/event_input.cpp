// SPDX-License-Identifier: Apache-2.0
// Event inputs as users have them: plain files (mapped), gzip files, zip
// archives and standard input, decompressed with zlib.
//
// Zip archives are read here from their directory with zlib's raw inflate
// rather than with libzip: an import reads one member from start to end,
// which needs the end-of-central-directory record (and its zip64 form), one
// directory entry and the local header before the data, about 150 lines;
// libzip would add a dependency (and five more libraries it links) to the
// installed package for that, and it too needs the whole archive at hand
// (seekable) to read a zip from a pipe. Members stored (method 0) or
// deflated (method 8) are read, which is what zip tools write and what
// GDELT and ACLED publish; others, and encrypted members, are refused by
// name.
#include "event_input.hpp"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>

#include <faultline/graph/error.hpp>
#include <faultline/graph/limits.hpp>

namespace faultline::detail {
namespace {

constexpr std::size_t read_block = std::size_t{1} << 20;  // bytes read from a file or pipe at a time

std::uint16_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}
std::uint64_t u64(std::string_view b, std::size_t at) {
  return static_cast<std::uint64_t>(u32(b, at)) | static_cast<std::uint64_t>(u32(b, at + 4)) << 32;
}

[[noreturn]] void damaged(const std::string& name, const std::string& what) {
  throw parse_error({name, 0, 0}, what);
}

// A source of bytes read front to back.
class byte_stream {
 public:
  virtual ~byte_stream() = default;
  // Up to `n` bytes into `out`; 0 only at the end.
  virtual std::size_t read(char* out, std::size_t n) = 0;
  // Bytes of the underlying file or pipe consumed so far.
  [[nodiscard]] virtual std::uint64_t consumed() const noexcept = 0;
};

// Bytes in memory (a mapping or a buffer), in order.
// When `map` is the mapping the bytes are in, its pages behind the read
// position are released now and then, so that a large compressed file read
// from start to end does not stay resident.
class memory_stream final : public byte_stream {
 public:
  explicit memory_stream(std::string_view bytes, mapped_file* map = nullptr) : bytes_(bytes), map_(map) {}
  std::size_t read(char* out, std::size_t n) override {
    const auto k = std::min(n, bytes_.size() - pos_);
    if (k != 0) std::memcpy(out, bytes_.data() + pos_, k);
    pos_ += k;
    if (map_ != nullptr && pos_ - released_ >= release_every) {
      map_->release(static_cast<std::size_t>(bytes_.data() + pos_ - map_->bytes().data()));
      released_ = pos_;
    }
    return k;
  }
  [[nodiscard]] std::uint64_t consumed() const noexcept override { return pos_; }

 private:
  static constexpr std::size_t release_every = std::size_t{16} << 20;
  std::string_view bytes_;
  mapped_file* map_;
  std::size_t pos_ = 0, released_ = 0;
};

// A file descriptor (standard input, or a file read rather than mapped),
// after the bytes already taken from it to tell its kind (`prefix`).
class fd_stream final : public byte_stream {
 public:
  fd_stream(int fd, bool owned, std::string name, std::string prefix)
      : fd_(fd), owned_(owned), name_(std::move(name)), prefix_(std::move(prefix)) {}
  ~fd_stream() override {
    if (owned_) ::close(fd_);
  }
  fd_stream(const fd_stream&) = delete;
  fd_stream& operator=(const fd_stream&) = delete;
  std::size_t read(char* out, std::size_t n) override {
    if (prefix_at_ < prefix_.size()) {
      const auto k = std::min(n, prefix_.size() - prefix_at_);
      std::memcpy(out, prefix_.data() + prefix_at_, k);
      prefix_at_ += k;
      return k;
    }
    while (true) {
      const auto got = ::read(fd_, out, n);
      if (got >= 0) {
        consumed_ += static_cast<std::uint64_t>(got);
        return static_cast<std::size_t>(got);
      }
      if (errno != EINTR) throw io_error("Cannot read " + name_ + ": " + std::strerror(errno));
    }
  }
  [[nodiscard]] std::uint64_t consumed() const noexcept override { return consumed_ + prefix_at_; }

 private:
  int fd_;
  bool owned_;
  std::string name_;
  std::string prefix_;
  std::size_t prefix_at_ = 0;
  std::uint64_t consumed_ = 0;
};

// Reads up to `n` bytes, fewer only at the end.
std::string read_up_to(int fd, std::size_t n, const std::string& name) {
  std::string out(n, '\0');
  std::size_t have = 0;
  while (have < n) {
    const auto got = ::read(fd, out.data() + have, n - have);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      throw io_error("Cannot read " + name + ": " + std::strerror(errno));
    }
    have += static_cast<std::size_t>(got);
  }
  out.resize(have);
  return out;
}

// Decompresses a gzip stream (one member or several concatenated, as
// `gzip -c a b` and pigz write) or a zip member's raw deflate data. zlib
// checks a gzip member's CRC-32 and length; a zip member's are checked here
// against its directory entry.
class inflate_stream final : public byte_stream {
 public:
  struct raw_check {
    std::uint32_t crc = 0;
    std::uint64_t size = 0;
  };
  // `raw`: a zip member's deflate data with its expected CRC and size; else gzip.
  inflate_stream(std::unique_ptr<byte_stream> source, std::string name, std::optional<raw_check> raw)
      : source_(std::move(source)), name_(std::move(name)), raw_(raw), in_(read_block, '\0') {
    if (inflateInit2(&z_, raw_ ? -MAX_WBITS : MAX_WBITS + 16) != Z_OK)
      throw io_error("Cannot read " + name_ + ": zlib could not start (out of memory)");
  }
  ~inflate_stream() override { inflateEnd(&z_); }
  inflate_stream(const inflate_stream&) = delete;
  inflate_stream& operator=(const inflate_stream&) = delete;

  std::size_t read(char* out, std::size_t n) override {
    if (done_ || n == 0) return 0;
    n = std::min<std::size_t>(n, std::numeric_limits<uInt>::max());
    z_.next_out = reinterpret_cast<Bytef*>(out);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out > 0 && !done_) {
      if (z_.avail_in == 0 && !source_end_) {
        const auto got = source_->read(in_.data(), in_.size());
        if (got == 0) source_end_ = true;
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(got);
      }
      if (member_end_) {
        // After a gzip member: the end, or another member.
        if (z_.avail_in == 0) {
          if (source_end_) done_ = true;
          continue;
        }
        if (z_.next_in[0] != 0x1F)
          damaged(name_, "unexpected data after the end of the gzip stream (byte " + std::to_string(total_in()) +
                             "): expected another gzip member or the end of the file");
        inflateReset(&z_);
        member_end_ = false;
      }
      const auto before_out = z_.avail_out;
      const auto before_in = z_.avail_in;
      const int r = inflate(&z_, Z_NO_FLUSH);
      produced(out, n, before_out);
      if (r == Z_STREAM_END) {
        if (raw_) {
          finish_raw();
          done_ = true;
        } else {
          member_end_ = true;
        }
        continue;
      }
      if (r == Z_DATA_ERROR || r == Z_NEED_DICT)
        damaged(name_, std::string(raw_ ? "corrupt deflate data in the zip member" : "corrupt gzip data") + " (byte " +
                           std::to_string(total_in()) + "): " + (z_.msg != nullptr ? z_.msg : "invalid data"));
      if (r == Z_MEM_ERROR) throw io_error("Cannot read " + name_ + ": out of memory while decompressing");
      if (z_.avail_in == 0 && source_end_ && before_in == z_.avail_in && before_out == z_.avail_out)
        damaged(name_, std::string(raw_ ? "the zip member is truncated" : "the gzip file is truncated") +
                           ": the compressed data stops after " + std::to_string(total_in()) +
                           " bytes, before its end marker");
    }
    return n - z_.avail_out;
  }
  [[nodiscard]] std::uint64_t consumed() const noexcept override { return source_->consumed(); }

 private:
  // Compressed bytes read so far (of the file, or of the zip member's data).
  std::uint64_t total_in() const noexcept { return source_->consumed() - z_.avail_in; }
  void produced(const char* out, std::size_t n, uInt before_out) {
    const auto begin = reinterpret_cast<const Bytef*>(out) + (n - before_out);
    const auto count = before_out - z_.avail_out;
    if (raw_ && count > 0) crc_ = crc32(crc_, begin, count);
    out_ += count;
  }
  void finish_raw() {
    if (out_ != raw_->size)
      damaged(name_, "the zip member is damaged: it inflates to " + std::to_string(out_) +
                         " bytes, its directory entry says " + std::to_string(raw_->size));
    if (crc_ != raw_->crc) damaged(name_, "the zip member is damaged: its CRC-32 does not match its directory entry");
  }

  std::unique_ptr<byte_stream> source_;
  std::string name_;
  std::optional<raw_check> raw_;
  std::string in_;
  z_stream z_{};
  bool source_end_ = false, member_end_ = false, done_ = false;
  std::uint64_t out_ = 0;
  uLong crc_ = crc32(0L, Z_NULL, 0);
};

// A zip member stored without compression: its bytes, with the CRC-32 checked at the end.
class stored_stream final : public byte_stream {
 public:
  stored_stream(std::string_view bytes, mapped_file* map, std::string name, std::uint32_t crc)
      : bytes_(bytes, map), name_(std::move(name)), crc_(crc) {}
  std::size_t read(char* out, std::size_t n) override {
    const auto k = bytes_.read(out, n);
    if (k > 0)
      sum_ = crc32(sum_, reinterpret_cast<const Bytef*>(out), static_cast<uInt>(k));
    else if (!checked_) {
      checked_ = true;
      if (sum_ != crc_) damaged(name_, "the zip member is damaged: its CRC-32 does not match its directory entry");
    }
    return k;
  }
  [[nodiscard]] std::uint64_t consumed() const noexcept override { return bytes_.consumed(); }

 private:
  memory_stream bytes_;
  std::string name_;
  std::uint32_t crc_;
  uLong sum_ = crc32(0L, Z_NULL, 0);
  bool checked_ = false;
};

// One file of a zip archive, from its central directory entry.
struct zip_entry {
  std::string name;
  std::uint16_t flags = 0, method = 0;
  std::uint32_t crc = 0;
  std::uint64_t packed = 0, size = 0, local = 0;
};

// The files of a zip archive (directories left out), from its central directory.
std::vector<zip_entry> zip_directory(std::string_view zip, const std::string& name) {
  // The end-of-central-directory record: 22 bytes and a comment of up to 64 KiB, at the end.
  constexpr std::size_t eocd_size = 22;
  if (zip.size() < eocd_size)
    damaged(name, "not a complete zip archive: it is " + std::to_string(zip.size()) + " bytes long");
  std::size_t eocd = std::string_view::npos;
  const std::size_t lowest = zip.size() >= eocd_size + 0xFFFF ? zip.size() - eocd_size - 0xFFFF : 0;
  for (std::size_t at = zip.size() - eocd_size + 1; at-- > lowest;) {
    if (u32(zip, at) == 0x06054B50 && at + eocd_size + u16(zip, at + 20) == zip.size()) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string_view::npos)
    damaged(name, "not a complete zip archive: its end-of-central-directory record is missing (truncated?)");
  std::uint64_t entries = u16(zip, eocd + 10), dir_size = u32(zip, eocd + 12), dir_at = u32(zip, eocd + 16);
  if (entries == 0xFFFF || dir_size == 0xFFFFFFFF || dir_at == 0xFFFFFFFF) {
    // zip64: a locator just before points to the zip64 end record.
    if (eocd < 20 || u32(zip, eocd - 20) != 0x07064B50)
      damaged(name, "damaged zip archive: the zip64 locator is missing");
    const auto at = u64(zip, eocd - 20 + 8);
    if (at > zip.size() || zip.size() - at < 56 || u32(zip, at) != 0x06064B50)
      damaged(name, "damaged zip archive: the zip64 end-of-central-directory record is missing");
    entries = u64(zip, at + 32);
    dir_size = u64(zip, at + 40);
    dir_at = u64(zip, at + 48);
  }
  if (dir_at > zip.size() || dir_size > zip.size() - dir_at)
    damaged(name, "not a complete zip archive: its central directory lies past the end of the file (truncated?)");
  std::vector<zip_entry> files;
  std::size_t at = dir_at;
  const std::size_t end = dir_at + dir_size;
  for (std::uint64_t k = 0; k < entries; ++k) {
    if (end - at < 46 || u32(zip, at) != 0x02014B50)
      damaged(name, "damaged zip archive: central directory entry " + std::to_string(k + 1) + " of " +
                        std::to_string(entries) + " is missing");
    zip_entry e;
    e.flags = u16(zip, at + 8);
    e.method = u16(zip, at + 10);
    e.crc = u32(zip, at + 16);
    e.packed = u32(zip, at + 20);
    e.size = u32(zip, at + 24);
    const std::size_t name_size = u16(zip, at + 28), extra_size = u16(zip, at + 30), comment_size = u16(zip, at + 32);
    e.local = u32(zip, at + 42);
    if (end - at - 46 < name_size + extra_size + comment_size)
      damaged(name, "damaged zip archive: central directory entry " + std::to_string(k + 1) + " is cut short");
    e.name = std::string(zip.substr(at + 46, name_size));
    // The zip64 extra field holds the sizes and offset that did not fit, in this order.
    auto extra = zip.substr(at + 46 + name_size, extra_size);
    while (extra.size() >= 4) {
      const std::size_t id = u16(extra, 0), length = std::min<std::size_t>(u16(extra, 2), extra.size() - 4);
      if (id == 0x0001) {
        std::size_t p = 4;
        for (auto* field : {&e.size, &e.packed, &e.local}) {
          if (*field != 0xFFFFFFFF) continue;
          if (p + 8 > 4 + length) damaged(name, "damaged zip archive: the zip64 field of " + e.name + " is cut short");
          *field = u64(extra, p);
          p += 8;
        }
      }
      extra.remove_prefix(4 + length);
    }
    at += 46 + name_size + extra_size + comment_size;
    if (!e.name.empty() && e.name.back() != '/') files.push_back(std::move(e));
  }
  return files;
}

bool ends_with_folded(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t k = 0; k < suffix.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(text[text.size() - suffix.size() + k])) != suffix[k]) return false;
  return true;
}

// The member to import: the one named, else the only file, else the only table (*.csv, *.tsv, *.txt).
const zip_entry& pick_member(const std::vector<zip_entry>& files, const std::string& archive,
                             const std::optional<std::string>& wanted) {
  if (files.empty()) damaged(archive, "the zip archive is empty: it holds no file to import");
  auto list = [&files] {
    std::string text;
    for (std::size_t k = 0; k < files.size() && k < 20; ++k)
      text += (k == 0 ? "" : ", ") + files[k].name;
    if (files.size() > 20) text += ", ... (" + std::to_string(files.size()) + " files)";
    return text;
  };
  if (wanted) {
    for (const auto& f : files)
      if (f.name == *wanted) return f;
    damaged(archive, "the zip archive holds no file \"" + *wanted + "\"; it holds " + list());
  }
  if (files.size() == 1) return files.front();
  const zip_entry* table = nullptr;
  std::size_t tables = 0;
  for (const auto& f : files) {
    if (ends_with_folded(f.name, ".csv") || ends_with_folded(f.name, ".tsv") || ends_with_folded(f.name, ".txt")) {
      table = &f;
      ++tables;
    }
  }
  if (tables == 1) return *table;
  damaged(archive, "the zip archive holds " + std::to_string(files.size()) + " files (" + list() + "): " +
                       (archive == "<stdin>"
                            ? std::string("pipe the one to import: unzip -p ARCHIVE MEMBER | faultline import FORMAT -")
                            : "name the one to import as " + archive + ":MEMBER"));
}

}  // namespace

class event_input::impl {
 public:
  std::string name;
  input_compression compression = input_compression::none;
  std::uint64_t size = 0;
  std::unique_ptr<mapped_file> map;  // a plain file, or a zip archive
  std::string held;                  // a zip archive read from standard input; or the whole content
  std::string_view in_memory;        // the content, when in place
  bool in_place = false;
  std::unique_ptr<byte_stream> stream;  // when not in place
  std::string carry;                    // the start of the next line (next_lines)
  bool stream_end = false;
  std::uint64_t memory_offset = 0;  // next_lines over content in place
  input_limits limits;
  std::uint64_t lines_returned = 0;  // line ends in the pieces next_lines returned

  // Counts the piece's line ends (a piece starts at a line's start), and
  // refuses a line longer than limits.max_string_bytes.
  void check_lines(std::string_view piece) {
    const auto max = limits.max_string_bytes;
    if (max == 0) {
      lines_returned += static_cast<std::uint64_t>(std::count(piece.begin(), piece.end(), '\n'));
      return;
    }
    for (std::size_t at = 0;;) {
      const void* nl = std::memchr(piece.data() + at, '\n', piece.size() - at);
      const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - piece.data()) : piece.size();
      if (end - at > max)
        throw parse_error({name, lines_returned + 1, 0}, string_limit_message("the line", end - at, max) +
                                                             "; is this a file of event rows, one per line?");
      if (!nl) return;
      ++lines_returned;
      at = end + 1;
    }
  }

  void open_zip(std::string_view archive_bytes, const std::string& archive, const std::optional<std::string>& member) {
    compression = input_compression::zip;
    const auto files = zip_directory(archive_bytes, archive);
    const auto& e = pick_member(files, archive, member);
    name = archive + ":" + e.name;
    if (e.flags & 1u) damaged(name, "the zip member is encrypted; faultline reads unencrypted archives only");
    if (e.method != 0 && e.method != 8)
      damaged(name,
              "the zip member is compressed with method " + std::to_string(e.method) +
                  "; faultline reads stored (0) and deflated (8) members: re-zip it, or unzip -p it into faultline");
    if (e.local > archive_bytes.size() || archive_bytes.size() - e.local < 30 ||
        u32(archive_bytes, static_cast<std::size_t>(e.local)) != 0x04034B50)
      damaged(name, "damaged zip archive: the member's local header is missing");
    const auto data_at = e.local + 30 + u16(archive_bytes, static_cast<std::size_t>(e.local) + 26) +
                         u16(archive_bytes, static_cast<std::size_t>(e.local) + 28);
    if (data_at > archive_bytes.size() || archive_bytes.size() - data_at < e.packed)
      damaged(name, "the zip archive is truncated: the member's data runs past the end of the file");
    // Deflate expands at most 1032 times; a size beyond that (or a stored
    // member whose sizes differ) is a damaged directory, not a size to
    // reserve memory for.
    if ((e.method == 0 && e.size != e.packed) || (e.method == 8 && e.size / 1032 > e.packed + 1))
      damaged(name, "damaged zip archive: the directory gives the member " + std::to_string(e.size) + " bytes from " +
                        std::to_string(e.packed) + " compressed ones");
    const auto data = archive_bytes.substr(static_cast<std::size_t>(data_at), static_cast<std::size_t>(e.packed));
    if (e.method == 0) {
      stream = std::make_unique<stored_stream>(data, map.get(), name, e.crc);
    } else {
      stream = std::make_unique<inflate_stream>(std::make_unique<memory_stream>(data, map.get()), name,
                                                inflate_stream::raw_check{e.crc, e.size});
    }
    expected_size = e.size;
  }
  std::uint64_t expected_size = 0;  // the content's size when known in advance (a zip member)
};

namespace {

input_compression kind_of(std::string_view head) {
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F && static_cast<unsigned char>(head[1]) == 0x8B)
    return input_compression::gzip;
  if (head.size() >= 4 && head[0] == 'P' && head[1] == 'K' &&
      ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)))
    return input_compression::zip;
  return input_compression::none;
}

}  // namespace

event_input::event_input(const std::filesystem::path& path) : impl_(std::make_unique<impl>()) {
  auto& in = *impl_;
  const auto text = path.string();
  if (text == "-") {
    in.name = "<stdin>";
    // Waiting for a person to type an event export would look like a hang.
    if (::isatty(STDIN_FILENO) == 1)
      throw usage_error("Standard input (-) is a terminal: pipe the events in (e.g. from unzip -p or gzip -dc)");
    auto head = read_up_to(STDIN_FILENO, 4, in.name);
    in.compression = kind_of(head);
    if (in.compression == input_compression::zip) {
      // A zip's directory is at its end: the archive is read whole first.
      in.held = std::move(head);
      while (true) {
        const auto more = read_up_to(STDIN_FILENO, read_block, in.name);
        in.held += more;
        if (more.size() < read_block) break;
      }
      in.open_zip(in.held, in.name, std::nullopt);
      return;
    }
    auto source = std::make_unique<fd_stream>(STDIN_FILENO, false, in.name, std::move(head));
    if (in.compression == input_compression::gzip)
      in.stream = std::make_unique<inflate_stream>(std::move(source), in.name, std::nullopt);
    else
      in.stream = std::move(source);
    return;
  }
  // "ARCHIVE.zip:MEMBER", when no file has that whole name.
  std::optional<std::string> member;
  auto file = path;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::string folded = text;  // (".ZIP:" too)
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto colon = folded.find(".zip:");
    if (colon != std::string::npos && std::filesystem::is_regular_file(text.substr(0, colon + 4), ec)) {
      file = text.substr(0, colon + 4);
      member = text.substr(colon + 5);
    }
  }
  in.map = std::make_unique<mapped_file>(file);
  const auto bytes = in.map->bytes();
  in.name = file.string();
  in.size = bytes.size();
  in.compression = kind_of(bytes.substr(0, 4));
  if (member && in.compression != input_compression::zip)
    damaged(in.name, "not a zip archive, so it has no member \"" + *member + "\"");
  switch (in.compression) {
    case input_compression::none:
      in.in_place = true;
      in.in_memory = bytes;
      break;
    case input_compression::gzip:
      in.stream =
          std::make_unique<inflate_stream>(std::make_unique<memory_stream>(bytes, in.map.get()), in.name, std::nullopt);
      break;
    case input_compression::zip:
      in.open_zip(bytes, in.name, member);
      break;
  }
}

event_input::event_input(std::string name, std::string_view bytes) : impl_(std::make_unique<impl>()) {
  impl_->name = std::move(name);
  impl_->in_place = true;
  impl_->in_memory = bytes;
  impl_->size = bytes.size();
}

event_input::~event_input() = default;

const std::string& event_input::name() const noexcept {
  return impl_->name;
}
input_compression event_input::compression() const noexcept {
  return impl_->compression;
}
bool event_input::in_place() const noexcept {
  return impl_->in_place;
}
std::uint64_t event_input::size() const noexcept {
  return impl_->size;
}

std::uint64_t event_input::consumed() const noexcept {
  const auto& in = *impl_;
  if (in.in_place) return in.memory_offset;
  return in.stream->consumed();
}

namespace {

// An input read whole into memory (decompressed, or from standard input)
// that is larger than limits.max_input_bytes; `size` 0: not known.
[[noreturn]] void too_large(const std::string& name, std::uint64_t max, std::uint64_t size) {
  throw io_error(
      "Cannot read " + name + ": " +
      (size > 0 ? "it holds " + std::to_string(size) + " bytes, more than" : std::string("it gives more than")) +
      " the limit of " + size_text(max) +
      " on an input read whole into memory (raise it with --max-input-size, or input_limits::max_input_bytes "
      "in the library)");
}

}  // namespace

input_bytes event_input::whole() {
  auto& in = *impl_;
  if (!in.in_place) {
    std::string content;
    std::size_t have = 0;
    const auto max = in.limits.max_input_bytes;
    if (max != 0 && in.expected_size > max) too_large(in.name, max, in.expected_size);
    if (in.expected_size > 0) content.reserve(static_cast<std::size_t>(in.expected_size));
    while (true) {
      if (content.size() - have < read_block) content.resize(std::max(have + read_block, content.size() * 3 / 2));
      const auto got = in.stream->read(content.data() + have, content.size() - have);
      if (got == 0) break;
      have += got;
      if (max != 0 && have > max) too_large(in.name, max, 0);
    }
    content.resize(have);
    in.held = std::move(content);
    in.in_memory = in.held;
    in.in_place = true;
    in.stream_end = true;
    in.memory_offset = in.in_memory.size();
    return {in.name, in.in_memory, nullptr, 0, {}};
  }
  in.memory_offset = in.in_memory.size();
  return {in.name, in.in_memory, in.compression == input_compression::none ? in.map.get() : nullptr, 0, {}};
}

void event_input::set_limits(const input_limits& limits) {
  impl_->limits = limits;
}

bool event_input::next_lines(std::string& piece, std::size_t target) {
  auto& in = *impl_;
  piece.clear();
  if (in.in_place) {
    const auto rest = in.in_memory.substr(static_cast<std::size_t>(in.memory_offset));
    if (rest.empty()) return false;
    auto end = rest.size();
    if (end > target) {
      const auto nl = rest.find('\n', target);
      end = nl == std::string_view::npos ? rest.size() : nl + 1;
    }
    piece.assign(rest.substr(0, end));
    in.memory_offset += end;
    in.check_lines(piece);
    return true;
  }
  piece.assign(in.carry);  // (into the piece's own buffer, reused from piece to piece)
  in.carry.clear();
  std::size_t used = piece.size();  // bytes of the piece read so far; the rest is room to read into
  std::size_t searched = 0;         // bytes of the piece known to hold no line end
  while (true) {
    if (used >= target) {
      const auto nl = std::string_view(piece.data(), used).substr(searched).rfind('\n');
      if (nl != std::string_view::npos) {
        const auto cut = searched + nl + 1;
        in.carry.assign(piece, cut, used - cut);
        piece.resize(cut);
        in.check_lines(piece);
        return true;
      }
      searched = used;
      // No line end in the piece: one line, growing; refused once too long.
      if (in.limits.max_string_bytes != 0 && used > in.limits.max_string_bytes) {
        piece.resize(used);
        in.check_lines(piece);
      }
    }
    if (in.stream_end) {
      piece.resize(used);
      if (used > 0) in.check_lines(piece);
      return used > 0;
    }
    // Room grows by doubling from one block, so a small input costs a small
    // buffer; it is made only when full (a pipe gives 64 KiB at a time).
    if (used == piece.size()) piece.resize(used + std::clamp(used, read_block, std::max(target, read_block)));
    const auto got = in.stream->read(piece.data() + used, piece.size() - used);
    used += got;
    if (got == 0) in.stream_end = true;
  }
}

std::vector<std::unique_ptr<event_input>> open_event_inputs(const std::vector<std::filesystem::path>& files) {
  if (std::count(files.begin(), files.end(), std::filesystem::path("-")) > 1)
    throw usage_error("Standard input (-) is given twice: it can be read only once");
  std::vector<std::unique_ptr<event_input>> out;
  out.reserve(files.size());
  for (const auto& f : files)
    out.push_back(std::make_unique<event_input>(f));
  return out;
}

}  // namespace faultline::detail
