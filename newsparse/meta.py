"""Page-declared metadata: what an HTML page says about itself, read from one parsed tree.

Input: a parsed tree (or HTML text). Output: one ``PageMeta`` with the headline, authors,
published/modified dates (normalised to ISO 8601, at the precision declared), language, canonical
URL, site name, description, section and the declared article text, taken in this order of trust:
JSON-LD (``NewsArticle`` / ``Article`` / ``ReportageNewsArticle`` / ``BlogPosting`` ..., inside
``@graph`` or lists, broken JSON tolerated), then OpenGraph / ``article:*`` / ``name=...`` meta
tags, then ``<time datetime>``, ``<html lang>``, ``<title>`` with the site name trimmed, and the
canonical link. Nothing here guesses from the visible text; a value that is not sane (empty, a URL
where a name belongs, an unparseable date) is left out. Never raises, never prints.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import orjson
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse import regex_cache as rx
from newsparse.language import script_counts
from newsparse.model import Article, Author
from newsparse.rules.languages import LANGUAGE_RULES, LANGUAGE_ZONES


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page declares about itself; every field None / empty when it says nothing."""

    title: str | None = None
    """The headline: JSON-LD ``headline``, else ``og:title``, else ``<title>`` minus the site."""
    authors: tuple[Author, ...] = ()
    """JSON-LD ``author`` (Person → role None, Organization → role 'desk'), else meta author."""
    published: str | None = None
    """ISO 8601, at the declared precision (``2020-10-20`` or ``2020-10-20T09:24:27+09:00``)."""
    modified: str | None = None
    language: str | None = None
    """ISO 639-1 code (``ko``) from ``inLanguage``, ``<html lang>`` or ``og:locale``."""
    url: str | None = None
    """The canonical URL (``<link rel=canonical>``, ``og:url``, JSON-LD ``url``)."""
    site_name: str | None = None
    description: str | None = None
    article_body: str | None = None
    """JSON-LD ``articleBody`` as declared (often the whole article text), or None."""
    section: str | None = None


ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "blogposting",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "livebuildposting",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "socialmediaposting",
        "askpublicnewsarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "posting",
        "medicalscholarlyarticle",
        "videoobject_article",
    }
)
"""JSON-LD ``@type`` values (lower-case) of the article object."""

PAGE_TYPES: frozenset[str] = frozenset({"webpage", "itempage", "collectionpage"})
"""Types consulted only when no article object declares a field."""

# A JSON-LD document this large is not worth walking further (objects visited per page).
MAX_JSONLD_NODES = 5000
# Titles outside these bounds are not headlines (empty, or a whole paragraph).
MIN_TITLE_CHARS = 2
MAX_TITLE_CHARS = 400
# A name longer than this is a sentence, not a person.
MAX_AUTHOR_CHARS = 80

_WS = rx.compile(r"\s+")
_ISO = rx.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$"
)
_SLASH_DATE = rx.compile(
    r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$"
)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " : ")
_BY_PREFIX = rx.compile(r"^\s*(?:by|von|par|por|di|door)\s+", re.IGNORECASE)
_NAME_SPLIT = rx.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|(?-i:\b[ye]\b)(?!\.))\s*", re.IGNORECASE
)
"""Between several names in one author string. The one-letter conjunctions (Spanish ``y``,
Portuguese/Italian ``e``) only in lower case and not as an initial: ``Sarah E. Needleman``."""
_LD_FIELD = rx.compile(r'"(headline|datePublished|dateModified|inLanguage)"\s*:\s*"([^"]{1,500})"')
_LANG = rx.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
_ISO639_3_TO_1 = {
    "kor": "ko",
    "eng": "en",
    "jpn": "ja",
    "zho": "zh",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "por": "pt",
    "rus": "ru",
    "ita": "it",
    "ind": "id",
}


def _clean(value: Any) -> str | None:
    """A declared string with entities decoded (JSON-LD often escapes them twice: ``&#34;``)
    and whitespace collapsed; None when empty or not a string."""
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html.unescape(value)
    return " ".join(value.split()) or None


