// SPDX-License-Identifier: Apache-2.0
// The SVG pictures: same input, same bytes; no two label boxes overlap on
// the bundled sample; well-formed documents with escaped text; the cap note.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include <faultline/algorithms/backers.hpp>
#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/escalation.hpp>
#include <faultline/algorithms/path.hpp>
#include <faultline/algorithms/signed_graph.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/scenario.hpp>
#include <faultline/render/layout.hpp>
#include <faultline/render/report.hpp>
#include <faultline/render/svg.hpp>

using namespace faultline;
using namespace faultline::render;

namespace {

const graph& sample() {
  static const graph g = load_files({std::filesystem::path(FAULTLINE_SAMPLES_DIR) / "baghdad-2024-01.yaml"});
  return g;
}

// Every picture of the sample, as the CLI draws it by default.
std::vector<std::pair<std::string, scene>> sample_scenes() {
  const graph& g = sample();
  const graph_view view(g);
  std::vector<std::pair<std::string, scene>> out;
  out.emplace_back("actor graph", actor_graph_scene(view));
  const auto eg = retaliation_links(view);
  out.emplace_back("escalation", escalation_scene(view, eg, chains_to(view, eg, g.find_id("baghdad-strike")->index)));
  out.emplace_back("top chains", escalation_scene(view, eg, top_chains(view, eg)));
  const auto sg = build_signed_graph(view);
  out.emplace_back("blocs", blocs_scene(sg, find_blocs(sg), &view));
  backing_options inherit;
  inherit.inherit = true;
  out.emplace_back("backers", backing_scene(view, backers(view, g.resolve_actor("nujaba"), inherit), false));
  out.emplace_back("proxies", backing_scene(view, proxies(view, g.resolve_actor("iran"), inherit), true));
  out.emplace_back("path",
                   path_scene(view, shortest_paths(view, g.resolve("Islamic State"), g.resolve("United States"))));
  std::vector<ranked_bar> bars;
  for (actor_index a = 0; a < g.actors().size(); ++a)
    bars.push_back({g.actors()[a].name, "", 1.0 / (1.0 + a)});
  out.emplace_back("bars", bars_scene(bars, "scores"));
  return out;
}

actor make_actor(std::string id, node_kind kind, std::string name) {
  actor a;
  a.id = std::move(id);
  a.kind = kind;
  a.name = std::move(name);
  return a;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
    ++n;
  return n;
}

// A chain of `n` states a0 — a1 — … joined by allied_with.
graph chain_graph(std::size_t n) {
  graph_data d;
  for (std::size_t k = 0; k < n; ++k)
    d.actors.push_back(make_actor("a" + std::to_string(k), node_kind::state, "Actor " + std::to_string(k)));
  const auto allied = *d.relation_types.find("allied_with");
  for (std::size_t k = 0; k + 1 < n; ++k) {
    relation r;
    r.from = static_cast<actor_index>(k);
    r.to = static_cast<actor_index>(k + 1);
    r.type = allied;
    d.relations.push_back(r);
  }
  return graph(std::move(d));
}

}  // namespace

TEST_CASE("render: the same input gives the same bytes") {
  const graph_view view(sample());
  CHECK(actor_graph_svg(view) == actor_graph_svg(view));
  const auto eg = retaliation_links(view);
  const auto chains = top_chains(view, eg);
  CHECK(escalation_svg(view, eg, chains) == escalation_svg(view, eg, chains));
  const auto sg = build_signed_graph(view);
  const auto blocs = find_blocs(sg);
  CHECK(blocs_svg(sg, blocs, &view) == blocs_svg(sg, blocs, &view));
  CHECK(html_report(view) == html_report(view));
  // The layout alone, on its own input.
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> edges{{0, 1}, {1, 2}, {2, 0}, {3, 4}};
  const auto a = force_layout(6, edges), b = force_layout(6, edges);
  for (std::size_t k = 0; k < a.size(); ++k) {
    CHECK(a[k].x == b[k].x);
    CHECK(a[k].y == b[k].y);
  }
}

