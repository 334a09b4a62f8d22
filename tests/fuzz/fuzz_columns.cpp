// SPDX-License-Identifier: Apache-2.0
// Fuzz target for the columnar snapshot reader (format version 5,
// event_store): any bytes must open, read and load or throw
// faultline::error, never crash. Structure-aware: the input is also tried
// with every section's checksum and the header's recomputed, so that
// mutations get past the checksums to the checks of the header, the table
// and each section's content, and to the accessors that trust them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <faultline/graph/error.hpp>
#include <faultline/graph/event_store.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/snapshot.hpp>

#include "../graph/columnar_bytes.hpp"

namespace {

void exercise(std::string_view bytes) {
  try {
    const auto s = faultline::event_store::from_bytes(bytes, "fuzz.snap");
    // Accessors first, before verify_all(): each verifies what it reads.
    for (faultline::incident_index i = 0; i < s.size() && i < 64; ++i) {
      (void)s.materialise(i);
      for (const auto r : s.roles_of(i))
        (void)s.materialise_role(r);
    }
    for (faultline::actor_index a = 0; a < s.actors() && a < 64; ++a)
      (void)s.of_actor(a, faultline::date::from_fields(2000, 1, 1), faultline::date::from_fields(2030, 1, 1));
    (void)s.in_dates(faultline::date::from_fields(2020, 0, 0), faultline::date::from_fields(2025, 6, 0));
    for (std::uint32_t k = 0; k < s.links() && k < 64; ++k)
      (void)s.materialise_link(k);
    s.verify_all();
#if !defined(FAULTLINE_FUZZ_SKIP_REST)
    // (The rest section is a Boost archive, whose decoder allocates from the
    // counts it reads: built with -DFAULTLINE_FUZZ_SKIP_REST, libFuzzer
    // explores the columns without stopping at those allocations.)
    (void)faultline::graph(s.load());
#endif
  } catch (const faultline::error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  exercise(bytes);
  if (size >= columnar_bytes::header_size && faultline::is_snapshot(bytes)) {
    std::string fixed(bytes);
    columnar_bytes::fix_checksums(fixed);
    exercise(fixed);
  }
  return 0;
}
