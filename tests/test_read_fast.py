"""read's mojibake gate against the regex it replaces.

``has_hangul_pair`` looks for the 25 lead characters one by one with ``str.find`` instead of
scanning the text with ``_HANGUL_PAIR``; on any text (Latin-1 letters, the leads and trails at
their edges, the page's ends, wide characters that make the string UCS-2 or UCS-4) both must
say the same.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.read import _HANGUL_LEADS, has_hangul_pair, repair_mojibake

_HANGUL_PAIR = re.compile("[\xb0-\xc8][\xa1-\xfe]")
"""The gate as first written (lead B0-C8, trail A1-FE): the definition ``has_hangul_pair`` keeps."""

_EDGES = "\xaf\xb0\xb7\xc8\xc9\xa0\xa1\xfe\xff"
"""The leads' and trails' first and last characters and their neighbours outside them."""

_CHARS = st.sampled_from([*_EDGES, "a", " ", "\n", "·", "°", "»", "’", "가", "\U0001f600", "\x00"])


def _plain(text: str) -> bool:
    return _HANGUL_PAIR.search(text) is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join))
@example("")
@example("\xb0")
@example("\xb0\xa1")
@example("x\xc8\xfe")
@example("\xc9\xa1\xaf\xfe\xb0\xa0\xb0\xff")
@example("Á¤ÀºÁö ±âÀÚ")
def test_has_hangul_pair_is_the_regex(text: str) -> None:
    assert has_hangul_pair(text) is _plain(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_has_hangul_pair_is_the_regex_on_any_text(text: str) -> None:
    assert has_hangul_pair(text) is _plain(text)


def test_leads_are_the_regex_class() -> None:
    leads = {chr(c) for c in range(0x110000) if _HANGUL_PAIR.match(chr(c) + "\xa1")}
    assert set(_HANGUL_LEADS) == leads


def test_an_english_page_with_leads_is_left_alone() -> None:
    page = "Temperatures of 30° · Home » News\n" * 50 + "“Quoted” text, it’s fine."
    assert not has_hangul_pair(page)
    assert repair_mojibake(page) == page
