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

namespace hash_detail {
// The 128-bit product of a and b, its halves folded by xor: the mixing step
// of wyhash (Wang Yi's hash, public domain), one multiply per 16 bytes.
[[nodiscard]] inline std::uint64_t fold_multiply(std::uint64_t a, std::uint64_t b) noexcept {
#if defined(__SIZEOF_INT128__)
  __extension__ using u128 = unsigned __int128;
  const u128 r = static_cast<u128>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
#else
  const std::uint64_t a0 = a & 0xFFFFFFFFu, a1 = a >> 32, b0 = b & 0xFFFFFFFFu, b1 = b >> 32;
  const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const std::uint64_t middle = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
  const std::uint64_t low = (p00 & 0xFFFFFFFFu) | (middle << 32);
  const std::uint64_t high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
  return low ^ high;
#endif
}
[[nodiscard]] inline std::uint64_t load8(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
[[nodiscard]] inline std::uint64_t load4(const char* p) noexcept {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}
}  // namespace hash_detail

/// A hash of text for in-memory tables, sixteen bytes per multiply (after
/// wyhash): several times as fast as std::hash on the 2- to 100-byte
/// strings importers and snapshots intern (codes, places, resolution keys,
/// source URLs). Not for anything stored: the value may change between
/// versions.
[[nodiscard]] inline std::uint64_t text_hash(std::string_view s) noexcept {
  using hash_detail::fold_multiply;
  using hash_detail::load4;
  using hash_detail::load8;
  constexpr std::uint64_t k0 = 0xA0761D6478BD642Full, k1 = 0xE7037ED1A0B428DBull, k2 = 0x8EBC6AF09C88C6E3ull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = 0x243F6A8885A308D3ull ^ fold_multiply(n ^ k0, k1);
  std::uint64_t a = 0, b = 0;
  if (n <= 16) {
    if (n >= 4) {
      // Two to four overlapping 4-byte words cover 4 to 16 bytes.
      const std::size_t q = (n >> 3) << 2;
      a = (load4(p) << 32) | load4(p + q);
      b = (load4(p + n - 4) << 32) | load4(p + n - 4 - q);
    } else if (n > 0) {
      a = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (std::uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) | static_cast<unsigned char>(p[n - 1]);
    }
  } else {
    for (; n > 16; n -= 16, p += 16)
      h = fold_multiply(load8(p) ^ k1, load8(p + 8) ^ h);
    // The last 16 bytes (overlapping what came before when fewer are left).
    a = load8(p + n - 16);
    b = load8(p + n - 8);
  }
  return fold_multiply(k1 ^ s.size(), fold_multiply(a ^ k1, b ^ h ^ k2));
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
  [[nodiscard]] std::size_t size() const noexcept {
    return ends_.size();
  }
  /// Bytes of text held.
  [[nodiscard]] std::size_t bytes() const noexcept {
    return text_.size();
  }

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
      while (slots_[i] != 0)
        i = (i + 1) & mask_;
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
