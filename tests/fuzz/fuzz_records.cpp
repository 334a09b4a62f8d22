// SPDX-License-Identifier: Apache-2.0
// Fuzz target: any bytes as the incident and role records of a snapshot
// (detail/snapshot_records.hpp) must decode or throw bad_records, never
// crash. (Through fuzz_snapshot the checksum refuses almost every mutation
// before the records are read.)
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <faultline/graph/detail/snapshot_records.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<faultline::incident> incidents;
  std::vector<faultline::role_edge> roles;
  try {
    (void)faultline::detail::decode_records(std::string_view(reinterpret_cast<const char*>(data), size), incidents,
                                            roles);
  } catch (const faultline::detail::bad_records&) {
  }
  return 0;
}
