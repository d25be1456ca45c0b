"""HTML → blocks: what is dropped, how text breaks, what each block carries; the hint table's
examples; bytes → text per the HTML standard's order."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

import pytest

from newsparse import extract
from newsparse.html import (
    LIST_MARKER,
    MAIN_HINT,
    declared_encoding,
    decode_html_bytes,
    html_blocks,
    parse,
    parse_tree,
    tree_blocks,
)
from newsparse.model import Label
from newsparse.rules.html_hints import (
    HINTS,
    TAG_HINTS,
    hint_decision,
    match_hints,
    sub_words,
    word_hint,
)


def texts(html: str) -> list[str]:
    return [b.text for b in html_blocks(html)]


# --- what never reaches a block ----------------------------------------------------------------


def test_invisible_content_is_dropped() -> None:
    html = """<html><head><title>T</title><style>p{}</style></head><body>
    <script>var x = "script text";</script><noscript>enable js</noscript>
    <template><p>template text</p></template><!-- a comment -->
    <p>visible</p><svg><text>svg label</text></svg></body></html>"""
    assert texts(html) == ["visible"]


@pytest.mark.parametrize(
    "hidden",
    [
        "<p hidden>gone</p>",
        '<p aria-hidden="true">gone</p>',
        '<div style="color:red; display : none">gone</div>',
        '<div style="visibility:hidden">gone</div>',
        '<div aria-hidden="TRUE"><p>gone</p></div>',
    ],
)
def test_hidden_elements_are_dropped(hidden: str) -> None:
    assert texts(f"<body><p>kept</p>{hidden}</body>") == ["kept"]


def test_aria_hidden_false_is_kept() -> None:
    assert texts('<p aria-hidden="false">kept</p>') == ["kept"]


# --- breaks, whitespace, entities ----------------------------------------------------------------


def test_block_elements_and_br_break_inline_elements_do_not() -> None:
    html = (
        "<div>lead text<p>one <b>bold</b> <a href=x>link</a>.</p>tail<br>after br"
        "<h2>Heading</h2><ul><li>item</li></ul></div>"
    )
    assert texts(html) == ["lead text", "one bold link.", "tail", "after br", "Heading", "item"]


def test_whitespace_collapses_and_entities_decode() -> None:
    html = "<p>  a&amp;b&nbsp;&nbsp;c\n\n\t d &lt;e&gt; &#8220;q&#8221;  </p>"
    # HTML white space collapses; U+00A0 stays (a text dump keeps it too)
    assert texts(html) == ["a&b\xa0\xa0c d <e> “q”"]
    assert texts("<p>&nbsp;</p><p>\u200bx\ufeff</p>") == ["x"]


def test_inline_pieces_join_without_invented_spaces() -> None:
    assert texts("<p>Wash<b>ing</b>ton</p>") == ["Washington"]


def test_block_fields() -> None:
    blocks = html_blocks("<h1>Title</h1><p>Body <a href=/x>link text</a></p>")
    assert [(b.index, b.line, b.tag) for b in blocks] == [(0, 1, "h1"), (1, 2, "p")]
    assert blocks[0].link_density == 0.0
    assert blocks[1].link_density == pytest.approx(9 / 13)  # "link text" of "Body" + "link text"


def test_list_markers() -> None:
    html = (
        "<ul><li>a</li><li><p>b1</p><p>b2</p></li></ul>"
        "<ol start=3><li>c</li><li>d</li></ol><p>after</p>"
    )
    blocks = html_blocks(html)
    assert [(b.text, b.bullet) for b in blocks] == [
        ("a", LIST_MARKER),
        ("b1", LIST_MARKER),
        ("b2", ""),
        ("c", "3."),
        ("d", "4."),
        ("after", ""),
    ]


def test_empty_list_item_does_not_leak_its_bullet() -> None:
    blocks = html_blocks("<ul><li></li></ul><p>after</p>")
    assert [(b.text, b.bullet) for b in blocks] == [("after", "")]


# --- hints and structure -----------------------------------------------------------------------


def test_hints_come_from_element_and_ancestors_innermost_last() -> None:
    html = """<body class="has-sidebar">
    <div class="article-body"><p>Prose sentence that is long enough to be the article text,
    with more words here and there to pass the prose threshold comfortably.</p>
    <div class="related-links"><ul><li><a href=/a>Other story</a></li></ul></div></div>
    <nav><a href=/>Home</a></nav><footer><p>Contact us</p></footer></body>"""
    by_text = {b.text.split()[0]: b for b in html_blocks(html)}
    assert by_text["Prose"].hints == (MAIN_HINT, "article-body")
    assert by_text["Other"].hints[-1] == "related"
    assert by_text["Home"].hints == ("nav",)
    assert by_text["Contact"].hints == ("footer",)
    # the <body> element's own classes are never read
    assert all("sidebar" not in b.hints for b in by_text.values())


def test_main_container_is_the_prose_not_the_comments() -> None:
    prose = "This is a sentence of the article, long enough to count as prose for sure. "
    comment = "I disagree with this article strongly and here is my long opinion about it. "
    html = (
        f"<div id=story>{''.join(f'<p>{prose}</p>' for _ in range(5))}</div>"
        f"<div class=comments>{''.join(f'<p>{comment}</p>' for _ in range(6))}</div>"
    )
    blocks = html_blocks(html)
    main = [b for b in blocks if MAIN_HINT in b.hints]
    assert [b.text for b in main] == [prose.strip()] * 5


def test_declared_article_body_picks_the_container() -> None:
    one = "Breaking: the minister resigned on Tuesday."
    two = "Elections are expected within three months."
    footer = (
        "Our customer service centre answers every question about subscriptions, delivery "
        "and billing, seven days a week, by phone or by mail, in three languages."
    )
    html = f"""<html><head><script type="application/ld+json">
    {{"@type": "NewsArticle", "headline": "H", "articleBody": "{one} {two}"}}</script></head>
    <body><div class="x1"><div>{one}<div></div>{two}</div></div><div class="x2">
    <div>{footer}</div><div>{footer}</div></div></body></html>"""
    page = parse(html)
    main = [b.text for b in page.blocks if MAIN_HINT in b.hints]
    assert main == [one, two]
    assert page.meta.article_body == f"{one} {two}"


def test_a_one_block_declared_body_is_not_trusted_alone() -> None:
    lead = "The formation of galaxies is a complex dance between matter and energy, friends."
    more = "Scientists have now simulated it in more detail than ever before, they said. "
    html = f"""<html><head><script type="application/ld+json">
    {{"@type": "NewsArticle", "articleBody": "{lead}"}}</script></head><body>
    <div id=a><p>{lead}</p>{"".join(f"<p>{more}</p>" for _ in range(5))}</div></body></html>"""
    main = [b.text for b in parse(html).blocks if MAIN_HINT in b.hints]
    assert len(main) == 6


# --- robustness --------------------------------------------------------------------------------


def test_deeply_nested_tables_do_not_exhaust_the_stack() -> None:
    depth = 20_000
    html = "<table><tr><td>" * depth + "deep text" + "</td></tr></table>" * depth
    assert texts(html) == ["deep text"]


def test_deeply_nested_inline_elements() -> None:
    depth = 50_000
    assert texts("<p>" + "<span class=x>" * depth + "in" + "</span>" * depth) == ["in"]


def test_walk_handles_deep_nesting_without_recursion() -> None:
    # Deterministic stand-in for a timing check (speed belongs in benchmarks/, not tests): the
    # walk must not recurse, so a recursion limit far below the depth cannot stop it.
    html = "<div class='a-b'>" * 16_000 + "<p>x</p>" + "</div>" * 16_000
    tree = parse_tree(html)
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 150)  # far below the 16,000 levels of the page
    try:
        blocks = tree_blocks(tree)
    finally:
        sys.setrecursionlimit(limit)
    assert [b.text for b in blocks] == ["x"]


def test_unclosed_and_garbage_markup() -> None:
    html = "<div><p>one<p>two<li>three</div></span><b><i>four</b></i><<>>\x00\ufffd<p"
    assert texts(html)[:3] == ["one", "two", "three"]


def test_empty_inputs() -> None:
    assert html_blocks("") == ()
    assert html_blocks("<html></html>") == ()
    assert parse("").blocks == ()


# --- the hint table ----------------------------------------------------------------------------


def test_hint_ids_are_unique_and_every_hint_has_examples() -> None:
    ids = [h.id for h in HINTS]
    assert len(ids) == len(set(ids))
    assert MAIN_HINT not in ids
    for hint in HINTS:
        assert hint.examples and hint.note and hint.words


@pytest.mark.parametrize(
    ("hint_id", "value"), [(h.id, e) for h in HINTS for e in h.examples], ids=str
)
def test_hint_examples_match(hint_id: str, value: str) -> None:
    assert hint_id in match_hints(value)


@pytest.mark.parametrize(
    ("hint_id", "value"), [(h.id, e) for h in HINTS for e in h.counterexamples], ids=str
)
def test_hint_counterexamples_do_not_match(hint_id: str, value: str) -> None:
    assert hint_id not in match_hints(value)


def test_tag_hints_name_real_hints() -> None:
    for word in TAG_HINTS.values():
        assert word_hint(word)


def test_sub_words() -> None:
    assert sub_words("story-body__inner") == ["story", "body", "inner"]
    assert sub_words("articleBody") == ["article", "body"]
    assert sub_words("div-gpt-ad-123") == ["div", "gpt", "ad"]


def test_the_word_that_ends_last_wins() -> None:
    assert word_hint("social-share") == "share"
    assert word_hint("entry-content-read-more") == "related"
    assert word_hint("comment-author") == "comment"
    assert word_hint("author-bio") == ""
    assert word_hint("tag-brexit") == ""  # a CMS taxonomy class


def test_content_hints_come_last_within_an_element() -> None:
    assert match_hints("entry-content entry-content-read-more") == ("related", "article-body")


def test_hint_decision_takes_the_innermost() -> None:
    assert hint_decision(("article-body", "related")) == (
        Label.BOILERPLATE,
        HINTS[[h.id for h in HINTS].index("related")].reason,
    )
    assert hint_decision((MAIN_HINT, "nav", "article-body"))[0] is Label.BODY  # type: ignore[index]
    assert hint_decision((MAIN_HINT,)) is None


# --- bytes → text ------------------------------------------------------------------------------

KOREAN = "관악구가 구민 맞춤형 정보를 제공한다. 똠방각하"  # 똠 is CP949-only (not in EUC-KR)


def test_bom_wins_over_a_declaration() -> None:
    data = codecs.BOM_UTF8 + '<meta charset="euc-kr"><p>한국</p>'.encode()
    assert decode_html_bytes(data) == ('<meta charset="euc-kr"><p>한국</p>', "utf-8")
    data16 = codecs.BOM_UTF16_LE + "<p>한국</p>".encode("utf-16-le")
    assert decode_html_bytes(data16) == ("<p>한국</p>", "utf-16-le")


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="euc-kr">',
        "<meta charset=EUC-KR>",
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">',
        "<meta content='text/html;charset=ks_c_5601-1987' http-equiv='content-type'>",
    ],
)
def test_euc_kr_declarations_decode_as_cp949(head: str) -> None:
    data = f"<html><head>{head}</head><body><p>{KOREAN}</p></body></html>".encode("cp949")
    text, codec = decode_html_bytes(data)
    assert codec == "cp949"
    assert KOREAN in text


def test_declaration_after_1024_bytes_is_not_seen() -> None:
    data = b"<!--" + b"x" * 1100 + b'--><meta charset="euc-kr">'
    assert declared_encoding(data) is None


def test_declaration_inside_a_comment_is_ignored() -> None:
    assert declared_encoding(b'<!-- <meta charset="koi8-r"> --><meta charset=utf-8>') == "utf-8"


def test_undeclared_korean_is_detected() -> None:
    body = f"<html><body><p>{KOREAN}</p>" + f"<p>{KOREAN} 기자 입력 2020.10.20</p>" * 20
    text, codec = decode_html_bytes(body.encode("cp949"))
    assert KOREAN in text
    assert codec in ("cp949", "euc_kr")


def test_undeclared_utf8_and_mislabelled_latin1() -> None:
    assert decode_html_bytes("<p>café</p>".encode()) == ("<p>café</p>", "utf-8")
    data = '<meta charset="iso-8859-1"><p>café</p>'.encode()
    assert decode_html_bytes(data)[0].endswith("café</p>")
    latin = '<meta charset="iso-8859-1"><p>café</p>'.encode("latin-1")
    assert decode_html_bytes(latin) == ('<meta charset="iso-8859-1"><p>café</p>', "cp1252")


def test_unknown_or_binary_declarations_are_ignored() -> None:
    assert declared_encoding(b'<meta charset="rot13">') is None
    assert declared_encoding(b'<meta charset="no-such-codec">') is None
    assert declared_encoding(b'<meta charset="utf-16">') == "utf-8"


def test_garbage_bytes_never_raise() -> None:
    data = bytes(range(256)) * 50 + b'<meta charset="utf-8">' + b"\xff\xfe\x00"
    text, _ = decode_html_bytes(data)
    text.encode("utf-8")


# --- the seed page as HTML ---------------------------------------------------------------------

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ab3c05e08b905fd2"
SEED_HTML = SEED.with_name(SEED.name + "_html") / "input.html"
SAME_FIELDS = (
    "title",
    "subtitles",
    "authors",
    "published",
    "modified",
    "language",
    "body",
    "captions",
    "dateline",
)


def test_seed_html_gives_the_same_record_as_its_text_dump() -> None:
    text = extract((SEED / "input.txt").read_bytes())
    html = extract(SEED_HTML.read_bytes())
    assert text.input_format == "text" and html.input_format == "html"
    for name in SAME_FIELDS:
        assert getattr(html, name) == getattr(text, name), name
    assert len(html.body) == 10 and html.captions[0].credit == "관악구"
    # what only the HTML declares
    assert html.site_name == "구민일보"
    dropped = {d.text: d.reason for d in html.boilerplate}
    assert "기사 메일전송" in dropped and "모바일 버전 바로가기" in dropped


def test_bytes_parse_like_their_decoded_text() -> None:
    page = '<meta charset="utf-8"><p>한국어 문장입니다.</p><p>café\x00</p>'
    for data in (
        page.encode(),
        codecs.BOM_UTF8 + page.encode(),
        page.replace("utf-8", "euc-kr").replace("café", "cafe").encode("cp949"),
    ):
        text = decode_html_bytes(data)[0]
        assert [b.text for b in parse(data).blocks] == [b.text for b in parse(text).blocks]
    assert texts(page)[1] == "café\ufffd"


def test_an_empty_article_or_main_does_not_leave_the_page_inside_an_article() -> None:
    """A chrome list after an empty <main> is still collapsed into one block (inside an
    article, lists are the article's own and stay item by item)."""
    from newsparse.html import parse as parse_page

    tail = (
        "<p>Some article text that is long enough to count as prose here.</p>"
        "<ul class='site-footer-links'><li>About us</li><li>Contact</li></ul>"
    )
    for empty in ("", "<main></main>", "<article></article>", "<main> </main>"):
        blocks = parse_page(f"<html><body>{empty}{tail}</body></html>").blocks
        assert [b.text for b in blocks][-1] == "About us Contact", empty
