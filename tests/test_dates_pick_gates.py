"""``page_day_first`` and ``_may_be_published`` against the forms they replace: the month-name
counts of the day-first evidence ask the case-folded search last, and the label tests of
``pick_published`` are remembered per line (same strategies as ``test_dates_fast``)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.dates import (
    _DAY_MONTH_RE,
    _DIGIT_RE,
    _MONTH_DAY_RE,
    _MONTH_DIGIT_REV_RE,
    _MONTH_FOLDED_RE,
    _NUMERIC_HINT_RE,
    _NUMERIC_ORDER_RE,
    _PUBLISHED_GATE_RE,
    _WORD_RE,
    DATE_LINE_MAX_WORDS,
    LONG_LINE,
    LONG_LINE_HEAD,
    DateHit,
    DateKind,
    _head_has_published_word,
    _is_date_line,
    _may_be_published,
    _pending_label,
    page_day_first,
)
from tests.test_dates_fast import _line, _lines


def _plain_page_day_first(lines: list[str]) -> bool | None:
    """``page_day_first`` as first written: the case-folded month search gates both counts."""
    day, month = 0, 0
    for line in lines:
        if not _DIGIT_RE.search(line):
            continue
        if _NUMERIC_HINT_RE.search(line):
            for m in _NUMERIC_ORDER_RE.finditer(line):
                a, b = int(m.group(1)), int(m.group(2))
                if a > 12 >= b:
                    day += 1
                elif b > 12 >= a:
                    month += 1
        if _MONTH_FOLDED_RE.search(line.casefold()):
            day += len(_DAY_MONTH_RE.findall(line))
            if _MONTH_DIGIT_REV_RE.search(line[::-1]):
                month += len(_MONTH_DAY_RE.findall(line))
    if day == month:
        return None
    return day > month


_named_dates = st.lists(
    st.one_of(
        _line,
        st.sampled_from(
            (
                "3 Nov 2023",
                "Nov 3, 2023",
                "3 NOV, 4 Dec",
                "KASIM 3, 2020",
                "3 kasim",
                "Mai 4, 2020 und 5. Mai",
                "25/10/2020",
                "10/25/2020",
                "ß 3 März",
            )
        ),
    ),
    max_size=10,
)


@settings(max_examples=200, deadline=None)
@given(_named_dates)
@example(["Nov 3, 2023", "Dec 4, 2023", "5 Jan 2024"])
@example(["3 KASIM 2020", "Kasım 4, 2020,"])
def test_day_first_as_first_written(lines: list[str]) -> None:
    assert page_day_first(lines) == _plain_page_day_first(lines)


def _plain_may_be_published(lines: list[str], i: int) -> bool:
    """``_may_be_published`` without the per-line memory."""
    line = lines[i]
    head = line[:LONG_LINE_HEAD] if len(line) > LONG_LINE else line
    return _PUBLISHED_GATE_RE.search(head) is not None or (
        i > 0 and _pending_label.__wrapped__(lines[i - 1]) is DateKind.PUBLISHED
    )


@settings(max_examples=200, deadline=None)
@given(_lines)
@example(["Published:", "20.10.2020"])
@example(["x" * 301 + "Published", "y" * 140 + "Published 2020"])
def test_label_tests_remembered_per_line_answer_as_computed(lines: list[str]) -> None:
    for i in range(len(lines)):
        assert _may_be_published(lines, i) == _plain_may_be_published(lines, i)
        assert _pending_label(lines[i]) == _pending_label.__wrapped__(lines[i])


def test_published_word_only_in_the_head_of_a_long_line() -> None:
    assert _head_has_published_word("Published 20.10.2020")
    assert not _head_has_published_word("x" * 301 + " Published 20.10.2020")
    assert _head_has_published_word("x" * 140 + " Published" + "y" * 200)


def _plain_is_date_line(line: str, h: DateHit) -> bool:
    """``_is_date_line`` as first written: the words of the line with the date cut out."""
    rest = line[: h.start] + " " + line[h.end :]
    return len(_WORD_RE.findall(rest)) <= DATE_LINE_MAX_WORDS


_worded = st.lists(
    st.one_of(
        _line,
        st.sampled_from(("word ", "ab", "a", "x" * 7, " ", "é", "Nov. 3, 2023 ", "٢٠٢٠ ")),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_worded, st.integers(0, 400), st.integers(0, 40))
@example("ab " * 30 + "20.10.2020" + " cd" * 60, 90, 10)
@example("one two 20.10.2020 " + "x" * 200 + " a b", 8, 10)
@example("20.10.2020" + " ab" * 7 + " " + "x" * 108, 0, 10)  # a word across the probe's end
def test_date_line_as_first_written(line: str, start: int, length: int) -> None:
    """On any span (the date's), cut at any point, including inside a word."""
    start = min(start, len(line))
    end = min(start + length, len(line))
    h = DateHit("2020-10-20", None, start, end, False)
    assert _is_date_line(line, h) == _plain_is_date_line(line, h)
