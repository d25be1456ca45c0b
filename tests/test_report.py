"""The HTML report: self-contained, escaped, a band per line with label and reason, batch index."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from newsparse.model import (
    REASON_PHRASES,
    Article,
    Author,
    Block,
    Caption,
    Decision,
    InputFormat,
    Label,
    Reason,
)
from newsparse.report import render_report

from ._seed import BODY_LINES, EXPECTED_LABELS, seed_article


def _text(node: Node | HTMLParser, selector: str) -> str:
    """The text of the first match of ``selector`` under ``node``, which must exist."""
    found = node.css_first(selector)
    assert found is not None, f"no {selector}"
    return found.text()


def _lines(tree: HTMLParser) -> list[Node]:
    return tree.css("li.line")


def _hostile_article(text: str = '<script>alert("x")</script> & "q" \'a\'') -> Article:
    decisions = (
        Decision(Block(0, 1, text), Label.TITLE, Reason.TITLE_LINE),
        Decision(Block(1, 3, f"{text} body", bullet="•"), Label.BODY, Reason.PROSE),
        Decision(
            Block(2, 4, "</li></ol><img src=x onerror=alert(1)>"), Label.BOILERPLATE, Reason.NAV
        ),
    )
    return Article(
        source='dir/<evil "name">.txt',
        input_format=InputFormat.TEXT,
        language='ko"><script>',
        title=text,
        subtitles=(text,),
        authors=(Author(text, role="<b>", email="a&b@example.com"),),
        body=(f"{text} body",),
        captions=(Caption(text, credit="<i>credit</i>"),),
        decisions=decisions,
    )


def test_report_is_self_contained() -> None:
    page = render_report([seed_article()])
    tree = HTMLParser(page)
    # nothing is fetched: no element with a source or a stylesheet link, no url() or @import
    assert tree.css("[src]") == []
    assert tree.css("link") == []
    assert tree.css("iframe, object, embed, img, video, audio") == []
    assert "url(" not in page and "@import" not in page
    assert not re.search(r"\b(?:https?:)?//[a-z]", page.replace("file://", ""))
    csp = tree.css_first('meta[http-equiv="Content-Security-Policy"]')
    assert csp is not None and "default-src 'none'" in (csp.attributes["content"] or "")
    # the only scripts are inline
    scripts = tree.css("script")
    assert len(scripts) == 1 and "src" not in scripts[0].attributes


def test_every_decision_is_a_line_with_band_label_reason_and_phrase() -> None:
    article = seed_article()
    tree = HTMLParser(render_report([article]))
    lines = _lines(tree)
    assert len(lines) == len(article.decisions)
    for node, decision in zip(lines, article.decisions, strict=True):
        label, reason = str(decision.label), str(decision.reason)
        assert node.attributes["data-line"] == str(decision.block.line)
        assert node.attributes["data-label"] == label
        assert node.attributes["data-reason"] == reason
        assert "--c:" in (node.attributes["style"] or "")  # the coloured band
        assert _text(node, ".lbl") == label
        assert _text(node, ".txt").endswith(decision.block.text)
        why = _text(node, ".why")
        assert why == f"{reason} {REASON_PHRASES[decision.reason]}"
        dropped = "dropped" in (node.attributes["class"] or "").split()
        assert dropped == (decision.label is Label.BOILERPLATE)


def test_seed_lines_carry_their_labels() -> None:
    tree = HTMLParser(render_report([seed_article()]))
    got = {
        int(n.attributes["data-line"] or 0): Label(n.attributes["data-label"] or "")
        for n in _lines(tree)
    }
    assert got == EXPECTED_LABELS
    body = [int(n.attributes["data-line"] or 0) for n in tree.css('li.line[data-label="body"]')]
    assert body == list(BODY_LINES)


def test_fields_on_top_and_a_legend_with_counts() -> None:
    article = seed_article()
    tree = HTMLParser(render_report([article]))
    title_cell = tree.css_first('table.fields td[data-field="title"]')
    assert title_cell is not None and title_cell.text() == article.title
    keys = {n.attributes["data-show"]: _text(n, ".count") for n in tree.css("button.key")}
    assert keys[""] == str(len(article.decisions))
    for label in Label:
        assert keys[str(label)] == str(sum(d.label is label for d in article.decisions))
    # single input: no batch index
    assert tree.css("table.index") == []


def test_everything_is_escaped() -> None:
    article = _hostile_article()
    page = render_report([article])
    tree = HTMLParser(page)
    assert len(tree.css("script")) == 1  # ours only
    assert tree.css("img, b, i") == []
    assert len(_lines(tree)) == 3
    texts = [_text(n, ".txt") for n in _lines(tree)]
    assert texts == [
        '<script>alert("x")</script> & "q" \'a\'',
        '• <script>alert("x")</script> & "q" \'a\' body',
        "</li></ol><img src=x onerror=alert(1)>",
    ]
    fields = {_text(n, "th"): _text(n, "td") for n in tree.css("table.fields tr")}
    assert fields["source"] == 'dir/<evil "name">.txt'
    assert fields["author"] == f"{article.title} (<b>) <a&b@example.com>"
    assert fields["caption"] == f"{article.title} — <i>credit</i>"
    section = tree.css_first("section.doc")
    assert section is not None and section.attributes["lang"] == 'ko"><script>'


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\r"),
        min_size=1,
        max_size=80,
    )
)
def test_any_text_round_trips_through_the_page(text: str) -> None:
    tree = HTMLParser(render_report([_hostile_article(text)]))
    assert _text(tree, 'table.fields td[data-field="title"]') == text
    assert _text(_lines(tree)[0], ".txt") == text
    assert len(tree.css("script")) == 1


def test_lone_surrogates_do_not_break_the_page() -> None:
    page = render_report([_hostile_article("bad \udc80 byte")])
    page.encode("utf-8")  # would raise on a lone surrogate
    assert "bad \ufffd byte" in page


def test_batch_has_an_index_row_linking_to_each_section() -> None:
    first = seed_article()
    second = _hostile_article()
    third = Article(source="empty.txt", input_format=InputFormat.TEXT)
    tree = HTMLParser(render_report([first, second, third]))
    rows = tree.css("table.index tbody tr")
    assert len(rows) == 3
    sections = tree.css("section.doc")
    assert [s.attributes["id"] for s in sections] == ["doc-1", "doc-2", "doc-3"]
    for row, article, section in zip(rows, [first, second, third], sections, strict=True):
        link = row.css_first("a")
        assert link is not None and link.text() == article.source
        assert link.attributes["href"] == f"#{section.attributes['id']}"
        assert len(section.css("li.line")) == len(article.decisions)
    # line ids are unique across the page
    ids = [n.attributes["id"] for n in tree.css("li.line")]
    assert len(ids) == len(set(ids))
    assert _text(tree, "title") == "newsparse: 3 inputs"
