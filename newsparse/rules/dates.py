"""Date rules as data: the date formats, time formats and labels ``newsparse.dates`` applies.

Each entry has a stable id, the language it is for (``"*"`` = any), a note, and examples: a
``must_match`` example is ``(text, expected)`` where ``expected`` is the ISO string of the first
date ``find_dates`` returns (``lang`` given by the entry, or None for ``"*"``); label examples
expect the kind instead. ``must_not_match`` texts must give no date (or, for labels, not that kind).
``tests/test_rules_metadata.py`` turns every example into a test.

Regex fragments are built from the word tuples of ``newsparse.rules.languages``; the placeholders
``{MONTH}`` (any month name), ``{YEAR}`` (a four-digit year 1900-2099) and ``{AMPM_BEFORE}`` /
``{AMPM_AFTER}`` are filled in by ``newsparse.dates``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateFormat:
    """A date (or time) format: a regex fragment with named groups and how to read them."""

    id: str
    lang: str
    note: str
    pattern: str
    r"""Regex source. Date groups: y, m, d, mon (month name), a/b/c (order decided by ``order``).
    Time groups: H, M, S, ap (12-hour word). A date pattern starts with its first digit, not with
    the lookbehind that guards it: ``re`` then scans for a digit at C speed and tries a match only
    there (a leading lookbehind makes it try every position, ~5x slower). So the guard follows the
    digits it guards and looks back over them too: ``{YEAR}(?<![\d.]\d{4})`` is
    ``(?<![\d.]){YEAR}``, ``\d(?<![\d.]\d)\d?`` is ``(?<![\d.])\d{1,2}``
    (``tests/test_dates_fast.py`` checks each against its plain form)."""
    order: str = ""
    """For numeric dates whose order depends on the language: ``dm-or-md`` (a/b then y),
    ``yy`` (a.b.c with a two-digit year). Empty: the groups say it."""
    must_match: tuple[tuple[str, str], ...] = ()
    must_not_match: tuple[str, ...] = ()
    needs: str = ""
    """Separators one of which follows a digit (white space between allowed) in every match of a
    date format: the format's regex only runs on a text where one does, a cheap test that spares
    most regex scans. Empty: always runs (the month-name formats have their own test)."""
    anchor: str = ""
    """A regex that starts with a digit and matches inside every match of ``pattern``
    (placeholders allowed): searched first, far cheaper than a pattern that starts with a month
    name, and the format only runs where it occurs. Empty: no such test."""


DATE_FORMATS: tuple[DateFormat, ...] = (
    DateFormat(
        "date-iso",
        "*",
        "ISO 8601 year-month-day, optionally with T and a time/offset.",
        r"(?P<y>{YEAR})(?<![\d.\-/]\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])",
        must_match=(
            ("2020-10-20T09:24:27Z", "2020-10-20T09:24:27+00:00"),
            ("입력 2020-10-20 09:24:27", "2020-10-20T09:24:27"),
            ("2020-10-20T09:24:27.000+09:00", "2020-10-20T09:24:27+09:00"),
            ("Stand: 2020-10-20", "2020-10-20"),
        ),
        must_not_match=("ISBN 978-2020-10-201", "2020-13-45", "call 2020-10-2020"),
        needs="-",
    ),
    DateFormat(
        "date-ymd-slash",
        "*",
        "Year first with slashes (Korea, Japan, Taiwan): 2020/10/20.",
        r"(?P<y>{YEAR})(?<![\d/.]\d{4})\s?/\s?(?P<m>\d{1,2})\s?/\s?(?P<d>\d{1,2})(?![\d/])",
        must_match=(
            ("2020/10/20 15:24", "2020-10-20T15:24:00"),
            ("2020 / 03 / 12　星期四", "2020-03-12"),
        ),
        must_not_match=("https://x.com/2020/10/", "1/2020/10"),
        needs="/",
    ),
    DateFormat(
        "date-ymd-dot",
        "*",
        "Year first with dots (Korea): 2020.10.20, 2020. 10. 20.",
        r"(?P<y>{YEAR})(?<![\d.]\d{4})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})(?![\d])\.?",
        must_match=(
            ("2020.10.20 09:24", "2020-10-20T09:24:00"),
            ("2020. 10. 20. 09:24", "2020-10-20T09:24:00"),
            ("2018.08.23 오후 06:36", "2018-08-23T18:36:00"),
            ("입력 2023.04.07 (08:26) 수정", "2023-04-07T08:26:00"),
        ),
        must_not_match=("version 2020.10.200", "1.2020.10.20"),
        needs=".",
    ),
    DateFormat(
        "date-ymd-cjk",
        "*",
        "Year/month/day with 年月日 or 년월일 (ja, zh, ko).",
        r"(?P<y>{YEAR})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]",
        must_match=(
            ("2020年10月20日 09:24", "2020-10-20T09:24:00"),
            ("2019年06月15日08:18", "2019-06-15T08:18:00"),
            ("2019年3月1日 13時16分", "2019-03-01T13:16:00"),
            ("2020년 10월 20일 (화) 오전 9:24", "2020-10-20T09:24:00"),
            ("2020년 10월 20일 오후 3시 5분", "2020-10-20T15:05:00"),
            ("２０２０年１０月２０日", "2020-10-20"),
        ),
        must_not_match=("2020년 10월 사업 계획", "10월 20일 회의"),
        needs="年년",
    ),
    DateFormat(
        "date-dmy-dot",
        "*",
        "Day.month.year (de, ru, pl, tr ...): 20.10.2020, 20. 10. 2020.",
        r"(?P<d>\d(?<![\d.]\d)\d?)\.\s?(?P<m>\d{1,2})\.\s?(?P<y>{YEAR})(?![\d])",
        must_match=(
            ("Veröffentlicht am 20.10.2020 um 09:24 Uhr", "2020-10-20T09:24:00"),
            ("20. 10. 2020", "2020-10-20"),
            ("Stand: 20.10.2020, 9.24 Uhr", "2020-10-20T09:24:00"),
        ),
        must_not_match=("Version 1.20.10.2020", "32.10.2020"),
        needs=".",
    ),
    DateFormat(
        "date-num-slash",
        "*",
        "Day/month/year, or month/day/year in en (10/20/2020); a part > 12 decides alone.",
        r"(?P<a>\d(?<![\d/.\-]\d)\d?)([/\-])(?P<b>\d{1,2})\2(?P<y>{YEAR})(?![\d/])",
        order="dm-or-md",
        must_match=(
            ("20/10/2020", "2020-10-20"),
            ("10/20/2020 3:24 PM", "2020-10-20T15:24:00"),
            ("20-10-2020", "2020-10-20"),
        ),
        must_not_match=("13/13/2020", "1/2/3/2020"),
        needs="/-",
    ),
    DateFormat(
        "date-yy-slash",
        "*",
        "Two-digit year with slashes: 02/11/23 (day first, month first in en as for 4 digits).",
        r"(?P<a>\d(?<![\w/.\-]\d)\d?)/(?P<b>\d{1,2})/(?P<y>\d{2})(?![\d/])",
        order="dm-or-md",
        must_match=(
            ("Publié le 02/11/23 à 16h33", "2023-11-02T16:33:00"),
            ("By Jane Doe • 11/28/23 5:19pm", "2023-11-28T17:19:00"),
        ),
        must_not_match=("1/2/3", "page 3/4/56/7", "13/13/23"),
        needs="/",
    ),
    DateFormat(
        "date-yy-dot",
        "*",
        "Two-digit year with dots: YY.MM.DD in ko/ja/zh, else DD.MM.YY (1.11.23).",
        r"(?P<a>\d(?<![\w.]\d)\d?)\.(?P<b>\d{1,2})\.(?P<c>\d{2})(?![\d]|\.\d)",
        order="yy",
        must_match=(
            ("21.03.15 14:02", "2015-03-21T14:02:00"),
            ("1.11.23 20:19 von Lars", "2023-11-01T20:19:00"),
        ),
        must_not_match=("1.2.3", "v10.20.300", "v1.11.23", "Version1.11.23"),
        needs=".",
    ),
    DateFormat(
        "date-d-month-y",
        "*",
        "Day, month name, year: 20 October 2020, 20. Oktober 2020, 20 de octubre de 2020. "
        "Text dumps glue the next element to the year (202010:43), so digits may follow it.",
        # ((?!\d): no part after the day starts with a digit; said first, a digit that is not
        # the day's last fails at once instead of after the month trie)
        r"(?P<d>\d(?<![\d.,:]\d)\d?)(?!\d)(?:st|nd|rd|th|er|\.|º|°)?(?:\s*|\s*-\s*|\s+de\s+)"
        r"(?P<mon>{MONTH})\.?(?:,?\s*|\s*-\s*|\s+de\s+|\s+del\s+)(?P<y>{YEAR})"
        r"(?:\s?(?:г\.|года|г(?![^\W\d_])))?",
        must_match=(
            ("20 October 2020", "2020-10-20"),
            ("20. Oktober 2020, 09:24 Uhr", "2020-10-20T09:24:00"),
            ("Publié le 20 octobre 2020 à 09h24", "2020-10-20T09:24:00"),
            ("20 de octubre de 2020", "2020-10-20"),
            ("1er janvier 2021", "2021-01-01"),
            ("20 октября 2020 года", "2020-10-20"),
            ("20-Oct-2020", "2020-10-20"),
            ("3. März 2021", "2021-03-03"),
            ("Posted on 25. Januar 202225. Januar 2022", "2022-01-25"),
            ("28 luglio 202010:43 News", "2020-07-28T10:43:00"),
            ("13 gusht 2020, 09:08", "2020-08-13T09:08:00"),
            ("duminică, 20 septembrie 2020", "2020-09-20"),
            ("الأربعاء، 07 أكتوبر 2020 12:19", "2020-10-07T12:19:00"),
        ),
        must_not_match=("20 Octobers 2020", "in 2020 October"),
    ),
    DateFormat(
        "date-month-d-y",
        "*",
        "Month name, day, year (en): Oct. 20, 2020, October 20th 2020.",
        r"(?<![^\W\d_])(?P<mon>{MONTH})\.?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*"
        r"(?P<y>{YEAR})",
        # (the day's last digit on: ``[\s,]*`` holds the pattern's ``\s*,?\s*`` but, unlike it,
        # tries each split of a long run of spaces once, not once per pair of ends)
        anchor=r"\d(?:st|nd|rd|th)?[\s,]*{YEAR}",
        must_match=(
            ("Published Oct. 20, 2020", "2020-10-20"),
            ("November 9, 20235:01 AM ET", "2023-11-09T05:01:00-05:00"),
            ("Updated 3:24 PM EDT, Tue October 20, 2020", "2020-10-20T15:24:00-04:00"),
            ("October 20th, 2020 at 9:05 a.m.", "2020-10-20T09:05:00"),
        ),
        must_not_match=("Octobers 20, 2020",),
    ),
    DateFormat(
        "date-y-month-d",
        "*",
        "Year, month name, day (hu, lt): 2020. október 20.",
        r"(?P<y>{YEAR})(?<![\d.]\d{4})\.?\s+(?P<mon>{MONTH})\s+(?P<d>\d{1,2})\.?(?![\d])",
        must_match=(("2020. október 20.", "2020-10-20"),),
    ),
)

TIME_FORMATS: tuple[DateFormat, ...] = (
    DateFormat(
        "time-colon",
        "*",
        "H:MM[:SS], optionally with a 12-hour word before (오후) or after (PM).",
        r"(?:(?P<ap>{AMPM_BEFORE})\s*)?(?P<H>\d{1,2})\s?[:：]\s?(?P<M>\d{2})"
        r"(?:[:：](?P<S>\d{2})(?:[.,]\d{1,6})?)?(?![\d])(?:\s?(?P<ap2>{AMPM_AFTER}))?"
        r"(?:\s?(?:Uhr|h|hrs|horas|ч\.)(?![^\W\d_]))?",
        must_match=(
            ("2020-10-20 3:24 PM", "2020-10-20T15:24:00"),
            ("2020.10.20 오후 12:05", "2020-10-20T12:05:00"),
            ("2020.10.20 오전 12:05", "2020-10-20T00:05:00"),
        ),
        must_not_match=(),
    ),
    DateFormat(
        "time-cjk",
        "*",
        "Hour/minute with 時分 / 시분 / 点分: 13時16分, 오후 3시 5분, 8点30分.",
        r"(?:(?P<ap>{AMPM_BEFORE})\s*)?(?P<H>\d{1,2})\s*[時时시点點]"
        r"(?:\s*(?P<M>\d{1,2})\s*[分분](?:\s*(?P<S>\d{1,2})\s*[秒초])?)?",
        must_match=(
            ("2020年10月20日 8点30分", "2020-10-20T08:30:00"),
            ("2020년 10월 20일 오후 3시", "2020-10-20T15:00:00"),
        ),
    ),
    DateFormat(
        "time-h",
        "fr",
        "French hours: 09h24, 9 h 24.",
        r"(?P<H>\d{1,2})\s?h\s?(?P<M>\d{2})(?![\d])",
        must_match=(("20/10/2020 à 09h24", "2020-10-20T09:24:00"),),
    ),
    DateFormat(
        "time-dot",
        "*",
        "Hours with a dot, before Uhr or a zone name: 9.24 Uhr, 09.24 BST.",
        r"(?P<H>\d{1,2})\.(?P<M>\d{2})(?:\s?Uhr|(?=\s?(?:{TZ})(?![^\W\d_])))",
        must_match=(
            ("20.10.2020, 9.24 Uhr", "2020-10-20T09:24:00"),
            ("Tue 20 Oct 2020 09.24 BST", "2020-10-20T09:24:00+01:00"),
        ),
    ),
    DateFormat(
        "time-hour-ampm",
        "en",
        "A bare hour with a 12-hour word after it: 3 p.m.",
        r"(?P<H>\d{1,2})\s?(?P<ap2>{AMPM_AFTER})",
        must_match=(("Oct. 20, 2020 3 p.m. ET", "2020-10-20T15:00:00-04:00"),),
    ),
)


@dataclass(frozen=True, slots=True)
class LabelRule:
    """A language's date labels: examples must come out labelled ``kind``."""

    id: str
    lang: str
    kind: str
    """``published`` or ``modified``."""
    note: str
    must_match: tuple[str, ...] = ()
    must_not_match: tuple[str, ...] = ()
    """Texts whose first date must not get this kind."""


