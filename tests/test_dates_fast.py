"""The fast paths of newsparse.dates against the plain code they replace.

The page-level date search skips lines through a prefilter, gates each format behind a cheap test
and asks for the page's day-first evidence only when an ambiguous date needs it. Each test here
keeps the plain version (as it was before those shortcuts) and checks on varied, date-dense input
that the fast one gives the same answer, or, for the prefilter, that it selects every line on
which ``find_dates`` finds a date.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.dates import (
    _BRACKETED_RE,
    _DATE_RES,
    _DATE_RES_GATED,
    _DIGIT_RE,
    _DIGITS,
    _FILENAME_RE,
    _GATES,
    _GATES_ASCII,
    _MONTH_DIGIT_REV_RE,
    _MONTH_FOLDED_RE,
    _MONTH_NUMBER,
    _NA_DIGIT,
    _NA_DIGIT_LEADS,
    _NON_ASCII_BMP_DIGITS,
    _NOT_PUBLICATION_RE,
    _NUMERIC_HINT_RE,
    _SEP_AFTER_DIGIT_RE,
    LABEL_ONLY_MAX_CHARS,
    LABEL_ONLY_RE,
    LONG_LINE,
    LONG_LINE_HEAD,
    LOOKBACK_CHARS,
    DateHit,
    DateKind,
    _ascii_digits,
    _candidates,
    _date_lines,
    _dates_in,
    _fill,
    _is_prose,
    _month_named,
    _page_hits,
    body_start,
    find_dates,
    page_day_first,
)
from newsparse.rules.dates import DATE_FORMATS, LABEL_RULES, TIME_FORMATS

_PLAIN_PATTERNS = {
    "date-iso": r"(?<![\d.\-/])(?P<y>{YEAR})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])",
    "date-ymd-slash": r"(?<![\d/.])(?P<y>{YEAR})\s?/\s?(?P<m>\d{1,2})\s?/\s?(?P<d>\d{1,2})"
    r"(?![\d/])",
    "date-ymd-dot": r"(?<![\d.])(?P<y>{YEAR})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})(?![\d])\.?",
    "date-dmy-dot": r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>{YEAR})(?![\d])",
    "date-num-slash": r"(?<![\d/.\-])(?P<a>\d{1,2})([/\-])(?P<b>\d{1,2})\2(?P<y>{YEAR})(?![\d/])",
    "date-yy-slash": r"(?<![\w/.\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2})(?![\d/])",
    "date-yy-dot": r"(?<![\w.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<c>\d{2})(?![\d]|\.\d)",
    "date-d-month-y": r"(?<![\d.,:])(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?(?:\s*|\s*-\s*"
    r"|\s+de\s+)(?P<mon>{MONTH})\.?(?:,?\s*|\s*-\s*|\s+de\s+|\s+del\s+)(?P<y>{YEAR})"
    r"(?:\s?(?:г\.|года|г(?![^\W\d_])))?",
    "date-y-month-d": r"(?<![\d.])(?P<y>{YEAR})\.?\s+(?P<mon>{MONTH})\s+(?P<d>\d{1,2})\.?(?![\d])",
}  # fmt: skip
"""The date patterns as first written, guard first: the table's forms start with a digit (see
``DateFormat.pattern``) and must match exactly where these do."""

_MONTHS = sorted(_MONTH_NUMBER)
_FRAGMENTS = (
    # digits in several scripts, years, parts of dates and times
    "1", "2", "9", "12", "20", "31", "19", "2020", "1999", "2023", "202010", "０", "２０２０",
    "١٢", "٢٠٢٠", "१२", "༢", "09:24", "3:24 PM", "9.24", "09h24", "13時16分", "오후 3시", "3 p.m.",
    # separators and markers
    ".", ". ", "/", " / ", "-", " - ", " ", "  ", ", ", ",", ":", "T", "Z", "+0900", " KST",
    "年", "月", "日", "년", "월", "일", " de ", "st", "th", "er", "º",
    # words: labels, weekdays, prose, list marks
    "Published ", "Updated: ", "입력 ", "수정 ", "Veröffentlicht am ", "available until ",
    "Tue ", "Dienstag, ", "(화) ", "about", "set", "The council met. ", "• ", "x", "İ", "ß",
    "KASIM", "EKİM", "😀", "’", "၂", "\U0001d7d0",
)  # fmt: skip
_DATED = (
    tuple(
        text
        for f in DATE_FORMATS + TIME_FORMATS
        for text in (*(t for t, _e in f.must_match), *f.must_not_match)
    )
    + tuple(t for r in LABEL_RULES for t in r.must_match)
    + ("1/2/23", "20-10-2020", "١٢/٣/٢٠")
)
"""Whole dates (and near misses) from the rule tables: the dates every format must read."""
_month = st.sampled_from(_MONTHS).flatmap(
    lambda m: st.sampled_from((m, m.upper(), m.title(), m + "."))
)
_piece = st.one_of(
    st.sampled_from(_FRAGMENTS), st.sampled_from(_DATED), _month, st.text(max_size=3)
)
_line = st.lists(_piece, max_size=14).map("".join)
_lines = st.lists(
    st.one_of(_line, st.sampled_from(("Veröffentlicht:", "Updated", ""))), max_size=12
)
_langs = st.sampled_from((None, "en", "de", "ko", "ja", "fr"))

# --- the plain versions ----------------------------------------------------------------------


def _plain_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every format run on every text (the month-name formats where a month name occurs)."""
    found = []
    named = _MONTH_FOLDED_RE.search(text.casefold()) is not None
    if not named and re.search(r"(?:19|20)\d\d|\d[./]\d", text) is None:
        return []
    for rank, (fmt, rx) in enumerate(_DATE_RES):
        if "{MONTH}" in fmt.pattern and not named:
            continue
        for m in rx.finditer(text):
            found.append((m.start(), -(m.end() - m.start()), rank, fmt.id))
    found.sort()
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for start, neg_len, _rank, fid in found:
        if start >= last_end:
            chosen.append((start, start - neg_len, fid))
            last_end = start - neg_len
    return chosen


