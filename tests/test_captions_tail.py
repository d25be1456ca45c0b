"""``find_credit``'s tail test (``CREDIT_TAIL``) against the combined credit regex alone.

The test must be a superset: wherever the regex finds a credit, ``find_credit`` must find it.
It rests on two facts, both checked here: every rule but CREDIT_ANYWHERE's is anchored at the
text's end (``\\s*$`` closes each branch of its pattern), and a needed word of such a match
starts within CREDIT_TAIL characters of the end (the longest credits each rule allows, built
below, and random prose around the rules' own examples).
"""

from __future__ import annotations

from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.assemble import _split_caption
from newsparse.model import Caption
from newsparse.rules import captions
from newsparse.rules.captions import CREDIT_ANYWHERE, RULES, CreditRule, find_credit

_SPACE_END = repr(list(sre_parse.parse(r"\s*$").data))
"""How each branch of an end-anchored pattern ends, as parsed."""


def _ends_at_end(items: list[object]) -> bool:
    """Whether every way through ``items`` ends ``\\s*$`` (the parser factors a prefix that
    all branches share out of a top-level alternation, so the branch may come last)."""
    if repr(items[-2:]) == _SPACE_END:
        return True
    last = items[-1] if items else None
    if isinstance(last, tuple) and last[0] is sre_parse.BRANCH:
        return all(_ends_at_end(list(branch.data)) for branch in last[1][1])
    return False


@pytest.mark.parametrize("rule", [r for r in RULES if r.id not in CREDIT_ANYWHERE])
def test_every_other_rule_is_anchored_at_the_end(rule: CreditRule) -> None:
    assert _ends_at_end(list(sre_parse.parse(rule.pattern).data))


def test_anchor_check_can_fail() -> None:
    anywhere = next(r for r in RULES if r.id in CREDIT_ANYWHERE)
    assert not _ends_at_end(list(sre_parse.parse(anywhere.pattern).data))


# The longest credit each end-anchored rule allows (its bounded repeats at their maximum).
_LONGEST = (
    "위치 /그래픽 = " + "가" * 30 + " " + "나" * 20,
    "[게티이미지 = " + "x" * 20 + "]",
    "(Bloomberg Images / " + "y" * 60 + ")",
    "Photograph credit : " + "z" * 60,
    "Getty Images/W" + "w" * 40,
    "(" + "v" * 60 + " / Associated Press)",
    "Ann Lee/Pool via Getty Images",
    "Снимка : " + "u" * 60,
    "＝朝日新聞社",
    "（新华社" + "记" * 20 + "摄）",
    "（图片来源：" + "来" * 30 + "）",
)
_PROSE = "The minister spoke at length about the budget, the AP said, via a statement. "


@pytest.mark.parametrize("credit", _LONGEST)
def test_longest_credits_pass(credit: str) -> None:
    text = _PROSE * 3 + credit + "  \n"
    assert find_credit(text) is not None


def test_a_short_tail_would_miss_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(captions, "CREDIT_TAIL", 40)
    captions._find_marked_credit.cache_clear()  # (results kept under the real CREDIT_TAIL)
    monkeypatch.setattr(captions, "_find_marked_credit", captions._find_marked_credit.__wrapped__)
    missed = [c for c in _LONGEST if find_credit(_PROSE * 3 + c) is None]
    assert missed  # (the test above can fail)


_EXAMPLES = [text for rule in RULES for text, _ in rule.examples]
_FRAGMENTS = st.sampled_from(
    [
        " ",
        "  ",
        ".",
        "(",
        ")",
        "[",
        "]",
        "/",
        "=",
        ":",
        "\n",
        "AP",
        "via",
        "Photo",
        "Image",
        "사진",
        "＝",
        "社",
        "Reuters",
        "Foto",
        "word",
        "Lee",
        "x" * 50,
        _PROSE,
    ]
    + _EXAMPLES
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=12).map("".join))
def test_prefilter_is_a_superset(text: str) -> None:
    assert find_credit(text) == _plain_find_credit(text)
    assert _split_caption(text) == _plain_split_caption(text)


def _plain_find_credit(text: str) -> tuple[int, int, str] | None:
    match = captions._CREDIT.search(text)
    if match is None:
        return None
    credit = next(v for v in match.groupdict().values() if v is not None)
    return match.start(), match.end(), credit.strip()


def _plain_split_caption(text: str) -> tuple[Caption | None, str]:
    found = _plain_find_credit(text)
    if found is None:
        return None, text
    start, end, credit = found
    return Caption(text[:start].strip(), credit or None), text[end:].strip()


_ASKED = [*_EXAMPLES, *(text for rule in RULES for text in rule.counterexamples), *_LONGEST]


@pytest.mark.parametrize("text", _ASKED)
def test_a_kept_result_is_the_plain_one(text: str) -> None:
    # asked twice (classify, then assemble): the kept answer is the regex's, both times
    assert find_credit(text) == _plain_find_credit(text)
    assert find_credit(text) == _plain_find_credit(text)
    assert find_credit(text + " ") == _plain_find_credit(text + " ")


def test_the_cache_keeps_marked_texts_only() -> None:
    captions._find_marked_credit.cache_clear()
    find_credit("A plain sentence with no mark at all.")
    assert captions._find_marked_credit.cache_info().currsize == 0
    find_credit("A man walks past a screen in Seoul. REUTERS/Kim Hong-Ji")
    find_credit("A man walks past a screen in Seoul. REUTERS/Kim Hong-Ji")
    info = captions._find_marked_credit.cache_info()
    assert (info.currsize, info.hits) == (1, 1)
