// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A picture before it becomes SVG: positioned node shapes, ties between
/// them, free text, rectangles and lines, and a legend. Every picture of
/// faultline/render/svg.hpp builds a scene, places its labels so that no two
/// label boxes overlap (place_labels), and writes it as SVG 1.1 (write_svg).
///
/// Experimental API: names and fields may still change before 1.0.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::render {

/// An axis-aligned box: top-left corner, width and height, in SVG user units (px).
struct box {
  double x = 0.0;
  double y = 0.0;
  double w = 0.0;
  double h = 0.0;
  /// Whether the two boxes share interior area (touching edges do not count).
  [[nodiscard]] bool overlaps(const box& o) const noexcept {
    return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
  }
};

/// The estimated width of `text` at `font_size` px in a sans-serif font.
///
/// No font is measured (the library has none): each code point counts a
/// documented fraction of the font size, chosen on DejaVu Sans and Arial to
/// err wide: 0.72 for upper-case letters, digits and wide glyphs (M, W, m,
/// w), 0.32 for spaces and narrow punctuation (i, l, j, t, f, r, '.', ',',
/// ':', ';', '\'', '|', '!'), 0.62 for other ASCII, 0.75 for every non-ASCII code
/// point. A label box is this width plus padding (docs/pictures.md). O(length).
[[nodiscard]] double text_width(std::string_view text, double font_size) noexcept;

/// `text` cut to at most `max_chars` code points, with "…" at the end when cut.
[[nodiscard]] std::string shorten(std::string_view text, std::size_t max_chars);

/// Shapes of node markers.
enum class shape : std::uint8_t { circle, square, diamond, triangle, hexagon };

/// One node: a shape at (x, y) with radius r, a label placed near it, and a
/// title shown on hover.
struct scene_node {
  std::string key;  ///< stable key of what it shows ("actor:iran"), for the report's hover data
  double x = 0.0;
  double y = 0.0;
  double r = 8.0;
  enum shape shape = shape::circle;
  std::string fill = "#9e9e9e";
  std::string stroke = "#424242";
  std::string label;    ///< drawn next to the node (may be empty)
  std::string title;    ///< the hover text (SVG <title>)
  std::string date;     ///< ISO date for the report's date filter, or empty
  bool bold = false;    ///< label in bold (the subject of a picture)
  box label_box;        ///< set by place_labels()
  bool leader = false;  ///< set by place_labels(): the label sits away from the node and gets a leader line
};

/// One tie between two nodes (indexes into scene::nodes).
struct scene_edge {
  std::string key;
  std::size_t from = 0;
  std::size_t to = 0;
  std::string stroke = "#757575";
  double width = 1.5;
  std::string dash;    ///< SVG stroke-dasharray, or empty for a solid line
  bool arrow = false;  ///< an arrowhead at `to`
  double bend = 0.0;   ///< curvature: offset of the control point, as a fraction of the length (0: straight)
  std::string label;   ///< drawn near the middle (may be empty)
  std::string title;   ///< the hover text
  std::string date;    ///< ISO date for the report's date filter, or empty
  std::string halo;    ///< a wide stroke drawn under the tie to highlight it (e.g. a frustrated tie), or empty
  box label_box;       ///< set by place_labels()
};

/// Free text at a fixed place (titles, axis ticks, notes).
struct scene_text {
  double x = 0.0;
  double y = 0.0;  ///< baseline
  std::string text;
  double size = 12.0;
  std::string anchor = "start";  ///< start, middle or end
  std::string fill = "#212121";
  bool bold = false;
  std::string title;  ///< hover text, or empty
  /// Whether labels must keep clear of it. Default true.
  bool obstacle = true;
  /// Its box (as text_width estimates it).
  [[nodiscard]] box bounds() const noexcept;
};

/// A rectangle (a bloc's panel, a bar).
struct scene_rect {
  box at;
  std::string fill = "none";
  std::string stroke = "none";
  double rx = 0.0;
  std::string title;
  std::string key;
  bool obstacle = false;  ///< whether labels must keep clear of it
};

/// A straight line (axes, grid lines, leader lines).
struct scene_line {
  double x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0;
  std::string stroke = "#bdbdbd";
  double width = 1.0;
  std::string dash;
};

/// One legend entry: a node shape or a tie style, and what it means.
struct legend_entry {
  bool is_tie = false;
  enum shape shape = shape::circle;
  std::string fill;    ///< node entries
  std::string stroke;  ///< node outline or tie colour
  std::string dash;    ///< tie entries
  std::string halo;    ///< tie entries
  std::string text;
};

/// A whole picture.
struct scene {
  std::string title;               ///< drawn at the top and as the SVG <title>
  std::vector<std::string> notes;  ///< drawn under the picture (e.g. what the cap left out)
  std::vector<scene_rect> rects;   ///< drawn first
  std::vector<scene_line> lines;
  std::vector<scene_edge> edges;
  std::vector<scene_node> nodes;
  std::vector<scene_text> texts;
  std::vector<legend_entry> legend;
  double font_size = 12.0;       ///< labels
  double edge_font_size = 10.0;  ///< tie labels
  bool labels_placed = false;    ///< set by place_labels()
  /// Try below and above a node before its sides (for pictures whose ties run
  /// left to right, where a label beside a node would sit on its ties). Default false.
  bool labels_below = false;
};

/// Options of write_svg().
struct svg_options {
  /// Prefix of the ids the SVG defines (arrow markers), so that several
  /// pictures can sit in one HTML page. Default "fl-".
  std::string id_prefix = "fl-";
  /// Add `data-key`, `data-date` and `class` attributes for the report's
  /// hover panel and date filter (HTML5 accepts them in inline SVG; a plain
  /// .svg file is left without them). Default false.
  bool interactive = false;
};

/// Places every node label and tie label so that no two label boxes overlap,
/// nor a label box and a node's shape or an obstacle text or rectangle.
///
/// Greedy, in node order (builders put the most important first): each label
/// tries positions right of, below, above and left of its node, then rings
/// of positions further out (with a leader line) until one is free; tie
/// labels try the middle of the tie, then positions beside it. Since the
/// rings grow without bound every label finds a place, and the picture's
/// bounds grow to hold it. Deterministic. O(L² · P) for L labels and P
/// positions tried per label.
void place_labels(scene& s);

/// The label boxes of a placed scene (nodes' then ties' non-empty labels), for tests.
[[nodiscard]] std::vector<box> label_boxes(const scene& s);

/// Writes the scene as a standalone SVG 1.1 document (XML declaration, xmlns,
/// width, height, viewBox fitted to everything drawn, escaped text, a <title>
/// per node and tie for hover). Calls place_labels() first when the scene's
/// labels are not placed yet. Same scene, same bytes. O(size of the scene).
[[nodiscard]] std::string write_svg(scene s, const svg_options& options = {});

/// Escapes text for XML character data and attribute values (&, <, >, ", ')
/// and drops characters XML 1.0 forbids (control characters but tab, LF, CR;
/// invalid UTF-8 bytes become U+FFFD).
[[nodiscard]] std::string xml_escape(std::string_view text);

}  // namespace faultline::render
