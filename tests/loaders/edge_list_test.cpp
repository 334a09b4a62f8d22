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
  CHECK(c.extra_columns.empty());  // a window column dates the ties (test "dated edge lists" below)
  CHECK(c.time == edge_time::snapshots);
  CHECK(c.sign == std::vector<std::int8_t>{1});
}

TEST_CASE("csv: quotes, CRLF, tabs, blank and comment lines") {
  const auto e = read_edge_list_csv(
      "source,target,label\r\n\"a,1\",b,\"say \"\"hi\"\"\"\r\n\r\n# a comment\r\nb,\"c\nd\",x\r\n", "q.csv");
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

TEST_CASE("csv: plain records (the fast path) read as the general path reads them") {
  // Records of the layout source,target,weight: plain ones and, between
  // them, ones only the general path reads (quoted, spaced, CRLF, comment,
  // blank). Node numbers by first appearance, worked out by hand: 1 0, 2 1,
  // 017 2, 3 3, 4 4, 5 5, x9 6, 10 7, 12345678 8, 123456789 9, 16777215 10,
  // 16777216 11 (2^24: past the interner's direct table), 0 12, 17 13.
  const std::vector<std::string> rows = {"1,2,0.5",
                                         "017,2,1e3",
                                         "\"3\",1,2",
                                         " 4 ,5,-1.25",
                                         "",
                                         "# comment",
                                         "x9,10,3\r",
                                         "12345678,123456789,7",
                                         "16777215,16777216,1",
                                         "0,1,+2",
                                         "17,017,1"};
  std::string plain = "source,target,weight\n", general = "source,target,weight,note\n";
  for (const auto& r : rows) {
    plain += r + "\n";
    // An extra column takes every record through the general path.
    const bool data = !r.empty() && r[0] != '#';
    const bool crlf = !r.empty() && r.back() == '\r';
    general += (data ? (crlf ? r.substr(0, r.size() - 1) + ",n\r" : r + ",n") : r) + "\n";
  }
  plain.pop_back();  // the last record without a newline
  const auto fast = read_edge_list_csv(plain, "p.csv");
  const auto slow = read_edge_list_csv(general, "g.csv");
  const std::vector<std::string> nodes = {"1",  "2",        "017",       "3",        "4",        "5", "x9",
                                          "10", "12345678", "123456789", "16777215", "16777216", "0", "17"};
  CHECK(fast.nodes == nodes);
  CHECK(fast.source == std::vector<std::uint32_t>{0, 2, 3, 4, 6, 8, 10, 12, 13});
  CHECK(fast.target == std::vector<std::uint32_t>{1, 1, 0, 5, 7, 9, 11, 0, 2});
  CHECK(fast.weight == std::vector<double>{0.5, 1000, 2, -1.25, 3, 7, 1, 2, 1});
  CHECK(slow.nodes == fast.nodes);
  CHECK(slow.source == fast.source);
  CHECK(slow.target == fast.target);
  CHECK(slow.weight == fast.weight);
  // A delimiter given in the options; a comma is then part of an id.
  edge_list_options semicolons;
  semicolons.delimiter = ';';
  const auto sc = read_edge_list_csv("source;target\n1;2,5\n2,5;1\n", "s.csv", semicolons);
  CHECK(sc.nodes == std::vector<std::string>{"1", "2,5"});
  CHECK(sc.source == std::vector<std::uint32_t>{0, 1});
  CHECK(sc.target == std::vector<std::uint32_t>{1, 0});
  // Tabs and target before source.
  const auto t = read_edge_list_csv("to\tfrom\n1\t2\n2\t3\n", "t.tsv");
  CHECK(t.nodes == std::vector<std::string>{"1", "2", "3"});
  CHECK(t.source == std::vector<std::uint32_t>{1, 2});
  CHECK(t.target == std::vector<std::uint32_t>{0, 1});
}

TEST_CASE("csv: errors after plain records keep their line and column") {
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target\n1,2\n3,4\n\n# c\n5\n", "e.csv"); }) ==
        "e.csv:6: the line has 1 fields, the header 2 (source,target)");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target\n1,2\n3,", "e.csv"); }) ==
        "e.csv:3:3: field `target`: an empty node id");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target\n1,2\n3,4,5\n", "e.csv"); }) ==
        "e.csv:3: the line has 3 fields, the header 2 (source,target)");
  CHECK(parse_error_of([] {
          (void)read_edge_list_csv("source,target,weight\n1,2,3\n\"q\nr\",2,3\n4,5,x\n", "e.csv");
        }) == "e.csv:5:5: field `weight`: \"x\" is not a number (expected a finite weight)");
}

