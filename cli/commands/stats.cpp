// SPDX-License-Identifier: Apache-2.0
// `stats`: counts of incidents and fatalities grouped by actor, dyad, month,
// year, type or country (faultline/algorithms/stats.hpp).
#include "commands/stats.hpp"

#include <algorithm>
#include <faultline/graph/error.hpp>

namespace faultline::cli {
namespace {

std::vector<stats_dimension> parse_dimensions(const std::vector<std::string>& names) {
  std::vector<stats_dimension> out;
  for (const auto& name : names) {
    const auto d = parse_stats_dimension(name);
    if (!d)
      throw usage_error("--by \"" + name +
                        "\" is not a dimension: expected actor, dyad, month, year, type, event-type or country");
    out.push_back(*d);
  }
  return out;
}

stats_order parse_order(const std::string& text) {
  if (text == "key") return stats_order::key;
  if (text == "incidents") return stats_order::incidents;
  if (text == "fatalities") return stats_order::fatalities;
  throw usage_error("--sort \"" + text + "\" is not an order: expected key, incidents or fatalities");
}

// A dimension's name as a JSON key or CSV column: "event_type", not "event-type".
std::string key_name(stats_dimension d) {
  std::string s(to_string(d));
  std::replace(s.begin(), s.end(), '-', '_');
  return s;
}

json_t value_json(const graph& g, stats_dimension d, const stats_value& v) {
  switch (d) {
    case stats_dimension::actor:
      return v.actor == no_index ? json_t(nullptr) : node_json(g, node_ref{false, v.actor});
    case stats_dimension::dyad:
      return v.actor == no_index
                 ? json_t(nullptr)
                 : json_t::array({node_json(g, node_ref{false, v.actor}), node_json(g, node_ref{false, v.actor2})});
    default:
      return v.text.empty() ? json_t(nullptr) : json_t(v.text);
  }
}

json_t counts_json(const stats_counts& c) {
  json_t j;
  j["incidents"] = c.incidents;
  j["fatalities"] = {{"best", c.fatalities},      {"unknown", c.fatalities_unknown},
                     {"low", c.fatalities_low},   {"low_unknown", c.low_unknown},
                     {"high", c.fatalities_high}, {"high_unknown", c.high_unknown}};
  return j;
}

}  // namespace

bool counts_per_actor(const std::vector<stats_dimension>& by) {
  for (const auto d : by)
    if (d == stats_dimension::actor || d == stats_dimension::dyad) return true;
  return false;
}

void setup(CLI::App& sub, stats_cli_options& o) {
  sub.add_option("--by", o.by,
                 "What to group by: actor, dyad, month, year, type (faultline's incident type), event-type (the "
                 "dataset's own: ACLED event / sub-event type, UCDP type of violence, GDELT CAMEO code), country; "
                 "several, comma-separated, give one row per combination (e.g. month,type)")
      ->delimiter(',')
      ->type_name("DIM[,DIM…]")
      ->capture_default_str();
  sub.add_option("--from", o.from, "Only incidents dated on or after this date")->type_name("DATE");
  sub.add_option("--to", o.to, "Only incidents dated on or before this date")->type_name("DATE");
  sub.add_option("--actor", o.actor, "Only incidents this actor took part in")->type_name("ACTOR");
  sub.add_option("--sort", o.sort, "Row order: key (time in order, names by id), incidents or fatalities (most first)")
      ->capture_default_str();
  sub.add_option("--top", o.top, "Only the first K rows after sorting (0: all); the total counts every incident")
      ->type_name("K")
      ->capture_default_str();
}

stats_cli_result run(context& ctx, const stats_cli_options& o) {
  ctx.require_scenario("stats");
  stats_options so;
  so.by = parse_dimensions(o.by);
  so.from = date_flag(o.from, "--from");
  so.to = date_flag(o.to, "--to");
  so.order = parse_order(o.sort);
  so.top = o.top;
  so.validate();
  // One columnar snapshot and an actor: only the incidents that may be
  // selected are read (date index, postings; issue 15). An incident within
  // [from, to] begins in it, so the window's candidates hold it.
  // Without an actor, the incidents of the window (or of the history) are
  // counted from the columns in one pass, none built into an object.
  std::shared_ptr<const graph> part;
  const auto vo = ctx.view();
  if (!o.actor.empty()) {
    part = ctx.window_graph({}, o.actor, so.from, so.to, context::window_rule::begins);
  } else if (auto store = ctx.columnar_input()) {
    part = context::rest_graph(*store);
    auto result = incident_stats(*store, *part, vo, so);
    return {part.get(), ctx.input_description(), so, vo, o.sort, std::move(result), part};
  }
  const auto& g = part ? *part : ctx.load();
  const graph_view view(g, vo);
  if (!o.actor.empty()) so.actor = g.resolve_actor(o.actor);
  auto result = incident_stats(view, so);
  return {&g, ctx.input_description(), so, vo, o.sort, std::move(result), std::move(part)};
}

json_t stats_cli_result::to_json() const {
  const graph& gr = *g;
  json_t j;
  j["input"] = input;
  json_t by = json_t::array();
  for (const auto d : options.by)
    by.push_back(std::string(to_string(d)));
  j["by"] = std::move(by);
  j["filters"] = {{"from", options.from ? json_t(options.from->to_string()) : json_t(nullptr)},
                  {"to", options.to ? json_t(options.to->to_string()) : json_t(nullptr)},
                  {"actor", options.actor ? node_json(gr, node_ref{false, *options.actor}) : json_t(nullptr)},
                  {"as_of", view.as_of ? json_t(view.as_of->to_string()) : json_t(nullptr)},
                  {"min_confidence", view.min_confidence},
                  {"min_mentions", view.min_mentions},
                  {"min_sources", view.min_sources},
                  {"root_events_only", view.root_events_only}};
  j["sort"] = sort;
  j["top"] = options.top == 0 ? json_t(nullptr) : json_t(options.top);
  j["rows_before_top"] = result.rows_before_top;
  json_t rows = json_t::array();
  for (const auto& row : result.rows) {
    json_t x;
    for (std::size_t d = 0; d < options.by.size(); ++d)
      x[key_name(options.by[d])] = value_json(gr, options.by[d], row.key[d]);
    x.update(counts_json(row.counts));
    rows.push_back(std::move(x));
  }
  j["rows"] = std::move(rows);
  j["total"] = counts_json(result.total);
  j["counted_per_actor"] = counts_per_actor(options.by);
  return j;
}

print::table stats_cli_result::to_csv() const {
  const graph& gr = *g;
  std::vector<std::string> headers;
  for (const auto d : options.by) {
    if (d == stats_dimension::actor)
      headers.insert(headers.end(), {"actor_id", "actor"});
    else if (d == stats_dimension::dyad)
      headers.insert(headers.end(), {"actor1_id", "actor1", "actor2_id", "actor2"});
    else
      headers.push_back(key_name(d));
  }
  headers.insert(headers.end(), {"incidents", "fatalities", "fatalities_unknown", "fatalities_low", "low_unknown",
                                 "fatalities_high", "high_unknown"});
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : result.rows) {
    std::vector<std::string> r;
    for (std::size_t d = 0; d < options.by.size(); ++d) {
      const auto& v = row.key[d];
      const auto id = [&](actor_index a) { return a == no_index ? std::string() : gr.actors()[a].id; };
      const auto name = [&](actor_index a) { return a == no_index ? std::string() : gr.actors()[a].name; };
      if (options.by[d] == stats_dimension::actor)
        r.insert(r.end(), {id(v.actor), name(v.actor)});
      else if (options.by[d] == stats_dimension::dyad)
        r.insert(r.end(), {id(v.actor), name(v.actor), id(v.actor2), name(v.actor2)});
      else
        r.push_back(v.text);
    }
    const auto& c = row.counts;
    r.insert(r.end(), {std::to_string(c.incidents), std::to_string(c.fatalities), std::to_string(c.fatalities_unknown),
                       std::to_string(c.fatalities_low), std::to_string(c.low_unknown),
                       std::to_string(c.fatalities_high), std::to_string(c.high_unknown)});
    rows.push_back(std::move(r));
  }
  return {headers, rows};
}

void add_stats(CLI::App& app, context& ctx, int& status) {
  add_command<stats_cli_options>(
      app, ctx, status, "stats",
      "Counts of incidents and their fatalities (best estimate; low and high where the dataset gives them, as UCDP "
      "GED does), grouped by actor, dyad, month, year, type, event type or country.\nIncidents whose fatalities are "
      "unknown are "
      "counted apart, never as zero. By actor (or dyad) an incident counts once for each actor (pair) involved, so "
      "the rows add up to more than the total",
      setup, run);
}

}  // namespace faultline::cli
