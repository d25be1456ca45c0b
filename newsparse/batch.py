"""batch: many inputs → one Result per input, in input order, in-process or over a process pool.

Contract. ``run_batch`` takes the stream ``read.expand_inputs`` yields (input references, with
problems already in place as errors) and an extractor (``ExtractJob``: read, decode, pipeline),
and yields exactly one ``Result`` per item, in input order, each holding the Article or the error
that stopped it. Nothing is lost: an input that makes the extractor raise becomes an
``ExtractionFailed`` result, one that kills its worker process a ``WorkerCrashed`` result, and the
batch goes on. Memory does not grow with the number of inputs: the input stream is consumed
lazily and at most ``in_flight`` inputs are queued or running at a time; finished results wait in
that window only until the ones before them are done. ``Summary`` counts results for the closing
line. Nothing here prints.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from multiprocessing.reduction import ForkingPickler
from pathlib import Path, PurePath
from typing import Any

from newsparse import model
from newsparse.errors import ExtractionFailed, NewsparseError, WorkerCrashed
from newsparse.model import Article, Format, InputFormat
from newsparse.read import DEFAULT_MAX_BYTES, STDIN, InputRef, read_source

IN_FLIGHT_PER_WORKER = 4
"""Inputs queued or running per worker: enough to keep every worker busy while the head of the
line finishes, few enough that memory stays flat (results wait here only to be put in order)."""

START_METHOD = "spawn"
"""Workers are started fresh, not forked from the CLI (whose progress-bar thread may hold a lock
at fork time). Not "forkserver": after a worker crash, the pool joins its workers through the
fork server's status pipes, and that join was seen to hang for good in the crash test; a spawned
worker is the pool's own child, so its exit is always seen (waitpid)."""

FORMAT_EXTENSIONS: dict[Format, str] = {
    Format.JSON: ".json",
    Format.JSONL: ".jsonl",
    Format.MARKDOWN: ".md",
    Format.CSV: ".csv",
}
"""File extension of each output format, for ``--output-dir``."""

