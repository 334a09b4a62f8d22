// SPDX-License-Identifier: Apache-2.0
// Fuzz target: any bytes as a snapshot must load or throw faultline::error,
// never crash. Structure-aware for version 4 (one CRC-32 over the payload,
// docs/snapshot-format.md "Compatibility"): an input with a version-4 header
// is also tried with the header's length and checksum recomputed, so that
// mutations get past the checksum to the record decoder and the checked walk
// of the Boost part. (Version 5 has the same in fuzz_columns.)
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <faultline/graph/error.hpp>
#include <faultline/graph/snapshot.hpp>

namespace {

constexpr std::size_t legacy_header_size = 32;  // magic 8, version 4, incidents 4, length 8, crc 4, roles 4

void put_le(std::string& bytes, std::size_t at, std::uint64_t value, std::size_t width) {
  for (std::size_t k = 0; k < width; ++k)
    bytes[at + k] = static_cast<char>((value >> (8 * k)) & 0xFF);
}

void exercise(std::string_view bytes) {
  try {
    (void)faultline::read_snapshot(bytes, "fuzz.snap");
  } catch (const faultline::error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  exercise(bytes);
  if (size >= legacy_header_size && faultline::is_snapshot(bytes) && data[8] == 4 && data[9] == 0 && data[10] == 0 &&
      data[11] == 0) {
    std::string fixed(bytes);
    const auto payload = size - legacy_header_size;
    put_le(fixed, 16, payload, 8);
    const auto crc =
        ::crc32(0L, reinterpret_cast<const Bytef*>(fixed.data() + legacy_header_size), static_cast<uInt>(payload));
    put_le(fixed, 24, crc, 4);
    exercise(fixed);
  }
  return 0;
}
