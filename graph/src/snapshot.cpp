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
#include <boost/iostreams/stream.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <limits>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

#include <faultline/graph/detail/snapshot_records.hpp>
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
FAULTLINE_PLAIN_SERIALIZATION(faultline::incident_link)
FAULTLINE_PLAIN_SERIALIZATION(faultline::scenario_info)
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

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define FAULTLINE_CRC_FOLDING 1
// One folding step: x times the two halves of k, plus the next 16 bytes.
__attribute__((target("pclmul,sse2"), always_inline)) inline __m128i fold16(__m128i x, __m128i k, __m128i data) {
  return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)), data);
}
// CRC-32 by folding with carry-less multiplication (PCLMULQDQ), sixteen
// bytes per multiply, four streams at once: Gopal et al., "Fast CRC
// Computation for Generic Polynomials Using PCLMULQDQ Instruction" (Intel,
// 2009), with the constants of the reflected IEEE polynomial (as in Linux's
// crc32-pclmul). Takes a multiple of 16 bytes, at least 64; the register as
// crc32_update keeps it.
__attribute__((target("pclmul,sse2"))) std::uint32_t crc32_fold(std::uint32_t crc, const unsigned char* p,
                                                                 std::size_t n) {
  const auto load = [](const unsigned char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
  // x^(4*128+32) and x^(4*128-32) mod P, x^(128+32) and x^(128-32) mod P,
  // x^64 mod P, each bit-reflected and shifted left by one; P' and mu for
  // the Barrett reduction.
  const __m128i k1k2 = _mm_set_epi64x(0x1C6E41596, 0x154442BD4);
  const __m128i k3k4 = _mm_set_epi64x(0x0CCAA009E, 0x1751997D0);
  const __m128i k5 = _mm_set_epi64x(0, 0x163CD6124);
  const __m128i poly_mu = _mm_set_epi64x(0x1F7011641, 0x1DB710641);
  const __m128i low32 = _mm_set_epi32(0, 0, 0, -1);
  __m128i x1 = _mm_xor_si128(load(p), _mm_cvtsi32_si128(static_cast<int>(crc)));
  __m128i x2 = load(p + 16), x3 = load(p + 32), x4 = load(p + 48);
  p += 64;
  n -= 64;
  for (; n >= 64; p += 64, n -= 64) {
    x1 = fold16(x1, k1k2, load(p));
    x2 = fold16(x2, k1k2, load(p + 16));
    x3 = fold16(x3, k1k2, load(p + 32));
    x4 = fold16(x4, k1k2, load(p + 48));
  }
  x1 = fold16(x1, k3k4, x2);
  x1 = fold16(x1, k3k4, x3);
  x1 = fold16(x1, k3k4, x4);
  for (; n >= 16; p += 16, n -= 16) x1 = fold16(x1, k3k4, load(p));
  // 128 bits to 64 (with 32 zero bits appended), then to 32.
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), _mm_clmulepi64_si128(k3k4, x1, 0x01));
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 4), _mm_clmulepi64_si128(_mm_and_si128(x1, low32), k5, 0x00));
  // Barrett reduction to the 32-bit remainder.
  __m128i t = _mm_clmulepi64_si128(_mm_and_si128(x1, low32), poly_mu, 0x10);
  t = _mm_clmulepi64_si128(_mm_and_si128(t, low32), poly_mu, 0x00);
  x1 = _mm_xor_si128(x1, t);
  return static_cast<std::uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(x1, 4)));
}

bool has_clmul() noexcept {
  static const bool yes = __builtin_cpu_supports("pclmul");
  return yes;
}
#endif

