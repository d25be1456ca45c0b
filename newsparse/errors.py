"""The errors newsparse raises: one base class, one small subclass per kind of problem.

Only I/O and usage problems raise; decoding and extraction never fail on bad bytes or odd text.
Every error names the input it is about and the reason in one line (``str(error)`` is
``"<input>: <reason>"``), so a batch can report it on one stderr line and go on. Errors pickle
cleanly, so they cross process boundaries in a parallel batch unchanged.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """A problem with one input (or with how newsparse was called), told in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(source, reason)
        self.source = source
        """The input as the user gave it ("-" for stdin)."""
        self.reason = reason
        """Why it failed, in a few words, without the input's name."""

    def __str__(self) -> str:
        reason = " ".join(self.reason.split())  # one line, whatever the OS message held
        return f"{_printable(self.source)}: {reason}"


def _printable(name: str) -> str:
    """The input's name with control characters escaped, so a message stays one line."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in name)


class UsageError(NewsparseError):
    """The call itself is wrong (an unknown encoding, say): exit code 2, not 1."""


class InputNotFound(NewsparseError):
    """No file, directory or glob match by that name."""


class IsADirectoryInput(NewsparseError):
    """A directory where a file was needed."""


class EmptyDirectory(NewsparseError):
    """A directory that holds no files to read."""


class UnreadableInput(NewsparseError):
    """The input exists but cannot be read (permissions, I/O error, corrupt gzip)."""


class BinaryInput(NewsparseError):
    """The input is binary data (NUL bytes, no text), not a page."""


class EmptyInput(NewsparseError):
    """The input holds no bytes, or only whitespace."""


class TooLarge(NewsparseError):
    """The input (after gzip decompression) is larger than the byte limit."""


class ExtractionFailed(NewsparseError):
    """The extractor raised on this input: a bug in newsparse, reported instead of a traceback."""

    def __init__(self, source: str, reason: str, detail: str = "") -> None:
        super().__init__(source, reason)
        self.args = (source, reason, detail)
        self.detail = detail
        """The formatted traceback, shown only with ``--debug``."""


class WorkerCrashed(NewsparseError):
    """The worker process died while extracting this input (killed, out of memory, crash)."""


class UnwritableOutput(NewsparseError):
    """The record for this input could not be written (``--output-dir``)."""
