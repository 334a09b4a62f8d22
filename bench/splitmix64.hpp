// SPDX-License-Identifier: Apache-2.0
#pragma once
// The generators' random numbers: splitmix64 (Steele, Lea and Flood 2014),
// small, fast and the same on every platform, so a seed names one file.

#include <cstdint>

namespace faultline::bench {

struct splitmix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// Uniform in [0, bound).
  std::uint64_t below(std::uint64_t bound) {
    return static_cast<std::uint64_t>(uniform() * static_cast<double>(bound)) % bound;
  }
  /// True with probability p.
  bool chance(double p) { return uniform() < p; }
};

}  // namespace faultline::bench
