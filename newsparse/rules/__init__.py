"""Heuristics as data: every table here has stable ids, a note, and examples that tests check.

Helpers shared by the tables live here: building one precompiled alternation from word tuples
(longest first, so that "많이 본 뉴스" wins over "뉴스"), and the normalisation that phrase
matching uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE_PUNCT = re.compile(r"[\s\u00a0\u200b|>»›<«‹·•:;,\-–—/\\()\[\]{}'\"“”‘’`!?.…_*#=+~^]+")


def squash(text: str) -> str:
    """Case-folded text with spaces and punctuation removed: how UI phrases are compared.

    "HOT ISSUE 더보기 >" and "Hot issue더보기" both become "hotissue더보기".
    """
    return _SPACE_PUNCT.sub("", text.casefold())


def alternation(words: Iterable[str], *, squashed: bool = False) -> str:
    """A regex alternation of ``words`` (escaped, longest first). Rejects an empty group.

    With ``squashed``, each word is passed through :func:`squash` first (for matching squashed
    lines); words that squash to nothing are an error, not a silent empty branch.
    """
    items = {squash(w) if squashed else w for w in words}
    if "" in items or not items:
        raise ValueError("alternation needs non-empty words")
    return "|".join(re.escape(w) for w in sorted(items, key=lambda w: (-len(w), w)))


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored into a trie: ``(?:공유(?:하기)?|인쇄)``.

    Python's ``re`` tries the branches of a flat alternation one by one at every position; with
    hundreds of phrases that costs ~10 µs a line. A trie makes each position cost a handful of
    branch tests. Longer words still win (each node tries its children before ending). Rejects
    an empty word list or an empty word.
    """
    items = set(words)
    if not items or "" in items:
        raise ValueError("trie_alternation needs non-empty words")
    trie: dict[str, dict] = {}
    for word in items:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(trie)
