// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/name_index.hpp>

#include <faultline/graph/detail/assert.hpp>

#include <algorithm>
#include <tuple>

namespace faultline {
namespace {

// ASCII base letters for U+00C0..U+00FF and U+0100..U+017F; ' ' marks a
// character that separates words (× and ÷).
constexpr std::string_view latin1 =
    "aaaaaaaceeeeiiiidnooooo ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo ouuuuyty";
constexpr std::string_view latin_ext_a =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
    "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string fold_name(std::string_view name) {
  // First pass: lowercase, fold Latin diacritics, punctuation to spaces.
  std::string flat;
  flat.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (c == '\'' || c == '`') continue;  // "Ba'ath" = "Baath"
      const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      flat += is_word_char(lower) ? lower : ' ';
      continue;
    }
    // Two-byte UTF-8 sequence: decode the code point.
    if ((c & 0xE0) == 0xC0 && i + 1 < name.size()) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp <= 0xFF) {
        flat += latin1[cp - 0xC0];
        ++i;
        continue;
      }
      if (cp >= 0x100 && cp <= 0x17F) {
        flat += latin_ext_a[cp - 0x100];
        ++i;
        continue;
      }
      if (cp == 0x2BE || cp == 0x2BF) {  // Arabic transliteration hamza/ayn marks
        ++i;
        continue;
      }
    }
    // Three-byte: curly quotes and the usual dashes.
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
      const auto third = static_cast<unsigned char>(name[i + 2]);
      if (third == 0x98 || third == 0x99) {  // ‘ ’
        i += 2;
        continue;
      }
      if (third >= 0x90 && third <= 0x95) {  // hyphens and dashes
        flat += ' ';
        i += 2;
        continue;
      }
    }
    flat += static_cast<char>(c);  // other scripts: kept byte for byte
  }
  // Second pass: split into words, drop articles, join runs of single letters ("u s" -> "us").
  std::vector<std::string_view> words;
  std::string_view rest(flat);
  while (!rest.empty()) {
    const auto start = rest.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    const auto end = std::min(rest.find(' '), rest.size());
    words.push_back(rest.substr(0, end));
    rest.remove_prefix(end);
  }
  const auto is_article = [](std::string_view w) { return w == "al" || w == "el" || w == "the"; };
  const bool all_articles = std::all_of(words.begin(), words.end(), is_article);
  std::string out;
  bool previous_single = false;
  for (auto w : words) {
    if (!all_articles && is_article(w)) continue;
    const bool single = w.size() == 1;
    if (!out.empty() && !(single && previous_single)) out += ' ';
    out += w;
    previous_single = single;
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j)
    prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

name_index::name_index(const graph_data& data) : data_(&data) {
  std::size_t names = data.incidents.size() * 2;
  for (const auto& a : data.actors)
    names += 2 + a.aliases.size();
  entries_.reserve(names);
  by_key_.reserve(names);
  // Ids: a table at most half full.
  std::size_t capacity = 16;
  while (capacity < 2 * (data.actors.size() + data.incidents.size()))
    capacity *= 2;
  id_slots_.assign(capacity, 0);
  const std::size_t mask = capacity - 1;
  auto add_id = [&](const std::string& id, node_ref node) {
    const auto h = std::hash<std::string_view>{}(id);
    const std::uint64_t tag = (static_cast<std::uint64_t>(h) >> 33) << 33;
    std::size_t k = h & mask;
    for (; id_slots_[k] != 0; k = (k + 1) & mask) {
      if ((id_slots_[k] >> 33 << 33) == tag && id_of(id_slots_[k]) == id) {
        if (duplicate_.empty()) duplicate_ = id;
        return;
      }
    }
    id_slots_[k] = tag | (std::uint64_t{node.is_incident} << 32) | (std::uint64_t{node.index} + 1);
  };
  auto add = [&](std::string_view text, node_ref node) {
    std::string key = fold_name(text);
    if (key.empty()) return;
    auto& slot = by_key_[key];
    for (auto e : slot)
      if (entries_[e].node == node) return;
    slot.push_back(static_cast<std::uint32_t>(entries_.size()));
    entries_.push_back({std::move(key), node});
  };
  for (std::uint32_t i = 0; i < data.actors.size(); ++i) {
    const auto& a = data.actors[i];
    const node_ref node{false, i};
    add_id(a.id, node);
    add(a.id, node);
    add(a.name, node);
    for (const auto& alias : a.aliases)
      add(alias, node);
    for (const auto& m : a.merged)
      add(m.name, node);
  }
  for (std::uint32_t i = 0; i < data.incidents.size(); ++i) {
    const auto& inc = data.incidents[i];
    const node_ref node{true, i};
    add_id(inc.id, node);
    // Imported events (millions of them) are found by their exact id only.
    if (!inc.coding.dataset.empty()) continue;
    add(inc.id, node);
    add(inc.name, node);
  }
  // The entries by the length of their key (stable: index order within a
  // length), so that suggest() visits only keys of a length that can match.
  by_length_.resize(entries_.size());
  for (std::uint32_t e = 0; e < entries_.size(); ++e)
    by_length_[e] = e;
  std::stable_sort(by_length_.begin(), by_length_.end(), [this](std::uint32_t x, std::uint32_t y) {
    return entries_[x].key.size() < entries_[y].key.size();
  });
}

