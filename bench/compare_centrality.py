#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Centrality benchmark: faultline against NetworkX, python-igraph and graph-tool.

Generates directed power-law graphs (bench/gen_powerlaw.cpp, seeded) as CSV
edge lists in a temporary directory, runs faultline (bench/centrality_bench)
and each peer on the same files in the same run, each library in its own
process (peak memory is per process), checks that the scores agree, and prints
each operation's time and faultline's ratio to each peer (faultline time /
peer time: below 1 means faultline is faster), then the peak memory per edge.

Run with Debian's interpreter, which sees python3-networkx, python3-igraph,
python3-graph-tool and python3-numpy:

    /usr/bin/python3 bench/compare_centrality.py                 # all sizes (about 15 minutes on 2 cores)
    /usr/bin/python3 bench/compare_centrality.py --sizes 1k,10k  # quick

Operations by size (nodes/edges): load, PageRank and components everywhere;
exact betweenness, closeness and harmonic at 1k/5k and 10k/50k; betweenness
from 256 sampled sources at 100k/1M and 1M/10M (graph-tool gets the same
sources as pivots; python-igraph 0.10 has no source-sampled betweenness).
NetworkX is pure Python: it runs everything at 1k, load/PageRank/components at
10k and 100k (its exact betweenness and closeness would take tens of minutes
at 10k, the sampled betweenness about ten at 100k), and nothing at 1M (the
load alone needs several GB): the table says "skipped" there.

Threads: faultline uses every core (--threads), graph-tool its OpenMP default
(every core); igraph and NetworkX are single-threaded.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SIZES = {  # name: (nodes, edges, operations)
    "1k": (1000, 5000, ["pagerank", "betweenness", "closeness", "harmonic", "components"]),
    "10k": (10000, 50000, ["pagerank", "betweenness", "closeness", "harmonic", "components"]),
    "100k": (100000, 1000000, ["pagerank", "sampled", "components"]),
    "1m": (1000000, 10000000, ["pagerank", "sampled", "components"]),
}
# What NetworkX runs, by size (see the docstring).
NETWORKX_OPS = {"1k": None, "10k": ["pagerank", "components"], "100k": ["pagerank", "components"], "1m": []}
PEERS = ["networkx", "igraph", "graph-tool"]
LABELS = {"load": "load", "pagerank": "PageRank", "betweenness": "betweenness (exact)",
          "sampled": "betweenness (256 sources)", "closeness": "closeness", "harmonic": "harmonic",
          "components": "components (weak+strong)"}
PAGERANK_L1 = 1e-6  # every library stops when an iteration changes the vector by less than this (L1)


# ---------------------------------------------------------------- workers (one process per library)

