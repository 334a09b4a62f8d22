// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Internal to faultline (the graph and algorithms libraries share it); not
/// part of the public API.

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace faultline::detail {

/// Sizes `v` to n default values, asking the kernel (Linux) to back it with
/// transparent huge pages before the first write: the CSR arrays and the
/// centrality searches read arrays of millions of entries at random, and
/// 2 MiB pages spare most TLB misses.
template <class T>
void huge_page_vector(std::vector<T>& v, std::size_t n) {
  v.clear();
  v.reserve(n);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto begin = (reinterpret_cast<std::uintptr_t>(v.data()) + huge - 1) & ~(huge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(v.data() + n)) & ~(huge - 1);
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
  v.resize(n);
}

}  // namespace faultline::detail
