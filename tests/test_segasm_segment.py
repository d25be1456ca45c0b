"""segment_text's marker and lower-case tests against the regexes they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.segment import (
    _BULLET,
    _LOWER_FIRST,
    _MARKED_FIRST,
    _MARKER_ONE,
    _NUMBER,
    wrap_width,
)
from tests.test_segment_fast import plain_wrap_width

_LOWER_CLASS = re.compile(r"[a-zà-ÿа-я]")


def test_marked_first_holds_every_bullet_start() -> None:
    # Every character a _BULLET marker can start with (an ASCII-led number) is in the prefilter.
    for code in range(0x10000):
        ch = chr(code)
        if ch.isspace():
            continue
        if _BULLET.match(f"{ch} x") or _BULLET.match(f"{ch}. x"):
            assert ch in _MARKED_FIRST or (ch.isdigit() and not ch.isascii()), repr(ch)


def test_lower_first_is_the_lower_class() -> None:
    for code in range(0x10000):
        ch = chr(code)
        assert (ch in _LOWER_FIRST) == bool(_LOWER_CLASS.match(ch)), repr(ch)


_LINE = st.text(
    alphabet=st.sampled_from(list("•◦□*·-–1234567890.) \t\u3000ab٣")), min_size=1, max_size=12
)


@settings(max_examples=200, deadline=None)
@given(_LINE)
def test_first_word_marker_is_bullet(line: str) -> None:
    stripped = line.strip()
    if not stripped or stripped[0] not in _MARKED_FIRST:
        return
    found = _BULLET.match(stripped)
    words = stripped.split(None, 1)
    fast = len(words) == 2 and (words[0] in _MARKER_ONE or _NUMBER.fullmatch(words[0]))
    assert bool(fast) == (found is not None)
    if found is not None:
        assert words[0] == (found.group(1) or found.group(2))
        assert words[1] == stripped[found.end() :]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.builds(
            lambda n, pad: " " * pad + "a" * n + " " * pad, st.integers(0, 150), st.integers(0, 30)
        ),
        max_size=40,
    )
)
def test_wrap_width_shortcut(lines: list[str]) -> None:
    # The early None from the stripped lengths never differs from the plain measure.
    assert wrap_width(lines) == plain_wrap_width(lines)