LABEL_RULES: tuple[LabelRule, ...] = (
    LabelRule(
        "label-published-ko",
        "ko",
        "published",
        "입력/등록/승인/송고 ... before the date.",
        (
            "입력 2020.10.20 09:24",
            "기사입력 2023-04-04 19:01",
            "등록 2020-10-20 09:24:27",
            "승인 2020.10.20 09:24",
            "송고시간 2020-10-20 09:24",
            "작성 2023.04.20 13:55",
            "안진우 기자l기사입력 2023-04-04 19:01 l 최종수정 2023-04-04 19:56",
        ),
        ("수정 2020.10.20 09:24",),
    ),
    LabelRule(
        "label-published-ko-after",
        "ko",
        "published",
        "송고 printed after the date (Yonhap).",
        ("2023/06/23 10:12 송고",),
    ),
    LabelRule(
        "label-modified-ko",
        "ko",
        "modified",
        "수정/최종수정/업데이트 before the date.",
        (
            "수정 2020.10.20 09:24",
            "최종수정 2023-04-04 19:56",
            "수정2023-04-07 08:26:57",
            "업데이트 2020.10.20 09:24",
        ),
        ("입력 2020.10.20 09:24",),
    ),
    LabelRule(
        "label-published-en",
        "en",
        "published",
        "Published / Posted / First published.",
        (
            "Published Oct. 20, 2020",
            "Posted on October 20, 2020",
            "Published: 20/10/2020",
            "First published on Tue 20 Oct 2020 09.24 BST",
            "Date: October 20, 2020",
        ),
        ("Updated Oct. 20, 2020", "The date October 20, 2020 was set"),
    ),
    LabelRule(
        "label-modified-en",
        "en",
        "modified",
        "Updated / Last modified.",
        (
            "Updated 3:24 PM EDT, Tue October 20, 2020",
            "Last updated: 20 October 2020",
            "UPDATED Oct. 20, 2020",
        ),
        ("Published Oct. 20, 2020",),
    ),
    LabelRule(
        "label-published-de",
        "de",
        "published",
        "Veröffentlicht / Erschienen / Datum:.",
        (
            "Veröffentlicht am 20.10.2020",
            "Erschienen am Dienstag, 20. Oktober 2020",
            "Datum: 20.10.2020",
            "Veröffentlicht: 20.10.2020, 09:24 Uhr",
        ),
        ("Aktualisiert am 20.10.2020", "Das Datum 20.10.2020 steht fest"),
    ),
    LabelRule(
        "label-modified-de",
        "de",
        "modified",
        "Aktualisiert / Zuletzt geändert / Stand.",
        (
            "Aktualisiert am 20.10.2020",
            "Zuletzt geändert am 06.11.2023",
            "Stand: 20.10.2020 09:24 Uhr",
        ),
        ("Veröffentlicht am 20.10.2020",),
    ),
    LabelRule(
        "label-published-fr",
        "fr",
        "published",
        "Publié le / Mis en ligne le.",
        ("Publié le 20 octobre 2020 à 09h24", "Mis en ligne le 20/10/2020"),
        ("Mis à jour le 20 octobre 2020", "le 20 octobre 2020, il a dit"),
    ),
    LabelRule(
        "label-modified-fr", "fr", "modified", "Mis à jour le.", ("Mis à jour le 20 octobre 2020",)
    ),
    LabelRule(
        "label-published-es",
        "es",
        "published",
        "Publicado el.",
        ("Publicado el 20 de octubre de 2020", "Fecha: 20/10/2020"),
        ("Actualizado el 20 de octubre de 2020",),
    ),
    LabelRule(
        "label-modified-es",
        "es",
        "modified",
        "Actualizado.",
        ("Actualizado el 20 de octubre de 2020",),
    ),
    LabelRule(
        "label-published-pt", "pt", "published", "Publicado em.", ("Publicado em 20/10/2020 09h24",)
    ),
    LabelRule(
        "label-modified-pt", "pt", "modified", "Atualizado em.", ("Atualizado em 20/10/2020 09h24",)
    ),
    LabelRule(
        "label-published-it",
        "it",
        "published",
        "Pubblicato il.",
        ("Pubblicato il 20 ottobre 2020",),
    ),
    LabelRule(
        "label-published-nl",
        "nl",
        "published",
        "Gepubliceerd op.",
        ("Gepubliceerd op 20 oktober 2020",),
    ),
    LabelRule(
        "label-published-id",
        "id",
        "published",
        "Diterbitkan / Tanggal:.",
        ("Diterbitkan 20 Oktober 2020",),
    ),
    LabelRule(
        "label-published-ru", "ru", "published", "Опубликовано.", ("Опубликовано: 20.10.2020",)
    ),
    LabelRule(
        "label-published-ja",
        "ja",
        "published",
        "公開 / 配信 / 掲載 before or after.",
        ("公開日：2019/04/11 22:22", "2019/04/11 22:22配信", "配信 2019年3月1日 13時16分"),
        ("更新 2019/04/11 22:22",),
    ),
    LabelRule(
        "label-modified-ja",
        "ja",
        "modified",
        "更新 / 最終更新.",
        ("最終更新：2019年3月1日", "更新 2019/04/11 22:22"),
    ),
    LabelRule(
        "label-published-zh",
        "zh",
        "published",
        "发布时间 / 發布時間 / 时间:.",
        ("发布时间：2020-10-20 09:24", "發布時間：2020/10/20 09:24", "时间：2019年06月15日08:18"),
        ("更新时间：2020-10-20 09:24",),
    ),
    LabelRule("label-modified-zh", "zh", "modified", "更新时间.", ("更新时间：2020-10-20 09:24",)),
)


