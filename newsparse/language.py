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
from itertools import filterfalse

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
_NEG_RULE_ORDER = {lang: -i for lang, i in _RULE_ORDER.items()}

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


_ASCII_LETTERS = bytes(b for b in range(0x80) if chr(b).isalpha())
"""Deleted from a text's UTF-8 bytes, they leave all but its ASCII letters: the length lost is
their count (UTF-8 bytes of other characters are ≥ 0x80). One C pass, where translating the
letters to a mark and counting the marks took two."""
_ASCII_BYTES = bytes(range(0x80))
"""Deleted from a text's UTF-8 bytes, they leave its non-ASCII characters (see ``_non_ascii``)."""


def _utf8(text: str) -> bytes:
    """The text's UTF-8 bytes (lone surrogates kept: ``surrogatepass``), computed once per text
    for the script count, the word count and the non-ASCII characters."""
    return text.encode("utf-8", "surrogatepass")


NON_ASCII_PEELS = 8
"""``_non_ascii`` takes at most this many distinct characters off one by one (``str.count`` and
``str.replace``, two C passes over what is left each); the rest of the string, if any, goes to
one ``Counter``."""
PEEL_MAX_CHARS = 1_000
"""Above this many non-ASCII characters (a Korean or Russian sample: thousands, of hundreds of
kinds) ``_non_ascii`` counts them all at once: each peel copies what is left of the string, and
there the peels would only add to the ``Counter`` pass that follows them."""


def _non_ascii(raw: bytes) -> dict[str, int]:
    """How often each non-ASCII character occurs in the text whose UTF-8 bytes are ``raw``, in
    order of first occurrence. The bytes of a multi-byte character are all ≥ 0x80, so deleting
    the ASCII bytes (C, a few instructions a byte) leaves exactly those characters' bytes, in
    order: the same string as joining the matches of ``[^\\x00-\\x7f]+``, whose search tests
    every character of the text against the class.

    Counting: a Latin page's non-ASCII characters are a few curly quotes and dashes, 80 or so
    of 3 to 5 kinds, and ``Counter`` pays some 900 instructions a character (a new string
    object for each, hashed, looked up and stored). So the first character of what is left is
    counted (``str.count``) and deleted (``str.replace``) until nothing is left: a few C passes
    over a short string, and the characters come out in order of first occurrence (the first
    one left is the earliest of those left). After ``NON_ASCII_PEELS`` kinds (a text in another
    script: hundreds of kinds) the rest goes to one ``Counter``, whose characters all occur
    first after the ones peeled, in its own order of first occurrence. A text with more than
    ``PEEL_MAX_CHARS`` of them is counted by the ``Counter`` alone."""
    if raw.isascii():  # (a word at a time in C: most English samples hold no curly quote)
        return {}
    rest = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if len(rest) > PEEL_MAX_CHARS:
        return dict(Counter(rest))
    counts: dict[str, int] = {}
    for _ in range(NON_ASCII_PEELS):
        ch = rest[0]
        counts[ch] = rest.count(ch)
        rest = rest.replace(ch, "")
        if not rest:
            return counts
    counts.update(Counter(rest))
    return counts


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


def _script_counts(utf8: bytes, chars: dict[str, int]) -> Counter[str]:
    """``script_counts`` from the text's UTF-8 bytes and its non-ASCII characters."""
    raw: dict[str, int] = {}
    # ASCII letters are all Latin and other ASCII is in no bucket: they are counted from the
    # UTF-8 bytes in C; only the non-ASCII characters go through the per-character table.
    ascii_letters = len(utf8) - len(utf8.translate(None, _ASCII_LETTERS))
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
"""``_words`` cuts texts at ASCII non-letters only while their UTF-8 form is at most this much
longer than the text (a few curly quotes or accents): pieces of Cyrillic or Arabic text all need
the regex, so one regex call on the whole text is cheaper."""
_WORD_CHUNKS = bytes(
    b + 32 if 0x41 <= b <= 0x5A else b if 0x61 <= b <= 0x7A or b == ord("'") or b >= 0x80 else 0x20
    for b in range(256)
)
"""Byte table for ``_words``: ASCII letters are lower-cased, ``'`` and the bytes of non-ASCII
characters stay, and every other ASCII character (space, digit, ``_``, punctuation) becomes a
space."""


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


def _words(text: str, utf8: bytes, chars: dict[str, int]) -> tuple[list[bytes], list[str]]:
    """The words of ``_WORD_RE.findall(text.lower())``, as two lists ``(pieces, words)``: the
    pieces that are all ASCII letters (``bytes.isalpha``), in UTF-8, and all of ``words`` (the
    other pieces are no words: see ``_pieces``). Given the text's UTF-8 bytes and non-ASCII
    characters.

    When every non-ASCII character of the text lowers alone (``_lowers_alone``: the common
    case), lower-casing the text changes no length, no UTF-8 length and no character's
    ASCII-ness, and the context of a character does not matter: so the ASCII letters of the
    UTF-8 bytes are lower-cased instead (in the byte translation) and the text is cut at the
    same places; only the odd pieces, the ones with a non-ASCII character, are lower-cased as
    strings (``str.lower`` of the whole text costs some 35 instructions a character). Otherwise
    the whole text is lower-cased first. Texts in other scripts take the regex at once
    (``NON_ASCII_WORDS_SHARE``)."""
    if all(map(_lowers_alone, chars)):
        if len(utf8) - len(text) > NON_ASCII_WORDS_SHARE * len(text):
            return [], _WORD_RE.findall(text.lower())
        return _pieces(utf8, lower=True, chars=chars)
    lowered = text.lower()
    raw = _utf8(lowered)
    if len(raw) - len(lowered) > NON_ASCII_WORDS_SHARE * len(lowered):
        return [], _WORD_RE.findall(lowered)
    return _pieces(raw, lower=False)


