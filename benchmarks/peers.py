"""The extractors the benchmark runs: newsparse, a whole-page baseline, and peers if installed.

Each ``Tool`` turns a page's bytes into a ``Prediction`` (body text, title, published, author
names). Work that only adapts the input for a tool (wrapping a text dump's lines as ``<p>`` for
HTML-only peers) happens in ``prepare`` and is not timed; ``run`` is the timed call. Peers are
imported lazily, so the benchmark (and the tests) run without them: ``available()`` says which
are installed. The peers are the optional ``bench`` extra of pyproject.toml.

- ``newsparse``: ``newsparse.extract(bytes, input_format=kind)``; body = paragraphs joined by
  newlines.
- ``whole page``: every line of text on the page as the body (text: the dump itself; HTML: the
  text of ``<body>`` without script/style/noscript/template, block by block), the floor any
  extractor should beat.
- ``trafilatura``: ``bare_extraction(..., with_metadata=True)``, defaults otherwise; the body is
  its main text without the comments section (its ``extract()`` appends comments to the text,
  which costs it about 0.005 body F1 on aeb/html); title, date and author from its metadata.
- ``jusText``: ``justext.justext`` with the union of all its stop lists (the pages are in many
  languages; trafilatura uses jusText the same way), non-boilerplate paragraphs as the body.
- ``readability``: readability-lxml ``Document.summary()`` as text, ``short_title()``,
  ``author()``.
"""

from __future__ import annotations

import html as html_lib
import importlib.metadata
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from benchmarks.corpus import Page

NEWSPARSE = "newsparse"
WHOLE_PAGE = "whole page"


@dataclass(frozen=True, slots=True)
class Prediction:
    """What a tool said about one page; None where the tool does not say."""

    body: str | None = None
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    kinds: tuple[str, ...]
    """Input kinds it reads natively; other kinds reach it through ``prepare``."""
    provides: frozenset[str]
    """Metrics its predictions can score on: body, title, date, author."""
    module: str | None
    """Module that must be importable for the tool to run (None: always there)."""
    distribution: str | None
    """Package whose version is reported."""
    prepare: Callable[[bytes, str], Any]
    """Untimed: adapt a page's bytes of a given kind to the tool's input."""
    run: Callable[[Any, Page, str], Prediction]
    """Timed: the extraction itself."""
    is_peer: bool = True


# --- input adaptation -----------------------------------------------------------------------


def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def text_as_html(data: bytes) -> str:
    """A text dump as HTML for tools that only read HTML: each non-blank line as one ``<p>``."""
    lines = (line.strip() for line in decode(data).splitlines())
    paras = "".join(f"<p>{html_lib.escape(line)}</p>\n" for line in lines if line)
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{paras}</body></html>'
    )


def _as_html_input(data: bytes, kind: str) -> bytes | str:
    return data if kind == "html" else text_as_html(data)


def _identity(data: bytes, kind: str) -> bytes:
    return data


# --- newsparse ------------------------------------------------------------------------------


def _newsparse_run(data: bytes, page: Page, kind: str) -> Prediction:
    import newsparse

    article = newsparse.extract(data, source=str(page.path), input_format=kind)
    return Prediction(
        body="\n".join(article.body),
        title=article.title,
        published=article.published,
        authors=tuple(a.name for a in article.authors),
    )


# --- whole page baseline --------------------------------------------------------------------

_INVISIBLE = ("script", "style", "noscript", "template", "head")
_BLOCKS = (
    "p div li ul ol h1 h2 h3 h4 h5 h6 br tr td th table section article header footer nav aside "
    "main blockquote pre figure figcaption dd dt dl form hr"
).split()


def _whole_page_run(data: bytes, page: Page, kind: str) -> Prediction:
    if kind != "html":
        return Prediction(body=decode(data))
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(data)
    tree.strip_tags(list(_INVISIBLE))
    root = tree.body or tree.root
    if root is None:
        return Prediction(body="")
    for node in root.css(",".join(_BLOCKS)):
        node.insert_before("\n")
    text = root.text(deep=True, separator="")
    return Prediction(body="\n".join(line.strip() for line in text.splitlines() if line.strip()))


