"""``find_credit`` searches each rule's pattern alone, only the rules whose needed words the text
holds (``captions._RULE_SEARCH``), instead of the combined alternation: on varied texts (rule
examples cut up and glued, credit heads that share a start, random text) it finds exactly what
the combined regex finds (``tests._plain.plain_find_credit``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.rules import captions
from tests._plain import plain_find_credit

_EXAMPLES = [
    *(text for rule in captions.RULES for text, _credit in rule.examples),
    *(text for rule in captions.RULES for text in rule.counterexamples),
]
_PIECES = [
    *("(AP Photo/", "/AP)", "(Jane Doe/AP)", "/Pool via REUTERS", "REUTERS/Kim", "AP/Jane"),
    *("Foto: ", "Photo : ", "Photo: ", "Photograph: ", "Image: ", "Bild: ", "Фото: "),
    *("(사진=", "[사진 제공 : ", "[EPA=", "[AP=연합뉴스]", "/사진=", "(사진=관악구)", ")", "]"),
    *("＝ロイター", "＝共同", "（新华社记者张三摄）", "（图片来源：X）", "（", "）"),
    *(". ", " ", "\n", "  ", "Getty Images", "Jane Doe", "x" * 70, "a crowd in Seoul"),
]
_TEXT = st.one_of(
    st.sampled_from(_EXAMPLES),
    st.lists(
        st.one_of(
            st.sampled_from(_PIECES),
            st.sampled_from(_EXAMPLES),
            st.text(alphabet="AP()/=: .\n사진", max_size=6),
            st.text(max_size=6),
        ),
        max_size=10,
    ).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_rule_by_rule_search_finds_what_the_combined_regex_finds(text: str) -> None:
    assert captions.find_credit(text) == plain_find_credit(text)
    assert captions._find_marked_credit.__wrapped__(text) == plain_find_credit(text) or not any(
        mark in text for mark in captions._CREDIT_MARKS
    )


def test_the_leftmost_match_wins_across_rules() -> None:
    # en-ap-photo and en-name-agency both match "(AP Photo/Jane Doe/AP)" from its bracket (the
    # same span and credit: the end-anchored rules that can tie end at the text's end alike)
    text = "A man walks. (AP Photo/Jane Doe/AP)"
    assert captions.find_credit(text) == plain_find_credit(text) == (13, 35, "AP Photo/Jane Doe/AP")
    # a later-starting match of an earlier rule loses to an earlier-starting later rule
    text = "(사진=서울시) 행사. [AP=연합뉴스]"
    assert captions.find_credit(text) == plain_find_credit(text)
    assert captions.find_credit(text) is not None and captions.find_credit(text)[2] == "서울시"
