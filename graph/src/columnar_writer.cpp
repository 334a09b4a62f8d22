// SPDX-License-Identifier: Apache-2.0
// The writer of columnar snapshots (columnar_writer.hpp, columnar.hpp).
#include "columnar_writer.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <limits>
#include <map>
#include <numeric>
#include <vector>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <faultline/graph/detail/text_hash.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/snapshot.hpp>

#include "columnar.hpp"
#include "crc32.hpp"

namespace faultline {

namespace detail::columnar {
namespace {

// Bytes waiting to be written: in memory, or past a buffer in an unnamed
// temporary file.
class spill {
 public:
  spill() = default;
  spill(const spill&) = delete;
  spill& operator=(const spill&) = delete;
  ~spill() {
    if (fd_ >= 0) ::close(fd_);
  }
  /// Spills to an unnamed temporary file in `dir` from now on (what is in
  /// memory goes there first).
  void to_file(const std::filesystem::path& dir) {
    if (fd_ >= 0) return;
    fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd_ < 0) {  // (a file system without O_TMPFILE)
      std::string name = (dir / ".faultline-column-XXXXXX").string();
      fd_ = ::mkstemp(name.data());
      if (fd_ >= 0) ::unlink(name.c_str());
    }
    if (fd_ < 0) throw io_error("Cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno));
    flush();
    buffer_.shrink_to_fit();
  }
  /// Bytes held in memory.
  [[nodiscard]] std::size_t in_memory() const noexcept { return buffer_.capacity(); }
  void append(const void* p, std::size_t n) {
    buffer_.append(static_cast<const char*>(p), n);
    size_ += n;
    if (fd_ >= 0 && buffer_.size() >= flush_at) flush();
  }
  [[nodiscard]] std::uint64_t size() const noexcept { return size_; }
  /// Calls f(chunk) on the bytes, in order, in chunks.
  template <class F>
  void read_back(F&& f) {
    if (fd_ >= 0) {
      flush();
      std::string chunk(std::size_t{1} << 20, '\0');
      for (std::uint64_t at = 0; at < size_;) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), size_ - at));
        const auto got = ::pread(fd_, chunk.data(), want, static_cast<off_t>(at));
        if (got <= 0) throw io_error(std::string("Cannot read back a temporary file: ") + std::strerror(errno));
        f(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
        at += static_cast<std::uint64_t>(got);
      }
    } else if (!buffer_.empty()) {
      f(std::string_view(buffer_));
    }
  }
  /// The bytes as elements of T.
  template <class T>
  std::vector<T> elements() {
    std::vector<T> out(size_ / sizeof(T));
    std::size_t at = 0;
    read_back([&](std::string_view chunk) {
      if (!chunk.empty()) std::memcpy(reinterpret_cast<char*>(out.data()) + at, chunk.data(), chunk.size());
      at += chunk.size();
    });
    return out;
  }

 private:
  static constexpr std::size_t flush_at = std::size_t{256} << 10;
  void flush() {
    for (std::size_t at = 0; at < buffer_.size();) {
      const auto put = ::write(fd_, buffer_.data() + at, buffer_.size() - at);
      if (put < 0) {
        if (errno == EINTR) continue;
        throw io_error(std::string("Cannot write a temporary file: ") + std::strerror(errno));
      }
      at += static_cast<std::size_t>(put);
    }
    buffer_.clear();
  }
  std::string buffer_;
  std::uint64_t size_ = 0;
  int fd_ = -1;
};

// A column: fixed-width elements, left out of the file while every element
// equals the section's fallback (most imported events have no end date,
// fatalities or note: those columns then take no byte).
struct column {
  const section_info* s = nullptr;
  spill data;
  std::uint64_t count = 0, max = 0;  // max: of the values, as unsigned numbers
  bool live = false;

  void push(std::uint64_t bits) {
    if (!live) {
      if (bits == s->fallback) {
        ++count;
        return;
      }
      live = true;
      for (std::uint64_t k = 0; k < count; ++k)
        data.append(&s->fallback, s->width);
    }
    data.append(&bits, s->width);
    max = std::max(max, bits);
    ++count;
  }
  // The width to store: the kind's, or for a narrowable kind the narrowest
  // of 1, 2 and 4 bytes that holds every value.
  [[nodiscard]] std::uint32_t stored_width() const noexcept {
    if (!narrowable(s->k)) return s->width;
    for (const std::uint32_t w : {1u, 2u, 4u})
      if (w < s->width && max < (std::uint64_t{1} << (8 * w))) return w;
    return s->width;
  }
};

