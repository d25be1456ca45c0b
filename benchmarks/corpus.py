"""Loaders for the evaluation corpora (``../shared/corpus`` or ``--corpus DIR``).

Each set is a folder with a gold file and ``text/`` and/or ``html/`` subfolders of pages named
``ID.txt`` / ``ID.html``. The loaders turn a set into ``Page`` records (id, path, gold) per input
kind; they never read page bytes (the runner does, outside the timed call) and never fail on a
missing folder: ``discover`` returns what it found and a message for each set or kind it skipped.

Known sets (layout from ``corpus/README.md``):

- ``aeb``: ``ground-truth.json`` ``{ID: {url, articleBody}}`` → gold body; ``html/``, ``text/``.
- ``ko-dev``: ``gold.json`` ``{ID: {url, lang, title, authors, published, body, captions}}`` →
  gold body, title, published day, authors; ``html/``, ``text/``.
- ``dates``: ``gold.json`` ``{ID: {url, date, lang}}`` → gold published day; ``text/``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS: tuple[str, ...] = ("text", "html")
"""Input kinds, in table order."""

EXTENSIONS: dict[str, str] = {"text": ".txt", "html": ".html"}

CORPUS_ENV = "NEWSPARSE_CORPUS"
"""Environment variable naming the corpus folder (overridden by ``--corpus``)."""


@dataclass(frozen=True, slots=True)
class Gold:
    """What a set's labels say about one page; None where the set does not label it."""

    body: str | None = None
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    path: Path
    gold: Gold


@dataclass(frozen=True, slots=True)
class CorpusSet:
    """One set and the pages it has for each input kind it has."""

    name: str
    root: Path
    pages: Mapping[str, tuple[Page, ...]] = field(default_factory=dict)
    metrics: frozenset[str] = frozenset()
    """The metrics its gold supports: body, title, date, author."""

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k in KINDS if self.pages.get(k))


def _as_names(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(str(v) for v in value if v is not None)


def _gold_aeb(entry: Mapping[str, Any]) -> Gold:
    return Gold(body=entry.get("articleBody") or "")


def _gold_ko_dev(entry: Mapping[str, Any]) -> Gold:
    return Gold(
        body=entry.get("body") or "",
        title=entry.get("title") or None,
        published=entry.get("published") or None,
        authors=_as_names(entry.get("authors")),
        lang=entry.get("lang"),
    )


def _gold_dates(entry: Mapping[str, Any]) -> Gold:
    return Gold(published=entry.get("date") or None, lang=entry.get("lang"))


@dataclass(frozen=True, slots=True)
class SetSpec:
    """How to read one known set."""

    name: str
    gold_file: str
    to_gold: Callable[[Mapping[str, Any]], Gold]
    metrics: frozenset[str]


SETS: tuple[SetSpec, ...] = (
    SetSpec("aeb", "ground-truth.json", _gold_aeb, frozenset({"body"})),
    SetSpec("ko-dev", "gold.json", _gold_ko_dev, frozenset({"body", "title", "date", "author"})),
    SetSpec("dates", "gold.json", _gold_dates, frozenset({"date"})),
)
"""The sets the benchmark knows, in table order."""

SET_NAMES: tuple[str, ...] = tuple(s.name for s in SETS)


def default_corpus_dir() -> Path:
    """``$NEWSPARSE_CORPUS``, else ``../shared/corpus`` beside the repository root."""
    env = os.environ.get(CORPUS_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def load_set(spec: SetSpec, root: Path, messages: list[str]) -> CorpusSet | None:
    """Read one set's gold and list its pages per kind; None (with a message) if absent."""
    folder = root / spec.name
    gold_path = folder / spec.gold_file
    if not folder.is_dir():
        messages.append(f"skipped {spec.name}: no folder {folder}")
        return None
    if not gold_path.is_file():
        messages.append(f"skipped {spec.name}: no gold file {gold_path}")
        return None
    try:
        raw = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        messages.append(f"skipped {spec.name}: cannot read {gold_path}: {exc}")
        return None
    pages: dict[str, tuple[Page, ...]] = {}
    for kind in KINDS:
        sub = folder / kind
        if not sub.is_dir():
            continue
        ext = EXTENSIONS[kind]
        found = []
        missing = 0
        for page_id in sorted(raw):
            path = sub / f"{page_id}{ext}"
            if path.is_file():
                found.append(Page(page_id, path, spec.to_gold(raw[page_id])))
            else:
                missing += 1
        if missing:
            messages.append(f"{spec.name}/{kind}: {missing} gold pages have no {ext} file")
        if found:
            pages[kind] = tuple(found)
    if not pages:
        messages.append(f"skipped {spec.name}: no text/ or html/ pages under {folder}")
        return None
    return CorpusSet(spec.name, folder, pages, spec.metrics)


def discover(
    root: Path, only: tuple[str, ...] = (), kinds: tuple[str, ...] = KINDS
) -> tuple[list[CorpusSet], list[str]]:
    """The known sets present under ``root`` (restricted to ``only`` names if given, and to
    ``kinds``), and messages about what was skipped."""
    messages: list[str] = []
    if not root.is_dir():
        return [], [f"skipped all sets: corpus folder {root} not found (give --corpus DIR)"]
    unknown = [name for name in only if name not in SET_NAMES]
    for name in unknown:
        messages.append(f"unknown set {name!r} (known: {', '.join(SET_NAMES)})")
    found = []
    for spec in SETS:
        if only and spec.name not in only:
            continue
        corpus_set = load_set(spec, root, messages)
        if corpus_set is None:
            continue
        kept = {k: v for k, v in corpus_set.pages.items() if k in kinds}
        if kept:
            found.append(CorpusSet(corpus_set.name, corpus_set.root, kept, corpus_set.metrics))
    return found, messages
