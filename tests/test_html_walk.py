"""The HTML walk, block building and hint matching, sped up, must give exactly what they gave.

``_reference_*`` below are ``newsparse.html._walk``, ``main_container`` and ``_build_blocks`` and
the hint word matcher as they were before the speed work (commit d580260), kept as the oracle: on
random tag soup, class words and hand-written edge cases the fast code must return equal blocks
(text, tag, bullet, link density, hints) and hints. The corpus check is
``benchmarks/snapshot.py``; these cases reach what the corpus may not.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborNode

from newsparse.html import (
    _BLOCK,
    _INLINE,
    _LINK,
    _NOT_HTML_WS,
    _NOT_PLAIN,
    _WS,
    BAD_WEIGHT,
    BLOCK_TAGS,
    CHROME_COLLAPSE_TAGS,
    COLLAPSE_TAGS,
    DECLARED_CONTAINER_BONUS,
    DECLARED_MATCH_MIN_CHARS,
    DECLARED_TRUST_MIN_BLOCKS,
    DECLARED_TRUST_SHARE,
    HINT_TRUST_ENOUGH_CHARS,
    HINT_TRUST_MIN_SHARE,
    LIST_MARKER,
    SKIP_TAGS,
    _build_blocks,
    _Chunk,
    _chunk_text,
    _cumulative_hints,
    _Dom,
    _Frame,
    _inside,
    _is_hidden,
    _merge_hints,
    _ol_start,
    _prose_chars,
    _squash,
    _walk,
    parse_tree,
)
from newsparse.model import Block, Label
from newsparse.rules.html_hints import (
    _PHRASE_RE,
    _PHRASES,
    _PREFIXES,
    _WHOLE,
    HINTS,
    MAIN_HINT,
    TAG_HINTS,
    TAXONOMY_CLASS,
    _new_word_hint,
    _normalise,
    all_chrome,
    hint_decision,
    match_hints,
)
from tests.test_html_props import SETTINGS, soup

# --- the oracle: the code before the speed work ---------------------------------------------


def _reference_walk(root: LexborNode) -> _Dom:
    """One iterative preorder pass: text chunks and the block elements that hold them.

    ``stack`` mirrors the open elements (None for a plain inline element, which changes
    nothing); ``frames`` holds only the frames, its top being the context of the next text
    node. The chunk being gathered lives in local variables (this loop runs once per node)."""
    root_tag = root.tag or ""
    dom = _Dom(parent=[-1], own_hints=[()], tag=[root_tag], chunks=[])
    chunks = dom.chunks
    parents = dom.parent
    own_hints_of = dom.own_hints
    tags_of = dom.tag
    block_tags = BLOCK_TAGS
    skip_tags = SKIP_TAGS
    tag_hints = TAG_HINTS
    collapse_tags = COLLAPSE_TAGS
    chrome_tags = CHROME_COLLAPSE_TAGS
    in_article = 0  # open <article> / <main> elements: their footers are the article's
    ws = _WS
    not_html_ws = _NOT_HTML_WS
    # the chunk being gathered
    pieces: list[str] = []
    chars = link_chars = 0
    c_tag = c_bullet = ""
    c_elem = 0
    c_hints: tuple[str, ...] = ()
    link_depth = 0
    pending_bullet = ""
    list_items: dict[int, int] = {}  # <ol>/<ul> element id → items seen
    ol_starts: dict[int, int] = {}

    def flush() -> None:
        nonlocal pieces, chars, link_chars
        if chars:
            raw = "".join(pieces)
            if raw.isascii() or not_html_ws.search(raw) is None:
                text = " ".join(raw.split())
            else:
                text = ws.sub(" ", raw).strip()
            if text:
                chunks.append(_Chunk(text, c_tag, c_bullet, chars, link_chars, c_elem, c_hints))
        pieces = []
        chars = link_chars = 0

    top: _Frame = (_BLOCK, root_tag, (), root_tag, 0)
    frames: list[_Frame] = [top]
    stack: list[_Frame | None] = [top]
    open_nodes: list[LexborNode] = [root]  # the elements ``stack`` mirrors (no .parent calls)
    node: LexborNode | None = root.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            raw = node.text_content
            if raw:
                if raw.isspace():
                    if chars:
                        pieces.append(" ")
                else:
                    visible = len(raw.strip())
                    if not chars:
                        c_tag, c_hints, c_elem = top[3], top[2], top[4]
                        c_bullet, pending_bullet = pending_bullet, ""
                    elif top[2] is not c_hints:
                        c_hints = _merge_hints(c_hints, top[2])
                    chars += visible
                    if link_depth:
                        link_chars += visible
                    pieces.append(raw)
        elif tag and tag[0] != "-" and tag not in skip_tags:
            attrs = node.attributes
            own: tuple[str, ...] = ()
            if attrs:
                if ("hidden" in attrs or "aria-hidden" in attrs or "style" in attrs) and (
                    _is_hidden(attrs)
                ):
                    tag = ""  # skipped with its subtree
                elif (tag in block_tags or tag == "span") and tag != "body" and tag != "html":
                    words = attrs.get("class") or ""
                    for name in ("id", "role", "itemprop"):
                        if name in attrs:
                            words = f"{words} {attrs[name] or ''}"
                    if tag in tag_hints:
                        words = f"{words} {tag_hints[tag]}"
                    if words:
                        own = match_hints(words)
            elif tag in tag_hints:
                own = match_hints(tag_hints[tag])
            if tag == "br":
                if pieces:
                    flush()
            elif (
                tag in collapse_tags
                or (own and tag in chrome_tags and not in_article and all_chrome(own))
            ) and node.css_first(_NOT_PLAIN) is None:
                # a menu, a sidebar, a site footer, a list the markup calls chrome: one block
                # of boilerplate, its text gathered in C
                if pieces:
                    flush()
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
            elif tag:
                frame: _Frame | None
                if tag in block_tags:
                    if pieces:
                        flush()
                    elem_id = len(parents)
                    parents.append(top[4])
                    own_hints_of.append(own)
                    tags_of.append(tag)
                    frame = (_BLOCK, tag, (), tag, elem_id)
                    if tag == "article" or tag == "main":
                        in_article += 1
                    if tag == "li":
                        count = list_items[top[4]] = list_items.get(top[4], 0) + 1
                        if top[1] == "ol":
                            pending_bullet = f"{ol_starts.get(top[4], 1) + count - 1}."
                        else:
                            pending_bullet = LIST_MARKER
                    elif tag == "ol" and attrs and "start" in attrs:
                        ol_starts[elem_id] = _ol_start(attrs)
                elif tag == "a":
                    link_depth += 1
                    inline = _merge_hints(top[2], own) if own else top[2]
                    frame = (_LINK, tag, inline, top[3], top[4])
                elif own:
                    frame = (_INLINE, tag, _merge_hints(top[2], own), top[3], top[4])
                else:
                    frame = None
                child = node.child
                if child is not None:
                    stack.append(frame)
                    open_nodes.append(node)
                    if frame is not None:
                        frames.append(frame)
                        top = frame
                    node = child
                    continue
                if frame is not None:
                    if frame[0] == _LINK:
                        link_depth -= 1
                    elif frame[0] == _BLOCK:
                        if pieces:
                            flush()
                        if tag == "li":
                            pending_bullet = ""
                        elif tag == "article" or tag == "main":
                            in_article -= 1  # an empty one closes at once (fixed in both)
        # advance: next sibling, or climb, closing elements on the way
        while node is not None:
            nxt = node.next
            if nxt is not None:
                node = nxt
                break
            node = open_nodes.pop()
            closed = stack.pop()
            if closed is not None:
                frames.pop()
                if closed[0] == _LINK:
                    link_depth -= 1
                elif closed[0] == _BLOCK:
                    if pieces:
                        flush()
                    if closed[1] == "li":
                        pending_bullet = ""
                    elif closed[1] == "article" or closed[1] == "main":
                        in_article -= 1
                if not frames:
                    node = None
                    break
                top = frames[-1]
    if pieces:
        flush()
    return dom


def _reference_main_container(
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
        prose = float(good[e])
        if own_hints[e] and "article-body" in own_hints[e]:
            prose *= DECLARED_CONTAINER_BONUS
        score = prose - BAD_WEIGHT * bad[e]
        if score > best_score:
            best, best_score = e, score
    return best


def _reference_build_blocks(dom: _Dom, declared_body: str | None = None) -> tuple[Block, ...]:
    cum = _cumulative_hints(dom)
    container = _reference_main_container(dom, declared_body, cum)
    inside = _inside(dom, container)
    # under the container, hints restart at it (a page-wide wrapper's hint says nothing there)
    parent, own_hints = dom.parent, dom.own_hints
    for e in range(container, len(parent)):
        if inside[e]:
            base = cum[parent[e]] if e != container else ()
            cum[e] = _merge_hints(base, own_hints[e]) if own_hints[e] else base
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


# --- the checks ------------------------------------------------------------------------------


def _both(html: str, declared_body: str | None = None) -> tuple[tuple[Block, ...], ...]:
    tree = parse_tree(html)
    start = tree.body or tree.root
    if start is None:
        return (), ()
    fast = _build_blocks(_walk(start), declared_body)
    slow = _reference_build_blocks(_reference_walk(start), declared_body)
    return fast, slow


EDGE_CASES = [
    "<p>one <a href=/x>two</a> three</p><p>four</p>",
    "<ul><li>a</li><li><a>b</a> c</li></ul><ol start=3><li>x<li>y</ol><ol start=z><li>q</ol>",
    "<p>a<br>b<br/><br>c</p><span class=byline>By <b>Me</b></span> tail",
    "<article></article><footer class='site-footer'><ul><li>x</li></ul></footer>",
    "<main><footer class=footer>in main</footer></main><footer class=footer>out</footer>",
    "<div hidden>h</div><div aria-hidden='TRUE '>h</div><p style='display : none'>h</p>ok",
    "<p style='border:none'>seen</p><nav style='color:red'><a>menu</a> <a>two</a></nav>",
    "<nav><a>one</a><script>x</script></nav><aside>side <i>bar</i></aside>",
    "<ul class='menu nav'><li><a>Home</a></li><li><a>News</a></li></ul>",
    "<p>nbsp\u00a0kept  and\u3000ideographic \u200b zero\ufeff width\x1c ctl</p>",
    "<p>\n  leading\n  and   trailing  \n</p><p>\t</p><p>\u00a0</p>",
    "<my-widget class=comments>custom <x-y>element</x-y></my-widget><p>after</p>",
    "<p>a<!-- c -->b <!-- c --> c</p><table><tr><td>1<td>2</table>",
    "<div class='article-body' itemprop=articleBody role=main id=story>" + "word " * 40 + "</div>",
    "<figure><img src=x><figcaption>cap <a>credit</a></figcaption></figure>",
    "<span class='author'><a class='x'>Name</a></span><em class=date>today</em>",
    "<select><option>o</option></select><svg><text>s</text></svg><template><p>t</p></template>",
    "<body class='has-sidebar'><div class=sidebar>" + "side text. " * 20 + "</div></body>",
    "",
    "<html></html>",
    "text only",
]


def test_edge_cases_match_the_reference() -> None:
    for html in EDGE_CASES:
        fast, slow = _both(html)
        assert fast == slow, html
        assert [type(b.link_density) for b in fast] == [type(b.link_density) for b in slow]


def test_declared_body_matches_the_reference() -> None:
    body = "The first paragraph is long enough to count. And the second one is here too."
    html = (
        "<div class=related><p>The first paragraph is long enough to count.</p></div>"
        "<div><p>And the second one is here too.</p><p>Something the body lacks entirely.</p></div>"
    )
    fast, slow = _both(html, body)
    assert fast == slow


@SETTINGS
@given(soup, st.one_of(st.none(), st.text(max_size=200)))
def test_tag_soup_matches_the_reference(html: str, declared_body: str | None) -> None:
    fast, slow = _both(html, declared_body)
    assert fast == slow


def _slow_chunk_text(pieces: list[str]) -> str:
    raw = "".join(pieces)
    if raw.isascii() or _NOT_HTML_WS.search(raw) is None:
        return " ".join(raw.split())
    return _WS.sub(" ", raw).strip()


_SPACES = " \t\n\r\f\v\x1c\x1f\x85\xa0\u1680\u2000\u200a\u200b\u2028\u202f\u3000\ufeff"


@SETTINGS
@given(st.lists(st.text(alphabet=st.sampled_from("ab.é한" + _SPACES)) | st.text(), max_size=5))
def test_chunk_text_fast_path_is_the_slow_path(pieces: list[str]) -> None:
    assert _chunk_text(pieces) == _slow_chunk_text(pieces)


def _reference_normal_word_hint(word: str) -> str:
    stripped = word.strip("-")
    found = _WHOLE.get(stripped)
    if found is not None:
        return found
    best, best_end, best_start = "", -1, 0
    for m in _PHRASE_RE.finditer(word):
        end, start = m.end(), m.start()
        if end > best_end or (end == best_end and start < best_start):
            text = m.group(0)
            hit = _PHRASES.get(text)
            if hit is None:
                hit = next((h for p, h in _PREFIXES.items() if text.startswith(p)), "")
            best, best_end, best_start = hit, end, start
    return best


def _reference_word_hint(word: str) -> str:
    if "-" in word and TAXONOMY_CLASS.match(word):
        return ""
    normal = _normalise(word)
    if _PHRASE_RE.search(normal) is None:
        return _WHOLE.get(normal.strip("-"), "")
    return _reference_normal_word_hint(normal)


_TABLE_WORDS = sorted(
    {
        w
        for h in HINTS
        for v in (*h.examples, *h.counterexamples, *h.words, *h.unless)
        for w in v.replace("*", "").replace("=", "").split()
    }
)


def test_word_hint_matches_the_reference_on_the_table() -> None:
    for word in _TABLE_WORDS:
        assert _new_word_hint(word) == _reference_word_hint(word), word


_pieces = st.sampled_from(_TABLE_WORDS) | st.sampled_from(["-", "_", "__", "1", "X", "é", ""])


@SETTINGS
@given(st.lists(_pieces, max_size=6).map("".join))
def test_word_hint_matches_the_reference(word: str) -> None:
    assert _new_word_hint(word) == _reference_word_hint(word)
