// SPDX-License-Identifier: Apache-2.0
#define DOCTEST_CONFIG_VOID_CAST_EXPRESSIONS
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include <faultline/algorithms/balance.hpp>
#include <faultline/graph/error.hpp>

#include "signed_fixtures.hpp"

using namespace faultline;
using test::make_signed;

TEST_CASE("balance: empty graph") {
  const auto g = make_signed(0, {});
  const auto r = balance(g);
  CHECK(r.triangles.total() == 0);
  CHECK_FALSE(r.triangle_balance.has_value());
  CHECK_FALSE(r.walk_balance.has_value());
  CHECK_FALSE(r.walk_skipped);
  CHECK(r.frustration == 0.0);
  CHECK_FALSE(r.frustration_balance.has_value());
  CHECK(r.frustration_proved);
  CHECK(r.side.empty());
}

TEST_CASE("balance: a single actor and isolated actors") {
  const auto g = make_signed(3, {});
  const auto r = balance(g);
  CHECK(r.walk_balance == doctest::Approx(1.0));  // tr e^0 / tr e^0
  CHECK(r.side == std::vector<std::uint32_t>(3, no_bloc));
}

TEST_CASE("balance: only friendly ties") {
  // K4, every tie friendly: 4 "+++" triangles, balanced in every sense.
  const auto g = make_signed(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}});
  const auto r = balance(g);
  CHECK(r.triangles == triangle_census{4, 0, 0, 0});
  CHECK(r.triangle_balance == 1.0);
  CHECK(r.walk_balance == doctest::Approx(1.0));
  CHECK(r.frustration == 0.0);
  CHECK(r.frustration_balance == 1.0);
  CHECK(r.frustration_unique);
  CHECK(r.side == std::vector<std::uint32_t>{0, 0, 0, 0});
  CHECK(r.friendly_ties == 6);
}

TEST_CASE("balance: only hostile ties") {
  // A hostile triangle: "---", unbalanced under strict balance; one tie must be frustrated.
  const auto g = make_signed(3, {{0, 1, -1}, {0, 2, -1}, {1, 2, -1}});
  const auto r = balance(g);
  CHECK(r.triangles == triangle_census{0, 0, 0, 1});
  CHECK(r.triangle_balance == 0.0);
  // Eigenvalues by hand: A = −(J − I) has −2, 1, 1; |A| = J − I has 2, −1, −1.
  const double expected = (std::exp(-2.0) + 2 * std::exp(1.0)) / (std::exp(2.0) + 2 * std::exp(-1.0));
  CHECK(r.walk_balance == doctest::Approx(expected).epsilon(1e-12));
  CHECK(r.frustration == 1.0);
  CHECK(r.frustration_balance == doctest::Approx(1.0 - 1.0 / 1.5));
  CHECK(r.frustration_proved);
  CHECK_FALSE(r.frustration_unique);  // any of the three ties can be the frustrated one
  CHECK(r.frustrated.size() == 1);
}

TEST_CASE("balance: a perfectly balanced graph") {
  // Two camps {0, 1, 2} and {3, 4}: friendly inside, hostile across.
  const auto g = make_signed(5, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {0, 3, -1}, {2, 4, -1}, {1, 4, -1}});
  const auto r = balance(g);
  CHECK(r.triangles.ppn == 0);
  CHECK(r.triangles.nnn == 0);
  CHECK(r.triangle_balance == 1.0);
  CHECK(r.walk_balance == doctest::Approx(1.0));  // A and |A| are similar by a ±1 diagonal
  CHECK(r.frustration == 0.0);
  CHECK(r.frustration_balance == 1.0);
  CHECK(r.frustration_unique);
  CHECK(r.side == std::vector<std::uint32_t>{0, 0, 0, 1, 1});
  CHECK(r.frustrated.empty());
}

TEST_CASE("balance: a disconnected graph") {
  // Two "++-" triangles, apart: each needs one frustrated tie; node 6 is isolated.
  const auto g = make_signed(7, {{0, 1, 1}, {1, 2, 1}, {0, 2, -1}, {3, 4, 1}, {4, 5, 1}, {3, 5, -1}});
  const auto r = balance(g);
  CHECK(r.triangles == triangle_census{0, 2, 0, 0});
  CHECK(r.frustration == 2.0);
  CHECK(r.search.parts.size() == 2);
  CHECK(r.side[0] == 0);
  CHECK(r.side[3] == 0);  // sides start afresh in each part
  CHECK(r.side[6] == no_bloc);
  CHECK(r.frustration == test::exhaustive_blocs(g, 2).value);
}

