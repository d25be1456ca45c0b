"""segment: a page's text → blocks (one per non-blank line, or per hard-wrapped paragraph).

Contract: every block's text is a slice of the input with its list marker and surrounding spaces
removed (nothing is invented or reordered); blank lines make no block but are remembered as
``gap_before`` through the line numbers. Hard-wrapped prose (a long line without a sentence end,
followed without a blank line by a line starting in lower case) is joined into one block, since
decisions are made on paragraphs, not on the wrapping of a particular tool. HTML inputs are made
into blocks by :mod:`newsparse.html` instead; both feed the same classifier.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import compress, count, repeat
from operator import itemgetter, le

from newsparse import regex_cache as rx
from newsparse.model import Block, records
from newsparse.rules.prose import ends_sentence

_MARKER_CHARS = "•◦▪▫●○■□◆◇※*·∙‣⁃-"
"""The list markers text dumps print: w3m's ``•``/``□``, Markdown's ``*``/``-``, ..."""
_MARKERS = _MARKER_CHARS.replace("-", "\\-")
"""``_MARKER_CHARS`` spelt for a regex character class."""

_BULLET = rx.compile(rf"^\s*(?:([{_MARKERS}])\s+|(\d{{1,3}}[.)])\s+)(?=\S)")
"""A list marker as text dumps print it: w3m's ``  • `` and `` 1. ``, Markdown's ``* ``/``- ``
(the tests' line-by-line oracle; ``segment_text`` reads markers as ``_MARKER_ONE`` says)."""

WRAP_MIN = 50
"""A line at least this long (characters) that does not end a sentence may continue on the next
line (hard-wrapped prose, 72–100 columns in practice); shorter lines are menu-like and stay
apart."""

_LOWER_RANGES = (("a", "z"), ("à", "ÿ"), ("а", "я"))
"""Lower-case first characters: the lines that may continue an unwrapped paragraph."""
_LOWER_FIRST = frozenset(
    chr(code) for lo, hi in _LOWER_RANGES for code in range(ord(lo), ord(hi) + 1)
)
"""``_LOWER_RANGES`` as a set, for one C-level membership test per line."""

_MARKED_FIRST = frozenset(_MARKER_CHARS + "0123456789")
"""The first characters of the lines that may carry a list marker: a marker character, or the
ASCII digit a numbered item starts with (a line starting with another Unicode digit was never
tried as a numbered item). The other lines (half a page's) are not looked at for a marker."""

_MARKER_ONE = frozenset(_MARKER_CHARS)
_NUMBER = rx.compile(r"[0-9]\d{0,2}[.)]")
"""A line has a list marker when its first word (``str.split``: up to the first white space,
which is the regex ``\\s``) is one of ``_MARKER_ONE`` or a whole ``_NUMBER``: that is
``_BULLET`` on the stripped line (the marker, then white space, then text). The rest of the
line after the white space is the block's text."""


WRAP_LINE_MIN = 40
"""The wrap width is measured on the lines at least this long (stripped); see below."""

WRAP_MIN_LINES = 8
WRAP_MAX_WIDTH = 132
WRAP_SLACK = 20
WRAP_SHARE = 0.4
"""A text is hard-wrapped at width W (its 95th-percentile line length) when it has at least
WRAP_MIN_LINES lines of WRAP_LINE_MIN+ characters, W is at most WRAP_MAX_WIDTH, and at least
WRAP_SHARE of those lines end within WRAP_SLACK characters of W (a reader or lynx wraps every
paragraph line there). Unwrapped dumps have paragraphs of every length, so their long lines
spread out."""


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None when it was not (see WRAP_*)."""
    stripped = list(map(str.strip, lines))
    return _wrap_width(lines, stripped, list(map(len, stripped)))


def _wrap_width(lines: list[str], stripped: list[str], lengths: list[int]) -> int | None:
    """``wrap_width`` given the lines stripped and the stripped lengths of (at least) the
    non-blank ones (``segment_text`` has them already).

    Most pages are not wrapped, and most of those because their 95th-percentile long line is
    longer than WRAP_MAX_WIDTH: that is seen first from the stripped lengths alone, sorted in
    C. A line's length without its trailing spaces (what the width is measured on) is at least
    its stripped length, so each order statistic of the long lines' measured lengths is at
    least the same order statistic of their stripped lengths: when the latter is already past
    WRAP_MAX_WIDTH, so is the width, and the answer is None without measuring. Otherwise the
    long lines are picked and measured by C iterators (``map``/``compress``)."""
    lengths = sorted(lengths)
    first_long = bisect_left(lengths, WRAP_LINE_MIN)
    n_long = len(lengths) - first_long
    if n_long < WRAP_MIN_LINES:
        return None
    at = min(n_long - 1, int(n_long * 0.95))  # the 95th percentile's index among the long lines
    if lengths[first_long + at] > WRAP_MAX_WIDTH:
        return None
    is_long = map(le, repeat(WRAP_LINE_MIN), map(len, stripped))
    long = sorted(map(len, map(str.rstrip, compress(lines, is_long))))
    width = long[at]
    if width > WRAP_MAX_WIDTH:
        return None
    near = len(long) - bisect_left(long, width - WRAP_SLACK)  # lines ending near the width
    return width if near >= WRAP_SHARE * len(long) else None


def segment_text(text: str) -> tuple[Block, ...]:
    """Split text into blocks: one per non-blank line, hard-wrapped paragraphs joined.

    Page-level, not line by line: the lines are stripped, the blank ones dropped and the line
    numbers kept by C iterators; each line's first character is taken once (``itemgetter``),
    and set lookups on it pick the lines that may start with a list marker (``_MARKED_FIRST``:
    only those are split at their first white space, ``_MARKER_ONE``) and the lines that start
    in lower case (``_LOWER_FIRST``). (One regex split of the whole page did the same, but
    copied every line's text and ran the regex at every line start: ~0.3 M instructions a page
    more.) Then lines are joined to the block above them (the head) where the rules of
    ``_join_wrapped`` / ``_join_lower`` say so, and the blocks are built in bulk
    (``records``)."""
    lines = text.splitlines()
    stripped = list(map(str.strip, lines))
    numbers = list(compress(count(1), stripped))
    texts = list(filter(None, stripped))
    if not texts:
        return ()
    firsts = list(map(itemgetter(0), texts))
    lengths = list(map(len, texts))  # (before the markers come off: wrap_width measures lines)
    bullets = [""] * len(texts)
    marker_one, number = _MARKER_ONE, _NUMBER.fullmatch
    for i in compress(count(), map(_MARKED_FIRST.__contains__, firsts)):
        words = texts[i].split(None, 1)
        if len(words) == 2 and ((first := words[0]) in marker_one or number(first)):
            bullets[i] = first
            texts[i] = words[1]
    width = _wrap_width(lines, stripped, lengths)
    if width is not None:
        heads = _join_wrapped(lines, numbers, texts, bullets, width - WRAP_SLACK)
    else:
        # (a line with a marker may be among the lower-case ones: ``_join_lower`` skips it)
        lower = compress(count(), map(_LOWER_FIRST.__contains__, firsts))
        heads = _join_lower(numbers, texts, bullets, lower)
    if heads:  # drop the lines joined to a block above
        kept = [i not in heads for i in range(len(texts))]
        numbers = list(compress(numbers, kept))
        texts = list(compress(texts, kept))
        bullets = list(compress(bullets, kept))
    return records(Block, zip(range(len(texts)), numbers, texts, bullets, strict=True))


def _join_wrapped(
    lines: list[str], numbers: list[int], texts: list[str], bullets: list[str], join_from: int
) -> dict[int, int]:
    """Hard-wrapped text: a line goes on in the next one (no blank line between, no marker on
    it) when it reached the wrap width (its raw length, ``join_from`` or more). The joined
    lines' texts are appended to their head's in ``texts``; returns {joined line: its head}."""
    heads: dict[int, int] = {}
    for i in range(1, len(texts)):
        if (
            numbers[i] - numbers[i - 1] == 1
            and not bullets[i]
            and len(lines[numbers[i] - 2].rstrip()) >= join_from
        ):
            head = heads.get(i - 1, i - 1)
            texts[head] = f"{texts[head]} {texts[i]}"
            heads[i] = head
    return heads


def _join_lower(
    numbers: list[int], texts: list[str], bullets: list[str], lower: Iterable[int]
) -> dict[int, int]:
    """Unwrapped text: a line that starts in lower case (``lower``: those lines' indices, in
    order; a line with a marker may be among them, and is skipped) goes on the
    block above when there is no blank line between, neither has a marker, and the block so far
    is long (WRAP_MIN) and does not end a sentence. Same result shape as ``_join_wrapped``."""
    heads: dict[int, int] = {}
    for i in lower:
        if not i or numbers[i] - numbers[i - 1] != 1 or bullets[i]:
            continue
        head = heads.get(i - 1, i - 1)
        last_text = texts[head]
        if bullets[head] or len(last_text) < WRAP_MIN or ends_sentence(last_text):
            continue
        texts[head] = f"{last_text} {texts[i]}"
        heads[i] = head
    return heads
