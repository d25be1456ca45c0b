"""Heuristics as data: every table here has stable ids, a note, and examples that tests check.

Helpers shared by the tables live here: building one precompiled alternation from word tuples
(longest first, so that "많이 본 뉴스" wins over "뉴스"), and the normalisation that phrase
matching uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from newsparse import regex_cache as rx

# re's parser is private (stable from Python 3.11 to 3.13): the literal gates below read
# patterns with it, and simply stay off (every rule runs) where it cannot be imported.
try:
    import re._constants as _sre_constants
    import re._parser as _sre_parser
except ImportError:  # pragma: no cover
    _sre_constants = _sre_parser = None  # type: ignore[assignment]

SPACE_PUNCT_CLASS = r"\s\u00a0\u200b|>»›<«‹·•:;,\-–—/\\()\[\]{}'\"“”‘’`!?.…_*#=+~^"
"""What ``squash`` removes: spaces and punctuation (the body of a regex character class)."""
SPACE_PUNCT = rx.compile("[" + SPACE_PUNCT_CLASS + "]+")


ASCII_SPACE_PUNCT = bytes(b for b in range(128) if SPACE_PUNCT.fullmatch(chr(b)))
"""The ASCII characters ``SPACE_PUNCT`` removes, derived from it (so the two cannot drift)."""
ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
"""Byte table that lower-cases ASCII letters (``str.casefold`` of an ASCII line): with
``ASCII_SPACE_PUNCT`` as the bytes to delete, one ``bytes.translate`` squashes an ASCII line."""


TYPOGRAPHIC = (
    "\u00a0\u2002\u2003\u2009\u200a\u202f"  # no-break, en, em, thin, hair, narrow no-break space
    "‘’“”«»‹›–—…•·"  # quotes, dashes, the ellipsis, bullets
    "☆★®™°£€¢¥§¶†‡′″●○■□▪◆◇▲△▼▽►◄▶◀→←↑↓━─│✓✔✕✗♥❤"  # symbols
)
"""Non-ASCII characters that leave a line of English prose as plain as ASCII: the curly quotes,
dashes and spaces of typeset text (three in four of the aeb dumps' non-ASCII lines have no other
non-ASCII character) and a few symbols. A line of ASCII and these takes the classifier's ASCII
road, the bytes of these characters standing for what the general rules make of them. That
holds for what each one is (a test checks every character): its UTF-8 lead byte is one that
``prose.line_features`` counts as a symbol; it is neither a letter nor a digit (``\\w`` does not
match it), and case-folding leaves it alone; no phrase, rule word or gate literal of
``rules/ui.py`` holds it; ``：`` and the CJK stops are not among them (the CJK ones, with any
Hangul, make every strong sentence end)."""


FOLD_INVARIANT = (
    "\x00-\x40\x5b-\xb4\xb6-\xbf\xd7\xe0-\xff\u2000-\u206f\u3000-\u9fff\uac00-\ud7a3"
    "\uff01-\uff20\uff3b-\uff40\uff5b-\uffef\u2190-\u245f\u2500-\u2bff"
)
"""Ranges (the body of a regex character class) of characters ``str.casefold`` leaves as they
are: ASCII but capitals, Latin-1 but capitals, µ and ß, general punctuation, CJK symbols, kana,
Han, Hangul syllables, fullwidth forms but letters, arrows and other symbols (a test checks every
one)."""
_MAY_FOLD = rx.compile("[^" + FOLD_INVARIANT + "]")


def casefold(text: str) -> str:
    """``text.casefold()``, without folding a line none of whose characters casefolding changes
    (most non-ASCII lines: Korean, Chinese, Japanese): the search for a character outside
    ``FOLD_INVARIANT`` costs a third of folding it. (``casefold`` folds each character on its
    own, so a line of invariant characters is its own folding.)"""
    return text.casefold() if _MAY_FOLD.search(text) else text


def squash(text: str, folded: str | None = None) -> str:
    """Case-folded text with spaces and punctuation removed: how UI phrases are compared.

    "HOT ISSUE 더보기 >" and "Hot issue더보기" both become "hotissue더보기". ``folded`` is
    ``text.casefold()`` when the caller has it.
    """
    if text.isascii():  # most lines of most pages: bytes.translate deletes in C, ~6× faster
        return text.encode("ascii").translate(ASCII_LOWER, ASCII_SPACE_PUNCT).decode("ascii")
    return SPACE_PUNCT.sub("", text.casefold() if folded is None else folded)


_TRIE_PIECES: dict[str, str] = {" ": r"\s+"}
"""Each character as it appears in a trie pattern (``re.escape`` once per character, not once
per node: the tables build ~50 tries at import)."""


def _trie(words: Iterable[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    pieces = _TRIE_PIECES

    def piece(char: str) -> str:
        out = pieces.get(char)
        if out is None:
            out = pieces[char] = re.escape(char)
        return out

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = []
        for char in sorted(node):
            if not char:
                continue
            child = node[char]
            run = [piece(char)]
            # a chain of nodes with one child and no word ending in them is plain text: no
            # group and no recursion (most nodes of a phrase trie; halves start-up's trie time)
            while len(child) == 1 and "" not in child:
                ((char, child),) = child.items()
                run.append(piece(char))
            if child:
                run.append(emit(child))
            branches.append("".join(run))
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


# --- rare-anchor gates -------------------------------------------------------------------------
# ``re`` finds a pattern that starts with a set of characters by testing every character of the
# text against the set in C, and tries a match only where one is in it. A trie of words starts
# with their first letters (c, a, b, d, f, i, r: a third of English text), so it tries a match at
# every third character. Starting each word at its rarest letter instead (``kie(?<=cookie)``)
# makes those attempts a few per line.

CHAR_FREQUENCY = " etnaisrolhdcgpbfwkvyjx"
"""Space and Latin letters by frequency (most frequent first), as counted in the case-folded
text dumps of the corpus (2026-11). Characters not listed are rarer than all of these."""

_COMMON_NON_LATIN = "이스트로고인시자라어"
"""Non-Latin characters of the gated words that are common in the same count (Hangul syllables
of loanwords and endings): not used as anchors where the word has a rarer character."""


def _rarity(char: str) -> int:
    if char in CHAR_FREQUENCY:
        return CHAR_FREQUENCY.index(char)
    return len(CHAR_FREQUENCY) + (0 if char in _COMMON_NON_LATIN else 1)


def anchored_superset(words: Iterable[str]) -> str:
    """A pattern whose ``search`` finds every text in which ``trie_alternation(words)`` finds a
    match (and maybe more): a cheap gate in front of exact tests, for case-folded text.

    Each word is reduced to one space-free part (a space in a word matches a run of white
    space, so only the parts between spaces are sure to occur verbatim), and that part is
    matched from its rarest character (see ``CHAR_FREQUENCY``), the characters before it
    checked by a look-behind. Rejects an empty list or an empty word."""
    items = set(words)
    if not items or "" in items or any(not w.strip() for w in items):
        raise ValueError("anchored_superset needs non-empty words")
    # the space-free part of each word with the rarest character (the longer on a tie); a part
    # that contains another adds nothing (where it occurs, so does the other)
    parts = {max(word.split(), key=lambda p: (max(map(_rarity, p)), len(p))) for word in items}
    parts = {p for p in parts if not any(o != p and o in p for o in parts)}
    by_anchor: dict[str, set[str]] = {}
    for part in parts:
        at = max(range(len(part)), key=lambda i: (_rarity(part[i]), -i))
        rest = re.escape(part[at + 1 :]) + (f"(?<={re.escape(part)})" if at else "")
        by_anchor.setdefault(part[at], set()).add(rest)
    branches = []
    for char, rests in sorted(by_anchor.items()):
        if "" in rests:  # the anchor alone is a whole part: it matches wherever it occurs
            branches.append(re.escape(char))
        else:
            branches.append(re.escape(char) + "(?:" + "|".join(sorted(rests)) + ")")
    return "|".join(branches)


# --- literal gates ----------------------------------------------------------------------------
# A regex scan costs ~10 ns a character even where nothing matches; ``word in text`` runs at
# memory speed. So a pattern every match of which contains one of a few literal strings can be
# skipped on lines that contain none of them. The strings are read off the pattern's own parse
# tree (below), so a gate cannot drift from the pattern it guards.

_REPEATS = (
    (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, _sre_constants.POSSESSIVE_REPEAT)
    if _sre_constants is not None
    else ()
)


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char


def _required_in(items: Sequence[tuple[Any, Any]], ignorecase: bool) -> frozenset[str] | None:
    """Strings one of which every match of the node sequence ``items`` contains, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []  # consecutive literals: together they are one substring of the match
    for op, av in items:
        if op is _sre_constants.LITERAL and not (ignorecase and _cased(chr(av))):
            run.append(chr(av))
            continue
        if op is _sre_constants.AT:  # zero-width (^, $, \b): literals around it stay adjacent
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found: frozenset[str] | None = None
        if op is _sre_constants.SUBPATTERN:
            _group, add, remove, sub = av
            icase = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            found = _required_in(sub, icase)
        elif op is _sre_constants.ATOMIC_GROUP:
            found = _required_in(av, ignorecase)
        elif op in _REPEATS and av[0] >= 1:  # taken at least once
            found = _required_in(av[2], ignorecase)
        elif op is _sre_constants.BRANCH:  # every branch must name its strings
            found = frozenset()
            for branch in av[1]:
                sub_found = _required_in(branch, ignorecase)
                if sub_found is None:
                    found = None
                    break
                found |= sub_found
        # anything else (classes, look-arounds, references) guarantees no literal: skipped
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    # the most selective choice: the longest shortest string, then the fewest strings
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)))


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (sorted), or None when the
    pattern guarantees none (a class, an optional part, a cased letter under IGNORECASE).

    ``not any(s in text for s in strings)`` then proves the pattern cannot match ``text``
    (``re.search`` included): a cheap, exact gate in front of an expensive scan.
    """
    try:
        parsed = _sre_parser.parse(pattern, flags)
        found = _required_in(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # re's parser is private: if a Python release changes it, run ungated
        return None
    if not found:
        return None
    # a string containing another member adds nothing: where it occurs, so does the other
    return tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))


_ASCII_DIGITS = frozenset("0123456789")


def _first_in(items: Sequence[tuple[Any, Any]], ignorecase: bool) -> frozenset[str] | None:
    """The ASCII characters one of which starts every match of the node sequence ``items``
    that starts with an ASCII character, or None when that cannot be told."""
    for op, av in items:
        if op is _sre_constants.AT:  # zero-width: the next node gives the first character
            continue
        if op is _sre_constants.LITERAL:
            char = chr(av)
            if not char.isascii():
                if ignorecase and any(
                    c.isascii() for c in char.lower() + char.upper() + char.casefold()
                ):
                    return None  # (ſ matches s, the Kelvin sign k: an ASCII start is possible)
                return frozenset()  # (a match starting with it does not start with ASCII)
            return frozenset({char, char.lower(), char.upper()} if ignorecase else {char})
        if op is _sre_constants.SUBPATTERN:
            _group, add, remove, sub = av
            icase = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            return _first_in(sub, icase)
        if op in _REPEATS and av[0] >= 1:  # taken at least once: its first node comes first
            return _first_in(av[2], ignorecase)
        if op is _sre_constants.IN and av == [
            (_sre_constants.CATEGORY, _sre_constants.CATEGORY_DIGIT)
        ]:
            return _ASCII_DIGITS  # (\d: of ASCII characters, only these)
        if op is _sre_constants.BRANCH:
            found: frozenset[str] = frozenset()
            for branch in av[1]:
                sub_found = _first_in(branch, ignorecase)
                if sub_found is None:
                    return None
                found |= sub_found
            return found
        return None  # a class, a look-around, an optional node: anything may come first
    return None  # (an empty pattern matches anywhere)


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` can start with, if it starts with an ASCII
    character at all; None when the pattern does not tell (a class, an optional start).

    ``text[0].isascii() and text[0] not in chars`` then proves ``pattern.match(text)`` fails: a
    one-character gate in front of an anchored match. (Non-ASCII first characters are never
    gated: under IGNORECASE, ``K`` (the Kelvin sign) matches ``k``.)
    """
    try:
        parsed = _sre_parser.parse(pattern, flags)
        return _first_in(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # re's parser is private: if a Python release changes it, run ungated
        return None
