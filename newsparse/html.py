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
``<br>`` make breaks; whitespace collapses; entities are decoded by the parser.

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

from newsparse.model import Block, Label
from newsparse.rules.html_hints import MAIN_HINT, TAG_HINTS, hint_decision, match_hints

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

LIST_MARKER = "•"
"""The bullet given to the first block of an ``<li>`` of an unordered list."""

# Attribute names read per element (everything else is ignored).
_HINT_ATTRS = ("class", "id", "role", "itemprop")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"[\s\u200b\ufeff]+")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """One parse of an HTML document: its blocks and its declared metadata."""

    blocks: tuple[Block, ...]
    meta: PageMeta


# --- the walk --------------------------------------------------------------------------------


class _Frame:
    """An open element during the walk."""

    __slots__ = (
        "tag",
        "is_block",
        "is_link",
        "inline_hints",
        "block_tag",
        "elem_id",
        "ordinal",
        "li_count",
    )

    def __init__(
        self,
        tag: str,
        is_block: bool,
        is_link: bool,
        inline_hints: tuple[str, ...],
        block_tag: str,
        elem_id: int,
    ) -> None:
        self.tag = tag
        self.is_block = is_block
        self.is_link = is_link
        self.inline_hints = inline_hints
        self.block_tag = block_tag
        self.elem_id = elem_id
        self.ordinal = 0
        self.li_count = 0


@dataclass(slots=True)
class _Chunk:
    """Text gathered since the last break (becomes one Block if it holds visible text)."""

    pieces: list[str]
    link_chars: int = 0
    chars: int = 0
    tag: str = ""
    inline_hints: tuple[str, ...] = ()
    bullet: str = ""
    elem_id: int = 0
    text: str = ""


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
    kept = tuple(t for t in outer if t not in inner)
    return kept + inner


def _element_hints(tag: str, attrs: dict[str, str | None]) -> tuple[str, ...]:
    words = [v for a in _HINT_ATTRS if (v := attrs.get(a))]
    extra = TAG_HINTS.get(tag)
    if extra:
        words.append(extra)
    if not words:
        return ()
    return match_hints(" ".join(words))


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs:
        return True
    aria = attrs.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None  # type: ignore[arg-type]


def _walk(root: LexborNode) -> _Dom:
    """One iterative preorder pass: text chunks and the block elements that hold them.

    ``stack`` mirrors the open elements (None for a plain inline element, which changes
    nothing); ``frames`` holds only the elements that matter, its top being the context of
    the next text node."""
    dom = _Dom(parent=[-1], own_hints=[()], tag=[root.tag or ""], chunks=[])
    chunks = dom.chunks
    parents = dom.parent
    chunk = _Chunk([])
    link_depth = 0
    pending_bullet = ""
    block_tags = BLOCK_TAGS
    skip_tags = SKIP_TAGS

    def flush() -> None:
        nonlocal chunk
        if chunk.chars:
            text = _WS.sub(" ", "".join(chunk.pieces)).strip()
            if text:
                chunk.text = text
                chunks.append(chunk)
        chunk = _Chunk([])

    top = _Frame(root.tag or "", True, False, (), root.tag or "", 0)
    frames: list[_Frame] = [top]
    stack: list[_Frame | None] = [top]
    node: LexborNode | None = root.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            raw = node.text_content
            if raw:
                if raw.isspace():
                    if chunk.chars:
                        chunk.pieces.append(" ")
                else:
                    visible = len(raw.strip())
                    if chunk.chars == 0:
                        chunk.tag = top.block_tag
                        chunk.inline_hints = top.inline_hints
                        chunk.elem_id = top.elem_id
                        if pending_bullet:
                            chunk.bullet = pending_bullet
                            pending_bullet = ""
                    elif top.inline_hints is not chunk.inline_hints:
                        chunk.inline_hints = _merge_hints(chunk.inline_hints, top.inline_hints)
                    chunk.chars += visible
                    if link_depth:
                        chunk.link_chars += visible
                    chunk.pieces.append(raw)
        elif tag and tag[0] != "-" and tag not in skip_tags:
            attrs = node.attributes
            if not (attrs and _is_hidden(attrs)):
                if tag == "br":
                    if chunk.pieces:
                        flush()
                else:
                    own = _element_hints(tag, attrs) if attrs or tag in TAG_HINTS else ()
                    frame: _Frame | None
                    if tag in block_tags:
                        if chunk.pieces:
                            flush()
                        elem_id = len(parents)
                        parents.append(top.elem_id)
                        dom.own_hints.append(own)
                        dom.tag.append(tag)
                        frame = _Frame(tag, True, False, (), tag, elem_id)
                        if tag == "li":
                            top.li_count += 1
                            if top.tag == "ol":
                                pending_bullet = f"{top.ordinal + top.li_count - 1}."
                            else:
                                pending_bullet = LIST_MARKER
                        elif tag == "ol":
                            frame.ordinal = _ol_start(attrs)
                    elif own or tag == "a":
                        inline = _merge_hints(top.inline_hints, own) if own else top.inline_hints
                        frame = _Frame(tag, False, tag == "a", inline, top.block_tag, top.elem_id)
                        if tag == "a":
                            link_depth += 1
                    else:
                        frame = None
                    child = node.child
                    if child is not None:
                        stack.append(frame)
                        if frame is not None:
                            frames.append(frame)
                            top = frame
                        node = child
                        continue
                    if frame is not None:
                        if frame.is_link:
                            link_depth -= 1
                        if frame.is_block:
                            if chunk.pieces:
                                flush()
                            if tag == "li":
                                pending_bullet = ""
        # advance: next sibling, or climb, closing elements on the way
        while node is not None:
            nxt = node.next
            if nxt is not None:
                node = nxt
                break
            node = node.parent
            closed = stack.pop()
            if closed is not None:
                frames.pop()
                if closed.is_link:
                    link_depth -= 1
                if closed.is_block:
                    if chunk.pieces:
                        flush()
                    if closed.tag == "li":
                        pending_bullet = ""
                if not frames:
                    node = None
                    break
                top = frames[-1]
    if chunk.pieces:
        flush()
    return dom


