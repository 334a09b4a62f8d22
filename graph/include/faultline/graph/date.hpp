// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Partial ISO 8601 calendar dates: `2024`, `2024-01` or `2024-01-04`.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace faultline {

/// How much of a date is known.
enum class date_precision : std::uint8_t { year, month, day };

/// A proleptic Gregorian date known to the year, the month or the day.
///
/// A partial date stands for an interval of days: `2024-01` is every day of
/// January 2024. Comparisons between dates use `first_day()` and `last_day()`;
/// `operator<=>` orders by first day, then by precision (coarser first), so
/// sorting is total and deterministic.
class date {
 public:
  constexpr date() = default;

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1..9999). Returns
  /// nullopt for anything else, including impossible days such as 2023-02-29.
  [[nodiscard]] static std::optional<date> parse(std::string_view text) noexcept;

  /// A full date from a day count since 1970-01-01.
  [[nodiscard]] static date from_days(std::int32_t days) noexcept;

  /// The date with exactly these fields, unchecked (as a snapshot stores
  /// them; the graph constructor checks the dates it is given).
  [[nodiscard]] static constexpr date from_fields(std::int16_t year, std::uint8_t month, std::uint8_t day) noexcept {
    date out;
    out.year_ = year;
    out.month_ = month;
    out.day_ = day;
    return out;
  }

  [[nodiscard]] int year() const noexcept { return year_; }
  /// Month 1..12, or 0 when only the year is known.
  [[nodiscard]] int month() const noexcept { return month_; }
  /// Day 1..31, or 0 when the day is unknown.
  [[nodiscard]] int day() const noexcept { return day_; }
  [[nodiscard]] date_precision precision() const noexcept;
  [[nodiscard]] bool valid() const noexcept { return year_ != 0; }

  /// First and last day of the interval this date stands for, as days since 1970-01-01.
  [[nodiscard]] std::int32_t first_day() const noexcept;
  [[nodiscard]] std::int32_t last_day() const noexcept;

  /// The ISO 8601 text, as precise as the date is.
  [[nodiscard]] std::string to_string() const;

  friend bool operator==(const date&, const date&) = default;
  friend std::strong_ordering operator<=>(const date& a, const date& b) noexcept;

  template <class Archive>
  void serialize(Archive& ar, unsigned /*version*/) {
    ar& year_& month_& day_;
  }

 private:
  std::int16_t year_ = 0;
  std::uint8_t month_ = 0;
  std::uint8_t day_ = 0;
};

/// Days since 1970-01-01 of a proleptic Gregorian civil date.
[[nodiscard]] std::int32_t days_from_civil(int year, unsigned month, unsigned day) noexcept;
/// Number of days in a month of a year.
[[nodiscard]] unsigned days_in_month(int year, unsigned month) noexcept;

}  // namespace faultline