const std::string& name_index::id_of(std::uint64_t slot) const noexcept {
  const auto index = static_cast<std::uint32_t>(slot) - 1;
  return ((slot >> 32) & 1) != 0 ? data_->incidents[index].id : data_->actors[index].id;
}

std::optional<node_ref> name_index::find_id(std::string_view id) const noexcept {
  if (id_slots_.empty()) return std::nullopt;
  const auto h = std::hash<std::string_view>{}(id);
  const std::uint64_t tag = (static_cast<std::uint64_t>(h) >> 33) << 33;
  const std::size_t mask = id_slots_.size() - 1;
  for (std::size_t k = h & mask; id_slots_[k] != 0; k = (k + 1) & mask)
    if ((id_slots_[k] >> 33 << 33) == tag && id_of(id_slots_[k]) == id)
      return node_ref{((id_slots_[k] >> 32) & 1) != 0, static_cast<std::uint32_t>(id_slots_[k]) - 1};
  return std::nullopt;
}

std::vector<incident_index> incidents_named(const event_store& store, std::string_view name) {
  const auto key = fold_name(name);
  std::vector<incident_index> folded;
  for (incident_index i = 0; i < store.size(); ++i) {
    const auto id = store.id(i);
    if (id == name) return {i};
    // Imported events are indexed by their exact id only (name_index's constructor).
    if (!store.dataset(i).empty() || key.empty()) continue;
    if (fold_name(id) == key || fold_name(store.name_of(i)) == key) folded.push_back(i);
  }
  return folded;
}

std::vector<node_ref> name_index::lookup(std::string_view name) const {
  std::vector<node_ref> out;
  if (auto exact = find_id(name)) return {*exact};
  if (auto it = by_key_.find(fold_name(name)); it != by_key_.end()) {
    for (auto e : it->second)
      out.push_back(entries_[e].node);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out;
}

namespace {

// Keys longer than this get no edit-distance suggestion (a word containing
// them still does), and at most this many keys are compared by edit
// distance in one suggest(): a "did you mean" must never cost more than the
// error it decorates (issue 17: O(n·L²) took 34-48 s on long ids).
constexpr std::size_t longest_compared = 64;
constexpr std::size_t most_compared = 100000;

// The optimal-string-alignment distance of a and b if it is at most
// `limit`, else limit + 1; stops as soon as two consecutive rows exceed
// the limit (no later cell can come back under it). `rows` is scratch.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t limit,
                             std::vector<std::size_t>& rows) {
  const std::size_t n = a.size(), m = b.size();
  rows.assign(3 * (m + 1), 0);
  std::size_t* prev2 = rows.data();
  std::size_t* prev = prev2 + (m + 1);
  std::size_t* cur = prev + (m + 1);
  for (std::size_t j = 0; j <= m; ++j)
    prev[j] = j;
  std::size_t prev_min = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit && prev_min > limit) return limit + 1;
    prev_min = row_min;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

// True when `key` is one of the space-separated words of `text`, or a run of them.
bool contains_words(std::string_view text, std::string_view key) {
  for (auto at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1))
    if ((at == 0 || text[at - 1] == ' ') && (at + key.size() == text.size() || text[at + key.size()] == ' '))
      return true;
  return false;
}

}  // namespace

std::vector<std::string> name_index::suggest(std::string_view name, std::size_t max) const {
  if (data_ == nullptr || max == 0) return {};
  const std::string key = fold_name(name);
  const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
  const bool compare = key.size() <= longest_compared;
  FAULTLINE_ASSERT(by_length_.size() == entries_.size(), "the length order does not cover the index");
  std::vector<std::tuple<std::size_t, std::uint32_t, node_ref>> scored;  // distance, entry, node
  std::vector<std::size_t> rows;
  std::size_t compared = 0;
  // Keys shorter than the name by more than the limit are neither within
  // the distance nor contain it: skipped, by their length.
  const std::size_t shortest = key.size() > limit ? key.size() - limit : 0;
  const auto from = std::lower_bound(by_length_.begin(), by_length_.end(), shortest,
                                     [this](std::uint32_t e, std::size_t n) { return entries_[e].key.size() < n; });
  for (auto it = from; it != by_length_.end(); ++it) {
    const auto e = *it;
    const auto& candidate = entries_[e];
    const std::size_t length = candidate.key.size();
    std::size_t d = limit + 1;
    if (compare && length <= key.size() + limit && compared < most_compared) {
      ++compared;
      d = bounded_distance(key, candidate.key, limit, rows);
    }
    // A word of the name contained in a longer key ("nujaba" in "harakat nujaba").
    if (d > limit && key.size() >= 3 && length > key.size() && contains_words(candidate.key, key)) d = limit;
    if (d <= limit) scored.emplace_back(d, e, candidate.node);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  std::vector<node_ref> seen;
  for (const auto& [d, e, node] : scored) {
    if (std::find(seen.begin(), seen.end(), node) != seen.end()) continue;
    seen.push_back(node);
    const auto& id = node.is_incident ? data_->incidents[node.index].id : data_->actors[node.index].id;
    const auto& display = node.is_incident ? data_->incidents[node.index].name : data_->actors[node.index].name;
    out.push_back(display == id ? id : display + " (" + id + ")");
    if (out.size() == max) break;
  }
  return out;
}

}  // namespace faultline
