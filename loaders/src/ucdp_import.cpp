// SPDX-License-Identifier: Apache-2.0
// UCDP datasets, all CSV with a header (columns found by name):
// - GED (Georeferenced Event Dataset): one event per row -> an incident with
//   side_a as perpetrator and side_b as target;
// - ESD (External Support Dataset, actor-year): each supporter in `ext_name`
//   -> a `backs` relation to the supported actor, against the row's opponent
//   in the row's conflict; consecutive years merged only when they also
//   agree on the support types;
// - ACD (UCDP/PRIO Armed Conflict Dataset, conflict-year): `at_war_with`
//   between the primary parties, `backs` from each secondary warring party
//   to the primary parties of its side (against the other side when it is
//   one actor), in the row's conflict, consecutive years merged;
// - BRD (Battle-Related Deaths, conflict-year): one incident per
//   conflict-year, side_a perpetrator and side_b target, with the deaths
//   (bd_best, bd_low, bd_high).
// Mapping rules: docs/event-data.md, "UCDP".
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <functional>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <faultline/graph/coding.hpp>

#include "event_import.hpp"
#include "text_scan.hpp"

namespace faultline::detail {
namespace {

template <class T>
bool parse_number(std::string_view text, T& out) {
  return parse_integer(trim(text), out);
}

// "2019-01-01", possibly followed by a time ("2019-01-01 00:00:00.000", as in GED Global).
std::optional<date> parse_ucdp_date(std::string_view text) {
  text = trim(text);
  if (text.size() < 10 || (text.size() > 10 && text[10] != ' ' && text[10] != 'T')) return std::nullopt;
  auto d = date::parse(text.substr(0, 10));
  if (d && d->precision() == date_precision::day) return d;
  return std::nullopt;
}

// A CSV file with a header: the position of each column the importer reads.
class columns {
 public:
  columns(const std::vector<std::string_view>& header_fields, std::span<const std::string_view> names)
      : header_(header_fields) {
    for (auto n : names)
      at_.push_back(header_.find(n));
  }
  [[nodiscard]] const csv_header& header() const noexcept { return header_; }
  [[nodiscard]] int at(std::size_t k) const noexcept { return at_[k]; }
  // Column k of a record, trimmed; empty when the file has no such column or the record is short.
  [[nodiscard]] std::string_view field(const std::vector<std::string_view>& record, std::size_t k) const noexcept {
    const int i = at_[k];
    return i >= 0 && static_cast<std::size_t>(i) < record.size() ? trim(record[static_cast<std::size_t>(i)])
                                                                 : std::string_view{};
  }
  // Throws when a required column is missing.
  void require(const std::string& file, std::string_view format, std::initializer_list<std::size_t> ks,
               std::span<const std::string_view> names) const {
    for (auto k : ks)
      if (at_[k] < 0)
        throw parse_error({file, 1, 0}, "not a " + std::string(format) + " file: the header has no column \"" +
                                            std::string(names[k]) + "\"");
  }

 private:
  csv_header header_;
  std::vector<int> at_;
};

// "Government of Syria" -> the state's alpha-2 (or its name when the country
// is not in the table, e.g. "East Germany"); empty for anything else.
std::string_view government_of(std::string_view name) {
  constexpr std::string_view prefix = "Government of ";
  if (!name.starts_with(prefix)) return {};
  auto rest = trim(name.substr(prefix.size()));
  if (const auto* c = coding::find_country_name(rest)) return c->alpha2;
  if (const auto open = rest.find(" ("); open != std::string_view::npos)
    if (const auto* c = coding::find_country_name(rest.substr(0, open))) return c->alpha2;
  return rest;
}

// A UCDP actor name as a side: "Government of X" is the state X, anything
// else a group (civilians get the event's country: "Civilians (Syria)").
void make_side(std::string_view name, raw_actor& out, std::string_view rule_state, std::string_view rule_group) {
  out = raw_actor{};
  out.name = name;
  if (const auto state = government_of(name); !state.empty()) {
    out.is_state = true;
    out.state_country = state;
    out.rule = rule_state;
    return;
  }
  out.kind = node_kind::group;
  out.category = "armed-group";
  out.rule = rule_group;
}

// Splits a list of actors. `space_separated`: UCDP/PRIO ACD writes "A, B"
// and a comma followed by no space belongs to a name; the ESD writes "A,B"
// and a comma followed by a space belongs to a name ("Interahamwe, ex-FAR").
// Commas inside parentheses never separate.
void split_actors(std::string_view text, bool space_separated, std::vector<std::string_view>& out) {
  out.clear();
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= text.size(); ++k) {
    if (k < text.size()) {
      const char c = text[k];
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      if (c != ',' || depth > 0) continue;
      const bool space_after = k + 1 < text.size() && text[k + 1] == ' ';
      if (space_after != space_separated) continue;
    }
    const auto part = trim(text.substr(start, k - start));
    if (!part.empty()) out.push_back(part);
    start = k + 1;
  }
}

// ----------------------------------------------------------- relations by year

// Relations gathered year by year, then merged into runs of consecutive
// years, each run one relation with since/until. Years merge only when their
// support types (certain and possible) are the same: a run's qualifier then
// says what was given in every one of its years.
class yearly_relations {
 public:
  struct item {
    int year;
    std::uint32_t row;                        // ordinal of the data row in the file
    std::uint64_t line;                       // its line
    std::uint32_t certain = 0, possible = 0;  // ESD support types (bit per type)
    int intensity = 0;                        // ACD intensity level
  };
  struct key {
    actor_index from, to;
    relation_type_id type;
    std::int64_t conflict;  // UCDP conflict id; -1 when not known
    actor_index against;    // the opponent; no_index when not known
    friend bool operator==(const key&, const key&) = default;
  };
  struct entry {
    key k;
    std::string context;  // what the relation rests on, for the provenance note
    std::vector<item> items;
  };

