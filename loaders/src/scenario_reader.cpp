// SPDX-License-Identifier: Apache-2.0
// Reads scenario files (YAML, and JSON through the same parser, which keeps
// line and column for every value) into graph_data, checking every field.
#include "scenario_events.hpp"
#include "text_scan.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <map>
#include <new>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include <faultline/graph/error.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/ladder.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/scenario.hpp>

namespace faultline {
namespace {

struct site {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  [[nodiscard]] std::string text() const { return file + ":" + std::to_string(line) + ":" + std::to_string(column); }
};

std::string join_quoted(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k != 0) out += k + 1 == items.size() ? " or " : ", ";
    out += "\"" + items[k] + "\"";
  }
  return out;
}

using scenario_detail::node;

// Limits on what one scenario file may ask of the reader (documented in
// docs/scenario-format.md, "Limits").
constexpr std::size_t max_depth = 64;               // nested lists and mappings
constexpr std::size_t max_alias_nodes = 1'000'000;  // values copied by aliases, per file
constexpr std::size_t max_alias_bytes = 64u << 20;  // text copied by aliases, per file
constexpr std::size_t max_quoted = 80;              // characters of input quoted in a message
constexpr std::size_t max_suggest_length = 64;      // longer words get no "did you mean"

// Input quoted in a message: at most max_quoted bytes (cut at a character
// boundary), then "…" and the full length.
std::string clip(std::string_view s) {
  if (s.size() <= max_quoted) return std::string(s);
  std::size_t cut = max_quoted;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
    --cut;
  return std::string(s.substr(0, cut)) + "\u2026 (" + std::to_string(s.size()) + " bytes)";
}

// Closest of `known` to `word`, for "did you mean" in key, enum and
// reference errors. Only candidates whose length is within the allowed
// distance are compared, and words longer than max_suggest_length get no
// suggestion, so the cost is bounded by n * max_suggest_length^2.
std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& known) {
  if (word.size() > max_suggest_length) return {};
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& k : known) {
    const std::size_t gap = k.size() > word.size() ? k.size() - word.size() : word.size() - k.size();
    if (gap > limit) continue;
    const auto d = edit_distance(word, k);
    if (d <= limit) scored.emplace_back(d, k);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::size_t k = 0; k < scored.size() && k < 3; ++k)
    out.push_back(scored[k].second);
  return out;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& known) {
  auto near = closest(word, known);
  return near.empty() ? std::string() : "; did you mean " + join_quoted(near) + "?";
}

// Refuses text that is not UTF-8 or holds a NUL byte, at the byte's line
// and column, before any parser sees it.
void check_bytes(const std::string& file, std::string_view text) {
  const auto bad = detail::first_bad_byte(text);
  if (bad == std::string_view::npos) return;
  const auto at = scenario_detail::mark_of_offset(text, bad);
  static const char* hex = "0123456789abcdef";
  const auto b = static_cast<unsigned char>(text[bad]);
  if (b == 0)
    throw parse_error({file, at.line, at.column},
                      "the file holds a NUL byte (0x00), which a scenario cannot hold; is it a binary file?");
  throw parse_error({file, at.line, at.column}, "the file is not valid UTF-8 (byte 0x" +
                                                    std::string{hex[b >> 4], hex[b & 15]} + "); save it as UTF-8");
}

// A place in an input by number: file 0 is the snapshot (no place).
struct site_ref {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// The ids of actors and incidents: open addressing over 64-bit slots (a
// 32-bit hash and an entry number), with a copy of the ids packed in one
// string, so that a lookup touches two small arrays instead of a hash
// node, an actor and its string. This lookup (three per relation) is the
// reader's hottest on a large scenario.
class id_table {
 public:
  struct entry {
    node_ref node;
    site_ref first;          // where it was first defined
    site_ref last;           // where it was last defined (a later file may repeat it)
    std::size_t offset = 0;  // of the id in pool_
    std::uint32_t length = 0;
  };

  id_table() = default;

  [[nodiscard]] entry* find(std::string_view id) {
    if (slots_.empty()) return nullptr;
    const auto h = hash(id);
    for (std::size_t k = h & mask_;; k = (k + 1) & mask_) {
      const auto slot = slots_[k];
      if (slot == 0) return nullptr;
      if ((slot >> 32) == h) {
        auto& e = entries_[(slot & 0xFFFFFFFFu) - 1];
        if (std::string_view(pool_).substr(e.offset, e.length) == id) return &e;
      }
    }
  }
  [[nodiscard]] const entry* find(std::string_view id) const { return const_cast<id_table*>(this)->find(id); }

  // Adds an id that find() did not find.
  entry& insert(std::string_view id, entry e) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    e.offset = pool_.size();
    e.length = static_cast<std::uint32_t>(id.size());
    pool_.append(id);
    entries_.push_back(e);
    place(hash(id), entries_.size());
    return entries_.back();
  }

 private:
  std::string pool_;  // the ids, one after the other
  std::vector<entry> entries_;
  std::vector<std::uint32_t> hashes_;  // by entry, to grow without the strings
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;

  static std::uint32_t hash(std::string_view id) {
    const auto h = static_cast<std::uint64_t>(std::hash<std::string_view>{}(id));
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }
  void place(std::uint32_t h, std::size_t number) {
    if (hashes_.size() < number) hashes_.resize(number);
    hashes_[number - 1] = h;
    std::size_t k = h & mask_;
    while (slots_[k] != 0)
      k = (k + 1) & mask_;
    slots_[k] = (std::uint64_t{h} << 32) | number;
  }
  void grow() {
    const std::size_t size = std::max<std::size_t>(64, slots_.size() * 2);
    slots_.assign(size, 0);
    mask_ = size - 1;
    for (std::size_t e = 0; e < entries_.size(); ++e)
      place(hashes_[e], e + 1);
  }
};

// Reads one scenario file into the builder's graph_data.
class scenario_reader : private scenario_detail::event_sink {
 public:
  scenario_reader(graph_data& data, std::vector<load_warning>& warnings, const input_limits& limits)
      : data_(data), warnings_(warnings), limits_(limits) {
    for (std::uint32_t i = 0; i < data_.sources.size(); ++i)
      source_ids_[data_.sources[i].id] = i;
    for (std::uint32_t i = 0; i < data_.actors.size(); ++i) {
      (void)node_ids_.insert(data_.actors[i].id, {node_ref{false, i}, {}, {}});
      for (const auto& alias : data_.actors[i].aliases)
        if (auto key = fold_name(alias); !key.empty()) aliases_.try_emplace(std::move(key), alias_use{i, alias, {}});
    }
    for (std::uint32_t i = 0; i < data_.incidents.size(); ++i)
      (void)node_ids_.insert(data_.incidents[i].id, {node_ref{true, i}, {}, {}});
  }

  /// Reads one input. The text is parsed as a stream of events; each
  /// top-level item (a source, an actor, a relation, an incident) is built
  /// as a small tree, read and dropped, so memory stays at the graph plus
  /// one item (see docs/scenario-format.md, "Limits").
  void read(const std::string& file, const std::string& text) {
    file_ = file;
    ++file_number_;
    files_.push_back(file);
    check_bytes(file_, text);
    stream_ = stream_state{};
    try {
      scenario_detail::syntax_problem problem;
      const bool ok = scenario_detail::looks_like_json(text) ? scenario_detail::parse_json(text, *this, problem)
                                                             : scenario_detail::parse_yaml(text, *this, problem);
      if (!ok) throw parse_error({file_, problem.at.line, problem.at.column}, "syntax error: " + problem.message);
      if (stream_.error) std::rethrow_exception(stream_.error);
      finish_document();
    } catch (const std::bad_alloc&) {
      throw parse_error({file_, 0, 0}, "the scenario is too large for the memory available (" +
                                           std::to_string(text.size()) + " bytes)");
    } catch (const std::length_error&) {
      throw parse_error({file_, 0, 0}, "the scenario holds a value too large to load (" + std::to_string(text.size()) +
                                           " bytes in all)");
    }
    stream_ = stream_state{};
  }

