"""HTML → blocks (and page metadata), for the segment stage of HTML inputs.

Input: an HTML document as text (``decode_html_bytes`` turns bytes into that text following the
HTML standard's order: BOM, ``<meta charset>``, detection). Output: the page's visible text as
``Block`` records in document order, each with the tag of the block element that holds it, the
share of its characters inside links, and the class/id/role/itemprop hint tokens of
``rules.html_hints`` found on its element and ancestors — plus, through ``parse``, the page's
declared metadata (``meta.PageMeta``) from the same parse.

What never reaches a block: ``<head>``, scripts, styles, ``<noscript>``, ``<template>``, comments,
SVG/MathML, embedded objects, form controls, and hidden elements (``hidden``,
``aria-hidden="true"``, inline ``display:none`` / ``visibility:hidden``). Block elements and
``<br>`` make breaks; HTML white space collapses (U+00A0 stays, as in a text dump); entities are
decoded by the parser.

The walk is one iterative pass over the DOM (no recursion, so a page of 100 000 nested tables
cannot exhaust the stack) and linear: each element's hints are computed once from its parent's,
and the structural scores of ``main_container`` are summed child → parent in one reverse pass.
This module never raises on malformed markup and never prints.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse import regex_cache as rx
from newsparse.model import Block, Label
from newsparse.rules.html_hints import (
    _TEXT_HINTS,
    MAIN_HINT,
    TAG_HINTS,
    all_chrome,
    hint_decision,
    match_hints,
)

if TYPE_CHECKING:
    from newsparse.meta import PageMeta

# --- element classes -------------------------------------------------------------------------

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "button",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "frameset",
        "noframes",
        "listing",
        "xmp",
        "plaintext",
        "option",
        "optgroup",
        "label_block",
    }
)
"""Elements whose start and end break the text into separate blocks."""

SKIP_TAGS: frozenset[str] = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "select",
        "textarea",
        "input",
        "title",
        "meta",
        "link",
        "base",
        "frame",
        "param",
        "source",
        "track",
        "img",
        "picture",
        "map",
        "area",
        "datalist",
        "output",
        "progress",
        "meter",
        "slot",
    }
)
"""Elements whose content is never page text (or that hold none)."""

COLLAPSE_TAGS: frozenset[str] = frozenset({"nav", "aside"})
"""Elements taken as one block each (menus, sidebars: boilerplate as a unit, gathered in C),
unless they hold something the walk must drop (scripts, hidden parts)."""
CHROME_COLLAPSE_TAGS: frozenset[str] = frozenset({"ul", "ol", "menu", "header", "footer"})
"""Elements taken as one block when their own class/id/role names only chrome (a menu list, the
site header, a footer outside any <article>/<main>)."""
_NOT_PLAIN = (
    "script, style, noscript, template, [hidden], [aria-hidden], [style*='none'], [style*='hidden']"
)

LIST_MARKER = "•"
"""The bullet given to the first block of an ``<li>`` of an unordered list."""

# Attribute names read per element (everything else is ignored).
_HIDDEN_STYLE = rx.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = rx.compile(r"[ \t\n\r\f\v\u200b\ufeff]+")
"""What collapses to one space: HTML's own white space (and zero-width marks), not U+00A0, which
a page writes to keep words apart and a text dump keeps."""
_NOT_HTML_WS = rx.compile(
    r"[\x1c-\x1f\x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
"""Characters ``str.split`` and ``_WS`` disagree on: without them, splitting on white space and
joining with one space collapses exactly as ``_WS`` does (and twice as fast)."""


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """One parse of an HTML document: its blocks and its declared metadata."""

    blocks: tuple[Block, ...]
    meta: PageMeta


# --- the walk --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Chunk:
    """The text between two breaks: one Block to be."""

    text: str
    tag: str
    bullet: str
    chars: int
    """Visible characters counted per text node (their outer spaces left out)."""
    link_chars: int
    elem_id: int
    """The innermost block element holding the text."""
    inline_hints: tuple[str, ...]
    """Hints of inline elements (``<span class="byline">``) around the text."""


@dataclass(slots=True)
class _Dom:
    """What the walk keeps of the DOM: block elements (preorder ids, parent id < child id)."""

    parent: list[int]
    own_hints: list[tuple[str, ...]]
    tag: list[str]
    chunks: list[_Chunk]


def _merge_hints(outer: tuple[str, ...], inner: tuple[str, ...]) -> tuple[str, ...]:
    """``outer`` then ``inner``, each token once, the innermost occurrence kept last.

    Bounded by the number of hint ids, so ancestry depth never makes it grow."""
    if not inner:
        return outer
    if not outer:
        return inner
    if len(inner) == 1 and inner[0] not in outer:  # the common case: nothing to drop
        return outer + inner
    kept = tuple(t for t in outer if t not in inner)
    return kept + inner


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs:
        return True
    aria = attrs.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None  # type: ignore[arg-type]


# A frame is an open element that matters to the text inside it (a block element, a link, an
# inline element with hints): (kind, tag, inline hints, block tag, block element id).
_BLOCK, _LINK, _INLINE = 0, 1, 2
_Frame = tuple[int, str, tuple[str, ...], str, int]


# What the walk does with an element, by its name (one dict lookup per element instead of a
# chain of set tests). Names not listed are plain inline elements.
_SKIP, _BLOCK_EL, _HINTED_BLOCK, _SPAN, _A, _BR, _PLAIN = range(7)
_KIND: dict[str, int] = {
    "-comment": _SKIP,
    "-doctype": _SKIP,
    "-document": _SKIP,
    **{t: _HINTED_BLOCK for t in BLOCK_TAGS},
    "body": _BLOCK_EL,  # page-wide: its class/id says nothing about a block
    "html": _BLOCK_EL,
    "span": _SPAN,
    "a": _A,
    "br": _BR,
    **{t: _SKIP for t in SKIP_TAGS},
}
# Inline elements common enough to be worth an entry in ``_KIND_BY_ID``.
_PLAIN_TAGS = (
    "b i em strong small label time cite code abbr sup sub u s mark q kbd samp var dfn bdi bdo "
    "wbr ins del font big tt strike nobr data ruby rt rp"
).split()
# Lexbor's own tag ids are small integers fixed by the library; a name it does not know gets an
# id that is an address, different from page to page, so only ids below this are tabled.
_STATIC_TAG_ID_LIMIT = 1 << 16


def _kinds_by_id() -> tuple[int, dict[int, tuple[int, str]]]:
    """The text node's tag id, and tag id → (kind, name) for every tabled name lexbor knows.

    ``node.tag_id`` is an int the walk can look up directly, where ``node.tag`` decodes the
    element's name into a new string at every call."""
    probe = LexborHTMLParser("x", scripting=True)
    text = probe.body.first_child if probe.body is not None else None
    assert text is not None and text.tag == "-text"
    table: dict[int, tuple[int, str]] = {}
    for name in [*_KIND, *_PLAIN_TAGS]:
        if name.startswith("-"):
            continue
        node = probe.create_node(name)
        tag_id, tag = node.tag_id, node.tag
        if tag == name and 0 < tag_id < _STATIC_TAG_ID_LIMIT and tag_id != text.tag_id:
            table[tag_id] = (_KIND.get(name, _PLAIN), name)
    return text.tag_id, table


