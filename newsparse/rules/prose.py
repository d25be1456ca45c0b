"""Language-neutral features of prose: sentence ends and a length that is fair across scripts.

- ``ends_sentence``: the line ends like a sentence (``.``, ``다.``, ``。``, ``!``, ``?``, ``…``,
  possibly followed by closing quotes or brackets). Menus, headlines and buttons rarely do.
- ``weight``: a length in "Latin-letter equivalents". A Hangul syllable carries about two Latin
  letters of information and a Han or kana character about three, so a 100-syllable Korean
  paragraph weighs like a 200-letter English one. Digits and punctuation count half: a line of
  numbers and symbols is rarely prose.
"""

from __future__ import annotations

from newsparse import regex_cache as rx

SENTENCE_END = rx.compile(r"[.!?。！？…][\"'”’」』)\]）】\s]*$")
"""Ends a sentence: ``…했다.``, ``said.”``, ``끝났다!``, ``終わった。``, ``(AP)`` not included."""

SENTENCE_END_EXAMPLES = ("큰 호응을 얻고 있다.", 'he said."', "そうだ。", "Really?", "말했다”.")
SENTENCE_END_COUNTEREXAMPLES = ("HOT ISSUE더보기", "Most read", "이유진 기자", "U.S. Politics")

HANGUL_WEIGHT = 2.0
CJK_WEIGHT = 3.0
SYMBOL_WEIGHT = 0.5


# Counting characters by class with regexes costs ~9 µs a line; mapping UTF-8 bytes to class
# codes with one bytes.translate and counting the codes costs ~2 µs. Classes by lead byte:
#   Hangul syllables U+AC00–U+D7A3  → 0xEA–0xED
#   kana, CJK symbols, Han U+3000–U+9FFF → 0xE3–0xE9
#   two-byte letters (Latin-1 letters, Greek, Cyrillic, Hebrew, Arabic) → 0xC3–0xDF
# so the weights are exact for letters and approximate for rare symbols in those ranges.
def _class_table() -> bytes:
    table = bytearray(b"." * 256)
    for byte in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        table[byte] = ord("L")
    for byte in b"0123456789":
        table[byte] = ord("D")
    for lo, hi, code in ((0xEA, 0xEE, "H"), (0xE3, 0xEA, "C"), (0xC3, 0xE0, "O")):
        for byte in range(lo, hi):
            table[byte] = ord(code)
    return bytes(table)


_CLASSES = CHAR_CLASSES = _class_table()
_UNCOUNTED = UNCOUNTED = bytes(byte for byte in range(256) if _CLASSES[byte] == ord("."))
"""The bytes ``line_features`` deletes while it translates: what is left is one class code per
letter or digit, so the counts run over a fraction of the line (a third of a Korean one)."""


def features(text: str) -> tuple[float, float, int]:
    """(weight, letter share, ASCII digit count) of ``text`` in one cheap pass (see the module
    docstring)."""
    return line_features(text)[:3]  # type: ignore[return-value]


def line_features(text: str) -> tuple[float, float, int, bool]:
    """``features`` and ``ends_sentence`` of ``text`` in one call (the classifier needs both of
    every line, and a Python call costs about what either computation does)."""
    tail = text[-8:].rstrip(_SENTENCE_TRAIL)  # (ends_sentence, spelt out)
    sentence = bool(tail) and tail[-1] in _SENTENCE_STOPS
    chars = len(text) - text.count(" ")
    if text.isascii():  # most lines: letters and digits only, and no weight but 1 and 1/2
        codes = text.encode().translate(_CLASSES, _UNCOUNTED)
        digits = codes.count(b"D")
        latin = len(codes) - digits
        # (every letter is a non-space character: the rest is never negative)
        w = latin + SYMBOL_WEIGHT * (chars - latin)
        return w, (latin / chars if chars > 0 else 0.0), digits, sentence
    try:
        raw = text.encode()
    except UnicodeEncodeError:  # (a lone surrogate: counted by its lead byte like the others)
        raw = text.encode("utf-8", "surrogatepass")
    codes = raw.translate(_CLASSES, _UNCOUNTED)
    digits, hangul, cjk = codes.count(b"D"), codes.count(b"H"), codes.count(b"C")
    letters = len(codes) - digits  # (Latin, two-byte, Hangul and CJK letters)
    rest = max(chars - letters, 0)
    # (every term a multiple of 1/2 far below 2**52: the sum is exact in any order)
    w = letters - hangul - cjk + HANGUL_WEIGHT * hangul + CJK_WEIGHT * cjk + SYMBOL_WEIGHT * rest
    return w, (letters / chars if chars > 0 else 0.0), digits, sentence


STRONG_END = rx.compile(r"(?:[다요죠까네][.?!]|[。！？])[\"'”’」』)\]）】\s]*$")
"""Sentence ends that only prose has: Korean verb endings before the stop (``…했다.``,
``…입니다.``, ``…까?``) and the CJK full stop. Menus and teasers end in a period far more
often in languages where the period follows any word."""

STRONG_END_EXAMPLES = ("통신선이 끊어졌습니다.", "그렇게 말했다.”", "何もない。", "정말일까?")
STRONG_END_COUNTEREXAMPLES = ("U.S. News.", "Read more.", "No. 1")


