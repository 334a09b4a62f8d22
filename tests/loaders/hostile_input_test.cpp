// SPDX-License-Identifier: Apache-2.0
// Hostile input (issue 17): every reader applies one encoding policy (UTF-8
// only, a byte-order mark skipped, anything else refused whole with its
// line and column) and the writers never fail on what a graph holds. The
// fixtures are in samples/fixtures/hostile/; the line and column of each
// bad byte were computed with Python on the fixture bytes
// (d.index(b), counting '\n' before it).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/io.hpp>
#include <faultline/graph/snapshot.hpp>
#include <faultline/loaders/edge_list.hpp>
#include <faultline/loaders/event_data.hpp>
#include <faultline/loaders/scenario.hpp>

using namespace faultline;
namespace fs = std::filesystem;

namespace {

const fs::path hostile_dir = fs::path(FAULTLINE_SAMPLES_DIR) / "fixtures" / "hostile";

std::string fixture(const char* name) {
  return (hostile_dir / name).string();
}

template <class F>
std::string parse_error_of(F&& f) {
  try {
    f();
  } catch (const parse_error& e) {
    return e.what();
  }
  return "(no parse_error)";
}

import_report import_one(graph_data& data, event_format format, const char* name, bool strict) {
  import_options o;
  o.strict = strict;
  return import_events(data, format, std::vector<fs::path>{hostile_dir / name}, o);
}

}  // namespace

TEST_CASE("a byte-order mark at the start of an edge list, a node list or a Pajek file is skipped") {
  const auto edges = load_edge_list(fixture("edges-bom.csv"));
  REQUIRE(edges.source.size() == 2);
  CHECK(edges.nodes.front() == "Hamas");
  CHECK(edges.sign.size() == 2);

  auto with_nodes = read_edge_list_csv("source,target\nHamas,Fatah\n", "e.csv");
  CHECK(add_node_list_csv(with_nodes, "\xEF\xBB\xBFid,label\nPLO,Palestine Liberation Organization\n", "n.csv") == 1);

  const auto pajek = load_edge_list(fixture("bom.net"));
  REQUIRE(pajek.nodes.size() == 2);
  CHECK(pajek.nodes[1] == "Rafah");
}

TEST_CASE("edge lists, node lists and Pajek files that are not UTF-8 are refused at the byte") {
  CHECK(parse_error_of([] { (void)load_edge_list(fixture("edges-latin1.csv")); }) ==
        fixture("edges-latin1.csv") +
            ":3:6: the file is not valid UTF-8 (byte 0xe1): faultline reads UTF-8 text only; convert it first, e.g. "
            "`iconv -f WINDOWS-1252 -t UTF-8`");
  CHECK(parse_error_of([] {
          auto e = read_edge_list_csv("source,target\nHamas,Fatah\n", "e.csv");
          (void)add_node_list_csv(e, read_file(fixture("nodes-nul.csv")), "nodes-nul.csv");
        }) == "nodes-nul.csv:2:14: the file holds a NUL byte (0x00), which no text can hold; is it a binary file?");
  CHECK(parse_error_of([] {
          (void)load_edge_list(fixture("latin1.net"));
        }).starts_with(fixture("latin1.net") + ":3:9: the file is not valid UTF-8 (byte 0xe1)"));
  // Overlong forms and surrogates are not UTF-8 either.
  CHECK(parse_error_of([] {
          (void)read_edge_list_csv("source,target\n\xC0\xAF,b\n", "o.csv");
        }).starts_with("o.csv:2:1: the file is not valid UTF-8 (byte 0xc0)"));
  CHECK(parse_error_of([] {
          (void)read_edge_list_csv("source,target\na\xED\xA0\x80,b\n", "s.csv");
        }).starts_with("s.csv:2:2: the file is not valid UTF-8 (byte 0xed)"));
  // Valid multi-byte text passes.
  const auto ok = read_edge_list_csv("source,target\nBogot\xC3\xA1,\xD8\xAD\xD9\x85\xD8\xA7\xD8\xB3\n", "u.csv");
  CHECK(ok.nodes == std::vector<std::string>{"Bogot\xC3\xA1", "\xD8\xAD\xD9\x85\xD8\xA7\xD8\xB3"});
}

