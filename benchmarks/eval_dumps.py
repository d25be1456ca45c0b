"""Does the text classifier depend on one dump tool's look? Body F1 on aeb in three text forms.

The corpora's text dumps all come from ``w3m -dump -cols 10000`` (one paragraph a line). Users
also hold hard-wrapped dumps (lynx, readers: 72–100 columns) and scrapers' ``get_text()`` output
(every text node on its own line). This script derives both from the same aeb pages and scores
newsparse on each with the benchmark's metric (``benchmarks.metric``):

- ``w3m``: the corpus's ``text/*.txt`` as they are;
- ``wrapped-76`` / ``wrapped-100``: the same text with every longer line wrapped at that width;
- ``get-text``: ``html/*.html`` with scripts and styles removed, every text node on its own line
  (what ``BeautifulSoup.get_text("\\n")`` gives), parsed with selectolax.

Usage: ``python benchmarks/eval_dumps.py [--corpus DIR]``. Skips cleanly when the corpus is
absent. Prints one row per form: pages, body F1, precision, recall.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import default_corpus_dir  # noqa: E402
from benchmarks.metric import Overlap, body_score, overlap  # noqa: E402
from newsparse import extract  # noqa: E402


def wrapped(width: int) -> Callable[[Path], str]:
    def form(path: Path) -> str:
        out: list[str] = []
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            if len(line) <= width:
                out.append(line)
                continue
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(textwrap.wrap(line, width, subsequent_indent=" " * len(indent)))
        return "\n".join(out)

    return form


def as_is(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def get_text(path: Path) -> str:
    tree = LexborHTMLParser(path.read_bytes().decode("utf-8", errors="replace"))
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    root = tree.body or tree.root
    return root.text(separator="\n", strip=True) if root is not None else ""


FORMS: dict[str, tuple[str, Callable[[Path], str]]] = {
    "w3m": ("text", as_is),
    "wrapped-76": ("text", wrapped(76)),
    "wrapped-100": ("text", wrapped(100)),
    "get-text": ("html", get_text),
}
"""Form name → (the corpus folder it derives from, how)."""


def pages(root: Path) -> Iterator[tuple[str, str]]:
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, entry in sorted(gold.items()):
        yield page_id, entry.get("articleBody") or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    args = parser.parse_args(argv)
    root = (args.corpus or default_corpus_dir()) / "aeb"
    if not (root / "ground-truth.json").is_file():
        print(f"eval_dumps: no aeb corpus at {root}; skipped", file=sys.stderr)
        return 0
    gold = list(pages(root))
    print(f"{'form':12} {'pages':>5} {'body F1':>8} {'P':>6} {'R':>6}")
    for name, (folder, form) in FORMS.items():
        overlaps: list[Overlap] = []
        for page_id, body in gold:
            source = root / folder / f"{page_id}{'.txt' if folder == 'text' else '.html'}"
            if not source.is_file():
                continue
            article = extract(form(source), input_format="text")
            overlaps.append(overlap(body, "\n".join(article.body)))
        score = body_score(overlaps)
        print(
            f"{name:12} {score.pages:5d} {score.f1:8.3f} {score.precision:6.3f} {score.recall:6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
