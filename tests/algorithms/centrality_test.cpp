// SPDX-License-Identifier: Apache-2.0
// Centrality measures: every measure against the NetworkX references stored
// in samples/fixtures/centrality (karate club, Florentine families, Les
// Misérables, a directed graph), the signed measures against signnet's
// definitions (Gahuku-Gama, signnet's published vignette), Boost.Graph's
// Brandes as a second opinion, and the fixed list of edge cases.
#include <doctest/doctest.h>

#include <boost/graph/betweenness_centrality.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <faultline/algorithms/centrality.hpp>
#include <faultline/graph/compact.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/graph.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/loaders/compact_edge_list.hpp>
#include <faultline/loaders/edge_list.hpp>

#include "compact_bgl.hpp"

using namespace faultline;

namespace {

constexpr double tolerance = 1e-6;
const std::string fixtures = FAULTLINE_SAMPLES_DIR "/fixtures/centrality/";

std::vector<std::string> split(const std::string& line, char sep = ',') {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string cell;
  while (std::getline(in, cell, sep))
    out.push_back(cell);
  return out;
}

// A reference table: rows by key (node id, or "source|target"), columns by name,
// plus the `key=value` pairs of its comment lines.
struct reference {
  std::vector<std::string> columns;
  std::map<std::string, std::map<std::string, double>> rows;
  std::map<std::string, std::string> comment_values;  // "parameters", "personalization ...", "dangling ..."
  std::vector<std::string> comments;

  [[nodiscard]] bool has(const std::string& column) const {
    return std::find(columns.begin(), columns.end(), column) != columns.end();
  }
};

reference read_reference(const std::string& path, std::size_t key_columns) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  reference ref;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.rfind("# ", 0) == 0) {
      ref.comments.push_back(line.substr(2));
      continue;
    }
    auto cells = split(line);
    if (header) {
      ref.columns.assign(cells.begin() + static_cast<std::ptrdiff_t>(key_columns), cells.end());
      header = false;
      continue;
    }
    std::string key = cells[0];
    if (key_columns == 2) key += "|" + cells[1];
    for (std::size_t c = 0; c < ref.columns.size(); ++c)
      ref.rows[key][ref.columns[c]] = std::stod(cells[c + key_columns]);
  }
  return ref;
}