TEST_CASE("balance: weighted frustration") {
  // A "++-" triangle whose hostile tie is heavy: by weight the cheapest fix drops a light friendly tie.
  const auto g = make_signed(3, {{0, 1, 1}, {1, 2, 0.5}, {0, 2, -3}});
  balance_options o;
  CHECK(balance(g, o).frustration == 1.0);
  o.weighted = true;
  const auto r = balance(g, o);
  CHECK(r.frustration == 0.5);
  CHECK(r.frustration_balance == doctest::Approx(1.0 - 0.5 / 2.25));
  CHECK(r.side[1] == 0);
  CHECK(r.side[2] == 1);
}

TEST_CASE("balance: Gahuku-Gama tribes (signnet's reference values)") {
  const auto g = test::gahuku_gama();
  const auto r = balance(g);
  CHECK(r.friendly_ties == 29);
  CHECK(r.hostile_ties == 29);
  CHECK(r.triangles == triangle_census{19, 2, 40, 7});
  REQUIRE(r.triangle_balance.has_value());
  CHECK(*r.triangle_balance == doctest::Approx(0.8676471).epsilon(1e-7));
  REQUIRE(r.walk_balance.has_value());
  CHECK(*r.walk_balance == doctest::Approx(0.3575761).epsilon(1e-7));
  CHECK(r.frustration == 7.0);
  CHECK(r.frustration_proved);
  CHECK(r.frustration_unique);
  REQUIRE(r.frustration_balance.has_value());
  CHECK(*r.frustration_balance == doctest::Approx(0.7586207).epsilon(1e-7));
  // The unique optimal split: {Gavev, Kotun, Nagad, Gama} against the rest,
  // with the seven hostile ties inside the large side frustrated.
  std::set<std::string> small;
  for (std::size_t x = 0; x < g.node_count(); ++x)
    if (r.side[x] != r.side[*g.find_node("Ove")]) small.insert(g.ids[x]);
  CHECK(small == std::set<std::string>{"Gavev", "Kotun", "Nagad", "Gama"});
  CHECK(r.frustrated.size() == 7);
  for (auto t : r.frustrated)
    CHECK(g.ties[t].sign == -1);
  // An independent check: all 2^15 splits.
  const auto reference = test::exhaustive_blocs(g, 2);
  CHECK(reference.value == 7.0);
  CHECK(reference.count == 1);
  CHECK(test::same_partition(reference.bloc, r.side));
}

TEST_CASE("balance: the heuristic alone finds the Gahuku-Gama frustration index") {
  balance_options o;
  o.search.method = bloc_method::heuristic;
  const auto r = balance(test::gahuku_gama(), o);
  CHECK(r.frustration == 7.0);
  CHECK_FALSE(r.frustration_proved);
  CHECK(r.search.restarts_found_best > 0);
}

TEST_CASE("balance: invalid options") {
  const auto g = make_signed(3, {{0, 1, 1}});
  balance_options o;
  o.walk_max_nodes = 30'000;
  CHECK_THROWS_WITH_AS(balance(g, o), "Walk balance limit 30000 is too large: expected at most 20000 nodes",
                       usage_error);
  o.walk_max_nodes = 2;
  const auto r = balance(g, o);
  CHECK(r.walk_skipped);
  CHECK_FALSE(r.walk_balance.has_value());
  CHECK_THROWS_WITH_AS(walk_balance(g, 2),
                       "The walk balance needs a dense 3 × 3 matrix: more than the limit of 2 nodes", usage_error);
  o.walk_max_nodes = 1000;
  o.search.restarts = 0;
  CHECK_THROWS_WITH_AS(balance(g, o), "Restarts must be at least 1", usage_error);
}

TEST_CASE("balance: cancellation") {
  balance_options o;
  o.search.progress = [](std::size_t, std::size_t) { return false; };
  CHECK_THROWS_AS(balance(test::gahuku_gama(), o), cancelled_error);
}