_APOSTROPHE = ord("'")
"""As an int: ``bytes.__contains__`` tries its argument as an int first, and a ``bytes`` fails that
with a TypeError it then clears (ten times the cost of the int's memchr)."""


_RIGHT_QUOTE = "\u2019"
"""The non-ASCII apostrophe of ``_WORD_RE`` (``don’t`` is one word, as ``don't`` is)."""
_RIGHT_QUOTE_UTF8 = _RIGHT_QUOTE.encode()
_QUOTE_LEAD = _RIGHT_QUOTE_UTF8[:-1]
"""The bytes of ``’`` but its last (E2 80): deleted by ``_blanking`` (see there)."""
_QUOTE_LAST = _RIGHT_QUOTE_UTF8[-1]
_STAND_IN = 0x01
"""What ``’`` becomes in ``_blanking``'s translation: an ASCII byte that ``_WORD_CHUNKS`` maps to
a space, so none is left from the text itself, and no white space for ``bytes.split``."""
_STAND_IN_MARKS = (b"'", bytes([_STAND_IN]))

_CUT_UTF8: dict[str, bytes | None] = {}
"""Per non-ASCII character, filled on first sight: ``_cut_utf8``."""


def _cut_utf8(ch: str) -> bytes | None:
    """The UTF-8 of ``ch`` when it is a cut for ``_WORD_RE``, before and after lower-casing: no
    word holds it (not a letter of the word class, not an apostrophe), so a word ends at it
    as it ends at a space (curly quotes, dashes, no-break spaces, ...); None otherwise."""
    if ch not in _CUT_UTF8:
        both = ch + ch.lower()
        is_cut = _WORD_RE.search(both) is None and _RIGHT_QUOTE not in both
        _CUT_UTF8[ch] = _utf8(ch) if is_cut else None
    return _CUT_UTF8[ch]


def _blanking(chars: dict[str, int]) -> tuple[bytes, bytes] | None:
    """A byte translation (``(table, delete)`` for ``bytes.translate``) that does to a text
    whose non-ASCII characters are ``chars`` what ``_WORD_CHUNKS`` does to its ASCII, and turns
    each cut (``_cut_utf8``: curly quotes, dashes, ...) into spaces and each ``’`` into
    ``_STAND_IN``; None when that cannot be done in bytes (a character that is neither, or
    one whose bytes clash with those of ``’``).

    The text's bytes ≥ 0x80 are all bytes of ``chars``, so a table made for them is exact.
    With a ``’`` on the page, its first bytes (E2 80, shared with most punctuation) are
    deleted and its last becomes the stand-in; a cut then needs one byte of its own that is not
    deleted (“ is E2 80 9C: its 9C becomes a space)."""
    table = bytearray(_WORD_CHUNKS)
    quote = _RIGHT_QUOTE in chars
    delete = _QUOTE_LEAD if quote else b""
    if quote:
        table[_QUOTE_LAST] = _STAND_IN
    for ch in chars:
        if ch == _RIGHT_QUOTE:
            continue
        seq = _cut_utf8(ch)
        if seq is None:
            return None
        kept = False
        for byte in seq:
            if quote and byte == _QUOTE_LAST:
                return None
            if byte not in delete:
                table[byte] = 0x20
                kept = True
        if not kept:
            return None
    return bytes(table), delete


