"""regex_cache: compiled regular expressions kept on disk between runs, as ``.pyc`` files keep
bytecode.

Why: the rule tables compile to ~200 patterns, several of them tries of thousands of characters.
Python's ``re`` parses and compiles patterns in pure Python, which took about half a second of
every start of the command (more than extracting a hundred pages): paid again by each
``newsparse extract page.txt`` in a shell loop and by each batch worker. The compiled program of
a pattern depends only on the pattern, its flags and the Python version, so it is computed once
and stored; later runs hand it straight to ``_sre.compile`` (the last step of ``re.compile``).

Safety:
- The compiled program is built with the same private steps ``re.compile`` uses
  (``re._parser.parse`` and ``re._compiler._code``). At import, a few probe patterns are compiled
  both ways and must compare equal (``Pattern.__eq__`` compares the compiled code); if they do
  not, or the private modules are missing, every pattern goes through plain ``re.compile`` and
  nothing is stored. The tests check every cached pattern of the package the same way.
- The store is marshalled plain data (strings, ints, bytes, tuples, dicts): loading it runs no
  code (marshal is not hardened against hostile data, so the store is trusted as the user's
  own ``__pycache__`` is: it lives in their cache directory). It is named after the
  interpreter (cache tag, exact release) and ``_sre.MAGIC``, so another interpreter never
  reads it; entries are keyed by pattern text and flags, so a newsparse release with other
  patterns just adds entries (see MAX_ENTRIES). A missing, corrupt or foreign store is ignored.
- Writing is best effort at exit, to a temporary file renamed into place (concurrent batch
  workers cannot tear it); any ``OSError`` leaves the run as it would have been without a cache.

Use: modules import it as ``rx`` and call ``rx.compile`` where they would call ``re.compile``
(same arguments, same result).

Where: ``$NEWSPARSE_CACHE_DIR`` if set (an empty value turns the cache off), else
``$XDG_CACHE_HOME/newsparse``, else ``~/.cache/newsparse`` — the XDG convention pip and mypy
follow. (``PYTHONDONTWRITEBYTECODE`` is not read: it is often set in containers to keep
``__pycache__`` out of images, which says nothing about a user cache.)
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any, AnyStr

try:
    import _sre
    import re._compiler as _sre_compiler
    import re._parser as _sre_parser
except ImportError:  # pragma: no cover - another interpreter: plain re.compile
    _sre = _sre_compiler = _sre_parser = None  # type: ignore[assignment]

STORE_VERSION = 1
"""Bumped when the layout of a stored entry changes."""

MAX_ENTRIES = 2048
"""Entries a store may hold: the package compiles ~180 patterns. Entries are keyed by the
pattern itself, so an upgrade that changes patterns adds new ones; past the cap, a save keeps
only the entries its own run used, which drops what old releases left."""

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` needs besides the pattern: final flags, the compiled code (as the bytes
of an ``array('I')``), the group count, group names → numbers and numbers → names."""

_PROBES = (
    (r"(?P<word>[^\W\d_]+)\s*(?:[.,;:]|$)", re.IGNORECASE),
    (r"^\s*(?:copyright|ⓒ|©)\s+\d{4}(?!\d)", 0),
    (r"[가-힣]{2,4}\s*기자(?=\s|$)|\b(?:by|von)\s+\w+", re.MULTILINE),
)
"""Patterns compiled both ways at import: equal results switch the cache on."""


def cache_dir() -> Path | None:
    """Where the store lives, or None when the cache is off (see the module docstring)."""
    configured = os.environ.get("NEWSPARSE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "newsparse"
    try:
        return Path.home() / ".cache" / "newsparse"
    except RuntimeError:  # no home directory to resolve
        return None


def _store_name() -> str:
    # The exact interpreter release, not only its cache tag: ``_sre.MAGIC`` changes with the
    # format of compiled code, but a patch release may change what ``re`` compiles a pattern to
    # (a fixed optimisation), and a program must come from the ``re`` that runs it.
    tag = sys.implementation.cache_tag or "python"
    release = "{}.{}.{}-{}{}".format(*sys.version_info)
    magic = getattr(_sre, "MAGIC", 0)
    return f"regex-{tag}-{release}-{magic}-v{STORE_VERSION}.marshal"


def _entry(pattern: str | bytes, flags: int) -> _Entry:
    """What ``re._compiler.compile`` computes before handing over to ``_sre.compile``."""
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    packed = array("I", code).tobytes()
    groups = parsed.state.groups - 1
    return flags | parsed.state.flags, packed, groups, groupindex, tuple(indexgroup)


def _build(pattern: AnyStr, entry: _Entry) -> re.Pattern[AnyStr]:
    final_flags, packed, groups, groupindex, indexgroup = entry
    code = array("I")
    code.frombytes(packed)
    return _sre.compile(pattern, final_flags, code.tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _private_path_works() -> bool:
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return False
    try:
        return all(
            _build(pattern, _entry(pattern, int(flags))) == re.compile(pattern, flags)
            for pattern, flags in _PROBES
        )
    except Exception:  # any change in the private modules: plain re.compile
        return False


def _valid(key: Any, entry: Any) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], (str, bytes))
        and isinstance(key[1], int)
        and isinstance(entry, tuple)
        and len(entry) == 5
        and isinstance(entry[0], int)
        and isinstance(entry[1], bytes)
        and isinstance(entry[2], int)
        and isinstance(entry[3], dict)
        and isinstance(entry[4], tuple)
    )


def _load(path: Path) -> dict[tuple[str | bytes, int], _Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except Exception:  # unreadable or not a store (marshal raises several kinds): no cache
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: entry for key, entry in data.items() if _valid(key, entry)}


class _Cache:
    def __init__(self) -> None:
        self.enabled = _private_path_works()
        directory = cache_dir() if self.enabled else None
        self.path = directory / _store_name() if directory is not None else None
        self.entries: dict[tuple[str | bytes, int], _Entry] = {}
        if self.path is not None:
            self.entries = _load(self.path)
        self.used: set[tuple[str | bytes, int]] = set()
        self.dirty = False

    def compile(self, pattern: AnyStr, flags: int) -> re.Pattern[AnyStr]:
        if not self.enabled:
            return re.compile(pattern, flags)
        flags = int(flags)  # (a RegexFlag would not marshal)
        key = (pattern, flags)
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                return _build(pattern, entry)
            except Exception:  # a damaged entry: compile afresh below
                pass
        entry = _entry(pattern, flags)
        self.entries[key] = entry
        self.dirty = True
        return _build(pattern, entry)

    def save(self) -> None:
        """Write the store if this run compiled anything new (best effort, never raises)."""
        if not self.dirty or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                entries = self.entries
                if len(entries) > MAX_ENTRIES:
                    entries = {key: entries[key] for key in self.used if key in entries}
                with os.fdopen(fd, "wb") as out:
                    out.write(marshal.dumps(entries))
                os.replace(temp, self.path)
            except BaseException:
                os.unlink(temp)
                raise
            self.dirty = False
        except (OSError, ValueError):  # read-only home, full disk, unmarshallable: no cache
            pass


_CACHE = _Cache()
atexit.register(_CACHE.save)


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the on-disk store when this pattern was compiled by
    an earlier run (same result: see the module docstring)."""
    return _CACHE.compile(pattern, flags)
