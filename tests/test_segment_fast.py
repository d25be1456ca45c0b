"""segment_text, page-level, against the line-by-line loop it replaced.

The plain version below is the loop as it was (one ``strip``, one marker test and one
continuation test per line). On varied text (list markers of every kind, digits, lower- and
upper-case starts, blank and white-space-only lines, every line break ``splitlines`` knows,
sentence ends, long and short lines) and on hard-wrapped text (where the wrap width decides),
both must make the same blocks, and ``wrap_width`` must measure the same width.
"""

from __future__ import annotations

import re
import textwrap

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.model import Block
from newsparse.rules.prose import ends_sentence
from newsparse.segment import (
    _BULLET,
    WRAP_MAX_WIDTH,
    WRAP_MIN,
    WRAP_MIN_LINES,
    WRAP_SHARE,
    WRAP_SLACK,
    segment_text,
    wrap_width,
)

_MARKER_START = frozenset("•◦▪▫●○■□◆◇※*·∙‣⁃-0123456789")
_LOWER_START = re.compile(r"^[a-zà-ÿа-я]")


def plain_wrap_width(lines: list[str]) -> int | None:
    long = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 40)
    if len(long) < WRAP_MIN_LINES:
        return None
    width = long[min(len(long) - 1, int(len(long) * 0.95))]
    if width > WRAP_MAX_WIDTH:
        return None
    near = sum(1 for n in long if n >= width - WRAP_SLACK)
    return width if near >= WRAP_SHARE * len(long) else None


def plain_segment_text(text: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    prev_line_no = -1
    lines = text.splitlines()
    width = plain_wrap_width(lines)
    join_from = width - WRAP_SLACK if width is not None else 0
    prev_raw_len = 0
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
            continues = prev_raw_len >= join_from
        elif continues:
            last = blocks[-1]
            continues = (
                not last.bullet
                and len(last.text) >= WRAP_MIN
                and _LOWER_START.match(stripped) is not None
                and not ends_sentence(last.text)
            )
        if width is not None:
            prev_raw_len = len(raw.rstrip())
        if continues:
            last = blocks[-1]
            blocks[-1] = Block(last.index, last.line, f"{last.text} {stripped}", last.bullet)
        else:
            blocks.append(Block(len(blocks), number, stripped, bullet))
        prev_line_no = number
    return tuple(blocks)


_STARTS = st.sampled_from(
    [
        "",
        " ",
        "  ",
        "\t",
        "\u3000",
        "\xa0",
        "• ",
        "- ",
        "-",
        "* ",
        "·  ",
        "1. ",
        "12) ",
        "1234. ",
        "٣. ",
        "3.",
        "a",
        "A",
        "é",
        "я",
        "Ж",
        "÷",
        "기",
        "2020 ",
        "※ ",
    ]
)
_WORDS = st.sampled_from(
    [
        "word",
        "Word",
        "the council approved the budget",
        "and then",
        "x" * 45,
        "end.",
        "end!”",
        "a long line of prose that keeps going without any stop at all for a while",
        "",
        " ",
        "기자",
        "。",
        "...",
        "—",
    ]
)
_BREAKS = st.sampled_from(
    ["\n", "\n", "\n", "\n\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\n \n"]
)
_LINE = st.tuples(_STARTS, st.lists(_WORDS, max_size=4).map(" ".join), _BREAKS).map("".join)
_TEXTS = st.lists(_LINE, max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("")
@example("\n\n  \n")
@example("- \n-\n1.\n1. x\n  • y  \n")
@example("According to the report published by the ministry on Monday and cited\nby officials.")
def test_segment_text_is_the_line_loop(text: str) -> None:
    assert segment_text(text) == plain_segment_text(text)
    assert wrap_width(text.splitlines()) == plain_wrap_width(text.splitlines())


@settings(max_examples=100, deadline=None)
@given(_TEXTS, st.sampled_from([40, 60, 76, 100]))
def test_segment_text_is_the_line_loop_on_wrapped_text(text: str, width: int) -> None:
    wrapped = "\n".join(
        textwrap.fill(line, width) if len(line) > width else line for line in text.splitlines()
    )
    assert segment_text(wrapped) == plain_segment_text(wrapped)
    assert wrap_width(wrapped.splitlines()) == plain_wrap_width(wrapped.splitlines())


def test_join_at_the_wrap_boundary() -> None:
    """A line exactly ``width - WRAP_SLACK`` long goes on in the next one; one shorter not."""
    long_line = "word " * 15 + "ends"  # 79 characters: the wrap width
    for short in (60, 59):  # join_from = 79 - 20 = 59
        at_edge = ("y" * (short - 1)) + ","
        text = "\n".join([long_line] * 10 + [at_edge[: short - 20], at_edge, "next", ""])
        assert wrap_width(text.splitlines()) == len(long_line)
        assert segment_text(text) == plain_segment_text(text)


def test_both_joins_are_taken() -> None:
    """A wrapped text and an unwrapped one with a lower-case continuation (else the properties
    above could check only the unjoined case)."""
    paragraph = "The council approved the new budget on Monday after a long debate. " * 6
    wrapped = "\n\n".join([textwrap.fill(paragraph, 72)] * 3)
    assert wrap_width(wrapped.splitlines()) is not None
    assert len(segment_text(wrapped)) == 3 == len(plain_segment_text(wrapped))
    unwrapped = "According to the report published by the ministry on Monday and cited\nby them."
    assert wrap_width(unwrapped.splitlines()) is None
    assert len(segment_text(unwrapped)) == 1
    assert segment_text(wrapped) == plain_segment_text(wrapped)
    assert segment_text(unwrapped) == plain_segment_text(unwrapped)
