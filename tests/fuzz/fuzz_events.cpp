// SPDX-License-Identifier: Apache-2.0
// Fuzz target: any bytes as a GDELT, ACLED or UCDP (GED, ESD, ACD, BRD) file (the first byte picks
// the format, the second whether to be strict) must import or throw
// faultline::error, never crash; and what an import adds must always make a
// valid graph (the graph constructor checks every invariant).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>

#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/loaders/event_data.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  using faultline::event_format;
  constexpr event_format formats[] = {event_format::gdelt,    event_format::acled,    event_format::ucdp_ged,
                                      event_format::ucdp_esd, event_format::ucdp_acd, event_format::ucdp_brd};
  const auto format = formats[data[0] % std::size(formats)];
  faultline::import_options options;
  options.strict = (data[1] & 1) != 0;
  options.threads = 1 + (data[1] >> 1) % 2;
  std::vector<faultline::named_input> inputs{
      {"fuzz.input", std::string(reinterpret_cast<const char*>(data) + 2, size - 2)}};
  faultline::graph_data graph_data;
  try {
    (void)faultline::import_events(graph_data, format, inputs, options);
  } catch (const faultline::error&) {
    if (!graph_data.actors.empty() || !graph_data.incidents.empty()) std::abort();  // a failed import leaves nothing
    return 0;
  }
  try {
    const faultline::graph g(std::move(graph_data));
  } catch (const faultline::error&) {
    std::abort();  // the importer built an invalid graph
  }
  return 0;
}
