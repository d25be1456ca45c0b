"""classify: blocks → one Decision per block, each naming the rule that made it.

Pass 1 judges every block on its own: whole-line UI rules (``rules/ui.py``), counters,
placeholders, copyright notices, lists under a list header, and a prose score from length and
sentence ends (``rules/prose.py``). The body is the maximum-scoring contiguous run of blocks
(Kadane, one linear pass). Pass 2 revises from position: rule-matched blocks inside the run stay
boilerplate, short blocks inside it become body, and the blocks just above the run are searched
for the title, subtitles, byline and date lines; bylines and captions at the run's edges are taken
out of the body. Nothing here parses names or dates into fields: ``assemble`` does that.

The algorithm is written up in ``docs/algorithm.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import gt, is_, is_not, lt

from newsparse import regex_cache as rx
from newsparse.bylines import find_byline
from newsparse.dates import find_dates
from newsparse.model import Block, Decision, Label, Reason, maker, records
from newsparse.rules import ASCII_LOWER, ASCII_SPACE_PUNCT, SPACE_PUNCT, TYPOGRAPHIC, casefold
from newsparse.rules.captions import find_credit
from newsparse.rules.html_hints import html_adjust, html_label, html_prerule, html_window
from newsparse.rules.languages import AGENCIES
from newsparse.rules.prose import (
    CHAR_CLASSES,
    SENTENCE_STOPS,
    SENTENCE_TRAIL,
    SYMBOL_WEIGHT,
    ascii_function_share,
    function_share,
    line_features,
    weight,
)
from newsparse.rules.teasers import glued_teaser, may_be_glued
from newsparse.rules.ui import (
    COUNTER,
    DATED_SCAN,
    MAX_UI_CHARS,
    MAX_UI_LINE,
    PLACEHOLDER,
    PREFIX_ASCII_STARTS,
    PREFIX_GROUP_REASON,
    PREFIX_MAX_WEIGHT,
    ascii_prefix_match,
    ascii_ui_reason,
    is_ascii_ui_line,
    is_copyright,
    is_notice,
    may_be_ascii_browser_notice,
    may_be_ascii_notice,
    may_be_browser_notice,
    may_be_notice,
    prefix_reason,
    ui_reason,
)

# --- prose score: calibrated as a set on the aeb and ko-dev text dumps; tune together ---------
SENTENCE_UNIT = 50.0
SENTENCE_OFFSET = 1.0
STRONG_OFFSET = 0.6
"""Offset for prose-only sentence ends (``…습니다.``, ``。``; rules/prose.STRONG_END): such a
line is positive from 30 Latin-letter equivalents (15 Hangul syllables) up."""
"""A sentence-ending block scores weight/SENTENCE_UNIT - SENTENCE_OFFSET: positive from 50 Latin
letters (25 Hangul syllables) up, so a real paragraph outweighs a menu entry."""
FRAGMENT_UNIT = 100.0
FRAGMENT_OFFSET = 1.0
"""A block without a sentence end scores weight/FRAGMENT_UNIT - FRAGMENT_OFFSET: headlines and
menu lines are negative, only very long unpunctuated text (hard-wrapped or a lost period) is
positive."""
FRAGMENT_MAX = -0.2
"""A block that neither ends a sentence nor reads as prose never scores positive, however long:
tag clouds and keyword lines are long too."""
SCORE_CAP = 3.0
"""No single block scores above this: one huge block (a comment dump, a legal notice) must not
drag the body run across a long menu."""
RULE_PENALTY = -1.0
"""Score of a block a boilerplate rule matched: it breaks runs of prose unless prose is around."""
LIST_PENALTY = -0.5
"""Score of an item under a list header: teaser items are often long and sentence-like."""
BULLET_PENALTY = 0.5
"""Subtracted from bulleted or numbered blocks that do not end a sentence: menus are lists."""
MIN_LETTER_SHARE = 0.5
"""Blocks with fewer letters than this among their characters (rules, dates, tables of figures)
are not prose: they score NON_TEXT_SCORE."""
NON_TEXT_SCORE = -0.5
PROSE_MIN_WEIGHT = 20.0
PROSE_MIN_WORDS = 4
PROSE_FUNCTION_SHARE = 0.25
"""A line of at least PROSE_MIN_WORDS words, a quarter of them function words, scores as prose
even without a sentence end (jusText's stop-word density; English prose runs ~0.4, titles and
menus under 0.15)."""

GAP_FULL = 6
"""A run of this many non-prose blocks costs its full penalty; shorter runs cost proportionally
less (see ``_soften_short_gaps``)."""

SOFT_RULES = frozenset({Reason.PLACEHOLDER, Reason.COUNTER})
"""Rule matches that do not mark an article's edge: pictures and counters sit between
paragraphs. Their penalty is softened like any short gap's."""

LINE_CACHE_SIZE = 1 << 16
"""Distinct block texts whose facts are remembered (a few MB at most)."""

# --- position windows --------------------------------------------------------------------------
HEAD_WINDOW = 25
"""How many blocks above the body run are searched for the title, subtitles, byline and date."""
TAIL_WINDOW = 8
"""How many blocks below the body run are searched for a trailing byline or date."""
HTML_HEAD_WINDOW = 12
"""HTML: blocks above the article container the classifier still reads (the page's headline,
byline and date sit right above it; menus further up are decided by their markup)."""
META_MAX_WEIGHT = 200.0
"""Byline and date lines are short (a name, a role, an email, a date or two); longer blocks are
not searched for them."""
DATE_LINE_SHARE = 2.5
"""An unlabelled date makes a DATE line only when the line is little more than the date."""
TITLE_MIN_WEIGHT = 12.0
TITLE_MAX_WEIGHT = 400.0
"""A title weighs at least a few words and at most a long headline."""
SUBTITLE_MIN_WEIGHT = 20.0
SUBTITLE_WINDOW = 6
"""Decks sit within a few blocks under the title; further down, lines are player or tool text."""
TITLE_ABOVE_META = 4
TITLE_DISTANCE_DISCOUNT = 0.15
TITLE_OPENING = 5
TITLE_MIN_SHARED = 0.3
TITLE_DISTANCE_COST = 0.01
"""Without a byline/date cluster, the title is the candidate sharing the largest share of its
content words (at least TITLE_MIN_SHARED) with the first TITLE_OPENING body blocks, less
TITLE_DISTANCE_COST per block of distance."""
"""The title sits at most this many blocks above the topmost byline/date line."""
COPYRIGHT_MAX_WEIGHT = 300.0
"""A copyright notice is short; a long paragraph that quotes one is prose."""
LEAD_IN_MIN_WEIGHT = 30.0
BODY_LIST_MAX = 40
BODY_LIST_SCORE = 0.3
"""A prose line of at least LEAD_IN_MIN_WEIGHT ending in ':' announces a list: up to
BODY_LIST_MAX following list-like blocks score at least BODY_LIST_SCORE (standings, schedules,
gift guides are short lines that are still the article)."""
LIST_ITEM_MAX_WEIGHT = 240.0
"""Under a list header, an unbulleted block up to this weight without a sentence end is a list
item; longer or sentence-ending unbulleted text ends the list."""
CAPTION_MAX_WEIGHT = 600.0
DATED_MAX_WEIGHT = 40.0
"""A line this short with a date or time in it is a stamp (of the article, a comment, a teaser),
not prose. Stamps below the article start mark lists and comment threads."""
NOTICE_MIN_WEIGHT = 20.0
NOTICE_MAX_WEIGHT = 800.0
"""Cookie and browser notices run to a few sentences; a longer block that mentions cookies is
more likely an article about them."""