  /// Checks the incident links of everything read, once all inputs are in
  /// (a link may point forward, to a later file): find_link_problem()'s
  /// backward `responds_to` or cycle is an error at the place the offending
  /// link was written (the closing link of a cycle, else another of it).
  void check_links() const {
    const auto problem = find_link_problem(data_);
    if (!problem) return;
    auto site_of = [&](std::size_t k) { return k < link_sites_.size() ? link_sites_[k] : site{}; };
    site w = site_of(problem->link);
    for (std::size_t p = 0; w.file.empty() && p < problem->cycle.size(); ++p)
      w = site_of(problem->cycle[p]);
    throw parse_error({w.file, w.line, w.column}, problem->message);
  }

 private:
  // The first actor that gave an alias (by folded key), the alias as written, and where.
  struct alias_use {
    std::uint32_t actor = no_index;
    std::string alias;
    site where;  // empty file: came from a snapshot
  };

  graph_data& data_;
  std::vector<load_warning>& warnings_;
  input_limits limits_;
  std::unordered_map<std::string, alias_use> aliases_;
  std::string file_;
  int file_number_ = 0;
  std::unordered_map<std::string, source_index> source_ids_;
  std::vector<std::string> files_{std::string()};  // by file number; 0: the snapshot
  id_table node_ids_;
  // Relations by relation_key, to keep a repeated one once: open addressing,
  // relation index + 1 per slot (0: empty).
  std::vector<std::uint32_t> relation_slots_;
  std::size_t relation_count_ = 0;
  std::vector<site> link_sites_;  // by link: where it was written (empty file: a snapshot's)

  // ---- Streaming: events in, one top-level item at a time out. ----

  using tree = scenario_detail::tree;
  using mark = scenario_detail::mark;

  // The top-level keys, in the order their items are read when some must
  // wait (see handle_item).
  enum class section : std::uint8_t {
    none,
    faultline,
    scenario,
    sources,
    relation_types,
    actors,
    incidents,
    relations
  };

  static section section_of(std::string_view key) {
    if (key == "faultline") return section::faultline;
    if (key == "scenario") return section::scenario;
    if (key == "sources") return section::sources;
    if (key == "relation_types") return section::relation_types;
    if (key == "actors") return section::actors;
    if (key == "incidents") return section::incidents;
    if (key == "relations") return section::relations;
    return section::none;
  }

  static bool is_list_section(section s) { return s >= section::sources; }

  enum class phase : std::uint8_t { root, key, value, items, after_root };

  struct anchored {
    tree value;
    std::size_t nodes = 0;
    std::size_t bytes = 0;
    std::size_t height = 0;
  };

  // An incident declared, whose roles and links are read at the end of the
  // file (they may name incidents declared later): only those keys are kept.
  struct pending_incident {
    tree edges;
    std::uint32_t index = 0;
    bool is_new = false;
  };

  struct stream_state {
    int documents = 0;
    phase at = phase::root;
    bool root_seen = false;
    mark root_at;
    std::vector<std::string> top_keys;  // seen, for duplicates
    section current = section::none;
    std::vector<section> seen;  // sections whose key has appeared
    bool keys_started = false;
    bool version_seen = false;
    bool defer_all = false;  // `faultline` is not the first key: read everything at the end, in order
    bool deferring = false;  // an item had to wait: so do all later ones
    std::vector<std::pair<section, tree>> deferred;
    std::vector<pending_incident> incident_edges;
    // The item being built.
    bool building = false;
    tree item;
    std::vector<tree*> open;
    std::vector<std::string> open_anchors;
    std::size_t depth = 0;  // open collections in the document
    std::unordered_map<std::string, anchored> anchors;
    std::vector<std::string> streamed_anchors;  // anchors on collections read item by item
    std::size_t expanded_nodes = 0;
    std::size_t expanded_bytes = 0;
    std::exception_ptr error;  // the first error in the content
  };
  stream_state stream_;

  // The first error in the file's content is kept while the parser goes
  // on to the end, so that a syntax error anywhere is reported first, as
  // when the whole file was parsed before being read.
  template <class F>
  void guarded(F&& f) {
    if (stream_.error) return;
    try {
      f();
    } catch (const parse_error&) {
      stream_.error = std::current_exception();
      stream_.item = tree{};
      stream_.deferred.clear();
      stream_.anchors.clear();
    }
  }

  [[noreturn]] void fail_at(mark m, const std::string& message) const {
    throw parse_error({file_, m.line, m.column}, message);
  }

  void document_start(mark at) override {
    guarded([&] { on_document_start(at); });
  }
  void on_document_start(mark at) {
    if (++stream_.documents > 1)
      fail_at(at,
              "a second YAML document starts here: a scenario file holds one document (split it into one file "
              "per document and list them all)");
  }

  void map_start(mark at, std::string_view anchor) override {
    guarded([&] { open_collection(tree::type::map, at, anchor); });
  }
  void seq_start(mark at, std::string_view anchor) override {
    guarded([&] { open_collection(tree::type::seq, at, anchor); });
  }
  void map_end() override {
    guarded([&] { close_collection(); });
  }
  void seq_end() override {
    guarded([&] { close_collection(); });
  }

  void scalar(mark at, std::string_view anchor, std::string_view value, bool null) override {
    guarded([&] { on_scalar(at, anchor, value, null); });
  }
  void on_scalar(mark at, std::string_view anchor, std::string_view value, bool null) {
    if (limits_.max_string_bytes != 0 && value.size() > limits_.max_string_bytes)
      fail_at(at, string_limit_message("a value", value.size(), limits_.max_string_bytes));
    if (value.find('\0') != std::string_view::npos)
      fail_at(at, "a value holds a NUL character (\\0), which scenario text cannot hold");
    tree t;
    t.kind = null ? tree::type::null : tree::type::scalar;
    t.at = at;
    if (!null) t.text.assign(value);
    if (!anchor.empty()) remember_anchor(anchor, t);
    add_node(std::move(t));
  }

  void alias(mark at, std::string_view name) override {
    guarded([&] { on_alias(at, name); });
  }
  void on_alias(mark at, std::string_view name) {
    const auto it = stream_.anchors.find(std::string(name));
    if (it == stream_.anchors.end()) {
      if (std::find(stream_.streamed_anchors.begin(), stream_.streamed_anchors.end(), name) !=
          stream_.streamed_anchors.end())
        fail_at(at, "the alias `*" + clip(name) +
                        "` names a whole top-level list or the whole file, which faultline reads item by item and "
                        "does not keep; write the items out");
      fail_at(at, "the alias `*" + clip(name) + "` names no anchor (`&" + clip(name) + "`) defined before it");
    }
    const auto& a = it->second;
    stream_.expanded_nodes += a.nodes;
    stream_.expanded_bytes += a.bytes;
    if (stream_.expanded_nodes > max_alias_nodes || stream_.expanded_bytes > max_alias_bytes)
      fail_at(at, "aliases expand to more than the limit of " + std::to_string(max_alias_nodes) + " values or " +
                      std::to_string(max_alias_bytes >> 20) + " MiB of text in one file (alias `*" + clip(name) +
                      "`); write the values out instead of repeating an alias so often");
    if (stream_.depth + a.height > max_depth) fail_at(at, too_deep());
    add_node(tree(a.value));
  }