_TEXT_ID, _KIND_BY_ID = _kinds_by_id()


def _chunk_text(pieces: list[str]) -> str:
    """The gathered text with HTML white space collapsed (see ``_WS`` and ``_NOT_HTML_WS``).

    Most chunks are one text node already written with single spaces: in a printable string the
    only white space (for ``str.split`` and ``_WS`` alike) is U+0020, so without a double space
    both collapses below come down to ``strip`` (and ``isprintable`` is cheaper than a split)."""
    raw = "".join(pieces)
    if raw.isprintable() and "  " not in raw:
        return raw.strip()
    if raw.isascii() or _NOT_HTML_WS.search(raw) is None:
        return " ".join(raw.split())
    return _WS.sub(" ", raw).strip()


def _walk(root: LexborNode) -> _Dom:
    """One iterative preorder pass: text chunks and the block elements that hold them.

    ``stack`` holds the open elements with their frames; ``top`` is the innermost frame, the
    context of the next text node. The chunk being gathered lives in local variables, and is
    never empty while ``chars`` is 0 (this loop runs once per node: it is written for speed)."""
    root_tag = root.tag or ""
    dom = _Dom(parent=[-1], own_hints=[()], tag=[root_tag], chunks=[])
    chunks = dom.chunks
    parents = dom.parent
    own_hints_of = dom.own_hints
    tags_of = dom.tag
    kind_of = _KIND
    kind_by_id = _KIND_BY_ID
    text_id = _TEXT_ID
    tag_hints = TAG_HINTS
    collapse_tags = COLLAPSE_TAGS
    chrome_tags = CHROME_COLLAPSE_TAGS
    text_hints = _TEXT_HINTS
    chunk_text = _chunk_text
    in_article = 0  # open <article> / <main> elements: their footers are the article's
    # the chunk being gathered (``chars`` > 0 exactly when ``pieces`` is not empty: a piece
    # that is not white space has a visible character)
    pieces: list[str] = []
    chars = link_chars = 0
    c_tag = c_bullet = ""
    c_elem = 0
    c_hints: tuple[str, ...] = ()
    link_depth = 0
    pending_bullet = ""
    list_items: dict[int, int] = {}  # <ol>/<ul> element id → items seen
    ol_starts: dict[int, int] = {}

    top: _Frame = (_BLOCK, root_tag, (), root_tag, 0)
    # The open elements, each with its frame (None for a plain inline element) and the frame
    # that was on top when it opened (restored when it closes; no .parent calls). The root's
    # entry is the last to close.
    stack: list[tuple[LexborNode, _Frame | None, _Frame]] = [(root, top, top)]
    node: LexborNode | None = root.first_child
    while node is not None:
        tag_id = node.tag_id
        if tag_id == text_id:
            raw = node.text_content
            if raw:
                if chars:
                    if raw.isspace():
                        pieces.append(" ")
                    else:
                        visible = len(raw.strip())
                        if top[2] is not c_hints:
                            c_hints = _merge_hints(c_hints, top[2])
                        chars += visible
                        if link_depth:
                            link_chars += visible
                        pieces.append(raw)
                elif not raw.isspace():
                    chars = len(raw.strip())
                    if link_depth:
                        link_chars = chars
                    c_tag, c_hints, c_elem = top[3], top[2], top[4]
                    c_bullet, pending_bullet = pending_bullet, ""
                    pieces.append(raw)
        else:
            known = kind_by_id.get(tag_id)
            if known is not None:
                kind, tag = known
            else:  # comments, custom elements ...: by name (None: neither element nor text)
                tag = node.tag or ""
                found_kind = kind_of.get(tag)
                if found_kind is not None:
                    kind = found_kind
                else:
                    kind = _PLAIN if tag and tag[0] != "-" else _SKIP
            if kind != _SKIP:
                attrs = node.attributes
                own: tuple[str, ...] = ()
                if attrs:
                    if ("style" in attrs or "hidden" in attrs or "aria-hidden" in attrs) and (
                        _is_hidden(attrs)
                    ):
                        kind = _SKIP  # skipped with its subtree
                    elif kind == _HINTED_BLOCK or kind == _SPAN:
                        words = attrs.get("class") or ""
                        if "id" in attrs:
                            words = f"{words} {attrs['id'] or ''}"
                        if "role" in attrs:
                            words = f"{words} {attrs['role'] or ''}"
                        if "itemprop" in attrs:
                            words = f"{words} {attrs['itemprop'] or ''}"
                        if tag in tag_hints:
                            words = f"{words} {tag_hints[tag]}"
                        if words:
                            found = text_hints.get(words)
                            own = match_hints(words) if found is None else found
                elif tag in tag_hints:
                    own = match_hints(tag_hints[tag])
                # (the pending chunk is flushed where it happens, written out each time rather
                # than a nested function: a call per element is measurable in this loop)
                if kind == _SKIP:
                    pass
                elif kind == _BR:
                    if chars:
                        text = chunk_text(pieces)
                        if text:
                            chunks.append(
                                _Chunk(text, c_tag, c_bullet, chars, link_chars, c_elem, c_hints)
                            )
                        pieces = []
                        chars = link_chars = 0
                elif (
                    tag in collapse_tags
                    or (own and tag in chrome_tags and not in_article and all_chrome(own))
                ) and node.css_first(_NOT_PLAIN) is None:
                    # a menu, a sidebar, a site footer, a list the markup calls chrome: one block
                    # of boilerplate, its text gathered in C
                    if chars:
                        text = chunk_text(pieces)
                        if text:
                            chunks.append(
                                _Chunk(text, c_tag, c_bullet, chars, link_chars, c_elem, c_hints)
                            )
                        pieces = []
                        chars = link_chars = 0
                    text = " ".join(node.text(deep=True, separator=" ").split())
                    if text:
                        elem_id = len(parents)
                        parents.append(top[4])
                        own_hints_of.append(own)
                        tags_of.append(tag)
                        links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
                        visible = len(text) - text.count(" ")
                        chunks.append(
                            _Chunk(text, tag, "", visible, min(links, visible), elem_id, top[2])
                        )
                else:
                    frame: _Frame | None
                    if kind == _HINTED_BLOCK or kind == _BLOCK_EL:
                        if chars:
                            text = chunk_text(pieces)
                            if text:
                                chunks.append(
                                    _Chunk(
                                        text, c_tag, c_bullet, chars, link_chars, c_elem, c_hints
                                    )
                                )
                            pieces = []
                            chars = link_chars = 0
                        elem_id = len(parents)
                        parent_id = top[4]
                        parents.append(parent_id)
                        own_hints_of.append(own)
                        tags_of.append(tag)
                        frame = (_BLOCK, tag, (), tag, elem_id)
                        if tag == "li":
                            count = list_items[parent_id] = list_items.get(parent_id, 0) + 1
                            if top[1] == "ol":
                                pending_bullet = f"{ol_starts.get(parent_id, 1) + count - 1}."
                            else:
                                pending_bullet = LIST_MARKER
                        elif tag == "article" or tag == "main":
                            in_article += 1
                        elif tag == "ol" and attrs and "start" in attrs:
                            ol_starts[elem_id] = _ol_start(attrs)
                    elif kind == _A:
                        link_depth += 1
                        frame = (
                            _LINK,
                            tag,
                            _merge_hints(top[2], own) if own else top[2],
                            top[3],
                            top[4],
                        )
                    elif own:
                        frame = (_INLINE, tag, _merge_hints(top[2], own), top[3], top[4])
                    else:
                        frame = None
                    child = node.first_child
                    if child is not None:
                        stack.append((node, frame, top))
                        if frame is not None:
                            top = frame
                        node = child
                        continue
                    if frame is not None:
                        if kind == _A:
                            link_depth -= 1
                        elif frame[0] == _BLOCK:
                            if chars:
                                text = chunk_text(pieces)
                                if text:
                                    chunks.append(
                                        _Chunk(
                                            text,
                                            c_tag,
                                            c_bullet,
                                            chars,
                                            link_chars,
                                            c_elem,
                                            c_hints,
                                        )
                                    )
                                pieces = []
                                chars = link_chars = 0
                            if tag == "li":
                                pending_bullet = ""
                            elif tag == "article" or tag == "main":
                                in_article -= 1  # an empty one closes at once
        # advance: next sibling, or climb, closing elements on the way
        nxt = node.next
        while nxt is None:
            node, closed, top = stack.pop()
            if closed is not None:
                if closed[0] == _BLOCK:
                    if chars:
                        text = chunk_text(pieces)
                        if text:
                            chunks.append(
                                _Chunk(text, c_tag, c_bullet, chars, link_chars, c_elem, c_hints)
                            )
                        pieces = []
                        chars = link_chars = 0
                    closed_tag = closed[1]
                    if closed_tag == "li":
                        pending_bullet = ""
                    elif closed_tag == "article" or closed_tag == "main":
                        in_article -= 1
                elif closed[0] == _LINK:
                    link_depth -= 1
            if not stack:
                break
            nxt = node.next
        node = nxt
    if chars:
        text = chunk_text(pieces)
        if text:
            chunks.append(_Chunk(text, c_tag, c_bullet, chars, link_chars, c_elem, c_hints))
    return dom


