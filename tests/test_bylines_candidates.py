"""``_byline_candidates`` reads the lines' last characters (one string) to pick the lines worth
the role-word test; an empty line stands in that string as a space, to keep it in line. On
varied pages (prefix words after white space and bullets, role words
before trailing white space, empty lines) both ways find the lines ``_may_be_byline`` passes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import bylines
from newsparse.bylines import _byline_candidates, _may_be_byline
from newsparse.rules.bylines import BYLINE_RULES

_HEADS = ["", " ", "\xa0", "\t", "\u3000", "• ", "* ", "- ", "|", "▪", "  □ ", "x"]
_PREFIXES = [*bylines._ALL_PREFIXES, "Byline", "by", "Photo by", "Text", "Von"]
_NAMES = ["Jane Doe", ": Jane Doe", " Jane Doe, Staff Writer", "Jane Doe | Reporter", "x"]
_TAILS = ["", " ", "\xa0", "  \t", ".", ", Writer", "|Editor", " Korrespondentin", "홍길동 기자"]
_BUILT = st.tuples(
    st.sampled_from(_HEADS),
    st.sampled_from(_PREFIXES),
    st.sampled_from(_NAMES),
    st.sampled_from(_TAILS),
).map("".join)
_LINE = st.one_of(
    _BUILT,
    st.sampled_from([text for rule in BYLINE_RULES for text, _names in rule.must_match]),
    st.sampled_from([text for rule in BYLINE_RULES for text in rule.must_not_match]),
    st.text(max_size=20),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE.filter(bool), max_size=12), st.integers(0, 12))
def test_both_ways_find_the_lines_the_line_test_passes(lines: list[str], at: int) -> None:
    lines = [line.replace("\n", " ") for line in lines]  # (lines holding one: tested elsewhere)
    expected = [i for i, line in enumerate(lines) if _may_be_byline(line)]
    assert _byline_candidates(lines) == expected  # the last characters
    with_empty = [*lines[:at], "", *lines[at:]]
    expected = [i for i, line in enumerate(with_empty) if _may_be_byline(line)]
    assert _byline_candidates(with_empty) == expected  # the empty line a space


def test_last_characters_pick_the_lines() -> None:
    lines = ["Home", " By Jane Doe", "• Von Max Muster", "Jane Doe, Staff Writer  ", "x"]
    assert _byline_candidates(lines) == [1, 2, 3]
    assert _byline_candidates([*lines, ""]) == [1, 2, 3]
