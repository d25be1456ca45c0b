"""repair_mojibake counts the text's Latin-1 letters run by run; the whole-text count it
replaced must give the same repairs on text built from mojibake, Latin-1 letters, cp1252
specials and Hangul-lead pairs."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import read
from newsparse.read import (
    _LATIN1_LETTER,
    _MOJIBAKE_RUN,
    MOJIBAKE_MIN_HIGH,
    MOJIBAKE_MIN_SHARE,
    _judge_run,
    has_hangul_pair,
    repair_mojibake,
)


def plain_repair_mojibake(text: str) -> str:
    if not has_hangul_pair(text):
        return text
    high = len(_LATIN1_LETTER.findall(text))
    if high < MOJIBAKE_MIN_HIGH:
        return text
    strong = False
    pieces = []
    repaired_high = 0
    for run in _MOJIBAKE_RUN.finditer(text):
        if run.end() - run.start() < 2:
            continue
        verdict = _judge_run(run.group())
        if verdict is None:
            continue
        repaired, is_strong = verdict
        strong = strong or is_strong
        pieces.append((run.start(), run.end(), repaired))
        repaired_high += len(_LATIN1_LETTER.findall(run.group()))
    if not strong or repaired_high < MOJIBAKE_MIN_SHARE * high:
        return text
    out, pos = [], 0
    for start, end, repaired in pieces:
        out += [text[pos:start], repaired]
        pos = end
    return "".join([*out, text[pos:]])


_KOREAN = "정은지 기자 서울 연합뉴스 대한민국 정부는"
_PIECES = st.sampled_from(
    [
        _KOREAN.encode("cp949").decode("latin-1"),
        _KOREAN.encode("cp949").decode("cp1252", errors="ignore"),
        "정은지".encode("cp949").decode("latin-1"),
        "é",
        "café ",
        "·é",
        "°C",
        "™",
        "€",
        "\x85",
        "\xa0",
        "\xa1",
        "\xff",
        " ",
        "abc",
        "12 ",
        "기자",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
@example("·é™")
@example("·é" + "€" * 8)
def test_repair_counts_like_the_whole_text_count(text: str) -> None:
    assert repair_mojibake(text) == plain_repair_mojibake(text)


def test_the_counts_decide_somewhere() -> None:
    """Text where the Latin-1 count decides (else the property could pass on a constant)."""
    bad = _KOREAN.encode("cp949").decode("latin-1")
    assert repair_mojibake(bad) == _KOREAN
    assert repair_mojibake(bad + " ·é" + "é" * 400) == bad + " ·é" + "é" * 400
    assert read.MOJIBAKE_MIN_SHARE > 0
    # Lone non-letters of ``_HIGH`` (a cp1252 special, a no-break space, apart from every
    # other one) are not Latin-1 letters: more of each than the run has letters leave the
    # repaired share at 1, where counting them would halve it.
    letters = len(_LATIN1_LETTER.findall(bad))
    lone = "     ™     \xa0" * (letters + 1)
    assert repair_mojibake(bad + lone) == _KOREAN + lone == plain_repair_mojibake(bad + lone)
