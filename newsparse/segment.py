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
from collections.abc import Iterator
from itertools import compress, count, repeat
from operator import le

from newsparse import regex_cache as rx
from newsparse.model import Block, records
from newsparse.rules.prose import ends_sentence

_MARKERS = "•◦▪▫●○■□◆◇※*·∙‣⁃\\-"
"""The list markers text dumps print: w3m's ``•``/``□``, Markdown's ``*``/``-``, ..."""

_BULLET = rx.compile(rf"^\s*(?:([{_MARKERS}])\s+|(\d{{1,3}}[.)])\s+)(?=\S)")
"""A list marker as text dumps print it: w3m's ``  • `` and `` 1. ``, Markdown's ``* ``/``- ``
(what ``_LINE_START`` finds at the start of a page's lines; the tests' line-by-line oracle)."""

WRAP_MIN = 50
"""A line at least this long (characters) that does not end a sentence may continue on the next
line (hard-wrapped prose, 72–100 columns in practice); shorter lines are menu-like and stay
apart."""

_LOWER = "a-zà-ÿа-я"
"""Lower-case first characters: the lines that may continue an unwrapped paragraph."""

_LINE_START = rx.compile(
    rf"\n((?:[{_MARKERS}]|[0-9]\d{{0,2}}[.)])(?=[^\S\n])|)[^\S\n]*(?=([{_LOWER}])|)"
)
"""The start of a line in the page's stripped lines joined by ``\\n`` (each one after a ``\\n``):
``_BULLET`` there (group 1, the marker; the spaces after it are matched, not kept; ``[^\\S\\n]``
is ``\\s`` inside a line, which holds no line break) and whether the text then starts in lower
case (group 2). ``split`` by it gives [``""``, marker, lower, text, marker, lower, text, …]
for the whole page in one C call. The digits are ``_BULLET``'s ``\\d{1,3}`` led by an ASCII digit
(a line starting with another Unicode digit was never tried as a numbered item). It starts with
a literal ``\\n``, so the regex engine skips to each line start by a fast scan."""


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
    return _wrap_width(lines, list(map(str.strip, lines)))


def _wrap_width(lines: list[str], stripped: list[str]) -> int | None:
    """``wrap_width`` given the lines stripped (``segment_text`` has them already). The long
    lines are picked and measured by C iterators (``map``/``compress``), not a Python loop."""
    is_long = map(le, repeat(WRAP_LINE_MIN), map(len, stripped))
    long = sorted(map(len, map(str.rstrip, compress(lines, is_long))))
    if len(long) < WRAP_MIN_LINES:
        return None
    width = long[min(len(long) - 1, int(len(long) * 0.95))]
    if width > WRAP_MAX_WIDTH:
        return None
    near = len(long) - bisect_left(long, width - WRAP_SLACK)  # lines ending near the width
    return width if near >= WRAP_SHARE * len(long) else None


def segment_text(text: str) -> tuple[Block, ...]:
    """Split text into blocks: one per non-blank line, hard-wrapped paragraphs joined.

    Page-level, not line by line: the lines are stripped, the blank ones dropped and the line
    numbers kept by C iterators; one ``split`` of the stripped lines joined by ``\\n`` takes the
    list markers off and tells the lines that start in lower case (``_LINE_START``), so that
    no line is looked at in Python for them. Then lines are joined to the block above them
    (the head) where the rules of ``_join_wrapped`` / ``_join_lower`` say so, and the blocks
    are built in bulk (``records``)."""
    lines = text.splitlines()
    stripped = list(map(str.strip, lines))
    numbers = list(compress(count(1), stripped))
    texts = list(filter(None, stripped))
    if not texts:
        return ()
    parts = _LINE_START.split("\n" + "\n".join(texts))
    bullets, texts = parts[1::3], parts[3::3]
    width = _wrap_width(lines, stripped)
    if width is not None:
        heads = _join_wrapped(lines, numbers, texts, bullets, width - WRAP_SLACK)
    else:
        heads = _join_lower(numbers, texts, bullets, compress(count(), parts[2::3]))
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
    numbers: list[int], texts: list[str], bullets: list[str], lower: Iterator[int]
) -> dict[int, int]:
    """Unwrapped text: a line that starts in lower case (``lower``: those lines' indices, in
    order; a line with a marker may be among them, whose text starts in lower case) goes on the
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