std::uint64_t bits_of(double v) {
  std::uint64_t b;
  std::memcpy(&b, &v, 8);
  return b;
}

}  // namespace

struct builder::impl {
  impl(const std::filesystem::path& dir, std::size_t budget) : spill_dir(dir), memory_budget(budget) {
    for (const auto& s : sections)
      columns[static_cast<std::uint32_t>(s.k)].s = &s;
  }

  // Columns wait in memory up to this many bytes, then all of them in
  // temporary files: an import of a few million events never touches the
  // disk twice, one of a hundred million holds little in memory.
  std::filesystem::path spill_dir;
  std::size_t memory_budget;
  bool spilled = false;
  std::uint64_t added = 0;

  std::array<column, max_kind> columns;
  spill string_bytes, string_ends;  // the string table
  std::uint64_t strings = 0;
  // Interned strings (the fields that repeat): table number -> string ref,
  // up to a limit past which they are written as they come, as the
  // importers' tables do.
  text_table table;
  std::vector<std::uint32_t> table_refs;
  std::array<std::pair<std::string, std::uint32_t>, shared_fields> last{};  // per field: text, ref
  static constexpr std::size_t max_interned = std::size_t{1} << 24, max_interned_bytes = std::size_t{512} << 20;
  // Source lists.
  std::vector<std::uint32_t> list_items;
  std::vector<std::uint64_t> list_ends;
  std::map<std::vector<source_index>, std::uint32_t> lists;
  incident scratch;  // add_prepared's incident, reused

  void push(kind k, std::uint64_t bits) { columns[static_cast<std::uint32_t>(k)].push(bits); }
  std::uint32_t append_string(std::string_view s) {
    if (s.empty()) return 0;
    if (strings >= std::numeric_limits<std::uint32_t>::max() - 1)
      throw usage_error("A snapshot holds at most 2^32-2 strings");
    string_bytes.append(s.data(), s.size());
    const std::uint64_t end = string_bytes.size();
    string_ends.append(&end, 8);
    return static_cast<std::uint32_t>(++strings);
  }
  // `h`: text_hash(s), or 0 when not computed.
  std::uint32_t intern(std::size_t field, std::string_view s, std::uint64_t h = 0) {
    if (s.empty()) return 0;
    auto& [text, ref] = last[field];
    if (ref != 0 && text == s) return ref;
    if (h == 0) h = text_hash(s);
    std::uint32_t r = 0;
    if (table.size() < max_interned && table.bytes() < max_interned_bytes) {
      const auto [number, added_now] = table.intern(s, h);
      if (added_now) table_refs.push_back(append_string(s));
      r = table_refs[number];
    } else if (const auto number = table.find(s, h)) {
      r = table_refs[*number];
    } else {
      r = append_string(s);
    }
    text.assign(s);
    ref = r;
    return r;
  }
  // Moves every column to temporary files once memory holds too much
  // (looked at every few incidents: the sum costs a pass over the columns).
  static constexpr std::uint64_t check_every = 1024;
  void check_memory() {
    if (spilled || spill_dir.empty() || ++added % check_every != 0) return;
    std::size_t held = string_bytes.in_memory() + string_ends.in_memory();
    for (const auto& c : columns)
      held += c.data.in_memory();
    if (held < memory_budget) return;
    for (auto& c : columns)
      if (c.s != nullptr && c.s->fam != family::free && c.s->fam != family::actors) c.data.to_file(spill_dir);
    string_bytes.to_file(spill_dir);
    string_ends.to_file(spill_dir);
    spilled = true;
  }
  std::uint32_t list(const std::vector<source_index>& l) {
    if (l.empty()) return 0;
    const auto [it, is_new] = lists.try_emplace(l, static_cast<std::uint32_t>(lists.size() + 1));
    if (is_new) {
      list_items.insert(list_items.end(), l.begin(), l.end());
      list_ends.push_back(list_items.size());
    }
    return it->second;
  }
  void push_prov(kind sources, kind confidence, kind note, const provenance& p) {
    push(sources, list(p.sources));
    push(confidence, bits_of(p.confidence));
    push(note, append_string(p.note));
  }

