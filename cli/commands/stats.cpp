// SPDX-License-Identifier: Apache-2.0
// `stats`: counts of incidents and fatalities grouped by actor, dyad, month,
// year, type or country (faultline/algorithms/stats.hpp).
#include <algorithm>
#include <faultline/algorithms/stats.hpp>
#include <faultline/graph/coding.hpp>
#include <faultline/graph/error.hpp>
#include <ostream>

#include "commands.hpp"

namespace faultline::cli {
namespace {

struct stats_cli_options {
  std::vector<std::string> by{"month"};
  std::string from, to, actor, sort = "key";
  std::size_t top = 0;
};

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

bool counts_per_actor(const std::vector<stats_dimension>& by) {
  for (const auto d : by)
    if (d == stats_dimension::actor || d == stats_dimension::dyad) return true;
  return false;
}

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

void add_stats(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "stats",
      "Counts of incidents and their fatalities (best estimate; low and high where the dataset gives them, as UCDP "
      "GED does), grouped by actor, dyad, month, year, type, event type or country.\nIncidents whose fatalities are "
      "unknown are "
      "counted apart, never as zero. By actor (or dyad) an incident counts once for each actor (pair) involved, so "
      "the rows add up to more than the total");
  auto opt = std::make_shared<stats_cli_options>();
  cmd->add_option("--by", opt->by,
                  "What to group by: actor, dyad, month, year, type (faultline's incident type), event-type (the "
                  "dataset's own: ACLED event / sub-event type, UCDP type of violence, GDELT CAMEO code), country; "
                  "several, comma-separated, give one row per combination (e.g. month,type)")
      ->delimiter(',')
      ->type_name("DIM[,DIM…]")
      ->capture_default_str();
  cmd->add_option("--from", opt->from, "Only incidents dated on or after this date")->type_name("DATE");
  cmd->add_option("--to", opt->to, "Only incidents dated on or before this date")->type_name("DATE");
  cmd->add_option("--actor", opt->actor, "Only incidents this actor took part in")->type_name("ACTOR");
  cmd->add_option("--sort", opt->sort,
                  "Row order: key (time in order, names by id), incidents or fatalities (most first)")
      ->capture_default_str();
  cmd->add_option("--top", opt->top, "Only the first K rows after sorting (0: all); the total counts every incident")
      ->type_name("K")
      ->capture_default_str();
  add_format_option(*cmd, ctx, "table, json, csv");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format({output_format::table, output_format::json, output_format::csv});
    ctx.require_scenario("stats");
    stats_options so;
    so.by = parse_dimensions(opt->by);
    so.from = date_flag(opt->from, "--from");
    so.to = date_flag(opt->to, "--to");
    so.order = parse_order(opt->sort);
    so.top = opt->top;
    so.validate();
    const auto& g = ctx.load();
    const auto vo = ctx.view();
    const graph_view view(g, vo);
    if (!opt->actor.empty()) so.actor = g.resolve_actor(opt->actor);
    const auto result = incident_stats(view, so);
    status = result.total.incidents == 0 ? exit_no_result : exit_ok;

    std::string by_text;
    for (const auto d : so.by)
      by_text += (by_text.empty() ? "" : ", ") + std::string(to_string(d));
    const bool per_actor = counts_per_actor(so.by);

    if (fmt == output_format::json) {
      json_t j;
      j["input"] = ctx.input_description();
      json_t by = json_t::array();
      for (const auto d : so.by)
        by.push_back(std::string(to_string(d)));
      j["by"] = std::move(by);
      j["filters"] = {{"from", so.from ? json_t(so.from->to_string()) : json_t(nullptr)},
                      {"to", so.to ? json_t(so.to->to_string()) : json_t(nullptr)},
                      {"actor", so.actor ? node_json(g, node_ref{false, *so.actor}) : json_t(nullptr)},
                      {"as_of", vo.as_of ? json_t(vo.as_of->to_string()) : json_t(nullptr)},
                      {"min_confidence", vo.min_confidence},
                      {"min_mentions", vo.min_mentions},
                      {"min_sources", vo.min_sources},
                      {"root_events_only", vo.root_events_only}};
      j["sort"] = opt->sort;
      j["top"] = so.top == 0 ? json_t(nullptr) : json_t(so.top);
      j["rows_before_top"] = result.rows_before_top;
      json_t rows = json_t::array();
      for (const auto& row : result.rows) {
        json_t x;
        for (std::size_t d = 0; d < so.by.size(); ++d)
          x[key_name(so.by[d])] = value_json(g, so.by[d], row.key[d]);
        x.update(counts_json(row.counts));
        rows.push_back(std::move(x));
      }
      j["rows"] = std::move(rows);
      j["total"] = counts_json(result.total);
      j["counted_per_actor"] = per_actor;
      ctx.out << j.dump(2, ' ', false, json_t::error_handler_t::replace) << "\n";
      return;
    }