// "label: k=v k=v" comment line -> {k: v}.
std::map<std::string, std::string> comment_pairs(const reference& ref, const std::string& label) {
  std::map<std::string, std::string> out;
  for (const auto& c : ref.comments) {
    if (c.rfind(label, 0) != 0) continue;
    std::stringstream in(c.substr(c.find(':') + 1));
    std::string pair;
    while (in >> pair) {
      const auto eq = pair.find('=');
      if (eq != std::string::npos) out[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
  }
  return out;
}

struct fixture {
  edge_list edges;
  compact_graph graph;
  std::map<std::string, std::uint32_t> vertex;  // id -> vertex

  [[nodiscard]] std::vector<double> by_vertex(const std::map<std::string, std::string>& values) const {
    std::vector<double> out(graph.vertex_count(), 0.0);
    for (const auto& [id, v] : values)
      out.at(vertex.at(id)) = std::stod(v);
    return out;
  }
};

fixture load(const std::string& name, bool directed) {
  edge_list_options options;
  options.directed = directed;
  fixture f;
  f.edges = load_edge_list(fixtures + name + ".csv", options);
  f.graph = make_compact(f.edges);
  for (std::uint32_t v = 0; v < f.edges.nodes.size(); ++v)
    f.vertex[f.edges.nodes[v]] = v;
  return f;
}

void check_scores(const fixture& f, const reference& ref, const std::string& column,
                  const std::vector<double>& scores) {
  INFO("measure " << column);
  REQUIRE(scores.size() == f.graph.vertex_count());
  REQUIRE(ref.rows.size() == f.graph.vertex_count());
  for (const auto& [id, row] : ref.rows) {
    INFO("vertex " << id);
    CHECK(std::abs(scores[f.vertex.at(id)] - row.at(column)) <= tolerance);
  }
}

void check_edges(const fixture& f, const reference& ref, const std::string& column,
                 const std::vector<edge_score>& scores) {
  INFO("measure " << column);
  CHECK(scores.size() == ref.rows.size());
  for (const auto& e : scores) {
    const auto& u = f.edges.nodes[e.source];
    const auto& v = f.edges.nodes[e.target];
    auto row = ref.rows.find(u + "|" + v);
    if (row == ref.rows.end() && !f.graph.directed()) row = ref.rows.find(v + "|" + u);
    REQUIRE_MESSAGE(row != ref.rows.end(), "edge " << u << " " << v << " not in the reference");
    INFO("edge " << u << " " << v);
    CHECK(std::abs(e.score - row->second.at(column)) <= tolerance);
  }
}

// Every measure of a fixture against NetworkX.
void check_fixture(const std::string& name, bool directed) {
  const auto f = load(name, directed);
  const auto ref = read_reference(fixtures + name + ".reference.csv", 1);
  const auto params = comment_pairs(ref, "parameters:");
  const auto& g = f.graph;

  if (directed) {
    check_scores(f, ref, "in_degree", degree(g, {.direction = degree_direction::in}).scores);
    check_scores(f, ref, "out_degree", degree(g, {.direction = degree_direction::out}).scores);
  }
  check_scores(f, ref, "degree", degree(g).scores);
  check_scores(f, ref, "degree_centrality", degree(g, {.normalized = true}).scores);

  for (unsigned threads : {1u, 2u}) {
    betweenness_options b;
    b.use_weights = false;
    b.threads = threads;
    check_scores(f, ref, "betweenness", betweenness(g, b).scores);
    b.normalized = false;
    check_scores(f, ref, "betweenness_raw", betweenness(g, b).scores);
    b.normalized = true;
    b.endpoints = true;
    check_scores(f, ref, "betweenness_endpoints", betweenness(g, b).scores);
  }

  pagerank_options pr;
  pr.use_weights = false;
  check_scores(f, ref, "pagerank_unweighted", pagerank(g, pr).scores);
  pr.damping = 0.9;
  pr.personalization = f.by_vertex(comment_pairs(ref, "personalization"));
  check_scores(f, ref, "pagerank_personalized", pagerank(g, pr).scores);
  if (ref.has("pagerank_dangling")) {
    pagerank_options dangling;
    dangling.use_weights = false;
    dangling.dangling = f.by_vertex(comment_pairs(ref, "dangling"));
    check_scores(f, ref, "pagerank_dangling", pagerank(g, dangling).scores);
  }

  check_scores(f, ref, "eigenvector", eigenvector(g, {.use_weights = false}).scores);
  katz_options k;
  k.alpha = std::stod(params.at("katz_alpha"));
  k.use_weights = false;
  check_scores(f, ref, "katz", katz(g, k).scores);
  k.normalized = false;
  check_scores(f, ref, "katz_raw", katz(g, k).scores);

  check_scores(f, ref, "closeness", closeness(g, {.use_weights = false}).scores);
  check_scores(f, ref, "closeness_no_wf", closeness(g, {.use_weights = false, .wf_improved = false}).scores);
  check_scores(f, ref, "harmonic", harmonic(g, {.use_weights = false, .threads = 2}).scores);

  if (ref.has("weighted_degree")) {
    REQUIRE(g.weighted());
    check_scores(f, ref, "weighted_degree", degree(g, {.weighted = true}).scores);
    check_scores(f, ref, "betweenness_weighted", betweenness(g, {.threads = 2}).scores);
    check_scores(f, ref, "pagerank", pagerank(g).scores);
    check_scores(f, ref, "eigenvector_weighted", eigenvector(g, {.max_iterations = 1000}).scores);
    katz_options kw;
    kw.alpha = std::stod(params.at("katz_alpha_weighted"));
    check_scores(f, ref, "katz_weighted", katz(g, kw).scores);
    check_scores(f, ref, "closeness_weighted", closeness(g).scores);
    check_scores(f, ref, "harmonic_weighted", harmonic(g).scores);
  }

  const auto eref = read_reference(fixtures + name + ".edge_reference.csv", 2);
  check_edges(f, eref, "edge_betweenness", edge_betweenness(g, {.use_weights = false}));
  check_edges(f, eref, "edge_betweenness_raw",
              edge_betweenness(g, {.use_weights = false, .normalized = false, .threads = 2}));
  if (eref.has("edge_betweenness_weighted")) check_edges(f, eref, "edge_betweenness_weighted", edge_betweenness(g));
}

compact_graph arcs(std::uint32_t n, std::vector<std::uint32_t> src, std::vector<std::uint32_t> dst, bool directed,
                   std::vector<double> w = {}, std::vector<std::int8_t> s = {}) {
  return compact_graph::from_arcs({n, src, dst, w, s, {}, directed});
}

std::vector<double> signed_matrix_scores(const std::vector<int>& matrix, std::size_t n, bool pn) {
  std::vector<std::uint32_t> src, dst;
  std::vector<std::int8_t> sign;
  for (std::uint32_t i = 0; i < n; ++i)
    for (std::uint32_t j = i + 1; j < n; ++j)
      if (matrix[i * n + j] != 0) {
        src.push_back(i);
        dst.push_back(j);
        sign.push_back(static_cast<std::int8_t>(matrix[i * n + j]));
      }
  const auto g = arcs(static_cast<std::uint32_t>(n), src, dst, false, {}, sign);
  return pn ? pn_index(g).scores : signed_eigenvector(g).scores;
}

}  // namespace

TEST_CASE("centrality: Zachary's karate club matches NetworkX") {
  check_fixture("karate", false);
}
TEST_CASE("centrality: Padgett's Florentine families match NetworkX") {
  check_fixture("florentine", false);
}
TEST_CASE("centrality: Les Misérables matches NetworkX") {
  check_fixture("lesmis", false);
}
TEST_CASE("centrality: a directed weighted graph with dangling and unreachable vertices matches NetworkX") {
  check_fixture("directed", true);
}

TEST_CASE("centrality: Gahuku-Gama PN index and signed eigenvector match signnet's definitions") {
  const auto f = load("gahuku_gama", false);
  const auto ref = read_reference(fixtures + "gahuku_gama.reference.csv", 1);
  REQUIRE(f.graph.is_signed());
  check_scores(f, ref, "pn_index", pn_index(f.graph).scores);
  check_scores(f, ref, "signed_eigenvector", signed_eigenvector(f.graph).scores);
  signed_eigenvector_options power;
  power.dense_limit = 0;  // the power-iteration path must agree with the dense one
  check_scores(f, ref, "signed_eigenvector", signed_eigenvector(f.graph, power).scores);
}

TEST_CASE("centrality: signnet's published vignette values") {
  // The 10-vertex example of signnet's centrality vignette, row by row.
  const std::vector<int> a{0, 1,  0, 1,  0, 0,  0,  -1, -1, 0,  1,  0,  1, -1, 1, -1, -1, 0,  0,  0,  0,  1, 0,  1, -1,
                           0, 0,  0, -1, 0, 1,  -1, 1,  0,  1,  -1, -1, 0, 0,  0, 0,  1,  -1, 1,  0,  1,  0, -1, 0, -1,
                           0, -1, 0, -1, 1, 0,  1,  0,  1,  -1, 0,  -1, 0, -1, 0, 1,  0,  1,  -1, 1,  -1, 0, 0,  0, -1,
                           0, 1,  0, 1,  0, -1, 0,  -1, 0,  0,  1,  -1, 1, 0,  1, 0,  0,  0,  0,  -1, -1, 1, 0,  1, 0};
  const std::vector<double> pn{0.9009747, 0.8613482, 0.9076997, 0.8613482, 0.8410658,
                               0.8496558, 0.8617321, 0.9015909, 0.8509848, 0.9072930};
  const std::vector<double> eig{-0.62214960, 1.00000000, -0.74518850, 1.00000000,  -0.89990041,
                                0.64289592,  0.35828159, -0.37471921, -0.28087411, -0.07834568};
  const auto mine_pn = signed_matrix_scores(a, 10, true);
  const auto mine_eig = signed_matrix_scores(a, 10, false);
  for (std::size_t i = 0; i < 10; ++i) {
    CHECK(std::abs(mine_pn[i] - pn[i]) < 1e-7);
    CHECK(std::abs(mine_eig[i] - eig[i]) < 1e-7);
  }
  // The vignette's second example has no dominant eigenvalue.
  const std::vector<int> b{0,  1, 1, -1, 0, 0, -1, 0, 0, 1, 0,  1, 0, -1, 0, 0, -1, 0, 1, 1, 0,  0, 0, -1, 0, 0, -1,
                           -1, 0, 0, 0,  1, 1, -1, 0, 0, 0, -1, 0, 1, 0,  1, 0, -1, 0, 0, 0, -1, 1, 1, 0,  0, 0, -1,
                           -1, 0, 0, -1, 0, 0, 0,  1, 1, 0, -1, 0, 0, -1, 0, 1, 0,  1, 0, 0, -1, 0, 0, -1, 1, 1, 0};
  CHECK_THROWS_AS(signed_matrix_scores(b, 9, false), convergence_error);
  CHECK_THROWS_WITH(
      signed_matrix_scores(b, 9, false),
      doctest::Contains("No dominant eigenvalue exists: the eigenvalues -3, -3, 3, 3 have the same largest magnitude"));
}

TEST_CASE("centrality: Brandes betweenness agrees with Boost.Graph's on the compact form") {
  const auto f = load("lesmis", false);
  std::vector<double> theirs(f.graph.vertex_count());
  boost::brandes_betweenness_centrality(
      f.graph, boost::centrality_map(boost::make_iterator_property_map(
                                         theirs.begin(), boost::typed_identity_property_map<std::uint32_t>()))
                   .vertex_index_map(boost::typed_identity_property_map<std::uint32_t>()));
  // Boost sums over ordered pairs of the symmetric arcs: twice the undirected raw score.
  const auto mine = betweenness(f.graph, {.use_weights = false, .normalized = false});
  for (std::uint32_t v = 0; v < f.graph.vertex_count(); ++v)
    CHECK(std::abs(theirs[v] / 2 - mine.scores[v]) < 1e-9);

  std::vector<double> weighted(f.graph.vertex_count());
  boost::brandes_betweenness_centrality(
      f.graph, boost::centrality_map(boost::make_iterator_property_map(
                                         weighted.begin(), boost::typed_identity_property_map<std::uint32_t>()))
                   .vertex_index_map(boost::typed_identity_property_map<std::uint32_t>())
                   .weight_map(bgl::weight_map{&f.graph}));
  const auto mine_weighted = betweenness(f.graph, {.normalized = false});
  for (std::uint32_t v = 0; v < f.graph.vertex_count(); ++v)
    CHECK(std::abs(weighted[v] / 2 - mine_weighted.scores[v]) < 1e-9);
}

TEST_CASE("centrality: sampled betweenness is deterministic under a seed and exact with every source") {
  const auto f = load("karate", false);
  const auto exact = betweenness(f.graph, {.use_weights = false});
  const auto all = betweenness(f.graph, {.use_weights = false, .samples = 34, .seed = 7});
  for (std::size_t v = 0; v < 34; ++v)
    CHECK(std::abs(all.scores[v] - exact.scores[v]) < 1e-12);
  const auto a = betweenness(f.graph, {.use_weights = false, .samples = 10, .seed = 1, .threads = 2});
  const auto b = betweenness(f.graph, {.use_weights = false, .samples = 10, .seed = 1});
  const auto c = betweenness(f.graph, {.use_weights = false, .samples = 10, .seed = 2});
  CHECK(a.sources == b.sources);
  CHECK(a.sources.size() == 10);
  CHECK(a.sources != c.sources);
  for (std::size_t v = 0; v < 34; ++v)
    CHECK(std::abs(a.scores[v] - b.scores[v]) < 1e-12);
  // Explicit sources: the partial sum scaled by n/k.
  betweenness_options one;
  one.use_weights = false;
  one.normalized = false;
  one.sources = {0};
  const auto from_first = betweenness(f.graph, one);
  CHECK(from_first.sources == std::vector<std::uint32_t>{0});
  CHECK(from_first.scores[0] == 0.0);
}

TEST_CASE("centrality: the empty graph") {
  const compact_graph g;
  CHECK(degree(g).scores.empty());
  CHECK(betweenness(g).scores.empty());
  CHECK(edge_betweenness(g).empty());
  CHECK(pagerank(g).scores.empty());
  CHECK(katz(g).scores.empty());
  CHECK(closeness(g).scores.empty());
  CHECK(harmonic(g).scores.empty());
  CHECK_THROWS_WITH_AS(eigenvector(g), "Eigenvector centrality is not defined for a graph without vertices",
                       usage_error);
  CHECK_THROWS_WITH_AS(pn_index(g), doctest::Contains("needs a signed graph"), usage_error);
}

TEST_CASE("centrality: a single actor") {
  const auto g = arcs(1, {}, {}, true);
  CHECK(degree(g).scores == std::vector<double>{0.0});
  CHECK(degree(g, {.normalized = true}).scores == std::vector<double>{1.0});  // NetworkX's convention
  CHECK(betweenness(g).scores == std::vector<double>{0.0});
  CHECK(pagerank(g).scores == std::vector<double>{1.0});
  CHECK(eigenvector(g).scores == std::vector<double>{1.0});
  CHECK(katz(g).scores == std::vector<double>{1.0});
  CHECK(closeness(g).scores == std::vector<double>{0.0});
  CHECK(harmonic(g).scores == std::vector<double>{0.0});
  CHECK_THROWS_WITH_AS(pn_index(compact_graph::from_arcs({1, {}, {}, {}, std::span<const std::int8_t>(), {}, false})),
                       doctest::Contains("needs a signed graph"), usage_error);
  const std::vector<std::uint32_t> loop{0};
  const std::vector<std::int8_t> plus{1};
  const auto looped = compact_graph::from_arcs({1, loop, loop, {}, plus, {}, false});
  CHECK_THROWS_WITH_AS(pn_index(looped), "The PN index needs at least 2 vertices (it divides by n - 1)", usage_error);
  CHECK(signed_eigenvector(looped).scores == std::vector<double>{1.0});
}

TEST_CASE("centrality: disconnected graphs (closeness with and without Wasserman-Faust, harmonic)") {
  // Undirected path a-b-c and a separate edge d-e.
  const auto g = arcs(5, {0, 1, 3}, {1, 2, 4}, false);
  const auto wf = closeness(g).scores;
  const auto plain = closeness(g, {.wf_improved = false}).scores;
  CHECK(plain[1] == doctest::Approx(1.0));        // 2 others at total distance 2
  CHECK(wf[1] == doctest::Approx(0.5));           // times 2/4
  CHECK(plain[0] == doctest::Approx(2.0 / 3.0));  // distances 1 and 2
  CHECK(plain[3] == doctest::Approx(1.0));
  CHECK(wf[3] == doctest::Approx(0.25));
  const auto h = harmonic(g).scores;
  CHECK(h[0] == doctest::Approx(1.5));
  CHECK(harmonic(g, {.normalized = true}).scores[0] == doctest::Approx(1.5 / 4));
  const auto b = betweenness(g, {.normalized = false}).scores;
  CHECK(b == std::vector<double>{0, 1, 0, 0, 0});
  // PageRank: two components share the mass by size.
  const auto pr = pagerank(g, {.tolerance = 1e-12, .max_iterations = 1000}).scores;
  CHECK(pr[0] + pr[1] + pr[2] == doctest::Approx(0.6));
  CHECK(pr[3] == doctest::Approx(0.2));
}

TEST_CASE("centrality: self-loops and parallel edges") {
  // Undirected a-b twice, b-c, and a self-loop at b.
  const auto g = arcs(3, {0, 0, 1, 1}, {1, 1, 2, 1}, false);
  CHECK(degree(g).scores == std::vector<double>{2, 5, 1});  // the loop counts twice
  // Shortest paths see one tie a-b: b is on the one a-c path.
  CHECK(betweenness(g, {.normalized = false}).scores == std::vector<double>{0, 1, 0});
  const auto edges = edge_betweenness(g, {.normalized = false});
  REQUIRE(edges.size() == 4);
  CHECK(edges[0].score == doctest::Approx(1.0));  // a-b, first of two: half of 2
  CHECK(edges[1].score == doctest::Approx(1.0));
  CHECK(edges[2].score == 0.0);                   // the loop
  CHECK(edges[3].score == doctest::Approx(2.0));  // b-c
  // PageRank adds parallel arcs up: the same as one tie of weight 2.
  const auto simple = arcs(3, {0, 1, 1}, {1, 2, 1}, false, {2, 1, 1});
  const auto pr = pagerank(g).scores;
  const auto pr_simple = pagerank(simple).scores;
  for (int v = 0; v < 3; ++v)
    CHECK(pr[v] == doctest::Approx(pr_simple[v]).epsilon(1e-12));
  // Directed: a self-loop counts once in and once out.
  const auto d = arcs(2, {0, 0}, {0, 1}, true);
  CHECK(degree(d).scores == std::vector<double>{3, 1});
  CHECK(degree(d, {.direction = degree_direction::in}).scores == std::vector<double>{1, 1});
}

TEST_CASE("centrality: zero weights") {
  // a→b weight 0, b→c weight 1, c→a weight 0 (directed).
  const auto g = arcs(3, {0, 1, 2}, {1, 2, 0}, true, {0, 1, 0});
  CHECK(g.has_zero_weight());
  CHECK(degree(g, {.weighted = true}).scores == std::vector<double>{0, 1, 1});
  CHECK_THROWS_WITH_AS(betweenness(g), doctest::Contains("Betweenness needs positive weights"), usage_error);
  CHECK(betweenness(g, {.use_weights = false}).scores.size() == 3);
  // Closeness reads a zero weight as distance 0; NetworkX scores a vertex whose
  // distances all sum to zero with 0.
  const auto c = closeness(g).scores;
  CHECK(c[0] == doctest::Approx(2.0));  // reached from c at 0 and from b at 1
  CHECK(c[1] == 0.0);                   // reached from a and c, both at distance 0
  CHECK(c[2] == doctest::Approx(1.0));  // reached from b and a, both at 1
  // PageRank: a vertex whose out-weight is zero is dangling; same as dropping its arcs.
  const auto pr = pagerank(g, {.tolerance = 1e-12, .max_iterations = 1000}).scores;
  const auto dropped = pagerank(arcs(3, {1}, {2}, true), {.tolerance = 1e-12, .max_iterations = 1000}).scores;
  for (int v = 0; v < 3; ++v)
    CHECK(pr[v] == doctest::Approx(dropped[v]).epsilon(1e-9));
}

TEST_CASE("centrality: negative weights are refused by shortest-path measures and PageRank") {
  const auto g = arcs(3, {0, 1}, {1, 2}, true, {1, -2});
  const std::string message =
      " needs weights that are not negative, and this graph has a negative weight: drop the weights (--unweighted) or "
      "the negative edges; signed ties belong in the sign column";
  CHECK_THROWS_WITH_AS(betweenness(g), ("Betweenness" + message).c_str(), usage_error);
  CHECK_THROWS_WITH_AS(edge_betweenness(g), ("Betweenness" + message).c_str(), usage_error);
  CHECK_THROWS_WITH_AS(closeness(g), ("Closeness" + message).c_str(), usage_error);
  CHECK_THROWS_WITH_AS(harmonic(g), ("Harmonic centrality" + message).c_str(), usage_error);
  CHECK_THROWS_WITH_AS(pagerank(g), ("PageRank" + message).c_str(), usage_error);
  CHECK(betweenness(g, {.use_weights = false}).scores == std::vector<double>{0, 0.5, 0});
  CHECK(degree(g, {.weighted = true}).scores == std::vector<double>{1, -1, -2});
}

TEST_CASE("centrality: a personalization vector summing to zero, and other invalid options") {
  const auto g = arcs(3, {0, 1}, {1, 2}, true);
  CHECK_THROWS_WITH_AS(
      pagerank(g, {.personalization = {0, 0, 0}}),
      "The personalization vector sums to zero: give some vertex a positive value, or leave it out for "
      "the uniform vector",
      usage_error);
  CHECK_THROWS_WITH_AS(pagerank(g, {.personalization = {1, 0}}),
                       "The personalization vector has 2 entries but the graph has 3 vertices", usage_error);
  CHECK_THROWS_WITH_AS(pagerank(g, {.personalization = {1, -1, 0}}),
                       "The personalization vector has an invalid entry -1 at vertex 1: expected numbers that are not "
                       "negative",
                       usage_error);
  CHECK_THROWS_WITH_AS(pagerank(g, {.damping = 1.5}), "PageRank damping 1.5 is invalid: expected a number in [0, 1]",
                       usage_error);
  CHECK_THROWS_WITH_AS(pagerank(g, {.tolerance = 0}), "PageRank tolerance 0 is invalid: expected a positive number",
                       usage_error);
  CHECK_THROWS_WITH_AS(eigenvector(g, {.max_iterations = 0}), "Eigenvector centrality needs at least one iteration",
                       usage_error);
  CHECK_THROWS_WITH_AS(katz(g, {.alpha = std::nan("")}), "Katz alpha must be a finite number", usage_error);
  CHECK_THROWS_WITH_AS(betweenness(g, {.samples = 4}), "Cannot sample 4 sources from 3 vertices: give at most 3",
                       usage_error);
  CHECK_THROWS_WITH_AS(betweenness(g, {.sources = {7}}),
                       "Betweenness source 7 is out of range: the graph has 3 vertices", usage_error);
  CHECK_THROWS_WITH_AS(betweenness(g, {.samples = 1, .sources = {0}}),
                       "Give either a number of sampled sources or a list of sources for betweenness, not both",
                       usage_error);
  CHECK_THROWS_WITH_AS(degree(g, {.signs = sign_filter::positive}), doctest::Contains("needs a signed graph"),
                       usage_error);
  CHECK_THROWS_WITH_AS(signed_eigenvector(arcs(2, {0}, {1}, true, {}, {1})),
                       "Signed eigenvector centrality needs an undirected graph (its matrix must be symmetric): give "
                       "--undirected",
                       usage_error);
}

TEST_CASE("centrality: iterations that do not converge say so") {
  const auto f = load("karate", false);
  try {
    (void)eigenvector(f.graph, {.max_iterations = 3});
    FAIL("expected convergence_error");
  } catch (const convergence_error& e) {
    CHECK(e.iterations() == 3);
    CHECK(e.last_change() > 0);
    CHECK(std::string(e.what()).rfind("Eigenvector centrality did not converge in 3 iterations (last L1 change ", 0) ==
          0);
  }
  CHECK_THROWS_WITH_AS(katz(f.graph, {.alpha = 1.0, .use_weights = false}),
                       doctest::Contains("alpha 1 is probably too large"), convergence_error);
  CHECK_THROWS_AS(pagerank(f.graph, {.max_iterations = 2}), convergence_error);
}

TEST_CASE("centrality: a window that selects nothing leaves every actor with no tie") {
  graph_data d;
  for (const char* id : {"a", "b", "c"}) {
    actor x;
    x.id = id;
    x.name = id;
    d.actors.push_back(x);
  }
  relation r;
  r.from = 0;
  r.to = 1;
  r.type = *d.relation_types.find("backs");
  r.since = date::parse("2023");
  d.relations.push_back(r);
  const graph world(std::move(d));
  compact_view_options window;
  window.to = date::parse("2000");
  const auto g = make_compact(graph_view(world), window);
  CHECK(g.arc_count() == 0);
  CHECK(betweenness(g).scores == std::vector<double>{0, 0, 0});
  CHECK(degree(g).scores == std::vector<double>{0, 0, 0});
  const auto pr = pagerank(g).scores;
  for (double x : pr)
    CHECK(x == doctest::Approx(1.0 / 3));
  CHECK(closeness(g).scores == std::vector<double>{0, 0, 0});
  view_options before;
  before.as_of = date::parse("2022");
  CHECK(make_compact(graph_view(world, before)).arc_count() == 0);
}

TEST_CASE("centrality: a progress callback can cancel") {
  const auto f = load("lesmis", false);
  std::size_t calls = 0;
  betweenness_options b;
  b.threads = 2;
  b.progress = [&](std::size_t done, std::size_t total) {
    CHECK(total == 77);
    CHECK(done <= total);
    return ++calls < 3;
  };
  CHECK_THROWS_AS(betweenness(f.graph, b), cancelled_error);
  pagerank_options p;
  p.progress = [](std::size_t, std::size_t) { return false; };
  CHECK_THROWS_WITH_AS(pagerank(f.graph, p), "Cancelled by the caller", cancelled_error);
  closeness_options c;
  c.progress = [](std::size_t, std::size_t) { return false; };
  CHECK_THROWS_AS(closeness(f.graph, c), cancelled_error);
}

TEST_CASE("centrality: two threads give the same scores as one on a larger graph") {
  // A deterministic scale-free-ish directed graph of 40,000 vertices.
  std::vector<std::uint32_t> src, dst;
  std::vector<double> w;
  std::uint64_t x = 12345;
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return x >> 33;
  };
  const std::uint32_t n = 40000;
  for (std::uint32_t k = 0; k < 200000; ++k) {
    src.push_back(static_cast<std::uint32_t>(next() % n));
    const auto r = static_cast<std::uint32_t>(next() % n);
    dst.push_back(static_cast<std::uint32_t>((static_cast<std::uint64_t>(r) * r) / n));  // skewed toward low numbers
    w.push_back(1.0 + static_cast<double>(next() % 4));
  }
  const auto g = compact_graph::from_arcs({n, src, dst, w, {}, {}, true});
  for (bool weighted : {false, true}) {
    const auto one = pagerank(g, {.use_weights = weighted, .threads = 1}).scores;
    const auto two = pagerank(g, {.use_weights = weighted, .threads = 2}).scores;
    for (std::uint32_t v = 0; v < n; ++v)
      REQUIRE(std::abs(one[v] - two[v]) < 1e-15);
  }
  const auto k1 = katz(g, {.alpha = 0.05, .use_weights = false, .threads = 1}).scores;
  const auto k2 = katz(g, {.alpha = 0.05, .use_weights = false, .threads = 2}).scores;
  for (std::uint32_t v = 0; v < n; ++v)
    REQUIRE(std::abs(k1[v] - k2[v]) < 1e-12);
  const auto b1 = betweenness(g, {.use_weights = false, .samples = 16, .seed = 3, .threads = 1}).scores;
  const auto b2 = betweenness(g, {.use_weights = false, .samples = 16, .seed = 3, .threads = 2}).scores;
  for (std::uint32_t v = 0; v < n; ++v)
    REQUIRE(std::abs(b1[v] - b2[v]) <= 1e-9 * (1 + std::abs(b1[v])));
}