TEST_CASE("event files that are not UTF-8 are refused whole, with or without --strict") {
  for (const bool strict : {false, true}) {
    CAPTURE(strict);
    graph_data data;
    CHECK(parse_error_of([&] { (void)import_one(data, event_format::acled, "acled-latin1.csv", strict); }) ==
          fixture("acled-latin1.csv") +
              ":2:262: the file is not valid UTF-8 (byte 0xe9): faultline reads UTF-8 text only; convert it first, "
              "e.g. `iconv -f WINDOWS-1252 -t UTF-8`");
    CHECK(data.incidents.empty());
    CHECK(data.actors.empty());
    CHECK(parse_error_of([&] { (void)import_one(data, event_format::ucdp_ged, "ucdp-ged-nul.csv", strict); }) ==
          fixture("ucdp-ged-nul.csv") +
              ":2:362: the file holds a NUL byte (0x00), which no text can hold; is it a binary file?");
    CHECK(data.incidents.empty());
  }
  // In memory too (column 37: "1\t20240105\t202401\t2024\t2024.0137\tISR" is 36 bytes).
  graph_data data;
  const std::string bytes = "1\t20240105\t202401\t2024\t2024.0137\tISR\xFF\n";
  CHECK(parse_error_of([&] {
          (void)import_events(data, event_format::gdelt, std::vector<named_input>{{"mem.tsv", bytes}});
        }).starts_with("mem.tsv:1:37: the file is not valid UTF-8 (byte 0xff)"));
}

TEST_CASE("a byte-order mark before the first GDELT event is skipped") {
  graph_data data;
  const auto report = import_one(data, event_format::gdelt, "gdelt-bom.tsv", true);
  CHECK(report.rows == 1);
  CHECK(report.imported == 1);
  REQUIRE(data.incidents.size() == 1);
  CHECK(data.incidents.front().id == "gdelt-1100000001");
}

TEST_CASE("scenario writers replace bytes that are not UTF-8, so YAML and JSON output reads back") {
  auto data = load_files({fs::path(FAULTLINE_SAMPLES_DIR) / "baghdad-2024-01.yaml"}).data();
  REQUIRE(!data.actors.empty());
  data.actors.front().name = "Caf\xE9 \xC3\xA9";  // a Latin-1 byte, then a real U+00E9
  const graph g(std::move(data));
  for (const auto syntax : {scenario_syntax::yaml, scenario_syntax::json}) {
    std::string text;
    REQUIRE_NOTHROW(text = write_scenario(g, syntax));
    const auto back = load_inputs({{syntax == scenario_syntax::yaml ? "back.yaml" : "back.json", text}});
    CHECK(back.actors().front().name == "Caf\xEF\xBF\xBD \xC3\xA9");
  }
}

TEST_CASE("an event file with a header and no rows is malformed: --strict -o stops and writes nothing") {
  const auto out = fs::temp_directory_path() / ("faultline-header-only-" + std::to_string(::getpid()) + ".snap");
  fs::remove(out);
  const std::vector<fs::path> files{hostile_dir / "acled-header-only.csv"};
  import_options strict;
  strict.strict = true;
  CHECK(parse_error_of([&] { (void)import_events_to_snapshot({}, event_format::acled, files, out, strict); }) ==
        fixture("acled-header-only.csv") +
            ":1: the file has a header line and no rows: expected an ACLED CSV export (a header line, then one event "
            "per row)");
  CHECK_FALSE(fs::exists(out));
  // Without --strict it is counted as malformed, and with nothing else imported nothing is written.
  const auto done = import_events_to_snapshot({}, event_format::acled, files, out);
  CHECK(done.report.malformed == 1);
  CHECK(done.report.all_malformed());
  CHECK_FALSE(done.written);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("an edge list header of 200,000 columns is read (in linear time), and a repeated column found") {
  // Generated: source,target,c2,...,c199999 and a row a,b,x,...,x.
  constexpr std::size_t n = 200000;
  std::string header = "source,target", row = "a,b";
  for (std::size_t c = 2; c < n; ++c) {
    header += ",c" + std::to_string(c);
    row += ",x";
  }
  const auto edges = read_edge_list_csv(header + "\n" + row + "\n", "wide.csv");
  CHECK(edges.source.size() == 1);
  REQUIRE(edges.extra_columns.size() == n - 2);
  CHECK(edges.extra_columns.back() == "c199999");
  CHECK(edges.extra_values.back().front() == "x");
  // A column named twice at the far end: its byte column in the header is
  // 1488906 (len(",".join(...)) up to ",Weight", plus 2, computed in Python).
  CHECK(parse_error_of([&] { (void)read_edge_list_csv(header + ",weight,Weight\n", "wide-dup.csv"); }) ==
        "wide-dup.csv:1:1488906: column `weight` appears twice in the header");
}

TEST_CASE("Pajek: a *Vertices count beyond what the file can describe is refused on its line, before allocating") {
  // 4,000,000,000 gave std::bad_alloc (exit 3); 80,000,000 allocated 2.4 GB before an error on line 3.
  const std::string huge = "*Vertices 4000000000\n*Edges\n1 2 1\n";  // 21 + 7 + 6 = 34 bytes
  CHECK(parse_error_of([&] { (void)read_pajek(huge, "huge.net"); }) ==
        "huge.net:1:1: *Vertices 4000000000 announces more vertices than a file of 34 bytes can describe: at most "
        "1048576 (one per byte of the file, or 1048576 in a smaller file)");
  CHECK(parse_error_of([] {
          (void)read_pajek("*Vertices 80000000\n1 \"a\"\n2 \"b\" x\n", "big.net");
        }).starts_with("big.net:1:1: *Vertices 80000000 announces more vertices"));
  // Vertices need not be listed: 1,048,576 unnamed ones in a small file are allowed, named by their numbers.
  const auto many = read_pajek("*Vertices 1048576\n*Edges\n1 1048576 1\n", "many.net");
  REQUIRE(many.nodes.size() == 1048576);
  CHECK(many.nodes.back() == "1048576");
  CHECK(many.target.front() == 1048575);
}

// ------------------------------------------------------------------ limits
// input_limits (faultline/graph/limits.hpp, docs/limits.md): an input read
// whole into memory larger than max_input_bytes, and a text value (or a
// line of streamed GDELT data) longer than max_string_bytes, are refused
// naming the limit and the flag that raises it. Lengths and positions were
// counted by hand on the strings below, or with Python on the fixtures.

namespace {

fs::path scratch(const std::string& name) {
  return fs::temp_directory_path() / ("faultline-limits-" + std::to_string(::getpid()) + "-" + name);
}

template <class Error, class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error of the expected type)";
}

}  // namespace

