# SPDX-License-Identifier: Apache-2.0
"""The Python module, checked against the CLI, NetworkX, pandas and counts by hand.

Run by CTest (tests/python_tests.cmake) with the build tree's package on
PYTHONPATH and FAULTLINE_EXE naming the faultline program.
"""
import glob
import json
import os
import re
import signal
import subprocess
import threading
import time

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import faultline

EXE = os.environ.get("FAULTLINE_EXE", "faultline")
SOURCE = os.environ.get("FAULTLINE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLE = os.path.join(SOURCE, "samples", "baghdad-2024-01.yaml")
FIXTURES = os.path.join(SOURCE, "samples", "fixtures")
GDELT = os.path.join(FIXTURES, "events", "gdelt-v2.tsv")
GAHUKU = os.path.join(FIXTURES, "gahuku-gama.csv")


def cli_json(*args):
    """The CLI's --format json answer."""
    run = subprocess.run([EXE, *args, "--format", "json"], capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


@pytest.fixture(scope="module")
def g():
    return faultline.sample()


# ---------------------------------------------------------------- results equal the CLI's JSON

@pytest.mark.parametrize("call, args", [
    (lambda g: g.backers("nujaba"), ["backers", "nujaba"]),
    (lambda g: g.backers("nujaba", depth=1, as_of="2024-01-04"), ["--as-of", "2024-01-04", "backers", "nujaba",
                                                                  "--depth", "1"]),
    (lambda g: g.proxies("iran"), ["proxies", "iran"]),
    (lambda g: g.path("usa", "nujaba"), ["path", "usa", "nujaba"]),
    (lambda g: g.timeline(actor="usa"), ["timeline", "--actor", "usa"]),
    (lambda g: g.escalation(top=3), ["escalation", "--top", "3"]),
    (lambda g: g.escalation(to="baghdad-strike"), ["escalation", "--to", "baghdad-strike"]),
    (lambda g: g.escalation(from_="baghdad-strike"), ["escalation", "--from", "baghdad-strike"]),
    (lambda g: g.escalation(between=["usa", "nujaba"]), ["escalation", "--between", "usa", "--between", "nujaba"]),
    (lambda g: g.alliances(), ["alliances"]),
    (lambda g: g.balance(), ["balance"]),
    (lambda g: g.tensions(), ["tensions"]),
    (lambda g: g.centrality(metric="pagerank"), ["centrality", "-m", "pagerank"]),
    (lambda g: g.stats(by="country"), ["stats", "--by", "country"]),
    (lambda g: g.info(), ["info"]),
    (lambda g: g.show("nujaba"), ["show", "nujaba"]),
])
def test_results_equal_the_cli_json(g, call, args):
    assert call(g).to_dict() == cli_json(*args)


def test_escalation_paths_equal_the_cli(g):
    ends = ["usa", "iran"]
    assert g.escalation(paths=ends).to_dict() == cli_json("escalation", "--paths", ends[0], "--paths", ends[1])


# ---------------------------------------------------------------- tables, counted independently

def _yaml_ids(section):
    """Ids of one top-level list of the sample, read with a regular expression (not faultline)."""
    text = open(SAMPLE, encoding="utf-8").read()
    body = re.search(rf"^{section}:\n(.*?)(?=^\S|\Z)", text, re.M | re.S).group(1)
    return re.findall(r"^  - (?:\{)?id: ([\w-]+)", body, re.M)


def test_tables(g):
    actors = g.actors()
    assert sorted(actors["id"]) == sorted(_yaml_ids("actors"))
    assert set(actors.columns) >= {"id", "kind", "name", "country"}
    assert actors.set_index("id").loc["usa", "kind"] == "state"
    incidents = g.incidents()
    assert sorted(incidents["id"]) == sorted(_yaml_ids("incidents"))
    strike = incidents.set_index("id").loc["baghdad-strike"]
    assert strike["date"] == "2024-01-04" and strike["fatalities"] == 2 and strike["country"] == "IQ"
    relations = g.relations()
    text = open(SAMPLE, encoding="utf-8").read()
    relations_block = re.search(r"^relations:\n(.*?)(?=^\S)", text, re.M | re.S).group(1)
    assert len(relations) == len(re.findall(r"^  - \{from:", relations_block, re.M))
    assert ((relations["source"] == "iran") & (relations["type"] == "backs") &
            (relations["target"] == "nujaba")).any()
    roles = g.roles()
    assert set(roles[roles["incident"] == "baghdad-strike"]["actor"]) >= {"usa", "nujaba", "pmf"}


def test_result_tables_are_the_cli_csv(g):
    frame = g.backers("nujaba").to_pandas()
    run = subprocess.run([EXE, "backers", "nujaba", "--format", "csv"], capture_output=True, text=True, check=True)
    expected = pd.read_csv(pd.io.common.StringIO(run.stdout), keep_default_na=False, na_values=[""])
    pd.testing.assert_frame_equal(frame, expected)
    assert list(frame["backer"]) == ["Iran (iran)"]


def test_notebook_html(g):
    html = g.backers("nujaba")._repr_html_()
    assert "<table" in html and "<svg" in html
    assert "<table" in g.alliances()._repr_html_()


def test_whole_number_columns_with_gaps_stay_whole(g):
    blocs = g.alliances().to_pandas().set_index("id")["bloc"]
    assert str(blocs.dtype) == "Int64"
    assert blocs["usa"] == 1 and pd.isna(blocs["lebanon"])  # Lebanon has no signed tie: no bloc


def test_query_options_come_from_the_cli():
    doc = faultline.Graph.backers.__doc__
    assert "depth" in doc and "through_governments" in doc
    with pytest.raises(faultline.UsageError, match="did you mean depth"):
        faultline.sample().backers("nujaba", dpth=2)


# ---------------------------------------------------------------- scores without a copy

def test_scores_share_the_cpp_buffer(g):
    r = g.centrality(metric="degree")
    a, b = r.scores, r.scores
    assert np.shares_memory(a, b)
    s = r.to_series()
    assert np.shares_memory(s.to_numpy(), a)
    assert not a.flags.writeable
    assert list(s.index) == r.ids and len(s) == len(g.actors())


def test_degree_of_an_edge_list_counted_by_hand():
    edges = pd.DataFrame({"source": ["a", "a", "b", "c"], "target": ["b", "c", "c", "d"]})
    s = faultline.Graph.from_pandas(edges=edges, directed=False).centrality(metric="degree").to_series()
    assert s.to_dict() == {"a": 2, "b": 2, "c": 3, "d": 1}


def test_centrality_matches_networkx():
    rng = np.random.default_rng(7)
    n, m = 60, 240
    edges = pd.DataFrame({"source": rng.integers(0, n, m), "target": rng.integers(0, n, m)})
    # One tie per unordered pair: NetworkX's Graph keeps one, faultline would add parallel ties up.
    pairs = np.sort(edges.to_numpy(), axis=1)
    edges = pd.DataFrame(pairs, columns=["source", "target"])
    edges = edges[edges.source != edges.target].drop_duplicates()
    graph = faultline.Graph.from_pandas(edges=edges, directed=False)
    G = nx.from_pandas_edgelist(edges)
    got = graph.centrality(metric="betweenness", normalized=True).to_series()
    want = nx.betweenness_centrality(G)
    for node, score in want.items():
        assert got[str(node)] == pytest.approx(score, abs=1e-9)
    # (NetworkX 2.8's pagerank needs scipy, which the suite does not install: closeness instead.)
    closeness = graph.centrality(metric="closeness").to_series()
    for node, score in nx.closeness_centrality(G).items():
        assert closeness[str(node)] == pytest.approx(score, abs=1e-9)


# ---------------------------------------------------------------- round trips

def test_pandas_edge_list_round_trip():
    edges = pd.DataFrame({"source": ["a", "b", "c", "a"], "target": ["b", "c", "a", "d"],
                          "weight": [1.5, 2.0, 0.5, 1.0], "sign": [1, -1, 1, -1]})
    graph = faultline.Graph.from_pandas(edges=edges)
    assert graph.is_edge_list
    back = graph.relations()
    pd.testing.assert_frame_equal(back[["source", "target", "weight"]], edges[["source", "target", "weight"]])
    assert list(back["sign"]) == [1, -1, 1, -1]
    nodes = pd.DataFrame({"id": ["a", "b", "c", "d", "lonely"], "label": ["A", "B", "C", "D", "L"]})
    with_nodes = faultline.Graph.from_pandas(nodes, edges)
    assert list(with_nodes.actors()["id"]) == ["a", "b", "c", "d", "lonely"]
    assert list(with_nodes.actors()["label"]) == ["A", "B", "C", "D", "L"]


def test_from_pandas_errors_say_what_is_wrong():
    with pytest.raises(faultline.UsageError, match="no 'source' column"):
        faultline.Graph.from_pandas(edges=pd.DataFrame({"from_": ["a"], "target": ["b"]}))
    with pytest.raises(faultline.UsageError, match="sign 'x' is not one of"):
        faultline.Graph.from_pandas(edges=pd.DataFrame({"source": ["a"], "target": ["b"], "sign": ["x"]}))
    with pytest.raises(faultline.UsageError, match="not a finite number"):
        faultline.Graph.from_pandas(edges=pd.DataFrame({"source": ["a"], "target": ["b"], "weight": [float("nan")]}))
    nodes = pd.DataFrame({"id": ["a"], "kind": ["state"], "name": ["A"]})
    with pytest.raises(faultline.UsageError, match="not in the nodes table"):
        faultline.Graph.from_pandas(nodes, pd.DataFrame({"source": ["a"], "target": ["b"], "type": ["backs"]}))
    # A typed table goes through the scenario loader: its checks, with a location.
    nodes = pd.DataFrame({"id": ["a", "b"], "kind": ["state", "alien"], "name": ["A", "B"]})
    with pytest.raises(faultline.ParseError, match="alien"):
        faultline.Graph.from_pandas(nodes, pd.DataFrame({"source": ["a"], "target": ["b"], "type": ["backs"]}))


def test_networkx_round_trip_of_a_typed_graph(g):
    G = g.to_networkx()
    assert G.nodes["usa"]["kind"] == "state"
    assert G.nodes["baghdad-strike"]["kind"] == "incident"
    assert G.has_edge("iran", "nujaba", key="backs")
    assert G.has_edge("usa", "baghdad-strike", key="perpetrator")
    back = faultline.Graph.from_networkx(G)
    key = ["source", "target", "type"]

    def same(a, b, by):
        a = a.sort_values(by).reset_index(drop=True)
        b = b.sort_values(by).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=False)

    same(back.actors(), g.actors(), ["id"])
    same(back.relations(), g.relations(), key)
    same(back.incidents(), g.incidents(), ["id"])
    same(back.roles().drop(columns="attributed_by"), g.roles().drop(columns="attributed_by"),
         ["incident", "actor", "role"])
    same(back.links(), g.links(), ["from", "to"])
    # Sources and notes do not travel through NetworkX (docs/python.md): compare the answers themselves.
    def answers(graph):
        return [(a["backer"]["id"], a["strength"], a["steps"]) for a in graph.backers("nujaba")["answers"]]

    assert answers(back) == answers(g)


def test_networkx_edge_list_round_trip():
    G = nx.karate_club_graph()
    graph = faultline.Graph.from_networkx(G)
    degree = graph.centrality(metric="degree", normalized=True, unweighted=True).to_series()
    for node, score in nx.degree_centrality(G).items():
        assert degree[str(node)] == pytest.approx(score)
    H = graph.to_networkx()
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    assert not H.is_directed()
    assert sorted(map(sorted, nx.relabel_nodes(G, str).edges())) == sorted(map(sorted, H.edges()))
    for u, v, d in G.edges(data=True):
        assert H.edges[str(u), str(v)]["weight"] == d["weight"]


def test_signed_edge_list_blocs_equal_the_cli():
    table = pd.read_csv(GAHUKU, comment="#")
    graph = faultline.Graph.from_pandas(edges=table, directed=False, name=GAHUKU)
    got = graph.alliances().to_dict()
    want = cli_json("--edges", GAHUKU, "--undirected", "alliances")
    assert got["blocs"] == want["blocs"]
    assert got["frustration"] == want["frustration"]


# ---------------------------------------------------------------- loading

def test_load_and_load_edges(tmp_path):
    g = faultline.load(SAMPLE)
    assert len(g.actors()) == len(faultline.sample().actors())
    edges = faultline.load_edges(GAHUKU, undirected=True)
    assert len(edges.relations()) == len(pd.read_csv(GAHUKU, comment="#")) == 58  # 29 rova + 29 hina


def test_import_events_to_a_dataframe_and_a_snapshot(tmp_path):
    rows = [line for line in open(GDELT, encoding="utf-8") if line.strip()]
    g = faultline.import_events("gdelt", GDELT)
    assert g.import_report["rows"] == len(rows)
    incidents = g.incidents()
    assert len(incidents) == g.import_report["imported"]
    assert set(incidents["dataset"]) == {"gdelt"}
    out = tmp_path / "events.snapshot"
    h = faultline.import_events("gdelt", [GDELT], output=out)
    assert out.exists()
    pd.testing.assert_frame_equal(h.incidents(), incidents)


# ---------------------------------------------------------------- errors

def test_parse_error_fields(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("faultline: 1\nactors:\n  - id: x\n    kind: alien\n    name: X\n")
    with pytest.raises(faultline.ParseError) as caught:
        faultline.load(bad)
    e = caught.value
    assert e.file == str(bad) and e.line == 4 and e.column > 0
    assert str(e).startswith(f"{bad}:4:")
    assert isinstance(e, faultline.Error)


def test_not_found_error_fields(g):
    with pytest.raises(faultline.NotFoundError) as caught:
        g.backers("nujabba")
    assert caught.value.name == "nujabba"
    assert any("nujaba" in s.lower() or "Nujaba" in s for s in caught.value.suggestions)


def test_usage_error(g):
    with pytest.raises(faultline.UsageError, match="metric"):
        g.centrality(metric="no-such-measure")
    with pytest.raises(faultline.UsageError):
        g.backers("nujaba", depth=-3)


def test_corrupt_snapshot_error(tmp_path, g):
    snap = tmp_path / "g.snapshot"
    g.export(to="snapshot", path=snap)
    data = bytearray(snap.read_bytes())
    data[len(data) // 2] ^= 0xFF
    snap.write_bytes(bytes(data))
    with pytest.raises(faultline.CorruptSnapshotError):
        faultline.load(snap)


def test_input_limits(tmp_path):
    # 'name: ' puts the 26-letter value at line 3, column 32 (counted by hand).
    path = tmp_path / "long-name.yaml"
    path.write_text("faultline: 1\nactors:\n  - {id: a, kind: group, name: Abcdefghijklmnopqrstuvwxyz}\n")
    with pytest.raises(faultline.ParseError, match="limit of 20 bytes on one value") as caught:
        faultline.load(path, max_string_length=20)
    assert (caught.value.line, caught.value.column) == (3, 32)
    with pytest.raises(faultline.FileError, match="holds 80 bytes, more than the limit of 64 bytes"):
        faultline.load(path, max_input_size=64)
    assert len(faultline.load(path, max_input_size="1K", max_string_length="1KiB").actors()) == 1
    with pytest.raises(faultline.UsageError, match="max_input_size='lots'"):
        faultline.load(path, max_input_size="lots")
    edges = tmp_path / "e.csv"
    edges.write_text("source,target\na,b\n" + "y" * 50 + ",c\n")
    with pytest.raises(faultline.ParseError, match="field `source`: a value of 50 bytes"):
        faultline.load_edges(edges, max_string_length=40)
    assert faultline.load_edges(edges).centrality(metric="degree").to_series().size == 4


def test_file_error(tmp_path):
    with pytest.raises(faultline.FileError):
        faultline.load(tmp_path / "missing.yaml")


# ---------------------------------------------------------------- long work

def test_gil_is_released_during_centrality():
    rng = np.random.default_rng(1)
    n, m = 4000, 24000
    edges = pd.DataFrame({"source": rng.integers(0, n, m), "target": rng.integers(0, n, m)})
    graph = faultline.Graph.from_pandas(edges=edges, directed=False)
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.002)

    thread = threading.Thread(target=tick)
    thread.start()
    time.sleep(0.02)
    start = time.perf_counter()
    graph.centrality(metric="betweenness", threads=1)
    end = time.perf_counter()
    stop.set()
    thread.join()
    during = [t for t in ticks if start < t < end]
    assert end - start > 0.05, "the graph is too small to tell"
    # With the GIL held for the whole call the thread could not tick at all.
    assert len(during) >= 5


def test_progress_callback_is_called(tmp_path):
    seen = []
    faultline.import_events("gdelt", GDELT, progress=lambda done, total: seen.append((done, total)))
    assert seen and all(total >= done for done, total in seen)


def _no_files_left(directory):
    return sorted(os.listdir(directory)) == []


def test_cancelled_import_leaves_no_file(tmp_path):
    out = tmp_path / "cancelled.snapshot"
    with pytest.raises(faultline.CancelledError):
        faultline.import_events("gdelt", GDELT, output=out, progress=lambda done, total: False)
    assert _no_files_left(tmp_path)


def test_keyboard_interrupt_cancels_and_leaves_no_file(tmp_path):
    out = tmp_path / "interrupted.snapshot"

    def interrupt(done, total):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, delivered while the import runs
        return True

    with pytest.raises(KeyboardInterrupt):
        faultline.import_events("gdelt", GDELT, output=out, progress=interrupt)
    assert _no_files_left(tmp_path)
    assert not glob.glob(str(tmp_path / ".*"))


def test_progress_true_draws_a_tqdm_bar(capsys):
    pytest.importorskip("tqdm")
    g = faultline.import_events("gdelt", GDELT, progress=True)
    assert len(g.incidents()) == g.import_report["imported"]
    assert "import" in capsys.readouterr().err  # the bar's label, on standard error


def test_other_commands(g):
    assert g.validate().to_dict() == cli_json("validate")
    assert g.actors_summary().to_dict() == cli_json("actors")
    html = g.report().html()
    assert html.startswith("<!DOCTYPE html>") and "nujaba" in html
    assert g.export(to="json").startswith(b"{")
    assert "Backers of Harakat al-Nujaba" in str(g.backers("nujaba"))
    assert not g.backers("usa")  # nobody backs the United States in the article: the CLI exits 1


def test_real_gdelt_file_when_present():
    data = os.environ.get("FAULTLINE_SHARED_DATA_DIR", "")
    path = os.path.join(data, "gdelt_v2_events_sample", "20180326044500.export.CSV")
    if not os.path.exists(path):
        pytest.skip(f"../shared/data is absent ({path}): the real-data check is skipped")
    g = faultline.import_events("gdelt", path)
    rows = sum(1 for line in open(path, encoding="utf-8", errors="replace") if line.strip())
    assert g.import_report["rows"] == rows
    incidents = g.incidents()
    assert len(incidents) == g.import_report["imported"]
    # Goldstein values as GDELT codes them, read independently with pandas (column 31, 1-based).
    raw = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False)
    ids = set("gdelt-" + raw[0])
    assert set(incidents["id"]) <= ids
    by_id = dict(zip("gdelt-" + raw[0], raw[30].astype(float)))
    assert all(by_id[i] == v for i, v in zip(incidents["id"], incidents["goldstein"]))
