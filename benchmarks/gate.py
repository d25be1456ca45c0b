"""The accuracy regression gate: newsparse's figures must not drop below pinned floors.

Floors live in ``benchmarks/floors.toml``, one table per set and input kind, one key per metric
(``body_f1``, ``body_precision``, ``body_recall``, ``title``, ``date``, ``author``)::

    [aeb.text]
    body_f1 = 0.905

``python -m benchmarks.gate`` (or ``python -m benchmarks --gate``) runs newsparse alone, in this
process, over the sets named in the floors file that are present in the corpus, and exits 1 when a
figure is below its floor, listing every drop; 0 otherwise. A set that is absent from the corpus
is skipped with a message (a missing corpus skips the gate, exit 0); a floor whose figure cannot be
measured (newsparse raised on every page, the metric vanished) counts as a drop.

Changing floors:

- ``--write-floors`` measures and writes ``floor = measured - margin`` (rounded down to 0.001;
  margin 0.015 unless ``--margin``) for every figure, but never lowers an existing floor: a figure
  that would need a lower floor keeps its old one and is listed. Raising floors (by hand or this
  way) is a normal commit.
- ``--write-floors --allow-lower --reason "why"`` also lowers floors. The reason is required; it
  is recorded, with the date and each lowered floor, in the file's ``[meta] lowered`` list, and
  printed so it can go into the commit message (which must carry it).
- ``--base REF`` compares the floors file with the one at git ``REF`` and fails when a floor is
  lower there without a new ``lowered`` record (a hand edit that bypassed the flag).

Speed is not gated: on a shared machine pages/s varies too much between runs to pin.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import METRICS, Row, run
from benchmarks.corpus import KINDS, SET_NAMES, default_corpus_dir, discover
from benchmarks.peers import NEWSPARSE, get_tool

FLOORS_FILE = Path(__file__).with_name("floors.toml")
DEFAULT_MARGIN = 0.015
"""Floors sit this far below the measured figure: room for harmless changes, none for a slide."""
EPSILON = 1e-9
"""Float noise tolerated when comparing a figure with its floor."""

Floors = dict[str, dict[str, dict[str, float]]]
"""set → kind → metric → floor."""

HEADER = """\
# Accuracy floors for newsparse, checked by `python -m benchmarks.gate` (see benchmarks/gate.py).
# set → input kind → metric (body_f1, body_precision, body_recall, title, date, author).
# Raising a floor is a normal commit. Lowering one needs
#   python -m benchmarks.gate --write-floors --allow-lower --reason "..."
# and the reason in the commit message; [meta] lowered keeps the record.
"""


@dataclass(frozen=True, slots=True)
class FloorsFile:
    floors: Floors
    margin: float = DEFAULT_MARGIN
    lowered: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Drop:
    set: str
    kind: str
    metric: str
    floor: float
    measured: float | None

    def __str__(self) -> str:
        got = "not measured" if self.measured is None else f"{self.measured:.3f}"
        return f"{self.set}/{self.kind} {self.metric}: {got} < floor {self.floor:.3f}"


class GateError(Exception):
    """A floors file that cannot be read or a usage problem."""


# --- floors file ----------------------------------------------------------------------------


def parse_floors(text: str) -> FloorsFile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GateError(f"floors file is not valid TOML: {exc}") from exc
    meta = data.pop("meta", {})
    floors: Floors = {}
    for set_name, kinds in data.items():
        if not isinstance(kinds, dict):
            raise GateError(f"floors: [{set_name}] must be a table of input kinds")
        for kind, metrics in kinds.items():
            if not isinstance(metrics, dict):
                raise GateError(f"floors: [{set_name}.{kind}] must be a table of metrics")
            for name, value in metrics.items():
                if name not in METRICS:
                    raise GateError(f"floors: unknown metric {set_name}.{kind}.{name}")
                if not isinstance(value, int | float) or not 0 <= value <= 1:
                    raise GateError(f"floors: {set_name}.{kind}.{name} must be in [0, 1]")
                floors.setdefault(set_name, {}).setdefault(kind, {})[name] = float(value)
    return FloorsFile(
        floors,
        float(meta.get("margin", DEFAULT_MARGIN)),
        tuple(str(x) for x in meta.get("lowered", ())),
    )


def load_floors(path: Path) -> FloorsFile:
    if not path.is_file():
        return FloorsFile({})
    return parse_floors(path.read_text(encoding="utf-8"))


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def _key(name: str) -> str:
    bare = name.replace("-", "").replace("_", "").isalnum() and name.isascii()
    return name if bare else _toml_str(name)


def dump_floors(ff: FloorsFile) -> str:
    """The floors file's text: header, [meta], then sets and kinds in table order."""
    lines = [HEADER, "[meta]", f"margin = {ff.margin}"]
    if ff.lowered:
        lines.append("lowered = [")
        lines.extend(f"  {_toml_str(entry)}," for entry in ff.lowered)
        lines.append("]")
    else:
        lines.append("lowered = []")
    order = {name: i for i, name in enumerate(SET_NAMES)}
    for set_name in sorted(ff.floors, key=lambda s: (order.get(s, len(order)), s)):
        for kind in sorted(
            ff.floors[set_name], key=lambda k: (KINDS.index(k) if k in KINDS else 9, k)
        ):
            metrics = ff.floors[set_name][kind]
            lines.append("")
            lines.append(f"[{_key(set_name)}.{_key(kind)}]")
            for name in METRICS:
                if name in metrics:
                    lines.append(f"{name} = {metrics[name]:.3f}")
    return "\n".join(lines) + "\n"