def _ol_start(attrs: dict[str, str | None]) -> int:
    start = attrs.get("start")
    if start and start.strip().lstrip("-").isdigit():
        return int(start.strip())
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
_NON_WORD = re.compile(r"[\W_]+")
_SENTENCE_END = frozenset('.!?。！？…"”’»)」』')


def _prose_chars(chunk: _Chunk) -> tuple[int, int]:
    """(good, bad) characters of one chunk for container scoring."""
    chars = len(chunk.text)
    ld = chunk.link_chars / chunk.chars if chunk.chars else 0.0
    max_ld = LONG_PROSE_MAX_LINK_DENSITY if chars >= LONG_PROSE_CHARS else PROSE_MAX_LINK_DENSITY
    if ld <= max_ld and (
        chars >= PROSE_MIN_CHARS
        or (chars >= SENTENCE_MIN_CHARS and chunk.text[-1] in _SENTENCE_END)
    ):
        good = int(chars * (1.0 - ld))
        return good, chars - good
    return 0, chars


def _squash(text: str) -> str:
    return _NON_WORD.sub("", text).casefold()


def _cumulative_hints(dom: _Dom, top: int = -1) -> list[tuple[str, ...]]:
    """Per block element: the hints of it and its ancestors (outermost first), in one forward
    pass. With ``top`` >= 0, elements under ``top`` start afresh at ``top`` (their hints are
    relative to it) and elements elsewhere keep the full chain."""
    n = len(dom.parent)
    parent = dom.parent
    own_hints = dom.own_hints
    cum: list[tuple[str, ...]] = [()] * n
    for e in range(n):
        p = parent[e]
        base = cum[p] if p >= 0 and e != top else ()
        own = own_hints[e]
        cum[e] = _merge_hints(base, own) if own else base
    return cum


def _inside(dom: _Dom, top: int) -> list[bool]:
    parent = dom.parent
    inside = [False] * len(parent)
    for e in range(top, len(parent)):
        inside[e] = e == top or (parent[e] >= top and inside[parent[e]])
    return inside


