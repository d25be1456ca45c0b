"""The teaser-card rule (``rules/teasers.py``): its table's examples, and its shortcut."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.rules import teasers
from newsparse.rules.teasers import STYLES, glued_teaser

EXAMPLES = [(style.lang, text) for style in STYLES for text in style.examples]
COUNTEREXAMPLES = [(style.lang, text) for style in STYLES for text in style.counterexamples]


@pytest.mark.parametrize(("lang", "text"), EXAMPLES)
def test_examples_are_teasers(lang: str, text: str) -> None:
    assert glued_teaser(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), COUNTEREXAMPLES)
def test_counterexamples_are_not(lang: str, text: str) -> None:
    assert not glued_teaser(text), (lang, text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence-case headline (the style outside English) is no title-case head
        "Nadal keeps Spain alive against Russia in Davis CupThe Spaniard won both of his matches"
        " on the day.",
        # a German headline capitalises nouns only
        "Regierung plant neue Regeln für den VerkehrDie Koalition will noch in diesem Jahr"
        " entscheiden.",
        # a title-case head glued to two words only: a menu, not a summary
        "Latest News From Our Newsroom TodayWeather Stories",
        # the summary is in title case too: one headline with a brand in it
        "New Deals On The Sony PlayStation Store Go Live For Black Friday Weekend",
        # a capital run into an acronym starts no word
        "Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFORD v Toyota flopped for the"
        " blue oval at the track.",
        # no glue at all
        "Harvick Fails To Rally Overmatched Ford In NASCAR Finale",
    ],
)
def test_not_teasers(text: str) -> None:
    assert not glued_teaser(text)


def _every_glue(text: str) -> bool:
    """``glued_teaser`` without its early exit: every glue point tried in full."""
    word = r"[^\W_][\w'’.-]*"
    for match in re.finditer(r"(?:[a-z?!]|\S[’'\")])(?=[A-Z][a-z])", text):
        glue = match.end()
        head = text[:glue]
        words = re.findall(word, head)
        if len(words) < teasers.MIN_HEAD_WORDS:
            continue
        piece = re.search(r"[A-Za-z]*\Z", head)
        if piece is not None and 0 < len(piece.group()) < teasers.MIN_GLUED_PIECE:
            continue
        title_case = all(
            w[0].isupper() or w[0].isdigit() or w.casefold() in teasers.SMALL_WORDS for w in words
        )
        tail = re.findall(word, text[glue:])
        lower = [w for w in tail if w[0].islower()]
        summary = (
            len(tail) >= teasers.MIN_TAIL_WORDS
            and len(lower) >= teasers.MIN_TAIL_LOWER * len(tail)
            and any(w in teasers.SMALL_WORDS for w in lower)
        )
        if title_case and summary:
            return True
    return False


_PIECES = st.sampled_from(
    ["Ford", "Rally", "the", "In", "NASCAR", "Finale", "flopped", "at", "track.", "Mc", "Book",
     "?", "Rise", "Violence", "is", "of", "12", "Pros", "'We", "Her!'", " "]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=24), st.lists(st.booleans(), max_size=24))
def test_early_exit_changes_nothing(pieces: list[str], spaces: list[bool]) -> None:
    # words joined with or without a space between, so that glue points arise anywhere
    gaps = spaces + [True] * (len(pieces) - len(spaces))
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, gaps, strict=False))
    assert glued_teaser(text) == _every_glue(text)


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_never_raises(text: str) -> None:
    assert glued_teaser(text) in (True, False)


# --- wired into classify: a column of teaser cards above a short article --------------------

_CARDS = [
    # the plain ASCII road
    "Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped for the"
    " blue oval at the track on Sunday night.",
    # the typographic road (a curly apostrophe)
    "Detroit’s Five Best Spots For Desserts This WinterNeed more desserts in your life? We"
    " crunched the numbers to find the best affordable spots in the city.",
    # the general road (an accented letter)
    "Café Owners Say Prices Will Rise Again In The SpringThe owners of the small café said"
    " the cost of coffee beans has doubled since last year.",
    "Auto Union Opens Talks With Fiat Chrysler; Strike PossibleThe union on Monday turned its"
    " bargaining sights to the third carmaker, raising the chance of another strike.",
]
_ARTICLE = [
    "Michigan Officials Report A Sixth Death From The Virus",
    "Health authorities said on Monday that a sixth person has died of the mosquito-borne"
    " virus this year, the highest number in a decade.",
    "The county health department said the victim was one of two people who caught the"
    " virus in the south-west of the state in September.",
    "Officials urged residents to keep using insect repellent until the first hard frost,"
    " which usually comes in late October.",
]


def test_teaser_cards_are_dropped_as_teasers() -> None:
    from newsparse import extract
    from newsparse.model import Reason

    page = "\n".join(["Home", "News", "Sports", *_CARDS, "Menu", *_ARTICLE, "Privacy Policy"])
    article = extract(page, input_format="text")
    reasons = {d.text: d.reason for d in article.boilerplate}
    for card in _CARDS:
        assert reasons.get(card) == Reason.TEASER, card
    assert article.body[0].startswith("Health authorities said on Monday")


_START_PIECES = st.sampled_from(
    ["The", "the", "tHe", "of", "oﬀ", "aſ", "Kelvin", "in", "iN", "then", "Éte", "été", "12",
     "_x", "x_y", "Ford", "don’t", "(This", "—", "a.b", "-", "'", " ", "  ", "/", "İn"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_START_PIECES, max_size=12), st.lists(st.booleans(), max_size=12))
def test_title_start_pattern_is_a_superset(pieces: list[str], spaces: list[bool]) -> None:
    gaps = spaces + [True] * (len(pieces) - len(spaces))
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, gaps, strict=False))
    if teasers._TITLE_START.match(text) is None:
        assert not teasers._starts_in_title_case(text), text