# --- dates -----------------------------------------------------------------------------------


def normalise_date(value: str | None) -> str | None:
    """A declared date as ISO 8601 at its own precision, or None when it is not a date.

    ``2019-11-19T10:00:00.000Z`` → ``2019-11-19T10:00:00+00:00``; ``2019-11-19`` stays a date;
    ``+0900`` → ``+09:00``; RFC 2822 (``Tue, 19 Nov 2019 10:00:00 GMT``) is read too.
    """
    if not value:
        return None
    text = value.strip()
    m = _ISO.match(text)
    if m is None:
        m2 = _SLASH_DATE.match(text)
        if m2 is not None:
            y, mo, d, hh, mm, ss = m2.groups()
            return _compose(y, mo, d, hh, mm, ss, None)
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if dt is None:
            return None
        return dt.isoformat()
    y, mo, d, hh, mm, ss, tz = m.groups()
    return _compose(y, mo, d, hh, mm, ss, tz)


def _compose(
    y: str, mo: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: str | None
) -> str | None:
    try:
        day = datetime(int(y), int(mo), int(d))
    except ValueError:
        return None
    if hh is None:
        return day.date().isoformat()
    try:
        moment = day.replace(hour=int(hh), minute=int(mm or 0), second=int(ss or 0))
    except ValueError:
        return day.date().isoformat()
    out = moment.isoformat()
    if tz:
        if tz in ("Z", "z", "UTC", "GMT"):
            out += "+00:00"
        else:
            digits = tz[1:].replace(":", "")
            if len(digits) == 2:
                digits += "00"
            if len(digits) == 4 and int(digits[:2]) <= 14 and int(digits[2:]) < 60:
                out += f"{tz[0]}{digits[:2]}:{digits[2:]}"
    return out


def normalise_language(value: str | None) -> str | None:
    """``en-US`` → ``en``; ``kor`` → ``ko``; anything else → None."""
    if not value:
        return None
    m = _LANG.match(value)
    if m is None:
        return None
    code = m.group(1).lower()
    if len(code) == 3:
        return _ISO639_3_TO_1.get(code)
    return code


