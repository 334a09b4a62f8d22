// SPDX-License-Identifier: Apache-2.0
// Fuzz target: any bytes as a scenario file must load or throw faultline::error, never crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include <faultline/graph/error.hpp>
#include <faultline/loaders/scenario.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)faultline::load_inputs({{"fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)}});
  } catch (const faultline::error&) {
  }
  return 0;
}
