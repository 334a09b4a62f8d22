// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/error.hpp>

#include <faultline/graph/detail/assert.hpp>

#include <charconv>

namespace faultline {
namespace {
std::string locate(const source_location& where, const std::string& message) {
  std::string out = where.file.empty() ? std::string("<input>") : where.file;
  if (where.line != 0) {
    out += ':' + std::to_string(where.line);
    if (where.column != 0) out += ':' + std::to_string(where.column);
  }
  return out + ": " + message;
}
}  // namespace

std::string number_text(double value) {
  char buffer[32];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, ptr) : std::string("?");
}

parse_error::parse_error(source_location where, const std::string& message)
    : error(error_kind::parse, locate(where, message)), where_(std::move(where)), detail_(message) {}

namespace detail {

void assertion_failed(const char* condition, const char* message, const char* file, int line) {
  throw internal_error(std::string("internal check failed: ") + message + " (" + condition + ", at " + file + ":" +
                       std::to_string(line) + "); this is a bug in faultline, please report it");
}

}  // namespace detail

}  // namespace faultline
