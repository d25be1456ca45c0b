"""The classifier's page loops done in C give what the plain loops they replaced gave.

Each reference below is the straightforward loop the fast code replaced, kept as the oracle.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.classify import (
    _NOT_A_HEADLINE,
    GAP_FULL,
    SOFT_RULES,
    _never_a_headline,
    _soften_short_gaps,
    classify,
)
from newsparse.model import Decision, Label, Reason
from newsparse.segment import segment_text


def _soften_reference(scores: list[float], rules: list[Reason | None]) -> list[float]:
    hard = [rule is not None and rule not in SOFT_RULES for rule in rules]
    out = list(scores)
    i, n = 0, len(out)
    while i < n:
        if out[i] >= 0:
            i += 1
            continue
        j = i
        while j < n and out[j] < 0:
            j += 1
        if j - i < GAP_FULL:
            factor = (j - i) / GAP_FULL
            for k in range(i, j):
                if not hard[k]:
                    out[k] *= factor
        i = j
    return out


_SCORE = st.sampled_from([-4.0, -1.0, -1e-9, -0.0, 0.0, 1e-9, 0.5, 3.0])
_RULE = st.sampled_from([None, Reason.NAV, Reason.DATED, *SOFT_RULES])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_SCORE, _RULE), max_size=3 * GAP_FULL + 4))
def test_soften_short_gaps_matches_the_plain_loop(rows: list[tuple[float, Reason | None]]) -> None:
    scores = [s for s, _ in rows]
    rules = [r for _, r in rows]
    assert _soften_short_gaps(scores, rules) == _soften_reference(scores, rules)


def test_soften_short_gaps_scales_short_runs_only() -> None:
    short = [2.0, -1.0, -1.0, 2.0]
    assert _soften_short_gaps(short, [None] * 4) == [2.0, -2 / GAP_FULL, -2 / GAP_FULL, 2.0]
    long = [2.0, *[-1.0] * GAP_FULL, 2.0]
    assert _soften_short_gaps(long, [None] * len(long)) == long
    assert _soften_short_gaps([-1.0, 1.0], [Reason.NAV, None]) == [-1.0, 1.0]  # a hard rule stays
    soft = [Reason.PLACEHOLDER, None]
    assert _soften_short_gaps([-1.0, 1.0], soft) == [-1 / GAP_FULL, 1.0]  # a picture softens


def test_decisions_are_one_per_block_in_order() -> None:
    text = "Home\nNews\nA headline for the story\n" + "This is a sentence of the body. " * 9
    blocks = segment_text(text)
    decisions = classify(blocks)
    assert [d.block for d in decisions] == list(blocks)
    assert all(type(d) is Decision for d in decisions)
    assert decisions[-1].label is Label.BODY
    assert decisions[0].label is Label.BOILERPLATE


# Pieces of the lines each branch of _NOT_A_HEADLINE is about, near misses of them, and words
# of headlines, for the branch-by-branch test's check against the whole alternation.
_HEADLINE_PIECES = st.sampled_from(
    [
        *("[", "]", "[ ]", "[  ", "[x]", " ", "  ", "\t", "\n", "(", ")", "(x)", "x", "Jane"),
        *("By ", "by ", "BY ", "Posted ", "Posted by ", "written ", "Written by ", "by", "\u00a0"),
        *("@", "x@y.z", "a.b+c@d-e.fg", "@x", " @ab", "@ab", "@a", "_@x.y", "@x.", "x@", "é@x.y"),
        *(".@x.y", "+@x.y", "-@x.y", "!@x.y", "a.b"),
        *("file photo", "file photos", "afile photo", "FILE PHOTO", "Photo by ", "photo by"),
        *("XPhoto by ", "Photo illustration by", "photo illustration by ", "hoto by", "Photo bye"),
        *("Credit: ", "ACredit: ", "Credit...", "://", "| Getty Images", ", left,", "(left)"),
        *("(right)", "(center)", "▲", "▲ ", "△", " > ", ">", " » ", "»", " › ", "a > b", "Blog"),
        *("(opens in new window)", "(Opens in a new window)", "(Opens in new window)"),
        *("(opens in a new window)", "(OPENS IN NEW WINDOW)", "(opens in a window)", "(oops)"),
        *("Markets rally", "as ", "Fed", "holds ", "rates", ", ", "—"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_HEADLINE_PIECES, max_size=10).map("".join))
def test_never_a_headline_is_the_whole_alternation(text: str) -> None:
    assert _never_a_headline(text) == (_NOT_A_HEADLINE.search(text) is not None)


_NEVER_A_HEADLINE_EXAMPLES = (
    *("print header logo https://example.com/x", "Comment [      ]", "Comment []", "[Absenden]"),
    *("By Court Reporter", "BY JANE DOE", "Posted by Vortex", "written by Jane", "a@b.co"),
    "Jane Doe @janedoe",
    *("Jane Doe, left, and John Roe", "Jane Doe (right) and John", "FILE PHOTO: a plant"),
    *("In this 2006 file photo, a man", "Photo by Jane Doe", "Photo illustration by Jane"),
    *("Alex Wong | Getty Images", "Credit...Jane Doe", "Credit: Jane Doe", "(Reed Saxon / AP)"),
    *("▲ 4일 세종시청에서", "Blog > Weight Loss > Tips", "Submit (Opens in new window)"),
    "Share (opens in a new window)",
)
"""One line per branch of ``_NOT_A_HEADLINE``."""


@pytest.mark.parametrize("line", _NEVER_A_HEADLINE_EXAMPLES)
def test_never_a_headline_finds_every_branch(line: str) -> None:
    assert _NOT_A_HEADLINE.search(line) is not None
    assert _never_a_headline(line)
    inside = "Markets rally " + line  # (the branches not anchored at the start)
    assert _never_a_headline(inside) == (_NOT_A_HEADLINE.search(inside) is not None)


def test_a_headline_is_not_never_a_headline() -> None:
    assert not _never_a_headline("Fed holds rates steady as inflation cools")


def test_an_image_file_name_printed_as_text_is_a_placeholder() -> None:
    from newsparse.classify import _line_facts
    from newsparse.model import Reason

    for line in ("airpods-pro-2.jpgairpods-pro-2.jpg", "GettyImages-687786465.jpg", "Logo.SVG"):
        assert _line_facts.__wrapped__(line)[3] is Reason.PLACEHOLDER, line  # type: ignore[attr-defined]
        accented = "é" + line  # (the non-ASCII road)
        assert _line_facts.__wrapped__(accented)[3] is Reason.PLACEHOLDER, accented  # type: ignore[attr-defined]
    assert _line_facts.__wrapped__("See the photo.jpg")[3] is None  # type: ignore[attr-defined]


_PLACEHOLDER_PIECES = st.sampled_from(
    [
        *("[", "]", "[image]", "[ ]", "  ", "x", "X", "Submit", "검색", "a.b", ".jpg", ".JPEG"),
        *(".webp", ".svg", ".png", ".gif", "photo-1", "%20", "+", "-", "é", " ", "\u3000", "\t"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PLACEHOLDER_PIECES, min_size=1, max_size=8).map("".join))
def test_placeholder_gate_keeps_every_match(text: str) -> None:
    from newsparse.classify import PLACEHOLDER, _may_be_placeholder

    if PLACEHOLDER.search(text):
        assert _may_be_placeholder(text, text[0]), text
