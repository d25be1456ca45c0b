"""HTML hint tokens: what a page's class/id/role/itemprop words and a few tag names say a block is.

``newsparse.html`` reads every element's ``class``, ``id``, ``role`` and ``itemprop`` values (and
the names of ``nav``, ``footer``, ``aside`` and ``figcaption`` elements) once per element, and
gives every block the hint ids of its element and its ancestors, outermost first, innermost last.
The classifier reads them through :func:`hint_decision`: the innermost decisive hint wins (a
"related" box inside the article body is boilerplate; the article body inside a wrapper that
says "has-sidebar" is body).

How a word is read: an attribute word (``story-body__inner``, ``articleBody``, ``c-byline``) is
split into lower-case sub-words at camelCase humps and at every non-letter (``story body inner``,
``article body``, ``c byline``). Each hint lists the sub-word phrases that name it:

- ``"nav"`` — the sub-word itself; a phrase of two or three sub-words (``"article body"``) also
  matches written as one word (``articlebody``);
- ``"nav*"`` — any sub-word starting with it (``navbar``, ``navigation``; not ``canvas``);
- ``"=summary"`` — only the whole attribute word (``summary``, not ``text-with-summary``).

``unless`` phrases cancel a hint where they end (``author bio`` is not a byline). Of all phrases
found in one word, the one that ends last wins, the longer one on a tie: ``social-share`` is
share, ``entry-content-read-more`` is related, ``comment-author`` is comment. Within one element,
boilerplate hints come first and content hints last (an element that calls itself content in any
word is content). Every hint carries the label and reason id it implies, so ``inspect`` explains
an HTML decision with the same reason family as a text rule. CMS taxonomy classes
(``tag-brexit``, ``category-comment``, ``status-publish``) name the post's topics, not the
element's role, and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Literal, overload

from newsparse import regex_cache as rx
from newsparse.model import Block, Label, Reason
from newsparse.rules import trie_alternation


@dataclass(frozen=True, slots=True)
class Hint:
    """One hint token: the attribute sub-word phrases that name it and the decision it implies."""

    id: str
    """The token written into ``Block.hints`` (stable: tests and ``inspect`` use it)."""
    label: Label
    """The label a block under this hint gets when the hint decides."""
    reason: Reason
    """The reason id given with that label."""
    words: tuple[str, ...]
    """Sub-word phrases: ``"a b"`` (also ``ab``), ``"pre*"`` (prefix), ``"=w"`` (whole word)."""
    note: str
    """Why the hint exists and what it must not catch."""
    examples: tuple[str, ...]
    """Attribute values (as written in a page) that must match."""
    counterexamples: tuple[str, ...] = ()
    """Attribute values that must not match."""
    unless: tuple[str, ...] = ()
    """Phrases that cancel the hint where they end (``author bio``)."""


def _cross(firsts: str, seconds: str) -> tuple[str, ...]:
    """Every ``first second`` phrase (a compact way to write a family of two-word names)."""
    return tuple(f"{a} {b}" for a, b in product(firsts.split(), seconds.split()))


HINTS: tuple[Hint, ...] = (
    # --- article content -------------------------------------------------------------------
    Hint(
        "article-body",
        Label.BODY,
        Reason.HTML_BODY,
        _cross(
            "article story entry post news blog main item rich content",
            "body content text contents detail view txt cont article",
        )
        + (
            "=article",
            "=story",
            "body text",
            "body copy",
            "body content",
            "field name body",
            "field body",
            "article body text",
        ),
        "The page's declared article text container (itemprop=articleBody, .story-body, "
        ".entry-content, .article_txt). Not a bare 'content' or 'body' (layout wrappers).",
        (
            "articleBody",
            "story-body__inner",
            "entry-content",
            "post_content",
            "article-text",
            "article_txt",
            "td-post-content",
            "news_view",
            "article",
            "rich-text",
            "body-copy",
            "StoryBodyCompanionColumn",
            "field-name-body",
            "articlebody",
        ),
        (
            "content",
            "body",
            "article-header",
            "articles-list",
            "storyline-nav",
            "main",
            "trending-story",
        ),
    ),
    Hint(
        "headline",
        Label.TITLE,
        Reason.TITLE_LINE,
        (
            "headline",
            "entry title",
            "article title",
            "article tit",
            "article head",
            "post title",
            "story title",
            "news title",
            "page title",
        ),
        "The article's headline element (itemprop=headline, .entry-title, .article-title).",
        ("headline", "entry-title", "article__title", "articleTitle", "post-title", "c-page-title"),
        ("headline-list", "title", "subheadline", "headlines"),
        unless=("headline list",),
    ),
    Hint(
        "subtitle",
        Label.SUBTITLE,
        Reason.SUBTITLE_LINE,
        (
            "subtitle",
            "subheadline",
            "subhead",
            "subheading",
            "sub title",
            "sub headline",
            "sub head",
            "sub tit",
            "dek",
            "standfirst",
            "deck",
            "lede",
            "=summary",
            "article summary",
            "article lead",
            "article intro",
            "article desc",
        ),
        "A deck / standfirst / sub-headline under the headline.",
        (
            "subtitle",
            "c-dek",
            "standfirst",
            "sub_title",
            "article-summary",
            "subheadline",
            "summary",
        ),
        ("subscribe", "decks-of-cards", "summary-list", "field-type-text-with-summary"),
        unless=("deck of", "decks"),
    ),
    Hint(
        "byline",
        Label.BYLINE,
        Reason.BYLINE_LINE,
        (
            "byline",
            "bylines",
            "by line",
            "author",
            "authors",
            "writer",
            "writers",
            "reporter",
            "reporters",
            "contributor",
            "contributors",
            "journalist",
            "author name",
        ),
        "Who wrote it (.byline, itemprop=author, .article-author). Not an author bio box.",
        (
            "byline",
            "c-byline__item",
            "author",
            "article-author",
            "authors",
            "reporter",
            "byline-name",
        ),
        ("authority", "author-bio", "authorbox", "bylines-more", "author-info"),
        unless=_cross(
            "author authors byline bylines writer reporter",
            "bio box info card profile about desc more",
        ),
    ),
    Hint(
        "date",
        Label.DATE,
        Reason.DATE_LINE,
        (
            "date",
            "dates",
            "date published",
            "date modified",
            "dateline",
            "timestamp",
            "time stamp",
            "pubdate",
            "pub date",
            "published",
            "publish date",
            "publish time",
            "published date",
            "published time",
            "published on",
            "published at",
            "updated",
            "posted on",
            "article date",
            "post date",
            "entry date",
        ),
        "The publication or update date (itemprop=datePublished, .timestamp, .pubdate).",
        ("datePublished", "timestamp", "pubdate", "article-date", "published", "date"),
        ("update-banner", "datepicker", "candidate", "status-publish"),
    ),
    Hint(
        "caption",
        Label.CAPTION,
        Reason.CAPTION_CREDIT,
        ("caption", "captions", "figcaption", "credit", "credits")
        + _cross("photo image img media picture pic", "credit desc caption source copyright"),
        "An image caption or its credit (figcaption, .wp-caption-text, .photo-credit).",
        ("figcaption", "wp-caption-text", "caption", "image-credit", "photo_desc", "credit"),
        ("captionless", "creditcard", "discredit"),
    ),
    # --- boilerplate -----------------------------------------------------------------------
    Hint(
        "nav",
        Label.BOILERPLATE,
        Reason.NAV,
        (
            "nav*",
            "menu",
            "menus",
            "submenu",
            "breadcrumb",
            "breadcrumbs",
            "pagination",
            "pager",
            "skip link",
            "skiplink",
            "site header",
            "masthead",
            "topbar",
            "top bar",
            "gnb",
            "lnb",
            "snb",
            "mega menu",
            "dropdown",
            "header",
            "banner",
            "subnav",
            "mainnav",
            "sitenav",
        ),
        "Site navigation: menus, breadcrumbs, the site header (role=banner), pagination; "
        "<nav> too. Not 'canvas', 'unavailable', or an article's own header.",
        (
            "nav",
            "main-nav",
            "navbar",
            "site-navigation",
            "breadcrumb",
            "menu-item",
            "gnb",
            "site-header",
            "navigation",
            "header",
            "role-banner",
        ),
        ("canvas", "unavailable", "menuetto", "article-header"),
        unless=_cross("article entry post story content", "header"),
    ),
    Hint(
        "footer",
        Label.BOILERPLATE,
        Reason.FOOTER,
        (
            "footer",
            "foot",
            "site info",
            "siteinfo",
            "contentinfo",
            "copyright",
            "colophon",
            "legal",
        ),
        "The site footer (policies, contacts, copyright); role=contentinfo and <footer> too.",
        ("footer", "site-footer", "contentinfo", "copyright", "colophon"),
        ("footnote", "football"),
    ),
    Hint(
        "share",
        Label.BOILERPLATE,
        Reason.SHARE,
        (
            "share",
            "shares",
            "sharing",
            "sharebar",
            "sharebox",
            "sharetools",
            "sharethis",
            "addthis",
            "social",
            "socials",
            "sns",
            "print",
            "toolbar",
            "tools",
            "tool",
            "utility",
            "util",
            "utils",
            "bookmark",
            "bookmarks",
            "scrap",
            "font size",
            "fontsize",
            "email share",
            "email link",
            "like button",
        ),
        "Share, print, mail and font-size tools. Not 'shared' or 'printer-friendly' text.",
        (
            "share",
            "social-share",
            "share-buttons",
            "addthis_toolbox",
            "article-tools",
            "sns",
            "print",
            "sharebar",
            "utility-bar",
        ),
        ("shared-content", "timeshare", "blueprint", "printer-friendly"),
    ),
    Hint(
        "related",
        Label.BOILERPLATE,
        Reason.LIST_ITEM,
        (
            "related",
            "recommended",
            "recommend",
            "recommendation",
            "recommendations",
            "popular",
            "trending",
            "outbrain",
            "taboola",
            "teaser",
            "teasers",
            "latest",
            "headlines",
            "more stories",
            "more news",
            "more articles",
            "more from",
            "most read",
            "most popular",
            "most viewed",
            "most shared",
            "read more",
            "also read",
            "top stories",
            "you may",
            "morestories",
            "mostread",
        )
        + _cross("next prev previous", "article story post"),
        "Related / most-read / recommended lists and their widgets.",
        (
            "related-articles",
            "relatedPosts",
            "most-read",
            "OUTBRAIN",
            "trending",
            "teaser",
            "recommended",
            "read-more",
            "popular",
            "trending-story",
        ),
        ("unrelated", "populardemand"),
    ),
    Hint(
        "comment",
        Label.BOILERPLATE,
        Reason.COMMENTS,
        (
            "comment",
            "comments",
            "disqus",
            "replies",
            "reply",
            "respond",
            "discussion",
            "talkback",
            "talk back",
            "livefyre",
            "reaction",
            "reactions",
            "comment author",
            "comment body",
            "comment content",
            "comment text",
            "comments author",
        ),
        "Comment threads and their forms (can be longer than the article). A comment's author "
        "is not the article's byline. Not WordPress's 'comments-open' state class.",
        (
            "comments",
            "comment-list",
            "disqus_thread",
            "respond",
            "comment-count",
            "comment-author",
            "comment-body",
        ),
        ("commentary", "comments-open"),
        unless=("comments open", "comment open", "comments closed"),
    ),
    Hint(
        "ad",
        Label.BOILERPLATE,
        Reason.PROMO,
        (
            "ad",
            "ads",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "adsbygoogle",
            "adslot",
            "adunit",
            "adsense",
            "sponsor",
            "sponsored",
            "promo",
            "promos",
            "promotion",
            "promotions",
            "dfp",
            "gpt",
            "doubleclick",
            "commercial",
            "partner",
            "partners",
        )
        + _cross("ad", "slot unit container wrapper box banner block zone"),
        "Ads, sponsored slots, promotions. 'ad' only as a whole sub-word (not 'add', 'head').",
        (
            "ad",
            "ad-slot",
            "advertisement",
            "adsbygoogle",
            "sponsored",
            "promo",
            "ads",
            "ad-banner",
            "div-gpt-ad-1527427566488-0",
        ),
        ("add", "head", "shadow", "loaded", "download"),
    ),
    Hint(
        "subscribe",
        Label.BOILERPLATE,
        Reason.PROMO,
        (
            "newsletter",
            "newsletters",
            "subscribe",
            "subscription",
            "subscriptions",
            "signup",
            "sign up",
            "paywall message",
            "paywall promo",
            "register",
            "registration",
            "login",
            "log in",
            "membership",
            "donate",
            "donation",
        ),
        "Newsletter, subscription and login calls. Not a bare 'paywall' (it wraps the paid "
        "article text itself).",
        ("newsletter-signup", "subscribe", "paywall-message", "login", "subscription"),
        ("subscriber-only-x-y", "paywall"),
    ),
    Hint(
        "notice",
        Label.BOILERPLATE,
        Reason.NOTICE,
        (
            "cookie",
            "cookies",
            "cookie banner",
            "consent",
            "gdpr",
            "cmp",
            "privacy",
            "modal",
            "popup",
            "pop up",
            "overlay",
            "alert",
            "notification",
            "banner notice",
        ),
        "Cookie / consent / site notices and pop-ups.",
        ("cookie-banner", "consent", "gdpr", "modal", "popup", "cookies"),
        ("cookiecutter",),
    ),
    Hint(
        "sidebar",
        Label.BOILERPLATE,
        Reason.HIDDEN_HINT,
        (
            "sidebar",
            "side bar",
            "aside",
            "complementary",
            "widget area",
            "rail",
            "right col",
            "right column",
            "rightcol",
            "sidecol",
            "right rail",
        ),
        "Sidebars, rails, widget areas: beside the article, not in it (role=complementary, "
        "<aside>). Not a bare 'widget' (page builders call every box a widget), not a left "
        "column (often the main one).",
        ("sidebar", "right-rail", "widget-area", "complementary", "aside", "rightColumn"),
        ("guardrail", "trail", "elementor-widget-container", "news-left-col"),
    ),
    Hint(
        "tags",
        Label.BOILERPLATE,
        Reason.NAV,
        (
            "tags",
            "=tag",
            "tag list",
            "tag links",
            "tag cloud",
            "tag box",
            "keywords",
            "keyword",
            "topics",
            "categories",
        ),
        "Tag and keyword lists under the article.",
        ("tags", "tag-list", "article-tags", "keywords", "topics"),
        ("tagline", "stage", "vintage", "tag-brexit", "category-news"),
    ),
    Hint(
        "hidden",
        Label.BOILERPLATE,
        Reason.HIDDEN_HINT,
        (
            "=sr only",
            "=visually hidden",
            "=screen reader text",
            "=screen reader",
            "=hidden",
            "=hide",
            "=invisible",
            "=offscreen",
            "=d none",
            "=is hidden",
            "=element invisible",
            "=element hidden",
            "=visuallyhidden",
            "=blind",
        ),
        "Text hidden from view by class (screen-reader labels): the whole class word only, not "
        "'field-label-hidden' (a hidden label, visible content).",
        ("sr-only", "visually-hidden", "screen-reader-text", "hidden", "d-none", "blind"),
        ("hiddenite", "hideaway", "field-label-hidden"),
    ),
)
"""The hint table. Ids are stable; order only breaks exact ties between hints."""

HINT_BY_ID: dict[str, Hint] = {h.id: h for h in HINTS}

TAG_HINTS: dict[str, str] = {
    "nav": "nav",
    "footer": "footer",
    "aside": "aside",
    "figcaption": "figcaption",
}
"""Element name → attribute word fed to the matcher (so ``<nav>`` reads like class="nav")."""

BOILERPLATE_HINTS: frozenset[str] = frozenset(h.id for h in HINTS if h.label is Label.BOILERPLATE)
"""Hint ids that say the block is the site's chrome."""

