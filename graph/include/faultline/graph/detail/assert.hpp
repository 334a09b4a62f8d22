// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// FAULTLINE_ASSERT: internal invariants, checked in debug builds and in
/// builds configured with -DFAULTLINE_RUNTIME_CHECKS=ON (which defines
/// FAULTLINE_RUNTIME_CHECKS for faultline's own targets), compiled out
/// otherwise. A failed check throws faultline::internal_error: the library
/// never aborts. Use it only where input has already been validated (input
/// is always checked, and reported as parse, usage or snapshot errors), so
/// that a failure means a bug in faultline.

#include <faultline/graph/error.hpp>

namespace faultline::detail {

/// Throws internal_error naming the condition, the message and the place.
[[noreturn]] void assertion_failed(const char* condition, const char* message, const char* file, int line);

}  // namespace faultline::detail

#if defined(FAULTLINE_RUNTIME_CHECKS) || !defined(NDEBUG)
#define FAULTLINE_ASSERT(condition, message)                                                          \
  do {                                                                                                \
    if (!(condition)) ::faultline::detail::assertion_failed(#condition, message, __FILE__, __LINE__); \
  } while (false)
#else
// Not evaluated, but still compiled, so that a check cannot rot unseen.
#define FAULTLINE_ASSERT(condition, message) \
  do {                                       \
    (void)sizeof(!(condition));              \
    (void)sizeof(message);                   \
  } while (false)
#endif
