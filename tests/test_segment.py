"""segment: lines to blocks, list markers, hard-wrapped paragraphs."""

from __future__ import annotations

import textwrap

from newsparse.segment import segment_text, wrap_width

PARAGRAPH = (
    "The council approved the new budget on Monday after a long debate about the cost of the "
    "bridge, and the mayor said that work would start in the spring if the weather allowed it. "
)


def test_one_block_per_non_blank_line_with_markers() -> None:
    blocks = segment_text("Title\n\n  • 이유진 기자\n 1. First item\n* star item\nplain")
    assert [b.text for b in blocks] == ["Title", "이유진 기자", "First item", "star item", "plain"]
    assert [b.bullet for b in blocks] == ["", "•", "1.", "*", ""]
    assert [b.line for b in blocks] == [1, 3, 4, 5, 6]
    assert [b.index for b in blocks] == [0, 1, 2, 3, 4]


def test_numbers_that_are_not_markers_stay() -> None:
    (block,) = segment_text("2020 was a year.")
    assert block.text == "2020 was a year." and block.bullet == ""


def test_hard_wrapped_paragraphs_are_joined() -> None:
    paragraphs = [textwrap.fill(PARAGRAPH * 3, 76) for _ in range(4)]
    text = "Menu\nHome\n\n" + "\n\n".join(paragraphs)
    assert wrap_width(text.splitlines()) is not None
    blocks = segment_text(text)
    assert [b.text for b in blocks[:2]] == ["Menu", "Home"]
    body = blocks[2:]
    assert len(body) == 4
    assert all(b.text == " ".join((PARAGRAPH * 3).split()) for b in body)


def test_unwrapped_dump_is_not_taken_for_wrapped() -> None:
    lines = [PARAGRAPH * k for k in range(1, 12)]
    assert wrap_width(lines) is None


def test_lower_case_continuation_joins_without_wrap_width() -> None:
    text = (
        "According to the report published by the ministry on Monday and cited\n"
        "by officials, it rose."
    )
    (block,) = segment_text(text)
    assert block.text.endswith("cited by officials, it rose.")
