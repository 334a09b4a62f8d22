// SPDX-License-Identifier: Apache-2.0
// Time selection on dated edge lists (--as-of, --window with --edges):
// spans and dated ties are filtered one by one, a series of snapshots gives
// exactly one snapshot, never several counted together.
#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include <faultline/graph/error.hpp>
#include <faultline/loaders/edge_list.hpp>

namespace faultline {
namespace {

constexpr std::int32_t open_start = std::numeric_limits<std::int32_t>::min();
constexpr std::int32_t open_end = std::numeric_limits<std::int32_t>::max();

std::int32_t first_of(const date& d) noexcept {
  return d.valid() ? d.first_day() : open_start;
}
std::int32_t last_of(const date& d) noexcept {
  return d.valid() ? d.last_day() : open_end;
}
std::int32_t first_of(const std::optional<date>& d) noexcept {
  return d ? d->first_day() : open_start;
}
std::int32_t last_of(const std::optional<date>& d) noexcept {
  return d ? d->last_day() : open_end;
}

std::string window_text(const edge_time_filter& f) {
  return (f.from ? f.from->to_string() : std::string()) + ".." + (f.to ? f.to->to_string() : std::string());
}

// "46-49, 47-50, 48-51" (at most `most`, then "... (51 in all)").
std::string label_list(const std::vector<std::string>& labels, std::size_t most = 6) {
  std::string out;
  for (std::size_t k = 0; k < labels.size() && k < most; ++k)
    out += (k ? ", " : "") + labels[k];
  if (labels.size() > most) out += ", ... (" + std::to_string(labels.size()) + " in all)";
  return out;
}

// The snapshot to keep, by label, as-of date or window.
std::uint32_t choose_snapshot(const edge_list& edges, const edge_time_filter& filter, edge_time_selection& out) {
  const auto count = edges.snapshot_names.size();
  // Each snapshot's period: the rows of one label share it (the label is the period).
  std::vector<date> since(count), until(count);
  for (std::size_t e = 0; e < edges.edge_count(); ++e) {
    since[edges.snapshot[e]] = edges.since[e];
    until[edges.snapshot[e]] = edges.until[e];
  }
  if (!filter.snapshot.empty()) {
    if (filter.as_of) throw usage_error("Give --as-of or a window of " + edges.name + ", not both");
    const auto it = std::find(edges.snapshot_names.begin(), edges.snapshot_names.end(), filter.snapshot);
    if (it == edges.snapshot_names.end())
      throw usage_error("No window \"" + filter.snapshot + "\" in " + edges.name +
                        ": expected one of its window labels (" + label_list(edges.snapshot_names) + ") or FROM..TO");
    return static_cast<std::uint32_t>(it - edges.snapshot_names.begin());
  }
  if (filter.as_of) {
    if (filter.from || filter.to) throw usage_error("Give --as-of or --window with " + edges.name + ", not both");
    const auto day_first = filter.as_of->first_day(), day_last = filter.as_of->last_day();
    std::uint32_t best = std::numeric_limits<std::uint32_t>::max();
    for (std::uint32_t s = 0; s < count; ++s) {
      if (!(first_of(since[s]) <= day_last && last_of(until[s]) >= day_first)) continue;
      out.candidates.push_back(edges.snapshot_names[s]);
      if (best == std::numeric_limits<std::uint32_t>::max() || last_of(until[s]) < last_of(until[best]) ||
          (last_of(until[s]) == last_of(until[best]) && first_of(since[s]) > first_of(since[best])))
        best = s;
    }
    return best;  // none: no tie is kept
  }
  std::vector<std::uint32_t> inside;
  for (std::uint32_t s = 0; s < count; ++s)
    if (first_of(since[s]) >= first_of(filter.from) && last_of(until[s]) <= last_of(filter.to)) inside.push_back(s);
  if (inside.size() > 1) {
    std::vector<std::string> names;
    for (auto s : inside)
      names.push_back(edges.snapshot_names[s]);
    throw usage_error("--window " + window_text(filter) + " holds " + std::to_string(inside.size()) + " windows of " +
                      edges.name + " (" + label_list(names) +
                      "), whose ties would be counted together: give one, e.g. --window " + names.front());
  }
  return inside.empty() ? std::numeric_limits<std::uint32_t>::max() : inside.front();
}

}  // namespace

edge_time_selection select_edges_in_time(const edge_list& edges, const edge_time_filter& filter) {
  edge_time_selection out;
  out.ties_before = edges.edge_count();
  if (edges.time == edge_time::none)
    throw usage_error("--as-of and --window select dated ties, and " + edges.name +
                      " has none: its header names no date, year, since, until or window column");
  if (!filter.snapshot.empty() && edges.time != edge_time::snapshots)
    throw usage_error("\"" + filter.snapshot + "\" is not a window FROM..TO, and " + edges.name +
                      " has no window column whose label it could be");

  std::vector<char> keep(edges.edge_count(), 0);
  if (edges.time == edge_time::snapshots) {
    const auto chosen = choose_snapshot(edges, filter, out);
    if (chosen < edges.snapshot_names.size()) out.snapshot = edges.snapshot_names[chosen];
    for (std::size_t e = 0; e < edges.edge_count(); ++e)
      keep[e] = edges.snapshot[e] == chosen;
  } else {
    for (std::size_t e = 0; e < edges.edge_count(); ++e) {
      const auto first = first_of(edges.since[e]), last = last_of(edges.until[e]);
      bool kept = true;
      if (filter.as_of) {
        // A dated tie holds once it happened, as an incident that began by then; a span while it lasts.
        kept =
            first <= filter.as_of->last_day() && (edges.time == edge_time::dated || last >= filter.as_of->first_day());
      }
      if (kept && (filter.from || filter.to)) kept = first <= last_of(filter.to) && last >= first_of(filter.from);
      keep[e] = kept ? 1 : 0;
    }
  }

  // Copy the kept ties; nodes are those of kept ties, in their old order.
  edge_list& r = out.edges;
  r.name = edges.name;
  r.directed = edges.directed;
  r.type_names = edges.type_names;
  r.extra_columns = edges.extra_columns;
  r.extra_values.resize(edges.extra_values.size());
  r.network = edges.network;
  r.network_number = edges.network_number;
  r.network_count = edges.network_count;
  r.paired_arcs = edges.paired_arcs;
  r.time = edges.time;
  r.snapshot_names = edges.snapshot_names;
  std::vector<std::uint32_t> renumber(edges.node_count(), std::numeric_limits<std::uint32_t>::max());
  for (std::size_t e = 0; e < edges.edge_count(); ++e)
    if (keep[e]) renumber[edges.source[e]] = renumber[edges.target[e]] = 0;
  for (std::size_t v = 0; v < edges.node_count(); ++v) {
    if (renumber[v] != 0) continue;
    renumber[v] = static_cast<std::uint32_t>(r.nodes.size());
    r.nodes.push_back(edges.nodes[v]);
    if (!edges.labels.empty()) r.labels.push_back(v < edges.labels.size() ? edges.labels[v] : std::string());
  }
  for (std::size_t e = 0; e < edges.edge_count(); ++e) {
    if (!keep[e]) continue;
    r.source.push_back(renumber[edges.source[e]]);
    r.target.push_back(renumber[edges.target[e]]);
    if (!edges.weight.empty()) r.weight.push_back(edges.weight[e]);
    if (!edges.sign.empty()) r.sign.push_back(edges.sign[e]);
    if (!edges.type.empty()) r.type.push_back(edges.type[e]);
    if (!edges.date.empty()) r.date.push_back(edges.date[e]);
    if (!edges.arc.empty()) r.arc.push_back(edges.arc[e]);
    r.since.push_back(edges.since[e]);
    r.until.push_back(edges.until[e]);
    if (!edges.snapshot.empty()) r.snapshot.push_back(edges.snapshot[e]);
    for (std::size_t c = 0; c < edges.extra_values.size(); ++c)
      r.extra_values[c].push_back(edges.extra_values[c][e]);
  }
  return out;
}

}  // namespace faultline