TAXONOMY_CLASS = rx.compile(
    r"^(?:category|tag|status|format|type|postid|post|topic|section|author|term|tax|cat)"
    r"-(?!(?:list|links|cloud|box|wrap|area|container|name|info|bio|title|content|body|text|"
    r"header|footer|date|byline|meta|tags|share|nav|comments?)$)\S*$"
)
"""A class word that is a CMS taxonomy label (``tag-brexit``, ``category-news``, ``post-123``)."""

# --- the index built from the table ----------------------------------------------------------
# Attribute text is normalised once (camelCase split, lower-cased, every run of non-letters one
# "-", words kept apart by spaces); each phrase of the table becomes "a-b" and "ab", and one trie
# regex finds them all, anchored at sub-word starts and ends.

# How many distinct attribute texts / words to remember (pages repeat class strings a lot).
_CACHE_SIZE = 65536
_CAMEL = rx.compile(r"(?<=[a-z])(?=[A-Z])")  # a "-" goes here (a literal replacement is fast)
_SEPARATORS = rx.compile(r"[^a-z ]+")
_SUB_WORD = rx.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_NON_LETTERS = rx.compile(r"[^a-z]+")


def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    phrases: dict[str, str] = {}
    whole: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for hint in HINTS:
        for entry in hint.words:
            if entry.startswith("="):
                whole.setdefault("-".join(entry[1:].split()), hint.id)
            elif entry.endswith("*"):
                prefixes.setdefault(entry[:-1], hint.id)
            else:
                parts = entry.split()
                phrases.setdefault("-".join(parts), hint.id)
                phrases.setdefault("".join(parts), hint.id)
        for entry in hint.unless:
            parts = entry.split()
            phrases["-".join(parts)] = ""
            phrases.setdefault("".join(parts), "")
    return phrases, whole, prefixes


