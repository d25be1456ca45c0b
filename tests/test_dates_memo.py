"""The memory of ``newsparse.dates._dates_in`` (and of ``_cached_candidates`` under it).

A remembered result must be what reading the text afresh gives: for every (text, language, zone)
and, where an ambiguous numeric date asked for it, for the page's day-first evidence. A read is
shared by the languages that answer alike what it asked (``_AskedLang``): the examples read each
text under languages that answer each question differently. Each test
reads texts twice, across languages and day-first answers, with the memory emptied before the
fresh read it is compared with.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.dates import (
    _DATES_MEMO,
    _GATES,
    _GATES_ASCII,
    _cached_candidates,
    _candidates,
    _dates_in,
    _read_dates,
)
from tests.test_dates_fast import _line

_langs = st.sampled_from((None, "en", "de", "ko", "ja", "zh", "fr", "pt", "hu"))
_answers = st.sampled_from((None, True, False))


def _fresh(text: str, lang: str | None, answer: bool | None) -> tuple[object, ...]:
    return _read_dates(text, lang, None, lambda: answer, _GATES)


@settings(max_examples=200, deadline=None)
@given(_line, st.lists(st.tuples(_langs, _answers), min_size=1, max_size=6))
@example("Nov 18, 2019 at 9:24 pm ET", [(None, None), ("en", None), ("ko", None)])
@example("02/11/2023 10:00", [("en", True), ("en", False), ("en", None), (None, None)])
@example("02.11.23", [(None, None), (None, True), ("ja", None), (None, None)])
@example("21.03.15", [("de", None), ("ja", None), (None, None), ("en", None)])
@example("2020.10.20 09:24", [(None, None), ("de", None), ("ko", None), ("zh", None)])
@example("2019-06-15 08:18 CST", [(None, None), ("en", None), ("zh", None), ("ko", None)])
def test_remembered_dates_are_fresh_dates(
    text: str, reads: list[tuple[str | None, bool | None]]
) -> None:
    for lang, answer in reads:
        remembered = _dates_in(text, lang, None, lambda a=answer: a, _GATES)
        assert remembered == _fresh(text, lang, answer), (text, lang, answer)


def test_day_first_decides_a_remembered_ambiguous_date() -> None:
    """The same text on a day-first page and a month-first one: two answers, not one."""
    _DATES_MEMO.clear()
    day_first = _dates_in("02/11/2023", "en", None, lambda: True, _GATES)
    month_first = _dates_in("02/11/2023", "en", None, lambda: False, _GATES)
    assert day_first[0].iso == "2023-11-02"
    assert month_first[0].iso == "2023-02-11"
    assert _dates_in("02/11/2023", "en", None, lambda: True, _GATES) == day_first


def test_day_first_is_asked_only_where_the_fresh_read_asks() -> None:
    """A remembered read that did not ask leaves the page's evidence unread."""
    _DATES_MEMO.clear()
    asked: list[bool] = []

    def day_first() -> bool | None:
        asked.append(True)
        return None

    _dates_in("November 20, 2019", "en", None, day_first, _GATES_ASCII)
    _dates_in("November 20, 2019", "en", None, day_first, _GATES_ASCII)
    assert asked == []


@settings(max_examples=200, deadline=None)
@given(_line)
def test_cached_candidates_are_candidates(text: str) -> None:
    for gates in (_GATES, _GATES_ASCII):
        if gates is _GATES_ASCII and not text.isascii():
            continue
        fresh = [(s, e, f.id, m.group()) for s, e, f, m in _candidates(text, None, gates)]
        remembered = [(s, e, f.id, m.group()) for s, e, f, m in _cached_candidates(text, gates)]
        assert remembered == fresh
