// SPDX-License-Identifier: Apache-2.0
// `tensions`'s table output: the blocs, then each kind of strain with the facts behind its ties.
#include <cmath>

#include "commands/tensions.hpp"

namespace faultline::cli {
namespace {

// " (showing N; raise --limit for more)" when fewer than all are shown.
std::string showing(std::size_t shown, std::size_t total) {
  return shown < total ? " (showing " + std::to_string(shown) + "; raise --limit for more)" : "";
}

std::string count_or_none(std::size_t n) {
  return n == 0 ? "none" : std::to_string(n);
}

}  // namespace

print::document tensions_cli_result::to_document() const {
  const auto& sg = in.sg;
  std::vector<source_index> cited;
  print::document doc;
  doc.line("Tensions in " + in.description + " against " + std::to_string(blocs.bloc_count) +
           (blocs.bloc_count == 1 ? " bloc" : " blocs") + " (" + search_summary(blocs, search) + ")");
  for (std::uint32_t b = 0; b < blocs.bloc_count; ++b) {
    std::string members;
    for (std::uint32_t x = 0; x < sg.node_count(); ++x)
      if (blocs.bloc[x] == b) members += (members.empty() ? "" : ", ") + sg.names[x];
    doc.line("  bloc " + std::to_string(b + 1) + ": " + members);
  }
  if (!in.rules_note.empty()) doc.line(in.rules_note);

  doc.line("").line("Ties that contradict the blocs: " + count_or_none(r.frustrated.size()));
  for (std::size_t k = 0; k < r.frustrated.size(); ++k) {
    const auto& f = r.frustrated[k];
    const auto& t = sg.ties[f.tie];
    doc.line("  " + std::to_string(k + 1) + ". " + tie_line(f.tie) + ": " +
             (f.hostile_within ? "hostile inside bloc " + bloc_text(t.u)
                               : "friendly between blocs " + bloc_text(t.u) + " and " + bloc_text(t.v)) +
             ", weight " + decimal_text(f.weight));
    add_tie_facts(doc, in, f.tie, "       ", cited);
  }

  doc.line("").line("Unbalanced triangles: " + count_or_none(r.triangle_total) +
                    showing(r.triangles.size(), r.triangle_total));
  for (std::size_t k = 0; k < r.triangles.size(); ++k) {
    const auto& tri = r.triangles[k];
    doc.line("  " + std::to_string(k + 1) + ". " + node_label(in, tri.nodes[0]) + ", " + node_label(in, tri.nodes[1]) +
             ", " + node_label(in, tri.nodes[2]) + ": " +
             (tri.hostile == 1 ? "++- (no split satisfies it)" : "--- (only three blocs satisfy it)"));
    for (auto t : tri.ties) {
      doc.line("     " + tie_line(t));
      if (in.scenario) add_tie_facts(doc, in, t, "       ", cited);
    }
  }

  doc.line("").line("Ties whose facts point both ways: " + count_or_none(r.mixed.size()));
  for (std::size_t k = 0; k < r.mixed.size(); ++k) {
    const auto& t = sg.ties[r.mixed[k]];
    doc.line("  " + std::to_string(k + 1) + ". " + tie_line(r.mixed[k]) + ": friendly " + decimal_text(t.friendly) +
             " against hostile " + decimal_text(t.hostile) + (t.sign == 0 ? " (they cancel out)" : ""));
    add_tie_facts(doc, in, r.mixed[k], "       ", cited);
  }

  doc.line("").line("Enemy of my enemy (pairs with no tie whose shared ties imply one): " +
                    count_or_none(r.suggestion_total) + showing(r.suggestions.size(), r.suggestion_total));
  for (std::size_t k = 0; k < r.suggestions.size(); ++k) {
    const auto& s = r.suggestions[k];
    doc.line("  " + std::to_string(k + 1) + ". " + node_label(in, s.a) + " " + sign_symbol(s.sign) + " " +
             node_label(in, s.b) + ": implied " + sign_word(s.sign) + ", score " + decimal_text(std::abs(s.score)) +
             " (" + std::to_string(s.agreeing) + " for, " + std::to_string(s.disagreeing) + " against); the blocs " +
             (s.blocs_agree ? "agree" : "disagree"));
    for (const auto& ev : s.evidence)
      doc.line("     via " + sg.names[ev.via] + ": " + tie_line(ev.first_tie) + "; " + tie_line(ev.second_tie));
  }
  add_signed_sources(doc, in, cited);
  return doc;
}

}  // namespace faultline::cli