@dataclass(slots=True)
class _Facts:
    """Pass-1 facts about a page's blocks (internal; not a record): one list per fact, indexed
    like the blocks. Columns, not an object per block: the per-line facts come from one C-level
    ``map`` over the cached ``_line_facts`` and are transposed by ``zip``, so most pages need no
    Python loop over their blocks in pass 1 (only list pages and HTML pages do)."""

    weight: list[float]
    letters: list[float]
    """Share of letters among each block's non-space characters."""
    sentence: list[bool]
    rule: list[Reason | None]
    score: list[float]
    listed: list[bool]
    """Items of a list announced by a lead-in line (``They include:``): article content."""


def _squash_floor(text: str, letters: float, digits: int) -> int:
    """A lower bound on ``len(squash(text))`` from ``features``: squashing removes only spaces
    and punctuation, and case-folding never shortens a character; of the characters
    ``features`` counts as letters (ASCII letters, lead bytes 0xC3-0xDF, 0xE3-0xED) or digits,
    the only one squashing removes is the ideographic space U+3000."""
    chars = len(text) - text.count(" ")
    return round(letters * chars) + digits - text.count("\u3000")


def _may_be_placeholder(text: str, first: str) -> bool:
    """False only if ``PLACEHOLDER`` finds nothing in ``text`` (whose first character is
    ``first``): each of its alternatives but the last starts the line with ``[``, and the last
    (an image's file name printed as text: ``airpods.jpgairpods.jpg``) holds no space and ends
    in an extension of at most four letters after its dot."""
    return first == "[" or (" " not in text and "." in text[-5:])


def _rule_reason(
    text: str, folded: str, w: float, letters: float, digits: int, sentence: bool
) -> Reason | None:
    if _may_be_placeholder(text, text[0]) and PLACEHOLDER.search(text):
        return Reason.PLACEHOLDER
    if (text[0].isdigit() or text[0] == "(") and COUNTER.match(text):
        return Reason.COUNTER
    # A line that keeps more than MAX_UI_LINE characters when squashed is never pure UI: the
    # bound spares squashing the many paragraph lines a little over MAX_UI_LINE long, and past
    # MAX_UI_CHARS ``ui_reason`` returns None at once, so such a line needs neither.
    size = len(text)
    if size <= MAX_UI_LINE or (
        size <= MAX_UI_CHARS and _squash_floor(text, letters, digits) <= MAX_UI_LINE
    ):
        reason = ui_reason(text, folded)
        if reason is not None:
            return reason
    return _rule_reason_after_ui(text, folded, w, digits, sentence)


def _rule_reason_after_ui(
    text: str, folded: str, w: float, digits: int, sentence: bool
) -> Reason | None:
    """``_rule_reason`` past the UI rule: prefix rules, notices, date stamps."""
    if w <= PREFIX_MAX_WEIGHT and not sentence:  # (prefix_reason: headers end no sentence)
        reason = prefix_reason(text, sentence=sentence)
        if reason is not None:
            return reason
    if w <= COPYRIGHT_MAX_WEIGHT:
        if may_be_notice(folded):
            if is_copyright(text):
                return Reason.COPYRIGHT
            if NOTICE_MIN_WEIGHT <= w and is_notice(text):
                return Reason.NOTICE
    elif w <= NOTICE_MAX_WEIGHT and may_be_browser_notice(folded) and is_notice(text):
        return Reason.NOTICE  # (too long for a copyright notice: only notice words matter)
    if digits and w <= DATED_MAX_WEIGHT and DATED_SCAN.search(text):
        return Reason.DATED
    return None