  void add(const incident& i, const shared_hashes* hashes = nullptr) {
    check_memory();
    const auto hash = [&](std::size_t k) { return hashes != nullptr ? (*hashes)[k] : 0; };
    std::uint32_t flags = 0;
    flags |= i.until ? has_until : 0;
    flags |= i.where.lat ? has_lat : 0;
    flags |= i.where.lon ? has_lon : 0;
    flags |= i.fatalities ? has_fatalities : 0;
    flags |= i.injured ? has_injured : 0;
    flags |= i.rung ? has_rung : 0;
    flags |= i.goldstein ? has_goldstein : 0;
    flags |= i.coding.tone ? has_tone : 0;
    flags |= i.coding.deaths_low ? has_deaths_low : 0;
    flags |= i.coding.deaths_high ? has_deaths_high : 0;
    flags |= i.coding.root_event ? has_root_event : 0;
    flags |= i.coding.root_event.value_or(false) ? is_root_event : 0;
    const auto texts = texts_of(i);
    push(kind::inc_id, append_string(i.id));
    push(kind::inc_name, append_string(i.name));
    push(kind::inc_when, pack_date(i.when));
    push(kind::inc_until, i.until ? pack_date(*i.until) : 0);
    push(kind::inc_type, intern(0, texts[0], hash(0)));
    push(kind::inc_flags, flags);
    push(kind::inc_place_name, intern(1, texts[1], hash(1)));
    push(kind::inc_place_country, intern(2, texts[2], hash(2)));
    push(kind::inc_lat, i.where.lat ? bits_of(*i.where.lat) : 0);
    push(kind::inc_lon, i.where.lon ? bits_of(*i.where.lon) : 0);
    push(kind::inc_fatalities, static_cast<std::uint64_t>(i.fatalities.value_or(0)));
    push(kind::inc_injured, static_cast<std::uint64_t>(i.injured.value_or(0)));
    push(kind::inc_description, append_string(i.description));
    push_prov(kind::inc_sources, kind::inc_confidence, kind::inc_note, i.prov);
    push(kind::inc_rung, i.rung.value_or(0));
    push(kind::inc_cameo, intern(3, texts[3], hash(3)));
    push(kind::inc_goldstein, i.goldstein ? bits_of(*i.goldstein) : 0);
    const auto& c = i.coding;
    push(kind::inc_dataset, intern(4, texts[4], hash(4)));
    push(kind::inc_event_type, intern(5, texts[5], hash(5)));
    push(kind::inc_stance, c.stance ? static_cast<std::uint64_t>(static_cast<int>(*c.stance) + 2) : 0);
    push(kind::inc_quad_class, c.quad_class);
    push(kind::inc_mentions, c.mentions);
    push(kind::inc_reports, c.reports);
    push(kind::inc_articles, c.articles);
    push(kind::inc_tone, c.tone ? bits_of(*c.tone) : 0);
    push(kind::inc_deaths_low, static_cast<std::uint64_t>(c.deaths_low.value_or(0)));
    push(kind::inc_deaths_high, static_cast<std::uint64_t>(c.deaths_high.value_or(0)));
    push(kind::inc_precision, intern(6, texts[6], hash(6)));
    push(kind::inc_interaction, intern(7, texts[7], hash(7)));
    push(kind::inc_source_text, intern(8, texts[8], hash(8)));
    push(kind::inc_row, c.row);
  }
  void add(const role_edge& r) {
    push(kind::role_incident, r.incident);
    push(kind::role_actor, r.actor);
    push(kind::role_kind, static_cast<std::uint64_t>(r.kind));
    push(kind::role_attributed_by, r.attributed_by);
    push_prov(kind::role_sources, kind::role_confidence, kind::role_note, r.prov);
  }
  void add(const incident_link& l) {
    push(kind::link_from, l.from);
    push(kind::link_to, l.to);
    push(kind::link_kind, static_cast<std::uint64_t>(l.kind));
    push_prov(kind::link_sources, kind::link_confidence, kind::link_note, l.prov);
  }
  [[nodiscard]] std::uint64_t count(kind k) const { return columns[static_cast<std::uint32_t>(k)].count; }
  // A column's values (the fallback's when it was left out).
  std::vector<std::uint32_t> values32(kind k) {
    auto& c = columns[static_cast<std::uint32_t>(k)];
    if (!c.live) return std::vector<std::uint32_t>(c.count, static_cast<std::uint32_t>(c.s->fallback));
    return c.data.elements<std::uint32_t>();
  }
  void finish(const graph_data& rest, output& out);
};

namespace {

template <class T>
void put(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out.append(b, sizeof(T));
}

// A section to write: its bytes in a spill or in memory.
struct pending {
  const section_info* s = nullptr;
  std::uint32_t width = 0;  // as stored
  spill* from = nullptr;
  std::string_view bytes;
  std::uint64_t size = 0, offset = 0;
  std::uint32_t crc = 0;
};

std::uint64_t align_up(std::uint64_t v) {
  return (v + alignment - 1) / alignment * alignment;
}

}  // namespace