def _pieces(
    raw: bytes, *, lower: bool, chars: dict[str, int] | None = None
) -> tuple[list[bytes], list[str]]:
    """``_words`` of the text whose UTF-8 bytes are ``raw``, cut at its ASCII non-letters.

    An ASCII character that is not a letter or ``'`` is in no word (``_WORD_RE`` words are letter
    runs joined by one apostrophe), so the text is cut there and no word crosses a cut: the
    bytes go through ``_WORD_CHUNKS`` and are split, all in C (bytes pieces: cheaper to cut than
    strings, and as cheap to look up). A piece of ASCII letters alone is one word as it is. The
    others (with an apostrophe or a non-ASCII character: a few a page) are joined by spaces, read
    back as UTF-8 and sent through the regex (lower-cased first when ``lower``): no word of the
    regex crosses a space, so it finds the words of each piece. (A piece may hold a non-ASCII
    space, where ``str.split`` of the text would cut: the regex finds the same words in the
    piece as in its parts, for the same reason.)

    ``chars`` (the text's non-ASCII characters, given when ``raw`` is the text's own UTF-8):
    when ``_blanking`` has a translation for them (an English page: its curly quotes and
    dashes), the bytes go through that instead. A cut becomes spaces (a word ends at it as at
    a space: the same words) and ``’`` the stand-in, so the pieces are all ASCII, and the odd
    ones are those with an apostrophe or the stand-in: found from those bytes (``bytes.find``,
    ``memchr``) instead of by testing every piece (``bytes.isalpha``, ~130 instructions a piece,
    500 pieces a page); ``’`` is put back in them before the regex."""
    if chars:
        blanking = _blanking(chars)
        if blanking is not None:
            cut = raw.translate(*blanking)
            pieces = cut.split()
            if _APOSTROPHE not in cut and _STAND_IN not in cut:
                return pieces, []
            odd = b" ".join(_marked_pieces(cut, _STAND_IN_MARKS)).decode()
            # (ASCII letters already lower case; ``’`` lowers to itself)
            return pieces, _WORD_RE.findall(odd.replace("\x01", _RIGHT_QUOTE))
    cut = raw.translate(_WORD_CHUNKS)
    pieces = cut.split()
    if cut.isascii() and _APOSTROPHE not in cut:
        return pieces, []
    others = filterfalse(bytes.isalpha, pieces)
    odd_text = b" ".join(others).decode("utf-8", "surrogatepass")
    return pieces, _WORD_RE.findall(odd_text.lower() if lower else odd_text)


def _marked_pieces(cut: bytes, marks: tuple[bytes, ...]) -> list[bytes]:
    """The pieces of ``cut`` (runs without a space: what ``cut.split()`` gives, since every other
    ASCII white space is a space in ``cut``) that hold one of ``marks``, each piece once."""
    spans: dict[int, int] = {}
    for mark in marks:
        at = cut.find(mark)
        while at >= 0:
            end = cut.find(b" ", at)
            if end < 0:
                end = len(cut)
            spans[cut.rfind(b" ", 0, at) + 1] = end
            at = cut.find(mark, end)
    return [cut[start:end] for start, end in spans.items()]


FIELD_BITS = 16
"""Bits per language in a word vector (``_WORD_VECTORS``): a text of ``SAMPLE_CHARS`` characters
holds at most ``SAMPLE_CHARS // 2 + 1`` words (words and cuts alternate), fewer than 2**16, so no
language's count can run into the next field."""
_FIELD_MASK = (1 << FIELD_BITS) - 1


def _word_vectors(
    word_langs: dict[str, tuple[str, ...]],
) -> tuple[tuple[str, ...], dict[str, int], dict[bytes, int]]:
    """A script's word -> languages table as word -> vector: one ``FIELD_BITS`` field per
    language of the script (``langs``, in table order) holding 1 where the word is that
    language's. The sum of the vectors of a text's words holds, per language, its word hits:
    Python's ``sum`` adds them in C, where a loop over words and languages ran in the
    interpreter. Returns ``(langs, vectors, ascii_vectors)``; ``ascii_vectors`` keeps the ASCII
    words only (a non-ASCII piece of ``_pieces`` must not be looked up as a word)."""
    langs = tuple(
        sorted({lang for ls in word_langs.values() for lang in ls}, key=_RULE_ORDER.__getitem__)
    )
    shift = {lang: FIELD_BITS * i for i, lang in enumerate(langs)}
    vectors = {w: sum(1 << shift[lang] for lang in ls) for w, ls in word_langs.items()}
    return (
        langs,
        vectors,
        {w.encode(): v for w, v in vectors.items() if w.isascii() and w.isalpha()},
    )


_WORD_VECTORS = {script: _word_vectors(table) for script, table in _SCRIPT_WORD_LANGS.items()}


def _score_words(text: str, script: str, utf8: bytes, chars: dict[str, int]) -> str | None:
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    table = _WORD_VECTORS.get(script)
    if table:
        langs, vectors, ascii_vectors = table
        pieces, words = _words(text, utf8, chars)
        # ``filter(None, ...)`` drops the words that are in no table (``get`` gives None).
        total = sum(filter(None, map(ascii_vectors.get, pieces))) + sum(
            filter(None, map(vectors.get, words))
        )
        for i, lang in enumerate(langs):
            n = total >> (FIELD_BITS * i) & _FIELD_MASK
            if n:
                # (the float of an int count is exact: the same sum as adding its words one by one)
                scores[lang] = float(n)
                hits[lang] = n
    # The characteristic letters are all non-ASCII (a test checks it): their counts are in
    # ``chars``, in order of first occurrence, as a findall of their class would give them.
    letter_langs = _SCRIPT_LETTER_LANGS.get(script)
    if letter_langs:
        for ch, n in chars.items():
            for lang in letter_langs.get(ch, ()):
                scores[lang] = scores.get(lang, 0.0) + LETTER_WEIGHT * n
    if not scores:
        return None
    # The highest score, ties to the language listed first: (score, -order) pairs built in C.
    best = max(zip(scores.values(), map(_NEG_RULE_ORDER.__getitem__, scores), scores, strict=True))[
        2
    ]
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