_PHRASES, _WHOLE, _PREFIXES = _index()
_PHRASE_RE = rx.compile(
    r"(?:^|(?<=[- ]))(?:"
    + trie_alternation(_PHRASES)
    + "|"
    + "|".join(re.escape(p) + "[a-z]*" for p in _PREFIXES)
    + r")(?![a-z])"
)


def _normalise(value: str) -> str:
    """``entryContent story-body__inner`` → ``entry-content story-body-inner``."""
    if not value.islower():
        value = _CAMEL.sub("-", value).lower()
    return _SEPARATORS.sub("-", value)


def sub_words(word: str) -> list[str]:
    """``story-body__inner`` → ``['story', 'body', 'inner']``; ``articleBody`` → article, body."""
    if word.islower():
        return [w for w in _NON_LETTERS.split(word) if w]
    return [w.lower() for w in _SUB_WORD.findall(word)]


# Plain dicts, emptied when full: a page repeats its class words, and a dict lookup is the
# cheapest cache there is (this runs for every element with a class). ``html._walk`` looks up
# ``_TEXT_HINTS`` itself before it calls ``match_hints`` (a call per element saved).
_WORD_HINTS: dict[str, str] = {}
_TEXT_HINTS: dict[str, tuple[str, ...]] = {}


def clear_caches() -> None:
    """Empty the plain-dict caches above (benchmarks time pages as if seen first)."""
    _WORD_HINTS.clear()
    _TEXT_HINTS.clear()


