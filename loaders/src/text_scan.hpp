// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private helpers of the fast text readers: a memory-mapped file, a string
// interner without per-lookup allocation, and number parsing that reports
// failure instead of throwing.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/error.hpp>

namespace faultline::detail {

/// A read-only memory map of a whole file (or an empty view for an empty file).
class mapped_file {
 public:
  explicit mapped_file(const std::filesystem::path& path);  // throws io_error
  ~mapped_file();
  mapped_file(const mapped_file&) = delete;
  mapped_file& operator=(const mapped_file&) = delete;
  [[nodiscard]] std::string_view bytes() const noexcept { return {static_cast<const char*>(data_), size_}; }
  /// Drops the resident pages of the first `upto` bytes (whole pages only);
  /// reading them again faults them back in from the file.
  void release(std::size_t upto) noexcept;

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

/// Maps strings to dense indices in order of first appearance.
///
/// Two paths, chosen by the key alone (so a key always takes the same one):
/// a key that is a plain decimal number below 2^24 (no sign, no leading
/// zero) is looked up in a direct table indexed by its value, one memory
/// access; any other key in an open-addressing hash table with linear
/// probing whose slots hold a 32-bit hash tag beside the index, so a probe
/// rarely touches the key itself. Key bytes are copied once per new key.
class interner {
 public:
  explicit interner(std::vector<std::string>& names) : names_(names) {
    for (std::size_t k = 0; k < names_.size(); ++k)
      insert_new(names_[k], static_cast<std::uint32_t>(k));
  }

  std::uint32_t intern(std::string_view key) { return intern(key, small_number(key)); }

  /// intern(key) for a caller that has already computed small_number(key)
  /// while scanning the key (a fast reader): `number` must equal it.
  std::uint32_t intern(std::string_view key, std::int64_t number) {
    if (number >= 0) {
      const auto value = static_cast<std::size_t>(number);
      if (value >= direct_.size()) direct_.resize(std::max(value + 1, direct_.size() * 2), 0);
      auto& slot = direct_[value];
      if (slot == 0) {
        names_.emplace_back(key);
        slot = static_cast<std::uint32_t>(names_.size());
      }
      return slot - 1;
    }
    const std::uint64_t h = hash(key);
    if ((hashed_ + 1) * 2 > slots_.size()) grow();
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    std::size_t i = h & mask_;
    while (slots_[i] != 0) {
      const auto n = static_cast<std::uint32_t>(slots_[i]) - 1;
      if (static_cast<std::uint32_t>(slots_[i] >> 32) == tag && names_[n] == key) return n;
      i = (i + 1) & mask_;
    }
    const auto n = static_cast<std::uint32_t>(names_.size());
    names_.emplace_back(key);
    slots_[i] = (static_cast<std::uint64_t>(tag) << 32) | (n + 1);
    ++hashed_;
    return n;
  }

  /// Asks the processor to fetch the table slot of `key` ahead of intern(key).
  void prefetch(std::string_view key) const noexcept { prefetch(key, small_number(key)); }

  /// prefetch(key) with small_number(key) already computed, as for intern(key, number).
  void prefetch(std::string_view key, std::int64_t number) const noexcept {
    if (number >= 0) {
      if (static_cast<std::size_t>(number) < direct_.size()) __builtin_prefetch(direct_.data() + number);
    } else if (!slots_.empty()) {
      __builtin_prefetch(slots_.data() + (hash(key) & mask_));
    }
  }

  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key) const {
    const auto number = small_number(key);
    if (number >= 0) {
      const auto value = static_cast<std::size_t>(number);
      if (value >= direct_.size() || direct_[value] == 0) return std::nullopt;
      return direct_[value] - 1;
    }
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t h = hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_; slots_[i] != 0; i = (i + 1) & mask_) {
      const auto n = static_cast<std::uint32_t>(slots_[i]) - 1;
      if (static_cast<std::uint32_t>(slots_[i] >> 32) == tag && names_[n] == key) return n;
    }
    return std::nullopt;
  }

