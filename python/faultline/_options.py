# SPDX-License-Identifier: Apache-2.0
"""Keyword arguments to command-line flags.

A query's keyword arguments are the command's own flags, read from the CLI's
declarations (``_core.describe``): ``depth=2`` is ``--depth 2``,
``through_governments=True`` is ``--through-governments``, a list repeats the
flag, ``None`` and ``False`` leave it out, and a trailing underscore is dropped
(``from_=`` for ``--from``). The command then parses them into its option
struct, with its defaults, exactly as on the command line.
"""
import datetime
import difflib
import functools
import math

from . import _core
from .errors import UsageError

#: Global flags a query may take (the others name the inputs, given to load()).
QUERY_GLOBALS = ("as-of", "min-confidence", "min-mentions", "min-sources", "root-events-only", "max-nodes")


@functools.lru_cache(maxsize=None)
def spec(command):
    """The command's help and options: {'help': ..., 'options': [{'name', 'positional', 'flag', ...}]}."""
    return _core.describe(command)


@functools.lru_cache(maxsize=None)
def _global_options():
    return [o for o in spec("")["options"] if o["name"] in QUERY_GLOBALS]


def options_of(command):
    """The keyword options of a command, its own then the global ones a query takes."""
    own = [o for o in spec(command)["options"] if not o["positional"] and o["name"] != "format"]
    return own + _global_options()


def positionals_of(command):
    return [o for o in spec(command)["options"] if o["positional"]]


def _text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UsageError(f"{value!r} is not a finite number")
        return repr(value)
    return str(value)


def argv(command, args, kwargs):
    """The command line of `command` with positional `args` and keyword options `kwargs`."""
    positional = positionals_of(command)
    takes_any_number = bool(positional) and positional[-1]["multiple"]  # e.g. import's files
    if len(args) > len(positional) and not takes_any_number:
        raise UsageError(f"{command}() takes {len(positional)} positional argument(s) "
                         f"({', '.join(p['name'] for p in positional) or 'none'}), {len(args)} given")
    known = {o["name"]: o for o in options_of(command)}
    flags = []
    for key, value in kwargs.items():
        name = key.rstrip("_").replace("_", "-")
        option = known.get(name)
        if option is None:
            close = difflib.get_close_matches(name, list(known), n=3)
            hint = f"; did you mean {', '.join(c.replace('-', '_') for c in close)}?" if close else ""
            raise UsageError(f"{command}() has no option {key!r}{hint}")
        if value is None:
            continue
        if option["flag"]:
            if not isinstance(value, bool):
                raise UsageError(f"{command}(): {key} is a flag: give True or False, not {value!r}")
            if value:
                flags.append("--" + name)
            continue
        values = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        for v in values:
            flags += ["--" + name, _text(v)]
    words = [_text(a) for a in args]
    return [command] + flags + (["--"] + words if words else [])


def signature_doc(command):
    """A docstring listing the command's arguments and options with their defaults and help."""
    s = spec(command)
    positional_names = [p["name"] for p in positionals_of(command)]
    lines = [s["help"], "", "Options (keyword arguments; the CLI's flags, `-` read as `_`):"]
    for o in options_of(command):
        default = f" (default {o['default']})" if o["default"] not in ("", "[]") else ""
        kind = "True/False" if o["flag"] else o["value"] or "value"
        lines.append(f"  {o['name'].replace('-', '_')}: {kind}{default}. {o['help']}")
    if positional_names:
        lines.insert(2, "Arguments: " + ", ".join(positional_names))
    return "\n".join(lines)