_NUMERIC_ORDER_RE = re.compile(r"(?<![\d/.])(\d{1,2})[/.\-](\d{1,2})[/.\-](?:19|20)\d{2}(?!\d)")


def _plain_day_month_re() -> re.Pattern[str]:
    from newsparse.dates import _FLAGS, _MONTH

    return re.compile(r"(?<![\d.,:])\d{1,2}(?:st|nd|rd|th|\.)?\s+" + _MONTH, _FLAGS)


def _plain_page_day_first(lines: list[str]) -> bool | None:
    """``page_day_first`` with its guards before the digits and no gate before _MONTH_DAY_RE."""
    from newsparse.dates import _MONTH_DAY_RE

    _DAY_MONTH_RE = _plain_day_month_re()
    day, month = 0, 0
    for line in lines:
        if not _DIGIT_RE.search(line):
            continue
        for m in _NUMERIC_ORDER_RE.finditer(line):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                day += 1
            elif b > 12 >= a:
                month += 1
        if _MONTH_FOLDED_RE.search(line.casefold()):
            day += len(_DAY_MONTH_RE.findall(line))
            month += len(_MONTH_DAY_RE.findall(line))
    return None if day == month else day > month


def _plain_page_hits(
    lines: list[str], lang: str | None, tz: str | None
) -> list[tuple[int, DateHit, bool]]:
    """Every line searched, the day-first evidence gathered up front."""
    day_first = _plain_page_day_first(lines)
    found = []
    pending: DateKind | None = None
    for i, line in enumerate(lines):
        if not _DIGIT_RE.search(line):
            lm = LABEL_ONLY_RE.match(line) if len(line) <= LABEL_ONLY_MAX_CHARS else None
            pending = (DateKind.MODIFIED if lm.group("mod") else DateKind.PUBLISHED) if lm else None
            continue
        head = line[:LONG_LINE_HEAD] if len(line) > LONG_LINE else line
        hits = find_dates(head, lang=lang, tz=tz, day_first=day_first)
        if pending is not None and hits and hits[0].kind is None:
            first = hits[0]
            hits = (DateHit(first.iso, pending, first.start, first.end, first.has_time), *hits[1:])
        pending = None
        for h in hits:
            excluded = bool(
                _NOT_PUBLICATION_RE.search(line[max(0, h.start - LOOKBACK_CHARS) : h.start])
            )
            found.append((i, h, excluded))
    return found


