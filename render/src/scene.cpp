// SPDX-License-Identifier: Apache-2.0
#include <faultline/render/scene.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>
#include <set>

namespace faultline::render {
namespace {

constexpr double label_pad = 2.0;    // each side of a label's text, inside its box
constexpr double line_height = 1.3;  // a label box's height, in font sizes
constexpr double margin = 16.0;
const char* const font_family = "DejaVu Sans, Arial, Helvetica, sans-serif";

// The length of the UTF-8 sequence at s[k]; `ok` is false (and the length 1) for a bad byte.
std::size_t utf8_length(std::string_view s, std::size_t k, bool& ok) {
  const auto c = static_cast<unsigned char>(s[k]);
  const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  ok = len > 0 && k + len <= s.size();
  for (std::size_t j = 1; ok && j < len; ++j)
    ok = (static_cast<unsigned char>(s[k + j]) >> 6) == 2;
  return ok ? len : 1;
}

// A coordinate with at most one decimal and no "-0".
std::string num(double v) {
  char buf[40];
  double r = std::round(v * 10.0) / 10.0;
  if (r == 0.0) r = 0.0;
  std::snprintf(buf, sizeof buf, "%.1f", r);
  std::string s = buf;
  if (s.size() > 2 && s.ends_with(".0")) s.resize(s.size() - 2);
  return s;
}

box shape_box(const scene_node& n) {
  return {n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r};
}

double label_height(double font) {
  return font * line_height;
}
double label_width(const std::string& text, double font) {
  return text_width(text, font) + 2 * label_pad;
}

bool is_free(const std::vector<box>& taken, const box& b) {
  return std::none_of(taken.begin(), taken.end(), [&](const box& t) { return t.overlaps(b); });
}

// The point half-way along a tie (on its curve when it bends), and its unit normal.
void tie_middle(const scene& s, const scene_edge& e, double& mx, double& my, double& nx, double& ny) {
  const auto& a = s.nodes[e.from];
  const auto& b = s.nodes[e.to];
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len = std::max(std::hypot(dx, dy), 1e-9);
  nx = -dy / len;
  ny = dx / len;
  // A quadratic curve's middle lies half-way to its control point.
  mx = (a.x + b.x) / 2 + nx * e.bend * len / 2;
  my = (a.y + b.y) / 2 + ny * e.bend * len / 2;
}

void extend(box& bounds, bool& any, const box& b) {
  if (!any) {
    bounds = b;
    any = true;
    return;
  }
  const double x2 = std::max(bounds.x + bounds.w, b.x + b.w), y2 = std::max(bounds.y + bounds.h, b.y + b.h);
  bounds.x = std::min(bounds.x, b.x);
  bounds.y = std::min(bounds.y, b.y);
  bounds.w = x2 - bounds.x;
  bounds.h = y2 - bounds.y;
}

std::string marker_id(const svg_options& o, const std::string& colour) {
  std::string id = o.id_prefix + "arrow-";
  for (char c : colour)
    if (std::isalnum(static_cast<unsigned char>(c))) id += c;
  return id;
}

std::string shape_svg(enum shape sh, double x, double y, double r, const std::string& fill, const std::string& stroke,
                      double stroke_width = 1.5) {
  const std::string paint = " fill=\"" + xml_escape(fill) + "\" stroke=\"" + xml_escape(stroke) + "\" stroke-width=\"" +
                            num(stroke_width) + "\"";
  auto polygon = [&](const std::vector<std::pair<double, double>>& pts) {
    std::string p;
    for (const auto& [px, py] : pts)
      p += (p.empty() ? "" : " ") + num(px) + "," + num(py);
    return "<polygon points=\"" + p + "\"" + paint + "/>";
  };
  switch (sh) {
    case shape::square: {
      const double h = r * 0.85;
      return "<rect x=\"" + num(x - h) + "\" y=\"" + num(y - h) + "\" width=\"" + num(2 * h) + "\" height=\"" +
             num(2 * h) + "\"" + paint + "/>";
    }
    case shape::diamond:
      return polygon({{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}});
    case shape::triangle:
      return polygon({{x, y - r}, {x + r * 0.9, y + r * 0.7}, {x - r * 0.9, y + r * 0.7}});
    case shape::hexagon: {
      std::vector<std::pair<double, double>> pts;
      for (int k = 0; k < 6; ++k) {
        const double a = std::numbers::pi / 3 * k;
        pts.emplace_back(x + r * std::cos(a), y + r * std::sin(a));
      }
      return polygon(pts);
    }
    case shape::circle:
      break;
  }
  return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(r) + "\"" + paint + "/>";
}

std::string data_attrs(const svg_options& o, const std::string& cls, const std::string& key, const std::string& date) {
  if (!o.interactive) return {};
  std::string out = " class=\"" + cls + "\"";
  if (!key.empty()) out += " data-key=\"" + xml_escape(key) + "\"";
  if (!date.empty()) out += " data-date=\"" + xml_escape(date) + "\"";
  return out;
}

std::string text_svg(double x, double baseline, const std::string& text, double size, const std::string& anchor,
                     const std::string& fill, bool bold, const std::string& extra = {}) {
  std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(baseline) + "\" font-size=\"" + num(size) + "\"";
  if (anchor != "start") out += " text-anchor=\"" + anchor + "\"";
  if (fill != "#212121") out += " fill=\"" + xml_escape(fill) + "\"";
  if (bold) out += " font-weight=\"bold\"";
  return out + extra + ">" + xml_escape(text) + "</text>";
}

}  // namespace

double text_width(std::string_view text, double font_size) noexcept {
  double em = 0.0;
  for (std::size_t k = 0; k < text.size();) {
    bool ok = false;
    const std::size_t len = utf8_length(text, k, ok);
    const char c = text[k];
    if (!ok || len > 1)
      em += 0.75;
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == 'm' || c == 'w' || c == '@' || c == '%')
      em += 0.72;
    else if (c == ' ' || c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == 'r' || c == '.' || c == ',' ||
             c == ':' || c == ';' || c == '\'' || c == '|' || c == '!')
      em += 0.32;
    else
      em += 0.62;
    k += len;
  }
  return em * font_size;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0, k = 0;
  while (k < text.size()) {
    bool ok = false;
    const std::size_t len = utf8_length(text, k, ok);
    if (count + 1 == max_chars && k + len < text.size()) return std::string(text.substr(0, k)) + "\u2026";
    ++count;
    k += len;
  }
  return std::string(text);
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < text.size();) {
    bool ok = false;
    const std::size_t len = utf8_length(text, k, ok);
    const char c = text[k];
    if (!ok)
      out += "\uFFFD";
    else if (len > 1)
      out.append(text.substr(k, len));
    else if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else if (c == '\'')
      out += "&#39;";
    else if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
      ;  // forbidden in XML 1.0
    else
      out += c;
    k += len;
  }
  return out;
}

