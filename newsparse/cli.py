"""The ``newsparse`` command line: wiring only, no heuristics.

Data goes to stdout (or ``--output``), diagnostics to stderr, one line per failed input naming it.
Exit codes: 0 every input extracted, 1 some input failed, 2 usage error (typer's own).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsparse.inspect_view import Only, inspect_text, print_inspect
from newsparse.model import Article, Format, InputFormat
from newsparse.pipeline import extract
from newsparse.render import Writer
from newsparse.report import render_report

app = typer.Typer(
    name="newsparse",
    help="Take news articles apart from page text dumps or HTML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
InputFormatOption = Annotated[
    InputFormat,
    typer.Option("--input-format", help="Treat inputs as text or HTML (default: sniff).", case_sensitive=False),
]
TzOption = Annotated[
    str | None,
    typer.Option("--tz", help="Offset for dates printed without one, e.g. +09:00 (overrides the language's zone)."),
]

ExplainOption = Annotated[
    bool,
    typer.Option("--explain", help="JSON/JSONL: add 'lines': [{line, label, reason}] per line."),
]


def _fail(message: str) -> None:
    typer.echo(f"newsparse: {message}", err=True)


def _inputs(paths: list[str]) -> list[str]:
    """Paths as given; a directory stands for the files in it, sorted; nothing means stdin."""
    if not paths:
        return ["-"]
    expanded: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            files = sorted(str(child) for child in p.iterdir() if child.is_file())
            expanded.extend(files or [path])
        else:
            expanded.append(path)
    return expanded


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if p.is_dir():
        raise OSError("is a directory with no files")
    return p.read_bytes()


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Input files or directories; '-' or nothing reads stdin.")
    ] = None,
    fmt: FormatOption = Format.JSON,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    input_format: InputFormatOption = InputFormat.AUTO,
    tz: TzOption = None,
    explain: ExplainOption = False,
) -> None:
    """Extract one article record per input."""
    inputs = _inputs(paths or [])
    failed = 0
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        writer = Writer(stream, fmt, array=len(inputs) > 1, explain=explain)
        for name in inputs:
            try:
                data = _read(name)
            except OSError as error:
                _fail(f"{name}: {error.strerror or error}")
                failed += 1
                continue
            writer.write(extract(data, source=name, input_format=input_format, tz=tz))
        writer.close()
    finally:
        if output:
            stream.close()
    if failed:
        raise typer.Exit(1)


@app.command("inspect")
def inspect_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Input files or directories; '-' or nothing reads stdin."),
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Show every line: do not fold long runs of boilerplate.")
    ] = False,
    only: Annotated[
        Only | None,
        typer.Option(
            "--only",
            help="Show only these lines (meta: title, subtitle, byline, date, caption).",
            case_sensitive=False,
        ),
    ] = None,
    width: Annotated[
        int | None,
        typer.Option("--width", min=40, help="Lay out for N columns (default: the terminal's)."),
    ] = None,
    html_report: Annotated[
        Path | None,
        typer.Option("--html", help="Write a self-contained HTML report to FILE, not tables."),
    ] = None,
    input_format: InputFormatOption = InputFormat.AUTO,
    tz: TzOption = None,
) -> None:
    """Show every field and every line's label and reason, as tables or an HTML report."""
    articles: list[Article] = []
    failed = 0
    for name in _inputs(paths or []):
        try:
            data = _read(name)
        except OSError as error:
            _fail(f"{name}: {error.strerror or error}")
            failed += 1
            continue
        articles.append(extract(data, source=name, input_format=input_format, tz=tz))
    if html_report is not None:
        if articles:
            html_report.write_text(render_report(articles), encoding="utf-8")
            count = f"{len(articles)} input{'s' if len(articles) != 1 else ''}"
            typer.echo(f"newsparse: wrote {html_report} ({count})", err=True)
    else:
        # Plain text (no escape codes) when stdout is not a terminal or NO_COLOR is set.
        plain = not sys.stdout.isatty() or bool(os.environ.get("NO_COLOR"))
        console = Console(file=sys.stdout, width=width, highlight=False, emoji=False)
        for i, article in enumerate(articles):
            if i:
                console.print("\n" + "─" * console.width, style="dim")
            if plain:
                text = inspect_text(article, width=console.width, show_all=show_all, only=only)
                sys.stdout.write(text)
            else:
                print_inspect(console, article, show_all=show_all, only=only)
    if failed:
        raise typer.Exit(1)


@app.callback()
def _root() -> None:
    """newsparse: title, authors, dates, body, captions and dropped lines from news pages."""


def main() -> None:
    """Console-script entry point."""
    app()
