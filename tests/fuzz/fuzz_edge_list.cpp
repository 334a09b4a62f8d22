// SPDX-License-Identifier: Apache-2.0
// Fuzz target: any bytes as a CSV edge list, a node list or a Pajek file must
// load or throw faultline::error, never crash. The first byte picks the reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <faultline/graph/error.hpp>
#include <faultline/loaders/edge_list.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 3) {
      case 0:
        (void)faultline::read_edge_list_csv(bytes, "fuzz.csv");
        break;
      case 1:
        (void)faultline::read_pajek(bytes, "fuzz.net");
        break;
      default: {
        faultline::edge_list edges;
        (void)faultline::add_node_list_csv(edges, bytes, "fuzz-nodes.csv");
      }
    }
  } catch (const faultline::error&) {
  }
  return 0;
}
