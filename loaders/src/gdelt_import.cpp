// SPDX-License-Identifier: Apache-2.0
// GDELT 1.0 and 2.0 event exports: tab-separated, no header, one event per
// line. The file is read in batches of lines; a second thread parses the
// next batch (splitting fields, checking and converting numbers and dates)
// while this one adds the parsed rows to the graph. Mapping rules:
// docs/event-data.md, "GDELT".
#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <deque>
#include <future>
#include <limits>
#include <memory>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <faultline/graph/coding.hpp>
#include <faultline/graph/ladder.hpp>

#include "event_import.hpp"

namespace faultline::detail {
namespace {

// Column positions of one GDELT layout.
struct gdelt_layout {
  const char* name;
  std::size_t columns;
  std::size_t geo_block;  // columns per geography block (7 in 1.0, 8 in 2.0)
  bool has_url;
};

constexpr gdelt_layout gdelt2{"GDELT 2.0 (61 columns)", 61, 8, true};
constexpr gdelt_layout gdelt1_url{"GDELT 1.0 (58 columns)", 58, 7, true};
constexpr gdelt_layout gdelt1{"GDELT 1.0 (57 columns)", 57, 7, false};

// Fixed positions (the same in both versions up to the geography blocks).
constexpr std::size_t c_id = 0, c_date = 1, c_actor1 = 5, c_actor2 = 15, c_is_root = 25, c_event = 26, c_root = 28,
                      c_quad = 29, c_goldstein = 30, c_mentions = 31, c_sources = 32, c_articles = 33, c_tone = 34,
                      c_geo1 = 35;
// Within an actor block: code, name, country, known group, ethnic, religion 1, religion 2, type 1..3.
constexpr std::size_t a_code = 0, a_name = 1, a_country = 2, a_group = 3, a_type1 = 7;

// clang-format off
constexpr std::array<const char*, 61> gdelt2_names{
    "GLOBALEVENTID",       "SQLDATE",             "MonthYear",           "Year",
    "FractionDate",        "Actor1Code",          "Actor1Name",          "Actor1CountryCode",
    "Actor1KnownGroupCode", "Actor1EthnicCode",    "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code",     "Actor1Type2Code",     "Actor1Type3Code",     "Actor2Code",
    "Actor2Name",          "Actor2CountryCode",   "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",     "Actor2Type2Code",
    "Actor2Type3Code",     "IsRootEvent",         "EventCode",           "EventBaseCode",
    "EventRootCode",       "QuadClass",           "GoldsteinScale",      "NumMentions",
    "NumSources",          "NumArticles",         "AvgTone",             "Actor1Geo_Type",
    "Actor1Geo_FullName",  "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",       "Actor1Geo_Long",      "Actor1Geo_FeatureID", "Actor2Geo_Type",
    "Actor2Geo_FullName",  "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",       "Actor2Geo_Long",      "Actor2Geo_FeatureID", "ActionGeo_Type",
    "ActionGeo_FullName",  "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat",       "ActionGeo_Long",      "ActionGeo_FeatureID", "DATEADDED",
    "SOURCEURL"};
// clang-format on

// The column name of position `k` in a layout (for messages).
std::string column_name(const gdelt_layout& layout, std::size_t k) {
  if (layout.geo_block == 8 || k < c_geo1) return gdelt2_names[k];
  // GDELT 1.0: three geography blocks of 7 (no ADM2Code), then DATEADDED and SOURCEURL.
  static constexpr const char* geo[] = {"Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"};
  static constexpr const char* block[] = {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"};
  const std::size_t g = k - c_geo1;
  if (g < 21) return std::string(block[g / 7]) + geo[g % 7];
  return g == 21 ? "DATEADDED" : "SOURCEURL";
}

struct side_fields {
  std::string_view code, name, country, group, type1;
  std::string_view geo_country;  // Actor1Geo_/Actor2Geo_CountryCode (FIPS 10-4)
};

// The fields of one line, as views into the file and numbers (parse_row).
struct gdelt_fields {
  std::uint64_t id = 0;
  date when;
  side_fields a1, a2;
  std::string_view event_code, root_code, geo_name, geo_country, url;
  std::uint8_t quad = 0;
  double goldstein = 0;
  std::uint32_t mentions = 0, sources = 0, articles = 0;
  std::optional<bool> is_root;  // IsRootEvent; nullopt when the field is empty
  std::optional<double> tone, lat, lon;
  std::size_t bad_column = 0;  // a problem's 1-based column (0: the whole row)
};

enum class row_state : std::uint8_t { kept, malformed, filtered };

// A part of a line, as its offset and length (a view would be twice the size).
struct line_part {
  std::uint32_t at = 0, size = 0;
};

// One row as the parsing thread hands it to the calling thread: small (the
// batches' rows are written once and read once, on another core, so their
// size is memory traffic), with parts of the line and offsets into its
// batch's buffers.
struct gdelt_row {
  std::uint64_t line = 0;  // within the batch, 1-based
  std::uint64_t id = 0;    // GLOBALEVENTID
  std::string_view text;   // the line, parsed again for a side the calling thread has not seen
  row_state state = row_state::kept;
  // Kept rows: the two sides (has), the sides that name no one in
  // particular (make_side), their resolution keys (in the batch's `keys`:
  // [key_begin, key_middle) and [key_middle, key_end)) and their hashes.
  bool has1 = false, has2 = false;
  std::uint8_t generic_sides = 0;
  std::uint32_t key_begin = 0, key_middle = 0, key_end = 0;
  std::uint64_t key_hash1 = 0, key_hash2 = 0;
  // The texts of its record's tail (row_texts): the CAMEO row of the event
  // (+ 1; 0: none), the action country's row (+ 1; 0: none), the place, the
  // event code and the URL, and the hashes of the place and the URL.
  std::uint16_t event = 0, country = 0;
  std::uint16_t code_symbol = 0;  // the event code's symbol (row_symbols)
  line_part place, code, url;
  std::uint64_t place_hash = 0, url_hash = 0;
  // Bit k: text k of the tail equals the previous kept row's in the batch.
  std::uint16_t same_texts = 0;
  // Streaming into a snapshot: the head of its record, in the batch's `heads`.
  std::uint32_t head_begin = 0, head_end = 0;
  // Not streaming: the incident, in the batch's `incidents`.
  std::uint32_t incident = 0;
};

static_assert(sizeof(gdelt_row) <= 128, "a GDELT row is meant to fit two cache lines");

// A malformed row of a batch.
struct row_problem_at {
  std::size_t row = 0;  // in the batch's rows
  std::size_t column = 0;
  std::string message;
};

// A batch of lines, parsed. Its vectors and buffers are handed back to the
// parsing threads for later batches, so their memory is reused.
struct gdelt_batch {
  std::vector<gdelt_row> rows;  // rows[0, used) are the batch's
  std::size_t used = 0;
  std::uint64_t lines = 0;          // lines in the batch
  std::size_t end = 0;              // byte offset of the batch's end in the file
  std::string heads;                // record heads (streaming)
  std::string keys;                 // resolution keys
  std::vector<incident> incidents;  // not streaming
  std::vector<row_problem_at> problems;
};

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// SQLDATE: YYYYMMDD, a day that exists.
std::optional<date> parse_sqldate(std::string_view text) {
  if (text.size() != 8 || !all_digits(text)) return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t width) {
    int n = 0;
    for (std::size_t k = at; k < at + width; ++k)
      n = n * 10 + (text[k] - '0');
    return n;
  };
  const int year = number(0, 4), month = number(4, 2), day = number(6, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month)))
    return std::nullopt;
  return date::from_fields(static_cast<std::int16_t>(year), static_cast<std::uint8_t>(month),
                           static_cast<std::uint8_t>(day));
}

