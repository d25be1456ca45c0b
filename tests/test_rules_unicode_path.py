"""The classifier's road for non-ASCII lines (``classify._line_facts`` past its ASCII test):
features and the strong sentence end are spelt out there, and must give what
``prose.line_features`` and ``prose.ends_strongly`` give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import classify
from newsparse.model import Reason
from newsparse.rules import prose

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


def _reference(text: str) -> tuple[float, float, bool, Reason | None, float, bool, bool]:
    """``_line_facts`` of a non-ASCII line from the general definitions."""
    w, letters, digits, sentence = prose.line_features(text)
    folded = text.casefold()
    rule = classify._rule_reason(text, folded, w, letters, digits, sentence)
    if rule is not None:
        return w, letters, sentence, rule, classify.RULE_PENALTY, False, False
    lead_in = w >= classify.LEAD_IN_MIN_WEIGHT and text.rstrip().endswith((":", "："))
    is_prose = sentence
    if not sentence and w >= classify.PROSE_MIN_WEIGHT:
        words, share = prose.function_share(text, folded)
        is_prose = words >= classify.PROSE_MIN_WORDS and share >= classify.PROSE_FUNCTION_SHARE
    fragment = letters >= classify.MIN_LETTER_SHARE and not is_prose
    if letters < classify.MIN_LETTER_SHARE:
        score = classify.NON_TEXT_SCORE
    elif is_prose:
        strong = sentence and prose.ends_strongly(text)
        offset = classify.STRONG_OFFSET if strong else classify.SENTENCE_OFFSET
        score = min(w / classify.SENTENCE_UNIT - offset, classify.SCORE_CAP)
    else:
        score = min(w / classify.FRAGMENT_UNIT - classify.FRAGMENT_OFFSET, classify.FRAGMENT_MAX)
    return w, letters, sentence, None, score, fragment, lead_in


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