def _plain_body_start(lines: list[str]) -> int | None:
    prose = [i for i, line in enumerate(lines) if _is_prose(line)]
    for a, b in zip(prose, prose[1:], strict=False):
        if b - a <= 6:
            return a
    return prose[0] if prose else None


# --- the checks ------------------------------------------------------------------------------


def _head(line: str) -> str:
    return line[:LONG_LINE_HEAD] if len(line) > LONG_LINE else line


@settings(max_examples=200, deadline=None)
@given(_lines)
@example(["x" * 200 + " 20.10.2020 " + "y" * 200, "1 9 9 9", "٢٠٢٠", "😀 2020", "၂၀၂၀ ၁၀"])
def test_prefilter_selects_every_line_with_a_date(lines: list[str]) -> None:
    """Every line whose searched part (a long line's head) holds a date is selected."""
    selected = set(_date_lines(lines))
    for i, line in enumerate(lines):
        head = _head(line)
        if find_dates(head) or find_dates(head, lang="ko") or find_dates(head, lang="en"):
            assert i in selected, line


def test_prefilter_maps_lines_holding_newlines() -> None:
    lines = ["a\nb 2020", "none", "x\n\n20.10.2020\nand 1999", "", "١٢/٣/٢٠٢٠"]
    assert _date_lines(lines) == [0, 2, 4]
    assert _date_lines(["a", "b 2020", "c ١٢", "1.5", "😀", "none", "x" * 400 + "2020"]) == [
        1,
        2,
        3,
        4,
    ]


def test_non_ascii_digit_table_is_the_unicode_databases() -> None:
    """The BMP table holds exactly the non-ASCII characters ``\\d`` matches there; the class
    built from it holds every one of them (and the whole astral range), and the squeeze marks
    the first UTF-8 byte of each."""
    import sys
    import unicodedata

    from newsparse.dates import _DIGIT_TABLE_UNICODE

    digit = re.compile(r"\d")
    na_class = re.compile("[" + _NA_DIGIT + "]")
    table = {
        c for r in _NON_ASCII_BMP_DIGITS.split() for c in range(int(r[:4], 16), int(r[5:], 16) + 1)
    }
    if unicodedata.unidata_version in _DIGIT_TABLE_UNICODE:
        assert table == {c for c in range(0x80, 0x10000) if digit.match(chr(c))}
    for c in range(0x80, sys.maxunicode + 1):
        if digit.match(chr(c)):
            assert na_class.match(chr(c)), hex(c)
            assert chr(c).encode()[0] in _NA_DIGIT_LEADS, hex(c)


def test_ascii_digit_forms_hold_no_unicode_digit_test() -> None:
    from re import _constants, _parser  # type: ignore[attr-defined]

    assert (
        _ascii_digits(r"\d(?=\D)[\d.][^\W\d_]\\d[]\d]")
        == r"[0-9](?=[^0-9])[0-9.][^\W0-9_]\\d[]0-9]"
    )
    patterns = [_GATES_ASCII.sep_after_digit, _GATES_ASCII.month_digit_rev]
    for _rank, _f, rx, _named, _needs, anchor in _GATES_ASCII.formats:
        patterns += [rx] + ([anchor] if anchor else [])
    for rx in patterns:
        parsed = str(_parser.parse(rx.pattern, rx.flags).data)
        assert str(_constants.CATEGORY_DIGIT) not in parsed, rx.pattern[:60]
        assert str(_constants.CATEGORY_NOT_DIGIT) not in parsed, rx.pattern[:60]


def _plain_find_dates(text: str, lang: str | None) -> tuple[DateHit, ...]:
    """``find_dates`` as it was: translate, test the hint with ``\\d``, run the ``\\d`` gates."""
    if not _DIGIT_RE.search(text):
        return ()
    text = text.translate(_DIGITS)
    if _NUMERIC_HINT_RE.search(text) is None:
        return ()
    return _dates_in(text, lang, None, lambda: None, _GATES)


