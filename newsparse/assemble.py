"""assemble: decisions → the Article record.

Contract: reads the labelled blocks in order and fills the record's fields; parses names, roles,
emails and dates out of byline and date lines (through ``bylines`` and ``dates``), splits captions
from their credits and from body text they were fused to, and strips an agency dateline from the
first paragraph. Every string it outputs is a slice of a block's text (trimmed): nothing is
invented. It never drops a block silently: each BOILERPLATE decision becomes a ``Dropped`` entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsparse import regex_cache as rx
from newsparse.bylines import find_byline, pick_authors, strip_dateline
from newsparse.dates import DateKind, find_dates, pick_published
from newsparse.model import (
    Article,
    Author,
    Caption,
    Dateline,
    Decision,
    Dropped,
    Label,
    maker,
)
from newsparse.rules.captions import RULES as CREDIT_RULES
from newsparse.rules.captions import find_credit

CREDIT_ANYWHERE = ("ko-photo-eq",)
"""The credit rules whose match may stand anywhere in a text (a bracketed Korean credit). Every
other rule's pattern ends ``\\s*$``: its credit closes the text (``tests/test_assemble_credit.py``
checks that on the parsed patterns)."""

CREDIT_TAIL = 100
"""How far from the end of a text (trailing white space left out) the needed word of an
end-anchored credit starts, at most: from a needed word to the end of its rule's match before
the closing ``\\s*`` is at most 80 characters (``(AP Photo/`` or ``Photograph credit:``, then a
credit of up to 60), so 100 leaves room. Every such match holds one of its rule's ``needs``
words whose start is at most that far from the match's end, and the match's end is at or past
the end of ``text.rstrip()`` (only white space follows it), so the word lies in the last
CREDIT_TAIL characters of ``text.rstrip()``."""

_ANYWHERE_NEEDS = tuple(
    word for rule in CREDIT_RULES if rule.id in CREDIT_ANYWHERE for word in rule.needs
)
_TAIL_NEEDS = rx.compile(
    "|".join(
        re.escape(word)
        for word in sorted(
            {w for r in CREDIT_RULES if r.id not in CREDIT_ANYWHERE for w in r.needs}
        )
    )
)


def _may_hold_credit(text: str) -> bool:
    """Whether ``find_credit`` may find a credit in ``text``: a superset test (see
    CREDIT_TAIL). ``find_credit``'s own test looks for a needed word in the whole text; most
    body paragraphs that hold one (``AP``, ``via``, ``Image`` in prose) hold it far from their
    end, and then the combined credit regex (~2.6 k instructions a character) ran over the
    whole paragraph for nothing."""
    if not (
        "=" in text or "/" in text or ":" in text or "＝" in text or "：" in text or "社" in text
    ):
        return False  # (find_credit's first test: every credit holds one of these marks)
    for word in _ANYWHERE_NEEDS:
        if word in text:
            return True
    return _TAIL_NEEDS.search(text.rstrip()[-CREDIT_TAIL:]) is not None


def _split_caption(text: str) -> tuple[Caption | None, str]:
    """(caption, rest of the text). A credit fused to body text splits the block there."""
    found = find_credit(text) if _may_hold_credit(text) else None
    if found is None:
        return None, text
    start, end, credit = found
    caption_text = text[:start].strip()
    rest = text[end:].strip()
    return Caption(caption_text, credit or None), rest


def _page_lines(decisions: Sequence[Decision]) -> list[str]:
    """Every block as printed, list marker kept (the page-level pickers read the whole page:
    a window around the article measured worse on the dates corpus, 0.842 → 0.820)."""
    return [f"{b.bullet} {b.text}" if (b := d.block).bullet else b.text for d in decisions]


BODY_EDGE = 2
"""Bylines glued to the body sit in its first or last paragraphs (``… 밝혔다. 홍길동 기자``)."""


def _byline_lines(
    decisions: Sequence[Decision],
    page_lines: list[str] | None = None,
    body: list[int] | None = None,
) -> list[str]:
    """The lines a page-level author search reads: everything but the body's middle, where no
    byline stands and where long paragraphs make the search slow. ``page_lines``: the page's
    ``_page_lines``, ``body``: the indices of its BODY decisions, when the caller has them
    already."""
    lines = _page_lines(decisions) if page_lines is None else page_lines
    if body is None:
        body_label = Label.BODY
        body = [i for i, d in enumerate(decisions) if d.label is body_label]
    if len(body) <= 2 * BODY_EDGE:
        return list(lines)
    # The middle is body[BODY_EDGE:-BODY_EDGE], in ascending order: the lines kept are those
    # before its first index, the runs between two of its indices, and those after its last.
    middle = body[BODY_EDGE:-BODY_EDGE]
    kept = lines[: middle[0]]
    for at, after in pairwise(middle):
        if after - at > 1:
            kept += lines[at + 1 : after]
    kept += lines[middle[-1] + 1 :]
    return kept


def _add_author(authors: list[Author], new: Sequence[Author]) -> None:
    names = {a.name for a in authors}
    for author in new:
        if author.name not in names:
            authors.append(author)
            names.add(author.name)


def assemble(
    decisions: Sequence[Decision],
    *,
    source: str,
    input_format: str,
    language: str | None,
    tz: str | None = None,
    pick_page_date: bool = True,
    pick_page_authors: bool = True,
) -> Article:
    """Build the record from the decisions (see the module docstring). ``pick_page_date`` /
    ``pick_page_authors`` off: the caller has the value from elsewhere (an HTML page's own
    declarations), so the page-level pickers need not run."""
    title: str | None = None
    subtitles: list[str] = []
    authors: list[Author] = []
    published: str | None = None
    unlabelled: str | None = None
    modified: str | None = None
    body: list[str] = []
    captions: list[Caption] = []
    dropped: list[Dropped] = []
    make_dropped = maker(Dropped)  # (``Dropped(...)`` without the type call: one a dropped line)
    dateline: Dateline | None = None

    # (the most frequent labels bound to locals: reading Label.X costs ~0.1 µs)
    boilerplate, body_label = Label.BOILERPLATE, Label.BODY
    body_at: list[int] = []  # the BODY decisions' indices, for _byline_lines
    for at, decision in enumerate(decisions):
        block, label = decision.block, decision.label
        text = block.text
        if label is boilerplate:
            dropped.append(make_dropped(block.line, text, decision.reason))
        elif label is body_label:
            body_at.append(at)
            caption, rest = _split_caption(text)
            if caption is not None and caption.text:
                captions.append(caption)
                text = rest
            if not body:
                found, wire_authors, text = strip_dateline(text, lang=language)
                if found is not None:
                    dateline = found
                    _add_author(authors, wire_authors)
            if text:
                body.append(text)
        elif label is Label.TITLE:
            if title is None:
                title = text
            else:
                subtitles.append(text)
        elif label is Label.SUBTITLE:
            subtitles.append(text)
        elif label in (Label.BYLINE, Label.DATE):
            hit = find_byline(text, lang=language)
            if hit is not None:
                _add_author(authors, hit.authors)
            for date in find_dates(text, lang=language, tz=tz):
                if date.kind is DateKind.MODIFIED:
                    modified = modified or date.iso
                elif date.kind is DateKind.PUBLISHED:
                    published = published or date.iso
                else:
                    unlabelled = unlabelled or date.iso
        elif label is Label.CAPTION:
            caption, rest = _split_caption(text)
            if caption is None:  # a caption without a credit (an HTML <figcaption>)
                captions.append(Caption(text))
                continue
            captions.append(caption)
            if rest:
                body.append(rest)

    # An unlabelled date on a head line is weaker evidence than the page-level ranking (which
    # knows "today" headers, list dates and datelines): only a labelled one settles it here.
    need_date = pick_page_date and published is None
    need_authors = pick_page_authors and not authors
    if need_date or need_authors:
        # Nothing on the byline/date lines: rank the page's dated and byline-like lines
        # (bullets kept: a bulleted date is usually a related-list item).
        page_lines = _page_lines(decisions)
        if need_date:
            date_hit = pick_published(page_lines, lang=language, tz=tz)
            if date_hit is not None:
                unlabelled = date_hit.iso
        if need_authors:
            lines = _byline_lines(decisions, page_lines, body_at)
            _add_author(authors, pick_authors(lines, lang=language))

    return Article(
        source=source,
        input_format=input_format,
        language=language,
        title=title,
        subtitles=tuple(subtitles),
        authors=tuple(authors),
        published=published or unlabelled,
        modified=modified,
        body=tuple(body),
        captions=tuple(captions),
        boilerplate=tuple(dropped),
        dateline=dateline,
        decisions=tuple(decisions),
    )
