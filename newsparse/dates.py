"""Dates: find, read and normalise the dates printed in a line, and pick a page's publication date.

``find_dates(text)`` returns every date in a line or short block as a ``DateHit``: the date in ISO
8601 at the precision printed (``YYYY-MM-DD`` when there is no time; a time adds ``THH:MM:SS`` and,
when known, the UTC offset), the kind its label gives (published / modified / none) and its span.
The formats, time formats and labels are data (``newsparse.rules.dates``, word tuples in
``newsparse.rules.languages``); this module compiles them once at import and applies them in one
left-to-right pass per format. ``pick_published(lines)`` chooses the publication date of a whole
page (labelled dates first; the site's "today" header and related-article lists are avoided); it
finds the lines that can hold a date in one scan of the page and reads only those.
Deterministic, no dateparser, no clock: nothing here depends on the current date. Never raises on
any text.

The offset of a time is, in order: the one printed (``KST``, ``+0900``, ``Z``, ``EDT``, ``GMT+9``),
else the ``tz`` argument (``"+09:00"`` or an IANA name such as ``"Asia/Seoul"``, applied with its
daylight-saving rules), else the single offset the language implies (``LANGUAGE_ZONES``: ko and ja
+09:00, zh +08:00 -- mainland China, Taiwan, Hong Kong and Singapore all keep +08:00), else none.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from itertools import accumulate
from operator import add
from typing import Any
from zoneinfo import ZoneInfo

from newsparse import regex_cache as rx
from newsparse.rules import alternation, anchored_superset
from newsparse.rules.dates import DATE_FORMATS, TIME_FORMATS, DateFormat
from newsparse.rules.languages import (
    AM_WORDS,
    LABEL_CONNECTORS,
    LANGUAGE_ZONES,
    MODIFIED_LABELS,
    MONTH_FIRST_LANGS,
    MONTHS,
    NOT_PUBLICATION_LABELS,
    PM_WORDS,
    PUBLISHED_LABELS,
    TIMEZONES,
    TIMEZONES_BY_LANG,
    TRAILING_MODIFIED_LABELS,
    TRAILING_PUBLISHED_LABELS,
    WEEKDAYS,
    YEAR_FIRST_LANGS,
)


class DateKind(StrEnum):
    """What a label says a date is."""

    PUBLISHED = "published"
    MODIFIED = "modified"


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date found in a text."""

    iso: str
    """``2020-10-20T09:24:27+09:00``; ``2020-10-20T09:24:27`` when no offset is known; or
    ``2020-10-20`` (no time printed)."""
    kind: DateKind | None
    """What the label before (or, in ko/ja, after) the date says; None when unlabelled."""
    start: int
    """Start of the date's span in the text (weekday and time included, label excluded)."""
    end: int
    has_time: bool


LOOKBACK_CHARS = 60
"""How far before a date a label (or a time printed before the date) is looked for."""
MIN_YEAR, MAX_YEAR = 1900, 2099
"""Four-digit years outside this range are not dates."""
TWO_DIGIT_PIVOT = 70
"""Two-digit years below this are 20YY, others 19YY."""

# ---------------------------------------------------------------------------------------------
# Building the regexes from the word tuples (once, at import).
# ---------------------------------------------------------------------------------------------


def _alt(words: Iterable[str], *, boundary: bool = False) -> str:
    return alternation(words, boundary=boundary)


_MONTH_NUMBER: dict[str, int] = {}
for _lang_months in MONTHS.values():
    for _i, _names in enumerate(_lang_months, start=1):
        for _name in _names:
            _MONTH_NUMBER.setdefault(_name.lower(), _i)
            # A name printed in capitals reads back differently in some languages: "KASIM"
            # (Turkish kasım) lower-cases to "kasim". Register that reading too.
            _MONTH_NUMBER.setdefault(_name.upper().lower(), _i)


def _led(words: Iterable[str], *, boundary: bool = False) -> str:
    """``_alt(words)`` behind a test of its first character, ``(?=[...])`` of the words' first
    characters: with IGNORECASE, ``re`` tries the branches of a trie one by one at each position
    (it has no fast test for case-blind letters), while one character class is one lookup --
    and the class rejects the most positions. Exact: every branch starts with one of them."""
    items = list(words)
    return _lead(items) + _alt(items, boundary=boundary)


def _lead(words: Iterable[str], extra: str = "") -> str:
    """``(?=[...])`` of the words' first characters (and the class body ``extra``): put in front
    of a pattern each match of which starts with one of the words, it makes ``search`` try the
    pattern only where one of them starts -- one class lookup at every other position, where
    ``re`` would enter the pattern's branches (see ``_led``). Exact: the lookahead is compiled
    with the pattern's own flags, so it takes a character wherever a word's first one does."""
    first = "".join(sorted({w[0] for w in words if w}))
    return "(?=[" + re.escape(first) + extra + "])"


_WEEKDAY_WORDS = tuple(w for ws in WEEKDAYS.values() for w in ws)
_MONTH = _led(_MONTH_NUMBER) + r"(?![^\W\d_])"
_WEEKDAY = _led(_WEEKDAY_WORDS, boundary=True) + r"(?![^\W\d_])"
_YEAR = r"(?:19|20)\d{2}"
_AMPM_BEFORE_WORDS = tuple(w for w in AM_WORDS + PM_WORDS if not w.isascii())
_AMPM_BEFORE = _alt(_AMPM_BEFORE_WORDS)
_AMPM_AFTER = _alt(w for w in AM_WORDS + PM_WORDS if w.isascii()) + r"(?![^\W\d_])"
_AMPM_IS_PM = {w.lower() for w in PM_WORDS}
_TZ_NAMES = _alt(k for k in TIMEZONES if k != "Z")
_TZ_NAMES_LANG = _alt(k for v in TIMEZONES_BY_LANG.values() for k in v)


def _fill(pattern: str) -> str:
    return (
        pattern.replace("{MONTH}", _MONTH)
        .replace("{YEAR}", _YEAR)
        .replace("{AMPM_BEFORE}", _AMPM_BEFORE)
        .replace("{AMPM_AFTER}", _AMPM_AFTER)
        .replace("{TZ}", _TZ_NAMES)
    )