# --- JSON-LD ---------------------------------------------------------------------------------


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.strip().removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    if not text:
        return None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    # Raw newlines / tabs inside strings, several objects in one script, trailing junk.
    decoder = json.JSONDecoder(strict=False)
    items: list[Any] = []
    pos = 0
    text = re.sub(r",\s*([}\]])", r"\1", text)
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n;,":
            pos += 1
        if pos >= len(text):
            break
        try:
            obj, end = decoder.raw_decode(text, pos)
        except (json.JSONDecodeError, RecursionError):
            break
        items.append(obj)
        pos = end
    return items or None


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower().rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.lower().rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def _collect(data: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """Article objects, page objects and the ``@id`` index of a JSON-LD value (iterative)."""
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    by_id: dict[str, Any] = {}
    stack = [data]
    seen = 0
    while stack and seen < MAX_JSONLD_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            ident = item.get("@id")
            if isinstance(ident, str) and len(item) > 1:
                by_id.setdefault(ident, item)
            types = _types(item)
            if types & ARTICLE_TYPES:
                articles.append(item)
            elif types & PAGE_TYPES:
                pages.append(item)
            for key, value in item.items():
                if isinstance(value, (dict, list)) and key not in ("author", "publisher"):
                    stack.append(value)
                elif key in ("author", "publisher") and isinstance(value, (dict, list)):
                    stack.append(value)
    return articles, pages, by_id


def _ld_value(objs: list[dict[str, Any]], key: str) -> Any:
    for obj in objs:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _names(value: Any, by_id: dict[str, Any]) -> list[Author]:
    out: list[Author] = []
    stack = [value]
    guard = 0
    while stack and guard < 200:
        guard += 1
        item = stack.pop(0)
        if isinstance(item, list):
            stack[0:0] = item
        elif isinstance(item, dict):
            if "name" not in item and isinstance(item.get("@id"), str):
                ref = by_id.get(item["@id"])
                if isinstance(ref, dict) and ref is not item:
                    item = ref
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            role = "desk" if _types(item) & {"organization", "newsmediaorganization"} else None
            for person in _split_names(_clean(name)):
                out.append(Author(name=person, role=role))
        elif isinstance(item, str):
            for person in _split_names(_clean(item)):
                out.append(Author(name=person))
    return out


def _split_names(text: str | None) -> list[str]:
    if not text or text.startswith(("http://", "https://", "www.")):
        return []
    text = _BY_PREFIX.sub("", text).strip()
    parts = [p.strip(" .") for p in _NAME_SPLIT.split(text)] if " " in text else [text]
    names = [p for p in parts if p and len(p) <= MAX_AUTHOR_CHARS]
    # "Doe, Jane" (one person written surname-first) splits into single words: keep it whole.
    if len(names) > 1 and all(" " not in p for p in names) and "," in text:
        return [text] if len(text) <= MAX_AUTHOR_CHARS else []
    return names


def _dedupe_authors(authors: list[Author]) -> tuple[Author, ...]:
    seen: set[str] = set()
    out: list[Author] = []
    for a in authors:
        key = a.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(a)
    return tuple(out)


# --- the title -------------------------------------------------------------------------------


def _norm_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def trim_site_name(title: str, site_name: str | None, host: str | None) -> str:
    """``Headline - Site`` / ``Site | Headline`` → ``Headline`` when the other part is the site
    (named in og:site_name, or the URL's host), or a short ``|`` suffix of a longer title."""
    site_keys = {k for k in (_norm_key(site_name or ""), _norm_key(host or "")) if k}
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        first, _, rest = title.partition(sep)
        for keep, drop in ((head, tail), (rest, first)):
            key = _norm_key(drop)
            if key and any(key in s or s in key for s in site_keys) and _norm_key(keep):
                return keep.strip()
        if sep == " | " and len(tail) < len(head) and len(tail.split()) <= 4:
            return head.strip()
    return title


def _host_key(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z]+://(?:www\d?\.|m\.|news\.)?([^/:?#]+)", url, re.IGNORECASE)
    if m is None:
        return None
    parts = m.group(1).split(".")
    # the registrable label: example.co.kr → example, latimes.com → latimes
    labels = [p for p in parts if p not in ("com", "co", "kr", "net", "org", "uk", "jp", "de")]
    return labels[-1] if labels else None


def _sane_title(text: str | None) -> str | None:
    if text is None:
        return None
    if not (MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS):
        return None
    return text


# --- the page --------------------------------------------------------------------------------


def page_meta(tree_or_html: LexborHTMLParser | str) -> PageMeta:
    """Everything the page declares about itself (see the module docstring for the order)."""
    tree = (
        LexborHTMLParser(tree_or_html.replace("\x00", "\ufffd"), scripting=True)
        if isinstance(tree_or_html, str)
        else tree_or_html
    )
    try:
        return _page_meta(tree)
    except (ValueError, TypeError, AttributeError, RecursionError):  # malformed beyond repair
        return PageMeta()


def _page_meta(tree: LexborHTMLParser) -> PageMeta:
    # <meta> tags: property= / name= / itemprop= → content, first value wins.
    metas: dict[str, str] = {}
    # One pass over the whole document for what may sit in <body> (JSON-LD, microdata <meta>,
    # <time>); the rest is read from <head> only (each query walks its subtree).
    head = tree.head or tree.root
    scripts, body_metas, times = [], [], []
    for node in tree.css('script[type*="ld+json" i], meta[content][itemprop], time[datetime]'):
        tag = node.tag
        if tag == "script":
            scripts.append(node)
        elif tag == "meta":
            body_metas.append(node)
        else:
            times.append(node)
    head_metas = head.css("meta[content]") if head is not None else []
    for node in (*head_metas, *body_metas):
        attrs = node.attributes
        content = _clean(attrs.get("content"))
        if content is None:
            continue
        for key_attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs.get(key_attr)
            if key:
                metas.setdefault(key.strip().lower(), content)

    # JSON-LD
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    by_id: dict[str, Any] = {}
    loose: dict[str, str] = {}
    for node in scripts:
        raw = node.text(deep=True) or ""
        data = _load_json(raw)
        if data is None:
            for m in _LD_FIELD.finditer(raw):
                loose.setdefault(m.group(1), m.group(2))
            continue
        a, p, ids = _collect(data)
        articles.extend(a)
        pages.extend(p)
        for k, v in ids.items():
            by_id.setdefault(k, v)
    ld = articles or pages

    def ld_str(key: str) -> str | None:
        value = _ld_value(ld, key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        return _clean(value) or _clean(loose.get(key))

    # url and site first (the title trimming uses them)
    url = None
    for node in head.css("link[rel~=canonical i][href]") if head is not None else ():
        url = _clean(node.attributes.get("href"))
        if url:
            break
    url = url or metas.get("og:url")
    if url is None:
        ld_url = _ld_value(ld, "url") or _ld_value(ld, "mainEntityOfPage")
        if isinstance(ld_url, dict):
            ld_url = ld_url.get("@id")
        url = _clean(ld_url)

    site_name = metas.get("og:site_name")
    if site_name is None:
        publisher = _ld_value(articles, "publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict):
            site_name = _clean(publisher.get("name"))
    site_name = site_name or metas.get("application-name") or metas.get("twitter:site")
    if site_name and site_name.startswith("@"):
        site_name = site_name[1:] or None

    host = _host_key(url)
    title = _sane_title(ld_str("headline"))
    if title is None:
        for key in ("og:title", "twitter:title", "title", "dc.title", "headline"):
            if key in metas:
                title = _sane_title(trim_site_name(metas[key], site_name, host))
                if title:
                    break
    if title is None:
        title_node = head.css_first("title") if head is not None else None
        if title_node is not None:
            title = _sane_title(_clean(title_node.text()))
            if title:
                title = trim_site_name(title, site_name, host)

    # authors
    authors: list[Author] = []
    ld_author = _ld_value(articles, "author") or _ld_value(articles, "creator")
    if ld_author is not None:
        authors = _names(ld_author, by_id)
    if not authors:
        for key in (
            "author",
            "article:author",
            "byl",
            "sailthru.author",
            "parsely-author",
            "dc.creator",
            "citation_author",
            "twitter:creator",
        ):
            value = metas.get(key)
            if value and not value.startswith("@"):
                authors = [Author(name=n) for n in _split_names(value)]
                if authors:
                    break

    # dates
    published = normalise_date(ld_str("datePublished") or ld_str("dateCreated"))
    modified = normalise_date(ld_str("dateModified"))
    if published is None:
        for key in (
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "parsely-pub-date",
            "sailthru.date",
            "article.published",
            "og:published_time",
            "citation_publication_date",
        ):
            published = normalise_date(metas.get(key))
            if published:
                break
    if modified is None:
        for key in (
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "dcterms.modified",
            "last-modified",
            "article.updated",
        ):
            modified = normalise_date(metas.get(key))
            if modified:
                break
    if published is None:
        published = _time_element_date(times)

    # language
    language = normalise_language(ld_str("inLanguage"))
    if language is None:
        root = tree.root
        if root is not None:
            language = normalise_language(root.attributes.get("lang"))
            if language is None:
                language = normalise_language(root.attributes.get("xml:lang"))
    if language is None:
        language = normalise_language(
            metas.get("content-language") or metas.get("og:locale") or metas.get("language")
        )

    description = ld_str("description") or metas.get("og:description") or metas.get("description")
    body = _ld_value(articles, "articleBody")
    article_body = body.strip() or None if isinstance(body, str) else None
    section = ld_str("articleSection") or metas.get("article:section")

    return PageMeta(
        title=title,
        authors=_dedupe_authors(authors),
        published=published,
        modified=modified,
        language=language,
        url=url,
        site_name=_clean(site_name),
        description=description,
        article_body=article_body,
        section=section,
    )


def _time_element_date(times: list[LexborNode]) -> str | None:
    """The first ``<time datetime>`` that says it is the publication date, else the first one."""
    first: str | None = None
    for node in times:
        attrs = node.attributes
        value = normalise_date(attrs.get("datetime"))
        if value is None:
            continue
        marks = " ".join(v for k in ("itemprop", "class", "pubdate") if (v := attrs.get(k)))
        if "pubdate" in attrs or "publish" in marks.lower():
            return value
        if first is None:
            first = value
    return first


# --- preferring the page's declarations ------------------------------------------------------


# How much text the script check of a declared language reads.
LANGUAGE_CHECK_CHARS = 1_500
_SCRIPT_OF_LANGUAGE: dict[str, str] = {rule.lang: rule.script for rule in LANGUAGE_RULES}


def declared_language_fits(language: str, text: str) -> bool:
    """Whether the text's main script is the one the declared language is written in (a Korean
    article in a template that says ``lang="en"`` does not fit). A cheap check: when it fits,
    the declaration is taken without scoring words."""
    script = _SCRIPT_OF_LANGUAGE.get(language)
    if script is None:
        return False
    counts = script_counts(text[:LANGUAGE_CHECK_CHARS])
    if not counts:
        return False
    top = max(counts, key=lambda s: counts[s])
    return top == script or (language == "ja" and top in ("kana", "han"))


_HAS_OFFSET = rx.compile(r"(?:[+-]\d{2}:\d{2}|Z)$")
_EMAIL = rx.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _with_offset(iso: str, language: str | None, tz: str | None) -> str:
    if "T" not in iso or _HAS_OFFSET.search(iso):
        return iso
    zone = tz or LANGUAGE_ZONES.get(language or "")
    return iso + zone if zone else iso


def _visible_title(declared: str, article: Article) -> str:
    """The page's visible headline when it is the declared one up to punctuation (og:title
    writes ″ where the <h1> prints "), else the declared title."""
    key = _norm_key(declared)
    if article.title and _norm_key(article.title) == key:
        return article.title
    for decision in article.decisions:
        block = decision.block
        if block.tag in ("h1", "h2") and _norm_key(block.text) == key:
            return block.text
    return declared


def _read_author(author: Author) -> tuple[Author, ...]:
    """A declared author string read like a byline (``이남경 기자(x@y.kr)`` → name, role, email)."""
    from newsparse.bylines import find_byline

    hit = find_byline(author.name)
    if hit is not None and hit.authors:
        return hit.authors
    email = _EMAIL.search(author.name)
    if email is None:
        return (author,)
    name = (author.name[: email.start()] + author.name[email.end() :]).strip(" ()<>[]")
    return (Author(name or author.name, author.role, email.group(0)),) if name else (author,)


def apply_page_meta(article: Article, meta: PageMeta, *, tz: str | None = None) -> Article:
    """The article with the page's declared metadata preferred where present and sane.

    Title: the declared headline (in its visible spelling when the page prints the same words).
    Dates: the declared ones, given the language's zone when they carry a time but no offset.
    Authors: the declared people (desks only when no person is declared), each replaced by the
    classifier's reading of the same name when it has more (a role word, an email). Language:
    the declared one unless the text's own script says otherwise (a Korean article in a template
    that says ``lang="en"``). URL and site name: as declared.
    """
    changes: dict[str, Any] = {}
    language = article.language
    if meta.language and (language is None or language == meta.language):
        language = changes["language"] = meta.language
    if meta.title and meta.title != meta.site_name:
        changes["title"] = _visible_title(meta.title, article)
    if meta.published:
        changes["published"] = _with_offset(meta.published, language, tz)
    if meta.modified:
        changes["modified"] = _with_offset(meta.modified, language, tz)
    if meta.url:
        changes["url"] = meta.url
    if meta.site_name:
        changes["site_name"] = meta.site_name
    people = tuple(a for a in meta.authors if a.role != "desk") or meta.authors
    if people:
        found = {a.name: a for a in article.authors}
        read = tuple(r for a in people for r in _read_author(a))
        changes["authors"] = _dedupe_authors([found.get(a.name, a) for a in read])
    return replace(article, **changes) if changes else article
