"""Speed side by side: newsparse and peers timed in short interleaved turns, for stable ratios.

The accuracy rows time each tool in its own pass, seconds or minutes apart; on a shared machine
the load changes between passes, and a ratio of two such figures moved by ±20 % between runs of
the same code. The duel times the contestants on the same few pages one right after the other,
round after round, so that a burst of load slows all of them alike:

    for each round:                    (``rounds``, default 3)
        for each run of ``chunk`` pages:   (of the pages that have a text dump and HTML)
            for each contestant: time its extract calls on those pages

Each contestant runs in a forked worker process of its own, started fresh every round: its
caches (newsparse keeps per-line facts and HTML hint words) fill from that round's pages alone,
as in a batch over new pages, and no other contestant's calls touch them -- newsparse's HTML run
cannot reuse the lines its text run just cached, nor a round the previous round's. Workers read
and prepare their inputs and make one untimed warm-up call before the first page; only the
extract call is timed, in the worker, with ``time.process_time``.

A contestant's pages/s in a round is pages / its summed time; the figure reported is the median
over rounds, and the ratio is the median of the per-round ratios. Contestants: newsparse on the
text dump, newsparse on the HTML, and each peer on the HTML (its native input; the issues compare
against trafilatura's pages/s on the same pages' HTML).
"""

from __future__ import annotations

import importlib
import multiprocessing
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from benchmarks.corpus import KINDS, CorpusSet, Page
from benchmarks.peers import NEWSPARSE, Tool

DEFAULT_ROUNDS = 3
DEFAULT_CHUNK = 10
"""Pages a contestant runs per turn. Switching process on every page evicts each one's working
set from the CPU caches between calls, which slowed trafilatura (large lxml trees) more than
newsparse and so flattered the ratio; ten pages (a fraction of a second) keep the turns short
enough for load changes to hit every contestant alike."""


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


class _Player:
    """One contestant in one round: ``play(pages)`` times its calls on those pages."""

    def play(self, indices: Sequence[int]) -> tuple[float, int]:
        """(CPU seconds of the calls, how many raised)."""
        raise NotImplementedError

    def close(self) -> None:
        pass


class _InProcess(_Player):
    """Runs in this process; ``reset`` (untimed) before each call of a non-peer tool."""

    def __init__(
        self,
        who: Contestant,
        tool: Tool,
        pages: Sequence[Page],
        inputs: Sequence[object],
        clock: Callable[[], float],
        reset: Callable[[], object],
    ) -> None:
        self.who, self.tool, self.pages, self.inputs = who, tool, pages, inputs
        self.clock, self.reset = clock, reset

    def play(self, indices: Sequence[int]) -> tuple[float, int]:
        seconds, failed = 0.0, 0
        for i in indices:
            if not self.tool.is_peer:
                self.reset()
            start = self.clock()
            try:
                self.tool.run(self.inputs[i], self.pages[i], self.who.kind)
            except Exception:
                failed += 1
            seconds += self.clock() - start
        return seconds, failed


def _serve(conn: Connection, who: Contestant, tool: Tool, pages: Sequence[Page]) -> None:
    """A worker's loop: prepare every input, warm up, then time the pages asked for."""
    inputs = [tool.prepare(p.path.read_bytes(), who.kind) for p in pages]
    try:
        tool.run(inputs[0], pages[0], who.kind)  # warm-up: lazy imports, compiled patterns
    except Exception:
        pass
    conn.send("ready")
    while (indices := conn.recv()) is not None:
        seconds, failed = 0.0, 0
        for i in indices:
            start = time.process_time()
            try:
                tool.run(inputs[i], pages[i], who.kind)
            except Exception:
                failed += 1
            seconds += time.process_time() - start
        conn.send((seconds, failed))
    conn.close()


class _Worker(_Player):
    """A forked process of its own, started fresh each round: its caches fill as a batch's
    would, from this round's pages alone, and no other contestant's calls touch them."""

    def __init__(self, who: Contestant, tool: Tool, pages: Sequence[Page]) -> None:
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, who, tool, pages), daemon=True)
        self.proc.start()
        child.close()
        self.conn.recv()  # "ready": inputs read and the warm-up call made

    def play(self, indices: Sequence[int]) -> tuple[float, int]:
        self.conn.send(list(indices))
        seconds, failed = self.conn.recv()
        return float(seconds), int(failed)

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join()


def duel(
    corpus_set: CorpusSet,
    tools: Sequence[Tool],
    *,
    rounds: int = DEFAULT_ROUNDS,
    limit: int | None = None,
    isolate: bool = True,
    chunk: int = DEFAULT_CHUNK,
    clock: Callable[[], float] = time.process_time,
    reset: Callable[[], object] | None = None,
) -> list[DuelResult]:
    """Time the contestants in interleaved turns (see the module docstring).

    ``isolate`` (the command's way): each contestant runs in a forked worker of its own, started
    fresh each round. Otherwise (tests, or no fork): in this process, with ``reset`` called
    untimed before each call of a non-peer contestant (default: clear newsparse's caches) so
    that its text and HTML runs do not share cached lines; ``clock`` is used only then."""
    pairs = paired_pages(corpus_set)[:limit] if limit else paired_pages(corpus_set)
    entries = contestants(tools)
    if not pairs or not entries:
        return []
    if isolate and "fork" not in multiprocessing.get_all_start_methods():
        isolate = False
    if reset is None:
        from benchmarks.stages import cache_functions

        clears = cache_functions()

        def reset() -> None:
            for clear in clears:
                clear()

    per_kind = {kind: [text if kind == "text" else html for text, html in pairs] for kind in KINDS}
    inputs: dict[int, list[object]] = {}
    if not isolate:  # prepared once, outside the clock (peers get HTML; newsparse its kind)
        for k, (who, tool) in enumerate(entries):
            pages = per_kind[who.kind]
            inputs[k] = [tool.prepare(p.path.read_bytes(), who.kind) for p in pages]
            try:
                tool.run(inputs[k][0], pages[0], who.kind)  # warm-up
            except Exception:
                pass
    seconds = [[0.0] * len(entries) for _ in range(rounds)]
    errors = [0] * len(entries)
    for r in range(rounds):
        players: list[_Player] = [
            _Worker(who, tool, per_kind[who.kind])
            if isolate
            else _InProcess(who, tool, per_kind[who.kind], inputs[k], clock, reset)
            for k, (who, tool) in enumerate(entries)
        ]
        try:
            for first in range(0, len(pairs), chunk):
                turn = range(first, min(first + chunk, len(pairs)))
                for k, player in enumerate(players):
                    spent, failed = player.play(turn)
                    seconds[r][k] += spent
                    if r == 0:
                        errors[k] += failed
        finally:
            for player in players:
                player.close()
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
    title = f"Speed duel on {set_name} (interleaved turns, a fresh worker per contestant and round)"
    return title + ":\n\n" + "\n".join(lines)
