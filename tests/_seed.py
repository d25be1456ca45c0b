"""The seed page shared by the inspect and report tests: its path, the label every line must get,
and the seed's Article (from the real pipeline, or hand-made while the core is a stub)."""

from __future__ import annotations

import re
from pathlib import Path

from newsparse.model import (
    Article,
    Author,
    Block,
    Caption,
    Decision,
    Dropped,
    InputFormat,
    Label,
    Reason,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds" / "000_ab3c05e08b905fd2"
SEED_INPUT = SEED_DIR / "input.txt"

BODY_LINES = (9, 13, 17, 21, 25, 29, 33, 37, 41, 45)
BOILERPLATE_LINES = (1, 6, 48, 49, 50, *range(53, 65))
EXPECTED_LABELS: dict[int, Label] = {
    2: Label.TITLE,
    3: Label.BYLINE,
    4: Label.DATE,
    7: Label.SUBTITLE,
    **{line: Label.BODY for line in BODY_LINES},
    **{line: Label.BOILERPLATE for line in BOILERPLATE_LINES},
}
"""What each non-blank line of the seed is (read by hand from the page)."""

# Hand-made reasons, used only while newsparse.extract is a stub.
_HANDMADE_REASONS: dict[int, Reason] = {
    1: Reason.SHARE,
    2: Reason.TITLE_LINE,
    3: Reason.BYLINE_LINE,
    4: Reason.DATE_LINE,
    6: Reason.SHARE,
    7: Reason.SUBTITLE_LINE,
    **{line: Reason.PROSE for line in BODY_LINES},
    48: Reason.COUNTER,
    49: Reason.NAV,
    50: Reason.SHARE,
    53: Reason.SHORT,
    54: Reason.NAV,
    55: Reason.LIST_HEADER,
    56: Reason.LIST_HEADER,
    **{line: Reason.LIST_ITEM for line in range(57, 64)},
    64: Reason.NAV,
}

_BULLET = re.compile(r"^\s*(•|\*|-|\d+\.)\s+")


def handmade_blocks(text: str) -> list[Block]:
    """Non-blank lines as blocks, bullets split off (a stand-in for segment.py)."""
    blocks: list[Block] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        match = _BULLET.match(raw)
        bullet = match.group(1) if match else ""
        content = raw[match.end() :] if match else raw
        blocks.append(Block(len(blocks), number, content.strip(), bullet))
    return blocks


def handmade_seed_article() -> Article:
    blocks = handmade_blocks(SEED_INPUT.read_text(encoding="utf-8"))
    decisions = tuple(
        Decision(b, EXPECTED_LABELS[b.line], _HANDMADE_REASONS[b.line]) for b in blocks
    )
    by_line = {d.block.line: d for d in decisions}
    return Article(
        source=str(SEED_INPUT.relative_to(ROOT)),
        input_format=InputFormat.TEXT,
        language="ko",
        title=by_line[2].block.text,
        subtitles=(by_line[7].block.text,),
        authors=(Author("이유진", "기자"),),
        published="2020-10-20T09:24:27+09:00",
        body=tuple(by_line[n].block.text for n in BODY_LINES),
        captions=(
            Caption("관악구가 구민 맞춤형 소식 전달과 소통 채널 다양화를 위해 오픈한", "관악구"),
        ),
        boilerplate=tuple(
            Dropped(d.block.line, d.block.text, d.reason)
            for d in decisions
            if d.label is Label.BOILERPLATE
        ),
        decisions=decisions,
    )


def seed_article() -> Article:
    """The seed's Article from the real pipeline; hand-made while the core is still a stub."""
    import newsparse

    try:
        return newsparse.extract_file(SEED_INPUT)
    except NotImplementedError:
        return handmade_seed_article()
