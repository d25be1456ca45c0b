"""Local evaluation of HTML inputs: body F1 (the corpus README's metric) and pages/s beside
trafilatura on the same pages. Usage: python benchmarks/eval_html.py [CORPUS_DIR] [--no-peer]
[--show N] [--only ID]. Skips cleanly when the corpus is absent."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text.lower())
    return Counter(tuple(toks[i : i + n]) for i in range(max(0, len(toks) - n + 1)))


def prf(pred: str, gold: str) -> tuple[float, float]:
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    tot = tp + fp + fn
    if tot == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / tot, fp / tot, fn / tot
    prec = 1.0 if fp == 0 and fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
    rec = 1.0 if fp == 0 and fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
    return prec, rec


def f1(ps: list[float], rs: list[float]) -> tuple[float, float, float]:
    p = sum(ps) / len(ps)
    r = sum(rs) / len(rs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(data: bytes) -> str:
    import newsparse

    try:
        art = newsparse.extract(data, input_format="html")
    except NotImplementedError:
        return proto(data)
    return "\n".join(art.body)


def proto(data: bytes) -> str:
    from newsparse.html import MAIN_HINT, decode_html_bytes, parse
    from newsparse.model import Label
    from newsparse.rules.html_hints import hint_decision

    page = parse(decode_html_bytes(data)[0])
    out = []
    for b in page.blocks:
        if MAIN_HINT not in b.hints or b.link_density >= 0.5:
            continue
        d = hint_decision(b.hints)
        if d is not None and d[0] not in (Label.BODY,):
            continue
        out.append(b.text)
    return "\n".join(out)


def peer(data: bytes) -> str:
    """trafilatura as the project's benchmark runs it: bytes in, metadata on."""
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True)
    return (doc.text or "") if doc is not None else ""


ROLE_WORDS = re.compile(r"\s*(기자|특파원|에디터|앵커|논설위원|PD)$")


def _norm_title(text: str | None) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


def ko_dev(root: Path) -> int:
    """Title, date, author and body F1 on ko-dev, from the HTML and from the text dumps."""
    import newsparse

    gold = json.loads((root / "gold.json").read_text())
    for kind, ext in (("html", "html"), ("text", "txt")):
        title = date = author = persons = 0
        ps: list[float] = []
        rs: list[float] = []
        for key, g in sorted(gold.items()):
            path = root / kind / f"{key}.{ext}"
            if not path.exists():
                continue
            art = newsparse.extract(path.read_bytes(), input_format=kind)
            title += _norm_title(art.title) == _norm_title(g["title"])
            date += (art.published or "")[:10] == (g["published"] or "")[:10]
            names = {ROLE_WORDS.sub("", a.name) for a in art.authors}
            wanted = [ROLE_WORDS.sub("", n) for n in g["authors"] if n != "SBS NEWS"]
            if wanted:
                persons += 1
                author += all(n in names for n in wanted)
            p, r = prf("\n".join(art.body), g["body"])
            ps.append(p)
            rs.append(r)
            if args_verbose:
                print(
                    f"  {key:22} {art.title!s:.30} | {g['title']:.30} | {art.published} "
                    f"| {[a.name for a in art.authors]} vs {g['authors']}"
                )
        n = len(ps)
        bp, br, bf = f1(ps, rs)
        print(
            f"ko-dev/{kind:5} title {title}/{n}  date {date}/{n}  author {author}/{persons}"
            f"  body F1={bf:.3f}"
        )
    return 0


args_verbose = False


def _warm_up() -> None:
    """Import both tools and run each once on a tiny page (imports are not extraction time)."""
    import trafilatura

    import newsparse

    page = b"<html><body><p>Warm up sentence, long enough to be prose for both.</p></body></html>"
    newsparse.extract(page, input_format="html")
    trafilatura.bare_extraction(page, with_metadata=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="/work/shared/corpus/aeb")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print the N worst pages")
    ap.add_argument("--only", default=None)
    ap.add_argument("--mem", action="store_true", help="also measure peak memory (slow pass)")
    ap.add_argument("--dump", action="store_true", help="print prediction and gold of --only")
    ap.add_argument("--ko", action="store_true", help="ko-dev title/date/author, html vs text")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    global args_verbose
    args_verbose = args.v
    if args.ko:
        ko_root = Path(args.corpus).parent / "ko-dev"
        if not ko_root.exists():
            print(f"corpus not found: {ko_root}", file=sys.stderr)
            return 0
        return ko_dev(ko_root)
    root = Path(args.corpus)
    gt_path = root / "ground-truth.json"
    if not gt_path.exists():
        print(f"corpus not found: {root}", file=sys.stderr)
        return 0
    gold = {k: v["articleBody"] for k, v in json.loads(gt_path.read_text()).items()}
    ids = sorted(gold)
    if args.only:
        ids = [i for i in ids if i.startswith(args.only)]
    pages = {i: (root / "html" / f"{i}.html").read_bytes() for i in ids}
    _warm_up()

    # As the project's benchmark: CPU time of the extract call alone. The two tools take turns
    # every CHUNK pages, so that load from other processes falls on both alike.
    preds: dict[str, str] = {}
    peer_preds: dict[str, str] = {}
    ours_time = peer_time = 0.0
    chunk = 10
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        for i in part:
            t0 = time.process_time()
            preds[i] = ours(pages[i])
            ours_time += time.process_time() - t0
        if not args.no_peer:
            for i in part:
                t0 = time.process_time()
                peer_preds[i] = peer(pages[i])
                peer_time += time.process_time() - t0
    peak = 0
    if args.mem:
        tracemalloc.start()
        for i in ids:
            ours(pages[i])
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    scores = {i: prf(preds[i], gold[i]) for i in ids}
    p, r, f = f1([s[0] for s in scores.values()], [s[1] for s in scores.values()])
    rate = len(ids) / ours_time
    mem = f"  peak {peak / 1e6:.0f} MB (tracemalloc)" if args.mem else ""
    print(f"newsparse    P={p:.3f} R={r:.3f} F1={f:.3f}  {rate:7.1f} pages/s{mem}")
    if not args.no_peer:
        s2 = [prf(peer_preds[i], gold[i]) for i in ids]
        p2, r2, f2 = f1([s[0] for s in s2], [s[1] for s in s2])
        peer_rate = len(ids) / peer_time
        print(f"trafilatura  P={p2:.3f} R={r2:.3f} F1={f2:.3f}  {peer_rate:7.1f} pages/s")
        print(f"speed ratio  {rate / peer_rate:.1f}x")
    if args.dump:
        for i in ids:
            print("=== PRED", i)
            print(preds[i])
            print("=== GOLD")
            print(gold[i])
    if args.show:
        worst = sorted(ids, key=lambda i: sum(scores[i]))[: args.show]
        for i in worst:
            print(f"{i[:12]}  P={scores[i][0]:.2f} R={scores[i][1]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
