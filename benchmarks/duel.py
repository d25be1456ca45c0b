"""Speed side by side: newsparse and peers timed page by page, interleaved, for stable ratios.

The accuracy rows time each tool in its own pass, seconds or minutes apart; on a shared machine
the load changes between passes, and a ratio of two such figures moved by ±20 % between runs of
the same code. The duel times every contestant on the same page one right after the other,
round after round, so that a burst of load slows all of them alike:

    for each round:            (``rounds``, default 3)
        for each page:         (pages of the set that have both a text dump and HTML)
            for each contestant: time its extract call (CPU time, bytes prepared beforehand)

newsparse's per-line caches are cleared (untimed) before each of its calls: it would otherwise
answer the HTML of a page from the lines its text dump just filled in, and later rounds from
earlier ones. That is harsher than a real batch, where chrome repeating across pages of one
site does hit the cache, so the duel's newsparse figures are a lower bound.

A contestant's pages/s in a round is pages / its summed time; the figure reported is the median
over rounds, and the ratio is the median of the per-round ratios. Contestants: newsparse on the
text dump, newsparse on the HTML, and each peer on the HTML (its native input; the issues compare
against trafilatura's pages/s on the same pages' HTML).
"""

from __future__ import annotations

import importlib
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from benchmarks.corpus import CorpusSet, Page
from benchmarks.peers import NEWSPARSE, Tool

DEFAULT_ROUNDS = 3


@dataclass(frozen=True, slots=True)
class Contestant:
    tool: str
    kind: str
    """The input kind it was given."""


@dataclass(frozen=True, slots=True)
class DuelResult:
    """One contestant's figures in a duel."""

    tool: str
    kind: str
    pages: int
    rounds: int
    pages_per_s: float | None
    """Median over rounds."""
    per_round: tuple[float, ...]
    """Pages/s in each round, in order."""
    vs: dict[str, float]
    """Median per-round ratio of this contestant's pages/s to each other contestant's
    (key ``"tool/kind"``)."""
    errors: int = 0


def paired_pages(corpus_set: CorpusSet) -> list[tuple[Page, Page]]:
    """(text page, html page) for every page id the set has in both kinds, in id order."""
    html = {p.id: p for p in corpus_set.pages.get("html", ())}
    return [(p, html[p.id]) for p in corpus_set.pages.get("text", ()) if p.id in html]


def contestants(tools: Sequence[Tool]) -> list[tuple[Contestant, Tool]]:
    """newsparse on text and on HTML, then each peer on HTML (tools that import)."""
    out: list[tuple[Contestant, Tool]] = []
    for tool in tools:
        if tool.module is not None:
            try:
                importlib.import_module(tool.module)
            except Exception:  # an installed peer that fails to import sits out
                continue
        kinds = ("text", "html") if tool.name == NEWSPARSE else ("html",)
        out.extend((Contestant(tool.name, kind), tool) for kind in kinds)
    return out


def duel(
    corpus_set: CorpusSet,
    tools: Sequence[Tool],
    *,
    rounds: int = DEFAULT_ROUNDS,
    limit: int | None = None,
    clock: Callable[[], float] = time.process_time,
    reset: Callable[[], object] | None = None,
) -> list[DuelResult]:
    """Time the contestants interleaved page by page (see the module docstring). ``reset`` is
    called untimed before each call of a non-peer contestant (default: clear newsparse's
    caches)."""
    if reset is None:
        from benchmarks.stages import cache_functions

        clears = cache_functions()

        def reset() -> None:
            for clear in clears:
                clear()

    pairs = paired_pages(corpus_set)[:limit] if limit else paired_pages(corpus_set)
    entries = contestants(tools)
    if not pairs or not entries:
        return []
    # Inputs are prepared once, outside the clock (peers get HTML; newsparse its own kind).
    inputs: list[list[object]] = []
    for text_page, html_page in pairs:
        row: list[object] = []
        for who, tool in entries:
            page = text_page if who.kind == "text" else html_page
            row.append(tool.prepare(page.path.read_bytes(), who.kind))
        inputs.append(row)
    for k, (who, tool) in enumerate(entries):  # warm-up: lazy imports, compiled patterns
        page = pairs[0][0] if who.kind == "text" else pairs[0][1]
        try:
            tool.run(inputs[0][k], page, who.kind)
        except Exception:
            pass
    seconds = [[0.0] * len(entries) for _ in range(rounds)]
    errors = [0] * len(entries)
    for r in range(rounds):
        for (text_page, html_page), row in zip(pairs, inputs, strict=True):
            for k, (who, tool) in enumerate(entries):
                page = text_page if who.kind == "text" else html_page
                if not tool.is_peer:
                    reset()
                start = clock()
                try:
                    tool.run(row[k], page, who.kind)
                except Exception:
                    if r == 0:
                        errors[k] += 1
                seconds[r][k] += clock() - start
    n = len(pairs)
    rates = [[n / s if s > 0 else float("inf") for s in per] for per in seconds]
    results: list[DuelResult] = []
    for k, (who, _tool) in enumerate(entries):
        vs = {
            f"{other.tool}/{other.kind}": statistics.median(
                rates[r][k] / rates[r][j] for r in range(rounds)
            )
            for j, (other, _t) in enumerate(entries)
            if j != k
        }
        per_round = tuple(rates[r][k] for r in range(rounds))
        results.append(
            DuelResult(
                who.tool,
                who.kind,
                n,
                rounds,
                statistics.median(per_round),
                per_round,
                vs,
                errors[k],
            )
        )
    return results


def table(set_name: str, results: Sequence[DuelResult]) -> str:
    """A Markdown table: contestant, pages, pages/s (median, and each round), ratio to each."""
    if not results:
        return ""
    names = [f"{r.tool}/{r.kind}" for r in results]
    head = ["contestant", "pages", "pages/s (median)", "per round", *[f"× {n}" for n in names]]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r, name in zip(results, names, strict=True):
        cells = [
            name,
            str(r.pages),
            f"{r.pages_per_s:,.1f}" if r.pages_per_s else "–",
            " / ".join(f"{x:,.0f}" for x in r.per_round),
            *["–" if other == name else f"{r.vs[other]:.2f}" for other in names],
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return f"Speed duel on {set_name} (interleaved page by page):\n\n" + "\n".join(lines)