  static std::uint64_t hash(std::string_view key) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
    std::size_t k = 0;
    for (; k + 8 <= key.size(); k += 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, key.data() + k, 8);
      h = mix(h ^ chunk);
    }
    std::uint64_t tail = 0;
    if (k < key.size()) std::memcpy(&tail, key.data() + k, key.size() - k);
    return mix(h ^ tail);
  }

  /// The value of a plain decimal key below 2^24 ("0", "17", not "017", "+1"
  /// or "1.0"), or -1: the keys that take the direct table.
  static std::int64_t small_number(std::string_view key) noexcept {
    if (key.empty() || key.size() > 8 || (key[0] == '0' && key.size() > 1)) return -1;
    std::int64_t value = 0;
    for (char c : key) {
      if (c < '0' || c > '9') return -1;
      value = value * 10 + (c - '0');
    }
    return small_number_of_digits(value, key.size(), key[0]);
  }

  /// small_number() of a key of `length` decimal digits only, the first
  /// `first`, whose value is `value` (unsigned arithmetic: it may have
  /// wrapped when length > 19, and is then not used).
  static std::int64_t small_number_of_digits(std::uint64_t value, std::size_t length, char first) noexcept {
    if (length == 0 || length > 8 || (first == '0' && length > 1) || value >= (std::uint64_t{1} << 24)) return -1;
    return static_cast<std::int64_t>(value);
  }

 private:
  // The finaliser of MurmurHash3 (fmix64): every input bit reaches every
  // output bit, so the low bits that pick a slot are well spread.
  static std::uint64_t mix(std::uint64_t h) noexcept {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
  }

  void insert_new(std::string_view key, std::uint32_t n) {
    const auto number = small_number(key);
    if (number >= 0) {
      const auto value = static_cast<std::size_t>(number);
      if (value >= direct_.size()) direct_.resize(std::max(value + 1, direct_.size() * 2), 0);
      direct_[value] = n + 1;
      return;
    }
    if ((hashed_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash(key);
    std::size_t i = h & mask_;
    while (slots_[i] != 0)
      i = (i + 1) & mask_;
    slots_[i] = ((h >> 32) << 32) | (n + 1);
    ++hashed_;
  }

  void grow() {
    const std::size_t capacity = slots_.empty() ? 1024 : slots_.size() * 2;
    std::vector<std::uint64_t> old(capacity, 0);
    old.swap(slots_);
    mask_ = capacity - 1;
    for (const auto slot : old) {
      if (slot == 0) continue;
      const auto n = static_cast<std::uint32_t>(slot) - 1;
      std::size_t i = hash(names_[n]) & mask_;
      while (slots_[i] != 0)
        i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::vector<std::string>& names_;
  std::vector<std::uint32_t> direct_;  // decimal value -> index + 1; 0 is absent
  std::vector<std::uint64_t> slots_;   // hash tag << 32 | (index + 1); 0 is empty
  std::size_t hashed_ = 0;             // keys in the hash table
  std::size_t mask_ = 0;
};

/// The whole of `text` as an integer of type T (no spaces, no sign for an
/// unsigned T); false when it is anything else or out of T's range.
template <class T>
bool parse_integer(std::string_view text, T& out) noexcept {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && ptr == text.data() + text.size();
}

/// The decimal digits at the start of [p, end): how many there are, and in
/// `value` their value (wrapped modulo 2^64 past 19 digits). Eight bytes at a
/// time where eight can be read (SWAR: the first non-digit byte found by
/// bit tests, up to seven digits converted by three multiplications),
/// since node ids are mostly short numbers.
inline std::size_t leading_digits(const char* p, const char* end, std::uint64_t& value) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  if (end - p >= 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, p, 8);  // byte k is p[k] (little-endian)
    // A byte is a digit when its high nibble is 3 and stays 3 after adding 6
    // (0x30..0x39). A carry out of a byte only disturbs the bytes after it,
    // which lie beyond the first non-digit anyway.
    const std::uint64_t not_digit =
        ((chunk & (0xF0 * ones)) ^ (0x30 * ones)) | (((chunk + 0x06 * ones) & (0xF0 * ones)) ^ (0x30 * ones));
    if (not_digit != 0) {
      const auto count = static_cast<std::size_t>(__builtin_ctzll(not_digit)) / 8;
      if (count == 0) {
        value = 0;
        return 0;
      }
      // The digits' values, moved to the high bytes so that the first digit is
      // the most significant of eight (the rest are leading zeros).
      std::uint64_t v = (chunk - 0x30 * ones) << (8 * (8 - count));
      v = (v * 10) + (v >> 8);
      v = (((v & 0x000000FF000000FFull) * (100 + (1000000ull << 32))) +
           (((v >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32)))) >>
          32;
      value = v;
      return count;
    }
  }
  std::uint64_t v = 0;
  const char* q = p;
  for (; q != end && static_cast<unsigned>(*q - '0') < 10; ++q)
    v = v * 10 + static_cast<unsigned>(*q - '0');
  value = v;
  return static_cast<std::size_t>(q - p);
}

/// A finite double, or nullopt. Accepts a leading '+' (not followed by '-').
inline std::optional<double> parse_double(std::string_view text) noexcept {
  if (!text.empty() && text.front() == '+') {
    text.remove_prefix(1);
    if (!text.empty() && text.front() == '-') return std::nullopt;
  }
  // Fast path for plain decimals ("-3.8243626062323", "27.8333"), the
  // numbers event files are full of: at most 15 digits make a mantissa
  // below 2^53 and a power of ten up to 10^15, both exact as doubles, so
  // one division is correctly rounded (Clinger), the value from_chars gives.
  {
    static constexpr double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool negative = p != end && *p == '-';
    p += negative ? 1 : 0;
    std::uint64_t mantissa = 0;  // (wraps past 19 digits, unused then)
    const char* const whole = p;
    for (; p != end && static_cast<unsigned>(*p - '0') < 10; ++p)
      mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
    const auto whole_digits = static_cast<std::size_t>(p - whole);
    std::size_t decimals = 0;
    if (p != end && *p == '.') {
      const char* const fraction = ++p;
      for (; p != end && static_cast<unsigned>(*p - '0') < 10; ++p)
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
      decimals = static_cast<std::size_t>(p - fraction);
    }
    const std::size_t digits = whole_digits + decimals;
    if (p == end && digits > 0 && digits <= 15) {
      const double v = static_cast<double>(mantissa) / powers[decimals];
      return negative ? -v : v;
    }
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

/// Trims spaces and a trailing carriage return.
inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// ---------------------------------------------------------------- encoding
//
// The one encoding policy of every reader (docs/limits.md): input text is
// UTF-8, and a file that is not (a byte that is no part of a well-formed
// character, or a NUL byte) is refused whole at the byte's line and column,
// before anything of it is read. A byte-order mark at the start is skipped.

/// Offset of the first byte of `text` that is a NUL or not part of
/// well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF), or npos. Runs of ASCII are skipped eight bytes at a time.
inline std::size_t first_bad_byte(std::string_view text) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n) {
      std::uint64_t v = 0;
      std::memcpy(&v, p + i, 8);
      // No byte >= 0x80 and no zero byte in these eight.
      if (((v | ((v - ones) & ~v)) & highs) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned c = p[i];
    if (c == 0) return i;
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // no overlong forms
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
    i += len;
  }
  return std::string_view::npos;
}

/// `text` with every byte first_bad_byte() would stop at, NUL included,
/// replaced by U+FFFD; `text` itself when it is valid. For writers, which
/// must turn whatever a graph holds (a snapshot of an older version may hold
/// anything) into a file that reads back.
inline std::string valid_utf8(std::string_view text) {
  std::string out;
  for (std::size_t at = 0;;) {
    const auto bad = first_bad_byte(text.substr(at));
    if (bad == std::string_view::npos) {
      out.append(text.substr(at));
      return out;
    }
    out.append(text.substr(at, bad));
    out += "\xEF\xBF\xBD";
    at += bad + 1;
  }
}

/// `bytes` without a UTF-8 byte-order mark (EF BB BF) at its start.
[[nodiscard]] inline std::string_view without_bom(std::string_view bytes) noexcept {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

/// Refuses `bytes` (all or the rest of a file, after `lines_before` lines)
/// unless it is UTF-8 without NUL bytes: parse_error at the first bad
/// byte's line and column (in bytes, 1-based). With `map`, the mapping
/// `bytes` views, the pages checked are released as the check goes, so a
/// large file is not all resident at once.
/// \throws parse_error
inline void require_utf8(std::string_view bytes, const std::string& file, std::uint64_t lines_before = 0,
                         mapped_file* map = nullptr) {
  constexpr std::size_t chunk = std::size_t{16} << 20;
  std::size_t bad = std::string_view::npos;
  for (std::size_t at = 0; at < bytes.size();) {
    std::size_t end = std::min(bytes.size(), at + chunk);
    // A chunk never ends inside a character: it takes the continuation bytes after its end.
    while (end < bytes.size() && end - at < chunk + 4 && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80)
      ++end;
    const auto found = first_bad_byte(bytes.substr(at, end - at));
    if (found != std::string_view::npos) {
      bad = at + found;
      break;
    }
    at = end;
    if (map != nullptr) map->release(static_cast<std::size_t>(bytes.data() + at - map->bytes().data()));
  }
  if (bad == std::string_view::npos) return;
  const auto before = bytes.substr(0, bad);
  const auto line = lines_before + 1 + static_cast<std::uint64_t>(std::count(before.begin(), before.end(), '\n'));
  const auto line_start = before.rfind('\n');
  const auto column = bad - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
  const auto b = static_cast<unsigned char>(bytes[bad]);
  if (b == 0)
    throw parse_error({file, static_cast<std::size_t>(line), column},
                      "the file holds a NUL byte (0x00), which no text can hold; is it a binary file?");
  static constexpr char hex[] = "0123456789abcdef";
  throw parse_error({file, static_cast<std::size_t>(line), column},
                    "the file is not valid UTF-8 (byte 0x" + std::string{hex[b >> 4], hex[b & 15]} +
                        "): faultline reads UTF-8 text only; convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`");
}

}  // namespace faultline::detail
