"""Tests generated from the metadata rule tables: every example of every entry, plus invariants.

Adding an example to ``newsparse/rules/dates.py``, ``bylines.py`` or ``languages.py`` adds a test
here; no test code changes.
"""

from __future__ import annotations

import re

import pytest

from newsparse.bylines import find_byline, strip_dateline
from newsparse.dates import DateKind, find_dates, parse_date
from newsparse.language import detect_language
from newsparse.model import Author
from newsparse.rules import alternation
from newsparse.rules.bylines import BYLINE_RULES, DATELINE_RULES
from newsparse.rules.dates import DATE_FORMATS, LABEL_RULES, TIME_FORMATS, ZONE_EXAMPLES
from newsparse.rules.languages import (
    LANGUAGE_RULES,
    MODIFIED_LABELS,
    MONTHS,
    PUBLISHED_LABELS,
)


def _lang(code: str) -> str | None:
    return None if code == "*" else code


# --- dates -----------------------------------------------------------------------------------

_FORMATS = DATE_FORMATS + TIME_FORMATS


@pytest.mark.parametrize(
    ("rule_id", "lang", "text", "expected"),
    [(f.id, f.lang, t, e) for f in _FORMATS for t, e in f.must_match],
)
def test_date_format_matches(rule_id: str, lang: str, text: str, expected: str) -> None:
    hit = parse_date(text, lang=_lang(lang))
    assert hit is not None, rule_id
    assert hit.iso == expected, rule_id


@pytest.mark.parametrize(
    ("rule_id", "lang", "text"),
    [(f.id, f.lang, t) for f in _FORMATS for t in f.must_not_match],
)
def test_date_format_rejects(rule_id: str, lang: str, text: str) -> None:
    assert find_dates(text, lang=_lang(lang)) == (), rule_id


@pytest.mark.parametrize(
    ("rule_id", "lang", "kind", "text"),
    [(r.id, r.lang, r.kind, t) for r in LABEL_RULES for t in r.must_match],
)
def test_label_gives_kind(rule_id: str, lang: str, kind: str, text: str) -> None:
    hit = parse_date(text, lang=lang)
    assert hit is not None, rule_id
    assert hit.kind == DateKind(kind), rule_id


@pytest.mark.parametrize(
    ("rule_id", "lang", "kind", "text"),
    [(r.id, r.lang, r.kind, t) for r in LABEL_RULES for t in r.must_not_match],
)
def test_label_not_kind(rule_id: str, lang: str, kind: str, text: str) -> None:
    hit = parse_date(text, lang=lang)
    assert hit is None or hit.kind != DateKind(kind), rule_id


@pytest.mark.parametrize("example", ZONE_EXAMPLES, ids=[z.id for z in ZONE_EXAMPLES])
def test_zone_examples(example: object) -> None:
    hit = parse_date(example.text, lang=_lang(example.lang), tz=example.tz)  # type: ignore[attr-defined]
    assert hit is not None
    assert hit.iso == example.expected  # type: ignore[attr-defined]


# --- bylines and datelines -------------------------------------------------------------------

_EXPECTED = re.compile(r"(?P<name>.*?)(?: <(?P<email>[^>]*)>)?(?: \[(?P<role>[^\]]*)\])?")


def _agrees(expected: str, author: Author) -> bool:
    m = _EXPECTED.fullmatch(expected)
    assert m is not None
    return (
        author.name == m.group("name")
        and (m.group("email") is None or author.email == m.group("email"))
        and (m.group("role") is None or author.role == m.group("role"))
    )


@pytest.mark.parametrize(
    ("rule_id", "lang", "text", "expected"),
    [(r.id, r.lang, t, e) for r in BYLINE_RULES for t, e in r.must_match],
)
def test_byline_matches(rule_id: str, lang: str, text: str, expected: tuple[str, ...]) -> None:
    hit = find_byline(text, lang=_lang(lang))
    assert hit is not None, rule_id
    assert len(hit.authors) == len(expected), (rule_id, hit.authors)
    for want, got in zip(expected, hit.authors, strict=True):
        assert _agrees(want, got), (rule_id, want, got)
    assert 0 <= hit.start < hit.end <= len(text)


