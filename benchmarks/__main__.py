"""``python -m benchmarks``: newsparse and its peers over the corpora, as one Markdown table.

Rows per set and input kind: newsparse, the whole-page baseline, then each installed peer
(trafilatura, jusText, readability-lxml: the ``bench`` extra). Peers read HTML; on text dumps
they get each line wrapped as ``<p>``. A second table breaks newsparse's figures down by the
gold's page language, where the set has one. Data (the tables) goes to stdout, progress and skip
messages to stderr; ``--json FILE`` writes every figure. ``--gate`` runs the accuracy gate
instead (see :mod:`benchmarks.gate`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks import MIN_LANG_PAGES, OTHER_LANG, Row, run
from benchmarks.corpus import KINDS, SET_NAMES, default_corpus_dir, discover
from benchmarks.duel import DEFAULT_ROUNDS, DuelResult, duel
from benchmarks.duel import table as duel_table
from benchmarks.peers import NEWSPARSE, TOOLS, WHOLE_PAGE, Tool, is_available, version

MEMORY_NOTE = (
    "peak RSS: ru_maxrss of a forked worker running that row alone (interpreter, tool imports, "
    "one page in memory at a time)"
)
SPEED_NOTE = (
    "pages/s: one process, one thread, CPU time of the extract call alone, on bytes read "
    "beforehand (text dumps wrapped as <p> for peers, untimed), after one untimed warm-up call"
)


DUEL_SET = "aeb"
DUEL_PEERS: tuple[str, ...] = ("trafilatura",)
"""The duel's default: the set and peer the speed claims of issues #2 and #3 name."""

PEER_PAGES = 200
"""Default cap on a peer's pages per row: only dates/text (595 pages) is cut; trafilatura runs
about 8 pages/s on its dumps, which would cost over a minute."""


def _limit(value: str) -> int | None:
    if value == "all":
        return None
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be a positive number or 'all'")
    return n


def _split(values: Sequence[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or ():
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Accuracy and speed of newsparse beside its peers on the evaluation corpora.",
    )
    p.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="corpus folder (default: $NEWSPARSE_CORPUS or ../shared/corpus)",
    )
    p.add_argument(
        "--only",
        action="append",
        metavar="SET",
        help=f"run only these sets ({', '.join(SET_NAMES)}); repeat or comma-separate",
    )
    p.add_argument("--kind", choices=KINDS, action="append", help="run only this input kind")
    p.add_argument("--no-peers", action="store_true", help="newsparse and the baseline only")
    p.add_argument(
        "--peer-pages",
        type=_limit,
        default=PEER_PAGES,
        metavar="N|all",
        help="run each peer on at most N evenly spaced pages per set and kind "
        f"(default {PEER_PAGES}, keeping the whole run under five minutes)",
    )
    p.add_argument("--json", type=Path, default=None, metavar="FILE", help="write results as JSON")
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="run N rows at once, each in its own single-threaded worker (default 1)",
    )
    p.add_argument(
        "--in-process",
        action="store_true",
        help="no worker processes (faster start, no memory figures)",
    )
    p.add_argument(
        "--gate",
        action="store_true",
        help="run the accuracy gate instead (python -m benchmarks.gate)",
    )
    p.add_argument("--floors", type=Path, default=None, help="floors file for --gate")
    p.add_argument(
        "--duel-rounds",
        type=int,
        default=DEFAULT_ROUNDS,
        metavar="N",
        help="speed duel: time newsparse (text, html) and peers (html) in interleaved turns "
        f"for N rounds and report medians (default {DEFAULT_ROUNDS}; 0 skips it)",
    )
    p.add_argument(
        "--duel-set", default=DUEL_SET, metavar="SET", help=f"set for the duel (default {DUEL_SET})"
    )
    p.add_argument(
        "--duel-peers",
        default=",".join(DUEL_PEERS),
        metavar="NAMES|all",
        help=f"peers in the duel, comma-separated, or all (default {','.join(DUEL_PEERS)})",
    )
    return p


# --- table ----------------------------------------------------------------------------------


