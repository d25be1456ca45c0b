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


def segment_text(text: str) -> tuple[Block, ...]:
    """Split text into blocks: one per non-blank line, hard-wrapped paragraphs joined."""
    blocks: list[Block] = []
    prev_line_no = -1
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        bullet = ""
        match = _BULLET.match(raw) if stripped[0] in _MARKER_START else None
        if match:
            bullet = match.group(1) or match.group(2)
            stripped = raw[match.end() :].strip()
        if (
            blocks
            and not bullet
            and prev_line_no == number - 1
            and not blocks[-1].bullet
            and len(blocks[-1].text) >= WRAP_MIN
            and not ends_sentence(blocks[-1].text)
            and _LOWER_START.match(stripped)
        ):
            last = blocks[-1]
            blocks[-1] = Block(last.index, last.line, f"{last.text} {stripped}", last.bullet)
        else:
            blocks.append(Block(len(blocks), number, stripped, bullet))
        prev_line_no = number
    return tuple(blocks)