Extractor = Callable[[InputRef], Article]
"""What a batch runs on each input; must pickle (a module-level function or an ExtractJob)."""


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one input: its Article, or the error that stopped it."""

    index: int
    """0-based position in input order."""
    name: str
    """The input as the user gave it ("-" for stdin)."""
    article: Article | None = None
    error: NewsparseError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def empty(self) -> bool:
        """Extracted, but no body was found."""
        return self.article is not None and not self.article.body


@dataclass(slots=True)
class Summary:
    """Counts for the line at the end of a batch."""

    inputs: int = 0
    extracted: int = 0
    """Inputs with a record that has a body."""
    empty: int = 0
    """Inputs with a record but no body found."""
    failed: int = 0
    """Inputs that gave an error (and, with ``strict``, empty ones too)."""
    seconds: float = 0.0
    strict: bool = False
    """Count an input without a body as failed (``--strict``)."""
    _started: float = field(default_factory=time.perf_counter, repr=False)

    def add(self, result: Result) -> None:
        self.inputs += 1
        if result.error is not None:
            self.failed += 1
        elif result.empty:
            self.empty += 1
            if self.strict:
                self.failed += 1
        else:
            self.extracted += 1
        self.seconds = time.perf_counter() - self._started

    def counts_as_failed(self, result: Result) -> bool:
        return result.error is not None or (self.strict and result.empty)

    @property
    def exit_code(self) -> int:
        """0 when every input was extracted, 1 when some failed."""
        return 1 if self.failed else 0

    @property
    def pages_per_second(self) -> float:
        return self.inputs / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """One line: '3 inputs: 1 extracted, 1 empty, 1 failed in 0.42 s (7.1 pages/s)'."""
        noun = "input" if self.inputs == 1 else "inputs"
        empty = f"{self.empty} empty" + (
            " (counted as failed)" if self.strict and self.empty else ""
        )
        return (
            f"{self.inputs} {noun}: {self.extracted} extracted, {empty}, {self.failed} failed"
            f" in {self.seconds:.2f} s ({self.pages_per_second:.1f} pages/s)"
        )


@dataclass(frozen=True, slots=True)
class ExtractJob:
    """The default extractor: read and decode one input, then run the pipeline on it."""

    encoding: str | None = None
    input_format: InputFormat = InputFormat.AUTO
    max_bytes: int = DEFAULT_MAX_BYTES
    tz: str | None = None
    keep_decisions: bool = True
    """False drops ``Article.decisions`` in the worker (less to send back; --explain needs them)."""

    def __call__(self, ref: InputRef) -> Article:
        from newsparse.pipeline import extract  # the pipeline imports read; keep the cycle lazy

        source = read_source(
            ref, encoding=self.encoding, input_format=self.input_format, max_bytes=self.max_bytes
        )
        article = extract(
            source.text, source=source.name, input_format=source.input_format, tz=self.tz
        )
        if not self.keep_decisions and article.decisions:
            article = replace(article, decisions=())
        return article


def default_workers() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def run_batch(
    refs: Iterable[InputRef | NewsparseError],
    extract_one: Extractor,
    *,
    workers: int | None = None,
    in_flight: int | None = None,
) -> Iterator[Result]:
    """One Result per item of ``refs``, in order; errors in ``refs`` become failed Results.

    ``workers`` processes extract in parallel (default: the CPUs available); with 1, or with a
    single input, everything runs in this process. Standard input is always read here.
    ``in_flight`` bounds the inputs queued or running (default: workers × IN_FLIGHT_PER_WORKER).
    """
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = iter(refs)
    head = list(islice(items, 2))
    items = chain(head, items)
    if workers == 1 or len(head) < 2:
        for index, item in enumerate(items):
            yield _resolve_here(index, item, extract_one)
        return
    window = max(1, in_flight or workers * IN_FLIGHT_PER_WORKER)
    yield from _Pool(extract_one, workers).run(items, window)


def _resolve_here(index: int, item: InputRef | NewsparseError, extract_one: Extractor) -> Result:
    if isinstance(item, NewsparseError):
        return Result(index, item.source, error=item)
    return _run_one(extract_one, index, item)


def _run_one(extract_one: Extractor, index: int, ref: InputRef) -> Result:
    """Extract one input, turning every exception into a failed Result (runs in a worker)."""
    try:
        article = extract_one(ref)
    except NewsparseError as exc:
        return Result(index, ref.name, error=exc)
    except Exception as exc:  # a bug in newsparse: report it, keep the batch going
        return Result(index, ref.name, error=_internal_error(ref.name, exc))
    return Result(index, ref.name, article=article)


def _internal_error(name: str, exc: BaseException) -> ExtractionFailed:
    detail = "".join(traceback.format_exception(exc))
    message = str(exc).splitlines()[0] if str(exc) else ""
    reason = f"internal error: {type(exc).__name__}" + (f": {message}" if message else "")
    return ExtractionFailed(name, reason, detail)


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops the batch (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    freeze_startup_objects()


def freeze_startup_objects() -> None:
    """Import the pipeline and put every object alive then out of the cyclic garbage
    collector's reach (``gc.freeze``): the modules, rule tables and compiled patterns, tens of
    thousands of objects that live as long as the process. A page makes enough objects to start
    collections, and each full one would walk them all again: with them frozen, a run over the
    aeb text pages takes ~0.5 M fewer instructions a page (3 %, callgrind). Called by the
    command (``cli.main``) and by each batch worker, which own their processes; never by the
    library, whose host owns its heap (a cycle it made before importing newsparse would never
    be collected)."""
    import newsparse.pipeline  # noqa: F401  (imported for its objects, which are frozen below)

    gc.freeze()


_Pending = tuple[int, InputRef, "Future[Result] | Result"]


class _Pool:
    """A process pool that survives its workers dying: crashed inputs are retried one by one."""

    def __init__(self, extract_one: Extractor, workers: int) -> None:
        self.extract_one = extract_one
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            context = multiprocessing.get_context(START_METHOD)
            self.executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=_worker_init,
            )
        return self.executor

    def _discard(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def _submit(self, index: int, ref: InputRef) -> Future[Result]:
        return self._executor().submit(_run_one, self.extract_one, index, ref)

    def run(self, items: Iterable[InputRef | NewsparseError], window: int) -> Iterator[Result]:
        pending: deque[_Pending] = deque()
        try:
            for index, item in enumerate(items):
                if isinstance(item, NewsparseError) or item.is_stdin:
                    result = _resolve_here(index, item, self.extract_one)
                    pending.append((index, InputRef(result.name), result))
                else:
                    try:
                        future = self._submit(index, item)
                    except BrokenProcessPool:  # a worker died before the head was collected
                        yield from self._recover(pending)
                        future = self._submit(index, item)
                    pending.append((index, item, future))
                while len(pending) >= window:
                    yield from self._collect(pending)
            while pending:
                yield from self._collect(pending)
        finally:
            self._discard()

    def _collect(self, pending: deque[_Pending]) -> Iterator[Result]:
        """Yield the head of the line once done; after a crash, retry the unfinished alone."""
        index, ref, outcome = pending[0]
        if isinstance(outcome, Result):
            pending.popleft()
            yield outcome
            return
        try:
            result = outcome.result()
        except BrokenProcessPool:
            yield from self._recover(pending)
            return
        except Exception as exc:  # the result could not cross back (unpicklable), say
            result = Result(index, ref.name, error=_internal_error(ref.name, exc))
        pending.popleft()
        yield result

    def _recover(self, pending: deque[_Pending]) -> Iterator[Result]:
        """A worker died: every unfinished input in the window runs again, alone, to find which."""
        suspects = list(pending)
        pending.clear()
        self._discard()
        for index, ref, outcome in suspects:
            if isinstance(outcome, Result):
                yield outcome
                continue
            if outcome.done() and not outcome.cancelled() and outcome.exception() is None:
                yield outcome.result()
                continue
            try:
                yield self._submit(index, ref).result()
            except BrokenProcessPool:
                self._discard()
                reason = "the worker process died on this input (crash or out of memory)"
                yield Result(index, ref.name, error=WorkerCrashed(ref.name, reason))
            except Exception as exc:
                yield Result(index, ref.name, error=_internal_error(ref.name, exc))


def _register_fast_pickling(*classes: type) -> None:
    """Records cross from workers as (class, field values): a constructor call to unpickle.

    Frozen slotted dataclasses pickle through their generated ``__getstate__``/``__setstate__``,
    which made unpickling results cost the CLI 1.5 ms a page (more than rendering them); this
    halves that. Registered with multiprocessing's pickler only, not with ``pickle`` at large.
    """
    for cls in classes:
        fields = dataclasses.fields(cls)
        if all(f.init for f in fields):
            ForkingPickler.register(cls, _constructor_reducer(cls, tuple(f.name for f in fields)))


def _constructor_reducer(
    cls: type, names: tuple[str, ...]
) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    def reduce(obj: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, tuple(getattr(obj, name) for name in names)

    return reduce


_register_fast_pickling(
    Result,
    model.Article,
    model.Author,
    model.Caption,
    model.Dateline,
    model.Decision,
    model.Block,
    model.Dropped,
)


class OutputPaths:
    """Where ``--output-dir`` writes each input's record: the input's path mirrored under DIR.

    ``pages/a/b.txt`` → ``DIR/pages/a/b.json`` (``.gz`` and the last extension replaced by the
    format's); stdin → ``DIR/stdin.json``; an absolute path is taken relative to the working
    directory, or from its root; a ``..`` left after normalising becomes ``__``. When two inputs
    would share a name (a.txt and a.html, or one input given twice), the later ones get ``-2``,
    ``-3`` ... before the extension. Remembers the names given (a few dozen bytes per input).
    """

    def __init__(self, out_dir: str | Path, output_format: Format) -> None:
        self.out_dir = Path(out_dir)
        self.extension = FORMAT_EXTENSIONS[output_format]
        self._used: set[PurePath] = set()

    def for_input(self, name: str) -> Path:
        relative = mirrored_name(name, self.extension)
        candidate = relative
        number = 1
        while candidate in self._used:
            number += 1
            candidate = relative.with_name(f"{relative.stem}-{number}{self.extension}")
        self._used.add(candidate)
        return self.out_dir / candidate


def mirrored_name(name: str, extension: str) -> PurePath:
    """The relative output path for an input name (see ``OutputPaths``)."""
    if name == STDIN:
        return PurePath(f"stdin{extension}")
    path = PurePath(os.path.normpath(name))
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            path = PurePath(*path.parts[1:])
    parts = ["__" if part == ".." else part for part in path.parts if part not in ("", ".")]
    if not parts:
        parts = ["input"]
    leaf = parts[-1]
    if leaf.lower().endswith(".gz"):
        leaf = leaf[:-3]
    stem = PurePath(leaf).stem if PurePath(leaf).suffix else leaf
    parts[-1] = f"{stem or leaf}{extension}"
    return PurePath(*parts)
