"""The records that flow between pipeline stages, and the closed sets they use.

Every record is a frozen, slotted dataclass holding tuples (not lists), so that stages cannot
change what an earlier stage produced, and orjson can serialise them directly. ``Label`` and
``Reason`` are the vocabulary of decisions: each block gets one label and the reason id of the
rule that gave it. ``REASON_PHRASES`` is the single table of human phrases for reason ids
(``inspect`` shows them, the README lists them, a test checks both).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, field, fields
from enum import StrEnum
from itertools import repeat, starmap
from typing import Any, TypeVar

_T = TypeVar("_T")


_TWINS: dict[type, type] = {}
"""Each ``_quick_init`` class's mutable twin (see there), for ``records``."""


def _quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen slotted dataclass an ``__init__`` that stores its fields as plain attribute
    stores, through a mutable twin class with the same slots.

    A frozen dataclass's generated ``__init__`` calls ``object.__setattr__`` for each field (it
    must get past the class's own ``__setattr__``, which raises); each such call packs its
    arguments into a tuple and unpacks them again in C. Here the new instance is first given the
    twin class (``_<Name>Init``: same ``__slots__``, hence the same memory layout, and no
    ``__setattr__`` of its own), the fields are stored with ordinary ``self.x = x`` statements
    (which the interpreter specialises into direct slot writes), and the instance is given back
    its own class: two class changes instead of one ``object.__setattr__`` call per field, about
    a third cheaper for Block's seven fields (one Block per line of a page). Nothing else sees
    the twin: the instance is a plain ``cls`` again before ``__init__`` returns. Only
    ``__init__`` changes: frozenness, equality, hashing, repr and the defaults stay the
    dataclass's own (``tests/test_model.py`` checks them). The twin has the same ``__init__``
    without the class changes: ``records`` builds many records through it.
    """
    if cls.__bases__ != (object,) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: only a slotted dataclass without bases is supported")
    twin = type(f"_{cls.__name__}Init", (), {"__slots__": cls.__dict__["__slots__"]})
    namespace: dict[str, Any] = {
        "_cls": cls,
        "_twin": twin,
        "_set_class": object.__dict__["__class__"].__set__,
    }
    params: list[str] = []
    stores: list[str] = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: default factories are not supported")
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        stores.append(f"    self.{f.name} = {f.name}\n")
    head = f"(self, {', '.join(params)}):\n"
    exec(f"def twin_init{head}{''.join(stores)}", namespace)
    exec(
        f"def __init__{head}    _set_class(self, _twin)\n{''.join(stores)}"
        "    self.__class__ = _cls\n",
        namespace,
    )
    for name, target in (("twin_init", twin), ("__init__", cls)):
        init = namespace[name]
        init.__name__ = "__init__"
        init.__qualname__ = f"{target.__qualname__}.__init__"
        setattr(target, "__init__", init)  # noqa: B010 (mypy rejects assigning a method)
    _TWINS[cls] = twin
    return cls


def records(cls: type[_T], rows: Iterable[tuple[Any, ...]]) -> tuple[_T, ...]:
    """``tuple(cls(*row) for row in rows)`` for a ``_quick_init`` class, in bulk: the records
    are made as the mutable twin (no class change in its ``__init__``) and all given ``cls`` at
    the end by C iterators, one class change a record instead of two. For the records a page
    makes by the hundred (its text blocks, its dropped lines)."""
    made = tuple(starmap(_TWINS[cls], rows))
    deque(map(setattr, made, repeat("__class__"), repeat(cls)), maxlen=0)
    return made  # (each one is a ``cls`` now)


class Label(StrEnum):
    """What a block is, once classified."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATE = "date"
    BODY = "body"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"


class Reason(StrEnum):
    """Why a block got its label: the id of the rule or stage that decided."""

    # kept as article content
    PROSE = "prose"
    PROSE_NEIGHBOURS = "prose-neighbours"
    BODY_LIST = "body-list"
    HTML_BODY = "html-body"
    TITLE_LINE = "title-line"
    TITLE_META = "title-meta"
    SUBTITLE_LINE = "subtitle-line"
    BYLINE_LINE = "byline-line"
    DATE_LINE = "date-line"
    CAPTION_CREDIT = "caption-credit"
    # dropped as boilerplate
    SHARE = "share"
    NAV = "nav"
    LIST_HEADER = "list-header"
    LIST_ITEM = "list-item"
    COPYRIGHT = "copyright"
    COUNTER = "counter"
    FOOTER = "footer"
    PROMO = "promo"
    PLACEHOLDER = "placeholder"
    NOTICE = "notice"
    DUPLICATE = "duplicate"
    COMMENTS = "comments"
    DATED = "dated"
    SHORT = "short"
    LINKS = "links"
    OUTSIDE = "outside"
    HIDDEN_HINT = "hint"


