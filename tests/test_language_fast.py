"""The fast word split of newsparse.language against the plain one it replaces.

``_words`` cuts mostly-ASCII text at ASCII non-letters with a byte translation and a bytes
``split``, and sends only the odd pieces (apostrophes, non-ASCII letters) through the word regex;
its UTF-8 bytes are lower-cased instead of the text when every non-ASCII character lowers alone.
The plain version, ``Counter(_WORD_RE.findall(text.lower()))``, is kept here; on varied text
(ASCII words and punctuation, apostrophes of both kinds, accented, Greek and Cyrillic letters,
Unicode spaces and digits, lone surrogates, characters whose UTF-8 holds the bytes 0x85 or 0xA0)
both must give the same words, and ``detect_language`` must answer as before. So must the
non-ASCII characters taken from the bytes, and the scoring by summed word vectors, against the
regexes and the global tables they replace.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import language
from newsparse.language import (
    _WORD_RE,
    FIELD_BITS,
    NON_ASCII_WORDS_SHARE,
    SAMPLE_CHARS,
    detect_language,
)
from newsparse.rules.languages import LANGUAGE_RULES


def plain_word_counts(text: str) -> Counter[str]:
    return Counter(_WORD_RE.findall(text.lower()))


def word_counts(text: str) -> Counter[str]:
    """The words ``_words`` gives: the pieces of ASCII letters and the words of the others."""
    utf8 = language._utf8(text)
    pieces, words = language._words(text, utf8, language._non_ascii(utf8))
    found = Counter(piece.decode() for piece in pieces if piece.isalpha())
    found.update(words)
    return found


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
        "\u212a",  # Kelvin sign: lowers to ASCII k
        "\u2126",  # Ohm sign: lowers to a shorter ω
        "Ärger",
        "ÉTÉ",
        "Ωmega",
        "à",  # UTF-8 C3 A0: 0xA0 is white space in Latin-1 (where str.split would cut)
        "Å",  # UTF-8 C3 85: 0x85 likewise
        "\x85",  # NEL: white space for str.split
        "…",
        "ÿ",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("ΑΣ.a ΑΣ. Α'Σ'a")
@example("hello world, it's a test of the word count")
@example("àb the Åb \x85b 'the don't ’s" + " and plain ASCII words" * 9)
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
    assert language._words(cyrillic, cyrillic.encode(), Counter())[0] == []
    assert language._words(latin, latin.encode(), Counter("’" * 5))[0]
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


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("\ud83d\ude00 a\udc80é")
@example("plain ASCII, no curly quote")
def test_non_ascii_is_the_regex(text: str) -> None:
    """The non-ASCII characters from the UTF-8 bytes (ASCII deleted) are the regex's, in order."""
    found = language._non_ascii(language._utf8(text))
    assert found == Counter("".join(_NON_ASCII_RE.findall(text)))
    assert list(found) == list(dict.fromkeys("".join(_NON_ASCII_RE.findall(text))))


def test_both_lowerings_are_taken() -> None:
    """Byte lower-casing when every non-ASCII character lowers alone, the text's ``lower``
    otherwise (Σ by its context, İ into two characters, the Kelvin sign into ASCII)."""
    for text, alone in (
        ("the café’s owner", True),
        ("ΟΔΟΣ the", False),
        ("İ the", False),
        ("\u212a the", False),
        ("plain", True),
    ):
        chars = language._non_ascii(language._utf8(text))
        assert all(map(language._lowers_alone, chars)) is alone
        assert word_counts(text) == plain_word_counts(text)


def test_letters_are_all_non_ascii() -> None:
    """``_score_words`` counts letters from the non-ASCII characters only."""
    assert all(not ch.isascii() for rule in LANGUAGE_RULES for ch in rule.letters)


def test_script_tables_are_the_global_tables_cut_by_script() -> None:
    scripts = {rule.script for rule in LANGUAGE_RULES}
    for script in scripts:
        words = language._SCRIPT_WORD_LANGS.get(script, {})
        for word, langs in language._WORD_LANGS.items():
            mine = tuple(lang for lang in langs if language._SCRIPT_OF_LANG[lang] == script)
            assert words.get(word, ()) == mine
        letters = language._SCRIPT_LETTER_LANGS.get(script, {})
        for ch, langs in language._LETTER_LANGS.items():
            mine = tuple(lang for lang in langs if language._SCRIPT_OF_LANG[lang] == script)
            assert letters.get(ch, ()) == mine