# --- checking -------------------------------------------------------------------------------


def figures(rows: Iterable[Row]) -> dict[tuple[str, str], Row]:
    """newsparse's rows by (set, kind)."""
    return {(r.set, r.kind): r for r in rows if r.tool == NEWSPARSE}


def check(
    rows: Iterable[Row], floors: Floors, present: Iterable[str]
) -> tuple[list[Drop], list[str]]:
    """Drops below the floors, and messages for floors skipped because their set is absent."""
    measured = figures(rows)
    present = set(present)
    drops: list[Drop] = []
    skipped: list[str] = []
    for set_name, kinds in floors.items():
        if set_name not in present:
            skipped.append(f"skipped floors of {set_name}: set not in the corpus")
            continue
        for kind, metrics in kinds.items():
            row = measured.get((set_name, kind))
            for name, floor in metrics.items():
                value = row.figure(name) if row is not None else None
                if value is None or value < floor - EPSILON:
                    drops.append(Drop(set_name, kind, name, floor, value))
    return drops, skipped


def _floor_down(value: float, margin: float) -> float:
    return max(0.0, math.floor((value - margin) * 1000 + EPSILON) / 1000)


def propose(
    rows: Iterable[Row],
    old: FloorsFile,
    *,
    margin: float,
    allow_lower: bool,
    reason: str | None,
    today: dt.date | None = None,
) -> tuple[FloorsFile, list[str]]:
    """New floors from measured rows, and one line per change. Never lowers a floor unless
    ``allow_lower`` (which needs a ``reason``, recorded in ``lowered``)."""
    if allow_lower and not (reason and reason.strip()):
        raise GateError('--allow-lower needs --reason "why the floor may drop"')
    new: Floors = {s: {k: dict(m) for k, m in kinds.items()} for s, kinds in old.floors.items()}
    changes: list[str] = []
    lowered: list[str] = []
    for (set_name, kind), row in sorted(figures(rows).items()):
        for name in METRICS:
            value = row.figure(name)
            if value is None:
                continue
            candidate = _floor_down(value, margin)
            current = old.floors.get(set_name, {}).get(kind, {}).get(name)
            key = f"{set_name}.{kind}.{name}"
            if current is None:
                changes.append(f"new   {key} = {candidate:.3f} (measured {value:.3f})")
            elif candidate > current + EPSILON:
                changes.append(
                    f"raise {key}: {current:.3f} -> {candidate:.3f} (measured {value:.3f})"
                )
            elif candidate < current - EPSILON:
                if not allow_lower:
                    changes.append(
                        f"KEPT  {key} = {current:.3f}: measured {value:.3f} would need "
                        f"{candidate:.3f} (lowering needs --allow-lower --reason)"
                    )
                    continue
                changes.append(
                    f"LOWER {key}: {current:.3f} -> {candidate:.3f} (measured {value:.3f})"
                )
                lowered.append(f"{key} {current:.3f}->{candidate:.3f}")
            else:
                continue
            new.setdefault(set_name, {}).setdefault(kind, {})[name] = candidate
    record = old.lowered
    if lowered:
        day = (today or dt.date.today()).isoformat()
        record = (*record, f"{day}: {', '.join(lowered)}: {reason}")
    return FloorsFile(new, margin, record), changes