  static std::string too_deep() {
    return "the nesting is deeper than the limit of " + std::to_string(max_depth) +
           " levels of lists and mappings (a scenario needs at most 6)";
  }

  void open_collection(tree::type kind, mark at, std::string_view anchor) {
    if (++stream_.depth > max_depth) fail_at(at, too_deep());
    auto& s = stream_;
    if (s.building) {
      auto& parent = *s.open.back();
      parent.items.emplace_back();
      auto& child = parent.items.back();
      child.kind = kind;
      child.at = at;
      s.open.push_back(&child);
      s.open_anchors.emplace_back(anchor);
      return;
    }
    if (s.at == phase::root) {
      s.root_seen = true;
      s.root_at = at;
      if (kind != tree::type::map) fail_at(at, "the scenario file must be a mapping of `key: value` pairs");
      if (!anchor.empty()) s.streamed_anchors.emplace_back(anchor);
      s.at = phase::key;
      return;
    }
    if (s.at == phase::value && kind == tree::type::seq && is_list_section(s.current)) {
      if (!anchor.empty()) s.streamed_anchors.emplace_back(anchor);
      s.at = phase::items;
      return;
    }
    s.building = true;
    // The item's tree is reused, keeping its top-level capacity.
    s.item.items.clear();
    s.item.text.clear();
    s.item.kind = kind;
    s.item.at = at;
    s.open.assign(1, &s.item);
    s.open_anchors.assign(1, std::string(anchor));
  }

  void close_collection() {
    auto& s = stream_;
    --s.depth;
    if (s.building) {
      tree* t = s.open.back();
      if (!s.open_anchors.back().empty()) remember_anchor(s.open_anchors.back(), *t);
      s.open.pop_back();
      s.open_anchors.pop_back();
      if (s.open.empty()) {
        s.building = false;
        complete(s.item);
      }
      return;
    }
    if (s.at == phase::items) {  // the end of a top-level list
      s.at = phase::key;
      s.current = section::none;
    } else if (s.at == phase::key) {  // the end of the file's mapping
      s.at = phase::after_root;
    }
  }

  static void measure(const tree& t, anchored& a, std::size_t depth) {
    ++a.nodes;
    a.bytes += t.text.size();
    a.height = std::max(a.height, depth);
    for (const auto& c : t.items)
      measure(c, a, t.kind == tree::type::null || t.kind == tree::type::scalar ? depth : depth + 1);
  }

  void remember_anchor(std::string_view name, const tree& t) {
    anchored a;
    measure(t, a, t.kind == tree::type::map || t.kind == tree::type::seq ? 1 : 0);
    a.value = t;
    stream_.anchors.insert_or_assign(std::string(name), std::move(a));
  }

  void add_node(tree&& t) {
    auto& s = stream_;
    if (s.building) {
      s.open.back()->items.push_back(std::move(t));
      return;
    }
    if (s.at == phase::root) {
      s.root_seen = true;
      s.root_at = t.at;
      if (t.kind == tree::type::null) fail_at(t.at, "the file is empty: expected a scenario with `faultline: 1`");
      fail_at(t.at, "the scenario file must be a mapping of `key: value` pairs");
    }
    complete(t);
  }

  // A whole node at the top level: a key, a key's value, or an item of a list.
  void complete(tree& t) {
    auto& s = stream_;
    switch (s.at) {
      case phase::key:
        top_key(t.kind == tree::type::scalar ? t.text : std::string(), t.at);
        break;
      case phase::value:
        s.at = phase::key;
        top_value(s.current, std::move(t));
        s.current = section::none;
        break;
      case phase::items:
        handle_item(s.current, t);
        break;
      default:
        break;
    }
  }

  void top_key(const std::string& key, mark at) {
    static const std::vector<std::string> allowed = {"faultline", "scenario",  "sources",  "relation_types",
                                                     "actors",    "relations", "incidents"};
    auto& s = stream_;
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      fail_at(at, unknown_key(key, "the scenario file", allowed));
    if (std::find(s.top_keys.begin(), s.top_keys.end(), key) != s.top_keys.end())
      fail_at(at, "key `" + key + "` appears twice in the scenario file");
    s.top_keys.push_back(key);
    if (!s.keys_started) {
      s.keys_started = true;
      // The version must be checked before anything else is read.
      s.defer_all = key != "faultline";
    }
    s.current = section_of(key);
    s.seen.push_back(s.current);
    s.at = phase::value;
  }

  void top_value(section sec, tree&& t) {
    auto& s = stream_;
    const node n(&t);
    switch (sec) {
      case section::faultline:
        s.version_seen = true;
        if (s.defer_all)
          s.deferred.emplace_back(sec, std::move(t));
        else
          check_version(n);
        return;
      case section::scenario:
        if (s.defer_all || s.deferring)
          s.deferred.emplace_back(sec, std::move(t));
        else
          read_scenario(n);
        return;
      default:
        break;
    }
    if (n.IsNull()) return;
    std::string key;
    for (const auto& k : s.top_keys)
      key = k;  // the last key: this value's
    if (!n.IsSequence()) fail(n, "`" + key + "` must be a list");
    for (auto& item : t.items)
      handle_item(sec, item);  // a list repeated by an alias
  }

  void check_version(const node& version) const {
    if (scalar(version, "format version") != std::to_string(scenario_format_version))
      fail(version, "unsupported format version `" + clip(version.Scalar()) + "`: this faultline reads version " +
                        std::to_string(scenario_format_version));
  }

  void read_scenario(const node& s) {
    if (s.IsSequence())
      for (const auto& item : s)
        read_scenario_info(item);
    else
      read_scenario_info(s);
  }

  // Whether an item of `sec` could read differently once a later top-level
  // list of this file is in (its sources, relation types or actors).
  bool may_wait(section sec) const {
    const auto& seen = stream_.seen;
    auto pending = [&](section p) { return std::find(seen.begin(), seen.end(), p) == seen.end(); };
    switch (sec) {
      case section::actors:
      case section::incidents:
        return pending(section::sources);
      case section::relations:
        return pending(section::sources) || pending(section::relation_types) || pending(section::actors) ||
               pending(section::incidents);
      default:
        return false;
    }
  }

  // Items are read as they come when the file lists sources, relation
  // types, actors, incidents and relations in that order (as `convert`
  // writes them). When an item fails while a list it may refer to is still
  // to come, it and every later item wait for the end of the file and are
  // then read in that order, so that references may point forward as before.
  void handle_item(section sec, tree& t) {
    auto& s = stream_;
    if (s.defer_all || s.deferring) {
      s.deferred.emplace_back(sec, std::move(t));
      return;
    }
    try {
      read_item(sec, t);
    } catch (const parse_error&) {
      if (!may_wait(sec)) throw;
      // (A failed item records nothing: it is read again at the end.)
      s.deferring = true;
      s.deferred.emplace_back(sec, std::move(t));
    }
  }