def _ascii_line_facts(
    text: str, raw: bytes, trail: str, unsquashed: bytes | None, prefix_starts: frozenset[str]
) -> tuple[float, float, bool, Reason | None, float, bool, bool]:
    """``_line_facts`` of an ASCII line (most lines of most pages), spelt out in one function:
    the same features (``line_features``), the same rules in the same order (``_rule_reason``)
    and the same score, with the shortcuts ASCII allows. The line is encoded once, and its
    bytes serve the counts, the squash and the word split; the squash is one
    ``bytes.translate`` (no ``_squash_floor`` bound needed), made only for a line of at most
    MAX_UI_LINE letters; ``ascii_ui_reason`` runs only on a line that is all phrases; a prefix
    rule needs a first character in ``PREFIX_ASCII_STARTS``; the notice hint is a bytes pattern
    of the ASCII words; the date stamp scan needs one of ``_ASCII_DATED_NEEDS``; no ASCII line
    ends strongly (every strong end has a Hangul or CJK character). A Python call or a C method
    call costs more than any of these tests on a line of a few dozen characters, so they are
    kept few.

    A line of ASCII and ``rules.TYPOGRAPHIC`` characters (curly quotes, dashes, no-break
    spaces) takes this road too, encoded (``raw``) by the caller: ``trail`` is what the
    sentence end may be followed by (the full ``SENTENCE_TRAIL`` for such a line),
    ``unsquashed`` the bytes squashing deletes (None when the line holds a character that
    squashing keeps and no phrase has: it is then no UI line), ``prefix_starts`` the first
    characters that may start a prefix rule (an ASCII start the ASCII ones, any non-ASCII
    start: no gate literal of a prefix rule can be on such a line but the ASCII ones).
    """
    # features: prose.line_features' ASCII path (letters and digits counted from class codes)
    tail = text[-8:].rstrip(trail)
    sentence = tail[-1:] in _STOPS
    # (the table alone, no bytes deleted: a translate that deletes fills a table of the ~190
    # uncounted bytes first, costing more than it spares the count on a line of the road,
    # whose codes are L, D and '.', every typographic byte a '.')
    codes = raw.translate(CHAR_CLASSES)
    latin = codes.count(b"L")
    chars = len(text) - text.count(" ")
    w = latin + SYMBOL_WEIGHT * (chars - latin)
    letters = latin / chars if chars > 0 else 0.0
    # rules: _rule_reason's order
    first = text[0]
    rule = None
    # (_may_be_placeholder spelt out: a Python call costs more than its two tests)
    if (first == "[" or (" " not in text and "." in text[-5:])) and PLACEHOLDER.search(text):
        rule = Reason.PLACEHOLDER
    elif first in _COUNTER_STARTS and COUNTER.match(text):
        rule = Reason.COUNTER
    else:
        # (ui_reason's own bound, and a cheaper one: squashing keeps every letter, so a line
        # of more than MAX_UI_LINE letters squashes to more than MAX_UI_LINE bytes)
        if unsquashed is not None and latin <= MAX_UI_LINE and len(text) <= MAX_UI_CHARS:
            squashed = raw.translate(ASCII_LOWER, unsquashed)
            if len(squashed) <= MAX_UI_LINE and is_ascii_ui_line(squashed):
                rule = ascii_ui_reason(squashed)
        if rule is None and w <= PREFIX_MAX_WEIGHT and not sentence:
            if first in prefix_starts:
                found = ascii_prefix_match(text)
                if found is not None:
                    rule = PREFIX_GROUP_REASON.get(found.lastgroup)  # type: ignore[arg-type]
        if rule is None:
            if w <= COPYRIGHT_MAX_WEIGHT:
                if may_be_ascii_notice(raw.lower()):
                    if is_copyright(text):
                        rule = Reason.COPYRIGHT
                    elif NOTICE_MIN_WEIGHT <= w and is_notice(text):
                        rule = Reason.NOTICE
            elif (
                w <= NOTICE_MAX_WEIGHT
                and may_be_ascii_browser_notice(raw.lower())
                and is_notice(text)
            ):
                rule = Reason.NOTICE
        if (
            rule is None
            and w <= DATED_MAX_WEIGHT
            and _DIGIT_CODE in codes  # (a digit)
            and any(map(text.__contains__, _ASCII_DATED_NEEDS))
            and DATED_SCAN.search(text)
        ):
            rule = Reason.DATED
    if rule is not None:
        return w, letters, sentence, rule, RULE_PENALTY, False, False
    # score: _line_facts' own
    lead_in = w >= LEAD_IN_MIN_WEIGHT and text.rstrip().endswith(":")
    prose = sentence
    if not sentence and w >= PROSE_MIN_WEIGHT:
        words, share = ascii_function_share(raw)
        prose = words >= PROSE_MIN_WORDS and share >= PROSE_FUNCTION_SHARE
    if letters < MIN_LETTER_SHARE:
        return w, letters, sentence, rule, NON_TEXT_SCORE, False, lead_in
    # (min() spelt out: a builtin call costs more than the comparison)
    if prose:
        # (asked of prose lines only, with a glue point: see _line_facts)
        if may_be_glued(raw) and glued_teaser(text):
            return w, letters, sentence, Reason.TEASER, RULE_PENALTY, False, False
        score = w / SENTENCE_UNIT - SENTENCE_OFFSET
        score = SCORE_CAP if SCORE_CAP < score else score
        return w, letters, sentence, rule, score, False, lead_in
    score = w / FRAGMENT_UNIT - FRAGMENT_OFFSET
    score = FRAGMENT_MAX if FRAGMENT_MAX < score else score
    return w, letters, sentence, rule, score, True, lead_in


_ASCII_TRAIL = "".join(char for char in SENTENCE_TRAIL if char.isascii())
_STOPS = frozenset(SENTENCE_STOPS)
"""``ends_sentence`` for an ASCII line: its trail but the non-ASCII characters (stripping them
from an ASCII line does nothing), and a set of its stops (the empty string is not in it)."""
_CJK_STOPS = frozenset("。！？")
_STRONG_BEFORE = frozenset("다요죠까네")
"""``prose.STRONG_END`` spelt out on a line's stripped tail (see ``_line_facts``)."""
_ASCII_BYTES = bytes(range(128))
_TYPOGRAPHIC = frozenset(TYPOGRAPHIC)
_TYPOGRAPHIC_PUNCT = frozenset(char for char in TYPOGRAPHIC if SPACE_PUNCT.fullmatch(char))
"""The typographic characters squashing deletes (spaces, quotes, dashes); on a line whose
non-ASCII characters are all of these, deleting every non-ASCII byte squashes them away."""
_TYPOGRAPHIC_UNSQUASHED = ASCII_SPACE_PUNCT + bytes(range(128, 256))
_TYPOGRAPHIC_STARTS = PREFIX_ASCII_STARTS | _TYPOGRAPHIC
_ASCII_DATED_NEEDS = (":", ".", "/", "-", "19", "20", "go", "GO", "Go", "gO")
"""What every ``DATED_SCAN`` match on a line of the ASCII road holds, branch by branch: a year's
``19`` or ``20``, the ``:`` of a time, a separator of a numeric date (``.``, ``/``, ``-``), the
``go`` of ``ago`` in any case; its other branches need Hangul or Han (``분``, ``年``), which no
such line has. The scan tries seven branches at every digit (~10 k instructions a short dated
line); these ``in`` tests spare it on half the lines that reach it."""
_DIGIT_CODE = ord("D")
"""A digit's code in ``CHAR_CLASSES``, as an int: ``bytes.__contains__`` tries its argument as an
int first, and a one-byte ``bytes`` fails that with a TypeError it then clears (~0.5 µs a test,
ten times the int's memchr)."""
_COUNTER_STARTS = frozenset("0123456789(")
"""``_rule_reason``'s test before COUNTER, for an ASCII character (``str.isdigit`` of one is
true for the ten digits only)."""


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _line_facts(text: str) -> tuple[float, float, bool, Reason | None, float, bool, bool]:
    """(weight, letter share, sentence end, rule reason, score, fragment, lead-in) of a block's
    text; a fragment is a lettered block that neither ends a sentence nor reads as prose, a
    lead-in a long line without a rule that ends in a colon (it may announce a list).

    Everything here depends on the text alone, and site chrome (menus, footers, share bars)
    repeats verbatim across the pages of a batch, so it is cached. ASCII lines take
    ``_ascii_line_facts``, the same facts by a shorter road.
    """
    if text.isascii():
        return _ascii_line_facts(
            text, text.encode(), _ASCII_TRAIL, ASCII_SPACE_PUNCT, PREFIX_ASCII_STARTS
        )
    try:
        raw = text.encode()
    except UnicodeEncodeError:  # (a lone surrogate)
        raw = b""
    odd = raw.translate(None, _ASCII_BYTES).decode()  # (its non-ASCII characters)
    if raw and _TYPOGRAPHIC.issuperset(odd):  # (typeset English: see rules.TYPOGRAPHIC)
        unsquashed = _TYPOGRAPHIC_UNSQUASHED if _TYPOGRAPHIC_PUNCT.issuperset(odd) else None
        return _ascii_line_facts(text, raw, SENTENCE_TRAIL, unsquashed, _TYPOGRAPHIC_STARTS)
    w, letters, digits, sentence = line_features(text)
    folded = casefold(text)  # (once, for every rule that reads the folded line)
    rule = _rule_reason(text, folded, w, letters, digits, sentence)
    if rule is not None:  # boilerplate whether or not it reads as prose
        return w, letters, sentence, rule, RULE_PENALTY, False, False
    lead_in = w >= LEAD_IN_MIN_WEIGHT and text.rstrip().endswith((":", "："))
    # A line without a sentence end may still read as prose: enough words, many of them
    # function words (a hard-wrapped line, a lead-in ending in ':', a list item that is a
    # clause).
    prose = sentence
    if not sentence and w >= PROSE_MIN_WEIGHT:
        words, share = function_share(text, folded)
        prose = words >= PROSE_MIN_WORDS and share >= PROSE_FUNCTION_SHARE
    fragment = letters >= MIN_LETTER_SHARE and not prose
    # The prose score from the text alone (the bullet penalty is applied by the caller).
    if letters < MIN_LETTER_SHARE:
        score = NON_TEXT_SCORE
    elif prose:
        # A teaser card (a headline glued to its summary) reads as a sentence and a column
        # of them can outscore a short article; it is asked of prose lines only, as a
        # fragment scores below zero anyway and most lines are not prose.
        # (``may_be_glued`` first: most prose lines have no glue point; a line that cannot be
        # encoded, raw empty, is asked in full)
        if (may_be_glued(raw) or not raw) and glued_teaser(text):
            return w, letters, sentence, Reason.TEASER, RULE_PENALTY, False, False
        # (ends_strongly from the stripped tail: a stop ends it, and the strong ends are a
        # CJK stop or a Korean ending before a stop; trail and stops share no character)
        tail = text[-8:].rstrip(SENTENCE_TRAIL)
        strong = sentence and (
            tail[-1] in _CJK_STOPS or (tail[-1] in ".?!" and tail[-2:-1] in _STRONG_BEFORE)
        )
        offset = STRONG_OFFSET if strong else SENTENCE_OFFSET
        score = min(w / SENTENCE_UNIT - offset, SCORE_CAP)
    else:
        score = min(w / FRAGMENT_UNIT - FRAGMENT_OFFSET, FRAGMENT_MAX)
    return w, letters, sentence, rule, score, fragment, lead_in