// Closeness and harmonic run 64 sources at a time on unweighted graphs
// (multi-source BFS, pushing or pulling each level). This checks them
// against the textbook definition, one plain BFS per source written here,
// on graphs of several batches with a partial last batch, unreachable parts,
// self-loops, parallel arcs and a hub whose frontier triggers the pull.
TEST_CASE("centrality: closeness and harmonic on unweighted graphs equal one BFS per source") {
  std::uint64_t x = 99;
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return x >> 33;
  };
  for (bool directed : {true, false}) {
    const std::uint32_t n = 300;  // four full batches and one of 44
    std::vector<std::uint32_t> src, dst;
    for (std::uint32_t k = 0; k < 700; ++k) {
      const auto a = static_cast<std::uint32_t>(next() % 260);  // 260..299 only reached from the hub
      const auto b = static_cast<std::uint32_t>(next() % 260);
      src.push_back(a);
      dst.push_back(b);
    }
    for (std::uint32_t v = 260; v < 290; ++v) {  // a hub (vertex 7) pointing at a tail; 290..299 isolated
      src.push_back(7);
      dst.push_back(v);
    }
    src.push_back(3), dst.push_back(3);  // self-loop
    src.push_back(4), dst.push_back(5);  // parallel arcs
    src.push_back(4), dst.push_back(5);
    const auto g = compact_graph::from_arcs({n, src, dst, {}, {}, {}, directed});
    std::vector<std::vector<std::uint32_t>> out(n);
    for (std::size_t k = 0; k < src.size(); ++k) {
      out[src[k]].push_back(dst[k]);
      if (!directed) out[dst[k]].push_back(src[k]);
    }
    std::vector<double> distance(n, 0.0), inverse(n, 0.0);
    std::vector<double> reach(n, 0.0);
    for (std::uint32_t s = 0; s < n; ++s) {
      std::vector<int> level(n, -1);
      std::vector<std::uint32_t> queue{s};
      level[s] = 0;
      for (std::size_t h = 0; h < queue.size(); ++h)
        for (auto t : out[queue[h]])
          if (level[t] < 0) level[t] = level[queue[h]] + 1, queue.push_back(t);
      for (std::uint32_t t = 0; t < n; ++t)
        if (level[t] >= 0) {
          distance[t] += level[t];
          reach[t] += 1;
          if (level[t] > 0) inverse[t] += 1.0 / level[t];
        }
    }
    for (unsigned threads : {1u, 2u}) {
      const auto c = closeness(g, {.wf_improved = true, .threads = threads}).scores;
      const auto h = harmonic(g, {.normalized = false, .threads = threads}).scores;
      for (std::uint32_t v = 0; v < n; ++v) {
        const double want = distance[v] > 0 ? (reach[v] - 1) / distance[v] * (reach[v] - 1) / (n - 1.0) : 0.0;
        CHECK(c[v] == doctest::Approx(want).epsilon(1e-12));
        CHECK(h[v] == doctest::Approx(inverse[v]).epsilon(1e-12));
      }
    }
  }
}

