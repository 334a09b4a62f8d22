// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <faultline/graph/name_index.hpp>

using namespace faultline;

namespace {

actor make_actor(std::string id, node_kind kind, std::string name, std::vector<std::string> aliases = {}) {
  actor a;
  a.id = std::move(id);
  a.kind = kind;
  a.name = std::move(name);
  a.aliases = std::move(aliases);
  return a;
}

// Actors 0..6 and two incidents; two actors share the alias "Islamic Resistance".
graph_data names_data() {
  graph_data d;
  d.actors.push_back(make_actor("usa", node_kind::state, "United States", {"US", "U.S.", "America"}));
  d.actors.push_back(make_actor("iran", node_kind::state, "Iran", {"Islamic Republic of Iran"}));
  d.actors.push_back(make_actor("iraq", node_kind::state, "Iraq"));
  d.actors.push_back(make_actor("iri", node_kind::group, "Islamic Resistance in Iraq", {"Islamic Resistance"}));
  d.actors.push_back(make_actor("irl", node_kind::group, "Islamic Resistance in Lebanon", {"Islamic Resistance"}));
  d.actors.push_back(make_actor("kataib-hezbollah", node_kind::group, "Kata'ib Hezbollah"));
  d.actors.push_back(make_actor("soleimani", node_kind::person, "Qāsem Soleimānī", {"Qassem Soleimani"}));
  incident strike;
  strike.id = "baghdad-strike";
  strike.name = "US strike in Baghdad";
  strike.when = *date::parse("2024-01-04");
  d.incidents.push_back(strike);
  incident bombing;  // its name is its id, as when a scenario gives no name
  bombing.id = "kerman-bombing";
  bombing.name = "kerman-bombing";
  bombing.when = *date::parse("2024-01-03");
  d.incidents.push_back(bombing);
  return d;
}

const node_ref actor_node(std::uint32_t i) {
  return node_ref{false, i};
}

}  // namespace

TEST_CASE("name_index: fold_name drops the article, punctuation and case") {
  CHECK(fold_name("Harakat al-Nujaba") == "harakat nujaba");
  CHECK(fold_name("harakat al nujaba") == "harakat nujaba");
  CHECK(fold_name("Harakat Nujaba") == "harakat nujaba");
  CHECK(fold_name("HARAKAT  AL--NUJABA!") == "harakat nujaba");
  CHECK(fold_name("al-Hashd al-Shaabi") == "hashd shaabi");
  CHECK(fold_name("Hezbollah el-Hejaz") == "hezbollah hejaz");
  // A name that is only an article keeps it.
  CHECK(fold_name("Al") == "al");
  CHECK(fold_name("") == "");
  CHECK(fold_name(" -.- ") == "");
}

TEST_CASE("name_index: fold_name removes Latin diacritics and apostrophes") {
  CHECK(fold_name("Qāsem Soleimānī") == "qasem soleimani");
  CHECK(fold_name("Qāsem Soleimānī") == fold_name("qasem soleimani"));
  CHECK(fold_name("Ça Été Über") == "ca ete uber");
  CHECK(fold_name("Łódź") == "lodz");
  CHECK(fold_name("Ba'ath") == "baath");
  CHECK(fold_name("Ba\xe2\x80\x99"
                  "ath") == "baath");  // right single quotation mark
  CHECK(fold_name("Kata\xca\xbf"
                  "ib") == "kataib");                             // U+02BF ayn mark
  CHECK(fold_name("Hamas\xe2\x80\x93Israel") == "hamas israel");  // en dash
  // Other scripts are kept byte for byte.
  CHECK(fold_name("حزب الله") == "حزب الله");
}

TEST_CASE("name_index: fold_name joins runs of single letters") {
  CHECK(fold_name("U.S.") == "us");
  CHECK(fold_name("US") == "us");
  CHECK(fold_name("u s") == "us");
  CHECK(fold_name("U.S. Army") == "us army");
  CHECK(fold_name("U.S.") == fold_name("US"));
}

TEST_CASE("name_index: edit_distance (optimal string alignment)") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("iran", "iran") == 0);
  CHECK(edit_distance("iran", "iraq") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("flaw", "lawn") == 2);
  // A transposition of neighbours costs one.
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("bakcs", "backs") == 1);
  // Optimal string alignment does not edit a transposed pair again: 3, not 2.
  CHECK(edit_distance("ca", "abc") == 3);
  // Symmetric.
  CHECK(edit_distance("irann", "israel") == 3);
  CHECK(edit_distance("israel", "irann") == 3);
}

TEST_CASE("name_index: an empty index finds nothing") {
  const name_index empty;
  CHECK(empty.lookup("anything").empty());
  CHECK(empty.suggest("anything").empty());
  const graph_data no_nodes;
  const name_index index(no_nodes);
  CHECK(index.lookup("iran").empty());
  CHECK(index.suggest("iran").empty());
}