def _pass_one(blocks: Sequence[Block]) -> _Facts:
    n = len(blocks)
    # (enum members bound to locals: reading Reason.X costs ~0.1 µs, in a loop run per line)
    list_header, list_item = Reason.LIST_HEADER, Reason.LIST_ITEM
    pre: list[bool] | None = None
    if blocks[0].tag:  # HTML hook: chrome the markup already names skips the text rules
        raw = []
        pre = []
        for block in blocks:
            reason = html_prerule(block.hints, block.link_density, block.text)
            pre.append(reason is not None)
            raw.append(
                _line_facts(block.text)
                if reason is None
                else (0.0, 0.0, False, reason, RULE_PENALTY, False, False)
            )
    else:
        raw = list(map(_line_facts, [block.text for block in blocks]))
    columns = map(list, zip(*raw, strict=True))
    weights, letters, sentences, rules, scores, fragments, lead_ins = columns
    bullets = [block.bullet for block in blocks]
    for i in compress(range(n), bullets):  # (most blocks have no bullet)
        if fragments[i]:
            scores[i] -= BULLET_PENALTY
    listed = [False] * n
    # Lists: a lead-in line announces body items, a list header boilerplate ones. Before the
    # first lead-in or header the state below stays idle, so the loop starts there (on most
    # pages it never runs); a block a rule already made a list item needs it from the top.
    if list_item in rules:
        start = 0
    else:
        start = min(
            lead_ins.index(True) if True in lead_ins else n,
            rules.index(list_header) if list_header in rules else n,
        )
    in_list = False
    announced = 0  # items left in a list a lead-in line announced
    for i in range(start, n):
        if pre is not None and pre[i]:
            continue  # (decided by its markup: neither in a list nor ending one)
        w, sentence, rule = weights[i], sentences[i], rules[i]
        if (
            announced
            and rule is None
            and (bullets[i] or (not sentence and w <= LIST_ITEM_MAX_WEIGHT))
        ):
            announced -= 1
            scores[i] = max(scores[i], BODY_LIST_SCORE)
            listed[i] = True
            continue
        announced = 0
        if lead_ins[i]:
            announced = BODY_LIST_MAX
        if rule is list_header:
            in_list = True
        elif in_list:
            if bullets[i] or (not sentence and w <= LIST_ITEM_MAX_WEIGHT and rule is None):
                rule = rules[i] = rule or list_item
            else:
                in_list = False
        if rule is list_item:
            scores[i] = LIST_PENALTY
    return _Facts(weights, letters, sentences, rules, scores, listed)


def _soften_short_gaps(scores: list[float], rules: Sequence[Reason | None]) -> list[float]:
    """Scale each run of n consecutive negative scores by min(1, n / GAP_FULL), except the
    scores of blocks a hard rule matched (any rule but SOFT_RULES: ``rules`` holds each block's).

    A caption, a credit and a "See it now" link between two paragraphs are a short gap inside
    the article; a menu or a teaser list is a long one. Penalising gaps linearly treats both
    alike, so articles with pictures fall apart into one-paragraph runs.
    """
    out = list(scores)
    # The runs are found in C: one byte per score (1: negative), and a search for the maximal
    # runs of 1s shorter than GAP_FULL (a long run keeps its scores: its factor is 1). Only
    # their blocks' rules are read.
    negative = bytes(map(lt, scores, repeat(0.0)))
    for run in _SHORT_GAP_RE.finditer(negative):
        i, j = run.span()
        factor = (j - i) / GAP_FULL
        for k in range(i, j):
            rule = rules[k]
            if rule is None or rule in SOFT_RULES:
                out[k] *= factor
    return out


_SHORT_GAP_RE = rx.compile(rb"(?<!\x01)\x01{1,%d}(?!\x01)" % (GAP_FULL - 1))
"""A maximal run of fewer than GAP_FULL 1-bytes (``_soften_short_gaps``)."""


def _best_run(scores: Sequence[float]) -> tuple[int, int]:
    """The maximum-sum contiguous run [start, end] (inclusive); (0, -1) when nothing is positive.

    (A plain loop: skipping to the positive scores in C, or summing stretches by
    ``accumulate``, measured dearer, as a stretch runs on past the body until its sum drains.)"""
    best, best_start, best_end = 0.0, 0, -1
    current, start = 0.0, 0
    for i, score in enumerate(scores):
        if current <= 0.0:
            current, start = score, i
        else:
            current += score
        if current > best:
            best, best_start, best_end = current, start, i
    return best_start, best_end


