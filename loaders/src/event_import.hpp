// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private machinery the event-data importers share: the import session (the
// graph being added to, rollback on failure, the report, malformed-row
// handling, filters, duplicate events), actor resolution, the file source of
// each input, and a CSV record reader that handles quoted fields with commas,
// doubled quotes and newlines.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <faultline/graph/detail/snapshot_records.hpp>
#include <faultline/graph/detail/text_hash.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/event_data.hpp>

#include "text_scan.hpp"

namespace faultline::detail {

/// Hash and equality that let unordered containers of std::string be
/// searched with a string_view, without building a string.
using string_hash = text_hasher;
using string_equal = text_equal;
template <class T>
using string_map = std::unordered_map<std::string, T, string_hash, string_equal>;
using string_set = std::unordered_set<std::string, string_hash, string_equal>;

/// A set of 64-bit keys, as bitmaps of 64 consecutive keys in an
/// open-addressing table (16 bytes per slot). Event ids come nearly in
/// order (GDELT's GLOBALEVENTID), so consecutive inserts touch the same
/// slot and a file's millions of ids fit in a few hundred KB, in cache; ids
/// spread far apart take one slot each.
class id_set {
 public:
  bool insert(std::uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t high = (key >> 6) + 1, bit = std::uint64_t{1} << (key & 63);
    for (std::size_t i = mix(high) & mask_;; i = (i + 1) & mask_) {
      auto& s = slots_[i];
      if (s.high == high) {
        if (s.bits & bit) return false;
        s.bits |= bit;
        return true;
      }
      if (s.high == 0) {
        s = {high, bit};
        ++size_;
        return true;
      }
    }
  }