    if (fmt == output_format::csv) {
      std::vector<std::string> headers;
      for (const auto d : so.by) {
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
        for (std::size_t d = 0; d < so.by.size(); ++d) {
          const auto& v = row.key[d];
          const auto id = [&](actor_index a) { return a == no_index ? std::string() : g.actors()[a].id; };
          const auto name = [&](actor_index a) { return a == no_index ? std::string() : g.actors()[a].name; };
          if (so.by[d] == stats_dimension::actor)
            r.insert(r.end(), {id(v.actor), name(v.actor)});
          else if (so.by[d] == stats_dimension::dyad)
            r.insert(r.end(), {id(v.actor), name(v.actor), id(v.actor2), name(v.actor2)});
          else
            r.push_back(v.text);
        }
        const auto& c = row.counts;
        r.insert(r.end(),
                 {std::to_string(c.incidents), std::to_string(c.fatalities), std::to_string(c.fatalities_unknown),
                  std::to_string(c.fatalities_low), std::to_string(c.low_unknown), std::to_string(c.fatalities_high),
                  std::to_string(c.high_unknown)});
        rows.push_back(std::move(r));
      }
      print_csv(ctx.out, headers, rows);
      return;
    }

    // The table: one column per dimension, the counts, and a total row.
    const auto& total = result.total;
    ctx.out << "Incidents by " << by_text;
    if (so.actor) ctx.out << " involving " << label(g, *so.actor);
    if (so.from && so.to)
      ctx.out << " from " << so.from->to_string() << " to " << so.to->to_string();
    else if (so.from)
      ctx.out << " from " << so.from->to_string();
    else if (so.to)
      ctx.out << " to " << so.to->to_string();
    ctx.out << ": " << count_of(total.incidents, "incident") << ", " << total.fatalities << " killed";
    if (total.fatalities_unknown > 0) ctx.out << " (fatalities unknown for " << total.fatalities_unknown << ")";
    ctx.out << "\n";
    if (result.rows.empty()) return;
    ctx.out << "\n";
    const bool low_high = result.has_low_high;
    table t;
    for (const auto d : so.by)
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
      for (std::size_t d = 0; d < so.by.size(); ++d)
        r.push_back(value_text(g, so.by[d], row.key[d]));
      counts_cells(r, row.counts);
      t.rows.push_back(std::move(r));
    }
    std::vector<std::string> last(so.by.size(), "");
    last[0] = "total";
    counts_cells(last, total);
    t.rows.push_back(std::move(last));
    t.print(ctx.out);
    ctx.out << "\nfatalities: the best estimate, summed over the incidents that give one; unknown: incidents whose "
               "fatalities are unknown (not counted as zero).\n";
    if (low_high) {
      ctx.out << "low, high: the dataset's low and high estimates";
      if (total.low_unknown > 0 || total.high_unknown > 0)
        ctx.out << ", summed over the incidents that give them (" << total.low_unknown << " give no low, "
                << total.high_unknown << " no high)";
      ctx.out << ".\n";
    }
    if (per_actor)
      ctx.out << "An incident counts once for each actor (dyad) involved, so the rows add up to more than the total.\n";
    if (result.rows.size() < result.rows_before_top)
      ctx.out << "Showing " << result.rows.size() << " of " << result.rows_before_top << " rows (--top).\n";
  });
}

}  // namespace faultline::cli
