# SPDX-License-Identifier: Apache-2.0
"""Graph: one loaded input (scenarios, snapshots, imported events or an edge
list) and the queries the command line answers on it."""
import json
import os

from . import _core
from . import _options
from ._results import wrap
from .errors import UsageError

#: The kinds of actor node (the others are incidents).
ACTOR_KINDS = ("state", "group", "person")
#: Roles an actor plays in an incident (scenario keys of an incident).
ROLES = ("perpetrator", "target", "victim", "claimed_by", "attributed_to", "condemned_by")


def _progress(progress, what):
    """The callback handed to the C++ core: None, a callable(done, total) or a tqdm bar for True."""
    if progress is None or progress is False:
        return None, None
    if callable(progress):
        return progress, None
    if progress is True:
        try:
            from tqdm.auto import tqdm
        except ImportError:
            return None, None
        bar = tqdm(desc=what, total=None, leave=False)

        def update(done, total):
            if bar.total != total:
                bar.total = total
            bar.n = done
            bar.refresh()
            return True

        return update, bar
    raise UsageError("progress= takes True, False, None or a callable(done, total)")


def _call(function, progress, what, *args):
    callback, bar = _progress(progress, what)
    try:
        return function(*args, callback)
    finally:
        if bar is not None:
            bar.close()


def _query(command):
    """A Graph method running `command` with its flags as keyword arguments."""

    def query(self, *args, progress=None, **options):
        return self.run(command, *args, progress=progress, **options)

    query.__name__ = command.replace("-", "_")
    query.__qualname__ = "Graph." + query.__name__
    query.__doc__ = None  # written by _document_queries() from the command's declarations
    query._faultline_command = command
    return query