_FULL_STOP_END = rx.compile(r"(?<!\.)[.。][\"'”’)\]]*$")
"""Headlines do not end in a single full stop (``…``, ``?`` and ``!`` they may): a line that
does is the article's first sentence or a teaser's, not its title."""


_NOT_A_HEADLINE = rx.compile(
    r"://|\[(?:\s\s|\s*\])|^\[[^\]]*\]$|^(?:[Pp]osted |[Ww]ritten )?(?:By|BY|by) \S"
    r"|[\w.+-]+@[\w-]+\.\w|\s@\w{2,}$"  # an email address, a byline's closing social handle
    # picture captions (English conventions): who stands where, file photos, credits
    r"|, (?:left|right|centre|center),|\((?:left|right|centre|center)\)|^FILE PHOTO|\bfile photo\b"
    r"|\b[Pp]hoto(?: illustration)? by\b|\| Getty Images|^\([^()]*\)$|Credit\.\.\.|\bCredit: "
    r"|^[▲△]"  # Korean captions open with a triangle (▲ 4일 세종시청에서 …)
    # a breadcrumb trail (``Blog > Weight Loss > Tips``) and a link's screen-reader note
    r"|\S \S* ?[>»›] .* [>»›] |\((?i:opens in (?:a )?new window)\)"
)
"""Text dumps' traces of things that are never a headline: a URL (an image's link printed
beside its alt text: ``print header logo https://…``), a form field (``Comment [      ]``), a
button or image printed whole in brackets (``[Passwort zuschicken]``), an English byline whose
name the byline rules could not read (``By Court Reporter``, ``Posted by Vortex``), an email
address or a byline's closing social handle (``Jane Doe @janedoe``), and a picture's caption
(``Jane Doe, left, and ...``, ``In this Dec. 12, 2006, file photo ...``, ``(Reed Saxon /
Associated Press)``, ``Alex Wong | Getty Images``, ``...Credit...Jane Doe/The Times``), a
breadcrumb trail (``Blog > Weight Loss > Tips``), and a
link's screen-reader note (``Submit to Stumbleupon (Opens in new window)``)."""


_NEVER_A_HEADLINE_STARTS = (
    *("By ", "BY ", "by ", "Posted ", "posted ", "Written ", "written ", "▲", "△", "("),
)
_NEVER_A_HEADLINE_WORDS = (
    *("://", "hoto", "HOTO", "Credit", "| Getty", "(o", "(O"),
    *("left,", "right,", "centre,", "center,", "(left)", "(right)", "(centre)", "(center)"),
)
"""What every match of ``_NOT_A_HEADLINE`` holds, branch by branch: a start (the branches
anchored there: ``By``, ``Posted by``, ``Written by``, the triangles, a line in parentheses),
a mark (the brackets, ``@``, the breadcrumb arrows) or a piece of text (``://``, the
``hoto``/``HOTO`` of photo captions, ``Credit``, ``| Getty``, the ``(o`` or ``(O`` of
``(opens in new window)``, the ``left,`` of ``, left,`` and the ``(left)``)."""


_NOT_A_HEADLINE_TEXTS = (
    *("://", "| Getty Images", "Credit..."),
    *(", left,", ", right,", ", centre,", ", center,", "(left)", "(right)", "(centre)", "(center)"),
)
_NOT_A_HEADLINE_HEADS = ("FILE PHOTO", "▲", "△")
"""The branches of ``_NOT_A_HEADLINE`` that are fixed text: anywhere in the line, or at its
start."""
_NOT_A_HEADLINE_AT = tuple(
    (pieces, lead, rx.compile(branches))
    for pieces, lead, branches in (
        (("[",), 0, r"\[(?:\s\s|\s*\])"),
        (("@",), 0, r"(?<=[\w.+-])@[\w-]+\.\w|(?<=\s)@\w{2,}$"),
        (("file photo",), 0, r"\bfile photo\b"),
        (("hoto by", "hoto illustration by"), 1, r"\b[Pp]hoto(?: illustration)? by\b"),
        (("Credit: ",), 0, r"\bCredit: "),
        (("(o", "(O"), 0, r"\((?i:opens in (?:a )?new window)\)"),
    )
)
r"""Branches of ``_NOT_A_HEADLINE`` whose every match starts ``lead`` characters before one of
the ``pieces``: each is tried there only (``re`` would try them at every character, as their
``\b`` or their alternatives keep it from skipping ahead: ~200 instructions a character).
The two @ branches (``[\w.+-]+@…``, ``\s@…``) are read from their @, the characters before
it looked behind at (one suffices: the ``+`` adds nothing to whether they match)."""
_NOT_A_HEADLINE_START = tuple(
    (starts, rx.compile(branches))
    for starts, branches in (
        (("[",), r"\[[^\]]*\]$"),
        (
            ("By ", "BY ", "by ", "Posted ", "posted ", "Written ", "written "),
            r"(?:[Pp]osted |[Ww]ritten )?(?:By|BY|by) \S",
        ),
        (("(",), r"\([^()]*\)$"),
    )
)
"""The branches of ``_NOT_A_HEADLINE`` anchored at the line's start (``^``), with the starts
they need."""
_NOT_A_HEADLINE_ARROWS = (" > ", " » ", " › ")
_BREADCRUMB = rx.compile(r"\S \S* ?[>»›] .* [>»›] ")
"""The breadcrumb branch of ``_NOT_A_HEADLINE``, searched only in a line with an arrow between
spaces (its second arrow)."""


def _never_a_headline(text: str) -> bool:
    """``_NOT_A_HEADLINE`` finds something in ``text``. Most candidates hold none of the starts,
    marks and pieces every match needs, which a few tests in C show for a fraction of
    what the search costs (its alternatives are tried at every character). The others are
    tested branch by branch (a line matches an alternation where it matches one of its
    branches): the fixed texts by ``in`` and ``startswith``, the anchored branches at the
    start, the others where their pieces are (``_NOT_A_HEADLINE_AT``): a long caption cost
    ~0.1-0.7 M instructions in the whole alternation, ~10 k so."""
    if (
        not text.startswith(_NEVER_A_HEADLINE_STARTS)
        # (the marks [ @ > » ›, spelt out: a set's isdisjoint reads the text a character at a
        # time, ~100 instructions each)
        and not ("[" in text or "@" in text or ">" in text or "»" in text or "›" in text)
        and not any(map(text.__contains__, _NEVER_A_HEADLINE_WORDS))
    ):
        return False
    if any(map(text.__contains__, _NOT_A_HEADLINE_TEXTS)) or text.startswith(_NOT_A_HEADLINE_HEADS):
        return True
    for starts, branches in _NOT_A_HEADLINE_START:
        if text.startswith(starts) and branches.match(text) is not None:
            return True
    for pieces, lead, branches in _NOT_A_HEADLINE_AT:
        for piece in pieces:
            at = text.find(piece, lead)
            while at >= 0:
                if branches.match(text, at - lead) is not None:
                    return True
                at = text.find(piece, at + 1)
    return (
        any(map(text.__contains__, _NOT_A_HEADLINE_ARROWS)) and _BREADCRUMB.search(text) is not None
    )


