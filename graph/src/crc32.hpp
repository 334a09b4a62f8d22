// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to the graph library: the CRC-32 snapshots are checked with.

#include <cstdint>
#include <string_view>

namespace faultline::detail {

/// Advances a CRC-32 register (IEEE 802.3, the value zlib computes; start
/// 0xFFFFFFFF, final value xor 0xFFFFFFFF) over `bytes`.
[[nodiscard]] std::uint32_t crc32_update(std::uint32_t crc, std::string_view bytes) noexcept;

/// The CRC-32 of `bytes`.
[[nodiscard]] std::uint32_t crc32(std::string_view bytes) noexcept;

}  // namespace faultline::detail
