// SPDX-License-Identifier: Apache-2.0
#include "print/printers.hpp"

#include <algorithm>
#include <ostream>

namespace faultline::cli::print {

namespace {

// Display width: code points, not bytes (good enough for the scripts we print).
std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

void write_sources(std::ostream& out, const sources& s) {
  if (s.notes.empty()) return;
  out << "\nSources\n";
  for (const auto& n : s.notes) {
    out << "  [" << n.id << "] " << n.title;
    for (const auto* field : {&n.publisher, &n.date, &n.url})
      if (!field->empty()) out << ", " << *field;
    out << "\n";
  }
}

}  // namespace

void table::print(std::ostream& out) const {
  std::vector<std::size_t> widths(headers.size());
  for (std::size_t c = 0; c < headers.size(); ++c)
    widths[c] = width(headers[c]);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], width(row[c]));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < headers.size(); ++c) {
      const std::string cell = c < cells.size() ? cells[c] : "";
      text += cell;
      if (c + 1 < headers.size()) text += std::string(widths[c] - width(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    out << text << "\n";
  };
  line(headers);
  for (const auto& row : rows)
    line(row);
}

document& document::line(std::string s) {
  if (blocks.empty() || !std::holds_alternative<text>(blocks.back())) blocks.emplace_back(text{});
  std::get<text>(blocks.back()).lines.push_back(std::move(s));
  return *this;
}

document& document::add(table t) {
  blocks.emplace_back(std::move(t));
  return *this;
}

document& document::add_sources(const graph& g, const std::vector<source_index>& cited) {
  sources s;
  for (auto k : cited) {
    const auto& src = g.sources()[k];
    s.notes.push_back({src.id, src.title, src.publisher, src.published ? src.published->to_string() : "", src.url});
  }
  blocks.emplace_back(std::move(s));
  return *this;
}

void write_document(std::ostream& out, const document& doc) {
  for (const auto& b : doc.blocks) {
    if (const auto* t = std::get_if<text>(&b)) {
      for (const auto& l : t->lines)
        out << l << "\n";
    } else if (const auto* tab = std::get_if<table>(&b)) {
      tab->print(out);
    } else {
      write_sources(out, std::get<sources>(b));
    }
  }
}

void write_csv(std::ostream& out, const table& t) {
  auto cell = [](const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) {
      if (c == '"') q += '"';
      q += c;
    }
    return q + "\"";
  };
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c)
      out << (c ? "," : "") << cell(cells[c]);
    out << "\n";
  };
  line(t.headers);
  for (const auto& row : t.rows)
    line(row);
}

void write_json(std::ostream& out, const json_t& j) {
  // Imported text may hold bytes that are not UTF-8: replace them rather than fail.
  out << j.dump(2, ' ', false, json_t::error_handler_t::replace) << "\n";
}

void write_dot(std::ostream& out, const dot_graph& g) {
  out << faultline::write_dot(g);
}

std::string format_list(const std::vector<output_format>& formats) {
  std::string out;
  for (const auto& [name, f] : format_names)
    if (std::find(formats.begin(), formats.end(), f) != formats.end())
      out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

}  // namespace faultline::cli::print