// Advances a CRC-32 register (start 0xFFFFFFFF, final value xor 0xFFFFFFFF).
std::uint32_t crc32_update(std::uint32_t c, std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
#if defined(FAULTLINE_CRC_FOLDING)
  if (n >= 64 && has_clmul()) {
    const std::size_t whole = n & ~std::size_t{15};
    c = crc32_fold(c, p, whole);
    p += whole;
    n -= whole;
  }
#endif
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

std::string header_bytes(std::uint64_t payload_size, std::uint32_t crc, std::uint32_t incidents, std::uint32_t roles) {
  std::string out;
  out.append(snapshot_magic);
  put_le<std::uint32_t>(out, snapshot_format_version);
  put_le<std::uint32_t>(out, incidents);
  put_le<std::uint64_t>(out, payload_size);
  put_le<std::uint32_t>(out, crc);
  put_le<std::uint32_t>(out, roles);
  return out;
}

// ------------------------------------------------------------------ records
// The encoding: faultline/graph/detail/snapshot_records.hpp.
using namespace detail;

// Everything but the incidents and roles, through Boost.
void save_rest(boost::archive::binary_oarchive& archive, const graph_data& d) {
  archive << d.scenarios << d.relation_types << d.sources << d.actors << d.relations << d.links;
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
  /// Writes a block straight to the file (what is buffered first).
  void write_block(std::string_view bytes) {
    flush_buffer();
    crc_ = crc32_update(crc_, bytes);
    size_ += bytes.size();
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

// A stream buffer that appends what is written to a string (the Boost
// archive of snapshot_bytes writes into it).
class string_sink : public std::streambuf {
 public:
  explicit string_sink(std::string& out) : out_(out) {}

 protected:
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) out_.push_back(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    out_.append(s, static_cast<std::size_t>(n));
    return n;
  }

 private:
  std::string& out_;
};

std::uint32_t count_of(std::uint64_t n, const char* what) {
  if (n > std::numeric_limits<std::uint32_t>::max() - 1)
    throw usage_error(std::string("A snapshot holds at most 2^32-2 ") + what);
  return static_cast<std::uint32_t>(n);
}

}  // namespace

// ------------------------------------------------------------------ writer

namespace {

// Appends blocks of records to the file and checksums them on a thread of
// its own, so the thread that encodes them does not wait for the kernel's
// copy into the page cache. At most `depth` blocks wait; their buffers are
// handed back for reuse (a fresh 1 MiB block would be faulted in anew).
class block_writer {
 public:
  explicit block_writer(checksummed_buf& buf) : buf_(buf), thread_([this] { run(); }) {}
  block_writer(const block_writer&) = delete;
  block_writer& operator=(const block_writer&) = delete;
  ~block_writer() { stop(); }

  /// Queues a block; returns an empty buffer (with room) to fill next.
  /// \throws what writing an earlier block threw
  std::string push(std::string block) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return queue_.size() < depth || error_; });
    if (error_) std::rethrow_exception(error_);
    queue_.push_back(std::move(block));
    ready_.notify_one();
    std::string spare;
    if (!spares_.empty()) {
      spare = std::move(spares_.back());
      spares_.pop_back();
    }
    return spare;
  }
  /// Waits until every block is written. \throws what writing one threw
  void finish() {
    stop();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  static constexpr std::size_t depth = 4;
  void stop() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    ready_.notify_one();
    if (thread_.joinable()) thread_.join();
  }
  void run() {
    for (;;) {
      std::string block;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !queue_.empty() || stopping_; });
        if (queue_.empty()) return;
        block = std::move(queue_.front());
        queue_.pop_front();
      }
      try {
        buf_.write_block(block);
      } catch (...) {
        const std::lock_guard lock(mutex_);
        error_ = std::current_exception();
        queue_.clear();
        room_.notify_all();
        return;
      }
      block.clear();
      const std::lock_guard lock(mutex_);
      spares_.push_back(std::move(block));
      room_.notify_one();
    }
  }

  checksummed_buf& buf_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::string> queue_;
  std::vector<std::string> spares_;
  std::exception_ptr error_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts once the rest is built
};

constexpr std::size_t block_size = std::size_t{1} << 20;

}  // namespace

struct snapshot_writer::impl {
  explicit impl(const std::filesystem::path& p) : path(p), file(p), buf(file) {
    file.write(std::string(header_size, '\0'));
    block.reserve(block_size + 4096);
    writer.emplace(buf);
  }
  std::filesystem::path path;
  atomic_file file;
  checksummed_buf buf;
  std::optional<block_writer> writer;  // emplaced after the header is written
  std::string block;                   // records being filled
  record_strings strings;
  std::uint64_t incidents = 0, roles = 0;
  bool done = false;

  void check_open() const {
    if (done) throw usage_error("snapshot_writer: add() after commit()");
  }
  void filled() {
    if (block.size() < block_size) return;
    block = writer->push(std::move(block));
    block.reserve(block_size + 4096);
  }
  void finish(const graph_data& rest) {
    try {
      block.push_back(static_cast<char>(tag_end));
      writer->push(std::move(block));
      writer->finish();
      {
        boost::archive::binary_oarchive archive(buf, archive_flags);
        save_rest(archive, rest);
      }
      buf.flush_buffer();
    } catch (const io_error&) {
      throw;
    } catch (const std::exception& e) {
      throw io_error("Cannot write " + path.string() + ": " + e.what());
    }
    file.write_at(0, header_bytes(buf.size(), buf.crc(), count_of(incidents, "incidents"), count_of(roles, "roles")));
    file.commit();
    done = true;
  }
};

snapshot_writer::snapshot_writer(const std::filesystem::path& path) : impl_(std::make_unique<impl>(path)) {}
snapshot_writer::~snapshot_writer() = default;
snapshot_writer::snapshot_writer(snapshot_writer&&) noexcept = default;
snapshot_writer& snapshot_writer::operator=(snapshot_writer&&) noexcept = default;

