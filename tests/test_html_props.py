"""Property tests: random tag soup and random bytes never make the HTML stage raise, and what it
returns is well-formed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import extract
from newsparse.html import decode_html_bytes, html_blocks, parse
from newsparse.meta import page_meta

TAGS = [
    "p",
    "div",
    "span",
    "a",
    "table",
    "tr",
    "td",
    "li",
    "ul",
    "ol",
    "br",
    "script",
    "style",
    "h1",
    "b",
    "figure",
    "figcaption",
    "nav",
    "footer",
    "template",
    "noscript",
    "svg",
    "pre",
]
ATTRS = [
    'class="article-body"',
    'class="nav share"',
    "hidden",
    'aria-hidden="true"',
    'style="display:none"',
    'id="comments"',
    'itemprop="articleBody"',
    'start="x"',
    'class="tag-x related-y"',
    'role="navigation"',
    "",
]

piece = st.one_of(
    st.builds(lambda t, a: f"<{t} {a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.text(max_size=30),
    st.sampled_from(
        [
            "&amp;",
            "&nbsp;",
            "&#xZZ;",
            "<!--",
            "-->",
            "<",
            ">",
            "\x00",
            "<![CDATA[",
            '<script type="application/ld+json">{"@type":"NewsArticle",',
            "\ufeff",
        ]
    ),
)
soup = st.lists(piece, max_size=60).map("".join)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(soup)
def test_tag_soup_never_raises_and_blocks_are_well_formed(html: str) -> None:
    blocks = html_blocks(html)
    for i, block in enumerate(blocks):
        assert block.index == i and block.line == i + 1
        assert block.text and block.text == block.text.strip()
        assert "  " not in block.text
        assert 0.0 <= block.link_density <= 1.0
        block.text.encode("utf-8", "surrogatepass")


@SETTINGS
@given(soup)
def test_tag_soup_meta_never_raises(html: str) -> None:
    meta = page_meta(html)
    assert meta.title is None or meta.title.strip()
    page = parse(html)
    assert page.meta == meta


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_decode(data: bytes) -> None:
    text, codec = decode_html_bytes(data)
    assert isinstance(text, str) and codec
    parse(text)


@SETTINGS
@given(
    st.binary(max_size=300), st.sampled_from(["utf-8", "euc-kr", "shift_jis", "x-foo", "utf-16"])
)
def test_declared_bytes_decode(tail: bytes, charset: str) -> None:
    text, _ = decode_html_bytes(f'<meta charset="{charset}">'.encode() + tail)
    assert text.startswith("<meta")


def test_fifty_megabytes() -> None:
    para = "<p>" + "word " * 40 + "<a href=/x>link</a></p>\n"
    html = "<html><body>" + para * (50_000_000 // len(para)) + "</body></html>"
    blocks = html_blocks(html)
    assert len(blocks) == 50_000_000 // len(para)


@SETTINGS
@given(soup)
def test_tag_soup_through_the_pipeline(html: str) -> None:
    article = extract(html, input_format="html")
    assert article.input_format == "html"
    texts = "\n".join(d.block.text for d in article.decisions)
    for paragraph in article.body:
        assert paragraph and paragraph in texts  # nothing invented
    lines = [d.block.line for d in article.decisions]
    assert lines == list(range(1, len(lines) + 1))


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_as_html_through_the_pipeline(data: bytes) -> None:
    article = extract(b"<html><body>" + data, input_format="auto")
    assert article.input_format == "html"
