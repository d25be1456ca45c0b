"""Batch throughput and memory: every corpus text page through ``newsparse extract``.

Runs the command as users do (``--files-from LIST -f jsonl --quiet > /dev/null``) with each
``--workers`` count, over the list once and over the list repeated ``--repeat`` times, and
reports pages/s and peak memory: the largest sum of resident memory over the whole process tree
(CLI and workers), sampled every 20 ms from /proc, and the largest single process.
With bounded in-flight work, memory for the repeated list should match the single list.

    python benchmarks/bench_batch.py [--corpus ../shared/corpus] [--workers 1 2] [--repeat 10]

(the corpus defaults to $NEWSPARSE_CORPUS, else ../shared/corpus beside the repository)

Skips (exit 0) when the corpus is absent. Linux only (reads /proc). Not a test.
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("NEWSPARSE_CORPUS", REPO.parent / "shared" / "corpus"))
SAMPLE_SECONDS = 0.02
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Run:
    workers: int
    pages: int
    seconds: float
    cpu_seconds: float
    """CPU time of every process of the tree (last sample of each), robust to a busy machine."""
    peak_tree_mib: float
    peak_process_mib: float
    exit_code: int

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            found += [int(c) for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
        except OSError:
            continue
    return found


def _rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo.extend(_children(current))
    return pids


def run_once(list_file: Path, pages: int, workers: int) -> Run:
    command = [
        sys.executable,
        "-m",
        "newsparse",
        "extract",
        "--files-from",
        str(list_file),
        "-f",
        "jsonl",
        "--quiet",
        "--workers",
        str(workers),
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    peak_tree = peak_process = 0
    cpu: dict[int, float] = {}
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen(command, stdout=devnull, stderr=subprocess.PIPE, env=env)
        while process.poll() is None:
            tree = _tree(process.pid)
            sizes = [_rss_bytes(pid) for pid in tree]
            cpu.update({pid: _cpu_seconds(pid) for pid in tree})
            peak_tree = max(peak_tree, sum(sizes))
            peak_process = max(peak_process, max(sizes, default=0))
            time.sleep(SAMPLE_SECONDS)
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"newsparse failed ({process.returncode}):\n{stderr}")
    return Run(
        workers,
        pages,
        seconds,
        sum(cpu.values()),
        peak_tree / 2**20,
        peak_process / 2**20,
        process.returncode,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=10, help="Repeat the list this many times.")
    args = parser.parse_args()
    pages = sorted(glob.glob(str(args.corpus / "*" / "text" / "*.txt")))
    if not pages:
        print(f"skipped: no corpus text pages under {args.corpus}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        once, repeated = Path(tmp, "once.txt"), Path(tmp, "repeated.txt")
        once.write_text("".join(f"{p}\n" for p in pages))
        repeated.write_text("".join(f"{p}\n" for p in pages) * args.repeat)
        size = sum(os.path.getsize(p) for p in pages) / 2**20
        print(
            f"{len(pages)} pages ({size:.1f} MiB) from {args.corpus}/*/text; "
            f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}\n"
        )
        print(
            "| workers | pages | seconds | pages/s | CPU s (all processes) | ms CPU/page "
            "| peak RSS, all processes | largest process |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for workers in args.workers:
            for list_file, count in ((once, len(pages)), (repeated, len(pages) * args.repeat)):
                run = run_once(list_file, count, workers)
                print(
                    f"| {workers} | {count} | {run.seconds:.1f} | {run.pages_per_second:.0f} "
                    f"| {run.cpu_seconds:.1f} | {1000 * run.cpu_seconds / count:.1f} "
                    f"| {run.peak_tree_mib:.0f} MiB | {run.peak_process_mib:.0f} MiB |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