  void read_item(section sec, tree& t) {
    const node n(&t);
    switch (sec) {
      case section::sources:
        read_source(n);
        break;
      case section::relation_types:
        read_relation_type(n);
        break;
      case section::actors:
        read_actor(n);
        break;
      case section::relations:
        read_relation(n);
        break;
      case section::incidents: {
        const auto [index, is_new] = declare_incident(n);
        pending_incident p;
        p.index = index;
        p.is_new = is_new;
        p.edges.kind = tree::type::map;
        p.edges.at = t.at;
        for (std::size_t k = 0; k + 1 < t.items.size(); k += 2)
          if (is_edge_key(t.items[k].text)) {
            p.edges.items.push_back(std::move(t.items[k]));
            p.edges.items.push_back(std::move(t.items[k + 1]));
          }
        stream_.incident_edges.push_back(std::move(p));
        break;
      }
      default:
        break;
    }
  }

  static bool is_edge_key(std::string_view key) {
    for (auto r : all_roles)
      if (key == to_string(r)) return true;
    return key == to_string(link_kind::responds_to) || key == to_string(link_kind::part_of);
  }

  void finish_document() {
    auto& s = stream_;
    if (!s.root_seen) fail_at({}, "the file is empty: expected a scenario with `faultline: 1`");
    for (auto& [sec, t] : s.deferred)
      if (sec == section::faultline) check_version(node(&t));
    if (!s.version_seen) fail_at(s.root_at, "missing `faultline: 1` (the format version) at the top of the file");
    s.defer_all = false;
    s.deferring = false;
    for (auto& [sec, t] : s.deferred)
      if (sec == section::scenario) read_scenario(node(&t));
    for (auto sec :
         {section::sources, section::relation_types, section::actors, section::incidents, section::relations})
      for (auto& [item_sec, t] : s.deferred)
        if (item_sec == sec) read_item(sec, t);
    s.deferred.clear();
    for (const auto& p : s.incident_edges)
      read_incident_edges(node(&p.edges), p.index, p.is_new);
  }

  std::string unknown_key(const std::string& key, const std::string& what,
                          const std::vector<std::string>& allowed) const {
    std::string list;
    for (const auto& a : allowed)
      list += (list.empty() ? "" : ", ") + a;
    return "unknown key `" + clip(key) + "` in " + what + did_you_mean(key, allowed) + " (allowed: " + list + ")";
  }