def word_hint(word: str) -> str:
    """The hint id of one attribute word as written in a page ('' for none)."""
    found = _WORD_HINTS.get(word)
    if found is None:
        if len(_WORD_HINTS) >= _CACHE_SIZE:
            _WORD_HINTS.clear()
        found = _WORD_HINTS[word] = _new_word_hint(word)
    return found


def _new_word_hint(word: str) -> str:
    """``word_hint`` for a word not seen yet: taxonomy classes name no role; a whole-word entry
    wins; else the phrase (or prefix) that ends last in the word ('' for an ``unless`` phrase).
    Matches do not overlap, so each one ends after the one before: the last one ends last."""
    if "-" in word and TAXONOMY_CLASS.match(word):
        return ""
    normal = _normalise(word)
    first = _PHRASE_RE.search(normal)
    whole = _WHOLE.get(normal.strip("-"))
    if whole is not None:
        return whole
    if first is None:
        return ""
    last = first
    for last in _PHRASE_RE.finditer(normal, first.end()):  # noqa: B007 (the last one is kept)
        pass
    text = last.group(0)
    hit = _PHRASES.get(text)
    if hit is None:
        hit = next((h for p, h in _PREFIXES.items() if text.startswith(p)), "")
    return hit


_BOILERPLATE_FIRST: tuple[str, ...] = tuple(
    h.id for h in sorted(HINTS, key=lambda h: h.label is not Label.BOILERPLATE)
)