_FLAGS = re.IGNORECASE
_DATE_RES: tuple[tuple[DateFormat, re.Pattern[str]], ...] = tuple(
    (f, rx.compile(_fill(f.pattern), _FLAGS)) for f in DATE_FORMATS
)
_MONTH_RE = rx.compile(_MONTH, _FLAGS)
_MONTH_FOLDED_RE = rx.compile(
    alternation({name.casefold() for name in _MONTH_NUMBER}) + r"(?![^\W\d_])"
)
"""Month names matched on the case-folded line without IGNORECASE: about ten times faster than
``_MONTH_RE`` (case-insensitive matching of a large non-ASCII trie is slow in ``re``), so it
decides whether the month-name formats run at all. Names printed in capitals are found through
their capitals' lower-case reading, registered beside each name (``KASIM`` → ``kasim``)."""
_MONTH_DIGIT_REV_RE = rx.compile(
    r"\d(?=\D)(?:[\s,\-]*|\s+l?ed\s+)\.?(?P<mon>" + _led(n[::-1] for n in _MONTH_NUMBER) + ")",
    _FLAGS,
)
r"""A month name followed by a digit, read on the reversed text: the month-name formats' gate.
In every one of them the month is followed by ``\.?``, separators and a digit (``Oct. 20``,
``20. Oktober 2020``, ``20 de octubre de 2020``, ``2020. október 20``): forwards
``{MONTH}\.?(?:[\s,\-]*|\s+del?\s+)\d``. Reversed, the pattern starts with that digit, so ``re``
tries a match only at digits -- and, through ``(?=\D)``, only at the last of a run -- instead of
trying the month trie at every character. With the formats' own flags and names it is exact:
``re`` compares characters one by one, so a word matches a name iff the reversed word matches
the reversed name."""
_FOLDED_MONTHS = frozenset(name.casefold() for name in _MONTH_NUMBER)
"""The names ``_MONTH_FOLDED_RE`` matches (a name holding a space aside)."""
_NON_ASCII_BMP_DIGITS = (
    "0660-0669 06F0-06F9 07C0-07C9 0966-096F 09E6-09EF 0A66-0A6F 0AE6-0AEF 0B66-0B6F 0BE6-0BEF "
    "0C66-0C6F 0CE6-0CEF 0D66-0D6F 0DE6-0DEF 0E50-0E59 0ED0-0ED9 0F20-0F29 1040-1049 1090-1099 "
    "17E0-17E9 1810-1819 1946-194F 19D0-19D9 1A80-1A89 1A90-1A99 1B50-1B59 1BB0-1BB9 1C40-1C49 "
    "1C50-1C59 A620-A629 A8D0-A8D9 A900-A909 A9D0-A9D9 A9F0-A9F9 AA50-AA59 ABF0-ABF9 FF10-FF19"
)
r"""The decimal digits (what ``\d`` matches) of the Basic Multilingual Plane beyond 0-9, as
code-point ranges: the same in the Unicode databases of Python 3.11 to 3.13 (Unicode 14.0 to
15.1; ``tests/test_dates_fast.py`` compares them with the running one)."""
_DIGIT_TABLE_UNICODE = ("14.0.0", "15.0.0", "15.1.0")
"""The Unicode versions ``_NON_ASCII_BMP_DIGITS`` was read from; another one is read at import."""


def _non_ascii_bmp_digits() -> list[tuple[str, str]]:
    """The ranges of ``_NON_ASCII_BMP_DIGITS``, or of the running Unicode database if it is
    another version than the table's."""
    if unicodedata.unidata_version in _DIGIT_TABLE_UNICODE:
        pairs = [r.split("-") for r in _NON_ASCII_BMP_DIGITS.split()]
        return [(chr(int(a, 16)), chr(int(b, 16))) for a, b in pairs]
    # another Unicode database: read it (~10 ms at import)
    return [(c, c) for c in map(chr, range(0x80, 0x10000)) if c.isdecimal()]  # pragma: no cover


_NA_BMP_DIGITS = _non_ascii_bmp_digits()
_NA_DIGIT = "".join(f"{a}-{b}" for a, b in _NA_BMP_DIGITS) + r"\U00010000-\U0010ffff"
r"""Body of a character class holding every non-ASCII digit ``\d`` matches, and more: the BMP's
(``_NON_ASCII_BMP_DIGITS``) and, beyond the BMP, every code point, emoji included (``re`` would
test each of 25 astral digit ranges at every character of a text, while the BMP's make one table
lookup). A superset is what its users need: they test ``\d`` where it matters."""
_NUMERIC_HINT_RE = rx.compile(r"\d(?:[./]\d|(?<=1)9\d\d|(?<=2)0\d\d)")
r"""Every format, numeric or with a month name, holds a four-digit year (19xx, 20xx) or two digits
around a dot or slash (``20.10.20``, ``10/20/20``): a line with neither holds no date. Written as
``(?:19|20)\d\d|\d[./]\d`` with the leading digit factored out, which ``re`` scans ~5x faster."""
_ASCII_HINT = r"(?:[./][0-9]|(?<=1)9[0-9][0-9]|(?<=2)0[0-9][0-9])"
_ASCII_HINT_RE = rx.compile("[0-9]" + _ASCII_HINT)
r"""``_NUMERIC_HINT_RE`` with ASCII digits: the same on a text without other digits, where ``re``
tests a range instead of a Unicode category (~40 % fewer instructions a character)."""
_HINT_LEAD = "[0-9" + _NA_DIGIT + r"](?:(?P<na>(?<![0-9])(?<=\d))|(?<=[0-9])" + _ASCII_HINT
_HINT_SCAN_RE = rx.compile(_HINT_LEAD + "(?:[^" + _NA_DIGIT + "]*+(?P<more>[" + _NA_DIGIT + "]))?)")
r"""``_NUMERIC_HINT_RE`` read on a text *before* its digits are made ASCII (``_DIGITS``), in one
scan that also tells whether the translation is needed. It matches at the first non-ASCII digit
(``na``) or at the first hint written in ASCII, whichever comes first; ``more`` finds a non-ASCII
digit after the hint. A text on which ``_NUMERIC_HINT_RE`` fires after translation holds its hint
in ASCII or holds a non-ASCII digit: none is missed. Where the match is an ASCII hint and ``more``
is empty, the text holds no digit but ASCII ones: the translation would change nothing, the hint
holds, and ``\d`` reads as ``[0-9]`` (``_GATES_ASCII``)."""
_PAGE_HINT_RE = rx.compile("[0-9" + _NA_DIGIT + "](?:[./]\\d|\\d\\d\\d|(?<![0-9])(?<=\\d))[^\\n]*")
r"""``_HINT_SCAN_RE`` for the lines of a joined page (``_date_lines_text``): a looser hint, read on
the text before translation, that each non-ASCII digit and each ASCII hint satisfies. ``[^\n]*``
runs the match to the line's end, so each line yields one match however many numbers it holds."""
_NA_DIGIT_LEADS = bytes(
    sorted({c.encode()[0] for pair in _NA_BMP_DIGITS for c in pair} | set(range(0xF0, 0xF5)))
)
"""The first bytes of the UTF-8 forms of every non-ASCII digit (and of every character beyond
the BMP: the superset ``_NA_DIGIT`` holds), from the ends of each range (ten digits, which span
at most two lead bytes)."""
_SQUEEZE = (
    bytes.maketrans(_NA_DIGIT_LEADS, b"#" * len(_NA_DIGIT_LEADS)),
    bytes(b for b in range(256) if b not in b"0123456789./\n" and b not in _NA_DIGIT_LEADS),
)
"""``bytes.translate`` arguments that squeeze a page's UTF-8 bytes for ``_date_lines``: digits,
dots, slashes and line breaks kept, each lead byte of a non-ASCII digit made ``#``, the rest
deleted."""
_SQUEEZED_HINT_RE = rx.compile(rb"(?:#|19[0-9][0-9]|20[0-9][0-9]|[0-9][./][0-9])[^\n]*")
r"""``_HINT_SCAN_RE`` on a squeezed page (``_SQUEEZE``), one match a line: a line whose text holds
an ASCII hint holds it squeezed (its characters are kept, and stay side by side), and one that
holds a non-ASCII digit holds its ``#``. Deleting letters and spaces can join digits into a hint
("1 9 9 9"): ``_find_dates`` tests the hint again on the text. Written as branches that each open
with a literal or a class (``re`` skips a branch on its first character) rather than as
``[0-9#]`` and lookbehinds: the same positions start a match, and the ~170 digits of a squeezed
page that start none cost half as much each."""
_DATE_RES_GATED: tuple[
    tuple[int, DateFormat, re.Pattern[str], bool, str, re.Pattern[str] | None], ...
] = tuple(
    (
        rank,
        f,
        compiled,
        "{MONTH}" in f.pattern,
        f.needs,
        rx.compile(_fill(f.anchor), _FLAGS) if f.anchor else None,
    )
    for rank, (f, compiled) in enumerate(_DATE_RES)
)
"""Each format with its rank and cheap gates: formats that spell the month out only run on texts
where a month name occurs, the others only on texts where a digit is followed by one of their
``needs`` characters (``_SEP_AFTER_DIGIT_RE``); a format with an ``anchor`` only where it occurs
(compiled with the format's flags, so it matches wherever its part of the pattern does)."""
_SEP_AFTER_DIGIT_RE = rx.compile(
    r"\d\s*([" + re.escape("".join(sorted({c for f in DATE_FORMATS for c in f.needs}))) + "])"
)
"""Each separator that follows a digit, white space between allowed. Every match of a format
holds one of its ``needs`` characters right after a digit (``2020-``, ``20.``, ``2020 年``), so a
text where none follows a digit is not scanned with that format. ``findall`` reports each such
separator: its matches start at a digit and hold no other, so none hides another."""
_TIME_RES: tuple[tuple[DateFormat, re.Pattern[str]], ...] = tuple(
    (f, rx.compile(_fill(f.pattern), _FLAGS)) for f in TIME_FORMATS
)


