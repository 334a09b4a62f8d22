// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <faultline/loaders/graph_formats.hpp>

using namespace faultline;

namespace {

actor make_actor(std::string id, node_kind kind, std::string name) {
  actor a;
  a.id = std::move(id);
  a.kind = kind;
  a.name = std::move(name);
  return a;
}

incident make_incident(std::string id, std::string name, const char* when) {
  incident i;
  i.id = std::move(id);
  i.name = std::move(name);
  i.when = *date::parse(when);
  return i;
}

relation make_relation(actor_index from, std::string_view type, actor_index to) {
  relation r;
  r.from = from;
  r.to = to;
  r.type = *vocabulary::builtin().find(type);
  return r;
}

// Drawn by hand: a (state) backs b (group) since 2023-10 until 2024, b hostile_to a;
// b perpetrator of x (2024-01-04), c (person) victim of x; y (2024-02) responds_to x.
// b's name has & < > and a quote; c has an alias with a C0 control character.
graph tiny() {
  graph_data d;
  d.actors.push_back(make_actor("a", node_kind::state, "Alpha State"));
  d.actors.push_back(make_actor("b", node_kind::group, "Tom & Jerry <TJ> \"B\""));
  d.actors.push_back(make_actor("c", node_kind::person, "Charlie"));
  d.actors.back().aliases = {"Char\x01lie", "C."};
  d.incidents.push_back(make_incident("x", "Strike", "2024-01-04"));
  d.incidents.push_back(make_incident("y", "Reply", "2024-02"));
  d.relations.push_back(make_relation(0, "backs", 1));
  d.relations.back().since = date::parse("2023-10");
  d.relations.back().until = date::parse("2024");
  d.relations.push_back(make_relation(1, "hostile_to", 0));
  d.roles.push_back({0, 1, role::perpetrator, no_index, {}});
  d.roles.push_back({0, 2, role::victim, no_index, {}});
  d.links.push_back({1, 0, link_kind::responds_to, {}});
  return graph(std::move(d));
}

/// A small well-formedness check, enough for what the writers emit: one XML
/// declaration, tags that nest and close, quoted attributes, and no raw `<`,
/// unknown entity or control character in text or attribute values.
/// Returns an empty string when well-formed, else what is wrong.
std::string xml_problem(const std::string& text) {
  std::vector<std::string> open;
  std::size_t i = 0;
  auto check_chars = [&](std::size_t from, std::size_t to) -> std::string {
    for (std::size_t k = from; k < to; ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') return "control character at " + std::to_string(k);
      if (c == '&') {
        const auto semi = text.find(';', k);
        if (semi == std::string::npos || semi > to) return "unterminated entity at " + std::to_string(k);
        const auto name = text.substr(k + 1, semi - k - 1);
        if (name != "amp" && name != "lt" && name != "gt" && name != "quot" && name != "apos" &&
            name.rfind("#", 0) != 0)
          return "unknown entity &" + name + ";";
      }
    }
    return "";
  };
  if (text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) != 0) return "no XML declaration";
  i = text.find("?>") + 2;
  bool seen_root = false;
  while (i < text.size()) {
    const auto lt = text.find('<', i);
    if (auto p = check_chars(i, lt == std::string::npos ? text.size() : lt); !p.empty()) return p;
    if (lt == std::string::npos) break;
    if (open.empty() && text.find_first_not_of(" \n", i) < lt) return "text outside the root";
    const auto gt = text.find('>', lt);
    if (gt == std::string::npos) return "unterminated tag";
    std::string tag = text.substr(lt + 1, gt - lt - 1);
    // Attribute values must be quoted and clean; a '<' inside one is an error.
    if (tag.find('<') != std::string::npos) return "'<' inside a tag";
    if (auto p = check_chars(lt + 1, gt); !p.empty()) return p;
    std::size_t quotes = 0;
    for (char c : tag)
      quotes += c == '"';
    if (quotes % 2) return "unbalanced quotes in <" + tag + ">";
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return "mismatched </" + tag.substr(1) + ">";
      open.pop_back();
    } else {
      const bool empty = tag.back() == '/';
      const auto name = tag.substr(0, tag.find_first_of(" /"));
      if (open.empty() && seen_root) return "two roots";
      seen_root = true;
      if (!empty) open.push_back(name);
    }
    i = gt + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  return seen_root ? "" : "no root";
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("graph formats: the checker itself rejects broken XML") {
  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  CHECK(xml_problem(decl + "<a><b/></a>\n").empty());
  CHECK_FALSE(xml_problem(decl + "<a><b></a>\n").empty());
  CHECK_FALSE(xml_problem(decl + "<a x=\"1 & 2\"/>\n").empty());
  CHECK_FALSE(xml_problem(decl + "<a>\x01</a>\n").empty());
  CHECK_FALSE(xml_problem(decl + "<a/><b/>\n").empty());
}

TEST_CASE("graph formats: GraphML is well-formed, with readable typed keys, every node and edge") {
  const auto g = tiny();
  const auto text = write_graphml(graph_view(g));
  CHECK(xml_problem(text) == "");
  // 3 actors + 2 incidents; 2 relations + 2 roles + 1 link.
  CHECK(count(text, "<node ") == 5);
  CHECK(count(text, "<edge ") == 5);
  CHECK(text.find("key0") == std::string::npos);
  CHECK(text.find("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>") != std::string::npos);
  CHECK(text.find("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>") != std::string::npos);
  CHECK(text.find("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>") != std::string::npos);
  CHECK(text.find("<node id=\"a\" labels=\":Actor:State\" label=\":Actor:State\">") != std::string::npos);
  CHECK(text.find("<data key=\"labels\">:Incident</data>") != std::string::npos);
  // hostile_to is a hostile type: sign -1; backs friendly: +1.
  CHECK(text.find("<edge id=\"relation-1\" source=\"b\" target=\"a\" label=\"hostile_to\">") != std::string::npos);
  CHECK(text.find("<data key=\"sign\">-1</data>") != std::string::npos);
  CHECK(text.find("<data key=\"sign\">1</data>") != std::string::npos);
  // Roles read as sentences: b perpetrator of x runs b -> x; x victim c runs x -> c.
  CHECK(text.find("source=\"b\" target=\"x\" label=\"perpetrator\"") != std::string::npos);
  CHECK(text.find("source=\"x\" target=\"c\" label=\"victim\"") != std::string::npos);
  CHECK(text.find("source=\"y\" target=\"x\" label=\"responds_to\"") != std::string::npos);
  CHECK(text.find("<data key=\"since\">2023-10</data>") != std::string::npos);
}

TEST_CASE("graph formats: names with & < > and quotes are escaped, forbidden characters dropped") {
  const auto g = tiny();
  for (const auto& text : {write_graphml(graph_view(g)), write_gexf(graph_view(g))}) {
    CHECK(xml_problem(text) == "");
    CHECK(text.find("Tom &amp; Jerry &lt;TJ&gt; &quot;B&quot;") != std::string::npos);
    CHECK(text.find("Tom & Jerry") == std::string::npos);
    CHECK(text.find("Charlie; C.") != std::string::npos);  // the \x01 in "Char\x01lie" is gone
  }
}

TEST_CASE("graph formats: GEXF 1.3 is dynamic, and dated facts carry spells") {
  const auto g = tiny();
  const auto text = write_gexf(graph_view(g));
  CHECK(xml_problem(text) == "");
  CHECK(text.find("<gexf xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(text.find("version=\"1.3\"") != std::string::npos);
  CHECK(text.find("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">") != std::string::npos);
  CHECK(count(text, "<node ") == 5);
  CHECK(count(text, "<edge ") == 5);
  // backs since 2023-10 until 2024: from the first day of October 2023 to the last day of 2024.
  const auto backs = text.find("label=\"backs\" weight=\"1\">");
  REQUIRE(backs != std::string::npos);
  CHECK(text.find("<spell start=\"2023-10-01\" end=\"2024-12-31\"/>", backs) < text.find("</edge>", backs));
  // hostile_to has no dates: no spell inside its edge.
  const auto hostile = text.find("label=\"hostile_to\"");
  REQUIRE(hostile != std::string::npos);
  CHECK(text.find("<spell", hostile) > text.find("</edge>", hostile));
  // Incident y is dated 2024-02: all of February 2024 (a leap year, so the 29th).
  CHECK(text.find("<node id=\"y\" label=\"Reply\">") < text.find("<spell start=\"2024-02-01\" end=\"2024-02-29\"/>"));
  // x (2024-01-04) and both its role edges: one spell each, on that day.
  CHECK(count(text, "<spell start=\"2024-01-04\" end=\"2024-01-04\"/>") == 3);
  // Actors are undated: 5 spells in all (backs, x, y, two roles of x).
  CHECK(count(text, "<spell ") == 5);
}
