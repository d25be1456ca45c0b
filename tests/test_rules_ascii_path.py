"""The classifier's ASCII road through the per-line rules (``classify._ascii_line_facts``) and
the shortcuts under it give what the general definitions give.

Lines are mixed from the rule tables' own phrases and examples and noise, so that lines every
rule matches and lines none matches are both drawn.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import classify
from newsparse.model import Reason
from newsparse.rules import (
    ASCII_LOWER,
    ASCII_SPACE_PUNCT,
    FOLD_INVARIANT,
    casefold,
    prose,
    squash,
    ui,
)
from newsparse.rules.teasers import glued_teaser


def _line_facts_slow(text: str) -> tuple[float, float, bool, Reason | None, float, bool, bool]:
    """``_line_facts`` as first written: the general path for every line."""
    w, letters, digits, sentence = prose.line_features(text)
    folded = text.casefold()
    rule = classify._rule_reason(text, folded, w, letters, digits, sentence)
    if rule is not None:
        return w, letters, sentence, rule, classify.RULE_PENALTY, False, False
    lead_in = w >= classify.LEAD_IN_MIN_WEIGHT and text.rstrip().endswith((":", "："))
    is_prose = sentence
    if not sentence and w >= classify.PROSE_MIN_WEIGHT:
        words, share = prose.function_share(text, folded)
        is_prose = words >= classify.PROSE_MIN_WORDS and share >= classify.PROSE_FUNCTION_SHARE
    fragment = letters >= classify.MIN_LETTER_SHARE and not is_prose
    if letters < classify.MIN_LETTER_SHARE:
        score = classify.NON_TEXT_SCORE
    elif is_prose:
        if glued_teaser(text):
            return w, letters, sentence, Reason.TEASER, classify.RULE_PENALTY, False, False
        strong = sentence and prose.ends_strongly(text)
        offset = classify.STRONG_OFFSET if strong else classify.SENTENCE_OFFSET
        score = min(w / classify.SENTENCE_UNIT - offset, classify.SCORE_CAP)
    else:
        score = min(w / classify.FRAGMENT_UNIT - classify.FRAGMENT_OFFSET, classify.FRAGMENT_MAX)
    return w, letters, sentence, rule, score, fragment, lead_in


def _line_features_slow(text: str) -> tuple[float, float, int, bool]:
    """``prose.line_features`` as first written: five counts over every byte's class code."""
    codes = text.encode("utf-8", "surrogatepass").translate(prose.CHAR_CLASSES)
    latin, hangul, cjk, other = (codes.count(code) for code in (b"L", b"H", b"C", b"O"))
    letters = latin + hangul + cjk + other
    chars = len(text) - text.count(" ")
    rest = max(chars - letters, 0)
    w = latin + other + 2.0 * hangul + 3.0 * cjk + 0.5 * rest
    share = letters / chars if chars > 0 else 0.0
    return w, share, codes.count(b"D"), prose.ends_sentence(text)


_WORDS = sorted(
    {p for table in ui.TABLES for p in table.phrases}
    | {t for rule in ui.PREFIX_RULES for t in (*rule.examples, *rule.counterexamples)}
    | set(ui._COPYRIGHT_WORDS + ui._NOTICE_WORDS)
    | set(ui.NOTICE_EXAMPLES + ui.COPYRIGHT_EXAMPLES + ui.DATED_EXAMPLES)
    | {"[image]", "[Submit]", "1,234", "(12)", "2 hours ago", "12:30", "More in", "use", "Accept"}
    | set(prose.FUNCTION_WORDS["en"])
)
_NOISE = st.text(alphabet="aAyYkK (c)[]0123:.!?\"')\t-|>x\u3000é’기사", max_size=6)


def _lines(*, ascii_only: bool) -> st.SearchStrategy[str]:
    words = [w for w in _WORDS if w.isascii()] if ascii_only else _WORDS
    noise = _NOISE.map(lambda s: s.encode("ascii", "ignore").decode()) if ascii_only else _NOISE
    part = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(str.upper),
        noise,
        st.sampled_from([" ", ". ", ":", "  ", "2019 ", "a "]),
        st.text(alphabet=st.characters(max_codepoint=0x7F if ascii_only else 0x10FFFF), max_size=3),
    )
    return st.lists(part, min_size=1, max_size=12).map("".join).filter(bool)


@settings(max_examples=200, deadline=None)
@given(_lines(ascii_only=True))
def test_ascii_line_facts_are_the_general_facts(text: str) -> None:
    assert classify._line_facts.__wrapped__(text) == _line_facts_slow(text)  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(_lines(ascii_only=False))
def test_line_facts_are_the_general_facts(text: str) -> None:
    assert classify._line_facts.__wrapped__(text) == _line_facts_slow(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [w for w in _WORDS if w.isascii()] + ["Cable, Media & Internet"])
def test_ascii_line_facts_on_the_table_words(text: str) -> None:
    for line in (text, text.upper(), text + ".", "12 " + text, text + ":" * 40):
        assert classify._line_facts.__wrapped__(line) == _line_facts_slow(line)  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(_lines(ascii_only=False) | st.text())
def test_line_features_are_the_five_counts(text: str) -> None:
    assert prose.line_features(text) == _line_features_slow(text)


def test_line_features_take_a_lone_surrogate() -> None:
    assert prose.line_features("a\ud800b") == _line_features_slow("a\ud800b")


@settings(max_examples=200, deadline=None)
@given(_lines(ascii_only=False) | st.text())
def test_casefold_is_str_casefold(text: str) -> None:
    assert casefold(text) == text.casefold()


def test_fold_invariant_characters_do_not_fold() -> None:
    chars = [c for c in map(chr, range(0x10000)) if re.fullmatch(f"[{FOLD_INVARIANT}]", c)]
    assert len(chars) > 30_000  # (the class is read as intended: Han and Hangul are in it)
    assert all(c.casefold() == c for c in chars)


@settings(max_examples=200, deadline=None)
@given(_lines(ascii_only=True))
def test_ascii_notice_hints_find_what_the_folded_hints_find(text: str) -> None:
    raw = text.encode().lower()
    assert bool(ui.may_be_ascii_notice(raw)) == bool(ui.may_be_notice(text.casefold()))
    notice = ui.may_be_browser_notice(text.casefold())
    assert bool(ui.may_be_ascii_browser_notice(raw)) == bool(notice)


@settings(max_examples=200, deadline=None)
@given(_lines(ascii_only=True))
def test_ascii_ui_line_is_a_whole_match(text: str) -> None:
    squashed = text.encode().translate(ASCII_LOWER, ASCII_SPACE_PUNCT)
    assert squashed.decode() == squash(text)
    match = ui._ASCII_LINE_PATTERN.match(squashed)
    whole = match is not None and match.end() == len(squashed)
    assert bool(ui.is_ascii_ui_line(squashed)) == whole


@settings(max_examples=200, deadline=None)
@given(_lines(ascii_only=True))
def test_prefix_rules_need_an_ascii_start(text: str) -> None:
    if text[0] not in ui.PREFIX_ASCII_STARTS:
        assert ui.prefix_reason(text, sentence=False) is None


def test_no_phrase_is_digits() -> None:
    """``is_ascii_ui_line`` passes an all-digit line, which ``ascii_ui_reason`` then rejects by
    its own test; no phrase being digits alone keeps the token search from finding one."""
    assert not any(phrase.isdigit() for phrase in ui._PHRASE_REASON)
    assert ui.ascii_ui_reason(b"123") is None
