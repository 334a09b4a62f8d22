// SPDX-License-Identifier: Apache-2.0
// The reader of columnar snapshots (faultline/graph/event_store.hpp).
#include <faultline/graph/event_store.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cerrno>
#include <cstring>
#include <limits>
#include <mutex>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <faultline/graph/detail/snapshot_records.hpp>
#include <faultline/graph/error.hpp>

#include "columnar.hpp"
#include "columnar_writer.hpp"
#include "crc32.hpp"

static_assert(std::endian::native == std::endian::little, "columnar snapshots are read in place: little-endian only");

namespace faultline {

namespace {

using namespace detail::columnar;

std::uint32_t le32(const char* p) noexcept {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
std::uint64_t le64(const char* p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// The bytes a store reads: a read-only mapping of a file, a copy, or
// borrowed bytes.
struct region {
  region() = default;
  region(const region&) = delete;
  region& operator=(const region&) = delete;
  ~region() {
    if (mapped != nullptr) ::munmap(mapped, size);
  }
  void* mapped = nullptr;                 // a mapping to unmap
  std::unique_ptr<std::uint64_t[]> copy;  // an aligned copy
  const char* data = nullptr;
  std::size_t size = 0;
};

struct entry {
  bool present = false;
  std::uint64_t offset = 0, size = 0, count = 0;
  std::uint32_t crc = 0, width = 0;  // width: as stored (narrower than the kind's for narrowable kinds)
};

}  // namespace

struct event_store::impl {
  std::unique_ptr<region> bytes;
  std::string name;
  std::uint64_t incidents = 0, roles = 0, links = 0, actors = 0;
  std::array<entry, max_kind> table{};
  // Which sections were verified; a mutex makes a first read by two threads
  // verify once.
  mutable std::array<std::atomic<bool>, max_kind> verified{};
  mutable std::mutex verifying;

  [[noreturn]] void fail(const std::string& what) const { throw snapshot_error(name + " " + what); }

  void parse();
  void verify(kind k) const;
  void check_content(const section_info& s, const entry& e) const;

  [[nodiscard]] const entry& section(kind k) const {
    const auto& e = table[static_cast<std::uint32_t>(k)];
    if (e.present && !verified[static_cast<std::uint32_t>(k)].load(std::memory_order_acquire)) verify(k);
    return e;
  }
  template <class T>
  [[nodiscard]] std::span<const T> column(kind k) const {
    const auto& e = section(k);
    if (!e.present) return {};
    return {reinterpret_cast<const T*>(bytes->data + e.offset), static_cast<std::size_t>(e.size / sizeof(T))};
  }
  // One element of a column, or the fallback when the section is absent;
  // a narrowed column's element is widened.
  template <class T>
  [[nodiscard]] T value(kind k, std::size_t i) const {
    const auto& e = section(k);
    T v;
    if (!e.present) {
      const auto fallback = info(k).fallback;
      std::memcpy(&v, &fallback, sizeof v);
      return v;
    }
    if (e.width == sizeof(T)) {
      std::memcpy(&v, bytes->data + e.offset + i * sizeof(T), sizeof v);
      return v;
    }
    std::uint64_t wide = 0;
    std::memcpy(&wide, bytes->data + e.offset + i * e.width, e.width);
    return static_cast<T>(wide);
  }
  [[nodiscard]] std::string_view string(std::uint32_t ref) const {
    if (ref == 0) return {};
    const auto ends = column<std::uint64_t>(kind::string_ends);
    const auto& blob = section(kind::string_bytes);
    const std::uint64_t begin = ref == 1 ? 0 : ends[ref - 2];
    return {bytes->data + blob.offset + begin, static_cast<std::size_t>(ends[ref - 1] - begin)};
  }
  [[nodiscard]] std::string_view string_at(kind k, std::size_t i) const { return string(value<std::uint32_t>(k, i)); }
  [[nodiscard]] std::vector<source_index> list(std::uint32_t ref) const {
    if (ref == 0) return {};
    const auto ends = column<std::uint64_t>(kind::list_ends);
    const auto items = column<std::uint32_t>(kind::list_items);
    const std::uint64_t begin = ref == 1 ? 0 : ends[ref - 2];
    return {items.begin() + static_cast<std::ptrdiff_t>(begin),
            items.begin() + static_cast<std::ptrdiff_t>(ends[ref - 1])};
  }
  [[nodiscard]] std::uint64_t count_of(const section_info& s, const entry& e) const noexcept {
    switch (s.fam) {
      case family::incidents:
        return incidents;
      case family::roles:
        return roles;
      case family::links:
        return links;
      case family::actors:
        return actors;
      case family::free:
        return e.size / s.width;
    }
    return 0;
  }
  [[nodiscard]] std::uint64_t strings() const noexcept {
    return table[static_cast<std::uint32_t>(kind::string_ends)].count;
  }
  [[nodiscard]] std::uint64_t lists() const noexcept {
    return table[static_cast<std::uint32_t>(kind::list_ends)].count;
  }
  provenance prov(kind sources, kind confidence, kind note, std::size_t i) const {
    provenance p;
    p.sources = list(value<std::uint32_t>(sources, i));
    p.confidence = value<double>(confidence, i);
    p.note = std::string(string_at(note, i));
    return p;
  }
};

void event_store::impl::parse() {
  const char* d = bytes->data;
  const std::size_t n = bytes->size;
  if (n < header_size)
    fail("is truncated: " + std::to_string(n) + " bytes, shorter than the " + std::to_string(header_size) +
         "-byte header of a version-5 snapshot");
  const auto version_read = le32(d + at_version);
  if (version_read != version)
    fail("has snapshot format version " + std::to_string(version_read) + ", not " + std::to_string(version));
  const auto count = le32(d + at_sections);
  incidents = le64(d + at_incidents);
  roles = le64(d + at_roles);
  links = le64(d + at_links);
  actors = le64(d + at_actors);
  const auto file_size = le64(d + at_file_size);
  if (count > max_sections) fail("is damaged: its header announces " + std::to_string(count) + " sections");
  const std::size_t table_end = header_size + count * entry_size;
  if (file_size != n) {
    if (file_size > n)
      fail("is truncated: its header announces " + std::to_string(file_size) + " bytes, the file holds " +
           std::to_string(n));
    fail("has " + std::to_string(n - file_size) + " unexpected bytes after its data");
  }
  if (table_end > n) fail("is truncated: its section table runs past the end of the file");
  // The header's checksum covers the header (its own field as zero) and the table.
  std::string head(d, table_end);
  std::memset(head.data() + at_header_crc, 0, 4);
  if (detail::crc32(head) != le32(d + at_header_crc)) fail("is damaged: the checksum of its header does not match");
  constexpr std::uint64_t most = std::numeric_limits<std::uint32_t>::max() - 1;
  if (incidents > most || roles > most || links > most || actors > most)
    fail("is damaged: its header announces more than 2^32-2 incidents, roles, links or actors");
  std::uint64_t previous_end = table_end;
  for (std::uint32_t k = 0; k < count; ++k) {
    const char* p = d + header_size + std::size_t{k} * entry_size;
    const auto id = le32(p);
    const auto width = le32(p + 4);
    const auto offset = le64(p + 8);
    const auto size = le64(p + 16);
    const auto* s = find(id);
    const std::string which =
        s != nullptr ? "section " + std::string(s->name) : "section of kind " + std::to_string(id);
    if (s == nullptr) fail("is damaged or newer than this faultline: it has a " + which);
    auto& e = table[id];
    if (e.present) fail("is damaged: its " + which + " appears twice");
    const bool narrowed = narrowable(s->k) && (width == 1 || width == 2 || width == 4) && width < s->width;
    if (width != s->width && !narrowed)
      fail("is damaged: its " + which + " has " + std::to_string(width) + "-byte elements, not " +
           std::to_string(s->width));
    if (offset % alignment != 0 || offset < previous_end || offset - previous_end >= alignment || offset > n ||
        size > n - offset)
      fail("is damaged: its " + which + " (" + std::to_string(size) + " bytes at " + std::to_string(offset) +
           ") does not lie inside the file, right after the section before it");
    if (size % width != 0) fail("is damaged: the size of its " + which + " is not a whole number of elements");
    // The padding before a section is zeros: no byte of the file escapes a check.
    for (std::uint64_t b = previous_end; b < offset; ++b)
      if (d[b] != 0) fail("is damaged: the padding before its " + which + " is not zeros");
    e.present = true;
    e.offset = offset;
    e.size = size;
    e.crc = le32(p + 24);
    e.count = size / width;
    e.width = width;
    if (s->fam != family::free && e.count != count_of(*s, e))
      fail("is damaged: its " + which + " holds " + std::to_string(e.count) + " elements, its header announces " +
           std::to_string(count_of(*s, e)));
    previous_end = offset + size;
  }
  if (previous_end != n)
    fail("is damaged: it has " + std::to_string(n - previous_end) + " bytes after its last section");
  for (const auto& s : sections) {
    const auto& e = table[static_cast<std::uint32_t>(s.k)];
    const bool needed = s.k == kind::rest || (s.k == kind::date_index && incidents > 0) ||
                        (s.required && s.fam != family::free && count_of(s, e) > 0);
    if (s.required && needed && !e.present) fail("is damaged: it has no section " + std::string(s.name));
  }
  if (table[static_cast<std::uint32_t>(kind::string_bytes)].present &&
      !table[static_cast<std::uint32_t>(kind::string_ends)].present)
    fail("is damaged: it has a string table without its index");
  // Counts the sections cannot bound (a section whose every value is its
  // fallback is left out) are bounded here, before anything is allocated
  // from them: every incident has a date (never the fallback, 0), a link
  // whose two ends were both left out would be incident 0 answering itself
  // (a cycle, refused), and roles and actors take at least a byte each.
  const auto present = [&](kind k) { return table[static_cast<std::uint32_t>(k)].present; };
  if (incidents > 0 && !present(kind::inc_when)) fail("is damaged: it has incidents but no section incident dates");
  if (links > 0 && !present(kind::link_from) && !present(kind::link_to))
    fail("is damaged: it has links but neither section link origins nor link targets");
  if (roles > n || actors > n)
    fail("is damaged: its header announces " + std::to_string(roles) + " roles and " + std::to_string(actors) +
         " actors, more than a file of " + std::to_string(n) + " bytes can hold");
}

void event_store::impl::check_content(const section_info& s, const entry& e) const {
  const char* p = bytes->data + e.offset;
  const auto bad = [&](std::uint64_t at, const std::string& what) {
    fail("is damaged: element " + std::to_string(at) + " of its section " + std::string(s.name) + " " + what);
  };
  // Element k as an unsigned number (4 bytes, or the narrower width stored).
  const auto u32 = [&](std::uint64_t k) -> std::uint32_t {
    if (e.width == 4) return le32(p + k * 4);
    std::uint32_t v = 0;
    std::memcpy(&v, p + k * e.width, e.width);
    return v;
  };
  const auto below = [&](std::uint64_t limit, const char* what) {
    for (std::uint64_t k = 0; k < e.count; ++k)
      if (u32(k) >= limit) bad(k, std::string("is out of range (") + what + ")");
  };
  switch (s.what) {
    case content::plain:
      return;
    case content::string_ref:
      return below(strings() + 1, "no such string");
    case content::list_ref:
      return below(lists() + 1, "no such source list");
    case content::incident_ref:
      return below(incidents, "no such incident");
    case content::actor_ref:
      return below(actors, "no such actor");
    case content::role_ref:
      return below(roles, "no such role");
    case content::actor_or_none:
      for (std::uint64_t k = 0; k < e.count; ++k)
        if (u32(k) >= actors && u32(k) != no_index) bad(k, "is out of range (no such actor)");
      return;
    case content::flags:
      for (std::uint64_t k = 0; k < e.count; ++k) {
        std::uint16_t v;
        std::memcpy(&v, p + k * 2, 2);
        if ((v & ~detail::incident_flags) != 0) bad(k, "has unknown flag bits");
      }
      return;
    case content::stance:
    case content::role_kind:
    case content::link_kind: {
      const unsigned limit = s.what == content::stance ? 4 : s.what == content::role_kind ? std::size(all_roles) : 2;
      for (std::uint64_t k = 0; k < e.count; ++k)
        if (static_cast<unsigned char>(p[k]) >= limit) bad(k, "is not a valid value");
      return;
    }
    case content::ends32:
    case content::ends64: {
      // The section these are the ends of, and its element count.
      std::uint64_t target = 0;
      if (s.k == kind::postings_ends)
        target = table[static_cast<std::uint32_t>(kind::postings)].count;
      else if (s.k == kind::incident_roles_ends)  // (without the list: the roles themselves, in order)
        target = table[static_cast<std::uint32_t>(kind::incident_roles)].present
                     ? table[static_cast<std::uint32_t>(kind::incident_roles)].count
                     : roles;
      else if (s.k == kind::string_ends)
        target = table[static_cast<std::uint32_t>(kind::string_bytes)].size;
      else if (s.k == kind::list_ends)
        target = table[static_cast<std::uint32_t>(kind::list_items)].count;
      std::uint64_t last = 0;
      for (std::uint64_t k = 0; k < e.count; ++k) {
        const std::uint64_t v = s.what == content::ends32 ? u32(k) : le64(p + k * 8);
        if (v < last || v > target) bad(k, "is out of order or past the end of what it indexes");
        last = v;
      }
      if (last != target) fail("is damaged: its section " + std::string(s.name) + " does not cover what it indexes");
      return;
    }
    case content::date_keys: {
      std::uint32_t last_key = 0, last_start = 0;
      for (std::uint64_t k = 0; k < e.count; ++k) {
        const auto key = le32(p + 8 * k), start = le32(p + 8 * k + 4);
        if ((k == 0 && start != 0) || (k > 0 && (key <= last_key || start <= last_start)) || start >= incidents)
          bad(k, "is out of order or out of range");
        last_key = key;
        last_start = start;
      }
      return;
    }
  }
}

void event_store::impl::verify(kind k) const {
  const std::lock_guard lock(verifying);
  const auto id = static_cast<std::uint32_t>(k);
  if (verified[id].load(std::memory_order_relaxed)) return;
  const auto& s = info(k);
  const auto& e = table[id];
  if (detail::crc32(std::string_view(bytes->data + e.offset, e.size)) != e.crc)
    fail("is damaged: the checksum of its section " + std::string(s.name) + " does not match");
  check_content(s, e);
  verified[id].store(true, std::memory_order_release);
}

event_store::event_store(std::unique_ptr<impl> p) noexcept : impl_(std::move(p)) {}
event_store::event_store(event_store&&) noexcept = default;
event_store& event_store::operator=(event_store&&) noexcept = default;
event_store::~event_store() = default;

event_store event_store::open(const std::filesystem::path& path) {
  auto r = std::make_unique<region>();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw io_error("Cannot read " + path.string() + ": " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw io_error("Cannot read " + path.string() + ": not a regular file");
  }
  r->size = static_cast<std::size_t>(st.st_size);
  if (r->size > 0) {
    void* m = ::mmap(nullptr, r->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
      const int err = errno;
      ::close(fd);
      // ENOMEM: the file is larger than the address space this process may
      // still use (ulimit -v); it needs its size in address space, not in memory.
      throw io_error("Cannot map " + path.string() + ": " + std::strerror(err) +
                     (err == ENOMEM ? " (its " + std::to_string(r->size) +
                                          " bytes do not fit in the address space this process may use; a snapshot is "
                                          "mapped whole: raise the limit, e.g. ulimit -v)"
                                    : std::string()));
    }
    r->mapped = m;
    r->data = static_cast<const char*>(m);
  }
  ::close(fd);
  auto p = std::make_unique<impl>();
  p->bytes = std::move(r);
  p->name = path.string();
  p->parse();
  return event_store(std::move(p));
}

event_store event_store::from_bytes(std::string_view bytes, std::string name) {
  auto r = std::make_unique<region>();
  r->size = bytes.size();
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % 8 == 0) {
    r->data = bytes.data();
  } else {
    r->copy = std::make_unique_for_overwrite<std::uint64_t[]>(bytes.size() / 8 + 1);
    if (!bytes.empty()) std::memcpy(r->copy.get(), bytes.data(), bytes.size());
    r->data = reinterpret_cast<const char*>(r->copy.get());
  }
  auto p = std::make_unique<impl>();
  p->bytes = std::move(r);
  p->name = std::move(name);
  p->parse();
  return event_store(std::move(p));
}

const std::string& event_store::name() const noexcept {
  return impl_->name;
}
std::size_t event_store::size() const noexcept {
  return impl_->incidents;
}
std::size_t event_store::roles() const noexcept {
  return impl_->roles;
}
std::size_t event_store::links() const noexcept {
  return impl_->links;
}
std::size_t event_store::actors() const noexcept {
  return impl_->actors;
}

void event_store::verify_all() const {
  // Tables first, so that a damaged table is named rather than a column
  // whose references it would refute.
  for (const auto k :
       {kind::string_bytes, kind::string_ends, kind::list_items, kind::list_ends, kind::postings, kind::incident_roles})
    (void)impl_->section(k);
  for (const auto& s : sections)
    (void)impl_->section(s.k);
}

std::string_view event_store::id(incident_index i) const {
  return impl_->string_at(kind::inc_id, i);
}
std::string_view event_store::name_of(incident_index i) const {
  return impl_->string_at(kind::inc_name, i);
}
std::string_view event_store::type(incident_index i) const {
  return impl_->string_at(kind::inc_type, i);
}
std::string_view event_store::cameo(incident_index i) const {
  return impl_->string_at(kind::inc_cameo, i);
}
date event_store::when(incident_index i) const {
  return unpack_date(impl_->value<std::uint32_t>(kind::inc_when, i));
}

namespace {
std::uint16_t flags_of(const event_store::impl& s, incident_index i) {
  return s.value<std::uint16_t>(kind::inc_flags, i);
}
}  // namespace

bool event_store::has_spans() const noexcept {
  return impl_->table[static_cast<std::uint32_t>(kind::inc_until)].present;
}
std::optional<date> event_store::until(incident_index i) const {
  if ((flags_of(*impl_, i) & detail::has_until) == 0) return std::nullopt;
  return unpack_date(impl_->value<std::uint32_t>(kind::inc_until, i));
}
std::optional<std::uint8_t> event_store::rung(incident_index i) const {
  if ((flags_of(*impl_, i) & detail::has_rung) == 0) return std::nullopt;
  return impl_->value<std::uint8_t>(kind::inc_rung, i);
}
std::optional<double> event_store::goldstein(incident_index i) const {
  if ((flags_of(*impl_, i) & detail::has_goldstein) == 0) return std::nullopt;
  return impl_->value<double>(kind::inc_goldstein, i);
}
std::uint8_t event_store::quad_class(incident_index i) const {
  return impl_->value<std::uint8_t>(kind::inc_quad_class, i);
}
std::uint32_t event_store::mentions(incident_index i) const {
  return impl_->value<std::uint32_t>(kind::inc_mentions, i);
}
std::uint32_t event_store::reports(incident_index i) const {
  return impl_->value<std::uint32_t>(kind::inc_reports, i);
}
std::string_view event_store::country(incident_index i) const {
  return impl_->string_at(kind::inc_place_country, i);
}
std::string_view event_store::event_type(incident_index i) const {
  return impl_->string_at(kind::inc_event_type, i);
}
namespace {
std::optional<std::int64_t> optional_i64(const event_store::impl& s, kind k, std::uint32_t bit, incident_index i) {
  if ((flags_of(s, i) & bit) == 0) return std::nullopt;
  return s.value<std::int64_t>(k, i);
}
}  // namespace
std::optional<std::int64_t> event_store::fatalities(incident_index i) const {
  return optional_i64(*impl_, kind::inc_fatalities, detail::has_fatalities, i);
}
std::optional<std::int64_t> event_store::deaths_low(incident_index i) const {
  return optional_i64(*impl_, kind::inc_deaths_low, detail::has_deaths_low, i);
}
std::optional<std::int64_t> event_store::deaths_high(incident_index i) const {
  return optional_i64(*impl_, kind::inc_deaths_high, detail::has_deaths_high, i);
}
std::optional<bool> event_store::root_event(incident_index i) const {
  const auto flags = flags_of(*impl_, i);
  if ((flags & detail::has_root_event) == 0) return std::nullopt;
  return (flags & detail::is_root_event) != 0;
}
std::string_view event_store::dataset(incident_index i) const {
  return impl_->string_at(kind::inc_dataset, i);
}
std::optional<polarity> event_store::stance(incident_index i) const {
  const auto stance = impl_->value<std::uint8_t>(kind::inc_stance, i);
  if (stance == 0) return std::nullopt;
  return static_cast<polarity>(static_cast<int>(stance) - 2);
}
double event_store::confidence(incident_index i) const {
  return impl_->value<double>(kind::inc_confidence, i);
}
double event_store::role_confidence(std::uint32_t r) const {
  return impl_->value<double>(kind::role_confidence, r);
}

event_store::role_ids event_store::roles_of(incident_index i) const {
  const auto ends = impl_->column<std::uint32_t>(kind::incident_roles_ends);
  const auto list = impl_->column<std::uint32_t>(kind::incident_roles);
  const std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
  // Without the list, the roles are in incident order: a range.
  return {list.empty() ? nullptr : list.data(), begin, ends[i] - begin};
}
incident_index event_store::role_incident(std::uint32_t r) const {
  if (impl_->table[static_cast<std::uint32_t>(kind::role_incident)].present)
    return impl_->value<std::uint32_t>(kind::role_incident, r);
  // Roles in incident order: the incident whose range holds r.
  const auto ends = impl_->column<std::uint32_t>(kind::incident_roles_ends);
  return static_cast<incident_index>(std::upper_bound(ends.begin(), ends.end(), r) - ends.begin());
}
actor_index event_store::role_actor(std::uint32_t r) const {
  return impl_->value<std::uint32_t>(kind::role_actor, r);
}
role event_store::role_kind(std::uint32_t r) const {
  return static_cast<role>(impl_->value<std::uint8_t>(kind::role_kind, r));
}
actor_index event_store::role_attributed_by(std::uint32_t r) const {
  return impl_->value<std::uint32_t>(kind::role_attributed_by, r);
}

std::span<const incident_index> event_store::by_date() const {
  return impl_->column<std::uint32_t>(kind::by_date);
}

std::span<const incident_index> event_store::in_dates(date from, date to) const {
  const auto all = by_date();
  const auto index = impl_->column<std::uint32_t>(kind::date_index);  // key, start pairs
  const std::size_t keys = index.size() / 2;
  const auto lo_key = pack_date(from), hi_key = pack_date(to);
  if (keys == 0 || lo_key > hi_key) return {};
  // The first key >= lo_key and the first key > hi_key, by binary search.
  const auto first_at_least = [&](std::uint32_t key, bool strictly) {
    std::size_t lo = 0, hi = keys;
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      const bool before = strictly ? index[2 * mid] <= key : index[2 * mid] < key;
      if (before)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  };
  const auto start = [&](std::size_t k) { return k == keys ? all.size() : std::size_t{index[2 * k + 1]}; };
  const auto b = start(first_at_least(lo_key, false)), e = start(first_at_least(hi_key, true));
  return all.subspan(b, e - b);
}

std::span<const incident_index> event_store::of_actor(actor_index a) const {
  const auto ends = impl_->column<std::uint32_t>(kind::postings_ends);
  const auto list = impl_->column<std::uint32_t>(kind::postings);
  if (a >= ends.size()) return {};
  const std::uint32_t begin = a == 0 ? 0 : ends[a - 1];
  return list.subspan(begin, ends[a] - begin);
}

std::span<const incident_index> event_store::of_actor(actor_index a, date from, date to) const {
  const auto all = of_actor(a);
  const auto lo_key = pack_date(from), hi_key = pack_date(to);
  if (lo_key > hi_key) return {};
  const auto key = [&](incident_index i) { return impl_->value<std::uint32_t>(kind::inc_when, i); };
  const auto b = std::partition_point(all.begin(), all.end(), [&](incident_index i) { return key(i) < lo_key; });
  const auto e = std::partition_point(b, all.end(), [&](incident_index i) { return key(i) <= hi_key; });
  return all.subspan(static_cast<std::size_t>(b - all.begin()), static_cast<std::size_t>(e - b));
}

incident event_store::materialise(incident_index i) const {
  const auto& s = *impl_;
  incident out;
  const auto flags = flags_of(s, i);
  const auto str = [&](kind k) { return std::string(s.string_at(k, i)); };
  const auto opt_f64 = [&](kind k, std::uint32_t bit) -> std::optional<double> {
    if ((flags & bit) == 0) return std::nullopt;
    return s.value<double>(k, i);
  };
  out.id = str(kind::inc_id);
  out.name = str(kind::inc_name);
  out.when = when(i);
  out.until = until(i);
  out.type = str(kind::inc_type);
  out.where.name = str(kind::inc_place_name);
  out.where.country = str(kind::inc_place_country);
  out.where.lat = opt_f64(kind::inc_lat, detail::has_lat);
  out.where.lon = opt_f64(kind::inc_lon, detail::has_lon);
  out.fatalities = fatalities(i);
  out.injured = optional_i64(s, kind::inc_injured, detail::has_injured, i);
  out.description = str(kind::inc_description);
  out.prov = s.prov(kind::inc_sources, kind::inc_confidence, kind::inc_note, i);
  out.rung = rung(i);
  out.cameo = str(kind::inc_cameo);
  out.goldstein = opt_f64(kind::inc_goldstein, detail::has_goldstein);
  auto& c = out.coding;
  c.dataset = str(kind::inc_dataset);
  c.event_type = str(kind::inc_event_type);
  c.stance = stance(i);
  c.quad_class = quad_class(i);
  c.mentions = mentions(i);
  c.reports = reports(i);
  c.articles = s.value<std::uint32_t>(kind::inc_articles, i);
  c.root_event = root_event(i);
  c.tone = opt_f64(kind::inc_tone, detail::has_tone);
  c.deaths_low = deaths_low(i);
  c.deaths_high = deaths_high(i);
  c.precision = str(kind::inc_precision);
  c.interaction = str(kind::inc_interaction);
  c.source_text = str(kind::inc_source_text);
  c.row = s.value<std::uint64_t>(kind::inc_row, i);
  return out;
}

role_edge event_store::materialise_role(std::uint32_t r) const {
  role_edge out;
  out.incident = role_incident(r);
  out.actor = role_actor(r);
  out.kind = role_kind(r);
  out.attributed_by = role_attributed_by(r);
  out.prov = impl_->prov(kind::role_sources, kind::role_confidence, kind::role_note, r);
  return out;
}

incident_link event_store::materialise_link(std::uint32_t k) const {
  incident_link out;
  out.from = impl_->value<std::uint32_t>(kind::link_from, k);
  out.to = impl_->value<std::uint32_t>(kind::link_to, k);
  out.kind = static_cast<link_kind>(impl_->value<std::uint8_t>(kind::link_kind, k));
  out.prov = impl_->prov(kind::link_sources, kind::link_confidence, kind::link_note, k);
  return out;
}

graph_data event_store::load_rest() const {
  const auto& rest = impl_->section(kind::rest);  // (verified on this first read)
  graph_data d = read_snapshot_rest(std::string_view(impl_->bytes->data + rest.offset, rest.size), impl_->name);
  if (d.actors.size() != impl_->actors)
    impl_->fail("is inconsistent: its header announces " + std::to_string(impl_->actors) + " actors, it holds " +
                std::to_string(d.actors.size()));
  return d;
}

graph_data event_store::load() const {
  verify_all();
  graph_data d = load_rest();
  d.incidents.reserve(size());
  for (incident_index i = 0; i < size(); ++i)
    d.incidents.push_back(materialise(i));
  d.roles.reserve(roles());
  for (std::uint32_t r = 0; r < roles(); ++r)
    d.roles.push_back(materialise_role(r));
  d.links.reserve(links());
  for (std::uint32_t k = 0; k < links(); ++k)
    d.links.push_back(materialise_link(k));
  return d;
}

}  // namespace faultline
