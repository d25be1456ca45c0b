"""Behaviour of newsparse.language beyond the rule-table examples."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import language
from newsparse.language import SAMPLE_CHARS, detect_language, script_counts


def test_too_little_text_is_none() -> None:
    assert detect_language("") is None
    assert detect_language("   12345 ...") is None
    assert detect_language("Home") is None


def test_korean_page_with_english_menu() -> None:
    text = "Home News Sports Login\n" + "정부는 20일 새 정책을 발표했다. " * 5
    assert detect_language(text) == "ko"


def test_japanese_with_many_han_is_ja() -> None:
    assert detect_language("東京都議会は二十日、新型感染症対策予算を可決した。") == "ja"


def test_latin_menu_words_alone_are_not_enough() -> None:
    assert detect_language("Home Login Search Contact Impressum Datenschutz") is None


def test_cyrillic_without_function_words_defaults_to_russian() -> None:
    assert detect_language("Москва Санкт-Петербург Новосибирск Екатеринбург") == "ru"


def test_long_text_is_sampled_from_the_middle() -> None:
    menu = "Startseite Impressum " * 2000
    body = "The government said on Tuesday that it would announce the new measures. " * 400
    text = menu + body + menu
    assert len(text) > SAMPLE_CHARS
    assert detect_language(text) == "en"


def test_script_counts() -> None:
    counts = script_counts("abc 가나 カナ 漢字 Жж")
    assert counts["latin"] == 3 and counts["hangul"] == 2 and counts["kana"] == 2
    assert counts["han"] == 2 and counts["cyrillic"] == 2


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=500))
def test_never_raises(text: str) -> None:
    result = detect_language(text)
    assert result is None or (len(result) == 2 and result.isalpha())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",))))
def test_script_counts_match_the_per_character_definition(text: str) -> None:
    """The byte-level ASCII count plus the table for the rest equals bucketing every character
    by SCRIPT_RANGES."""
    expected: dict[str, int] = {}
    for ch in text:
        for lo, hi, name in language.SCRIPT_RANGES:
            if lo <= ord(ch) <= hi:
                expected[name] = expected.get(name, 0) + 1
                break
    assert dict(language.script_counts(text)) == expected