def _f3(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _rate(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def _ratio(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}×" if value < 10 else f"{value:.0f}×"


def _mb(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


COLUMNS = (
    "set",
    "input",
    "tool",
    "pages",
    "body F1",
    "P",
    "R",
    "title",
    "date",
    "author",
    "pages/s",
    "speed vs newsparse",
    "peak RSS MB",
)


def table_rows(rows: Sequence[Row]) -> list[tuple[str, ...]]:
    out = []
    for r in rows:
        pages = str(r.pages) if r.pages == r.total_pages else f"{r.pages}/{r.total_pages}"
        if r.error and r.pages == 0:
            out.append(
                (
                    r.set,
                    r.kind,
                    r.tool,
                    pages,
                    f"failed: {r.error}"[:60],
                    *("",) * (len(COLUMNS) - 5),
                )
            )
            continue
        out.append(
            (
                r.set,
                r.kind,
                r.tool,
                pages,
                _f3(r.body_f1),
                _f3(r.body_precision),
                _f3(r.body_recall),
                _f3(r.title),
                _f3(r.date),
                _f3(r.author),
                _rate(r.pages_per_s),
                _ratio(r.speed_vs_newsparse),
                _mb(r.rss_peak_mb),
            )
        )
    return out


def markdown_table(rows: Sequence[Row]) -> str:
    return _markdown(COLUMNS, table_rows(rows))


LANG_COLUMNS = ("set", "input", "language", "pages", "body F1", "title", "date", "author")


def lang_table_rows(rows: Sequence[Row]) -> list[tuple[str, ...]]:
    """newsparse's rows per gold language, for the sets whose gold has languages."""
    out: list[tuple[str, ...]] = []
    for r in rows:
        if r.tool != NEWSPARSE:
            continue
        for lr in r.languages:
            lang = f"{OTHER_LANG} ({len(lr.folded)})" if lr.lang == OTHER_LANG else lr.lang
            out.append(
                (
                    r.set,
                    r.kind,
                    lang,
                    str(lr.pages),
                    _f3(lr.body_f1),
                    _f3(lr.title),
                    _f3(lr.date),
                    _f3(lr.author),
                )
            )
    return out


def language_table(rows: Sequence[Row]) -> str:
    """The per-language table; "" when no newsparse row has languages."""
    body = lang_table_rows(rows)
    return _markdown(LANG_COLUMNS, body) if body else ""


def language_notes(rows: Sequence[Row]) -> list[str]:
    """Which languages each ``other`` row folds together."""
    out = []
    for r in rows:
        if r.tool != NEWSPARSE:
            continue
        for lr in r.languages:
            if lr.lang == OTHER_LANG:
                out.append(
                    f"{OTHER_LANG} on {r.set}/{r.kind}: {len(lr.folded)} languages with fewer "
                    f"than {MIN_LANG_PAGES} pages each ({', '.join(lr.folded)})."
                )
    return out


def language_json(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """newsparse's per-language figures, one flat record per row of the language table."""
    return [
        {"set": r.set, "kind": r.kind, "tool": r.tool, **asdict(lr)}
        for r in rows
        if r.tool == NEWSPARSE
        for lr in r.languages
    ]


def _markdown(columns: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    right = set(columns[3:])
    widths = [
        max(len(c), *(len(row[i]) for row in body)) if body else len(c)
        for i, c in enumerate(columns)
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(w) if columns[i] in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(parts) + " |"

    rule = (
        "|"
        + "|".join(
            "-" * (w + 1) + ":" if columns[i] in right else "-" * (w + 2)
            for i, w in enumerate(widths)
        )
        + "|"
    )
    return "\n".join([line(columns), rule, *(line(row) for row in body)])


def notes(rows: Sequence[Row], isolate: bool, duel_results: Sequence[DuelResult] = ()) -> list[str]:
    """Footnotes: what was counted, sampled, failed; the speed claims of the issues."""
    out = [SPEED_NOTE + "."]
    out.append((MEMORY_NOTE if isolate else "peak RSS not measured (--in-process)") + ".")
    for r in rows:
        if r.tool == NEWSPARSE and r.author is not None and r.author_n < r.total_pages:
            out.append(
                f"author on {r.set}/{r.kind}: {r.author_n} of {r.pages} pages counted (the others' "
                "gold names no person: empty, or a desk such as a '... NEWS' byline)."
            )
    sampled = sorted({(r.tool, r.pages, r.total_pages) for r in rows if r.pages < r.total_pages})
    for tool, pages, total in sampled:
        if pages:
            out.append(f"{tool}: subsampled to {pages} of {total} evenly spaced pages.")
    for r in rows:
        if r.errors:
            out.append(
                f"{r.tool} on {r.set}/{r.kind}: raised on {r.errors} pages "
                f"(scored as empty), first: {r.error}"
            )
    by = {(r.set, r.kind, r.tool): r for r in rows}
    duelled = {(d.tool, d.kind): d for d in duel_results}
    peer = duelled.get(("trafilatura", "html"))
    for kind in ("text", "html"):
        mine = duelled.get((NEWSPARSE, kind))
        if mine and peer and mine.pages_per_s and peer.pages_per_s:
            out.append(
                f"duel: newsparse on {kind} {mine.pages_per_s:,.0f} pages/s = "
                f"{mine.vs['trafilatura/html']:.1f}× trafilatura on the same pages' HTML "
                f"({peer.pages_per_s:.1f} pages/s); medians of {mine.rounds} interleaved rounds."
            )
    if peer is not None:
        return out  # the duel's ratios replace the rows' (timed minutes apart)
    traf = by.get(("aeb", "html", "trafilatura"))
    for kind in ("text", "html"):
        ours = by.get(("aeb", kind, NEWSPARSE))
        if ours and traf and ours.pages_per_s and traf.pages_per_s:
            out.append(
                f"newsparse on aeb/{kind}: {ours.pages_per_s:,.0f} pages/s = "
                f"{ours.pages_per_s / traf.pages_per_s:.1f}× trafilatura on aeb/html "
                f"({traf.pages_per_s:.1f} pages/s)."
            )
    return out


# --- run ------------------------------------------------------------------------------------


def _commit() -> str | None:
    root = Path(__file__).resolve().parent.parent
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return out + ("+dirty" if dirty.strip() else "")


def _run_duel(
    args: argparse.Namespace,
    corpus: Path,
    tools: Sequence[Tool],
    progress: Callable[[str], None],
) -> list[DuelResult]:
    """The speed duel on ``--duel-set`` (both input kinds, whatever ``--kind`` chose for the
    table) with newsparse and the ``--duel-peers`` that are installed."""
    if args.duel_rounds <= 0:
        return []
    sets, _messages = discover(corpus, only=(args.duel_set,))
    wanted = None if args.duel_peers == "all" else set(_split([args.duel_peers]))
    chosen = [t for t in tools if not t.is_peer or wanted is None or t.name in wanted]
    chosen = [t for t in chosen if t.name != WHOLE_PAGE]  # the baseline is not a contender
    for corpus_set in sets:
        if corpus_set.name == args.duel_set:
            progress(f"{corpus_set.name}: speed duel, {args.duel_rounds} rounds")
            return duel(corpus_set, chosen, rounds=args.duel_rounds)
    return []


def choose_tools(no_peers: bool, log: Any) -> list[Tool]:
    tools = []
    for tool in TOOLS:
        if tool.is_peer and no_peers:
            continue
        if not is_available(tool):
            print(f"skipped {tool.name}: not installed (pip install -e '.[bench]')", file=log)
            continue
        tools.append(tool)
    return tools


def main(argv: Sequence[str] | None = None, out: Any = None, log: Any = None) -> int:
    out = out or sys.stdout
    log = log or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.gate:
        from benchmarks import gate

        gate_argv = []
        if args.corpus is not None:
            gate_argv += ["--corpus", str(args.corpus)]
        if args.floors is not None:
            gate_argv += ["--floors", str(args.floors)]
        return gate.main(gate_argv, out=out, log=log)

    started = time.perf_counter()
    corpus = args.corpus or default_corpus_dir()
    kinds = tuple(args.kind) if args.kind else KINDS
    sets, messages = discover(corpus, only=_split(args.only), kinds=kinds)
    for message in messages:
        print(message, file=log)
    if not sets:
        print("nothing to run: no corpus set found", file=log)
        return 0
    tools = choose_tools(args.no_peers, log)
    isolate = not args.in_process

    def progress(text: str) -> None:
        print(f"  {text} ({time.perf_counter() - started:.0f}s)", file=log, flush=True)

    rows = run(
        sets,
        tools,
        peer_limit=args.peer_pages,
        isolate=isolate,
        jobs=max(1, args.jobs),
        progress=progress,
    )
    duel_results = _run_duel(args, corpus, tools, progress)
    wall = time.perf_counter() - started
    command = "python -m benchmarks" + ("" if not argv else " " + shlex.join(argv))
    today = dt.date.today().isoformat()
    print(markdown_table(rows), file=out)
    print("", file=out)
    for note in notes(rows, isolate, duel_results):
        print(f"- {note}", file=out)
    print(f"- `{command}` on {today}, {os.cpu_count()} cores, wall time {wall:.0f} s.", file=out)
    if duel_results:
        print("", file=out)
        print(duel_table(args.duel_set, duel_results), file=out)
    by_lang = language_table(rows)
    if by_lang:
        print("", file=out)
        print(by_lang, file=out)
        print("", file=out)
        for note in language_notes(rows):
            print(f"- {note}", file=out)
    if args.json is not None:
        payload = {
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "command": command,
            "corpus": str(corpus),
            "commit": _commit(),
            "python": platform.python_version(),
            "machine": f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores",
            "tools": {t.name: version(t) for t in tools},
            "wall_seconds": round(wall, 1),
            "timing": SPEED_NOTE,
            "memory": MEMORY_NOTE if isolate else None,
            "messages": messages,
            "notes": notes(rows, isolate, duel_results),
            "duel": {"set": args.duel_set, "results": [asdict(d) for d in duel_results]},
            "rows": [asdict(r) for r in rows],
            "languages": language_json(rows),
        }
        args.json.write_text(
            json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {args.json}", file=log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