TEST_CASE("render: no two label boxes overlap on the sample, nor a label and a node") {
  for (auto& [name, s] : sample_scenes()) {
    CAPTURE(name);
    place_labels(s);
    // Labels, and the fixed texts (axis ticks, bar names and values) beside them.
    auto boxes = label_boxes(s);
    for (const auto& t : s.texts)
      boxes.push_back(t.bounds());
    CHECK_FALSE(boxes.empty());
    for (std::size_t i = 0; i < boxes.size(); ++i) {
      CHECK(boxes[i].w > 0);
      for (std::size_t j = i + 1; j < boxes.size(); ++j) {
        CAPTURE(i);
        CAPTURE(j);
        CHECK_FALSE(boxes[i].overlaps(boxes[j]));
      }
      for (const auto& n : s.nodes)
        CHECK_FALSE(boxes[i].overlaps(box{n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r}));
    }
    // Every label box is as wide as the estimate of its text.
    for (const auto& n : s.nodes)
      if (!n.label.empty()) CHECK(n.label_box.w >= text_width(n.label, s.font_size));
  }
}

TEST_CASE("render: the layout keeps nodes apart and inside the area") {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  for (std::uint32_t k = 0; k + 1 < 20; ++k)
    edges.emplace_back(k, k + 1);
  layout_options o;
  const auto p = force_layout(25, edges, o);  // 5 isolated nodes too
  for (std::size_t i = 0; i < p.size(); ++i)
    for (std::size_t j = i + 1; j < p.size(); ++j)
      CHECK(std::hypot(p[i].x - p[j].x, p[i].y - p[j].y) >= o.min_distance - 0.2);
  CHECK(force_layout(0, {}).empty());
  CHECK(force_layout(1, {}).size() == 1);
}

TEST_CASE("render: SVG documents are SVG 1.1 with escaped text") {
  graph_data d;
  d.actors.push_back(make_actor("x", node_kind::group, "Tom & Jerry <\"inc\">"));
  d.actors.push_back(make_actor("y", node_kind::state, std::string("Bad\x01name \xff")));
  relation r;
  r.from = 0;
  r.to = 1;
  r.type = *d.relation_types.find("hostile_to");
  d.relations.push_back(r);
  const graph g(std::move(d));
  const auto svg = actor_graph_svg(graph_view(g));
  CHECK(
      svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "version=\"1.1\" width=\""));
  CHECK(svg.find("viewBox=\"") != std::string::npos);
  CHECK(svg.ends_with("</svg>\n"));
  CHECK(svg.find("Tom &amp; Jerry &lt;&quot;inc&quot;&gt;") != std::string::npos);
  CHECK(svg.find("<\"inc\">") == std::string::npos);
  CHECK(svg.find('\x01') == std::string::npos);
  CHECK(svg.find("Bad") != std::string::npos);
  CHECK(svg.find("\xef\xbf\xbd") != std::string::npos);  // the bad byte became U+FFFD
  CHECK(count(svg, "<g") == count(svg, "</g>"));
  CHECK(count(svg, "<title>") == count(svg, "</title>"));
  // A plain file carries no HTML data attributes; the report's pictures do.
  CHECK(svg.find("data-key") == std::string::npos);
  svg_options interactive;
  interactive.interactive = true;
  CHECK(write_svg(actor_graph_scene(graph_view(g)), interactive).find("data-key=\"actor:x\"") != std::string::npos);
  CHECK(xml_escape("a\tb\x02") == "a\tb");
}

