"""segment: a page's text → blocks (one per non-blank line, or per hard-wrapped paragraph).

Contract: every block's text is a slice of the input with its list marker and surrounding spaces
removed (nothing is invented or reordered); blank lines make no block but are remembered as
``gap_before`` through the line numbers. Hard-wrapped prose (a long line without a sentence end,
followed without a blank line by a line starting in lower case) is joined into one block, since
decisions are made on paragraphs, not on the wrapping of a particular tool. HTML inputs are made
into blocks by :mod:`newsparse.html` instead; both feed the same classifier.
"""

from __future__ import annotations

import re

from newsparse.model import Block
from newsparse.rules.prose import ends_sentence

_BULLET = re.compile(r"^\s*(?:([•◦▪▫●○■□◆◇※*·∙‣⁃-])\s+|(\d{1,3}[.)])\s+)(?=\S)")
"""List markers as text dumps print them: w3m's ``  • `` and `` 1. ``, Markdown's ``* ``/``- ``."""

WRAP_MIN = 50
"""A line at least this long (characters) that does not end a sentence may continue on the next
line (hard-wrapped prose, 72–100 columns in practice); shorter lines are menu-like and stay
apart."""

_MARKER_START = frozenset("•◦▪▫●○■□◆◇※*·∙‣⁃-0123456789")
"""First characters that may open a list marker (a cheap test before the regex)."""

_LOWER_START = re.compile(r"^[a-zà-ÿа-я]")


WRAP_MIN_LINES = 8
WRAP_MAX_WIDTH = 132
WRAP_SLACK = 20
WRAP_SHARE = 0.4
"""A text is hard-wrapped at width W (its 95th-percentile line length) when it has at least
WRAP_MIN_LINES lines of 40+ characters, W is at most WRAP_MAX_WIDTH, and at least WRAP_SHARE of
those lines end within WRAP_SLACK characters of W (a reader or lynx wraps every paragraph line
there). Unwrapped dumps have paragraphs of every length, so their long lines spread out."""


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None when it was not (see WRAP_*)."""
    long = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 40)
    if len(long) < WRAP_MIN_LINES:
        return None
    width = long[min(len(long) - 1, int(len(long) * 0.95))]
    if width > WRAP_MAX_WIDTH:
        return None
    near = sum(1 for n in long if n >= width - WRAP_SLACK)
    return width if near >= WRAP_SHARE * len(long) else None


def segment_text(text: str) -> tuple[Block, ...]:
    """Split text into blocks: one per non-blank line, hard-wrapped paragraphs joined."""
    blocks: list[Block] = []
    prev_line_no = -1
    lines = text.splitlines()
    width = wrap_width(lines)
    join_from = width - WRAP_SLACK if width is not None else 0
    prev_raw_len = 0
    last_text, last_bullet = "", ""  # the last block's (kept in locals: read for every line)
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        bullet = ""
        match = _BULLET.match(raw) if stripped[0] in _MARKER_START else None
        if match:
            bullet = match.group(1) or match.group(2)
            stripped = raw[match.end() :].strip()
        continues = prev_line_no == number - 1 and not bullet and bool(blocks)
        if continues and width is not None:
            # hard-wrapped text: a line that reached the wrap width goes on in the next one
            continues = prev_raw_len >= join_from
        elif continues:
            continues = (
                not last_bullet
                and len(last_text) >= WRAP_MIN
                and _LOWER_START.match(stripped) is not None
                and not ends_sentence(last_text)
            )
        if width is not None:
            prev_raw_len = len(raw.rstrip())
        if continues:
            last = blocks[-1]
            last_text = f"{last_text} {stripped}"
            blocks[-1] = Block(last.index, last.line, last_text, last.bullet)
        else:
            last_text, last_bullet = stripped, bullet
            blocks.append(Block(len(blocks), number, stripped, bullet))
        prev_line_no = number
    return tuple(blocks)
