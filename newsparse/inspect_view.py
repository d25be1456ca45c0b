"""Rich tables for ``newsparse inspect``: an Article's fields, then every block's decision.

Input: an :class:`~newsparse.model.Article` whose ``decisions`` hold one Decision per block in
input order. Output: rich renderables (a fields table, a lines table, a reasons legend) that
``cli.py`` prints. Nothing here extracts, decides or prints by itself; the only choices made are
presentational: which rows to show (``--only``), which runs of lines fold into one row (unless
``--all``), and whether the reason phrases fit in a column or go in a legend under the table.
This module and ``cli.py`` are the only ones that import rich.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from newsparse.model import REASON_PHRASES, Article, Decision, Label, Only, Reason

ONLY_LABELS: dict[Only, frozenset[Label]] = {
    Only.BOILERPLATE: frozenset({Label.BOILERPLATE}),
    Only.BODY: frozenset({Label.BODY}),
    # Everything kept that is not a body paragraph: the record's metadata and captions.
    Only.META: frozenset({Label.TITLE, Label.SUBTITLE, Label.BYLINE, Label.DATE, Label.CAPTION}),
}

# One style per label: kept metadata in colour, body bold so it stands out, boilerplate dimmed.
LABEL_STYLES: dict[Label, str] = {
    Label.TITLE: "bold magenta",
    Label.SUBTITLE: "magenta",
    Label.BYLINE: "cyan",
    Label.DATE: "blue",
    Label.BODY: "bold green",
    Label.CAPTION: "yellow",
    Label.BOILERPLATE: "dim",
}
BODY_TEXT_STYLE = "bold"
BOILERPLATE_ROW_STYLE = "dim"

FOLD_MIN_RUN = 6
"""A run of at least this many consecutive blocks of a foldable label becomes one row. Shorter
runs stay line by line: folding 3 lines saves little and hides where the article's edges are."""

FOLDED_LABELS: frozenset[Label] = frozenset({Label.BOILERPLATE})
"""Labels whose long runs fold. Body never folds: it is what a reader of the table came to check."""

FOLD_REASONS_SHOWN = 3
"""A folded row names at most this many of its run's reasons (most frequent first), then '…'."""

PHRASE_COLUMN_MIN_WIDTH = 140
"""At this console width and above the reason phrase is a column of the lines table; below it,
the phrases of the reasons used go in a legend under the table, so the text keeps its room."""

CELL_PADDING = (0, 1, 0, 0)
"""No space before a cell, one after, plus the box's blank separator: two spaces between columns."""

TEXT_COLUMN_MIN_WIDTH = 16
"""The line text column never gets narrower than this; other columns give way first."""


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the lines table: a single block, or a folded run of blocks of one label."""

    first_line: int
    last_line: int
    label: Label
    reasons: tuple[Reason, ...]
    """The block's reason, or a folded run's distinct reasons, most frequent first."""
    text: str
    count: int = 1
    """How many blocks the row stands for (> 1 only for a folded run)."""
    reason_counts: tuple[int, ...] = (1,)
    """How many of those blocks have each reason, in the order of ``reasons``."""

    @property
    def folded(self) -> bool:
        return self.count > 1

    @property
    def lines(self) -> str:
        if self.first_line == self.last_line:
            return str(self.first_line)
        return f"{self.first_line}–{self.last_line}"

    def summary(self) -> str:
        """A fold's text cell, '68 lines: nav 40, share 20, list-item 8, …' (its line range and
        label are in their own cells); a single line's text."""
        if not self.folded:
            return self.text
        pairs = list(zip(self.reasons, self.reason_counts, strict=True))
        shown = ", ".join(f"{reason} {n}" for reason, n in pairs[:FOLD_REASONS_SHOWN])
        more = ", …" if len(pairs) > FOLD_REASONS_SHOWN else ""
        return f"{self.count} lines: {shown}{more}"


def _fold(run: Sequence[Decision]) -> Row:
    counts = Counter(d.reason for d in run)
    first_seen = {reason: i for i, reason in reversed(list(enumerate(d.reason for d in run)))}
    reasons = tuple(sorted(counts, key=lambda r: (-counts[r], first_seen[r])))
    return Row(
        first_line=run[0].block.line,
        last_line=run[-1].block.line,
        label=run[0].label,
        reasons=reasons,
        text="",
        count=len(run),
        reason_counts=tuple(counts[r] for r in reasons),
    )


def _single(decision: Decision) -> Row:
    line = decision.block.line
    return Row(line, line, decision.label, (decision.reason,), decision.block.text)


def plan_rows(
    decisions: Iterable[Decision], *, show_all: bool = False, only: Only | None = None
) -> list[Row]:
    """The rows of the lines table: ``only`` selects labels; long runs fold unless ``show_all``.

    With ``only`` nothing folds: the lines asked for are shown one by one.
    """
    selected = [d for d in decisions if only is None or d.label in ONLY_LABELS[only]]
    if show_all or only is not None:
        return [_single(d) for d in selected]
    rows: list[Row] = []
    run: list[Decision] = []

    def flush() -> None:
        if len(run) >= FOLD_MIN_RUN and run[0].label in FOLDED_LABELS:
            rows.append(_fold(run))
        else:
            rows.extend(_single(d) for d in run)
        run.clear()

    for decision in selected:
        if run and decision.label != run[0].label:
            flush()
        run.append(decision)
    flush()
    return rows


def _value(value: str | None, style: str = "") -> Text:
    """The value as Text, or a dim '—' where the record has none."""
    return Text(value, style=style) if value else Text("—", style="dim")


