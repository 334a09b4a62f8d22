#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the centrality fixtures of samples/fixtures/centrality/ and their
reference values, computed with NetworkX (and, for the signed measures, with
numpy from the published formulas of signnet).

Run with Debian's interpreter, which sees python3-networkx and python3-numpy:

    /usr/bin/python3 tests/support/make_centrality_references.py [--shared-data DIR]

Fixtures (edge lists, read by faultline's CSV loader):
  karate.csv      Zachary's karate club (NetworkX karate_club_graph: 34 members
                  numbered 1..34 as in Zachary 1977, 78 ties, weights = ZACHC)
  florentine.csv  Padgett's Florentine families, marriage ties (NetworkX
                  florentine_families_graph: 15 families, Pucci left out)
  lesmis.csv      Les Misérables co-appearances (NetworkX les_miserables_graph,
                  from Knuth's Stanford GraphBase: 77 characters, 254 weighted ties)
  directed.csv    a small directed weighted graph drawn here (seeded), with
                  vertices no one reaches and vertices without out-arcs
  gahuku_gama.csv Read's Gahuku-Gama tribes, signed (signnet's `tribes`)
Each NAME.reference.csv holds vertex scores, NAME.edge_reference.csv edge
betweenness. Karate and Florentine are checked against the UCINET originals
in shared/data/classic_networks when that folder is there.
"""
import argparse
import os
import random
import sys

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "samples", "fixtures", "centrality")
SCRIPT = "tests/support/make_centrality_references.py"


def fmt(x):
    return repr(float(x))


def write_edges(name, rows, header, provenance):
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8") as f:
        for line in provenance:
            f.write("# " + line + "\n")
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(str(x) for x in r) + "\n")


def write_table(path, comments, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        for line in comments:
            f.write("# " + line + "\n")
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(r) + "\n")


def provenance(extra):
    return [
        "Reference values computed with NetworkX %s (numpy %s) by %s;" % (nx.__version__, np.__version__, SCRIPT),
        "regenerate with /usr/bin/python3 %s. Do not edit by hand." % SCRIPT,
    ] + extra


def ucinet_matrices(path):
    """The matrices of a UCINET DL full-matrix file, as lists of rows of ints."""
    with open(path, encoding="latin-1") as f:
        lines = [l.strip() for l in f]
    n = int([l for l in lines if l.upper().startswith("N=")][0].split()[0].split("=")[1])
    data = lines[lines.index("DATA:") + 1 :]
    values = [int(x) for l in data for x in l.split()]
    return [[values[m * n * n + i * n : m * n * n + (i + 1) * n] for i in range(n)] for m in range(len(values) // (n * n))]


def check_shared(shared):
    """Checks NetworkX's karate club and Florentine families against the UCINET originals."""
    if not shared or not os.path.isdir(os.path.join(shared, "classic_networks")):
        print("shared data not found: skipping the cross-check against the UCINET originals")
        return
    zache, zachc = ucinet_matrices(os.path.join(shared, "classic_networks", "Zachary.DAT"))
    g = nx.karate_club_graph()
    mine = {(min(u, v), max(u, v)): d["weight"] for u, v, d in g.edges(data=True)}
    theirs = {(i, j): zachc[i][j] for i in range(34) for j in range(i + 1, 34) if zache[i][j]}
    assert mine == theirs, "karate_club_graph differs from Zachary.DAT"
    padgm = ucinet_matrices(os.path.join(shared, "classic_networks", "PADGETT.DAT"))[0]
    labels = ["ACCIAIUOL", "ALBIZZI", "BARBADORI", "BISCHERI", "CASTELLAN", "GINORI", "GUADAGNI", "LAMBERTES",
              "MEDICI", "PAZZI", "PERUZZI", "PUCCI", "RIDOLFI", "SALVIATI", "STROZZI", "TORNABUON"]
    theirs = {tuple(sorted((labels[i], labels[j]))) for i in range(16) for j in range(i + 1, 16) if padgm[i][j]}
    f = nx.florentine_families_graph()
    mine = {tuple(sorted((u.upper()[:9], v.upper()[:9]))) for u, v in f.edges()}
    assert mine == theirs, "florentine_families_graph differs from PADGETT.DAT (PADGM)"
    print("checked: karate and florentine match the UCINET originals in", shared)


