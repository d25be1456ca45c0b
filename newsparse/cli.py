"""The ``newsparse`` command line: wiring only, no heuristics.

Data goes to stdout (or ``--output``), diagnostics to stderr, one line per failed input naming it.
Exit codes: 0 every input extracted, 1 some input failed, 2 usage error (typer's own).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from newsparse.batch import (
    ExtractJob,
    OutputPaths,
    Result,
    Summary,
    freeze_startup_objects,
    run_batch,
)
from newsparse.dates import valid_tz
from newsparse.errors import ExtractionFailed, NewsparseError, UnwritableOutput
from newsparse.model import Article, Format, InputFormat, Only
from newsparse.pipeline import extract
from newsparse.read import (
    check_encoding,
    expand_inputs,
    is_single_input,
    parse_size,
    read_source,
)
from newsparse.render import Writer

if TYPE_CHECKING:
    from rich.progress import Progress

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
    typer.Option(
        "--input-format",
        help="Treat inputs as text or HTML (default: sniff).",
        case_sensitive=False,
    ),
]
TzOption = Annotated[
    str | None,
    typer.Option(
        "--tz",
        help="Offset for dates printed without one, e.g. +09:00 (overrides the language's zone).",
    ),
]

ExplainOption = Annotated[
    bool,
    typer.Option("--explain", help="JSON/JSONL: add 'lines': [{line, label, reason}] per line."),
]


def _fail(message: str) -> None:
    typer.echo(f"newsparse: {message}", err=True)


class _Reporter:
    """What ``extract`` says on stderr besides the summary: error lines, a progress bar (TTY)."""

    def __init__(self, *, show_progress: bool, total: int | None, debug: bool) -> None:
        self.debug = debug
        self.errors = 0
        self.progress: Progress | None = None
        if show_progress:
            # (imported here: a start-up cost that only runs on a terminal need pay)
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn() if total is not None else TextColumn("{task.completed} files"),
                TextColumn("{task.fields[rate]:.1f} pages/s · {task.fields[errors]} errors"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
                redirect_stdout=False,  # records go to stdout untouched, never above the bar
                redirect_stderr=False,
            )
            self.task = self.progress.add_task("extract", total=total, rate=0.0, errors=0)
            self.progress.start()

    def error(self, error: NewsparseError) -> None:
        self.errors += 1
        lines = [f"newsparse: {error}"]
        if self.debug and isinstance(error, ExtractionFailed) and error.detail:
            lines.append(error.detail.rstrip())
        for line in lines:
            if self.progress is not None:
                self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                typer.echo(line, err=True)

    def advance(self, summary: Summary) -> None:
        if self.progress is not None:
            rate = summary.pages_per_second
            self.progress.update(self.task, advance=1, rate=rate, errors=self.errors)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


def _write_one(result: Result, path: Path, fmt: Format, explain: bool) -> Result:
    """Write one record to its own file; a failure to write fails the input."""
    assert result.article is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = Writer(handle, fmt, explain=explain)
            writer.write(result.article)
            writer.close()
    except OSError as error:
        reason = f"cannot write {path}: {(error.strerror or str(error)).lower()}"
        return Result(result.index, result.name, error=UnwritableOutput(result.name, reason))
    return result


def _check_tz(tz: str | None) -> None:
    if tz is not None and not valid_tz(tz):
        raise typer.BadParameter(
            f"{tz!r} is neither an offset (+09:00, Z) nor a time zone name (Asia/Seoul)",
            param_hint="--tz",
        )


def _check_options(
    output: Path | None, output_dir: Path | None, encoding: str | None, max_bytes: str
) -> tuple[str | None, int]:
    if output is not None and output_dir is not None:
        raise typer.BadParameter("use --output or --output-dir, not both", param_hint="--output")
    try:
        return (check_encoding(encoding) if encoding else None), parse_size(max_bytes)
    except NewsparseError as error:
        raise typer.BadParameter(error.reason, param_hint=error.source) from None


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, directories or glob patterns; '-' or nothing reads stdin."),
    ] = None,
    fmt: FormatOption = Format.JSON,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    input_format: InputFormatOption = InputFormat.AUTO,
    tz: TzOption = None,
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Descend into subdirectories.")
    ] = False,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from", metavar="FILE", help="Read input paths from FILE ('-': stdin)."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-j", min=1, help="Worker processes (default: the CPUs; 1: in-process)."
        ),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir", metavar="DIR", help="One output file per input, mirrored under DIR."
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Nothing on stderr but errors.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Count an input with no body found as failed.")
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", help="Decode inputs with this encoding (default: detect)."),
    ] = None,
    max_bytes: Annotated[
        str,
        typer.Option("--max-bytes", metavar="SIZE", help="Fail inputs over SIZE (800k, 50M)."),
    ] = "50M",
    explain: ExplainOption = False,
    debug: Annotated[bool, typer.Option("--debug", hidden=True)] = False,
) -> None:
    """Extract one article record per input."""
    codec, limit = _check_options(output, output_dir, encoding, max_bytes)
    _check_tz(tz)
    names = paths or []
    single = is_single_input(names, files_from=files_from)
    job = ExtractJob(
        encoding=codec, input_format=input_format, max_bytes=limit, tz=tz, keep_decisions=explain
    )
    show_progress = not single and not quiet and sys.stderr.isatty()
    total = None
    if show_progress and files_from != "-":  # a second, cheap walk to size the bar
        total = sum(1 for _ in expand_inputs(names, recursive=recursive, files_from=files_from))
    try:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as error:
        reason = f"cannot write {output}: {(error.strerror or str(error)).lower()}"
        raise typer.BadParameter(reason, param_hint="--output") from None
    reporter = _Reporter(show_progress=show_progress, total=total, debug=debug)
    summary = Summary(strict=strict)
    try:
        results = run_batch(
            expand_inputs(names, recursive=recursive, files_from=files_from), job, workers=workers
        )
        _emit(
            results,
            summary,
            reporter,
            fmt=fmt,
            out=out,
            output_dir=output_dir,
            single=single,
            explain=explain,
        )
    except KeyboardInterrupt:
        reporter.close()
        _fail("interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:  # stdout closed early (`| head`): stop quietly
        reporter.close()
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None
    except Exception as error:  # a bug: one line, not a traceback (unless --debug)
        reporter.close()
        if debug:
            raise
        _fail(f"internal error: {type(error).__name__}: {str(error).partition(chr(10))[0]}")
        raise typer.Exit(1) from None
    if not quiet and (not single or summary.failed):
        _fail(summary.line())
    if summary.exit_code:
        raise typer.Exit(summary.exit_code)


def _emit(
    results: Iterable[Result],
    summary: Summary,
    reporter: _Reporter,
    *,
    fmt: Format,
    out: TextIO,
    output_dir: Path | None,
    single: bool,
    explain: bool,
) -> None:
    """Write each record (to the stream or its own file) and report each failure, in order."""
    out_paths = OutputPaths(output_dir, fmt) if output_dir is not None else None
    writer = None if out_paths else Writer(out, fmt, array=not single, explain=explain)
    try:
        for result in results:
            if result.article is not None and out_paths is not None:
                result = _write_one(result, out_paths.for_input(result.name), fmt, explain)
            elif result.article is not None and writer is not None:
                writer.write(result.article)
            summary.add(result)
            if result.error is not None:
                reporter.error(result.error)
            elif summary.counts_as_failed(result):
                reporter.error(NewsparseError(result.name, "no article body found (--strict)"))
            reporter.advance(summary)
        if writer is not None:
            writer.close()
    finally:
        reporter.close()
        if out is not sys.stdout:
            out.close()


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
    _check_tz(tz)
    articles: list[Article] = []
    failed = 0
    for ref in expand_inputs(paths or []):
        try:
            if isinstance(ref, NewsparseError):
                raise ref
            source = read_source(ref, input_format=input_format)
        except NewsparseError as error:
            _fail(str(error))
            failed += 1
            continue
        articles.append(
            extract(source.text, source=ref.name, input_format=source.input_format, tz=tz)
        )
    if html_report is not None:
        if articles:
            from newsparse.report import render_report  # (only `inspect --html` needs it)

            html_report.write_text(render_report(articles), encoding="utf-8")
            count = f"{len(articles)} input{'s' if len(articles) != 1 else ''}"
            typer.echo(f"newsparse: wrote {html_report} ({count})", err=True)
    else:
        # (rich and the table view are imported here: `extract` never needs them)
        from rich.console import Console

        from newsparse.inspect_view import inspect_text, print_inspect

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
    freeze_startup_objects()  # (the command owns its process: see there)
    app()