// The tabs among 64 bytes, as a bit mask (bit k: p[k] is a tab).
[[gnu::always_inline]] inline std::uint64_t tab_mask(const char* p) noexcept {
#if defined(__SSE2__)
  const __m128i tab = _mm_set1_epi8('\t');
  std::uint64_t mask = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    mask |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, tab)))} << (16 * k);
  }
  return mask;
#else
  std::uint64_t mask = 0;
  for (int k = 0; k < 64; ++k)
    mask |= std::uint64_t{p[k] == '\t'} << k;
  return mask;
#endif
}

// The number of bits set, inline (std::popcount is a library call on
// x86-64 without -mpopcnt; a clone built with POPCNT folds this into it).
[[gnu::always_inline]] constexpr unsigned bits_set(std::uint64_t x) noexcept {
  x -= (x >> 1) & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<unsigned>((x * 0x0101010101010101ull) >> 56);
}

// Functions worth a copy built for newer x86-64 processors, the copy chosen
// when the program loads (GNU ifunc); elsewhere nothing.
#if defined(__x86_64__) && defined(__linux__) && (defined(__GNUC__) || defined(__clang__)) && \
    !defined(FAULTLINE_NO_TARGET_CLONES)
#define FAULTLINE_TARGET_CLONES __attribute__((target_clones("default", "arch=x86-64-v3")))
#else
#define FAULTLINE_TARGET_CLONES
#endif

// Fields a line can have that are kept (GDELT has 61 at most).
constexpr std::size_t max_fields = 64;

