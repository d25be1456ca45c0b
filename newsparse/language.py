"""Language identification for the record: text in, ISO 639-1 code (or None) out.

No model and no download: the script of the letters decides first (Hangul -> ko, any real share of
kana -> ja, Han alone -> zh, Greek, Hebrew, Thai, the Indic scripts ...); languages that share a
script (Latin, Cyrillic, Arabic) are told apart by counting their function words and letters from
``newsparse.rules.languages.LANGUAGE_RULES``. One linear pass over at most ``SAMPLE_CHARS``
characters (the middle of a long page, where the article usually is). Returns None when there is
too little text to say. Never raises.
"""

from __future__ import annotations

import re
from collections import Counter

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
_LETTERS_RE = re.compile("[" + re.escape("".join(sorted(_LETTER_LANGS))) + "]")

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
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
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    start = (len(text) - SAMPLE_CHARS) // 2
    return text[start : start + SAMPLE_CHARS]


def script_counts(text: str) -> Counter[str]:
    """Letters per script bucket in ``text`` (all of it: sample first for long texts), the
    buckets in ``SCRIPT_RANGES`` order."""
    raw: dict[str, int] = {}
    # ASCII letters are all Latin and other ASCII is in no bucket: they are counted from the
    # UTF-8 bytes in C; only the non-ASCII characters go through the per-character table.
    ascii_letters = text.encode("utf-8", "surrogatepass").translate(_ASCII_LETTER).count(b"L")
    if ascii_letters:
        raw["latin"] = ascii_letters
    for ch, n in Counter("".join(_NON_ASCII_RE.findall(text))).items():
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


def word_counts(text: str) -> Counter[str]:
    """``Counter(_WORD_RE.findall(text.lower()))``, about twice as fast on mostly-ASCII text.

    An ASCII character that is not a letter or ``'`` is in no word (``_WORD_RE`` words are letter
    runs joined by one apostrophe), so the lower-cased text is cut there (a byte translation and
    ``split`` in C) and no word crosses a cut. A piece of ASCII letters alone is one word as it
    is; only the other distinct pieces (an apostrophe, a non-ASCII letter or space ...) go
    through the regex. The text is lower-cased whole first (``lower`` depends on context: Greek
    final sigma). Texts in other scripts take the regex at once (``NON_ASCII_WORDS_SHARE``)."""
    lowered = text.lower()
    raw = lowered.encode("utf-8", "surrogatepass")
    if len(raw) - len(lowered) > NON_ASCII_WORDS_SHARE * len(lowered):
        return Counter(_WORD_RE.findall(lowered))
    words = Counter(raw.translate(_WORD_CHUNKS).decode("utf-8", "surrogatepass").split())
    for chunk in [c for c in words if "'" in c or not c.isascii()]:
        n = words.pop(chunk)
        for word in _WORD_RE.findall(chunk):
            words[word] = words.get(word, 0) + n
    return words


def _score_words(text: str, script: str) -> str | None:
    scores: dict[str, float] = {}
    hits: Counter[str] = Counter()
    # Count every word in C, then look up only the distinct words that are in the tables.
    words = word_counts(text)
    for word in words.keys() & _WORD_LANGS.keys():
        n = words[word]
        for lang in _WORD_LANGS[word]:
            if _SCRIPT_OF_LANG[lang] == script:
                scores[lang] = scores.get(lang, 0.0) + n
                hits[lang] += n
    for ch, n in Counter(_LETTERS_RE.findall(text)).items():
        for lang in _LETTER_LANGS.get(ch, ()):
            if _SCRIPT_OF_LANG[lang] == script:
                scores[lang] = scores.get(lang, 0.0) + LETTER_WEIGHT * n
    if not scores:
        return None
    order = {r.lang: i for i, r in enumerate(LANGUAGE_RULES)}
    best = max(scores, key=lambda lang: (scores[lang], -order[lang]))
    if hits[best] < MIN_WORD_HITS:
        return None
    return best


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to say."""
    sample = _sample(text)
    counts = script_counts(sample)
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
    found = _score_words(sample, top)
    if found is None and top != "latin":
        return rules[0].lang
    return found