box scene_text::bounds() const noexcept {
  const double w = text_width(text, size);
  const double x0 = anchor == "middle" ? x - w / 2 : anchor == "end" ? x - w : x;
  return {x0, y - size, w, size * line_height};
}

void place_labels(scene& s) {
  std::vector<box> taken;
  for (const auto& n : s.nodes)
    taken.push_back(shape_box(n));
  for (const auto& t : s.texts)
    if (t.obstacle && !t.text.empty()) taken.push_back(t.bounds());
  for (const auto& r : s.rects)
    if (r.obstacle) taken.push_back(r.at);

  for (auto& n : s.nodes) {
    if (n.label.empty()) continue;
    const double w = label_width(n.label, s.font_size), h = label_height(s.font_size);
    const double gap = 3.0;
    const box side_right{n.x + n.r + gap, n.y - h / 2, w, h};
    const box side_below{n.x - w / 2, n.y + n.r + gap, w, h};
    const box side_above{n.x - w / 2, n.y - n.r - gap - h, w, h};
    const box near[] = {
        s.labels_below ? side_below : side_right,         s.labels_below ? side_above : side_below,
        s.labels_below ? side_right : side_above,         {n.x - n.r - gap - w, n.y - h / 2, w, h},  // left
        {n.x + n.r * 0.7, n.y + n.r * 0.7, w, h},                                                    // below right
        {n.x + n.r * 0.7, n.y - n.r * 0.7 - h, w, h},                                                // above right
        {n.x - n.r * 0.7 - w, n.y + n.r * 0.7, w, h},                                                // below left
        {n.x - n.r * 0.7 - w, n.y - n.r * 0.7 - h, w, h},
    };
    bool placed = false;
    for (const auto& b : near)
      if (is_free(taken, b)) {
        n.label_box = b;
        placed = true;
        break;
      }
    // Rings further out: 16 directions, each ring half a label height further.
    for (int ring = 1; !placed; ++ring) {
      const double d = n.r + gap + ring * h * 0.6;
      for (int k = 0; k < 16 && !placed; ++k) {
        const double a = std::numbers::pi / 8 * k;
        const double cx = n.x + std::cos(a) * (d + w / 2), cy = n.y + std::sin(a) * (d + h / 2);
        const box b{cx - w / 2, cy - h / 2, w, h};
        if (is_free(taken, b)) {
          n.label_box = b;
          n.leader = true;
          placed = true;
        }
      }
    }
    taken.push_back(n.label_box);
  }

  for (auto& e : s.edges) {
    if (e.label.empty()) continue;
    const double w = label_width(e.label, s.edge_font_size), h = label_height(s.edge_font_size);
    double mx = 0, my = 0, nx = 0, ny = 0;
    tie_middle(s, e, mx, my, nx, ny);
    bool placed = false;
    for (int step = 0; !placed; ++step) {
      // 0, +1, −1, +2, −2 … label heights along the normal, then along the tie too.
      const int along = step / 24;
      const int k = step % 24;
      const double off = (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * h * 0.7;
      const double tx = -ny, ty = nx;  // along the tie
      const double shift = (along % 2 == 0 ? 1 : -1) * ((along + 1) / 2) * w * 0.6;
      const double cx = mx + nx * off + tx * shift, cy = my + ny * off + ty * shift;
      const box b{cx - w / 2, cy - h / 2, w, h};
      if (is_free(taken, b)) {
        e.label_box = b;
        placed = true;
      }
    }
    taken.push_back(e.label_box);
  }
  s.labels_placed = true;
}

std::vector<box> label_boxes(const scene& s) {
  std::vector<box> out;
  for (const auto& n : s.nodes)
    if (!n.label.empty()) out.push_back(n.label_box);
  for (const auto& e : s.edges)
    if (!e.label.empty()) out.push_back(e.label_box);
  return out;
}

std::string write_svg(scene s, const svg_options& options) {
  if (!s.labels_placed) place_labels(s);
  box bounds;
  bool any = false;
  for (const auto& n : s.nodes) {
    extend(bounds, any, shape_box(n));
    if (!n.label.empty()) extend(bounds, any, n.label_box);
  }
  for (const auto& e : s.edges) {
    if (!e.label.empty()) extend(bounds, any, e.label_box);
    double mx = 0, my = 0, nx = 0, ny = 0;
    tie_middle(s, e, mx, my, nx, ny);
    extend(bounds, any, {mx - 1, my - 1, 2, 2});
  }
  for (const auto& t : s.texts)
    extend(bounds, any, t.bounds());
  for (const auto& r : s.rects)
    extend(bounds, any, r.at);
  for (const auto& l : s.lines) {
    extend(bounds, any, {std::min(l.x1, l.x2), std::min(l.y1, l.y2), std::abs(l.x2 - l.x1), std::abs(l.y2 - l.y1)});
  }
  if (!any) bounds = {0, 0, 300, 40};

  // Title above, legend and notes below, wrapped to the picture's width (at least 560 px).
  const double title_size = 16.0;
  const double top = bounds.y - (s.title.empty() ? 0.0 : title_size * 2.0);
  const double left = bounds.x;
  const double width = std::max(bounds.w, 560.0);
  double y = bounds.y + bounds.h + 24.0;
  std::string legend_svg;
  if (!s.legend.empty()) {
    double x = left;
    const double row = 22.0;
    for (const auto& entry : s.legend) {
      const double w = 34.0 + text_width(entry.text, 11.0) + 18.0;
      if (x > left && x + w > left + width) {
        x = left;
        y += row;
      }
      if (entry.is_tie) {
        if (!entry.halo.empty())
          legend_svg += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x + 26) + "\" y2=\"" + num(y) +
                        "\" stroke=\"" + xml_escape(entry.halo) + "\" stroke-width=\"7\" stroke-linecap=\"round\"/>";
        legend_svg += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x + 26) + "\" y2=\"" + num(y) +
                      "\" stroke=\"" + xml_escape(entry.stroke) + "\" stroke-width=\"2\"" +
                      (entry.dash.empty() ? "" : " stroke-dasharray=\"" + entry.dash + "\"") + "/>";
      } else {
        legend_svg += shape_svg(entry.shape, x + 13, y, 7, entry.fill, entry.stroke);
      }
      legend_svg += text_svg(x + 32, y + 4, entry.text, 11.0, "start", "#212121", false);
      x += w;
    }
    y += row;
  }
  std::string notes_svg;
  for (const auto& note : s.notes) {
    notes_svg += text_svg(left, y + 4, note, 11.0, "start", "#b71c1c", false);
    y += 18.0;
  }
  double right = left + width;
  for (const auto& note : s.notes)
    right = std::max(right, left + text_width(note, 11.0));
  if (!s.title.empty()) right = std::max(right, left + text_width(s.title, title_size));
  const double vx = left - margin, vy = top - margin;
  const double vw = right - left + 2 * margin, vh = y - top + margin;

  std::string out;
  out.reserve(4096 + 600 * (s.nodes.size() + s.edges.size()));
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(std::ceil(vw)) + "\" height=\"" +
         num(std::ceil(vh)) + "\" viewBox=\"" + num(vx) + " " + num(vy) + " " + num(std::ceil(vw)) + " " +
         num(std::ceil(vh)) + "\" font-family=\"" + font_family + "\">\n";
  out += "<title>" + xml_escape(s.title) + "</title>\n";

  std::set<std::string> arrow_colours;
  for (const auto& e : s.edges)
    if (e.arrow) arrow_colours.insert(e.stroke);
  if (!arrow_colours.empty()) {
    out += "<defs>\n";
    for (const auto& c : arrow_colours)
      out += "<marker id=\"" + marker_id(options, c) +
             "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" "
             "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" +
             xml_escape(c) + "\"/></marker>\n";
    out += "</defs>\n";
  }
  out += "<rect x=\"" + num(vx) + "\" y=\"" + num(vy) + "\" width=\"" + num(std::ceil(vw)) + "\" height=\"" +
         num(std::ceil(vh)) + "\" fill=\"#ffffff\"/>\n";
  if (!s.title.empty()) out += text_svg(left, top + title_size, s.title, title_size, "start", "#212121", true) + "\n";

  for (const auto& r : s.rects) {
    out += "<rect x=\"" + num(r.at.x) + "\" y=\"" + num(r.at.y) + "\" width=\"" + num(r.at.w) + "\" height=\"" +
           num(r.at.h) + "\"" + (r.rx > 0 ? " rx=\"" + num(r.rx) + "\"" : "") + " fill=\"" + xml_escape(r.fill) +
           "\" stroke=\"" + xml_escape(r.stroke) + "\"" + data_attrs(options, "fl-bar", r.key, "");
    out += r.title.empty() ? "/>\n" : "><title>" + xml_escape(r.title) + "</title></rect>\n";
  }
  for (const auto& l : s.lines)
    out += "<line x1=\"" + num(l.x1) + "\" y1=\"" + num(l.y1) + "\" x2=\"" + num(l.x2) + "\" y2=\"" + num(l.y2) +
           "\" stroke=\"" + xml_escape(l.stroke) + "\" stroke-width=\"" + num(l.width) + "\"" +
           (l.dash.empty() ? "" : " stroke-dasharray=\"" + l.dash + "\"") + "/>\n";

  for (const auto& e : s.edges) {
    const auto& a = s.nodes[e.from];
    const auto& b = s.nodes[e.to];
    double mx = 0, my = 0, nx = 0, ny = 0;
    tie_middle(s, e, mx, my, nx, ny);
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    const double cx = (a.x + b.x) / 2 + nx * e.bend * len, cy = (a.y + b.y) / 2 + ny * e.bend * len;
    // Start and end on the shapes' rims, aimed at the control point.
    auto rim = [](const scene_node& n, double tx, double ty, double extra) {
      const double dx = tx - n.x, dy = ty - n.y, d = std::max(std::hypot(dx, dy), 1e-9);
      return std::pair{n.x + dx / d * (n.r + extra), n.y + dy / d * (n.r + extra)};
    };
    const auto [x1, y1] = rim(a, cx, cy, 1.0);
    const auto [x2, y2] = rim(b, cx, cy, e.arrow ? 2.0 : 1.0);
    const std::string d = "M" + num(x1) + "," + num(y1) +
                          (e.bend == 0.0 ? " L" : " Q" + num(cx) + "," + num(cy) + " ") + num(x2) + "," + num(y2);
    out += "<g" + data_attrs(options, "fl-tie", e.key, e.date) + ">";
    if (!e.title.empty()) out += "<title>" + xml_escape(e.title) + "</title>";
    if (!e.halo.empty())
      out += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + xml_escape(e.halo) + "\" stroke-width=\"" +
             num(e.width + 6) + "\" stroke-linecap=\"round\" stroke-opacity=\"0.55\"/>";
    out += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + xml_escape(e.stroke) + "\" stroke-width=\"" +
           num(e.width) + "\"" + (e.dash.empty() ? "" : " stroke-dasharray=\"" + e.dash + "\"") +
           (e.arrow ? " marker-end=\"url(#" + marker_id(options, e.stroke) + ")\"" : "") + "/>";
    // A wide invisible stroke so the tie is easy to point at.
    if (options.interactive)
      out += "<path d=\"" + d + "\" fill=\"none\" stroke=\"#000000\" stroke-opacity=\"0\" stroke-width=\"9\"/>";
    out += "</g>\n";
  }
  for (const auto& n : s.nodes) {
    if (n.leader && !n.label.empty()) {
      const double lx = std::clamp(n.x, n.label_box.x, n.label_box.x + n.label_box.w);
      const double ly = std::clamp(n.y, n.label_box.y, n.label_box.y + n.label_box.h);
      out += "<line x1=\"" + num(n.x) + "\" y1=\"" + num(n.y) + "\" x2=\"" + num(lx) + "\" y2=\"" + num(ly) +
             "\" stroke=\"#9e9e9e\" stroke-width=\"0.8\"/>\n";
    }
  }
  for (const auto& n : s.nodes) {
    out += "<g" + data_attrs(options, "fl-node", n.key, n.date) + ">";
    if (!n.title.empty()) out += "<title>" + xml_escape(n.title) + "</title>";
    out += shape_svg(n.shape, n.x, n.y, n.r, n.fill, n.stroke, n.bold ? 3.0 : 1.5) + "</g>\n";
  }
  // Labels last, on a white halo so crossing ties do not hide them.
  for (const auto& n : s.nodes) {
    if (n.label.empty()) continue;
    const auto& b = n.label_box;
    out += "<g" + data_attrs(options, "fl-label", n.key, n.date) + ">";
    if (!n.title.empty()) out += "<title>" + xml_escape(n.title) + "</title>";
    out += "<rect x=\"" + num(b.x) + "\" y=\"" + num(b.y) + "\" width=\"" + num(b.w) + "\" height=\"" + num(b.h) +
           "\" fill=\"#ffffff\" fill-opacity=\"0.8\"/>";
    out +=
        text_svg(b.x + label_pad, b.y + s.font_size * 1.0, n.label, s.font_size, "start", "#212121", n.bold) + "</g>\n";
  }
  for (const auto& e : s.edges) {
    if (e.label.empty()) continue;
    const auto& b = e.label_box;
    out += "<g" + data_attrs(options, "fl-label", e.key, e.date) + ">";
    if (!e.title.empty()) out += "<title>" + xml_escape(e.title) + "</title>";
    out += "<rect x=\"" + num(b.x) + "\" y=\"" + num(b.y) + "\" width=\"" + num(b.w) + "\" height=\"" + num(b.h) +
           "\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>";
    out +=
        text_svg(b.x + label_pad, b.y + s.edge_font_size * 1.0, e.label, s.edge_font_size, "start", "#424242", false) +
        "</g>\n";
  }
  for (const auto& t : s.texts) {
    if (t.title.empty()) {
      out += text_svg(t.x, t.y, t.text, t.size, t.anchor, t.fill, t.bold) + "\n";
    } else {
      out += "<g><title>" + xml_escape(t.title) + "</title>" +
             text_svg(t.x, t.y, t.text, t.size, t.anchor, t.fill, t.bold) + "</g>\n";
    }
  }
  if (!legend_svg.empty()) out += "<g>" + legend_svg + "</g>\n";
  out += notes_svg.empty() ? std::string() : "<g>" + notes_svg + "</g>\n";
  out += "</svg>\n";
  return out;
}

}  // namespace faultline::render