  static std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    return x ^ (x >> 29);
  }

  void place_relation(relation_index i) {
    if (2 * (i + 1) > relation_slots_.size()) grow_relations();
    const auto mask = relation_slots_.size() - 1;
    std::size_t k = mix(relation_key(data_.relations[i])) & mask;
    while (relation_slots_[k] != 0)
      k = (k + 1) & mask;
    relation_slots_[k] = i + 1;
  }

  void grow_relations() {
    const std::size_t size = std::max<std::size_t>(1024, relation_slots_.size() * 2);
    std::vector<std::uint32_t> old(size, 0);
    old.swap(relation_slots_);
    const auto mask = size - 1;
    for (const auto v : old) {
      if (v == 0) continue;
      std::size_t k = mix(relation_key(data_.relations[v - 1])) & mask;
      while (relation_slots_[k] != 0)
        k = (k + 1) & mask;
      relation_slots_[k] = v;
    }
  }

  static std::uint64_t relation_key(const relation& r) {
    return (std::uint64_t{r.from} * 0x9E3779B97F4A7C15ull) ^ (std::uint64_t{r.to} << 20) ^ r.type;
  }

  [[nodiscard]] site where(const node& n) const {
    const auto m = n.Mark();
    return {file_, m.line, m.column};
  }

  void warn(const node& n, const std::string& message) {
    const auto w = where(n);
    warnings_.push_back({{w.file, w.line, w.column}, message});
  }

  [[noreturn]] void fail(const node& n, const std::string& message) const {
    const auto w = where(n);
    throw parse_error({w.file, w.line, w.column}, message);
  }

  void expect_map(const node& n, const std::string& what) const {
    if (!n.IsMap()) fail(n, what + " must be a mapping of `key: value` pairs");
  }

  // Every key allowed, none twice. Called for every item, so it allocates
  // nothing unless it fails: a key is checked to be allowed before it is
  // recorded, so at most allowed.size() keys are recorded.
  template <class List>
  void check_keys_in(const node& map, std::string_view what, const List& allowed) const {
    std::array<std::string_view, 32> seen;
    std::size_t count = 0;
    for (std::size_t k = 0; k < map.size(); ++k) {
      const auto key_node = map.key(k);
      const std::string_view key = key_node.Scalar();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
        fail(key_node, unknown_key(std::string(key), std::string(what), {allowed.begin(), allowed.end()}));
      if (std::find(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(count), key) !=
          seen.begin() + static_cast<std::ptrdiff_t>(count))
        fail(key_node, "key `" + std::string(key) + "` appears twice in " + std::string(what));
      if (count < seen.size()) seen[count++] = key;
    }
  }

  void check_keys(const node& map, std::string_view what, std::initializer_list<std::string_view> allowed) const {
    check_keys_in(map, what, allowed);
  }
  void check_keys(const node& map, std::string_view what, const std::vector<std::string>& allowed) const {
    check_keys_in(map, what, allowed);
  }

  std::string scalar(const node& n, const std::string& field) const {
    if (n.IsNull()) fail(n, "`" + field + "` has no value");
    if (!n.IsScalar()) fail(n, "`" + field + "` must be a single value, not a list or a mapping");
    return n.Scalar();
  }

  std::string text(const node& map, const std::string& key) const {
    auto n = map[key];
    if (!n || n.IsNull()) return {};
    return scalar(n, key);
  }

  std::string required_text(const node& map, const std::string& key, const std::string& what) const {
    auto n = map[key];
    if (!n || n.IsNull()) fail(map, what + " has no `" + key + "`");
    auto value = scalar(n, key);
    if (value.empty()) fail(n, "`" + key + "` of " + what + " is empty");
    return value;
  }

  std::string slug(const node& map, const std::string& key, const std::string& what) const {
    auto value = required_text(map, key, what);
    if (!is_slug(value))
      fail(map[key], "`" + key + "` \"" + clip(value) +
                         "\" is not a valid id: expected lowercase letters, digits, '-', '_' or '.', starting with a "
                         "letter or digit");
    return value;
  }

  std::vector<std::string> string_list(const node& map, const std::string& key) const {
    std::vector<std::string> out;
    auto n = map[key];
    if (!n || n.IsNull()) return out;
    if (n.IsScalar()) return {n.Scalar()};
    if (!n.IsSequence()) fail(n, "`" + key + "` must be a list of names");
    for (const auto& item : n)
      out.push_back(scalar(item, key));
    return out;
  }

  std::optional<date> date_field(const node& map, const std::string& key) const {
    auto n = map[key];
    if (!n || n.IsNull()) return std::nullopt;
    const auto value = scalar(n, key);
    auto d = date::parse(value);
    if (!d)
      fail(n, "`" + key + "` \"" + clip(value) +
                  "\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day)");
    return d;
  }

  double number(const node& n, const std::string& key) const {
    const auto value = scalar(n, key);
    double out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc{} || ptr != value.data() + value.size() || !std::isfinite(out))
      fail(n, "`" + key + "` \"" + clip(value) + "\" is not a number");
    return out;
  }

  double unit_interval(const node& map, const std::string& key, double fallback, bool open_at_zero) const {
    auto n = map[key];
    if (!n || n.IsNull()) return fallback;
    const double v = number(n, key);
    if (open_at_zero ? !(v > 0.0 && v <= 1.0) : !(v >= 0.0 && v <= 1.0))
      fail(n,
           "`" + key + "` is " + clip(n.Scalar()) + ": expected a number in " + (open_at_zero ? "(0, 1]" : "[0, 1]"));
    return v;
  }

  std::optional<std::int64_t> count(const node& map, const std::string& key) const {
    auto n = map[key];
    if (!n || n.IsNull()) return std::nullopt;
    const auto value = scalar(n, key);
    if (value == "unknown") return std::nullopt;
    std::int64_t out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc{} || ptr != value.data() + value.size())
      fail(n, "`" + key + "` \"" + clip(value) + "\" is not a count: expected a whole number or `unknown`");
    if (out < 0) fail(n, "`" + key + "` is " + clip(value) + ": a count cannot be negative");
    return out;
  }

  template <class F>
  void for_each_item(const node& root, const std::string& key, F&& f) const {
    auto list = root[key];
    if (!list || list.IsNull()) return;
    if (!list.IsSequence()) fail(list, "`" + key + "` must be a list");
    for (const auto& item : list)
      f(item);
  }

  source_index resolve_source(const node& n) const {
    const auto id = scalar(n, "source");
    if (auto it = source_ids_.find(id); it != source_ids_.end()) return it->second;
    std::vector<std::string> known;
    for (const auto& s : data_.sources)
      known.push_back(s.id);
    fail(n, "unknown source \"" + clip(id) + "\": declare it under `sources:`" + did_you_mean(id, known));
  }

  provenance read_provenance(const node& map) const {
    provenance p;
    if (auto s = map["source"]) {
      if (map["sources"]) fail(s, "give either `source` or `sources`, not both");
      p.sources.push_back(resolve_source(s));
    }
    if (auto s = map["sources"]) {
      if (s.IsScalar()) {
        p.sources.push_back(resolve_source(s));
      } else {
        if (!s.IsSequence()) fail(s, "`sources` must be a list of source ids");
        for (const auto& item : s)
          p.sources.push_back(resolve_source(item));
      }
    }
    p.confidence = unit_interval(map, "confidence", 1.0, false);
    p.note = text(map, "note");
    return p;
  }

  void read_scenario_info(const node& n) {
    expect_map(n, "`scenario`");
    check_keys(n, "`scenario`", {"id", "title", "description", "as_of"});
    scenario_info info{text(n, "id"), text(n, "title"), text(n, "description"), date_field(n, "as_of")};
    if (std::find(data_.scenarios.begin(), data_.scenarios.end(), info) == data_.scenarios.end())
      data_.scenarios.push_back(std::move(info));
  }

  void read_source(const node& n) {
    expect_map(n, "a source");
    check_keys(n, "a source", {"id", "title", "url", "publisher", "date", "note"});
    source s{required_text(n, "id", "a source"),
             text(n, "title"),
             text(n, "url"),
             text(n, "publisher"),
             date_field(n, "date"),
             text(n, "note")};
    if (auto it = source_ids_.find(s.id); it != source_ids_.end()) {
      if (data_.sources[it->second] == s) return;
      fail(n, "source \"" + clip(s.id) + "\" is already declared with different details");
    }
    source_ids_[s.id] = static_cast<source_index>(data_.sources.size());
    data_.sources.push_back(std::move(s));
  }

  void read_relation_type(const node& n) {
    expect_map(n, "a relation type");
    check_keys(n, "a relation type", {"id", "polarity", "weight", "symmetric", "meaning"});
    relation_type t;
    t.id = slug(n, "id", "a relation type");
    const auto pol = required_text(n, "polarity", "relation type \"" + clip(t.id) + "\"");
    auto p = parse_polarity(pol);
    if (!p) fail(n["polarity"], "`polarity` \"" + clip(pol) + "\" is not valid: expected friendly, hostile or neutral");
    t.sign = *p;
    t.default_weight = unit_interval(n, "weight", 1.0, true);
    if (auto s = n["symmetric"]) {
      const auto v = scalar(s, "symmetric");
      if (v != "true" && v != "false") fail(s, "`symmetric` must be true or false");
      t.symmetric = v == "true";
    }
    t.meaning = text(n, "meaning");
    try {
      data_.relation_types.add(std::move(t));
    } catch (const usage_error& e) {
      fail(n, e.what());
    }
  }

  [[nodiscard]] site_ref here(const node& n) const {
    const auto m = n.Mark();
    return {static_cast<std::uint32_t>(file_number_), m.line, m.column};
  }

  // "file:line:column", or "the snapshot".
  [[nodiscard]] std::string place_text(site_ref s) const {
    if (s.file == 0) return "the snapshot";
    return files_[s.file] + ":" + std::to_string(s.line) + ":" + std::to_string(s.column);
  }

  // Registers a new id (find() did not find it), defined here.
  void declare(const node& n, const std::string& id, node_ref node) {
    (void)node_ids_.insert(id, {node, here(n), here(n)});
  }

  // An id may be defined once per file, whatever earlier files said.
  void once_per_file(const node& n, const std::string& id) const {
    if (const auto* e = node_ids_.find(id); e != nullptr && e->last.file == static_cast<std::uint32_t>(file_number_))
      fail(n, "duplicate id \"" + clip(id) + "\": already defined at " + place_text(e->last));
  }

  void read_actor(const node& n) {
    expect_map(n, "an actor");
    check_keys(n, "an actor",
               {"id", "kind", "name", "aliases", "category", "country", "tags", "description", "source", "sources",
                "confidence", "note", "merged"});
    actor a;
    a.id = slug(n, "id", "an actor");
    const auto kind_text = required_text(n, "kind", "actor \"" + clip(a.id) + "\"");
    auto kind = parse_node_kind(kind_text);
    if (!kind || *kind == node_kind::incident)
      fail(n["kind"], "`kind` \"" + clip(kind_text) + "\" is not an actor kind: expected state, group or person" +
                          (kind ? " (incidents go under `incidents:`)" : ""));
    a.kind = *kind;
    a.name = text(n, "name");
    if (a.name.empty()) a.name = a.id;
    a.aliases = string_list(n, "aliases");
    a.category = text(n, "category");
    a.country = text(n, "country");
    a.tags = string_list(n, "tags");
    a.description = text(n, "description");
    a.prov = read_provenance(n);
    a.merged = read_merged(n);
    once_per_file(n, a.id);

    if (auto* prior = node_ids_.find(a.id); prior != nullptr) {
      const std::string first = place_text(prior->first);
      if (prior->node.is_incident) fail(n, "duplicate id \"" + clip(a.id) + "\": already defined at " + first);
      check_aliases(n, a, prior->node.index);
      merge_actor(n, data_.actors[prior->node.index], std::move(a), first);
      prior->last = here(n);
      return;
    }
    check_aliases(n, a, static_cast<std::uint32_t>(data_.actors.size()));
    declare(n, a.id, node_ref{false, static_cast<std::uint32_t>(data_.actors.size())});
    data_.actors.push_back(std::move(a));
  }

  // Warns about an alias repeated in the actor's own list (and drops the
  // repeat), and about one that another actor already has under the same
  // folded key: a lookup by that name then finds both, so a command naming
  // it has to be told which one is meant.
  void check_aliases(const node& n, actor& a, std::uint32_t index) {
    const auto list = n["aliases"];
    auto node_of = [&](std::size_t k) { return list.IsSequence() ? list[k] : list; };
    std::vector<std::string> kept;
    for (std::size_t k = 0; k < a.aliases.size(); ++k) {
      const auto& alias = a.aliases[k];
      if (std::find(kept.begin(), kept.end(), alias) != kept.end()) {
        warn(node_of(k),
             "alias \"" + clip(alias) + "\" is given twice for actor \"" + clip(a.id) + "\" (the repeat is ignored)");
        continue;
      }
      kept.push_back(alias);
      auto key = fold_name(alias);
      if (key.empty()) continue;
      const auto [it, inserted] = aliases_.try_emplace(std::move(key), alias_use{index, alias, where(node_of(k))});
      const auto& first = it->second;
      if (inserted || first.actor == index) continue;
      warn(node_of(k), "alias \"" + clip(alias) + "\" of actor \"" + clip(a.id) + "\" is also an alias of actor \"" +
                           data_.actors[first.actor].id + "\"" +
                           (first.alias == alias ? std::string() : " (as \"" + clip(first.alias) + "\")") + " at " +
                           (first.where.file.empty() ? std::string("the snapshot") : first.where.text()) +
                           ": looking it up finds both");
    }
    a.aliases = std::move(kept);
  }

  void merge_actor(const node& n, actor& into, actor a, const std::string& first) const {
    auto conflict = [&](const char* field, const std::string& here, const std::string& there) {
      fail(n, "conflicting definition of actor \"" + clip(a.id) + "\": " + field + " \"" + here + "\" here, \"" +
                  there + "\" at " + first);
    };
    if (a.kind != into.kind) conflict("kind", std::string(to_string(a.kind)), std::string(to_string(into.kind)));
    if (a.name != a.id && into.name != into.id && a.name != into.name) conflict("name", a.name, into.name);
    if (!a.description.empty() && !into.description.empty() && a.description != into.description)
      conflict("description", a.description, into.description);
    if (into.name == into.id) into.name = a.name;
    if (!a.category.empty() && !into.category.empty() && a.category != into.category)
      conflict("category", a.category, into.category);
    if (!a.country.empty() && !into.country.empty() && a.country != into.country)
      conflict("country", a.country, into.country);
    if (into.category.empty()) into.category = a.category;
    if (into.country.empty()) into.country = a.country;
    if (into.description.empty()) into.description = a.description;
    auto add_all = [](auto& to, const auto& from) {
      for (const auto& x : from)
        if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
    };
    add_all(into.aliases, a.aliases);
    add_all(into.tags, a.tags);
    add_all(into.prov.sources, a.prov.sources);
    add_all(into.merged, a.merged);
  }

  // `merged`: the names an importer merged into the actor, each with its rule.
  std::vector<merged_name> read_merged(const node& actor_node) const {
    std::vector<merged_name> out;
    auto list = actor_node["merged"];
    if (!list || list.IsNull()) return out;
    if (!list.IsSequence()) fail(list, "`merged` must be a list of {name, rule} mappings");
    for (const auto& item : list) {
      expect_map(item, "an entry of `merged`");
      check_keys(item, "an entry of `merged`", {"name", "rule"});
      merged_name m{required_text(item, "name", "an entry of `merged`"), text(item, "rule")};
      if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(std::move(m));
    }
    return out;
  }

  // A whole number in [0, max] written as text, e.g. GDELT's NumMentions.
  std::uint64_t whole_number(const node& n, const std::string& key, std::uint64_t max) const {
    const auto value = scalar(n, key);
    std::uint64_t out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc{} || ptr != value.data() + value.size() || out > max)
      fail(n, "`" + key + "` \"" + clip(value) + "\" is not a whole number from 0 to " + std::to_string(max));
    return out;
  }

  // `coding`: how an event dataset coded an imported incident (docs/scenario-format.md §18).
  event_coding read_coding(const node& n) const {
    expect_map(n, "`coding`");
    check_keys(n, "`coding`",
               {"dataset", "event_type", "stance", "quad_class", "mentions", "reports", "articles", "root_event",
                "tone", "deaths_low", "deaths_high", "precision", "interaction", "source_text", "row"});
    event_coding c;
    c.dataset = text(n, "dataset");
    c.event_type = text(n, "event_type");
    if (auto s = n["stance"]; s && !s.IsNull()) {
      const auto value = scalar(s, "stance");
      c.stance = parse_polarity(value);
      if (!c.stance) fail(s, "`stance` \"" + clip(value) + "\" is not valid: expected friendly, hostile or neutral");
    }
    if (auto q = n["quad_class"]; q && !q.IsNull()) {
      const auto v = whole_number(q, "quad_class", 4);
      if (v == 0) fail(q, "`quad_class` is 0: expected 1 to 4 (leave it out when there is none)");
      c.quad_class = static_cast<std::uint8_t>(v);
    }
    constexpr std::uint64_t max32 = std::numeric_limits<std::uint32_t>::max();
    if (auto m = n["mentions"]; m && !m.IsNull())
      c.mentions = static_cast<std::uint32_t>(whole_number(m, "mentions", max32));
    if (auto m = n["reports"]; m && !m.IsNull())
      c.reports = static_cast<std::uint32_t>(whole_number(m, "reports", max32));
    if (auto m = n["articles"]; m && !m.IsNull())
      c.articles = static_cast<std::uint32_t>(whole_number(m, "articles", max32));
    if (auto r = n["root_event"]; r && !r.IsNull()) {
      const auto v = scalar(r, "root_event");
      if (v != "true" && v != "false") fail(r, "`root_event` \"" + clip(v) + "\" is not valid: expected true or false");
      c.root_event = v == "true";
    }
    if (auto t = n["tone"]; t && !t.IsNull()) c.tone = number(t, "tone");
    c.deaths_low = count(n, "deaths_low");
    c.deaths_high = count(n, "deaths_high");
    c.precision = text(n, "precision");
    c.interaction = text(n, "interaction");
    c.source_text = text(n, "source_text");
    if (auto r = n["row"]; r && !r.IsNull()) c.row = whole_number(r, "row", std::numeric_limits<std::uint64_t>::max());
    return c;
  }

  actor_index actor_ref(const node& n, const std::string& field) const {
    const auto id = scalar(n, field);
    const auto* it = node_ids_.find(id);
    if (it == nullptr) {
      // (Long words get no suggestion: the edit distance costs the product of the lengths.)
      auto suggestions = id.size() > max_suggest_length ? std::vector<std::string>() : name_index(data_).suggest(id);
      fail(n, "unknown actor \"" + clip(id) + "\" in `" + field + "`" +
                  (suggestions.empty() ? std::string(": declare it under `actors:`")
                                       : "; did you mean " + join_quoted(suggestions) + "?"));
    }
    if (it->node.is_incident) fail(n, "`" + field + "` expects an actor, but \"" + clip(id) + "\" is an incident");
    return it->node.index;
  }

  incident_index incident_ref(const node& n, const std::string& field) const {
    const auto id = scalar(n, field);
    const auto* it = node_ids_.find(id);
    if (it == nullptr) {
      std::vector<std::string> known;
      for (const auto& i : data_.incidents)
        known.push_back(i.id);
      fail(n, "unknown incident \"" + clip(id) + "\" in `" + field + "`" + did_you_mean(id, known));
    }
    if (!it->node.is_incident) fail(n, "`" + field + "` expects an incident, but \"" + clip(id) + "\" is an actor");
    return it->node.index;
  }

  void read_relation(const node& n) {
    expect_map(n, "a relation");
    check_keys(n, "a relation",
               {"from", "type", "to", "weight", "since", "until", "as", "against", "conflict", "source", "sources",
                "confidence", "note"});
    relation r;
    if (!n["from"]) fail(n, "a relation has no `from`");
    if (!n["to"]) fail(n, "a relation has no `to`");
    r.from = actor_ref(n["from"], "from");
    r.to = actor_ref(n["to"], "to");
    const auto type = required_text(n, "type", "a relation");
    auto t = data_.relation_types.find(type);
    if (!t) {
      std::vector<std::string> known;
      for (const auto& rt : data_.relation_types.types())
        known.push_back(rt.id);
      fail(n["type"], "unknown relation type \"" + clip(type) + "\"" + did_you_mean(type, known) +
                          " (declare new types under `relation_types:`)");
    }
    r.type = *t;
    r.weight = unit_interval(n, "weight", data_.relation_types[*t].default_weight, true);
    r.since = date_field(n, "since");
    r.until = date_field(n, "until");
    if (r.since && r.until && r.until->last_day() < r.since->first_day())
      fail(n["until"], "`until` " + r.until->to_string() + " is before `since` " + r.since->to_string());
    r.qualifier = text(n, "as");
    if (n["against"]) {
      r.against = actor_ref(n["against"], "against");
      if (r.against == r.to)
        fail(n["against"], "`against` names the actor the relation is directed to (\"" + data_.actors[r.to].id +
                               "\"): expected its opponent");
    }
    r.conflict = text(n, "conflict");
    r.prov = read_provenance(n);
    if (r.from == r.to) fail(n, "a relation from an actor to itself (\"" + data_.actors[r.from].id + "\")");
    // A fact repeated identically (in a later file) is kept once. The
    // relations present before (e.g. a snapshot's) are indexed on first need.
    if (relation_count_ < data_.relations.size() && relation_slots_.empty())
      for (; relation_count_ < data_.relations.size(); ++relation_count_)
        place_relation(static_cast<relation_index>(relation_count_));
    if (2 * (relation_count_ + 1) > relation_slots_.size()) grow_relations();
    const auto mask = relation_slots_.size() - 1;
    std::size_t k = mix(relation_key(r)) & mask;
    for (; relation_slots_[k] != 0; k = (k + 1) & mask)
      if (data_.relations[relation_slots_[k] - 1] == r) return;
    relation_slots_[k] = static_cast<std::uint32_t>(data_.relations.size() + 1);
    ++relation_count_;
    data_.relations.push_back(std::move(r));
  }

  static const std::vector<std::string>& incident_keys() {
    static const std::vector<std::string> keys = {
        "id",      "name",        "date",       "until",         "type",         "place",       "fatalities",
        "injured", "description", "source",     "sources",       "confidence",   "note",        "perpetrator",
        "target",  "victim",      "claimed_by", "attributed_to", "condemned_by", "responds_to", "part_of",
        "rung",    "cameo",       "goldstein",  "coding"};
    return keys;
  }

  // Returns the incident's index and whether it is new (else an identical repeat from an earlier file).
  std::pair<std::uint32_t, bool> declare_incident(const node& n) {
    expect_map(n, "an incident");
    check_keys(n, "an incident", incident_keys());
    incident inc;
    inc.id = slug(n, "id", "an incident");
    // Absent or null: the id. Given as "" (as `convert` writes an imported
    // incident without a name): kept empty, so its title comes from its coding.
    if (auto name = n["name"]; name && !name.IsNull())
      inc.name = scalar(name, "name");
    else
      inc.name = inc.id;
    auto when = date_field(n, "date");
    if (!when) fail(n, "incident \"" + clip(inc.id) + "\" has no `date` (YYYY, YYYY-MM or YYYY-MM-DD)");
    inc.when = *when;
    inc.until = date_field(n, "until");
    if (inc.until && inc.until->last_day() < inc.when.first_day())
      fail(n["until"], "`until` " + inc.until->to_string() + " is before the incident's date " + inc.when.to_string());
    inc.type = text(n, "type");
    if (inc.type.empty()) inc.type = "incident";
    if (auto p = n["place"]) {
      if (p.IsScalar()) {
        inc.where.name = p.Scalar();
      } else {
        expect_map(p, "`place`");
        check_keys(p, "`place`", {"name", "country", "lat", "lon"});
        inc.where.name = text(p, "name");
        inc.where.country = text(p, "country");
        if (auto lat = p["lat"]) {
          inc.where.lat = number(lat, "lat");
          if (std::abs(*inc.where.lat) > 90) fail(lat, "`lat` must be between -90 and 90");
        }
        if (auto lon = p["lon"]) {
          inc.where.lon = number(lon, "lon");
          if (std::abs(*inc.where.lon) > 180) fail(lon, "`lon` must be between -180 and 180");
        }
      }
    }
    inc.fatalities = count(n, "fatalities");
    inc.injured = count(n, "injured");
    inc.description = text(n, "description");
    inc.prov = read_provenance(n);
    if (auto r = n["rung"]; r && !r.IsNull()) {
      const auto value = scalar(r, "rung");
      inc.rung = parse_rung(value);
      if (!inc.rung) {
        std::string ids;
        for (const auto& rung : escalation_ladder)
          ids += (ids.empty() ? "" : ", ") + std::string(rung.id);
        fail(r, "`rung` \"" + clip(value) + "\" is not a rung of the escalation ladder: expected 1 to 10 or one of " +
                    ids);
      }
    }
    if (auto c = n["cameo"]; c && !c.IsNull()) {
      inc.cameo = scalar(c, "cameo");
      if (!is_cameo_code(inc.cameo))
        fail(c, "`cameo` \"" + clip(inc.cameo) +
                    "\" is not a CAMEO event code: expected 2 to 4 digits whose first two are 01 to 20");
    }
    if (auto gs = n["goldstein"]; gs && !gs.IsNull()) {
      inc.goldstein = number(gs, "goldstein");
      if (*inc.goldstein < -10.0 || *inc.goldstein > 10.0)
        fail(gs, "`goldstein` is " + clip(gs.Scalar()) + ": expected a number in [-10, 10]");
    }
    if (auto c = n["coding"]; c && !c.IsNull()) inc.coding = read_coding(c);
    once_per_file(n, inc.id);

    if (auto* prior = node_ids_.find(inc.id); prior != nullptr) {
      const std::string first = place_text(prior->first);
      if (!prior->node.is_incident) fail(n, "duplicate id \"" + clip(inc.id) + "\": already defined at " + first);
      if (!(data_.incidents[prior->node.index] == inc))
        fail(n, "conflicting definition of incident \"" + clip(inc.id) + "\": it differs from the one at " + first);
      prior->last = here(n);
      return {prior->node.index, false};  // an identical repeat is kept once; read_incident_edges compares its edges
    }
    const auto index = static_cast<std::uint32_t>(data_.incidents.size());
    declare(n, inc.id, node_ref{true, index});
    data_.incidents.push_back(std::move(inc));
    return {index, true};
  }

  // Roles are read in the fixed order of `all_roles` and links responds_to
  // before part_of, whatever the key order in the file, so that writing and
  // reading back gives the same graph.
  void read_incident_edges(const node& n, std::uint32_t index, bool is_new) {
    std::vector<role_edge> roles;
    std::vector<incident_link> links;
    std::vector<site> link_sites;
    for (auto r : all_roles) {
      const std::string key(to_string(r));
      auto list = n[key];
      if (!list || list.IsNull()) continue;
      auto each = [&](const node& item) {
        role_edge edge;
        edge.incident = index;
        edge.kind = r;
        if (item.IsMap()) {
          check_keys(item, "`" + key + "`", {"actor", "by", "source", "sources", "confidence", "note"});
          if (!item["actor"]) fail(item, "an entry of `" + key + "` has no `actor`");
          edge.actor = actor_ref(item["actor"], key);
          if (auto by = item["by"]) {
            if (r != role::attributed_to) fail(by, "`by` is only for `attributed_to` (who attributes the incident)");
            edge.attributed_by = actor_ref(by, "by");
          }
          edge.prov = read_provenance(item);
        } else {
          edge.actor = actor_ref(item, key);
        }
        if (r == role::victim && data_.actors[edge.actor].kind != node_kind::person)
          fail(item, "`victim` lists the persons killed, but \"" + data_.actors[edge.actor].id + "\" is a " +
                         std::string(to_string(data_.actors[edge.actor].kind)) +
                         "; use `target` for states and groups");
        for (const auto& other : roles)
          if (other.kind == r && other.actor == edge.actor)
            fail(item, "\"" + data_.actors[edge.actor].id + "\" is listed twice in `" + key + "`");
        roles.push_back(std::move(edge));
      };
      if (list.IsSequence())
        for (const auto& item : list)
          each(item);
      else
        each(list);
    }
    for (auto kind : {link_kind::responds_to, link_kind::part_of}) {
      const std::string key(to_string(kind));
      auto list = n[key];
      if (!list || list.IsNull()) continue;
      auto each = [&](const node& item) {
        incident_link link;
        link.from = index;
        link.kind = kind;
        if (item.IsMap()) {
          check_keys(item, "`" + key + "`", {"incident", "source", "sources", "confidence", "note"});
          if (!item["incident"]) fail(item, "an entry of `" + key + "` has no `incident`");
          link.to = incident_ref(item["incident"], key);
          link.prov = read_provenance(item);
        } else {
          link.to = incident_ref(item, key);
        }
        if (link.to == index) fail(item, "incident \"" + data_.incidents[index].id + "\" cannot " + key + " itself");
        for (const auto& other : links)
          if (other.kind == kind && other.to == link.to)
            fail(item, "\"" + data_.incidents[link.to].id + "\" is listed twice in `" + key + "`");
        links.push_back(std::move(link));
        link_sites.push_back(where(item));
      };
      if (list.IsSequence())
        for (const auto& item : list)
          each(item);
      else
        each(list);
    }
    if (is_new) {
      data_.roles.insert(data_.roles.end(), roles.begin(), roles.end());
      link_sites_.resize(data_.links.size());  // (links of a snapshot have no site)
      data_.links.insert(data_.links.end(), links.begin(), links.end());
      link_sites_.insert(link_sites_.end(), link_sites.begin(), link_sites.end());
      return;
    }
    // A repeat from an earlier file must carry the same roles and links.
    std::vector<role_edge> prior_roles;
    std::vector<incident_link> prior_links;
    for (const auto& r : data_.roles)
      if (r.incident == index) prior_roles.push_back(r);
    for (const auto& l : data_.links)
      if (l.from == index) prior_links.push_back(l);
    if (prior_roles != roles || prior_links != links) {
      fail(n, "conflicting definition of incident \"" + data_.incidents[index].id +
                  "\": its roles or links differ from the one at " +
                  place_text(node_ids_.find(data_.incidents[index].id)->first));
    }
  }
};

}  // namespace

