"""The page-level date pick against the plain code its shortcuts replace.

``pick_published`` reads a page's dated lines in order and skips those that cannot change its
choice; the searches for labels and times before a date only enter their pattern where it can
start. Each test keeps the plain version and checks on varied input that the fast one gives the
same answer, or, for a gate, that it lets through every line the plain code needs.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.bylines import find_byline
from newsparse.dates import (
    _AMPM_BEFORE_WORDS,
    _BULLET_RE,
    _DIGITS,
    _LABEL_BEFORE_RE,
    _MOD,
    _NOT_PUBLICATION_LABELS,
    _NOT_PUBLICATION_RE,
    _PUB_GENERIC,
    _PUB_STRONG,
    _PUBLISHED_GATE_RE,
    _TIME_BEFORE_RES,
    DATELINE_AFTER_LINES,
    LABEL_LEAD_CHARS,
    MIN_PUBLICATION_YEAR,
    TODAY_HEADER_LINES,
    DateHit,
    DateKind,
    _DayFirst,
    _is_date_line,
    _is_dateline,
    _line_hits,
    _looks_like_today,
    _may_be_published,
    _never_publication,
    _page_hits,
    _refines,
    body_start,
    pick_published,
)
from newsparse.rules.languages import TRAILING_PUBLISHED_LABELS

# --- the plain version -----------------------------------------------------------------------


def _plain_pick_published(lines: list[str], lang: str | None, tz: str | None) -> DateHit | None:
    """Every date of the page found first (``_page_hits``), then ranked: the code as it was."""
    found = _page_hits(lines, lang, tz)
    if not found:
        return None
    anchor = body_start(lines)
    today_lines: set[str] = set()
    best: tuple[tuple[int, int, int], DateHit] | None = None
    for order, (i, h, excluded) in enumerate(found):
        line = lines[i]
        if excluded or int(h.iso[:4]) < MIN_PUBLICATION_YEAR or _never_publication(line, h):
            continue
        date_line = _is_date_line(line, h)
        at_head = date_line or h.start <= LABEL_LEAD_CHARS
        bullet = 1 if _BULLET_RE.match(line) else 0
        if h.kind is DateKind.PUBLISHED and at_head:
            key = (0, 0, order)
        elif h.kind is DateKind.MODIFIED and at_head:
            key = (3, 0, order)
        elif (
            h.kind is None
            and (anchor is None or i <= anchor + DATELINE_AFTER_LINES)
            and find_byline(line, lang=lang) is not None
        ):
            key = (1, 0, order)
        elif (i < TODAY_HEADER_LINES and _looks_like_today(line, h)) or (
            line.strip() in today_lines
        ):
            today_lines.add(line.strip())
            key = (5, 0, order)
        elif anchor is not None and (date_line or _is_dateline(line, h)) and i <= anchor:
            key = (2, bullet, anchor - i)
        elif anchor is not None and _is_dateline(line, h) and i - anchor <= DATELINE_AFTER_LINES:
            key = (2, bullet, i - anchor)
        elif date_line:
            key = (4, bullet, i - anchor if anchor is not None else order)
        else:
            key = (5, 0, order)
        if best is None or key < best[0]:
            best = (key, h)
        elif best[0][0] == key[0] and _refines(h, best[1]):
            best = (best[0], h)
    return best[1] if best else None


# --- pages that reach every tier -------------------------------------------------------------

_PROSE = (
    "The council voted on Tuesday to approve the new budget, which includes money for schools, "
    "roads and the harbour. "
)
_DATED_LINES = (
    "Published: 20.10.2020 09:24",
    "Published: 20.10.2020 09:24:31",
    "Published 20.10.2020 09:24 +02:00",
    "Veröffentlicht am 21.10.2020",
    "Updated: Oct. 22, 2020 3:24 PM EDT",
    "By Jane Doe | Oct. 20, 2020 9:24 AM",
    "By Max Muster, 23.10.2020",
    "Tuesday, October 20, 2020",
    "20.10.2020",
    "• 19.10.2020",
    "BERLIN, 20.10.2020 - The council met.",
    "입력 2020.10.20 09:24 수정 2020.10.21",
    "2020年10月20日 09:24 配信",
    "Angebot gültig bis 30.11.2020",
    "photo-2020-10-20.jpg",
    "Posted 25/10/2020",
    "02/11/2023",
    "1999",
    "© 2019 Example Media",
    "Le 20 octobre 2020",
    "Date: 20.10.2020",
    _PROSE + "It met on 5 March 2020 in the town hall.",
    "x" * 320 + " Published 20.10.2020",
)
_page_line = st.one_of(
    st.sampled_from(_DATED_LINES),
    st.sampled_from((_PROSE, _PROSE, "Home", "Veröffentlicht:", "Published", "", "News")),
    st.text(max_size=12),
)
_pages = st.lists(_page_line, max_size=40)
_langs = st.sampled_from((None, "en", "de", "ko", "ja", "fr"))


@settings(max_examples=200, deadline=None)
@given(_pages, _langs, st.sampled_from((None, "Asia/Seoul")))
@example(
    ["Home", "By Jane Doe | Oct. 20, 2020", _PROSE, _PROSE, *["x"] * 6, "Published: 20.10.2020"],
    "en",
    None,
)
@example(
    ["Published: 20.10.2020 09:24", _PROSE, _PROSE, "Published: 20.10.2020 09:24:31"], "en", None
)
@example(
    ["Veröffentlicht:", "20.10.2020", _PROSE, _PROSE, *["x"] * 6, "Veröffentlicht:"], "de", None
)
@example(
    ["Updated: 20.10.2020 09:24", _PROSE, _PROSE, *["x"] * 6, "Updated: 20.10.2020 09:24:31"],
    "en",
    None,
)
def test_pick_published_as_plain(lines: list[str], lang: str | None, tz: str | None) -> None:
    """The lazy pick (lines read in order, the ones that cannot change the choice skipped)
    chooses what ranking every date of the page chose."""
    assert pick_published(lines, lang=lang, tz=tz) == _plain_pick_published(lines, lang, tz)


_label_piece = st.one_of(
    st.sampled_from(_PUB_STRONG + _PUB_GENERIC + _MOD + list(TRAILING_PUBLISHED_LABELS)),
    st.sampled_from(
        (" ", ": ", " am ", "20.10.2020", " 09:24 ", "\u3000", "x", "2020년 10월 20일")
    ),
    st.text(max_size=3),
)
_label_line = st.lists(_label_piece, max_size=8).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_label_line, min_size=1, max_size=4), _langs)
@example(["Veröffentlicht:", "20.10.2020"], "de")
@example(["입력 2020.10.20 09:24"], "ko")
@example(["2020年10月20日 09:24 配信"], "ja")
@example(["Published\n 20.10.2020"], "en")
def test_published_gate_lets_every_published_date_through(
    lines: list[str], lang: str | None
) -> None:
    for i in range(len(lines)):
        hits = _line_hits(lines, i, lang, None, _DayFirst(lines))
        if any(h.kind is DateKind.PUBLISHED for h, _x in hits):
            assert _may_be_published(lines, i), lines[i]


def test_published_gate_words_hold_no_digit() -> None:
    """Translating a line's digits (``_DIGITS``) cannot make or break a gate match."""
    for word in (*_PUB_STRONG, *_PUB_GENERIC, *TRAILING_PUBLISHED_LABELS):
        assert word.translate(_DIGITS) == word
        assert not re.search(r"\d", word), word
    assert _PUBLISHED_GATE_RE.search("Veröffentlicht am") is not None
    assert _PUBLISHED_GATE_RE.search("veröffentlicht") is None  # labels are capitalised


