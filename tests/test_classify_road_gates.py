"""The cheap gates of the classifier's ASCII road (``classify._ascii_line_facts``) are
supersets of the tests they guard: every line the guarded test accepts passes its gate.

- the date stamp scan (``ui.DATED_SCAN``) runs only on a line holding one of
  ``classify._ASCII_DATED_NEEDS``;
- the UI squash runs only on a line of at most ``ui.MAX_UI_LINE`` letters (squashing keeps every
  letter, so a longer one squashes past the UI bound);
- the letters are counted from the class codes without deleting the uncounted bytes.

Lines are ASCII and ``rules.TYPOGRAPHIC`` characters (the road's lines) mixed from date pieces,
UI phrases and noise, so that lines each test accepts and lines it rejects are both drawn.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import classify
from newsparse.rules import ASCII_LOWER, ASCII_SPACE_PUNCT, TYPOGRAPHIC, prose, ui
from tests.test_rules_ascii_path import _line_facts_slow


def _on_the_road(text: str) -> bool:
    return all(char.isascii() or char in TYPOGRAPHIC for char in text)


_DATE_PIECES = tuple(
    piece
    for piece in (
        *ui.DATED_EXAMPLES,
        *ui.DATED_COUNTEREXAMPLES,
        *("1999", "2020", "12:30", "1.2.2020", "3/4/21", "4-5-2022", "an hour ago", "A DAY AGO"),
        *("2 Hours Ago", "5 minutes aGo", "a week ago", "x2019", "_2019", "a12:30", "19", "20"),
    )
    if _on_the_road(piece)
)
_ASCII_PHRASES = sorted({p for p in ui._PHRASE_REASON if p.isascii()})
_NOISE = st.text(alphabet="aAgGoOnN 0123456789:./-_,()[]\t" + TYPOGRAPHIC[:16], max_size=6)


def _road_lines(*pools: tuple[str, ...] | list[str]) -> st.SearchStrategy[str]:
    part = st.one_of(
        *(st.sampled_from(list(pool)) for pool in pools),
        _NOISE,
        st.sampled_from(TYPOGRAPHIC),
        st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=3),
    )
    return st.lists(part, min_size=1, max_size=10).map("".join).filter(bool)


@settings(max_examples=200, deadline=None)
@given(_road_lines(_DATE_PIECES, [" ", "  ", "a ", "A "]))
def test_every_dated_road_line_holds_a_needed_piece(text: str) -> None:
    assert _on_the_road(text)
    if ui.DATED_SCAN.search(text):
        assert any(piece in text for piece in classify._ASCII_DATED_NEEDS), text


def test_the_dated_pieces_are_needed_one_by_one() -> None:
    """Each piece is the only one some dated line holds (so none can be dropped)."""
    for line in (
        "1999",
        "1:30",
        "1.2.99",
        "1/2/99",
        "1-2-99",
        "2 days ago",
        "2 DAYS AGO",
        "2 days aGo",
        "2 days agO",
    ):
        assert ui.DATED_SCAN.search(line), line
        held = [piece for piece in classify._ASCII_DATED_NEEDS if piece in line]
        assert len(held) == 1, (line, held)


@settings(max_examples=200, deadline=None)
@given(_road_lines(_ASCII_PHRASES, [" ", " > ", "·", "12", "|"]))
def test_a_squash_keeps_every_letter(text: str) -> None:
    raw = text.encode()
    latin = raw.translate(prose.CHAR_CLASSES).count(b"L")
    deleted = ASCII_SPACE_PUNCT if text.isascii() else classify._TYPOGRAPHIC_UNSQUASHED
    squashed = raw.translate(ASCII_LOWER, deleted)
    assert len(squashed) >= latin
    # (so a line past the letter bound is never a UI line)
    if latin > ui.MAX_UI_LINE:
        assert not (len(squashed) <= ui.MAX_UI_LINE and ui.is_ascii_ui_line(squashed))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_PHRASES), min_size=1, max_size=40).map(" ".join))
def test_long_phrase_lines_take_the_same_road(text: str) -> None:
    """Lines of phrases alone, long and short: the road's facts are the general facts (the
    letter bound never loses a UI line)."""
    for line in (text, text.replace(" ", ""), text + " 12", "[" + text):
        assert classify._line_facts.__wrapped__(line) == _line_facts_slow(line)  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(_road_lines(_DATE_PIECES, _ASCII_PHRASES))
def test_the_codes_without_deletion_count_alike(text: str) -> None:
    raw = text.encode()
    kept = raw.translate(prose.CHAR_CLASSES, prose.UNCOUNTED)
    codes = raw.translate(prose.CHAR_CLASSES)
    assert codes.count(b"L") == kept.count(b"L")
    assert (b"D" in codes) == (len(kept) != kept.count(b"L"))


@settings(max_examples=200, deadline=None)
@given(_road_lines(_DATE_PIECES, _ASCII_PHRASES, [" ", "a ", ". "]))
def test_dated_road_lines_take_the_same_road(text: str) -> None:
    assert classify._line_facts.__wrapped__(text) == _line_facts_slow(text)  # type: ignore[attr-defined]
