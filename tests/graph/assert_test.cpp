// SPDX-License-Identifier: Apache-2.0
// FAULTLINE_ASSERT throws faultline::internal_error (never aborts) when
// checks are on: debug builds, and FAULTLINE_RUNTIME_CHECKS builds. Turned
// on here for this file whatever the build, to test the macro itself.
#ifndef FAULTLINE_RUNTIME_CHECKS
#define FAULTLINE_RUNTIME_CHECKS 1
#endif
#include <doctest/doctest.h>

#include <string>

#include <faultline/graph/detail/assert.hpp>
#include <faultline/graph/error.hpp>

using namespace faultline;

TEST_CASE("FAULTLINE_ASSERT throws internal_error naming the check, and passes when it holds") {
  int evaluated = 0;
  CHECK_NOTHROW(FAULTLINE_ASSERT(++evaluated == 1, "counted once"));
  CHECK(evaluated == 1);
  try {
    FAULTLINE_ASSERT(evaluated == 2, "the count is two");
    FAIL("no exception");
  } catch (const internal_error& e) {
    CHECK(e.kind() == error_kind::internal);
    const std::string what = e.what();
    CHECK(what.starts_with("internal check failed: the count is two (evaluated == 2, at "));
    CHECK(what.ends_with("); this is a bug in faultline, please report it"));
  }
  // An internal error is a faultline error, so library callers catch one type.
  CHECK_THROWS_AS(FAULTLINE_ASSERT(false, "never"), error);
}
