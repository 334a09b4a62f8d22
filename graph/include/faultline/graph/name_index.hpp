// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Finding actors and incidents by id, name or alias, forgivingly.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <faultline/graph/event_store.hpp>
#include <faultline/graph/model.hpp>

namespace faultline {

/// A node of either family: an actor or an incident.
struct node_ref {
  bool is_incident = false;
  std::uint32_t index = no_index;

  friend bool operator==(const node_ref&, const node_ref&) = default;
  friend auto operator<=>(const node_ref&, const node_ref&) = default;
};

/// Folds a name to the key the index matches on: lowercase, Latin diacritics
/// removed (é→e, ā→a), every run of punctuation or space made one space, and
/// the articles "al", "el" and "the" dropped as words ("Harakat al-Nujaba",
/// "harakat al nujaba" and "Harakat Nujaba" all fold to "harakat nujaba").
/// Runs of single letters are joined ("U.S." and "US" both fold to "us").
/// Characters outside Latin are kept as they are.
[[nodiscard]] std::string fold_name(std::string_view name);

/// Damerau-Levenshtein (optimal string alignment) distance, on bytes.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The incidents of a columnar snapshot that `name` finds by the rules of
/// name_index over the graph the snapshot loads into: the incident whose
/// id is exactly `name`, alone, if there is one; else every hand-written
/// (not imported) incident whose id or name folds to the key of `name`, in
/// index order. For a command that resolves names among the snapshot's
/// actors alone (or finds one incident) and must report a name that is
/// both, or neither, as the whole graph would. O(incidents), reading the
/// id, name and dataset columns.
/// \throws snapshot_error when a column read is damaged
[[nodiscard]] std::vector<incident_index> incidents_named(const event_store& store, std::string_view name);

/// Index over ids, names and aliases of every node of a graph.
class name_index {
 public:
  name_index() = default;
  /// Indexes every actor's id, name, aliases and merged names and every
  /// incident's id and name; an imported event (incident::coding.dataset
  /// set) by its exact id only. O(total name length).
  explicit name_index(const graph_data& data);

  /// The node whose id is exactly `name`, if there is one (only that node);
  /// otherwise every node whose id, name or an alias folds to the same key
  /// as `name`, without duplicates, actors before incidents, in index order.
  [[nodiscard]] std::vector<node_ref> lookup(std::string_view name) const;

  /// Up to `max` display strings ("Harakat al-Nujaba (nujaba)") of the nodes
  /// whose names are closest to `name`: edit distance on folded keys within a
  /// third of the length (at least 2), or containing it as a word. Bounded
  /// for hostile input: only keys of a length that can match are visited; a
  /// folded name longer than 64 bytes is matched by containment only; and at
  /// most 100,000 keys (the shortest that can match first) are compared by
  /// edit distance, each in O(L·K) with an early stop. So the cost is
  /// O(number of keys + total length of the longer keys), never O(n·L²).
  [[nodiscard]] std::vector<std::string> suggest(std::string_view name, std::size_t max = 3) const;

  /// The node whose id is exactly `id`, if any. One hash probe, no allocation.
  [[nodiscard]] std::optional<node_ref> find_id(std::string_view id) const noexcept;

  /// An id two nodes share (the first found), or empty: graph checks it.
  [[nodiscard]] const std::string& duplicate_id() const noexcept { return duplicate_; }

 private:
  const std::string& id_of(std::uint64_t slot) const noexcept;
  struct entry {
    std::string key;
    node_ref node;
  };
  const graph_data* data_ = nullptr;
  std::vector<entry> entries_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_key_;  // key -> entries_
  std::vector<std::uint32_t> by_length_;                                // entries_ by the length of their key
  // Exact ids: open addressing over 64-bit slots, (hash tag << 33) |
  // (is incident << 32) | (index + 1); 0 is empty. The keys stay in *data_.
  std::vector<std::uint64_t> id_slots_;
  std::string duplicate_;
};

}  // namespace faultline
