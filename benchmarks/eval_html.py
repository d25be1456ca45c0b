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
    import trafilatura

    from newsparse.html import decode_html_bytes

    return trafilatura.extract(decode_html_bytes(data)[0]) or ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="/work/shared/corpus/aeb")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print the N worst pages")
    ap.add_argument("--only", default=None)
    ap.add_argument("--mem", action="store_true", help="also measure peak memory (slow pass)")
    ap.add_argument("--dump", action="store_true", help="print prediction and gold of --only")
    args = ap.parse_args()
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

    t0 = time.perf_counter()
    preds = {i: ours(pages[i]) for i in ids}
    t1 = time.perf_counter()
    peak = 0
    if args.mem:
        tracemalloc.start()
        for i in ids:
            ours(pages[i])
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    scores = {i: prf(preds[i], gold[i]) for i in ids}
    p, r, f = f1([s[0] for s in scores.values()], [s[1] for s in scores.values()])
    print(
        f"newsparse    P={p:.3f} R={r:.3f} F1={f:.3f}  {len(ids) / (t1 - t0):7.1f} pages/s"
        f"  peak {peak / 1e6:.0f} MB (tracemalloc)"
    )
    if not args.no_peer:
        t0 = time.perf_counter()
        tp = {i: peer(pages[i]) for i in ids}
        t1 = time.perf_counter()
        s2 = [prf(tp[i], gold[i]) for i in ids]
        p2, r2, f2 = f1([s[0] for s in s2], [s[1] for s in s2])
        rate = len(ids) / (t1 - t0)
        print(f"trafilatura  P={p2:.3f} R={r2:.3f} F1={f2:.3f}  {rate:7.1f} pages/s")
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
