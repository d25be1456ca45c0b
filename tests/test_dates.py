"""Behaviour of newsparse.dates beyond the rule-table examples: spans, kinds, zones, and the
page-level publication-date picker on small invented pages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.dates import (
    DateHit,
    DateKind,
    body_start,
    find_dates,
    page_day_first,
    parse_date,
    pick_published,
)

PROSE = (
    "The council voted on Tuesday to approve the new budget, which includes money for schools, "
    "roads and the harbour, after a debate that lasted most of the afternoon."
)
PROSE_DE = (
    "Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen, der Geld für Schulen, "
    "Straßen und den Hafen vorsieht, nach einer Debatte, die fast den ganzen Nachmittag dauerte."
)


def test_span_covers_date_and_time_but_not_label() -> None:
    text = "입력 2020.10.20 09:24 수정 2020.10.21 10:00"
    first, second = find_dates(text, lang="ko")
    assert text[first.start : first.end] == "2020.10.20 09:24"
    assert first.kind is DateKind.PUBLISHED and second.kind is DateKind.MODIFIED
    assert first.has_time and first.iso == "2020-10-20T09:24:00+09:00"
    assert second.iso == "2020-10-21T10:00:00+09:00"


def test_date_without_time_stays_a_date() -> None:
    hit = parse_date("Veröffentlicht am 20. Oktober 2020", lang="de", tz="Europe/Berlin")
    assert hit == DateHit("2020-10-20", DateKind.PUBLISHED, 18, 34, False)


def test_time_printed_before_the_date_is_read() -> None:
    text = "Updated 3:24 PM EDT, Tue October 20, 2020"
    hit = parse_date(text, lang="en")
    assert hit is not None
    assert hit.iso == "2020-10-20T15:24:00-04:00"
    assert hit.kind is DateKind.MODIFIED
    assert text[hit.start :].startswith("3:24 PM")


def test_unlabelled_date() -> None:
    hit = parse_date("Tuesday, 20 October 2020", lang="en")
    assert hit is not None and hit.kind is None and hit.iso == "2020-10-20"


def test_no_date_in_plain_numbers() -> None:
    for text in ("Call 030 1234 5678", "Score 3:2 after 90 minutes", "Version 2.10.3", "", "12/13"):
        assert find_dates(text) == ()


def test_invalid_calendar_dates_are_skipped() -> None:
    assert find_dates("2021-02-30") == ()
    assert find_dates("31.04.2021") == ()
    assert find_dates("25:99 20.10.2020")[0].has_time is False


def test_hanja_weekday_and_twelve_hour_clock() -> None:
    hit = parse_date("2018.08.24(金) 오후 06:36", lang="ko")
    assert hit is not None and hit.iso == "2018-08-24T18:36:00+09:00"


def test_korean_noon_and_midnight() -> None:
    assert parse_date("2020.10.20 오후 12:30", lang="ko").iso == "2020-10-20T12:30:00+09:00"  # type: ignore[union-attr]
    assert parse_date("2020.10.20 오전 12:30", lang="ko").iso == "2020-10-20T00:30:00+09:00"  # type: ignore[union-attr]


def test_slash_order_follows_language_and_argument() -> None:
    assert parse_date("02/11/2023", lang="en").iso == "2023-02-11"  # type: ignore[union-attr]
    assert parse_date("02/11/2023", lang="fr").iso == "2023-11-02"  # type: ignore[union-attr]
    assert parse_date("02/11/2023", lang="en", day_first=True).iso == "2023-11-02"  # type: ignore[union-attr]


def test_tz_argument_unknown_name_gives_no_offset() -> None:
    hit = parse_date("20.10.2020 09:24", tz="Mars/Olympus")
    assert hit is not None and hit.iso == "2020-10-20T09:24:00"


def test_page_day_first_from_unambiguous_dates() -> None:
    assert page_day_first(["Posted 25/10/2020", "02/11/2023"]) is True
    assert page_day_first(["Nov 3, 2023 and Oct 2, 2023"]) is False
    assert page_day_first(["nothing here"]) is None


def test_body_start_finds_first_run_of_prose() -> None:
    lines = ["Home", "News", "A title", PROSE, "", PROSE, "Footer"]
    assert body_start(lines) == 3
    assert body_start(["Home", "News"]) is None


def test_pick_prefers_labelled_published() -> None:
    lines = [
        "Mittwoch, 9. Februar 2022",  # the site's "today"
        "Startseite",
        "Neuer Haushalt beschlossen",
        "Veröffentlicht am 7. Februar 2022",
        "Aktualisiert am 8. Februar 2022",
        PROSE_DE,
        PROSE_DE,
    ]
    hit = pick_published(lines, lang="de")
    assert hit is not None and hit.iso == "2022-02-07" and hit.kind is DateKind.PUBLISHED


def test_pick_skips_todays_header_for_the_head_date() -> None:
    lines = [
        "Mittwoch, 9. Februar 2022",
        *["Menüpunkt"] * 30,
        "Neuer Haushalt beschlossen",
        "8. Februar 2022",
        PROSE_DE,
        PROSE_DE,
        "Weitere Artikel",
        "• 9. Februar 2022",
        "• 9. Februar 2022",
    ]
    hit = pick_published(lines, lang="de")
    assert hit is not None and hit.iso == "2022-02-08"


def test_pick_ignores_labels_of_related_list_items() -> None:
    lines = [
        "Bosch | 26.01.2022",
        PROSE_DE,
        PROSE_DE,
        "• Ein anderer Artikel über Werkzeuge und Akkus im Test veröffentlicht am Januar 20, 2022",
    ]
    hit = pick_published(lines, lang="de")
    assert hit is not None and hit.iso == "2022-01-26"


def test_pick_label_on_its_own_line() -> None:
    lines = ["Published:", "20 October 2020", PROSE, PROSE]
    hit = pick_published(lines, lang="en")
    assert hit is not None and hit.kind is DateKind.PUBLISHED and hit.iso == "2020-10-20"


def test_pick_modified_only_page() -> None:
    lines = ["A title", "Zuletzt geändert am 06.11.2023", PROSE_DE, PROSE_DE]
    hit = pick_published(lines, lang="de")
    assert hit is not None and hit.iso == "2023-11-06" and hit.kind is DateKind.MODIFIED


def test_pick_skips_expiry_dates() -> None:
    lines = ["Video verfügbar bis 28.02.2021", PROSE_DE, PROSE_DE]
    assert pick_published(lines, lang="de") is None


def test_pick_prefers_the_precise_copy_of_the_same_moment() -> None:
    lines = ["입력 2023.04.07 (08:26) 수정 2023.04.07 (08:26)", "본문", "입력 2023-04-07 08:26:22"]
    hit = pick_published(lines, lang="ko")
    assert hit is not None and hit.iso == "2023-04-07T08:26:22+09:00"


def test_pick_on_empty_page() -> None:
    assert pick_published([]) is None
    assert pick_published(["no dates at all"]) is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_find_dates_never_raises_and_spans_are_inside(text: str) -> None:
    for hit in find_dates(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert len(hit.iso) in (10, 19, 25)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet="0123456789./-: 년월일年月日입력Published", max_size=40), max_size=20)
)
def test_pick_never_raises(lines: list[str]) -> None:
    hit = pick_published(lines, lang="ko")
    assert hit is None or hit.iso[:4].isdigit()


def test_month_names_printed_in_capitals_are_read() -> None:
    """Turkish capitals lower-case to another spelling (KASIM → kasim, not kasım)."""
    from newsparse.dates import find_dates as _find

    assert [h.iso for h in _find("12 KASIM 2020", lang="tr")] == ["2020-11-12"]
    assert [h.iso for h in _find("3 ŞUBAT 2021", lang="tr")] == ["2021-02-03"]
    assert [h.iso for h in _find("12 MÄRZ 2020", lang="de")] == ["2020-03-12"]