  void add(const key& k, const item& it, const std::function<std::string()>& context) {
    const auto hash = ((static_cast<std::uint64_t>(k.from) << 32 ^ k.to) * 0x9E3779B97F4A7C15ull ^
                       (static_cast<std::uint64_t>(k.type) << 48) ^ static_cast<std::uint64_t>(k.conflict)) *
                          0xC2B2AE3D27D4EB4Full ^
                      k.against;
    auto [it_range, end] = index_.equal_range(hash);
    for (; it_range != end; ++it_range)
      if (entries_[it_range->second].k == k) {
        entries_[it_range->second].items.push_back(it);
        return;
      }
    index_.emplace(hash, entries_.size());
    entries_.push_back({k, context(), {it}});
  }
  [[nodiscard]] std::vector<entry>& entries() noexcept { return entries_; }

 private:
  std::unordered_multimap<std::uint64_t, std::size_t> index_;
  std::vector<entry> entries_;
};

// Row outcome of relation-building importers, for the report.
enum class row_state : std::uint8_t { none, filtered, added, duplicate };

// The date of a year 1..9999 (row_year checks the range), written with four
// digits as date::parse wants them ("0020" for the year 20).
date year_date(int year) {
  char text[8];
  std::snprintf(text, sizeof text, "%04d", year);
  const auto d = date::parse(text);
  return d ? *d : date{};
}

// A relation as the importers tell facts apart: ends, type, years, opponent,
// conflict and qualifier (the support types).
using relation_identity = std::tuple<actor_index, actor_index, relation_type_id, std::int32_t, std::int32_t,
                                     actor_index, std::string, std::string>;

// The relations already in the graph, to skip them when a file is imported again.
std::set<relation_identity> existing_relations(const graph_data& data) {
  std::set<relation_identity> out;
  for (const auto& r : data.relations)
    out.emplace(r.from, r.to, r.type, r.since ? r.since->first_day() : -1, r.until ? r.until->last_day() : -1,
                r.against, r.conflict, r.qualifier);
  return out;
}

// The conflict text of a UCDP conflict id: "ucdp:327"; empty for -1.
std::string conflict_text(std::int64_t id) {
  return id < 0 ? std::string() : "ucdp:" + std::to_string(id);
}

// Merges each entry's years into runs and adds one relation per new run: a
// run is a sequence of consecutive years whose items carry the same support
// types (items of one year are joined first: several rows may speak of the
// same year). `qualifier` builds the relation's qualifier from a run's items.
void add_runs(import_session& session, yearly_relations& rel, source_index source, const std::string& file,
              std::vector<row_state>& rows,
              const std::function<std::string(const yearly_relations::entry&,
                                              const std::vector<yearly_relations::item>&)>& qualifier) {
  auto& data = session.data();
  const auto existing = existing_relations(data);
  std::vector<yearly_relations::item> run;
  // The support types of the year that starts at items[k], joined over its items; `end` gets the next year's start.
  auto year_types = [](const std::vector<yearly_relations::item>& items, std::size_t k, std::size_t& end) {
    std::uint32_t certain = 0, possible = 0;
    for (end = k; end < items.size() && items[end].year == items[k].year; ++end) {
      certain |= items[end].certain;
      possible |= items[end].possible;
    }
    return std::pair{certain, possible & ~certain};
  };
  for (auto& e : rel.entries()) {
    auto& items = e.items;
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
    for (std::size_t k = 0; k < items.size();) {
      run.clear();
      std::size_t j = 0;
      const auto types = year_types(items, k, j);
      run.insert(run.end(), items.begin() + static_cast<std::ptrdiff_t>(k),
                 items.begin() + static_cast<std::ptrdiff_t>(j));
      while (j < items.size() && items[j].year == run.back().year + 1) {
        std::size_t next = 0;
        if (year_types(items, j, next) != types) break;
        run.insert(run.end(), items.begin() + static_cast<std::ptrdiff_t>(j),
                   items.begin() + static_cast<std::ptrdiff_t>(next));
        j = next;
      }
      k = j;
      const auto since = year_date(run.front().year), until = year_date(run.back().year);
      const bool symmetric = data.relation_types[e.k.type].symmetric;
      auto q = qualifier(e, run);
      const auto conflict = conflict_text(e.k.conflict);
      const bool exists = existing.contains({e.k.from, e.k.to, e.k.type, since.first_day(), until.last_day(),
                                             e.k.against, conflict, q}) ||
                          (symmetric && existing.contains({e.k.to, e.k.from, e.k.type, since.first_day(),
                                                           until.last_day(), e.k.against, conflict, q}));
      for (const auto& it : run)
        if (rows[it.row] != row_state::added) rows[it.row] = exists ? row_state::duplicate : row_state::added;
      if (exists) continue;
      relation r;
      r.from = e.k.from;
      r.to = e.k.to;
      r.type = e.k.type;
      r.weight = data.relation_types[e.k.type].default_weight;
      r.since = since;
      r.until = until;
      r.qualifier = std::move(q);
      r.against = e.k.against;
      r.conflict = conflict;
      r.prov.sources.push_back(source);
      std::uint64_t first = run.front().line, last = first;
      for (const auto& it : run) {
        first = std::min(first, it.line);
        last = std::max(last, it.line);
      }
      r.prov.note =
          e.context + "; " + std::filesystem::path(file).filename().string() + " line" +
          (first == last ? " " + std::to_string(first) : "s " + std::to_string(first) + "-" + std::to_string(last));
      session.add_relation(std::move(r));
    }
  }
}

void count_rows(import_report& report, const std::vector<row_state>& rows) {
  for (auto s : rows) {
    if (s == row_state::filtered) ++report.filtered;
    if (s == row_state::added) ++report.imported;
    if (s == row_state::duplicate) ++report.duplicates;
  }
}

relation_type_id type_id(import_session& session, std::string_view id) {
  const auto t = session.data().relation_types.find(id);
  if (!t) throw usage_error("the graph's relation vocabulary has no type \"" + std::string(id) + "\"");
  return *t;
}

// The year of a row (1..9999), or a malformed-row report.
bool row_year(import_session& session, const std::string& file, std::uint64_t line, std::string_view text, int column,
              std::string_view field, int& year) {
  if (parse_number(text, year) && year >= 1 && year <= 9999) return true;
  session.malformed(file, line, static_cast<std::size_t>(column) + 1, field,
                    "expected a year, found " + quoted(trim(text)));
  return false;
}

}  // namespace