def plain_score_words(text: str, script: str) -> str | None:
    """``_score_words`` as it was: every table word, filtered by script; letters by regex."""
    letters_re = re.compile("[" + re.escape("".join(sorted(language._LETTER_LANGS))) + "]")
    scores: dict[str, float] = {}
    hits: Counter[str] = Counter()
    words = plain_word_counts(text)
    for word in words.keys() & language._WORD_LANGS.keys():
        for lang in language._WORD_LANGS[word]:
            if language._SCRIPT_OF_LANG[lang] == script:
                scores[lang] = scores.get(lang, 0.0) + words[word]
                hits[lang] += words[word]
    for ch, n in Counter(letters_re.findall(text)).items():
        for lang in language._LETTER_LANGS.get(ch, ()):
            if language._SCRIPT_OF_LANG[lang] == script:
                scores[lang] = scores.get(lang, 0.0) + language.LETTER_WEIGHT * n
    if not scores:
        return None
    order = {r.lang: i for i, r in enumerate(LANGUAGE_RULES)}
    best = max(scores, key=lambda lang: (scores[lang], -order[lang]))
    return None if hits[best] < language.MIN_WORD_HITS else best


_RULE_WORDS = st.sampled_from(
    sorted({w for rule in LANGUAGE_RULES for w in (*rule.words, *rule.letters)})
)
_MIXED = st.lists(st.one_of(_PIECES, _RULE_WORDS), max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_MIXED, st.sampled_from(["latin", "cyrillic", "arabic", "greek"]))
def test_score_words_is_the_plain_scoring(text: str, script: str) -> None:
    utf8 = language._utf8(text)
    chars = language._non_ascii(utf8)
    assert language._score_words(text, script, utf8, chars) == plain_score_words(text, script)


def test_word_vector_fields_cannot_overflow() -> None:
    """A sample has at most SAMPLE_CHARS // 2 + 1 words: every language's hit count fits its
    field of the summed word vectors."""
    assert SAMPLE_CHARS // 2 + 1 < 2**FIELD_BITS
    for langs, vectors, ascii_vectors in language._WORD_VECTORS.values():
        assert ascii_vectors == {
            w.encode(): v for w, v in vectors.items() if w.isascii() and w.isalpha()
        }
        assert all(v < 2 ** (FIELD_BITS * len(langs)) for v in vectors.values())


def test_score_words_counts_many_hits() -> None:
    """Counts far past one byte add up in their fields (the vector sum against the plain one)."""
    text = "the und der la de of " * 3000
    utf8 = language._utf8(text)
    chars = language._non_ascii(utf8)
    assert language._score_words(text, "latin", utf8, chars) == plain_score_words(text, "latin")


def test_blanking_is_taken_and_declines() -> None:
    """English text with curly quotes and dashes takes ``_blanking`` (so the property tests
    above check it); a letter, or a cut sharing the last byte of ``’``, sends the text the
    old way; both give the plain words."""
    english = "“It’s the end — of it,” she said\xa0… ’s rock’n’roll ‘quoted’ " * 3
    chars = language._non_ascii(language._utf8(english))
    assert language._blanking(chars) is not None
    assert word_counts(english) == plain_word_counts(english)
    for other in ("café’s “the”", "\u0599the’s the"):  # (U+0599: UTF-8 D6 99)
        chars = language._non_ascii(language._utf8(other))
        assert language._blanking(chars) is None
        assert word_counts(other) == plain_word_counts(other)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_non_ascii_peels_then_counts(text: str) -> None:
    """``_non_ascii`` past ``NON_ASCII_PEELS`` kinds (the rest counted at once) is the regex's."""
    text = "ÀÁÂÃÄÅÆÇÈÉÊ" + text
    found = language._non_ascii(language._utf8(text))
    assert list(found.items()) == list(Counter("".join(_NON_ASCII_RE.findall(text))).items())


@settings(max_examples=50, deadline=None)
@given(_TEXTS)
def test_non_ascii_counts_a_long_text_at_once(text: str) -> None:
    """Past ``PEEL_MAX_CHARS`` non-ASCII characters (a Korean page) ``_non_ascii`` counts them
    in one ``Counter`` pass: still the regex's characters and counts, in order."""
    text = "한국어 기사" * (language.PEEL_MAX_CHARS // 5 + 1) + text
    found = language._non_ascii(language._utf8(text))
    assert list(found.items()) == list(Counter("".join(_NON_ASCII_RE.findall(text))).items())
