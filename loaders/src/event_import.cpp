// SPDX-License-Identifier: Apache-2.0
// The shared machinery of the event-data importers (event_import.hpp) and
// the public entry points of event_data.hpp.
#include "event_import.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <future>

#include <faultline/graph/coding.hpp>
#include <faultline/graph/name_index.hpp>

#include "event_input.hpp"

namespace faultline {

std::string_view to_string(event_format f) noexcept {
  switch (f) {
    case event_format::gdelt:
      return "gdelt";
    case event_format::acled:
      return "acled";
    case event_format::ucdp_ged:
      return "ucdp-ged";
    case event_format::ucdp_esd:
      return "ucdp-esd";
    case event_format::ucdp_acd:
      return "ucdp-acd";
    case event_format::ucdp_brd:
      return "ucdp-brd";
  }
  return "gdelt";
}

std::optional<event_format> parse_event_format(std::string_view text) noexcept {
  for (auto f : {event_format::gdelt, event_format::acled, event_format::ucdp_ged, event_format::ucdp_esd,
                 event_format::ucdp_acd, event_format::ucdp_brd})
    if (to_string(f) == text) return f;
  return std::nullopt;
}

std::string row_problem::text() const {
  std::string out = where.file;
  if (where.line > 0) out += ":" + std::to_string(where.line);
  if (where.column > 0) out += ":" + std::to_string(where.column);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

void import_options::validate() const {
  if (filter.since && filter.until && filter.since->first_day() > filter.until->last_day())
    throw usage_error("the import filter's since date " + filter.since->to_string() + " is after its until date " +
                      filter.until->to_string());
  for (const auto& c : filter.countries)
    if (detail::country_alpha2(c).empty())
      throw usage_error("unknown country \"" + c +
                        "\" in the import filter: expected an ISO 3166 alpha-2 or alpha-3 code or an English name "
                        "(\"IQ\", \"IRQ\", \"Iraq\")");
  for (const auto& r : filter.root_codes) {
    const bool two_digits = r.size() == 2 && r[0] >= '0' && r[0] <= '2' && r[1] >= '0' && r[1] <= '9';
    if (!two_digits || r == "00" || r > "20")
      throw usage_error("CAMEO root code \"" + r + "\" in the import filter: expected two digits from 01 to 20");
  }
  for (const auto& a : filter.actors)
    if (fold_name(a).empty()) throw usage_error("empty actor name in the import filter");
  if (keep_problems > 1000) throw usage_error("keep_problems is " + std::to_string(keep_problems) + "; at most 1000");
}

namespace detail {

namespace {

// "Military Forces of Iraq (2022-)" -> "Military Forces of Iraq".
std::string_view without_parenthesis(std::string_view name) {
  while (!name.empty() && name.back() == ' ')
    name.remove_suffix(1);
  if (name.empty() || name.back() != ')') return name;
  const auto open = name.rfind('(');
  if (open == std::string_view::npos || open == 0) return name;
  name = name.substr(0, open);
  while (!name.empty() && name.back() == ' ')
    name.remove_suffix(1);
  return name;
}

}  // namespace

std::string_view country_alpha2(std::string_view country) noexcept {
  country = trim(country);
  if (country.empty()) return {};
  if (country.size() == 2 || country.size() == 3) {
    char buffer[3];
    for (std::size_t k = 0; k < country.size(); ++k) {
      const char c = country[k];
      buffer[k] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    }
    const std::string_view code{buffer, country.size()};
    const auto* found = country.size() == 2 ? coding::find_country_alpha2(code) : coding::find_country_alpha3(code);
    if (found != nullptr) return found->alpha2;
  }
  const auto* named = coding::find_country_name(country);
  return named != nullptr ? named->alpha2 : std::string_view{};
}

std::string quoted(std::string_view text) {
  if (text.size() > 40) return "\"" + std::string(text.substr(0, 40)) + "...\"";
  return "\"" + std::string(text) + "\"";
}

bool parse_count(std::string_view text, std::int64_t& out) noexcept {
  text = trim(text);
  if (text.size() > 2 && text.ends_with(".0")) text.remove_suffix(2);
  return parse_integer(text, out) && out >= 0;
}

void add_layout(import_report& report, std::string_view layout) {
  if (layout.empty()) return;
  for (std::size_t at = 0; (at = report.layout.find(layout, at)) != std::string::npos; at += layout.size()) {
    const auto after = at + layout.size();
    if ((at == 0 || report.layout.compare(at - 2, 2, ", ") == 0) &&
        (after == report.layout.size() || report.layout.compare(after, 2, ", ") == 0))
      return;  // already there
  }
  if (!report.layout.empty()) report.layout += ", ";
  report.layout += layout;
}

std::string slug_of(std::string_view name) {
  const auto folded = fold_name(name);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out.empty() ? std::string("actor") : out;
}

std::string display_name(std::string_view name) {
  name = trim(name);
  const bool has_lower = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string out(name);
  if (has_lower) return out;
  // Word by word: "ISLAMIC STATE" -> "Islamic State", but short words other
  // than a few English ones are taken for acronyms and kept: "THE UN" ->
  // "The UN", "US NAVY" -> "US Navy".
  static constexpr std::string_view small_words[] = {"A",  "AN", "THE", "OF", "AND", "FOR", "IN", "ON", "AT",
                                                     "TO", "BY", "DE",  "DU", "LA",  "LE",  "AL", "EL"};
  for (std::size_t start = 0; start < out.size();) {
    const auto is_letter = [&](std::size_t k) {
      const char c = out[k];
      return (c >= 'A' && c <= 'Z') || c == '\'';
    };
    if (!is_letter(start)) {
      ++start;
      continue;
    }
    std::size_t end = start;
    while (end < out.size() && is_letter(end))
      ++end;
    const std::string_view word(out.data() + start, end - start);
    const bool acronym =
        word.size() <= 3 && std::find(std::begin(small_words), std::end(small_words), word) == std::end(small_words);
    if (!acronym)
      for (std::size_t k = start + 1; k < end; ++k)
        if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 32);
    start = end;
  }
  return out;
}

// ---------------------------------------------------------------- CSV

bool csv_records::next(std::vector<std::string_view>& fields) {
  fields.clear();
  scratch_used_ = 0;
  unterminated_ = false;
  const std::size_t n = bytes_.size();
  while (pos_ < n && (bytes_[pos_] == '\n' || bytes_[pos_] == '\r')) {
    if (bytes_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= n) return false;
  record_line_ = line_;
  for (;;) {
    std::string_view value;
    if (pos_ < n && bytes_[pos_] == '"') {
      const std::size_t start = ++pos_;
      bool doubled = false;
      std::size_t end = n;
      for (;;) {
        const void* q = pos_ < n ? std::memchr(bytes_.data() + pos_, '"', n - pos_) : nullptr;
        const std::size_t at = q != nullptr ? static_cast<std::size_t>(static_cast<const char*>(q) - bytes_.data()) : n;
        line_ += static_cast<std::uint64_t>(std::count(bytes_.data() + pos_, bytes_.data() + at, '\n'));
        if (at >= n) {
          unterminated_ = true;
          pos_ = n;
          end = n;
          break;
        }
        if (at + 1 < n && bytes_[at + 1] == '"') {
          doubled = true;
          pos_ = at + 2;
          continue;
        }
        end = at;
        pos_ = at + 1;
        break;
      }
      value = bytes_.substr(start, end - start);
      if (doubled) {
        if (scratch_used_ == scratch_.size()) scratch_.push_back(std::make_unique<std::string>());
        auto& buffer = *scratch_[scratch_used_++];
        buffer.clear();
        for (std::size_t k = 0; k < value.size(); ++k) {
          buffer += value[k];
          if (value[k] == '"' && k + 1 < value.size() && value[k + 1] == '"') ++k;
        }
        value = buffer;
      }
      // Tolerate spaces between the closing quote and the separator.
      while (pos_ < n && (bytes_[pos_] == ' ' || bytes_[pos_] == '\t'))
        ++pos_;
    } else {
      const std::size_t start = pos_;
      while (pos_ < n && bytes_[pos_] != ',' && bytes_[pos_] != '\n')
        ++pos_;
      std::size_t end = pos_;
      if (end > start && bytes_[end - 1] == '\r' && (pos_ >= n || bytes_[pos_] == '\n')) --end;
      value = bytes_.substr(start, end - start);
    }
    fields.push_back(value);
    if (pos_ < n && bytes_[pos_] == ',') {
      ++pos_;
      if (pos_ >= n) {
        fields.emplace_back();
        return true;
      }
      continue;
    }
    if (pos_ < n && bytes_[pos_] == '\r') ++pos_;
    if (pos_ < n && bytes_[pos_] == '\n') {
      ++line_;
      ++pos_;
    }
    return true;
  }
}

record_check check_record(import_session& session, const csv_records& records, std::size_t fields, std::size_t width,
                          const std::string& file) {
  auto& report = session.report();
  if (++report.rows % 4096 == 0) session.file_progress(records.offset());
  if (records.unterminated()) {
    session.malformed(file, records.line(), 0, {}, "a quoted field is not closed before the end of the file");
    return record_check::end;
  }
  if (fields != width) {
    session.malformed(file, records.line(), 0, {},
                      "expected " + std::to_string(width) + " comma-separated fields as in the header, found " +
                          std::to_string(fields));
    return record_check::skip;
  }
  return record_check::ok;
}

csv_header::csv_header(const std::vector<std::string_view>& fields) {
  names_.reserve(fields.size());
  for (std::size_t k = 0; k < fields.size(); ++k) {
    auto f = fields[k];
    if (k == 0 && f.starts_with("\xEF\xBB\xBF")) f.remove_prefix(3);  // UTF-8 byte order mark
    names_.emplace_back(trim(f));
  }
}

int csv_header::find(std::string_view name) const noexcept {
  for (std::size_t k = 0; k < names_.size(); ++k)
    if (names_[k] == name) return static_cast<int>(k);
  return -1;
}

// ---------------------------------------------------------------- session

import_session::import_session(graph_data& data, event_format format, const import_options& options,
                               snapshot_writer* sink)
    : data_(data),
      sink_(sink),
      options_(options),
      old_sources_(data.sources.size()),
      old_actors_(data.actors.size()),
      old_incidents_(data.incidents.size()),
      old_relations_(data.relations.size()),
      old_roles_(data.roles.size()) {
  options_.validate();
  const auto& f = options_.filter;
  if (format != event_format::gdelt && (f.min_mentions > 0 || f.min_sources > 0 || f.root_events_only))
    throw usage_error("the import filter's minimum mentions, minimum sources and root events only are GDELT's; " +
                      std::string(to_string(format)) + " has no such counts");
  report_.format = format;
  ids_.reserve(data.actors.size() + data.incidents.size());
  for (actor_index a = 0; a < data.actors.size(); ++a) {
    ids_.insert(data.actors[a].id);
    add_keys(a);
  }
  for (const auto& i : data.incidents)
    ids_.insert(i.id);
  for (source_index s = 0; s < data.sources.size(); ++s)
    file_sources_.emplace(data.sources[s].id, s);

  for (const auto& c : options_.filter.countries)
    filter_countries_.emplace_back(country_alpha2(c));
  for (const auto& a : options_.filter.actors) {
    const auto folded = fold_name(a);
    filter_actor_keys_.insert(folded);
    if (auto found = find_key(folded)) filter_actor_nodes_.insert(*found);
    const auto a2 = country_alpha2(a);
    if (!a2.empty())
      if (auto state = find_state(a2, {})) filter_actor_nodes_.insert(*state);
  }
}

import_session::~import_session() {
  if (committed_) return;
  // Roll back: nothing of a failed import stays in the graph.
  data_.sources.resize(old_sources_);
  data_.actors.resize(old_actors_);
  data_.incidents.resize(old_incidents_);
  data_.relations.resize(old_relations_);
  data_.roles.resize(old_roles_);
  for (const auto& [a, size] : touched_)
    data_.actors[a].merged.resize(size);
}

void import_session::add_key(std::string_view text, actor_index a) {
  auto folded = fold_name(text);
  if (!folded.empty()) keys_.try_emplace(std::move(folded), a);
}

void import_session::add_keys(actor_index a) {
  const auto& actor = data_.actors[a];
  add_key(actor.id, a);
  add_key(actor.name, a);
  for (const auto& alias : actor.aliases)
    add_key(alias, a);
  for (const auto& m : actor.merged)
    add_key(m.name, a);
  if (actor.kind == node_kind::state && !actor.country.empty()) states_.try_emplace(actor.country, a);
}

std::optional<actor_index> import_session::find_key(std::string_view folded) const {
  const auto it = keys_.find(folded);
  if (it == keys_.end()) return std::nullopt;
  return it->second;
}

std::optional<actor_index> import_session::find_state(std::string_view alpha2, std::string_view name) const {
  if (!alpha2.empty()) {
    const auto it = states_.find(alpha2);
    if (it != states_.end()) return it->second;
  }
  if (!name.empty())
    if (auto found = find_key(fold_name(name)); found && data_.actors[*found].kind == node_kind::state) return found;
  return std::nullopt;
}

std::optional<actor_index> import_session::lookup(const raw_actor& side) const {
  if (!side.code.empty())
    if (auto found = find_key(fold_name(side.code))) return found;
  if (!side.name.empty()) {
    if (auto found = find_key(fold_name(side.name))) return found;
    const auto bare = without_parenthesis(side.name);
    if (bare.size() != side.name.size())
      if (auto found = find_key(fold_name(bare))) return found;
  }
  if (side.is_state) {
    const auto a2 = country_alpha2(side.state_country);
    const auto* c = a2.empty() ? nullptr : coding::find_country_alpha2(a2);
    if (auto found = find_state(a2, c != nullptr ? c->name : side.state_country)) return found;
  }
  return std::nullopt;
}

void import_session::note_merge(actor_index a, std::string_view name, std::string_view rule) {
  name = trim(name);
  if (name.empty()) return;
  auto folded = fold_name(name);
  if (folded.empty()) return;
  const auto it = keys_.find(folded);
  if (it != keys_.end()) return;  // a name the actor (or another one) already answers to
  keys_.emplace(std::move(folded), a);
  auto& actor = data_.actors[a];
  if (a < old_actors_ && touched_set_.insert(a).second) touched_.emplace_back(a, actor.merged.size());
  actor.merged.push_back({std::string(name), std::string(rule)});
  ++report_.names_merged;
}

std::string import_session::unique_actor_id(std::string base) const {
  if (!ids_.contains(base)) return base;
  for (int k = 2;; ++k) {
    auto candidate = base + "-" + std::to_string(k);
    if (!ids_.contains(candidate)) return candidate;
  }
}

void import_session::resolution_key(const raw_actor& side, std::string& out) {
  out.clear();
  append_resolution_key(side, out);
}

void import_session::append_resolution_key(const raw_actor& side, std::string& out) {
  out += side.code;
  out += '\x1f';
  out += side.name;
  out += '\x1f';
  out += side.country;
  out += '\x1f';
  if (side.is_state) out += side.state_country;
  out += '\x1f';
  out += static_cast<char>('0' + static_cast<int>(side.kind));
}

actor_index import_session::resolve(const raw_actor& side, source_index source, const std::string& file,
                                    std::uint64_t row) {
  std::string_view key = side.resolution_key;
  std::uint64_t hash = side.resolution_hash;
  if (key.empty()) {
    resolution_key(side, cache_key_);
    key = cache_key_;
    hash = text_hash(key);
  }
  if (auto hit = cache_.find(key, hash)) return cache_actors_[*hit];

  std::string rule(side.rule);
  if (side.is_state) {
    const auto a2 = country_alpha2(side.state_country);
    rule += rule.empty() ? "" : ": ";
    rule += "stands for the state";
    if (!a2.empty()) rule += std::string(" (") + std::string(a2) + ")";
  }
  actor_index a = no_index;
  if (auto found = lookup(side)) {
    a = *found;
    if (a < old_actors_) matched_.insert(a);
  } else {
    actor created;
    if (side.is_state) {
      const auto a2 = country_alpha2(side.state_country);
      const auto* c = a2.empty() ? nullptr : coding::find_country_alpha2(a2);
      created.name = c != nullptr ? std::string(c->name) : display_name(side.state_country);
      created.kind = node_kind::state;
      created.country = std::string(a2);
      created.category = "state";
    } else {
      if (!side.label.empty())
        created.name = std::string(side.label);
      else if (!side.name.empty())
        created.name = side.capitals ? display_name(side.name) : std::string(trim(side.name));
      else
        created.name = std::string(trim(side.code));
      created.kind = side.kind;
      created.category = std::string(side.category);
      created.country = std::string(country_alpha2(side.country));
    }
    created.id = unique_actor_id(slug_of(created.name));
    created.prov.sources.push_back(source);
    created.prov.note = "first seen in " + file + " at line " + std::to_string(row);
    a = static_cast<actor_index>(data_.actors.size());
    ids_.insert(created.id);
    data_.actors.push_back(std::move(created));
    add_keys(a);
  }
  if (!side.code.empty()) note_merge(a, side.code, rule);
  if (!side.name.empty()) note_merge(a, side.name, rule);
  if (cache_.intern(key, hash).second) cache_actors_.push_back(a);
  // (After the cache: tie_organ resolves the state, which reuses cache_key_.)
  if (!side.organ_of.empty() && data_.actors[a].kind != node_kind::state) tie_organ(a, side, source, file, row);
  return a;
}

void import_session::tie_organ(actor_index organ, const raw_actor& side, source_index source, const std::string& file,
                               std::uint64_t row) {
  const auto member_of = data_.relation_types.find(relation_ids::member_of);
  if (!member_of) return;
  raw_actor state;
  state.is_state = true;
  state.state_country = side.organ_of;
  state.rule = side.organ_rule;
  const actor_index s = resolve(state, source, file, row);
  if (s == organ) return;
  if (!member_pairs_filled_) {
    for (const auto& r : data_.relations)
      if (r.type == *member_of) member_pairs_.insert((std::uint64_t{r.from} << 32) | r.to);
    member_pairs_filled_ = true;
  }
  if (!member_pairs_.insert((std::uint64_t{organ} << 32) | s).second) return;
  relation r;
  r.from = organ;
  r.to = s;
  r.type = *member_of;
  r.weight = data_.relation_types[*member_of].default_weight;
  r.prov.sources.push_back(source);
  r.prov.note = std::string(side.organ_rule) + ", " + std::string(!side.code.empty() ? side.code : side.name) +
                ": organ of " + data_.actors[s].name + "; " + std::filesystem::path(file).filename().string() +
                " line " + std::to_string(row);
  add_relation(std::move(r));
}

source_index import_session::begin_file(const std::string& name, std::string_view title, std::string_view publisher,
                                        std::string_view url) {
  const auto base = std::filesystem::path(name).filename().string();
  auto id = std::string(to_string(report_.format)) + "-" + slug_of(base);
  if (auto it = file_sources_.find(id); it != file_sources_.end()) return it->second;
  source s;
  s.id = id;
  s.title = std::string(title) + " " + base;
  s.publisher = std::string(publisher);
  s.url = std::string(url);
  s.note = "imported by faultline from " + name;
  const auto index = static_cast<source_index>(data_.sources.size());
  data_.sources.push_back(std::move(s));
  file_sources_.emplace(std::move(id), index);
  return index;
}

void import_session::malformed(const std::string& file, std::uint64_t line, std::size_t column, std::string_view field,
                               const std::string& message) {
  row_problem p{{file, static_cast<std::size_t>(line), column}, std::string(field), message};
  if (options_.strict) throw parse_error(p.where, (p.field.empty() ? std::string() : p.field + ": ") + p.message);
  ++report_.malformed;
  if (report_.problems.size() < options_.keep_problems) report_.problems.push_back(std::move(p));
}

bool import_session::claim_event_id(std::string_view id) {
  if (ids_.emplace(id).second) return true;
  ++report_.duplicates;
  return false;
}

bool import_session::had_incident_prefix(std::string_view prefix) const {
  for (std::size_t i = 0; i < old_incidents_; ++i)
    if (data_.incidents[i].id.starts_with(prefix)) return true;
  return false;
}

bool import_session::date_kept(const date& first, const date& last) const noexcept {
  const auto& f = options_.filter;
  if (f.since && last.last_day() < f.since->first_day()) return false;
  if (f.until && first.first_day() > f.until->last_day()) return false;
  return true;
}

bool import_session::country_kept(std::initializer_list<std::string_view> alpha2) const noexcept {
  if (filter_countries_.empty()) return true;
  for (auto c : alpha2)
    if (!c.empty() && std::find(filter_countries_.begin(), filter_countries_.end(), c) != filter_countries_.end())
      return true;
  return false;
}

bool import_session::actors_kept(std::initializer_list<const raw_actor*> sides) {
  if (filter_actor_keys_.empty()) return true;
  for (const auto* side : sides) {
    if (side == nullptr || side->empty()) continue;
    if (auto found = lookup(*side); found && filter_actor_nodes_.contains(*found)) return true;
    for (auto text : {side->code, side->name, without_parenthesis(side->name)})
      if (!text.empty() && filter_actor_keys_.contains(fold_name(text))) return true;
    if (side->is_state) {
      const auto a2 = country_alpha2(side->state_country);
      const auto* c = a2.empty() ? nullptr : coding::find_country_alpha2(a2);
      if (c != nullptr && filter_actor_keys_.contains(fold_name(c->name))) return true;
    }
  }
  return false;
}

incident_index import_session::add_incident(incident&& inc) {
  const auto index = static_cast<incident_index>(data_.incidents.size() + sunk_incidents_);
  if (sink_ != nullptr) {
    sink_->add(inc);
    ++sunk_incidents_;
  } else {
    data_.incidents.push_back(std::move(inc));
  }
  ++report_.incidents_added;
  return index;
}

incident_index import_session::add_prepared_incident(const snapshot_writer::prepared_incident& prepared) {
  const auto index = static_cast<incident_index>(data_.incidents.size() + sunk_incidents_);
  sink_->add_prepared(prepared);
  ++sunk_incidents_;
  ++report_.incidents_added;
  return index;
}

void import_session::prefetch_text(std::uint64_t h) const noexcept {
  if (sink_ != nullptr) sink_->prefetch_text(h);
}

void import_session::add_role(incident_index inc, actor_index actor, role kind, source_index source) {
  role_edge edge;
  edge.incident = inc;
  edge.actor = actor;
  edge.kind = kind;
  if (source != no_index) edge.prov.sources.push_back(source);
  if (sink_ != nullptr)
    sink_->add(edge);
  else
    data_.roles.push_back(std::move(edge));
  ++report_.roles_added;
}

void import_session::add_role_once(incident_index inc, actor_index actor, role kind, source_index source,
                                   std::vector<actor_index>& seen) {
  if (std::find(seen.begin(), seen.end(), actor) != seen.end()) return;
  seen.push_back(actor);
  add_role(inc, actor, kind, source);
}

void import_session::reserve(std::size_t incidents, std::size_t roles) {
  if (sink_ != nullptr) return;
  data_.incidents.reserve(data_.incidents.size() + incidents);
  data_.roles.reserve(data_.roles.size() + roles);
}

void import_session::add_relation(relation&& r) {
  data_.relations.push_back(std::move(r));
  ++report_.relations_added;
}

void import_session::file_progress(std::uint64_t offset) {
  if (!options_.progress) return;
  if (!options_.progress(progress_base_ + offset, progress_total_)) throw cancelled_error();
}

import_report import_session::commit() {
  committed_ = true;
  report_.actors_added = data_.actors.size() - old_actors_;
  report_.actors_matched = matched_.size();
  report_.sources_added = data_.sources.size() - old_sources_;
  return report_;
}

namespace {

// What a file of the format holds, for the message on an empty file.
std::string_view expected_content(event_format format) noexcept {
  switch (format) {
    case event_format::gdelt:
      return "a GDELT event export (one tab-separated event per line)";
    case event_format::acled:
      return "an ACLED CSV export (a header line, then one event per row)";
    case event_format::ucdp_ged:
      return "a UCDP GED CSV file (a header line, then one event per row)";
    case event_format::ucdp_esd:
      return "a UCDP External Support CSV file (a header line, then one actor-year per row)";
    case event_format::ucdp_acd:
      return "a UCDP/PRIO Armed Conflict CSV file (a header line, then one conflict-year per row)";
    case event_format::ucdp_brd:
      return "a UCDP Battle-Related Deaths CSV file (a header line, then one conflict-year per row)";
  }
  return "event data";
}

// Reads one input (or one piece of it) into the session.
void import_input(import_session& session, event_format format, const input_bytes& in) {
  switch (format) {
    case event_format::gdelt:
      import_gdelt(session, in);
      break;
    case event_format::acled:
      import_acled(session, in);
      break;
    case event_format::ucdp_ged:
      import_ucdp_ged(session, in);
      break;
    case event_format::ucdp_esd:
      import_ucdp_esd(session, in);
      break;
    case event_format::ucdp_acd:
      import_ucdp_acd(session, in);
      break;
    case event_format::ucdp_brd:
      import_ucdp_brd(session, in);
      break;
  }
}

bool blank(std::string_view bytes) noexcept {
  return bytes.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Decompressed bytes of a GDELT input read at a time (one event per line, so
// any line end is a place to cut): memory is two pieces, the one imported
// and the next, read on another thread meanwhile.
constexpr std::size_t piece_bytes = std::size_t{32} << 20;

// A GDELT input that is not in place (compressed, or standard input), in
// pieces of whole lines. Returns the decompressed bytes read.
std::uint64_t import_gdelt_pieces(import_session& session, event_input& input, std::uint64_t before,
                                  std::uint64_t total) {
  std::string piece, next, first_line;
  std::uint64_t lines = 0, bytes = 0;
  auto read = [&input](std::string& into) { return input.next_lines(into, piece_bytes); };
  bool have = read(piece);
  bool next_read = false, have_next = false;  // the next piece was read before the loop
  if (!have || blank(piece)) {
    // A blank first piece: an empty input if nothing follows; else the
    // importer judges its first line, as in a plain file.
    have_next = have && read(next);
    if (!have_next) {
      session.malformed(input.name(), 1, 0, {},
                        "the file is empty: expected " + std::string(expected_content(event_format::gdelt)));
      return piece.size();
    }
    next_read = true;
  }
  for (bool first = true; have; first = false) {
    std::future<bool> ahead;
    if (!next_read) ahead = std::async(std::launch::async, read, std::ref(next));
    // Progress within a piece is in decompressed bytes, on no scale of the
    // total: the callback sees an unknown total (0) until the piece is done.
    session.set_progress_base(0, 0);
    if (first && piece.starts_with("\xEF\xBB\xBF")) piece.erase(0, 3);  // a byte-order mark
    require_utf8(piece, input.name(), lines);
    if (first) first_line = piece.substr(0, std::min(piece.find('\n'), piece.size()));
    import_gdelt(session, {input.name(), piece, nullptr, lines, first_line});
    lines += static_cast<std::uint64_t>(std::count(piece.begin(), piece.end(), '\n'));
    bytes += piece.size();
    have = next_read ? have_next : ahead.get();
    next_read = false;
    session.set_progress_base(before + (total > 0 ? std::min(input.consumed(), input.size()) : 0), total);
    session.file_progress(0);
    piece.swap(next);
  }
  return bytes;
}

import_report run(graph_data& data, event_format format, std::vector<std::unique_ptr<event_input>>& inputs,
                  const import_options& options, snapshot_writer* sink = nullptr) {
  import_session session(data, format, options, sink);
  std::uint64_t total = 0;
  for (const auto& in : inputs) {
    in->set_limits(options.limits);
    total += in->size();
  }
  std::uint64_t before = 0;
  for (auto& input : inputs) {
    session.set_progress_base(before, total);
    session.file_progress(0);
    std::uint64_t bytes = 0;
    const bool in_place = input->in_place();
    if (format == event_format::gdelt && !in_place) {
      bytes = import_gdelt_pieces(session, *input, before, total);
    } else {
      // In place (a plain file, mapped), or decompressed whole into memory
      // (the CSV formats: a header first, quoted fields across lines).
      const bool decompressed = !in_place;
      auto in = input->whole();
      bytes = in.bytes.size();
      // One encoding policy (docs/limits.md): a file that is not UTF-8 is
      // refused whole, --strict or not: a wrong encoding is the file's, not
      // a row's, and skipping its rows would drop every event with a
      // non-ASCII name without a word.
      in.bytes = without_bom(in.bytes);
      require_utf8(in.bytes, in.name, 0, in.map);
      // An empty file is no export of any format: a malformed input (strict
      // mode stops there), never silently nothing.
      if (blank(in.bytes)) {
        session.malformed(in.name, 1, 0, {}, "the file is empty: expected " + std::string(expected_content(format)));
      } else {
        if (decompressed) session.set_progress_base(0, 0);  // offsets in the content, not in the file
        const auto rows_before = session.report().rows;
        import_input(session, format, in);
        // A header and no row is no events either: malformed like an empty
        // file, so `--strict -o` stops and writes nothing (it wrote an empty
        // snapshot and exited 1).
        if (session.report().rows == rows_before)
          session.malformed(
              in.name, 1, 0, {},
              "the file has a header line and no rows: expected " + std::string(expected_content(format)));
      }
    }
    before += input->size();
    session.report().files.push_back(input->name());
    session.report().bytes += bytes;
    // What was decompressed into memory is not needed any more (the
    // importers copy what they keep), so files of an import do not add up.
    if (!in_place) input.reset();
  }
  session.set_progress_base(total, total);
  session.file_progress(0);
  return session.commit();
}

}  // namespace

}  // namespace detail

import_report import_events(graph_data& data, event_format format, const std::vector<std::filesystem::path>& files,
                            const import_options& options) {
  options.validate();
  auto in = detail::open_event_inputs(files);
  return detail::run(data, format, in, options);
}

snapshot_import import_events_to_snapshot(graph_data base, event_format format,
                                          const std::vector<std::filesystem::path>& files,
                                          const std::filesystem::path& output, const import_options& options,
                                          snapshot_when when) {
  options.validate();
  auto in = detail::open_event_inputs(files);
  snapshot_writer writer(output);
  for (const auto& i : base.incidents)
    writer.add(i);
  for (const auto& r : base.roles)
    writer.add(r);
  snapshot_import out;
  out.report = detail::run(base, format, in, options, &writer);
  // The base's incidents and roles are in the writer, before the imported ones.
  base.incidents.clear();
  base.incidents.shrink_to_fit();
  base.roles.clear();
  base.roles.shrink_to_fit();
  out.actors = base.actors.size();
  out.incidents = writer.incidents();
  out.relations = base.relations.size();
  out.roles = writer.roles();
  out.sources = base.sources.size();
  // Every row malformed (or the files empty): the input is at fault, and an
  // empty snapshot would hide it.
  if (!out.report.all_malformed() && (when == snapshot_when::always || out.report.imported > 0)) {
    writer.commit(base);
    out.written = true;
  }
  return out;
}

import_report import_events(graph_data& data, event_format format, const std::vector<named_input>& inputs,
                            const import_options& options) {
  options.validate();
  std::vector<std::unique_ptr<detail::event_input>> views;
  views.reserve(inputs.size());
  for (const auto& in : inputs)
    views.push_back(std::make_unique<detail::event_input>(in.name, in.bytes));
  return detail::run(data, format, views, options);
}

}  // namespace faultline
