"""Teaser cards: another article's headline run into its summary, with no space between.

A text dump of a page prints a teaser card's headline and summary as one line when the markup
puts them in adjacent elements: ``Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v
Toyota flopped for the blue oval at the track.``. Such lines read as sentences, and a column of
them can outscore a short article below. The mark is the glue: a word ending in a lower-case
letter (or ``?``, ``!``, a closing quote) runs into a capitalised word, and everything before the
glue is a headline in title case (every word capitalised but the small words the language's
style leaves lower-case), and a sentence of several words follows it.

Title case for headlines is an English convention; in other languages a headline is written in
sentence case and the test finds nothing (German capitalises nouns, not every word, so its
headlines fail the every-word test). What the rule must not catch: brand and family names with an
inner capital (``MacBook``, ``McPherson``, ``LeBron``, ``AirPods``), which sit in ordinary
sentences, with lower-case words before them, or whose piece before the capital is shorter than
``MIN_GLUED_PIECE`` letters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsparse import regex_cache as rx

MIN_HEAD_WORDS = 5
"""Words before the glue: fewer is a name, a label (``Share on FacebookFacebook``) or a brand
in a short title-case phrase (``Column: The Gannett/GateHouse merger …``)."""
MIN_GLUED_PIECE = 4
"""Letters of the glued word before its inner capital: ``Mc``/``Le``/``Di``/``Mac``/``Air``
start family names and brands; a headline's last word is rarely that short."""
MIN_TAIL_WORDS = 6
"""Words after the glue: a teaser's summary is a sentence, not one more menu entry."""
MIN_TAIL_LOWER = 1 / 3
"""Share of the summary's words that start in lower case: a summary is in sentence case; more
title-case words after an inner capital (``DualShock Controller, Apple AirPods and Watches``)
are the same headline going on past a brand name."""


@dataclass(frozen=True, slots=True)
class TitleCase:
    lang: str
    small_words: frozenset[str]
    """Words a title-case headline leaves lower-case (articles, short prepositions and
    conjunctions), case-folded."""
    examples: tuple[str, ...]
    """Lines that are a headline glued to its summary."""
    counterexamples: tuple[str, ...]
    """Lines that must not count as teasers."""


STYLES: tuple[TitleCase, ...] = (
    TitleCase(
        "en",
        frozenset(
            "a an the and but or nor for so yet as at by in of off on per to up via vs v with from"
            " into onto over than".split()
        ),
        (
            "Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped for"
            " the blue oval at the track.",
            "Is Violence In Sports On The Rise?Violence is part of the game in many sports but"
            " one player crossed a line.",
            "Auto Union Opens Talks With Fiat Chrysler; Strike PossibleThe United Auto Workers"
            " union on Monday turned its bargaining sights.",
        ),
        (
            "Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch model.",
            "Wichita East's Hugh McPherson won first place in the 100 yard freestyle.",
            "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.",
            "Share on FacebookShare on TwitterShare via Email",
            "The 4 Best Vegan Spots In Detroit",
            # a brand with an inner capital after a short title-case run
            "Opinion: The Gannett/GateHouse merger sends a dismal signal about local news",
            # the headline goes on in title case past the brand
            "Daily Deals: Big Sales Are Live, Including PS4 DualShock Controller, Apple AirPods"
            " and Watches, and More",
            # an opening quote follows a space: no glue
            "Star Posts Sweet Birthday Tribute to Her 'Ride or Die Partner' on Instagram",
            # German capitalises nouns, and its summary holds no English small word
            "Der Music Man StingRay gehört ins Pantheon der klassischen Bässe.",
            "By Jane Doe@DawgsByNature Nov 18, 2019, 11:47am EST",
        ),
    ),
)

SMALL_WORDS: frozenset[str] = frozenset().union(*(style.small_words for style in STYLES))

_GLUE = rx.compile(r"[A-Z](?<=[a-z?!’'\")][A-Z])(?=[a-z])")
"""A capital starting a word (a lower-case letter follows it) right after a lower-case letter,
``?``, ``!`` or a closing quote: where a card's headline ends and its summary starts, if a quote
closes one (a non-space precedes it: an opening quote follows a space; ``_glue_points`` checks
that). The match is the capital alone and the pattern starts with its class, so that ``re``'s
search skips in C to the next capital (a leading class is its first-character filter) and tries
the look-behind there only: capitals are rarer than the lower-case letters a pattern led by the
character before the glue stops at (glued_teaser 14.3 k → 12.2 k instructions a prose line)."""
_WORD = rx.compile(r"[^\W_][\w'’.-]*")
_LAST_LETTERS = rx.compile(r"[A-Za-z]*\Z")


def _glue_classes() -> bytes:
    """Byte table for ``may_be_glued``: an ASCII capital → ``A``; an ASCII lower-case letter,
    one of the ASCII characters ``_GLUE`` allows before the glue (``?!'")``) and every byte of a
    non-ASCII character (the UTF-8 of ``’`` ends in one) → ``a``; anything else → a space."""
    table = bytearray(b" " * 256)
    for byte in range(256):
        char = chr(byte)
        if "A" <= char <= "Z":
            table[byte] = ord("A")
        elif byte >= 0x80 or "a" <= char <= "z" or char in "?!'\")":
            table[byte] = ord("a")
    return bytes(table)


_GLUE_CLASSES = _glue_classes()


