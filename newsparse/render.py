"""render: Article records → JSON, JSON Lines, Markdown or CSV text.

Contract: pure functions from records to ``str``; nothing here reads input or decides content.
``to_dict`` fixes the field order of every format (the schema's fields first, then additions).
Streaming writers (``Writer``) let a batch emit records one by one: JSON as one array, JSONL one
object per line, CSV one header then rows, Markdown sections separated by a rule.
"""

from __future__ import annotations

import csv
import io
from typing import Any, TextIO

import orjson

from newsparse.model import Article, Format

CSV_FIELDS = (
    "source",
    "input_format",
    "language",
    "title",
    "subtitles",
    "authors",
    "published",
    "modified",
    "body",
    "captions",
    "dateline",
    "url",
    "site_name",
    "boilerplate_lines",
)
"""CSV columns: lists are joined (subtitles and captions by newlines, authors by '; ',
paragraphs by a blank line); ``boilerplate_lines`` counts the dropped lines."""


def to_dict(article: Article, *, explain: bool = False) -> dict[str, Any]:
    """The record as plain data, in schema order. ``explain`` adds ``lines`` (every decision)."""
    record: dict[str, Any] = {
        "source": article.source,
        "input_format": article.input_format,
        "language": article.language,
        "title": article.title,
        "subtitles": list(article.subtitles),
        "authors": [{"name": a.name, "role": a.role, "email": a.email} for a in article.authors],
        "published": article.published,
        "modified": article.modified,
        "body": list(article.body),
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "dateline": (
            {"place": article.dateline.place, "agency": article.dateline.agency}
            if article.dateline
            else None
        ),
        "url": article.url,
        "site_name": article.site_name,
        "boilerplate": [
            {"line": d.line, "text": d.text, "reason": str(d.reason)} for d in article.boilerplate
        ],
    }
    if explain:
        record["lines"] = [
            {"line": d.block.line, "label": str(d.label), "reason": str(d.reason)}
            for d in article.decisions
        ]
    return record


def to_json(article: Article, *, explain: bool = False) -> str:
    return orjson.dumps(to_dict(article, explain=explain), option=orjson.OPT_INDENT_2).decode()


def to_jsonl(article: Article, *, explain: bool = False) -> str:
    return orjson.dumps(to_dict(article, explain=explain)).decode()


def _byline(article: Article) -> str:
    people = ", ".join(
        " ".join(part for part in (a.name, a.role, f"<{a.email}>" if a.email else None) if part)
        for a in article.authors
    )
    dates = []
    if article.published:
        dates.append(f"published {article.published}")
    if article.modified:
        dates.append(f"modified {article.modified}")
    return " · ".join(part for part in (people, ", ".join(dates)) if part)


def _md_escape_heading(text: str) -> str:
    return text.replace("\n", " ")


def to_markdown(article: Article, *, explain: bool = False) -> str:
    """A person-readable article: title, subtitles, byline/date line, paragraphs, captions."""
    out: list[str] = []
    if article.title:
        out.append(f"# {_md_escape_heading(article.title)}")
    for subtitle in article.subtitles:
        out.append(f"## {_md_escape_heading(subtitle)}")
    byline = _byline(article)
    if byline:
        out.append(f"*{byline}*")
    out.extend(article.body)
    for caption in article.captions:
        credit = f" ({caption.credit})" if caption.credit else ""
        out.append(f"> {caption.text}{credit}".rstrip())
    out.append(f"<!-- source: {article.source} -->")
    return "\n\n".join(out) + "\n"


def _csv_row(article: Article) -> list[str]:
    return [
        article.source,
        article.input_format,
        article.language or "",
        article.title or "",
        "\n".join(article.subtitles),
        "; ".join(
            " ".join(p for p in (a.name, a.role, f"<{a.email}>" if a.email else None) if p)
            for a in article.authors
        ),
        article.published or "",
        article.modified or "",
        "\n\n".join(article.body),
        "\n".join(f"{c.text} ({c.credit})" if c.credit else c.text for c in article.captions),
        (
            "; ".join(p for p in (article.dateline.place, article.dateline.agency) if p)
            if article.dateline
            else ""
        ),
        article.url or "",
        article.site_name or "",
        str(len(article.boilerplate)),
    ]


def to_csv(articles: list[Article]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for article in articles:
        writer.writerow(_csv_row(article))
    return buffer.getvalue()


class Writer:
    """Writes a stream of records in one format to a text stream, one record at a time.

    ``array``: JSON output is one array (several inputs) rather than one object (a single
    input); the caller knows which from the inputs, not from how many records succeed, so
    that scripts always get the same shape for the same command.
    """

    def __init__(
        self, stream: TextIO, fmt: Format, *, explain: bool = False, array: bool = False
    ) -> None:
        self.stream = stream
        self.format = fmt
        self.explain = explain
        self.array = array
        self.count = 0
        self._csv = csv.writer(stream, lineterminator="\n") if fmt is Format.CSV else None

    def write(self, article: Article) -> None:
        fmt, stream = self.format, self.stream
        if fmt is Format.JSONL:
            stream.write(to_jsonl(article, explain=self.explain) + "\n")
        elif fmt is Format.CSV:
            assert self._csv is not None
            if self.count == 0:
                self._csv.writerow(CSV_FIELDS)
            self._csv.writerow(_csv_row(article))
        elif fmt is Format.MARKDOWN:
            if self.count:
                stream.write("\n---\n\n")
            stream.write(to_markdown(article))
        elif self.array:
            opening = "[\n" if self.count == 0 else ",\n"
            stream.write(opening + _indent(to_json(article, explain=self.explain)))
        else:
            stream.write(to_json(article, explain=self.explain) + "\n")
        self.count += 1

    def close(self) -> None:
        """Finish the stream: close the JSON array (``[]`` when no record came)."""
        if self.format is Format.JSON and self.array:
            self.stream.write("\n]\n" if self.count else "[]\n")
        elif self.format is Format.CSV and self.count == 0:
            assert self._csv is not None
            self._csv.writerow(CSV_FIELDS)
        self.stream.flush()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