TEST_CASE("render: a graph over the cap is drawn in part, with a note saying what was left out") {
  const graph g = chain_graph(100);
  picture_options o;
  o.max_nodes = 10;
  const auto s = actor_graph_scene(graph_view(g), o);
  CHECK(s.nodes.size() == 10);
  REQUIRE_FALSE(s.notes.empty());
  CHECK(s.notes.back() ==
        "Showing 10 of 100 actors (the ones with the most ties); 90 left out. Use --max-nodes 0 to draw them all.");
  CHECK(actor_graph_svg(graph_view(g), o).find("Showing 10 of 100 actors") != std::string::npos);
  o.max_nodes = 0;
  CHECK(actor_graph_scene(graph_view(g), o).nodes.size() == 100);
  // Under the cap, no note.
  o.max_nodes = 60;
  const graph small = chain_graph(5);
  CHECK(actor_graph_scene(graph_view(small), o).notes.empty());
  // Bars too.
  std::vector<ranked_bar> bars(30, ranked_bar{"x", "", 1.0});
  o.max_nodes = 7;
  const auto b = bars_scene(bars, "t", o);
  CHECK(b.rects.size() == 7);
  CHECK(b.notes.back().starts_with("Showing 7 of 30 scores"));
}

TEST_CASE("render: the sample's pictures show what the answers say") {
  const graph& g = sample();
  const graph_view view(g);
  // 15 actors and 9 incidents fit under the default cap of 60: all drawn.
  const auto s = actor_graph_scene(view);
  CHECK(s.nodes.size() == 24);
  // Nujaba's backers with --inherit (README): Iran directly, the Iraqi military through the PMF.
  backing_options inherit;
  inherit.inherit = true;
  const auto svg = backing_svg(view, backers(view, g.resolve_actor("nujaba"), inherit), false);
  CHECK(svg.find("Iran \xc2\xb7 1<") != std::string::npos);
  CHECK(svg.find("Iraqi military \xc2\xb7 0.4<") != std::string::npos);
  // The chain to the Baghdad strike: two incidents, one explicit link labelled with its confidence.
  const auto eg = retaliation_links(view);
  const auto esc = escalation_svg(view, eg, chains_to(view, eg, g.find_id("baghdad-strike")->index));
  CHECK(esc.find(">responds to (confidence 0.8)<") != std::string::npos);
  CHECK(esc.find(">7 leadership-killing<") != std::string::npos);
}

TEST_CASE("render: invalid picture options are refused") {
  picture_options o;
  o.width = 0;
  CHECK_THROWS_AS(actor_graph_scene(graph_view(sample()), o), usage_error);
  o = {};
  o.max_label = 2;
  CHECK_THROWS_WITH_AS(actor_graph_scene(graph_view(sample()), o),
                       "Picture labels must be at least 4 characters long (max_label)", usage_error);
}

TEST_CASE("render: text width estimate and shortening") {
  CHECK(text_width("", 12) == 0);
  CHECK(text_width("A", 10) == doctest::Approx(7.2));
  CHECK(text_width("a", 10) == doctest::Approx(6.2));
  CHECK(text_width("i", 10) == doctest::Approx(3.2));
  CHECK(text_width("\xc3\xa9", 10) == doctest::Approx(7.5));  // é: one code point
  CHECK(shorten("abcdef", 4) == "abc\xe2\x80\xa6");
  CHECK(shorten("abcd", 4) == "abcd");
  CHECK(shorten("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 3) == "\xc3\xa9\xc3\xa9\xe2\x80\xa6");
}

TEST_CASE("render: the report is one self-contained page") {
  const auto page = html_report(graph_view(sample()));
  CHECK(page.starts_with("<!DOCTYPE html>"));
  for (const char* id : {"fl-loaded", "fl-graph", "fl-actors", "fl-escalation", "fl-blocs", "fl-centrality",
                         "fl-timeline", "fl-sources"})
    CHECK(page.find(std::string("id=\"") + id + "\"") != std::string::npos);
  // Nothing is fetched: no external script, style sheet or image.
  CHECK(page.find("<script src") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("url(http") == std::string::npos);
  // The embedded data cannot close its script element early.
  const auto data = page.find("id=\"fl-data\">");
  REQUIRE(data != std::string::npos);
  const auto end = page.find("</script>", data);
  CHECK(page.substr(data, end - data).find('<') == std::string::npos);
}
