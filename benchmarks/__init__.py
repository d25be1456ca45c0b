"""Accuracy and speed benchmarks: newsparse beside its peers on the evaluation corpora.

``run`` takes the sets found by :mod:`benchmarks.corpus`, runs each tool of
:mod:`benchmarks.peers` over each set and input kind, and returns one ``Row`` per (set, kind,
tool) with the metric of :mod:`benchmarks.metric`, pages per second and peak memory.

Timing: single process, single thread. Each page's bytes are read (and, for peers given a text
dump, wrapped as HTML) before the clock starts; only the tool's extract call is timed, summed over
the pages; pages/s = pages / that sum. The clock is the process's CPU time
(``time.process_time``), not wall time: the machine is shared, and CPU time is what one core
spends on the call whoever else is running. The tool's modules are imported and one untimed
warm-up call is made on the row's first page before timing.

Languages: where a set's gold gives each page a language (``Gold.lang``), a row also carries
the same figures per language (``Row.languages``, one ``LangRow`` each), most pages first; the
languages with fewer than ``MIN_LANG_PAGES`` pages are scored together as one ``other`` row.

Memory: with ``isolate=True`` (the command's default) every row runs in a forked worker process,
and ``peak RSS`` is that worker's ``ru_maxrss`` at the end of the row: the interpreter, the
benchmark's own modules, the tool's imports and the largest working set while extracting, with
one page in memory at a time. ``base RSS`` (in the JSON) is the same figure just after the
tool's imports. With ``isolate=False`` (tests, the gate) memory is not measured.
"""

from __future__ import annotations

import importlib
import math
import multiprocessing
import resource
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from benchmarks import metric
from benchmarks.corpus import CorpusSet, Page
from benchmarks.peers import NEWSPARSE, Prediction, Tool

__all__ = ["LangRow", "Row", "by_language", "run", "run_row", "sample", "score_row"]

METRICS: tuple[str, ...] = ("body_f1", "body_precision", "body_recall", "title", "date", "author")
"""The accuracy figures a row can carry (None where the set's gold or the tool lacks them)."""

MIN_LANG_PAGES = 5
"""A language with fewer pages in a row is not shown alone but folded into ``OTHER_LANG``."""

OTHER_LANG = "other"
UNKNOWN_LANG = "?"
"""The language of a page whose gold gives none, in a set whose other pages have one."""


@dataclass(frozen=True, slots=True)
class LangRow:
    """One row's figures on the pages of one language (or of the folded small ones)."""

    lang: str
    """The gold's language code, or ``OTHER_LANG``."""
    pages: int
    folded: tuple[str, ...] = ()
    """For ``OTHER_LANG``: the languages folded into it, most pages first."""
    body_f1: float | None = None
    body_precision: float | None = None
    body_recall: float | None = None
    title: float | None = None
    title_n: int = 0
    date: float | None = None
    date_n: int = 0
    author: float | None = None
    author_n: int = 0

    def figure(self, name: str) -> float | None:
        return getattr(self, name)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Row:
    """One (set, input kind, tool) run."""

    set: str
    kind: str
    tool: str
    pages: int
    """Pages run (fewer than ``total_pages`` when the tool was subsampled)."""
    total_pages: int
    body_f1: float | None = None
    body_precision: float | None = None
    body_recall: float | None = None
    title: float | None = None
    title_n: int = 0
    date: float | None = None
    date_n: int = 0
    author: float | None = None
    author_n: int = 0
    """Pages counted for author accuracy (gold names at least one person)."""
    seconds: float = 0.0
    """Sum of the timed extract calls (CPU seconds)."""
    pages_per_s: float | None = None
    speed_vs_newsparse: float | None = None
    """This row's pages/s over newsparse's on the same set and kind."""
    rss_peak_mb: float | None = None
    rss_base_mb: float | None = None
    errors: int = 0
    """Pages on which the tool raised (scored as an empty prediction)."""
    error: str | None = None
    """The first error, as ``Type: message``."""
    languages: tuple[LangRow, ...] = ()
    """The figures per gold language (empty where the set's gold has no languages)."""

    def figure(self, name: str) -> float | None:
        return getattr(self, name)  # type: ignore[no-any-return]