// A line split at tabs. The tabs of 64 bytes at a time are a bit mask
// (SSE2 compares on x86-64), whose bits are turned into positions sixteen
// at a time without a branch per tab (a loop over them would mispredict its
// end in nearly every block); field k is then a view between two of them.
class tab_split {
 public:
  /// Splits `line`; returns the number of fields (tabs + 1). Fields are
  /// kept for the first max_fields. Also compiled for x86-64-v3 processors
  /// (AVX2, BMI, POPCNT: one instruction each to count the tabs of a block
  /// and find the next), picked when the program loads.
  FAULTLINE_TARGET_CLONES std::size_t split(std::string_view line) noexcept {
    base_ = line.data();
    length_ = line.size();
    n_ = 0;
    std::size_t i = 0;
    for (; i + 64 <= length_; i += 64)
      add(tab_mask(base_ + i), i);
    if (i < length_) {
      char tail[64] = {};
      std::memcpy(tail, base_ + i, length_ - i);
      add(tab_mask(tail), i);
    }
    return n_ + 1;
  }
  /// Field k (k < max_fields and k below the number of fields).
  std::string_view operator[](std::size_t k) const noexcept {
    const std::size_t begin = k == 0 ? 0 : tabs_[k - 1] + std::size_t{1};
    const std::size_t end = k < n_ ? tabs_[k] : length_;
    return {base_ + begin, end - begin};
  }

 private:
  [[gnu::always_inline]] void add(std::uint64_t mask, std::size_t at) noexcept {
    const std::size_t count = bits_set(mask);
    if (n_ >= max_fields) {  // too many already: only counted
      n_ += count;
      return;
    }
    std::uint32_t* out = tabs_.data() + n_;
    for (std::size_t k = 0; k < 16; ++k) {  // (positions past `count` are overwritten or unused)
      out[k] = static_cast<std::uint32_t>(at + lowest_bit(mask));
      mask &= mask - 1;
    }
    for (std::size_t k = 16; k < count; ++k) {
      out[k] = static_cast<std::uint32_t>(at + lowest_bit(mask));
      mask &= mask - 1;
    }
    n_ += count;
  }
  // The position of the lowest bit set; 63 for no bit (a value unused: with
  // the top bit or'ed in, there is always one, and no branch for zero).
  [[gnu::always_inline]] static std::size_t lowest_bit(std::uint64_t mask) noexcept {
    return static_cast<std::size_t>(std::countr_zero(mask | (std::uint64_t{1} << 63)));
  }
  std::array<std::uint32_t, max_fields + 64> tabs_;  // room for one block past max_fields
  const char* base_ = nullptr;
  std::size_t length_ = 0, n_ = 0;  // n_: tabs found
};

// Parses one line into `row`; false, with `problem` and row.bad_column set,
// when it is malformed (no exception: the parsing threads count on it).
bool parse_row(std::string_view line, const gdelt_layout& layout, gdelt_fields& row, std::string& problem) {
  tab_split f;
  // (Every field is set below before it is read; these only sometimes.)
  row.tone.reset();
  row.lat.reset();
  row.lon.reset();
  row.url = {};
  row.bad_column = 0;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const auto n = f.split(line);
  if (n != layout.columns) {
    problem = "expected " + std::to_string(layout.columns) + " tab-separated columns, as on the first line (" +
              layout.name + "), found " + std::to_string(n);
    return false;
  }
  auto fail = [&](std::size_t column, std::string message) {
    row.bad_column = column + 1;
    problem = std::move(message);
    return false;
  };
  if (!parse_integer(f[c_id], row.id)) return fail(c_id, "expected a number, found " + quoted(f[c_id]));
  auto when = parse_sqldate(f[c_date]);
  if (!when) return fail(c_date, "expected a date YYYYMMDD, found " + quoted(f[c_date]));
  row.when = *when;
  auto side = [&](std::size_t at, side_fields& s) {
    s.code = f[at + a_code];
    s.name = f[at + a_name];
    s.country = f[at + a_country];
    s.group = f[at + a_group];
    s.type1 = f[at + a_type1];
  };
  side(c_actor1, row.a1);
  side(c_actor2, row.a2);
  row.a1.geo_country = f[c_geo1 + 2];
  row.a2.geo_country = f[c_geo1 + layout.geo_block + 2];
  if (const auto root = f[c_is_root]; root.empty())
    row.is_root.reset();
  else if (root == "0" || root == "1")
    row.is_root = root == "1";
  else
    return fail(c_is_root, "expected 0 or 1, found " + quoted(root));
  row.event_code = f[c_event];
  if (!is_cameo_code(row.event_code))
    return fail(c_event, "expected a CAMEO event code (2 to 4 digits, root 01 to 20), found " + quoted(row.event_code));
  row.root_code = f[c_root];
  if (row.root_code.size() != 2 || !is_cameo_code(row.root_code))
    return fail(c_root, "expected a CAMEO root code (01 to 20), found " + quoted(row.root_code));
  unsigned quad = 0;
  if (!parse_integer(f[c_quad], quad) || quad < 1 || quad > 4)
    return fail(c_quad, "expected a QuadClass from 1 to 4, found " + quoted(f[c_quad]));
  row.quad = static_cast<std::uint8_t>(quad);
  const auto goldstein = parse_double(f[c_goldstein]);
  if (!goldstein || *goldstein < -10 || *goldstein > 10)
    return fail(c_goldstein, "expected a Goldstein value from -10 to 10, found " + quoted(f[c_goldstein]));
  row.goldstein = *goldstein;
  for (auto [column, out] :
       {std::pair{c_mentions, &row.mentions}, std::pair{c_sources, &row.sources}, std::pair{c_articles, &row.articles}})
    if (!parse_integer(f[column], *out))
      return fail(column, "expected a count (a whole number, not negative), found " + quoted(f[column]));
  if (!f[c_tone].empty()) {
    row.tone = parse_double(f[c_tone]);
    if (!row.tone) return fail(c_tone, "expected a number, found " + quoted(f[c_tone]));
  }
  // ActionGeo: Type, FullName, CountryCode, ADM1Code, [ADM2Code], Lat, Long, FeatureID.
  const std::size_t action = c_geo1 + 2 * layout.geo_block;
  const std::size_t lat = action + (layout.geo_block == 8 ? 5 : 4);
  row.geo_name = f[action + 1];
  row.geo_country = f[action + 2];
  for (auto [column, out] : {std::pair{lat, &row.lat}, std::pair{lat + 1, &row.lon}}) {
    if (f[column].empty()) continue;
    *out = parse_double(f[column]);
    if (!*out) return fail(column, "expected a coordinate in degrees, found " + quoted(f[column]));
  }
  if (row.lat && (*row.lat < -90 || *row.lat > 90)) return fail(lat, "expected a latitude from -90 to 90");
  if (row.lon && (*row.lon < -180 || *row.lon > 180)) return fail(lat + 1, "expected a longitude from -180 to 180");
  if (layout.has_url) row.url = f[layout.columns - 1];
  return true;
}