def _field_rows(article: Article) -> list[tuple[str, Text]]:
    rows: list[tuple[str, Text]] = [
        ("source", Text(article.source)),
        ("input", Text(article.input_format)),
        ("language", _value(article.language)),
        ("title", _value(article.title, LABEL_STYLES[Label.TITLE])),
    ]
    for i, subtitle in enumerate(article.subtitles):
        rows.append(("subtitles" if i == 0 else "", Text(subtitle, style="magenta")))
    if not article.authors:
        rows.append(("authors", _value(None)))
    for i, author in enumerate(article.authors):
        value = Text(author.name, style="cyan")
        if author.role:
            value.append(f" ({author.role})")
        if author.email:
            value.append(f" <{author.email}>", style="dim")
        rows.append(("authors" if i == 0 else "", value))
    rows.append(("published", _value(article.published)))
    rows.append(("modified", _value(article.modified)))
    if article.dateline and (article.dateline.place or article.dateline.agency):
        parts = [p for p in (article.dateline.place, article.dateline.agency) if p]
        rows.append(("dateline", Text(" / ".join(parts))))
    if article.site_name:
        rows.append(("site", Text(article.site_name)))
    if article.url:
        rows.append(("url", Text(article.url)))
    chars = sum(len(p) for p in article.body)
    rows.append(("body", Text(f"{len(article.body)} paragraphs, {chars} characters")))
    for i, caption in enumerate(article.captions):
        value = Text(caption.text, style="yellow")
        if caption.credit:
            value.append(f" — {caption.credit}", style="dim")
        rows.append(("captions" if i == 0 else "", value))
    rows.append(("dropped", Text(f"{len(article.boilerplate)} lines")))
    if article.decisions:
        counts = Counter(d.label for d in article.decisions)
        labels = ", ".join(f"{label} {counts[label]}" for label in Label if counts[label])
        rows.append(("blocks", Text(f"{len(article.decisions)}: {labels}")))
    return rows


def fields_table(article: Article) -> Table:
    """The record's fields, one per row (lists one item per row); missing values show as '—'."""
    table = Table(
        box=box.SIMPLE_HEAD,
        show_header=False,
        title="fields",
        title_justify="left",
        expand=True,
        show_edge=False,
        padding=CELL_PADDING,
    )
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", ratio=1, overflow="fold")
    for name, value in _field_rows(article):
        table.add_row(name, value)
    return table


def _reason_cell(row: Row) -> Text:
    # A fold names its most frequent reason here; its text cell counts each of them.
    more = ", …" if len(row.reasons) > 1 else ""
    return Text(f"{row.reasons[0]}{more}")


def _text_cell(row: Row) -> Text:
    if row.folded:
        return Text(row.summary(), style="italic")
    # One line per row: newlines in a block (HTML) would break the table's rhythm.
    text = " ".join(row.text.split())
    return Text(text, style=BODY_TEXT_STYLE if row.label is Label.BODY else "")


def lines_table(rows: Sequence[Row], *, width: int) -> Table:
    """Line number, label, reason id (and its phrase at wide widths), and the trimmed text."""
    with_phrase = width >= PHRASE_COLUMN_MIN_WIDTH
    table = Table(
        box=box.SIMPLE_HEAD,
        title="lines",
        title_justify="left",
        expand=True,
        show_edge=False,
        padding=CELL_PADDING,
    )
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("reason", no_wrap=True)
    if with_phrase:
        table.add_column("why", no_wrap=True, overflow="ellipsis")
    table.add_column(
        "text", no_wrap=True, overflow="ellipsis", ratio=1, min_width=TEXT_COLUMN_MIN_WIDTH
    )
    for row in rows:
        cells: list[RenderableType] = [
            Text(row.lines),
            Text(str(row.label), style=LABEL_STYLES[row.label]),
            _reason_cell(row),
        ]
        if with_phrase:
            phrase = "" if row.folded else REASON_PHRASES.get(row.reasons[0], "")
            cells.append(Text(phrase))
        cells.append(_text_cell(row))
        style = BOILERPLATE_ROW_STYLE if row.label is Label.BOILERPLATE else None
        table.add_row(*cells, style=style)
    return table


def reasons_legend(reasons: Iterable[Reason]) -> Table:
    """The phrase for each reason id used, in the order of the Reason enum."""
    used = set(reasons)
    table = Table(
        box=None, show_header=False, title="reasons", title_justify="left", padding=(0, 2, 0, 0)
    )
    table.add_column("reason", style="bold", no_wrap=True)
    table.add_column("why", overflow="fold")
    for reason in Reason:
        if reason in used:
            table.add_row(str(reason), REASON_PHRASES.get(reason, ""))
    return table


def inspect_renderable(
    article: Article, *, width: int, show_all: bool = False, only: Only | None = None
) -> RenderableType:
    """Everything ``newsparse inspect`` prints for one article, laid out for ``width`` columns."""
    rows = plan_rows(article.decisions, show_all=show_all, only=only)
    parts: list[RenderableType] = [fields_table(article), Text(), lines_table(rows, width=width)]
    if width < PHRASE_COLUMN_MIN_WIDTH:
        parts += [Text(), reasons_legend(r for row in rows for r in row.reasons)]
    return Group(*parts)


def print_inspect(
    console: Console, article: Article, *, show_all: bool = False, only: Only | None = None
) -> None:
    """Print the inspect view of one article to ``console`` at its width."""
    console.print(inspect_renderable(article, width=console.width, show_all=show_all, only=only))


def inspect_text(
    article: Article, *, width: int, show_all: bool = False, only: Only | None = None
) -> str:
    """The plain-text view: no escape codes, no trailing spaces (what pipes and NO_COLOR get)."""
    console = Console(
        record=True,
        width=width,
        color_system=None,
        file=io.StringIO(),
        highlight=False,
        emoji=False,
    )
    print_inspect(console, article, show_all=show_all, only=only)
    return "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())
