"""Language-neutral features of prose: sentence ends and a length that is fair across scripts.

- ``ends_sentence``: the line ends like a sentence (``.``, ``다.``, ``。``, ``!``, ``?``, ``…``,
  possibly followed by closing quotes or brackets). Menus, headlines and buttons rarely do.
- ``weight``: a length in "Latin-letter equivalents". A Hangul syllable carries about two Latin
  letters of information and a Han or kana character about three, so a 100-syllable Korean
  paragraph weighs like a 200-letter English one. Digits and punctuation count half: a line of
  numbers and symbols is rarely prose.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’」』)\]）】\s]*$")
"""Ends a sentence: ``…했다.``, ``said.”``, ``끝났다!``, ``終わった。``, ``(AP)`` not included."""

SENTENCE_END_EXAMPLES = ("큰 호응을 얻고 있다.", 'he said."', "そうだ。", "Really?", "말했다”.")
SENTENCE_END_COUNTEREXAMPLES = ("HOT ISSUE더보기", "Most read", "이유진 기자", "U.S. Politics")

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LETTER = re.compile(r"[^\W\d_]")

HANGUL_WEIGHT = 2.0
CJK_WEIGHT = 3.0


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (see ``SENTENCE_END``)."""
    tail = text[-8:]
    return bool(SENTENCE_END.search(tail))


def weight(text: str) -> float:
    """Length in Latin-letter equivalents (see the module docstring)."""
    hangul = len(_HANGUL.findall(text))
    cjk = len(_CJK.findall(text))
    letters = len(_LETTER.findall(text))
    other_letters = letters - hangul - cjk
    rest = len(text) - letters - text.count(" ")
    return other_letters + HANGUL_WEIGHT * hangul + CJK_WEIGHT * cjk + 0.5 * max(rest, 0)


def letter_share(text: str) -> float:
    """Share of non-space characters that are letters (any script)."""
    chars = len(text) - text.count(" ")
    if chars <= 0:
        return 0.0
    return len(_LETTER.findall(text)) / chars