// The alpha-2 code of a CAMEO country code, or empty.
std::string_view cameo_alpha2(std::string_view code) {
  const auto* c = code.size() == 3 ? coding::find_country_cameo(code) : nullptr;
  return c != nullptr ? c->alpha2 : std::string_view{};
}

// Fills `out` for one side; `label` (if given) receives the display name of
// a group known only by its code (only a new actor needs it: the parsing
// threads skip it, the caller asks again for a side not seen before), `key`
// the code of a located one (out.code views it, so it must outlive `out`).
// A bare type code with no country or known group ("GOV", "BUS", "MIL":
// some government, some business) would, as one node, tie together every
// government in the world: it becomes a group of the country where GDELT
// places that actor ("GOV" placed in Iraq: "Government (GOV) in Iraq", code
// "IZ:GOV"), or, when it is placed nowhere, no one (`generic` set, false
// returned). False also when the side is empty.
bool make_side(const side_fields& s, raw_actor& out, std::string* label, std::string& key, bool& generic) {
  out = raw_actor{};
  out.capitals = true;
  generic = false;
  if (s.code.empty() && s.name.empty()) return false;
  const auto* type = s.type1.empty() ? nullptr : coding::find_cameo_actor_type(s.type1);
  if (!s.group.empty()) {
    // A known group (Hamas, Hezbollah, the Taliban): the name is its name.
    out.code = s.group;
    out.name = s.name;
    out.country = s.country;
    out.kind = node_kind::group;
    out.category = type != nullptr ? type->category : std::string_view{};
    out.rule = "gdelt known group code";
    return true;
  }
  const auto* country = s.country.size() == 3 ? coding::find_country_cameo(s.country) : nullptr;
  if (country != nullptr && (s.type1.empty() || (type != nullptr && type->state_actor))) {
    // IRQ, IRQGOV, IRQMIL: the state. The name ("IRAQ", "BAGHDAD",
    // "PRIME MINISTER") is not the state's name, so only the code is kept.
    out.code = s.code;
    out.is_state = true;
    out.state_country = country->alpha3;
    out.rule = "gdelt actor code with a state's country code";
    return true;
  }
  if (country == nullptr && type != nullptr && s.code.starts_with(s.type1)) {
    const auto* where = s.geo_country.empty() ? nullptr : coding::find_country_fips(s.geo_country);
    if (where == nullptr) {
      generic = true;
      return false;
    }
    key.assign(where->fips);
    key += ':';
    key += s.code;
    if (label != nullptr) {
      label->assign(type->label);
      *label += " (" + std::string(s.code) + ") in " + std::string(where->name);
    }
    out.code = key;
    out.country = where->alpha3;
    out.kind = node_kind::group;
    out.category = type->category;
    out.rule = "gdelt type code placed by the actor's geography";
    if (type->state_actor) {
      // A state's organ (government, military, police...) placed in its
      // country: a member of that state, so it stands on the state's side.
      out.organ_of = where->alpha3;
      out.organ_rule = "gdelt state-organ type code placed in the state by the actor's geography";
    }
    return true;
  }
  // Anything else (IRQREB, USAMED, AFR): a group known by its code.
  out.code = s.code;
  out.country = s.country;
  out.kind = node_kind::group;
  out.category = type != nullptr ? type->category : std::string_view{};
  out.rule = "gdelt actor code";
  if (label == nullptr) return true;
  label->clear();
  if (country != nullptr) *label += country->name;
  if (type != nullptr) {
    *label += label->empty() ? "" : ": ";
    *label += type->label;
  }
  if (label->empty()) *label = !s.name.empty() ? display_name(s.name) : std::string(s.code);
  *label += " (" + std::string(s.code) + ")";
  return true;
}