def match_hints(value: str) -> tuple[str, ...]:
    """The hint ids an element's attribute words (class, id, role, itemprop joined by spaces)
    hit, each once, boilerplate hints first and content hints last."""
    result = _TEXT_HINTS.get(value)
    if result is None:
        if len(_TEXT_HINTS) >= _CACHE_SIZE:
            _TEXT_HINTS.clear()
        words = _WORD_HINTS
        found: set[str] = set()
        for word in value.split():
            hint = words.get(word)
            if hint is None:
                hint = word_hint(word)
            if hint:
                found.add(hint)
        if not found:
            result = ()
        elif len(found) == 1:
            result = (found.pop(),)
        else:
            result = tuple(h for h in _BOILERPLATE_FIRST if h in found)
        _TEXT_HINTS[value] = result
    return result


@lru_cache(maxsize=_CACHE_SIZE)
def all_chrome(hints: tuple[str, ...]) -> bool:
    """Every hint of an element names the site's chrome (none names content)."""
    return all(h in BOILERPLATE_HINTS for h in hints)


@lru_cache(maxsize=_CACHE_SIZE)
def hint_decision(hints: tuple[str, ...]) -> tuple[Label, Reason] | None:
    """The label and reason the innermost decisive hint implies, or None."""
    for token in reversed(hints):
        hint = HINT_BY_ID.get(token)
        if hint is not None:
            return hint.label, hint.reason
    return None


