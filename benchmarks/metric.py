"""The accuracy metric of ``/work/shared/corpus/README.md`` (the project's corpora), as code.

Body: the article-extraction benchmark's shingle metric. Gold and predicted bodies (paragraphs
joined by newlines) are split into ``\\w+`` tokens; each side's 4-token shingles are counted;
TP = shared shingles (by count), FP = predicted-only, FN = gold-only; the three are normalised by
their sum per document (so long pages weigh no more than short ones); precision is the mean over
documents of TP/(TP+FP), recall the mean of TP/(TP+FN), and F1 the harmonic mean of those two
means (not the mean of per-document F1s). Edge cases, as in the benchmark's ``evaluate.py``:
a document with FP = FN = 0 (including both sides empty) scores 1 on both; a side with nothing
(TP = FP = 0 for precision, TP = FN = 0 for recall) scores 0; a text of 1–3 tokens makes one
shingle of all its tokens; tokens keep their case.

Title: exact match after Unicode NFKC, collapsing whitespace runs to one space (and trimming),
and case folding.

Date: the ``YYYY-MM-DD`` at the start of ``published`` equals the gold's (a gold of
``2023-04-07 08:26:22`` and a prediction of ``2023-04-07T08:26:22+09:00`` match; no time-zone
conversion is done on either side).

Author: every gold *person* name appears among the predicted author names, both sides
normalised (NFKC, case folded, spaces and punctuation removed) with role words
(기자, 에디터, 특파원, 앵커, PD, Reporter ...) removed. Gold names that are desks, not
people (``SBS NEWS``, ``연합뉴스``, ``온라인뉴스팀``: any name holding a word of
``DESK_WORDS``), are not asked for; a page whose gold
names no person at all (empty, as MBN's, or desks only) is not counted for author accuracy, and
the count of pages that were counted is reported beside the figure.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
"""Tokens per shingle (the article-extraction benchmark's ``ngram_n``)."""

_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")

ROLE_WORDS: tuple[str, ...] = (
    # ko
    "기자",
    "선임기자",
    "전문기자",
    "수습기자",
    "객원기자",
    "인턴기자",
    "에디터",
    "특파원",
    "앵커",
    "기상캐스터",
    "캐스터",
    "리포터",
    "논설위원",
    "칼럼니스트",
    "PD",
    # ja / zh
    "記者",
    "特派員",
    "编辑",
    "編輯",
    "记者",
    # en
    "reporter",
    "correspondent",
    "editor",
    "staff writer",
    "writer",
    "by",
)
"""Role words removed from author names on both sides before comparing (matched case-folded,
as whole words, or glued to the end of a Hangul/CJK name: ``한지연기자``)."""

DESK_WORDS: tuple[str, ...] = (
    "news",
    "뉴스",
    "newsroom",
    "desk",
    "데스크",
    "staff",
    "편집부",
    "취재팀",
    "뉴스팀",
    "온라인팀",
    "디지털뉴스부",
    "wire",
    "agency",
    "通信",
    "新聞",
    "新闻",
)
"""A gold author holding one of these (case-folded, anywhere in the name) is a desk, not a
person: it is not asked for. Desks are site-independent words, not site names."""


# --- body -----------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``, case kept."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Counts of the ``size``-token shingles of ``text`` (one shingle if it is shorter)."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) <= size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


@dataclass(frozen=True, slots=True)
class Overlap:
    """One document's shingle overlap, normalised so that tp + fp + fn is 1 (or all 0)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)


def overlap(gold: str, predicted: str, size: int = SHINGLE_SIZE) -> Overlap:
    """Shingle TP/FP/FN between a gold and a predicted body, normalised by their sum."""
    g = shingles(gold, size)
    p = shingles(predicted, size)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return Overlap(0.0, 0.0, 0.0)
    return Overlap(tp / total, fp / total, fn / total)


@dataclass(frozen=True, slots=True)
class BodyScore:
    """Mean precision and recall over documents, and the F1 of those two means."""

    precision: float
    recall: float
    f1: float
    pages: int


def body_score(overlaps: Sequence[Overlap]) -> BodyScore:
    """Aggregate per-document overlaps the benchmark's way (F1 of the means)."""
    n = len(overlaps)
    if n == 0:
        return BodyScore(0.0, 0.0, 0.0, 0)
    p = sum(o.precision for o in overlaps) / n
    r = sum(o.recall for o in overlaps) / n
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return BodyScore(p, r, f1, n)


# --- title / date ---------------------------------------------------------------------------


def normalise_title(title: str | None) -> str:
    """NFKC, whitespace runs collapsed to one space and trimmed, case folded."""
    if not title:
        return ""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", title)).strip().casefold()


def title_match(gold: str, predicted: str | None) -> bool:
    """Exact match of the normalised titles (an empty prediction never matches)."""
    p = normalise_title(predicted)
    return bool(p) and p == normalise_title(gold)


def day_of(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` a date string starts with, or None."""
    if not value:
        return None
    m = _DATE_RE.match(value)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def date_match(gold: str, predicted: str | None) -> bool:
    """The predicted date's day equals the gold's (both as ``YYYY-MM-DD``)."""
    g = day_of(gold)
    return g is not None and g == day_of(predicted)


# --- authors --------------------------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo"


_ROLE_TOKENS = frozenset(w.casefold() for w in ROLE_WORDS if " " not in w)
_ROLE_PHRASES = tuple(w.casefold() for w in ROLE_WORDS if " " in w)
_GLUED_ROLES = tuple(
    sorted((w.casefold() for w in ROLE_WORDS if all(_is_cjk(c) for c in w)), key=len, reverse=True)
)
_DESK = tuple(w.casefold() for w in DESK_WORDS)


def normalise_name(name: str) -> str:
    """A name for comparison: NFKC, case folded, role words removed, only its ``\\w``
    characters kept (``김 철수`` = ``김철수``, ``Jane Doe, Reporter`` = ``jane doe``)."""
    text = _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", name).casefold())
    for phrase in _ROLE_PHRASES:
        text = text.replace(phrase, " ")
    words = [w for w in _TOKEN_RE.findall(text) if w not in _ROLE_TOKENS]
    if words:
        last = words[-1]
        for role in _GLUED_ROLES:
            rest = last[: -len(role)]
            if last.endswith(role) and len(rest) >= 2 and all(_is_cjk(c) for c in rest):
                words[-1] = rest
                break
    return "".join(words)


def is_desk(name: str) -> bool:
    """A gold author that names a desk or a newsroom rather than a person."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return any(word in folded for word in _DESK)


def gold_persons(names: Iterable[str]) -> tuple[str, ...]:
    """The gold author names that are persons, normalised (empty strings and desks dropped)."""
    out = []
    for name in names:
        if not name or not name.strip() or is_desk(name):
            continue
        norm = normalise_name(name)
        if norm:
            out.append(norm)
    return tuple(out)


def author_match(gold: Iterable[str], predicted: Iterable[str]) -> bool | None:
    """Every gold person name is among the predicted names; None when gold names no person
    (the page is then not counted for author accuracy)."""
    persons = gold_persons(gold)
    if not persons:
        return None
    found = {normalise_name(n) for n in predicted if n}
    return all(p in found for p in persons)
