// SPDX-License-Identifier: Apache-2.0
// `timeline`: the incidents in time order, each with its rung on the escalation ladder.
#include <faultline/algorithms/escalation.hpp>
#include <faultline/graph/error.hpp>
#include <ostream>

#include "commands.hpp"
#include "incident_text.hpp"

namespace faultline::cli {
namespace {

struct timeline_cli_options {
  std::string actor, from, to;
};

std::string count_text(const std::optional<std::int64_t>& n) {
  return n ? std::to_string(*n) : "unknown";
}

}  // namespace

void add_timeline(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand(
      "timeline",
      "The incidents in time order, each with its rung on the escalation ladder, who against whom, fatalities and "
      "sources.\nPartial dates sort at the start of their month or year, and an incident always after those it "
      "responds to");
  auto opt = std::make_shared<timeline_cli_options>();
  cmd->add_option("--actor", opt->actor, "Only incidents in which this actor plays a role")->type_name("ACTOR");
  cmd->add_option("--from", opt->from, "Only incidents still under way on or after this date")->type_name("DATE");
  cmd->add_option("--to", opt->to, "Only incidents that began on or before this date")->type_name("DATE");
  add_format_option(*cmd, ctx, "table, json, csv");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format({output_format::table, output_format::json, output_format::csv});
    ctx.require_scenario("timeline");
    timeline_options topt;
    topt.from = date_flag(opt->from, "--from");
    topt.to = date_flag(opt->to, "--to");
    topt.validate();
    const auto& g = ctx.load();
    const graph_view view(g, ctx.view());
    if (!opt->actor.empty()) topt.actor = g.resolve_actor(opt->actor);
    const auto entries = timeline(view, topt);
    status = entries.empty() ? exit_no_result : exit_ok;

    std::vector<source_index> cited;
    for (const auto& e : entries)
      collect_sources(g.incidents()[e.incident].prov, cited);
    if (fmt == output_format::json) {
      json_t j;
      j["input"] = ctx.input_description();
      const auto as_of = ctx.view().as_of;
      j["filters"] = {{"actor", topt.actor ? node_json(g, node_ref{false, *topt.actor}) : json_t(nullptr)},
                      {"from", topt.from ? json_t(topt.from->to_string()) : json_t(nullptr)},
                      {"to", topt.to ? json_t(topt.to->to_string()) : json_t(nullptr)},
                      {"as_of", as_of ? json_t(as_of->to_string()) : json_t(nullptr)},
                      {"min_confidence", ctx.options.min_confidence},
                      {"min_mentions", ctx.options.min_mentions},
                      {"min_sources", ctx.options.min_sources},
                      {"root_events_only", ctx.options.root_events_only}};
      json_t list = json_t::array();
      for (const auto& e : entries) {
        const auto& inc = g.incidents()[e.incident];
        const auto parties = parties_of(view, e.incident);
        json_t x;
        x["date"] = inc.when.to_string();
        x["until"] = inc.until ? json_t(inc.until->to_string()) : json_t(nullptr);
        x["incident"] = node_json(g, node_ref{true, e.incident});
        x["type"] = inc.type;
        x["place"] = inc.where.name.empty() ? json_t(nullptr) : json_t(inc.where.name);
        x["country"] = inc.where.country.empty() ? json_t(nullptr) : json_t(inc.where.country);
        x["rung"] = rung_json(g, e.incident, severity(view, e.incident));
        x["perpetrators"] = ids_json(g, parties.perpetrators);
        x["claimed_by"] = ids_json(g, parties.claimants);
        x["attributed_to"] = attributions_json(g, parties.attributions);
        x["targets"] = ids_json(g, parties.targets);
        x["victims"] = ids_json(g, parties.victims);
        x["fatalities"] = inc.fatalities ? json_t(*inc.fatalities) : json_t(nullptr);
        x["injured"] = inc.injured ? json_t(*inc.injured) : json_t(nullptr);
        x["cameo"] = inc.cameo.empty() ? json_t(nullptr) : json_t(inc.cameo);
        x["goldstein"] = inc.goldstein ? json_t(*inc.goldstein) : json_t(nullptr);
        x["coding"] = coding_json(inc);
        x.update(provenance_json(g, inc.prov));
        list.push_back(std::move(x));
      }
      j["incidents"] = std::move(list);
      j["sources"] = sources_json(g, cited);
      ctx.out << j.dump(2, ' ', false, json_t::error_handler_t::replace) << "\n";
      return;
    }
    const std::vector<std::string> headers{"date",       "incident_id", "incident",      "type",    "rung",
                                           "perpetrators", "claimed_by", "attributed_to", "targets", "fatalities",
                                           "cameo",      "goldstein",   "sources"};
    std::vector<std::vector<std::string>> rows;
    bool coded = false;  // any CAMEO code or Goldstein value to show
    for (const auto& e : entries) {
      const auto& inc = g.incidents()[e.incident];
      const auto parties = parties_of(view, e.incident);
      std::string when = inc.when.to_string();
      if (inc.until) when += " to " + inc.until->to_string();
      coded = coded || !inc.cameo.empty() || inc.goldstein.has_value();
      rows.push_back({when, inc.id, incident_title(inc), inc.type, rung_text(e.rung),
                      names_text(g, parties.perpetrators), names_text(g, parties.claimants),
                      attributions_text(g, parties.attributions),
                      names_text(g, parties.targets.empty() ? parties.victims : parties.targets),
                      count_text(inc.fatalities), inc.cameo, inc.goldstein ? decimal_text(*inc.goldstein) : "",
                      source_tags(g, inc.prov), agents_text(g, parties)});
    }
    if (fmt == output_format::csv) {
      for (auto& r : rows) r.pop_back();  // the table's "by" text
      print_csv(ctx.out, headers, rows);
      return;
    }
    ctx.out << "Timeline";
    if (topt.actor) ctx.out << " of " << label(g, *topt.actor);
    if (topt.from && topt.to)
      ctx.out << " from " << topt.from->to_string() << " to " << topt.to->to_string();
    else if (topt.from)
      ctx.out << " from " << topt.from->to_string();
    else if (topt.to)
      ctx.out << " to " << topt.to->to_string();
    ctx.out << ": " << count_of(entries.size(), "incident") << "\n";
    if (rows.empty()) return;
    ctx.out << "\n";
    // "by": the perpetrators, and who claimed it or is held responsible, each said as such.
    table people{{"date", "incident", "rung", "by", "targets", "fatalities", "sources"}, {}};
    if (coded) people.headers = {"date", "incident", "rung", "by", "targets", "fatalities", "CAMEO", "Goldstein", "sources"};
    for (const auto& r : rows) {
      if (coded) people.rows.push_back({r[0], r[2], r[4], r[13], r[8], r[9], r[10], r[11], r[12]});
      else people.rows.push_back({r[0], r[2], r[4], r[13], r[8], r[9], r[12]});
    }
    people.print(ctx.out);
    print_sources(ctx.out, g, cited);
  });
}

}  // namespace faultline::cli