def lowered_without_record(base: FloorsFile, head: FloorsFile) -> list[str]:
    """Floors lower in ``head`` than in ``base`` when ``head`` adds no ``lowered`` record."""
    if len(head.lowered) > len(base.lowered):
        return []
    out = []
    for set_name, kinds in base.floors.items():
        for kind, metrics in kinds.items():
            for name, floor in metrics.items():
                now = head.floors.get(set_name, {}).get(kind, {}).get(name)
                if now is None or now < floor - EPSILON:
                    shown = "removed" if now is None else f"{now:.3f}"
                    out.append(f"{set_name}.{kind}.{name}: {floor:.3f} -> {shown}")
    return out


def _floors_at(ref: str, path: Path) -> FloorsFile:
    root = Path(__file__).resolve().parent.parent
    rel = path.resolve().relative_to(root).as_posix()
    try:
        text = subprocess.run(
            ["git", "show", f"{ref}:{rel}"],
            cwd=root,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise GateError(f"cannot read {rel} at {ref}: {exc}") from exc
    return parse_floors(text)


# --- command --------------------------------------------------------------------------------


def measure(corpus: Path, set_names: Sequence[str], log: Any) -> tuple[list[Row], list[str]]:
    """newsparse's rows over the named sets (in this process), and the sets present."""
    sets, messages = discover(corpus, only=tuple(set_names))
    for message in messages:
        print(message, file=log)
    rows = run(sets, [get_tool(NEWSPARSE)], isolate=False)
    return rows, [s.name for s in sets]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks.gate",
        description="Fail (exit 1) when a newsparse accuracy figure drops below its floor.",
    )
    p.add_argument("--corpus", type=Path, default=None, help="corpus folder (../shared/corpus)")
    p.add_argument("--floors", type=Path, default=FLOORS_FILE, help="floors file")
    p.add_argument("--write-floors", action="store_true", help="measure and write floors")
    p.add_argument("--margin", type=float, default=None, help="floor = measured - margin")
    p.add_argument("--allow-lower", action="store_true", help="let --write-floors lower floors")
    p.add_argument("--reason", default=None, help="why floors are lowered (with --allow-lower)")
    p.add_argument("--base", default=None, help="git ref whose floors may not be lowered silently")
    return p


def main(argv: Sequence[str] | None = None, out: Any = None, log: Any = None) -> int:
    out = out or sys.stdout
    log = log or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        return _main(args, out, log)
    except GateError as exc:
        print(f"gate: {exc}", file=log)
        return 2


def _main(args: argparse.Namespace, out: Any, log: Any) -> int:
    if args.allow_lower and not args.write_floors:
        raise GateError("--allow-lower only applies with --write-floors")
    old = load_floors(args.floors)
    if args.base:
        silent = lowered_without_record(_floors_at(args.base, args.floors), old)
        if silent:
            print(f"floors lowered since {args.base} without a [meta] lowered record:", file=out)
            for line in silent:
                print(f"  {line}", file=out)
            return 1
    corpus = args.corpus or default_corpus_dir()
    if not corpus.is_dir():
        print(f"gate skipped: corpus folder {corpus} not found (give --corpus DIR)", file=log)
        return 0
    wanted = tuple(old.floors) if old.floors and not args.write_floors else SET_NAMES
    rows, present = measure(corpus, wanted, log)
    if args.write_floors:
        margin = args.margin if args.margin is not None else old.margin
        new, changes = propose(
            rows, old, margin=margin, allow_lower=args.allow_lower, reason=args.reason
        )
        args.floors.write_text(dump_floors(new), encoding="utf-8")
        for line in changes or ["no floor changed"]:
            print(line, file=out)
        if len(new.lowered) > len(old.lowered):
            print(f"recorded: {new.lowered[-1]}\nput that reason in the commit message", file=out)
        return 0
    drops, skipped = check(rows, old.floors, present)
    for message in skipped:
        print(message, file=log)
    if not old.floors:
        print(f"gate: no floors in {args.floors}", file=log)
        return 0
    for row in rows:
        if row.error:
            print(
                f"newsparse on {row.set}/{row.kind}: {row.errors} errors, first: {row.error}",
                file=log,
            )
    if drops:
        print(f"gate FAILED: {len(drops)} figure(s) below their floors:", file=out)
        for drop in drops:
            print(f"  {drop}", file=out)
        return 1
    checked = sum(len(m) for s in present for m in old.floors.get(s, {}).values())
    print(f"gate passed: {checked} figures at or above their floors", file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