def _ol_start(attrs: dict[str, str | None]) -> int:
    start = (attrs.get("start") or "").strip()
    if start.lstrip("-").isdigit() and len(start) < 10:
        return int(start)
    return 1


# --- structure: the article container ------------------------------------------------------


# A chunk is prose when it has few link characters and is long, or sentence-like and not short.
# Calibrated together on the aeb HTML pages; tune as a set.
PROSE_MAX_LINK_DENSITY = 0.35
PROSE_MIN_CHARS = 100
SENTENCE_MIN_CHARS = 40
# How much one character of links / non-prose text costs against a character of prose when
# choosing the container (higher = tighter containers).
BAD_WEIGHT = 0.5
# Long chunks may carry more inline links and still be prose (link-rich summaries).
LONG_PROSE_CHARS = 150
LONG_PROSE_MAX_LINK_DENSITY = 0.6
# An element whose own class/id/itemprop declares the article body counts its prose this much.
DECLARED_CONTAINER_BONUS = 2.0
# A chunk this long found verbatim in JSON-LD articleBody is prose whatever its shape.
DECLARED_MATCH_MIN_CHARS = 20
# Boilerplate hints are trusted in container scoring only if the prose they leave is at least
# this share of all the page's prose (else a page-wide wrapper carries the hint).
HINT_TRUST_MIN_SHARE = 0.3
HINT_TRUST_ENOUGH_CHARS = 300
# JSON-LD articleBody is trusted to pick the container when this share of it is found on the page.
DECLARED_TRUST_SHARE = 0.5
DECLARED_TRUST_MIN_BLOCKS = 2
_NON_WORD = rx.compile(r"[\W_]+")
_SENTENCE_END = frozenset('.!?。！？…"”’»)」』')


