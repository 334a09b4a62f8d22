#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Reads faultline's GraphML and GEXF exports back with NetworkX and xml.etree.

Usage: test_xml_exports.py FAULTLINE SAMPLES_DIR WORK_DIR

Exports the bundled sample, a GDELT import of samples/fixtures/events/gdelt-v2.tsv
and a UCDP ESD import of samples/fixtures/events/ucdp-esd.csv, and checks each
file against figures that do not come from the XML writers: the counts of
`faultline info --format json`, the scenario JSON export, and the fixture files
themselves (read here with the csv module). Exits 77 (CTest: skipped) when
NetworkX is not installed.
"""

import csv
import calendar
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import networkx as nx
except ImportError:
    print("SKIP: networkx is not installed for", sys.executable)
    sys.exit(77)

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def run(faultline, *args):
    return subprocess.run([faultline, *args], check=True, capture_output=True, text=True).stdout


def first_day(text):
    """The first day of an ISO date known to the year, month or day, as YYYY-MM-DD."""
    parts = text.split("-")
    return "-".join([parts[0], parts[1] if len(parts) > 1 else "01", parts[2] if len(parts) > 2 else "01"])


def last_day(text):
    parts = text.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_gexf(path):
    """nx.read_gexf, also on NetworkX releases that predate GEXF 1.3 (2.8 knows 1.2draft only):
    those get a copy in the 1.2draft namespace, whose elements this file uses identically."""
    versions = getattr(getattr(nx.readwrite.gexf, "GEXF", None), "versions", {})
    if "1.3" in versions or not versions:
        return nx.read_gexf(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"', 1)
    text = text.replace('version="1.3"', 'version="1.2"', 1)
    legacy = path + ".1.2draft.gexf"
    with open(legacy, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"note: NetworkX {nx.__version__} reads GEXF 1.2draft only; reading {legacy}")
    return nx.read_gexf(legacy)


def export_both(faultline, work, name, source_args):
    """Exports GraphML and GEXF, checks both against `info`, returns (graphml graph, gexf graph, gexf tree)."""
    info = json.loads(run(faultline, *source_args, "info", "--format", "json"))
    nodes = info["actors"]["total"] + info["incidents"]
    edges = info["relations"] + info["roles"] + info["incident_links"]
    graphml = os.path.join(work, name + ".graphml")
    gexf = os.path.join(work, name + ".gexf")
    run(faultline, *source_args, "export", "--to", "graphml", "-o", graphml)
    run(faultline, *source_args, "export", "--to", "gexf", "-o", gexf)

    # Well-formed XML, and the element counts seen by a plain XML parser.
    ml_tree = ET.parse(graphml)
    gx_tree = ET.parse(gexf)
    check(len(ml_tree.findall(f".//{GRAPHML}node")) == nodes, f"{name}: GraphML <node> count is {nodes}")
    check(len(ml_tree.findall(f".//{GRAPHML}edge")) == edges, f"{name}: GraphML <edge> count is {edges}")
    check(len(gx_tree.findall(f".//{GEXF}node")) == nodes, f"{name}: GEXF <node> count is {nodes}")
    check(len(gx_tree.findall(f".//{GEXF}edge")) == edges, f"{name}: GEXF <edge> count is {edges}")
    root = gx_tree.getroot().find(f"{GEXF}graph")
    check(root.get("mode") == "dynamic" and root.get("timeformat") == "date", f"{name}: GEXF graph is dynamic, dates")
    key_ids = [k.get("id") for k in ml_tree.getroot().findall(f"{GRAPHML}key")]
    check("labels" in key_ids and "label" in key_ids, f"{name}: GraphML declares labels and label keys")
    check(not any(k.startswith("key") for k in key_ids), f"{name}: no key0-style key ids")

    # NetworkX reads both back, with the same counts (multigraphs: parallel ties of several types).
    g_ml = nx.read_graphml(graphml, force_multigraph=True)
    g_gx = read_gexf(gexf)
    check(g_ml.is_directed() and g_gx.is_directed(), f"{name}: both graphs are directed")
    check(g_ml.number_of_nodes() == nodes, f"{name}: read_graphml finds {nodes} nodes ({g_ml.number_of_nodes()})")
    check(g_ml.number_of_edges() == edges, f"{name}: read_graphml finds {edges} edges ({g_ml.number_of_edges()})")
    check(g_gx.number_of_nodes() == nodes, f"{name}: read_gexf finds {nodes} nodes ({g_gx.number_of_nodes()})")
    check(g_gx.number_of_edges() == edges, f"{name}: read_gexf finds {edges} edges ({g_gx.number_of_edges()})")

    kinds = {k: 0 for k in ("state", "group", "person", "incident")}
    for _, data in g_ml.nodes(data=True):
        kinds[data["kind"]] += 1
        check(data["labels"].startswith(":"), f"{name}: node labels in Neo4j form ({data['labels']})")
    for k in ("state", "group", "person"):
        check(kinds[k] == info["actors"][k], f"{name}: {info['actors'][k]} {k} nodes ({kinds[k]})")
    check(kinds["incident"] == info["incidents"], f"{name}: {info['incidents']} incident nodes")
    by_kind = {"relation": 0, "role": 0, "link": 0}
    for _, _, data in g_ml.edges(data=True):
        by_kind[data["edge_kind"]] += 1
        check(data["label"] == data["type"], f"{name}: an edge's label is its type")
        if data["edge_kind"] == "relation":
            check(data["sign"] in (-1, 0, 1) and isinstance(data["weight"], float), f"{name}: typed sign and weight")
    check(by_kind["relation"] == info["relations"], f"{name}: {info['relations']} relation edges")
    check(by_kind["role"] == info["roles"], f"{name}: {info['roles']} role edges")
    check(by_kind["link"] == info["incident_links"], f"{name}: {info['incident_links']} link edges")
    return g_ml, g_gx


def node_spell(g, node):
    spells = g.nodes[node].get("spells", [])
    return spells[0] if spells else None


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    faultline, samples, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)

    # The bundled sample; its dates come from the scenario JSON export (another writer).
    g_ml, g_gx = export_both(faultline, work, "sample", [])
    scenario = json.loads(run(faultline, "export", "--to", "json"))
    for inc in scenario["incidents"]:
        end = inc.get("until", inc["date"])
        check(node_spell(g_gx, inc["id"]) == (first_day(inc["date"]), last_day(end)),
              f"sample: incident {inc['id']} spell from {inc['date']} ({node_spell(g_gx, inc['id'])})")
        check(g_ml.nodes[inc["id"]]["date"] == inc["date"], f"sample: incident {inc['id']} date in GraphML")
    for actor in scenario["actors"]:
        check(g_gx.nodes[actor["id"]]["label"] == actor["name"], f"sample: actor {actor['id']} label")
        check("spells" not in g_gx.nodes[actor["id"]], f"sample: actor {actor['id']} has no spell")
    dated = [r for r in scenario["relations"] if "since" in r or "until" in r]
    for r in dated:
        spells = [d.get("spells") for _, _, d in g_gx.edges(r["from"], data=True) if d["label"] == r["type"]]
        want = (first_day(r["since"]) if "since" in r else "None", last_day(r["until"]) if "until" in r else "None")
        check([want] in spells, f"sample: {r['from']} {r['type']} {r['to']} spell {want} ({spells})")

    # GDELT: every imported event's node spell is its SQLDATE (column 2 of the TSV).
    snap = os.path.join(work, "gdelt.snap")
    run(faultline, "import", "gdelt", os.path.join(samples, "fixtures/events/gdelt-v2.tsv"), "-o", snap)
    g_ml, g_gx = export_both(faultline, work, "gdelt", ["-s", snap])
    with open(os.path.join(samples, "fixtures/events/gdelt-v2.tsv"), newline="", encoding="utf-8") as f:
        day_of = {"gdelt-" + row[0]: f"{row[1][:4]}-{row[1][4:6]}-{row[1][6:8]}" for row in csv.reader(f, delimiter="\t")}
    incidents = [n for n, d in g_gx.nodes(data=True) if d["kind"] == "incident"]
    check(len(incidents) > 0, "gdelt: some incidents imported")
    for n in incidents:
        check(node_spell(g_gx, n) == (day_of[n], day_of[n]), f"gdelt: {n} spell on {day_of.get(n)}")
        for _, _, d in list(g_gx.in_edges(n, data=True)) + list(g_gx.out_edges(n, data=True)):
            check(d.get("spells") == [(day_of[n], day_of[n])], f"gdelt: role edge of {n} dated {day_of[n]}")
        check(g_ml.nodes[n]["cameo"] != "" and isinstance(g_ml.nodes[n]["goldstein"], float), f"gdelt: {n} cameo, goldstein")

    # UCDP ESD: each relation lasts the year of its row (column `year`), first to last day.
    snap = os.path.join(work, "ucdp-esd.snap")
    run(faultline, "import", "ucdp-esd", os.path.join(samples, "fixtures/events/ucdp-esd.csv"), "-o", snap)
    g_ml, g_gx = export_both(faultline, work, "ucdp-esd", ["-s", snap])
    with open(os.path.join(samples, "fixtures/events/ucdp-esd.csv"), newline="", encoding="utf-8") as f:
        years = {row["year"] for row in csv.DictReader(f)}
    relations = [d for _, _, d in g_gx.edges(data=True) if d["edge_kind"] == "relation"]
    check(len(relations) > 0, "ucdp-esd: some relations imported")
    for d in relations:
        year = d["since"]
        check(year in years and d.get("spells") == [(f"{year}-01-01", f"{year}-12-31")],
              f"ucdp-esd: relation dated {year} has the spell of that year ({d.get('spells')})")
        check(d["conflict"].startswith("ucdp:"), "ucdp-esd: relation conflict is a UCDP id")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("OK: GraphML and GEXF exports of the sample, a GDELT and a UCDP ESD import read back")
    return 0


if __name__ == "__main__":
    sys.exit(main())
