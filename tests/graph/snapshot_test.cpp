// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <algorithm>
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

#include "columnar_bytes.hpp"

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

using columnar_bytes::fix_checksums;
using columnar_bytes::le;
using columnar_bytes::reference_crc32;
using columnar_bytes::sections_of;

void put_le32(std::string& bytes, std::size_t at, std::uint32_t v) {
  columnar_bytes::put_le(bytes, at, v, 4);
}

// Rewrites the checksum of a version-4 snapshot so that a modified payload passes it.
void fix_legacy_checksum(std::string& bytes) {
  put_le32(bytes, 24, reference_crc32(std::string_view(bytes).substr(32)));
}

// The bytes of a version-4 snapshot written by faultline 0.3 (of the bundled sample).
std::string legacy_sample() {
  return slurp(samples / "fixtures" / "snapshots" / "baghdad-2024-01.v4.snap");
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

TEST_CASE(
    "snapshot: each section's CRC-32 is the reference's, for sections of every length modulo 16, short and long") {
  // 0 to 40 incidents whose descriptions grow by one byte each: string
  // tables from a few bytes to several KB, ending at every offset of a
  // 16-byte block (the checksum folds 16 bytes at a time where the
  // processor can), and a string table of over a megabyte written from
  // temporary files.
  std::string yaml = "faultline: 1\nactors:\n  - {id: a, kind: state, name: A}\nincidents:\n";
  std::set<std::size_t> tails;
  const auto check_sections = [&](std::string_view bytes) {
    for (const auto& s : sections_of(bytes)) {
      CAPTURE(s.kind);
      CHECK(s.crc == reference_crc32(bytes.substr(s.offset, s.size)));
      if (s.kind == 61) tails.insert(s.size % 16);  // the string table
    }
  };
  for (int n = 0; n <= 40; ++n) {
    if (n > 0)
      yaml += "  - {id: i" + std::to_string(n) + ", date: 2024-01-04, perpetrator: [a], description: \"" +
              std::string(static_cast<std::size_t>(n), 'x') + "\"}\n";
    check_sections(snapshot_bytes(load_inputs({{"crc.yaml", yaml}})));
  }
  CHECK(tails.size() == 16);
  std::string big = "faultline: 1\nactors:\n  - {id: a, kind: state, name: A}\nincidents:\n";
  for (int n = 0; n < 6000; ++n)
    big += "  - {id: e" + std::to_string(n) + ", date: 2024-01-04, perpetrator: [a], description: \"" +
           std::string(static_cast<std::size_t>(150 + n % 37), 'a' + static_cast<char>(n % 26)) + "\"}\n";
  const temp_dir dir;
  write_snapshot(load_inputs({{"big.yaml", big}}), dir.path / "crc.snap");
  const auto written = slurp(dir.path / "crc.snap");
  REQUIRE(written.size() > (std::size_t{1} << 20));
  check_sections(written);
}

TEST_CASE("snapshot: the header and section table layout (version 5)") {
  const auto g = tiny();
  REQUIRE(g.incidents().size() == 1);
  REQUIRE(g.roles().size() == 2);
  const auto bytes = snapshot_bytes(g);
  REQUIRE(bytes.size() > 64);
  CHECK(bytes.substr(0, 8) == std::string("FLTSNAP\0", 8));
  CHECK(le(bytes, 8, 4) == 5);   // format version
  CHECK(le(bytes, 16, 8) == 1);  // incidents
  CHECK(le(bytes, 24, 8) == 2);  // roles
  CHECK(le(bytes, 32, 8) == 0);  // links
  CHECK(le(bytes, 40, 8) == 2);  // actors
  CHECK(le(bytes, 48, 8) == bytes.size());
  const auto table = sections_of(bytes);
  REQUIRE(table.size() == le(bytes, 12, 4));
  {
    std::string head = bytes.substr(0, 64 + 32 * table.size());
    put_le32(head, 56, 0);
    CHECK(le(bytes, 56, 4) == reference_crc32(head));
  }
  // Sections follow each other at multiples of 64 bytes, the last one ends the file.
  std::uint64_t end = 64 + 32 * table.size();
  for (const auto& s : table) {
    CAPTURE(s.kind);
    CHECK(s.offset % 64 == 0);
    CHECK(s.offset >= end);
    CHECK(s.offset - end < 64);
    end = s.offset + s.size;
  }
  CHECK(end == bytes.size());
  // The incident's date is one u32: year 2024 (0x07E8) xor 0x8000, month, day.
  const auto dates = std::find_if(table.begin(), table.end(), [](const auto& s) { return s.kind == 3; });
  REQUIRE(dates != table.end());
  CHECK(dates->width == 4);
  CHECK(dates->size == 4);
  CHECK(le(bytes, dates->offset, 4) == 0x87E80104u);
  // Columns where every value is the default are left out: no end date, no
  // note, no link.
  for (const std::uint32_t absent : {4u, 16u, 50u})
    CHECK(std::none_of(table.begin(), table.end(), [&](const auto& s) { return s.kind == absent; }));
  // Fatalities (2) are a column of one i64.
  const auto fatalities = std::find_if(table.begin(), table.end(), [](const auto& s) { return s.kind == 11; });
  REQUIRE(fatalities != table.end());
  CHECK(le(bytes, fatalities->offset, 8) == 2);
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

TEST_CASE("snapshot: a damaged magic is called a damaged snapshot, not a scenario that is not UTF-8") {
  const auto g = load_files({samples / "baghdad-2024-01.yaml"});
  const std::string good = snapshot_bytes(g);
  // One byte flipped to a byte that is not UTF-8 (0xB9), and one letter changed:
  // before, the first read as "not valid UTF-8", the second as "holds a NUL byte".
  for (const std::size_t at : {std::size_t{0}, std::size_t{3}}) {
    std::string bad = good;
    bad[at] = at == 0 ? static_cast<char>(0xB9) : 'x';
    CHECK(looks_like_damaged_snapshot(bad));
    CHECK_THROWS_WITH_AS(load_inputs({{"bad.snap", bad}}), doctest::Contains("not a faultline snapshot any more"),
                         snapshot_error);
  }
  // Neither a good snapshot nor a scenario, nor a text that merely starts like the magic.
  CHECK_FALSE(looks_like_damaged_snapshot(good));
  CHECK_FALSE(looks_like_damaged_snapshot("faultline: 1\nactors: []\n"));
  CHECK_FALSE(looks_like_damaged_snapshot("FLTSNAPX: 1\nactors: []\n"));  // no NUL: a (bad) scenario
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
  REQUIRE(d.relations[4].against != no_index);
  REQUIRE(!d.relations[4].conflict.empty());
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

  // Truncated.
  CHECK_THROWS_WITH_AS(read_snapshot(std::string_view(bytes).substr(0, bytes.size() - 1), "t.snap"),
                       ("t.snap is truncated: its header announces " + std::to_string(bytes.size()) +
                        " bytes, the file holds " + std::to_string(bytes.size() - 1))
                           .c_str(),
                       snapshot_error);
  // Only the header.
  CHECK(snapshot_message(std::string_view(bytes).substr(0, 64)) ==
        "t.snap is truncated: its header announces " + std::to_string(bytes.size()) + " bytes, the file holds 64");
  // Shorter than the header of either version.
  CHECK_THROWS_WITH_AS(read_snapshot(std::string_view(bytes).substr(0, 12), "t.snap"),
                       "t.snap is truncated: 12 bytes, shorter than the 32-byte header", snapshot_error);
  CHECK_THROWS_WITH_AS(read_snapshot(std::string_view(bytes).substr(0, 40), "t.snap"),
                       "t.snap is truncated: 40 bytes, shorter than the 64-byte header of a version-5 snapshot",
                       snapshot_error);
  // One flipped byte in the last section (the rest).
  {
    auto damaged = bytes;
    damaged[bytes.size() - 3] = static_cast<char>(damaged[bytes.size() - 3] ^ 0x5A);
    CHECK_THROWS_WITH_AS(read_snapshot(damaged, "t.snap"),
                         "t.snap is damaged: the checksum of its section actors, relations and sources does not match",
                         snapshot_error);
  }
  // Another format version.
  {
    auto other = bytes;
    put_le32(other, 8, 1);  // what faultline 0.1 wrote
    CHECK_THROWS_WITH_AS(read_snapshot(other, "t.snap"),
                         "t.snap has snapshot format version 1; this faultline reads versions 4 and 5. Re-create it "
                         "from its scenario with `faultline convert`",
                         snapshot_error);
  }
  {
    // Version 3 held relations without their opponent and conflict: refused,
    // not read with those fields shifted into the next ones.
    auto other = bytes;
    put_le32(other, 8, 3);
    CHECK_THROWS_WITH_AS(read_snapshot(other, "t.snap"),
                         "t.snap has snapshot format version 3; this faultline reads versions 4 and 5. Re-create it "
                         "from its scenario with `faultline convert`",
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

TEST_CASE("snapshot: version-4 files (faultline 0.3) are still read, and damage in them refused") {
  const auto bytes = legacy_sample();
  REQUIRE(le(bytes, 8, 4) == 4);
  CHECK(read_snapshot(bytes, "old.snap").data() == load_files({samples / "baghdad-2024-01.yaml"}).data());
  CHECK(read_snapshot(samples / "fixtures" / "snapshots" / "every-field.v4.snap").data() ==
        load_files({samples / "fixtures" / "every-field.yaml"}).data());
  const auto payload = bytes.size() - 32;
  CHECK(snapshot_message(std::string_view(bytes).substr(0, bytes.size() - 1)) ==
        "t.snap is truncated: the header announces " + std::to_string(payload) + " bytes of data, the file holds " +
            std::to_string(payload - 1));
  auto damaged = bytes;
  damaged[32 + payload / 2] = static_cast<char>(damaged[32 + payload / 2] ^ 0x5A);
  CHECK(snapshot_message(damaged) == "t.snap is damaged: its checksum does not match its content");
}

TEST_CASE("snapshot: a crafted class tracking flag (checksum correct) is refused before Boost decodes the archive") {
  // Found by fuzz_snapshot (which recomputes a version-4 checksum): a
  // vector type's tracking flag set to 1 made Boost read an object id
  // before each vector of that type, so it read the rest of the archive
  // at other offsets than the checked walk, and allocated a string of
  // 4.6·10^15 bytes (ASan: allocation-size-too-big). The file is that
  // input, its length and CRC-32 recomputed with Python's zlib; the byte
  // offset is where the walk finds the flag of the actors' aliases.
  const auto path =
      fs::path(FAULTLINE_SAMPLES_DIR) / ".." / "tests" / "fuzz" / "corpus" / "snapshot-v4-tracking-flag.snap";
  std::ifstream in(path, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  REQUIRE(bytes.size() == 3141);
  CHECK(snapshot_message(bytes) ==
        "t.snap cannot be decoded: an actor's aliases: the tracking flag at byte 1459 is 1; a faultline snapshot never "
        "tracks objects (0)");
}

TEST_CASE("snapshot: a payload that decodes to invalid data is refused as inconsistent") {
  auto bytes = snapshot_bytes(tiny());
  // Find the relation's weight 0.4375 (exact in binary) and make it 2, then fix the checksum.
  const double weight = 0.4375, bad = 2.0;
  std::string pattern(sizeof weight, '\0');
  std::memcpy(pattern.data(), &weight, sizeof weight);
  const auto at = bytes.find(pattern, 64);
  REQUIRE(at != std::string::npos);
  REQUIRE(bytes.find(pattern, at + 1) == std::string::npos);
  std::memcpy(bytes.data() + at, &bad, sizeof bad);
  fix_checksums(bytes);
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
    // The header and table against their checksum, each section against its
    // own, the padding between sections against zeros.
    CHECK_THROWS_AS(read_snapshot(damaged, "t.snap"), snapshot_error);
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

TEST_CASE("snapshot: every field of an imported event's coding survives, and repeated strings are stored once") {
  auto d = tiny().data();
  incident base = d.incidents[0];
  base.coding.dataset = "gdelt";
  base.coding.event_type = "Battles / Armed clash";
  base.coding.stance = polarity::hostile;
  base.coding.quad_class = 4;
  base.coding.mentions = 300;  // two bytes as a varint
  base.coding.reports = 1;
  base.coding.articles = 70000;
  base.coding.tone = -3.25;
  base.coding.deaths_low = 0;
  base.coding.deaths_high = 1LL << 40;
  base.coding.precision = "day";
  base.coding.interaction = "13";
  base.coding.source_text = "https://example.org/a-long-article-address-that-repeats.html";
  base.coding.row = 1ULL << 35;
  base.cameo = "190";
  base.goldstein = -10.0;
  base.rung = 7;
  base.until = date::parse("2024-02");
  base.fatalities = -0;  // zero, present
  base.injured = std::nullopt;
  base.prov.confidence = 0.25;
  base.prov.note = "a note";
  d.incidents.clear();
  for (int k = 0; k < 3; ++k) {
    auto inc = base;
    inc.id = "ev-" + std::to_string(k);
    inc.coding.stance = static_cast<polarity>(k - 1);
    // IsRootEvent: unknown, false, true (version 4).
    if (k > 0) inc.coding.root_event = k == 2;
    d.incidents.push_back(inc);
  }
  d.incidents[2].coding.source_text = "https://example.org/another.html";
  d.sources.push_back({"src", "A source", "", "", std::nullopt, ""});
  d.roles.push_back({2, 0, role::claimed_by, 1, {{0}, 0.5, ""}});
  const graph g(d);
  const auto bytes = snapshot_bytes(g);
  CHECK(read_snapshot(bytes, "coding.snap").data() == g.data());
  // The repeated URL and event type are in the bytes once, the other URL too.
  const auto count = [&](std::string_view text) {
    std::size_t n = 0;
    for (auto at = bytes.find(text); at != std::string::npos; at = bytes.find(text, at + 1))
      ++n;
    return n;
  };
  CHECK(count("a-long-article-address-that-repeats") == 1);
  CHECK(count("Battles / Armed clash") == 1);
  CHECK(count("another.html") == 1);
  CHECK(count("ev-") == 3);  // ids are written as they are
}

TEST_CASE("snapshot: version-4 records that cannot be decoded are refused with what is wrong") {
  const auto bytes = legacy_sample();
  {
    auto bad = bytes;
    bad[32] = 7;  // not a record tag
    fix_legacy_checksum(bad);
    CHECK(snapshot_message(bad) == "t.snap cannot be decoded: unknown record tag 7 at byte 0");
  }
  {
    auto bad = bytes;
    bad[33] = 2;  // the id: entry 0 of a string table that is still empty
    fix_legacy_checksum(bad);
    CHECK(snapshot_message(bad) == "t.snap cannot be decoded: a string refers to entry 0 of a table of 0, at byte 2");
  }
  {
    auto bad = bytes;
    // The id's length: 2^20 bytes (varint 0x80 0x80 0xC0 0x01 for 3 x 2^20), past the end of the data.
    bad.replace(33, 1, std::string("\x80\x80\xC0\x01", 4));
    put_le32(bad, 16, static_cast<std::uint32_t>(bad.size() - 32));
    fix_legacy_checksum(bad);
    CHECK(snapshot_message(bad) == "t.snap cannot be decoded: a record runs past the end of the data, at byte 5");
  }
  {
    auto bad = bytes;
    put_le32(bad, 12, 2);  // the header announces two incidents; the sample has 9
    const auto roles = std::to_string(le(bytes, 28, 4));
    CHECK(snapshot_message(bad) == "t.snap is inconsistent: its header announces 2 incidents and " + roles +
                                       " roles, its data holds 9 and " + roles);
  }
}

TEST_CASE("snapshot_writer: incidents and roles given one at a time give the snapshot of the whole") {
  const temp_dir dir;
  const auto g = tiny();
  const auto target = dir.path / "s.snap";
  {
    snapshot_writer w(target);
    for (const auto& i : g.incidents())
      w.add(i);
    for (const auto& r : g.roles())
      w.add(r);
    CHECK(w.incidents() == 1);
    CHECK(w.roles() == 2);
    auto rest = g.data();
    CHECK_THROWS_AS(w.commit(rest), usage_error);  // its incidents would be lost
    rest.incidents.clear();
    rest.roles.clear();
    w.commit(rest);
    CHECK_THROWS_AS(w.add(g.incidents()[0]), usage_error);
  }
  CHECK(slurp(target) == snapshot_bytes(g));
  CHECK(dir.names() == std::set<std::string>{"s.snap"});

  // Interleaved, each family keeps its own order.
  const auto mixed = dir.path / "m.snap";
  {
    snapshot_writer w(mixed);
    w.add(g.roles()[0]);
    w.add(g.incidents()[0]);
    w.add(g.roles()[1]);
    auto rest = g.data();
    rest.incidents.clear();
    rest.roles.clear();
    w.commit(rest);
  }
  CHECK(read_snapshot(mixed).data() == g.data());

  // With a small memory budget the columns wait in temporary files (unnamed:
  // none is left in the directory); the snapshot is the same.
  {
    std::string big = "faultline: 1\nactors:\n  - {id: a, kind: state, name: A}\nincidents:\n";
    for (int n = 0; n < 5000; ++n)
      big += "  - {id: e" + std::to_string(n) + ", date: 2024-01-" + std::to_string(10 + n % 19) +
             ", perpetrator: [a], type: t" + std::to_string(n % 7) + "}\n";
    const auto many = load_inputs({{"big.yaml", big}});
    const auto spilled = dir.path / "spilled.snap";
    {
      snapshot_writer w(spilled, 4096);
      for (const auto& i : many.incidents())
        w.add(i);
      for (const auto& r : many.roles())
        w.add(r);
      auto rest = many.data();
      rest.incidents.clear();
      rest.roles.clear();
      w.commit(rest);
    }
    CHECK(slurp(spilled) == snapshot_bytes(many));
    fs::remove(spilled);
  }

  // A writer that is not committed leaves the file as it was, and no temporary file.
  {
    snapshot_writer w(target);
    w.add(g.incidents()[0]);
  }
  CHECK(slurp(target) == snapshot_bytes(g));
  CHECK(dir.names() == std::set<std::string>{"m.snap", "s.snap"});
}

namespace {

// `value` as `width` little-endian bytes.
std::string le_bytes(std::uint64_t value, std::size_t width) {
  std::string out(width, '\0');
  for (std::size_t k = 0; k < width; ++k)
    out[k] = static_cast<char>(value >> (8 * k));
  return out;
}

// A Boost archive string: its length (8 bytes) and its bytes.
std::string archived(std::string_view text) {
  return le_bytes(text.size(), 8) + std::string(text);
}

// Where `pattern` is in `bytes`, after the header; it must be there once.
std::size_t only(const std::string& bytes, const std::string& pattern) {
  const auto at = bytes.find(pattern, 32);
  REQUIRE(at != std::string::npos);
  REQUIRE(bytes.find(pattern, at + 1) == std::string::npos);
  return at;
}

}  // namespace

TEST_CASE("snapshot: the Boost part is walked and checked before it is decoded (issue 17, 1)") {
  // Damage with a correct checksum (crafted, or damaged before the checksum
  // was computed): each reached Boost's decoder unchecked.
  const auto bytes = snapshot_bytes(tiny());
  SUBCASE("an actor kind of 255 (was shown as a group, then out of bounds in `info`)") {
    auto damaged = bytes;
    // Actor a: its id, then its kind (state, 0) as a 4-byte int.
    const auto at = only(damaged, archived("a") + le_bytes(0, 4)) + 9;
    damaged.replace(at, 4, le_bytes(255, 4));
    fix_checksums(damaged);
    const auto message = snapshot_message(damaged);
    CHECK(message.starts_with("t.snap cannot be decoded: an actor's kind at byte "));
    CHECK(message.ends_with(" is 255, expected 0 to 2"));
  }
  SUBCASE("a bool byte of 58 in an optional date (undefined behaviour in Boost's decoder)") {
    auto damaged = bytes;
    // The relation's weight 0.4375, then its since: the bool saying a date follows.
    const double weight = 0.4375;
    std::string pattern(sizeof weight, '\0');
    std::memcpy(pattern.data(), &weight, sizeof weight);
    const auto at = only(damaged, pattern) + 8;
    REQUIRE(damaged[at] == 1);
    damaged[at] = 58;
    fix_checksums(damaged);
    const auto message = snapshot_message(damaged);
    CHECK(message.starts_with("t.snap cannot be decoded: a relation's since at byte "));
    CHECK(message.ends_with(" is 58, not a bool (0 or 1)"));
  }
  SUBCASE("a string length of 3.7 GiB (cost 3.8 GB of memory before exit 2)") {
    auto damaged = bytes;
    const auto at = only(damaged, archived("B"));  // actor b's name
    damaged.replace(at, 8, le_bytes(3700000000u, 8));
    fix_checksums(damaged);
    const auto message = snapshot_message(damaged);
    CHECK(message.starts_with("t.snap cannot be decoded: an actor's name at byte "));
    CHECK(message.find(" announces 3700000000 bytes, and only ") != std::string::npos);
  }
  SUBCASE("a vector count of 3*10^7 (cost 3 GB)") {
    auto damaged = bytes;
    // Actor b's aliases: count 1, item version 0, then "Bee".
    const auto at = only(damaged, le_bytes(1, 8) + le_bytes(0, 4) + archived("Bee"));
    damaged.replace(at, 8, le_bytes(30000000, 8));
    fix_checksums(damaged);
    const auto message = snapshot_message(damaged);
    CHECK(message.starts_with("t.snap cannot be decoded: an actor's aliases at byte "));
    CHECK(message.find(" announce 30000000 elements, more than the ") != std::string::npos);
  }
}

TEST_CASE("snapshot: version 4's Boost part is checked the same way") {
  auto bytes = legacy_sample();
  // The sample's United States: id "usa", kind state (0).
  const auto at = only(bytes, archived("usa") + le_bytes(0, 4)) + 11;
  bytes.replace(at, 4, le_bytes(255, 4));
  fix_legacy_checksum(bytes);
  const auto message = snapshot_message(bytes);
  CHECK(message.starts_with("t.snap cannot be decoded: an actor's kind at byte "));
  CHECK(message.ends_with(" is 255, expected 0 to 2"));
}
