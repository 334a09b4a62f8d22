// SPDX-License-Identifier: Apache-2.0
// Day numbers (days since 1970-01-01) in this file were computed with Python:
//   python3 -c 'import datetime as d; print((d.date(2024,1,4) - d.date(1970,1,1)).days)'
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <faultline/graph/date.hpp>

using faultline::date;
using faultline::date_precision;

namespace {
date parsed(const char* text) {
  auto d = date::parse(text);
  REQUIRE_MESSAGE(d.has_value(), "expected a valid date: " << text);
  return *d;
}
}  // namespace

TEST_CASE("date: parses years, months and days") {
  const date y = parsed("2024");
  CHECK(y.year() == 2024);
  CHECK(y.month() == 0);
  CHECK(y.day() == 0);
  CHECK(y.precision() == date_precision::year);
  CHECK(y.valid());

  const date m = parsed("2024-01");
  CHECK(m.year() == 2024);
  CHECK(m.month() == 1);
  CHECK(m.day() == 0);
  CHECK(m.precision() == date_precision::month);

  const date d = parsed("2024-01-04");
  CHECK(d.year() == 2024);
  CHECK(d.month() == 1);
  CHECK(d.day() == 4);
  CHECK(d.precision() == date_precision::day);

  const date leap = parsed("2024-02-29");
  CHECK(leap.month() == 2);
  CHECK(leap.day() == 29);

  // Century rules: 2000 is a leap year, 1900 is not.
  CHECK(date::parse("2000-02-29").has_value());
  CHECK(date::parse("0001-01-01").has_value());
  CHECK(date::parse("9999-12-31").has_value());
}

TEST_CASE("date: rejects malformed and impossible dates") {
  const std::vector<std::string> bad = {
      "2023-02-29",   // not a leap year
      "1900-02-29",   // century, not a leap year
      "2024-1-04",    // month needs two digits
      "24",           // year needs four digits
      "0000",         // year 0 does not exist
      "2024-13",      // month out of range
      "2024-00",      // month out of range
      "2024-01-32",   // day out of range
      "2024-04-31",   // April has 30 days
      "2024-01-00",   // day out of range
      "",             // empty
      "2024-01-04x",  // trailing text
      "2024-01-",     // dangling separator
      "2024/01/04",   // wrong separator
      " 2024",        // leading space
      "+2024",        // sign
      "20245",        // five-digit year
      "2024-01-04T10:00",
  };
  for (const auto& text : bad) {
    CAPTURE(text);
    CHECK_FALSE(date::parse(text).has_value());
  }
}

TEST_CASE("date: a default date is invalid") {
  const date d;
  CHECK_FALSE(d.valid());
  CHECK(d.year() == 0);
}

TEST_CASE("date: first and last day of full and partial dates (Python-computed)") {
  // 2024-01-04 -> 19726
  CHECK(parsed("2024-01-04").first_day() == 19726);
  CHECK(parsed("2024-01-04").last_day() == 19726);
  // 2024 -> 2024-01-01 (19723) .. 2024-12-31 (20088)
  CHECK(parsed("2024").first_day() == 19723);
  CHECK(parsed("2024").last_day() == 20088);
  // 2024-01 -> 2024-01-01 (19723) .. 2024-01-31 (19753)
  CHECK(parsed("2024-01").first_day() == 19723);
  CHECK(parsed("2024-01").last_day() == 19753);
  // 2024-02 -> 2024-02-01 (19754) .. 2024-02-29 (19782): leap February
  CHECK(parsed("2024-02").first_day() == 19754);
  CHECK(parsed("2024-02").last_day() == 19782);
  CHECK(parsed("2024-02-29").first_day() == 19782);
  // 2023-02 ends on 2023-02-28 (19416)
  CHECK(parsed("2023-02").last_day() == 19416);
  // Epoch and around it
  CHECK(parsed("1970-01-01").first_day() == 0);
  CHECK(parsed("1969-12-31").first_day() == -1);
  CHECK(parsed("1969").last_day() == -1);
  // Extremes and century rules
  CHECK(parsed("0001-01-01").first_day() == -719162);
  CHECK(parsed("9999-12-31").last_day() == 2932896);
  CHECK(parsed("9999").last_day() == 2932896);
  CHECK(parsed("2000-03-01").first_day() == 11017);
  CHECK(parsed("1900-02").last_day() == -25509);  // 1900-02-28
  CHECK(parsed("2023").last_day() == 19722);      // 2023-12-31
}

