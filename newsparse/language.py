"""Language identification for the record: text in, ISO 639-1 code (or None) out.

No model and no download: the script of the letters decides first (Hangul -> ko, any real share of
kana -> ja, Han alone -> zh, Greek, Hebrew, Thai, the Indic scripts ...); languages that share a
script (Latin, Cyrillic, Arabic) are told apart by counting their function words and letters from
``newsparse.rules.languages.LANGUAGE_RULES``. One linear pass over at most ``SAMPLE_CHARS``
characters (the middle of a long page, where the article usually is). Returns None when there is
too little text to say. Never raises.
"""

from __future__ import annotations

from collections import Counter

from newsparse import regex_cache as rx
from newsparse.rules.languages import LANGUAGE_RULES, LanguageRule

SAMPLE_CHARS = 20_000
"""At most this many characters are looked at (the middle of longer texts)."""
MIN_LETTERS = 12
"""Fewer letters than this (CJK characters count ``CJK_WEIGHT`` each): too little text."""
CJK_WEIGHT = 3
"""One Hangul syllable or Han/kana character carries about as much text as three Latin letters."""
KANA_SHARE_JA = 0.08
"""Share of kana among Han + kana above which CJK text is Japanese (ja prose has 30-60 %)."""
MIN_WORD_HITS = 2
"""A shared-script language needs at least this many function-word hits to be answered."""
LETTER_WEIGHT = 0.3
"""Weight of one characteristic letter (ä, ñ, ы ...) against one function-word hit."""

# Unicode ranges -> script bucket. Checked in order; the first range containing the code wins.
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "latin"),
    (0x0061, 0x007A, "latin"),
    (0x00C0, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x3130, 0x318F, "hangul"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x309F, "kana"),
    (0x30A0, 0x30FF, "kana"),
    (0x31F0, 0x31FF, "kana"),
    (0xFF66, 0xFF9F, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),
)
_CJK_SCRIPTS = frozenset({"hangul", "kana", "han"})

# Scripts written by one language in the table (the first rule of that script answers).
_SINGLE_SCRIPT: dict[str, str] = {}
_BY_SCRIPT: dict[str, list[LanguageRule]] = {}
for _rule in LANGUAGE_RULES:
    _BY_SCRIPT.setdefault(_rule.script, []).append(_rule)
for _script, _rules in _BY_SCRIPT.items():
    _SINGLE_SCRIPT[_script] = _rules[0].lang

# word -> languages (of shared scripts) that list it
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _rule in LANGUAGE_RULES:
    for _w in _rule.words:
        if _rule.lang not in _WORD_LANGS.get(_w, ()):
            _WORD_LANGS[_w] = (*_WORD_LANGS.get(_w, ()), _rule.lang)
_LETTER_LANGS: dict[str, tuple[str, ...]] = {}
for _rule in LANGUAGE_RULES:
    for _c in _rule.letters:
        _LETTER_LANGS[_c] = (*_LETTER_LANGS.get(_c, ()), _rule.lang)
_SCRIPT_OF_LANG = {r.lang: r.script for r in LANGUAGE_RULES}


