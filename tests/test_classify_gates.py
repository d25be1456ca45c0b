"""The rare-letter and first-character gates of the classifier's rules pass every line the
exact tests accept (they are supersets), on lines mixed from the rules' own words and noise."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.rules import anchored_superset, first_characters, trie_alternation, ui
from tests.test_lines_fast import _ALL_PREFIX_RULES, _ui_reason_slow  # (shared definitions)

_HINT_WORDS = ui._COPYRIGHT_WORDS + ui._NOTICE_WORDS
_NOISE = st.text(alphabet="abkvy (c)©ⓒ\u00a0\t\u3000KſİI저작권쿠키브라우저-x", max_size=6)


def _cased(word: str) -> st.SearchStrategy[str]:
    """``word`` with random case and its spaces widened to runs of white space."""
    return st.tuples(
        st.sampled_from(["lower", "upper", "title"]), st.sampled_from([" ", "  ", "\u00a0", "\t"])
    ).map(lambda t: getattr(word, t[0])().replace(" ", t[1]))


_LINES = st.lists(
    st.one_of(
        st.sampled_from(_HINT_WORDS).flatmap(_cased),
        st.sampled_from([*ui.NOTICE_EXAMPLES, *ui.COPYRIGHT_EXAMPLES, *ui.NOTICE_COUNTEREXAMPLES]),
        _NOISE,
        st.text(max_size=4),
    ),
    max_size=6,
).map("".join)


@pytest.mark.parametrize("words", [_HINT_WORDS, ui._NOTICE_WORDS], ids=["any", "notice"])
@settings(max_examples=200, deadline=None)
@given(text=_LINES)
def test_anchored_superset_finds_every_word(words: tuple[str, ...], text: str) -> None:
    folded = text.casefold()
    if re.search(trie_alternation(words), folded):
        assert re.search(anchored_superset(words), folded)


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_notice_gates_pass_every_notice(text: str) -> None:
    folded = text.casefold()
    if ui.is_copyright(text) or ui.is_notice(text):
        assert ui.may_be_notice(folded)
    if ui.is_notice(text):
        assert ui.may_be_browser_notice(folded)


@pytest.mark.parametrize("line", [*ui.NOTICE_EXAMPLES, *ui.COPYRIGHT_EXAMPLES])
def test_notice_gates_pass_the_table_examples(line: str) -> None:
    assert ui.may_be_notice(line.casefold())


def test_anchored_superset_starts_words_at_rare_letters() -> None:
    pattern = anchored_superset(("cookie", "rights reserved", "(c)"))
    assert pattern.startswith(r"\(")  # (no rarer character in "(c)")
    assert "k(?:ie(?<=cookie))" in pattern and "v(?:ed(?<=reserved))" in pattern
    assert not re.search(pattern, "the cook said so")
    with pytest.raises(ValueError):
        anchored_superset(())


def test_first_characters_reads_the_pattern() -> None:
    assert first_characters(r"(?:more|also)\s") == frozenset("ma")
    assert first_characters(r"(?:more|also)\s", re.IGNORECASE) == frozenset("maMA")
    assert first_characters(r"\d+ comments") == frozenset("0123456789")
    assert first_characters(r"\S+ 기자") is None  # a class: anything may start it
    assert first_characters(r"a?b") is None  # an optional start
    assert first_characters("기자") == frozenset()  # never starts with ASCII
    assert first_characters("ſ", re.IGNORECASE) is None  # matches "s" too


_PREFIX_LINES = st.lists(
    st.one_of(
        st.sampled_from(
            sorted(
                {t for r in ui.PREFIX_RULES for t in (*r.examples, *r.counterexamples)}
                | {"more in", "MORE FROM", "12 comments", "Mehr aus", "기자의 다른기사"}
            )
        ),
        _NOISE,
        st.text(max_size=3),
    ),
    max_size=5,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_PREFIX_LINES)
def test_first_characters_start_every_match(text: str) -> None:
    for rule, firsts in zip(ui.PREFIX_RULES, ui._PREFIX_FIRSTS, strict=True):
        if firsts is not None and text[:1].isascii() and re.match(rule.pattern, text, re.I):
            assert text[0] in firsts


@settings(max_examples=200, deadline=None)
@given(_PREFIX_LINES)
def test_prefix_reason_is_the_ungated_alternation(text: str) -> None:
    match = _ALL_PREFIX_RULES.match(text)
    slow = None
    if match is not None and match.lastgroup is not None:
        slow = ui.PREFIX_RULES[int(match.lastgroup[1:])].reason
    assert ui.prefix_reason(text, sentence=False) == slow


_ASCII_PHRASES = sorted({p for t in ui.TABLES for p in t.phrases if p.isascii()})


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ASCII_PHRASES).flatmap(_cased),
            st.sampled_from([" ", " > ", "|", "12", "-", "x"]),
            st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=3),
        ),
        max_size=6,
    ).map("".join)
)
def test_ascii_ui_reason_is_the_str_definition(text: str) -> None:
    assert ui.ui_reason(text) == _ui_reason_slow(text)
    assert ui.ui_reason(text, text.casefold()) == _ui_reason_slow(text)
