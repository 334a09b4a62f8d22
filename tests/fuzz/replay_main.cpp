// SPDX-License-Identifier: Apache-2.0
// Without libFuzzer (g++ builds), a fuzz target is linked with this driver,
// which feeds it every file named on the command line (directories are
// walked), so the suite replays the seed corpus. A crash fails the test.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {
std::size_t replay(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  // Also every prefix at a few cut points: truncated input is the common damage.
  for (std::size_t cut : {bytes.size() / 2, bytes.size() / 3, bytes.size() > 7 ? bytes.size() - 7 : 0})
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), cut);
  return 1;
}
}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  for (int k = 1; k < argc; ++k) {
    const std::filesystem::path p = argv[k];
    if (std::filesystem::is_directory(p)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(p))
        if (entry.is_regular_file()) count += replay(entry.path());
    } else {
      count += replay(p);
    }
  }
  std::cout << "replayed " << count << " inputs\n";
  return count == 0 ? 1 : 0;
}