// ---------------------------------------------------------------- GED

void import_ucdp_ged(import_session& session, const input_bytes& input) {
  auto& report = session.report();
  const auto& filter = session.filter();
  csv_records records(input.bytes);
  std::vector<std::string_view> f;
  f.reserve(64);
  if (!records.next(f)) return;
  enum : std::size_t {
    c_id,
    c_type,
    c_conflict,
    c_dyad,
    c_side_a,
    c_side_b,
    c_article,
    c_where_prec,
    c_where,
    c_adm1,
    c_lat,
    c_lon,
    c_country,
    c_date_prec,
    c_start,
    c_end,
    c_low,
    c_best,
    c_high,
    c_count
  };
  static constexpr std::array<std::string_view, c_count> names{
      "id",         "type_of_violence",  "conflict_name", "dyad_name", "side_a",    "side_b",  "source_article",
      "where_prec", "where_coordinates", "adm_1",         "latitude",  "longitude", "country", "date_prec",
      "date_start", "date_end",          "low",           "best",      "high"};
  const columns cols(f, names);
  cols.require(input.name, "UCDP GED", {c_id, c_type, c_side_a, c_side_b, c_start, c_best}, names);
  const std::size_t width = cols.header().size();
  add_layout(report, "UCDP GED (" + std::to_string(width) + " columns)");
  const auto source = session.begin_file(input.name, "UCDP Georeferenced Event Dataset",
                                         "Uppsala Conflict Data Program", "https://ucdp.uu.se/downloads/");
  auto field = [&](std::size_t k) { return cols.field(f, k); };
  auto bad = [&](std::uint64_t line, std::size_t k, const std::string& message) {
    session.malformed(input.name, line, static_cast<std::size_t>(cols.at(k)) + 1, names[k], message);
  };
  static constexpr std::array<std::string_view, 6> date_prec_text{"", "day", "2-6 days", "week", "month", "year"};
  static constexpr std::array<std::string_view, 8> where_prec_text{"",
                                                                   "place: exact",
                                                                   "place: within 25 km",
                                                                   "place: district",
                                                                   "place: province",
                                                                   "place: between areas",
                                                                   "place: country",
                                                                   "place: international waters or airspace"};

  std::string id, civilians;
  raw_actor side_a, side_b;
  while (records.next(f)) {
    const auto line = records.line();
    const auto check = check_record(session, records, f.size(), width, input.name);
    if (check == record_check::end) break;
    if (check == record_check::skip) continue;
    std::uint64_t event_id = 0;
    if (!parse_number(field(c_id), event_id)) {
      bad(line, c_id, "expected an event id (a whole number), found " + quoted(field(c_id)));
      continue;
    }
    unsigned violence = 0;
    const coding::ucdp_violence* coded = nullptr;
    if (!parse_number(field(c_type), violence) || violence > 255 ||
        (coded = coding::find_ucdp_violence(static_cast<std::uint8_t>(violence))) == nullptr) {
      bad(line, c_type, "expected a type of violence 1, 2 or 3, found " + quoted(field(c_type)));
      continue;
    }
    const auto start = parse_ucdp_date(field(c_start));
    if (!start) {
      bad(line, c_start, "expected a date YYYY-MM-DD, found " + quoted(field(c_start)));
      continue;
    }
    auto end = start;
    if (!field(c_end).empty()) {
      end = parse_ucdp_date(field(c_end));
      if (!end || *end < *start) {
        bad(line, c_end, "expected a date YYYY-MM-DD not before date_start, found " + quoted(field(c_end)));
        continue;
      }
    }
    std::array<std::int64_t, 3> deaths{};  // best, low, high
    std::array<bool, 3> has_deaths{};
    bool bad_count = false;
    for (std::size_t k = 0; k < 3 && !bad_count; ++k) {
      const std::size_t c = k == 0 ? c_best : k == 1 ? c_low : c_high;
      if (field(c).empty() && c != c_best) continue;
      if (!parse_count(field(c), deaths[k])) {
        bad(line, c, "expected a count of deaths (a whole number, not negative), found " + quoted(field(c)));
        bad_count = true;
      }
      has_deaths[k] = true;
    }
    if (bad_count) continue;
    std::optional<double> lat, lon;
    if (!field(c_lat).empty() || !field(c_lon).empty()) {
      lat = parse_double(field(c_lat));
      lon = parse_double(field(c_lon));
      if (!lat || *lat < -90 || *lat > 90) {
        bad(line, c_lat, "expected a latitude from -90 to 90, found " + quoted(field(c_lat)));
        continue;
      }
      if (!lon || *lon < -180 || *lon > 180) {
        bad(line, c_lon, "expected a longitude from -180 to 180, found " + quoted(field(c_lon)));
        continue;
      }
    }
    const auto name_a = field(c_side_a), name_b = field(c_side_b);
    if (name_a.empty()) {
      bad(line, c_side_a, "expected an actor name");
      continue;
    }

    // Filters.
    if (!session.date_kept(*start, *end)) {
      ++report.filtered;
      continue;
    }
    const auto country_name = field(c_country);
    const auto event_a2 = country_alpha2(country_name);
    make_side(name_a, side_a, "ucdp government", "ucdp actor");
    const bool has_b = !name_b.empty();
    if (has_b) {
      // UCDP's one-sided violence names its victims "Civilians"; they become
      // the civilians of the event's country, as ACLED names them.
      if (name_b == "Civilians" && !country_name.empty()) {
        civilians = "Civilians (" + std::string(country_name) + ")";
        make_side(civilians, side_b, "ucdp government", "ucdp civilians of the event's country");
        side_b.category = "civilians";
        side_b.country = country_name;
      } else {
        make_side(name_b, side_b, "ucdp government", "ucdp actor");
      }
    }
    if (!filter.countries.empty() &&
        !session.country_kept({event_a2, side_a.is_state ? country_alpha2(side_a.state_country) : std::string_view{},
                               has_b && side_b.is_state ? country_alpha2(side_b.state_country) : std::string_view{}})) {
      ++report.filtered;
      continue;
    }
    if (!session.actors_kept({&side_a, has_b ? &side_b : nullptr})) {
      ++report.filtered;
      continue;
    }
    id.assign("ucdp-ged-");
    id += std::to_string(event_id);
    if (!session.claim_event_id(id)) continue;

    incident inc;
    inc.id = id;
    const auto dyad = field(c_dyad);
    inc.name = !dyad.empty() ? std::string(dyad) : std::string(name_a) + " - " + std::string(name_b);
    inc.when = *start;
    if (*end != *start) inc.until = *end;
    inc.type = std::string(coded->incident_type);
    if (coded->rung > 0) inc.rung = coded->rung;
    inc.where.name = std::string(field(c_where));
    if (const auto adm1 = field(c_adm1); !adm1.empty())
      inc.where.name += (inc.where.name.empty() ? "" : ", ") + std::string(adm1);
    inc.where.country = std::string(event_a2);
    inc.where.lat = lat;
    inc.where.lon = lon;
    inc.fatalities = deaths[0];
    inc.description = std::string(coded->label);
    if (const auto conflict = field(c_conflict); !conflict.empty()) inc.description += ": " + std::string(conflict);
    inc.prov.sources.push_back(source);
    auto& c = inc.coding;
    c.dataset = "ucdp-ged";
    c.event_type = std::string(coded->label);
    c.stance = polarity::hostile;
    if (has_deaths[1]) c.deaths_low = deaths[1];
    if (has_deaths[2]) c.deaths_high = deaths[2];
    unsigned prec = 0;
    if (parse_number(field(c_date_prec), prec) && prec < date_prec_text.size()) c.precision = date_prec_text[prec];
    if (parse_number(field(c_where_prec), prec) && prec > 0 && prec < where_prec_text.size())
      c.precision += (c.precision.empty() ? "" : ", ") + std::string(where_prec_text[prec]);
    c.source_text = std::string(field(c_article));
    c.row = line;
    const auto index = session.add_incident(std::move(inc));
    const auto a = session.resolve(side_a, source, input.name, line);
    session.add_role(index, a, role::perpetrator, source);
    if (has_b) {
      const auto b = session.resolve(side_b, source, input.name, line);
      if (b != a) session.add_role(index, b, role::target, source);
    }
    ++report.imported;
  }
  session.file_progress(input.bytes.size());
}

