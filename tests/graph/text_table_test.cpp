// SPDX-License-Identifier: Apache-2.0
// The interning table and text hash shared by snapshots and importers
// (faultline/graph/detail/text_hash.hpp, internal).
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include <faultline/graph/detail/text_hash.hpp>

using faultline::detail::text_hash;
using faultline::detail::text_table;

namespace {

// Strings of every length from 0 to 200 bytes, each differing from another
// of its length in one byte only, at every position: a hash that skipped a
// byte (the overlapping loads of short strings, the last block of long
// ones) would give two of them one value.
std::vector<std::string> near_misses() {
  std::vector<std::string> out;
  for (std::size_t length = 0; length <= 200; ++length) {
    std::string base(length, 'a');
    for (std::size_t k = 0; k < length; ++k)
      base[k] = static_cast<char>('a' + (k * 7) % 26);
    out.push_back(base);
    for (std::size_t k = 0; k < length; ++k) {
      auto changed = base;
      changed[k] = static_cast<char>(changed[k] ^ 1);
      out.push_back(changed);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("text_hash: strings differing in any one byte, or in length, hash differently") {
  const auto strings = near_misses();
  REQUIRE(strings.size() == 201 + 200 * 201 / 2);
  std::set<std::uint64_t> hashes;
  for (const auto& s : strings)
    hashes.insert(text_hash(s));
  CHECK(hashes.size() == strings.size());
  // Prefixes of one another (zero bytes included) differ by their length.
  const std::string zeros(40, '\0');
  std::set<std::uint64_t> prefixes;
  for (std::size_t n = 0; n <= zeros.size(); ++n)
    prefixes.insert(text_hash(std::string_view(zeros.data(), n)));
  CHECK(prefixes.size() == zeros.size() + 1);
  // The same text, wherever it lies, hashes the same.
  const std::string a = "https://news.example.org/2024/01/05/strike", b = "xx" + a;
  CHECK(text_hash(a) == text_hash(std::string_view(b).substr(2)));
}

TEST_CASE("text_table: numbers in the order first added, found again after the table grows") {
  const auto strings = near_misses();  // about 20,000: the slots double several times
  text_table table;
  CHECK(table.size() == 0);
  CHECK_FALSE(table.find("x").has_value());
  for (std::size_t k = 0; k < strings.size(); ++k) {
    const auto [number, added] = table.intern(strings[k]);
    REQUIRE(added);
    REQUIRE(number == k);
  }
  CHECK(table.size() == strings.size());
  std::size_t bytes = 0;
  for (std::size_t k = 0; k < strings.size(); ++k) {
    const auto found = table.find(strings[k]);
    REQUIRE(found.has_value());
    CHECK(*found == k);
    CHECK(table.at(static_cast<std::uint32_t>(k)) == strings[k]);
    const auto again = table.intern(strings[k], text_hash(strings[k]));
    CHECK(again.first == k);
    CHECK_FALSE(again.second);
    bytes += strings[k].size();
  }
  CHECK(table.bytes() == bytes);
  CHECK_FALSE(table.find("not in the table").has_value());
}
