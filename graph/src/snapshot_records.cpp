// SPDX-License-Identifier: Apache-2.0
// The record encoding of a snapshot's incidents and roles
// (faultline/graph/detail/snapshot_records.hpp).
#include <faultline/graph/detail/snapshot_records.hpp>

#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace faultline::detail {
namespace {

// The string table's limits: past them strings are written as they are.
constexpr std::size_t table_max_entries = std::size_t{1} << 24;
constexpr std::size_t table_max_bytes = std::size_t{512} << 20;
constexpr std::size_t table_max_length = 4096;

// Bytes at most a varint takes.
constexpr std::size_t varint_bytes = 10;

// Appends one record to a string through a pointer, after making room for
// at most `most` bytes in one step (a push_back per byte, with its capacity
// check, cost more than the encoding itself). The string gets its final
// size back when the record_out goes.
class record_out {
 public:
  record_out(std::string& out, std::size_t most) : out_(out) {
    const auto start = out.size();
    out.resize(start + most);
    p_ = out.data() + start;
  }
  ~record_out() { out_.resize(static_cast<std::size_t>(p_ - out_.data())); }
  record_out(const record_out&) = delete;
  record_out& operator=(const record_out&) = delete;

  void byte(unsigned v) noexcept { *p_++ = static_cast<char>(v); }
  void varint(std::uint64_t v) noexcept {
    for (; v >= 0x80; v >>= 7)
      *p_++ = static_cast<char>(v | 0x80);
    *p_++ = static_cast<char>(v);
  }
  void signed_varint(std::int64_t v) noexcept {
    varint((static_cast<std::uint64_t>(v) << 1) ^ (v < 0 ? ~std::uint64_t{0} : 0));
  }
  void f64(double v) noexcept {
    std::memcpy(p_, &v, sizeof v);
    p_ += sizeof v;
  }
  void day(const date& d) noexcept {
    signed_varint(d.year());
    byte(static_cast<unsigned>(d.month()));
    byte(static_cast<unsigned>(d.day()));
  }
  void bytes(std::string_view s) noexcept {
    if (!s.empty()) std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  // A string written as it is (v % 3 == 0).
  void text(std::string_view s) noexcept {
    varint(std::uint64_t{s.size()} * 3);
    bytes(s);
  }
  void prov(const provenance& p) noexcept {
    const unsigned flags = (p.confidence != 1.0 ? has_confidence : 0u) | (p.note.empty() ? 0u : has_note);
    byte(flags);
    varint(p.sources.size());
    for (const auto s : p.sources)
      varint(s);
    if (flags & has_confidence) f64(p.confidence);
    if (flags & has_note) text(p.note);
  }

  // The most bytes these take.
  static constexpr std::size_t text_bytes(std::string_view s) noexcept { return varint_bytes + s.size(); }
  static std::size_t prov_bytes(const provenance& p) noexcept {
    return 1 + varint_bytes * (1 + p.sources.size()) + sizeof(double) + text_bytes(p.note);
  }

 private:
  std::string& out_;
  char* p_ = nullptr;
};

// Decodes the records at the start of a payload, checking every length and
// index against what is there.
class record_decoder {
 public:
  explicit record_decoder(std::string_view bytes) : in_(bytes) {}

  /// Decodes records up to the end tag into the two vectors.
  void read(std::vector<incident>& incidents, std::vector<role_edge>& roles) {
    for (;;) {
      const auto tag = byte();
      if (tag == tag_end) return;
      if (tag == tag_incident) {
        read(incidents.emplace_back());
      } else if (tag == tag_role) {
        read(roles.emplace_back());
      } else {
        fail("unknown record tag " + std::to_string(tag) + " at byte " + std::to_string(at_ - 1));
      }
    }
  }
  /// Decodes the head of an incident record (after skip_tag()).
  void head(incident& i) { read_head(i); }
  void skip_tag() { (void)byte(); }
  [[nodiscard]] std::size_t consumed() const noexcept { return at_; }
  [[nodiscard]] std::size_t remaining() const noexcept { return in_.size() - at_; }