REASON_PHRASES: dict[Reason, str] = {
    Reason.PROSE: "sentence-like line inside the densest run of prose",
    Reason.PROSE_NEIGHBOURS: "short line kept because its neighbours are body",
    Reason.BODY_LIST: "list inside the article, announced by a lead-in line",
    Reason.HTML_BODY: "block inside the page's declared article container",
    Reason.TITLE_LINE: "headline line just above the byline or the body",
    Reason.TITLE_META: "headline matching the page's declared title",
    Reason.SUBTITLE_LINE: "deck / sub-headline between the title and the body",
    Reason.BYLINE_LINE: "author byline (name, role, email)",
    Reason.DATE_LINE: "labelled publication or modification date",
    Reason.CAPTION_CREDIT: "image caption with its credit",
    Reason.SHARE: "share/print/mail button or article tool",
    Reason.NAV: "site navigation or menu entry",
    Reason.LIST_HEADER: "'most read' / related list header",
    Reason.LIST_ITEM: "item of a 'most read' / related list",
    Reason.COPYRIGHT: "copyright or reuse notice",
    Reason.COUNTER: "lone counter (views, likes, comments)",
    Reason.FOOTER: "site footer (policies, registration, contacts)",
    Reason.PROMO: "promotion, subscription or tip-off call",
    Reason.PLACEHOLDER: "image/form placeholder, embedded post, or symbols alone, not text",
    Reason.NOTICE: "browser, cookie or site notice",
    Reason.DUPLICATE: "repeat of a line already seen",
    Reason.COMMENTS: "reader comments header or comment tool",
    Reason.DATED: "date or time stamp of a listed item or comment",
    Reason.SHORT: "short line outside the article's prose",
    Reason.LINKS: "link-dense block (menus, teasers)",
    Reason.OUTSIDE: "outside the densest run of prose",
    Reason.HIDDEN_HINT: "class/id/role says navigation, share, related or footer",
}


class Format(StrEnum):
    """Output formats of ``newsparse extract``."""

    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    CSV = "csv"


class Only(StrEnum):
    """Which lines ``inspect --only`` shows (a command-line choice: here so that the command's
    options can be declared without importing the table view and rich)."""

    BOILERPLATE = "boilerplate"
    BODY = "body"
    META = "meta"


class InputFormat(StrEnum):
    """What the input is; ``auto`` sniffs it."""

    AUTO = "auto"
    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Source:
    """One input, decoded to text."""

    name: str
    """The input as the user gave it ("-" for stdin)."""
    text: str
    """The decoded text (never fails: bad bytes are U+FFFD or repaired)."""
    input_format: InputFormat = InputFormat.TEXT
    """TEXT or HTML, after sniffing (never AUTO here)."""
    encoding: str | None = None
    """The encoding the bytes were decoded from, where bytes were read."""


@_quick_init
@dataclass(frozen=True, slots=True)
class Block:
    """A unit of the page the classifier judges: a non-blank line of text, or an HTML block."""

    index: int
    """0-based position among the page's blocks."""
    line: int
    """1-based line number in the input (for HTML: the block's order, 1-based)."""
    text: str
    """The block's text with the bullet / list number removed and spaces trimmed."""
    bullet: str = ""
    """The list marker the line started with (`•`, `*`, `-`, `1.`), or ''."""
    tag: str = ""
    """HTML only: the element that made the block (p, h1, li, figcaption ...)."""
    link_density: float = 0.0
    """HTML only: share of the block's characters inside <a>."""
    hints: tuple[str, ...] = ()
    """HTML only: class/id/role/itemprop tokens of the block and its ancestors that matter."""


@_quick_init
@dataclass(frozen=True, slots=True)
class Decision:
    """One block's label and the rule that gave it."""

    block: Block
    label: Label
    reason: Reason


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    """The person's (or desk's) name as printed, role word removed."""
    role: str | None = None
    """The role word as printed (기자, 特派員, Reporter), 'desk' for desks, or None."""
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    """The caption without its credit."""
    credit: str | None = None
    """Who the picture is from (사진=X, AP Photo/X, ...), or None."""


@_quick_init
@dataclass(frozen=True, slots=True)
class Dropped:
    line: int
    """1-based line number (HTML: block order)."""
    text: str
    reason: Reason


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None = None
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """The record newsparse produces for one input. JSON field names are fixed by the schema."""

    source: str
    input_format: str
    language: str | None = None
    title: str | None = None
    subtitles: tuple[str, ...] = ()
    authors: tuple[Author, ...] = ()
    published: str | None = None
    modified: str | None = None
    body: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    boilerplate: tuple[Dropped, ...] = ()
    dateline: Dateline | None = None
    url: str | None = None
    site_name: str | None = None
    decisions: tuple[Decision, ...] = field(default=(), repr=False, compare=False)
    """Every block's decision, in input order (not serialised; ``--explain`` derives ``lines``)."""
