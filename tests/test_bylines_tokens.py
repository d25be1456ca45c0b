"""Fast paths of the Latin byline parser against their plain forms: ``_tokens`` looks for glue
once in the whole text (not once a word) and ``_latin_tail_short`` answers a blank tail at once.
On varied texts (names glued to roles and outlets, dates, random text) each gives what the plain
form gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import bylines
from newsparse.dates import find_dates
from newsparse.rules.bylines import BYLINE_RULES


def _plain_tokens(rest: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in bylines._TOKEN_RE.finditer(rest):
        tok, start = m.group(), m.start()
        glue = bylines._GLUE_RE.search(tok)
        if glue:
            out.append((tok[: glue.start()], start, start + glue.start()))
            out.append(("|", start + glue.start(), m.end()))
        else:
            out.append((tok, start, m.end()))
    return out


def _plain_tail_short(tail: str) -> bool:
    for hit in reversed(find_dates(tail)):
        tail = tail[: hit.start] + " " + tail[hit.end :]
    tail = bylines._EMAIL_RE.sub(" ", tail)
    return len(re.findall(r"[^\W\d_]+", tail)) <= bylines.LATIN_TAIL_WORDS and not re.search(
        r"[.!?]\s+[A-Z]", tail
    )


_EXAMPLES = [text for rule in BYLINE_RULES for text, _names in rule.must_match]
_PIECES = [
    *("Jane", "Doe", "DoeStaff", "JamesStaff Writer", "GarberFOXBusiness", "RoeNEWSNET", "é"),
    *("Staff", "Writer", "Senior", "Business", "Staffs", "ab", "AB", "aBC", "xx", "Ü", "ß"),
    *(" ", "\xa0", "\t", "\n", ", ", ". ", "-", "'", "’", "|", "2019", "Oct. 20, 2020", "!"),
]
_TEXT = st.one_of(
    st.sampled_from(_EXAMPLES),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=10).map("".join),
    st.text(max_size=40),
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_tokens_match_the_word_by_word_glue_search(text: str) -> None:
    assert bylines._tokens(text) == _plain_tokens(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_TEXT, st.text(alphabet=" \t\n\xa0\u3000", max_size=5)))
def test_tail_short_matches_the_plain_form(text: str) -> None:
    assert bylines._latin_tail_short(text) == _plain_tail_short(text)


def test_glued_words_are_split() -> None:
    for text in ("Jane DoeStaff Writer", "Jane RoeNEWSNET", "Meg JamesStaff", "aaBB"):
        assert bylines._tokens(text) == _plain_tokens(text)
        assert any(tok == "|" for tok, _s, _e in bylines._tokens(text)), text


def test_tail_short_on_long_and_sentence_tails() -> None:
    for tail in (
        "",
        "  \xa0",
        " on Monday, November 18th, 2019 at 11:04 a.m.",
        " one two three four five six seven eight nine.",
        ". The council met on Tuesday .",
        " | Published Oct. 20, 2020 ",
    ):
        assert bylines._latin_tail_short(tail) == _plain_tail_short(tail), tail
    assert not bylines._latin_tail_short(" one two three four five six seven eight nine.")