def _ascii_digits(pattern: str) -> str:
    r"""``pattern`` with ``\d`` written ``[0-9]`` (``0-9`` in a class) and ``\D`` ``[^0-9]``: the
    same regex on a text whose digits are all ASCII (nothing else in it changes meaning), where
    ``re`` tests a range instead of looking the character up in the Unicode database."""
    out: list[str] = []
    in_class = False
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            esc = pattern[i + 1]
            if esc == "d":
                out.append("0-9" if in_class else "[0-9]")
            elif esc == "D" and not in_class:
                out.append("[^0-9]")
            elif esc == "D":
                raise ValueError(f"\\D in a character class: {pattern!r}")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # a "]" (after an optional "^") right after the "[" is a member, not the end
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
    return "".join(out)


_Gated = tuple[int, DateFormat, re.Pattern[str], bool, str, re.Pattern[str] | None]


@dataclass(frozen=True, slots=True, eq=False)
class _Gates:
    """The regexes ``_candidates`` runs: each format with its gates, and the two gate scans.
    Compared and hashed by identity (``eq=False``): a key of ``_cached_candidates``."""

    formats: tuple[_Gated, ...]
    sep_after_digit: re.Pattern[str]
    month_digit_rev: re.Pattern[str]
    named: tuple[_Gated, ...] = field(init=False)
    """The month-name formats of ``formats`` (derived: see ``__post_init__``)."""
    by_seps: dict[frozenset[str], tuple[_Gated, ...]] = field(default_factory=dict)
    """The other formats of ``formats`` that the separators after digits of a text let run
    (``_unnamed_for``), per set of separators: filled as sets are met (at most one entry for
    each subset of the formats' ``needs`` characters)."""

    def __post_init__(self) -> None:
        # (a frozen record: the derived field is set past its __setattr__)
        object.__setattr__(self, "named", tuple(g for g in self.formats if g[3]))


def _unnamed_for(gates: _Gates, seps: frozenset[str]) -> tuple[_Gated, ...]:
    """The formats without a month name that run on a text whose digits are followed by the
    separators ``seps``: those with no ``needs``, or one of them among ``seps`` (``_candidates``
    skipped each other one in its loop, a dozen tests a text; most texts here let none run)."""
    found = gates.by_seps.get(seps)
    if found is None:
        found = gates.by_seps[seps] = tuple(
            g for g in gates.formats if not g[3] and (not g[4] or not seps.isdisjoint(g[4]))
        )
    return found


_GATES = _Gates(_DATE_RES_GATED, _SEP_AFTER_DIGIT_RE, _MONTH_DIGIT_REV_RE)
_GATES_ASCII = _Gates(
    tuple(
        (
            rank,
            f,
            rx.compile(_ascii_digits(compiled.pattern), _FLAGS),
            named,
            needs,
            rx.compile(_ascii_digits(anchor.pattern), _FLAGS) if anchor else None,
        )
        for rank, f, compiled, named, needs, anchor in _DATE_RES_GATED
    ),
    rx.compile(_ascii_digits(_SEP_AFTER_DIGIT_RE.pattern)),
    rx.compile(_ascii_digits(_MONTH_DIGIT_REV_RE.pattern), _FLAGS),
)
"""``_GATES`` for a text whose digits are all ASCII (``_ascii_digits``): the scans that look for
a digit at every character cost ~40 % less."""

# Between a date and its time: a weekday in brackets, a comma, "T", "um", "at", "à", "|" ...
_GAP_WORDS = (
    "um",
    "at",
    "à",
    "a las",
    "a la",
    "alle",
    "às",
    "om",
    "kl.",
    "klo",
    "pukul",
    "в",
    "@",
    "-",
    "–",
    "—",
    "|",
    "/",
    "·",
    "ore",
    "o",
    "de las",
)
_GAP_RE = rx.compile(
    r"(?:\s*[(（]\s*" + _WEEKDAY + r"\.?\s*[)）])?(?:\s*,?\s*" + _WEEKDAY + r"\.?)?"
    r"(?:T|[\s,]{0,3}(?:" + _alt(_GAP_WORDS, boundary=True) + r"\s*|l\s)?[(（]?\s*)",
    _FLAGS,
)
_TZ_SUFFIX_RE = rx.compile(
    r"(?P<sp>\s?)\(?(?:(?P<name>" + _TZ_NAMES + r")(?:\s?(?P<sign>[+-])\s?(?P<hh>\d{1,2})"
    r"(?::?(?P<mm>\d{2}))?)?(?![^\W\d_])|(?P<off>[+-]\d{2}:?\d{2})(?![\d])|(?P<z>Z)(?![\w]))\)?",
)
_TZ_SUFFIX_LANG_RE = rx.compile(r"\s?\(?(?P<name>" + _TZ_NAMES_LANG + r")(?![^\W\d_])\)?")
_TIME_BEFORE_RES: tuple[tuple[DateFormat, re.Pattern[str]], ...] = tuple(
    (
        f,
        rx.compile(
            # a time starts with its hour or a word before it (오후 3:24): searched from there
            _lead(_AMPM_BEFORE_WORDS, r"\d")
            + "(?:"
            + _fill(f.pattern)
            + r")(?P<tzb>\s?(?:"
            + _TZ_NAMES
            + r"))?"
            r"[\s,|·\-–—]*(?:" + _WEEKDAY + r"\.?,?\s*)?$",
            _FLAGS,
        ),
    )
    for f in TIME_FORMATS
    if f.id in ("time-colon", "time-hour-ampm")
)
_WEEKDAY_BEFORE_RE = rx.compile(_WEEKDAY + r"\.?,?\s*(?:den\s+|le\s+|el\s+)?$", _FLAGS)

_GENERIC_LABELS = frozenset(
    {"Date", "Datum", "Data", "Fecha", "Tanggal", "Tarih", "Дата", "时间", "時間", "日期", "Le"}
)


def _cased(words: object) -> list[str]:
    """Labels as printed: as listed, Capitalised and UPPER CASE, never all lower case (prose)."""
    out: list[str] = []
    for w in words:  # type: ignore[attr-defined]
        out.extend({w, w[:1].upper() + w[1:], w.upper()})
    return out