@dataclass(slots=True)
class _Tally:
    overlaps: list[metric.Overlap] = field(default_factory=list)
    title: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    author: list[bool] = field(default_factory=list)


def _mean(values: Sequence[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def sample(pages: Sequence[Page], limit: int | None) -> tuple[Page, ...]:
    """At most ``limit`` pages, evenly spaced over the set (sets are often grouped by site)."""
    if limit is None or limit >= len(pages):
        return tuple(pages)
    if limit <= 0:
        return ()
    step = len(pages) / limit
    return tuple(pages[math.floor(i * step)] for i in range(limit))


def score_row(
    corpus_set: CorpusSet, tool: Tool, pages: Sequence[Page], predictions: Sequence[Prediction]
) -> dict[str, float | int | None]:
    """The accuracy figures of one row, for the metrics both the gold and the tool have."""
    wanted = corpus_set.metrics & tool.provides
    tally = _Tally()
    for page, pred in zip(pages, predictions, strict=True):
        gold = page.gold
        if "body" in wanted and gold.body is not None:
            tally.overlaps.append(metric.overlap(gold.body, pred.body or ""))
        if "title" in wanted and gold.title:
            tally.title.append(metric.title_match(gold.title, pred.title))
        if "date" in wanted and gold.published:
            tally.date.append(metric.date_match(gold.published, pred.published))
        if "author" in wanted and gold.authors is not None:
            hit = metric.author_match(gold.authors, pred.authors or ())
            if hit is not None:
                tally.author.append(hit)
    out: dict[str, float | int | None] = {}
    if "body" in wanted:
        body = metric.body_score(tally.overlaps)
        out.update(body_f1=body.f1, body_precision=body.precision, body_recall=body.recall)
    if "title" in wanted:
        out.update(title=_mean(tally.title), title_n=len(tally.title))
    if "date" in wanted:
        out.update(date=_mean(tally.date), date_n=len(tally.date))
    if "author" in wanted:
        out.update(author=_mean(tally.author), author_n=len(tally.author))
    return out


def by_language(
    corpus_set: CorpusSet, tool: Tool, pages: Sequence[Page], predictions: Sequence[Prediction]
) -> tuple[LangRow, ...]:
    """``score_row`` per gold language, most pages first (ties by code), then one ``OTHER_LANG``
    row for the languages with fewer than ``MIN_LANG_PAGES`` pages; () if no page has one."""
    if not any(page.gold.lang for page in pages):
        return ()
    groups: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        groups.setdefault(page.gold.lang or UNKNOWN_LANG, []).append(i)
    ranked = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    shown = [(lang, idx) for lang, idx in ranked if len(idx) >= MIN_LANG_PAGES]
    small = [(lang, idx) for lang, idx in ranked if len(idx) < MIN_LANG_PAGES]

    def one(lang: str, idx: Sequence[int], folded: tuple[str, ...] = ()) -> LangRow:
        figures = score_row(
            corpus_set, tool, [pages[i] for i in idx], [predictions[i] for i in idx]
        )
        return LangRow(lang, len(idx), folded, **figures)  # type: ignore[arg-type]

    out = [one(lang, idx) for lang, idx in shown]
    if small:
        idx = sorted(i for _, group in small for i in group)
        out.append(one(OTHER_LANG, idx, tuple(lang for lang, _ in small)))
    return tuple(out)


def _maxrss_mb() -> float:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".strip().rstrip(":")


def run_row(
    corpus_set: CorpusSet,
    kind: str,
    tool: Tool,
    limit: int | None = None,
    *,
    measure_memory: bool = False,
) -> Row:
    """Run one tool over one set's pages of one kind, in this process."""
    all_pages = corpus_set.pages[kind]
    pages = sample(all_pages, limit)
    row = Row(corpus_set.name, kind, tool.name, len(pages), len(all_pages))
    if tool.module is not None:
        try:
            importlib.import_module(tool.module)
        except Exception as exc:  # an installed peer that fails to import
            return replace(row, pages=0, error=_describe(exc))
    rss_base = _maxrss_mb() if measure_memory else None
    if pages:  # warm-up: lazy imports, compiled patterns, caches
        try:
            first = pages[0]
            tool.run(tool.prepare(first.path.read_bytes(), kind), first, kind)
        except NotImplementedError as exc:
            return replace(row, pages=0, error=_describe(exc) or "NotImplementedError")
        except Exception:
            pass  # counted below, page by page
    predictions: list[Prediction] = []
    seconds = 0.0
    errors = 0
    first_error: str | None = None
    clock = time.process_time
    for page in pages:
        payload = tool.prepare(page.path.read_bytes(), kind)
        start = clock()
        try:
            pred = tool.run(payload, page, kind)
        except Exception as exc:
            seconds += clock() - start
            errors += 1
            if first_error is None:
                first_error = f"{page.id}: {_describe(exc)}"
            pred = Prediction(body="")
        else:
            seconds += clock() - start
        predictions.append(pred)
    figures = score_row(corpus_set, tool, pages, predictions)
    languages = by_language(corpus_set, tool, pages, predictions)
    return replace(
        row,
        seconds=seconds,
        pages_per_s=len(pages) / seconds if seconds > 0 else None,
        rss_peak_mb=_maxrss_mb() if measure_memory else None,
        rss_base_mb=rss_base,
        errors=errors,
        error=first_error,
        languages=languages,
        **figures,  # type: ignore[arg-type]
    )


def _child(conn: multiprocessing.connection.Connection, args: tuple) -> None:  # type: ignore[type-arg]
    try:
        conn.send(("ok", run_row(*args, measure_memory=True)))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def run_row_isolated(corpus_set: CorpusSet, kind: str, tool: Tool, limit: int | None = None) -> Row:
    """``run_row`` in a forked worker, so that its peak RSS is this row's alone."""
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform: run here, without memory figures
        return run_row(corpus_set, kind, tool, limit)
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, (corpus_set, kind, tool, limit)))
    proc.start()
    child.close()
    try:
        status, payload = parent.recv()
    except EOFError:
        status, payload = "error", f"worker exited with code {proc.exitcode}"
    proc.join()
    if status == "ok":
        return payload  # type: ignore[no-any-return]
    pages = len(corpus_set.pages[kind])
    last = str(payload).strip().splitlines()[-1] if payload else "worker failed"
    return Row(corpus_set.name, kind, tool.name, 0, pages, error=last)