TEST_CASE("node lists add isolated nodes and labels, atomically") {
  auto e = read_edge_list_csv("source,target\na,b\n", "e.csv");
  CHECK(add_node_list_csv(e, "id,label\nb,Bee\nz,Zed\n", "n.csv") == 1);
  CHECK(e.nodes == std::vector<std::string>{"a", "b", "z"});
  CHECK(e.labels == std::vector<std::string>{"", "Bee", "Zed"});
  CHECK(parse_error_of([&] { (void)add_node_list_csv(e, "id\nq\nq\n", "n.csv"); }) ==
        "n.csv:3:1: node \"q\" is listed twice");
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
  CHECK(parse_error_of([] { (void)read_pajek("", "p.net"); }) ==
        "p.net: no *Vertices section: expected a Pajek network");
  CHECK(parse_error_of([] { (void)read_pajek("*Vertices 2\n*Arcs\n1 2 x\n", "p.net"); }) ==
        "p.net:3: \"x\" is not a weight");
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

TEST_CASE("pajek: --undirected reads arcs as edges, a pair of opposite arcs of the same value as one edge") {
  const std::string net = "*Vertices 3\n*Arcs\n1 2 1\n2 1 1\n2 3 1\n3 2 2\n1 3 1\n";
  const auto directed = read_pajek(net, "p.net");
  CHECK(directed.directed);
  CHECK(directed.edge_count() == 5);
  const auto e = read_pajek(net, "p.net", undirected());
  CHECK_FALSE(e.directed);
  CHECK(e.arc.empty());
  // 1-2 twice with value 1: one edge; 2-3 with values 1 and 2: two edges; 1-3 once.
  CHECK(e.source == std::vector<std::uint32_t>{0, 1, 2, 0});
  CHECK(e.target == std::vector<std::uint32_t>{1, 2, 1, 2});
  CHECK(e.weight == std::vector<double>{1, 1, 2, 1});
  CHECK(e.paired_arcs == 1);
  // *Edges are left as they are, even repeated.
  const auto edges = read_pajek("*Vertices 2\n*Edges\n1 2\n2 1\n", "e.net", undirected());
  CHECK(edges.edge_count() == 2);
  CHECK(edges.paired_arcs == 0);
}

TEST_CASE("pajek: the network read is named, with its number and how many the project holds") {
  const std::string paj =
      "*Network first\n*Vertices 2\n1 \"A\"\n2 \"B\"\n*Arcs\n1 2 1\n"
      "*Network UciNet\\X.DAT : SECOND\n*Vertices 3\n*Edges\n1 3 -1\n2 3 1\n"
      "*Network third\n*Vertices 1\n";
  const auto first = read_pajek(paj, "p.paj");
  CHECK(first.network == "first");
  CHECK(first.network_number == 1);
  CHECK(first.network_count == 3);
  const auto second = read_pajek(paj, "p.paj", network("SECOND"));  // the title's last word
  CHECK(second.network == "UciNet\\X.DAT : SECOND");
  CHECK(second.network_number == 2);
  CHECK(second.network_count == 3);
  CHECK(read_pajek(paj, "p.paj", network("3")).network_number == 3);
  const auto plain = read_pajek("*Vertices 1\n", "p.net");
  CHECK(plain.network.empty());
  CHECK(plain.network_count == 0);
}

TEST_CASE("pajek: Padgett's project (../shared/data), read undirected: 16 families, 20 marriages") {
  const auto file = std::filesystem::path(FAULTLINE_SHARED_DATA_DIR) / "classic_networks" / "Padgett.paj";
  if (!std::filesystem::exists(file)) {
    MESSAGE("shared data absent: " << file.string() << " not found, skipped");
    return;
  }
  // SOURCE.md: network PADGM holds each of its 20 marriages as two arcs (40 *Arcs lines).
  const auto directed = load_edge_list(file);
  CHECK(directed.edge_count() == 40);
  const auto e = load_edge_list(file, undirected());
  CHECK(e.node_count() == 16);
  CHECK(e.edge_count() == 20);
  CHECK(e.paired_arcs == 20);
  CHECK_FALSE(e.directed);
  CHECK(e.network == "UciNet\\PADGETT.DAT : PADGM");
  CHECK(e.network_number == 1);
  CHECK(e.network_count == 3);
  auto o = undirected();
  o.network = "PADGB";
  const auto business = load_edge_list(file, o);
  CHECK(business.network_number == 2);
  CHECK(business.edge_count() == 15);  // SOURCE.md: PADGB, 15 edges
}

namespace {

edge_time_filter as_of(const char* d) {
  edge_time_filter f;
  f.as_of = date::parse(d);
  return f;
}

edge_time_filter window(const char* from, const char* to) {
  edge_time_filter f;
  if (*from) f.from = date::parse(from);
  if (*to) f.to = date::parse(to);
  return f;
}

template <class F>
std::string usage_error_of(F&& f) {
  try {
    f();
  } catch (const usage_error& e) {
    return e.what();
  }
  return "(no usage_error)";
}

}  // namespace

TEST_CASE("dated edge lists: a window column is a series of snapshots, and one is picked") {
  const auto e = read_edge_list_csv(
      "window,n_nodes,country1,country2,sign\n"
      "46-49,3,AFG,IRN,1\n46-49,3,AFG,PAK,-1\n"
      "47-50,3,AFG,IRN,1\n47-50,3,IRN,IRQ,-1\n47-50,3,AFG,IRQ,1\n"
      "98-01,2,USA,RUS,-1\n",
      "cow.csv", [] {
        edge_list_options o;
        o.source_column = "country1";
        o.target_column = "country2";
        o.directed = false;
        return o;
      }());
  CHECK(e.time == edge_time::snapshots);
  CHECK(e.snapshot_names == std::vector<std::string>{"46-49", "47-50", "98-01"});
  CHECK(e.since[0] == *date::parse("1946"));
  CHECK(e.until[0] == *date::parse("1949"));
  CHECK(e.until[5] == *date::parse("2001"));  // an end below the start is in the next century
  CHECK(e.extra_columns == std::vector<std::string>{"n_nodes"});

  // 1947 is in both 46-49 and 47-50: the one that ends first, 46-49.
  auto s = select_edges_in_time(e, as_of("1947"));
  CHECK(s.snapshot == "46-49");
  CHECK(s.candidates == std::vector<std::string>{"46-49", "47-50"});
  CHECK(s.edges.edge_count() == 2);
  CHECK(s.edges.nodes == std::vector<std::string>{"AFG", "IRN", "PAK"});
  s = select_edges_in_time(e, as_of("1950"));
  CHECK(s.snapshot == "47-50");
  CHECK(s.edges.edge_count() == 3);
  CHECK(s.edges.nodes == std::vector<std::string>{"AFG", "IRN", "IRQ"});
  CHECK(s.edges.source == std::vector<std::uint32_t>{0, 1, 0});
  CHECK(s.edges.target == std::vector<std::uint32_t>{1, 2, 2});
  CHECK(s.edges.sign == std::vector<std::int8_t>{1, -1, 1});
  CHECK(s.edges.extra_values[0] == std::vector<std::string>{"3", "3", "3"});
  edge_time_filter label;
  label.snapshot = "47-50";
  CHECK(select_edges_in_time(e, label).edges.edge_count() == 3);
  CHECK(select_edges_in_time(e, window("1947", "1950")).snapshot == "47-50");
  CHECK(select_edges_in_time(e, as_of("1960")).edges.edge_count() == 0);  // no window holds then
  CHECK(usage_error_of([&] { (void)select_edges_in_time(e, window("1946", "1950")); }) ==
        "--window 1946..1950 holds 2 windows of cow.csv (46-49, 47-50), whose ties would be counted together: give "
        "one, e.g. --window 46-49");
  label.snapshot = "45-48";
  CHECK(usage_error_of([&] { (void)select_edges_in_time(e, label); }) ==
        "No window \"45-48\" in cow.csv: expected one of its window labels (46-49, 47-50, 98-01) or FROM..TO");
  CHECK(parse_error_of([] { (void)read_edge_list_csv("window,source,target\n46 to 49,a,b\n", "w.csv"); }) ==
        "w.csv:2:1: field `window`: \"46 to 49\" is not a period (expected e.g. 46-49, 1946-1949, 1946..1949 or one "
        "date)");
}

TEST_CASE("dated edge lists: year, since/until and date columns") {
  SUBCASE("year: the tie holds that year") {
    const auto e = read_edge_list_csv("source,target,year\na,b,2014\na,c,2015\nb,c,2016\n", "y.csv");
    CHECK(e.time == edge_time::spans);
    CHECK(select_edges_in_time(e, as_of("2015")).edges.edge_count() == 1);
    CHECK(select_edges_in_time(e, as_of("2015-06")).edges.edge_count() == 1);
    CHECK(select_edges_in_time(e, window("2014", "2015")).edges.edge_count() == 2);
    CHECK(select_edges_in_time(e, window("2016", "")).edges.nodes == std::vector<std::string>{"b", "c"});
    CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target,year\na,b,2014-05\n", "y.csv"); }) ==
          "y.csv:2:5: field `year`: \"2014-05\" is not a year (expected YYYY)");
  }
  SUBCASE("since/until: the tie holds from since to until; an empty end is open") {
    const auto e = read_edge_list_csv("source,target,since,until\na,b,2010,2012\na,c,2011,\nb,c,,2009-06\n", "s.csv");
    CHECK(e.time == edge_time::spans);
    CHECK(select_edges_in_time(e, as_of("2012-12-31")).edges.edge_count() == 2);  // a-b, a-c
    CHECK(select_edges_in_time(e, as_of("2009")).edges.edge_count() == 1);        // b-c
    CHECK(select_edges_in_time(e, window("2009-07", "2010-01")).edges.edge_count() == 1);
    CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target,since,until\na,b,2012,2010\n", "s.csv"); }) ==
          "s.csv:2: the tie's since 2012 is after its until 2010");
  }
  SUBCASE("date: when the tie happened; --as-of keeps what happened by then") {
    const auto e = read_edge_list_csv("source,target,date\na,b,2024-01-04\na,c,2024-02\nb,c,\n", "d.csv");
    CHECK(e.time == edge_time::dated);
    CHECK(e.date == std::vector<std::string>{"2024-01-04", "2024-02", ""});
    CHECK(select_edges_in_time(e, as_of("2024-01-31")).edges.edge_count() == 2);  // a-b and the undated b-c
    CHECK(select_edges_in_time(e, as_of("2024")).edges.edge_count() == 3);
    CHECK(select_edges_in_time(e, window("2024-02-10", "2024-03")).edges.edge_count() == 2);  // a-c, b-c
    CHECK(parse_error_of([] { (void)read_edge_list_csv("source,target,date\na,b,4 Jan\n", "d.csv"); }) ==
          "d.csv:2:5: field `date`: \"4 Jan\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  SUBCASE("no time column: a time selection is refused, not ignored") {
    const auto e = read_edge_list_csv("source,target\na,b\n", "n.csv");
    CHECK(e.time == edge_time::none);
    CHECK(usage_error_of([&] { (void)select_edges_in_time(e, as_of("2020")); }) ==
          "--as-of and --window select dated ties, and n.csv has none: its header names no date, year, since, until "
          "or window column");
  }
}