def may_be_glued(raw: bytes) -> bool:
    """False only if the text whose UTF-8 bytes are ``raw`` has no glue point, so that
    ``glued_teaser`` is False for it: every ``_GLUE`` match is a capital between a character
    ``_GLUE`` allows before it (an ASCII one, or ``’``, whose UTF-8 ends next to the capital)
    and a lower-case letter, which ``_GLUE_CLASSES`` turns into ``aAa``. One byte translation
    and one ``find`` in C, where ``glued_teaser`` costs a title-case match and a search of the
    line for capitals (~12 k instructions a prose line). On the aeb text pages' prose lines it
    passes 1 in 5 (1 in 7 of the ASCII ones): the per-line facts cost 1.8 % fewer instructions.
    (A table that also tells an opening quote after a space from a glue, as ``_glue_points``
    does, passed 1 in 12 but needed a second ``find`` on every line, and saved less.)"""
    return raw.translate(_GLUE_CLASSES).find(b"aAa") >= 0


def _title_case(words: list[str]) -> bool:
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in SMALL_WORDS for w in words)


def _glue_points(text: str) -> Iterator[int]:
    """Where a capital starting a word follows a lower-case letter, ``?``, ``!``, or a quote
    after a non-space, with no space between: the possible ends of a glued headline."""
    for match in _GLUE.finditer(text):
        glue = match.start()
        if text[glue - 1] in _QUOTES and (glue == 1 or text[glue - 2].isspace()):
            continue
        yield glue


_QUOTES = frozenset("’'\")")


def _small_word_pattern() -> str:
    """The small words as one alternation, grouped by their first letter, which stands as a
    lower-case literal: ``re`` passes over a branch whose literal differs from the text's
    character in one comparison, where a flat ``(?i:a|an|and|…)`` enters each of its ~35
    branches at every lower-case token (half the cost of the title-start test). Upper-case
    tokens need no small-word branch (they pass as capitalised), so the first letter may be
    matched in lower case only; the rest keeps any case (``iN``)."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(SMALL_WORDS):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = sorted((rest for rest in rests if rest), key=lambda rest: (-len(rest), rest))
        optional = "?" if "" in rests else ""
        branches.append(f"{first}(?i:{'|'.join(longer)}){optional}" if longer else first)
    return "|".join(branches)


def _title_start_pattern() -> str:
    """A match of the text's first ``MIN_HEAD_WORDS - 1`` words, each ``_WORD`` token possibly
    in title case: not starting with ``a``-``z``, or a small word in full (any case but its
    first letter, see ``_small_word_pattern``), or holding a non-ASCII character (whose case
    folding a pattern cannot follow). It fails only where ``_starts_in_title_case`` returns
    False, in one C-level call: the gaps and the tokens are matched possessively, so each
    group takes one whole token."""
    token = (
        r"(?:(?![a-z])[^\W_][\w'’.-]*+"
        rf"|(?:{_small_word_pattern()})(?![\w'’.-])"
        r"|[a-z][\w'’.-]*?[^\x00-\x7f][\w'’.-]*+)"
    )
    return rf"(?:[\W_]*+{token}){{{MIN_HEAD_WORDS - 1}}}"


def _ascii_title_start_pattern() -> str:
    """``_title_start_pattern`` for an ASCII text, where it is exact: a match if and only if
    ``_starts_in_title_case`` returns True. In ASCII, ``str.isupper``/``isdigit`` of a token's
    first character is ``[A-Z0-9]`` and ``casefold`` is ``lower``, which the small-word
    branch follows; each branch takes the whole ``_WORD`` token (a small word only where no
    token character follows it), so the groups walk the tokens ``_WORD.finditer`` finds."""
    token = rf"(?:[A-Z0-9][\w'.-]*+|(?:{_small_word_pattern()})(?![\w'.-]))"
    return rf"(?:[\W_]*+{token}){{{MIN_HEAD_WORDS - 1}}}"


_TITLE_START = rx.compile(_title_start_pattern())
_ASCII_TITLE_START = rx.compile(_ascii_title_start_pattern())


def _starts_in_title_case(text: str) -> bool:
    """The first ``MIN_HEAD_WORDS - 1`` words of ``text`` are in title case: a teaser's head
    has at least ``MIN_HEAD_WORDS`` words, all in title case, and its first words but the last
    end before the glue, so they are the text's first words too (the last may run on into the
    summary). Most prose fails at its second or third word, which spares the glue search."""
    needed = MIN_HEAD_WORDS - 1
    for match in _WORD.finditer(text):
        word = match.group()
        if not (word[0].isupper() or word[0].isdigit() or word.casefold() in SMALL_WORDS):
            return False
        needed -= 1
        if not needed:
            return True
    return False


def glued_teaser(text: str) -> bool:
    """True if ``text`` is a headline in title case glued to a summary sentence."""
    if text.isascii():
        if _ASCII_TITLE_START.match(text) is None:  # (exact: _starts_in_title_case spared)
            return False
    elif _TITLE_START.match(text) is None or not _starts_in_title_case(text):
        return False
    for glue in _glue_points(text):
        head = text[:glue]
        words = _WORD.findall(head)
        if len(words) < MIN_HEAD_WORDS:
            continue
        piece = _LAST_LETTERS.search(head)
        if piece is not None and 0 < len(piece.group()) < MIN_GLUED_PIECE:
            continue
        if not _title_case(words):
            return False  # (a lower-case word before this glue is before every later one too)
        if _sentence_case(_WORD.findall(text, glue)):
            return True
    return False


def _sentence_case(words: list[str]) -> bool:
    """A summary: enough words, enough of them lower-case, one of them a small word (the
    summary is in the headline's language)."""
    if len(words) < MIN_TAIL_WORDS:
        return False
    lower = [w for w in words if w[0].islower()]
    return len(lower) >= MIN_TAIL_LOWER * len(words) and not SMALL_WORDS.isdisjoint(lower)