def with_speed_ratios(rows: Iterable[Row]) -> list[Row]:
    """Fill ``speed_vs_newsparse`` from the newsparse row of the same set and kind."""
    rows = list(rows)
    ours = {(r.set, r.kind): r.pages_per_s for r in rows if r.tool == NEWSPARSE}
    out = []
    for r in rows:
        base = ours.get((r.set, r.kind))
        ratio = r.pages_per_s / base if base and r.pages_per_s and r.tool != NEWSPARSE else None
        out.append(replace(r, speed_vs_newsparse=ratio))
    return out


def run(
    sets: Sequence[CorpusSet],
    tools: Sequence[Tool],
    *,
    peer_limit: int | None = None,
    isolate: bool = True,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
) -> list[Row]:
    """Every tool over every set and kind it can score on; peers at most ``peer_limit`` pages
    per row. A tool is skipped on a set whose gold has none of the metrics it provides.

    ``jobs`` > 1 (with ``isolate``) runs that many rows at once, each still in its own
    single-threaded worker; CPU-time speed figures barely change, wall time drops."""
    plan: list[tuple[CorpusSet, str, Tool, int | None]] = [
        (corpus_set, kind, tool, peer_limit if tool.is_peer else None)
        for corpus_set in sets
        for kind in corpus_set.kinds
        for tool in tools
        if corpus_set.metrics & tool.provides
    ]

    def one(job: tuple[CorpusSet, str, Tool, int | None]) -> Row:
        corpus_set, kind, tool, limit = job
        if progress is not None:
            progress(f"{corpus_set.name}/{kind}: {tool.name}")
        if isolate:
            return run_row_isolated(corpus_set, kind, tool, limit)
        return run_row(corpus_set, kind, tool, limit)

    if jobs > 1 and isolate:
        with ThreadPoolExecutor(max_workers=jobs) as pool:  # threads only wait on workers
            rows = list(pool.map(one, plan))
    else:
        rows = [one(job) for job in plan]
    return with_speed_ratios(rows)
