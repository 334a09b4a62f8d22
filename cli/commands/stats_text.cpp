// SPDX-License-Identifier: Apache-2.0
// `stats`'s table output: one column per dimension, the counts, a total row and what the figures mean.
#include <faultline/graph/coding.hpp>

#include "commands/stats.hpp"

namespace faultline::cli {
namespace {

// A grouping value for people: an actor's label, a dyad's two labels, or
// the text, with what an empty value means for its dimension.
std::string value_text(const graph& g, stats_dimension d, const stats_value& v) {
  switch (d) {
    case stats_dimension::actor:
      return v.actor == no_index ? "(no actor)" : label(g, v.actor);
    case stats_dimension::dyad:
      return v.actor == no_index ? "(no dyad)" : label(g, v.actor) + " – " + label(g, v.actor2);
    case stats_dimension::country: {
      if (v.text.empty()) return "(unknown)";
      const auto* c = coding::find_country_alpha2(v.text);
      return c != nullptr ? v.text + " " + std::string(c->name) : v.text;
    }
    case stats_dimension::type:
    case stats_dimension::event_type:
      return v.text.empty() ? "(none)" : v.text;
    default:
      return v.text;
  }
}

}  // namespace

print::document stats_cli_result::to_document() const {
  const graph& gr = *g;
  std::string by_text;
  for (const auto d : options.by)
    by_text += (by_text.empty() ? "" : ", ") + std::string(to_string(d));
  const bool per_actor = counts_per_actor(options.by);
  // The table: one column per dimension, the counts, and a total row.
  const auto& total = result.total;
  std::string heading = "Incidents by " + by_text;
  if (options.actor) heading += " involving " + label(gr, *options.actor);
  if (options.from && options.to)
    heading += " from " + options.from->to_string() + " to " + options.to->to_string();
  else if (options.from)
    heading += " from " + options.from->to_string();
  else if (options.to)
    heading += " to " + options.to->to_string();
  heading += ": " + count_of(total.incidents, "incident") + ", " + std::to_string(total.fatalities) + " killed";
  if (total.fatalities_unknown > 0)
    heading += " (fatalities unknown for " + std::to_string(total.fatalities_unknown) + ")";
  print::document doc;
  doc.line(heading);
  if (result.rows.empty()) return doc;
  doc.line("");
  const bool low_high = result.has_low_high;
  print::table t;
  for (const auto d : options.by)
    t.headers.emplace_back(to_string(d));
  t.headers.insert(t.headers.end(), {"incidents", "fatalities", "unknown"});
  if (low_high) t.headers.insert(t.headers.end(), {"low", "high"});
  const auto counts_cells = [&](std::vector<std::string>& r, const stats_counts& c) {
    r.insert(r.end(),
             {std::to_string(c.incidents), std::to_string(c.fatalities), std::to_string(c.fatalities_unknown)});
    if (low_high) r.insert(r.end(), {std::to_string(c.fatalities_low), std::to_string(c.fatalities_high)});
  };
  for (const auto& row : result.rows) {
    std::vector<std::string> r;
    for (std::size_t d = 0; d < options.by.size(); ++d)
      r.push_back(value_text(gr, options.by[d], row.key[d]));
    counts_cells(r, row.counts);
    t.rows.push_back(std::move(r));
  }
  std::vector<std::string> last(options.by.size(), "");
  last[0] = "total";
  counts_cells(last, total);
  t.rows.push_back(std::move(last));
  doc.add(std::move(t));
  doc.line("");
  doc.line(
      "fatalities: the best estimate, summed over the incidents that give one; unknown: incidents whose "
      "fatalities are unknown (not counted as zero).");
  if (low_high) {
    std::string line = "low, high: the dataset's low and high estimates";
    if (total.low_unknown > 0 || total.high_unknown > 0)
      line += ", summed over the incidents that give them (" + std::to_string(total.low_unknown) + " give no low, " +
              std::to_string(total.high_unknown) + " no high)";
    doc.line(line + ".");
  }
  if (per_actor)
    doc.line("An incident counts once for each actor (dyad) involved, so the rows add up to more than the total.");
  if (result.rows.size() < result.rows_before_top)
    doc.line("Showing " + std::to_string(result.rows.size()) + " of " + std::to_string(result.rows_before_top) +
             " rows (--top).");
  return doc;
}

}  // namespace faultline::cli
