"""The fast line lists of newsparse.assemble against the plain code they replace.

The page-level author search reads every line but the body's middle (``_byline_lines``); it is
now cut out of the page's lines (made once, shared with the date search) by slicing around and
between the middle's indices (which ``assemble`` notes in its loop) instead of testing every
line against a set. The plain version
is kept here; on random label sequences (body runs of every length, body blocks interleaved with
others, bullets) both must give the same lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.assemble import BODY_EDGE, _byline_lines, _page_lines
from newsparse.model import Block, Decision, Label, Reason


def plain_page_lines(decisions: Sequence[Decision]) -> list[str]:
    return [
        f"{d.block.bullet} {d.block.text}" if d.block.bullet else d.block.text for d in decisions
    ]


def plain_byline_lines(decisions: Sequence[Decision]) -> list[str]:
    body = [i for i, d in enumerate(decisions) if d.label is Label.BODY]
    middle = set(body[BODY_EDGE:-BODY_EDGE]) if len(body) > 2 * BODY_EDGE else set()
    return [
        f"{d.block.bullet} {d.block.text}" if d.block.bullet else d.block.text
        for i, d in enumerate(decisions)
        if i not in middle
    ]


_LABELS = st.sampled_from(
    [Label.BODY, Label.BODY, Label.BODY, Label.BOILERPLATE, Label.TITLE, Label.BYLINE]
)
_REASON = next(iter(Reason))


@st.composite
def _decisions(draw: st.DrawFn) -> list[Decision]:
    labels = draw(st.lists(_LABELS, max_size=40))
    bullets = draw(
        st.lists(st.sampled_from(["", "", "•", "1."]), min_size=len(labels), max_size=len(labels))
    )
    return [
        Decision(Block(i, i + 1, f"line {i}", bullet), label, _REASON)
        for i, (label, bullet) in enumerate(zip(labels, bullets, strict=True))
    ]


@settings(max_examples=200, deadline=None)
@given(_decisions())
def test_byline_lines_match_plain(decisions: list[Decision]) -> None:
    expected = plain_byline_lines(decisions)
    assert _page_lines(decisions) == plain_page_lines(decisions)
    assert _byline_lines(decisions) == expected
    assert _byline_lines(decisions, _page_lines(decisions)) == expected
    body = [i for i, d in enumerate(decisions) if d.label is Label.BODY]
    assert _byline_lines(decisions, _page_lines(decisions), body) == expected


def test_middle_of_a_long_body_is_left_out() -> None:
    labels = [Label.TITLE] + [Label.BODY] * 3 + [Label.BOILERPLATE] + [Label.BODY] * 4
    decisions = [
        Decision(Block(i, i + 1, f"line {i}"), label, _REASON) for i, label in enumerate(labels)
    ]
    assert _byline_lines(decisions) == ["line 0", "line 1", "line 2", "line 4", "line 7", "line 8"]
