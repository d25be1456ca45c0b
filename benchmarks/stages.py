"""Where the time goes: CPU milliseconds per page for each pipeline stage, for speed work.

    python benchmarks/stages.py --corpus ../shared/corpus            # aeb text and html
    python benchmarks/stages.py --corpus ../shared/corpus --repeat 5 --set ko-dev

Each pass runs every page of the set through ``newsparse.pipeline.extract`` with the stage
functions it calls wrapped in timers (``time.process_time``); every cache of the package is
cleared before each pass, so the figures are for pages seen for the first time (as in the
benchmark). The median of ``--repeat`` passes is printed, because this machine is shared and
noisy.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsparse  # noqa: E402
from benchmarks.corpus import default_corpus_dir, discover  # noqa: E402
from newsparse import pipeline  # noqa: E402
from newsparse.model import Article  # noqa: E402

Clock = Callable[[], float]


def cache_functions() -> list[Callable[[], None]]:
    """The ``cache_clear`` of every ``functools`` cache in the package, and every module's own
    ``clear_caches()`` (for caches kept in plain dicts)."""
    found: list[Callable[[], None]] = []
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name.endswith("__main__"):
            continue  # importing it would run the command line
        module = importlib.import_module(info.name)
        for name, value in list(vars(module).items()):
            if getattr(value, "__module__", None) != info.name:
                continue  # imported from elsewhere: cleared where it is defined
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                found.append(clear)
            elif name == "clear_caches" and callable(value):
                found.append(value)
    return found


def clear_caches() -> int:
    """Clear every ``functools`` cache in the package; returns how many were cleared."""
    clears = cache_functions()
    for clear in clears:
        clear()
    return len(clears)


STAGE_OF: dict[str, str] = {
    "_decode": "decode",
    "parse_html": "parse",
    "segment_text": "segment",
    "classify": "classify",
    "_language": "language",
    "detect_language": "language",
    "declared_language_fits": "language",
    "assemble": "assemble",
    "apply_page_meta": "assemble",
}
"""The functions ``newsparse.pipeline`` calls, by the stage their time is counted in."""


@contextmanager
def timed_stages(times: dict[str, float], clock: Clock = time.process_time) -> Iterator[None]:
    """Within the block, every stage function the pipeline calls adds its CPU time to
    ``times[stage]``: the pipeline module's names are swapped for timing wrappers (and restored
    after), so the chain timed is the pipeline's own, not a copy of it. A stage called from
    inside another (``_language`` calls ``detect_language``) is counted once, in the outer."""
    depth = [0]

    def wrap(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:
                return fn(*args, **kwargs)
            depth[0] += 1
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                times[stage] = times.get(stage, 0.0) + clock() - start
                depth[0] -= 1

        return timed

    saved = {name: getattr(pipeline, name) for name in STAGE_OF}
    try:
        for name, stage in STAGE_OF.items():
            setattr(pipeline, name, wrap(stage, saved[name]))
        yield
    finally:
        for name, fn in saved.items():
            setattr(pipeline, name, fn)


def run_pages(
    pages: Sequence[bytes], kind: str, times: dict[str, float], clock: Clock = time.process_time
) -> list[Article]:
    """Extract every page through ``pipeline.extract`` with its stages timed into ``times``;
    ``times["total"]`` gets the whole calls' time (``other`` = total - stages: sniffing and the
    glue between stages)."""
    articles = []
    with timed_stages(times, clock):
        for data in pages:
            start = clock()
            articles.append(pipeline.extract(data, input_format=kind))
            times["total"] = times.get("total", 0.0) + clock() - start
    return articles


def measure(pages: Sequence[bytes], kind: str, repeat: int) -> dict[str, float]:
    """Median CPU milliseconds per page for each stage and in total over ``repeat`` passes."""
    if pages:
        pipeline.extract(pages[0], input_format=kind)  # warm-up: lazy imports, patterns
    passes: list[dict[str, float]] = []
    for _ in range(repeat):
        clear_caches()
        times: dict[str, float] = {}
        run_pages(pages, kind, times)
        times["other"] = times["total"] - sum(v for k, v in times.items() if k != "total")
        passes.append(times)
    n = max(1, len(pages))
    names = [name for name in passes[0] if name != "total"] + ["total"]
    return {name: statistics.median(p.get(name, 0.0) for p in passes) * 1e3 / n for name in names}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--set", default="aeb", help="corpus set (default aeb)")
    parser.add_argument("--kind", choices=("text", "html"), action="append", default=None)
    parser.add_argument("--repeat", type=int, default=3, help="passes; the median is shown")
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus_dir()
    sets, messages = discover(corpus, only=(args.set,))
    for message in messages:
        print(message, file=sys.stderr)
    if not sets:
        return 2
    for kind in args.kind or ["text", "html"]:
        pages = [p.path.read_bytes() for p in sets[0].pages.get(kind, ())]
        if not pages:
            continue
        result = measure(pages, kind, max(1, args.repeat))
        cells = "  ".join(f"{name} {ms:.2f}" for name, ms in result.items() if name != "total")
        total = result["total"]
        rate = 1e3 / total if total else float("inf")
        print(
            f"{args.set}/{kind} ({len(pages)} pages, ms/page): {cells}  | total {total:.2f}"
            f" = {rate:.0f} pages/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
