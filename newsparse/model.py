"""The records that flow between pipeline stages, and the closed sets they use.

Every record is a frozen, slotted dataclass holding tuples (not lists), so that stages cannot
change what an earlier stage produced, and orjson can serialise them directly. ``Label`` and
``Reason`` are the vocabulary of decisions: each block gets one label and the reason id of the
rule that gave it. ``REASON_PHRASES`` is the single table of human phrases for reason ids
(``inspect`` shows them, the README lists them, a test checks both).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import MISSING, dataclass, field, fields
from enum import StrEnum
from itertools import starmap
from typing import Any, TypeVar

_T = TypeVar("_T")


_BUILDERS: dict[type, Callable[..., Any]] = {}
"""Each ``_quick_init`` class's builder (see there), for ``records``."""


def _quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen slotted dataclass a ``__new__`` that makes the record through a mutable twin
    class with the same slots, storing its fields as plain attribute stores.

    A frozen dataclass's generated ``__init__`` calls ``object.__setattr__`` for each field (it
    must get past the class's own ``__setattr__``, which raises); each such call packs its
    arguments into a tuple and unpacks them again in C. Here ``__new__`` makes the instance as
    the twin (``_<Name>Twin``: same ``__slots__``, hence the same memory layout, and no
    ``__setattr__`` or ``__init__`` of its own), stores the fields with ordinary ``self.x = x``
    statements (which the interpreter specialises into direct slot writes) and gives the
    instance its own class: one class change instead of one ``object.__setattr__`` call per
    field. The class then has no ``__init__`` of its own (``object.__init__`` accepts the
    arguments, since ``__new__`` is overridden), so making a record runs one Python function.
    (An ``__init__`` cannot do the same: the instance it gets is already a frozen ``cls``, and
    making it a twin first takes a second class change, through a slot wrapper call: ~0.5 k
    instructions more a record, and classify makes one Decision per line.) Nothing else sees
    the twin. Frozenness, equality, hashing, repr, the signature and the defaults stay the
    dataclass's own; ``__getnewargs__`` gives pickle and ``copy`` the fields ``__new__`` takes
    (``tests/test_model.py`` checks all of these). A builder function does the same without
    the ``cls`` argument: ``records`` makes many records through it.
    """
    if cls.__bases__ != (object,) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: only a slotted dataclass without bases is supported")
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": cls.__dict__["__slots__"]})
    namespace: dict[str, Any] = {"_cls": cls, "_twin": twin}
    params: list[str] = []
    stores: list[str] = []
    names: list[str] = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: default factories are not supported")
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        stores.append(f"    self.{f.name} = {f.name}\n")
        names.append(f"self.{f.name}, ")
    head = f"{', '.join(params)}):\n    self = _twin()\n{''.join(stores)}"
    exec(f"def build({head}    self.__class__ = _cls\n    return self\n", namespace)
    exec(f"def __new__(_kind, {head}    self.__class__ = _cls\n    return self\n", namespace)
    exec(f"def __getnewargs__(self):\n    return ({''.join(names)})\n", namespace)
    for name in ("__new__", "__getnewargs__"):
        method = namespace[name]
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        # (mypy rejects assigning a method: hence setattr)
        setattr(cls, name, staticmethod(method) if name == "__new__" else method)  # noqa: B010
    delattr(cls, "__init__")  # (object.__init__ from now on: see above)
    _BUILDERS[cls] = namespace["build"]
    return cls


def records(cls: type[_T], rows: Iterable[tuple[Any, ...]]) -> tuple[_T, ...]:
    """``tuple(cls(*row) for row in rows)`` for a ``_quick_init`` class, in bulk: each row goes
    straight to the class's builder (the body of its ``__new__`` as a plain function), not
    through the type's call and ``__new__`` lookup. For the records a page makes by the hundred
    (its text blocks, its dropped lines). (Changing the classes in bulk after, by C iterators,
    measured dearer than the class change in the builder.)"""
    return tuple(starmap(_BUILDERS[cls], rows))


def maker(cls: type[_T]) -> Callable[..., _T]:
    """The function that makes one record of a ``_quick_init`` class: ``maker(cls)(*fields)``
    is ``cls(*fields)`` (same arguments, defaults and errors), without the type's call around
    it (``type.__call__``, the ``__new__`` lookup, ``object.__init__``): ~0.9 k instructions
    less a record (callgrind). For loops that make a record a line (classify's decisions,
    assemble's dropped lines)."""
    return _BUILDERS[cls]


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
    TEASER = "teaser"
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
    Reason.TEASER: "another article's headline run into its summary (a teaser card)",
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
