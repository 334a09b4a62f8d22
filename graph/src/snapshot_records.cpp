// SPDX-License-Identifier: Apache-2.0
// The record encoding of a snapshot's incidents and roles
// (faultline/graph/detail/snapshot_records.hpp).
#include <faultline/graph/detail/snapshot_records.hpp>

#include <cstring>

namespace faultline::detail {
namespace {

// The string table's limits: past them strings are written as they are.
constexpr std::size_t table_max_entries = std::size_t{1} << 24;
constexpr std::size_t table_max_bytes = std::size_t{512} << 20;
constexpr std::size_t table_max_length = 4096;

void byte(std::string& out, unsigned v) { out.push_back(static_cast<char>(v)); }

inline void varint(std::string& out, std::uint64_t v) {
  if (v < 0x80) return out.push_back(static_cast<char>(v));
  char tmp[10];
  std::size_t n = 0;
  for (; v >= 0x80; v >>= 7) tmp[n++] = static_cast<char>(v | 0x80);
  tmp[n++] = static_cast<char>(v);
  out.append(tmp, n);
}

void signed_varint(std::string& out, std::int64_t v) {
  varint(out, (static_cast<std::uint64_t>(v) << 1) ^ (v < 0 ? ~std::uint64_t{0} : 0));
}

void f64(std::string& out, double v) {
  char tmp[sizeof v];
  std::memcpy(tmp, &v, sizeof v);
  out.append(tmp, sizeof v);
}

void day(std::string& out, const date& d) {
  signed_varint(out, d.year());
  byte(out, static_cast<unsigned>(d.month()));
  byte(out, static_cast<unsigned>(d.day()));
}

void text(std::string& out, std::string_view s) {
  varint(out, std::uint64_t{s.size()} * 3);
  out.append(s);
}

void prov(std::string& out, const provenance& p) {
  const unsigned flags = (p.confidence != 1.0 ? has_confidence : 0u) | (p.note.empty() ? 0u : has_note);
  byte(out, flags);
  varint(out, p.sources.size());
  for (const auto s : p.sources) varint(out, s);
  if (flags & has_confidence) f64(out, p.confidence);
  if (flags & has_note) text(out, p.note);
}

}  // namespace

shared_texts texts_of(const incident& i) noexcept {
  const auto& c = i.coding;
  return {i.type,       i.where.name,   i.where.country, i.cameo,       c.dataset,
          c.event_type, c.precision,    c.interaction,   c.source_text};
}

void hash_shared(const incident& i, shared_hashes& out) noexcept {
  const auto texts = texts_of(i);
  for (std::size_t k = 0; k < shared_fields; ++k) out[k] = text_hash(texts[k]);
}

void encode_incident_head(std::string& out, const incident& i) {
  byte(out, tag_incident);
  text(out, i.id);
  text(out, i.name);
  day(out, i.when);
  const auto& c = i.coding;
  std::uint32_t flags = 0;
  flags |= i.until ? has_until : 0;
  flags |= i.where.lat ? has_lat : 0;
  flags |= i.where.lon ? has_lon : 0;
  flags |= i.fatalities ? has_fatalities : 0;
  flags |= i.injured ? has_injured : 0;
  flags |= i.rung ? has_rung : 0;
  flags |= i.goldstein ? has_goldstein : 0;
  flags |= c.stance ? has_stance : 0;
  flags |= c.tone ? has_tone : 0;
  flags |= c.deaths_low ? has_deaths_low : 0;
  flags |= c.deaths_high ? has_deaths_high : 0;
  varint(out, flags);
  if (i.until) day(out, *i.until);
  if (i.where.lat) f64(out, *i.where.lat);
  if (i.where.lon) f64(out, *i.where.lon);
  if (i.fatalities) signed_varint(out, *i.fatalities);
  if (i.injured) signed_varint(out, *i.injured);
  text(out, i.description);
  prov(out, i.prov);
  if (i.rung) byte(out, *i.rung);
  if (i.goldstein) f64(out, *i.goldstein);
  if (c.stance) byte(out, static_cast<unsigned>(static_cast<int>(*c.stance) + 1));
  byte(out, c.quad_class);
  varint(out, c.mentions);
  varint(out, c.reports);
  varint(out, c.articles);
  if (c.tone) f64(out, *c.tone);
  if (c.deaths_low) signed_varint(out, *c.deaths_low);
  if (c.deaths_high) signed_varint(out, *c.deaths_high);
}

void encode_incident_tail(std::string& out, const incident& i, record_strings& strings, const shared_hashes* hashes) {
  auto& table = strings.table_;
  const auto texts = texts_of(i);
  for (std::size_t k = 0; k < shared_fields; ++k) {
    const std::string_view s = texts[k];
    auto& last = strings.last_[k];
    if (s.empty()) {
      byte(out, 0);
      continue;
    }
    if (last != record_strings::none && s == table.at(last)) {
      varint(out, std::uint64_t{last} * 3 + 2);
      continue;
    }
    const auto h = hashes != nullptr ? (*hashes)[k] : text_hash(s);
    if (const auto found = table.find(s, h)) {
      last = *found;
      varint(out, std::uint64_t{*found} * 3 + 2);
      continue;
    }
    if (s.size() > table_max_length || table.size() >= table_max_entries || table.bytes() >= table_max_bytes) {
      text(out, s);
      continue;
    }
    last = table.intern(s, h).first;
    varint(out, std::uint64_t{s.size()} * 3 + 1);
    out.append(s);
  }
  varint(out, i.coding.row);
}

void encode_incident(std::string& out, const incident& i, record_strings& strings) {
  encode_incident_head(out, i);
  encode_incident_tail(out, i, strings);
}

void encode_role(std::string& out, const role_edge& r) {
  byte(out, tag_role);
  varint(out, r.incident);
  varint(out, r.actor);
  byte(out, static_cast<unsigned>(r.kind));
  varint(out, r.attributed_by == no_index ? 0 : std::uint64_t{r.attributed_by} + 1);
  prov(out, r.prov);
}

}  // namespace faultline::detail