TEST_CASE("name_index: lookup by id, name and alias, case-insensitively") {
  const auto d = names_data();
  const name_index index(d);
  const std::vector<node_ref> usa{actor_node(0)};
  CHECK(index.lookup("usa") == usa);
  CHECK(index.lookup("USA") == usa);
  CHECK(index.lookup("United States") == usa);
  CHECK(index.lookup("united states") == usa);
  CHECK(index.lookup("US") == usa);
  CHECK(index.lookup("U.S.") == usa);
  CHECK(index.lookup("u.s") == usa);
  CHECK(index.lookup("america") == usa);
  CHECK(index.lookup("islamic republic of iran") == std::vector<node_ref>{actor_node(1)});
  CHECK(index.lookup("kataib hezbollah") == std::vector<node_ref>{actor_node(5)});
  CHECK(index.lookup("KATAIB-HEZBOLLAH") == std::vector<node_ref>{actor_node(5)});
  CHECK(index.lookup("Qasem Soleimani") == std::vector<node_ref>{actor_node(6)});
  CHECK(index.lookup("qassem soleimani") == std::vector<node_ref>{actor_node(6)});
  // Incidents by id and by name.
  const std::vector<node_ref> strike{node_ref{true, 0}};
  CHECK(index.lookup("baghdad-strike") == strike);
  CHECK(index.lookup("us strike in baghdad") == strike);
  // Nothing.
  CHECK(index.lookup("Persia").empty());
  CHECK(index.lookup("").empty());
}

TEST_CASE("name_index: a shared alias finds both actors, in index order") {
  const auto d = names_data();
  const name_index index(d);
  CHECK(index.lookup("Islamic Resistance") == std::vector<node_ref>{actor_node(3), actor_node(4)});
  CHECK(index.lookup("islamic-resistance") == std::vector<node_ref>{actor_node(3), actor_node(4)});
  // Their own names are unique.
  CHECK(index.lookup("Islamic Resistance in Lebanon") == std::vector<node_ref>{actor_node(4)});
}

TEST_CASE("name_index: an exact id comes first") {
  auto d = names_data();
  // Another actor claims "iran" as an alias.
  d.actors.push_back(make_actor("persia", node_kind::state, "Persia", {"Iran"}));
  const name_index index(d);
  const auto hits = index.lookup("iran");
  REQUIRE_FALSE(hits.empty());
  CHECK(hits.front() == actor_node(1));
  // Not an exact id: both match, in index order.
  CHECK(index.lookup("IRAN") == std::vector<node_ref>{actor_node(1), actor_node(7)});
}

TEST_CASE("name_index: suggest near misses") {
  const auto d = names_data();
  const name_index index(d);
  // "irann": iran is 1 edit away, iraq 2 (the limit for a 5-letter key), "israel"-like names further.
  CHECK(index.suggest("Irann") == std::vector<std::string>{"Iran (iran)", "Iraq (iraq)"});
  CHECK(index.suggest("Irann", 1) == std::vector<std::string>{"Iran (iran)"});
  CHECK(index.suggest("Irann", 0).empty());
  // A transposition.
  CHECK(index.suggest("Unitde States") == std::vector<std::string>{"United States (usa)"});
  // A word of a longer name.
  CHECK(index.suggest("Hezbollah") == std::vector<std::string>{"Kata'ib Hezbollah (kataib-hezbollah)"});
  // Incidents: "name (id)", or the id alone when the name is the id.
  CHECK(index.suggest("baghdad-strik") == std::vector<std::string>{"US strike in Baghdad (baghdad-strike)"});
  CHECK(index.suggest("Kerman bombin") == std::vector<std::string>{"kerman-bombing"});
  // Nothing close.
  CHECK(index.suggest("zzzzzzzz").empty());
}

TEST_CASE("name_index: suggestions are bounded for long names and many names (issue 17)") {
  // 2,000 actors with names of 1,000 letters: every key was within a third
  // of the length of a 1,000-letter name, so each cost a 1,000 x 1,000
  // edit distance (2·10^9 steps in all); now a name longer than 64 bytes is
  // matched only by containment.
  graph_data d;
  const std::string body(1000, 'q');
  for (int k = 0; k < 2000; ++k) {
    std::string letters = std::to_string(k);
    for (auto& c : letters)
      c = static_cast<char>('a' + (c - '0'));  // digits as letters: "12" -> "bc"
    d.actors.push_back(make_actor("long-" + std::to_string(k), node_kind::group, "Front " + letters + " " + body));
  }
  d.actors.push_back(make_actor("short", node_kind::group, "Brigade"));
  const name_index index(d);
  // One letter off a 1,006-letter name: no edit-distance suggestion (the old code gave "Front a qqq… (long-0)").
  CHECK(index.suggest("Front a " + body.substr(1) + "z").empty());
  // The long body is a word of every long name: suggested by containment, in index order.
  const auto contained = index.suggest(body, 2);
  REQUIRE(contained.size() == 2);
  CHECK(contained[0] == "Front a " + body + " (long-0)");
  CHECK(contained[1] == "Front b " + body + " (long-1)");
  // Short names still get edit-distance suggestions among the long ones.
  CHECK(index.suggest("Brigad") == std::vector<std::string>{"Brigade (short)"});
}