def main_container(dom: _Dom, declared_body: str | None = None) -> int:
    """The block element whose subtree holds the most prose net of links and chrome.

    One reverse pass sums chunk scores child → parent (ids are preorder, so a parent's id is
    smaller than its children's); the best element is the argmax of good - BAD_WEIGHT * bad,
    with good doubled on elements whose own class/id/itemprop says article body. Chunks found
    in the page's declared ``articleBody`` count as prose whatever their shape (and, when most
    of it is found, prose it lacks counts as bad); chunks whose innermost hint says boilerplate
    (comments, related, sidebar ...) count as bad, unless that would leave almost no prose
    (a whole page wrapped in class="has-sidebar")."""
    n = len(dom.parent)
    cum = _cumulative_hints(dom)
    body_key = _squash(declared_body) if declared_body else ""
    # (element, good, bad, chrome by hint, found in the declared body)
    scored: list[tuple[int, int, int, bool, bool]] = []
    raw_total = hinted_total = declared_found = declared_chunks = 0
    for chunk in dom.chunks:
        found = False
        if body_key and len(chunk.text) >= DECLARED_MATCH_MIN_CHARS:
            key = _squash(chunk.text)
            found = bool(key) and key in body_key
            if found:
                declared_found += len(key)
                declared_chunks += 1
        if found:
            g, b = len(chunk.text), 0
        else:
            g, b = _prose_chars(chunk)
        hints = cum[chunk.elem_id]
        if chunk.inline_hints:
            hints = _merge_hints(hints, chunk.inline_hints)
        decided = hint_decision(hints)
        chrome = decided is not None and decided[0] is Label.BOILERPLATE
        raw_total += g
        if not chrome:
            hinted_total += g
        scored.append((chunk.elem_id, g, b, chrome, found))
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
        p = parent[e]
        good[p] += good[e]
        bad[p] += bad[e]
    best, best_score = 0, float("-inf")
    own_hints = dom.own_hints
    for e in range(n):
        g = good[e]
        if own_hints[e] and "article-body" in own_hints[e]:
            g *= DECLARED_CONTAINER_BONUS
        score = g - BAD_WEIGHT * bad[e]
        if score > best_score:
            best, best_score = e, score
    return best


def _build_blocks(dom: _Dom, declared_body: str | None = None) -> tuple[Block, ...]:
    container = main_container(dom, declared_body)
    cum = _cumulative_hints(dom, container)
    inside = _inside(dom, container)
    blocks: list[Block] = []
    for chunk in dom.chunks:
        hints = cum[chunk.elem_id]
        if chunk.inline_hints:
            hints = _merge_hints(hints, chunk.inline_hints)
        if inside[chunk.elem_id]:
            hints = (MAIN_HINT, *hints)
        i = len(blocks)
        blocks.append(
            Block(
                index=i,
                line=i + 1,
                text=chunk.text,
                bullet=chunk.bullet,
                tag=chunk.tag,
                link_density=min(1.0, chunk.link_chars / chunk.chars),
                hints=hints,
            )
        )
    return tuple(blocks)


# --- public functions ------------------------------------------------------------------------


def parse_tree(html: str) -> LexborHTMLParser:
    """Parse once (scripting on, so ``<noscript>`` in ``<head>`` keeps the head intact)."""
    return LexborHTMLParser(html.replace("\x00", "\ufffd"), scripting=True)


def tree_blocks(tree: LexborHTMLParser, declared_body: str | None = None) -> tuple[Block, ...]:
    """Blocks from an already parsed tree (``declared_body``: the page's JSON-LD articleBody)."""
    start = tree.body or tree.root
    if start is None:
        return ()
    return _build_blocks(_walk(start), declared_body)


def html_blocks(html: str) -> tuple[Block, ...]:
    """The visible text of an HTML document as blocks, in document order."""
    return tree_blocks(parse_tree(html))


def parse(html: str) -> HtmlPage:
    """Parse once; return the blocks and the page's declared metadata."""
    from newsparse.meta import page_meta

    tree = parse_tree(html)
    meta = page_meta(tree)
    return HtmlPage(blocks=tree_blocks(tree, meta.article_body), meta=meta)


# --- sniffing --------------------------------------------------------------------------------

# How much of the start of an input the sniffer reads.
SNIFF_CHARS = 8192
# Markup that, near the start, says "HTML document" by itself.
_DOC_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
# Without a document start, this many tags and this share of the sample inside them make HTML
# (a text dump may mention "<b>" once; a fragment of markup is mostly tags).
SNIFF_MIN_TAGS = 5
SNIFF_MIN_TAG_SHARE = 0.15


def looks_like_html(text: str) -> bool:
    """Whether a decoded input is HTML: a doctype / <html> / <head> / <body> near the start, or
    a sample in which tags are many and take a good share of the characters."""
    sample = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if not sample or "<" not in sample:
        return False
    if _DOC_START.search(sample[:2048]):
        return True
    tags = _TAG.findall(sample)
    if len(tags) < SNIFF_MIN_TAGS:
        return False
    tag_chars = sum(len(m.group(0)) for m in _TAG.finditer(sample))
    return tag_chars >= SNIFF_MIN_TAG_SHARE * len(sample)


def looks_like_html_bytes(data: bytes) -> bool:
    """:func:`looks_like_html` on the start of raw bytes (ASCII-compatible or UTF-16 with BOM)."""
    head = data[: SNIFF_CHARS * 2]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return looks_like_html(decode_html_bytes(head)[0])
    return looks_like_html(head.decode("latin-1"))


# --- bytes → text ----------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How far the HTML standard's prescan looks for a declaration.
PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.IGNORECASE
)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)

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
