// SPDX-License-Identifier: Apache-2.0
// `centrality`'s output: the ranked table, CSV and JSON.
#include "commands/centrality.hpp"

namespace faultline::cli {

print::document centrality_cli_result::to_document() const {
  print::document doc;
  doc.line(title + " on " + input + ": " + description);
  if (!sources.empty())
    doc.line("Estimated from " + std::to_string(sources.size()) + " random sources (seed " +
             std::to_string(options.betweenness.seed) + ")");
  if (iterations != 0) doc.line("Converged in " + std::to_string(iterations) + " iterations");
  if (by_magnitude)
    doc.line("Ranked by magnitude |score|; the sign is the side of the main split (opposite signs, opposite sides)");
  if (empty()) {
    doc.line("No ties in this view: there is nothing to rank");
    return doc;
  }
  if (shown == 0) return doc;
  doc.line("");
  const auto& s = subject;
  print::table t;
  t.headers = edge_rows ? std::vector<std::string>{"rank", "from", "to", "score"}
                        : std::vector<std::string>{"rank", s.noun == "actors" ? "actor" : "node", "score"};
  for (std::size_t k = 0; k < shown; ++k) {
    if (edge_rows)
      t.rows.push_back({std::to_string(k + 1), s.label(rows[k].a), s.label(rows[k].b), score_text(rows[k].score)});
    else
      t.rows.push_back({std::to_string(k + 1), s.label(rows[k].a), score_text(rows[k].score)});
  }
  doc.add(std::move(t));
  if (shown < rows.size()) doc.line("(" + std::to_string(rows.size() - shown) + " more: raise --top)");
  return doc;
}

print::table centrality_cli_result::to_csv() const {
  const auto& s = subject;
  print::table t;
  t.headers = edge_rows ? std::vector<std::string>{"rank", "source", "target", "score"}
                        : std::vector<std::string>{"rank", "id", "name", "score"};
  for (std::size_t k = 0; k < shown; ++k) {
    if (edge_rows)
      t.rows.push_back({std::to_string(k + 1), s.id(rows[k].a), s.id(rows[k].b), score_text(rows[k].score)});
    else
      t.rows.push_back({std::to_string(k + 1), s.id(rows[k].a), s.node(rows[k].a)["name"].get<std::string>(),
                        score_text(rows[k].score)});
  }
  return t;
}

json_t centrality_cli_result::to_json() const {
  const auto& g = subject.graph;
  json_t j;
  j["metric"] = metric;
  j["input"] = input;
  j["graph"] = {{"directed", g.directed()},
                {subject.noun, g.vertex_count()},
                {"ties", g.edge_count()},
                {"weighted", weights_used},
                {"signed", g.is_signed()}};
  json_t o;
  o["layer"] = options.layers;
  o["as_of"] = as_of.empty() ? json_t(nullptr) : json_t(as_of);
  o["window"] = options.window.empty() ? json_t(nullptr) : json_t(options.window);
  o["incidents"] = options.view.incidents;
  o["min_events"] = options.view.min_events;
  o["normalized"] = options.normalized;
  j["options"] = o;
  j["ranked_by"] = by_magnitude ? "magnitude" : "score";
  j["iterations"] = iterations == 0 ? json_t(nullptr) : json_t(iterations);
  if (!sources.empty()) {
    json_t list = json_t::array();
    for (auto v : sources)
      list.push_back(subject.id(v));
    j["sources"] = list;
  }
  json_t list = json_t::array();
  for (std::size_t k = 0; k < shown; ++k) {
    json_t x;
    x["rank"] = k + 1;
    if (edge_rows) {
      x["source"] = subject.node(rows[k].a);
      x["target"] = subject.node(rows[k].b);
    } else {
      x["node"] = subject.node(rows[k].a);
    }
    x["score"] = rows[k].score;
    list.push_back(std::move(x));
  }
  j["scores"] = std::move(list);
  return j;
}

std::string centrality_cli_result::to_svg() const {
  const auto& s = subject;
  std::vector<render::ranked_bar> bars;
  for (std::size_t k = 0; k < shown; ++k)
    bars.push_back({edge_rows ? s.label(rows[k].a) + " \u2013 " + s.label(rows[k].b) : s.label(rows[k].a),
                    edge_rows ? std::string() : "actor:" + s.id(rows[k].a), rows[k].score});
  return render::bars_svg(bars, "Centrality: " + metric + " (" + input + ")", picture);
}

}  // namespace faultline::cli
