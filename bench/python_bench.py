#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The Python module against the CLI and the Python peers, in one run.

1. Centrality from Python (load_edges + centrality + to_series) against the
   CLI (`faultline --edges FILE centrality -m METRIC --format csv`) on the
   power-law graph (bench/gen_powerlaw; default 1M nodes, 10M edges).
   Target: within 5%.
2. Graph.from_pandas of the same edges (a DataFrame of int64 ids) against
   networkx.from_pandas_edgelist and igraph.Graph.DataFrame.
   Target: at least 10x NetworkX, and faster than igraph.
3. Graph.incidents() of imported GDELT events (bench/gen_gdelt; default
   2.5M) against pandas.read_csv of the source file.

Each figure is the best of RUNS (default 3) in this process (the CLI: separate
processes). NetworkX is slow and large: it is measured on NX_EDGES (default
1M) edges and its rate is reported beside the others; say --nx-edges 10000000
to measure it at full size (tens of GB).

usage: python_bench.py --build DIR [--nodes N] [--edges M] [--events E] [--metric pagerank]
                       [--runs R] [--nx-edges K] [--work DIR]
The build tree must hold the Python module (build/python) and bench/gen_powerlaw, bench/gen_gdelt
(cmake --build DIR --target faultline_gen_powerlaw faultline_gen_gdelt).
"""
import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time


def best(runs, function):
    times = []
    value = None
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - start)
    return min(times), value


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True)
    parser.add_argument("--nodes", type=int, default=1_000_000)
    parser.add_argument("--edges", type=int, default=10_000_000)
    parser.add_argument("--events", type=int, default=2_500_000)
    parser.add_argument("--metric", default="pagerank")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--nx-edges", type=int, default=1_000_000)
    parser.add_argument("--work", default=None)
    parser.add_argument("--parts", default="centrality,from_pandas,incidents",
                        help="comma-separated: which of the three measurements to run")
    a = parser.parse_args()
    sys.path.insert(0, os.path.join(a.build, "python"))
    import numpy as np
    import pandas as pd

    import faultline

    work = a.work or tempfile.mkdtemp(prefix="faultline-python-bench-")
    os.makedirs(work, exist_ok=True)
    cli = os.path.join(a.build, "cli", "faultline")
    edges_csv = os.path.join(work, f"powerlaw-{a.nodes}-{a.edges}.csv")
    if not os.path.exists(edges_csv):
        subprocess.run([os.path.join(a.build, "bench", "gen_powerlaw"), "--nodes", str(a.nodes), "--edges",
                        str(a.edges), "--seed", "1", "--out", edges_csv], check=True, stdout=subprocess.DEVNULL)
    print(f"graph: {edges_csv} ({os.path.getsize(edges_csv) / 1e6:.0f} MB)")

    parts = set(a.parts.split(","))
    # 1. centrality: Python against the CLI
    def cli_run():
        subprocess.run([cli, "--edges", edges_csv, "centrality", "-m", a.metric, "--format", "csv"], check=True,
                       stdout=subprocess.DEVNULL)

    def python_run():
        g = faultline.load_edges(edges_csv)
        return g.centrality(metric=a.metric).to_series()

    if "centrality" in parts:
        t_cli, _ = best(a.runs, cli_run)
        t_py, series = best(a.runs, python_run)
        print(f"centrality -m {a.metric}: CLI {t_cli:.2f} s, Python {t_py:.2f} s "
              f"(Python/CLI {t_py / t_cli:.3f}; target <= 1.05)")
        del series
    if "from_pandas" in parts:
        from_pandas(a, faultline, np, pd, edges_csv)
    if "incidents" in parts:
        incidents(a, faultline, pd, cli, work)


def from_pandas(a, faultline, np, pd, edges_csv):
    """2. from_pandas against NetworkX and igraph."""
    frame = pd.read_csv(edges_csv, dtype={"source": np.int64, "target": np.int64})
    t_fl, g = best(a.runs, lambda: faultline.Graph.from_pandas(edges=frame))
    del g
    line = f"from_pandas of {len(frame)} edges: faultline {t_fl:.2f} s"
    try:
        import igraph

        t_ig, h = best(a.runs, lambda: igraph.Graph.DataFrame(frame, directed=True, use_vids=False))
        del h
        line += f", igraph {t_ig:.2f} s (igraph/faultline {t_ig / t_fl:.1f}x)"
    except ImportError:
        line += ", igraph not installed"
    try:
        import networkx as nx

        part = frame.iloc[:a.nx_edges]
        t_nx, h = best(1, lambda: nx.from_pandas_edgelist(part, create_using=nx.DiGraph))
        del h
        per_edge_nx = t_nx / len(part)
        per_edge_fl = t_fl / len(frame)
        line += (f", NetworkX {t_nx:.2f} s for {len(part)} edges "
                 f"(per edge: NetworkX/faultline {per_edge_nx / per_edge_fl:.0f}x; target >= 10x)")
    except ImportError:
        line += ", NetworkX not installed"
    print(line)


def incidents(a, faultline, pd, cli, work):
    """3. incidents() against read_csv of the source."""
    events = os.path.join(work, f"gdelt-{a.events}.tsv")
    if not os.path.exists(events):
        subprocess.run([os.path.join(a.build, "bench", "gen_gdelt"), "--events", str(a.events), "-o", events],
                       check=True, stdout=subprocess.DEVNULL)
    snapshot = os.path.join(work, f"gdelt-{a.events}.snapshot")
    if not os.path.exists(snapshot):
        subprocess.run([cli, "import", "gdelt", events, "-o", snapshot], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    g = faultline.load(snapshot)
    t_table, table = best(a.runs, g.incidents)
    t_read, raw = best(a.runs, lambda: pd.read_csv(events, sep="\t", header=None, low_memory=False))
    print(f"incidents() of {len(table)} imported incidents: {t_table:.2f} s; "
          f"pandas.read_csv of the source ({os.path.getsize(events) / 1e6:.0f} MB, {len(raw)} rows): {t_read:.2f} s "
          f"(read_csv/incidents {t_read / t_table:.1f}x)")


if __name__ == "__main__":
    main()