 private:
  [[noreturn]] void fail(std::string what) const { throw bad_records{std::move(what)}; }
  void need(std::size_t n) const {
    if (n > in_.size() - at_) fail("a record runs past the end of the data, at byte " + std::to_string(at_));
  }
  unsigned byte() {
    need(1);
    return static_cast<unsigned char>(in_[at_++]);
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
      const auto b = byte();
      if (shift == 63 && b > 1) fail("a number overflows 64 bits, at byte " + std::to_string(at_ - 1));
      v |= std::uint64_t{b & 0x7Fu} << shift;
      if ((b & 0x80u) == 0) return v;
      if (shift == 63) fail("a number overflows 64 bits, at byte " + std::to_string(at_ - 1));
    }
  }
  std::int64_t signed_varint() {
    const auto v = varint();
    return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
  }
  std::uint32_t index() {
    const auto v = varint();
    if (v > std::numeric_limits<std::uint32_t>::max()) fail("an index is out of range, at byte " + std::to_string(at_));
    return static_cast<std::uint32_t>(v);
  }
  std::uint32_t count32() {
    const auto v = varint();
    if (v > std::numeric_limits<std::uint32_t>::max()) fail("a count is out of range, at byte " + std::to_string(at_));
    return static_cast<std::uint32_t>(v);
  }
  double f64() {
    need(sizeof(double));
    double v = 0;
    std::memcpy(&v, in_.data() + at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  date day() {
    const auto year = signed_varint();
    if (year < std::numeric_limits<std::int16_t>::min() || year > std::numeric_limits<std::int16_t>::max())
      fail("a year is out of range, at byte " + std::to_string(at_));
    const auto month = byte();
    const auto d = byte();
    return date::from_fields(static_cast<std::int16_t>(year), static_cast<std::uint8_t>(month),
                             static_cast<std::uint8_t>(d));
  }
  void string(std::string& out) {
    const auto v = varint();
    const auto n = v / 3;
    if (v % 3 == 2) {
      if (n >= table_.size())
        fail("a string refers to entry " + std::to_string(n) + " of a table of " + std::to_string(table_.size()) +
             ", at byte " + std::to_string(at_));
      out = table_[n];
      return;
    }
    need(n);
    out.assign(in_.data() + at_, n);
    at_ += n;
    if (v % 3 == 1) table_.push_back(out);
  }
  void prov(provenance& p) {
    const auto flags = byte();
    if (flags & ~provenance_flags) fail("unknown provenance flags at byte " + std::to_string(at_ - 1));
    const auto n = count32();
    if (n > remaining()) fail("a list is longer than the data left, at byte " + std::to_string(at_));
    p.sources.resize(n);
    for (auto& s : p.sources)
      s = index();
    if (flags & has_confidence) p.confidence = f64();
    if (flags & has_note) string(p.note);
  }
  void read(incident& i) {
    read_head(i);
    read_tail(i);
  }
  // The head of an incident's record, after its tag.
  void read_head(incident& i) {
    string(i.id);
    string(i.name);
    i.when = day();
    const auto flags = varint();
    if (flags & ~std::uint64_t{incident_flags}) fail("unknown incident flags at byte " + std::to_string(at_));
    if (flags & has_until) i.until = day();
    if (flags & has_lat) i.where.lat = f64();
    if (flags & has_lon) i.where.lon = f64();
    if (flags & has_fatalities) i.fatalities = signed_varint();
    if (flags & has_injured) i.injured = signed_varint();
    string(i.description);
    prov(i.prov);
    if (flags & has_rung) i.rung = static_cast<std::uint8_t>(byte());
    if (flags & has_goldstein) i.goldstein = f64();
    auto& c = i.coding;
    if (flags & has_stance) {
      const auto s = byte();
      if (s > 2) fail("a stance is out of range, at byte " + std::to_string(at_ - 1));
      c.stance = static_cast<polarity>(static_cast<int>(s) - 1);
    }
    c.quad_class = static_cast<std::uint8_t>(byte());
    c.mentions = count32();
    c.reports = count32();
    c.articles = count32();
    if (flags & has_tone) c.tone = f64();
    if (flags & has_deaths_low) c.deaths_low = signed_varint();
    if (flags & has_deaths_high) c.deaths_high = signed_varint();
    if (flags & has_root_event) c.root_event = (flags & is_root_event) != 0;
  }
  void read_tail(incident& i) {
    auto& c = i.coding;
    // The tail: the strings through the table (texts_of order), the row.
    string(i.type);
    string(i.where.name);
    string(i.where.country);
    string(i.cameo);
    string(c.dataset);
    string(c.event_type);
    string(c.precision);
    string(c.interaction);
    string(c.source_text);
    c.row = varint();
  }
  void read(role_edge& r) {
    r.incident = index();
    r.actor = index();
    const auto kind = byte();
    if (kind >= std::size(all_roles)) fail("a role is out of range, at byte " + std::to_string(at_ - 1));
    r.kind = static_cast<role>(kind);
    const auto by = varint();
    if (by > std::numeric_limits<std::uint32_t>::max())
      fail("an index is out of range, at byte " + std::to_string(at_));
    r.attributed_by = by == 0 ? no_index : static_cast<actor_index>(by - 1);
    prov(r.prov);
  }

  std::string_view in_;
  std::size_t at_ = 0;
  std::vector<std::string> table_;
};

}  // namespace

void decode_prepared_incident(std::string_view head, const shared_texts& texts, std::uint64_t row, incident& out) {
  record_decoder decoder(head);
  if (head.empty() || static_cast<unsigned char>(head[0]) != tag_incident)
    throw bad_records{"a prepared incident does not start with an incident record's tag"};
  decoder.skip_tag();
  out.until.reset();
  out.where.lat.reset();
  out.where.lon.reset();
  out.fatalities.reset();
  out.injured.reset();
  out.rung.reset();
  out.goldstein.reset();
  out.coding.stance.reset();
  out.coding.tone.reset();
  out.coding.deaths_low.reset();
  out.coding.deaths_high.reset();
  out.coding.root_event.reset();
  out.prov = provenance{};
  decoder.head(out);
  out.type = texts[0];
  out.where.name = texts[1];
  out.where.country = texts[2];
  out.cameo = texts[3];
  out.coding.dataset = texts[4];
  out.coding.event_type = texts[5];
  out.coding.precision = texts[6];
  out.coding.interaction = texts[7];
  out.coding.source_text = texts[8];
  out.coding.row = row;
}

std::size_t decode_records(std::string_view bytes, std::vector<incident>& incidents, std::vector<role_edge>& roles) {
  record_decoder records(bytes);
  records.read(incidents, roles);
  return records.consumed();
}

shared_texts texts_of(const incident& i) noexcept {
  const auto& c = i.coding;
  return {i.type,       i.where.name, i.where.country, i.cameo,      c.dataset,
          c.event_type, c.precision,  c.interaction,   c.source_text};
}

incident_head head_of(const incident& i) noexcept {
  incident_head h;
  h.id = i.id;
  h.name = i.name;
  h.description = i.description;
  h.when = i.when;
  h.until = i.until;
  h.lat = i.where.lat;
  h.lon = i.where.lon;
  h.fatalities = i.fatalities;
  h.injured = i.injured;
  h.prov = &i.prov;
  h.rung = i.rung;
  h.goldstein = i.goldstein;
  const auto& c = i.coding;
  h.stance = c.stance;
  h.quad_class = c.quad_class;
  h.mentions = c.mentions;
  h.reports = c.reports;
  h.articles = c.articles;
  h.tone = c.tone;
  h.deaths_low = c.deaths_low;
  h.deaths_high = c.deaths_high;
  h.root_event = c.root_event;
  return h;
}

void assign_incident(incident& i, const incident_head& h, const shared_texts& texts) {
  i.id = h.id;
  i.name = h.name;
  i.description = h.description;
  i.when = h.when;
  i.until = h.until;
  i.where.lat = h.lat;
  i.where.lon = h.lon;
  i.fatalities = h.fatalities;
  i.injured = h.injured;
  i.prov = *h.prov;
  i.rung = h.rung;
  i.goldstein = h.goldstein;
  auto& c = i.coding;
  c.stance = h.stance;
  c.quad_class = h.quad_class;
  c.mentions = h.mentions;
  c.reports = h.reports;
  c.articles = h.articles;
  c.tone = h.tone;
  c.deaths_low = h.deaths_low;
  c.deaths_high = h.deaths_high;
  c.root_event = h.root_event;
  // texts_of order.
  i.type = texts[0];
  i.where.name = texts[1];
  i.where.country = texts[2];
  i.cameo = texts[3];
  c.dataset = texts[4];
  c.event_type = texts[5];
  c.precision = texts[6];
  c.interaction = texts[7];
  c.source_text = texts[8];
}

void encode_incident_head(std::string& out, const incident& i) {
  encode_incident_head(out, head_of(i));
}

void encode_incident_head(std::string& out, const incident_head& i) {
  constexpr std::size_t day_bytes = varint_bytes + 2;
  record_out o(out, 1 + record_out::text_bytes(i.id) + record_out::text_bytes(i.name) + 2 * day_bytes + varint_bytes +
                        2 * sizeof(double) + 2 * varint_bytes + record_out::text_bytes(i.description) +
                        record_out::prov_bytes(*i.prov) + 1 + sizeof(double) + 2 + 3 * varint_bytes + sizeof(double) +
                        2 * varint_bytes);
  o.byte(tag_incident);
  o.text(i.id);
  o.text(i.name);
  o.day(i.when);
  std::uint32_t flags = 0;
  flags |= i.until ? has_until : 0;
  flags |= i.lat ? has_lat : 0;
  flags |= i.lon ? has_lon : 0;
  flags |= i.fatalities ? has_fatalities : 0;
  flags |= i.injured ? has_injured : 0;
  flags |= i.rung ? has_rung : 0;
  flags |= i.goldstein ? has_goldstein : 0;
  flags |= i.stance ? has_stance : 0;
  flags |= i.tone ? has_tone : 0;
  flags |= i.deaths_low ? has_deaths_low : 0;
  flags |= i.deaths_high ? has_deaths_high : 0;
  flags |= i.root_event ? has_root_event : 0;
  flags |= i.root_event.value_or(false) ? is_root_event : 0;
  o.varint(flags);
  if (i.until) o.day(*i.until);
  if (i.lat) o.f64(*i.lat);
  if (i.lon) o.f64(*i.lon);
  if (i.fatalities) o.signed_varint(*i.fatalities);
  if (i.injured) o.signed_varint(*i.injured);
  o.text(i.description);
  o.prov(*i.prov);
  if (i.rung) o.byte(*i.rung);
  if (i.goldstein) o.f64(*i.goldstein);
  if (i.stance) o.byte(static_cast<unsigned>(static_cast<int>(*i.stance) + 1));
  o.byte(i.quad_class);
  o.varint(i.mentions);
  o.varint(i.reports);
  o.varint(i.articles);
  if (i.tone) o.f64(*i.tone);
  if (i.deaths_low) o.signed_varint(*i.deaths_low);
  if (i.deaths_high) o.signed_varint(*i.deaths_high);
}

void encode_incident_tail(std::string& out, const shared_texts& texts, std::uint64_t row, record_strings& strings,
                          const text_hints* hints) {
  auto& table = strings.table_;
  std::size_t most = varint_bytes;
  for (const auto t : texts)
    most += record_out::text_bytes(t);
  record_out o(out, most);
  for (std::size_t k = 0; k < shared_fields; ++k) {
    const std::string_view s = texts[k];
    auto& last = strings.last_[k];
    auto& previous = strings.previous_[k];
    if (s.empty()) {
      o.byte(0);
      previous = record_strings::none;
      continue;
    }
    const bool same = hints != nullptr && (hints->same_as_last >> k & 1u) != 0;
    if (same && previous != record_strings::none) {
      o.varint(std::uint64_t{previous} * 3 + 2);
      continue;
    }
    const std::uint16_t symbol = hints != nullptr && hints->symbols[k] < text_hints::max_symbol ? hints->symbols[k] : 0;
    auto& by_symbol = strings.by_symbol_[k];
    if (symbol != 0 && symbol < by_symbol.size() && by_symbol[symbol] != 0) {
      last = previous = by_symbol[symbol] - 1;
      o.varint(std::uint64_t{last} * 3 + 2);
      continue;
    }
    // (When the caller compared and the texts differ, the last entry, which
    // is the previous incident's, cannot match.)
    const bool differs = hints != nullptr && hints->compared && !same && previous != record_strings::none;
    std::uint32_t entry = record_strings::none;
    if (!differs && last != record_strings::none && s == table.at(last)) {
      entry = last;
      o.varint(std::uint64_t{entry} * 3 + 2);
    } else {
      const auto h = hints != nullptr && hints->hashes[k] != 0 ? hints->hashes[k] : text_hash(s);
      if (const auto found = table.find(s, h)) {
        entry = *found;
        o.varint(std::uint64_t{entry} * 3 + 2);
      } else if (s.size() > table_max_length || table.size() >= table_max_entries || table.bytes() >= table_max_bytes) {
        previous = record_strings::none;
        o.text(s);
        continue;
      } else {
        entry = table.intern(s, h).first;
        o.varint(std::uint64_t{s.size()} * 3 + 1);
        o.bytes(s);
      }
    }
    last = previous = entry;
    if (symbol != 0) {
      if (symbol >= by_symbol.size()) by_symbol.resize(std::size_t{symbol} + 1, 0);
      by_symbol[symbol] = entry + 1;
    }
  }
  o.varint(row);
}

void encode_incident(std::string& out, const incident& i, record_strings& strings) {
  encode_incident_head(out, i);
  encode_incident_tail(out, texts_of(i), i.coding.row, strings);
}

void encode_role(std::string& out, const role_edge& r) {
  record_out o(out, 2 + 3 * varint_bytes + record_out::prov_bytes(r.prov));
  o.byte(tag_role);
  o.varint(r.incident);
  o.varint(r.actor);
  o.byte(static_cast<unsigned>(r.kind));
  o.varint(r.attributed_by == no_index ? 0 : std::uint64_t{r.attributed_by} + 1);
  o.prov(r.prov);
}

}  // namespace faultline::detail