@dataclass(frozen=True, slots=True)
class ZoneExample:
    """An offset decision: ``text`` parsed with ``lang``/``tz`` gives ``expected``."""

    id: str
    lang: str
    note: str
    text: str
    tz: str | None
    expected: str


ZONE_EXAMPLES: tuple[ZoneExample, ...] = (
    ZoneExample(
        "zone-printed-kst",
        "*",
        "A printed zone name wins.",
        "2020-10-20 09:24 KST",
        None,
        "2020-10-20T09:24:00+09:00",
    ),
    ZoneExample(
        "zone-printed-offset",
        "*",
        "A printed numeric offset wins over tz=.",
        "2020-10-20T09:24:27+0200",
        "+09:00",
        "2020-10-20T09:24:27+02:00",
    ),
    ZoneExample(
        "zone-printed-et",
        "en",
        "ET follows US daylight time.",
        "Oct. 20, 2020 3:24 PM ET",
        None,
        "2020-10-20T15:24:00-04:00",
    ),
    ZoneExample(
        "zone-printed-et-winter",
        "en",
        "ET in winter is -05:00.",
        "Jan. 20, 2021 3:24 PM ET",
        None,
        "2021-01-20T15:24:00-05:00",
    ),
    ZoneExample(
        "zone-printed-gmt-plus",
        "*",
        "GMT+9 style offsets.",
        "2020-10-20 09:24 (GMT+9)",
        None,
        "2020-10-20T09:24:00+09:00",
    ),
    ZoneExample(
        "zone-arg-fixed",
        "*",
        "tz= as a fixed offset.",
        "20.10.2020 09:24",
        "+02:00",
        "2020-10-20T09:24:00+02:00",
    ),
    ZoneExample(
        "zone-arg-iana",
        "de",
        "tz= as an IANA name follows its DST rules.",
        "20.01.2020 09:24",
        "Europe/Berlin",
        "2020-01-20T09:24:00+01:00",
    ),
    ZoneExample(
        "zone-lang-ko",
        "ko",
        "Korean pages are +09:00.",
        "입력 2020.10.20 09:24",
        None,
        "2020-10-20T09:24:00+09:00",
    ),
    ZoneExample(
        "zone-lang-ja",
        "ja",
        "Japanese pages are +09:00.",
        "2019年3月1日 13時16分",
        None,
        "2019-03-01T13:16:00+09:00",
    ),
    ZoneExample(
        "zone-lang-zh",
        "zh",
        "Chinese pages are +08:00 (CN, TW, HK, SG alike).",
        "2019年06月15日08:18",
        None,
        "2019-06-15T08:18:00+08:00",
    ),
    ZoneExample(
        "zone-lang-zh-cst",
        "zh",
        "CST on a Chinese page is China Standard Time.",
        "2019-06-15 08:18 CST",
        None,
        "2019-06-15T08:18:00+08:00",
    ),
    ZoneExample(
        "zone-lang-de-none",
        "de",
        "German implies no offset (DST, several states).",
        "20.10.2020 09:24",
        None,
        "2020-10-20T09:24:00",
    ),
    ZoneExample(
        "zone-date-only",
        "ko",
        "A date without a time carries no offset.",
        "2020.10.20",
        None,
        "2020-10-20",
    ),
)
