"""read → segment → classify → assemble: the only module that chains the stages.

(Skeleton: the core lands in the next commit.)
"""

from __future__ import annotations

from pathlib import Path

from newsparse.model import Article, InputFormat


def extract(
    data: str | bytes,
    *,
    source: str = "-",
    input_format: InputFormat | str = InputFormat.AUTO,
    tz: str | None = None,
) -> Article:
    """Extract one article record from a page's text or bytes."""
    raise NotImplementedError


def extract_file(path: str | Path, **options: object) -> Article:
    """Read a file and extract its article record."""
    raise NotImplementedError