void snapshot_writer::add(const incident& i) {
  impl_->check_open();
  encode_incident(impl_->block, i, impl_->strings);
  ++impl_->incidents;
  impl_->filled();
}

void snapshot_writer::add_prepared(const prepared_incident& p) {
  impl_->check_open();
  impl_->block.append(p.head);
  encode_incident_tail(impl_->block, p.texts, p.row, impl_->strings, &p.hints);
  ++impl_->incidents;
  impl_->filled();
}

void snapshot_writer::prefetch_text(std::uint64_t h) const noexcept { impl_->strings.prefetch(h); }

void snapshot_writer::add(const role_edge& r) {
  impl_->check_open();
  encode_role(impl_->block, r);
  ++impl_->roles;
  impl_->filled();
}

std::uint64_t snapshot_writer::incidents() const noexcept { return impl_->incidents; }
std::uint64_t snapshot_writer::roles() const noexcept { return impl_->roles; }

void snapshot_writer::commit(const graph_data& rest) {
  if (impl_->done) throw usage_error("snapshot_writer: commit() called twice");
  if (!rest.incidents.empty() || !rest.roles.empty())
    throw usage_error("snapshot_writer::commit: give incidents and roles with add(), not in the rest of the content");
  impl_->finish(rest);
}

bool is_snapshot(std::string_view bytes) noexcept {
  return bytes.size() >= snapshot_magic.size() && bytes.substr(0, snapshot_magic.size()) == snapshot_magic;
}

std::string snapshot_bytes(const graph& g) {
  const auto& d = g.data();
  std::string payload;
  record_strings strings;
  for (const auto& i : d.incidents) encode_incident(payload, i, strings);
  for (const auto& r : d.roles) encode_role(payload, r);
  payload.push_back(static_cast<char>(tag_end));
  {
    string_sink sink(payload);
    boost::archive::binary_oarchive archive(sink, archive_flags);
    save_rest(archive, d);
  }
  std::string out = header_bytes(payload.size(), crc32(payload), count_of(d.incidents.size(), "incidents"),
                                 count_of(d.roles.size(), "roles"));
  out += payload;
  return out;
}

void write_snapshot(const graph& g, const std::filesystem::path& path) {
  // Streamed to the file, so a large graph is never held twice in memory.
  snapshot_writer::impl w(path);
  const auto& d = g.data();
  for (const auto& i : d.incidents) {
    encode_incident(w.block, i, w.strings);
    w.filled();
  }
  for (const auto& r : d.roles) {
    encode_role(w.block, r);
    w.filled();
  }
  w.incidents = d.incidents.size();
  w.roles = d.roles.size();
  w.finish(d);
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
  const auto incident_count = get_le<std::uint32_t>(bytes, 12);
  const auto length = get_le<std::uint64_t>(bytes, 16);
  const auto expected_crc = get_le<std::uint32_t>(bytes, 24);
  const auto role_count = get_le<std::uint32_t>(bytes, 28);
  const std::string_view payload = bytes.substr(header_size);
  if (payload.size() < length)
    throw snapshot_error(name + " is truncated: the header announces " + std::to_string(length) + " bytes of data, the file holds " +
                         std::to_string(payload.size()));
  if (payload.size() > length)
    throw snapshot_error(name + " has " + std::to_string(payload.size() - length) + " unexpected bytes after its data");
  if (crc32(payload) != expected_crc) throw snapshot_error(name + " is damaged: its checksum does not match its content");
  graph_data data;
  std::size_t consumed = 0;
  try {
    // Room for what the header announces, within what the bytes can hold
    // (an incident record takes at least 24 bytes, a role 6).
    data.incidents.reserve(std::min<std::size_t>(incident_count, payload.size() / 24));
    data.roles.reserve(std::min<std::size_t>(role_count, payload.size() / 6));
    consumed = decode_records(payload, data.incidents, data.roles);
  } catch (const bad_records& e) {
    throw snapshot_error(name + " cannot be decoded: " + e.what);
  }
  if (data.incidents.size() != incident_count || data.roles.size() != role_count)
    throw snapshot_error(name + " is inconsistent: its header announces " + std::to_string(incident_count) +
                         " incidents and " + std::to_string(role_count) + " roles, its data holds " +
                         std::to_string(data.incidents.size()) + " and " + std::to_string(data.roles.size()));
  try {
    const auto rest = payload.substr(consumed);
    boost::iostreams::stream<boost::iostreams::array_source> source(rest.data(), rest.size());
    boost::archive::binary_iarchive archive(source, archive_flags);
    archive >> data.scenarios >> data.relation_types >> data.sources >> data.actors >> data.relations >> data.links;
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