// The texts of a GDELT incident that go through a snapshot's string table
// (detail::texts_of order), as views into the file and the coding tables.
shared_texts row_texts(const gdelt_row& row) {
  const auto part = [&](line_part p) { return row.text.substr(p.at, p.size); };
  return {row.event != 0 ? coding::cameo_events()[row.event - 1u].incident_type : std::string_view("event"),
          part(row.place),
          row.country != 0 ? coding::countries()[row.country - 1u].alpha2 : std::string_view{},
          part(row.code),
          "gdelt",
          {},
          {},
          {},
          part(row.url)};
}

// Symbols of the texts that come from fixed tables (text_hints): the
// incident type by the CAMEO row it comes from, the country by its row, the
// CAMEO code by its digits (2 to 4: parse_row checked), the dataset.
std::uint16_t code_symbol(std::string_view code) {
  std::uint16_t number = 0;
  for (const char c : code)
    number = static_cast<std::uint16_t>(number * 10 + (c - '0'));
  static_assert(1101 + 9999 < text_hints::max_symbol);
  return static_cast<std::uint16_t>(number + (code.size() == 2 ? 1 : code.size() == 3 ? 101 : 1101));
}
std::array<std::uint16_t, shared_fields> row_symbols(const gdelt_row& row) {
  const auto no_event = static_cast<std::uint16_t>(coding::cameo_events().size() + 1);
  return {row.event != 0 ? row.event : no_event, 0, row.country, row.code_symbol, 1, 0, 0, 0, 0};
}

// What the string table's thread is told of a row's texts.
text_hints row_hints(const gdelt_row& row, bool after_previous) {
  text_hints h;
  h.hashes[1] = row.place_hash;  // (the others are computed when needed)
  h.hashes[8] = row.url_hash;
  h.same_as_last = after_previous ? row.same_texts : 0u;
  h.compared = after_previous;
  h.symbols = row_symbols(row);
  return h;
}

// The head fields of a GDELT incident (detail/snapshot_records.hpp); `id`
// is its incident id (gdelt_id), `prov` its provenance (the file's source).
incident_head gdelt_head(const gdelt_fields& row, const coding::cameo_event* code, std::string_view id,
                         const provenance& prov) {
  incident_head h;
  h.id = id;
  h.when = row.when;
  h.lat = row.lat;
  h.lon = row.lon;
  h.prov = &prov;
  h.goldstein = row.goldstein;
  if (code != nullptr) h.stance = code->stance;
  h.quad_class = row.quad;
  h.mentions = row.mentions;
  h.reports = row.sources;
  h.articles = row.articles;
  h.root_event = row.is_root;
  h.tone = row.tone;
  return h;
}

// The incident id of a GDELT event.
std::string_view gdelt_id(std::uint64_t id, std::array<char, 32>& buffer) {
  std::memcpy(buffer.data(), "gdelt-", 6);
  const auto printed = std::to_chars(buffer.data() + 6, buffer.data() + buffer.size(), id);
  return {buffer.data(), static_cast<std::size_t>(printed.ptr - buffer.data())};
}