TEST_CASE("centrality: ranking by score, ties by vertex number") {
  CHECK(rank_by_score({0.5, 2.0, 0.5, 1.0}) == std::vector<std::uint32_t>{1, 3, 0, 2});
  // Equal up to summation order: still a tie.
  CHECK(rank_by_score({0.1 + 0.2, 0.3}) == std::vector<std::uint32_t>{0, 1});
  CHECK(rank_by_score({0.3, 0.1 + 0.2}) == std::vector<std::uint32_t>{0, 1});
  CHECK(rank_by_score({std::nan(""), 1.0}) == std::vector<std::uint32_t>{1, 0});
}

// Padgett.paj holds the marriages (PADGM) as *Arcs, both arcs of each
// marriage. Read with --undirected (edge_list_options.directed = false) it
// must give NetworkX's betweenness of florentine_families_graph(), computed
// with
//   nx.betweenness_centrality(nx.florentine_families_graph(), normalized=False)
// (Pucci, isolated, is left out by NetworkX: 0 here). Reading the arcs as a
// directed graph doubles every value (Medici 95 instead of 47.5).
TEST_CASE("centrality: Padgett.paj's marriages read undirected match NetworkX's betweenness") {
  const auto file = std::filesystem::path(FAULTLINE_SHARED_DATA_DIR) / "classic_networks" / "Padgett.paj";
  if (!std::filesystem::exists(file)) {
    MESSAGE("shared data absent: " << file.string() << " not found, skipped");
    return;
  }
  const std::map<std::string, double> networkx{{"MEDICI", 47.5},
                                               {"GUADAGNI", 23.166666666666668},
                                               {"ALBIZZI", 19.333333333333332},
                                               {"SALVIATI", 13.0},
                                               {"RIDOLFI", 10.333333333333332},
                                               {"BISCHERI", 9.5},
                                               {"STROZZI", 9.333333333333334},
                                               {"BARBADORI", 8.5},
                                               {"TORNABUON", 8.333333333333332},
                                               {"CASTELLAN", 5.0},
                                               {"PERUZZI", 2.0},
                                               {"ACCIAIUOL", 0.0},
                                               {"PAZZI", 0.0},
                                               {"GINORI", 0.0},
                                               {"LAMBERTES", 0.0},
                                               {"PUCCI", 0.0}};
  edge_list_options o;
  o.directed = false;
  const auto edges = load_edge_list(file, o);
  const auto g = make_compact(edges);
  CHECK_FALSE(g.directed());
  betweenness_options b;
  b.normalized = false;
  const auto scores = betweenness(g, b).scores;
  REQUIRE(scores.size() == 16);
  for (std::size_t v = 0; v < scores.size(); ++v) {
    CAPTURE(edges.nodes[v]);
    CHECK(scores[v] == doctest::Approx(networkx.at(edges.nodes[v])).epsilon(1e-9));
  }
}
