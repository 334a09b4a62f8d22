// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/scenario.hpp>

using namespace faultline;
namespace fs = std::filesystem;

namespace {

const fs::path samples{FAULTLINE_SAMPLES_DIR};

// A fresh directory under the system's temporary directory, removed at the end of the test.
struct temp_dir {
  fs::path path;
  temp_dir() {
    std::string pattern = (fs::temp_directory_path() / "faultline-snapshot-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
  ~temp_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  [[nodiscard]] std::set<std::string> names() const {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(path))
      out.insert(e.path().filename().string());
    return out;
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Reference CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), bit by bit,
// written independently of the library's Boost.CRC.
std::uint32_t reference_crc32(std::string_view bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : bytes) {
    crc ^= c;
    for (int k = 0; k < 8; ++k)
      crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
  }
  return ~crc;
}

std::uint64_t le(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint64_t v = 0;
  for (std::size_t k = 0; k < width; ++k)
    v |= std::uint64_t{static_cast<unsigned char>(bytes[at + k])} << (8 * k);
  return v;
}

void put_le32(std::string& bytes, std::size_t at, std::uint32_t v) {
  for (std::size_t k = 0; k < 4; ++k)
    bytes[at + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
}

// Rewrites the header checksum so that a modified payload passes it.
void fix_checksum(std::string& bytes) {
  put_le32(bytes, 24, reference_crc32(std::string_view(bytes).substr(32)));
}

// Two actors and one relation: a small snapshot for the exhaustive damage loops.
graph tiny() {
  return load_inputs({{"tiny.yaml",
                       "faultline: 1\n"
                       "actors:\n"
                       "  - {id: a, kind: state, name: A}\n"
                       "  - {id: b, kind: group, name: B, aliases: [Bee]}\n"
                       "relations:\n"
                       "  - {from: a, type: backs, to: b, weight: 0.4375, since: 2024-01}\n"
                       "incidents:\n"
                       "  - {id: x, date: 2024-01-04, perpetrator: [a], target: [b], fatalities: 2}\n"}});
}

std::string snapshot_message(std::string_view bytes) {
  try {
    (void)read_snapshot(bytes, "t.snap");
  } catch (const snapshot_error& e) {
    return e.what();
  }
  return "<no error>";
}

}  // namespace

TEST_CASE("snapshot: the header layout (magic, version, length, CRC-32)") {
  const auto g = tiny();
  const auto bytes = snapshot_bytes(g);
  REQUIRE(bytes.size() > 32);
  CHECK(bytes.substr(0, 8) == std::string("FLTSNAP\0", 8));
  CHECK(le(bytes, 8, 4) == 2);  // format version
  CHECK(le(bytes, 12, 4) == 0);
  CHECK(le(bytes, 16, 8) == bytes.size() - 32);
  CHECK(le(bytes, 24, 4) == reference_crc32(std::string_view(bytes).substr(32)));
  CHECK(le(bytes, 28, 4) == 0);
  CHECK(is_snapshot(bytes));
  // Deterministic: the same graph gives the same bytes.
  CHECK(snapshot_bytes(tiny()) == bytes);
}

TEST_CASE("snapshot: is_snapshot") {
  CHECK_FALSE(is_snapshot(""));
  CHECK_FALSE(is_snapshot("FLTSNAP"));  // 7 bytes, no NUL
  CHECK(is_snapshot(std::string("FLTSNAP\0", 8)));
  CHECK_FALSE(is_snapshot("faultline: 1\n"));
  CHECK_FALSE(is_snapshot(std::string("FLTSNAPX", 8)));
}

TEST_CASE("snapshot: round trip of the bundled sample") {
  const auto g = load_files({samples / "baghdad-2024-01.yaml"});
  const auto back = read_snapshot(snapshot_bytes(g), "sample.snap");
  CHECK(back.data() == g.data());
  // The indexes are rebuilt.
  CHECK(back.resolve_actor("Nujaba") == g.resolve_actor("nujaba"));
}

TEST_CASE("snapshot: round trip of a graph with every optional field set") {
  const auto g = load_files({samples / "fixtures" / "every-field.yaml"});
  // The fixture does set the optional fields (guards against a fixture that silently lost them).
  const auto& d = g.data();
  REQUIRE(d.scenarios.size() == 2);
  REQUIRE(d.relation_types.size() == vocabulary::builtin().size() + 2);
  REQUIRE(d.relations[0].since.has_value());
  REQUIRE(d.relations[0].until.has_value());
  REQUIRE(d.incidents[0].where.lat.has_value());
  REQUIRE(d.incidents[0].injured == 12);
  CHECK(read_snapshot(snapshot_bytes(g), "every-field.snap").data() == d);

  // Fields the scenario format cannot express (an empty-named actor, a place
  // with coordinates but no name, a role with an attributor and a note) survive too.
  auto more = d;
  more.actors[2].name.clear();
  more.incidents[1].where = {"", "", -90.0, 180.0};
  more.roles.back().attributed_by = 0;
  more.roles.back().prov.note = "note";
  const graph h(more);
  CHECK(read_snapshot(snapshot_bytes(h), "more.snap").data() == more);
}

TEST_CASE("snapshot: round trip of an empty graph") {
  const graph g;
  CHECK(read_snapshot(snapshot_bytes(g), "empty.snap").data() == g.data());
}

TEST_CASE("snapshot: damaged, truncated, foreign and other-version files are refused") {
  const auto bytes = snapshot_bytes(tiny());
  const auto payload = bytes.size() - 32;

  // Truncated in the payload.
  CHECK_THROWS_WITH_AS(read_snapshot(std::string_view(bytes).substr(0, bytes.size() - 1), "t.snap"),
                       ("t.snap is truncated: the header announces " + std::to_string(payload) +
                        " bytes of data, the file holds " + std::to_string(payload - 1))
                           .c_str(),
                       snapshot_error);
  // Only the header.
  CHECK(snapshot_message(std::string_view(bytes).substr(0, 32)) ==
        "t.snap is truncated: the header announces " + std::to_string(payload) + " bytes of data, the file holds 0");
  // Shorter than the header.
  CHECK_THROWS_WITH_AS(read_snapshot(std::string_view(bytes).substr(0, 12), "t.snap"),
                       "t.snap is truncated: 12 bytes, shorter than the 32-byte header", snapshot_error);
  // One flipped byte in the payload.
  {
    auto damaged = bytes;
    damaged[32 + payload / 2] = static_cast<char>(damaged[32 + payload / 2] ^ 0x5A);
    CHECK_THROWS_WITH_AS(read_snapshot(damaged, "t.snap"), "t.snap is damaged: its checksum does not match its content",
                         snapshot_error);
  }
  // Another format version.
  {
    auto other = bytes;
    put_le32(other, 8, 1);  // what faultline 0.1 wrote
    CHECK_THROWS_WITH_AS(read_snapshot(other, "t.snap"),
                         "t.snap has snapshot format version 1; this faultline reads version 2. Re-create it from its "
                         "scenario with `faultline convert`",
                         snapshot_error);
  }
  // Not a snapshot at all.
  CHECK_THROWS_WITH_AS(read_snapshot("faultline: 1\nactors: []\n", "t.snap"),
                       "t.snap is not a faultline snapshot (its first bytes are not the snapshot magic)",
                       snapshot_error);
  CHECK_THROWS_WITH_AS(read_snapshot("", "t.snap"),
                       "t.snap is not a faultline snapshot (its first bytes are not the snapshot magic)",
                       snapshot_error);
  // Trailing garbage.
  CHECK_THROWS_WITH_AS(read_snapshot(bytes + "xyz", "t.snap"), "t.snap has 3 unexpected bytes after its data",
                       snapshot_error);
  // Every one of these is a faultline::error of kind corrupt_snapshot.
  try {
    (void)read_snapshot(bytes + "x", "t.snap");
    FAIL("expected snapshot_error");
  } catch (const error& e) {
    CHECK(e.kind() == error_kind::corrupt_snapshot);
  }
}

TEST_CASE("snapshot: a payload that decodes to invalid data is refused as inconsistent") {
  auto bytes = snapshot_bytes(tiny());
  // Find the relation's weight 0.4375 (exact in binary) and make it 2, then fix the checksum.
  const double weight = 0.4375, bad = 2.0;
  std::string pattern(sizeof weight, '\0');
  std::memcpy(pattern.data(), &weight, sizeof weight);
  const auto at = bytes.find(pattern, 32);
  REQUIRE(at != std::string::npos);
  REQUIRE(bytes.find(pattern, at + 1) == std::string::npos);
  std::memcpy(bytes.data() + at, &bad, sizeof bad);
  fix_checksum(bytes);
  CHECK_THROWS_WITH_AS(read_snapshot(bytes, "t.snap"),
                       "t.snap is inconsistent: Invalid graph data: relation #0 has a weight outside (0, 1]",
                       snapshot_error);
}

TEST_CASE("snapshot: every flipped byte and every truncation is refused, never a crash") {
  const auto g = tiny();
  const auto bytes = snapshot_bytes(g);
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    CAPTURE(at);
    auto damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0xFF);
    const bool reserved = (at >= 12 && at < 16) || (at >= 28 && at < 32);
    if (reserved) {
      // The reserved header words are not read.
      CHECK(read_snapshot(damaged, "t.snap").data() == g.data());
    } else {
      CHECK_THROWS_AS(read_snapshot(damaged, "t.snap"), snapshot_error);
    }
  }
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    CAPTURE(length);
    CHECK_THROWS_AS(read_snapshot(std::string_view(bytes).substr(0, length), "t.snap"), snapshot_error);
  }
}

