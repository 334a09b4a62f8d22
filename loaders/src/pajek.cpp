// SPDX-License-Identifier: Apache-2.0
// Pajek networks (.net) and projects (.paj), as written by Pajek and UCINET.
#include <algorithm>
#include <map>
#include <tuple>

#include <faultline/graph/error.hpp>
#include <faultline/loaders/edge_list.hpp>

#include "text_scan.hpp"

namespace faultline {
namespace {

// Whitespace-separated tokens; "..." is one token without its quotes.
std::vector<std::string_view> tokens(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
      ++i;
    if (i >= line.size()) break;
    if (line[i] == '"') {
      const auto close = line.find('"', i + 1);
      const auto end = close == std::string_view::npos ? line.size() : close;
      out.push_back(line.substr(i + 1, end - i - 1));
      i = end + 1;
    } else {
      const auto start = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t')
        ++i;
      out.push_back(line.substr(start, i - start));
    }
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

edge_list read_pajek(std::string_view bytes, const std::string& name, const edge_list_options& options) {
  bytes = detail::without_bom(bytes);
  detail::require_utf8(bytes, name);
  enum class section { none, vertices, arcs, edges, arcslist, edgeslist, matrix, skip };
  edge_list out;
  out.name = name;
  std::vector<std::uint8_t> arcs;  // per edge
  section current = section::none;
  std::size_t network_count = 0;
  bool selected = options.network.empty() || options.network == "1";
  bool any_network_header = false;
  bool finished = false;  // the selected network is complete
  std::size_t vertex_count = 0, matrix_row = 0;
  std::vector<std::string> network_names;
  std::size_t selected_number = 0;  // 1-based number of the *Network section read; 0 without *Network lines

  auto require_vertices = [&](std::size_t line_no, std::size_t v, std::size_t column) {
    if (v < 1 || v > vertex_count)
      throw parse_error({name, line_no, column}, "vertex " + std::to_string(v) + " does not exist: expected 1 to " +
                                                     std::to_string(vertex_count) +
                                                     (vertex_count == 0 ? " (no *Vertices line before the ties)" : ""));
  };
  auto vertex_number = [&](std::string_view token, std::size_t line_no) -> std::size_t {
    std::size_t v = 0;
    auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    if (ec != std::errc{} || ptr != token.data() + token.size())
      throw parse_error({name, line_no, 0}, "\"" + std::string(token) + "\" is not a vertex number");
    return v;
  };
  // Read undirected (options.directed false, the CLI's --undirected), an arc
  // is an edge, and an arc whose opposite arc of the same value came before
  // is that same edge: Pajek and UCINET write a symmetric network as both
  // arcs of each pair (Padgett's marriages: 40 arcs, 20 marriages). Key:
  // (from, to, value) of arcs still waiting for their opposite.
  std::map<std::tuple<std::size_t, std::size_t, double>, std::size_t> unpaired;
  auto add_tie = [&](std::size_t line_no, std::size_t a, std::size_t b, double w, bool arc) {
    require_vertices(line_no, a, 0);
    require_vertices(line_no, b, 0);
    if (arc && !options.directed) {
      arc = false;
      if (a != b) {
        if (auto it = unpaired.find({b, a, w}); it != unpaired.end()) {
          if (--it->second == 0) unpaired.erase(it);
          ++out.paired_arcs;
          return;
        }
        ++unpaired[{a, b, w}];
      }
    }
    out.source.push_back(static_cast<std::uint32_t>(a - 1));
    out.target.push_back(static_cast<std::uint32_t>(b - 1));
    out.weight.push_back(w);
    out.sign.push_back(static_cast<std::int8_t>(w > 0 ? 1 : w < 0 ? -1 : 0));
    arcs.push_back(arc ? 1 : 0);
  };

  std::size_t line_no = 0, pos = 0;
  while (pos < bytes.size() && !finished) {
    const auto nl = bytes.find('\n', pos);
    const auto raw = bytes.substr(pos, (nl == std::string_view::npos ? bytes.size() : nl) - pos);
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    ++line_no;
    const auto line = detail::trim(raw);
    if (line.empty() || line.front() == '%') continue;
    if (line.front() == '*') {
      const auto words = tokens(line);
      const auto keyword = lower(words.front());
      if (keyword == "*network") {
        if (any_network_header && selected && vertex_count > 0) {
          ++network_count;  // this next network, counted with those after it
          finished = true;
          break;
        }
        any_network_header = true;
        ++network_count;
        std::string title;
        for (std::size_t k = 1; k < words.size(); ++k) {
          if (k > 1) title += ' ';
          title += words[k];
        }
        network_names.push_back(title);
        selected = options.network.empty()
                       ? network_count == 1
                       : (options.network == std::to_string(network_count) || options.network == title ||
                          (words.size() > 1 && options.network == std::string(words.back())));
        if (selected) selected_number = network_count;
        current = section::skip;
        continue;
      }
      if (!selected) {
        current = section::skip;
        continue;
      }
      if (keyword == "*vertices") {
        if (words.size() < 2) throw parse_error({name, line_no, 1}, "*Vertices needs the number of vertices");
        vertex_count = vertex_number(words[1], line_no);
        // Checked before anything is allocated for them: vertices need not
        // be listed (an unlisted one is named by its number), so the file
        // bounds them only loosely, by one per byte of it or 2^20,
        // whichever is more; node numbers are 32-bit.
        constexpr std::size_t small_file_vertices = std::size_t{1} << 20;
        const std::size_t most = std::min<std::size_t>(std::max(small_file_vertices, bytes.size()), 0xFFFFFFFEu);
        if (vertex_count > most)
          throw parse_error({name, line_no, 1},
                            "*Vertices " + std::to_string(vertex_count) + " announces more vertices than a file of " +
                                std::to_string(bytes.size()) + " bytes can describe: at most " + std::to_string(most) +
                                " (one per byte of the file, or 1048576 in a smaller file)");
        out.nodes.resize(vertex_count);
        for (std::size_t v = 0; v < vertex_count; ++v)
          out.nodes[v] = std::to_string(v + 1);
        current = section::vertices;
      } else if (keyword == "*arcs")
        current = section::arcs;
      else if (keyword == "*edges")
        current = section::edges;
      else if (keyword == "*arcslist")
        current = section::arcslist;
      else if (keyword == "*edgeslist")
        current = section::edgeslist;
      else if (keyword == "*matrix") {
        current = section::matrix;
        matrix_row = 0;
      } else {
        current = section::skip;  // *Partition, *Vector, *Permutation, ...: not ties; the network is complete
        if (vertex_count > 0) finished = true;
      }
      continue;
    }
    const auto words = tokens(line);
    switch (current) {
      case section::none:
        throw parse_error({name, line_no, 1}, "expected a section line such as *Vertices, *Arcs or *Edges");
      case section::skip:
        break;
      case section::vertices: {
        const auto v = vertex_number(words[0], line_no);
        require_vertices(line_no, v, 1);
        if (words.size() > 1) out.nodes[v - 1] = std::string(words[1]);
        break;
      }
      case section::arcs:
      case section::edges: {
        if (words.size() < 2) throw parse_error({name, line_no, 1}, "expected `from to [weight]`");
        double w = 1.0;
        if (words.size() > 2 && (words[2].empty() || words[2].front() != '[')) {  // ("" is no weight)
          const auto parsed = detail::parse_double(words[2]);
          if (!parsed) throw parse_error({name, line_no, 0}, "\"" + std::string(words[2]) + "\" is not a weight");
          w = *parsed;
        }
        add_tie(line_no, vertex_number(words[0], line_no), vertex_number(words[1], line_no), w,
                current == section::arcs);
        break;
      }
      case section::arcslist:
      case section::edgeslist: {
        const auto from = vertex_number(words[0], line_no);
        for (std::size_t k = 1; k < words.size(); ++k)
          add_tie(line_no, from, vertex_number(words[k], line_no), 1.0, current == section::arcslist);
        break;
      }
      case section::matrix: {
        ++matrix_row;
        if (matrix_row > vertex_count)
          throw parse_error({name, line_no, 1},
                            "the matrix has more rows than the " + std::to_string(vertex_count) + " vertices");
        if (words.size() != vertex_count)
          throw parse_error({name, line_no, 1}, "a matrix row has " + std::to_string(words.size()) +
                                                    " values, expected " + std::to_string(vertex_count));
        for (std::size_t k = 0; k < words.size(); ++k) {
          const auto parsed = detail::parse_double(words[k]);
          if (!parsed) throw parse_error({name, line_no, 0}, "\"" + std::string(words[k]) + "\" is not a number");
          if (*parsed != 0.0) add_tie(line_no, matrix_row, k + 1, *parsed, true);
        }
        break;
      }
    }
  }
  // The networks after the one read, so that the answer can say "1 of 3".
  for (std::size_t at = pos; at < bytes.size();) {
    const auto nl = bytes.find('\n', at);
    const auto line = detail::trim(bytes.substr(at, (nl == std::string_view::npos ? bytes.size() : nl) - at));
    at = nl == std::string_view::npos ? bytes.size() : nl + 1;
    if (line.size() >= 8 && lower(line.substr(0, 8)) == "*network") ++network_count;
  }
  if (!options.network.empty() && !selected && !finished) {
    std::string known;
    for (std::size_t k = 0; k < network_names.size(); ++k)
      known += (k ? ", " : "") + std::to_string(k + 1) + " (" + network_names[k] + ")";
    throw parse_error({name, 0, 0}, "no network \"" + options.network + "\" in the file; it has: " + known);
  }
  if (vertex_count == 0) throw parse_error({name, line_no, 0}, "no *Vertices section: expected a Pajek network");
  out.network_count = network_count;
  if (selected_number > 0) {
    out.network_number = selected_number;
    out.network = network_names[selected_number - 1];
  }
  const bool all_arcs = std::all_of(arcs.begin(), arcs.end(), [](auto a) { return a == 1; });
  const bool all_edges = std::all_of(arcs.begin(), arcs.end(), [](auto a) { return a == 0; });
  out.directed = options.directed && (!all_edges || arcs.empty());
  if (!all_arcs && !all_edges) out.arc = std::move(arcs);
  return out;
}

}  // namespace faultline
