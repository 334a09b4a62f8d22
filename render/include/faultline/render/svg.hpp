// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// SVG pictures of the library's answers, with no external program: the
/// actor graph, backers and proxies as a tree of chains, escalation chains as
/// a timeline, blocs, paths and centrality as ranked bars. Each picture has a
/// `*_scene` function (the positioned picture, for tests and for the HTML
/// report) and a `*_svg` function (the SVG 1.1 document). The library never
/// prints: callers write the string where they want. Layout, label placement
/// and the cap on large graphs are described in docs/pictures.md.
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <faultline/algorithms/backers.hpp>
#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/escalation.hpp>
#include <faultline/algorithms/path.hpp>
#include <faultline/algorithms/signed_graph.hpp>
#include <faultline/graph/view.hpp>
#include <faultline/render/scene.hpp>

namespace faultline::render {

/// Options shared by the pictures.
struct picture_options {
  /// Default of max_nodes.
  static constexpr std::size_t default_max_nodes = 60;
  /// At most this many nodes (actors, incidents, bars) are drawn; the rest
  /// are left out with a note in the picture saying how many and how to see
  /// them. 0 draws everything. Default 60.
  std::size_t max_nodes = default_max_nodes;
  /// Width and height of the drawing area of the network pictures, in px
  /// (labels, legend and notes come on top). Defaults 900 × 640.
  double width = 900.0;
  double height = 640.0;
  /// Labels longer than this many characters are cut with "…" (the full
  /// name is in the hover title). At least 4. Default 32.
  std::size_t max_label = 32;
  /// What the cap note tells the reader to use to see the rest, e.g.
  /// "--max-nodes 0". Default "--max-nodes 0".
  std::string more_hint = "--max-nodes 0";
  /// \throws usage_error when width or height is not positive or max_label is below 4.
  void validate() const;
};

/// The actor graph of a view: actors as shapes by kind (state: square,
/// group: circle, person: triangle), coloured by kind; relations as ties,
/// friendly ones solid green, hostile ones dashed red, neutral ones grey,
/// one tie per pair of actors and polarity with every fact in its hover
/// title; incidents as small diamonds tied to their actors (grey arrows in
/// the direction the role reads, faultline::actor_acts) and to the incidents
/// they respond to (purple arrows); a legend.
///
/// When actors and incidents together are more than max_nodes, incidents are
/// not drawn as nodes: each incident becomes a tie from its perpetrators to
/// its targets (hostile, or the stance an event dataset coded), summed per
/// pair, and the actors with the most ties are kept (ties broken by index),
/// with a note saying what was left out. Layout: force_layout().
/// Complexity: O(V + E) to build, plus the layout's O(iterations · n²) on the n nodes drawn.
/// \throws usage_error for invalid options.
[[nodiscard]] scene actor_graph_scene(const graph_view& view, const picture_options& options = {});
[[nodiscard]] std::string actor_graph_svg(const graph_view& view, const picture_options& options = {});

/// Backers (`proxies` false) or proxies (`proxies` true) of result.subject
/// as a tree of chains: the subject on the right (backers) or on the left
/// (proxies), each chain a branch whose steps read as the facts do
/// ("backs", "controls", "member of"), every answer labelled with its
/// strength. Chains sharing their first steps share branches. At most
/// max_nodes answers, the strongest, with a note on the rest.
/// Complexity: O(Σ chain lengths) plus label placement.
/// \throws usage_error for invalid options or a result whose indexes are out of range.
[[nodiscard]] scene backing_scene(const graph_view& view, const backing_result& result, bool proxies,
                                  const picture_options& options = {});
[[nodiscard]] std::string backing_svg(const graph_view& view, const backing_result& result, bool proxies,
                                      const picture_options& options = {});

/// Escalation chains as a timeline: x is the date (each incident at its
/// first day, on a scale of days with month ticks), y the rung of the
/// escalation ladder (1 at the bottom, 10 at the top, each rung named), one
/// colour per chain, arrows from each incident to the one answering it,
/// labelled with the reason for the link ("explicit responds_to", "direct
/// reprisal after 3 days"). Incidents in several chains are drawn once. At
/// most max_nodes incidents (the chains in rank order until the cap), with a note.
/// Complexity: O(total chain length) plus label placement.
/// \throws usage_error for invalid options.
[[nodiscard]] scene escalation_scene(const graph_view& view, const escalation_graph& links, const chain_result& chains,
                                     const picture_options& options = {});
[[nodiscard]] std::string escalation_svg(const graph_view& view, const escalation_graph& links,
                                         const chain_result& chains, const picture_options& options = {});

/// How many facts a tie's tooltip in blocs_scene() lists (then "…").
inline constexpr std::size_t blocs_tooltip_facts = 6;

/// Blocs: one panel per bloc with its actors in a circle, friendly ties solid
/// green, hostile ties dashed red, frustrated ties (hostile inside a bloc,
/// friendly between blocs) on an orange halo; actors without a signed tie are
/// left out. At most max_nodes actors, those with the most signed ties
/// (ties broken by index), with a note. `actors_view`, when not null, gives
/// the actors' kinds for their shapes (signed graphs of edge lists have none)
/// and the facts each tie's tooltip lists (an incident fact whose index is
/// not one of its graph's is left out).
/// Complexity: O(V + T) plus label placement.
/// \throws usage_error for invalid options or a result that does not fit the graph.
[[nodiscard]] scene blocs_scene(const signed_graph& g, const blocs_result& blocs,
                                const graph_view* actors_view = nullptr, const picture_options& options = {});
[[nodiscard]] std::string blocs_svg(const signed_graph& g, const blocs_result& blocs,
                                    const graph_view* actors_view = nullptr, const picture_options& options = {});

/// Shortest paths: the nodes of the paths in columns by their distance from
/// result.from (which is on the left), each fact a tie labelled with its
/// relation type or role, arrows in the direction the fact reads.
/// Complexity: O(Σ path lengths) plus label placement.
/// \throws usage_error for invalid options.
[[nodiscard]] scene path_scene(const graph_view& view, const path_result& result, const picture_options& options = {});
[[nodiscard]] std::string path_svg(const graph_view& view, const path_result& result,
                                   const picture_options& options = {});

/// One bar of a ranked bar chart.
struct ranked_bar {
  std::string label;  ///< "Iran (iran)"
  std::string key;    ///< for the report's hover data, or empty
  double score = 0.0;
};

/// Centrality (or any score) as ranked horizontal bars, highest first, the
/// score written at the end of each bar; negative scores (signed measures)
/// drawn to the left of the zero line. At most max_nodes bars, with a note.
/// `bars` need not be sorted; equal scores keep their given order.
/// Complexity: O(n log n).
/// \throws usage_error for invalid options.
[[nodiscard]] scene bars_scene(std::span<const ranked_bar> bars, const std::string& title,
                               const picture_options& options = {});
[[nodiscard]] std::string bars_svg(std::span<const ranked_bar> bars, const std::string& title,
                                   const picture_options& options = {});

}  // namespace faultline::render