def vertex_references(G, weighted, params, personalization, dangling=None):
    """Every vertex measure, as {column: {node: value}}."""
    cols = {}
    directed = G.is_directed()
    if directed:
        cols["in_degree"] = dict(G.in_degree())
        cols["out_degree"] = dict(G.out_degree())
    cols["degree"] = dict(G.degree())
    cols["degree_centrality"] = nx.degree_centrality(G)
    cols["betweenness"] = nx.betweenness_centrality(G)
    cols["betweenness_raw"] = nx.betweenness_centrality(G, normalized=False)
    cols["betweenness_endpoints"] = nx.betweenness_centrality(G, endpoints=True)
    cols["pagerank_unweighted"] = nx.pagerank(G, weight=None)
    cols["pagerank_personalized"] = nx.pagerank(G, alpha=0.9, personalization=personalization, weight=None)
    if dangling is not None:
        cols["pagerank_dangling"] = nx.pagerank(G, weight=None, dangling=dangling)
    cols["eigenvector"] = nx.eigenvector_centrality(G)
    cols["katz"] = nx.katz_centrality(G, alpha=params["katz_alpha"])
    cols["katz_raw"] = nx.katz_centrality(G, alpha=params["katz_alpha"], normalized=False)
    cols["closeness"] = nx.closeness_centrality(G)
    cols["closeness_no_wf"] = nx.closeness_centrality(G, wf_improved=False)
    cols["harmonic"] = nx.harmonic_centrality(G)
    if weighted:
        cols["weighted_degree"] = dict(G.degree(weight="weight"))
        cols["betweenness_weighted"] = nx.betweenness_centrality(G, weight="weight")
        cols["pagerank"] = nx.pagerank(G)  # NetworkX's default uses the weights
        cols["eigenvector_weighted"] = nx.eigenvector_centrality(G, weight="weight", max_iter=1000)
        cols["katz_weighted"] = nx.katz_centrality(G, alpha=params["katz_alpha_weighted"], weight="weight")
        cols["closeness_weighted"] = nx.closeness_centrality(G, distance="weight")
        cols["harmonic_weighted"] = nx.harmonic_centrality(G, distance="weight")
    return cols


def edge_references(G, weighted):
    cols = {"edge_betweenness": nx.edge_betweenness_centrality(G),
            "edge_betweenness_raw": nx.edge_betweenness_centrality(G, normalized=False)}
    if weighted:
        cols["edge_betweenness_weighted"] = nx.edge_betweenness_centrality(G, weight="weight")
    return cols


def write_references(name, G, label, weighted, params, personalization, dangling=None, note=()):
    cols = vertex_references(G, weighted, params, personalization, dangling)
    comments = provenance(list(note) + [
        "parameters: " + " ".join("%s=%s" % kv for kv in sorted(params.items())),
        "personalization (pagerank_personalized, alpha 0.9, unweighted): " +
        " ".join("%s=%s" % (label(n), personalization[n]) for n in G if personalization.get(n, 0)),
    ] + (["dangling (pagerank_dangling, unweighted): " + " ".join("%s=%s" % (label(n), v) for n, v in dangling.items())]
         if dangling else []) + [
        "Columns are NetworkX calls: degree = G.degree(); degree_centrality; betweenness = betweenness_centrality(G)",
        "(normalized); _raw: normalized=False; _endpoints: endpoints=True; _weighted: weight='weight' (distances);",
        "pagerank = pagerank(G) (weights); pagerank_unweighted: weight=None; eigenvector = eigenvector_centrality(G)",
        "(unweighted; _weighted: weight='weight', max_iter=1000); katz = katz_centrality(G, alpha) (_raw:",
        "normalized=False); closeness = closeness_centrality(G) (_no_wf: wf_improved=False; _weighted:",
        "distance='weight'); harmonic = harmonic_centrality(G) (_weighted: distance='weight').",
    ])
    header = ["node"] + list(cols)
    rows = [[label(n)] + [fmt(cols[c][n]) for c in cols] for n in G]
    write_table(os.path.join(OUT, name + ".reference.csv"), comments, header, rows)
    ecols = edge_references(G, weighted)
    edges = list(next(iter(ecols.values())).keys())
    rows = [[label(u), label(v)] + [fmt(ecols[c][(u, v)]) for c in ecols] for u, v in edges]
    write_table(os.path.join(OUT, name + ".edge_reference.csv"),
                provenance(list(note) + ["edge_betweenness = edge_betweenness_centrality(G) (normalized); _raw:",
                                         "normalized=False; _weighted: weight='weight'. One row per edge of G.edges()."]),
                ["source", "target"] + list(ecols), rows)