class Graph:
    """A loaded graph and the queries of the command line.

    Make one with :func:`faultline.load`, :func:`faultline.sample`,
    :func:`faultline.import_events`, :func:`faultline.load_edges`,
    :meth:`Graph.from_pandas` or :meth:`Graph.from_networkx`.
    Each query takes the CLI command's flags as keyword arguments (``-`` read
    as ``_``) and returns a typed result; ``help(Graph.backers)`` lists them.
    """

    def __init__(self, session, import_result=None):
        self._session = session
        #: For a graph made by import_events(): what the import read (an Import result).
        self.import_report = import_result

    # ---------------------------------------------------------------- making graphs

    @classmethod
    def from_pandas(cls, nodes=None, edges=None, *, source="source", target="target", directed=True,
                    name="<pandas>"):
        """A graph from DataFrames.

        A typed graph when ``nodes`` has a ``kind`` column (state, group,
        person or incident): actors and incidents are the nodes (columns as
        :meth:`actors` and :meth:`incidents` give them), and each edge is a
        relation between two actors (``type``: backs, fights, ...), a role
        from an actor to an incident (``type``: perpetrator, target, ...) or
        a link between incidents (``type``: responds_to, ...).

        Otherwise a plain edge list, as ``--edges`` reads: ``source`` and
        ``target`` columns (any hashable ids), and optional ``weight``,
        ``sign`` (-1, 0, +1) and ``type``; ``nodes`` may add isolated nodes
        (an ``id`` column) and labels (``label``).
        """
        import numpy as np
        import pandas as pd

        if edges is None:
            raise UsageError("from_pandas needs an edges DataFrame")
        if nodes is not None and "kind" in nodes.columns:
            return cls._from_typed_tables(nodes, edges, source, target, name)
        for column in (source, target):
            if column not in edges.columns:
                raise UsageError(f"from_pandas: the edges have no {column!r} column "
                                 f"(columns: {', '.join(map(str, edges.columns))})")
        # Ids numbered in order of first appearance, row by row (source, then
        # target), as the CSV reader numbers them: answers list nodes alike.
        m = len(edges)
        ends = np.empty(2 * m, dtype=object if edges[source].dtype != edges[target].dtype else edges[source].dtype)
        ends[0::2] = edges[source].to_numpy()
        ends[1::2] = edges[target].to_numpy()
        if nodes is not None and "id" in nodes.columns:
            ends = np.concatenate([ends, nodes["id"].to_numpy(dtype=ends.dtype)])
        codes, uniques = pd.factorize(ends, sort=False)
        if (codes[:2 * m] < 0).any():
            raise UsageError("from_pandas: an edge has a missing source or target")
        ids = [str(u) for u in uniques]
        labels = []
        if nodes is not None and "label" in nodes.columns:
            by_id = dict(zip(nodes["id"].astype(str), nodes["label"].astype(str)))
            labels = [by_id.get(i, "") for i in ids]
        weight = edges["weight"].to_numpy(dtype=np.float64) if "weight" in edges.columns else None
        sign = None
        if "sign" in edges.columns:
            sign = _signs(edges["sign"])
        type_codes, type_names = None, []
        if "type" in edges.columns:
            tc, tu = pd.factorize(edges["type"].astype(str), sort=False)
            type_codes, type_names = tc.astype(np.uint32), [str(t) for t in tu]
        session = _core.open_edge_columns(name, ids, labels, codes[0:2 * m:2].astype(np.uint32),
                                          codes[1:2 * m:2].astype(np.uint32), weight, sign, type_codes, type_names,
                                          bool(directed))
        return cls(session)

    @classmethod
    def _from_typed_tables(cls, nodes, edges, source, target, name):
        """A typed graph from node and edge tables, through the scenario format's own checks."""
        kinds = dict(zip(nodes["id"].astype(str), nodes["kind"].astype(str)))
        scenario = {"faultline": 1, "scenario": {"id": "from-pandas", "title": name}, "actors": [],
                    "relations": [], "incidents": []}
        incidents = {}
        for row in nodes.to_dict("records"):
            node = {k: v for k, v in row.items() if _present(v)}
            if node.get("kind") == "incident":
                incidents[str(node["id"])] = _incident_entry(node)
            else:
                scenario["actors"].append(_actor_entry(node))
        declared = set()
        for row in edges.to_dict("records"):
            e = {k: v for k, v in row.items() if _present(v)}
            a, b, kind = str(e.get(source)), str(e.get(target)), str(e.get("type", ""))
            ka, kb = kinds.get(a), kinds.get(b)
            if ka is None or kb is None:
                raise UsageError(f"from_pandas: edge {a} -> {b} names a node that is not in the nodes table")
            if ka != "incident" and kb != "incident":
                rel = {"from": a, "type": kind, "to": b}
                for key in ("weight", "since", "until", "confidence", "note"):
                    if key in e:
                        rel[key] = _plain(e[key])
                if "as" in e:
                    rel["as"] = e["as"]
                scenario["relations"].append(rel)
                declared.add(kind)
            elif ka != "incident":
                if kind not in ROLES:
                    raise UsageError(f"from_pandas: edge {a} -> {b}: {kind!r} is not a role "
                                     f"(expected one of {', '.join(ROLES)})")
                incidents[b].setdefault(kind, []).append(a)
            elif kb != "incident":
                if kind not in ROLES:
                    raise UsageError(f"from_pandas: edge {a} -> {b}: {kind!r} is not a role")
                incidents[a].setdefault(kind, []).append(b)
            else:  # a link: incident a responds to (or follows) incident b
                incidents[a].setdefault(kind or "responds_to", []).append(b)
        scenario["incidents"] = list(incidents.values())
        types = nodes.attrs.get("relation_types") or edges.attrs.get("relation_types")
        if types:
            scenario["relation_types"] = types
        return cls(_core.open_scenario_text(name, json.dumps(scenario)))

    @classmethod
    def from_networkx(cls, G, *, name="<networkx>"):
        """A graph from a NetworkX graph.

        A typed graph when the nodes carry a ``kind`` attribute (as
        :meth:`to_networkx` writes them; see :meth:`from_pandas`), else a
        plain edge list with the edges' ``weight``, ``sign`` and ``type``
        attributes, directed as ``G`` is.
        """
        import pandas as pd

        nodes = pd.DataFrame([{"id": n, **d} for n, d in G.nodes(data=True)])
        rows = [{"source": u, "target": v, **d} for u, v, d in G.edges(data=True)]
        edges = pd.DataFrame(rows, columns=None if rows else ["source", "target"])
        if "relation_types" in G.graph:
            nodes.attrs["relation_types"] = G.graph["relation_types"]
        if len(nodes) and "kind" in nodes.columns:
            return cls.from_pandas(nodes, edges, name=name)
        return cls.from_pandas(nodes[["id"]] if len(nodes) else None, edges, directed=G.is_directed(), name=name)

    def to_networkx(self):
        """The graph as NetworkX.

        A typed graph gives a MultiDiGraph: actors and incidents are nodes
        (``kind`` and the columns of :meth:`actors` and :meth:`incidents`),
        relations, roles and incident links are edges whose ``type`` says
        which (a relation type, a role, a link kind). An edge list gives a
        DiGraph or Graph (MultiDiGraph/MultiGraph when it repeats a pair)
        with its ``weight``, ``sign`` and ``type``.
        """
        import networkx as nx

        if self.is_edge_list:
            rel = self.relations()
            pairs = list(zip(rel["source"], rel["target"]))
            directed = self._session.is_directed
            repeated = len(set(pairs if directed else [tuple(sorted(p)) for p in pairs])) != len(pairs)
            G = (nx.MultiDiGraph() if repeated else nx.DiGraph()) if directed else (
                nx.MultiGraph() if repeated else nx.Graph())
            actors = self.actors()
            for row in actors.to_dict("records"):
                G.add_node(row.pop("id"), **{k: v for k, v in row.items() if _present(v)})
            attrs = [c for c in ("weight", "sign", "type") if c in rel.columns]
            for row in rel.itertuples(index=False):
                d = row._asdict()
                G.add_edge(d["source"], d["target"], **{k: _plain(d[k]) for k in attrs})
            return G
        G = nx.MultiDiGraph()
        for row in self.actors().to_dict("records"):
            G.add_node(row.pop("id"), **{k: _plain(v) for k, v in row.items() if _present(v)})
        for row in self.incidents().to_dict("records"):
            G.add_node(row.pop("id"), kind="incident", **{k: _plain(v) for k, v in row.items() if _present(v)})
        for row in self.relations().to_dict("records"):
            s, t = row.pop("source"), row.pop("target")
            G.add_edge(s, t, key=row["type"], **{k: _plain(v) for k, v in row.items() if _present(v)})
        for row in self.roles().to_dict("records"):
            G.add_edge(row["actor"], row["incident"], key=row["role"], type=row["role"])
        for row in self.links().to_dict("records"):
            G.add_edge(row["from"], row["to"], key=row["kind"], type=row["kind"])
        G.graph["relation_types"] = self._declared_types()
        return G

    def _declared_types(self):
        """Relation types a scenario declared (beyond the built-in ones), for a round trip."""
        return self.to_scenario().get("relation_types", [])

    def to_scenario(self):
        """The graph as a scenario document (``faultline export --to json``), as Python objects."""
        return json.loads(self.run("export", to="json")._core.output().decode("utf-8"))

    # ---------------------------------------------------------------- tables

    @property
    def is_edge_list(self):
        """Whether this is a plain edge list (from_pandas, load_edges) rather than a typed graph."""
        return self._session.is_edge_list

    def actors(self):
        """The actors as a DataFrame: id, kind, name, category, country, aliases, confidence
        (an edge list: its nodes, id and label)."""
        return _frame(_core.actors_table(self._session))

    def incidents(self):
        """The incidents as a DataFrame: id, name, date, until, type, place, country, lat, lon,
        fatalities, injured, cameo, goldstein, dataset, event_type, confidence."""
        return _frame(_core.incidents_table(self._session))

    def relations(self):
        """The relations as a DataFrame: source, target, type, weight, since, until, as, confidence
        (an edge list: source, target and its weight, sign and type)."""
        return _frame(_core.relations_table(self._session))

    def roles(self):
        """Who plays which part in which incident: actor, incident, role, attributed_by."""
        return _frame(_core.roles_table(self._session))

    def links(self):
        """Which incident answers which: from, to, kind."""
        return _frame(_core.links_table(self._session))

    # ---------------------------------------------------------------- queries

    def run(self, command, *args, progress=None, **options):
        """Runs any faultline command with its flags, e.g. ``g.run("backers", "nujaba", depth=2)``."""
        argv = _options.argv(command, args, options)
        return wrap(_call(lambda p: _core.run(self._session, argv, p), progress, command))

    info = _query("info")
    validate = _query("validate")
    actors_summary = _query("actors")
    show = _query("show")
    backers = _query("backers")
    proxies = _query("proxies")
    path = _query("path")
    timeline = _query("timeline")
    escalation = _query("escalation")
    alliances = _query("alliances")
    balance = _query("balance")
    tensions = _query("tensions")
    centrality = _query("centrality")
    stats = _query("stats")
    report = _query("report")

    def export(self, to="yaml", path=None):
        """The graph in another format (``faultline export --to``): bytes, or written to ``path``."""
        result = self.run("export", to=to, output=None if path is None else os.fspath(path))
        return None if path is not None else result._core.output()

    def __repr__(self):
        return f"<faultline.Graph of {self._session.description}>"

    def __str__(self):
        return str(self.info()) if not self.is_edge_list else repr(self)


