// SPDX-License-Identifier: Apache-2.0
#include <optional>

// Boost 1.74 cannot serialize std::optional; this overload must be declared
// before the Boost.Serialization headers so their templates find it.
namespace boost::serialization {
template <class Archive, class T>
void serialize(Archive& ar, std::optional<T>& value, const unsigned int /*version*/) {
  bool present = value.has_value();
  ar & present;
  if constexpr (Archive::is_saving::value) {
    if (present) ar & *value;
  } else {
    if (present) {
      T loaded{};
      ar & loaded;
      value = std::move(loaded);
    } else {
      value.reset();
    }
  }
}
}  // namespace boost::serialization

#include <faultline/graph/snapshot.hpp>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/iostreams/device/array.hpp>
#include <boost/iostreams/device/back_inserter.hpp>
#include <boost/iostreams/stream.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>
#include <cstring>

#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>

// Every type is written as a plain object: no class information, version or
// tracking in the archive (Boost's default looks each object's serializer up
// by type name, about half the cost of a snapshot). So the snapshot format
// version (snapshot.hpp) changes whenever a serialized type does.
#define FAULTLINE_PLAIN_SERIALIZATION(T)                                        \
  BOOST_CLASS_IMPLEMENTATION(T, boost::serialization::object_serializable)     \
  BOOST_CLASS_TRACKING(T, boost::serialization::track_never)
FAULTLINE_PLAIN_SERIALIZATION(faultline::date)
FAULTLINE_PLAIN_SERIALIZATION(faultline::relation_type)
FAULTLINE_PLAIN_SERIALIZATION(faultline::vocabulary)
FAULTLINE_PLAIN_SERIALIZATION(faultline::source)
FAULTLINE_PLAIN_SERIALIZATION(faultline::provenance)
FAULTLINE_PLAIN_SERIALIZATION(faultline::merged_name)
FAULTLINE_PLAIN_SERIALIZATION(faultline::actor)
FAULTLINE_PLAIN_SERIALIZATION(faultline::relation)
FAULTLINE_PLAIN_SERIALIZATION(faultline::place)
FAULTLINE_PLAIN_SERIALIZATION(faultline::event_coding)
FAULTLINE_PLAIN_SERIALIZATION(faultline::incident)
FAULTLINE_PLAIN_SERIALIZATION(faultline::role_edge)
FAULTLINE_PLAIN_SERIALIZATION(faultline::incident_link)
FAULTLINE_PLAIN_SERIALIZATION(faultline::scenario_info)
FAULTLINE_PLAIN_SERIALIZATION(faultline::graph_data)
#undef FAULTLINE_PLAIN_SERIALIZATION

// std::optional<T> likewise.
namespace boost::serialization {
template <class T>
struct implementation_level<std::optional<T>> {
  using tag = mpl::integral_c_tag;
  using type = mpl::int_<object_serializable>;
  BOOST_STATIC_CONSTANT(int, value = implementation_level::type::value);
};
template <class T>
struct tracking_level<std::optional<T>> {
  using tag = mpl::integral_c_tag;
  using type = mpl::int_<track_never>;
  BOOST_STATIC_CONSTANT(int, value = tracking_level::type::value);
};
}  // namespace boost::serialization

