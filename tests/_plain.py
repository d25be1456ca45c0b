"""Plain forms of rule functions that have fast paths: the property tests compare each fast path
with these (one copy here, so the tests of two modules cannot drift apart)."""

from __future__ import annotations

import re

from newsparse.rules import captions


def _combined_credit() -> re.Pattern[str]:
    """One alternation of every credit rule (each credit group renamed ``c<n>_<k>``): its
    leftmost match is the leftmost credit, as if each rule were searched and the earliest kept
    (the form ``find_credit`` had before it searched the rules one by one)."""
    parts = []
    for n, rule in enumerate(captions.RULES):
        body = rule.pattern
        for k, name in enumerate(re.findall(r"\(\?P<(credit\w*)>", body)):
            body = body.replace(f"(?P<{name}>", f"(?P<c{n}_{k}>")
        parts.append(f"(?:{body})")
    return re.compile("|".join(parts))


_CREDIT = _combined_credit()


def plain_find_credit(text: str) -> tuple[int, int, str] | None:
    """``captions.find_credit`` without its gates and cache: the combined regex alone."""
    match = _CREDIT.search(text)
    if match is None:
        return None
    credit = next(v for v in match.groupdict().values() if v is not None)
    return match.start(), match.end(), credit.strip()
