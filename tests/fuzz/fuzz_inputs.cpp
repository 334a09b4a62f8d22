// SPDX-License-Identifier: Apache-2.0
// Fuzz target: any bytes as an event file read from disk, where gzip and zip
// are told apart by their first bytes (loaders/src/event_input.cpp): the
// whole input is the file (so the seed corpus's .gz and .zip fixtures are
// read as they are), imported as GDELT or as UCDP GED by its size's parity.
// It must import or throw faultline::error, never crash, and a failed import
// leaves nothing behind.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/loaders/event_data.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto path =
      std::filesystem::temp_directory_path() / ("faultline-fuzz-inputs-" + std::to_string(::getpid()));
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    const bool ok = size == 0 || std::fwrite(data, 1, size, f) == size;
    if (std::fclose(f) != 0 || !ok) return 0;
  } else {
    return 0;
  }
  const auto format = size % 2 == 0 ? faultline::event_format::gdelt : faultline::event_format::ucdp_ged;
  faultline::graph_data graph_data;
  try {
    (void)faultline::import_events(graph_data, format, std::vector<std::filesystem::path>{path});
  } catch (const faultline::error&) {
    if (!graph_data.actors.empty() || !graph_data.incidents.empty()) std::abort();  // a failed import leaves nothing
  }
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return 0;
}
