"""Records of every corpus page in one file, and the difference between two such files.

Speed work must not change what newsparse extracts. This script writes the full record (with the
line-by-line explanation) of every page of every corpus set and kind, one JSON line per page, and
compares a new snapshot with an old one field by field:

    python benchmarks/snapshot.py --corpus ../shared/corpus -o /tmp/before.jsonl
    ... change the code ...
    python benchmarks/snapshot.py --corpus ../shared/corpus -o /tmp/after.jsonl \
        --compare /tmp/before.jsonl

Exit status: 0 when the snapshots agree (or when no comparison was asked), 1 when some page's
record changed (the pages and fields are listed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import KINDS, default_corpus_dir, discover  # noqa: E402
from newsparse.pipeline import extract  # noqa: E402
from newsparse.render import to_dict  # noqa: E402


def records(corpus: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(set/kind/page id, record with explanation) for every page, in a stable order."""
    sets, _messages = discover(corpus)
    for corpus_set in sets:
        for kind in KINDS:
            for page in corpus_set.pages.get(kind, ()):
                data = page.path.read_bytes()
                article = extract(data, source=page.id, input_format=kind)
                yield f"{corpus_set.name}/{kind}/{page.id}", to_dict(article, explain=True)


def load(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                row = orjson.loads(line)
                out[row["key"]] = row["record"]
    return out


def differences(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[str]:
    """One line per page whose record differs: the key and the fields that changed."""
    lines: list[str] = []
    for key in sorted(old.keys() | new.keys()):
        if key not in old or key not in new:
            lines.append(f"{key}: only in the {'new' if key in new else 'old'} snapshot")
            continue
        a, b = old[key], new[key]
        fields = sorted(f for f in a.keys() | b.keys() if a.get(f) != b.get(f))
        if fields:
            lines.append(f"{key}: {', '.join(fields)}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder")
    parser.add_argument("-o", "--output", type=Path, required=True, help="snapshot to write")
    parser.add_argument("--compare", type=Path, default=None, help="older snapshot to diff with")
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus_dir()
    if not corpus.is_dir():
        print(f"snapshot: no corpus at {corpus}", file=sys.stderr)
        return 2
    new: dict[str, dict[str, Any]] = {}
    with args.output.open("wb") as handle:
        for key, record in records(corpus):
            new[key] = record
            handle.write(orjson.dumps({"key": key, "record": record}) + b"\n")
    print(f"{len(new)} records written to {args.output}")
    if args.compare is None:
        return 0
    changed = differences(load(args.compare), new)
    for line in changed:
        print(line)
    print(f"{len(changed)} of {len(new)} records differ from {args.compare}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
