// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Internal to faultline (the graph library and the event importers share
/// it); not part of the public API. The record encoding of a snapshot's
/// incidents and roles (snapshot.hpp).
///
/// Incidents and roles are written as records of their own encoding, not
/// through Boost: most of an imported event's fields are empty or repeat
/// (its type, place, dataset, source URL), and Boost writes every string as
/// an 8-byte length and every optional as a flag. A record is a tag byte and
/// its fields:
///   - numbers as LEB128 varints (signed ones zigzag-encoded), doubles as
///     their 8 bytes in the machine's order (as the Boost binary archive),
///     dates as a varint year and a month and a day byte;
///   - which optional fields are present as one varint of flag bits;
///   - a string as a varint v, then: v % 3 == 0, v / 3 bytes of text;
///     v % 3 == 1, v / 3 bytes of text that become the next entry of the
///     string table; v % 3 == 2, the table's entry v / 3. Fields that tend to
///     repeat (types, places, codes, source URLs) enter the table; ids, names
///     and descriptions are written as they are.
/// An incident's record is a head, the fields that need no table (which an
/// importer's parsing threads encode in parallel), then a tail, the nine
/// fields that go through the table (shared_texts order) and the row.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/detail/text_hash.hpp>
#include <faultline/graph/model.hpp>

namespace faultline::detail {

enum record_tag : unsigned char { tag_end = 0, tag_incident = 1, tag_role = 2 };

// Flag bits of an incident record.
inline constexpr std::uint32_t has_until = 1u << 0, has_lat = 1u << 1, has_lon = 1u << 2, has_fatalities = 1u << 3,
                               has_injured = 1u << 4, has_rung = 1u << 5, has_goldstein = 1u << 6, has_stance = 1u << 7,
                               has_tone = 1u << 8, has_deaths_low = 1u << 9, has_deaths_high = 1u << 10,
                               has_root_event = 1u << 11, is_root_event = 1u << 12, incident_flags = (1u << 13) - 1;
// Flag bits of a provenance.
inline constexpr unsigned has_confidence = 1u << 0, has_note = 1u << 1, provenance_flags = 3;

/// An incident's fields that go through the string table, in record order:
/// type, place name, place country, CAMEO code, dataset, event type,
/// precision, interaction, source text.
inline constexpr std::size_t shared_fields = 9;
using shared_texts = std::array<std::string_view, shared_fields>;
using shared_hashes = std::array<std::uint64_t, shared_fields>;

[[nodiscard]] shared_texts texts_of(const incident& i) noexcept;

/// What the caller of encode_incident_tail knows of an incident's texts
/// beforehand (an importer's parsing thread works it out), so that the
/// thread that owns the string table compares and looks up less.
struct text_hints {
  shared_hashes hashes{};  ///< text_hash of each text; 0: not computed
  /// Bit k: texts[k] equals texts[k] of the incident encoded just before.
  unsigned same_as_last = 0;
  /// Every text was compared with that incident's: a clear bit of
  /// same_as_last means the text differs.
  bool compared = false;
  /// Nonzero: in field k, texts with the same symbol are the same text (a
  /// code from a fixed table, say), so the entry found for it once serves
  /// again without a comparison. Below max_symbol.
  std::array<std::uint16_t, shared_fields> symbols{};
  static constexpr std::uint16_t max_symbol = 1u << 14;
};

/// The string table of a stream of records, as its writer keeps it.
class record_strings {
  friend void encode_incident_tail(std::string& out, const shared_texts& texts, std::uint64_t row,
                                   record_strings& strings, const text_hints* hints);

 public:
  /// Fetches into cache the table slot a lookup of hash `h` reads first.
  void prefetch(std::uint64_t h) const noexcept { table_.prefetch(h); }

 private:
  static constexpr std::uint32_t none = 0xFFFFFFFFu;
  static constexpr std::array<std::uint32_t, shared_fields> nones() {
    std::array<std::uint32_t, shared_fields> a{};
    a.fill(none);
    return a;
  }
  text_table table_;
  // Per field of shared_texts, the table entry it wrote last (or none):
  // consecutive events often share their type, place or source URL (one
  // article, several events), and comparing with that entry is cheaper than
  // a lookup.
  std::array<std::uint32_t, shared_fields> last_ = nones();
  // Per field, the table entry the incident before wrote (none: it wrote
  // the text itself, or nothing), for a caller that knows the texts equal.
  std::array<std::uint32_t, shared_fields> previous_ = nones();
  // Per field, symbol (text_hints) -> table entry + 1 (0: not seen yet).
  std::array<std::vector<std::uint32_t>, shared_fields> by_symbol_;
};

/// The fields of an incident that the head of its record holds, as views:
/// what an importer fills to encode a head without building an incident.
struct incident_head {
  std::string_view id, name, description;
  date when;
  std::optional<date> until;
  std::optional<double> lat, lon;
  std::optional<std::int64_t> fatalities, injured;
  const provenance* prov = nullptr;  ///< never null
  std::optional<std::uint8_t> rung;
  std::optional<double> goldstein;
  std::optional<polarity> stance;
  std::uint8_t quad_class = 0;
  std::uint32_t mentions = 0, reports = 0, articles = 0;
  std::optional<double> tone;
  std::optional<std::int64_t> deaths_low, deaths_high;
  std::optional<bool> root_event;
};

/// The head fields of an incident (views into it).
[[nodiscard]] incident_head head_of(const incident& i) noexcept;
/// Sets every field of `i` that a head and the texts of a tail hold (all
/// but coding.row), as decoding the record would.
void assign_incident(incident& i, const incident_head& head, const shared_texts& texts);

/// Appends the record of an incident to `out`: its head, then its tail.
void encode_incident(std::string& out, const incident& i, record_strings& strings);
/// Appends the head of an incident's record (no table: any thread).
void encode_incident_head(std::string& out, const incident_head& head);
void encode_incident_head(std::string& out, const incident& i);
/// Appends the tail of an incident's record (the thread that owns
/// `strings`): its texts_of() and its coding's row, with what is known of
/// the texts beforehand, if anything (the bytes are the same either way).
void encode_incident_tail(std::string& out, const shared_texts& texts, std::uint64_t row, record_strings& strings,
                          const text_hints* hints = nullptr);
/// Appends the record of a role (roles use no table entries).
void encode_role(std::string& out, const role_edge& r);

/// What is wrong with records that cannot be decoded.
struct bad_records {
  std::string what;
};

/// Sets `out` (reused: its strings keep their capacity) to the incident
/// whose record head is `head` (encode_incident_head) with these texts and
/// row. \throws bad_records
void decode_prepared_incident(std::string_view head, const shared_texts& texts, std::uint64_t row, incident& out);

/// Decodes records from the start of `bytes` up to the end tag, appending
/// to the two vectors; returns the bytes read. Every length, index and
/// table reference is checked against what is there.
/// \throws bad_records
std::size_t decode_records(std::string_view bytes, std::vector<incident>& incidents, std::vector<role_edge>& roles);

}  // namespace faultline::detail