// Applies the filters that need no resolution to a parsed row and prepares
// what the calling thread needs (on the parsing thread: the session is only
// read). `prov` is the provenance of every incident of the file.
void prepare_row(const gdelt_fields& f, gdelt_row& row, gdelt_batch& batch, const import_session& session,
                 const provenance& prov) {
  const auto& filter = session.filter();
  if (((filter.since || filter.until) && !session.date_kept(f.when, f.when)) || f.mentions < filter.min_mentions ||
      f.sources < filter.min_sources || (filter.root_events_only && !f.is_root.value_or(false)) ||
      (!filter.root_codes.empty() &&
       std::find(filter.root_codes.begin(), filter.root_codes.end(), f.root_code) == filter.root_codes.end())) {
    row.state = row_state::filtered;
    return;
  }
  const auto* action_country = f.geo_country.empty() ? nullptr : coding::find_country_fips(f.geo_country);
  const std::string_view action_a2 = action_country != nullptr ? action_country->alpha2 : std::string_view{};
  if (!filter.countries.empty() &&
      !session.country_kept({action_a2, cameo_alpha2(f.a1.country), cameo_alpha2(f.a2.country)})) {
    row.state = row_state::filtered;
    return;
  }
  const auto* code = coding::find_cameo_event_or_parent(f.event_code);
  row.id = f.id;
  row.event = static_cast<std::uint16_t>(code != nullptr ? code - coding::cameo_events().data() + 1 : 0);
  row.country =
      static_cast<std::uint16_t>(action_country != nullptr ? action_country - coding::countries().data() + 1 : 0);
  const auto part = [&](std::string_view field) {  // (an absent field, e.g. GDELT 1.0's URL, may view nothing)
    if (field.empty()) return line_part{};
    return line_part{static_cast<std::uint32_t>(field.data() - row.text.data()),
                     static_cast<std::uint32_t>(field.size())};
  };
  row.place = part(f.geo_name);
  row.code = part(f.event_code);
  row.code_symbol = code_symbol(f.event_code);
  row.url = part(f.url);
  std::array<char, 32> id;
  const auto head = gdelt_head(f, code, gdelt_id(f.id, id), prov);
  if (session.streaming()) {
    row.head_begin = static_cast<std::uint32_t>(batch.heads.size());
    encode_incident_head(batch.heads, head);
    row.head_end = static_cast<std::uint32_t>(batch.heads.size());
  } else {
    row.incident = static_cast<std::uint32_t>(batch.incidents.size());
    assign_incident(batch.incidents.emplace_back(), head, row_texts(row));
  }
  // The sides and their resolution keys.
  raw_actor side;
  std::string key;
  bool generic1 = false, generic2 = false;
  row.key_begin = static_cast<std::uint32_t>(batch.keys.size());
  row.has1 = make_side(f.a1, side, nullptr, key, generic1);
  if (row.has1) import_session::append_resolution_key(side, batch.keys);
  row.key_middle = static_cast<std::uint32_t>(batch.keys.size());
  key.clear();
  row.has2 = make_side(f.a2, side, nullptr, key, generic2);
  if (row.has2) import_session::append_resolution_key(side, batch.keys);
  row.key_end = static_cast<std::uint32_t>(batch.keys.size());
  row.generic_sides = static_cast<std::uint8_t>(generic1 + generic2);
  const std::string_view keys = batch.keys;
  if (row.has1) row.key_hash1 = text_hash(keys.substr(row.key_begin, row.key_middle - row.key_begin));
  if (row.has2) row.key_hash2 = text_hash(keys.substr(row.key_middle, row.key_end - row.key_middle));
}

// The longest line read: the parts of a row and the offsets into its
// batch's buffers are 32-bit (a batch is 2 MiB and the rest of its last line).
constexpr std::size_t max_line = std::size_t{1} << 30;

// Parses the lines [begin, end) into `batch` (whose vectors and buffers,
// handed back and forth between batches, are reused rather than allocated
// anew).
void parse_batch(std::string_view bytes, std::size_t begin, std::size_t end, const gdelt_layout& layout,
                 const import_session& session, source_index source, gdelt_batch& batch) {
  batch.used = 0;
  batch.lines = 0;
  batch.end = end;
  batch.heads.clear();
  batch.keys.clear();
  batch.incidents.clear();
  batch.problems.clear();
  gdelt_fields fields;
  std::string problem;
  provenance prov;  // every incident's: the file's source
  prov.sources.push_back(source);
  const bool streaming = session.streaming();
  constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
  std::size_t previous = none;  // the last kept row, when streaming (rows may move as the vector grows)
  std::size_t pos = begin;
  while (pos < end) {
    const void* nl = std::memchr(bytes.data() + pos, '\n', end - pos);
    const std::size_t stop =
        nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) : end;
    ++batch.lines;
    const auto line = bytes.substr(pos, stop - pos);
    pos = stop + 1;
    if (line.empty() || (line.size() == 1 && line[0] == '\r')) continue;
    if (batch.used == batch.rows.size()) batch.rows.emplace_back();
    auto& row = batch.rows[batch.used++];
    row.line = batch.lines;
    row.text = line;
    row.state = row_state::kept;
    if (line.size() > max_line) {  // (a row's parts are 32-bit offsets)
      row.state = row_state::malformed;
      batch.problems.push_back(
          {batch.used - 1, 0, "expected a line of at most 1 GiB, found " + std::to_string(line.size()) + " bytes"});
      continue;
    }
    if (!parse_row(line, layout, fields, problem)) {
      row.state = row_state::malformed;
      batch.problems.push_back({batch.used - 1, fields.bad_column, std::move(problem)});
      problem = {};
      continue;
    }
    prepare_row(fields, row, batch, session, prov);
    if (!streaming || row.state != row_state::kept) continue;
    // Consecutive events often share their strings (one article, several
    // events): a text the row before had keeps its hash, and is marked so
    // the calling thread need not compare it again.
    row.same_texts = 0;
    const auto place = row.text.substr(row.place.at, row.place.size);
    const auto url = row.text.substr(row.url.at, row.url.size);
    if (previous != none) {
      const auto& before = batch.rows[previous];
      const bool same_place = place == before.text.substr(before.place.at, before.place.size);
      const bool same_url = url == before.text.substr(before.url.at, before.url.size);
      // Texts of one symbol (event, country, code) are equal; texts of two
      // may be too, which only costs the calling thread a lookup. The
      // dataset is the same, and the empty texts.
      row.same_texts = static_cast<std::uint16_t>((row.event == before.event ? 1u : 0u) | (same_place ? 1u << 1 : 0u) |
                                                  (row.country == before.country ? 1u << 2 : 0u) |
                                                  (row.code_symbol == before.code_symbol ? 1u << 3 : 0u) | 0xF0u |
                                                  (same_url ? 1u << 8 : 0u));
      row.place_hash = same_place ? before.place_hash : text_hash(place);
      row.url_hash = same_url ? before.url_hash : text_hash(url);
    } else {
      row.place_hash = text_hash(place);
      row.url_hash = text_hash(url);
    }
    previous = batch.used - 1;
  }
}

