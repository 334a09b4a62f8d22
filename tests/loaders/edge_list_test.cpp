// SPDX-License-Identifier: Apache-2.0
// Edge lists: CSV/TSV edges and nodes, Pajek networks. Expected values are
// read off the small inputs written here; the real-data case counts were
// checked with awk on the same file.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <faultline/graph/error.hpp>
#include <faultline/loaders/edge_list.hpp>

using namespace faultline;

namespace {

edge_list_options undirected() {
  edge_list_options o;
  o.directed = false;
  return o;
}

edge_list_options network(const std::string& n) {
  edge_list_options o;
  o.network = n;
  return o;
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

}  // namespace

TEST_CASE("csv: header-driven columns, interned ids, extra columns kept") {
  const auto e = read_edge_list_csv(
      "source,target,weight,sign,type,date,note\n"
      "a,b,0.5,-,attack,2024-01-04,first\n"
      "b,c,2,+1,aid,2024,second\n"
      "a,c,1e-3,0,aid,,\n",
      "t.csv");
  CHECK(e.nodes == std::vector<std::string>{"a", "b", "c"});
  CHECK(e.source == std::vector<std::uint32_t>{0, 1, 0});
  CHECK(e.target == std::vector<std::uint32_t>{1, 2, 2});
  CHECK(e.weight == std::vector<double>{0.5, 2.0, 0.001});
  CHECK(e.sign == std::vector<std::int8_t>{-1, 1, 0});
  CHECK(e.type_names == std::vector<std::string>{"attack", "aid"});
  CHECK(e.type == std::vector<std::uint32_t>{0, 1, 1});
  CHECK(e.date == std::vector<std::string>{"2024-01-04", "2024", ""});
  REQUIRE(e.extra_columns == std::vector<std::string>{"note"});
  CHECK(e.extra_values[0] == std::vector<std::string>{"first", "second", ""});
  CHECK(e.directed);
  CHECK(e.is_arc(0));
}

TEST_CASE("csv: absent columns leave their vectors empty; from/to accepted; options") {
  const auto e = read_edge_list_csv("From,To\nx,y\ny,x\n", "t.csv", undirected());
  CHECK(e.edge_count() == 2);
  CHECK(e.weight.empty());
  CHECK(e.sign.empty());
  CHECK(e.type.empty());
  CHECK_FALSE(e.directed);
  CHECK_FALSE(e.is_arc(1));
  edge_list_options o;
  o.source_column = "country1";
  o.target_column = "Country2";
  const auto c = read_edge_list_csv("window,country1,country2,sign\n46-49,AFG,IRN,1\n", "cow.csv", o);
  CHECK(c.nodes == std::vector<std::string>{"AFG", "IRN"});
  REQUIRE(c.extra_columns == std::vector<std::string>{"window"});
  CHECK(c.sign == std::vector<std::int8_t>{1});
}

TEST_CASE("csv: quotes, CRLF, tabs, blank and comment lines") {
  const auto e = read_edge_list_csv("source,target,label\r\n\"a,1\",b,\"say \"\"hi\"\"\"\r\n\r\n# a comment\r\nb,\"c\nd\",x\r\n",
                                    "q.csv");
  CHECK(e.nodes == std::vector<std::string>{"a,1", "b", "c\nd"});
  CHECK(e.extra_values[0] == std::vector<std::string>{"say \"hi\"", "x"});
  const auto t = read_edge_list_csv("source\ttarget\tweight\nu\tv\t3\n", "t.tsv");
  CHECK(t.weight == std::vector<double>{3.0});
}

TEST_CASE("csv: errors name file, line, column and field") {
  CHECK(parse_error_of([] { (void)read_edge_list_csv("", "e.csv"); }) ==
        "e.csv:1: the file is empty: expected a header line such as `source,target,weight`");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("a,b\n1,2\n", "e.csv"); }) ==
        "e.csv:1:1: the header must name the columns `source` (or `from`) and `target` (or `to`); it has: a,b");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target\na,b\nc\n", "e.csv"); }) ==
        "e.csv:3: the line has 1 fields, the header 2 (source,target)");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target,weight\na,b,1\na,c,heavy\n", "e.csv"); }) ==
        "e.csv:3:5: field `weight`: \"heavy\" is not a number (expected a finite weight)");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target,weight\na,b,nan\n", "e.csv"); }) ==
        "e.csv:2:5: field `weight`: \"nan\" is not a number (expected a finite weight)");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target,sign\na,b,++\n", "e.csv"); }) ==
        "e.csv:2:5: field `sign`: \"++\" is not a sign (expected +, -, 1, -1 or 0)");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target\n\"a,b\n", "e.csv"); }) ==
        "e.csv:2:1: a quoted field is not closed (missing '\"')");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target,Source\n", "e.csv"); }) ==
        "e.csv:1:15: column `source` appears twice in the header");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target\n,b\n", "e.csv"); }) ==
        "e.csv:2:1: field `source`: an empty node id");
}

TEST_CASE("node lists add isolated nodes and labels, atomically") {
  auto e = read_edge_list_csv("source,target\na,b\n", "e.csv");
  CHECK(add_node_list_csv(e, "id,label\nb,Bee\nz,Zed\n", "n.csv") == 1);
  CHECK(e.nodes == std::vector<std::string>{"a", "b", "z"});
  CHECK(e.labels == std::vector<std::string>{"", "Bee", "Zed"});
  CHECK(parse_error_of([&] { (void)add_node_list_csv(e, "id\nq\nq\n", "n.csv"); }) == "n.csv:3:1: node \"q\" is listed twice");
  CHECK(e.nodes.size() == 3);  // nothing half-added
  CHECK(parse_error_of([&] { (void)add_node_list_csv(e, "name\nq\n", "n.csv"); }) ==
        "n.csv:1:1: the header of a node list must have an `id` column");
}

