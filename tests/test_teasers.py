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


@settings(max_examples=200, deadline=None)
@given(st.lists(_START_PIECES, max_size=12), st.lists(st.booleans(), max_size=12))
def test_ascii_title_start_pattern_is_exact(pieces: list[str], spaces: list[bool]) -> None:
    # on an ASCII text the pattern stands in for _starts_in_title_case: it must agree both ways
    gaps = spaces + [True] * (len(pieces) - len(spaces))
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, gaps, strict=False))
    text = text.encode("ascii", "ignore").decode()
    matched = teasers._ASCII_TITLE_START.match(text) is not None
    assert matched == teasers._starts_in_title_case(text), text


@pytest.mark.parametrize(
    "text",
    ["12 Ways To Save", "The 4 Best Vegan Spots", "(AP) — To LeBron James", "iN The Big House",
     "U.S. Firms Cut Jobs", "x_y Is Not Big", "_The Big Red Dog", "The big Red Dog", "A-b c'd E",
     "Of Mice And Men", "Mice and of men", "to the of a", "one Two Three Four", "A B C"],
)  # fmt: skip
def test_ascii_title_start_agrees_on_examples(text: str) -> None:
    matched = teasers._ASCII_TITLE_START.match(text) is not None
    assert matched == teasers._starts_in_title_case(text), text
    if teasers._starts_in_title_case(text):
        assert teasers._TITLE_START.match(text) is not None, text


@pytest.mark.parametrize("word", sorted(teasers.SMALL_WORDS))
def test_every_small_word_passes_the_title_start(word: str) -> None:
    for form in (word, word[0] + word[1:].upper()):
        text = f"Big {form} Small Deal said"
        assert teasers._ASCII_TITLE_START.match(text) is not None, text
        assert teasers._TITLE_START.match(text) is not None, text
        assert teasers._ASCII_TITLE_START.match(f"Big {form}x Small Deal said") is None


def _glue_points_by_pairs(text: str) -> list[int]:
    """The glue points as first written: every two-character match of a lower-case letter,
    ``?``, ``!`` or a quote, then a capital, kept where a lower-case letter follows the capital
    and a quote has a non-space before it."""
    points = []
    for match in re.finditer(r"[a-z?!’'\")][A-Z]", text):
        start, glue = match.start(), match.end() - 1
        if not "a" <= text[glue + 1 : glue + 2] <= "z":
            continue
        if text[start] in "’'\")" and (start == 0 or text[start - 1].isspace()):
            continue
        points.append(glue)
    return points


_GLUE_CHARS = st.sampled_from(list("aZbQ?!’'\")x y.AéÉ\n"))


@settings(max_examples=200, deadline=None)
@given(st.lists(_GLUE_CHARS, max_size=40))
def test_glue_points_are_the_pairs(chars: list[str]) -> None:
    text = "".join(chars)
    assert list(teasers._glue_points(text)) == _glue_points_by_pairs(text), text


_MIXED_PIECES = st.sampled_from(
    ["Ford", "Rally", "the", "In", "NASCAR", "Finale", "flopped", "at", "track.", "Mc", "Book",
     "?", "Rise", "Violence", "is", "of", "12", "Pros", "'We", "Her!'", " ", "Café", "été",
     "don’t", "“Big", "—", "(AP)", "a/b", "oﬀ", "İn", "tHe", "Übers", "news", "x_y"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_MIXED_PIECES, max_size=24), st.lists(st.booleans(), max_size=24))
def test_title_start_gates_reject_no_teaser(pieces: list[str], spaces: list[bool]) -> None:
    # ASCII and non-ASCII texts: the gates before the glue search change no answer
    gaps = spaces + [True] * (len(pieces) - len(spaces))
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, gaps, strict=False))
    assert glued_teaser(text) == _every_glue(text), text
