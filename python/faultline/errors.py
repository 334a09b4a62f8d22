# SPDX-License-Identifier: Apache-2.0
"""The exceptions faultline raises: one per kind of failure the library reports.

Each carries the library's message unchanged (``str(e)``), the same words the
command line prints after ``faultline: error:``.
"""


class Error(Exception):
    """Root of every faultline error."""


class UsageError(Error, ValueError):
    """An invalid option, argument or combination of them (the CLI's exit 2 for usage)."""


class ParseError(Error, ValueError):
    """Malformed input. ``file``, ``line`` and ``column`` say where (1-based; 0 when unknown);
    ``detail`` is the message without the location."""

    file = ""
    line = 0
    column = 0
    detail = ""


class NotFoundError(Error, LookupError):
    """A name that resolves to nothing (or to more than one thing). ``name`` is the name
    asked for, ``suggestions`` the close matches (may be empty)."""

    name = ""
    suggestions = ()


class CorruptSnapshotError(Error):
    """A snapshot that is truncated, damaged, of another format version or not a snapshot."""


class FileError(Error, OSError):
    """A file that cannot be opened, read or written."""


class CancelledError(Error):
    """Long work stopped because the progress callback returned False."""


__all__ = ["Error", "UsageError", "ParseError", "NotFoundError", "CorruptSnapshotError", "FileError",
           "CancelledError"]
