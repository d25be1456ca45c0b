"""Accuracy of the metadata functions (dates, bylines, language) on the shared corpora.

    python benchmarks/eval_metadata.py [--corpus DIR] [--verbose]

Reads ``DIR`` (default ``../shared/corpus`` next to the repository, else ``/work/shared/corpus``)
and prints one table per corpus; a corpus that is absent is skipped. It measures the library's
functions directly, not the whole pipeline:

1. ``dates/``: ``pick_published`` on every page's lines (language from ``detect_language``),
   right when the ``YYYY-MM-DD`` equals the gold date; per gold language. Also the language
   detector against the gold ``lang``.
2. ``ko-dev/``: published date (same test) and authors: ``pick_authors`` must name every gold
   person (role words removed; desk names such as "SBS NEWS" and empty golds are not people).
3. ``ko-patterns/``: ``find_byline`` on the real byline strings, share of expected names and
   emails found; and on the tail/signature strings, which must (or must not) give a byline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsparse.bylines import find_byline, pick_authors  # noqa: E402
from newsparse.dates import pick_published  # noqa: E402
from newsparse.language import detect_language  # noqa: E402
from newsparse.rules.languages import ROLE_WORDS  # noqa: E402

_ROLE_TAIL = re.compile(
    r"\s*(?:" + "|".join(sorted(map(re.escape, ROLE_WORDS["ko"]), key=len, reverse=True)) + r")$"
)


def _default_corpus() -> Path:
    here = Path(__file__).resolve().parents[1]
    for cand in (
        here.parent / "shared" / "corpus",
        here.parent.parent / "shared" / "corpus",
        Path("/work/shared/corpus"),
    ):
        if cand.is_dir():
            return cand
    return here.parent / "shared" / "corpus"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _row(name: str, ok: int, total: int) -> str:
    share = ok / total if total else 0.0
    return f"  {name:<28} {ok:>5} / {total:<5} {share:6.1%}"


def eval_dates(root: Path, verbose: bool) -> None:
    gold = json.loads(_read(root / "gold.json"))
    ok: Counter[str] = Counter()
    total: Counter[str] = Counter()
    lang_ok = 0
    t0 = time.perf_counter()
    for page, g in gold.items():
        path = root / "text" / f"{page}.txt"
        if not path.exists():
            continue
        text = _read(path)
        lang = detect_language(text)
        gl = g.get("lang", "?")
        lang_ok += lang == gl.split("-")[0]
        hit = pick_published(text.splitlines(), lang=lang)
        right = hit is not None and hit.iso[:10] == g["date"]
        total[gl] += 1
        ok[gl] += right
        if verbose and not right:
            print(f"    miss {page}: gold {g['date']} got {hit.iso if hit else None}")
    secs = time.perf_counter() - t0
    n = sum(total.values())
    print(f"dates/ ({n} pages, {secs:.1f} s)  published YYYY-MM-DD right")
    print(_row("all", sum(ok.values()), n))
    for lang, cnt in total.most_common():
        if cnt >= 5:
            print(_row(lang, ok[lang], cnt))
    rest = [lang for lang, cnt in total.items() if cnt < 5]
    print(
        _row(
            "other (" + str(len(rest)) + " languages)",
            sum(ok[x] for x in rest),
            sum(total[x] for x in rest),
        )
    )
    print(_row("language = gold lang", lang_ok, n))


def _gold_people(authors: list[str]) -> list[str]:
    people = []
    for a in authors:
        name = _ROLE_TAIL.sub("", a.strip())
        if re.fullmatch(r"[가-힣]{2,4}", name):
            people.append(name)
    return people


def eval_ko_dev(root: Path, verbose: bool) -> None:
    gold = json.loads(_read(root / "gold.json"))
    date_ok = auth_ok = auth_total = 0
    for page, g in gold.items():
        text = _read(root / "text" / f"{page}.txt")
        lines = text.splitlines()
        lang = detect_language(text)
        hit = pick_published(lines, lang=lang)
        date_ok += hit is not None and hit.iso[:10] == g["published"][:10]
        people = _gold_people(g.get("authors") or [])
        if people:
            auth_total += 1
            found = {a.name for a in pick_authors(lines, lang=lang)}
            right = all(p in found for p in people)
            auth_ok += right
            if verbose and not right:
                print(f"    author miss {page}: gold {people} got {sorted(found)}")
    print(f"ko-dev/ ({len(gold)} pages)")
    print(_row("published date right", date_ok, len(gold)))
    print(_row("authors right (gold people)", auth_ok, auth_total))


def eval_ko_patterns(root: Path, verbose: bool) -> None:
    names_ok = names_total = emails_ok = emails_total = 0
    path = root / "kpf_ntrust_byline_cases.jsonl"
    if path.exists():
        for line in _read(path).splitlines():
            case = json.loads(line)
            expected = case.get("expected_bylines") or []
            hit = find_byline(case["input"], lang="ko")
            got_names = {a.name for a in hit.authors} if hit else set()
            got_emails = {a.email for a in hit.authors if a.email} if hit else set()
            for e in expected:
                name = (e.get("name") or "").strip()
                if name:
                    names_total += 1
                    parts = [_ROLE_TAIL.sub("", p).strip() for p in re.split(r"[·/]", name)]
                    right = all(p in got_names or p.split()[0] in got_names for p in parts if p)
                    names_ok += right
                    if verbose and not right:
                        print(f"    name miss {case['input']!r}: {name} got {sorted(got_names)}")
                if e.get("email"):
                    emails_total += 1
                    emails_ok += e["email"] in got_emails
                    if verbose and e["email"] not in got_emails:
                        print(f"    email miss {case['input']!r}: {e['email']}")
        print("ko-patterns/kpf_ntrust_byline_cases.jsonl (find_byline)")
        print(_row("expected names found", names_ok, names_total))
        print(_row("expected emails found", emails_ok, emails_total))
        print(_row("names + emails found", names_ok + emails_ok, names_total + emails_total))
    path = root / "hannun_tail_and_signature_cases.jsonl"
    if path.exists():
        want: Counter[str] = Counter()
        got: Counter[str] = Counter()
        for line in _read(path).splitlines():
            case = json.loads(line)
            kind = case["kind"]
            if (
                kind.startswith(("signature", "dateline_header"))
                and kind != "signature_plus_copyright"
            ):
                group = "signature lines: byline found"
                expect = True
            elif kind.startswith(("not_", "copyright", "suicide", "series", "photo")):
                group = "non-bylines: no byline"
                expect = False
            else:
                continue
            text = case["text"].strip().splitlines()[0] if case["text"].strip() else ""
            hit = find_byline(text, lang="ko")
            want[group] += 1
            right = (hit is not None) == expect
            got[group] += right
            if verbose and not right:
                print(f"    {group} wrong: {text!r} -> {hit}")
        print("ko-patterns/hannun_tail_and_signature_cases.jsonl (find_byline, first line)")
        for group in sorted(want):
            print(_row(group, got[group], want[group]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    root: Path = args.corpus or _default_corpus()
    if not root.is_dir():
        print(f"corpus folder {root} not found: nothing to measure", file=sys.stderr)
        return 0
    ran = False
    if (root / "dates" / "gold.json").exists():
        eval_dates(root / "dates", args.verbose)
        ran = True
    if (root / "ko-dev" / "gold.json").exists():
        eval_ko_dev(root / "ko-dev", args.verbose)
        ran = True
    if (root / "ko-patterns").is_dir():
        eval_ko_patterns(root / "ko-patterns", args.verbose)
        ran = True
    if not ran:
        print(f"no known corpus under {root}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
