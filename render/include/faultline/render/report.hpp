// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A self-contained HTML report of a graph view: one file with inline CSS,
/// inline SVG pictures (faultline/render/svg.hpp) and plain inline
/// JavaScript, no network and no other file, that opens from file://.
/// Hovering a node or a tie shows its facts and sources (from data embedded
/// in the page as JSON); two date fields filter what is dated. Sections and
/// caps are described in docs/pictures.md.
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstddef>
#include <string>

#include <faultline/algorithms/escalation.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/render/svg.hpp>

namespace faultline::render {

/// Options of html_report().
struct report_options {
  /// The page's title. Default "faultline report".
  std::string title = "faultline report";
  /// What was loaded, in words ("the bundled sample", file names), shown first.
  std::string input_description;
  /// Pictures: cap, size, label length. Default: picture_options' defaults.
  picture_options picture;
  /// Key actors listed with their backers and proxies (those with the most
  /// relations and incident roles). Default 25.
  std::size_t key_actors = 25;
  /// Escalation chains drawn and listed (the most escalatory). Default 5.
  std::size_t chains = 5;
  /// Escalation options (window, minimum score); max_chains is set from `chains`.
  escalation_options escalation;
  /// Rows of the centrality table. Default 25.
  std::size_t centrality_rows = 25;
  /// Frustrated ties listed under the blocs. Default 50.
  std::size_t tensions = 50;
  /// Incidents listed in the timeline table (the most severe, shown in date order). Default 200.
  std::size_t incidents = 200;
  /// Sources listed (those cited by the most facts first, then in order). Default 500.
  std::size_t sources = 500;
  /// \throws usage_error for invalid options.
  void validate() const;
};

/// The report of a view, as one HTML5 document.
///
/// Sections: what is loaded (files, scenarios, counts, date range); the
/// actor graph; the key actors with their backers and proxies (and the
/// tree of the one with the most backers); the most escalatory chains as a
/// timeline, with their steps; the blocs of the signed actor graph and the
/// ties that strain them; a centrality table (degree, betweenness, PageRank
/// on the actors' relations and incidents) with ranked bars; the incidents
/// in date order; every source cited, with its link. Each section over its
/// cap says how many rows it left out. Same view and options, same bytes.
/// Complexity: that of the analyses it runs (escalation links, backing per
/// key actor, blocs, betweenness O(V·E)), plus O(size of the output).
/// \throws usage_error for invalid options; what the analyses throw.
[[nodiscard]] std::string html_report(const graph_view& view, const report_options& options = {});

}  // namespace faultline::render
