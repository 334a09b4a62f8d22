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

void varint(std::string& out, std::uint64_t v) {
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

void encode_incident(std::string& out, const incident& i, record_strings& strings) {
  auto& table = strings.table_;
  auto shared = [&](std::string_view s, record_strings::last_string& last) {
    if (s.empty()) return byte(out, 0);
    if (!last.text.empty() && s == last.text) return varint(out, std::uint64_t{last.entry} * 3 + 2);
    if (const auto found = table.find(s)) {
      last.text.assign(s);
      last.entry = *found;
      return varint(out, std::uint64_t{*found} * 3 + 2);
    }
    if (s.size() > table_max_length || table.size() >= table_max_entries || table.bytes() >= table_max_bytes)
      return text(out, s);
    last.text.assign(s);
    last.entry = table.intern(s).first;
    varint(out, std::uint64_t{s.size()} * 3 + 1);
    out.append(s);
  };

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
  shared(i.type, strings.type_);
  shared(i.where.name, strings.place_);
  shared(i.where.country, strings.country_);
  if (i.where.lat) f64(out, *i.where.lat);
  if (i.where.lon) f64(out, *i.where.lon);
  if (i.fatalities) signed_varint(out, *i.fatalities);
  if (i.injured) signed_varint(out, *i.injured);
  text(out, i.description);
  prov(out, i.prov);
  if (i.rung) byte(out, *i.rung);
  shared(i.cameo, strings.cameo_);
  if (i.goldstein) f64(out, *i.goldstein);
  shared(c.dataset, strings.dataset_);
  shared(c.event_type, strings.event_type_);
  if (c.stance) byte(out, static_cast<unsigned>(static_cast<int>(*c.stance) + 1));
  byte(out, c.quad_class);
  varint(out, c.mentions);
  varint(out, c.reports);
  varint(out, c.articles);
  if (c.tone) f64(out, *c.tone);
  if (c.deaths_low) signed_varint(out, *c.deaths_low);
  if (c.deaths_high) signed_varint(out, *c.deaths_high);
  shared(c.precision, strings.precision_);
  shared(c.interaction, strings.interaction_);
  shared(c.source_text, strings.source_);
  varint(out, c.row);
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