_PUB_STRONG = _cased(w for ws in PUBLISHED_LABELS.values() for w in ws if w not in _GENERIC_LABELS)
_PUB_GENERIC = _cased(w for ws in PUBLISHED_LABELS.values() for w in ws if w in _GENERIC_LABELS)
_MOD = _cased(w for ws in MODIFIED_LABELS.values() for w in ws)
_SEP = r"\s*(?:[:：|]\s*|[-–]\s+)?"
# Between a label and its date: a connector ("am", "on", "le"), and at most a short run of
# clock readings the time regexes do not read ("Updated 2010 GMT (0410 HKT) March 14, 2021").
_LABEL_TAIL = (
    r"(?:" + _alt(LABEL_CONNECTORS, boundary=True) + r"\s+)?"
    r"(?:(?:\d{1,4}|[:.,()]|" + _TZ_NAMES + r"(?![^\W\d_])|" + _AMPM_AFTER + r")\s*){0,6}"
    r"[\[(（]?\s*$"
)
_LABEL_BEFORE_RE = rx.compile(
    _lead(_PUB_STRONG + _MOD + _PUB_GENERIC)  # every match starts with a label
    + r"(?:(?P<pub>"
    + _alt(_PUB_STRONG, boundary=True)
    + r")"
    + _SEP
    + r"|(?P<mod>"
    + _alt(_MOD, boundary=True)
    + r")"
    + _SEP
    + r"|(?P<gen>"
    + _alt(_PUB_GENERIC, boundary=True)
    + r")\s*[:：]\s*)"
    + _LABEL_TAIL
)
_LABEL_AFTER_RE = rx.compile(
    r"\s*[)\]）]?\s*(?:(?P<pub>"
    + _alt(TRAILING_PUBLISHED_LABELS)
    + r")|(?P<mod>"
    + _alt(TRAILING_MODIFIED_LABELS)
    + r"))(?!\s*[:：]?\s*\d)",
)
# Labels that make a date something other than a publication date ("available until ...").
_NOT_PUBLICATION_LABELS = _cased(w for ws in NOT_PUBLICATION_LABELS.values() for w in ws)
_NOT_PUBLICATION_RE = rx.compile(
    _lead(_NOT_PUBLICATION_LABELS)
    + _alt(_NOT_PUBLICATION_LABELS, boundary=True)
    + r"\s*[:：]?\s*"
    + _LABEL_TAIL
)
_DIGIT_RE = rx.compile(r"\d")
LABEL_ONLY_MAX_CHARS = 40
"""Longer lines are never a bare label ("Veröffentlicht:") for the next line's date."""
# A line that is only a label ("Veröffentlicht:", "Published on") labels the next line's date.
LABEL_ONLY_RE = rx.compile(
    r"^\s*(?:(?P<pub>"
    + _alt(_PUB_STRONG + _PUB_GENERIC, boundary=True)
    + r")|(?P<mod>"
    + _alt(_MOD, boundary=True)
    + r"))\s*[:：]?\s*(?:"
    + _alt(LABEL_CONNECTORS, boundary=True)
    + r")?\s*$"
)

# Other digit forms (fullwidth, Arabic-Indic, Devanagari ...) -> ASCII, one code point each, so
# spans stay valid in the caller's text.
_DIGITS = {
    cp + i: ord("0") + i
    for cp in (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0AE6, 0x0E50)
    for i in range(10)
}

# ---------------------------------------------------------------------------------------------
# Reading matches.
# ---------------------------------------------------------------------------------------------


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if y < TWO_DIGIT_PIVOT else 1900
    return y


def _valid(y: int, m: int, d: int) -> bool:
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


DayFirst = Callable[[], bool | None]
"""The page's day-first evidence, asked for only when an ambiguous numeric date needs it (the
page scan for it costs more than the rest of the date search on most pages)."""


def _ymd(
    fmt: DateFormat, m: re.Match[str], lang: _AskedLang, day_first_of: DayFirst
) -> tuple[int, int, int] | None:
    g = m.groupdict()
    if fmt.order == "dm-or-md":
        a, b, y = int(g["a"]), int(g["b"]), _year(g["y"])
        if a > 12:
            cands = [(y, b, a)]
        elif b > 12:
            cands = [(y, a, b)]
        elif (day_first := day_first_of()) is False or (
            day_first is None and lang.fact(_MONTH_FIRST)
        ):
            cands = [(y, a, b)]
        else:
            cands = [(y, b, a)]
    elif fmt.order == "yy":
        ra, rb, rc = g["a"], g["b"], g["c"]
        ymd = (_year(ra), int(rb), int(rc))
        dmy = (_year(rc), int(rb), int(ra))
        if lang.fact(_YEAR_FIRST):
            cands = [ymd]
        elif lang.fact(_NO_LANGUAGE) and day_first_of() is None:
            cands = [dmy, ymd]
        else:
            cands = [dmy]
    else:
        month = _MONTH_NUMBER.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
        if month is None:
            return None
        cands = [(_year(g["y"]), month, int(g["d"]))]
    for y, mo, d in cands:
        if _valid(y, mo, d):
            return y, mo, d
    return None


def _hms(m: re.Match[str]) -> tuple[int, int, int] | None:
    g = m.groupdict()
    hour = int(g["H"])
    minute = int(g["M"]) if g.get("M") else 0
    second = int(g["S"]) if g.get("S") else 0
    ap = g.get("ap") or g.get("ap2")
    if ap:
        if not 1 <= hour <= 12:
            return None
        is_pm = ap.lower() in _AMPM_IS_PM
        if is_pm and hour != 12:
            hour += 12
        elif not is_pm and hour == 12:
            hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _norm_offset(sign: str, hh: int, mm: int) -> str | None:
    if hh > 14 or mm > 59:
        return None
    return f"{sign}{hh:02d}:{mm:02d}"


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        return None


def valid_tz(spec: str) -> bool:
    """Whether ``--tz`` names an offset (``+09:00``, ``-0500``, ``Z``, ``UTC``) or an IANA zone."""
    return _resolve_zone(spec, datetime(2020, 1, 1)) is not None


