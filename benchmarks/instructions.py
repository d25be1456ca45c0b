"""Instructions per page under valgrind: a speed figure that machine load cannot move.

    python benchmarks/instructions.py --corpus ../shared/corpus            # aeb, every 3rd page

CPU time on this shared machine moves ±20-50 % between runs of the same code; the number of
instructions executed does not. For each contestant (newsparse on the text dumps, newsparse on
the HTML, trafilatura on the HTML) the script runs a child Python under ``valgrind --tool=
callgrind`` twice: once reading the pages and making one warm-up call ("base"), once doing the
same and then extracting every page ("run"). (run - base) / pages is the cost of one page;
a ratio of two such figures is a load-free proxy for the ratio of their speeds (instructions per
cycle differ between interpreted code and lxml's C, so it is a proxy, not pages/s). Needs
valgrind; without it, says so and exits 0.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import default_corpus_dir, discover  # noqa: E402
from benchmarks.peers import get_tool, is_available  # noqa: E402

CONTESTANTS: tuple[tuple[str, str], ...] = (
    ("newsparse", "text"),
    ("newsparse", "html"),
    ("trafilatura", "html"),
)
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def child(corpus: Path, set_name: str, tool_name: str, kind: str, every: int, run: bool) -> None:
    """What runs under valgrind: read the pages, warm up, and (``run``) extract them all."""
    sets, _ = discover(corpus, only=(set_name,))
    tool = get_tool(tool_name)
    pages = list(sets[0].pages[kind])[::every]
    inputs = [tool.prepare(p.path.read_bytes(), kind) for p in pages]
    tool.run(inputs[0], pages[0], kind)
    if run:
        for data, page in zip(inputs, pages, strict=True):
            tool.run(data, page, kind)


def collected(args: list[str]) -> int:
    """Instructions callgrind counted for one child run."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    match = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or match is None:
        raise RuntimeError(f"valgrind run failed: {done.stderr.strip().splitlines()[-1:]}")
    return int(match.group(1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--set", default="aeb")
    parser.add_argument("--every", type=int, default=3, help="every Nth page (default 3)")
    parser.add_argument(
        "--child", nargs=3, metavar=("TOOL", "KIND", "MODE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus_dir()
    if args.child:
        tool_name, kind, mode = args.child
        child(corpus, args.set, tool_name, kind, args.every, mode == "run")
        return 0
    if shutil.which("valgrind") is None:
        print("instructions: valgrind not found (apt install valgrind); nothing measured")
        return 0
    sets, messages = discover(corpus, only=(args.set,))
    if not sets:
        print("; ".join(messages) or f"instructions: no set {args.set}", file=sys.stderr)
        return 2
    results: dict[str, float] = {}
    for tool_name, kind in CONTESTANTS:
        if not is_available(get_tool(tool_name)) or not sets[0].pages.get(kind):
            continue
        pages = len(list(sets[0].pages[kind])[:: args.every])
        base_args = [sys.executable, str(Path(__file__).resolve()), "--corpus", str(corpus)]
        base_args += ["--set", args.set, "--every", str(args.every), "--child", tool_name, kind]
        base = collected([*base_args, "base"])
        run = collected([*base_args, "run"])
        per_page = (run - base) / pages
        results[f"{tool_name}/{kind}"] = per_page
        print(f"{tool_name}/{kind}: {per_page / 1e6:.1f} M instructions per page ({pages} pages)")
    peer = results.get("trafilatura/html")
    if peer:
        for name, value in results.items():
            if name != "trafilatura/html":
                print(f"{name}: {peer / value:.1f}× fewer instructions than trafilatura/html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