def _prose_chars(chunk: _Chunk) -> tuple[int, int]:
    """(good, bad) amounts of one chunk for container scoring. The size is the UTF-8 length: a
    Latin letter weighs one, a Hangul syllable or a Han character three (a 25-syllable Korean
    sentence says as much as a 75-letter English one; curly quotes barely count)."""
    text = chunk.text
    chars = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
    ld = chunk.link_chars / chunk.chars if chunk.chars else 0.0
    max_ld = LONG_PROSE_MAX_LINK_DENSITY if chars >= LONG_PROSE_CHARS else PROSE_MAX_LINK_DENSITY
    if ld <= max_ld and (
        chars >= PROSE_MIN_CHARS or (chars >= SENTENCE_MIN_CHARS and text[-1] in _SENTENCE_END)
    ):
        good = int(chars * (1.0 - ld))
        return good, chars - good
    return 0, chars


def _squash(text: str) -> str:
    return _NON_WORD.sub("", text).casefold()


def _cumulative_hints(dom: _Dom) -> list[tuple[str, ...]]:
    """Per block element: the hints of it and its ancestors (outermost first), in one forward
    pass (a parent's id is smaller than its children's)."""
    n = len(dom.parent)
    parent = dom.parent
    own_hints = dom.own_hints
    cum: list[tuple[str, ...]] = [()] * n
    for e in range(n):
        p = parent[e]
        base = cum[p] if p >= 0 else ()
        own = own_hints[e]
        cum[e] = _merge_hints(base, own) if own else base
    return cum


