// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to the graph library: the layout of a columnar snapshot (format
// version 5), shared by its writer (columnar_writer.cpp) and its reader
// (event_store.cpp). docs/snapshot-format.md describes it byte by byte.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include <faultline/graph/date.hpp>

namespace faultline::detail::columnar {

inline constexpr std::uint32_t version = 5;
inline constexpr std::size_t header_size = 64;  // the fixed header
inline constexpr std::size_t entry_size = 32;   // one entry of the section table
inline constexpr std::size_t alignment = 64;    // every section starts at a multiple of it
inline constexpr std::size_t max_sections = 128;

// Header fields, by byte offset.
inline constexpr std::size_t at_version = 8, at_sections = 12, at_incidents = 16, at_roles = 24, at_links = 32,
                             at_actors = 40, at_file_size = 48, at_header_crc = 56;

/// What a section's element count is tied to.
enum class family : std::uint8_t {
  incidents,  // one element per incident
  roles,      // one per role
  links,      // one per incident link
  actors,     // one per actor
  free,       // as many as its size says (strings, lists, postings, the date index, the rest)
};

/// The kinds of section. The numbers are stored: never reuse one.
enum class kind : std::uint32_t {
  // Incident columns.
  inc_id = 1,
  inc_name = 2,
  inc_when = 3,
  inc_until = 4,
  inc_type = 5,
  inc_flags = 6,
  inc_place_name = 7,
  inc_place_country = 8,
  inc_lat = 9,
  inc_lon = 10,
  inc_fatalities = 11,
  inc_injured = 12,
  inc_description = 13,
  inc_sources = 14,
  inc_confidence = 15,
  inc_note = 16,
  inc_rung = 17,
  inc_cameo = 18,
  inc_goldstein = 19,
  inc_dataset = 20,
  inc_event_type = 21,
  inc_stance = 22,
  inc_quad_class = 23,
  inc_mentions = 24,
  inc_reports = 25,
  inc_articles = 26,
  inc_tone = 27,
  inc_deaths_low = 28,
  inc_deaths_high = 29,
  inc_precision = 30,
  inc_interaction = 31,
  inc_source_text = 32,
  inc_row = 33,
  // Role columns.
  role_incident = 40,
  role_actor = 41,
  role_kind = 42,
  role_attributed_by = 43,
  role_sources = 44,
  role_confidence = 45,
  role_note = 46,
  // Link columns.
  link_from = 50,
  link_to = 51,
  link_kind = 52,
  link_sources = 53,
  link_confidence = 54,
  link_note = 55,
  // Tables.
  string_ends = 60,  // u64 per string: where it ends in string_bytes
  string_bytes = 61,
  list_ends = 62,   // u64 per source list: where it ends in list_items
  list_items = 63,  // u32 source indices
  // Indexes.
  by_date = 70,              // u32 incident indices, by (date, index)
  date_index = 71,           // {u32 packed date, u32 start in by_date} per distinct date
  postings_ends = 72,        // u32 per actor: where its incidents end in postings
  postings = 73,             // u32 incident indices, per actor by (date, index), each once
  incident_roles_ends = 74,  // u32 per incident: where its roles end in incident_roles
  incident_roles = 75,       // u32 role indices, per incident in role order
  // Everything else (scenarios, relation types, sources, actors, relations): Boost.
  rest = 80,
};

/// What kind of value a column holds, for the checks of its content.
enum class content : std::uint8_t {
  plain,          // any value
  string_ref,     // 0 (empty) or 1..strings
  list_ref,       // 0 (empty) or 1..lists
  incident_ref,   // < incidents
  actor_ref,      // < actors
  actor_or_none,  // < actors, or no_index
  role_ref,       // < roles
  flags,          // incident flag bits (detail/snapshot_records.hpp)
  stance,         // 0 none, 1..3 polarity + 2
  role_kind,      // < 6
  link_kind,      // < 2
  ends32,         // nondecreasing u32 ends into another section
  ends64,         // nondecreasing u64 ends into another section
  date_keys,      // the date index
};

struct section_info {
  kind k;
  std::uint32_t width;  // bytes per element
  family fam;
  content what;
  std::uint64_t fallback;  // the value every element has when the section is absent (its bytes, LE)
  bool required;           // must be present when it has elements
  std::string_view name;   // for messages
};

inline constexpr std::uint64_t one_double = 0x3FF0000000000000ull;  // the bytes of 1.0
inline constexpr std::uint64_t none32 = 0xFFFFFFFFull;

inline constexpr std::array<section_info, 57> sections{{
    {kind::inc_id, 4, family::incidents, content::string_ref, 0, false, "incident ids"},
    {kind::inc_name, 4, family::incidents, content::string_ref, 0, false, "incident names"},
    {kind::inc_when, 4, family::incidents, content::plain, 0, false, "incident dates"},
    {kind::inc_until, 4, family::incidents, content::plain, 0, false, "incident end dates"},
    {kind::inc_type, 4, family::incidents, content::string_ref, 0, false, "incident types"},
    {kind::inc_flags, 2, family::incidents, content::flags, 0, false, "incident flags"},
    {kind::inc_place_name, 4, family::incidents, content::string_ref, 0, false, "incident place names"},
    {kind::inc_place_country, 4, family::incidents, content::string_ref, 0, false, "incident place countries"},
    {kind::inc_lat, 8, family::incidents, content::plain, 0, false, "incident latitudes"},
    {kind::inc_lon, 8, family::incidents, content::plain, 0, false, "incident longitudes"},
    {kind::inc_fatalities, 8, family::incidents, content::plain, 0, false, "incident fatalities"},
    {kind::inc_injured, 8, family::incidents, content::plain, 0, false, "incident injured"},
    {kind::inc_description, 4, family::incidents, content::string_ref, 0, false, "incident descriptions"},
    {kind::inc_sources, 4, family::incidents, content::list_ref, 0, false, "incident sources"},
    {kind::inc_confidence, 8, family::incidents, content::plain, one_double, false, "incident confidences"},
    {kind::inc_note, 4, family::incidents, content::string_ref, 0, false, "incident notes"},
    {kind::inc_rung, 1, family::incidents, content::plain, 0, false, "incident rungs"},
    {kind::inc_cameo, 4, family::incidents, content::string_ref, 0, false, "incident CAMEO codes"},
    {kind::inc_goldstein, 8, family::incidents, content::plain, 0, false, "incident Goldstein values"},
    {kind::inc_dataset, 4, family::incidents, content::string_ref, 0, false, "incident datasets"},
    {kind::inc_event_type, 4, family::incidents, content::string_ref, 0, false, "incident event types"},
    {kind::inc_stance, 1, family::incidents, content::stance, 0, false, "incident stances"},
    {kind::inc_quad_class, 1, family::incidents, content::plain, 0, false, "incident quad classes"},
    {kind::inc_mentions, 4, family::incidents, content::plain, 0, false, "incident mentions"},
    {kind::inc_reports, 4, family::incidents, content::plain, 0, false, "incident reports"},
    {kind::inc_articles, 4, family::incidents, content::plain, 0, false, "incident articles"},
    {kind::inc_tone, 8, family::incidents, content::plain, 0, false, "incident tones"},
    {kind::inc_deaths_low, 8, family::incidents, content::plain, 0, false, "incident low death estimates"},
    {kind::inc_deaths_high, 8, family::incidents, content::plain, 0, false, "incident high death estimates"},
    {kind::inc_precision, 4, family::incidents, content::string_ref, 0, false, "incident precisions"},
    {kind::inc_interaction, 4, family::incidents, content::string_ref, 0, false, "incident interactions"},
    {kind::inc_source_text, 4, family::incidents, content::string_ref, 0, false, "incident source texts"},
    {kind::inc_row, 8, family::incidents, content::plain, 0, false, "incident rows"},
    {kind::role_incident, 4, family::roles, content::incident_ref, 0, false, "role incidents"},
    {kind::role_actor, 4, family::roles, content::actor_ref, 0, false, "role actors"},
    {kind::role_kind, 1, family::roles, content::role_kind, 0, false, "role kinds"},
    {kind::role_attributed_by, 4, family::roles, content::actor_or_none, none32, false, "role attributions"},
    {kind::role_sources, 4, family::roles, content::list_ref, 0, false, "role sources"},
    {kind::role_confidence, 8, family::roles, content::plain, one_double, false, "role confidences"},
    {kind::role_note, 4, family::roles, content::string_ref, 0, false, "role notes"},
    {kind::link_from, 4, family::links, content::incident_ref, 0, false, "link origins"},
    {kind::link_to, 4, family::links, content::incident_ref, 0, false, "link targets"},
    {kind::link_kind, 1, family::links, content::link_kind, 0, false, "link kinds"},
    {kind::link_sources, 4, family::links, content::list_ref, 0, false, "link sources"},
    {kind::link_confidence, 8, family::links, content::plain, one_double, false, "link confidences"},
    {kind::link_note, 4, family::links, content::string_ref, 0, false, "link notes"},
    {kind::string_ends, 8, family::free, content::ends64, 0, false, "string table index"},
    {kind::string_bytes, 1, family::free, content::plain, 0, false, "string table"},
    {kind::list_ends, 8, family::free, content::ends64, 0, false, "source list index"},
    {kind::list_items, 4, family::free, content::plain, 0, false, "source lists"},
    {kind::by_date, 4, family::incidents, content::incident_ref, 0, true, "incidents by date"},
    {kind::date_index, 8, family::free, content::date_keys, 0, true, "date index"},
    {kind::postings_ends, 4, family::actors, content::ends32, 0, true, "actor postings index"},
    {kind::postings, 4, family::free, content::incident_ref, 0, false, "actor postings"},
    {kind::incident_roles_ends, 4, family::incidents, content::ends32, 0, true, "incident roles index"},
    {kind::incident_roles, 4, family::free, content::role_ref, 0, false, "incident roles"},
    {kind::rest, 1, family::free, content::plain, 0, true, "actors, relations and sources"},
}};

inline constexpr std::size_t max_kind = 128;

/// Whether a kind's elements (unsigned integers) may be stored narrower
/// than its width: 1, 2 or 4 bytes, the narrowest that holds every value
/// (the table entry gives the width used; readers widen).
[[nodiscard]] constexpr bool narrowable(kind k) noexcept {
  return k == kind::inc_mentions || k == kind::inc_reports || k == kind::inc_articles || k == kind::inc_row ||
         k == kind::role_actor;
}

/// The description of a section kind, or null when the kind is unknown.
[[nodiscard]] inline const section_info* find(std::uint32_t k) noexcept {
  for (const auto& s : sections)
    if (static_cast<std::uint32_t>(s.k) == k) return &s;
  return nullptr;
}
[[nodiscard]] inline const section_info& info(kind k) noexcept {
  return *find(static_cast<std::uint32_t>(k));
}

/// A date as 32 bits whose order as unsigned numbers is the order of dates
/// (first day, then coarser first): the year biased by 2^15, the month and
/// the day. 0 is no valid date (year -32768).
[[nodiscard]] inline std::uint32_t pack_date(date d) noexcept {
  return (static_cast<std::uint32_t>(static_cast<std::uint16_t>(d.year()) ^ 0x8000u) << 16) |
         (static_cast<std::uint32_t>(d.month()) << 8) | static_cast<std::uint32_t>(d.day());
}
[[nodiscard]] inline date unpack_date(std::uint32_t v) noexcept {
  return date::from_fields(static_cast<std::int16_t>(static_cast<std::uint16_t>((v >> 16) ^ 0x8000u)),
                           static_cast<std::uint8_t>((v >> 8) & 0xFF), static_cast<std::uint8_t>(v & 0xFF));
}

}  // namespace faultline::detail::columnar
