"""Property tests: extraction never raises, never invents text, and formats round-trip."""

from __future__ import annotations

import csv
import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import extract
from newsparse.render import to_csv, to_json, to_jsonl

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that look like a news page: prose, menus, bullets, bylines, dates, credits, counters.
PAGE_LINES = st.sampled_from(
    [
        "",
        "  • 홈",
        "기사 메일전송",
        "관악구가 새 채널을 열었다고 20일 밝혔다.",
        "정부는 오늘 새로운 대책을 발표했습니다. 시민들의 반응은 엇갈렸습니다.",
        "  • 이유진 기자",
        "  • 등록 2020-10-20 09:24:27",
        "The council approved the plan on Monday, and the mayor said it would start soon.",
        "By Jane Doe",
        "Share this article",
        " 1. 많이 본 뉴스",
        "0",
        "… 모습이다. (사진=관악구)관악구가 밝혔다.",
        "Copyright © 2020 Example. All rights reserved.",
        "[image]",
    ]
)
PAGES = st.lists(st.one_of(PAGE_LINES, st.text(max_size=80)), max_size=60).map("\n".join)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@SETTINGS
@given(st.text(max_size=3000))
def test_never_raises_on_any_text(text: str) -> None:
    article = extract(text)
    json.loads(to_json(article))


@SETTINGS
@given(st.binary(max_size=3000))
def test_never_raises_on_any_bytes_and_output_is_utf8(data: bytes) -> None:
    article = extract(data)
    to_jsonl(article).encode("utf-8")  # no lone surrogates


@SETTINGS
@given(PAGES)
def test_nothing_invented(page: str) -> None:
    """Every output string is in the input (whitespace aside)."""
    article = extract(page)
    haystack = _squash(page)
    strings = [article.title or "", *article.subtitles, *article.body]
    strings += [c.text for c in article.captions] + [c.credit or "" for c in article.captions]
    strings += [a.name for a in article.authors] + [a.email or "" for a in article.authors]
    strings += [d.text for d in article.boilerplate]
    for text in strings:
        assert _squash(text) in haystack, text


@SETTINGS
@given(PAGES)
def test_every_line_gets_one_decision(page: str) -> None:
    article = extract(page)
    lines = [n for n, line in enumerate(page.splitlines(), 1) if line.strip()]
    decided = [d.block.line for d in article.decisions]
    # wrapped lines are joined into one block: decisions cover a subsequence of the lines
    assert decided == sorted(set(decided))
    assert set(decided) <= set(lines)
    assert len(article.boilerplate) == sum(d.label == "boilerplate" for d in article.decisions)


@SETTINGS
@given(PAGES)
def test_formats_round_trip(page: str) -> None:
    article = extract(page, source="p.txt")
    as_json = json.loads(to_json(article))
    assert as_json == json.loads(to_jsonl(article))
    assert as_json["body"] == list(article.body)
    rows = list(csv.DictReader(io.StringIO(to_csv([article]))))
    assert len(rows) == 1
    assert rows[0]["title"] == (article.title or "")
    assert rows[0]["body"] == "\n\n".join(article.body)