def _inside(dom: _Dom, top: int) -> list[bool]:
    parent = dom.parent
    inside = [False] * len(parent)
    for e in range(top, len(parent)):
        inside[e] = e == top or (parent[e] >= top and inside[parent[e]])
    return inside


def main_container(
    dom: _Dom, declared_body: str | None = None, cum: list[tuple[str, ...]] | None = None
) -> int:
    """The block element whose subtree holds the most prose net of links and chrome.

    One reverse pass sums chunk scores child → parent (ids are preorder, so a parent's id is
    smaller than its children's); the best element is the argmax of good - BAD_WEIGHT * bad,
    with good doubled on elements whose own class/id/itemprop says article body. Chunks found
    in the page's declared ``articleBody`` count as prose whatever their shape (and, when most
    of it is found, prose it lacks counts as bad); chunks whose innermost hint says boilerplate
    (comments, related, sidebar ...) count as bad, unless that would leave almost no prose
    (a whole page wrapped in class="has-sidebar")."""
    n = len(dom.parent)
    if cum is None:
        cum = _cumulative_hints(dom)
    body_key = _squash(declared_body) if declared_body else ""
    boilerplate = Label.BOILERPLATE
    # (element, good, bad, chrome by hint, found in the declared body)
    scored: list[tuple[int, int, int, bool, bool]] = []
    raw_total = hinted_total = declared_found = declared_chunks = 0
    for chunk in dom.chunks:
        text = chunk.text
        found = False
        if body_key and len(text) >= DECLARED_MATCH_MIN_CHARS:
            key = _squash(text)
            found = bool(key) and key in body_key
            if found:
                declared_found += len(key)
                declared_chunks += 1
        if found:
            g, b = len(text), 0
        else:
            g, b = _prose_chars(chunk)
        elem_id = chunk.elem_id
        hints = cum[elem_id]
        if chunk.inline_hints:
            hints = _merge_hints(hints, chunk.inline_hints)
        decided = hint_decision(hints) if hints else None
        chrome = decided is not None and decided[0] is boilerplate
        raw_total += g
        if not chrome:
            hinted_total += g
        scored.append((elem_id, g, b, chrome, found))
    use_hints = hinted_total >= min(HINT_TRUST_MIN_SHARE * raw_total, HINT_TRUST_ENOUGH_CHARS)
    # The declared body is trusted when most of it is on the page in several blocks (a one-block
    # "articleBody" is often a teaser): then prose it lacks is chrome.
    use_declared = (
        declared_chunks >= DECLARED_TRUST_MIN_BLOCKS
        and declared_found >= DECLARED_TRUST_SHARE * len(body_key)
    )
    good = [0] * n
    bad = [0] * n
    for elem_id, g, b, chrome, found in scored:
        if (use_hints and chrome) or (use_declared and not found):
            bad[elem_id] += g + b
        else:
            good[elem_id] += g
            bad[elem_id] += b
    parent = dom.parent
    for e in range(n - 1, 0, -1):
        g, b = good[e], bad[e]
        if g or b:
            p = parent[e]
            good[p] += g
            bad[p] += b
    # score = good - BAD_WEIGHT * bad (int - float: the same float as float(good) - ...), the
    # first element with the highest score wins
    scores = [g - BAD_WEIGHT * b for g, b in zip(good, bad, strict=True)]
    for e, own in enumerate(dom.own_hints):
        if own and "article-body" in own:
            scores[e] = float(good[e]) * DECLARED_CONTAINER_BONUS - BAD_WEIGHT * bad[e]
    return max(range(n), key=scores.__getitem__)


