"""Heuristics as data: every table here has stable ids, a note, and examples that tests check.

Helpers shared by the tables live here: building one precompiled alternation from word tuples
(longest first, so that "많이 본 뉴스" wins over "뉴스"), and the normalisation that phrase
matching uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE_PUNCT = re.compile(r"[\s\u00a0\u200b|>»›<«‹·•:;,\-–—/\\()\[\]{}'\"“”‘’`!?.…_*#=+~^]+")


_ASCII_SPACE_PUNCT = bytes(b for b in range(128) if _SPACE_PUNCT.fullmatch(chr(b)))
"""The ASCII characters ``_SPACE_PUNCT`` removes, derived from it (so the two cannot drift)."""


def squash(text: str) -> str:
    """Case-folded text with spaces and punctuation removed: how UI phrases are compared.

    "HOT ISSUE 더보기 >" and "Hot issue더보기" both become "hotissue더보기".
    """
    if text.isascii():  # most lines of most pages: bytes.translate deletes in C, ~6× faster
        return text.lower().encode("ascii").translate(None, _ASCII_SPACE_PUNCT).decode("ascii")
    return _SPACE_PUNCT.sub("", text.casefold())


def _trie(words: Iterable[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored into a trie: ``(?:공유(?:하기)?|인쇄)``.

    Python's ``re`` tries the branches of a flat alternation one by one at every position; with
    hundreds of phrases that costs ~10 µs a line. A trie makes each position cost a handful of
    branch tests. Longer words win (each node tries its children before ending); a space in a
    word matches any run of white space. Rejects an empty list or an empty word: a silent
    never-matching group is a bug.
    """
    items = set(words)
    if not items or "" in items:
        raise ValueError("trie_alternation needs non-empty words")
    return _trie(items)


def _needs_boundary(word: str) -> bool:
    first = word[:1]
    return first.isalpha() and (first.isascii() or "\u00c0" <= first <= "\u052f")


def alternation(words: Iterable[str], *, boundary: bool = False) -> str:
    """A trie alternation (see ``trie_alternation``) in a group; empty words are dropped.

    With ``boundary``, words that start with a Latin or Cyrillic letter must not follow a
    letter (CJK and Hangul words glue to their neighbours, so they get no boundary). An empty
    list is a build error.
    """
    items = sorted({w for w in words if w})
    if not items:
        raise ValueError("empty word list for a regex alternation")
    bounded = [w for w in items if boundary and _needs_boundary(w)]
    free = [w for w in items if not (boundary and _needs_boundary(w))]
    parts = []
    if bounded:
        parts.append(r"(?<![^\W\d_])" + _trie(bounded))
    if free:
        parts.append(_trie(free))
    return "(?:" + "|".join(parts) + ")"
