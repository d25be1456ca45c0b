"""The fast word count of newsparse.language against the plain one it replaces.

``word_counts`` cuts mostly-ASCII text at ASCII non-letters with a byte translation and ``split``
and sends only the odd pieces (apostrophes, non-ASCII letters) through the word regex. The plain
version, ``Counter(_WORD_RE.findall(text.lower()))``, is kept here; on varied text (ASCII words
and punctuation, apostrophes of both kinds, accented, Greek and Cyrillic letters, Unicode spaces
and digits, lone surrogates) both must count the same words, and ``detect_language`` must answer
as before.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.language import _WORD_RE, NON_ASCII_WORDS_SHARE, detect_language, word_counts


def plain_word_counts(text: str) -> Counter[str]:
    return Counter(_WORD_RE.findall(text.lower()))


_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\t",
        ".",
        ",",
        "'",
        "’",
        "-",
        "_",
        "1",
        "2020",
        "٣",
        "\xa0",
        "\u2003",
        "the",
        "The",
        "THE",
        "don't",
        "l'homme",
        "rock'n'roll",
        "ain’t",
        "'quoted'",
        "über",
        "Straße",
        "ΣΟΦΟΣ",
        "ΟΔΟΣ.",
        "σοφός",
        "ΑΣ'Α",
        "İstanbul",
        "и",
        "это",
        "Привет",
        "ﬁne",
        "é",
        "e\u0301",
        "日本",
        "a",
        "b",
        "x_y",
        "\ud800",
        "ǅ",
        "ß",
        "’s",
        "''",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("ΑΣ.a ΑΣ. Α'Σ'a")
@example("hello world, it's a test of the word count")
def test_word_counts_match_plain(text: str) -> None:
    assert word_counts(text) == plain_word_counts(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_word_counts_match_plain_on_any_text(text: str) -> None:
    assert word_counts(text) == plain_word_counts(text)


def test_both_paths_are_taken() -> None:
    """The split path on mostly-ASCII text, the plain regex on text in another script (else the
    property tests above would check only one of them)."""
    latin = "The owner of the cafe said it’s fine, all of it. " * 5
    cyrillic = "Это было сказано в пятницу вечером. " * 5
    assert len(latin.encode()) - len(latin) <= NON_ASCII_WORDS_SHARE * len(latin)
    assert len(cyrillic.encode()) - len(cyrillic) > NON_ASCII_WORDS_SHARE * len(cyrillic)
    assert word_counts(latin)["it’s"] == 5
    assert word_counts(cyrillic)["это"] == 5
    assert word_counts(latin) == plain_word_counts(latin)
    assert word_counts(cyrillic) == plain_word_counts(cyrillic)


def test_detect_language_still_answers() -> None:
    assert (
        detect_language("The minister said on Monday that the plan was not in doubt. " * 3) == "en"
    )
    assert (
        detect_language("Der Minister sagte am Montag, dass der Plan nicht in Frage steht. " * 3)
        == "de"
    )