@pytest.mark.parametrize(
    ("rule_id", "lang", "text"),
    [(r.id, r.lang, t) for r in BYLINE_RULES for t in r.must_not_match],
)
def test_byline_rejects(rule_id: str, lang: str, text: str) -> None:
    assert find_byline(text, lang=_lang(lang)) is None, rule_id


@pytest.mark.parametrize(
    ("rule_id", "lang", "text", "expected"),
    [(r.id, r.lang, t, e) for r in DATELINE_RULES for t, e in r.must_match],
)
def test_dateline_matches(
    rule_id: str,
    lang: str,
    text: str,
    expected: tuple[str | None, str | None, tuple[str, ...], str],
) -> None:
    place, agency, names, rest = expected
    dateline, authors, remainder = strip_dateline(text, lang=_lang(lang))
    assert dateline is not None, rule_id
    assert (dateline.place, dateline.agency) == (place, agency)
    assert tuple(a.name for a in authors) == names
    assert remainder == rest
    assert text.endswith(remainder)


@pytest.mark.parametrize(
    ("rule_id", "lang", "text"),
    [(r.id, r.lang, t) for r in DATELINE_RULES for t in r.must_not_match],
)
def test_dateline_rejects(rule_id: str, lang: str, text: str) -> None:
    assert strip_dateline(text, lang=_lang(lang)) == (None, (), text), rule_id


# --- languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "lang", "text"),
    [(r.id, r.lang, t) for r in LANGUAGE_RULES for t in r.must_match],
)
def test_language_matches(rule_id: str, lang: str, text: str) -> None:
    assert detect_language(text) == lang, rule_id


@pytest.mark.parametrize(
    ("rule_id", "lang", "text"),
    [(r.id, r.lang, t) for r in LANGUAGE_RULES for t in r.must_not_match],
)
def test_language_rejects(rule_id: str, lang: str, text: str) -> None:
    assert detect_language(text) != lang, rule_id


# --- table invariants ------------------------------------------------------------------------

_ALL_IDS = (
    [f.id for f in _FORMATS]
    + [r.id for r in LABEL_RULES]
    + [z.id for z in ZONE_EXAMPLES]
    + [r.id for r in BYLINE_RULES]
    + [r.id for r in DATELINE_RULES]
    + [r.id for r in LANGUAGE_RULES]
)


def test_rule_ids_unique() -> None:
    assert len(_ALL_IDS) == len(set(_ALL_IDS))


def test_every_rule_has_an_example_and_a_note() -> None:
    for table in (_FORMATS, LABEL_RULES, BYLINE_RULES, DATELINE_RULES, LANGUAGE_RULES):
        for rule in table:
            assert rule.must_match, rule.id
            assert rule.note.strip(), rule.id


def test_language_codes_are_iso_639_1() -> None:
    langs = {r.lang for r in _FORMATS + LABEL_RULES + BYLINE_RULES + DATELINE_RULES}
    langs |= {r.lang for r in LANGUAGE_RULES} | set(PUBLISHED_LABELS) | set(MONTHS)
    assert all(code == "*" or re.fullmatch(r"[a-z]{2}", code) for code in langs)


def test_month_tables_have_twelve_months_and_agree() -> None:
    seen: dict[str, int] = {}
    for lang, months in MONTHS.items():
        assert len(months) == 12, lang
        for number, names in enumerate(months, start=1):
            for name in names:
                key = name.casefold()
                assert seen.setdefault(key, number) == number, (lang, name)


def test_no_label_is_both_published_and_modified() -> None:
    published = {w.casefold() for ws in PUBLISHED_LABELS.values() for w in ws}
    modified = {w.casefold() for ws in MODIFIED_LABELS.values() for w in ws}
    assert not published & modified


def test_alternation_rejects_an_empty_word_list() -> None:
    with pytest.raises(ValueError):
        alternation([])


def test_alternation_prefers_longer_words() -> None:
    rx = re.compile(alternation(["Published", "Published on", "Pub"]))
    m = rx.match("Published on Monday")
    assert m is not None and m.group() == "Published on"