def _build_blocks(dom: _Dom, declared_body: str | None = None) -> tuple[Block, ...]:
    cum = _cumulative_hints(dom)
    container = main_container(dom, declared_body, cum)
    inside = _inside(dom, container)
    # under the container, hints restart at it (a page-wide wrapper's hint says nothing there)
    parent, own_hints = dom.parent, dom.own_hints
    for e in range(container, len(parent)):
        if inside[e]:
            base = cum[parent[e]] if e != container else ()
            own = own_hints[e]
            cum[e] = _merge_hints(base, own) if own else base
    blocks: list[Block] = []
    for i, chunk in enumerate(dom.chunks):
        elem_id = chunk.elem_id
        hints = cum[elem_id]
        if chunk.inline_hints:
            hints = _merge_hints(hints, chunk.inline_hints)
        if inside[elem_id]:
            hints = (MAIN_HINT, *hints)
        density = chunk.link_chars / chunk.chars
        blocks.append(
            Block(
                i,
                i + 1,
                chunk.text,
                chunk.bullet,
                chunk.tag,
                density if density < 1.0 else 1.0,
                hints,
            )
        )
    return tuple(blocks)


# --- public functions ------------------------------------------------------------------------


def parse_tree(html: str | bytes) -> LexborHTMLParser:
    """Parse once (scripting on, so ``<noscript>`` in ``<head>`` keeps the head intact).

    Bytes are decoded as ``decode_html_bytes`` says; bytes a page declares (or marks with a BOM)
    as UTF-8 go to the parser as they are, which reads them as UTF-8 (bad sequences become
    U+FFFD), sparing a decode and a re-encode."""
    if isinstance(html, bytes):
        utf8 = _utf8_as_declared(html)
        if utf8 is None:
            html = decode_html_bytes(html)[0]
        else:
            return LexborHTMLParser(utf8.replace(b"\x00", b"\xef\xbf\xbd"), scripting=True)
    if "\x00" in html:
        html = html.replace("\x00", "\ufffd")
    return LexborHTMLParser(html, scripting=True)


def tree_blocks(tree: LexborHTMLParser, declared_body: str | None = None) -> tuple[Block, ...]:
    """Blocks from an already parsed tree (``declared_body``: the page's JSON-LD articleBody)."""
    start = tree.body or tree.root
    if start is None:
        return ()
    return _build_blocks(_walk(start), declared_body)


