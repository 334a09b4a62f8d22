// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <faultline/algorithms/path.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/loaders/dot.hpp>
#include <ostream>
#include <utility>

#include "commands.hpp"

namespace faultline::cli {
namespace {

struct path_cli_options {
  std::string from, to;
  std::vector<std::string> types;
  bool no_incidents = false;
  path_options algo;
};

const provenance& step_provenance(const graph& g, const path_step& s) {
  switch (s.kind) {
    case path_edge_kind::relation: return g.relations()[s.index].prov;
    case path_edge_kind::role: return role_provenance(g, s.index);
    case path_edge_kind::link: return link_provenance(g, s.index);
  }
  return g.relations()[s.index].prov;
}

// The edge in its own direction, e.g. "Iran —backs→ Harakat al-Nujaba".
std::string step_text(const graph& g, const path_step& s) {
  switch (s.kind) {
    case path_edge_kind::relation: return relation_text(g, s.index);
    case path_edge_kind::role: return role_text(g, s.index);
    case path_edge_kind::link: {
      const auto& l = g.links()[s.index];
      return incident_title(g.incidents()[l.from]) + " —" + std::string(to_string(l.kind)) + "→ " + incident_title(g.incidents()[l.to]);
    }
  }
  return "";
}

// The two ends of a step's fact in the order its text reads (subject, then
// object), whichever way the path walked it: "X —backs→ Y" is X to Y, "X
// carried out I" is X to I, "I targeted X" is I to X, "I —responds_to→ J" is I to J.
std::pair<node_ref, node_ref> fact_ends(const graph& g, const path_step& s) {
  switch (s.kind) {
    case path_edge_kind::relation: {
      const auto& r = g.relations()[s.index];
      return {node_ref{false, r.from}, node_ref{false, r.to}};
    }
    case path_edge_kind::role: {
      const auto& r = g.roles()[s.index];
      const node_ref actor{false, r.actor};
      const node_ref incident{true, r.incident};
      return actor_acts(r.kind) ? std::pair{actor, incident} : std::pair{incident, actor};
    }
    case path_edge_kind::link: {
      const auto& l = g.links()[s.index];
      return {node_ref{true, l.from}, node_ref{true, l.to}};
    }
  }
  return {s.from, s.to};
}

std::string_view kind_name(path_edge_kind k) {
  return k == path_edge_kind::relation ? "relation" : k == path_edge_kind::role ? "role" : "link";
}

}  // namespace

void add_path(CLI::App& app, context& ctx, int& status) {
  auto* cmd = app.add_subcommand("path",
                                 "How is one actor (or incident) connected to another: the shortest chains of relations, "
                                 "and of roles in incidents, between them");
  auto opt = std::make_shared<path_cli_options>();
  cmd->add_option("from", opt->from, "Id, name or alias where the path starts")->required();
  cmd->add_option("to", opt->to, "Id, name or alias where the path ends")->required();
  cmd->add_option("--types", opt->types, "Only these relation types (comma-separated), e.g. backs,allied_with")
      ->delimiter(',');
  cmd->add_flag("--no-incidents", opt->no_incidents, "Walk relations only, not through incidents");
  cmd->add_flag("--directed", opt->algo.directed, "Follow relations only in their stated direction");
  cmd->add_option("--max-paths", opt->algo.max_paths, "Show at most this many shortest paths")->capture_default_str();
  add_format_option(*cmd, ctx, "table, json, csv, dot, svg");
  cmd->callback([&ctx, &status, opt] {
    const auto fmt = ctx.format(
        {output_format::table, output_format::json, output_format::csv, output_format::dot, output_format::svg});
    opt->algo.through_incidents = !opt->no_incidents;
    const auto& g = ctx.load();
    auto vo = ctx.view();
    vo.relation_types = opt->types;
    const graph_view view(g, vo);
    const auto from = g.resolve(opt->from);
    const auto to = g.resolve(opt->to);
    const auto result = shortest_paths(view, from, to, opt->algo);
    status = result.paths.empty() ? exit_no_result : exit_ok;
    if (fmt == output_format::svg) {
      ctx.out << render::path_svg(view, result, ctx.picture());
      return;
    }
    std::vector<source_index> cited;
    for (const auto& p : result.paths)
      for (const auto& s : p) collect_sources(step_provenance(g, s), cited);
    if (fmt == output_format::json) {
      json_t j;
      j["from"] = node_json(g, from);
      j["to"] = node_json(g, to);
      j["length"] = result.paths.empty() ? json_t(nullptr) : json_t(result.paths.front().size());
      j["truncated"] = result.truncated;
      json_t paths = json_t::array();
      for (const auto& p : result.paths) {
        json_t steps = json_t::array();
        for (const auto& s : p) {
          json_t x;
          x["from"] = node_json(g, s.from);
          x["to"] = node_json(g, s.to);
          x["edge"] = std::string(kind_name(s.kind));
          x["forward"] = s.forward;
          x["fact"] = step_text(g, s);
          x.update(provenance_json(g, step_provenance(g, s)));
          steps.push_back(std::move(x));
        }
        paths.push_back(std::move(steps));
      }
      j["paths"] = std::move(paths);
      j["sources"] = sources_json(g, cited);
      ctx.out << j.dump(2) << "\n";
      return;
    }
    if (fmt == output_format::dot) {
      // A picture of the facts, not of the walks: a fact that several paths
      // share is one arrow, drawn the way its text reads.
      ctx.out << "digraph path {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n";
      std::vector<std::string> seen;
      std::vector<std::pair<path_edge_kind, std::uint32_t>> drawn;
      for (const auto& p : result.paths)
        for (const auto& s : p) {
          const std::pair fact{s.kind, s.index};
          if (std::find(drawn.begin(), drawn.end(), fact) != drawn.end()) continue;
          drawn.push_back(fact);
          const auto [tail, head] = fact_ends(g, s);
          for (auto n : {tail, head}) {
            const auto& id = g.id_of(n);
            if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
            seen.push_back(id);
            ctx.out << "  " << dot_quote(id) << " [label=" << dot_quote(g.name_of(n))
                    << (n.is_incident ? ", shape=note" : ", shape=box") << "];\n";
          }
          ctx.out << "  " << dot_quote(g.id_of(tail)) << " -> " << dot_quote(g.id_of(head))
                  << " [label=" << dot_quote(step_text(g, s)) << "];\n";
        }
      ctx.out << "}\n";
      return;
    }
    const std::vector<std::string> headers{"path", "step", "from", "to", "fact", "sources"};
    std::vector<std::vector<std::string>> rows;
    for (std::size_t p = 0; p < result.paths.size(); ++p)
      for (std::size_t k = 0; k < result.paths[p].size(); ++k) {
        const auto& s = result.paths[p][k];
        rows.push_back({std::to_string(p + 1), std::to_string(k + 1), label(g, s.from), label(g, s.to), step_text(g, s),
                        source_tags(g, step_provenance(g, s))});
      }
    if (fmt == output_format::csv) {
      print_csv(ctx.out, headers, rows);
      return;
    }
    if (result.paths.empty()) {
      ctx.out << label(g, from) << " and " << label(g, to) << " are not connected in this view\n";
      return;
    }
    ctx.out << "Shortest paths from " << label(g, from) << " to " << label(g, to) << ": length "
            << result.paths.front().size() << ", " << result.paths.size()
            << (result.truncated ? " shown (more exist: raise --max-paths)" : " found") << "\n\n";
    table people{{"path", "step", "fact", "sources"}, {}};
    for (const auto& row : rows) people.rows.push_back({row[0], row[1], row[4], row[5]});
    people.print(ctx.out);
    print_sources(ctx.out, g, cited);
  });
}

}  // namespace faultline::cli
