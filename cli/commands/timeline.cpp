// SPDX-License-Identifier: Apache-2.0
// `timeline`: the incidents in time order, each with its rung on the escalation ladder.
#include "commands/timeline.hpp"

namespace faultline::cli {
namespace {

std::string count_text(const std::optional<std::int64_t>& n) {
  return n ? std::to_string(*n) : "unknown";
}

std::vector<source_index> cited_by(const timeline_result& r) {
  std::vector<source_index> cited;
  for (const auto& row : r.rows)
    collect_sources(r.g->incidents()[row.entry.incident].prov, cited);
  return cited;
}

}  // namespace

void setup(CLI::App& sub, timeline_cli_options& o) {
  sub.add_option("--actor", o.actor, "Only incidents in which this actor plays a role")->type_name("ACTOR");
  sub.add_option("--from", o.from, "Only incidents still under way on or after this date")->type_name("DATE");
  sub.add_option("--to", o.to, "Only incidents that began on or before this date")->type_name("DATE");
}

timeline_result run(context& ctx, const timeline_cli_options& o) {
  ctx.require_scenario("timeline");
  timeline_result r;
  r.options.from = date_flag(o.from, "--from");
  r.options.to = date_flag(o.to, "--to");
  r.options.validate();
  const auto vo = ctx.view();
  // One columnar snapshot: only the incidents that may be in the window
  // (or the actor's) are read, from the date index or the actor's
  // postings, into a graph of their own with every actor and relation
  // (issue 15). The same rows as from the whole graph: an incident's rung
  // and parties depend on it and on the actors and relations only.
  r.part = ctx.window_graph({}, o.actor, r.options.from, r.options.to, context::window_rule::overlaps);
  const auto& g = r.part ? *r.part : ctx.load();
  const graph_view view(g, vo);
  if (!o.actor.empty()) r.options.actor = g.resolve_actor(o.actor);
  r.g = &g;
  r.input = ctx.input_description();
  r.globals = ctx.options;
  r.as_of = vo.as_of;
  for (const auto& e : timeline(view, r.options))
    r.rows.push_back({e, parties_of(view, e.incident), severity(view, e.incident)});
  return r;
}

json_t timeline_result::to_json() const {
  const graph& gr = *g;
  json_t j;
  j["input"] = input;
  j["filters"] = {{"actor", options.actor ? node_json(gr, node_ref{false, *options.actor}) : json_t(nullptr)},
                  {"from", options.from ? json_t(options.from->to_string()) : json_t(nullptr)},
                  {"to", options.to ? json_t(options.to->to_string()) : json_t(nullptr)},
                  {"as_of", as_of ? json_t(as_of->to_string()) : json_t(nullptr)},
                  {"min_confidence", globals.min_confidence},
                  {"min_mentions", globals.min_mentions},
                  {"min_sources", globals.min_sources},
                  {"root_events_only", globals.root_events_only}};
  json_t list = json_t::array();
  for (const auto& row : rows) {
    const auto i = row.entry.incident;
    const auto& inc = gr.incidents()[i];
    const auto& parties = row.parties;
    json_t x;
    x["date"] = inc.when.to_string();
    x["until"] = inc.until ? json_t(inc.until->to_string()) : json_t(nullptr);
    x["incident"] = node_json(gr, node_ref{true, i});
    x["type"] = inc.type;
    x["place"] = inc.where.name.empty() ? json_t(nullptr) : json_t(inc.where.name);
    x["country"] = inc.where.country.empty() ? json_t(nullptr) : json_t(inc.where.country);
    x["rung"] = rung_json(gr, i, row.severity);
    x["perpetrators"] = ids_json(gr, parties.perpetrators);
    x["claimed_by"] = ids_json(gr, parties.claimants);
    x["attributed_to"] = attributions_json(gr, parties.attributions);
    x["targets"] = ids_json(gr, parties.targets);
    x["victims"] = ids_json(gr, parties.victims);
    x["fatalities"] = inc.fatalities ? json_t(*inc.fatalities) : json_t(nullptr);
    x["injured"] = inc.injured ? json_t(*inc.injured) : json_t(nullptr);
    x["cameo"] = inc.cameo.empty() ? json_t(nullptr) : json_t(inc.cameo);
    x["goldstein"] = inc.goldstein ? json_t(*inc.goldstein) : json_t(nullptr);
    x["coding"] = coding_json(inc);
    x.update(provenance_json(gr, inc.prov));
    list.push_back(std::move(x));
  }
  j["incidents"] = std::move(list);
  j["sources"] = sources_json(gr, cited_by(*this));
  return j;
}

print::table timeline_result::to_csv() const {
  const graph& gr = *g;
  print::table t{{"date", "incident_id", "incident", "type", "rung", "perpetrators", "claimed_by", "attributed_to",
                  "targets", "fatalities", "cameo", "goldstein", "sources"},
                 {}};
  for (const auto& row : rows) {
    const auto& inc = gr.incidents()[row.entry.incident];
    const auto& p = row.parties;
    std::string when = inc.when.to_string();
    if (inc.until) when += " to " + inc.until->to_string();
    t.rows.push_back({when, inc.id, incident_title(inc), inc.type, rung_text(row.entry.rung),
                      names_text(gr, p.perpetrators), names_text(gr, p.claimants),
                      attributions_text(gr, p.attributions), names_text(gr, p.targets.empty() ? p.victims : p.targets),
                      count_text(inc.fatalities), inc.cameo, inc.goldstein ? decimal_text(*inc.goldstein) : "",
                      source_tags(gr, inc.prov)});
  }
  return t;
}

print::document timeline_result::to_document() const {
  const graph& gr = *g;
  std::string heading = "Timeline";
  if (options.actor) heading += " of " + label(gr, *options.actor);
  if (options.from && options.to)
    heading += " from " + options.from->to_string() + " to " + options.to->to_string();
  else if (options.from)
    heading += " from " + options.from->to_string();
  else if (options.to)
    heading += " to " + options.to->to_string();
  print::document doc;
  doc.line(heading + ": " + count_of(rows.size(), "incident"));
  if (rows.empty()) return doc;
  doc.line("");
  bool coded = false;  // any CAMEO code or Goldstein value to show
  for (const auto& row : rows) {
    const auto& inc = gr.incidents()[row.entry.incident];
    coded = coded || !inc.cameo.empty() || inc.goldstein.has_value();
  }
  // "by": the perpetrators, and who claimed it or is held responsible, each said as such.
  print::table people{{"date", "incident", "rung", "by", "targets", "fatalities", "sources"}, {}};
  if (coded)
    people.headers = {"date", "incident", "rung", "by", "targets", "fatalities", "CAMEO", "Goldstein", "sources"};
  const auto csv = to_csv();
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto& c = csv.rows[k];  // the same cells, by the CSV's column order
    const auto by = agents_text(gr, rows[k].parties);
    if (coded)
      people.rows.push_back({c[0], c[2], c[4], by, c[8], c[9], c[10], c[11], c[12]});
    else
      people.rows.push_back({c[0], c[2], c[4], by, c[8], c[9], c[12]});
  }
  doc.add(std::move(people));
  doc.add_sources(gr, cited_by(*this));
  return doc;
}

void add_timeline(CLI::App& app, context& ctx, int& status) {
  add_command<timeline_cli_options>(
      app, ctx, status, "timeline",
      "The incidents in time order, each with its rung on the escalation ladder, who against whom, fatalities and "
      "sources.\nPartial dates sort at the start of their month or year, and an incident always after those it "
      "responds to",
      setup, run);
}

}  // namespace faultline::cli