std::string load_warning::text() const {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + ": " + message;
}

namespace {

// load_inputs_with_warnings(). Given inputs it owns (not const), it frees
// each input's bytes once read, so that the text is not held while the
// graph is built (the peak of loading a large scenario).
template <class Inputs>
loaded_scenarios load(Inputs& inputs, const input_limits& limits) {
  constexpr bool release = !std::is_const_v<Inputs>;
  for (const auto& input : inputs)
    if (looks_like_damaged_snapshot(input.bytes))
      throw snapshot_error(input.name +
                           " is not a faultline snapshot any more: its first bytes are damaged (they should read "
                           "\"FLTSNAP\" and a NUL); restore it, or convert the scenario again");
  for (std::size_t k = 1; k < inputs.size(); ++k)
    if (is_snapshot(inputs[k].bytes))
      throw parse_error({inputs[k].name, 0, 0},
                        "a snapshot can only be the first input; list it before the scenario files that add to it");
  const bool starts_with_snapshot = !inputs.empty() && is_snapshot(inputs.front().bytes);
  if (starts_with_snapshot && inputs.size() == 1) return {read_snapshot(inputs.front().bytes, inputs.front().name), {}};
  std::size_t bytes = 0;
  for (const auto& input : inputs)
    bytes += input.bytes.size();
  graph_data data;
  if (starts_with_snapshot) {
    data = read_snapshot_data(inputs.front().bytes, inputs.front().name);
    if constexpr (release) std::string().swap(inputs.front().bytes);
  }
  std::vector<load_warning> warnings;
  scenario_reader reader(data, warnings, limits);
  for (std::size_t k = starts_with_snapshot ? 1 : 0; k < inputs.size(); ++k) {
    reader.read(inputs[k].name, inputs[k].bytes);
    if constexpr (release) std::string().swap(inputs[k].bytes);
  }
  const std::string last = inputs.empty() ? std::string() : inputs.back().name;
  try {
    reader.check_links();
    return {graph(std::move(data)), std::move(warnings)};
  } catch (const usage_error& e) {
    // The reader checks every field, so this is a bug, but report it as bad input, not a crash.
    throw parse_error({last, 0, 0}, e.what());
  } catch (const std::bad_alloc&) {
    // Input too large for memory is bad input (exit 2), not an internal error.
    throw parse_error({last, 0, 0}, "the scenarios are too large for the memory available (" + std::to_string(bytes) +
                                        " bytes in all)");
  }
}

}  // namespace

