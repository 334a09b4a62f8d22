// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Internal to faultline (the graph and loaders libraries share it); not
/// part of the public API.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace faultline::detail {

/// A hash of text for in-memory tables, eight bytes at a time: about four
/// times as fast as std::hash on the 20- to 100-byte strings importers and
/// snapshots intern (codes, places, source URLs). Not for anything stored:
/// the value may change between versions.
[[nodiscard]] inline std::uint64_t text_hash(std::string_view s) noexcept {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * k);
  const char* p = s.data();
  std::size_t n = s.size();
  auto mix = [&](std::uint64_t w) {
    h = (h ^ w) * k;
    h ^= h >> 29;
  };
  for (; n >= 8; n -= 8, p += 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    mix(w);
  }
  if (n > 0) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    mix(w);
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 32);
}

/// Hash and equality that let unordered containers of std::string be
/// searched with a string_view, without building a string.
struct text_hasher {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return static_cast<std::size_t>(text_hash(s)); }
};
struct text_equal {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

/// Strings numbered in the order they are first added (an interning
/// table): open addressing over 64-bit slots (32 bits of the hash, the
/// number + 1), the text kept end to end in one buffer, and the low 32 bits
/// of each entry's hash (to place it again when the table grows). Unlike
/// std::unordered_map, a lookup touches one slot array and compares text
/// only when 32 bits of hash match, and no node is allocated per string.
class text_table {
 public:
  /// The number of `s`, if it is in the table.
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view s) const noexcept { return find(s, text_hash(s)); }
  /// The same, with `h` == text_hash(s) computed before.
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view s, std::uint64_t h) const noexcept {
    if (slots_.empty()) return std::nullopt;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const auto slot = slots_[i];
      if (slot == 0) return std::nullopt;
      if ((slot >> 32) == (h >> 32) && at(static_cast<std::uint32_t>(slot) - 1) == s)
        return static_cast<std::uint32_t>(slot) - 1;
    }
  }
  /// The number of `s`, added if it is new (`second`: it was added).
  std::pair<std::uint32_t, bool> intern(std::string_view s) { return intern(s, text_hash(s)); }
  /// The same, with `h` == text_hash(s) computed before.
  std::pair<std::uint32_t, bool> intern(std::string_view s, std::uint64_t h) {
    if ((ends_.size() + 1) * 2 > slots_.size()) grow();
    std::size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      const auto slot = slots_[i];
      if (slot == 0) break;
      if ((slot >> 32) == (h >> 32) && at(static_cast<std::uint32_t>(slot) - 1) == s)
        return {static_cast<std::uint32_t>(slot) - 1, false};
    }
    const auto number = static_cast<std::uint32_t>(ends_.size());
    text_.insert(text_.end(), s.begin(), s.end());
    ends_.push_back(text_.size());
    low_.push_back(static_cast<std::uint32_t>(h));
    slots_[i] = (h & 0xFFFFFFFF00000000ull) | (std::uint64_t{number} + 1);
    return {number, true};
  }
  /// Asks the processor to fetch the slot a lookup of hash `h` starts at
  /// (a lookup some rows ahead then finds it in cache).
  void prefetch(std::uint64_t h) const noexcept {
#if defined(__GNUC__)
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
#else
    (void)h;
#endif
  }
  /// The string numbered k (k < size()).
  [[nodiscard]] std::string_view at(std::uint32_t k) const noexcept {
    const std::size_t begin = k == 0 ? 0 : ends_[k - 1];
    return {text_.data() + begin, ends_[k] - begin};
  }
  [[nodiscard]] std::size_t size() const noexcept { return ends_.size(); }
  /// Bytes of text held.
  [[nodiscard]] std::size_t bytes() const noexcept { return text_.size(); }

 private:
  // Doubles the slots; the entries' places come from the low hash bits
  // kept for them (no text is hashed again). Tables stay below 2^32 slots.
  void grow() {
    std::vector<std::uint64_t> old(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const auto slot : old) {
      if (slot == 0) continue;
      std::size_t i = low_[static_cast<std::uint32_t>(slot) - 1] & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::vector<char> text_;
  std::vector<std::size_t> ends_;
  std::vector<std::uint32_t> low_;  // per entry: the low 32 bits of its hash
};

}  // namespace faultline::detail