# --- peers ----------------------------------------------------------------------------------

_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|·|/)\s*")


def _split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(a for a in _AUTHOR_SPLIT.split(value) if a)


def _trafilatura_run(payload: bytes | str, page: Page, kind: str) -> Prediction:
    import trafilatura

    doc: Any = trafilatura.bare_extraction(payload, with_metadata=True)
    if doc is None:
        return Prediction(body="")
    return Prediction(
        body=doc.text or "",
        title=doc.title,
        published=doc.date,
        authors=_split_authors(doc.author),
    )


@cache
def _justext_stoplist() -> frozenset[str]:
    import justext

    words: set[str] = set()
    for language in justext.get_stoplists():
        words.update(justext.get_stoplist(language))
    return frozenset(words)


def _justext_prepare(data: bytes, kind: str) -> bytes:
    _justext_stoplist()  # build the union once, outside the timed call
    out = _as_html_input(data, kind)
    return out.encode("utf-8") if isinstance(out, str) else out


def _justext_run(payload: bytes, page: Page, kind: str) -> Prediction:
    import justext

    paragraphs = justext.justext(payload, _justext_stoplist())
    return Prediction(body="\n".join(p.text for p in paragraphs if not p.is_boilerplate))


_READABILITY_BLOCKS = frozenset(_BLOCKS)


def _readability_run(payload: bytes | str, page: Page, kind: str) -> Prediction:
    import lxml.html
    from readability import Document

    doc = Document(payload)
    summary = doc.summary(html_partial=True)
    tree = lxml.html.fromstring(summary) if summary.strip() else None
    body = ""
    if tree is not None:
        for el in tree.iter():
            if isinstance(el.tag, str) and el.tag in _READABILITY_BLOCKS:
                el.tail = "\n" + (el.tail or "")
                el.text = "\n" + (el.text or "")
        body = "\n".join(s.strip() for s in tree.text_content().splitlines() if s.strip())
    author = doc.author() if hasattr(doc, "author") else None
    return Prediction(
        body=body,
        title=doc.short_title(),
        authors=_split_authors(author) if isinstance(author, str) else None,
    )


TOOLS: tuple[Tool, ...] = (
    Tool(
        NEWSPARSE,
        ("text", "html"),
        frozenset({"body", "title", "date", "author"}),
        "newsparse",
        None,
        _identity,
        _newsparse_run,
        is_peer=False,
    ),
    Tool(
        WHOLE_PAGE,
        ("text", "html"),
        frozenset({"body"}),
        None,
        None,
        _identity,
        _whole_page_run,
        is_peer=False,
    ),
    Tool(
        "trafilatura",
        ("html",),
        frozenset({"body", "title", "date", "author"}),
        "trafilatura",
        "trafilatura",
        _as_html_input,
        _trafilatura_run,
    ),
    Tool(
        "jusText",
        ("html",),
        frozenset({"body"}),
        "justext",
        "jusText",
        _justext_prepare,
        _justext_run,
    ),
    Tool(
        "readability",
        ("html",),
        frozenset({"body", "title", "author"}),
        "readability",
        "readability-lxml",
        _as_html_input,
        _readability_run,
    ),
)

TOOL_NAMES: tuple[str, ...] = tuple(t.name for t in TOOLS)


def get_tool(name: str) -> Tool:
    for tool in TOOLS:
        if tool.name == name:
            return tool
    raise KeyError(name)


def is_available(tool: Tool) -> bool:
    """Whether the tool's module is installed (peers are optional); imports nothing, so the
    parent process stays small for the forked workers that measure memory."""
    if tool.module is None:
        return True
    try:
        return importlib.util.find_spec(tool.module) is not None
    except (ImportError, ValueError):
        return False


def version(tool: Tool) -> str | None:
    """The installed version of a peer (None for newsparse and the baseline: the run records
    the repository's commit instead)."""
    dist = tool.distribution
    if dist is None:
        return None
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None