@settings(max_examples=200, deadline=None)
@given(_line, _langs)
@example("Published Oct. 20, 2020 3:24 PM", "en")
@example("2020 and ١٢/٣/٢٠٢٠", None)
@example("20.10.2020 ၁", None)
@example("By Jane Doe • 11/28/23 5:19pm 😀", "en")
def test_find_dates_as_with_translation_and_unicode_digits(line: str, lang: str | None) -> None:
    """The ASCII-digit forms (``_GATES_ASCII``), on texts that hold no other digit, and the hint
    read before translation give what translating and reading ``\\d`` gave."""
    assert find_dates(line, lang=lang) == _plain_find_dates(line, lang)


@settings(max_examples=200, deadline=None)
@given(_line)
@example("photo-2020.JPG x")
@example("[img_20201020] ")
@example("a .pdf ; _.png; é.webp2")
def test_file_name_test_as_plain(line: str) -> None:
    plain = re.compile(r"[\w\-]+\.(?:jpe?g|png|gif|webp|svg|pdf)\b|^\s*\[[^\s\]]+\]\s*$", re.I)
    for text in (line, line + ".jpg", "x." + line, f"[{line}]"):
        fast = bool(_FILENAME_RE.search(text) or _BRACKETED_RE.match(text))
        assert fast == bool(plain.search(text)), text


@settings(max_examples=200, deadline=None)
@given(_line)
@example("By Jane Doe • 11/28/23 5:19pm")
@example("1.11.23 20:19 von Lars")
@example("20-10-2020 und 2020年10月20日")
def test_gated_formats_find_what_every_format_finds(line: str) -> None:
    text = line.translate(_DIGITS)
    plain = _plain_candidates(text)
    if plain:  # find_dates stops early without the hint
        assert _NUMERIC_HINT_RE.search(text) is not None
    fast = [(start, end, fmt.id) for start, end, fmt, _m in _candidates(text, None)]
    assert fast == plain


@settings(max_examples=200, deadline=None)
@given(_lines, _langs, st.sampled_from((None, "Asia/Seoul")))
def test_page_hits_as_with_every_line_searched(
    lines: list[str], lang: str | None, tz: str | None
) -> None:
    assert _page_hits(lines, lang, tz) == _plain_page_hits(lines, lang, tz)


def test_label_line_labels_the_next_lines_date() -> None:
    lines = ["Veröffentlicht:", "20.10.2020", "Updated", "x", "21.10.2020"]
    hits = _page_hits(lines, "de", None)
    assert [(i, h.kind) for i, h, _x in hits] == [(1, DateKind.PUBLISHED), (4, None)]
    assert hits == _plain_page_hits(lines, "de", None)


def test_day_first_evidence_reads_ambiguous_dates() -> None:
    lines = ["Posted 25/10/2020", "02/11/2023"]
    assert [h.iso for _i, h, _x in _page_hits(lines, "en", None)] == ["2020-10-25", "2023-11-02"]
    assert _page_hits(lines, "en", None) == _plain_page_hits(lines, "en", None)


@settings(max_examples=200, deadline=None)
@given(_lines)
def test_page_day_first_as_plain(lines: list[str]) -> None:
    assert page_day_first(lines) == _plain_page_day_first(lines)


@settings(max_examples=200, deadline=None)
@given(_line)
@example("Nov. 3, 2023")
@example("on October\n 20th, when")
@example("KASIM 5, 2020")
def test_month_day_gate_is_a_superset(line: str) -> None:
    """Wherever ``_MONTH_DAY_RE`` finds a match, its gate in ``page_day_first`` (a month name
    followed by a number, read on the reversed line) finds one too; and the day-month count
    reads the same with the guard after the first digit."""
    from newsparse.dates import _DAY_MONTH_RE, _MONTH_DAY_RE

    if _MONTH_DAY_RE.search(line):
        assert _MONTH_DIGIT_REV_RE.search(line[::-1]) is not None, line
    assert _DAY_MONTH_RE.findall(line) == _plain_day_month_re().findall(line)


