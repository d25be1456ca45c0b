"""The seed page, field by field, as issue 2 states it (independent of the golden files)."""

from __future__ import annotations

from newsparse import Label, Reason, extract

from .conftest import SEED_TEXT


def test_seed_fields() -> None:
    article = extract(SEED_TEXT.read_bytes(), source="seed.txt")
    assert article.title == "관악구, 카카오톡 채널 수 4700명 훌쩍 넘어···코로나19 등 생활 정보 제공"
    assert article.subtitles == ("구민생활과 밀접한 일자리·복지 정보 등···코로나19 정보까지 발송",)
    assert [(a.name, a.role) for a in article.authors] == [("이유진", "기자")]
    assert article.published == "2020-10-20T09:24:27+09:00"
    assert article.language == "ko"
    assert len(article.body) == 10
    assert article.body[0].startswith("관악구가 구민 맞춤형 소식 전달과")
    assert article.body[0].endswith("20일 밝혔다.")
    assert article.body[-1].startswith("박준희 관악구청장은")
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.credit == "관악구"
    assert caption.text.endswith("큰 호응을 얻고 있다.")
    assert "(사진=" not in " ".join(article.body)


def test_seed_boilerplate_has_every_other_line() -> None:
    article = extract(SEED_TEXT.read_bytes())
    dropped = {d.text: d.reason for d in article.boilerplate}
    for text in (
        "기사 메일전송",
        "기사수정",
        "0",
        "목록 바로가기",
        "인쇄",
        "HOT ISSUE더보기",
        "많이 본 뉴스더보기",
        "모바일 버전 바로가기",
        "국민신문고",
        "서초구",
    ):
        assert text in dropped, text
    assert dropped["기사 메일전송"] is Reason.SHARE
    assert dropped["0"] is Reason.COUNTER
    assert dropped["많이 본 뉴스더보기"] is Reason.LIST_HEADER
    most_read = [d for d in article.boilerplate if d.reason is Reason.LIST_ITEM]
    assert len(most_read) == 7
    # every non-blank input line has exactly one decision
    lines = [n for n, line in enumerate(SEED_TEXT.read_text().splitlines(), 1) if line.strip()]
    assert [d.block.line for d in article.decisions] == lines
    kept = {Label.TITLE, Label.SUBTITLE, Label.BYLINE, Label.DATE, Label.BODY, Label.CAPTION}
    assert sum(d.label in kept for d in article.decisions) == 14
