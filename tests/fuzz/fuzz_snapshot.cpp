// SPDX-License-Identifier: Apache-2.0
// Fuzz target: any bytes as a snapshot must load or throw faultline::error, never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <faultline/graph/error.hpp>
#include <faultline/graph/snapshot.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)faultline::read_snapshot(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.snap");
  } catch (const faultline::error&) {
  }
  return 0;
}