def _looks_like_a_name(text: str) -> bool:
    """Two capitalised words and nothing else (``Julian Schulze``): how a byline without "By"
    prints the author's name."""
    words = text.split()
    return len(words) == 2 and text.istitle() and not any(map(str.isdigit, text))


def _is_title_candidate(block: Block, facts: _Facts, i: int) -> bool:
    return (
        facts.rule[i] is None
        # (the weights first: the searches below then never run on a long paragraph)
        and TITLE_MIN_WEIGHT <= facts.weight[i] <= TITLE_MAX_WEIGHT
        and facts.letters[i] >= MIN_LETTER_SHARE
        and _may_be_a_headline(block.text)
    )


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _may_be_a_headline(text: str) -> bool:
    """The text-only part of ``_is_title_candidate``: what a deck may be (``_may_be_a_deck``),
    without a single full stop at the end nor menu items run together. Cached: the lines above
    an article (a section name, the site's name, a headline seen on another page of the site)
    repeat across a site's pages."""
    return (
        not _FULL_STOP_END.search(text) and not _GLUED_MENU_RE.search(text) and _may_be_a_deck(text)
    )


_GLUED_MENU_RE = rx.compile(r"(?<![#@\w])[A-Za-z]*[a-z][A-Z][a-z]+[A-Z]")
"""Three words run together, each capitalised after the first (``BabywearingColoradoFamily``):
menu items a dump printed without spaces. A name has at most one such join (``McDonald``,
``PlayStation``); a hashtag or a handle may have more (``#OutInChurch``)."""


SOURCE_MAX_NAME_WORDS = 4
"""Beside an agency, parts of at most this many words are a reporter's name or a place."""


_COPYRIGHT = Reason.COPYRIGHT
SITE_NAME_MAX_WORDS = 5
"""A candidate of at most this many words found in the page's copyright notice is the site's
name (``Presse Augsburg`` above the headline and ``© 2023 Presse Augsburg`` at the foot), not a
headline."""


def _in_a_notice(text: str, notices: list[str]) -> bool:
    """``text`` is short and printed in one of the page's copyright ``notices`` (case-folded):
    the site's or the publisher's name (see SITE_NAME_MAX_WORDS)."""
    if len(text.split()) > SITE_NAME_MAX_WORDS:
        return False
    folded = text.casefold()
    return any(folded in notice for notice in notices)


def _may_be_a_deck(text: str) -> bool:
    """A line under the title may be a deck (which, unlike a headline, may end in a full stop)
    unless it is never a headline's kind of text (a caption, a credit, a URL) or names a
    source (``Colleen Barry, The Associated Press``)."""
    return not _never_a_headline(text) and not _names_a_source(text) and find_credit(text) is None


_AGENCY_NAMES = frozenset(a.casefold() for names in AGENCIES.values() for a in names)
_DOMAIN_RE = rx.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
"""A web address without a scheme (``Smithsonian.com``, ``news.com.au``), or a file's name
(``CSD-Parade.jpg``, an image's alt text)."""


def _names_a_source(text: str) -> bool:
    """The line names where the article or its picture comes from, not what it is about: a news
    agency alone (``The Associated Press``, ``Reuters``), a byline or dateline with one
    (``Colleen Barry, The Associated Press``, ``PTI, Washington,``), or a bare web address or
    file name (``Smithsonian.com``): how dumps print a logo's or a credit's text above a
    headline."""
    if " " not in text and "." in text and _DOMAIN_RE.fullmatch(text):
        return True
    parts = [part.strip() for part in text.strip(" ,").split(",")]
    if len(parts) > 3:
        return False
    agencies = [_agency(part) for part in parts]
    if not any(agencies):
        return False
    others = [part for part, agency in zip(parts, agencies, strict=True) if not agency]
    return all(len(part.split()) <= SOURCE_MAX_NAME_WORDS for part in others)


def _agency(part: str) -> bool:
    folded = part.casefold()
    return folded in _AGENCY_NAMES or (folded.startswith("the ") and folded[4:] in _AGENCY_NAMES)


_META_REASON = {Label.BYLINE: Reason.BYLINE_LINE, Label.DATE: Reason.DATE_LINE}
"""The reason a byline or date line is labelled with."""


def _meta_label(block: Block, w: float) -> Label | None:
    """BYLINE for a line that is a byline (possibly with dates), DATE for a dated line."""
    if w > META_MAX_WEIGHT:
        return None
    return _text_meta_label(block.text, w)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _text_meta_label(text: str, w: float) -> Label | None:
    """``_meta_label`` of a short block's text (``w`` is its weight). Cached: the lines above
    an article (a site's desk credit, its date line, its tools) repeat across a site's pages."""
    if _is_byline_line.__wrapped__(text):
        return Label.BYLINE
    dates = find_dates(text)
    if not dates:
        return None
    first = dates[0]
    date_weight = weight(text[first.start : first.end])
    if first.kind is not None or w <= DATE_LINE_SHARE * date_weight + 8:
        return Label.DATE
    return None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_byline_line(text: str) -> bool:
    """The text is a byline line (``_text_meta_label``'s BYLINE): its byline is all of it.
    Cached, for the lines under an article (only a byline is looked for there)."""
    hit = find_byline(text)
    return hit is not None and hit.whole_line


_BYLINE_LINE = (Label.BYLINE, Reason.BYLINE_LINE)


_WORDS = rx.compile(r"[^\W\d_]+")
_CJK_OR_HANGUL = rx.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


_LONG_WORDS = rx.compile(r"[^\W\d_]{4,}")
"""The words (maximal runs of letters, ``_WORDS``) of four or more letters: a match starts only
where a run does, since a run too short to match from its start has no longer suffix."""


def _content_tokens(text: str) -> set[str]:
    """Words of four or more letters (case-folded), and character pairs of CJK and Hangul words
    (which carry particles and need no spaces): what a headline and its article share.

    The long words are collected in C (``_LONG_WORDS``: the opening paragraphs hold hundreds of
    words); only a text holding CJK or Hangul goes through its words one by one, to cut those
    words into pairs instead (a long one is taken out again: it is no token of its own, and no
    word without CJK or Hangul can equal it)."""
    folded = text.casefold()
    tokens = set(_LONG_WORDS.findall(folded))
    if folded.isascii() or _CJK_OR_HANGUL.search(folded) is None:
        return tokens
    for word in _WORDS.findall(folded):
        if _CJK_OR_HANGUL.search(word):
            tokens.discard(word)
            tokens.update(word[k : k + 2] for k in range(len(word) - 1))
    return tokens


