#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Reads faultline's graph exports back with other tools' readers.

Usage: test_graph_exports.py FAULTLINE SAMPLES_DIR WORK_DIR

Exports the bundled sample, a GDELT import of samples/fixtures/events/gdelt-v2.tsv
and a UCDP ESD import of samples/fixtures/events/ucdp-esd.csv as Cytoscape.js JSON
(read with networkx.cytoscape_graph), Pajek (networkx.read_pajek) and Neo4j
admin-import CSV (Python's csv module), and compares counts with
`faultline info --format json` (not the writers) and a few attributes with the
input files themselves. Exits 77 (skipped) when networkx is missing.
"""
import csv
import json
import os
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("networkx is not installed: the graph export read-back test is skipped")
    sys.exit(77)

FAULTLINE, SAMPLES, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORK, exist_ok=True)
failures = []


def run(*args):
    return subprocess.run([FAULTLINE, *args], check=True, capture_output=True, text=True).stdout


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_exports(name, scenario_args):
    """Exports one input three ways and compares with `info`; returns what was read."""
    info = json.loads(run(*scenario_args, "info", "--format", "json"))
    actors, incidents = info["actors"]["total"], info["incidents"]
    relations, roles, links = info["relations"], info["roles"], info["incident_links"]

    cy = nx.cytoscape_graph(json.loads(run(*scenario_args, "export", "--to", "cytoscape")))
    check(cy.is_directed() and cy.is_multigraph(), f"{name}: cytoscape is a directed multigraph")
    check(cy.number_of_nodes() == actors + incidents,
          f"{name}: cytoscape nodes {cy.number_of_nodes()} == actors + incidents {actors + incidents}")
    check(cy.number_of_edges() == relations + roles + links,
          f"{name}: cytoscape edges {cy.number_of_edges()} == {relations + roles + links}")
    kinds = [d["kind"] for _, d in cy.nodes(data=True)]
    check(kinds.count("incident") == incidents, f"{name}: cytoscape incident nodes")
    for kind in ("state", "group", "person"):
        check(kinds.count(kind) == info["actors"][kind], f"{name}: cytoscape {kind} nodes")

    net_path = os.path.join(WORK, name + ".net")
    with open(net_path, "w", encoding="utf-8") as f:
        f.write(run(*scenario_args, "export", "--to", "pajek"))
    pj = nx.read_pajek(net_path)
    check(pj.number_of_nodes() == actors, f"{name}: pajek vertices {pj.number_of_nodes()} == actors {actors}")
    check(pj.number_of_edges() == relations, f"{name}: pajek ties {pj.number_of_edges()} == relations {relations}")

    out = os.path.join(WORK, name + "-neo4j")
    run(*scenario_args, "export", "--to", "neo4j", "-o", out)
    neo = {stem: read_csv(os.path.join(out, stem + ".csv"))
           for stem in ("actors", "incidents", "relations", "roles", "links")}
    for stem, count in (("actors", actors), ("incidents", incidents), ("relations", relations),
                        ("roles", roles), ("links", links)):
        check(len(neo[stem]) == count, f"{name}: neo4j {stem}.csv rows {len(neo[stem])} == {count}")
    ids = {r["id:ID"] for r in neo["actors"]} | {r["id:ID"] for r in neo["incidents"]}
    check(len(ids) == actors + incidents, f"{name}: neo4j node ids are unique")
    for stem in ("relations", "roles", "links"):
        for r in neo[stem]:
            check(r[":START_ID"] in ids and r[":END_ID"] in ids, f"{name}: {stem}.csv ends are nodes: {r}")
    for key in ("aliases:string[]", "sources:string[]", ":LABEL"):
        check(key in (neo["actors"][0] if neo["actors"] else {key: ""}), f"{name}: actors.csv has {key}")
    return cy, pj, neo


# The bundled sample: facts checked against samples/ by hand (usa is the United
# States, a state in US; Iran backs Nujaba, a friendly tie).
cy, pj, neo = check_exports("sample", [])
check(cy.nodes["usa"]["name"] == "United States" and cy.nodes["usa"]["country"] == "US", "sample: usa's name and country")
backs = [d for u, v, d in cy.edges(data=True) if (u, v) == ("iran", "nujaba") and d["type"] == "backs"]
check(len(backs) == 1 and backs[0]["sign"] == 1, "sample: iran backs nujaba, sign +1")
check(any(d["weight"] == 1.0 for u, v, d in pj.edges(data=True) if (u, v) == ("iran", "nujaba")),
      "sample: pajek iran -> nujaba +1")
check(all(d["weight"] < 0 for u, v, d in pj.edges(data=True) if (u, v) == ("israel", "hamas")),
      "sample: pajek israel - hamas (at war) negative")
usa = [r for r in neo["actors"] if r["id:ID"] == "usa"][0]
check(usa[":LABEL"] == "Actor;State" and "USA" in usa["aliases:string[]"].split(";"), "sample: neo4j usa row")

# GDELT: every exported incident's (date, CAMEO code) is a row of the TSV
# (SQLDATE is column 2, EventCode column 27).
gdelt_tsv = os.path.join(SAMPLES, "fixtures", "events", "gdelt-v2.tsv")
g_snap = os.path.join(WORK, "gdelt.snap")
run("import", "gdelt", gdelt_tsv, "-o", g_snap)
with open(gdelt_tsv, encoding="utf-8") as f:
    rows = {(r[1][:4] + "-" + r[1][4:6] + "-" + r[1][6:8], r[26]) for r in csv.reader(f, delimiter="\t") if len(r) == 61}
cy, pj, neo = check_exports("gdelt", ["-s", g_snap])
for r in neo["incidents"]:
    check((r["date:date"], r["cameo"]) in rows, f"gdelt: incident {r['id:ID']} date and CAMEO code are a TSV row")
for _, d in cy.nodes(data=True):
    if d["kind"] == "incident":
        check((d["date"], d["cameo"]) in rows, f"gdelt: cytoscape incident {d['id']} date and CAMEO code")

# UCDP ESD: every relation's year and conflict are those of a row of the CSV.
esd_csv = os.path.join(SAMPLES, "fixtures", "events", "ucdp-esd.csv")
u_snap = os.path.join(WORK, "ucdp-esd.snap")
run("import", "ucdp-esd", esd_csv, "-o", u_snap)
esd = {(r["year"], "ucdp:" + r["conflict_id"]) for r in read_csv(esd_csv)}
cy, pj, neo = check_exports("ucdp-esd", ["-s", u_snap])
check(len(neo["relations"]) > 0, "ucdp-esd: some relations")
for r in neo["relations"]:
    check((r["since:date"], r["conflict"]) in esd, f"ucdp-esd: relation year and conflict are a CSV row: {r}")
    check(r[":TYPE"] == r["type"].upper(), f"ucdp-esd: :TYPE is the type in upper case: {r}")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("graph exports read back: all checks passed")
