"""The cheap tests in front of the byline, dateline and credit regexes are supersets: on varied
lines (rule examples cut up and glued to table words, odd white space, random text) the fast
path finds exactly what the slow path finds, and every line the slow path accepts passes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import bylines
from newsparse.bylines import (
    _byline_candidates,
    _find_byline,
    _may_be_byline,
    _pick_authors,
    _strip_dateline,
    find_byline,
    pick_authors,
    strip_dateline,
)
from newsparse.rules import captions
from newsparse.rules.bylines import BYLINE_RULES, DATELINE_RULES
from newsparse.rules.languages import AGENCIES, BYLINE_PREFIXES, ROLE_WORDS
from tests._plain import plain_find_credit
from tests.conftest import SEED_TEXT

_EXAMPLES = [
    *(text for rule in BYLINE_RULES for text, _names in rule.must_match),
    *(text for rule in BYLINE_RULES for text in rule.must_not_match),
    *(text for rule in DATELINE_RULES for text, _want in rule.must_match),
    *(text for rule in DATELINE_RULES for text in rule.must_not_match),
    *(text for rule in captions.RULES for text, _credit in rule.examples),
    *(text for rule in captions.RULES for text in rule.counterexamples),
]
_WORDS = [
    *(w for ws in BYLINE_PREFIXES.values() for w in ws),
    *(part for ws in BYLINE_PREFIXES.values() for w in ws for part in w.split()),
    *(w for ws in ROLE_WORDS.values() for w in ws),
    *(w for ws in AGENCIES.values() for w in ws),
    *("Jane Doe", "John Roe", "홍길동", "김영수", "张三", "山田太郎", "峯村健司", "Иван Петров"),
    *("hong@example.com", "kang@", "2020.10.20", "Oct. 20, 2020", "11/13/19", "(AP)", "SEOUL"),
    *("사진", "그래픽", "Photo", "Image", "Getty Images", "REUTERS/Kim", "图片来源", "本报讯"),
]
_MARKS = list("•□◦▪*|-,.;:=＝/()[]【】（）「」@·、 ") + ["\xa0", "\u3000", "\t", "\x1c", "\n", "  "]
_FRAGMENT = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_MARKS),
    st.sampled_from(_EXAMPLES).flatmap(
        lambda text: st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(
            lambda ij: text[min(ij) : max(ij)]
        )
    ),
    st.text(max_size=8),
)
_LINE = st.one_of(
    st.sampled_from(_EXAMPLES),
    st.lists(_FRAGMENT, max_size=8).map("".join),
    st.text(max_size=60),
)
_LANGS = st.sampled_from([None, "ko", "ja", "zh", "en", "de"])


def test_every_example_passes_the_prefilter() -> None:
    for text in _EXAMPLES:
        for lang in (None, "ko", "ja", "zh"):
            if _find_byline(text, lang) is not None:
                assert _may_be_byline(text), text
            assert find_byline(text, lang=lang) == _find_byline(text, lang), text
            found = strip_dateline(text, lang=lang)
            assert found == _strip_dateline(text, (None, (), text)), text
            if found[1]:
                assert _may_be_byline(text), text


@settings(max_examples=200, deadline=None)
@given(_LINE, _LANGS)
def test_find_byline_prefilter_is_a_superset(text: str, lang: str | None) -> None:
    slow = _find_byline(text, lang) if text else None
    if slow is not None:
        assert _may_be_byline(text)
    assert find_byline(text, lang=lang) == slow


@settings(max_examples=200, deadline=None)
@given(_LINE, _LANGS)
def test_strip_dateline_prefilter_is_a_superset(text: str, lang: str | None) -> None:
    none = (None, (), text)
    slow = _strip_dateline(text, none) if text else none
    assert strip_dateline(text, lang=lang) == slow
    if slow[1]:
        assert _may_be_byline(text)  # pick_authors skips lines failing it: none has reporters


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=12), _LANGS)
def test_page_scan_finds_the_lines_the_line_test_passes(lines: list[str], lang: str | None) -> None:
    expected = [i for i, line in enumerate(lines) if _may_be_byline(line)]
    assert _byline_candidates(lines) == expected
    assert pick_authors(lines, lang=lang) == _pick_authors(lines, range(len(lines)), lang)


def test_page_scan_on_the_seed_page() -> None:
    lines = SEED_TEXT.read_text(encoding="utf-8").splitlines()
    candidates = _byline_candidates(lines)
    assert candidates == [i for i, line in enumerate(lines) if _may_be_byline(line)]
    assert len(candidates) < len(lines)
    for lang in (None, "ko"):
        assert pick_authors(lines, lang=lang) == _pick_authors(lines, range(len(lines)), lang)


def test_page_scan_maps_hits_to_their_lines() -> None:
    lines = ["Home", "By Jane Doe", "", "그렇게 말했다. 홍길동 기자", "Jane Doe, Staff Writer", "x"]
    assert _byline_candidates(lines) == [1, 3, 4]
    assert _byline_candidates(["By", "Jane\nDoe"]) == [0]  # a line with a newline: line by line
    assert _byline_candidates([]) == []
    # a prefix word with a space ("Written by") must not match across two lines, and a match
    # must not swallow the next line's start
    assert _byline_candidates(["Written", "by Jane Doe", "Text", "by Max Muster"]) == [1, 3]
    assert pick_authors(["Written", "by Jane Doe"]) == _pick_authors(
        ["Written", "by Jane Doe"], range(2), None
    )


def test_prefilter_rejects_prose() -> None:
    for text in (
        "The council voted on Tuesday to approve the budget.",
        "Disney, Avengers and Pornografi: words that start like a prefix word",
        "Opinion Columnist",
        "이날 행사에는 많은 시민이 참석했다.",
    ):
        assert not _may_be_byline(text), text


_CREDIT_LINE = st.one_of(
    _LINE,
    st.lists(
        st.one_of(
            _FRAGMENT,
            st.sampled_from(
                [
                    "(AP Photo/",
                    "/AP)",
                    "/Pool via REUTERS",
                    "Foto: ",
                    "Bild : ",
                    "(사진=",
                    "[EPA=",
                    "/사진=",
                    "Photograph: ",
                    "＝ロイター",
                    "（新华社",
                ]
            ),
        ),
        max_size=8,
    ).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(_CREDIT_LINE)
def test_credit_needs_are_in_every_match(text: str) -> None:
    for rule in captions.RULES:
        if re.search(rule.pattern, text):
            assert any(word in text for word in rule.needs), (rule.id, text)
            assert any(mark in text for mark in captions._CREDIT_MARKS), (rule.id, text)
    assert captions.find_credit(text) == plain_find_credit(text)


_CREDIT_PROBES = {
    "ko-photo-eq": (
        "(사진=관악구)",
        "[사진제공 : 서울시]",
        "(사진 제공=X)",
        "(자료사진=X)",
        "(그래픽=X)",
        "(영상=X)",
        "(출처=X)",
        "(사진출처：X)",
        "[사진 출처=X]",
    ),
    "ko-photo-slash": ("모습. /사진=서울시", "모습. /그래픽=X"),
    "ko-agency-bracket": tuple(
        f"[{a}=연합뉴스]" for a in ("AP", "EPA", "AFP", "UPI", "로이터", "신화", "게티이미지")
    ),
    "en-ap-photo": tuple(
        f"A man. ({a}/Jane Doe)"
        for a in ("AP Photo", "AFP", "Reuters", "Getty Images", "EPA", "Bloomberg")
    ),
    "en-photo-label": tuple(
        f"A crowd. {w}: Jane Doe/Reuters"
        for w in ("Photo", "Photograph", "Image", "Picture", "Photo credit")
    ),
    "en-wire-slash": tuple(
        f"A man. {a}/Kim Hong-Ji"
        for a in ("REUTERS", "AFP", "EPA", "AP", "Getty Images", "Bloomberg")
    ),
    "en-name-agency": tuple(
        f"A man. (Jane Doe / {a})"
        for a in ("AP", "AFP", "Reuters", "REUTERS", "Getty Images", "EPA", "Bloomberg")
        + ("Associated Press", "dpa", "ANSA", "EFE")
    ),
    "en-pool-via": tuple(
        f"A man. Jane Doe/{p} via {a}"
        for p in ("Pool", "POOL", "Handout", "HANDOUT")
        for a in ("REUTERS", "Reuters", "AP", "AFP", "Getty Images")
    ),
    "eu-photo-label": tuple(
        f"Ein Mann{sep}{w}{colon}Jane Doe/dpa"
        for w in ("Foto", "Fotó", "Bild", "Imagem", "Imagen", "Photo", "Снимка", "Фото")
        for sep, colon in ((". ", ": "), (" ", " : "))
    ),
    "ja-eq-agency": ("会見する首相＝共同", "首相＝AP", "首相＝毎日新聞社"),
    "zh-photo": (
        "展览。（新華社记者张三摄）",
        "（中新社）",
        "（中央社）",
        "展览。（图片来源：X）",
        "（圖：X）",
    ),
}
"""One text per alternative of each credit pattern: a need word left out fails a test here."""


def test_credit_needs_hold_for_every_alternative() -> None:
    assert set(_CREDIT_PROBES) == {rule.id for rule in captions.RULES}
    for rule in captions.RULES:
        assert rule.needs
        for text in (*(t for t, _credit in rule.examples), *_CREDIT_PROBES[rule.id]):
            assert re.search(rule.pattern, text), (rule.id, text)
            assert any(word in text for word in rule.needs), (rule.id, text)
            assert captions.find_credit(text) == plain_find_credit(text) is not None, text


def test_prefix_words_start_with_a_letter() -> None:
    # the head patterns' possessive spaces and bullet give nothing back: a prefix word never
    # starts with a space or a bullet, so giving one back could not let the word match
    assert all(p[:1].isalpha() for p in bylines._ALL_PREFIXES)


def test_role_last_letters_end_every_role_last_word() -> None:
    # _byline_candidates skips the word test on lines ending in none of the letters
    assert all(w.endswith(bylines._ROLE_LAST_LETTERS) for w in bylines._ROLE_LAST_WORDS)
    assert all(len(c) == 1 for c in bylines._ROLE_LAST_LETTERS)


def test_prefilter_words_hold_no_space() -> None:
    # the superset arguments read "the stripped line ends with the role's last word" and
    # "every match holds one of these words" literally: a space would become \s+ in a regex
    assert all(" " not in w for w in bylines._ROLE_LAST_WORDS)
    for lang in ("ko", "ja", "zh"):
        assert all(" " not in w for w in ROLE_WORDS[lang])
        if lang != "ko":
            assert all(" " not in w for w in BYLINE_PREFIXES[lang])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0xFFFF), max_size=40))
def test_non_latin_page_test_is_a_superset(text: str) -> None:
    if bylines._NON_LATIN_RE.search(text) is not None:
        assert bylines._may_hold_non_latin(text)


def test_non_latin_page_test_at_the_edges_of_the_scripts() -> None:
    for char in ("\u3040", "\u30ff", "\u4e00", "\u9fff", "가", "힣"):
        assert bylines._may_hold_non_latin("Jane’s café " + char), hex(ord(char))
    assert not bylines._may_hold_non_latin("Jane’s café — “quoted” ☃")