def html_blocks(html: str | bytes) -> tuple[Block, ...]:
    """The visible text of an HTML document as blocks, in document order."""
    return tree_blocks(parse_tree(html))


def parse(html: str | bytes) -> HtmlPage:
    """Parse once; return the blocks and the page's declared metadata (bytes: see
    ``parse_tree``)."""
    from newsparse.meta import page_meta

    tree = parse_tree(html)
    meta = page_meta(tree)
    return HtmlPage(blocks=tree_blocks(tree, meta.article_body), meta=meta)


# --- bytes → text ----------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How far the HTML standard's prescan looks for a declaration.
PRESCAN_BYTES = 1024
_META_CHARSET = rx.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.IGNORECASE
)
_COMMENT = rx.compile(rb"<!--.*?-->", re.DOTALL)

ENCODING_LABELS: dict[str, str] = {
    # WHATWG Encoding Standard label → the Python codec that decodes it as browsers do.
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    # A page that declares UTF-16 in a <meta> is read as UTF-8 (the bytes are ASCII-compatible).
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "unicode": "utf-8",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
    "x-user-defined": "cp1252",
    "iso_8859-1": "cp1252",
    # Korean: browsers decode every EUC-KR label with the CP949 (UHC) superset.
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601-1989": "cp949",
    "ksc5601": "cp949",
    "ksc_5601": "cp949",
    "korean": "cp949",
    "windows-949": "cp949",
    "cp949": "cp949",
    "uhc": "cp949",
    "csksc56011987": "cp949",
    "iso-ir-149": "cp949",
    # Chinese: GB2312 and GBK pages are decoded with the GB18030 superset.
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "gb18030": "gb18030",
    "csgb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cn-big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    # Japanese: Shift_JIS labels are decoded as Windows-31J.
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "cp932": "cp932",
    "euc-jp": "euc_jp",
    "x-euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "windows-1254": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
}


def _codec_for(label: str) -> str | None:
    """The codec for an encoding label, or None when Python has no text codec by that name."""
    key = label.strip().strip("\"'").lower()
    if key in ENCODING_LABELS:
        return ENCODING_LABELS[key]
    try:
        info = codecs.lookup(key)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def declared_encoding(data: bytes) -> str | None:
    """The codec named by a ``<meta charset>`` or ``http-equiv`` in the first 1024 bytes."""
    head = _COMMENT.sub(b"", data[:PRESCAN_BYTES])
    for m in _META_CHARSET.finditer(head):
        codec = _codec_for(m.group(1).decode("ascii", "replace"))
        if codec is not None:
            return codec
    return None


# How much of a page the statistical detector reads (it is slow on megabytes).
DETECT_SAMPLE_BYTES = 200_000


def decode_html_bytes(data: bytes) -> tuple[str, str]:
    """Decode an HTML page's bytes: BOM, then the page's declaration, then UTF-8 or detection.

    Returns the text and the codec used. Never raises: undecodable bytes become U+FFFD.
    A page declaring a Latin single-byte encoding whose bytes are valid UTF-8 with non-ASCII
    content is read as UTF-8 (a common mislabelling; the reverse mistake yields mojibake).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace"), codec
    declared = declared_encoding(data)
    if declared is not None:
        if declared == "cp1252" and not data.isascii():
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        return data.decode(declared, "replace"), declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = _detect(data)
    return data.decode(codec, "replace"), codec


def _utf8_as_declared(data: bytes) -> bytes | None:
    """The bytes to parse as UTF-8 when a BOM or the page's own declaration says UTF-8 (without
    the BOM); None when the page must be decoded otherwise (see ``decode_html_bytes``)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    return data if declared_encoding(data) == "utf-8" else None


def _detect(data: bytes) -> str:
    """Statistical detection (charset-normalizer) for undeclared, non-UTF-8 bytes."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:DETECT_SAMPLE_BYTES]).best()
    except Exception:  # detection is advisory: any failure falls back below
        best = None
    if best is not None and best.encoding:
        codec = _codec_for(best.encoding)
        if codec is not None:
            if codec == "euc_kr":
                return "cp949"
            return codec
    return "cp1252"