def _by_script(table: dict[str, tuple[str, ...]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """A word (letter) -> languages table cut by script: script -> word -> its languages of that
    script, so that scoring looks up only the words of the script it is deciding within."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for key, langs in table.items():
        for lang in langs:
            by_key = out.setdefault(_SCRIPT_OF_LANG[lang], {})
            by_key[key] = (*by_key.get(key, ()), lang)
    return out


_SCRIPT_WORD_LANGS = _by_script(_WORD_LANGS)
_SCRIPT_LETTER_LANGS = _by_script(_LETTER_LANGS)
_RULE_ORDER = {r.lang: i for i, r in enumerate(LANGUAGE_RULES)}
"""Ties between languages go to the one listed first."""

_WORD_RE = rx.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Script bucket of each character, filled on first sight (a page uses a few hundred distinct
# characters): counting a text is one C-speed ``Counter`` over its characters plus one dict
# lookup per distinct character, instead of one regex scan of the whole text per bucket.
_SCRIPT_ORDER: tuple[str, ...] = tuple(dict.fromkeys(name for _lo, _hi, name in SCRIPT_RANGES))
_CHAR_SCRIPTS: dict[str, tuple[str, ...]] = {}


def _scripts_of(ch: str) -> tuple[str, ...]:
    """The script buckets whose ranges hold ``ch`` (none for digits, punctuation, spaces)."""
    found = _CHAR_SCRIPTS.get(ch)
    if found is None:
        code = ord(ch)
        found = tuple(dict.fromkeys(name for lo, hi, name in SCRIPT_RANGES if lo <= code <= hi))
        _CHAR_SCRIPTS[ch] = found
    return found


_ASCII_LETTER = bytes(
    ord("L") if chr(b).isascii() and chr(b).isalpha() else ord(".") for b in range(256)
)
"""Byte class table: ASCII letters → ``L`` (UTF-8 bytes of other characters are ≥ 0x80)."""
_ASCII_BYTES = bytes(range(0x80))
"""Deleted from a text's UTF-8 bytes, they leave its non-ASCII characters (see ``_non_ascii``)."""


def _utf8(text: str) -> bytes:
    """The text's UTF-8 bytes (lone surrogates kept: ``surrogatepass``), computed once per text
    for the script count, the word count and the non-ASCII characters."""
    return text.encode("utf-8", "surrogatepass")


def _non_ascii(raw: bytes) -> Counter[str]:
    """How often each non-ASCII character occurs in the text whose UTF-8 bytes are ``raw``, in
    order of first occurrence. The bytes of a multi-byte character are all ≥ 0x80, so deleting
    the ASCII bytes (C, a few instructions a byte) leaves exactly those characters' bytes, in
    order: the same string as joining the matches of ``[^\\x00-\\x7f]+``, whose search tests
    every character of the text against the class."""
    return Counter(raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    start = (len(text) - SAMPLE_CHARS) // 2
    return text[start : start + SAMPLE_CHARS]


def script_counts(text: str) -> Counter[str]:
    """Letters per script bucket in ``text`` (all of it: sample first for long texts), the
    buckets in ``SCRIPT_RANGES`` order."""
    utf8 = _utf8(text)
    return _script_counts(utf8, _non_ascii(utf8))


def _script_counts(utf8: bytes, chars: Counter[str]) -> Counter[str]:
    """``script_counts`` from the text's UTF-8 bytes and its non-ASCII characters."""
    raw: dict[str, int] = {}
    # ASCII letters are all Latin and other ASCII is in no bucket: they are counted from the
    # UTF-8 bytes in C; only the non-ASCII characters go through the per-character table.
    ascii_letters = utf8.translate(_ASCII_LETTER).count(b"L")
    if ascii_letters:
        raw["latin"] = ascii_letters
    for ch, n in chars.items():
        for name in _scripts_of(ch):
            raw[name] = raw.get(name, 0) + n
    counts: Counter[str] = Counter()
    for name in _SCRIPT_ORDER:
        if name in raw:
            counts[name] = raw[name]
    return counts


NON_ASCII_WORDS_SHARE = 0.1
"""``word_counts`` cuts texts at ASCII non-letters only while their UTF-8 form is at most this
much longer than the text (a few curly quotes or accents): pieces of Cyrillic or Arabic text all
need the regex, one call per piece is slower than one call on the whole text."""
_WORD_CHUNKS = bytes(
    b if chr(b).isascii() and chr(b).isalpha() or b == ord("'") or b >= 0x80 else ord(" ")
    for b in range(256)
)
"""Byte table for ``word_counts``: ASCII letters, ``'`` and the UTF-8 bytes of other characters
stay; every other ASCII character (space, digit, ``_``, punctuation) becomes a space."""


_LOWERS_ALONE: dict[str, bool] = {}
"""Per non-ASCII character, filled on first sight: does ``_lowers_alone`` hold?"""


def _lowers_alone(ch: str) -> bool:
    """True when lower-casing ``ch`` inside any text gives one non-ASCII character with as many
    UTF-8 bytes: not Σ (the one character ``str.lower`` lowers by its context, final sigma), not
    İ (two characters), not the Kelvin sign (ASCII ``k``) or Ω (fewer bytes)."""
    found = _LOWERS_ALONE.get(ch)
    if found is None:
        low = ch.lower()
        found = (
            ch != "\u03a3"
            and len(low) == 1
            and not low.isascii()
            and len(_utf8(low)) == len(_utf8(ch))
        )
        _LOWERS_ALONE[ch] = found
    return found


def word_counts(text: str) -> Counter[str]:
    """``Counter(_WORD_RE.findall(text.lower()))``, about twice as fast on mostly-ASCII text.

    An ASCII character that is not a letter or ``'`` is in no word (``_WORD_RE`` words are letter
    runs joined by one apostrophe), so the lower-cased text is cut there (a byte translation and
    ``split`` in C) and no word crosses a cut. A piece of ASCII letters alone is one word as it
    is; only the other distinct pieces (an apostrophe, a non-ASCII letter or space ...) go
    through the regex. The text is lower-cased whole first (``lower`` depends on context: Greek
    final sigma). Texts in other scripts take the regex at once (``NON_ASCII_WORDS_SHARE``)."""
    utf8 = _utf8(text)
    return _word_counts(text, utf8, _non_ascii(utf8))


def _word_counts(text: str, utf8: bytes, chars: Counter[str]) -> Counter[str]:
    """``word_counts`` given the text's UTF-8 bytes and non-ASCII characters.

    When every non-ASCII character of the text lowers alone (``_lowers_alone``: the common
    case), lower-casing the text changes no length, no UTF-8 length and no character's
    ASCII-ness, and the context of a character does not matter: so the UTF-8 bytes are
    lower-cased instead (``bytes.lower``: ASCII letters only, in C) and cut at the same places,
    and only the odd pieces, the ones with a non-ASCII character, are lower-cased as strings
    (``str.lower`` of the whole text costs some 35 instructions a character). Otherwise the
    whole text is lower-cased first, as before."""
    if all(map(_lowers_alone, chars)):
        if len(utf8) - len(text) > NON_ASCII_WORDS_SHARE * len(text):
            return Counter(_WORD_RE.findall(text.lower()))
        pieces = utf8.lower().translate(_WORD_CHUNKS).decode("utf-8", "surrogatepass")
        words = Counter(pieces.split())
        for chunk in [c for c in words if "'" in c or not c.isascii()]:
            n = words.pop(chunk)
            for word in _WORD_RE.findall(chunk.lower()):
                words[word] = words.get(word, 0) + n
        return words
    lowered = text.lower()
    raw = _utf8(lowered)
    if len(raw) - len(lowered) > NON_ASCII_WORDS_SHARE * len(lowered):
        return Counter(_WORD_RE.findall(lowered))
    words = Counter(raw.translate(_WORD_CHUNKS).decode("utf-8", "surrogatepass").split())
    for chunk in [c for c in words if "'" in c or not c.isascii()]:
        n = words.pop(chunk)
        for word in _WORD_RE.findall(chunk):
            words[word] = words.get(word, 0) + n
    return words


def _score_words(text: str, script: str, utf8: bytes, chars: Counter[str]) -> str | None:
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    # Count every word in C, then look up only the distinct words that are in the tables.
    words = _word_counts(text, utf8, chars)
    word_langs = _SCRIPT_WORD_LANGS.get(script, {})
    for word in words.keys() & word_langs.keys():
        n = words[word]
        for lang in word_langs[word]:
            scores[lang] = scores.get(lang, 0.0) + n
            hits[lang] = hits.get(lang, 0) + n
    # The characteristic letters are all non-ASCII (a test checks it): their counts are in
    # ``chars``, in order of first occurrence, as a findall of their class would give them.
    letter_langs = _SCRIPT_LETTER_LANGS.get(script)
    if letter_langs:
        for ch, n in chars.items():
            for lang in letter_langs.get(ch, ()):
                scores[lang] = scores.get(lang, 0.0) + LETTER_WEIGHT * n
    if not scores:
        return None
    best = max(scores, key=lambda lang: (scores[lang], -_RULE_ORDER[lang]))
    if hits.get(best, 0) < MIN_WORD_HITS:
        return None
    return best


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to say."""
    sample = _sample(text)
    utf8 = _utf8(sample)
    chars = _non_ascii(utf8)
    counts = _script_counts(utf8, chars)
    weighted = {s: n * (CJK_WEIGHT if s in _CJK_SCRIPTS else 1) for s, n in counts.items()}
    cjk = sum(weighted.get(s, 0) for s in _CJK_SCRIPTS)
    if sum(weighted.values()) < MIN_LETTERS:
        return None
    top = max(weighted, key=lambda s: weighted[s])
    other_top = max(
        (s for s in weighted if s not in _CJK_SCRIPTS), key=lambda s: weighted[s], default=None
    )
    if cjk >= (weighted[other_top] if other_top else 0):
        hangul, kana, han = counts["hangul"], counts["kana"], counts["han"]
        if hangul >= kana + han:
            return "ko"
        if kana and kana >= KANA_SHARE_JA * (kana + han):
            return "ja"
        if han:
            return "zh"
        return "ko" if hangul else "ja"
    rules = _BY_SCRIPT.get(top, [])
    if not rules:
        return None
    if len(rules) == 1 and not rules[0].words:
        return rules[0].lang
    found = _score_words(sample, top, utf8, chars)
    if found is None and top != "latin":
        return rules[0].lang
    return found