loaded_scenarios load_inputs_with_warnings(const std::vector<named_input>& inputs, const input_limits& limits) {
  return load(inputs, limits);
}

graph load_inputs(const std::vector<named_input>& inputs, const input_limits& limits) {
  return load_inputs_with_warnings(inputs, limits).g;
}

namespace {

// True when `path` is a regular file that starts with the snapshot magic.
bool is_snapshot_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  char head[16] = {};
  in.read(head, sizeof head);
  return is_snapshot(std::string_view(head, static_cast<std::size_t>(in.gcount())));
}

}  // namespace

loaded_scenarios load_files_with_warnings(const std::vector<std::filesystem::path>& paths, const input_limits& limits) {
  // A snapshot is not held to limits.max_input_bytes: it is checked section
  // by section as it is decoded, and read alone it is mapped, not read.
  const bool snapshot_first = !paths.empty() && is_snapshot_file(paths.front());
  if (snapshot_first && paths.size() == 1) return {read_snapshot(paths.front()), {}};
  std::vector<named_input> inputs;
  inputs.reserve(paths.size());
  for (std::size_t k = 0; k < paths.size(); ++k)
    inputs.push_back({paths[k].string(),
                      read_file(paths[k], k == 0 && snapshot_first ? input_limits{.max_input_bytes = 0} : limits)});
  return load(inputs, limits);
}

graph load_files(const std::vector<std::filesystem::path>& paths, const input_limits& limits) {
  return load_files_with_warnings(paths, limits).g;
}

}  // namespace faultline
