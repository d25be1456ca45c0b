"""decode's UTF-8 prefilter before the mojibake repair: never skips a text the repair reads."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.read import (
    UTF8_LEAD_CHECKS,
    _utf8_may_hold_lead,
    decode,
    has_hangul_pair,
    repair_mojibake,
)

_ALPHABET = st.sampled_from(
    [
        "a",
        " ",
        "\n",
        "é",
        "©",
        "\xa0",
        "°",
        "·",
        "±",
        "¿",
        "À",
        "Ç",
        "È",
        "É",
        "ÿ",
        "Á",
        "¤",
        "정",
        "’",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
@example("Á¤ÀºÁö ±âÀÚ")
@example("°")
@example("É")
def test_prefilter_is_a_superset(text: str) -> None:
    data = text.encode("utf-8")
    if not _utf8_may_hold_lead(data):
        assert not has_hangul_pair(text)
    assert decode(data) == (repair_mojibake(text), "utf-8")


def test_prefilter_reads_leads_and_gives_up_on_many() -> None:
    assert _utf8_may_hold_lead("x °".encode()) is True
    assert _utf8_may_hold_lead("É".encode()) is False  # (U+00C9: one past the leads)
    assert _utf8_may_hold_lead("© é ’".encode()) is False
    assert _utf8_may_hold_lead(("é" * (UTF8_LEAD_CHECKS + 1)).encode()) is True
    assert _utf8_may_hold_lead(b"\x00\xc2") is False  # (bad bytes: a lead at the end)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=40))
@example(b"\x00\xc2")
@example(b"\xc2\xb0\xc2")
@example(b"\xc2\xc2\xb0\xa1")
def test_prefilter_on_any_bytes(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    if not _utf8_may_hold_lead(data):
        assert not has_hangul_pair(text)
