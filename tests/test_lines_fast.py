"""The classifier's per-line fast paths give what the plain definitions give.

Each fast path (a literal gate, a rewritten regex, a byte-table count) is checked against the
slow definition it replaces, on text built from the rule tables' own phrases and examples mixed
with random characters, so that both matching and non-matching lines are drawn.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.classify import _squash_floor
from newsparse.rules import prose, required_literals, squash, ui

_PHRASES = sorted({p for table in ui.TABLES for p in table.phrases})
_PREFIX_TEXTS = sorted(
    {line for rule in ui.PREFIX_RULES for line in (*rule.examples, *rule.counterexamples)}
)
_DATED_TEXTS = (
    *ui.DATED_EXAMPLES,
    *ui.DATED_COUNTEREXAMPLES,
    "an hour ago",
    "A day ago",
    "12 minutes ago",
    "x2019",
    "1999",
    "12:30",
    "3분 전",
    "2020年",
    "4月5日",
    "1.2.2020",
    "a12:30",
    "_2019",
)
_NOISE = st.text(alphabet="aAn 12 90:./-_ 기사자뉴스섹션 ’é\u3000\u00a0ſK·", max_size=6)


def _mixed(*pools: tuple[str, ...] | list[str]) -> st.SearchStrategy[str]:
    parts = st.one_of(*(st.sampled_from(list(pool)) for pool in pools), _NOISE, st.text(max_size=4))
    return st.lists(parts, max_size=8).map("".join)


def _ui_reason_slow(text: str) -> object:
    """``ui_reason`` as defined: squash, then the whole squashed line must be phrases."""
    if len(text) > 3 * ui.MAX_UI_LINE:
        return None
    sq = squash(text)
    if not sq or len(sq) > ui.MAX_UI_LINE or sq.isdigit():
        return None
    match = ui._LINE_PATTERN.match(sq)
    if match is None or match.end() != len(sq):
        return None
    first = ui._TOKEN.search(sq)
    return ui._PHRASE_REASON[first.group(0)] if first else None


@settings(max_examples=200, deadline=None)
@given(_mixed(_PHRASES, [" ", " > ", "·", "12"]))
def test_ui_reason_gate_changes_nothing(text: str) -> None:
    assert ui.ui_reason(text) == _ui_reason_slow(text)
    assert ui.ui_reason(text, text.casefold()) == _ui_reason_slow(text)


_ALL_PREFIX_RULES = ui._prefix_alternation(tuple(range(len(ui.PREFIX_RULES))))
"""The ungated alternation of every prefix rule: what the gated one must match like."""


@settings(max_examples=200, deadline=None)
@given(_mixed(_PHRASES, _PREFIX_TEXTS, ["기자의 다른기사", "섹션 주요 뉴스", "분야 최신 기사"]))
def test_prefix_gates_change_nothing(text: str) -> None:
    """Leaving out the rules whose literals are missing never changes the match."""
    slow = _ALL_PREFIX_RULES.match(text)
    mask = ui._prefix_mask(text)  # (0: no rule can match, as prefix_reason reads it)
    fast = ui._PREFIX_BY_MASK[mask].match(text) if mask else None
    assert (slow and (slow.lastgroup, slow.end())) == (fast and (fast.lastgroup, fast.end()))


def test_prefix_gate_names_the_korean_rule() -> None:
    gates = dict(zip((r.id for r in ui.PREFIX_RULES), ui._PREFIX_GATES, strict=True))
    assert gates["ko-other-articles"] is not None and "기사" in gates["ko-other-articles"]
    assert gates["en-more-in"] is None  # cased words under IGNORECASE: no literal is certain


@settings(max_examples=200, deadline=None)
@given(_mixed(_DATED_TEXTS, ["19", "20", "ago", " ", "s"]))
def test_dated_scan_finds_what_dated_finds(text: str) -> None:
    assert bool(ui.DATED_SCAN.search(text)) == bool(ui.DATED.search(text))


@pytest.mark.parametrize("line", (*ui.DATED_EXAMPLES, *ui.DATED_COUNTEREXAMPLES))
def test_dated_scan_on_the_table_examples(line: str) -> None:
    assert bool(ui.DATED_SCAN.search(line)) == bool(ui.DATED.search(line))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
def test_function_share_ascii_path_is_the_definition(text: str) -> None:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    expected = (
        (len(words), sum(w in prose._FUNCTION for w in words) / len(words)) if words else (0, 0.0)
    )
    assert prose.function_share(text) == expected
    assert prose.function_share(text, text.casefold()) == expected


@settings(max_examples=200, deadline=None)
@given(_mixed(_PHRASES, ["\u3000", "ß", "İ", "12", "’", "x"]) | st.text())
def test_squash_floor_is_a_lower_bound(text: str) -> None:
    _w, letters, digits = prose.features(text)
    assert _squash_floor(text, letters, digits) <= len(squash(text))


def test_required_literals() -> None:
    assert required_literals(r"a\bb") == ("ab",)
    assert required_literals(r"x?y+") == ("y",)
    assert required_literals(r"(?i)abc") is None  # cased letters under IGNORECASE
    assert required_literals(r"(?i:가나)다") == ("가나",)
    assert required_literals(r"(?:cookie|cookies|block)") == ("block", "cookie")
    assert required_literals(r"[a-z]+|x") is None  # one branch guarantees nothing


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [r"ab(?:cd|ef)+g", r"\d+\s?(?:분|시간)\s?전", r"(?>xy|z)w?", r"(?:a\s+b|cc)", r"q(?i:가)"]
    ),
    st.text(alphabet="abcdefgwxyzq 12분시간전가", max_size=12),
)
def test_required_literals_are_in_every_match(pattern: str, text: str) -> None:
    strings = required_literals(pattern)
    assert strings is not None
    if re.search(pattern, text):
        assert any(s in text for s in strings)


@settings(max_examples=200, deadline=None)
@given(
    _mixed(list(prose.SENTENCE_END_EXAMPLES), [".", "…", "”", ")", " ", "\u3000", "。", "x", "\n"])
)
def test_ends_sentence_is_the_regex(text: str) -> None:
    assert prose.ends_sentence(text) == bool(prose.SENTENCE_END.search(text[-8:]))


def test_sentence_trail_holds_every_space() -> None:
    """``\\s`` is ``str.isspace``, and no space lies above U+3000 (so the spelled-out set is
    complete)."""
    spaces = {c for c in map(chr, range(0x110000)) if c.isspace()}
    assert spaces <= set(prose._SENTENCE_TRAIL)
    assert all(re.fullmatch(r"\s", c) for c in spaces)


@settings(max_examples=200, deadline=None)
@given(_mixed(ui._NOTICE_WORDS, ui.NOTICE_EXAMPLES, ui.NOTICE_COUNTEREXAMPLES, ["use ", "enable"]))
def test_browser_notice_prefilter_keeps_every_notice(text: str) -> None:
    if ui.is_notice(text):
        assert ui.may_be_browser_notice(text.casefold())
