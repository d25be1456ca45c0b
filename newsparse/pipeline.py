"""read → segment → classify → assemble: the only module that chains the stages.

``extract`` takes a page as text or bytes and returns its Article; ``extract_file`` reads a path
first. Rendering is separate (``render``), so that library users get records, not strings.
"""

from __future__ import annotations

from pathlib import Path

from newsparse.assemble import assemble
from newsparse.classify import classify
from newsparse.language import detect_language
from newsparse.model import Article, Decision, InputFormat, Label
from newsparse.segment import segment_text

LANGUAGE_SAMPLE = 20_000
"""Characters of body text (or of the page, when no body was found) that identify the language."""


def _decode(data: bytes) -> str:
    # Interim: read.py (issue 5) brings detection; until then UTF-8 with replacement.
    return data.decode("utf-8-sig", errors="replace")


def _language(decisions: tuple[Decision, ...], text: str) -> str | None:
    body = "\n".join(d.block.text for d in decisions if d.label is Label.BODY)
    return detect_language((body or text)[:LANGUAGE_SAMPLE])


def extract(
    data: str | bytes,
    *,
    source: str = "-",
    input_format: InputFormat | str = InputFormat.AUTO,
    tz: str | None = None,
) -> Article:
    """Extract one article record from a page's text or bytes."""
    text = _decode(data) if isinstance(data, bytes) else data
    blocks = segment_text(text)
    decisions = classify(blocks)
    language = _language(decisions, text)
    return assemble(
        decisions, source=source, input_format=InputFormat.TEXT.value, language=language, tz=tz
    )


def extract_file(path: str | Path, **options: object) -> Article:
    """Read a file and extract its article record."""
    data = Path(path).read_bytes()
    return extract(data, source=str(path), **options)  # type: ignore[arg-type]
