// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private helpers of the fast text readers: a memory-mapped file, a string
// interner without per-lookup allocation, and number parsing that reports
// failure instead of throwing.

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::detail {

/// A read-only memory map of a whole file (or an empty view for an empty file).
class mapped_file {
 public:
  explicit mapped_file(const std::filesystem::path& path);  // throws io_error
  ~mapped_file();
  mapped_file(const mapped_file&) = delete;
  mapped_file& operator=(const mapped_file&) = delete;
  [[nodiscard]] std::string_view bytes() const noexcept { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

/// Maps strings to dense indices in order of first appearance. Open
/// addressing with linear probing; the key bytes are copied once per new key.
class interner {
 public:
  explicit interner(std::vector<std::string>& names) : names_(names) {
    for (std::size_t k = 0; k < names_.size(); ++k) insert_new(names_[k], static_cast<std::uint32_t>(k));
  }

  std::uint32_t intern(std::string_view key) {
    const std::uint64_t h = hash(key);
    if ((names_.size() + 1) * 2 > slots_.size()) grow();
    std::size_t i = h & mask_;
    while (slots_[i] != 0) {
      const std::uint32_t n = slots_[i] - 1;
      if (hashes_[n] == h && names_[n] == key) return n;
      i = (i + 1) & mask_;
    }
    const auto n = static_cast<std::uint32_t>(names_.size());
    names_.emplace_back(key);
    hashes_.push_back(h);
    slots_[i] = n + 1;
    return n;
  }

  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t h = hash(key);
    for (std::size_t i = h & mask_; slots_[i] != 0; i = (i + 1) & mask_) {
      const std::uint32_t n = slots_[i] - 1;
      if (hashes_[n] == h && names_[n] == key) return n;
    }
    return std::nullopt;
  }

  static std::uint64_t hash(std::string_view key) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
    std::size_t k = 0;
    for (; k + 8 <= key.size(); k += 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, key.data() + k, 8);
      h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    std::uint64_t tail = 0;
    if (k < key.size()) std::memcpy(&tail, key.data() + k, key.size() - k);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
  }

 private:
  void insert_new(std::string_view key, std::uint32_t n) {
    if ((names_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash(key);
    if (hashes_.size() <= n) hashes_.resize(n + 1);
    hashes_[n] = h;
    std::size_t i = h & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = n + 1;
  }

  void grow() {
    const std::size_t capacity = slots_.empty() ? 1024 : slots_.size() * 2;
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (std::uint32_t n = 0; n < hashes_.size(); ++n) {
      std::size_t i = hashes_[n] & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = n + 1;
    }
  }

  std::vector<std::string>& names_;
  std::vector<std::uint32_t> slots_;  // node index + 1; 0 is empty
  std::vector<std::uint64_t> hashes_;
  std::size_t mask_ = 0;
};

/// A finite double, or nullopt. Accepts a leading '+'.
inline std::optional<double> parse_double(std::string_view text) noexcept {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

/// Trims spaces and a trailing carriage return.
inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace faultline::detail