# --- the classifier's HTML hook --------------------------------------------------------------
# Scores an HTML block gets from its place in the page, against the text classifier's prose
# scores (a sentence of 50 letters scores 0, a long paragraph up to 3). Calibrated as a set on
# the aeb HTML pages; tune together.
MAIN_HINT = "main"
"""Structural hint from ``newsparse.html``: the block is inside the page's main prose container."""
INSIDE_MIN_SCORE = 0.3
"""A block inside the main container (and matched by no rule) scores at least this: short lines
between paragraphs are the article's too."""
OUTSIDE_MAX_SCORE = -2.0
"""A block outside the main container scores at most this, however prose-like (teasers, bios,
comments): the body run stays inside the container."""
HEAD_HINT_SCORE = -0.5
"""Headline, deck, byline and date elements inside the container: not body, and left for the
head search above the body run."""
RULED_SCORE = 0.0
"""A block inside the container that a rule or hint drops: neutral, so that a share bar or a
product box between paragraphs does not split the article."""
LINK_DENSITY_MAX = 0.6
"""A block with more of its characters inside links than this is a menu or a teaser."""
LINK_DENSE_MIN_CHARS = 3
"""Shorter blocks are judged by their words, not by their links."""

_HEAD_LABELS = frozenset({Label.TITLE, Label.SUBTITLE, Label.BYLINE, Label.DATE})
HEAD_TAGS = frozenset({"h1"})
"""Elements that head the article rather than belong to its body (the page's headline)."""
_TEXT_ONLY_RULES = frozenset({Reason.LIST_ITEM, Reason.COUNTER, Reason.PLACEHOLDER, Reason.DATED})
"""Text-dump rules overruled inside the container: the markup says where lists end, a lone
number there is a table cell, ``[CNET]`` is printed text, not an image placeholder, and a dated
line is an embedded post's signature (comment threads are named by their markup)."""