TEST_CASE("limits: a file read whole that is larger than max_input_bytes is refused before it is read") {
  const auto path = scratch("big.yaml");
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(100, '#');
  }
  CHECK(read_file(path, input_limits{.max_input_bytes = 100}).size() == 100);
  CHECK(error_of<io_error>([&] { (void)read_file(path, input_limits{.max_input_bytes = 99}); }) ==
        "Cannot read " + path.string() +
            ": it holds 100 bytes, more than the limit of 99 bytes on an input read whole into memory (raise it with "
            "--max-input-size, or input_limits::max_input_bytes in the library)");
  CHECK(read_file(path, input_limits{.max_input_bytes = 0}).size() == 100);  // 0: no limit
  // Through the scenario loader, with the limit in binary units.
  CHECK(error_of<io_error>([&] {
          (void)load_files({path}, input_limits{.max_input_bytes = 64});
        }).find("more than the limit of 64 bytes") != std::string::npos);
  fs::remove(path);
  CHECK(size_text(std::uint64_t{4} << 30) == "4 GiB");
  CHECK(size_text(std::uint64_t{1536} << 10) == "1536 KiB");
  CHECK(size_text(1) == "1 byte");
}

TEST_CASE("limits: a pipe that gives more than max_input_bytes is refused once the limit is passed") {
  const auto fifo = scratch("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // 200 bytes fit in the pipe's buffer: the writer finishes whether or not they are read.
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    out << std::string(200, 'x');
  });
  const auto message = error_of<io_error>([&] { (void)read_file(fifo, input_limits{.max_input_bytes = 100}); });
  writer.join();
  fs::remove(fifo);
  CHECK(message == "Cannot read " + fifo.string() +
                       ": it gives more than the limit of 100 bytes on an input read whole into memory (raise it with "
                       "--max-input-size, or input_limits::max_input_bytes in the library)");
}

TEST_CASE("limits: a snapshot is not held to max_input_bytes (it is checked as it is decoded, and mapped)") {
  const auto sample = load_files({fs::path(FAULTLINE_SAMPLES_DIR) / "baghdad-2024-01.yaml"});
  const auto snap = scratch("sample.snap");
  write_snapshot(sample, snap);
  REQUIRE(fs::file_size(snap) > 1000);
  const auto loaded = load_files({snap}, input_limits{.max_input_bytes = 1000});
  CHECK(loaded.incidents().size() == sample.incidents().size());
  fs::remove(snap);
}

