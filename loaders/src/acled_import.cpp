// SPDX-License-Identifier: Apache-2.0
// ACLED CSV exports: the current layouts (31 columns, with disorder_type,
// civilian_targeting and tags, or with data_id and iso3) and the older one
// (27 columns, alphabetical, ally_actor_1/2), found by the names in the
// header, so column order does not matter. One event per
// record; quoted fields may hold commas, doubled quotes and newlines.
// Mapping rules: docs/event-data.md, "ACLED".
#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <faultline/graph/coding.hpp>

#include "event_import.hpp"
#include "text_scan.hpp"

namespace faultline::detail {
namespace {

// The columns the importer reads, in one place so messages can name them.
enum column : std::size_t {
  c_event_id,
  c_event_date,
  c_year,
  c_time_precision,
  c_disorder_type,
  c_event_type,
  c_sub_event_type,
  c_actor1,
  c_assoc_actor_1,
  c_inter1,
  c_actor2,
  c_assoc_actor_2,
  c_inter2,
  c_interaction,
  c_civilian_targeting,
  c_iso,
  c_country,
  c_admin1,
  c_location,
  c_latitude,
  c_longitude,
  c_geo_precision,
  c_source,
  c_source_scale,
  c_notes,
  c_fatalities,
  c_tags,
  column_count
};

constexpr std::array<std::string_view, column_count> column_names{"event_id_cnty",
                                                                  "event_date",
                                                                  "year",
                                                                  "time_precision",
                                                                  "disorder_type",
                                                                  "event_type",
                                                                  "sub_event_type",
                                                                  "actor1",
                                                                  "assoc_actor_1",
                                                                  "inter1",
                                                                  "actor2",
                                                                  "assoc_actor_2",
                                                                  "inter2",
                                                                  "interaction",
                                                                  "civilian_targeting",
                                                                  "iso",
                                                                  "country",
                                                                  "admin1",
                                                                  "location",
                                                                  "latitude",
                                                                  "longitude",
                                                                  "geo_precision",
                                                                  "source",
                                                                  "source_scale",
                                                                  "notes",
                                                                  "fatalities",
                                                                  "tags"};

// Other names of a column in older layouts: the 27-column exports call the
// associated actors ally_actor_1 and ally_actor_2.
constexpr std::array<std::pair<column, std::string_view>, 2> old_names{
    std::pair{c_assoc_actor_1, std::string_view("ally_actor_1")},
    std::pair{c_assoc_actor_2, std::string_view("ally_actor_2")}};

// Columns without which a file is not an ACLED export.
constexpr std::array<column, 5> required{c_event_id, c_event_date, c_event_type, c_actor1, c_country};

// Rule texts for the merge record, by inter code (0: unknown or an associated actor).
constexpr std::array<std::string_view, 9> state_rules{
    "acled state forces (associated actor)", "acled state forces (inter 1)", "acled state forces (inter 2)",
    "acled state forces (inter 3)",          "acled state forces (inter 4)", "acled state forces (inter 5)",
    "acled state forces (inter 6)",          "acled state forces (inter 7)", "acled state forces (inter 8)"};

bool equal_folded(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    char x = a[k], y = b[k];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

bool starts_with_folded(std::string_view text, std::string_view prefix) noexcept {
  return text.size() >= prefix.size() && equal_folded(text.substr(0, prefix.size()), prefix);
}

// 1..12 for an English month name, its three-letter abbreviation or
// "Sept"; 0 otherwise.
int month_of(std::string_view name) noexcept {
  static constexpr std::array<std::string_view, 12> months{"january",   "february", "march",    "april",
                                                           "may",       "june",     "july",     "august",
                                                           "september", "october",  "november", "december"};
  for (std::size_t k = 0; k < months.size(); ++k)
    if (equal_folded(name, months[k]) || (name.size() == 3 && equal_folded(name, months[k].substr(0, 3))))
      return static_cast<int>(k) + 1;
  return equal_folded(name, "sept") ? 9 : 0;
}

// A date of event_date as read: the date, and the two digits of a two-digit
// year (-1 for a four-digit one), which the caller may check against the
// row's `year` column.
struct acled_date {
  date when;
  int two_digit_year = -1;
};

// The century a two-digit year belongs to when the row has no `year` column:
// ACLED's data begin in 1997, so 97-99 are 1997-1999 and 00-96 are 2000-2096.
constexpr int two_digit_pivot = 97;

int full_year(int yy) noexcept {
  return yy >= two_digit_pivot ? 1900 + yy : 2000 + yy;
}

// The forms ACLED's event_date has come in, by how the export was made:
//   "2020-05-09"      current exports and the API (possibly with a time after it);
//   "09 May 2020"     older exports ("DD Month YYYY", also "9 May 2020",
//   "27 April 2020"   "09-May-2020", "27-April-2020");
//   "9-May-20"        an export opened and saved in a spreadsheet (Excel's
//                     d-mmm-yy; also "09-May-20", "9 May 20", "9-Sept-20").
// Day, month and year are separated by one space or hyphen; the month is an
// English name or its three-letter abbreviation, in any case; the year has
// two or four digits (two: see two_digit_pivot). All-numeric forms other than
// ISO ("5/9/2020") are refused: day and month cannot be told apart.
std::optional<acled_date> parse_acled_date(std::string_view text) {
  text = trim(text);
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    if (text.size() > 10 && text[10] != ' ' && text[10] != 'T') return std::nullopt;
    auto d = date::parse(text.substr(0, 10));
    if (d && d->precision() == date_precision::day) return acled_date{*d, -1};
    return std::nullopt;
  }
  std::array<std::string_view, 3> parts;
  std::size_t n = 0, start = 0;
  for (std::size_t k = 0; k <= text.size(); ++k) {
    if (k == text.size() || text[k] == ' ' || text[k] == '-') {
      if (k == start) return std::nullopt;  // two separators in a row, or one at an end
      if (n == parts.size()) return std::nullopt;
      parts[n++] = text.substr(start, k - start);
      start = k + 1;
    }
  }
  if (n != 3) return std::nullopt;
  auto digits = [](std::string_view s, int& out) {
    auto [p, e] = std::from_chars(s.data(), s.data() + s.size(), out);
    return e == std::errc{} && p == s.data() + s.size();
  };
  int day = 0, year = 0;
  const int month = month_of(parts[1]);
  if (parts[0].size() > 2 || !digits(parts[0], day) || day < 1 || month == 0) return std::nullopt;
  if ((parts[2].size() != 2 && parts[2].size() != 4) || !digits(parts[2], year)) return std::nullopt;
  int two_digit = -1;
  if (parts[2].size() == 2) {
    two_digit = year;
    year = full_year(year);
  }
  if (year < 1 || static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month))) return std::nullopt;
  return acled_date{date::from_fields(static_cast<std::int16_t>(year), static_cast<std::uint8_t>(month),
                                      static_cast<std::uint8_t>(day)),
                    two_digit};
}

