"""Where the time goes: CPU milliseconds per page for each pipeline stage, for speed work.

    python benchmarks/stages.py --corpus ../shared/corpus            # aeb text and html
    python benchmarks/stages.py --corpus ../shared/corpus --repeat 5 --set ko-dev

Each pass runs every page of the set through the stages as ``newsparse.pipeline`` chains them,
timing each stage with ``time.process_time``; every per-line cache of the package is cleared
before each pass, so the figures are for pages seen for the first time (as in the benchmark).
The median of ``--repeat`` passes is printed, because this machine is shared and noisy. The
stage chain here must stay the pipeline's: ``tests/test_benchmarks.py`` checks that it returns
the same record as ``extract`` for the seed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsparse  # noqa: E402
from benchmarks.corpus import default_corpus_dir, discover  # noqa: E402
from newsparse import pipeline  # noqa: E402
from newsparse.assemble import assemble  # noqa: E402
from newsparse.classify import classify  # noqa: E402
from newsparse.html import parse as parse_html  # noqa: E402
from newsparse.language import detect_language  # noqa: E402
from newsparse.meta import apply_page_meta, declared_language_fits  # noqa: E402
from newsparse.model import Article, InputFormat, Label  # noqa: E402
from newsparse.segment import segment_text  # noqa: E402

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


def text_stages(data: bytes, times: dict[str, float], clock: Clock = time.process_time) -> Article:
    """The text pipeline (``pipeline.extract``), each stage's CPU time added to ``times``."""
    t0 = clock()
    text = pipeline._decode(data)
    t1 = clock()
    blocks = segment_text(text)
    t2 = clock()
    decisions = classify(blocks)
    t3 = clock()
    language = pipeline._language(decisions, text)
    t4 = clock()
    article = assemble(
        decisions, source="-", input_format=InputFormat.TEXT.value, language=language, tz=None
    )
    t5 = clock()
    for name, a, b in (
        ("decode", t0, t1),
        ("segment", t1, t2),
        ("classify", t2, t3),
        ("language", t3, t4),
        ("assemble", t4, t5),
    ):
        times[name] = times.get(name, 0.0) + b - a
    return article


def html_stages(data: bytes, times: dict[str, float], clock: Clock = time.process_time) -> Article:
    """The HTML pipeline (``pipeline._extract_html``), each stage's CPU time added to ``times``."""
    t0 = clock()
    page = pipeline.parse_html(data)
    meta = page.meta
    t1 = clock()
    decisions = classify(page.blocks)
    t2 = clock()
    body = "\n".join(d.block.text for d in decisions if d.label is Label.BODY)
    sample = body[: pipeline.HTML_LANGUAGE_SAMPLE]
    if meta.language and declared_language_fits(meta.language, sample):
        language: str | None = meta.language
    else:
        language = detect_language(sample) if sample else meta.language
    t3 = clock()
    article = assemble(
        decisions,
        source="-",
        input_format=InputFormat.HTML.value,
        language=language,
        tz=None,
        pick_page_date=meta.published is None,
        pick_page_authors=not meta.authors,
    )
    article = apply_page_meta(article, meta, tz=None)
    t4 = clock()
    for name, a, b in (("parse", t0, t1), ("classify", t1, t2), ("language", t2, t3)):
        times[name] = times.get(name, 0.0) + b - a
    times["assemble"] = times.get("assemble", 0.0) + t4 - t3
    return article


STAGES: dict[str, Callable[[bytes, dict[str, float]], Article]] = {
    "text": text_stages,
    "html": html_stages,
}
assert parse_html is pipeline.parse_html  # the stage chain uses the pipeline's own parser


def measure(pages: Sequence[bytes], kind: str, repeat: int) -> dict[str, float]:
    """Median CPU milliseconds per page for each stage and in total over ``repeat`` passes."""
    run = STAGES[kind]
    if pages:
        run(pages[0], {})  # warm-up: lazy imports and compiled patterns
    passes: list[dict[str, float]] = []
    for _ in range(repeat):
        clear_caches()
        times: dict[str, float] = {}
        for data in pages:
            run(data, times)
        times["total"] = sum(times.values())
        passes.append(times)
    n = max(1, len(pages))
    return {name: statistics.median(p[name] for p in passes) * 1e3 / n for name in passes[0]}


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