TEST_CASE("limits: a scenario value longer than max_string_bytes is an error at the value") {
  // `    name: "` is 10 bytes: the value starts on line 4, column 11.
  const std::string text =
      "faultline: 1\nactors:\n  - id: a\n    name: \"" + std::string(50, 'x') + "\"\n    kind: state\n";
  CHECK(load_inputs({{"long.yaml", text}}, input_limits{.max_string_bytes = 50}).actors().size() == 1);
  CHECK(parse_error_of([&] {
          (void)load_inputs({{"long.yaml", text}}, input_limits{.max_string_bytes = 40});
        }) ==
        "long.yaml:4:11: a value of 50 bytes is longer than the limit of 40 bytes on one value or line (raise it with "
        "--max-string-length, or input_limits::max_string_bytes in the library)");
  // Keys too, and in JSON: `{"` puts the key at column 2.
  const std::string json = "{\"" + std::string(45, 'k') + "\": 1}";
  CHECK(parse_error_of([&] {
          (void)load_inputs({{"long.json", json}}, input_limits{.max_string_bytes = 40});
        }).starts_with("long.json:1:2: a value of 45 bytes is longer than the limit of 40 bytes"));
}

TEST_CASE("limits: an edge or node list field longer than max_string_bytes is an error at the field") {
  edge_list_options o;
  o.limits.max_string_bytes = 40;
  // A plain record (the fast path) and a quoted one (the general path) give the same error.
  const std::string plain = "source,target\na,b\n" + std::string(50, 'y') + ",c\n";
  CHECK(parse_error_of([&] { (void)read_edge_list_csv(plain, "e.csv", o); }) ==
        "e.csv:3:1: field `source`: a value of 50 bytes is longer than the limit of 40 bytes on one value or line "
        "(raise it with --max-string-length, or input_limits::max_string_bytes in the library)");
  const std::string quoted = "source,target\na,\"" + std::string(45, 'z') + "\"\n";
  CHECK(parse_error_of([&] {
          (void)read_edge_list_csv(quoted, "q.csv", o);
        }).starts_with("q.csv:2:3: field `target`: a value of 45 bytes is longer than the limit of 40 bytes"));
  CHECK(read_edge_list_csv(plain, "e.csv").source.size() == 2);  // the default limit (1 MiB) lets it through

  auto edges = read_edge_list_csv("source,target\na,b\n", "e.csv");
  CHECK(parse_error_of([&] {
          (void)add_node_list_csv(edges, "id,label\na," + std::string(41, 'L') + "\n", "n.csv", o);
        }).starts_with("n.csv:2:3: a value of 41 bytes is longer than the limit of 40 bytes"));
}

TEST_CASE("limits: streamed GDELT lines longer than max_string_bytes, and content read whole over max_input_bytes") {
  const auto events = fs::path(FAULTLINE_SAMPLES_DIR) / "fixtures" / "events";
  // The decompressed lines of gdelt-v2.tsv.gz are 424, 368, 376, 372, 366,
  // 323, 309, 431, ... bytes long (Python's gzip module): with a limit of
  // 425, line 8 is the first too long.
  import_options o;
  o.limits.max_string_bytes = 425;
  graph_data data;
  CHECK(parse_error_of([&] {
          (void)import_events(data, event_format::gdelt, std::vector<fs::path>{events / "gdelt-v2.tsv.gz"}, o);
        }) == (events / "gdelt-v2.tsv.gz").string() +
                  ":8: the line of 431 bytes is longer than the limit of 425 bytes on one value or line (raise it "
                  "with --max-string-length, or input_limits::max_string_bytes in the library); is this a file of "
                  "event rows, one per line?");
  CHECK(data.incidents.empty());
  o.limits.max_string_bytes = 431;
  CHECK(import_events(data, event_format::gdelt, std::vector<fs::path>{events / "gdelt-v2.tsv.gz"}, o).imported > 0);

  // UCDP GED is read whole; decompressed, ucdp-ged.csv.gz holds 2343 bytes.
  import_options whole;
  whole.limits.max_input_bytes = 2000;
  graph_data ged;
  CHECK(error_of<io_error>([&] {
          (void)import_events(ged, event_format::ucdp_ged, std::vector<fs::path>{events / "ucdp-ged.csv.gz"}, whole);
        }) == "Cannot read " + (events / "ucdp-ged.csv.gz").string() +
                  ": it gives more than the limit of 2000 bytes on an input read whole into memory (raise it with "
                  "--max-input-size, or input_limits::max_input_bytes in the library)");
  CHECK(ged.incidents.empty());
  whole.limits.max_input_bytes = 2343;
  CHECK(import_events(ged, event_format::ucdp_ged, std::vector<fs::path>{events / "ucdp-ged.csv.gz"}, whole).imported >
        0);
}

TEST_CASE("Pajek: an empty quoted weight is not a weight (it was read before its first byte: ASan, found by fuzzing)") {
  CHECK(parse_error_of([] { (void)read_pajek("*Arcs\n1 2 \"\"\n", "w.net"); }) == "w.net:2: \"\" is not a weight");
}