// What a bad event_date message says was expected.
constexpr std::string_view date_forms =
    "expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020)";

// The inter code of an inter1/inter2 field: a digit ("1") or, in newer API
// exports, the label ("State forces"); nullptr when blank or unknown.
const coding::acled_inter* inter_of(std::string_view text) {
  text = trim(text);
  if (text.empty()) return nullptr;
  if (text.size() == 1 && text[0] >= '0' && text[0] <= '9')
    return coding::find_acled_inter(static_cast<std::uint8_t>(text[0] - '0'));
  return coding::find_acled_inter_label(text);
}

// "Iraq" in "Islamic State (Iraq)"; empty when there are no trailing parentheses.
std::string_view parenthesised(std::string_view name) {
  if (name.empty() || name.back() != ')') return {};
  const auto open = name.rfind('(');
  if (open == std::string_view::npos) return {};
  return trim(name.substr(open + 1, name.size() - open - 2));
}

// The country of a state-forces name: "Military Forces of Iraq (2022-)",
// "Police Forces of the United States (2021-)", "Government of Iraq
// (2022-)". nullptr for anything else, including a named unit after the
// years ("Military Forces of Iraq (2022-) Prison Guards"), which is kept as
// its own group.
const coding::country* state_forces_country(std::string_view name) {
  static constexpr std::array<std::string_view, 3> prefixes{"Military Forces of ", "Police Forces of ",
                                                            "Government of "};
  std::string_view rest;
  for (auto prefix : prefixes)
    if (starts_with_folded(name, prefix)) {
      rest = name.substr(prefix.size());
      break;
    }
  if (rest.empty()) return nullptr;
  if (const auto open = rest.find('('); open != std::string_view::npos) {
    const auto close = rest.find(')', open);
    if (close == std::string_view::npos || !trim(rest.substr(close + 1)).empty()) return nullptr;
    rest = rest.substr(0, open);
  }
  rest = trim(rest);
  if (starts_with_folded(rest, "the ")) rest.remove_prefix(4);
  return rest.empty() ? nullptr : coding::find_country_name(rest);
}