def undirected_fixture(name, G, label, weighted, params, note):
    rows = [(label(u), label(v), d.get("weight", 1)) if weighted else (label(u), label(v)) for u, v, d in G.edges(data=True)]
    write_edges(name, rows, ["source", "target", "weight"] if weighted else ["source", "target"],
                note + ["Undirected: read with --undirected (edge_list_options.directed = false)."])
    nodes = list(G)
    personalization = {n: (i % 3) for i, n in enumerate(nodes)}
    write_references(name, G, label, weighted, params, personalization, note=note)


def directed_fixture():
    rng = random.Random(20240104)
    n = 40
    nodes = ["d%02d" % i for i in range(n)]
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    # d00..d29 form the core; d30..d34 only point into it (no one reaches them);
    # d35..d39 are only pointed at (no out-arcs: dangling).
    for i in range(30):
        for _ in range(1 + int(rng.paretovariate(1.5))):
            j = rng.randrange(30)
            if j != i:
                G.add_edge(nodes[i], nodes[j], weight=rng.randint(1, 5))
        if rng.random() < 0.3:
            G.add_edge(nodes[i], nodes[35 + rng.randrange(5)], weight=rng.randint(1, 5))
    for i in range(30, 35):
        for _ in range(2):
            G.add_edge(nodes[i], nodes[rng.randrange(30)], weight=rng.randint(1, 5))
    for i in range(35, 40):
        if G.in_degree(nodes[i]) == 0:
            G.add_edge(nodes[rng.randrange(30)], nodes[i], weight=rng.randint(1, 5))
    note = ["A directed weighted graph drawn by the script (random.Random(20240104)): d00-d29 a core,",
            "d30-d34 reached by no one, d35-d39 without out-arcs (dangling)."]
    rows = [(u, v, d["weight"]) for u, v, d in G.edges(data=True)]
    write_edges("directed", rows, ["source", "target", "weight"], note + ["Directed (the default)."])
    personalization = {v: (i % 3) for i, v in enumerate(nodes)}
    dangling = {"d00": 1, "d01": 3}
    write_references("directed", G, str, True, {"katz_alpha": 0.1, "katz_alpha_weighted": 0.02}, personalization,
                     dangling, note=note)


def signnet_pn(A):
    """signnet's pn_index (mode "all"): rowSums(solve(I - A/(2n-2))) with A = P - 2N."""
    n = A.shape[0]
    M = (A > 0).astype(float) - 2 * (A < 0).astype(float)
    return np.linalg.inv(np.eye(n) - M / (2 * n - 2)).sum(axis=1)


def signnet_eigen(A):
    """signnet's eigen_centrality_signed (scale = TRUE), oriented so that the entry of largest magnitude is positive."""
    values, vectors = np.linalg.eigh(A)
    rounded = np.round(values, 8)
    top = np.flatnonzero(np.abs(rounded) == np.abs(rounded).max())
    if len(top) != 1:
        return None
    v = vectors[:, top[0]]
    return v / v[np.argmax(np.abs(v))]


def check_signnet_vignette():
    """The published example of signnet's centrality vignette, to pin the definitions down."""
    A = np.array([0, 1, 0, 1, 0, 0, 0, -1, -1, 0, 1, 0, 1, -1, 1, -1, -1, 0, 0, 0, 0, 1, 0, 1, -1, 0, 0, 0, -1, 0,
                  1, -1, 1, 0, 1, -1, -1, 0, 0, 0, 0, 1, -1, 1, 0, 1, 0, -1, 0, -1, 0, -1, 0, -1, 1, 0, 1, 0, 1, -1,
                  0, -1, 0, -1, 0, 1, 0, 1, -1, 1, -1, 0, 0, 0, -1, 0, 1, 0, 1, 0, -1, 0, -1, 0, 0, 1, -1, 1, 0, 1,
                  0, 0, 0, 0, -1, -1, 1, 0, 1, 0], dtype=float).reshape(10, 10).T
    published_pn = [0.9009747, 0.8613482, 0.9076997, 0.8613482, 0.8410658, 0.8496558, 0.8617321, 0.9015909, 0.8509848,
                    0.9072930]
    published_eigen = [-0.62214960, 1.00000000, -0.74518850, 1.00000000, -0.89990041, 0.64289592, 0.35828159,
                       -0.37471921, -0.28087411, -0.07834568]
    assert np.allclose(signnet_pn(A), published_pn, atol=1e-7), signnet_pn(A)
    e = signnet_eigen(A)
    assert e is not None and np.allclose(e, published_eigen, atol=1e-7), e
    print("checked: the formulas reproduce signnet's published vignette values")