_prose_line = st.sampled_from(
    (
        "The council voted on Tuesday to approve the new budget, which includes money for "
        "schools, roads and the harbour. ",
        "시의회는 화요일 새 예산안을 통과시켰다. 학교와 도로, 항만 예산이 포함됐다. ",
        "  short. ",
        "Home",
        "",
        "x" * 60 + ". ",
        "가" * 45 + "다 ",
    )
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_prose_line, _line), max_size=20))
def test_body_start_as_plain(lines: list[str]) -> None:
    assert body_start(lines) == _plain_body_start(lines)


def test_every_example_passes_its_formats_gates() -> None:
    """Table invariant: where a format's regex matches one of its examples, its gates let it run."""
    for (fmt, rx), (_rank, _f, _rx, _named, needs, anchor) in zip(
        _DATE_RES, _DATE_RES_GATED, strict=True
    ):
        for sample, _iso in fmt.must_match:
            text = sample.translate(_DIGITS)
            if rx.search(text) is None:
                continue  # read by another format
            assert _NUMERIC_HINT_RE.search(text), (fmt.id, sample)
            assert not needs or not set(_SEP_AFTER_DIGIT_RE.findall(text)).isdisjoint(needs)
            assert anchor is None or anchor.search(text), (fmt.id, sample)


_PLAIN_RES = {
    fid: re.compile(_fill(pattern), re.IGNORECASE) for fid, pattern in _PLAIN_PATTERNS.items()
}


def _groups(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_line)
@example("1.20.10.2020 x 2020.10.20 .2020-10-20 20 Oct 2020 2020. október 20.")
def test_digit_first_patterns_match_as_their_plain_forms(line: str) -> None:
    text = line.translate(_DIGITS)
    for fmt, rx in _DATE_RES:
        if fmt.id in _PLAIN_RES:
            assert _groups(rx, text) == _groups(_PLAIN_RES[fmt.id], text), fmt.id


def test_every_format_starts_with_a_digit_scan() -> None:
    """The point of the digit-first forms: ``re`` finds a literal or charset prefix to scan for
    (a pattern opening with a lookbehind or a month name has none). The month-first format is
    the one exception, behind its gates."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    for fmt, rx in _DATE_RES:
        parsed = _parser.parse(rx.pattern, rx.flags)
        prefix, _skip, _all = _compiler._get_literal_prefix(parsed, rx.flags)
        charset = _compiler._get_charset_prefix(parsed, rx.flags)
        assert bool(prefix or charset) == (fmt.id != "date-month-d-y"), fmt.id


@settings(max_examples=200, deadline=None)
@given(_line)
@example("Kasım 5, 2020")
@example("5 APRİL 2020")
@example("20 de octubre de 2020")
def test_month_gate_lets_every_month_format_run(line: str) -> None:
    """``_month_named`` holds wherever a month-name format matches and the folded-name test
    they ran behind passes, and never where that test fails: the same formats run as before."""
    text = line.translate(_DIGITS)
    folded = _MONTH_FOLDED_RE.search(text.casefold()) is not None
    matches = any(rx.search(text) for fmt, rx in _DATE_RES if "{MONTH}" in fmt.pattern)
    assert _month_named(text) == (folded and _MONTH_DIGIT_REV_RE.search(text[::-1]) is not None)
    if matches:
        assert _MONTH_DIGIT_REV_RE.search(text[::-1]) is not None, text
    if folded and matches:
        assert _month_named(text)


@settings(max_examples=200, deadline=None)
@given(_line)
@example("October 20,      2020")
def test_anchors_hold_in_every_match(line: str) -> None:
    text = line.translate(_DIGITS)
    for (fmt, rx), (_rank, _f, _rx, _named, _needs, anchor) in zip(
        _DATE_RES, _DATE_RES_GATED, strict=True
    ):
        if anchor is not None:
            for m in rx.finditer(text):
                assert anchor.search(m.group()), (fmt.id, m.group())