// The country of a named unit of a state's forces, which is kept as a group
// of its own: "Military Forces of Iraq (2022-) Prison Guards", "Police
// Forces of Afghanistan (2004-2021) National Directorate of Security".
// nullptr for anything else.
const coding::country* state_unit_country(std::string_view name) {
  static constexpr std::array<std::string_view, 2> prefixes{"Military Forces of ", "Police Forces of "};
  std::string_view rest;
  for (auto prefix : prefixes)
    if (starts_with_folded(name, prefix)) {
      rest = name.substr(prefix.size());
      break;
    }
  const auto open = rest.find('(');
  if (open == std::string_view::npos) return nullptr;
  const auto close = rest.find(')', open);
  if (close == std::string_view::npos || trim(rest.substr(close + 1)).empty()) return nullptr;
  rest = trim(rest.substr(0, open));
  if (starts_with_folded(rest, "the ")) rest.remove_prefix(4);
  return rest.empty() ? nullptr : coding::find_country_name(rest);
}

// Fills `out` for an actor named in the row. `inter` may be null (associated
// actors have no inter code). `event_country` is the row's country, used
// when the name carries none.
void make_side(std::string_view name, const coding::acled_inter* inter, std::string_view event_country,
               raw_actor& out) {
  out = raw_actor{};
  out.name = name;
  if (const auto* state = state_forces_country(name)) {
    out.is_state = true;
    out.state_country = state->alpha2;
    out.rule = state_rules[inter != nullptr && inter->code < state_rules.size() ? inter->code : 0];
    return;
  }
  out.kind = node_kind::group;
  out.category = inter != nullptr ? inter->category : std::string_view{};
  if (const auto* state = state_unit_country(name)) {
    out.organ_of = state->alpha2;
    out.organ_rule = "acled unit of a state's military or police forces";
  }
  const auto in_name = parenthesised(name);
  out.country = !in_name.empty() && !country_alpha2(in_name).empty() ? in_name : event_country;
  out.rule = inter != nullptr ? "acled actor" : "acled associated actor";
}

// Splits "A; B; C" into trimmed, non-empty names.
void split_semicolons(std::string_view text, std::vector<std::string_view>& out) {
  out.clear();
  std::size_t start = 0;
  for (std::size_t k = 0; k <= text.size(); ++k) {
    if (k == text.size() || text[k] == ';') {
      const auto part = trim(text.substr(start, k - start));
      if (!part.empty()) out.push_back(part);
      start = k + 1;
    }
  }
}

std::string_view time_precision_text(int code) {
  switch (code) {
    case 1:
      return "day";
    case 2:
      return "week";
    case 3:
      return "month";
    default:
      return "";
  }
}

std::string_view geo_precision_text(std::string_view code) {
  code = trim(code);
  if (code == "1") return "place: town";
  if (code == "2") return "place: near town";
  if (code == "3") return "place: region";
  return "";
}

}  // namespace

