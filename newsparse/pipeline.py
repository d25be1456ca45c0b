"""read → segment → classify → assemble: the only module that chains the stages.

``extract`` takes a page as text or bytes and returns its Article; ``extract_file`` reads a path
first. Rendering is separate (``render``), so that library users get records, not strings.
"""

from __future__ import annotations

from pathlib import Path

from newsparse.assemble import assemble
from newsparse.classify import classify
from newsparse.html import parse as parse_html
from newsparse.language import detect_language
from newsparse.meta import apply_page_meta, declared_language_fits
from newsparse.model import Article, Decision, InputFormat, Label
from newsparse.read import SNIFF_CHARS, decode, sniff_format
from newsparse.segment import segment_text

LANGUAGE_SAMPLE = 4_000
"""Characters of body text (or of the page, when no body was found) that identify the language."""


SNIFF_BYTES = 2 * SNIFF_CHARS
"""How much of a byte input the HTML-or-text sniff reads."""

HTML_LANGUAGE_SAMPLE = 3_000
"""Characters of HTML body text checked against the page's declared language."""


def _decode(data: bytes) -> str:
    """Bytes → text with encoding detection and CP949 repair (never raises)."""
    return decode(data)[0]


def _language(decisions: tuple[Decision, ...], text: str) -> str | None:
    body_label = Label.BODY
    body = "\n".join([d.block.text for d in decisions if d.label is body_label])
    return detect_language((body or text)[:LANGUAGE_SAMPLE])


def extract(
    data: str | bytes,
    *,
    source: str = "-",
    input_format: InputFormat | str = InputFormat.AUTO,
    tz: str | None = None,
) -> Article:
    """Extract one article record from a page's text or bytes."""
    fmt = InputFormat(input_format)
    if fmt is InputFormat.AUTO:
        # (tags are ASCII: the start of the bytes read as Latin-1 is enough to sniff them)
        head = data[:SNIFF_BYTES].decode("latin-1") if isinstance(data, bytes) else data
        fmt = sniff_format(head)
    if fmt is InputFormat.HTML:
        return _extract_html(data, source=source, tz=tz)
    text = _decode(data) if isinstance(data, bytes) else data
    blocks = segment_text(text)
    decisions = classify(blocks)
    language = _language(decisions, text)
    return assemble(
        decisions, source=source, input_format=InputFormat.TEXT.value, language=language, tz=tz
    )


def _extract_html(html: str | bytes, *, source: str, tz: str | None) -> Article:
    """HTML: one parse gives the blocks (with tags, link density, hints) and the page's own
    metadata; the blocks go through the same classifier and assembler as text, and the declared
    metadata is preferred where it is present and sane."""
    page = parse_html(html)
    meta = page.meta
    decisions = classify(page.blocks)
    body = "\n".join(d.block.text for d in decisions if d.label is Label.BODY)
    sample = body[:HTML_LANGUAGE_SAMPLE]
    if meta.language and declared_language_fits(meta.language, sample):
        language: str | None = meta.language
    else:
        language = detect_language(sample) if sample else meta.language
    article = assemble(
        decisions,
        source=source,
        input_format=InputFormat.HTML.value,
        language=language,
        tz=tz,
        pick_page_date=meta.published is None,
        pick_page_authors=not meta.authors,
    )
    return apply_page_meta(article, meta, tz=tz)


def extract_file(path: str | Path, **options: object) -> Article:
    """Read a file and extract its article record."""
    data = Path(path).read_bytes()
    return extract(data, source=str(path), **options)  # type: ignore[arg-type]