TEST_CASE("snapshot: write_snapshot writes the file and leaves no temporary file") {
  const temp_dir dir;
  const auto target = dir.path / "g.snap";
  const auto g = tiny();
  write_snapshot(g, target);
  CHECK(dir.names() == std::set<std::string>{"g.snap"});
  CHECK(slurp(target) == snapshot_bytes(g));
  CHECK(read_snapshot(target).data() == g.data());
}

TEST_CASE("snapshot: write_snapshot replaces the target by renaming a new file over it") {
  const temp_dir dir;
  const auto target = dir.path / "g.snap";
  const auto old_graph = tiny();
  write_snapshot(old_graph, target);
  const auto old_bytes = slurp(target);
  // A second name for the old file: if the new snapshot were written into the
  // old file in place, this name would see the new bytes.
  fs::create_hard_link(target, dir.path / "old.snap");

  const graph new_graph;
  write_snapshot(new_graph, target);
  CHECK(dir.names() == std::set<std::string>{"g.snap", "old.snap"});
  CHECK(slurp(target) == snapshot_bytes(new_graph));
  CHECK(slurp(dir.path / "old.snap") == old_bytes);
  CHECK(read_snapshot(target).data() == new_graph.data());
}

TEST_CASE("snapshot: file errors") {
  const temp_dir dir;
  const auto missing = dir.path / "missing.snap";
  CHECK_THROWS_WITH_AS(read_snapshot(missing),
                       ("Cannot open " + missing.string() + ": No such file or directory").c_str(), io_error);
  CHECK_THROWS_WITH_AS(read_snapshot(dir.path), ("Cannot read " + dir.path.string() + ": it is a directory").c_str(),
                       io_error);
  const auto nowhere = dir.path / "no-such-dir" / "g.snap";
  CHECK_THROWS_WITH_AS(write_snapshot(tiny(), nowhere),
                       ("Cannot write " + nowhere.string() + ": No such file or directory").c_str(), io_error);
  CHECK(dir.names().empty());
  // A file that is not a snapshot: the message names the path.
  const auto text = dir.path / "scenario.yaml";
  std::ofstream(text) << "faultline: 1\n";
  CHECK_THROWS_WITH_AS(
      read_snapshot(text),
      (text.string() + " is not a faultline snapshot (its first bytes are not the snapshot magic)").c_str(),
      snapshot_error);
}