class _Opening:
    """The article's first paragraphs, asked which of a line's content tokens they hold
    (internal to ``_label_head``; not a record). The share is found by searching the
    case-folded text for the line's few tokens, not by splitting its hundreds of words into
    tokens (``_content_tokens``), which only a rare kind of token needs (see ``holds``)."""

    __slots__ = ("text", "folded", "_tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.casefold()
        self._tokens: set[str] | None = None

    def share(self, text: str) -> float:
        """The share of ``text``'s content tokens that the opening's tokens hold (0 for none):
        ``len(tokens & _content_tokens(opening)) / len(tokens)``."""
        tokens = _content_tokens(text)
        return sum(map(self.holds, tokens)) / len(tokens) if tokens else 0.0

    def holds(self, token: str) -> bool:
        """``token in _content_tokens(self.text)`` for a token of ``_content_tokens``: a word
        of four or more letters without CJK or Hangul (the others are cut into pairs) is one
        of the opening's where it stands as a whole word; a pair holding a CJK or Hangul
        character wherever it occurs (the word it occurs in holds that character, so it is cut
        into every pair). A pair without one (``to`` from ``東京tower``) is looked up in the
        opening's tokens, made once."""
        folded = self.folded
        if len(token) == 2:
            if _CJK_OR_HANGUL.search(token):
                return token in folded
            if self._tokens is None:
                self._tokens = _content_tokens(self.text)
            return token in self._tokens
        at = folded.find(token)
        while at >= 0:
            end = at + len(token)
            if not (at and _LETTER.match(folded, at - 1)) and not _LETTER.match(folded, end):
                return True
            at = folded.find(token, at + 1)
        return False


def _shares_a_token(tokens: set[str], opening: _Opening) -> bool:
    """``bool(tokens & _content_tokens(opening.text))``, by ``_Opening.holds`` on the few
    tokens instead of splitting the opening paragraphs (hundreds of words) into tokens."""
    return any(map(opening.holds, tokens))


_LETTER = rx.compile(r"[^\W\d_]")


def _label_head(
    blocks: Sequence[Block],
    facts: _Facts,
    labels: list[tuple[Label, Reason] | None],
    start: int,
) -> None:
    """Label the title, subtitles, byline and date lines above the body run (``start``).

    News pages stack title → byline/date → tools → (deck) → body. So the byline and date lines
    are found first, and the title is the headline-like line just above the topmost of them
    (``TITLE_ABOVE_META`` blocks at most; not a bare name right above the date), unless it
    shares no word with the opening and a line under them does; without them, the line sharing
    most words with the opening, else the headline-like line nearest the body.
    """
    head_from = max(0, start - HEAD_WINDOW)
    meta_top = -1
    rules, weights = facts.rule, facts.weight
    dated = Reason.DATED
    for i in range(start - 1, head_from - 1, -1):
        rule = rules[i]
        if (rule is None or rule is dated) and weights[i] <= META_MAX_WEIGHT:  # (_meta_label)
            meta = _text_meta_label(blocks[i].text, weights[i])
            if meta is not None:
                labels[i] = (meta, _META_REASON[meta])
                meta_top = i

    # The site's own name (a logo's alt text) is printed in its copyright notice too.
    copyrights = compress(range(len(rules)), map(is_, rules, repeat(_COPYRIGHT)))
    notices = [blocks[i].text.casefold() for i in copyrights]

    def candidate(i: int, *, bullets: bool) -> bool:
        return (
            labels[i] is None
            and rules[i] is None
            and (bullets or not blocks[i].bullet)
            and _is_title_candidate(blocks[i], facts, i)
            and not (notices and _in_a_notice(blocks[i].text, notices))
        )

    opening_text = " ".join(b.text for b in blocks[start : start + TITLE_OPENING])
    title_at = -1
    if meta_top >= 0:
        # Among the few lines above the byline/date cluster, the most headline-like: the
        # heaviest, discounted by distance (a desk credit or a section name sits between).
        best = 0.0
        for i in range(meta_top - 1, max(head_from, meta_top - TITLE_ABOVE_META) - 1, -1):
            if i == meta_top - 1 and _looks_like_a_name(blocks[i].text):
                continue  # (the author's name on its own line, right above the date)
            if candidate(i, bullets=False):
                value = min(weights[i], TITLE_MAX_WEIGHT) * (
                    1.0 - TITLE_DISTANCE_DISCOUNT * (meta_top - 1 - i)
                )
                if value > best:
                    best, title_at = value, i
        if title_at >= 0:
            # A line above the cluster that shares no word with the article's opening (a logo's
            # alt text, a section name) gives way to a headline printed under the cluster, as
            # some sites do (date, then headline, then text), when that one does share words.
            opening = _Opening(opening_text)
            if not _shares_a_token(_content_tokens(blocks[title_at].text), opening):
                for i in range(meta_top + 1, start):
                    if _looks_like_a_name(blocks[i].text):
                        continue  # (a byline's name under the date)
                    if candidate(i, bullets=False):
                        if opening.share(blocks[i].text) >= TITLE_MIN_SHARED:
                            title_at = i
                        break
    if title_at < 0:
        # No byline/date cluster: the candidate that shares most words with the article's
        # opening (a headline announces what the first paragraphs tell), then the nearest.
        opening = _Opening(opening_text)
        best = 0.0
        for i in range(start - 1, head_from - 1, -1):
            if not candidate(i, bullets=False):
                continue
            shared = opening.share(blocks[i].text)
            value = shared - TITLE_DISTANCE_COST * (start - 1 - i)
            if shared >= TITLE_MIN_SHARED and value > best:
                best, title_at = value, i
    for bullets in (False, True):
        if title_at >= 0:
            break
        for i in range(start - 1, head_from - 1, -1):
            if candidate(i, bullets=bullets):
                title_at = i
                break
    if title_at < 0:
        return
    labels[title_at] = (Label.TITLE, Reason.TITLE_LINE)
    for i in range(title_at + 1, min(start, title_at + 1 + SUBTITLE_WINDOW)):
        if (
            labels[i] is None
            and rules[i] is None
            and weights[i] >= SUBTITLE_MIN_WEIGHT
            and facts.letters[i] >= MIN_LETTER_SHARE
            and _may_be_a_deck(blocks[i].text)
        ):
            labels[i] = (Label.SUBTITLE, Reason.SUBTITLE_LINE)


def _html_revise(blocks: Sequence[Block], facts: _Facts) -> dict[int, tuple[Label, Reason]]:
    """HTML hook (``rules/html_hints.py``): structure and class/id hints revise each block's
    rule and score; returns the labels that replace body in the run (captions, and
    ``html-body`` for blocks that are body for their place in the article's container rather
    than their words). Text inputs never reach it."""
    labels: dict[int, tuple[Label, Reason]] = {}
    rules, scores = facts.rule, facts.score
    for i, block in enumerate(blocks):
        before = scores[i]
        rule, score = rules[i], scores[i] = html_adjust(
            block.hints, block.tag, block.link_density, block.text, rules[i], before
        )
        decided = html_label(block.hints, block.tag)
        if decided is not None:
            labels[i] = decided
        elif rule is None and score > before and before <= 0:
            labels[i] = (Label.BODY, Reason.HTML_BODY)  # body for its place, not its words
    return labels


def classify(blocks: Sequence[Block]) -> tuple[Decision, ...]:
    """Give every block one decision (see the module docstring)."""
    if not blocks:
        return ()
    if blocks[0].tag:
        # HTML hook: blocks far from the article's container are decided by their markup
        # alone; the classifier reads the container and HEAD_WINDOW / TAIL_WINDOW blocks around
        lo, hi = html_window(blocks, HTML_HEAD_WINDOW, TAIL_WINDOW)
        if lo > 0 or hi < len(blocks):
            make, drop = maker(Decision), Label.BOILERPLATE  # (a record a block: see maker)
            far = [
                make(b, drop, html_prerule(b.hints, b.link_density, b.text, False))
                for b in (*blocks[:lo], *blocks[hi:])
            ]
            return (*far[:lo], *_classify(blocks[lo:hi]), *far[lo:])
    return _classify(blocks)


# The labels a block gets most often, built once (tuples of enum members; see _pass_one on why
# enum lookups are kept out of per-block loops).
_BODY_PROSE = (Label.BODY, Reason.PROSE)
_BODY_NEIGHBOURS = (Label.BODY, Reason.PROSE_NEIGHBOURS)
_BODY_LIST = (Label.BODY, Reason.BODY_LIST)
_CAPTION_CREDIT = (Label.CAPTION, Reason.CAPTION_CREDIT)
_DROP_DUPLICATE = (Label.BOILERPLATE, Reason.DUPLICATE)
_RULE_ITSELF: dict[Reason | None, Reason] = {reason: reason for reason in Reason}
"""Each reason mapped to itself: ``_RULE_ITSELF.get(rule, fallback)`` is ``rule or fallback``
done in C (``map`` over a page's rules)."""
_UNRULED = (Reason.SHORT, Reason.OUTSIDE)
"""The reason of an undecided block no rule matched, by whether it scored above 0 (outside
the body run, prose; else short)."""
_DROP_SYMBOLS = (Label.BOILERPLATE, Reason.PLACEHOLDER)
"""A block of symbols alone inside the body run (an empty bullet, a close button's ×, a rule of
underscores, ``* * *``): not text, so not body; it still counts as a short gap in the run."""


def _classify(blocks: Sequence[Block]) -> tuple[Decision, ...]:
    facts = _pass_one(blocks)
    html = bool(blocks[0].tag)
    html_labels = _html_revise(blocks, facts) if html else {}
    rules, weights, pass_scores = facts.rule, facts.weight, facts.score
    scores = _soften_short_gaps(pass_scores, rules)
    start, end = _best_run(scores)
    labels: list[tuple[Label, Reason] | None] = [None] * len(blocks)
    boilerplate = Label.BOILERPLATE

    # Body run: rule-matched blocks stay boilerplate; the rest is body.
    seen_body: set[str] = set()
    listed, sentences, letters = facts.listed, facts.sentence, facts.letters
    for i in range(start, end + 1):
        block, rule = blocks[i], rules[i]
        if rule is not None:
            labels[i] = (boilerplate, rule)
            continue
        key = block.text
        # (HTML: text repeated inside the article's container is the article's own — a meal
        # plan per day, a table; dumps repeat titles and captions, the markup does not)
        if key in seen_body and weights[i] > TITLE_MIN_WEIGHT and not html:
            labels[i] = _DROP_DUPLICATE
            continue
        seen_body.add(key)
        if not letters[i] and not any(map(str.isalnum, key)):
            labels[i] = _DROP_SYMBOLS  # (``letters`` by UTF-8 lead byte misses Thai, say)
            continue
        credit = find_credit(block.text) if weights[i] <= CAPTION_MAX_WEIGHT else None
        if credit is not None:
            fused = block.text[credit[1] :].strip()
            if not fused or weight(fused) < SUBTITLE_MIN_WEIGHT:
                labels[i] = _CAPTION_CREDIT
                continue
        if listed[i]:
            labels[i] = _BODY_LIST
        elif pass_scores[i] > 0 or sentences[i]:
            labels[i] = _BODY_PROSE
        else:
            labels[i] = _BODY_NEIGHBOURS

    for i, relabel in html_labels.items():  # HTML hook: captions, html-body
        if labels[i] is not None and labels[i][0] is Label.BODY:  # type: ignore[index]
            labels[i] = relabel

    # Edges of the body: bylines and dates sign off Korean articles and open others.
    for i in (*range(start, min(start + 2, end + 1)), *range(max(end - 2, start), end + 1)):
        if labels[i] is not None and labels[i][0] is Label.BODY:  # type: ignore[index]
            meta = _meta_label(blocks[i], weights[i])
            if meta is not None:
                labels[i] = (meta, _META_REASON[meta])

    if end >= start:
        _label_head(blocks, facts, labels, start)
        # (only a byline counts here: ``_is_byline_line`` is ``_meta_label(...) is BYLINE``
        # without reading the line's dates)
        for i in range(end + 1, min(len(blocks), end + 1 + TAIL_WINDOW)):
            if (
                labels[i] is None
                and rules[i] is None
                and weights[i] <= META_MAX_WEIGHT
                and _is_byline_line(blocks[i].text)
            ):
                labels[i] = _BYLINE_LINE

    # Blocks left undecided: rule-matched ones are dropped by their rule, the rest as outside
    # the body run (prose) or short. The decisions are then made in bulk (``records``: a page
    # makes hundreds, and a ``Decision(...)`` call each costs a quarter more).
    # The columns are made in C: every block's reason its rule, else OUTSIDE or SHORT by its
    # score; every label BOILERPLATE; then the few decided blocks (the run, its head and tail)
    # are written over them.
    reasons = list(
        map(_RULE_ITSELF.get, rules, map(_UNRULED.__getitem__, map(gt, pass_scores, repeat(0.0))))
    )
    kinds = [boilerplate] * len(blocks)
    for i in compress(range(len(blocks)), map(is_not, labels, repeat(None))):
        kinds[i], reasons[i] = labels[i]  # type: ignore[misc]
    return records(Decision, zip(blocks, kinds, reasons, strict=True))