def _resolve_zone(spec: str, local: datetime) -> str | None:
    """A fixed offset (``+09:00``, ``+0900``, ``Z``) or an IANA name -> the offset at ``local``."""
    spec = spec.strip()
    if spec in ("Z", "z"):
        return "+00:00"
    fixed = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", spec)
    if fixed:
        return _norm_offset(fixed.group(1), int(fixed.group(2)), int(fixed.group(3) or 0))
    if spec.upper() in ("UTC", "GMT"):
        return "+00:00"
    zone = _zone(spec)
    if zone is None:
        return None
    delta = local.replace(tzinfo=zone).utcoffset()
    if delta is None:
        return None
    minutes = int(delta / timedelta(minutes=1))
    sign = "+" if minutes >= 0 else "-"
    return _norm_offset(sign, abs(minutes) // 60, abs(minutes) % 60)


def _printed_zone(
    text: str, pos: int, lang: _AskedLang, *, bare_ok: bool
) -> tuple[str, int] | None:
    """The zone printed at ``pos`` (right after a time) and where it ends."""
    if (zones := lang.fact(_ZONE_NAMES)) is not None:
        lm = _TZ_SUFFIX_LANG_RE.match(text, pos)
        if lm:
            return zones[lm.group("name")], lm.end()
    m = _TZ_SUFFIX_RE.match(text, pos)
    if not m:
        return None
    if m.group("name"):
        base = TIMEZONES[m.group("name")]
        if m.group("sign"):
            return f"{m.group('sign')}{int(m.group('hh')):02d}:{m.group('mm') or '00'}", m.end()
        return base, m.end()
    if m.group("sp"):
        return None  # a bare offset or Z must touch the time
    if m.group("off") and bare_ok:
        return m.group("off"), m.end()
    if m.group("z"):
        return "Z", m.end()
    return None


def _iso(ymd: tuple[int, int, int], hms: tuple[int, int, int] | None, zone: str | None) -> str:
    y, mo, d = ymd
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if hms is None:
        return out
    out += f"T{hms[0]:02d}:{hms[1]:02d}:{hms[2]:02d}"
    if zone:
        offset = _resolve_zone(zone, datetime(y, mo, d, *hms))
        if offset:
            out += offset
    return out


def _label_before(window: str) -> DateKind | None:
    m = _LABEL_BEFORE_RE.search(window)
    if not m:
        return None
    return DateKind.MODIFIED if m.group("mod") else DateKind.PUBLISHED


def _month_named(text: str, rev: re.Pattern[str] = _MONTH_DIGIT_REV_RE) -> bool:
    """Whether the month-name formats run on ``text``: a month name is followed by a digit
    (``_MONTH_DIGIT_REV_RE``, which every match of theirs holds) and ``_MONTH_FOLDED_RE`` finds a
    name in the case-folded text (the test they have always run behind). The name the first test
    found settles the second when its case-folded form is a name: folding maps that stretch of the
    text to the name, and what follows it (a dot, separators, a digit) to no letter."""
    m = rev.search(text[::-1])
    return m is not None and _folded_month_found(text, m)


def _folded_month_found(text: str, rev_match: re.Match[str] | None) -> bool:
    """Whether ``_MONTH_FOLDED_RE`` finds a name in the case-folded ``text``, given the match of
    ``_MONTH_DIGIT_REV_RE`` on the reversed text (or None): the name that match found settles it
    when its case-folded form is a name (see ``_month_named``); else the folded text is
    searched (the whole trie at every character: asked last)."""
    return (
        rev_match is not None and rev_match.group("mon")[::-1].casefold() in _FOLDED_MONTHS
    ) or _MONTH_FOLDED_RE.search(text.casefold()) is not None


def _candidates(
    text: str, lang: str | None, gates: _Gates = _GATES
) -> list[tuple[int, int, DateFormat, re.Match[str]]]:
    """The dates' matches in ``text`` (digits made ASCII, ``_NUMERIC_HINT_RE`` found in it),
    left to right; where two overlap, the earlier, then the longer, then the higher-ranked wins.
    ``gates``: ``_GATES_ASCII`` where ``text`` holds no digit but ASCII ones."""
    found: list[tuple[int, int, int, DateFormat, re.Match[str]]] = []
    formats = _unnamed_for(gates, frozenset(gates.sep_after_digit.findall(text)))
    # the formats run in any order: the sort below orders the matches whatever it was
    if _month_named(text, gates.month_digit_rev):
        formats += gates.named
    elif not formats:
        return []  # most texts here: a year and no date
    for rank, fmt, compiled, _named, _needs, anchor in formats:
        if anchor is not None and anchor.search(text) is None:
            continue  # after the month test: the anchors are on month-name formats
        for m in compiled.finditer(text):
            found.append((m.start(), -(m.end() - m.start()), rank, fmt, m))
    found.sort(key=lambda c: (c[0], c[1], c[2]))
    chosen: list[tuple[int, int, DateFormat, re.Match[str]]] = []
    last_end = -1
    for start, neg_len, _rank, fmt, m in found:
        if start < last_end:
            continue
        chosen.append((start, start - neg_len, fmt, m))
        last_end = start - neg_len
    return chosen


CANDIDATES_CACHE_SIZE = 1 << 14
"""Distinct texts whose date matches are remembered (``_cached_candidates``)."""


@lru_cache(maxsize=CANDIDATES_CACHE_SIZE)
def _cached_candidates(
    text: str, gates: _Gates
) -> tuple[tuple[int, int, DateFormat, re.Match[str]], ...]:
    """``_candidates``, remembered per text: the same line is read for dates by ``classify`` (a
    short block), ``pick_published`` (a line's head) and ``bylines`` / ``assemble`` (the lines
    labelled byline or date), and the site's head lines repeat across its pages. The result
    depends on ``text`` and ``gates`` only (``lang`` is not read), and a match is not changed by
    its readers."""
    return tuple(_candidates(text, None, gates))


def find_dates(
    text: str, *, lang: str | None = None, tz: str | None = None, day_first: bool | None = None
) -> tuple[DateHit, ...]:
    """Every date printed in ``text`` (a line or a short block), left to right.

    ``day_first`` settles numeric dates such as 02/11/2023 when the page is known to print days
    first (True) or months first (False); by default the language decides (en: month first).
    """
    return _find_dates(text, lang, tz, lambda: day_first)


def _find_dates(
    text: str, lang: str | None, tz: str | None, day_first_of: DayFirst
) -> tuple[DateHit, ...]:
    if text.isascii():  # an ASCII text has no other digits: translating it changes nothing
        if _ASCII_HINT_RE.search(text) is None:
            return ()  # no year and no digits around a dot or slash: no date
        return _dates_in(text, lang, tz, day_first_of, _GATES_ASCII)
    m = _HINT_SCAN_RE.search(text)
    if m is None:
        return ()  # no hint, whatever the translation makes of the digits
    if m.group("na") is None and m.group("more") is None:  # only ASCII digits: as above
        return _dates_in(text, lang, tz, day_first_of, _GATES_ASCII)
    text = text.translate(_DIGITS)
    if _NUMERIC_HINT_RE.search(text) is None:
        return ()
    return _dates_in(text, lang, tz, day_first_of, _GATES)


DATES_CACHE_SIZE = 1 << 14
"""Distinct (text, zone) whose dates are remembered (``_dates_in``)."""
_Read = tuple[tuple[DateHit, ...], tuple[tuple[int, object], ...], bool, bool | None]
"""A remembered read: the hits, the facts of the language it asked for (``_LANG_FACTS`` index
and answer), whether it asked for the page's day-first evidence and the answer."""
_DATES_MEMO: dict[tuple[str, str | None, _Gates], list[_Read]] = {}
"""``_read_dates`` results per (text, zone, gates), one for each set of answers the reads got.
Emptied when full (simpler than least-recently-used, and a site's lines refill it)."""

# What reading a text's dates asks of its language (``_AskedLang.fact``): the language decides
# through these alone, so two languages that answer alike read a text alike.
_NO_LANGUAGE, _MONTH_FIRST, _YEAR_FIRST, _LANGUAGE_ZONE, _ZONE_NAMES = range(5)
_LANG_FACTS: tuple[Callable[[str | None], object], ...] = (
    lambda lang: lang is None,  # two-digit years: without a language both readings are tried
    lambda lang: lang in MONTH_FIRST_LANGS,  # 02/11/2023 without day-first evidence
    lambda lang: lang in YEAR_FIRST_LANGS,  # 21.03.15
    lambda lang: LANGUAGE_ZONES.get(lang) if lang else None,  # the offset of a bare time
    lambda lang: TIMEZONES_BY_LANG.get(lang) if lang else None,  # zone names of the language
)


def clear_caches() -> None:
    """Empty ``_DATES_MEMO`` (benchmarks time pages as if seen first; the functools caches of
    the module are cleared through their own ``cache_clear``)."""
    _DATES_MEMO.clear()


class _AskedLang:
    """A language that records the facts (``_LANG_FACTS``) asked of it, with their answers:
    ``classify`` reads a line's dates without a language and ``assemble`` and ``pick_published``
    with the page's, and on most lines the language is not asked at all (or answers alike), so
    one read serves both (``_dates_in``)."""

    __slots__ = ("asked", "lang")

    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        self.asked: list[tuple[int, object]] = []

    def fact(self, which: int) -> Any:
        answer = _LANG_FACTS[which](self.lang)
        self.asked.append((which, answer))
        return answer


class _AskedDayFirst:
    """A ``DayFirst`` that records whether it was asked and what it answered."""

    __slots__ = ("asked", "inner", "value")

    def __init__(self, inner: DayFirst) -> None:
        self.inner = inner
        self.asked = False
        self.value: bool | None = None

    def __call__(self) -> bool | None:
        if not self.asked:
            self.value = self.inner()
            self.asked = True
        return self.value


def _dates_in(
    text: str, lang: str | None, tz: str | None, day_first_of: DayFirst, gates: _Gates
) -> tuple[DateHit, ...]:
    """``_find_dates`` past its hint: ``text`` has its digits made ASCII and holds the hint;
    ``gates`` are ``_GATES_ASCII`` where it holds no other digits (``_candidates``).

    Remembered per (text, tz, gates): ``classify``, ``pick_published``, ``bylines`` and
    ``assemble`` read the same head lines, and they repeat across a site's pages. The result
    depends on these, on the language only through the facts the read asked of it
    (``_AskedLang``), and, for an ambiguous numeric date only, on the page's day-first evidence.
    A remembered result is reused where the language gives the same answers to the facts it
    asked, and, if it asked for the evidence, where this page gives the same answer: a read
    follows the same path as long as its answers are the same, so it would ask the same (and
    ``day_first_of`` is lazy and per page, so asking it here costs what reading would)."""
    key = (text, tz, gates)
    reads = _DATES_MEMO.get(key)
    if reads is not None:
        for hits, facts, asked, value in reads:
            if all(_LANG_FACTS[i](lang) == answer for i, answer in facts) and (
                not asked or day_first_of() is value
            ):
                return hits
    if _cached_candidates(text, gates):
        langs = _AskedLang(lang)
        recorder = _AskedDayFirst(day_first_of)
        hits = _read_dates_asking(text, langs, tz, recorder, gates)
        read: _Read = (hits, tuple(langs.asked), recorder.asked, recorder.value)
    else:
        read = _NO_DATES
    if reads is None:
        if len(_DATES_MEMO) >= DATES_CACHE_SIZE:
            _DATES_MEMO.clear()
        reads = _DATES_MEMO[key] = []
    reads.append(read)
    return read[0]


_NO_DATES: _Read = ((), (), False, None)
"""The read of a text without a match (most texts that hold a year): ``_read_dates_asking``
loops over no match, so it finds nothing and asks nothing of the language or the page."""


def _read_dates(
    text: str, lang: str | None, tz: str | None, day_first_of: DayFirst, gates: _Gates
) -> tuple[DateHit, ...]:
    """``_dates_in`` without its memory."""
    return _read_dates_asking(text, _AskedLang(lang), tz, day_first_of, gates)


def _read_dates_asking(
    text: str, lang: _AskedLang, tz: str | None, day_first_of: DayFirst, gates: _Gates
) -> tuple[DateHit, ...]:
    """``_read_dates`` with ``lang`` recording what was asked of the language."""
    hits: list[DateHit] = []
    prev_end = 0
    for start, end, fmt, m in _cached_candidates(text, gates):
        ymd = _ymd(fmt, m, lang, day_first_of)
        if ymd is None:
            continue
        hms: tuple[int, int, int] | None = None
        zone: str | None = None
        span_start, span_end = start, end
        # a time after the date
        gap = _GAP_RE.match(text, end)
        pos = gap.end() if gap else end
        for _tf, trx in _TIME_RES:
            tm = trx.match(text, pos)
            if tm and (parsed := _hms(tm)) is not None:
                hms, span_end = parsed, tm.end()
                bare_ok = bool(tm.groupdict().get("S")) or (gap is not None and gap.group() == "T")
                pz = _printed_zone(text, tm.end(), lang, bare_ok=bare_ok)
                if pz:
                    zone, span_end = pz
                break
        # a time (and weekday) before the date: "3:24 PM EDT, Tue October 20, 2020"
        lo = max(prev_end, start - LOOKBACK_CHARS)
        window = text[lo:start]
        if hms is None:
            for _tf, brx in _TIME_BEFORE_RES:
                bm = brx.search(window)
                if bm and (parsed := _hms(bm)) is not None:
                    hms = parsed
                    if bm.group("tzb"):
                        pz = _printed_zone(bm.group("tzb"), 0, lang, bare_ok=False)
                        zone = pz[0] if pz else None
                    span_start = lo + bm.start()
                    break
        if span_start == start:
            wm = _WEEKDAY_BEFORE_RE.search(window)
            if wm:
                span_start = lo + wm.start()
        kind = _label_before(text[max(prev_end, span_start - LOOKBACK_CHARS) : span_start])
        if kind is None:
            am = _LABEL_AFTER_RE.match(text, span_end)
            if am:
                kind = DateKind.MODIFIED if am.group("mod") else DateKind.PUBLISHED
        if hms is not None and zone is None:
            zone = tz or lang.fact(_LANGUAGE_ZONE)
        hits.append(DateHit(_iso(ymd, hms, zone), kind, span_start, span_end, hms is not None))
        prev_end = span_end
    return tuple(hits)


def parse_date(
    text: str, *, lang: str | None = None, tz: str | None = None, day_first: bool | None = None
) -> DateHit | None:
    """The first date in ``text``, or None."""
    hits = find_dates(text, lang=lang, tz=tz, day_first=day_first)
    return hits[0] if hits else None


# ---------------------------------------------------------------------------------------------
# Page level: the publication date among all the dates of a page.
# ---------------------------------------------------------------------------------------------

PROSE_MIN_CHARS = 100
"""A line this long (Latin scripts) with a sentence end counts as prose for the body anchor."""
PROSE_MIN_CHARS_CJK = 40
"""The same for lines written mostly in Han, kana or Hangul."""
DATE_LINE_MAX_CHARS = 120
"""Unlabelled dates on lines longer than this are inside prose (event dates), used last."""
HEADER_WINDOW_LINES = 25
"""An unlabelled date this many lines before the body start, or closer, is in the article head."""
_SENTENCE_END = rx.compile(r"[.!?。！？다](?:[\"'”’)\]]*)(?:\s|$)")


_CJK_CHAR_RE = rx.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) < PROSE_MIN_CHARS_CJK or _SENTENCE_END.search(stripped) is None:
        return False
    if len(stripped) >= PROSE_MIN_CHARS:
        return True  # long enough for either limit: no need to count the CJK characters
    head = stripped[:200]
    cjk = len(_CJK_CHAR_RE.findall(head))
    limit = PROSE_MIN_CHARS_CJK if cjk * 2 > len(head) else PROSE_MIN_CHARS
    return len(stripped) >= limit