# --- the led window searches -----------------------------------------------------------------


_LEAD_RE = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)")
"""A leading ``(?=[...])`` (``_lead``): its class escapes a ``]`` it holds."""


def _unled(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without its leading lookahead."""
    m = _LEAD_RE.match(rx.pattern)
    assert m is not None, rx.pattern[:40]
    return re.compile(rx.pattern[m.end() :], rx.flags)


_LED = (_LABEL_BEFORE_RE, _NOT_PUBLICATION_RE, *(rx for _f, rx in _TIME_BEFORE_RES))
_window_piece = st.one_of(
    st.sampled_from(_PUB_STRONG + _PUB_GENERIC + _MOD + _NOT_PUBLICATION_LABELS),
    st.sampled_from(_AMPM_BEFORE_WORDS),
    st.sampled_from(
        (
            " ",
            ": ",
            " am ",
            " on ",
            "3:24 PM",
            "09:24 ",
            "오후 3:24",
            "1:39\xa0am EST, ",
            "Tuesday, ",
        )
    ),
    st.sampled_from(("Mon ", "(", "| ", "- ", "2010 GMT (0410 HKT) ", "x", "é", "İ")),
    st.text(max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_window_piece, max_size=8).map("".join))
@example("New Delhi, News Nation Bureau | Updated : ")
@example("Updated 1:39\xa0am EST, Wednesday, ")
@example("Angebot gültig bis ")
@example("기사입력 오후 3:24 ")
def test_led_window_searches_match_as_unled(window: str) -> None:
    for rx in _LED:
        plain = _unled(rx)
        fast_m, plain_m = rx.search(window), plain.search(window)
        assert (fast_m and (fast_m.span(), fast_m.groupdict())) == (
            plain_m and (plain_m.span(), plain_m.groupdict())
        ), (rx.pattern[:40], window)