def rss_kib():
    """Peak resident size of this process image (VmHWM starts afresh at exec; ru_maxrss keeps the parent's)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def emit(record):
    print(json.dumps(record), flush=True)


def save(out_dir, lib, op, values):
    import numpy as np
    np.asarray(values, dtype=np.float64).tofile(os.path.join(out_dir, "%s_%s.f64" % (lib, op)))


def read_sources(path):
    with open(path) as f:
        return [int(x) for x in f.read().split()]


def worker(args):
    import numpy as np
    lib, path, ops, out = args.worker, args.file, args.ops.split(","), args.out_dir
    if lib == "networkx":
        import networkx as nx
        import scipy.sparse  # noqa: F401  (imported here so that PageRank's timing does not include it)
    elif lib == "igraph":
        import igraph as ig
    else:
        import graph_tool.all as gt
    base = rss_kib()
    start = time.perf_counter()
    if lib == "networkx":
        with open(path) as f:
            f.readline()  # the header
            G = nx.read_edgelist(f, delimiter=",", nodetype=int, create_using=nx.DiGraph)
        n, m = G.number_of_nodes(), G.number_of_edges()
    else:
        edges = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.int64)
        n, m = int(edges.max()) + 1, len(edges)
        if lib == "igraph":
            G = ig.Graph(n=n, edges=edges, directed=True)
        else:
            G = gt.Graph(directed=True)
            G.add_vertex(n)
            G.add_edge_list(edges)
        del edges
    emit({"op": "load", "seconds": time.perf_counter() - start, "nodes": n, "edges": m})

    def by_id(mapping):
        v = np.zeros(n)
        for k, x in mapping.items():
            v[k] = x
        return v

    for op in ops:
        start = time.perf_counter()
        extra = {}
        values = None
        if op == "pagerank":
            if lib == "networkx":
                values = by_id(nx.pagerank(G, tol=PAGERANK_L1 / n, max_iter=10000))
            elif lib == "igraph":
                # igraph's default, PRPACK, and ARPACK: the faster of the two counts.
                timings, results = {}, {}
                for implementation in ("prpack", "arpack"):
                    t0 = time.perf_counter()
                    results[implementation] = np.array(G.pagerank(damping=0.85, implementation=implementation))
                    timings[implementation] = time.perf_counter() - t0
                best = min(timings, key=timings.get)
                values = results[best]
                extra["implementation"] = best
                extra.update({"%s_seconds" % k: v for k, v in timings.items()})
                emit_seconds = timings[best]
            else:
                pr, iterations = gt.pagerank(G, damping=0.85, epsilon=PAGERANK_L1, max_iter=0, ret_iter=True)
                values = pr.a.copy()
                extra["iterations"] = int(iterations)
        elif op == "betweenness":
            if lib == "networkx":
                values = by_id(nx.betweenness_centrality(G, normalized=False))
            elif lib == "igraph":
                values = np.array(G.betweenness(directed=True))
            else:
                values = gt.betweenness(G, norm=False)[0].a.copy()
        elif op == "sampled":
            sources = read_sources(args.sources)
            if lib == "networkx":
                values = by_id(nx.betweenness_centrality_subset(G, sources, list(G), normalized=False))
            elif lib == "igraph":
                emit({"op": op, "skipped": "python-igraph 0.10 has no source-sampled betweenness"})
                continue
            else:
                values = gt.betweenness(G, pivots=np.array(sources, dtype=np.int64), norm=False)[0].a.copy()
            extra["sources"] = len(sources)
        elif op == "closeness":
            if lib == "networkx":
                values = by_id(nx.closeness_centrality(G, wf_improved=False))
            elif lib == "igraph":
                values = np.nan_to_num(np.array(G.closeness(mode="in", normalized=True), dtype=float))
            else:
                values = np.nan_to_num(gt.closeness(gt.GraphView(G, reversed=True), norm=True).a.copy())
        elif op == "harmonic":
            if lib == "networkx":
                values = by_id(nx.harmonic_centrality(G))
            elif lib == "igraph":
                values = np.array(G.harmonic_centrality(mode="in", normalized=False))
            else:
                values = gt.closeness(gt.GraphView(G, reversed=True), harmonic=True, norm=False).a.copy()
        elif op == "components":
            if lib == "networkx":
                extra["weak"] = nx.number_weakly_connected_components(G)
                extra["strong"] = nx.number_strongly_connected_components(G)
            elif lib == "igraph":
                extra["weak"] = len(G.components(mode="weak"))
                extra["strong"] = len(G.components(mode="strong"))
            else:
                extra["weak"] = len(gt.label_components(G, directed=False)[1])
                extra["strong"] = len(gt.label_components(G, directed=True)[1])
        seconds = time.perf_counter() - start
        if op == "pagerank" and lib == "igraph":
            seconds = emit_seconds
        if values is not None:
            save(out, lib, op, values)
        emit(dict({"op": op, "seconds": seconds}, **extra))
    emit({"op": "memory", "peak_rss_kib": rss_kib(), "start_rss_kib": base})
    return 0


# ---------------------------------------------------------------- driver

def run(cmd, timeout):
    """Runs a worker; returns its records by op, or {"error": ...}."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": "timed out after %d s" % timeout}
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["exit code %d" % p.returncode])[-1]}
    records = {}
    for line in p.stdout.splitlines():
        if line.startswith("{"):
            r = json.loads(line)
            records[r["op"]] = r
    return records