def body_start(lines: list[str]) -> int | None:
    """Index of the first line of the first run of prose (two prose lines within 6), or None."""
    first: int | None = None
    prev = -1
    for i, line in enumerate(lines):
        # A line shorter than PROSE_MIN_CHARS_CJK is not prose however it is stripped: most
        # lines of a page (menus, buttons) are rejected without a call.
        if len(line) < PROSE_MIN_CHARS_CJK or not _is_prose(line):
            continue
        if first is None:
            first = i
        elif i - prev <= 6:
            return prev  # the first pair of prose lines within 6: the rest cannot change it
        prev = i
    return first


# (The guards follow the first digit, as in the date formats: ``\d(?<![\d/.]\d)\d?`` is
# ``(?<![\d/.])\d{1,2}``, and a pattern that starts with a digit is tried at digits only.)
_NUMERIC_ORDER_RE = rx.compile(r"(\d(?<![\d/.]\d)\d?)[/.\-](\d{1,2})[/.\-](?:19|20)\d{2}(?!\d)")
_DAY_MONTH_RE = rx.compile(r"\d(?<![\d.,:]\d)\d?(?:st|nd|rd|th|\.)?\s+" + _MONTH, _FLAGS)
_MONTH_DAY_RE = rx.compile(r"(?<![^\W\d_])" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,", _FLAGS)
_BULLET_RE = rx.compile(r"^\s*[•□◦▪▸►‣·*+\-–]\s")


def page_day_first(lines: list[str]) -> bool | None:
    """Whether the page prints days before months (True), months first (False), or unknown.

    Evidence: numeric dates with a part > 12 (25/10/2020 vs 10/25/2020) and the order of named
    months ("3 Nov 2023" vs "Nov 3, 2023"). Used to read ambiguous dates such as 02/11/2023.
    """
    day, month = 0, 0
    for line in lines:
        if not _DIGIT_RE.search(line):
            continue
        if _NUMERIC_HINT_RE.search(line):  # each numeric date holds a year (a hint)
            for m in _NUMERIC_ORDER_RE.finditer(line):
                a, b = int(m.group(1)), int(m.group(2))
                if a > 12 >= b:
                    day += 1
                elif b > 12 >= a:
                    month += 1
        # The named months count only on a line where _MONTH_FOLDED_RE finds a name in the
        # case-folded line, but that search tries the whole trie at every character: it is asked
        # last, only where a count would change. _DAY_MONTH_RE is tried at digits only, and each
        # match of _MONTH_DAY_RE is a month name, ``\.?\s+`` and a number: a match of
        # _MONTH_DIGIT_REV_RE on the reversed line (also tried at digits, not at every letter).
        # (As in ``_month_named``, the name the reversed search found settles the folded one
        # when its case-folded form is a name: ``_folded_month_found``.)
        day_months = _DAY_MONTH_RE.findall(line)
        rev = _MONTH_DIGIT_REV_RE.search(line[::-1])
        if (day_months or rev) and _folded_month_found(line, rev):
            day += len(day_months)
            if rev is not None:
                month += len(_MONTH_DAY_RE.findall(line))
    if day == month:
        return None
    return day > month


def _date_lines(lines: list[str]) -> list[int]:
    """The lines whose searched part (a long line's head, ``LONG_LINE``) can hold a date, in
    order: a superset of those on which ``find_dates`` finds one, from one pass over the page.

    The page is squeezed in C (``_SQUEEZE``: UTF-8 bytes, digits, dots, slashes and line breaks
    kept, a mark for the lead byte of any non-ASCII digit, all else deleted: a tenth of its size)
    and ``_SQUEEZED_HINT_RE`` runs over that: scanning the page itself for digits costs ``re``
    ~50 instructions a character, encoding and squeezing it ~20."""
    heads = [line if len(line) <= LONG_LINE else line[:LONG_LINE_HEAD] for line in lines]
    squeezed = "\n".join(heads).encode("utf-8", "surrogatepass").translate(*_SQUEEZE)
    if squeezed.count(b"\n") != len(heads) - 1:  # a line holds a line break: read it as text
        return _date_lines_text(heads)
    out: list[int] = []
    line, pos = 0, 0
    for m in _SQUEEZED_HINT_RE.finditer(squeezed):
        start = m.start()
        line += squeezed.count(b"\n", pos, start)
        pos = start
        out.append(line)
    return out


def _date_lines_text(heads: list[str]) -> list[int]:
    """``_date_lines`` for lines that hold line breaks: ``_PAGE_HINT_RE`` on the joined lines,
    matches mapped to lines by their offsets."""
    joined = "\n".join(heads)
    # where each head ends in ``joined`` (the offset of the separator after it)
    ends = list(map(add, accumulate(map(len, heads)), range(len(heads))))
    out: list[int] = []
    for m in _PAGE_HINT_RE.finditer(joined):
        i = bisect_right(ends, m.start())
        if not out or out[-1] != i:  # a line holding a newline itself can match twice
            out.append(i)
    return out


LABEL_CACHE_SIZE = 1 << 14
"""Distinct lines whose label tests are remembered (``_head_has_published_word``,
``_pending_label``)."""


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _pending_label(line: str) -> DateKind | None:
    """The kind a bare label line ("Veröffentlicht:") gives the date on the next line
    (remembered per line: the line before each dated line is asked, and they repeat)."""
    if len(line) > LABEL_ONLY_MAX_CHARS or _DIGIT_RE.search(line):
        return None
    lm = LABEL_ONLY_RE.match(line)
    if lm is None:
        return None
    return DateKind.MODIFIED if lm.group("mod") else DateKind.PUBLISHED


class _DayFirst:
    """The page's day-first evidence (``page_day_first``), read on the first call only."""

    __slots__ = ("lines", "known", "value")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.known = False
        self.value: bool | None = None

    def __call__(self) -> bool | None:
        if not self.known:
            self.value = page_day_first(self.lines)
            self.known = True
        return self.value


def _line_hits(
    lines: list[str], i: int, lang: str | None, tz: str | None, day_first_of: DayFirst
) -> list[tuple[DateHit, bool]]:
    """The dates of line ``i`` with whether a not-a-publication label ("available until",
    "Einsendeschluss") precedes each; a bare label line before it labels its first date."""
    line = lines[i]
    # A long line is prose: only a date near its start (a dateline, a label) can rank above
    # tier 5, so scanning its head is enough and keeps the page scan cheap.
    head = line[:LONG_LINE_HEAD] if len(line) > LONG_LINE else line
    hits = _find_dates(head, lang, tz, day_first_of)
    if not hits:
        return []
    if hits[0].kind is None and i and (pending := _pending_label(lines[i - 1])) is not None:
        first = hits[0]
        hits = (DateHit(first.iso, pending, first.start, first.end, first.has_time), *hits[1:])
    return [
        (
            h,
            _NOT_PUBLICATION_RE.search(line[max(0, h.start - LOOKBACK_CHARS) : h.start])
            is not None,
        )
        for h in hits
    ]


def _page_hits(
    lines: list[str], lang: str | None, tz: str | None
) -> list[tuple[int, DateHit, bool]]:
    """Every date of the page with its line index and whether a not-a-publication label
    precedes it (``_line_hits`` on every line that can hold a date)."""
    day_first_of = _DayFirst(lines)
    return [
        (i, h, excluded)
        for i in _date_lines(lines)
        for h, excluded in _line_hits(lines, i, lang, tz, day_first_of)
    ]


_PUBLISHED_GATE_RE = rx.compile(
    anchored_superset((*_PUB_STRONG, *_PUB_GENERIC, *TRAILING_PUBLISHED_LABELS))
)
"""Found in every text where a date can be labelled as published: each match of the ``pub`` and
``gen`` groups of ``_LABEL_BEFORE_RE`` and of ``pub`` in ``_LABEL_AFTER_RE`` holds one of their
words, and ``anchored_superset`` finds a part of each (matched from its rarest character: a few
tries a line). The words hold no digit, so translating a text's digits (``_DIGITS``) does not
move them."""


def _may_be_published(lines: list[str], i: int) -> bool:
    """Whether ``_line_hits(lines, i, ...)`` can hold a date labelled as published: its searched
    head holds a published label's word (``_head_has_published_word``), or the line before is a
    bare published label (``_pending_label``)."""
    return _head_has_published_word(lines[i]) or (
        i > 0 and _pending_label(lines[i - 1]) is DateKind.PUBLISHED
    )


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _head_has_published_word(line: str) -> bool:
    """Whether ``_PUBLISHED_GATE_RE`` finds a word in the line's searched head (``LONG_LINE``),
    remembered per line: the gate tries its branches at every capital letter (and more), ~100
    instructions a character of a dated line, and a site's dated lines ("© 2019 ...", its
    date header) repeat across its pages."""
    head = line[:LONG_LINE_HEAD] if len(line) > LONG_LINE else line
    return _PUBLISHED_GATE_RE.search(head) is not None


LONG_LINE = 300
LONG_LINE_HEAD = 150
"""Lines longer than LONG_LINE are searched for dates in their first LONG_LINE_HEAD characters."""
DATELINE_LEAD_CHARS = 30
"""An unlabelled date this close to the start of a long line is a dateline ("Bonn, 20.10.2020")."""
LABEL_LEAD_CHARS = 70
"""A labelled date further into a long line than this is prose or a list item ("... released on
March 5, 2021", "• Other story veröffentlicht am ..."): its label is not trusted."""


def pick_published(
    lines: list[str], *, lang: str | None = None, tz: str | None = None
) -> DateHit | None:
    """The publication date of a page, from all of its lines (in order, as printed).

    Keep list bullets on the lines (from blocks: ``f"{b.bullet} {b.text}"``): a bulleted date is
    usually a related-list item, and that ranks it lower. Candidates are ranked in tiers; within
    a tier the first (or the nearest to the body) wins:
    0. a date labelled as published, label at the head of its line (page order);
    1. an unlabelled date on a byline line ("By Jane Doe | Oct. 20, 2020") (page order);
    2. an unlabelled date alone on its line, or a dateline ("BERLIN, 20.10.2020 -"), before the
       body's first run of prose, nearest first, bullet-list lines last -- related lists sit
       below the body and the site's "today" header far above (and is set apart, see 5);
    3. a date labelled as modified (pages that only print their update time);
    4. unlabelled dates alone on their line after the body start, nearest first;
    5. any other date, in page order (prose dates, the "today" header).
    Never picked: dates behind "available until"-style labels, in image file names, in embedded
    posts ("(@handle) November 2, 2023"), and years before ``MIN_PUBLICATION_YEAR``.
    """
    from newsparse.bylines import find_byline  # bylines reads dates: import here, not above

    # The lines are read in page order and ranked as they come. Two shortcuts skip reading a
    # line's dates where none of them can change the choice (so no line is read in vain):
    # - once the best is in tier 0, a later date can only refine it (tier 0 again: a later
    #   order loses), and without a time nothing refines it: the search stops;
    # - once the best is in tier 0, 1 or 2, a line more than DATELINE_AFTER_LINES after the body
    #   start can only rank in tier 0, 3, 4 or 5 (tiers 1 and 2 end there), so only a date
    #   labelled as published matters: lines that cannot hold one (``_may_be_published``) are
    #   skipped.
    day_first_of = _DayFirst(lines)
    anchor: int | None = None
    anchor_known = False
    byline_cache: dict[int, bool] = {}
    today_lines: set[str] = set()
    best: tuple[tuple[int, int, int], DateHit] | None = None
    order = -1
    for i in _date_lines(lines):
        if best is not None:
            tier = best[0][0]
            if tier == 0 and not best[1].has_time:
                break
            if (
                tier == 0
                or (tier <= 2 and anchor is not None and i - anchor > DATELINE_AFTER_LINES)
            ) and not _may_be_published(lines, i):
                continue
        hits = _line_hits(lines, i, lang, tz, day_first_of)
        if not hits:
            continue
        if not anchor_known:
            anchor, anchor_known = body_start(lines), True
        line = lines[i]
        for h, excluded in hits:
            order += 1
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
                and _on_byline_line(i, lines, lang, byline_cache, find_byline)
            ):
                key = (1, 0, order)
            elif (i < TODAY_HEADER_LINES and _looks_like_today(line, h)) or (
                line.strip() in today_lines
            ):
                today_lines.add(line.strip())  # the header again (sticky menus print it twice)
                key = (5, 0, order)
            elif anchor is not None and (date_line or _is_dateline(line, h)) and i <= anchor:
                key = (2, bullet, anchor - i)
            elif (
                anchor is not None and _is_dateline(line, h) and i - anchor <= DATELINE_AFTER_LINES
            ):
                key = (2, bullet, i - anchor)
            elif date_line:
                key = (4, bullet, i - anchor if anchor is not None else order)
            else:
                key = (5, 0, order)
            if best is None or key < best[0]:
                best = (key, h)
            elif best[0][0] == key[0] and _refines(h, best[1]):
                best = (best[0], h)  # the same moment printed again with seconds or an offset
    return best[1] if best else None