def html_adjust(
    hints: tuple[str, ...],
    tag: str,
    link_density: float,
    text: str,
    rule: Reason | None,
    score: float,
) -> tuple[Reason | None, float]:
    """An HTML block's boilerplate rule and prose score, revised from its structure and hints.

    Rule: the innermost decisive hint says boilerplate → that hint's reason; a link-dense block
    → ``links``; otherwise the text rule (except, inside the container, the text rules that
    only make sense for text dumps: ``_TEXT_ONLY_RULES``). Score: outside the main container
    at most OUTSIDE_MAX_SCORE; inside, RULED_SCORE for ruled blocks (they drop out without
    cutting the article in two), HEAD_HINT_SCORE for headline/byline/date elements, and at
    least INSIDE_MIN_SCORE for the rest.
    """
    inside = MAIN_HINT in hints
    if inside and rule in _TEXT_ONLY_RULES:
        rule = None
    decided = hint_decision(hints)
    if decided is not None and decided[0] is Label.BOILERPLATE:
        rule = rule or decided[1]
    elif link_density > LINK_DENSITY_MAX and len(text) >= LINK_DENSE_MIN_CHARS:
        rule = rule or Reason.LINKS
    if not inside:
        return rule, min(score, OUTSIDE_MAX_SCORE)
    if rule is not None:
        return rule, RULED_SCORE
    if tag in HEAD_TAGS or (decided is not None and decided[0] in _HEAD_LABELS):
        return rule, min(score, HEAD_HINT_SCORE)
    return rule, max(score, INSIDE_MIN_SCORE)


def html_window(blocks: Sequence[Block], above: int, below: int) -> tuple[int, int]:
    """The block range [lo, hi) the text rules still read on an HTML page: the main container
    and ``above`` / ``below`` blocks around it (where headlines, bylines and dates sit)."""
    first = last = -1
    for i, block in enumerate(blocks):
        if MAIN_HINT in block.hints:
            if first < 0:
                first = i
            last = i
    if first < 0:
        return 0, len(blocks)
    return max(0, first - above), min(len(blocks), last + 1 + below)


@overload
def html_prerule(
    hints: tuple[str, ...], link_density: float, text: str, near: Literal[False]
) -> Reason: ...
@overload
def html_prerule(
    hints: tuple[str, ...], link_density: float, text: str, near: bool = True
) -> Reason | None: ...
def html_prerule(
    hints: tuple[str, ...], link_density: float, text: str, near: bool = True
) -> Reason | None:
    """The reason a block outside the main container is chrome when its markup already says so
    (a boilerplate hint), so that the text rules need not run; for a block far from the
    container (``near`` false) always a reason (a hint's, ``links``, or ``outside``). Else None."""
    if near and MAIN_HINT in hints:
        return None
    decided = hint_decision(hints)
    if decided is not None and decided[0] is Label.BOILERPLATE:
        return decided[1]
    if near:  # a link-dense block near the article: the text rules may name it better (share)
        return None
    if link_density > LINK_DENSITY_MAX and len(text) >= LINK_DENSE_MIN_CHARS:
        return Reason.LINKS
    return Reason.OUTSIDE


def html_label(hints: tuple[str, ...], tag: str) -> tuple[Label, Reason] | None:
    """The content label an HTML block in the article takes instead of body: a figure caption
    (``<figcaption>`` or a caption/credit hint) is a caption."""
    decided = hint_decision(hints)
    if tag == "figcaption" or (decided is not None and decided[0] is Label.CAPTION):
        return Label.CAPTION, Reason.CAPTION_CREDIT
    return None