namespace faultline {
namespace {

constexpr std::size_t header_size = 32;
constexpr unsigned archive_flags = boost::archive::no_header;

template <class T>
void put_le(std::string& out, T value) {
  for (std::size_t k = 0; k < sizeof(T); ++k) out.push_back(static_cast<char>((value >> (8 * k)) & 0xFF));
}

template <class T>
T get_le(std::string_view in, std::size_t at) {
  T value = 0;
  for (std::size_t k = 0; k < sizeof(T); ++k)
    value |= static_cast<T>(static_cast<unsigned char>(in[at + k])) << (8 * k);
  return value;
}

// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320: the value zlib and
// boost::crc_32_type compute), slicing by 8 bytes: table k holds the CRC of a
// byte followed by k zero bytes, so eight table lookups advance 8 bytes.
struct crc_tables {
  std::uint32_t t[8][256];
  constexpr crc_tables() : t{} {
    for (std::uint32_t b = 0; b < 256; ++b) {
      std::uint32_t c = b;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
      t[0][b] = c;
    }
    for (std::uint32_t b = 0; b < 256; ++b)
      for (int k = 1; k < 8; ++k) t[k][b] = (t[k - 1][b] >> 8) ^ t[0][t[k - 1][b] & 0xFF];
  }
};
constexpr crc_tables crc_table{};

// Advances a CRC-32 register (start 0xFFFFFFFF, final value xor 0xFFFFFFFF).
std::uint32_t crc32_update(std::uint32_t c, std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  const auto& t = crc_table.t;
  for (; n >= 8; n -= 8, p += 8) {
    const std::uint32_t lo = c ^ (std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 |
                                  std::uint32_t{p[3]} << 24);
    c = t[7][lo & 0xFF] ^ t[6][(lo >> 8) & 0xFF] ^ t[5][(lo >> 16) & 0xFF] ^ t[4][lo >> 24] ^ t[3][p[4]] ^ t[2][p[5]] ^
        t[1][p[6]] ^ t[0][p[7]];
  }
  for (; n > 0; --n, ++p) c = (c >> 8) ^ t[0][(c ^ *p) & 0xFF];
  return c;
}

std::uint32_t crc32(std::string_view bytes) { return crc32_update(0xFFFFFFFFu, bytes) ^ 0xFFFFFFFFu; }

std::string header_bytes(std::uint64_t payload_size, std::uint32_t crc) {
  std::string out;
  out.append(snapshot_magic);
  put_le<std::uint32_t>(out, snapshot_format_version);
  put_le<std::uint32_t>(out, 0);
  put_le<std::uint64_t>(out, payload_size);
  put_le<std::uint32_t>(out, crc);
  put_le<std::uint32_t>(out, 0);
  return out;
}

// A stream buffer that fills 1 MiB, then appends it to the file, keeping the
// CRC and size of what it wrote. The binary archive writes into it directly
// (no std::ostream or Boost.Iostreams layer between them).
class checksummed_buf : public std::streambuf {
 public:
  explicit checksummed_buf(atomic_file& file) : file_(file), buffer_(std::size_t{1} << 20) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  /// Writes what is buffered. \throws io_error
  void flush_buffer() {
    const std::string_view bytes(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    if (bytes.empty()) return;
    crc_ = crc32_update(crc_, bytes);
    size_ += bytes.size();
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    file_.write(bytes);
  }
  [[nodiscard]] std::uint32_t crc() const noexcept { return crc_ ^ 0xFFFFFFFFu; }
  [[nodiscard]] std::uint64_t size() const noexcept { return size_; }

 protected:
  int_type overflow(int_type c) override {
    flush_buffer();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::streamsize done = 0;
    while (done < n) {
      if (pptr() == epptr()) flush_buffer();
      const auto room = static_cast<std::streamsize>(epptr() - pptr());
      const auto chunk = std::min(room, n - done);
      std::memcpy(pptr(), s + done, static_cast<std::size_t>(chunk));
      pbump(static_cast<int>(chunk));
      done += chunk;
    }
    return n;
  }
  int sync() override {
    flush_buffer();
    return 0;
  }

 private:
  atomic_file& file_;
  std::vector<char> buffer_;
  std::uint32_t crc_ = 0xFFFFFFFFu;
  std::uint64_t size_ = 0;
};

}  // namespace

bool is_snapshot(std::string_view bytes) noexcept {
  return bytes.size() >= snapshot_magic.size() && bytes.substr(0, snapshot_magic.size()) == snapshot_magic;
}

std::string snapshot_bytes(const graph& g) {
  std::string payload;
  {
    boost::iostreams::stream<boost::iostreams::back_insert_device<std::string>> sink(payload);
    boost::archive::binary_oarchive archive(sink, archive_flags);
    archive << g.data();
  }
  std::string out = header_bytes(payload.size(), crc32(payload));
  out += payload;
  return out;
}

void write_snapshot(const graph& g, const std::filesystem::path& path) {
  // Streamed to the file, so a large graph is never held twice in memory.
  atomic_file file(path);
  file.write(std::string(header_size, '\0'));
  checksummed_buf buffer(file);
  try {
    {
      boost::archive::binary_oarchive archive(buffer, archive_flags);
      archive << g.data();
    }
    buffer.flush_buffer();
  } catch (const io_error&) {
    throw;
  } catch (const std::exception& e) {
    throw io_error("Cannot write " + path.string() + ": " + e.what());
  }
  file.write_at(0, header_bytes(buffer.size(), buffer.crc()));
  file.commit();
}

graph_data read_snapshot_data(std::string_view bytes, const std::string& name) {
  if (!is_snapshot(bytes)) throw snapshot_error(name + " is not a faultline snapshot (its first bytes are not the snapshot magic)");
  if (bytes.size() < header_size)
    throw snapshot_error(name + " is truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                         std::to_string(header_size) + "-byte header");
  const auto version = get_le<std::uint32_t>(bytes, 8);
  if (version != snapshot_format_version)
    throw snapshot_error(name + " has snapshot format version " + std::to_string(version) + "; this faultline reads version " +
                         std::to_string(snapshot_format_version) + ". Re-create it from its scenario with `faultline convert`");
  const auto length = get_le<std::uint64_t>(bytes, 16);
  const auto expected_crc = get_le<std::uint32_t>(bytes, 24);
  const std::string_view payload = bytes.substr(header_size);
  if (payload.size() < length)
    throw snapshot_error(name + " is truncated: the header announces " + std::to_string(length) + " bytes of data, the file holds " +
                         std::to_string(payload.size()));
  if (payload.size() > length)
    throw snapshot_error(name + " has " + std::to_string(payload.size() - length) + " unexpected bytes after its data");
  if (crc32(payload) != expected_crc) throw snapshot_error(name + " is damaged: its checksum does not match its content");
  graph_data data;
  try {
    boost::iostreams::stream<boost::iostreams::array_source> source(payload.data(), payload.size());
    boost::archive::binary_iarchive archive(source, archive_flags);
    archive >> data;
  } catch (const boost::archive::archive_exception& e) {
    throw snapshot_error(name + " cannot be decoded: " + e.what());
  } catch (const std::ios_base::failure& e) {
    throw snapshot_error(name + " cannot be decoded: " + e.what());
  } catch (const std::bad_alloc&) {
    throw snapshot_error(name + " cannot be decoded: it announces more data than it holds");
  } catch (const std::length_error&) {
    throw snapshot_error(name + " cannot be decoded: it announces more data than it holds");
  }
  return data;
}

graph read_snapshot(std::string_view bytes, const std::string& name) {
  auto data = read_snapshot_data(bytes, name);
  try {
    return graph(std::move(data));
  } catch (const usage_error& e) {
    throw snapshot_error(name + " is inconsistent: " + e.what());
  }
}

graph read_snapshot(const std::filesystem::path& path) { return read_snapshot(read_file(path), path.string()); }

}  // namespace faultline