constexpr std::size_t batch_bytes = std::size_t{2} << 20;

// Asks the processor to fetch the cache line at `p`.
inline void prefetch(const void* p) noexcept {
#if defined(__GNUC__)
  __builtin_prefetch(p);
#else
  (void)p;
#endif
}
// Rows ahead of the one being added whose table slots are fetched into cache.
constexpr std::size_t prefetch_distance = 8;

}  // namespace

void import_gdelt(import_session& session, const input_bytes& input) {
  const auto bytes = input.bytes;
  auto& report = session.report();
  if (bytes.empty()) return;
  // The layout, from the first line's column count.
  // (A later piece of an input read in pieces has the layout of the input's first line.)
  const auto first_end = std::min(bytes.find('\n'), bytes.size());
  auto first = input.lines_before > 0 ? input.first_line : bytes.substr(0, first_end);
  if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  const auto n = tab_split{}.split(first);
  const gdelt_layout* layout = n == 61 ? &gdelt2 : n == 58 ? &gdelt1_url : n == 57 ? &gdelt1 : nullptr;
  if (layout == nullptr)
    throw parse_error({input.name, 1, 0}, "not a GDELT event export: the first line has " + std::to_string(n) +
                                              (n == 1 ? " tab-separated column" : " tab-separated columns") +
                                              "; GDELT 2.0 has 61 and GDELT 1.0 has 57 or 58 (header-less)");
  add_layout(report, layout->name);
  const auto source = session.begin_file(
      input.name, layout->has_url && layout->columns == 61 ? "GDELT 2.0 event export" : "GDELT 1.0 event export",
      "The GDELT Project", "https://www.gdeltproject.org/");
  const bool check_existing = session.had_incident_prefix("gdelt-");
  const bool streaming = session.streaming();

  // Batch boundaries at line ends.
  std::vector<std::pair<std::size_t, std::size_t>> batches;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = std::min(bytes.size(), begin + batch_bytes);
    if (end < bytes.size()) {
      const auto nl = bytes.find('\n', end);
      end = nl == std::string_view::npos ? bytes.size() : nl + 1;
    }
    batches.emplace_back(begin, end);
    begin = end;
  }
  // Parsing workers: each parses a batch on its own (split, check, convert,
  // encode the record's head), up to `workers` batches ahead of this
  // thread, which adds the parsed rows in file order (resolution, ids, the
  // graph or the snapshot are this thread's alone).
  const unsigned wanted = session.options().threads;
  const unsigned workers = batches.size() < 2 ? 1
                           : wanted != 0      ? wanted
                                              : std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
  const bool parallel = workers > 1;

  std::vector<std::unique_ptr<gdelt_batch>> spares;  // batches done, for reuse
  auto spare = [&spares] {
    if (spares.empty()) return std::make_unique<gdelt_batch>();
    auto batch = std::move(spares.back());
    spares.pop_back();
    return batch;
  };
  auto parse = [&, layout](std::size_t k, std::unique_ptr<gdelt_batch> batch) {
    parse_batch(bytes, batches[k].first, batches[k].second, *layout, session, source, *batch);
    return batch;
  };
  std::deque<std::future<std::unique_ptr<gdelt_batch>>> ahead;
  std::size_t launched = 0;
  auto launch = [&] {
    while (parallel && launched < batches.size() && ahead.size() < workers) {
      ahead.push_back(std::async(std::launch::async, parse, launched, spare()));
      ++launched;
    }
  };

  std::uint64_t base_line = input.lines_before;
  gdelt_fields again;  // a row parsed again on this thread
  std::string problem, label;
  // A side not resolved before: the row is parsed again for it, with the
  // display name a new actor needs.
  auto resolve_new = [&](const gdelt_row& row, bool actor1, std::string_view key, std::uint64_t hash,
                         std::uint64_t line) {
    (void)parse_row(row.text, *layout, again, problem);
    raw_actor side;
    std::string code;
    bool generic = false;
    label.clear();
    (void)make_side(actor1 ? again.a1 : again.a2, side, &label, code, generic);
    side.label = label;
    side.resolution_key = key;
    side.resolution_hash = hash;
    return session.resolve(side, source, input.name, line);
  };
  // The actor filter needs both sides (rare: --actor).
  auto actors_kept = [&](const gdelt_row& row) {
    (void)parse_row(row.text, *layout, again, problem);
    raw_actor side1, side2;
    std::string code1, code2;
    bool generic = false;
    const bool has1 = make_side(again.a1, side1, nullptr, code1, generic);
    const bool has2 = make_side(again.a2, side2, nullptr, code2, generic);
    return session.actors_kept({has1 ? &side1 : nullptr, has2 ? &side2 : nullptr});
  };

  for (std::size_t k = 0; k < batches.size(); ++k) {
    launch();
    std::unique_ptr<gdelt_batch> batch;
    if (parallel) {
      batch = ahead.front().get();
      ahead.pop_front();
      launch();
    } else {
      batch = parse(k, spare());
    }
    const std::string_view keys = batch->keys;
    const std::string_view heads = batch->heads;
    std::size_t next_problem = 0;
    bool wrote_previous = false;  // the batch's last kept row was written just before
    for (std::size_t r = 0; r < batch->used; ++r) {
      if (r + prefetch_distance < batch->used) {
        const auto& ahead_row = batch->rows[r + prefetch_distance];
        // Its table slots, and the texts it will compare (parsed on another
        // core a while ago, they have left this one's cache).
        if (ahead_row.state == row_state::kept) {
          if (ahead_row.has1) session.prefetch_cached(ahead_row.key_hash1);
          if (ahead_row.has2) session.prefetch_cached(ahead_row.key_hash2);
          prefetch(keys.data() + ahead_row.key_begin);
          if (streaming) {
            if ((ahead_row.same_texts & 1u << 1) == 0 && ahead_row.place.size != 0) {
              session.prefetch_text(ahead_row.place_hash);
              prefetch(ahead_row.text.data() + ahead_row.place.at);
            }
            if ((ahead_row.same_texts & 1u << 8) == 0 && ahead_row.url.size != 0) {
              session.prefetch_text(ahead_row.url_hash);
              prefetch(ahead_row.text.data() + ahead_row.url.at);
            }
          }
        }
      }
      auto& row = batch->rows[r];
      const auto line = base_line + row.line;
      ++report.rows;
      if (row.state == row_state::malformed) {
        const auto& p = batch->problems[next_problem++];
        session.malformed(input.name, line, p.column, p.column > 0 ? column_name(*layout, p.column - 1) : std::string(),
                          p.message);
        continue;
      }
      if (row.state == row_state::filtered) {
        ++report.filtered;
        continue;
      }
      const bool after_written = wrote_previous;
      wrote_previous = false;
      if (session.filters_actors() && !actors_kept(row)) {
        ++report.filtered;
        continue;
      }
      // Duplicates: ids seen in this import, or in the graph before it.
      if (!session.claim_number(row.id)) {
        session.count_duplicate();
        continue;
      }
      std::array<char, 32> id_buffer;
      if (check_existing && session.existed(gdelt_id(row.id, id_buffer))) {
        session.count_duplicate();
        continue;
      }
      incident_index index = no_index;
      if (streaming) {
        const snapshot_writer::prepared_incident p{heads.substr(row.head_begin, row.head_end - row.head_begin),
                                                   row_texts(row), line, row_hints(row, after_written)};
        index = session.add_prepared_incident(p);
      } else {
        auto& inc = batch->incidents[row.incident];
        inc.coding.row = line;
        index = session.add_incident(std::move(inc));
      }
      wrote_previous = true;
      actor_index a1 = no_index;
      if (row.has1) {
        const auto key = keys.substr(row.key_begin, row.key_middle - row.key_begin);
        const auto hit = session.cached(key, row.key_hash1);
        a1 = hit ? *hit : resolve_new(row, true, key, row.key_hash1, line);
        session.add_role(index, a1, role::perpetrator, no_index);
      }
      if (row.has2) {
        const auto key = keys.substr(row.key_middle, row.key_end - row.key_middle);
        const auto hit = session.cached(key, row.key_hash2);
        const auto a2 = hit ? *hit : resolve_new(row, false, key, row.key_hash2, line);
        if (a2 != a1) session.add_role(index, a2, role::target, no_index);
      }
      report.generic_sides += row.generic_sides;
      ++report.imported;
    }
    base_line += batch->lines;
    if (k == 0 && batch->end > 0 && input.lines_before == 0) {
      // Room for the whole file, estimated from the first batch, so the
      // vectors are not copied as they grow.
      const double per_byte = static_cast<double>(batch->used) / static_cast<double>(batch->end);
      const auto estimate = static_cast<std::size_t>(per_byte * static_cast<double>(bytes.size() - batch->end) * 1.02);
      session.reserve(estimate, estimate * 2);
    }
    const auto done = batch->end;
    if (input.map != nullptr) input.map->release(done);  // its content is copied
    spares.push_back(std::move(batch));
    session.file_progress(done);
  }
}

}  // namespace faultline::detail
