"""A proxy for title accuracy on sets without title labels: does the title hold the URL's slug?

    python benchmarks/eval_titles.py [--corpus DIR] [--kind text|html] [--verbose]

``aeb`` and ``dates`` label no titles, but their gold files give each page's URL, and news URLs
usually spell the headline out (``/2019/11/20/fed-holds-rates-steady-1234.html``). A page counts
when its URL's wordiest path segment has at least ``MIN_SLUG_WORDS`` words of three or more
ASCII letters (accents folded); its title passes when it holds at least ``MATCH_SHARE`` of
them. It is a proxy: slugs get shortened and retitled, so even a perfect extractor stays far
below 1.0; it is for comparing versions of newsparse on the same pages, not for quoting as
accuracy. ``ko-dev`` has real title labels: the main benchmark reports those.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlparse

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import EXTENSIONS, default_corpus_dir  # noqa: E402
from newsparse import extract  # noqa: E402

SETS = (("aeb", "ground-truth.json"), ("dates", "gold.json"))
"""The sets whose gold gives a URL per page, and their gold files."""
MIN_SLUG_WORDS = 3
MATCH_SHARE = 0.5
_STOP = frozenset({"html", "htm", "php", "aspx", "amp", "www", "the", "and", "for", "index"})
_WORD = re.compile(r"[a-z]{3,}")


def _fold(text: str) -> str:
    """Case-folded, accents removed, non-ASCII dropped (slugs are transliterated ASCII)."""
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def slug_words(url: str) -> set[str]:
    """The words of the URL path segment with the most of them (the slug)."""
    segments = [s for s in unquote(urlparse(url).path).split("/") if s]
    best = max(segments, key=lambda s: len(_WORD.findall(_fold(s))), default="")
    return {w for w in _WORD.findall(_fold(best)) if w not in _STOP}


def title_matches(title: str | None, url: str) -> bool | None:
    """True/False when the URL has a usable slug (see the module docstring), else None."""
    words = slug_words(url)
    if len(words) < MIN_SLUG_WORDS:
        return None
    found = set(_WORD.findall(_fold(title or "")))
    return len(words & found) / len(words) >= MATCH_SHARE


def score(pairs: Iterable[tuple[str | None, str]]) -> tuple[int, int]:
    """(titles that match, pages with a usable slug) over (title, url) pairs."""
    ok = total = 0
    for title, url in pairs:
        verdict = title_matches(title, url)
        if verdict is None:
            continue
        total += 1
        ok += verdict
    return ok, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--verbose", action="store_true", help="list the pages that miss")
    args = parser.parse_args(argv)
    root = args.corpus or default_corpus_dir()
    ran = False
    for name, gold_file in SETS:
        gold_path = root / name / gold_file
        folder = root / name / args.kind
        if not gold_path.is_file() or not folder.is_dir():
            print(f"skipped {name}: no {gold_path} or {folder}", file=sys.stderr)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs = []
        for page_id, entry in sorted(gold.items()):
            path = folder / f"{page_id}{EXTENSIONS[args.kind]}"
            url = entry.get("url")
            if not url or not path.is_file():
                continue
            title = extract(path.read_bytes(), input_format=args.kind).title
            pairs.append((title, url))
            if args.verbose and title_matches(title, url) is False:
                print(f"  miss {name}/{page_id}: {title!r} <- {sorted(slug_words(url))}")
        ok, total = score(pairs)
        share = ok / total if total else 0.0
        print(f"{name}/{args.kind}: title holds the URL slug on {ok} of {total} pages", end="")
        print(f" ({share:.3f})")
        ran = True
    return 0 if ran else 2


if __name__ == "__main__":
    sys.exit(main())