def compare(out_dir, lib, op):
    """How far a peer's scores are from faultline's: (max abs difference, max abs score), or None."""
    import numpy as np
    a_path = os.path.join(out_dir, "faultline_%s.f64" % op)
    b_path = os.path.join(out_dir, "%s_%s.f64" % (lib, op))
    if not (os.path.exists(a_path) and os.path.exists(b_path)):
        return None
    a, b = np.fromfile(a_path), np.fromfile(b_path)
    if a.shape != b.shape:
        return (float("inf"), 1.0)
    return (float(np.max(np.abs(a - b))), float(np.max(np.abs(a))))


def agrees(op, diff):
    if diff is None:
        return None
    d, scale = diff
    # PageRank: every library stops at an L1 change below 1e-6, so scores agree to about that;
    # the shortest-path measures are exact up to rounding.
    return d <= (1e-6 if op == "pagerank" else 1e-9 * max(1.0, scale))


def fmt_seconds(s):
    return "%.3g s" % s if s >= 0.01 else "%.2g ms" % (s * 1000)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1k,10k,100k,1m", help="comma-separated: 1k, 10k, 100k, 1m")
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build-bench-centrality"))
    parser.add_argument("--no-build", action="store_true", help="use the programs already in --build-dir")
    parser.add_argument("--work-dir", help="where the graphs go (default: a new temporary directory, deleted after)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--threads", type=int, default=0, help="faultline's threads (0: every core)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--peers", default=",".join(PEERS))
    parser.add_argument("--timeout", type=int, default=3600, help="seconds per library and size")
    parser.add_argument("--markdown", help="also write the table as markdown to this file")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--ops", help=argparse.SUPPRESS)
    parser.add_argument("--sources", help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args)

    bench_dir = os.path.join(args.build_dir, "bench")
    if not args.no_build:
        subprocess.run(["cmake", "-S", ROOT, "-B", args.build_dir, "-DCMAKE_BUILD_TYPE=Release",
                        "-DFAULTLINE_BUILD_TESTS=OFF", "-DFAULTLINE_INSTALL=OFF"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", args.build_dir, "-j2", "--target", "faultline_centrality_bench",
                        "faultline_gen_powerlaw"], check=True, stdout=subprocess.DEVNULL)
    work = args.work_dir or tempfile.mkdtemp(prefix="faultline-centrality-")
    os.makedirs(work, exist_ok=True)
    peers = [p for p in args.peers.split(",") if p]
    import platform
    print("faultline centrality benchmark: %s, %d cores, Python %s" % (platform.processor() or platform.machine(),
                                                                       os.cpu_count(), platform.python_version()))
    versions = {}
    for lib, module in (("networkx", "networkx"), ("igraph", "igraph"), ("graph-tool", "graph_tool")):
        try:
            versions[lib] = __import__(module).__version__.split()[0]
        except ImportError:
            versions[lib] = None
    print("peers: " + ", ".join("%s %s" % (k, v or "MISSING") for k, v in versions.items()))

    rows = []  # (size, op, faultline seconds, {peer: (seconds or message, agreement)})
    memory = []  # (size, {lib: bytes per edge})
    try:
        for size in [s.strip().lower() for s in args.sizes.split(",") if s.strip()]:
            nodes, edges, ops = SIZES[size]
            csv = os.path.join(work, "powerlaw_%s.csv" % size)
            out_dir = os.path.join(work, "scores_%s" % size)
            os.makedirs(out_dir, exist_ok=True)
            gen = subprocess.run([os.path.join(bench_dir, "gen_powerlaw"), "--nodes", str(nodes), "--edges", str(edges),
                                  "--seed", str(args.seed), "--out", csv], check=True, capture_output=True, text=True)
            print("\n%s: %s (%.0f MB)" % (size, gen.stdout.strip(), os.path.getsize(csv) / 1e6), flush=True)
            mine = run([os.path.join(bench_dir, "centrality_bench"), csv, "--ops", ",".join(ops), "--threads",
                        str(args.threads), "--seed", str(args.seed), "--tolerance", str(PAGERANK_L1), "--out-dir",
                        out_dir], args.timeout)
            if "error" in mine:
                sys.exit("faultline failed on %s: %s" % (size, mine["error"]))
            print("  faultline: " + ", ".join("%s %s" % (op, fmt_seconds(mine[op]["seconds"])) for op in ["load"] + ops),
                  flush=True)
            results = {}
            for lib in peers:
                if versions.get(lib) is None:
                    results[lib] = {"error": "not installed"}
                    continue
                lib_ops = ops if lib != "networkx" or NETWORKX_OPS[size] is None else NETWORKX_OPS[size]
                if lib == "networkx" and not lib_ops:
                    results[lib] = {"error": "skipped (too slow and too large)"}
                    continue
                cmd = [sys.executable, os.path.abspath(__file__), "--worker", lib, "--file", csv, "--ops",
                       ",".join(lib_ops), "--sources", os.path.join(out_dir, "sources.txt"), "--out-dir", out_dir]
                results[lib] = run(cmd, args.timeout)
                shown = [op for op in ["load"] + lib_ops if op in results[lib] and "seconds" in results[lib][op]]
                print("  %s: %s" % (lib, results[lib].get("error") or ", ".join(
                    "%s %s" % (op, fmt_seconds(results[lib][op]["seconds"])) for op in shown)), flush=True)
            for op in ["load"] + ops:
                cells = {}
                for lib in peers:
                    r = results[lib]
                    if "error" in r:
                        cells[lib] = (r["error"], None)
                    elif op not in r:
                        cells[lib] = ("skipped", None)
                    elif "skipped" in r[op]:
                        cells[lib] = ("n/a", None)
                    else:
                        ok = None
                        if op == "components":
                            ok = (r[op]["weak"], r[op]["strong"]) == (mine[op]["weak"], mine[op]["strong"])
                        elif op != "load":
                            ok = agrees(op, compare(out_dir, lib, op))
                        cells[lib] = (r[op]["seconds"], ok)
                rows.append((size, op, mine[op]["seconds"], cells))
            per_edge = {"faultline": (mine["memory"]["peak_rss_kib"] - mine["memory"]["start_rss_kib"]) * 1024.0 / edges}
            for lib in peers:
                r = results[lib]
                if "memory" in r:
                    per_edge[lib] = (r["memory"]["peak_rss_kib"] - r["memory"]["start_rss_kib"]) * 1024.0 / edges
            memory.append((size, per_edge, mine["memory"]["structure_bytes_per_edge"]))
            if not args.keep:
                os.remove(csv)
    finally:
        if not args.keep and not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)

    # The table.
    header = ["size", "operation", "faultline"] + ["%s (ratio)" % p for p in peers]
    lines = []
    for size, op, t, cells in rows:
        line = [size, LABELS[op], fmt_seconds(t)]
        for lib in peers:
            value, ok = cells[lib]
            if isinstance(value, str):
                line.append(value)
            else:
                mark = "" if ok is None else (" ✓" if ok else " ✗ DISAGREES")
                line.append("%s (%.2f)%s" % (fmt_seconds(value), t / value if value > 0 else float("nan"), mark))
        lines.append(line)
    for size, per_edge, structure in memory:
        line = [size, "peak memory, bytes/edge", "%.0f (CSR %.1f)" % (per_edge["faultline"], structure)]
        for lib in peers:
            line.append("%.0f (%.2f)" % (per_edge[lib], per_edge["faultline"] / per_edge[lib])
                        if per_edge.get(lib, 0) > 0 else "-")
        lines.append(line)
    widths = [max(len(str(r[c])) for r in [header] + lines) for c in range(len(header))]
    print()
    for r in [header] + lines:
        print("  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip())
    print("\nratio = faultline time / peer time (below 1: faultline is faster); memory ratio = faultline / peer.")
    print("✓: the peer's scores (or component counts) agree with faultline's; ✗: they do not.")
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
            for r in lines:
                f.write("| " + " | ".join(str(x) for x in r) + " |\n")
    disagreements = [(s, op) for s, op, _, cells in rows for lib in peers if cells[lib][1] is False]
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