// cow_signed_edges.csv: ties per window counted with awk:
//   awk -F, 'NR>1 && $1=="47-50"' cow_signed_edges.csv | wc -l       -> 376 (320 positive, 56 negative)
//   the distinct countries of those rows                              -> 66
//   awk -F, 'NR>1 && $1=="96-99"' cow_signed_edges.csv | wc -l       -> 1247
//   awk -F, 'NR>1{print $1}' cow_signed_edges.csv | sort -u | wc -l  -> 51 windows
TEST_CASE("dated edge lists: the Correlates-of-War signed windows of ../shared/data") {
  const auto file =
      std::filesystem::path(FAULTLINE_SHARED_DATA_DIR) / "cow_signed_networks_doreian_mrvar" / "cow_signed_edges.csv";
  if (!std::filesystem::exists(file)) {
    MESSAGE("shared data absent: " << file.string() << " not found, skipped");
    return;
  }
  edge_list_options o;
  o.source_column = "country1";
  o.target_column = "country2";
  o.directed = false;
  const auto e = load_edge_list(file, o);
  CHECK(e.edge_count() == 41295);
  CHECK(e.time == edge_time::snapshots);
  CHECK(e.snapshot_names.size() == 51);
  const auto w = select_edges_in_time(e, as_of("1950"));
  CHECK(w.snapshot == "47-50");
  CHECK(w.candidates == std::vector<std::string>{"47-50", "48-51", "49-52", "50-53"});
  CHECK(w.edges.edge_count() == 376);
  CHECK(w.edges.node_count() == 66);
  CHECK(std::count(w.edges.sign.begin(), w.edges.sign.end(), std::int8_t{-1}) == 56);
  edge_time_filter last;
  last.snapshot = "96-99";
  CHECK(select_edges_in_time(e, last).edges.edge_count() == 1247);
  CHECK(select_edges_in_time(e, as_of("1999")).snapshot == "96-99");
}
