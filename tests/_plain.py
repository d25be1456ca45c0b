"""Plain forms of rule functions that have fast paths: the property tests compare each fast path
with these (one copy here, so the tests of two modules cannot drift apart)."""

from __future__ import annotations

from newsparse.rules import captions


def plain_find_credit(text: str) -> tuple[int, int, str] | None:
    """``captions.find_credit`` without its gates and cache: the combined regex alone."""
    match = captions._CREDIT.search(text)
    if match is None:
        return None
    credit = next(v for v in match.groupdict().values() if v is not None)
    return match.start(), match.end(), credit.strip()
