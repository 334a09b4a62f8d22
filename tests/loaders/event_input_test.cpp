// SPDX-License-Identifier: Apache-2.0
// Event inputs as users have them: gzip files, zip archives and standard
// input import exactly as the plain file does (the plain import is the
// reference, itself checked by hand in event_import_test.cpp), and damaged
// archives are refused with the file and what is wrong. The .gz and .zip
// fixtures in samples/fixtures/events/ were made from the plain fixtures
// beside them with Python's gzip and zipfile modules (gzip level 9, mtime 0;
// zip deflated): gdelt-v2.tsv.gz, gdelt-v2.zip, ucdp-ged.csv.gz,
// ucdp-ged.zip, two-tables.zip (gdelt-v2.tsv and gdelt-v1.tsv), empty.zip
// (no member) and truncated.tsv.gz (the first 501 of gdelt-v2.tsv.gz's 1002
// bytes).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/event_data.hpp>

using namespace faultline;
namespace fs = std::filesystem;

namespace {

const fs::path events_dir = fs::path(FAULTLINE_SAMPLES_DIR) / "fixtures" / "events";

// A temporary directory, removed with what is in it.
struct scratch_dir {
  fs::path path;
  scratch_dir() {
    std::string pattern = (fs::temp_directory_path() / "faultline-input-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;
  ~scratch_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string file_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// Standard input read from a file for the scope of the object.
class stdin_from {
 public:
  explicit stdin_from(const fs::path& file) : saved_(::dup(STDIN_FILENO)) {
    const int fd = ::open(file.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    REQUIRE(::dup2(fd, STDIN_FILENO) == STDIN_FILENO);
    ::close(fd);
  }
  ~stdin_from() {
    ::dup2(saved_, STDIN_FILENO);
    ::close(saved_);
  }
  stdin_from(const stdin_from&) = delete;
  stdin_from& operator=(const stdin_from&) = delete;

 private:
  int saved_;
};

// Standard input from a pipe that another thread fills a few bytes at a
// time, as a slow producer does: every read() returns a short count.
class stdin_from_pipe {
 public:
  explicit stdin_from_pipe(std::string bytes, std::size_t chunk) : saved_(::dup(STDIN_FILENO)) {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    REQUIRE(::dup2(ends[0], STDIN_FILENO) == STDIN_FILENO);
    ::close(ends[0]);
    writer_ = std::thread([bytes = std::move(bytes), chunk, fd = ends[1]] {
      for (std::size_t at = 0; at < bytes.size(); at += chunk)
        if (::write(fd, bytes.data() + at, std::min(chunk, bytes.size() - at)) < 0) break;
      ::close(fd);
    });
  }
  ~stdin_from_pipe() {
    writer_.join();
    ::dup2(saved_, STDIN_FILENO);
    ::close(saved_);
  }
  stdin_from_pipe(const stdin_from_pipe&) = delete;
  stdin_from_pipe& operator=(const stdin_from_pipe&) = delete;

 private:
  int saved_;
  std::thread writer_;
};

struct imported {
  import_report report;
  graph_data data;
};

imported import_path(event_format format, const fs::path& path) {
  imported out;
  out.report = import_events(out.data, format, std::vector<fs::path>{path});
  return out;
}

// What must not differ between the plain file and the other forms of it:
// the counts, the malformed rows' lines, columns and messages, and the
// content (incidents, roles, relations, actors but for the file name in
// their notes).
void check_same(const imported& got, const imported& want, const std::string& got_name) {
  CHECK(got.report.layout == want.report.layout);
  CHECK(got.report.bytes == want.report.bytes);
  CHECK(got.report.rows == want.report.rows);
  CHECK(got.report.imported == want.report.imported);
  CHECK(got.report.duplicates == want.report.duplicates);
  CHECK(got.report.malformed == want.report.malformed);
  CHECK(got.report.files == std::vector<std::string>{got_name});
  REQUIRE(got.report.problems.size() == want.report.problems.size());
  for (std::size_t k = 0; k < want.report.problems.size(); ++k) {
    const auto& g = got.report.problems[k];
    const auto& w = want.report.problems[k];
    CHECK(g.where.file == got_name);
    CHECK(g.where.line == w.where.line);
    CHECK(g.where.column == w.where.column);
    CHECK(g.field == w.field);
    CHECK(g.message == w.message);
  }
  CHECK(got.data.incidents == want.data.incidents);
  CHECK(got.data.roles == want.data.roles);
  CHECK(got.data.relations == want.data.relations);
  REQUIRE(got.data.actors.size() == want.data.actors.size());
  for (std::size_t k = 0; k < want.data.actors.size(); ++k) {
    CHECK(got.data.actors[k].id == want.data.actors[k].id);
    CHECK(got.data.actors[k].name == want.data.actors[k].name);
    CHECK(got.data.actors[k].merged == want.data.actors[k].merged);
  }
  CHECK(got.data.sources.size() == want.data.sources.size());
}

// The message of the error an import throws, or "" when none.
template <class Error>
std::string error_of(event_format format, const fs::path& path) {
  graph_data data;
  try {
    (void)import_events(data, format, std::vector<fs::path>{path});
  } catch (const Error& e) {
    CHECK(data.incidents.empty());
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("a .gz, a .zip and standard input import the same as the plain file (GDELT and UCDP GED)") {
  const struct {
    event_format format;
    const char* plain;
    const char* gz;
    const char* zip;
    const char* member;
  } cases[] = {{event_format::gdelt, "gdelt-v2.tsv", "gdelt-v2.tsv.gz", "gdelt-v2.zip", "gdelt-v2.tsv"},
               {event_format::ucdp_ged, "ucdp-ged.csv", "ucdp-ged.csv.gz", "ucdp-ged.zip", "ucdp-ged.csv"}};
  for (const auto& c : cases) {
    CAPTURE(c.plain);
    const auto want = import_path(c.format, events_dir / c.plain);
    // The fixtures' hand-checked counts (event_import_test.cpp).
    CHECK(want.report.rows == (c.format == event_format::gdelt ? 13u : 4u));
    CHECK(want.report.imported == (c.format == event_format::gdelt ? 8u : 4u));

    const auto gz = (events_dir / c.gz).string();
    check_same(import_path(c.format, gz), want, gz);
    const auto zip = (events_dir / c.zip).string();
    check_same(import_path(c.format, zip), want, zip + ":" + c.member);
    // The member named.
    check_same(import_path(c.format, zip + ":" + c.member), want, zip + ":" + c.member);
    for (const auto* file : {c.plain, c.gz, c.zip}) {
      CAPTURE(file);
      const stdin_from in(events_dir / file);
      check_same(import_path(c.format, "-"), want,
                 file == c.zip ? std::string("<stdin>:") + c.member : std::string("<stdin>"));
    }
  }
}

TEST_CASE("standard input from a pipe that gives a few bytes at a time imports as the file does") {
  for (const char* file : {"gdelt-v2.tsv", "gdelt-v2.tsv.gz", "gdelt-v2.zip"}) {
    CAPTURE(file);
    const auto want = import_path(event_format::gdelt, events_dir / "gdelt-v2.tsv");
    const std::string member = std::string(file) == "gdelt-v2.zip" ? ":gdelt-v2.tsv" : "";
    const stdin_from_pipe in(file_bytes(events_dir / file), 7);
    check_same(import_path(event_format::gdelt, "-"), want, "<stdin>" + member);
  }
  const auto want = import_path(event_format::ucdp_ged, events_dir / "ucdp-ged.csv");
  const stdin_from_pipe in(file_bytes(events_dir / "ucdp-ged.csv.gz"), 5);
  check_same(import_path(event_format::ucdp_ged, "-"), want, "<stdin>");
}

TEST_CASE("a .gz and standard input give the same snapshot as the plain file") {
  const scratch_dir dir;
  const auto plain = dir.path / "plain.snap", gz = dir.path / "gz.snap", in = dir.path / "stdin.snap";
  (void)import_events_to_snapshot({}, event_format::gdelt, {events_dir / "gdelt-v2.tsv"}, plain);
  (void)import_events_to_snapshot({}, event_format::gdelt, {events_dir / "gdelt-v2.tsv.gz"}, gz);
  {
    const stdin_from from(events_dir / "gdelt-v2.zip");
    (void)import_events_to_snapshot({}, event_format::gdelt, {"-"}, in);
  }
  const auto want = read_snapshot_data(file_bytes(plain), plain.string());
  for (const auto& p : {gz, in}) {
    CAPTURE(p);
    const auto got = read_snapshot_data(file_bytes(p), p.string());
    CHECK(got.incidents == want.incidents);
    CHECK(got.roles == want.roles);
    CHECK(got.actors.size() == want.actors.size());
  }
}

TEST_CASE("GDELT from standard input is read in pieces: lines and layout carry across them") {
  // More than one piece (32 MiB of decompressed bytes, event_import.cpp's
  // piece_bytes): 90,000 rows of 425 bytes (38.25 MB). The first row of the
  // second piece is malformed (60 columns): in a plain file a row like any
  // other, skipped; read in pieces it must be the same, not a file whose
  // first line says "not GDELT".
  const scratch_dir dir;
  const auto row = file_bytes(events_dir / "gdelt-v2.tsv").substr(0, 425);  // the first row, id 1100000001, '\n'
  REQUIRE(row.back() == '\n');
  REQUIRE(std::count(row.begin(), row.end(), '\t') == 60);
  constexpr std::size_t piece = std::size_t{32} << 20, rows = 90'000;
  // The first piece ends at the line end at or after byte `piece`: row
  // number piece / 425 + 1 (1-based) ends past it, so the next row starts
  // the second piece.
  const std::size_t first_of_second = piece / row.size() + 2;
  std::string text;
  text.reserve(rows * row.size());
  for (std::size_t k = 1; k <= rows; ++k) {
    auto r = row;
    const auto id = std::to_string(2000000000 + k);
    r.replace(0, 10, id);
    if (k == first_of_second) r.erase(r.find('\t'), 1);  // 60 columns
    text += r;
  }
  const auto plain = dir.path / "big.tsv";
  write_file(plain, text);
  const auto want = import_path(event_format::gdelt, plain);
  CHECK(want.report.rows == rows);
  CHECK(want.report.imported == rows - 1);
  CHECK(want.report.malformed == 1);
  REQUIRE(want.report.problems.size() == 1);
  CHECK(want.report.problems[0].where.line == first_of_second);
  const stdin_from in(plain);
  check_same(import_path(event_format::gdelt, "-"), want, "<stdin>");
}

TEST_CASE("damaged, empty and ambiguous archives are refused with the file and what is wrong") {
  const auto truncated = (events_dir / "truncated.tsv.gz").string();
  CHECK(error_of<parse_error>(event_format::gdelt, truncated) ==
        truncated + ": the gzip file is truncated: the compressed data stops after 501 bytes, before its end marker");
  const auto empty = (events_dir / "empty.zip").string();
  CHECK(error_of<parse_error>(event_format::gdelt, empty) ==
        empty + ": the zip archive is empty: it holds no file to import");
  const auto two = (events_dir / "two-tables.zip").string();
  CHECK(error_of<parse_error>(event_format::gdelt, two) ==
        two + ": the zip archive holds 2 files (gdelt-v2.tsv, gdelt-v1.tsv): name the one to import as " + two +
            ":MEMBER");
  CHECK(error_of<parse_error>(event_format::gdelt, two + ":nope.tsv") ==
        two + ": the zip archive holds no file \"nope.tsv\"; it holds gdelt-v2.tsv, gdelt-v1.tsv");
  // The member named imports: gdelt-v1.tsv's 3 rows.
  CHECK(import_path(event_format::gdelt, two + ":gdelt-v1.tsv").report.rows == 3);

  const scratch_dir dir;
  SUBCASE("a byte of the deflate data changed") {
    for (const char* name : {"gdelt-v2.tsv.gz", "gdelt-v2.zip"}) {
      CAPTURE(name);
      auto bytes = file_bytes(events_dir / name);
      // Byte 100 is inside the compressed data of both (the gzip header is
      // 10 bytes, the zip's local header 30 + the 12-byte name).
      bytes[100] = static_cast<char>(bytes[100] ^ 0x55);
      const auto damaged = dir.path / name;
      write_file(damaged, bytes);
      const auto message = error_of<parse_error>(event_format::gdelt, damaged);
      CAPTURE(message);
      CHECK(message.starts_with(damaged.string()));
      // Which check fails first depends on the byte: the deflate data, or the
      // CRC-32 / length at the end.
      CHECK((message.find("corrupt") != std::string::npos || message.find("damaged") != std::string::npos ||
             message.find("incorrect data check") != std::string::npos));
    }
  }
  SUBCASE("a zip archive cut short has no directory") {
    const auto bytes = file_bytes(events_dir / "gdelt-v2.zip");
    const auto cut = dir.path / "cut.zip";
    write_file(cut, bytes.substr(0, bytes.size() - 30));
    CHECK(error_of<parse_error>(event_format::gdelt, cut) ==
          cut.string() + ": not a complete zip archive: its end-of-central-directory record is missing (truncated?)");
  }
  SUBCASE("a gzip file with another file's bytes after it") {
    auto bytes = file_bytes(events_dir / "gdelt-v2.tsv.gz") + "trailing";
    const auto extra = dir.path / "extra.gz";
    write_file(extra, bytes);
    CHECK(error_of<parse_error>(event_format::gdelt, extra) ==
          extra.string() +
              ": unexpected data after the end of the gzip stream (byte 1002): expected another gzip member or the end "
              "of the file");
  }
  SUBCASE("two gzip members one after the other read as one file (gzip -c a b, pigz)") {
    const auto one = file_bytes(events_dir / "gdelt-v2.tsv.gz");
    const auto twice = dir.path / "twice.gz";
    write_file(twice, one + one);
    const auto r = import_path(event_format::gdelt, twice);
    CHECK(r.report.rows == 26);
    CHECK(r.report.imported == 8);     // the second copy's events are duplicates
    CHECK(r.report.duplicates == 10);  // line 8 in each copy, and the 8 events again
  }
  SUBCASE("nothing is written when the archive is damaged") {
    const auto out = dir.path / "out.snap";
    CHECK_THROWS_AS((void)import_events_to_snapshot({}, event_format::gdelt, {truncated}, out), parse_error);
    CHECK(!fs::exists(out));
  }
}

TEST_CASE("several compressed files in one import: each is read in turn, the second's events duplicates") {
  graph_data data;
  const auto r = import_events(data, event_format::ucdp_ged,
                               std::vector<fs::path>{events_dir / "ucdp-ged.csv.gz", events_dir / "ucdp-ged.zip"});
  CHECK(r.rows == 8);  // 4 rows in each (ucdp-ged.csv)
  CHECK(r.imported == 4);
  CHECK(r.duplicates == 4);
  CHECK(r.files.size() == 2);
  CHECK(data.incidents.size() == 4);
}

TEST_CASE("standard input given twice is refused") {
  graph_data data;
  CHECK_THROWS_WITH_AS((void)import_events(data, event_format::gdelt, std::vector<fs::path>{"-", "-"}),
                       "Standard input (-) is given twice: it can be read only once", usage_error);
}
