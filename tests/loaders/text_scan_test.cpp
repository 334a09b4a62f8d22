// SPDX-License-Identifier: Apache-2.0
// The importers' number parsing (loaders/src/text_scan.hpp, private): the
// fast path for plain decimals must give exactly what std::from_chars gives.
#include <doctest/doctest.h>

#include <bit>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include "text_scan.hpp"

using faultline::detail::leading_digits;
using faultline::detail::parse_double;

namespace {

double reference(const std::string& text) {
  double v = 0;
  const auto* begin = text.data() + (text.starts_with('+') ? 1 : 0);
  const auto [ptr, ec] = std::from_chars(begin, text.data() + text.size(), v);
  REQUIRE(ec == std::errc{});
  REQUIRE(ptr == text.data() + text.size());
  return v;
}

}  // namespace

TEST_CASE("parse_double: plain decimals, bit for bit what from_chars reads") {
  for (const char* text : {"0",
                           "-0",
                           "4.0",
                           "-3.8243626062323",
                           "27.8333",
                           "-81.717",
                           "139.751",
                           "0.1",
                           "0.3",
                           "-10",
                           "10",
                           "5.",
                           ".5",
                           "-.25",
                           "123456789012345",
                           "1234567890.12345",
                           "0.000000000000001",
                           "0.0000000000000001",
                           "1234567890123456",
                           "9007199254740993",
                           "1e3",
                           "-2.5E-3",
                           "+7.25",
                           "00012.500"}) {
    CAPTURE(text);
    const auto got = parse_double(text);
    REQUIRE(got.has_value());
    const double want = reference(text);
    CHECK(std::bit_cast<std::uint64_t>(*got) == std::bit_cast<std::uint64_t>(want));
  }
  // A pseudo-random sweep of 15-digit decimals with 0 to 15 decimals.
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int k = 0; k < 20000; ++k) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    const auto mantissa = (state >> 11) % 1000000000000000ull;
    const auto decimals = static_cast<int>((state >> 3) % 16);
    std::string digits = std::to_string(mantissa);
    while (static_cast<int>(digits.size()) <= decimals)
      digits.insert(digits.begin(), '0');
    if (decimals > 0) digits.insert(digits.end() - decimals, '.');
    if (state & 1) digits.insert(digits.begin(), '-');
    CAPTURE(digits);
    const auto got = parse_double(digits);
    REQUIRE(got.has_value());
    CHECK(std::bit_cast<std::uint64_t>(*got) == std::bit_cast<std::uint64_t>(reference(digits)));
  }
}

TEST_CASE("parse_double: what is not a number") {
  for (const char* text :
       {"", "-", ".", "-.", "1.2.3", "12a", "a12", " 1", "1 ", "--1", "+-1", "++1", "nan", "inf", "1e400"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_double(text).has_value());
  }
}

TEST_CASE("leading_digits: count and value, eight bytes at a time or one at a time") {
  struct row {
    std::string text;
    std::size_t count;
    std::uint64_t value;
  };
  // Padded to 8 bytes or more (the SWAR path) and cut short (the byte loop).
  for (const auto& r : std::vector<row>{{"0,1234567", 1, 0},
                                        {"1234567,9", 7, 1234567},
                                        {"9876543\n", 7, 9876543},
                                        {"12345678", 8, 12345678},
                                        {"123456789,", 9, 123456789},
                                        {"x1234567", 0, 0},
                                        {"12:45678", 2, 12},                      // ':' is 0x3A, just past '9'
                                        {"12/45678", 2, 12},                      // '/' is 0x2F, just before '0'
                                        {"7\xfa\xff\xff\xff\xff\xff\xff", 1, 7},  // bytes that carry when 6 is added
                                        {"42", 2, 42},
                                        {"", 0, 0},
                                        {"0012,", 4, 12}}) {
    CAPTURE(r.text);
    std::uint64_t value = 99;
    CHECK(leading_digits(r.text.data(), r.text.data() + r.text.size(), value) == r.count);
    CHECK(value == r.value);
  }
}

TEST_CASE("interner: small_number_of_digits agrees with small_number") {
  using faultline::detail::interner;
  for (const char* key : {"0", "7", "017", "00", "12345678", "16777215", "16777216", "99999999", "123456789"}) {
    CAPTURE(key);
    const std::string k = key;
    std::uint64_t value = 0;
    const auto n = leading_digits(k.data(), k.data() + k.size(), value);
    REQUIRE(n == k.size());
    CHECK(interner::small_number_of_digits(value, n, k[0]) == interner::small_number(k));
  }
  CHECK(interner::small_number("16777215") == 16777215);
  CHECK(interner::small_number("16777216") == -1);
  CHECK(interner::small_number("017") == -1);
}