MIN_PUBLICATION_YEAR = 1995
"""Dates before this year are history in the text, not when a web page was published."""
TODAY_HEADER_LINES = 12
"""A weekday-and-date line this near the page top is the site's "today" header."""
DATE_LINE_MAX_WORDS = 8
"""A line with at most this many words besides its date is a date line (a head or list date)."""
DATELINE_AFTER_LINES = 5
"""A dateline may open a paragraph this many lines after the detected body start."""
_WORD_RE = rx.compile(r"[^\W\d_]{2,}")
_FILENAME_RE = rx.compile(r"\.(?<=[\w\-]\.)(?:jpe?g|png|gif|webp|svg|pdf)\b", re.I)
r"""An image or PDF file name: ``[\w\-]+\.(?:jpe?g|...)\b`` occurs where and only where a ``.``
after a word character or hyphen opens the extension, which is what this finds: ``re`` scans for
the dot alone (the plain form tries ``[\w\-]+`` at every character of every word, and back)."""
_BRACKETED_RE = rx.compile(r"\s*\[[^\s\]]+\]\s*$")
"""A line that is one bracketed token (``[image-2020-10-20]``), matched at the line's start."""
_EMBED_RE = rx.compile(r"\(@\w+\)\s*$|@\w+\s*$")
_DATELINE_PREFIX_RE = rx.compile(
    r"^[\W_]*(?:[A-ZÀ-Þ][\w.\-/]*(?:\s[A-ZÀ-Þ][\w.\-/]*){0,2}\s*[,(/–—\-]\s*\(?)?\s*$"
)
_WEEKDAY_RE = rx.compile(_WEEKDAY, _FLAGS)