def gahuku_gama_fixture(shared):
    src = os.path.join(shared or "", "gahuku_gama_tribes", "tribes_signnet_edges.csv")
    if not os.path.exists(src):
        print("shared data not found: keeping the existing gahuku_gama fixture")
        with open(os.path.join(OUT, "gahuku_gama.csv"), encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        edges = [tuple(l.split(",")) for l in lines[1:]]
    else:
        with open(src, encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip()]
        edges = [(r[2], r[3], r[4]) for r in (l.split(",") for l in lines[1:])]
        write_edges("gahuku_gama", edges, ["source", "target", "sign"],
                    ["Read's Gahuku-Gama highland tribes (1954), undirected signed: 58 ties, 29 positive (rova) and",
                     "29 negative (hina); converted from signnet's `tribes` (shared/data/gahuku_gama_tribes/",
                     "tribes_signnet_edges.csv). Undirected: read with --undirected."])
    names = []
    for u, v, _ in edges:
        for x in (u, v):
            if x not in names:
                names.append(x)
    index = {x: i for i, x in enumerate(names)}
    n = len(names)
    A = np.zeros((n, n))
    for u, v, s in edges:
        A[index[u], index[v]] = A[index[v], index[u]] = float(s)
    pn = signnet_pn(A)
    eig = signnet_eigen(A)
    assert eig is not None, "the tribes matrix has a dominant eigenvalue"
    values = np.linalg.eigvalsh(A)
    write_table(os.path.join(OUT, "gahuku_gama.reference.csv"),
                ["Reference values computed with numpy %s by %s from signnet's published definitions" % (np.__version__, SCRIPT),
                 "(not with signnet itself, which is R): pn_index = rowSums(solve(I - A/(2n-2))), A = P - 2N;",
                 "signed_eigenvector = eigenvector of the eigenvalue of largest magnitude (%s; next %s)," % (
                     fmt(values[np.argmax(np.abs(values))]), fmt(sorted(np.abs(values))[-2])),
                 "oriented so its largest-magnitude entry is positive, divided by that entry (signnet scale = TRUE).",
                 "The formulas reproduce the values published in signnet's centrality vignette (checked by the script)."],
                ["node", "pn_index", "signed_eigenvector"],
                [[x, fmt(pn[i]), fmt(eig[i])] for i, x in enumerate(names)])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared-data", default=os.path.join(ROOT, "..", "shared", "data"))
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    check_shared(args.shared_data)
    check_signnet_vignette()
    undirected_fixture("karate", nx.karate_club_graph(), lambda v: str(v + 1), True,
                       {"katz_alpha": 0.1, "katz_alpha_weighted": 0.02},
                       ["Zachary's karate club (NetworkX karate_club_graph; members numbered 1..34 as in Zachary 1977;",
                        "weight = ZACHC, the number of contexts of interaction)."])
    undirected_fixture("florentine", nx.florentine_families_graph(), str, False, {"katz_alpha": 0.1},
                       ["Padgett's Florentine families, marriage ties (NetworkX florentine_families_graph; Breiger &",
                        "Pattison 1986; the isolated Pucci family is left out, as NetworkX does)."])
    undirected_fixture("lesmis", nx.les_miserables_graph(), str, True, {"katz_alpha": 0.05, "katz_alpha_weighted": 0.01},
                       ["Les Miserables co-appearances (NetworkX les_miserables_graph; Knuth 1993, The Stanford",
                        "GraphBase; weight = number of co-appearances)."])
    directed_fixture()
    gahuku_gama_fixture(args.shared_data)
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
