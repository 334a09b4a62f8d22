// SPDX-License-Identifier: Apache-2.0
#include <faultline/graph/error.hpp>

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

}  // namespace faultline
