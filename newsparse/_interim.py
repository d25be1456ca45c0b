"""Interim metadata finders, until dates.py / bylines.py / language.py land (same signatures).

Deliberately minimal: enough for the seed page; the real tables replace this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from newsparse.model import Author, Dateline


class DateKind(StrEnum):
    PUBLISHED = "published"
    MODIFIED = "modified"


@dataclass(frozen=True, slots=True)
class DateHit:
    iso: str
    kind: DateKind | None
    start: int
    end: int
    has_time: bool


@dataclass(frozen=True, slots=True)
class BylineHit:
    authors: tuple[Author, ...]
    start: int
    end: int
    whole_line: bool


_DATE = re.compile(
    r"(?:(?P<label>입력|등록|승인|수정|최종수정|Published|Updated)\s*:?\s*)?"
    r"(?P<y>\d{4})[-./]\s?(?P<m>\d{1,2})[-./]\s?(?P<d>\d{1,2})\.?"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
_MODIFIED = {"수정", "최종수정", "Updated"}


def find_dates(text: str, *, lang: str | None = None, tz: str | None = None) -> tuple[DateHit, ...]:
    hits = []
    for m in _DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        if m["H"]:
            iso += f"T{int(m['H']):02d}:{m['M']}:{m['S'] or '00'}"
            offset = tz or ("+09:00" if lang in ("ko", "ja") else "")
            iso += offset
        label = m["label"]
        kind = None if not label else DateKind.MODIFIED if label in _MODIFIED else DateKind.PUBLISHED
        hits.append(DateHit(iso, kind, m.start("y"), m.end(), bool(m["H"])))
    return tuple(hits)


def parse_date(text: str, *, lang: str | None = None, tz: str | None = None) -> DateHit | None:
    hits = find_dates(text, lang=lang, tz=tz)
    return hits[0] if hits else None


_BYLINE = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s?(?P<role>기자|특파원|논설위원|에디터|앵커)"
    r"(?:\s*\(?(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)?)?\s*$"
)


def find_byline(text: str, *, lang: str | None = None) -> BylineHit | None:
    m = _BYLINE.match(text.strip())
    if not m:
        return None
    return BylineHit((Author(m["name"], m["role"], m["email"]),), 0, len(text), True)


def strip_dateline(
    paragraph: str, *, lang: str | None = None
) -> tuple[Dateline | None, tuple[Author, ...], str]:
    return None, (), paragraph


def detect_language(text: str) -> str | None:
    sample = text[:20000]
    hangul = len(re.findall(r"[\uac00-\ud7a3]", sample))
    letters = len(re.findall(r"[^\W\d_]", sample)) or 1
    if hangul / letters > 0.3:
        return "ko"
    return None