def _never_publication(line: str, h: DateHit) -> bool:
    """Image file names and embedded posts carry dates that are never the page's."""
    return bool(
        _FILENAME_RE.search(line) or _BRACKETED_RE.match(line) or _EMBED_RE.search(line[: h.start])
    )


WORD_PROBE_CHARS = 120
"""``_is_date_line`` counts the words in this much of the text after a date first."""


def _is_date_line(line: str, h: DateHit) -> bool:
    """At most DATE_LINE_MAX_WORDS words (``_WORD_RE``) on the line besides the date.

    The words of the line with the date cut out and a space put in its place, counted on the
    line itself, without building that text: the words before the date (``endpos``: a word the
    date cuts ends there, as at the end of a slice) and after it (``pos``: the pattern has no
    look-behind, so the search starts there as on a slice). A prose line with a date holds more
    words than the limit within its first WORD_PROBE_CHARS after the date: a prefix never holds
    more words than the whole (a word its end cuts is still one word, of two letters or more or
    not counted), so where the prefix is over the limit the rest is not read."""
    before = len(_WORD_RE.findall(line, 0, h.start))
    if before > DATE_LINE_MAX_WORDS:
        return False
    probe_end = h.end + WORD_PROBE_CHARS
    if (
        probe_end < len(line)
        and before + len(_WORD_RE.findall(line, h.end, probe_end)) > DATE_LINE_MAX_WORDS
    ):
        return False
    return before + len(_WORD_RE.findall(line, h.end)) <= DATE_LINE_MAX_WORDS


def _is_dateline(line: str, h: DateHit) -> bool:
    """A date opening a paragraph after at most a place: "Karlsruhe, (12.11.2021). Text ..."."""
    return h.start <= DATELINE_LEAD_CHARS and bool(_DATELINE_PREFIX_RE.match(line[: h.start]))


def _looks_like_today(line: str, h: DateHit) -> bool:
    return h.kind is None and not h.has_time and bool(_WEEKDAY_RE.search(line))


def _on_byline_line(
    i: int, lines: list[str], lang: str | None, cache: dict[int, bool], finder: object
) -> bool:
    if i not in cache:
        cache[i] = finder(lines[i], lang=lang) is not None  # type: ignore[operator]
    return cache[i]


def _refines(h: DateHit, chosen: DateHit) -> bool:
    """``h`` is the chosen date and minute again, printed more precisely (seconds, offset)."""
    if not (h.kind == chosen.kind and chosen.has_time and h.iso[:16] == chosen.iso[:16]):
        return False
    return len(h.iso) > len(chosen.iso) or (chosen.iso[17:19] == "00" and h.iso[17:19] != "00")
