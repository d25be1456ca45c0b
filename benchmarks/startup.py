"""Start-up: what one command on one page costs, side by side with trafilatura's command.

    python benchmarks/startup.py                 # 7 interleaved rounds on the seed page
    python benchmarks/startup.py --rounds 15 --page PAGE.txt --html PAGE.html

A shell loop (``for f in *.txt; do newsparse extract "$f"; done``) pays the start of Python and
of the package once per page, which costs far more than extracting a page. Each round runs, one
right after the other (so load on a shared machine hits all alike):

- ``newsparse extract PAGE --format json`` with an empty regex cache directory (a first run);
- the same with the cache filled by earlier runs (every later run: see
  ``newsparse/regex_cache.py``);
- ``trafilatura`` reading the page's HTML on stdin (``--json``), when it is installed.

Figures are medians over rounds of wall time and CPU time (user + system, from the children's
resource usage) per command. Children run with ``PYTHONDONTWRITEBYTECODE`` unset, so that both
tools start from compiled bytecode as on a user's machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = ROOT / "seeds" / "000_ab3c05e08b905fd2" / "input.txt"
DEFAULT_HTML = ROOT / "seeds" / "000_ab3c05e08b905fd2_html" / "input.html"
DEFAULT_ROUNDS = 7


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    argv: list[str]
    stdin: Path | None
    cache_dir: Path | None
    """NEWSPARSE_CACHE_DIR for the run; emptied before each run when ``cold``."""
    cold: bool = False


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command: Command) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; raises CalledProcessError if it fails."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if command.cache_dir is not None:
        if command.cold:
            shutil.rmtree(command.cache_dir, ignore_errors=True)
        env["NEWSPARSE_CACHE_DIR"] = str(command.cache_dir)
    stdin = command.stdin.open("rb") if command.stdin is not None else subprocess.DEVNULL
    try:
        cpu, wall = _children_cpu(), time.perf_counter()
        subprocess.run(command.argv, stdin=stdin, stdout=subprocess.DEVNULL, env=env, check=True)
        return time.perf_counter() - wall, _children_cpu() - cpu
    finally:
        if command.stdin is not None:
            stdin.close()  # type: ignore[union-attr]


def commands(page: Path, html: Path | None, work: Path) -> list[Command]:
    newsparse = [sys.executable, "-m", "newsparse", "extract", str(page), "--format", "json"]
    out = [
        Command("newsparse, first run", newsparse, None, work / "cold", cold=True),
        Command("newsparse, cache filled", newsparse, None, work / "warm"),
    ]
    if html is not None and shutil.which("trafilatura") and html.exists():
        out.append(Command("trafilatura (HTML on stdin)", ["trafilatura", "--json"], html, None))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--page", type=Path, default=DEFAULT_PAGE, help="page to extract")
    p.add_argument(
        "--html", type=Path, default=DEFAULT_HTML, help="the page's HTML, for trafilatura"
    )
    p.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="interleaved rounds")
    args = p.parse_args(argv)
    if not args.page.is_file():
        print(f"startup: {args.page}: no such file", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="newsparse-startup-") as tmp:
        cmds = commands(args.page, args.html, Path(tmp))
        run_once(cmds[1])  # fill the warm cache (and write bytecode) before timing
        for cmd in cmds[2:]:
            run_once(cmd)
        walls: dict[str, list[float]] = {c.name: [] for c in cmds}
        cpus: dict[str, list[float]] = {c.name: [] for c in cmds}
        for _ in range(args.rounds):
            for cmd in cmds:
                wall, cpu = run_once(cmd)
                walls[cmd.name].append(wall)
                cpus[cmd.name].append(cpu)
    print(f"one page ({args.page.name}), median of {args.rounds} interleaved rounds")
    print(f"{'command':32} {'wall ms':>9} {'CPU ms':>9}")
    for cmd in cmds:
        wall, cpu = statistics.median(walls[cmd.name]), statistics.median(cpus[cmd.name])
        print(f"{cmd.name:32} {wall * 1e3:9.0f} {cpu * 1e3:9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