 private:
  struct slot {
    std::uint64_t high = 0;  // key / 64 + 1; 0: empty
    std::uint64_t bits = 0;  // which of its 64 keys are in
  };
  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 33);
  }
  void grow() {
    std::vector<slot> old(slots_.empty() ? 1024 : slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const auto& s : old) {
      if (s.high == 0) continue;
      std::size_t i = mix(s.high) & mask_;
      while (slots_[i].high != 0)
        i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  std::vector<slot> slots_;
  std::size_t mask_ = 0, size_ = 0;
};

/// One side of an event as a dataset gives it. The importer fills what its
/// format has and says what it knows of the actor's nature.
struct raw_actor {
  std::string_view code;  ///< a dataset code: GDELT "IRQMIL"; empty when the format has none
  std::string_view name;  ///< "IRAQ", "Military Forces of Iraq (2022-)", "Government of Iraq"
  /// Display name of a new actor when `name` is empty or not a name (e.g.
  /// "Iraq: rebels" for GDELT's IRQREB); never used to look actors up.
  std::string_view label;
  /// The dataset writes names in capitals ("ISLAMIC STATE", GDELT): a new
  /// actor's display name is re-cased ("Islamic State"). Otherwise the name
  /// is kept as written ("PFLP", "IS").
  bool capitals = false;
  std::string_view country;  ///< the actor's country: ISO alpha-2 or alpha-3, or an English name; may be empty
  /// The importer found that this side stands for a state (its government
  /// or forces), e.g. GDELT code IRQ or IRQGOV, ACLED "Military Forces of
  /// Iraq" with inter code 1, UCDP "Government of Iraq": it resolves to the
  /// state actor of `state_country`.
  bool is_state = false;
  std::string_view state_country;     ///< alpha-2, alpha-3 or name of the state
  node_kind kind = node_kind::group;  ///< kind of a new actor when not a state
  std::string_view category;          ///< category of a new actor, e.g. "armed-force"
  std::string_view rule;              ///< why it resolves as it does, for the merge record
  /// The side is an organ of a state (its government, army, police...)
  /// kept as a node of its own, e.g. GDELT's bare "GOV" placed in Iraq:
  /// the state's country (alpha-2, alpha-3 or name). The session records
  /// `organ member_of state` once, citing `organ_rule`. Empty: not an organ.
  std::string_view organ_of;
  std::string_view organ_rule;  ///< why the side is an organ of that state, for the relation's note
  /// The side's resolution key (import_session::resolution_key) and its
  /// text_hash, if computed before (on a parsing thread); empty: resolve()
  /// computes them.
  std::string_view resolution_key;
  std::uint64_t resolution_hash = 0;

  [[nodiscard]] bool empty() const noexcept { return code.empty() && name.empty() && !is_state; }
};

/// The ISO alpha-2 code of a country given as alpha-2, alpha-3 or English name; empty if unknown.
[[nodiscard]] std::string_view country_alpha2(std::string_view country) noexcept;

/// Records the layout of a file in the report: "GDELT 2.0 (61 columns)";
/// files of several layouts give "GDELT 1.0 (58 columns), GDELT 1.0 (57 columns)".
void add_layout(import_report& report, std::string_view layout);

/// A field's text for a message: in double quotes, cut after 40 bytes.
[[nodiscard]] std::string quoted(std::string_view text);

/// A count: a whole number, not negative, spaces around it ignored; "12.0"
/// (as spreadsheets re-save whole numbers) reads as 12.
[[nodiscard]] bool parse_count(std::string_view text, std::int64_t& out) noexcept;

/// A lowercase slug of a name ("Hezbollah (Lebanon)" -> "hezbollah-lebanon"); "actor" if nothing is left.
[[nodiscard]] std::string slug_of(std::string_view name);

/// "IRAQ" -> "Iraq", "ISLAMIC STATE" -> "Islamic State"; names with lowercase letters are kept.
[[nodiscard]] std::string display_name(std::string_view name);

/// Reads CSV records (RFC 4180): fields separated by commas, optionally
/// quoted with '"', a doubled quote inside a quoted field standing for one,
/// quoted fields spanning lines. Unquoted fields are views into the input;
/// quoted fields with doubled quotes are unescaped into a buffer owned by
/// the reader and valid until the next call to next().
class csv_records {
 public:
  explicit csv_records(std::string_view bytes) : bytes_(bytes) {}

  /// Reads the next record into `fields`; false at the end of the input.
  /// Blank lines are skipped. On an unterminated quote, `error()` is set and
  /// the rest of the input is one record.
  bool next(std::vector<std::string_view>& fields);
  /// Line (1-based) the last record started on.
  [[nodiscard]] std::uint64_t line() const noexcept { return record_line_; }
  /// Byte offset of the end of the last record.
  [[nodiscard]] std::size_t offset() const noexcept { return pos_; }
  /// Set when the last record had an unterminated quoted field.
  [[nodiscard]] bool unterminated() const noexcept { return unterminated_; }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::uint64_t line_ = 1;
  std::uint64_t record_line_ = 0;
  bool unterminated_ = false;
  std::vector<std::unique_ptr<std::string>> scratch_;
  std::size_t scratch_used_ = 0;
};

/// The column positions of a CSV header, by name.
class csv_header {
 public:
  csv_header() = default;
  explicit csv_header(const std::vector<std::string_view>& fields);
  /// The position of a column, or -1.
  [[nodiscard]] int find(std::string_view name) const noexcept;
  [[nodiscard]] bool has(std::string_view name) const noexcept { return find(name) >= 0; }
  [[nodiscard]] std::size_t size() const noexcept { return names_.size(); }
  [[nodiscard]] const std::vector<std::string>& names() const noexcept { return names_; }

 private:
  std::vector<std::string> names_;
};

/// One import: adds to a graph_data with rollback, resolves actors, keeps
/// the report. Importers call it row by row from one thread.
class import_session {
 public:
  /// With a `sink`, incidents and roles go to it instead of into `data`
  /// (their indexes continue data's).
  import_session(graph_data& data, event_format format, const import_options& options, snapshot_writer* sink = nullptr);
  ~import_session();
  import_session(const import_session&) = delete;
  import_session& operator=(const import_session&) = delete;

  [[nodiscard]] graph_data& data() noexcept { return data_; }
  [[nodiscard]] import_report& report() noexcept { return report_; }
  [[nodiscard]] const import_options& options() const noexcept { return options_; }
  [[nodiscard]] const import_filter& filter() const noexcept { return options_.filter; }

  /// Starts a file: adds (or finds) its source and returns it.
  /// `title` e.g. "GDELT 2.0 event export", `publisher` e.g. "The GDELT Project".
  source_index begin_file(const std::string& name, std::string_view title, std::string_view publisher,
                          std::string_view url);

  /// A malformed row: throws parse_error in strict mode, else counts it and
  /// keeps it if among the first few. `column` is the 1-based field number (0: the row).
  void malformed(const std::string& file, std::uint64_t line, std::size_t column, std::string_view field,
                 const std::string& message);

  /// True when the id is new (not in the graph, not imported before in
  /// this session); claims it. False counts a duplicate.
  bool claim_event_id(std::string_view id);
  /// True when the graph had this id before the import (for importers that
  /// track their own new ids, e.g. GDELT's numeric ones).
  [[nodiscard]] bool existed(std::string_view id) const { return ids_.contains(id); }
  /// True when the graph had any incident whose id starts with `prefix` before the import.
  [[nodiscard]] bool had_incident_prefix(std::string_view prefix) const;
  void count_duplicate() noexcept { ++report_.duplicates; }
  /// For importers with numeric event ids: true when `id` was not claimed
  /// before in this import (across its files).
  bool claim_number(std::uint64_t id) { return numeric_ids_.insert(id); }

  /// True when an actor filter is set (actors_kept() may drop rows).
  [[nodiscard]] bool filters_actors() const noexcept { return !filter_actor_keys_.empty(); }
  /// Filter checks that need no resolution.
  [[nodiscard]] bool date_kept(const date& first, const date& last) const noexcept;
  /// True if no country filter, or one of the alpha-2 codes given is in it.
  [[nodiscard]] bool country_kept(std::initializer_list<std::string_view> alpha2) const noexcept;
  /// True if no actor filter, or one of the sides matches it (without creating actors).
  [[nodiscard]] bool actors_kept(std::initializer_list<const raw_actor*> sides);

  /// What resolve() caches a side's actor by: every field that can change
  /// the answer, separated by 0x1F.
  static void resolution_key(const raw_actor& side, std::string& out);
  /// The same, appended to `out`.
  static void append_resolution_key(const raw_actor& side, std::string& out);

  /// The actor resolve() gave a side of this resolution key (and its
  /// text_hash) before, if any.
  [[nodiscard]] std::optional<actor_index> cached(std::string_view key, std::uint64_t hash) const noexcept {
    if (const auto hit = cache_.find(key, hash)) return cache_actors_[*hit];
    return std::nullopt;
  }
  /// Fetches into cache what cached(key, hash) will read (rows ahead).
  void prefetch_cached(std::uint64_t hash) const noexcept { cache_.prefetch(hash); }

  /// The actor a side stands for, creating it if needed. `row` and `source`
  /// are recorded on a new actor's provenance.
  actor_index resolve(const raw_actor& side, source_index source, const std::string& file, std::uint64_t row);

  /// Appends an incident (its id already claimed) and counts it. With a
  /// sink, `inc` is only read (left as it was, so its memory can be reused).
  incident_index add_incident(incident&& inc);
  /// True when incidents go to a snapshot (import_events_to_snapshot).
  [[nodiscard]] bool streaming() const noexcept { return sink_ != nullptr; }
  /// add_incident() when streaming, of an incident whose record was
  /// prepared on a parsing thread (snapshot_writer::add_prepared).
  incident_index add_prepared_incident(const snapshot_writer::prepared_incident& prepared);
  /// Fetches into cache the string-table slot add_prepared_incident() will
  /// read first for a text of hash `h` (streaming only; rows ahead).
  void prefetch_text(std::uint64_t h) const noexcept;
  /// Adds a role edge. With `source` no_index the edge cites nothing itself
  /// and rests on its incident's provenance (graph readers fall back to it),
  /// which saves memory on millions of events.
  void add_role(incident_index inc, actor_index actor, role kind, source_index source);
  /// add_role() unless the actor already plays a role in this incident:
  /// `seen` holds the actors given one so far (the caller clears it per incident).
  void add_role_once(incident_index inc, actor_index actor, role kind, source_index source,
                     std::vector<actor_index>& seen);
  /// Reserves room for about this many more incidents and roles.
  void reserve(std::size_t incidents, std::size_t roles);
  void add_relation(relation&& r);

  /// Reports progress within the current file (bytes of it read so far);
  /// throws cancelled_error when the callback says stop.
  void file_progress(std::uint64_t offset);
  /// Sets the byte counts progress is relative to (the driver does this).
  void set_progress_base(std::uint64_t before_this_file, std::uint64_t total) noexcept {
    progress_base_ = before_this_file;
    progress_total_ = total;
  }

  /// Keeps the additions (no rollback) and finishes the report.
  import_report commit();

 private:
  struct resolved {
    actor_index actor = no_index;
    bool created = false;
  };
  std::optional<actor_index> lookup(const raw_actor& side) const;
  std::optional<actor_index> find_key(std::string_view text) const;
  std::optional<actor_index> find_state(std::string_view alpha2, std::string_view name) const;
  void add_keys(actor_index a);
  void add_key(std::string_view text, actor_index a);
  void note_merge(actor_index a, std::string_view name, std::string_view rule);
  std::string unique_actor_id(std::string base) const;
  void tie_organ(actor_index organ, const raw_actor& side, source_index source, const std::string& file,
                 std::uint64_t row);

  graph_data& data_;
  snapshot_writer* sink_;
  std::uint64_t sunk_incidents_ = 0;
  import_options options_;
  import_report report_;
  bool committed_ = false;
  // What to roll back to.
  std::size_t old_sources_, old_actors_, old_incidents_, old_relations_, old_roles_;
  std::vector<std::pair<actor_index, std::size_t>> touched_;  // existing actor, its merged size before
  std::unordered_set<actor_index> touched_set_;
  // Resolution.
  string_map<actor_index> keys_;           // folded id, name, alias or merged name -> actor
  string_map<actor_index> states_;         // alpha-2 -> state actor
  text_table cache_;                       // exact raw sides, numbered
  std::vector<actor_index> cache_actors_;  // number -> actor
  std::string cache_key_;                  // reused buffer
  std::unordered_set<actor_index> matched_;
  std::unordered_set<std::uint64_t> member_pairs_;  // (from << 32 | to) of member_of relations, once filled
  bool member_pairs_filled_ = false;
  std::vector<std::unordered_set<std::string>> merged_seen_;  // per actor: folded names recorded (lazy)
  string_set ids_;                                            // actor and incident ids in use
  id_set numeric_ids_;
  // Filters, prepared.
  std::vector<std::string> filter_countries_;  // alpha-2
  string_set filter_actor_keys_;               // folded
  std::unordered_set<actor_index> filter_actor_nodes_;
  std::uint64_t progress_base_ = 0, progress_total_ = 0;
  // File sources, by name.
  string_map<source_index> file_sources_;
};

/// What to do with a CSV record (check_record).
enum class record_check { ok, skip, end };

/// The checks every CSV importer makes of a record it has just read: counts
/// the row, reports progress every 4096 rows, and reports a record with an
/// unterminated quote (`end`: the rest of the file is that record) or with
/// another number of fields than the header's `width` (`skip`).
[[nodiscard]] record_check check_record(import_session& session, const csv_records& records, std::size_t fields,
                                        std::size_t width, const std::string& file);

/// One input: its name (for messages and provenance) and its bytes.
struct input_bytes {
  std::string name;
  std::string_view bytes;
  /// The file mapping `bytes` views, or null for bytes in memory. Importers
  /// may release pages they are done with (their content is copied).
  mapped_file* map = nullptr;
  /// When `bytes` is a piece of a longer input read in pieces (GDELT
  /// decompressed or from standard input): the lines before it, so messages
  /// count lines of the whole input, and the input's first line, which
  /// says its layout. 0 and empty for a whole input.
  std::uint64_t lines_before = 0;
  std::string_view first_line;
};

// The importers, one per format (gdelt_import.cpp, acled_import.cpp,
// ucdp_import.cpp). Each reads one input into the session, calling
// session.file_progress(offset) now and then.
void import_gdelt(import_session& session, const input_bytes& input);
void import_acled(import_session& session, const input_bytes& input);
void import_ucdp_ged(import_session& session, const input_bytes& input);
void import_ucdp_esd(import_session& session, const input_bytes& input);
void import_ucdp_acd(import_session& session, const input_bytes& input);
void import_ucdp_brd(import_session& session, const input_bytes& input);

}  // namespace faultline::detail
