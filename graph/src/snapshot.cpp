// SPDX-License-Identifier: Apache-2.0
#include <optional>

// Boost 1.74 cannot serialize std::optional; this overload must be declared
// before the Boost.Serialization headers so their templates find it.
namespace boost::serialization {
template <class Archive, class T>
void serialize(Archive& ar, std::optional<T>& value, const unsigned int /*version*/) {
  bool present = value.has_value();
  ar& present;
  if constexpr (Archive::is_saving::value) {
    if (present) ar&* value;
  } else {
    if (present) {
      T loaded{};
      ar& loaded;
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
#include <boost/serialization/level.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/vector.hpp>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <fstream>
#include <limits>
#include <mutex>
#include <thread>

#include <faultline/graph/detail/assert.hpp>
#include <faultline/graph/detail/snapshot_records.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/event_store.hpp>
#include <faultline/graph/io.hpp>

#include "columnar_writer.hpp"
#include "crc32.hpp"

// Every type is written as a plain object: no class information, version or
// tracking in the archive (Boost's default looks each object's serializer up
// by type name, about half the cost of a snapshot). So the snapshot format
// version (snapshot.hpp) changes whenever a serialized type does.
#define FAULTLINE_PLAIN_SERIALIZATION(T)                                   \
  BOOST_CLASS_IMPLEMENTATION(T, boost::serialization::object_serializable) \
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
namespace columnar = detail::columnar;
namespace {

// The header of a version-4 snapshot (read, no longer written).
constexpr std::size_t header_size = 32;
constexpr std::uint32_t legacy_version = 4;
constexpr unsigned archive_flags = boost::archive::no_header;

template <class T>
T get_le(std::string_view in, std::size_t at) {
  T value = 0;
  for (std::size_t k = 0; k < sizeof(T); ++k)
    value |= static_cast<T>(static_cast<unsigned char>(in[at + k])) << (8 * k);
  return value;
}

// ------------------------------------------------------------------ records
// The encoding: faultline/graph/detail/snapshot_records.hpp.
using namespace detail;

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

// ------------------------------------------------------------------ checked walk
// The Boost part of a snapshot (scenarios, relation types, sources, actors,
// relations, and in version 4 links) is walked here, field by field, before
// Boost decodes it: Boost allocates whatever a length or count read from
// the file says (a 3.7 GiB string, 3·10^7 actors) before it finds the
// bytes missing, reads a bool byte of 58 as a bool (undefined behaviour),
// and casts any int to an enum. The walk allocates nothing, checks every
// length and count against the bytes left, every bool byte (0 or 1) and
// every enum (its range), and that the archive ends where the section
// does; only then does Boost decode it, so every allocation it makes is for
// data that is really there.
//
// The layout is that of boost::archive::binary_oarchive with no_header and
// every type a plain object (FAULTLINE_PLAIN_SERIALIZATION): a string is
// its length (8 bytes) and its bytes; a vector of class types or strings
// is its count (8 bytes), an item version (4 bytes) and its elements, after
// its type's class information the first time the archive has that type; a
// vector of numbers its count and the numbers; an enum an int (4 bytes); a
// bool one byte; std::optional a bool and the value when it is true;
// numbers their width in the machine's (little-endian) order.
class archive_walk {
 public:
  archive_walk(std::string_view bytes, const std::string& name) : bytes_(bytes), name_(name) {}

  // The element counts of the archive's tables, as walked.
  struct counts {
    std::uint64_t scenarios = 0, relation_types = 0, sources = 0, actors = 0, relations = 0, links = 0;
  };

  counts rest(bool with_links) {
    counts walked;
    walked.scenarios = vector(scenarios_type, "the scenarios", [&] {
      text("a scenario's id");
      text("a scenario's title");
      text("a scenario's description");
      optional_date("a scenario's as_of");
    });
    walked.relation_types = vector(relation_types_type, "the relation types", [&] {
      text("a relation type's id");
      enumeration("a relation type's sign", -1, 1);
      skip(8, "a relation type's weight");
      boolean("a relation type's symmetric flag");
      text("a relation type's meaning");
    });
    walked.sources = vector(sources_type, "the sources", [&] {
      for (int k = 0; k < 4; ++k)
        text("a source's text");
      optional_date("a source's date");
      text("a source's note");
    });
    walked.actors = vector(actors_type, "the actors", [&] {
      text("an actor's id");
      enumeration("an actor's kind", 0, static_cast<int>(node_kind::person));
      text("an actor's name");
      vector(strings_type, "an actor's aliases", [&] { text("an alias"); });
      text("an actor's category");
      text("an actor's country");
      vector(strings_type, "an actor's tags", [&] { text("a tag"); });
      text("an actor's description");
      provenance("an actor's provenance");
      vector(merged_type, "an actor's merged names", [&] {
        text("a merged name");
        text("a merged name's rule");
      });
    });
    walked.relations = vector(relations_type, "the relations", [&] {
      skip(4 + 4 + 2 + 8, "a relation's actors, type and weight");
      optional_date("a relation's since");
      optional_date("a relation's until");
      text("a relation's qualifier");
      provenance("a relation's provenance");
      skip(4, "a relation's against");
      text("a relation's conflict");
    });
    if (with_links)
      walked.links = vector(links_type, "the incident links", [&] {
        skip(8, "a link's incidents");
        enumeration("a link's kind", 0, static_cast<int>(link_kind::part_of));
        provenance("a link's provenance");
      });
    if (at_ != bytes_.size())
      fail("it has " + std::to_string(bytes_.size() - at_) + " unexpected bytes after its actors and relations");
    return walked;
  }

  // After Boost has decoded what was walked: the same tables, as long.
  static void same(const counts& walked, const graph_data& data) {
    FAULTLINE_ASSERT(walked.scenarios == data.scenarios.size() && walked.relation_types == data.relation_types.size() &&
                         walked.sources == data.sources.size() && walked.actors == data.actors.size() &&
                         walked.relations == data.relations.size() && walked.links == data.links.size(),
                     "Boost decoded other tables than the snapshot walk found");
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw snapshot_error(name_ + " cannot be decoded: " + what); }
  std::size_t left() const noexcept { return bytes_.size() - at_; }
  void skip(std::size_t n, const char* what) {
    if (n > left())
      fail(std::string(what) + " at byte " + std::to_string(at_) + " of the archive runs past its end (" +
           std::to_string(left()) + " bytes left)");
    at_ += n;
  }
  std::uint64_t u64(const char* what) {
    skip(8, what);
    return get_le<std::uint64_t>(bytes_, at_ - 8);
  }
  void text(const char* what) {
    const auto at = at_;
    const auto n = u64(what);
    if (n > left())
      fail(std::string(what) + " at byte " + std::to_string(at) + " announces " + std::to_string(n) +
           " bytes, and only " + std::to_string(left()) + " are left");
    at_ += static_cast<std::size_t>(n);
  }
  bool boolean(const char* what) {
    skip(1, what);
    const auto b = static_cast<unsigned char>(bytes_[at_ - 1]);
    if (b > 1)
      fail(std::string(what) + " at byte " + std::to_string(at_ - 1) + " is " + std::to_string(b) +
           ", not a bool (0 or 1)");
    return b == 1;
  }
  void enumeration(const char* what, int lowest, int highest) {
    skip(4, what);
    const auto v = static_cast<std::int32_t>(get_le<std::uint32_t>(bytes_, at_ - 4));
    if (v < lowest || v > highest)
      fail(std::string(what) + " at byte " + std::to_string(at_ - 4) + " is " + std::to_string(v) + ", expected " +
           std::to_string(lowest) + " to " + std::to_string(highest));
  }
  void optional_date(const char* what) {
    if (boolean(what)) skip(4, what);
  }
  void provenance(const char* what) {
    const auto at = at_;
    const auto count = u64(what);  // source indexes: an array of 32-bit numbers, no item version
    if (count > left() / 4)
      fail(std::string(what) + " at byte " + std::to_string(at) + " announces " + std::to_string(count) +
           " sources, more than the " + std::to_string(left()) + " bytes left can hold");
    at_ += static_cast<std::size_t>(count) * 4;
    skip(8, what);  // confidence
    text(what);     // note
  }
  // A vector of class types or strings: each element is walked by `element`,
  // so a count beyond the bytes left fails where the bytes run out, having
  // allocated nothing (each element takes at least one byte: checked first).
  template <class F>
  std::uint64_t vector(unsigned type, const char* what, F&& element) {
    // The first vector of each type carries the type's class information:
    // a tracking flag and a class version (4 bytes). The writer never
    // tracks (no object is saved through a pointer), so the flag is 0: a 1
    // would make Boost read an object id before every vector of the type,
    // and the rest of the archive differently from this walk (found by
    // fuzz_snapshot, which recomputes the checksum).
    if ((seen_types_ & (1u << type)) == 0) {
      seen_types_ |= 1u << type;
      if (boolean(what))
        fail(std::string(what) + ": the tracking flag at byte " + std::to_string(at_ - 1) +
             " is 1; a faultline snapshot never tracks objects (0)");
      skip(4, what);
    }
    const auto at = at_;
    const auto count = u64(what);
    skip(4, what);  // item version
    if (count > left())
      fail(std::string(what) + " at byte " + std::to_string(at) + " announce " + std::to_string(count) +
           " elements, more than the " + std::to_string(left()) + " bytes left can hold");
    for (std::uint64_t k = 0; k < count; ++k)
      element();
    return count;
  }

  // The vector types of the archive (each has its class information once).
  static constexpr unsigned scenarios_type = 0, relation_types_type = 1, sources_type = 2, actors_type = 3,
                            strings_type = 4, merged_type = 5, relations_type = 6, links_type = 7;

  std::string_view bytes_;
  const std::string& name_;
  std::size_t at_ = 0;
  unsigned seen_types_ = 0;
};

}  // namespace

// ------------------------------------------------------------------ writer
// Version 5, columnar: columnar_writer.cpp.

std::string snapshot_rest_bytes(const graph_data& d) {
  std::string out;
  string_sink sink(out);
  boost::archive::binary_oarchive archive(sink, archive_flags);
  archive << d.scenarios << d.relation_types << d.sources << d.actors << d.relations;
  return out;
}

graph_data read_snapshot_rest(std::string_view bytes, const std::string& name) {
  const auto walked = archive_walk(bytes, name).rest(false);
  graph_data data;
  try {
    boost::iostreams::stream<boost::iostreams::array_source> source(bytes.data(), bytes.size());
    boost::archive::binary_iarchive archive(source, archive_flags);
    archive >> data.scenarios >> data.relation_types >> data.sources >> data.actors >> data.relations;
  } catch (const boost::archive::archive_exception& e) {
    throw snapshot_error(name + " cannot be decoded: " + e.what());
  } catch (const std::ios_base::failure& e) {
    throw snapshot_error(name + " cannot be decoded: " + e.what());
  } catch (const std::bad_alloc&) {
    throw snapshot_error(name + " cannot be decoded: it announces more data than it holds");
  } catch (const std::length_error&) {
    throw snapshot_error(name + " cannot be decoded: it announces more data than it holds");
  }
  archive_walk::same(walked, data);
  return data;
}

namespace {

// The snapshot's bytes, appended to a string.
class string_output : public columnar::output {
 public:
  explicit string_output(std::string& out) : out_(out) {}
  void write(std::string_view bytes) override { out_.append(bytes); }
  void write_at(std::uint64_t offset, std::string_view bytes) override {
    out_.replace(static_cast<std::size_t>(offset), bytes.size(), bytes);
  }

 private:
  std::string& out_;
};

// The snapshot's bytes, to a file renamed over its target at the end.
class file_output : public columnar::output {
 public:
  explicit file_output(atomic_file& file) : file_(file) {}
  void write(std::string_view bytes) override { file_.write(bytes); }
  void write_at(std::uint64_t offset, std::string_view bytes) override { file_.write_at(offset, bytes); }

 private:
  atomic_file& file_;
};

std::filesystem::path spill_dir(const std::filesystem::path& target) {
  const auto dir = target.parent_path();
  return dir.empty() ? std::filesystem::path(".") : dir;
}

void add_all(columnar::builder& b, const graph_data& d) {
  for (const auto& i : d.incidents)
    b.add(i);
  for (const auto& r : d.roles)
    b.add(r);
}

}  // namespace

struct snapshot_writer::impl {
  impl(const std::filesystem::path& p, std::size_t budget) : path(p), file(p), builder(spill_dir(p), budget) {}
  std::filesystem::path path;
  atomic_file file;
  columnar::builder builder;
  bool done = false;

  void check_open() const {
    if (done) throw usage_error("snapshot_writer: add() after commit()");
  }
  void finish(const graph_data& rest) {
    file_output out(file);
    try {
      builder.finish(rest, out);
    } catch (const error&) {
      throw;
    } catch (const std::exception& e) {
      throw io_error("Cannot write " + path.string() + ": " + e.what());
    }
    file.commit();
    done = true;
  }
};

snapshot_writer::snapshot_writer(const std::filesystem::path& path, std::size_t memory_budget)
    : impl_(std::make_unique<impl>(path, memory_budget)) {}
snapshot_writer::~snapshot_writer() = default;
snapshot_writer::snapshot_writer(snapshot_writer&&) noexcept = default;
snapshot_writer& snapshot_writer::operator=(snapshot_writer&&) noexcept = default;

void snapshot_writer::add(const incident& i) {
  impl_->check_open();
  impl_->builder.add(i);
}

void snapshot_writer::add_prepared(const prepared_incident& p) {
  impl_->check_open();
  try {
    impl_->builder.add_prepared(p.head, p.texts, p.row, &p.hints);
  } catch (const bad_records& e) {
    throw usage_error("snapshot_writer::add_prepared: " + e.what);
  }
}

void snapshot_writer::prefetch_text(std::uint64_t h) const noexcept {
  impl_->builder.prefetch(h);
}

void snapshot_writer::add(const role_edge& r) {
  impl_->check_open();
  impl_->builder.add(r);
}

std::uint64_t snapshot_writer::incidents() const noexcept {
  return impl_->builder.incidents();
}
std::uint64_t snapshot_writer::roles() const noexcept {
  return impl_->builder.roles();
}

void snapshot_writer::commit(const graph_data& rest) {
  if (impl_->done) throw usage_error("snapshot_writer: commit() called twice");
  if (!rest.incidents.empty() || !rest.roles.empty())
    throw usage_error("snapshot_writer::commit: give incidents and roles with add(), not in the rest of the content");
  impl_->finish(rest);
}

bool is_snapshot(std::string_view bytes) noexcept {
  return bytes.size() >= snapshot_magic.size() && bytes.substr(0, snapshot_magic.size()) == snapshot_magic;
}

bool looks_like_damaged_snapshot(std::string_view bytes) noexcept {
  if (bytes.size() < 16 || is_snapshot(bytes)) return false;
  std::size_t same = 0;
  for (std::size_t k = 0; k < snapshot_magic.size(); ++k)
    same += bytes[k] == snapshot_magic[k] ? 1 : 0;
  return same >= 5 && bytes.substr(0, 16).find('\0') != std::string_view::npos;
}

std::string snapshot_bytes(const graph& g) {
  columnar::builder b({});
  add_all(b, g.data());
  std::string out;
  string_output sink(out);
  b.finish(g.data(), sink);
  return out;
}

void write_snapshot(const graph& g, const std::filesystem::path& path) {
  // Streamed to the file, so a large graph is never held twice in memory.
  snapshot_writer::impl w(path, snapshot_writer::default_memory_budget);
  add_all(w.builder, g.data());
  w.finish(g.data());
}

namespace {

// The version a snapshot's header gives. \throws snapshot_error when the
// bytes are no snapshot, too short for a header, or of a version not read.
std::uint32_t version_of(std::string_view bytes, const std::string& name) {
  if (!is_snapshot(bytes))
    throw snapshot_error(name + " is not a faultline snapshot (its first bytes are not the snapshot magic)");
  if (bytes.size() < header_size)
    throw snapshot_error(name + " is truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                         std::to_string(header_size) + "-byte header");
  const auto version = get_le<std::uint32_t>(bytes, 8);
  if (version != snapshot_format_version && version != legacy_version)
    throw snapshot_error(name + " has snapshot format version " + std::to_string(version) +
                         "; this faultline reads versions " + std::to_string(legacy_version) + " and " +
                         std::to_string(snapshot_format_version) +
                         ". Re-create it from its scenario with `faultline convert`");
  return version;
}

// Reads a version-4 snapshot (record-encoded incidents and roles, the rest
// through Boost, one checksum over everything).
graph_data read_legacy_snapshot(std::string_view bytes, const std::string& name) {
  const auto incident_count = get_le<std::uint32_t>(bytes, 12);
  const auto length = get_le<std::uint64_t>(bytes, 16);
  const auto expected_crc = get_le<std::uint32_t>(bytes, 24);
  const auto role_count = get_le<std::uint32_t>(bytes, 28);
  const std::string_view payload = bytes.substr(header_size);
  if (payload.size() < length)
    throw snapshot_error(name + " is truncated: the header announces " + std::to_string(length) +
                         " bytes of data, the file holds " + std::to_string(payload.size()));
  if (payload.size() > length)
    throw snapshot_error(name + " has " + std::to_string(payload.size() - length) + " unexpected bytes after its data");
  if (crc32(payload) != expected_crc)
    throw snapshot_error(name + " is damaged: its checksum does not match its content");
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
  const auto rest = payload.substr(consumed);
  const auto walked = archive_walk(rest, name).rest(true);
  try {
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
  archive_walk::same(walked, data);
  return data;
}

}  // namespace

graph_data read_snapshot_data(std::string_view bytes, const std::string& name) {
  if (version_of(bytes, name) == legacy_version) return read_legacy_snapshot(bytes, name);
  return event_store::from_bytes(bytes, name).load();
}

graph read_snapshot(std::string_view bytes, const std::string& name) {
  auto data = read_snapshot_data(bytes, name);
  try {
    return graph(std::move(data));
  } catch (const usage_error& e) {
    throw snapshot_error(name + " is inconsistent: " + e.what());
  }
}

graph read_snapshot(const std::filesystem::path& path) {
  // A version-5 snapshot is mapped, not read into memory first.
  {
    std::ifstream in(path, std::ios::binary);
    std::string head(header_size, '\0');
    if (in && in.read(head.data(), static_cast<std::streamsize>(head.size())) && is_snapshot(head) &&
        get_le<std::uint32_t>(head, 8) == snapshot_format_version) {
      in.close();
      auto data = event_store::open(path).load();
      try {
        return graph(std::move(data));
      } catch (const usage_error& e) {
        throw snapshot_error(path.string() + " is inconsistent: " + e.what());
      }
    }
  }
  return read_snapshot(read_file(path, input_limits{.max_input_bytes = 0}),
                       path.string());  // (checked as it is decoded)
}

}  // namespace faultline
