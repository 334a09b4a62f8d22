// SPDX-License-Identifier: Apache-2.0
#include <faultline/render/report.hpp>

#include <algorithm>
#include <faultline/algorithms/backers.hpp>
#include <faultline/algorithms/blocs.hpp>
#include <faultline/algorithms/centrality.hpp>
#include <faultline/algorithms/signed_graph.hpp>
#include <faultline/graph/compact.hpp>
#include <faultline/graph/error.hpp>
#include <faultline/graph/ladder.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>

#include "text.hpp"

namespace faultline::render {
namespace {

using json = nlohmann::ordered_json;
using detail::decimal;

std::string h(std::string_view text) {
  return xml_escape(text);
}

// An SVG document as an inline element: without its XML declaration.
std::string inline_svg(std::string svg) {
  if (svg.starts_with("<?xml")) svg.erase(0, svg.find('\n') + 1);
  return svg;
}

std::string left_out(std::size_t shown, std::size_t total, const std::string& what) {
  if (shown >= total) return {};
  return "<p class=\"fl-cap\">Showing " + std::to_string(shown) + " of " + std::to_string(total) + " " + what + "; " +
         std::to_string(total - shown) + " left out.</p>\n";
}

const char* const style = R"CSS(
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;margin:0;color:#212121;background:#fff}
header{background:#263238;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:22px}
main{margin-right:340px;padding:8px 24px 40px}
section{margin:18px 0 28px}
h2{font-size:18px;border-bottom:2px solid #eceff1;padding-bottom:4px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
th,td{border:1px solid #e0e0e0;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5}
.fl-picture{overflow:auto;max-width:100%;border:1px solid #eceff1;margin:8px 0}
.fl-picture svg{display:block;max-width:100%;height:auto}
.fl-cap{color:#b71c1c;font-size:13px}
.fl-muted{color:#616161;font-size:13px}
#fl-panel{position:fixed;top:0;right:0;width:316px;height:100%;overflow:auto;background:#fafafa;
  border-left:1px solid #cfd8dc;padding:12px;box-sizing:border-box;font-size:13px}
#fl-panel h3{margin:4px 0 8px;font-size:15px}
#fl-panel ul{padding-left:18px}
#fl-filter{background:#eceff1;padding:8px 12px;margin:10px 0;font-size:13px}
[data-key]{cursor:pointer}
.fl-highlight{outline:2px solid #ff9800}
)CSS";

const char* const script = R"JS(
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("fl-data").textContent);
  var panel = document.getElementById("fl-panel-body");
  function add(parent, tag, text) {
    var el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    parent.appendChild(el);
    return el;
  }
  function show(key) {
    var item = data.items[key];
    if (!item) return;
    panel.textContent = "";
    add(panel, "h3", item.title);
    if (item.facts && item.facts.length) {
      var ul = add(panel, "ul");
      item.facts.forEach(function (f) { add(ul, "li", f); });
    }
    if (item.sources && item.sources.length) {
      add(panel, "h4", "Sources");
      var ol = add(panel, "ul");
      item.sources.forEach(function (id) {
        var s = data.sources[id];
        var li = add(ol, "li");
        if (!s) { li.textContent = id; return; }
        if (s.url) {
          var a = add(li, "a", "[" + id + "] " + (s.title || s.url));
          a.href = s.url;
        } else {
          li.textContent = "[" + id + "] " + (s.title || "");
        }
        if (s.date) add(li, "span", ", " + s.date);
      });
    }
    panel.setAttribute("data-shown", key);
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target;
    while (el && el !== document && !(el.getAttribute && el.getAttribute("data-key"))) el = el.parentNode;
    if (el && el !== document) show(el.getAttribute("data-key"));
  });
  function bounds(d) {
    if (d.length === 4) return [d + "-01-01", d + "-12-31"];
    if (d.length === 7) return [d + "-01", d + "-31"];
    return [d, d];
  }
  function filter() {
    var from = document.getElementById("fl-from").value;
    var to = document.getElementById("fl-to").value;
    var all = document.querySelectorAll("[data-date]");
    var shown = 0;
    for (var i = 0; i < all.length; i++) {
      var b = bounds(all[i].getAttribute("data-date"));
      var hide = (from && b[1] < from) || (to && b[0] > to);
      all[i].style.display = hide ? "none" : "";
      if (!hide) shown++;
    }
    document.getElementById("fl-count").textContent = shown + " of " + all.length + " dated items shown";
  }
  document.getElementById("fl-from").addEventListener("input", filter);
  document.getElementById("fl-to").addEventListener("input", filter);
  document.getElementById("fl-from").addEventListener("change", filter);
  document.getElementById("fl-to").addEventListener("change", filter);
  document.getElementById("fl-reset").addEventListener("click", function () {
    document.getElementById("fl-from").value = "";
    document.getElementById("fl-to").value = "";
    filter();
  });
  filter();
  window.faultlineReport = { show: show, filter: filter, data: data };
})();
)JS";

struct report_builder {
  const graph_view& view;
  const graph& g;
  const report_options& o;
  json items = json::object();
  std::set<source_index> cited;

  void cite(const provenance& p) {
    for (auto s : p.sources)
      cited.insert(s);
  }
  json source_ids(const provenance& p) {
    json out = json::array();
    for (auto s : p.sources)
      out.push_back(g.sources()[s].id);
    cite(p);
    return out;
  }
  void add_sources(json& list, const provenance& p) {
    for (auto s : p.sources) {
      const auto& id = g.sources()[s].id;
      if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    }
    cite(p);
  }

  void describe_actor(actor_index a) {
    const auto& x = g.actors()[a];
    const std::string key = "actor:" + x.id;
    if (items.contains(key)) return;
    json item;
    item["title"] = x.name + " (" + x.id + ")";
    json facts = json::array({detail::kind_text(x)});
    if (!x.description.empty()) facts.push_back(x.description);
    if (!x.aliases.empty()) {
      std::string al;
      for (const auto& s : x.aliases)
        al += (al.empty() ? "" : ", ") + s;
      facts.push_back("also known as " + al);
    }
    json sources = json::array();
    add_sources(sources, x.prov);
    std::size_t shown = 0, total = 0;
    for (auto list : {g.out_relations(a), g.in_relations(a)})
      for (auto r : list) {
        if (!view.keeps_relation(r)) continue;
        ++total;
        if (shown < 20) {
          facts.push_back(relation_text(g, r) + detail::source_tags(g, g.relations()[r].prov));
          add_sources(sources, g.relations()[r].prov);
          ++shown;
        }
      }
    std::size_t roles = 0;
    for (auto k : g.roles_of_actor(a)) {
      if (!view.keeps_role(k)) continue;
      if (roles < 10) facts.push_back(g.incidents()[g.roles()[k].incident].when.to_string() + ": " + role_text(g, k));
      ++roles;
    }
    if (total > shown) facts.push_back("… " + std::to_string(total - shown) + " more relations");
    if (roles > 10) facts.push_back("… " + std::to_string(roles - 10) + " more incident roles");
    item["facts"] = std::move(facts);
    item["sources"] = std::move(sources);
    items[key] = std::move(item);
  }

  void describe_incident(incident_index i) {
    const auto& inc = g.incidents()[i];
    const std::string key = "incident:" + inc.id;
    if (items.contains(key)) return;
    json item;
    item["title"] = incident_title(inc) + " (" + inc.id + ")";
    json facts = json::array();
    std::string when = inc.when.to_string() + (inc.until ? " to " + inc.until->to_string() : std::string());
    if (!inc.type.empty()) when += ", " + inc.type;
    facts.push_back(when);
    if (!inc.where.name.empty() || !inc.where.country.empty())
      facts.push_back("place: " + inc.where.name + (inc.where.country.empty() ? "" : " (" + inc.where.country + ")"));
    if (inc.fatalities) facts.push_back("fatalities: " + std::to_string(*inc.fatalities));
    if (!inc.description.empty()) facts.push_back(inc.description);
    json sources = json::array();
    add_sources(sources, inc.prov);
    for (auto k : g.roles_of_incident(i))
      if (view.keeps_role(k)) {
        facts.push_back(role_text(g, k));
        add_sources(sources, g.roles()[k].prov);
      }
    if (!inc.coding.source_text.empty()) facts.push_back("dataset source: " + inc.coding.source_text);
    item["facts"] = std::move(facts);
    item["sources"] = std::move(sources);
    items[key] = std::move(item);
  }

  // Hover data for everything a scene draws: nodes from the graph, ties from their titles.
  void describe(const scene& s) {
    for (const auto& n : s.nodes) {
      if (n.key.starts_with("actor:")) {
        if (auto r = g.find_id(n.key.substr(6)); r && !r->is_incident) describe_actor(r->index);
      } else if (n.key.starts_with("incident:")) {
        if (auto r = g.find_id(n.key.substr(9)); r && r->is_incident) describe_incident(r->index);
      }
    }
    for (const auto& e : s.edges) {
      if (e.key.empty() || items.contains(e.key)) continue;
      json facts = json::array();
      std::string rest = e.title;
      std::string first;
      for (std::size_t at = 0; at <= rest.size();) {
        const auto nl = rest.find('\n', at);
        const auto line = rest.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
        if (first.empty())
          first = line;
        else
          facts.push_back(line);
        if (nl == std::string::npos) break;
        at = nl + 1;
      }
      json sources = json::array();
      // Source tags "[a, b]" at the end of a fact name the sources.
      for (const auto& f : facts) {
        const std::string text = f.get<std::string>();
        const auto open = text.rfind(" [");
        if (open == std::string::npos || !text.ends_with("]")) continue;
        std::string ids = text.substr(open + 2, text.size() - open - 3);
        for (std::size_t at = 0; at <= ids.size();) {
          const auto comma = ids.find(", ", at);
          const auto id = ids.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
          for (source_index k = 0; k < g.sources().size(); ++k)
            if (g.sources()[k].id == id) {
              if (std::find(sources.begin(), sources.end(), id) == sources.end()) sources.push_back(id);
              cited.insert(k);
              break;
            }
          if (comma == std::string::npos) break;
          at = comma + 2;
        }
      }
      items[e.key] = {{"title", first}, {"facts", std::move(facts)}, {"sources", std::move(sources)}};
    }
  }

  std::string picture(const scene& s, const std::string& prefix) {
    describe(s);
    svg_options so;
    so.id_prefix = prefix;
    so.interactive = true;
    return "<div class=\"fl-picture\">" + inline_svg(write_svg(s, so)) + "</div>\n";
  }

  std::string actor_cell(actor_index a) {
    describe_actor(a);
    const auto& x = g.actors()[a];
    return "<span data-key=\"actor:" + h(x.id) + "\">" + h(x.name) + "</span>";
  }
};

std::string anchor_for(const source& s) {
  const bool web = s.url.starts_with("http://") || s.url.starts_with("https://");
  std::string out = "[" + h(s.id) + "] ";
  if (web)
    out += "<a href=\"" + h(s.url) + "\">" + h(s.title.empty() ? s.url : s.title) + "</a>";
  else
    out += h(s.title.empty() ? s.url : s.title);
  if (!s.publisher.empty()) out += ", " + h(s.publisher);
  if (s.published) out += ", " + h(s.published->to_string());
  if (!web && !s.url.empty() && !s.title.empty()) out += " (" + h(s.url) + ")";
  return out;
}

}  // namespace

void report_options::validate() const {
  picture.validate();
  escalation.validate();
  if (chains == 0) throw usage_error("The report needs at least one escalation chain (chains)");
}

std::string html_report(const graph_view& view, const report_options& options) {
  options.validate();
  const auto& g = view.base();
  report_builder rb{view, g, options, json::object(), {}};
  std::string body;

  // --- What is loaded
  std::size_t kinds[3] = {};
  for (const auto& a : g.actors())
    ++kinds[static_cast<int>(a.kind) % 3];
  std::size_t incidents = 0, relations = 0, roles = 0, links = 0;
  std::optional<std::int32_t> first, last;
  for (incident_index i = 0; i < g.incidents().size(); ++i)
    if (view.keeps_incident(i)) {
      ++incidents;
      const auto d = g.incidents()[i].when.first_day();
      first = first ? std::min(*first, d) : d;
      last = last ? std::max(*last, d) : d;
    }
  for (relation_index r = 0; r < g.relations().size(); ++r)
    relations += view.keeps_relation(r) ? 1 : 0;
  for (std::uint32_t k = 0; k < g.roles().size(); ++k)
    roles += view.keeps_role(k) ? 1 : 0;
  for (std::uint32_t k = 0; k < g.links().size(); ++k)
    links += view.keeps_link(k) ? 1 : 0;
  body += "<section id=\"fl-loaded\"><h2>What is loaded</h2>\n<p>" + h(options.input_description) + "</p>\n";
  if (!g.data().scenarios.empty()) {
    body += "<ul>\n";
    for (const auto& s : g.data().scenarios)
      body += "<li>" + h(s.id) + (s.title.empty() ? "" : ": " + h(s.title)) +
              (s.as_of ? " (as of " + h(s.as_of->to_string()) + ")" : "") + "</li>\n";
    body += "</ul>\n";
  }
  body += "<table><tr><th>what</th><th>count</th></tr>\n";
  const std::pair<const char*, std::size_t> counts[] = {
      {"actors", g.actors().size()}, {"states", kinds[0]},      {"groups", kinds[1]},
      {"persons", kinds[2]},         {"incidents", incidents},  {"relations", relations},
      {"incident roles", roles},     {"incident links", links}, {"sources", g.sources().size()}};
  for (const auto& [what, n] : counts)
    body += "<tr><td>" + std::string(what) + "</td><td>" + std::to_string(n) + "</td></tr>\n";
  body += "</table>\n";
  if (first)
    body += "<p>Incidents from " + date::from_days(*first).to_string() + " to " + date::from_days(*last).to_string() +
            ".</p>\n";
  if (view.options().as_of) body += "<p>As of " + view.options().as_of->to_string() + ".</p>\n";
  body += "</section>\n";

  // --- Actor graph
  body += "<section id=\"fl-graph\"><h2>Actor graph</h2>\n" +
          rb.picture(actor_graph_scene(view, options.picture), "fl-graph-") + "</section>\n";

  // --- Key actors with backers and proxies
  std::vector<std::size_t> degree(g.actors().size(), 0);
  for (relation_index r = 0; r < g.relations().size(); ++r)
    if (view.keeps_relation(r)) {
      ++degree[g.relations()[r].from];
      ++degree[g.relations()[r].to];
    }
  for (std::uint32_t k = 0; k < g.roles().size(); ++k)
    if (view.keeps_role(k)) ++degree[g.roles()[k].actor];
  std::vector<actor_index> key(g.actors().size());
  std::iota(key.begin(), key.end(), 0U);
  std::stable_sort(key.begin(), key.end(), [&](auto a, auto b) { return degree[a] > degree[b]; });
  const std::size_t key_total = key.size();
  if (key.size() > options.key_actors) key.resize(options.key_actors);
  body += "<section id=\"fl-actors\"><h2>Key actors, their backers and proxies</h2>\n";
  body +=
      "<p class=\"fl-muted\">Actors with the most relations and incident roles. Backing as `faultline backers` "
      "and `proxies` find it (direct and indirect, at most 3 steps); the number is the chain's strength.</p>\n";
  body +=
      "<table "
      "class=\"fl-key-actors\"><tr><th>actor</th><th>kind</th><th>ties</th><th>backers</th><th>proxies</th></tr>\n";
  actor_index most_backed = no_index;
  std::size_t most_backers = 0;
  backing_result most_backed_result;
  for (auto a : key) {
    const auto b = backers(view, a);
    const auto p = proxies(view, a);
    auto list = [&](const backing_result& r) {
      std::string out;
      std::size_t n = 0;
      for (const auto& ans : r.answers) {
        if (n++ == 8) {
          out += ", … " + std::to_string(r.answers.size() - 8) + " more";
          break;
        }
        out += (out.empty() ? "" : ", ") + rb.actor_cell(ans.actor) + " (" + decimal(ans.strength) + ")";
      }
      return out.empty() ? std::string("—") : out;
    };
    body += "<tr><td>" + rb.actor_cell(a) + "</td><td>" + h(detail::kind_text(g.actors()[a])) + "</td><td>" +
            std::to_string(degree[a]) + "</td><td>" + list(b) + "</td><td>" + list(p) + "</td></tr>\n";
    if (b.answers.size() > most_backers) {
      most_backers = b.answers.size();
      most_backed = a;
      most_backed_result = b;
    }
  }
  body += "</table>\n" + left_out(key.size(), key_total, "actors");
  if (most_backed != no_index)
    body += "<h3>Backers of " + h(g.actors()[most_backed].name) + "</h3>\n" +
            rb.picture(backing_scene(view, most_backed_result, false, options.picture), "fl-backers-");
  body += "</section>\n";

  // --- Escalation
  auto eo = options.escalation;
  eo.max_chains = options.chains;
  const auto eg = retaliation_links(view, eo);
  const auto chains = top_chains(view, eg, eo);
  body += "<section id=\"fl-escalation\"><h2>Escalation chains</h2>\n";
  body += "<p class=\"fl-muted\">The most escalatory chains (as `faultline escalation --top " +
          std::to_string(options.chains) +
          "`): each incident answers the one before it; x is the date, y the rung of the escalation ladder.</p>\n";
  body += rb.picture(escalation_scene(view, eg, chains, options.picture), "fl-chains-");
  body +=
      "<table class=\"fl-chains\"><tr><th>chain</th><th>score</th><th>date</th><th>incident</th><th>rung</th><th>why "
      "linked</th></tr>\n";
  for (std::size_t c = 0; c < chains.chains.size(); ++c) {
    const auto& ch = chains.chains[c];
    for (std::size_t k = 0; k < ch.incidents.size(); ++k) {
      const auto i = ch.incidents[k];
      const auto& inc = g.incidents()[i];
      rb.describe_incident(i);
      const rung_level rung = eg.rungs[i] ? eg.rungs[i] : lowest_rung;
      body += "<tr data-date=\"" + h(inc.when.to_string()) + "\"><td>" + std::to_string(c + 1) + "</td><td>" +
              (k == 0 ? decimal(ch.score) : std::string()) + "</td><td>" + h(inc.when.to_string()) +
              "</td><td><span data-key=\"incident:" + h(inc.id) + "\">" + h(incident_title(inc)) + "</span></td><td>" +
              std::to_string(rung) + " " + std::string(rung_at(rung).id) + "</td><td>" +
              (k == 0 ? std::string("start") : h(detail::link_reason_long(g, eg.links[ch.links[k - 1]]))) +
              "</td></tr>\n";
    }
  }
  body += "</table>\n";
  if (chains.chains.empty()) body += "<p>No escalation chain found.</p>\n";
  body += "</section>\n";

  // --- Blocs and tensions
  const auto sg = build_signed_graph(view);
  body += "<section id=\"fl-blocs\"><h2>Blocs and tensions</h2>\n";
  if (sg.signed_tie_count() == 0) {
    body += "<p>No friendly or hostile tie: no blocs.</p>\n";
  } else {
    const auto blocs = find_blocs(sg);
    body +=
        "<p class=\"fl-muted\">Blocs of the signed actor graph (as `faultline alliances`): friendly ties inside, "
        "hostile ties between, as far as the facts allow.</p>\n";
    body += rb.picture(blocs_scene(sg, blocs, &view, options.picture), "fl-blocs-");
    body +=
        "<h3>Tensions: ties that strain the blocs</h3>\n<table "
        "class=\"fl-tensions\"><tr><th>tie</th><th>kind</th><th>weight</th></tr>\n";
    std::size_t shown = 0;
    for (auto t : blocs.frustrated) {
      if (shown++ == options.tensions) break;
      const auto& tie = sg.ties[t];
      const bool inside = blocs.bloc[tie.u] == blocs.bloc[tie.v];
      body += "<tr><td data-key=\"tie:actor:" + h(sg.ids[tie.u]) + "|actor:" + h(sg.ids[tie.v]) + "\">" +
              h(sg.names[tie.u]) + " \u2013 " + h(sg.names[tie.v]) + "</td><td>" +
              (inside ? "hostile inside a bloc" : "friendly between blocs") + "</td><td>" + decimal(tie.weight) +
              "</td></tr>\n";
    }
    body += "</table>\n" +
            left_out(std::min(options.tensions, blocs.frustrated.size()), blocs.frustrated.size(), "frustrated ties");
    if (blocs.frustrated.empty()) body += "<p>No frustrated tie: the blocs are balanced.</p>\n";
  }
  body += "</section>\n";

  // --- Centrality
  compact_view_options co;
  co.directed = false;
  co.incidents = true;
  const auto cg = make_compact(view, co);
  degree_options dopt;
  betweenness_options bopt;
  bopt.use_weights = false;
  pagerank_options popt;
  popt.use_weights = false;
  const auto deg = faultline::degree(cg, dopt);
  const auto btw = betweenness(cg, bopt);
  const auto pr = pagerank(cg, popt);
  std::vector<actor_index> ranked(cg.vertex_count());
  std::iota(ranked.begin(), ranked.end(), 0U);
  std::stable_sort(ranked.begin(), ranked.end(), [&](auto a, auto b) { return pr.scores[a] > pr.scores[b]; });
  std::erase_if(ranked, [&](auto a) { return deg.scores[a] == 0; });
  const std::size_t ranked_total = ranked.size();
  body += "<section id=\"fl-centrality\"><h2>Centrality</h2>\n";
  body +=
      "<p class=\"fl-muted\">On the actors' relations and incidents (perpetrator to target), undirected and "
      "unweighted, as `faultline centrality --incidents --metric …`; ranked by PageRank.</p>\n";
  std::vector<ranked_bar> bars;
  for (std::size_t k = 0; k < ranked.size() && k < options.centrality_rows; ++k)
    bars.push_back({g.actors()[ranked[k]].name, "actor:" + g.actors()[ranked[k]].id, pr.scores[ranked[k]]});
  auto po = options.picture;
  po.max_nodes = options.centrality_rows;
  body += rb.picture(bars_scene(bars, "PageRank", po), "fl-bars-");
  body +=
      "<table "
      "class=\"fl-centrality\"><tr><th>rank</th><th>actor</th><th>degree</th><th>betweenness</th><th>PageRank</th></"
      "tr>\n";
  for (std::size_t k = 0; k < ranked.size() && k < options.centrality_rows; ++k) {
    const auto a = ranked[k];
    body += "<tr><td>" + std::to_string(k + 1) + "</td><td>" + rb.actor_cell(a) + "</td><td>" + decimal(deg.scores[a]) +
            "</td><td>" + decimal(btw.scores[a]) + "</td><td>" + decimal(pr.scores[a]) + "</td></tr>\n";
  }
  body += "</table>\n" + left_out(std::min(options.centrality_rows, ranked_total), ranked_total, "actors with ties");
  body += "</section>\n";

  // --- Timeline of incidents (the most severe, in date order)
  std::vector<incident_index> kept(eg.order.begin(), eg.order.end());
  std::stable_sort(kept.begin(), kept.end(), [&](auto a, auto b) { return eg.rungs[a] > eg.rungs[b]; });
  const std::size_t kept_total = kept.size();
  if (kept.size() > options.incidents) kept.resize(options.incidents);
  std::stable_sort(kept.begin(), kept.end(), [&](auto a, auto b) { return eg.position[a] < eg.position[b]; });
  body +=
      "<section id=\"fl-timeline\"><h2>Incidents</h2>\n<table "
      "class=\"fl-incidents\"><tr><th>date</th><th>incident</th><th>rung</th><th>who</th><th>fatalities</"
      "th><th>sources</th></tr>\n";
  for (auto i : kept) {
    const auto& inc = g.incidents()[i];
    rb.describe_incident(i);
    std::string who;
    for (auto k : g.roles_of_incident(i))
      if (view.keeps_role(k) && g.roles()[k].kind != role::condemned_by)
        who += (who.empty() ? "" : "; ") + std::string(to_string(g.roles()[k].kind)) + " " +
               g.actors()[g.roles()[k].actor].name;
    const rung_level rung = eg.rungs[i] ? eg.rungs[i] : lowest_rung;
    rb.cite(inc.prov);
    body += "<tr data-date=\"" + h(inc.when.to_string()) + "\"><td>" + h(inc.when.to_string()) +
            "</td><td><span data-key=\"incident:" + h(inc.id) + "\">" + h(incident_title(inc)) + "</span></td><td>" +
            std::to_string(rung) + " " + std::string(rung_at(rung).id) + "</td><td>" + h(who) + "</td><td>" +
            (inc.fatalities ? std::to_string(*inc.fatalities) : std::string()) + "</td><td>" +
            h(detail::source_tags(g, inc.prov)) + "</td></tr>\n";
  }
  body += "</table>\n" + left_out(kept.size(), kept_total, "incidents (the most severe are listed)") + "</section>\n";

  // --- Sources
  std::vector<source_index> sources(rb.cited.begin(), rb.cited.end());
  for (source_index s = 0; s < g.sources().size(); ++s)
    if (!rb.cited.count(s)) sources.push_back(s);
  const std::size_t source_total = sources.size();
  if (sources.size() > options.sources) sources.resize(options.sources);
  json source_data = json::object();
  body += "<section id=\"fl-sources\"><h2>Sources</h2>\n<ol class=\"fl-source-list\">\n";
  for (auto s : sources) {
    const auto& src = g.sources()[s];
    body += "<li id=\"source-" + h(src.id) + "\">" + anchor_for(src) + "</li>\n";
    source_data[src.id] = {{"title", src.title},
                           {"url", src.url.starts_with("http://") || src.url.starts_with("https://") ? src.url : ""},
                           {"date", src.published ? src.published->to_string() : ""}};
  }
  body +=
      "</ol>\n" + left_out(sources.size(), source_total, "sources (those cited in this report first)") + "</section>\n";
  for (auto s : rb.cited)
    if (!source_data.contains(g.sources()[s].id))
      source_data[g.sources()[s].id] = {{"title", g.sources()[s].title}, {"url", ""}, {"date", ""}};

  json data = {{"items", rb.items}, {"sources", source_data}};
  std::string data_text = data.dump(-1, ' ', false, json::error_handler_t::replace);
  // '<' only occurs inside JSON strings; escaping it keeps "</script>" out of the page.
  std::string safe;
  safe.reserve(data_text.size());
  for (char c : data_text)
    safe += c == '<' ? std::string("\\u003c") : std::string(1, c);

  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + h(options.title) +
      "</title>\n<style>" + style + "</style>\n</head>\n<body>\n<header><h1>" + h(options.title) +
      "</h1></header>\n<aside id=\"fl-panel\"><div id=\"fl-panel-body\"><h3>Facts</h3><p>Point at an actor, "
      "an incident or a tie to see its facts and sources here.</p></div></aside>\n<main>\n"
      "<div id=\"fl-filter\">Date filter: from <input type=\"date\" id=\"fl-from\"> to <input type=\"date\" "
      "id=\"fl-to\"> <button type=\"button\" id=\"fl-reset\">show all</button> <span id=\"fl-count\"></span></div>\n";
  page += body;
  page += "</main>\n<script type=\"application/json\" id=\"fl-data\">" + safe + "</script>\n<script>" + script +
          "</script>\n</body>\n</html>\n";
  return page;
}

}  // namespace faultline::render
