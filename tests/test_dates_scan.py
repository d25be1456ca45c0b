"""The page scan for date lines and the format gates of ``_candidates`` against the plain forms
they replace (the same strategies as ``test_dates_fast``)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.dates import (
    _DIGITS,
    _GATES,
    _GATES_ASCII,
    _SQUEEZE,
    LONG_LINE,
    LONG_LINE_HEAD,
    _candidates,
    _date_lines,
    _date_lines_text,
    _month_named,
)
from tests.test_dates_fast import _line, _lines, _plain_candidates

_PLAIN_SQUEEZED_HINT_RE = re.compile(
    rb"[0-9#](?:(?<=#)|(?<=[0-9])(?:[./][0-9]|(?<=1)9[0-9][0-9]|(?<=2)0[0-9][0-9]))"
)
"""The squeezed-page hint as first written: a ``#``, or a digit that ends ``1`` + ``9dd``,
``2`` + ``0dd`` or opens ``d.d`` / ``d/d``."""


def _plain_date_lines(lines: list[str]) -> list[int]:
    """Each line's head squeezed and searched on its own."""
    heads = [line if len(line) <= LONG_LINE else line[:LONG_LINE_HEAD] for line in lines]
    if any("\n" in h for h in heads):
        return _date_lines_text(heads)
    return [
        i
        for i, h in enumerate(heads)
        if _PLAIN_SQUEEZED_HINT_RE.search(h.encode("utf-8", "surrogatepass").translate(*_SQUEEZE))
    ]


_page = st.lists(
    st.one_of(
        _line,
        st.sampled_from(("© 2019 News Corp", "x" * 320 + " 20.10.2020", "1 9 9 9", "٢٠١٩", "")),
        st.text(alphabet="0129./# \u0661\u2022ab", max_size=12),
    ),
    max_size=14,
)


@settings(max_examples=200, deadline=None)
@given(_page)
@example(["a 2019", "b 1.5", "x 2 0 1 9", "c 19", "d 20.", "/3", "٣"])
@example(["9.", "10/", "119", "2009 ", "x" * 301 + "2020"])
def test_date_lines_as_each_line_squeezed(lines: list[str]) -> None:
    assert _date_lines(lines) == _plain_date_lines(lines)


@settings(max_examples=200, deadline=None)
@given(_lines)
def test_date_lines_as_each_line_squeezed_on_dated_lines(lines: list[str]) -> None:
    assert _date_lines(lines) == _plain_date_lines(lines)


def _ascii(text: str) -> str:
    return text.translate(_DIGITS).encode("ascii", "ignore").decode()


@settings(max_examples=200, deadline=None)
@given(_line)
@example("© 2019 The New York Times Company")
@example("Oct. 20, 2020 and 2020-10-20, 20.10.2020")
@example("2020 年 10 月 20 日 and 10/20/20")
def test_gates_run_the_formats_every_format_would_find(line: str) -> None:
    """``_candidates`` with the formats picked by the separators after digits (and the month
    test) finds what running every format finds, with either set of gates."""
    text = line.translate(_DIGITS)
    plain = _plain_candidates(text)
    fast = [(start, end, fmt.id) for start, end, fmt, _m in _candidates(text, None, _GATES)]
    assert fast == plain
    text = _ascii(line)
    plain = _plain_candidates(text)
    fast = [(s, e, fmt.id) for s, e, fmt, _m in _candidates(text, None, _GATES_ASCII)]
    assert fast == plain


def test_no_format_runs_on_a_year_alone() -> None:
    """The shortcut of ``_candidates``: no separator after a digit, no month name."""
    assert _candidates("© 2019 The New York Times Company", None, _GATES_ASCII) == []
    assert not _month_named("© 2019 The New York Times Company")
