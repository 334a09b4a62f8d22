# SPDX-License-Identifier: Apache-2.0
"""Typed results of queries.

Every result converts to what the CLI prints: ``to_dict()`` is the CLI's
``--format json`` document, ``to_pandas()`` its ``--format csv`` table,
``str()`` its table, ``to_svg()`` its picture. They are the same conversions
of the same C++ result, so one document describes both.
"""
import html
import io
import json


class Result:
    """The answer of one query. ``bool(result)`` is False when the CLI would exit 1 (no result)."""

    def __init__(self, core):
        self._core = core  # holds the C++ result and the session it points into
        self._dict = None

    @property
    def command(self):
        return self._core.command

    @property
    def log(self):
        """What the command reported on the side (the CLI's standard error)."""
        return self._core.log

    @property
    def formats(self):
        return list(self._core.formats())

    def __bool__(self):
        return self._core.status == 0

    def to_dict(self):
        """The CLI's JSON document (``--format json``) as Python objects."""
        if self._dict is None:
            self._dict = json.loads(self._core.text("json"))
        return self._dict

    def __getitem__(self, key):
        return self.to_dict()[key]

    def keys(self):
        return self.to_dict().keys()

    def to_json(self):
        return self._core.text("json")

    def to_csv(self):
        """The CLI's CSV table (``--format csv``)."""
        self._need("csv")
        return self._core.text("csv")

    def to_pandas(self):
        """The CLI's CSV table as a DataFrame (``--format csv``)."""
        import pandas as pd

        self._need("csv")
        text = self._core.text("csv")
        frame = pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
        # A column of whole numbers with gaps (an unaligned actor's bloc) reads
        # as floats (1.0, NaN): keep it whole, with pandas' missing value.
        gappy = [name for name in frame.columns if frame[name].dtype.kind == "f" and frame[name].isna().any()]
        if gappy:
            written = pd.read_csv(io.StringIO(text), usecols=gappy, dtype=str, keep_default_na=False)
            for name in gappy:
                values = written[name][written[name] != ""]
                if len(values) and values.str.fullmatch(r"-?\d+").all():
                    frame[name] = frame[name].astype("Int64")
        return frame

    def to_svg(self):
        """The picture the CLI draws with ``--format svg``."""
        self._need("svg")
        return self._core.text("svg")

    def to_dot(self):
        self._need("dot")
        return self._core.text("dot")

    def _need(self, fmt):
        if fmt not in self._core.formats():
            from .errors import UsageError

            raise UsageError(f"{self.command} has no {fmt} form: it has {', '.join(self._core.formats())}")

    def __str__(self):
        return self._core.text("table") if "table" in self._core.formats() else self.to_json()

    def __repr__(self):
        return f"<faultline.{type(self).__name__} result of {self.command}>"

    def _repr_html_(self):
        parts = []
        if "csv" in self._core.formats():
            parts.append(self.to_pandas().to_html(index=False, max_rows=60))
        else:
            parts.append("<pre>" + html.escape(str(self)) + "</pre>")
        if "svg" in self._core.formats():
            try:
                parts.append(self.to_svg())
            except Exception:  # a picture that cannot be drawn leaves the table
                pass
        return "\n".join(parts)


class Backers(Result):
    """Who backs an actor (``faultline backers``): chains of backing, strongest first."""


class Proxies(Result):
    """Whom an actor backs (``faultline proxies``)."""


class Path(Result):
    """How two actors are connected (``faultline path``)."""


class Timeline(Result):
    """Incidents in date order (``faultline timeline``)."""


class Escalation(Result):
    """Escalation chains of incidents (``faultline escalation``)."""


class Alliances(Result):
    """Blocs of the signed actor graph (``faultline alliances``)."""


class Balance(Result):
    """Structural balance of the signed actor graph (``faultline balance``)."""


class Tensions(Result):
    """Unbalanced triangles and ties across blocs (``faultline tensions``)."""


class Stats(Result):
    """Incident counts and fatalities by month, country, actor... (``faultline stats``)."""


class Actors(Result):
    """The actors with their relation and incident counts (``faultline actors``)."""


class Show(Result):
    """One actor or incident in full (``faultline show``)."""


class Info(Result):
    """What was loaded (``faultline info``)."""


class Validate(Result):
    """Warnings about the loaded scenarios (``faultline validate``)."""


class Report(Result):
    """The HTML report (``faultline report``)."""

    def html(self):
        return self._core.output().decode("utf-8")

    def _repr_html_(self):
        return self.html()


class Import(Result):
    """What an import read, skipped and wrote (``faultline import``)."""


class Centrality(Result):
    """Scores of one centrality measure (``faultline centrality``).

    ``scores`` is a read-only numpy array over the C++ result's own buffer (no
    copy), one score per actor or node in the graph's order (edge betweenness:
    one per tie); ``ids`` names them; ``to_series()`` is a pandas Series of the
    scores indexed by id (still without a copy).
    """

    @property
    def scores(self):
        return self._core.scores

    @property
    def ids(self):
        return self._core.score_ids()

    @property
    def metric(self):
        """The measure's name, as ``-m`` takes it ("pagerank")."""
        return self._core.score_name()

    def to_series(self):
        import pandas as pd

        ids = self.ids
        metric = self._core.score_name()
        if metric == "edge-betweenness":
            index = pd.MultiIndex.from_tuples([tuple(i.split("\x1f")) for i in ids], names=["source", "target"])
        else:
            index = pd.Index(ids, name="id")
        return pd.Series(self.scores, index=index, name=metric, copy=False)


_BY_COMMAND = {
    "backers": Backers, "proxies": Proxies, "path": Path, "timeline": Timeline, "escalation": Escalation,
    "alliances": Alliances, "balance": Balance, "tensions": Tensions, "stats": Stats, "actors": Actors,
    "show": Show, "info": Info, "validate": Validate, "report": Report, "import": Import,
    "centrality": Centrality,
}


def wrap(core):
    return _BY_COMMAND.get(core.command, Result)(core)
