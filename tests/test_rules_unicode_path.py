"""The classifier's road for non-ASCII lines (``classify._line_facts`` past its ASCII test):
features and the strong sentence end are spelt out there, and must give what
``prose.line_features`` and ``prose.ends_strongly`` give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import classify
from newsparse.rules import prose
from tests.test_rules_ascii_path import _line_facts_slow as _reference

_PIECES = (
    "했다",
    "입니다",
    "정말일까",
    "何もない",
    "über",
    "Änderung",
    "said",
    "쿠키",
    " ",
    "\u3000",
    "\u00a0",
    "1",
    "2019",
    "다",
    "요",
    "네",
    "..",
    ".",
    "?",
    "!",
    "。",
    "！",
    "？",
    "…",
    "”",
    "’",
    "」",
    "』",
    ")",
    "）",
    "】",
    '"',
    "'",
    "„",
    ":",
    "：",
    "\ud800",
)


_LINES = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(min_size=1, max_size=6)), min_size=1, max_size=30
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_unicode_line_facts_are_the_general_facts(text: str) -> None:
    if text.isascii():
        text = "é" + text
    assert classify._line_facts.__wrapped__(text) == _reference(text)  # type: ignore[attr-defined]


def test_strong_ends_are_read_off_the_tail() -> None:
    for text in prose.STRONG_END_EXAMPLES + (
        "그렇다.  ",
        "何もない。」",
        "정말이다 .",
        "何ですか？",
        "本当だ！」",
        "정말이죠?",
    ):
        facts = classify._line_facts.__wrapped__(text + " é" if text.isascii() else text)  # type: ignore[attr-defined]
        assert facts == _reference(text + " é" if text.isascii() else text)
    # a prose line that ends strongly scores above the same line ending weakly
    strong = classify._line_facts.__wrapped__(
        "통신선이 모두 끊어진 상태라고 정부 관계자가 밝혔습니다."
    )  # type: ignore[attr-defined]
    weak = classify._line_facts.__wrapped__("통신선이 모두 끊어진 상태라고 정부 관계자가 밝혔습니.")  # type: ignore[attr-defined]
    assert strong[4] > weak[4]