void import_acled(import_session& session, const input_bytes& input) {
  auto& report = session.report();
  const auto& filter = session.filter();
  csv_records records(input.bytes);
  std::vector<std::string_view> fields;
  fields.reserve(40);
  if (!records.next(fields)) return;  // an empty file adds nothing

  // The header: find each column by name.
  const csv_header header(fields);
  std::array<int, column_count> at{};
  for (std::size_t k = 0; k < column_count; ++k)
    at[k] = header.find(column_names[k]);
  for (const auto& [c, name] : old_names)
    if (at[c] < 0) at[c] = header.find(name);
  for (auto c : required)
    if (at[c] < 0)
      throw parse_error({input.name, 1, 0}, "not an ACLED export: the header has no column \"" +
                                                std::string(column_names[c]) +
                                                "\" (expected ACLED's CSV header: event_id_cnty, event_date, ...)");
  const std::size_t width = header.size();
  add_layout(report, "ACLED (" + std::to_string(width) + " columns)");
  const auto source =
      session.begin_file(input.name, "ACLED event export", "Armed Conflict Location & Event Data Project (ACLED)",
                         "https://acleddata.com/");

  auto field = [&](column c) -> std::string_view {
    const int k = at[c];
    return k >= 0 && static_cast<std::size_t>(k) < fields.size() ? trim(fields[static_cast<std::size_t>(k)])
                                                                 : std::string_view{};
  };
  auto position = [&](column c) { return static_cast<std::size_t>(at[c]) + 1; };

  std::string id;
  std::vector<std::string_view> assoc1_names, assoc2_names;
  std::vector<raw_actor> assoc1, assoc2;
  std::vector<actor_index> seen;
  raw_actor side1, side2;

  while (records.next(fields)) {
    const auto line = records.line();
    const auto check = check_record(session, records, fields.size(), width, input.name);
    if (check == record_check::end) break;
    if (check == record_check::skip) continue;
    // Check and convert.
    const auto event_id = field(c_event_id);
    if (event_id.empty()) {
      session.malformed(input.name, line, position(c_event_id), column_names[c_event_id], "expected an event id");
      continue;
    }
    const auto read_date = parse_acled_date(field(c_event_date));
    if (!read_date) {
      session.malformed(input.name, line, position(c_event_date), column_names[c_event_date],
                        std::string(date_forms) + ", found " + quoted(field(c_event_date)));
      continue;
    }
    std::optional<date> when = read_date->when;
    // A two-digit year takes its century from the row's `year` column when
    // there is one, so that no pivot can misplace an event.
    if (read_date->two_digit_year >= 0)
      if (const auto year_text = field(c_year); !year_text.empty()) {
        int year = 0;
        auto [p, e] = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
        if (e != std::errc{} || p != year_text.data() + year_text.size() || year < 1 || year > 9999 ||
            year % 100 != read_date->two_digit_year) {
          session.malformed(input.name, line, position(c_event_date), column_names[c_event_date],
                            "the two-digit year of " + quoted(field(c_event_date)) + " does not match the year " +
                                quoted(year_text) + " of the row");
          continue;
        }
        when = date::from_fields(static_cast<std::int16_t>(year), static_cast<std::uint8_t>(when->month()),
                                 static_cast<std::uint8_t>(when->day()));
      }
    int time_precision = 0;
    if (const auto tp = field(c_time_precision); !tp.empty()) {
      if (tp.size() != 1 || tp[0] < '1' || tp[0] > '3') {
        session.malformed(input.name, line, position(c_time_precision), column_names[c_time_precision],
                          "expected a time precision 1, 2 or 3, found " + quoted(tp));
        continue;
      }
      time_precision = tp[0] - '0';
    }
    std::optional<std::int64_t> fatalities;
    if (const auto text = field(c_fatalities); !text.empty()) {
      std::int64_t n = 0;
      if (!parse_count(text, n)) {
        session.malformed(input.name, line, position(c_fatalities), column_names[c_fatalities],
                          "expected a count (a whole number, not negative), found " + quoted(text));
        continue;
      }
      fatalities = n;
    }
    std::optional<double> lat, lon;
    bool bad_coordinate = false;
    for (auto [c, out, limit] : {std::tuple{c_latitude, &lat, 90.0}, std::tuple{c_longitude, &lon, 180.0}}) {
      const auto text = field(c);
      if (text.empty()) continue;
      *out = parse_double(text);
      if (!*out || **out < -limit || **out > limit) {
        session.malformed(input.name, line, position(c), column_names[c],
                          std::string("expected a ") +
                              (c == c_latitude ? "latitude from -90 to 90" : "longitude from -180 to 180") +
                              ", found " + quoted(text));
        bad_coordinate = true;
        break;
      }
    }
    if (bad_coordinate) continue;
    const auto actor1 = field(c_actor1);
    if (actor1.empty()) {
      session.malformed(input.name, line, position(c_actor1), column_names[c_actor1], "expected an actor name");
      continue;
    }
    // A month-precise event stands for its month (ACLED puts it on a day of it).
    if (time_precision == 3) when = date::parse(when->to_string().substr(0, 7));

    // Filters that need no resolution.
    if (!session.date_kept(*when, *when)) {
      ++report.filtered;
      continue;
    }
    const auto country_name = field(c_country);
    std::string_view event_a2 = country_alpha2(country_name);
    if (event_a2.empty()) {
      std::uint16_t numeric = 0;
      const auto iso = field(c_iso);
      auto [ptr, ec] = std::from_chars(iso.data(), iso.data() + iso.size(), numeric);
      if (ec == std::errc{} && ptr == iso.data() + iso.size())
        if (const auto* c = coding::find_country_numeric(numeric)) event_a2 = c->alpha2;
    }
    const auto actor2 = field(c_actor2);
    make_side(actor1, inter_of(field(c_inter1)), country_name, side1);
    const bool has2 = !actor2.empty();
    if (has2) make_side(actor2, inter_of(field(c_inter2)), country_name, side2);
    if (!filter.countries.empty() &&
        !session.country_kept({event_a2, side1.state_country, has2 ? side2.state_country : std::string_view{}})) {
      ++report.filtered;
      continue;
    }
    split_semicolons(field(c_assoc_actor_1), assoc1_names);
    split_semicolons(field(c_assoc_actor_2), assoc2_names);
    assoc1.resize(assoc1_names.size());
    assoc2.resize(assoc2_names.size());
    for (std::size_t k = 0; k < assoc1_names.size(); ++k)
      make_side(assoc1_names[k], nullptr, country_name, assoc1[k]);
    for (std::size_t k = 0; k < assoc2_names.size(); ++k)
      make_side(assoc2_names[k], nullptr, country_name, assoc2[k]);
    if (!filter.actors.empty()) {
      bool kept = session.actors_kept({&side1, has2 ? &side2 : nullptr});
      for (std::size_t k = 0; !kept && k < assoc1.size(); ++k)
        kept = session.actors_kept({&assoc1[k]});
      for (std::size_t k = 0; !kept && k < assoc2.size(); ++k)
        kept = session.actors_kept({&assoc2[k]});
      if (!kept) {
        ++report.filtered;
        continue;
      }
    }
    id.assign("acled-");
    id += slug_of(event_id);
    if (!session.claim_event_id(id)) continue;

    // The incident.
    const auto event_type = field(c_event_type);
    const auto sub_event_type = field(c_sub_event_type);
    const auto* coded = coding::find_acled_event(event_type, sub_event_type);
    const auto location = field(c_location);
    incident inc;
    inc.id = id;
    inc.name = std::string(!sub_event_type.empty() ? sub_event_type : event_type);
    if (!location.empty()) inc.name += " in " + std::string(location);
    inc.when = *when;
    inc.type = coded != nullptr ? std::string(coded->incident_type) : std::string("event");
    if (coded != nullptr && coded->rung > 0) inc.rung = coded->rung;
    inc.where.name = std::string(location);
    if (const auto admin1 = field(c_admin1); !admin1.empty() && admin1 != location)
      inc.where.name += (inc.where.name.empty() ? "" : ", ") + std::string(admin1);
    inc.where.country = std::string(event_a2);
    inc.where.lat = lat;
    inc.where.lon = lon;
    inc.fatalities = fatalities;
    inc.description = std::string(field(c_notes));
    inc.prov.sources.push_back(source);
    auto note_part = [&](std::string_view label, std::string_view value) {
      if (value.empty()) return;
      if (!inc.prov.note.empty()) inc.prov.note += "; ";
      inc.prov.note += label;
      inc.prov.note += value;
    };
    note_part("disorder: ", field(c_disorder_type));
    note_part("civilian targeting: ", field(c_civilian_targeting));
    note_part("source scale: ", field(c_source_scale));
    note_part("tags: ", field(c_tags));
    auto& c = inc.coding;
    c.dataset = "acled";
    c.event_type = std::string(event_type);
    if (!sub_event_type.empty()) c.event_type += " / " + std::string(sub_event_type);
    if (coded != nullptr) c.stance = coded->stance;
    c.precision = std::string(time_precision_text(time_precision));
    if (const auto geo = geo_precision_text(field(c_geo_precision)); !geo.empty())
      c.precision += (c.precision.empty() ? "" : ", ") + std::string(geo);
    c.interaction = std::string(field(c_interaction));
    c.source_text = std::string(field(c_source));
    c.row = line;
    const auto index = session.add_incident(std::move(inc));

    // Roles: actor1 and its associates as perpetrators, actor2 and its
    // associates as targets; an actor plays one role per incident.
    seen.clear();
    auto add = [&](const raw_actor& side, role kind) {
      session.add_role_once(index, session.resolve(side, source, input.name, line), kind, source, seen);
    };
    add(side1, role::perpetrator);
    for (const auto& s : assoc1)
      add(s, role::perpetrator);
    if (has2) add(side2, role::target);
    for (const auto& s : assoc2)
      add(s, role::target);
    ++report.imported;
  }
  session.file_progress(input.bytes.size());
}

}  // namespace faultline::detail
