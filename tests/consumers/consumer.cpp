// SPDX-License-Identifier: Apache-2.0
// A tiny program that embeds faultline, built by the test suite both through
// find_package(faultline) and through add_subdirectory().
#include <faultline/algorithms/backers.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/loaders/scenario.hpp>
#include <faultline/render/svg.hpp>
#include <iostream>

int main() {
  const char* scenario =
      "faultline: 1\n"
      "actors:\n"
      "  - {id: sponsor, kind: state, name: Sponsor}\n"
      "  - {id: coalition, kind: group}\n"
      "  - {id: militia, kind: group, name: The Militia}\n"
      "relations:\n"
      "  - {from: sponsor, type: backs, to: coalition, weight: 0.5}\n"
      "  - {from: militia, type: member_of, to: coalition}\n";
  try {
    const faultline::graph g = faultline::load_inputs({{"consumer.yaml", scenario}});
    const faultline::graph_view view(g);
    faultline::backing_options options;
    options.inherit = true;
    const auto result = faultline::backers(view, g.resolve_actor("the militia"), options);
    // By hand: sponsor backs the coalition (0.5) and the militia is a member
    // (1.0), two steps, so one decay of 0.5: 0.5 * 1.0 * 0.5 = 0.25.
    if (result.answers.size() != 1 || g.actors()[result.answers[0].actor].id != "sponsor" ||
        result.answers[0].strength != 0.25 || result.answers[0].chain.size() != 2) {
      std::cerr << "unexpected answer\n";
      return 1;
    }
    std::cout << "sponsor backs the militia with strength " << result.answers[0].strength << "\n";
    // The render component is installed and exported too: a picture of the backing chain.
    const std::string svg = faultline::render::backing_svg(view, result, false);
    if (svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") == std::string::npos ||
        svg.find("Sponsor") == std::string::npos) {
      std::cerr << "unexpected picture\n";
      return 1;
    }
    return 0;
  } catch (const faultline::error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