// ---------------------------------------------------------------- ESD

void import_ucdp_esd(import_session& session, const input_bytes& input) {
  auto& report = session.report();
  const auto& filter = session.filter();
  csv_records records(input.bytes);
  std::vector<std::string_view> f;
  f.reserve(128);
  if (!records.next(f)) return;
  enum : std::size_t {
    c_year,
    c_actor,
    c_ext_name,
    c_count_s,
    c_count_ns,
    c_location,
    c_country_a,
    c_country_b,
    c_oppo,
    c_conflict,
    c_count
  };
  static constexpr std::array<std::string_view, c_count> names{"year",         "actor_name", "ext_name",  "ext_count_s",
                                                               "ext_count_ns", "location",   "country_a", "country_b",
                                                               "oppo_name",    "conflict_id"};
  const columns cols(f, names);
  cols.require(input.name, "UCDP External Support Dataset", {c_year, c_actor, c_ext_name}, names);
  const std::size_t width = cols.header().size();
  add_layout(report, "UCDP ESD actor-year (" + std::to_string(width) + " columns)");
  const auto source = session.begin_file(input.name, "UCDP External Support Dataset", "Uppsala Conflict Data Program",
                                         "https://ucdp.uu.se/downloads/");
  const auto backs = type_id(session, relation_ids::backs);

  // Support types, in the codebook's order, with their count columns.
  static constexpr std::string_view order = "xpywmtfilou";
  struct support_columns {
    const coding::esd_support_type* type;
    int any, count_s, count_ns;
  };
  std::vector<support_columns> support;
  for (char letter : order) {
    const auto* t = coding::find_esd_support_type(letter);
    if (t == nullptr) continue;
    const std::string column(t->column);
    support.push_back({t, cols.header().find(column), cols.header().find(column + "_count_s"),
                       cols.header().find(column + "_count_ns")});
  }

  auto field = [&](int at) -> std::string_view {
    return at >= 0 && static_cast<std::size_t>(at) < f.size() ? trim(f[static_cast<std::size_t>(at)])
                                                              : std::string_view{};
  };
  auto number = [&](int at) -> int {
    int n = 0;
    auto text = field(at);
    if (text.size() > 2 && text.ends_with(".0")) text.remove_suffix(2);
    return parse_number(text, n) ? n : -1;
  };

  yearly_relations rel;
  std::vector<row_state> rows;
  std::vector<std::string_view> supporters;
  raw_actor supported, supporter, opponent;
  std::uint32_t ordinal = 0;
  while (records.next(f)) {
    const auto line = records.line();
    const auto row = ordinal++;
    rows.push_back(row_state::none);
    const auto check = check_record(session, records, f.size(), width, input.name);
    if (check == record_check::end) break;
    if (check == record_check::skip) continue;
    int year = 0;
    if (!row_year(session, input.name, line, field(cols.at(c_year)), cols.at(c_year), "year", year)) continue;
    split_actors(field(cols.at(c_ext_name)), false, supporters);
    if (supporters.empty()) continue;  // no external support this year
    const auto actor_name = field(cols.at(c_actor));
    if (actor_name.empty()) {
      session.malformed(input.name, line, static_cast<std::size_t>(cols.at(c_actor)) + 1, "actor_name",
                        "expected the name of the supported actor");
      continue;
    }

    // Which support types each supporter gave: the actor-year row counts,
    // per type, the state and the non-state supporters that gave it. A type
    // given by every supporter of the supporter's class is certain, one given
    // by some of them possible.
    int n_state = 0;
    for (auto s : supporters)
      n_state += !government_of(s).empty() || s.ends_with(" elements") ? 1 : 0;
    const int n_nonstate = static_cast<int>(supporters.size()) - n_state;
    const bool classes_agree = number(cols.at(c_count_s)) == n_state && number(cols.at(c_count_ns)) == n_nonstate;

    // The conflict and the opponent the support is given in and against
    // (both optional: a file without these columns gives relations without them).
    std::int64_t conflict = -1;
    if (const auto text = field(cols.at(c_conflict)); !text.empty() && !parse_number(text, conflict)) {
      session.malformed(input.name, line, static_cast<std::size_t>(cols.at(c_conflict)) + 1, "conflict_id",
                        "expected a conflict id (a whole number), found " + quoted(text));
      continue;
    }
    const auto oppo_name = field(cols.at(c_oppo));
    const auto location = field(cols.at(c_location));

    const date when = year_date(year);
    const bool year_kept = session.date_kept(when, when);
    make_side(actor_name, supported, "ucdp government", "ucdp actor");
    if (!oppo_name.empty()) make_side(oppo_name, opponent, "ucdp government", "ucdp actor");
    actor_index against = no_index;
    bool any_kept = false;
    for (auto name : supporters) {
      make_side(name, supporter, "ucdp government", "ucdp actor");
      const bool is_state_class = supporter.is_state || name.ends_with(" elements");
      if (!year_kept ||
          (!filter.countries.empty() &&
           !session.country_kept(
               {country_alpha2(field(cols.at(c_country_a))), country_alpha2(field(cols.at(c_country_b))),
                supporter.is_state ? country_alpha2(supporter.state_country) : std::string_view{},
                supported.is_state ? country_alpha2(supported.state_country) : std::string_view{}})) ||
          !session.actors_kept({&supported, &supporter}))
        continue;
      any_kept = true;
      yearly_relations::item it{year, row, line};
      const int n_class = is_state_class ? n_state : n_nonstate;
      for (std::size_t k = 0; k < support.size(); ++k) {
        const auto& s = support[k];
        if (classes_agree && s.count_s >= 0 && s.count_ns >= 0) {
          const int given = number(is_state_class ? s.count_s : s.count_ns);
          if (given > 0 && given >= n_class)
            it.certain |= 1u << k;
          else if (given > 0)
            it.possible |= 1u << k;
        } else if (number(s.any) == 1) {
          if (supporters.size() == 1)
            it.certain |= 1u << k;
          else
            it.possible |= 1u << k;
        }
      }
      const auto from = session.resolve(supporter, source, input.name, line);
      const auto to = session.resolve(supported, source, input.name, line);
      if (from == to) continue;
      if (against == no_index && !oppo_name.empty()) {
        against = session.resolve(opponent, source, input.name, line);
        if (against == to) against = no_index;  // two names of one actor: no opponent to speak of
      }
      rel.add({from, to, backs, conflict, against}, it, [&] {
        std::string out = "UCDP ESD: " + std::string(name) + " supports " + std::string(actor_name);
        if (!oppo_name.empty()) out += " against " + std::string(oppo_name);
        if (conflict >= 0) out += " in conflict " + std::to_string(conflict);
        if (!location.empty()) out += " (" + std::string(location) + ")";
        return out;
      });
    }
    if (!any_kept) rows[row] = row_state::filtered;
  }
  add_runs(session, rel, source, input.name, rows,
           [&](const yearly_relations::entry&, const std::vector<yearly_relations::item>& run) {
             std::uint32_t certain = 0, possible = 0;
             for (const auto& it : run) {
               certain |= it.certain;
               possible |= it.possible;
             }
             possible &= ~certain;
             std::string out, maybe;
             for (std::size_t k = 0; k < support.size(); ++k) {
               if (((certain | possible) >> k & 1u) == 0) continue;
               std::string label(support[k].type->label);
               if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] + 32);
               auto& to = (certain >> k & 1u) != 0 ? out : maybe;
               to += (to.empty() ? "" : ", ") + label;
             }
             if (!maybe.empty()) out += (out.empty() ? "possibly " : "; possibly ") + maybe;
             return out;
           });
  count_rows(report, rows);
  session.file_progress(input.bytes.size());
}

