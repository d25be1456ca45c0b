"""Behaviour of newsparse.bylines beyond the rule-table examples: spans, whole-line judgement,
photographers, datelines as suffixes, and the page-level author picker. Names are invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.bylines import find_byline, pick_authors, strip_dateline
from newsparse.model import Author, Dateline


def test_span_and_whole_line() -> None:
    text = "  • 이유진 기자 lee@example.com"
    hit = find_byline(text, lang="ko")
    assert hit is not None
    assert hit.whole_line
    assert text[hit.start : hit.end].startswith("이유진 기자")
    assert hit.authors == (Author("이유진", "기자", "lee@example.com"),)


def test_byline_glued_to_last_sentence_is_not_whole_line() -> None:
    hit = find_byline("그렇게 될 것으로 보인다. 양홍주 기자", lang="ko")
    assert hit is not None and not hit.whole_line
    assert hit.authors[0].name == "양홍주"


def test_byline_with_dates_is_whole_line() -> None:
    hit = find_byline("홍길동 기자 | 입력 2020.10.20 09:24 | 수정 2020.10.21 10:00", lang="ko")
    assert hit is not None and hit.whole_line


def test_photographer_in_caption_is_not_author() -> None:
    caption = "시민들이 거리를 걷고 있다. 2020.10.20. 홍길동 기자 photo@example.com"
    assert find_byline(caption, lang="ko") is None
    assert find_byline("Photo: Jane Doe / Reuters", lang="en") is None


def test_latin_byline_span_and_tail() -> None:
    text = "By Jane Doe and John Roe | Oct. 20, 2020"
    hit = find_byline(text, lang="en")
    assert hit is not None and hit.whole_line
    assert text[hit.start : hit.end] == "By Jane Doe and John Roe"


def test_latin_byline_in_long_prose_line_is_not_whole_line() -> None:
    text = (
        "By Jane Doe. The council voted on Tuesday to approve the budget. It includes money for "
        "schools and roads. Critics said it was too small."
    )
    hit = find_byline(text, lang="en")
    assert hit is not None and not hit.whole_line


def test_desk_role() -> None:
    hit = find_byline("By Reuters Staff", lang="en")
    assert hit is not None and hit.authors == (Author("Reuters Staff", "desk", None),)


def test_language_order_does_not_hide_other_forms() -> None:
    # an English byline on a page detected as Korean still counts
    hit = find_byline("By Jane Doe", lang="ko")
    assert hit is not None and hit.authors[0].name == "Jane Doe"


def test_strip_dateline_returns_suffix() -> None:
    text = "(서울=연합뉴스) 홍길동 기자 = 정부는 20일 발표했다."
    dateline, authors, rest = strip_dateline(text, lang="ko")
    assert dateline == Dateline("서울", "연합뉴스")
    assert authors == (Author("홍길동", "기자", None),)
    assert rest == "정부는 20일 발표했다."
    assert text.endswith(rest)


def test_strip_dateline_leaves_photo_credit() -> None:
    text = "(사진=연합뉴스) 관악구가 행사를 열었다."
    assert strip_dateline(text, lang="ko") == (None, (), text)


def test_pick_authors_first_whole_line_run() -> None:
    lines = [
        "많이 본 뉴스",
        "기자회견 열려",
        "홍길동 기자",
        "이영희 기자",
        "정부는 20일 새 정책을 발표했다고 밝혔다. 정책은 내년부터 시행된다.",
        "김철수 기자의 다른기사",
    ]
    authors = pick_authors(lines, lang="ko")
    assert [a.name for a in authors] == ["홍길동", "이영희"]


def test_pick_authors_from_wire_dateline() -> None:
    lines = ["제목", "(서울=연합뉴스) 홍길동 기자 = 정부는 20일 발표했다."]
    assert [a.name for a in pick_authors(lines, lang="ko")] == ["홍길동"]


def test_pick_authors_desk_only_when_no_person() -> None:
    assert pick_authors(["(SBS 디지털뉴스편집부)"], lang="ko") == (
        Author("SBS 디지털뉴스편집부", "desk", None),
    )
    assert pick_authors(["[디지털뉴스부]", "By Jane Doe"], lang="en")[0].name == "Jane Doe"
    assert pick_authors([], lang="ko") == ()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_find_byline_never_raises(text: str) -> None:
    hit = find_byline(text)
    if hit is not None:
        assert 0 <= hit.start < hit.end <= len(text)
        assert all(a.name for a in hit.authors)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("(서울=연합뉴스)[]【】 홍길동기자=本报讯（记者张三）SEOUL(AP)—-ab")
        ),
        max_size=60,
    )
)
def test_strip_dateline_rest_is_a_suffix(text: str) -> None:
    _dateline, _authors, rest = strip_dateline(text)
    assert text.endswith(rest)


def test_pick_authors_prefix_alone_on_its_line() -> None:
    lines = ["A headline", "By", "Jane Doe", "Oct. 20, 2020", "The council voted on Tuesday."]
    assert [a.name for a in pick_authors(lines, lang="en")] == ["Jane Doe"]


def test_span_after_a_long_sentence() -> None:
    text = "가" * 100 + " 그렇게 보인다. 매일뉴스 홍길동 기자"
    hit = find_byline(text, lang="ko")
    assert hit is not None and not hit.whole_line
    assert text[hit.start : hit.end] == "매일뉴스 홍길동 기자"


def test_pick_authors_fills_email_from_the_author_box() -> None:
    lines = [
        "홍길동 기자입니다.",
        "정부는 20일 새 정책을 발표했다고 밝혔다.",
        "기자 정보",
        "홍길동 기자 hong@example.com",
    ]
    assert pick_authors(lines, lang="ko") == (Author("홍길동", "기자", "hong@example.com"),)
