"""The on-disk store of compiled regexes must give patterns identical to ``re.compile``'s, and a
bad store or cache directory must never change a result or raise."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse  # noqa: F401  (imports every rule module: fills the cache's list of patterns)
from newsparse import regex_cache


def _fresh(monkeypatch: pytest.MonkeyPatch, directory: Path | str) -> regex_cache._Cache:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(directory))
    return regex_cache._Cache()


def test_private_path_is_on_here() -> None:
    # CPython 3.11-3.13 is what the package supports: the cache must actually be in use there,
    # or every check below would pass vacuously through plain re.compile.
    assert regex_cache._CACHE.enabled
    assert len(regex_cache._CACHE.used) >= 100


def test_every_package_pattern_round_trips_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = list(regex_cache._CACHE.used)
    writer = _fresh(monkeypatch, tmp_path)
    for pattern, flags in keys:
        assert writer.compile(pattern, flags) == re.compile(pattern, flags)
    writer.save()
    reader = _fresh(monkeypatch, tmp_path)
    assert set(reader.entries) >= set(keys)
    for pattern, flags in keys:
        cached = reader.compile(pattern, flags)
        plain = re.compile(pattern, flags)
        # Pattern equality compares flags and the compiled code itself
        assert cached == plain, pattern[:80]
        assert cached.groupindex == plain.groupindex
        assert cached.groups == plain.groups
    assert not reader.dirty  # everything came from the store


_PIECES = st.sampled_from(
    [r"\d+", r"[a-zà-ÿ]", r"(?P<n>\w+)", r"\s*", "기자", r"(?:a|bc|ç)", r"\b", r"$", r"^", "x"]
)


@settings(max_examples=100, deadline=None)
@given(pieces=st.lists(_PIECES, min_size=1, max_size=6), flags=st.sampled_from([0, 2, 8, 10]))
def test_arbitrary_patterns_build_identical(pieces: list[str], flags: int) -> None:
    pattern = "".join(pieces)
    try:
        plain = re.compile(pattern, flags)
    except re.error:
        return
    built = regex_cache._build(pattern, regex_cache._entry(pattern, flags))
    assert built == plain
    sample = "Von 기자 12 çà ab bc"
    assert [m.span() for m in built.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


def test_corrupt_store_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    probe = _fresh(monkeypatch, tmp_path)
    assert probe.path is not None
    probe.path.parent.mkdir(parents=True, exist_ok=True)
    probe.path.write_bytes(b"\x00garbage\xff" * 10)
    cache = _fresh(monkeypatch, tmp_path)
    assert cache.entries == {}
    assert cache.compile(r"(\d+)-(\d+)", 0) == re.compile(r"(\d+)-(\d+)")


def test_damaged_entry_is_recompiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _fresh(monkeypatch, tmp_path)
    flags, _code, groups, groupindex, indexgroup = regex_cache._entry("ab+", 0)
    cache.entries[("ab+", 0)] = (flags, b"\x01\x02\x03\x04", groups, groupindex, indexgroup)
    assert cache.compile("ab+", 0) == re.compile("ab+")


def test_unwritable_cache_dir_is_harmless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = _fresh(monkeypatch, blocker / "sub")
    assert cache.compile(r"\w+", 0) == re.compile(r"\w+")
    cache.save()  # mkdir fails under a file: no exception, nothing written
    assert cache.dirty


def test_empty_setting_turns_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", "")
    assert regex_cache.cache_dir() is None
    cache = regex_cache._Cache()
    assert cache.path is None
    assert cache.compile("a|b", 0) == re.compile("a|b")
    cache.save()


def test_xdg_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSPARSE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regex_cache.cache_dir() == tmp_path / "newsparse"


def test_oversized_store_keeps_what_the_run_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    old = _fresh(monkeypatch, tmp_path)
    for n in range(5):
        old.compile(f"old{n}", 0)
    old.save()
    new = _fresh(monkeypatch, tmp_path)
    new.compile("fresh", 0)
    new.compile("old1", 0)
    new.save()
    assert set(_fresh(monkeypatch, tmp_path).entries) == {("fresh", 0), ("old1", 0)}


def test_second_process_reads_the_store(tmp_path: Path) -> None:
    """End to end: a run fills the store at exit; the next run compiles nothing itself."""
    code = (
        "import newsparse, newsparse.regex_cache as r; "
        "print(len(r._CACHE.used), sum(k in r._CACHE.entries for k in r._CACHE.used), "
        "r._CACHE.dirty)"
    )
    env = {"NEWSPARSE_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    root = Path(__file__).resolve().parent.parent

    def run() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", code]
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd=root)

    first, second = run(), run()
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    used, _, dirty_first = first.stdout.split()
    used2, found2, dirty_second = second.stdout.split()
    assert dirty_first == "True" and int(used) >= 100
    assert used2 == found2 == used and dirty_second == "False"


def test_bytes_patterns_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = _fresh(monkeypatch, tmp_path)
    assert writer.compile(rb"<!--(.*?)-->", re.DOTALL) == re.compile(rb"<!--(.*?)-->", re.DOTALL)
    writer.save()
    reader = _fresh(monkeypatch, tmp_path)
    cached = reader.compile(rb"<!--(.*?)-->", re.DOTALL)
    assert not reader.dirty
    assert cached.findall(b"a<!-- x -->b<!--y-->") == [b" x ", b"y"]


def test_package_compiles_through_the_cache() -> None:
    """A plain ``re.compile`` in the package would be compiled again at every start."""
    package = Path(regex_cache.__file__).parent
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in package.rglob("*.py")
        if path.name != "regex_cache.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "re.compile(" in line
    ]
    assert offenders == []


def test_store_is_named_after_the_exact_interpreter() -> None:
    name = regex_cache._store_name()
    assert sys.implementation.cache_tag in name
    assert "{}.{}.{}".format(*sys.version_info[:3]) in name
