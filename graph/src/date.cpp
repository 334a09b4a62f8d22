// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/date.hpp>

#include <charconv>
#include <cstdio>

namespace faultline {
namespace {

bool is_leap(int y) noexcept {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// Parses exactly `width` ASCII digits.
bool digits(std::string_view text, std::size_t width, int& out) noexcept {
  if (text.size() != width) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && ptr == text.data() + text.size();
}

}  // namespace

unsigned days_in_month(int year, unsigned month) noexcept {
  static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : lengths[month - 1];
}

// Howard Hinnant's days_from_civil: shifts the year to start in March so the
// leap day is last, then counts 400-year eras.
std::int32_t days_from_civil(int year, unsigned month, unsigned day) noexcept {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

date date::from_days(std::int32_t days) noexcept {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  date out;
  out.year_ = static_cast<std::int16_t>(static_cast<int>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
  out.month_ = static_cast<std::uint8_t>(m);
  out.day_ = static_cast<std::uint8_t>(d);
  return out;
}

std::optional<date> date::parse(std::string_view text) noexcept {
  int y = 0, m = 0, d = 0;
  if (text.size() < 4 || !digits(text.substr(0, 4), 4, y) || y < 1) return std::nullopt;
  date out;
  out.year_ = static_cast<std::int16_t>(y);
  if (text.size() == 4) return out;
  if (text.size() < 7 || text[4] != '-' || !digits(text.substr(5, 2), 2, m) || m < 1 || m > 12) return std::nullopt;
  out.month_ = static_cast<std::uint8_t>(m);
  if (text.size() == 7) return out;
  if (text.size() != 10 || text[7] != '-' || !digits(text.substr(8, 2), 2, d) || d < 1 ||
      static_cast<unsigned>(d) > days_in_month(y, static_cast<unsigned>(m)))
    return std::nullopt;
  out.day_ = static_cast<std::uint8_t>(d);
  return out;
}

date_precision date::precision() const noexcept {
  if (day_ != 0) return date_precision::day;
  if (month_ != 0) return date_precision::month;
  return date_precision::year;
}

std::int32_t date::first_day() const noexcept {
  return days_from_civil(year_, month_ == 0 ? 1u : month_, day_ == 0 ? 1u : day_);
}

std::int32_t date::last_day() const noexcept {
  const unsigned m = month_ == 0 ? 12u : month_;
  const unsigned d = day_ == 0 ? days_in_month(year_, m) : day_;
  return days_from_civil(year_, m, d);
}

std::string date::to_string() const {
  char buffer[16];
  int n = 0;
  switch (precision()) {
    case date_precision::year:
      n = std::snprintf(buffer, sizeof buffer, "%04d", year_);
      break;
    case date_precision::month:
      n = std::snprintf(buffer, sizeof buffer, "%04d-%02d", year_, month_);
      break;
    case date_precision::day:
      n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year_, month_, day_);
      break;
  }
  return std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
}

std::strong_ordering operator<=>(const date& a, const date& b) noexcept {
  if (auto c = a.first_day() <=> b.first_day(); c != 0) return c;
  // Same first day: the coarser date (the longer interval) first; precision
  // grows from year to day, so the smaller precision sorts first.
  return a.precision() <=> b.precision();
}

}  // namespace faultline
