"""Lines of ASCII and ``rules.TYPOGRAPHIC`` characters (typeset English: curly quotes, dashes,
no-break spaces) take the classifier's ASCII road; it must give what the general road gives,
and every typographic character must have the properties that road relies on."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import classify
from newsparse.rules import SPACE_PUNCT, TYPOGRAPHIC, prose, ui
from tests.test_rules_ascii_path import _WORDS, _line_facts_slow

_ASCII_WORDS = [w for w in _WORDS if w.isascii()]


def test_typographic_characters_are_plain() -> None:
    words = "".join(ui._COPYRIGHT_WORDS + ui._NOTICE_WORDS) + "".join(ui._PHRASE_REASON)
    literals = "".join(lit for gate in ui._PREFIX_GATES if gate for lit in gate)
    patterns = "".join(rule.pattern for rule in ui.PREFIX_RULES)
    assert len(set(TYPOGRAPHIC)) == len(TYPOGRAPHIC)
    for char in TYPOGRAPHIC:
        assert not char.isascii(), char
        assert prose.CHAR_CLASSES[char.encode()[0]] == ord("."), char  # (counted as a symbol)
        assert char.casefold() == char and char.lower() == char, char
        assert re.match(r"\w", char) is None and not char.isalnum(), char
        assert char not in words + literals + patterns + "：。！？", char
    # the squash road: the characters squashing keeps are searched for by _NOT_UI
    for char in TYPOGRAPHIC:
        if not SPACE_PUNCT.fullmatch(char):
            assert ui._NOT_UI.search(char), char


_TYPO_LINES = (
    st.lists(
        st.one_of(
            st.sampled_from(_ASCII_WORDS),
            st.sampled_from(_ASCII_WORDS).map(str.upper),
            st.sampled_from(TYPOGRAPHIC),
            st.text(alphabet=TYPOGRAPHIC + " .:!?\"')-0123[]aA", max_size=4),
            st.sampled_from([" ", ". ", ":", "2019 ", "a ", "12:30 ", "(c) ", "[image]"]),
        ),
        min_size=1,
        max_size=14,
    )
    .map("".join)
    .filter(bool)
)


@settings(max_examples=200, deadline=None)
@given(_TYPO_LINES)
def test_typographic_line_facts_are_the_general_facts(text: str) -> None:
    assert classify._line_facts.__wrapped__(text) == _line_facts_slow(text)  # type: ignore[attr-defined]


def test_typographic_lines_on_the_table_words() -> None:
    for word in _ASCII_WORDS:
        for line in (f"“{word}”", f"{word} — {word}", f"\u00a0{word}:", f"{word} ☆", f"’{word}."):
            assert classify._line_facts.__wrapped__(line) == _line_facts_slow(line), line  # type: ignore[attr-defined]


def test_a_typographic_line_can_be_ui() -> None:
    """The road's squash deletes the typographic punctuation, as ``squash`` does."""
    facts = classify._line_facts.__wrapped__("Share — Facebook · Twitter")  # type: ignore[attr-defined]
    assert facts[3] is not None and facts == _line_facts_slow("Share — Facebook · Twitter")
    assert classify._line_facts.__wrapped__("Share ☆")[3] is None  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(
    _TYPO_LINES | st.sampled_from([t for r in ui.PREFIX_RULES for t in r.examples if t.isascii()])
)
def test_the_ascii_prefix_match_is_prefix_reason(text: str) -> None:
    found = ui.ascii_prefix_match(text)
    reason = ui.PREFIX_GROUP_REASON.get(found.lastgroup) if found else None  # type: ignore[arg-type]
    assert reason == ui.prefix_reason(text, sentence=False)