def ends_strongly(text: str) -> bool:
    """True when ``text`` ends with a prose-only sentence end (see ``STRONG_END``). (Never
    for an ASCII line: every such end has a Hangul or CJK character.)"""
    return bool(STRONG_END.search(text[-8:]))


_SENTENCE_STOPS = SENTENCE_STOPS = ".!?。！？…"
_SENTENCE_TRAIL = SENTENCE_TRAIL = "\"'”’」』)]）】" + "".join(
    c for c in map(chr, range(0x3001)) if c.isspace()
)
"""``SENTENCE_END``'s two classes spelled out: its stops, and what may follow them (closing
quotes and brackets, and white space: ``\\s`` is ``str.isspace``, whose last character is
U+3000). The two sets share no character."""


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (see ``SENTENCE_END``).

    Computed without the regex: ``SENTENCE_END`` finds a stop followed only by closers and
    spaces exactly when the last character left after stripping those is a stop (a call to
    ``re`` costs more than the strip on these eight characters)."""
    tail = text[-8:].rstrip(_SENTENCE_TRAIL)
    return bool(tail) and tail[-1] in _SENTENCE_STOPS


def weight(text: str) -> float:
    """Length in Latin-letter equivalents (see the module docstring)."""
    return features(text)[0]


# Function words of languages written with spaces: prose is full of them, menus, headlines and
# teaser titles have few (jusText's stop-word density). One union across languages, since pages
# mix languages and a word rarely means "menu" in one language and "prose" in another.
# fmt: off
FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be",
           "been", "has", "have", "had", "it", "its", "that", "this", "with", "for", "on", "at",
           "by", "from", "as", "but", "not", "he", "she", "they", "we", "you", "his", "her",
           "their", "our", "your", "which", "who", "will", "would", "can", "could", "if", "than",
           "then", "there", "about", "into", "also", "more", "after", "before", "when", "said"),
    "de": ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
           "und", "oder", "ist", "sind", "war", "waren", "wird", "werden", "hat", "haben", "nicht",
           "mit", "für", "auf", "aus", "bei", "nach", "von", "zu", "zum", "zur", "im", "sich",
           "auch", "als", "wie", "dass", "sie", "er", "es", "wir", "noch", "nur", "aber"),
    "fr": ("le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "est", "sont", "a",
           "ont", "été", "que", "qui", "dans", "pour", "par", "sur", "avec", "pas", "ne", "il",
           "elle", "ils", "nous", "vous", "se", "sa", "son", "ses", "au", "aux", "plus", "mais"),
    "es": ("el", "la", "los", "las", "un", "una", "de", "del", "y", "o", "es", "son", "fue",
           "que", "en", "por", "para", "con", "no", "se", "su", "sus", "al", "lo", "como", "más",
           "pero", "este", "esta", "ha", "han"),
    "pt": ("o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "ou", "é",
           "são", "foi", "que", "em", "no", "na", "nos", "nas", "por", "para", "com", "não", "se",
           "sua", "seu", "ao", "como", "mais", "mas"),
    "it": ("il", "lo", "la", "i", "gli", "le", "un", "una", "di", "del", "della", "e", "o", "è",
           "sono", "che", "in", "per", "con", "non", "si", "da", "al", "alla", "come", "più"),
    "id": ("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "adalah",
           "tidak", "akan", "juga", "dalam", "atau", "oleh", "sebagai", "karena", "bahwa"),
    "nl": ("de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "met", "zijn",
           "niet", "aan", "ook", "als", "maar", "om", "door", "bij"),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "они", "из",
           "за", "к", "о", "от", "для", "но", "так", "был", "была", "были", "его", "ее", "уже"),
}

# fmt: on

_FUNCTION = frozenset(word for words in FUNCTION_WORDS.values() for word in words)
_WORD = rx.compile(r"[^\W\d_]+")
"""A word: a maximal run of letters."""


def _ascii_word_table() -> bytes:
    """Byte table for ASCII text: a letter (as ``_WORD`` defines one) → its case-folded self,
    anything else → a space; so ``split()`` yields exactly ``_WORD.findall(text.casefold())``."""
    table = bytearray(b" " * 256)
    for byte in range(128):
        if _WORD.fullmatch(chr(byte)):
            table[byte] = ord(chr(byte).casefold())
    return bytes(table)


_ASCII_WORDS = _ascii_word_table()
_ASCII_FUNCTION = frozenset(word.encode("ascii") for word in _FUNCTION if word.isascii())


def function_share(text: str, folded: str | None = None) -> tuple[int, float]:
    """(number of words, share of them that are function words) for space-separated scripts.

    For text without spaces between words (Chinese, Japanese) the word count is tiny and the
    share meaningless: callers only use the share when there are enough words. ``folded`` is
    ``text.casefold()`` when the caller has it.
    """
    if text.isascii():  # most lines: one bytes.translate and split, ~4× faster than the regex
        return ascii_function_share(text.encode())
    found = _WORD.findall(text.casefold() if folded is None else folded)
    function = sum(map(_FUNCTION.__contains__, found))
    if not found:
        return 0, 0.0
    return len(found), function / len(found)


def ascii_function_share(raw: bytes) -> tuple[int, float]:
    """``function_share`` of an ASCII line given as bytes (the classifier encodes it once)."""
    found = raw.translate(_ASCII_WORDS).split()
    if not found:
        return 0, 0.0
    return len(found), sum(map(_ASCII_FUNCTION.__contains__, found)) / len(found)