void builder::impl::finish(const graph_data& rest, output& out) {
  for (const auto& l : rest.links)
    add(l);
  const std::uint64_t n = count(kind::inc_id), m = count(kind::role_incident), links = count(kind::link_from);
  const std::uint64_t actors = rest.actors.size();
  constexpr std::uint64_t most = std::numeric_limits<std::uint32_t>::max() - 1;
  if (n > most || m > most || links > most || actors > most)
    throw usage_error("A snapshot holds at most 2^32-2 incidents, roles, links and actors");

  // The incidents by date.
  const auto whens = values32(kind::inc_when);
  std::vector<std::uint32_t> by_date(n), date_index;
  {
    std::vector<std::uint64_t> order(n);
    for (std::uint64_t i = 0; i < n; ++i)
      order[i] = std::uint64_t{whens[i]} << 32 | i;
    std::sort(order.begin(), order.end());
    for (std::uint64_t k = 0; k < n; ++k) {
      by_date[k] = static_cast<std::uint32_t>(order[k]);
      const auto key = static_cast<std::uint32_t>(order[k] >> 32);
      if (k == 0 || key != static_cast<std::uint32_t>(order[k - 1] >> 32)) {
        date_index.push_back(key);
        date_index.push_back(static_cast<std::uint32_t>(k));
      }
    }
  }
  // Each incident's roles and each actor's incidents, by counting sort.
  const auto role_incidents = values32(kind::role_incident);
  // Roles in incident order (as every import and scenario gives them): the
  // incident of a role follows from the incident roles index, so neither
  // the role incidents nor the incident roles list is written.
  const bool grouped = std::is_sorted(role_incidents.begin(), role_incidents.end());
  const auto role_actors = values32(kind::role_actor);
  std::vector<std::uint32_t> roles_ends(n, 0), roles_list(m), postings_ends(actors, 0), postings(m);
  for (std::uint64_t r = 0; r < m; ++r) {
    if (role_incidents[r] >= n || role_actors[r] >= actors)
      throw usage_error("A snapshot's role " + std::to_string(r) + " refers to no incident or actor");
    ++roles_ends[role_incidents[r]];
    ++postings_ends[role_actors[r]];
  }
  std::partial_sum(roles_ends.begin(), roles_ends.end(), roles_ends.begin());
  std::partial_sum(postings_ends.begin(), postings_ends.end(), postings_ends.begin());
  for (std::uint64_t r = m; r-- > 0;) {
    roles_list[--roles_ends[role_incidents[r]]] = static_cast<std::uint32_t>(r);
    postings[--postings_ends[role_actors[r]]] = role_incidents[r];
  }
  // (ends now hold starts) Each incident once per actor, by date.
  {
    std::uint64_t kept = 0;
    for (std::uint64_t a = 0; a < actors; ++a) {
      const std::uint64_t begin = postings_ends[a], end = a + 1 < actors ? postings_ends[a + 1] : m;
      auto* p = postings.data();
      std::sort(p + begin, p + end,
                [&](std::uint32_t x, std::uint32_t y) { return whens[x] != whens[y] ? whens[x] < whens[y] : x < y; });
      const auto unique_end = std::unique(p + begin, p + end);
      const auto count = static_cast<std::uint64_t>(unique_end - (p + begin));
      if (count != 0) std::memmove(p + kept, p + begin, count * 4);  // p is null when nothing has postings
      kept += count;
      postings_ends[a] = static_cast<std::uint32_t>(kept);
    }
    postings.resize(kept);
    for (std::uint64_t i = 0; i < n; ++i)
      roles_ends[i] = i + 1 < n ? roles_ends[i + 1] : static_cast<std::uint32_t>(m);
  }
  const std::string rest_bytes = snapshot_rest_bytes(rest);
  std::string list_ends_bytes(reinterpret_cast<const char*>(list_ends.data()), list_ends.size() * 8);

  // The sections, in the order of the table.
  const auto view = [](const auto& v) {
    return std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(v[0]));
  };
  std::vector<pending> todo;
  for (const auto& s : sections) {
    pending p;
    p.s = &s;
    p.width = s.width;
    switch (s.k) {
      case kind::string_ends:
        p.from = &string_ends;
        break;
      case kind::string_bytes:
        p.from = &string_bytes;
        break;
      case kind::list_ends:
        p.bytes = view(list_ends);
        break;
      case kind::list_items:
        p.bytes = view(list_items);
        break;
      case kind::by_date:
        p.bytes = view(by_date);
        break;
      case kind::date_index:
        p.bytes = view(date_index);
        break;
      case kind::postings_ends:
        p.bytes = view(postings_ends);
        break;
      case kind::postings:
        p.bytes = view(postings);
        break;
      case kind::incident_roles_ends:
        p.bytes = view(roles_ends);
        break;
      case kind::incident_roles:
        if (grouped) continue;
        p.bytes = view(roles_list);
        break;
      case kind::rest:
        p.bytes = rest_bytes;
        break;
      default: {
        auto& c = columns[static_cast<std::uint32_t>(s.k)];
        if (!c.live || (grouped && s.k == kind::role_incident)) continue;
        p.from = &c.data;
        p.width = c.stored_width();
      }
    }
    p.size = p.from != nullptr ? p.from->size() / s.width * p.width : p.bytes.size();
    if (p.size == 0 && s.k != kind::rest) continue;
    todo.push_back(p);
  }
  std::uint64_t at = header_size + todo.size() * entry_size;
  for (auto& p : todo) {
    p.offset = align_up(at);
    at = p.offset + p.size;
  }
  const std::uint64_t file_size = at;
  // The header and table are written last, with the checksums; zeros first.
  std::uint64_t written = header_size + todo.size() * entry_size;
  out.write(std::string(written, '\0'));
  for (auto& p : todo) {
    out.write(std::string(p.offset - written, '\0'));
    std::uint32_t crc = 0xFFFFFFFFu;
    const auto take = [&](std::string_view chunk) {
      crc = crc32_update(crc, chunk);
      out.write(chunk);
    };
    std::string narrow;
    const auto take_narrowed = [&](std::string_view chunk) {
      // (chunks hold whole elements: their sizes are multiples of 8)
      narrow.resize(chunk.size() / p.s->width * p.width);
      for (std::size_t k = 0, elements = chunk.size() / p.s->width; k < elements; ++k)
        std::memcpy(narrow.data() + k * p.width, chunk.data() + k * p.s->width, p.width);  // little-endian
      take(narrow);
    };
    if (p.from != nullptr && p.width != p.s->width)
      p.from->read_back(take_narrowed);
    else if (p.from != nullptr)
      p.from->read_back(take);
    else
      take(p.bytes);
    p.crc = crc ^ 0xFFFFFFFFu;
    written = p.offset + p.size;
  }
  std::string head;
  head.append(snapshot_magic);
  put<std::uint32_t>(head, version);
  put<std::uint32_t>(head, static_cast<std::uint32_t>(todo.size()));
  put<std::uint64_t>(head, n);
  put<std::uint64_t>(head, m);
  put<std::uint64_t>(head, links);
  put<std::uint64_t>(head, actors);
  put<std::uint64_t>(head, file_size);
  put<std::uint32_t>(head, 0);  // the header checksum, below
  put<std::uint32_t>(head, 0);
  for (const auto& p : todo) {
    put<std::uint32_t>(head, static_cast<std::uint32_t>(p.s->k));
    put<std::uint32_t>(head, p.width);
    put<std::uint64_t>(head, p.offset);
    put<std::uint64_t>(head, p.size);
    put<std::uint32_t>(head, p.crc);
    put<std::uint32_t>(head, 0);
  }
  const auto crc = crc32(head);
  std::memcpy(head.data() + at_header_crc, &crc, 4);
  out.write_at(0, head);
}

builder::builder(const std::filesystem::path& spill_dir, std::size_t memory_budget)
    : impl_(std::make_unique<impl>(spill_dir, memory_budget)) {}
builder::~builder() = default;
void builder::add(const incident& i) {
  impl_->add(i);
}
void builder::add(const role_edge& r) {
  impl_->add(r);
}
void builder::add_prepared(std::string_view head, const shared_texts& texts, std::uint64_t row,
                           const text_hints* hints) {
  decode_prepared_incident(head, texts, row, impl_->scratch);
  impl_->add(impl_->scratch, hints != nullptr ? &hints->hashes : nullptr);
}
void builder::prefetch(std::uint64_t h) const noexcept {
  impl_->table.prefetch(h);
}
std::uint64_t builder::incidents() const noexcept {
  return impl_->count(kind::inc_id);
}
std::uint64_t builder::roles() const noexcept {
  return impl_->count(kind::role_incident);
}
void builder::finish(const graph_data& rest, output& out) {
  impl_->finish(rest, out);
}

}  // namespace detail::columnar
}  // namespace faultline