// ---------------------------------------------------------------- ACD

void import_ucdp_acd(import_session& session, const input_bytes& input) {
  auto& report = session.report();
  const auto& filter = session.filter();
  csv_records records(input.bytes);
  std::vector<std::string_view> f;
  f.reserve(40);
  if (!records.next(f)) return;
  enum : std::size_t {
    c_conflict,
    c_location,
    c_side_a,
    c_side_a_2nd,
    c_side_b,
    c_side_b_2nd,
    c_incompatibility,
    c_territory,
    c_year,
    c_intensity,
    c_type,
    c_count
  };
  static constexpr std::array<std::string_view, c_count> names{
      "conflict_id",     "location",       "side_a", "side_a_2nd",      "side_b",          "side_b_2nd",
      "incompatibility", "territory_name", "year",   "intensity_level", "type_of_conflict"};
  const columns cols(f, names);
  // The Battle-Related Deaths dataset shares ACD's columns and adds the
  // deaths: read as ACD, its deaths would be lost without a word.
  if (const int bd = cols.header().find("bd_best"); bd >= 0)
    throw parse_error({input.name, 1, static_cast<std::size_t>(bd) + 1},
                      "this is the UCDP Battle-Related Deaths dataset (bd_best, bd_low, bd_high), not the UCDP/PRIO "
                      "Armed Conflict Dataset: import it as ucdp-brd");
  cols.require(input.name, "UCDP/PRIO Armed Conflict Dataset", {c_conflict, c_side_a, c_side_b, c_year}, names);
  const std::size_t width = cols.header().size();
  add_layout(report, "UCDP/PRIO ACD (" + std::to_string(width) + " columns)");
  const auto source = session.begin_file(input.name, "UCDP/PRIO Armed Conflict Dataset",
                                         "Uppsala Conflict Data Program and PRIO", "https://ucdp.uu.se/downloads/");
  const auto backs = type_id(session, relation_ids::backs);
  const auto at_war = type_id(session, relation_ids::at_war_with);
  auto field = [&](std::size_t k) { return cols.field(f, k); };
  static constexpr std::array<std::string_view, 5> conflict_types{"", "extrasystemic", "interstate", "intrastate",
                                                                  "internationalized intrastate"};

  yearly_relations rel;
  std::vector<row_state> rows;
  std::vector<std::string_view> a_names, b_names, a2_names, b2_names;
  std::vector<raw_actor> a_sides, b_sides;
  raw_actor secondary;
  std::vector<actor_index> a_index, b_index;
  std::unordered_map<std::int64_t, std::string> incompatibility;  // conflict id -> qualifier
  std::uint32_t ordinal = 0;
  while (records.next(f)) {
    const auto line = records.line();
    const auto row = ordinal++;
    rows.push_back(row_state::none);
    const auto check = check_record(session, records, f.size(), width, input.name);
    if (check == record_check::end) break;
    if (check == record_check::skip) continue;
    int year = 0;
    if (!row_year(session, input.name, line, field(c_year), cols.at(c_year), "year", year)) continue;
    std::int64_t conflict = 0;
    if (!parse_number(field(c_conflict), conflict)) {
      session.malformed(input.name, line, static_cast<std::size_t>(cols.at(c_conflict)) + 1, "conflict_id",
                        "expected a conflict id (a whole number), found " + quoted(field(c_conflict)));
      continue;
    }
    int intensity = 0;
    if (!field(c_intensity).empty() &&
        (!parse_number(field(c_intensity), intensity) || intensity < 1 || intensity > 2)) {
      session.malformed(input.name, line, static_cast<std::size_t>(cols.at(c_intensity)) + 1, "intensity_level",
                        "expected an intensity level 1 or 2, found " + quoted(field(c_intensity)));
      continue;
    }
    split_actors(field(c_side_a), true, a_names);
    split_actors(field(c_side_b), true, b_names);
    if (a_names.empty() || b_names.empty()) {
      const auto c = a_names.empty() ? c_side_a : c_side_b;
      session.malformed(input.name, line, static_cast<std::size_t>(cols.at(c)) + 1, names[c],
                        "expected the name of a primary warring party");
      continue;
    }
    split_actors(field(c_side_a_2nd), true, a2_names);
    split_actors(field(c_side_b_2nd), true, b2_names);

    const date when = year_date(year);
    if (!session.date_kept(when, when)) {
      rows[row] = row_state::filtered;
      continue;
    }
    a_sides.resize(a_names.size());
    b_sides.resize(b_names.size());
    for (std::size_t k = 0; k < a_names.size(); ++k)
      make_side(a_names[k], a_sides[k], "ucdp government", "ucdp actor");
    for (std::size_t k = 0; k < b_names.size(); ++k)
      make_side(b_names[k], b_sides[k], "ucdp government", "ucdp actor");
    const auto location_a2 = country_alpha2(field(c_location));
    auto country_of = [](const raw_actor& s) {
      return s.is_state ? country_alpha2(s.state_country) : std::string_view{};
    };
    auto kept = [&](const raw_actor& x, const raw_actor& y) {
      return (filter.countries.empty() || session.country_kept({location_a2, country_of(x), country_of(y)})) &&
             session.actors_kept({&x, &y});
    };
    if (!incompatibility.contains(conflict)) {
      const auto inc = field(c_incompatibility);
      const auto territory = field(c_territory);
      std::string q = inc == "1"   ? "territory"
                      : inc == "2" ? "government"
                      : inc == "3" ? "government and territory"
                                   : "";
      if (!territory.empty() && inc != "2") q += (q.empty() ? "" : ": ") + std::string(territory);
      incompatibility.emplace(conflict, std::move(q));
    }
    unsigned type = 0;
    const std::string_view type_text =
        parse_number(field(c_type), type) && type < conflict_types.size() ? conflict_types[type] : std::string_view{};
    auto context = [&] {
      std::string out = "UCDP/PRIO ACD conflict " + std::to_string(conflict);
      if (const auto location = field(c_location); !location.empty()) out += " (" + std::string(location) + ")";
      if (!type_text.empty()) out += ", " + std::string(type_text);
      return out;
    };
    bool any_kept = false;
    a_index.assign(a_sides.size(), no_index);
    b_index.assign(b_sides.size(), no_index);
    // Primary parties: every actor of side A is at war with every actor of side B.
    for (std::size_t i = 0; i < a_sides.size(); ++i)
      for (std::size_t j = 0; j < b_sides.size(); ++j) {
        if (!kept(a_sides[i], b_sides[j])) continue;
        any_kept = true;
        if (a_index[i] == no_index) a_index[i] = session.resolve(a_sides[i], source, input.name, line);
        if (b_index[j] == no_index) b_index[j] = session.resolve(b_sides[j], source, input.name, line);
        if (a_index[i] == b_index[j]) continue;
        yearly_relations::item it{year, row, line};
        it.intensity = intensity;
        rel.add({a_index[i], b_index[j], at_war, conflict, no_index}, it, context);
      }
    // Secondary warring parties back the primary parties of their side,
    // against the other side when it is one actor.
    for (auto [seconds, primaries, indexes, others] :
         {std::tuple{&a2_names, &a_sides, &a_index, &b_index}, std::tuple{&b2_names, &b_sides, &b_index, &a_index}}) {
      const actor_index against = others->size() == 1 ? others->front() : no_index;
      for (auto name : *seconds) {
        make_side(name, secondary, "ucdp government", "ucdp actor");
        for (std::size_t i = 0; i < primaries->size(); ++i) {
          if (!kept(secondary, (*primaries)[i])) continue;
          any_kept = true;
          auto& to = (*indexes)[i];
          if (to == no_index) to = session.resolve((*primaries)[i], source, input.name, line);
          const auto from = session.resolve(secondary, source, input.name, line);
          if (from == to) continue;
          yearly_relations::item it{year, row, line};
          rel.add({from, to, backs, conflict, against == to ? no_index : against}, it,
                  [&] { return context() + ": secondary warring party"; });
        }
      }
    }
    if (!any_kept) rows[row] = row_state::filtered;
  }
  add_runs(session, rel, source, input.name, rows,
           [&](const yearly_relations::entry& e, const std::vector<yearly_relations::item>& run) -> std::string {
             if (e.k.type == backs) return "troops as secondary warring party";
             std::string q = incompatibility[e.k.conflict];
             int highest = 0;
             for (const auto& it : run)
               highest = std::max(highest, it.intensity);
             if (highest == 2) q += (q.empty() ? "" : "; ") + std::string("war (1,000+ battle deaths in a year)");
             return q;
           });
  count_rows(report, rows);
  session.file_progress(input.bytes.size());
}

}  // namespace faultline::detail