TEST_CASE("date: days_in_month and days_from_civil") {
  CHECK(faultline::days_in_month(2024, 2) == 29);
  CHECK(faultline::days_in_month(2023, 2) == 28);
  CHECK(faultline::days_in_month(1900, 2) == 28);
  CHECK(faultline::days_in_month(2000, 2) == 29);
  CHECK(faultline::days_in_month(2024, 4) == 30);
  CHECK(faultline::days_in_month(2024, 12) == 31);
  CHECK(faultline::days_in_month(2024, 0) == 0);
  CHECK(faultline::days_in_month(2024, 13) == 0);
  CHECK(faultline::days_from_civil(2024, 1, 4) == 19726);
  CHECK(faultline::days_from_civil(2024, 3, 1) == 19783);
  CHECK(faultline::days_from_civil(1970, 1, 1) == 0);
}

TEST_CASE("date: to_string is as precise as the date") {
  CHECK(parsed("2024").to_string() == "2024");
  CHECK(parsed("2024-01").to_string() == "2024-01");
  CHECK(parsed("2024-01-04").to_string() == "2024-01-04");
  CHECK(parsed("0042").to_string() == "0042");
  CHECK(parsed("0042-03-09").to_string() == "0042-03-09");
}

TEST_CASE("date: ordering puts earlier first days first, then coarser dates") {
  const date y = parsed("2024"), m = parsed("2024-01"), d = parsed("2024-01-01"), d2 = parsed("2024-01-02");
  // Same first day (2024-01-01): the year, then the month, then the day.
  CHECK(y < m);
  CHECK(m < d);
  CHECK(y < d);
  CHECK(d < d2);
  // A month that starts earlier comes first even though it ends later.
  CHECK(m < d2);
  CHECK(parsed("2023-12-31") < y);
  CHECK(parsed("2024-02") > parsed("2024-01-31"));
  CHECK((m <=> parsed("2024-01")) == std::strong_ordering::equal);
  CHECK(m == parsed("2024-01"));
  CHECK(m != d);

  std::vector<date> dates = {d2, d, parsed("2023"), m, y, parsed("2023-12-31")};
  std::sort(dates.begin(), dates.end());
  std::vector<std::string> texts;
  for (const auto& x : dates)
    texts.push_back(x.to_string());
  CHECK(texts == std::vector<std::string>{"2023", "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-02"});
}

TEST_CASE("date: from_days (Python-computed) and round trips") {
  CHECK(date::from_days(19726).to_string() == "2024-01-04");
  CHECK(date::from_days(0).to_string() == "1970-01-01");
  CHECK(date::from_days(-1).to_string() == "1969-12-31");
  CHECK(date::from_days(11016).to_string() == "2000-02-29");
  CHECK(date::from_days(-25508).to_string() == "1900-03-01");
  CHECK(date::from_days(-719162).to_string() == "0001-01-01");
  CHECK(date::from_days(2932896).to_string() == "9999-12-31");
  CHECK(date::from_days(19782).precision() == date_precision::day);

  // Every 37th day over the whole supported range: days -> date -> days and text -> date.
  for (std::int32_t day = -719162; day <= 2932896; day += 37) {
    const date x = date::from_days(day);
    REQUIRE(x.first_day() == day);
    REQUIRE(x.last_day() == day);
    const auto back = date::parse(x.to_string());
    REQUIRE(back.has_value());
    REQUIRE(*back == x);
  }
}