TEST_CASE("pajek: vertices, arcs, edges, lists and matrices") {
  const auto e = read_pajek(
      "*Vertices 4\r\n1 \"Alpha One\" 0.1 0.2\r\n2 Beta\r\n3 \"Gamma\"\r\n"
      "*Arcs\r\n1 2 -1 c Red\r\n2 1 2\r\n*Edges\r\n3 4\r\n",
      "p.net");
  CHECK(e.nodes == std::vector<std::string>{"Alpha One", "Beta", "Gamma", "4"});
  CHECK(e.source == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(e.target == std::vector<std::uint32_t>{1, 0, 3});
  CHECK(e.weight == std::vector<double>{-1.0, 2.0, 1.0});
  CHECK(e.sign == std::vector<std::int8_t>{-1, 1, 1});
  CHECK(e.arc == std::vector<std::uint8_t>{1, 1, 0});  // mixed: per-edge flags
  CHECK_FALSE(e.is_arc(2));

  const auto l = read_pajek("*Vertices 3\n*Edgeslist\n1 2 3\n", "l.net");
  CHECK(l.edge_count() == 2);
  CHECK_FALSE(l.directed);
  CHECK(l.arc.empty());
  const auto m = read_pajek("*Vertices 2\n*Matrix\n0 -1\n1 0\n", "m.net");
  CHECK(m.source == std::vector<std::uint32_t>{0, 1});
  CHECK(m.sign == std::vector<std::int8_t>{-1, 1});
}

TEST_CASE("pajek: projects with several networks; partitions skipped") {
  const std::string paj =
      "*Network first\n*Vertices 2\n1 \"A\"\n2 \"B\"\n*Arcs\n1 2 1\n"
      "*Network second one\n*Vertices 3\n*Edges\n1 3 -1\n2 3 1\n"
      "*Partition p\n*Vertices 3\n1\n2\n1\n";
  CHECK(read_pajek(paj, "p.paj").edge_count() == 1);
  CHECK(read_pajek(paj, "p.paj", network("2")).edge_count() == 2);
  CHECK(read_pajek(paj, "p.paj", network("second one")).node_count() == 3);
  CHECK(parse_error_of([&] { (void)read_pajek(paj, "p.paj", network("third")); }) ==
        "p.paj: no network \"third\" in the file; it has: 1 (first), 2 (second one)");
}

TEST_CASE("pajek: errors") {
  CHECK(parse_error_of([] { (void)read_pajek("*Vertices 2\n*Arcs\n1 3\n", "p.net"); }) ==
        "p.net:3: vertex 3 does not exist: expected 1 to 2");
  CHECK(parse_error_of([] { (void)read_pajek("1 2\n", "p.net"); }) ==
        "p.net:1:1: expected a section line such as *Vertices, *Arcs or *Edges");
  CHECK(parse_error_of([] { (void)read_pajek("", "p.net"); }) == "p.net: no *Vertices section: expected a Pajek network");
  CHECK(parse_error_of([] { (void)read_pajek("*Vertices 2\n*Arcs\n1 2 x\n", "p.net"); }) == "p.net:3: \"x\" is not a weight");
  CHECK(parse_error_of([] { (void)read_pajek("*Vertices 2\n*Matrix\n0 1 1\n", "p.net"); }) ==
        "p.net:3:1: a matrix row has 3 values, expected 2");
}

TEST_CASE("load_edge_list picks the reader by extension; missing files are io errors") {
  const auto dir = std::filesystem::temp_directory_path() / "faultline-edge-list-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "g.tsv") << "source\ttarget\na\tb\n";
  std::ofstream(dir / "g.net") << "*Vertices 2\n*Arcs\n1 2\n";
  CHECK(load_edge_list(dir / "g.tsv").nodes == std::vector<std::string>{"a", "b"});
  CHECK(load_edge_list(dir / "g.net").nodes == std::vector<std::string>{"1", "2"});
  CHECK_THROWS_AS((void)load_edge_list(dir / "missing.csv"), io_error);
  std::filesystem::remove_all(dir);
}

TEST_CASE("real data: Read's Gahuku-Gama tribes in Pajek and CSV (needs ../shared/data)") {
  const std::filesystem::path root = FAULTLINE_SHARED_DATA_DIR;
  if (!std::filesystem::exists(root / "gahuku_gama_tribes")) {
    MESSAGE("skipped: " << root.string() << " is absent (the shared datasets are not part of the project)");
    return;
  }
  // awk on the same files: 116 arcs (each tie both ways), 58 positive, 58 negative; the CSV has 58 ties.
  const auto net = load_edge_list(root / "gahuku_gama_tribes/GAMA_signed.NET");
  CHECK(net.node_count() == 16);
  CHECK(net.edge_count() == 116);
  CHECK(std::count(net.sign.begin(), net.sign.end(), 1) == 58);
  CHECK(net.nodes.front() == "GAVEV");
  const auto csv = load_edge_list(root / "gahuku_gama_tribes/tribes_signnet_edges.csv");
  CHECK(csv.edge_count() == 58);
  CHECK(std::count(csv.sign.begin(), csv.sign.end(), -1) == 29);
}