// ---------------------------------------------------------------- BRD

namespace faultline::detail {

void import_ucdp_brd(import_session& session, const input_bytes& input) {
  auto& report = session.report();
  const auto& filter = session.filter();
  csv_records records(input.bytes);
  std::vector<std::string_view> f;
  f.reserve(32);
  if (!records.next(f)) return;
  enum : std::size_t {
    c_conflict,
    c_dyad,
    c_location,
    c_side_a,
    c_side_b,
    c_incompatibility,
    c_territory,
    c_year,
    c_best,
    c_low,
    c_high,
    c_type,
    c_battle_location,
    c_count
  };
  static constexpr std::array<std::string_view, c_count> names{
      "conflict_id", "dyad_id", "location_inc", "side_a",  "side_b",           "incompatibility", "territory_name",
      "year",        "bd_best", "bd_low",       "bd_high", "type_of_conflict", "battle_location"};
  const columns cols(f, names);
  cols.require(input.name, "UCDP Battle-Related Deaths",
               {c_conflict, c_side_a, c_side_b, c_year, c_best, c_low, c_high}, names);
  const std::size_t width = cols.header().size();
  add_layout(report, "UCDP BRD (" + std::to_string(width) + " columns)");
  const auto source = session.begin_file(input.name, "UCDP Battle-Related Deaths Dataset",
                                         "Uppsala Conflict Data Program", "https://ucdp.uu.se/downloads/");
  auto field = [&](std::size_t k) { return cols.field(f, k); };
  auto bad = [&](std::uint64_t line, std::size_t k, const std::string& message) {
    session.malformed(input.name, line, static_cast<std::size_t>(cols.at(k)) + 1, names[k], message);
  };
  static constexpr std::array<std::string_view, 5> conflict_types{"", "extrasystemic", "interstate", "intrastate",
                                                                  "internationalized intrastate"};

  std::string id;
  std::vector<std::string_view> a_names, b_names;
  std::vector<raw_actor> a_sides, b_sides;
  std::vector<actor_index> seen;
  while (records.next(f)) {
    const auto line = records.line();
    const auto check = check_record(session, records, f.size(), width, input.name);
    if (check == record_check::end) break;
    if (check == record_check::skip) continue;
    int year = 0;
    if (!row_year(session, input.name, line, field(c_year), cols.at(c_year), "year", year)) continue;
    std::int64_t conflict = 0;
    if (!parse_number(field(c_conflict), conflict)) {
      bad(line, c_conflict, "expected a conflict id (a whole number), found " + quoted(field(c_conflict)));
      continue;
    }
    std::array<std::int64_t, 3> deaths{};  // best, low, high
    bool bad_count = false;
    for (std::size_t k = 0; k < 3 && !bad_count; ++k) {
      const std::size_t c = k == 0 ? c_best : k == 1 ? c_low : c_high;
      if (!parse_count(field(c), deaths[k])) {
        bad(line, c, "expected a count of battle deaths (a whole number, not negative), found " + quoted(field(c)));
        bad_count = true;
      }
    }
    if (bad_count) continue;
    // The three estimates are kept as UCDP gives them: v24.1 has a few rows
    // whose bd_low is above bd_best (7 of 1,520), which are not errors of the file.
    split_actors(field(c_side_a), true, a_names);
    split_actors(field(c_side_b), true, b_names);
    if (a_names.empty() || b_names.empty()) {
      const auto c = a_names.empty() ? c_side_a : c_side_b;
      bad(line, c, "expected the name of a primary warring party");
      continue;
    }

    const date when = year_date(year);
    if (!session.date_kept(when, when)) {
      ++report.filtered;
      continue;
    }
    a_sides.resize(a_names.size());
    b_sides.resize(b_names.size());
    for (std::size_t k = 0; k < a_names.size(); ++k)
      make_side(a_names[k], a_sides[k], "ucdp government", "ucdp actor");
    for (std::size_t k = 0; k < b_names.size(); ++k)
      make_side(b_names[k], b_sides[k], "ucdp government", "ucdp actor");
    // One country where the fighting took place (location_inc names several for interstate conflicts).
    const auto location_a2 = country_alpha2(field(c_location));
    if (!filter.countries.empty()) {
      bool kept = session.country_kept({location_a2});
      for (const auto* sides : {&a_sides, &b_sides})
        for (const auto& s : *sides)
          kept = kept || (s.is_state && session.country_kept({country_alpha2(s.state_country)}));
      if (!kept) {
        ++report.filtered;
        continue;
      }
    }
    if (session.filters_actors()) {
      bool kept = false;
      for (const auto* sides : {&a_sides, &b_sides})
        for (const auto& s : *sides)
          kept = kept || session.actors_kept({&s});
      if (!kept) {
        ++report.filtered;
        continue;
      }
    }
    id.assign("ucdp-brd-");
    id += std::to_string(conflict);
    id += '-';
    id += std::to_string(year);
    if (!session.claim_event_id(id)) continue;

    unsigned type = 0;
    const std::string_view type_text =
        parse_number(field(c_type), type) && type < conflict_types.size() ? conflict_types[type] : std::string_view{};
    incident inc;
    inc.id = id;
    const auto location = field(c_location);
    inc.name = "Battle-related deaths" + (location.empty() ? std::string() : " in " + std::string(location)) + ", " +
               std::to_string(year);
    inc.when = when;
    inc.type = "battle-deaths";
    inc.where.name = std::string(field(c_battle_location));
    inc.where.country = std::string(location_a2);
    inc.fatalities = deaths[0];
    inc.description = "UCDP battle-related deaths in conflict " + std::to_string(conflict);
    if (!type_text.empty()) inc.description += " (" + std::string(type_text) + ")";
    const auto incompatibility = field(c_incompatibility);
    const auto territory = field(c_territory);
    if (incompatibility == "1" || incompatibility == "3")
      inc.description += ", over " + std::string(incompatibility == "1" ? "territory" : "government and territory") +
                         (territory.empty() ? std::string() : ": " + std::string(territory));
    else if (incompatibility == "2")
      inc.description += ", over government";
    inc.description +=
        "; " + std::string(field(c_side_a)) + " against " + std::string(field(c_side_b)) + ", " + std::to_string(year);
    inc.prov.sources.push_back(source);
    // The conflict level lists every dyad of the conflict-year ("17033, 15195").
    if (const auto dyads = field(c_dyad); !dyads.empty())
      inc.prov.note = (dyads.find(',') == std::string_view::npos ? "UCDP dyad " : "UCDP dyads ") + std::string(dyads);
    auto& c = inc.coding;
    c.dataset = "ucdp-brd";
    c.event_type = "Battle-related deaths (conflict-year)";
    c.stance = polarity::hostile;
    c.deaths_low = deaths[1];
    c.deaths_high = deaths[2];
    c.precision = "year";
    c.row = line;
    const auto index = session.add_incident(std::move(inc));

    // Roles: side A's primary parties fought side B's; UCDP gives no direction,
    // so side A (the government in intrastate conflicts) is the perpetrator as in the GED.
    seen.clear();
    auto add = [&](const raw_actor& side, role kind) {
      session.add_role_once(index, session.resolve(side, source, input.name, line), kind, source, seen);
    };
    for (const auto& s : a_sides)
      add(s, role::perpetrator);
    for (const auto& s : b_sides)
      add(s, role::target);
    ++report.imported;
  }
  session.file_progress(input.bytes.size());
}

}  // namespace faultline::detail
