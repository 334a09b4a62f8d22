# SPDX-License-Identifier: Apache-2.0
"""faultline: who backs, fights, claims and strikes whom.

The same engine as the ``faultline`` command line, one call away::

    import faultline
    g = faultline.sample()                     # the bundled sample (Baghdad, 2024-01-04)
    g.backers("nujaba").to_pandas()            # the CLI's `backers nujaba --format csv`
    g.centrality(metric="pagerank").to_series()
    g.alliances().to_dict()                    # the CLI's `alliances --format json`

See docs/python.md.
"""
import os
import re

from . import _core
from ._graph import Graph
from ._results import Result
from .errors import (CancelledError, CorruptSnapshotError, Error, FileError, NotFoundError, ParseError,
                     UsageError)

__version__ = "0.1.0"


_UNITS = {"": 0, "k": 10, "m": 20, "g": 30, "t": 40, "p": 50}


def _size(value, name, default):
    """A size in bytes from an int or a text such as "500M", "16G" or "1KiB" (binary units, as the CLI reads them)."""
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 64:
        return value
    match = re.fullmatch(r"\s*(\d+)\s*([kmgtp]?)(?:i?b)?\s*", value, re.IGNORECASE) if isinstance(value, str) else None
    if match is None:
        raise UsageError(f"{name}={value!r}: expected a size in bytes, e.g. 500_000_000, \"500M\" or \"16G\" (0: no limit)")
    size = int(match.group(1)) << _UNITS[match.group(2).lower()]
    if size >= 1 << 64:
        raise UsageError(f"{name}={value!r} is more than 2^64 bytes")
    return size


def _limits(max_input_size, max_string_length):
    """The limits on one input (docs/limits.md), as --max-input-size and --max-string-length give them."""
    default = _core.InputLimits()
    return _core.InputLimits(_size(max_input_size, "max_input_size", default.max_input_bytes),
                             _size(max_string_length, "max_string_length", default.max_string_bytes))


def load(*paths, progress=None, max_input_size=None, max_string_length=None):
    """Loads scenarios (YAML, JSON) and snapshots into one graph, as ``faultline -s FILE ...`` does.

    ``max_input_size`` and ``max_string_length`` raise (or lower) the limits
    on hostile input, as the CLI's --max-input-size and --max-string-length
    do: an int of bytes or a text such as "16G"; 0 is no limit.
    """
    if not paths:
        raise UsageError("load() needs at least one file (faultline.sample() gives the bundled sample)")
    from ._graph import _call

    files = [os.fspath(p) for p in paths]
    limits = _limits(max_input_size, max_string_length)
    return Graph(_call(lambda p: _core.open_files(files, [], p, limits), progress, "load"))


def sample():
    """The bundled sample: the US strike in Baghdad of 2024-01-04 and the actors around it."""
    return Graph(_core.open_files([], []))


def load_edges(path, nodes=None, *, undirected=False, max_input_size=None, max_string_length=None):
    """A plain edge list (CSV/TSV or Pajek), as ``faultline --edges FILE [--nodes FILE]`` reads it.

    The limits are those of load(); only the node list is read whole.
    """
    return Graph(_core.open_edge_file(os.fspath(path), "" if nodes is None else os.fspath(nodes), undirected,
                                      _limits(max_input_size, max_string_length)))


def import_events(format, files, output=None, *, append=False, progress=None, **filters):
    """Imports event data (gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd, ucdp-brd) into a graph.

    ``filters`` are the flags of ``faultline import`` (``since="2024-01"``,
    ``country="IQ"``, ``min_mentions=3``, ``strict=True`` ...). With
    ``output``, the snapshot is written as the CLI writes it (streamed,
    atomically: a failure or Ctrl-C leaves no file) and the graph is read
    back from it. The import's report is the graph's ``import_report``.
    """
    from ._graph import _call
    from ._options import argv

    if isinstance(files, (str, os.PathLike)):
        files = [files]
    files = [os.fspath(f) for f in files]
    options = dict(filters)
    if output is not None:
        options["output"] = os.fspath(output)
    if append:
        options["append"] = True
    session = _core.open_empty()
    args = argv("import", [format] + files, options)
    report = _call(lambda p: _core.run(session, args, p), progress, "import")
    from ._results import wrap

    result = wrap(report)
    if output is not None:
        if not os.path.exists(os.fspath(output)):
            raise Error(f"Nothing was written to {os.fspath(output)}: {str(result).strip()}")
        return Graph(_core.open_files([os.fspath(output)], []), result)
    return Graph(_core.open_imported(report, ", ".join(files)), result)


__all__ = ["Graph", "Result", "load", "sample", "load_edges", "import_events", "Error", "UsageError",
           "ParseError", "NotFoundError", "CorruptSnapshotError", "FileError", "CancelledError"]
