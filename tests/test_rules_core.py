"""Rule tables test themselves: every example must match, every counterexample must not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.model import Reason
from newsparse.rules import alternation, captions, prose, squash, trie_alternation, ui

UI_CASES = [(t, ex) for t in ui.TABLES for ex in t.examples]
UI_COUNTER = [(t, ex) for t in ui.TABLES for ex in t.counterexamples]


def test_ui_table_ids_unique_and_documented() -> None:
    ids = [t.id for t in ui.TABLES]
    assert len(ids) == len(set(ids))
    for table in ui.TABLES:
        assert table.note and table.examples and table.counterexamples, table.id
        assert all(squash(p) for p in table.phrases), table.id


@pytest.mark.parametrize(("table", "line"), UI_CASES, ids=lambda v: getattr(v, "id", v))
def test_ui_examples_match(table: ui.PhraseTable, line: str) -> None:
    assert ui.ui_reason(line) is not None, (table.id, line)


@pytest.mark.parametrize(("table", "line"), UI_COUNTER, ids=lambda v: getattr(v, "id", v))
def test_ui_counterexamples_do_not_match(table: ui.PhraseTable, line: str) -> None:
    assert ui.ui_reason(line) is None, (table.id, line)


def test_ui_reason_is_the_first_phrase() -> None:
    assert ui.ui_reason("HOT ISSUE더보기") is Reason.LIST_HEADER
    assert ui.ui_reason("많이 본 뉴스더보기") is Reason.LIST_HEADER
    assert ui.ui_reason("기사 메일전송") is Reason.SHARE
    assert ui.ui_reason("목록 바로가기") is Reason.NAV


@pytest.mark.parametrize(
    ("pattern", "examples", "counterexamples"),
    [
        (ui.PLACEHOLDER, ui.PLACEHOLDER_EXAMPLES, ui.PLACEHOLDER_COUNTEREXAMPLES),
        (ui.COUNTER, ui.COUNTER_EXAMPLES, ui.COUNTER_COUNTEREXAMPLES),
        (ui.DATED, ui.DATED_EXAMPLES, ui.DATED_COUNTEREXAMPLES),
    ],
    ids=["placeholder", "counter", "dated"],
)
def test_regex_rules(
    pattern: re.Pattern[str], examples: tuple[str, ...], counterexamples: tuple[str, ...]
) -> None:
    for line in examples:
        assert pattern.search(line), line
    for line in counterexamples:
        assert not pattern.fullmatch(line) and not (pattern is ui.DATED and pattern.search(line)), (
            line
        )


def test_copyright_and_notice_rules() -> None:
    assert all(ui.is_copyright(t) for t in ui.COPYRIGHT_EXAMPLES)
    assert not any(ui.is_copyright(t) for t in ui.COPYRIGHT_COUNTEREXAMPLES)
    assert all(ui.is_notice(t) for t in ui.NOTICE_EXAMPLES)
    assert not any(ui.is_notice(t) for t in ui.NOTICE_COUNTEREXAMPLES)


def test_strong_end_examples() -> None:
    assert all(prose.ends_strongly(t) for t in prose.STRONG_END_EXAMPLES)
    assert not any(prose.ends_strongly(t) for t in prose.STRONG_END_COUNTEREXAMPLES)


def test_sentence_end_examples() -> None:
    assert all(prose.ends_sentence(t) for t in prose.SENTENCE_END_EXAMPLES)
    assert not any(prose.ends_sentence(t) for t in prose.SENTENCE_END_COUNTEREXAMPLES)


@pytest.mark.parametrize("rule", captions.RULES, ids=lambda r: r.id)
def test_caption_credit_rules(rule: captions.CreditRule) -> None:
    assert rule.note and rule.examples and rule.counterexamples
    for text, credit in rule.examples:
        found = captions.find_credit(text)
        assert found is not None and found[2] == credit, (text, found)
    for text in rule.counterexamples:
        assert captions.find_credit(text) is None, text


def test_caption_rule_ids_unique() -> None:
    ids = [r.id for r in captions.RULES]
    assert len(ids) == len(set(ids))


def test_weight_is_fair_across_scripts() -> None:
    assert prose.weight("abcd") == 4
    assert prose.weight("가나") == 4  # two Hangul syllables weigh like four letters
    assert prose.weight("日本") == 6
    assert prose.features("") == (0.0, 0.0, 0)
    assert prose.features("ab 12")[2] == 2
    assert prose.features("12 34")[1] == 0.0


def test_function_share() -> None:
    words, share = prose.function_share("The cat sat on the mat")
    assert words == 6 and share == pytest.approx(0.5)
    assert prose.function_share("Politics Business Tech") == (3, 0.0)


def test_alternations_reject_empty_groups() -> None:
    with pytest.raises(ValueError):
        alternation([])
    with pytest.raises(ValueError):
        trie_alternation(["a", ""])
    pattern = re.compile(f"(?:{trie_alternation(['공유', '공유하기', 'in', 'inn'])})$")
    assert all(pattern.match(w) for w in ("공유", "공유하기", "in", "inn"))
    assert not pattern.match("공")


@pytest.mark.parametrize("rule", ui.PREFIX_RULES, ids=lambda r: r.id)
def test_prefix_rules(rule: ui.PrefixRule) -> None:
    assert rule.note and rule.examples and rule.counterexamples
    for line in rule.examples:
        assert ui.prefix_reason(line) is rule.reason, line
    for line in rule.counterexamples:
        assert ui.prefix_reason(line) is None, line


_FUNCTION_POOL = sorted(prose._FUNCTION)[:60] + ["another", "Theater", "ANd", "l'a", "über", "이다"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_FUNCTION_POOL),
            st.text(alphabet="abcdeßéи가 .,'-_0123", max_size=8),
        ),
        max_size=20,
    ),
    st.sampled_from([" ", "", "-", "  ", "_", "1"]),
)
def test_function_share_counts_words_as_the_plain_definition_does(
    parts: list[str], sep: str
) -> None:
    """The one-scan count equals the definition: maximal runs of letters, and those that are
    function words (case-folded)."""
    text = sep.join(parts)
    words = re.findall(r"[^\W\d_]+", text.casefold())
    expected = (
        (len(words), sum(w in prose._FUNCTION for w in words) / len(words)) if words else (0, 0.0)
    )
    assert prose.function_share(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_squash_fast_path_equals_the_regex_definition(text: str) -> None:
    """ASCII lines are squashed by a byte table; the result must be the regex's."""
    from newsparse.rules import SPACE_PUNCT

    assert squash(text) == SPACE_PUNCT.sub("", text.casefold())
    assert squash(text, text.casefold()) == squash(text)


def _trie_reference(words: list[str]) -> str:
    """The trie builder as first written (one group and one recursion per node): the fast
    builder must produce the very same pattern text (it is also the regex cache's key)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text(alphabet="ab c.기자(é", min_size=1, max_size=6), min_size=1, max_size=12)
)
def test_trie_builder_matches_reference(words: list[str]) -> None:
    from newsparse.rules import _trie

    assert _trie(words) == _trie_reference(words)