def _document_queries():
    for attribute in list(vars(Graph).values()):
        command = getattr(attribute, "_faultline_command", None)
        if command is None:
            continue
        try:
            attribute.__doc__ = _options.signature_doc(command)
        except Exception:  # documentation must not stop the import
            attribute.__doc__ = f"faultline {command}: see `faultline {command} --help`."


_document_queries()


def _signs(column):
    import numpy as np

    mapping = {"+": 1, "-": -1, "+1": 1, "-1": -1, "1": 1, "0": 0}
    if column.dtype.kind in "iuf":
        values = column.to_numpy()
        if not np.isin(values, (-1, 0, 1)).all():
            raise UsageError("from_pandas: sign must be -1, 0 or +1")
        return values.astype(np.int8)
    out = column.astype(str).map(mapping)
    if out.isna().any():
        bad = column[out.isna()].iloc[0]
        raise UsageError(f"from_pandas: sign {bad!r} is not one of +, -, +1, -1, 1, 0")
    return out.to_numpy(dtype=np.int8)


def _present(value):
    if value is None:
        return False
    if isinstance(value, float) and value != value:
        return False
    return not (isinstance(value, str) and value == "")


def _plain(value):
    """numpy scalars as Python numbers (for JSON and NetworkX attributes)."""
    item = getattr(value, "item", None)
    return item() if callable(item) and not isinstance(value, (str, bytes)) else value


