// SPDX-License-Identifier: Apache-2.0
#pragma once
// For tests and the fuzz target: reading and patching the header and section
// table of a version-5 (columnar) snapshot, written from the layout in
// docs/snapshot-format.md, independently of the library's reader.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace columnar_bytes {

inline constexpr std::size_t header_size = 64, entry_size = 32, header_crc_at = 56;

// Reference CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), bit by bit.
inline std::uint32_t reference_crc32(std::string_view bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : bytes) {
    crc ^= c;
    for (int k = 0; k < 8; ++k)
      crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
  }
  return ~crc;
}

inline std::uint64_t le(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint64_t v = 0;
  for (std::size_t k = 0; k < width; ++k)
    v |= std::uint64_t{static_cast<unsigned char>(bytes[at + k])} << (8 * k);
  return v;
}

inline void put_le(std::string& bytes, std::size_t at, std::uint64_t v, std::size_t width) {
  for (std::size_t k = 0; k < width; ++k)
    bytes[at + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
}

struct section {
  std::uint32_t kind = 0, width = 0, crc = 0;
  std::uint64_t offset = 0, size = 0;
  std::size_t entry_at = 0;  // where its table entry is
};

// The section table, as far as it lies inside the bytes.
inline std::vector<section> sections_of(std::string_view bytes) {
  std::vector<section> out;
  if (bytes.size() < header_size) return out;
  const auto count = le(bytes, 12, 4);
  for (std::uint64_t k = 0; k < count && header_size + (k + 1) * entry_size <= bytes.size(); ++k) {
    const std::size_t at = header_size + static_cast<std::size_t>(k) * entry_size;
    out.push_back({static_cast<std::uint32_t>(le(bytes, at, 4)), static_cast<std::uint32_t>(le(bytes, at + 4, 4)),
                   static_cast<std::uint32_t>(le(bytes, at + 24, 4)), le(bytes, at + 8, 8), le(bytes, at + 16, 8), at});
  }
  return out;
}

// Recomputes the checksum of every section that lies inside the bytes, then
// the header's, so that a change passes the checksums and meets the checks
// behind them.
inline void fix_checksums(std::string& bytes) {
  if (bytes.size() < header_size) return;
  const auto table = sections_of(bytes);
  for (const auto& s : table)
    if (s.offset <= bytes.size() && s.size <= bytes.size() - s.offset)
      put_le(bytes, s.entry_at + 24, reference_crc32(std::string_view(bytes).substr(s.offset, s.size)), 4);
  const std::size_t end = header_size + table.size() * entry_size;
  std::string head = bytes.substr(0, end);
  put_le(head, header_crc_at, 0, 4);
  put_le(bytes, header_crc_at, reference_crc32(head), 4);
}

}  // namespace columnar_bytes