def _actor_entry(node):
    entry = {"id": str(node["id"]), "kind": node["kind"], "name": node.get("name", str(node["id"]))}
    for key in ("category", "country", "description"):
        if key in node:
            entry[key] = node[key]
    if "aliases" in node:
        aliases = node["aliases"]
        entry["aliases"] = aliases.split("; ") if isinstance(aliases, str) else list(aliases)
    if "confidence" in node and _plain(node["confidence"]) != 1.0:
        entry["confidence"] = _plain(node["confidence"])
    return entry


def _incident_entry(node):
    entry = {"id": str(node["id"]), "name": node.get("name", str(node["id"])), "date": str(node["date"])}
    for key in ("until", "type", "description", "cameo"):
        if key in node:
            entry[key] = node[key]
    for key in ("fatalities", "injured"):
        if key in node:
            entry[key] = int(node[key])
    if "goldstein" in node:
        entry["goldstein"] = float(node["goldstein"])
    if "confidence" in node and _plain(node["confidence"]) != 1.0:
        entry["confidence"] = _plain(node["confidence"])
    place = {k: _plain(node[p]) for k, p in (("name", "place"), ("country", "country"), ("lat", "lat"),
                                             ("lon", "lon")) if p in node}
    if place:
        entry["place"] = place
    return entry


def _frame(columns):
    import pandas as pd

    return pd.DataFrame(columns, copy=False)
