"""Bylines and datelines: who wrote an article, and the wire head glued to its first paragraph.

``find_byline(line)`` recognises a byline in one line -- Korean ``이름 기자 email`` in its many
forms, ``By X and Y`` / ``Von X`` / ``Par X`` and their kin, ``Name, Staff Writer``, Japanese
``北京＝峯村健司``, Chinese ``记者 张三`` -- and returns the authors (``newsparse.model.Author``:
name without the role word, role as printed or ``"desk"``, email) with the byline's span and
whether the line is only a byline. It must not fire on prose that mentions reporters (기자회견,
내외신 기자, "stand by me") nor on photo credits. ``strip_dateline(paragraph)`` removes a wire head
(``(서울=연합뉴스) 홍길동 기자 =``, ``SEOUL, Oct 20 (Reuters) -``, ``【北京＝X】``,
``新华社北京10月20日电（记者X）``) and returns it as a ``Dateline`` plus its reporters and the
rest of the paragraph, always a suffix of the input. Forms and examples are in
``newsparse.rules.bylines``; words in ``newsparse.rules.languages``. Regexes are compiled once at
import; every function is linear in its input and never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from newsparse import regex_cache as rx
from newsparse.dates import find_dates
from newsparse.model import Author, Dateline
from newsparse.rules import alternation
from newsparse.rules.languages import (
    AGENCIES,
    BYLINE_PREFIXES,
    DATE_LINE_WORDS_KO,
    DESK_NAMES,
    DESK_SUFFIX_WORDS,
    KO_BYLINE_TRAILERS,
    KO_NOT_NAMES,
    KO_QUALIFIER_ENDINGS,
    KO_ROLE_PREFIXABLE,
    KO_SURNAMES,
    MONTHS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NOT_DATELINE_PLACES,
    NOT_NAME_WORDS,
    ROLE_WORDS,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class BylineHit:
    """A byline found in a line."""

    authors: tuple[Author, ...]
    """The people (and desks, role ``"desk"``) credited, in printed order."""
    start: int
    """Span of the byline in the text (place prefix and emails included)."""
    end: int
    whole_line: bool
    """The line is essentially only a byline (plus dates, emails, separators, UI words)."""


CONTEXT_CHARS = 80
"""How far before a Korean name its left context (boundary, free words, email) is looked for."""
MAX_NAME_TOKENS = 5
"""A Latin-script name longer than this many words is prose, not a name."""
MAX_FREE_TOKENS = 2
"""Words allowed between a line start / bracket and a Korean name (outlet, desk, place)."""
LATIN_TAIL_WORDS = 8
"""A Latin byline line with more words than this after the names is not a whole-line byline."""


def _alt(words: Iterable[str]) -> str:
    return alternation(words)


# ---------------------------------------------------------------------------------------------
# Korean.
# ---------------------------------------------------------------------------------------------

_H = "가-힣"
_KO_DOUBLE = [s for s in KO_SURNAMES if len(s) == 2]
_KO_SINGLE = "".join(sorted({s for s in KO_SURNAMES if len(s) == 1}))
_KO_NAME = r"(?:" + _alt(_KO_DOUBLE) + rf"[{_H}]{{1,2}}|[{_KO_SINGLE}][{_H}]{{1,3}})"
_KO_ROLE = (
    rf"(?:[{_H}]{{1,4}}" + _alt(KO_ROLE_PREFIXABLE) + "|기잡니다|" + _alt(ROLE_WORDS["ko"]) + ")"
)
_KO_QUAL = rf"(?:[A-Za-z0-9&]+[{_H}0-9]*|[{_H}A-Za-z0-9]{{0,10}}" + _alt(KO_QUALIFIER_ENDINGS) + ")"
_KO_SIGNOFF_TAIL = rf"(?:입니다|의\s?보도입니다|가\s?[{_H}\s]{{0,12}}니다)"
_KO_ATOM_RE = rx.compile(
    rf"(?:(?P<credit>글|사진|정리|취재|영상|그래픽)\s*[/=]\s*"
    rf"|(?P<place>[{_H}A-Za-z0-9]{{1,10}})\s*[=/]\s*)?"
    rf"(?P<names>{_KO_NAME}(?:\s?[·,ㆍ]\s?{_KO_NAME})*)"
    rf"(?P<qual>(?:\s{_KO_QUAL}){{0,2}}?)\s?(?P<role>{_KO_ROLE})"
    rf"(?:(?P<tail>{_KO_SIGNOFF_TAIL})|(?![{_H}]))"
)
_KO_NEWS_SIGNOFF_RE = rx.compile(
    rf"(?:^|\s)(?P<outlet>[A-Z]{{2,5}}\s?뉴스)\s?(?P<names>{_KO_NAME})입니다\.?\s*$"
)
_KO_NAME_SPLIT_RE = rx.compile(r"\s?[·,ㆍ]\s?")
_PARTICLE_END = frozenset("는을를에의와과")
_FREE_TOKEN_BAD_END = frozenset("은는이가을를에의와과도로며고다요서")
"""A word ending so is a particle-marked word of a sentence, not an outlet, desk or place."""
_KO_BOUNDARY_RE = rx.compile(r"(?:^|[\[(（【<「『/=·,|:•□▶▲■◆]|[.!?。”\"’'…]\s*|\sl)\s*$")
_KO_FREE_RE = rx.compile(
    r"(?:^|[\[(（【<「『/=·,|:•□]|[.!?。”\"’'…]\s)\s*((?:[^\s\[\]()]+\s+){1,"
    + str(MAX_FREE_TOKENS)
    + "})$"
)
_PHOTO_DATE_BEFORE_RE = rx.compile(r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*$")
_EMAIL = r"[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)*[A-Za-z0-9\-]*[A-Za-z0-9]|[A-Za-z0-9._%+\-]+@"
_EMAIL_RE = rx.compile(_EMAIL)
_EMAIL_AFTER_RE = rx.compile(r"\s*[/(\[<]?\s*(?P<email>" + _EMAIL + r")\s*[)\]>]?")
_EMAIL_BEFORE_RE = rx.compile(r"(?P<email>" + _EMAIL + r")[\s/,]*$")
_BARE_LOCAL_RE = rx.compile(r"\s+(?P<email>[a-z][a-z0-9._\-]{2,29})\s*[\])]?\s*$")
_KO_TRAILER_RE = rx.compile(
    r"\s*(?:$|[\])】>」』]|[·,/|ㅣ│=;]|l(?=\s|[가-힣])|\((?!사진)|\d"
    r"|[A-Za-z]|" + _alt(KO_BYLINE_TRAILERS) + "|" + _alt(DATE_LINE_WORDS_KO) + r")"
)
_KO_DESK_RE = rx.compile(
    rf"^\s*[\[(（]\s*(?P<desk>(?:[A-Za-z0-9]+\s?)?[{_H}A-Za-z0-9]*"
    rf"(?:뉴스|편집|취재|데스크|디지털|온라인)[{_H}A-Za-z0-9]*(?:부|팀|국|룸|반|센터|크))"
    rf"\s*[\])）]\s*$"
    rf"|^\s*(?P<desk2>(?:[{_H}A-Za-z0-9]+\s)?[{_H}A-Za-z0-9]*(?:팀|부|국|센터|데스크))\s+"
    rf"(?P<email>{_EMAIL})\s*$"
)
_KO_PLACE_NAME_EMAIL_RE = rx.compile(
    rf"(?:^|[\s/=\[(])(?P<place>[{_H}]{{1,6}})\s*[/=]\s*(?P<names>{_KO_NAME})\s+"
    rf"(?P<email>{_EMAIL})"
)
_LEFTOVER_RE = rx.compile(r"[\s\[\](){}<>【】「」『』•□·|/=:;,.\-–—ㅣ│l]+")


def _valid_ko_name(name: str) -> bool:
    if name in KO_NOT_NAMES or any(name.startswith(w) for w in KO_NOT_NAMES if len(w) >= 3):
        return False
    return not (len(name) >= 3 and name[-1] in _PARTICLE_END)


def _ko_context_before(text: str, start: int) -> int | None:
    """Where the byline begins (free words included) if the text before ``start`` allows one."""
    lo = max(0, start - CONTEXT_CHARS)
    prefix = text[lo:start]
    if _PHOTO_DATE_BEFORE_RE.search(prefix):
        return None  # "... 2020.10.20. 홍길동 기자": a photographer's caption credit
    if _KO_BOUNDARY_RE.search(prefix) or _EMAIL_BEFORE_RE.search(prefix):
        return start
    fm = _KO_FREE_RE.search(prefix)
    if not fm:
        return None
    for token in fm.group(1).split():
        if len(token) > 12 or token[-1] in _FREE_TOKEN_BAD_END:
            return None
    return lo + fm.start(1)


def _ko_atoms(text: str) -> list[tuple[int, int, list[Author], bool]]:
    """Korean name+role atoms: (start, end, authors, is_signoff)."""
    out: list[tuple[int, int, list[Author], bool]] = []
    has_writer_credit = re.search(r"글\s*[/=]", text) is not None
    for m in _KO_ATOM_RE.finditer(text):
        credit = m.group("credit")
        if (
            credit
            and credit != "글"
            and not (credit == "사진" and has_writer_credit and m.group(0).find("/") >= 0)
        ):
            continue
        place = m.group("place")
        if place and place in NOT_DATELINE_PLACES:
            continue
        start = _ko_context_before(text, m.start())
        if start is None:
            continue
        names = [n for n in _KO_NAME_SPLIT_RE.split(m.group("names")) if n]
        if not names or not all(_valid_ko_name(n) for n in names):
            continue
        role = m.group("role")
        if role == "기잡니다":
            role = "기자"
        out.append((start, m.end(), [Author(n, role, None) for n in names], bool(m.group("tail"))))
    return out


def _ko_after(text: str, pos: int) -> tuple[list[str], int] | None:
    """Emails after a Korean atom, and whether what follows allows a byline there."""
    emails: list[str] = []
    while True:
        em = _EMAIL_AFTER_RE.match(text, pos)
        if not em:
            break
        emails.append(em.group("email"))
        pos = em.end()
    if not emails:
        bare = _BARE_LOCAL_RE.match(text, pos)
        if bare:
            emails.append(bare.group("email"))
            pos = bare.end()
    if _KO_TRAILER_RE.match(text, pos) or _KO_ATOM_RE.match(
        text, len(text) - len(text[pos:].lstrip())
    ):
        return emails, pos
    return None


def _ko_byline(text: str) -> BylineHit | None:
    atoms = _ko_atoms(text)
    authors: list[Author] = []
    first_start: int | None = None
    last_end = 0
    for start, end, found, signoff in atoms:
        if start < last_end:
            continue
        if signoff:
            after: tuple[list[str], int] | None = ([], end)
        else:
            after = _ko_after(text, end)
        if after is None:
            continue
        emails, end2 = after
        if not emails and not authors:
            lo = max(0, start - CONTEXT_CHARS)
            before = _EMAIL_BEFORE_RE.search(text[lo:start])
            if before:
                emails = [before.group("email")]
                start = lo + before.start()
        if emails:
            found = [Author(found[0].name, found[0].role, emails[0]), *found[1:]]
        if first_start is None:
            first_start = start
        authors.extend(found)
        last_end = end2
    if not authors:
        so = _KO_NEWS_SIGNOFF_RE.search(text)
        if so and _valid_ko_name(so.group("names")):
            s = so.start("outlet")
            return BylineHit(
                (Author(so.group("names"), None, None),),
                s,
                so.end(),
                not _LEFTOVER_RE.sub("", text[:s]),
            )
        pm = _KO_PLACE_NAME_EMAIL_RE.search(text)
        if (
            pm
            and _valid_ko_name(pm.group("names"))
            and pm.group("place") not in (NOT_DATELINE_PLACES)
        ):
            s = pm.start("place")
            return BylineHit(
                (Author(pm.group("names"), None, pm.group("email")),),
                s,
                pm.end(),
                not _LEFTOVER_RE.sub("", text[:s]),
            )
        dm = _KO_DESK_RE.match(text)
        if dm:
            desk = dm.group("desk") or dm.group("desk2")
            return BylineHit(
                (Author(desk.strip(), "desk", dm.group("email")),), dm.start(), dm.end(), True
            )
        return None
    assert first_start is not None
    whole = not _LEFTOVER_RE.sub("", text[:first_start]) and _ko_tail_is_trailer(text[last_end:])
    return BylineHit(tuple(authors), first_start, last_end, whole)


def _ko_tail_is_trailer(tail: str) -> bool:
    """The rest of a line after a Korean byline holds no prose (dates, UI words, ASCII only)."""
    for hit in reversed(find_dates(tail)):
        tail = tail[: hit.start] + " " + tail[hit.end :]
    tail = _TRAILER_WORDS_RE.sub(" ", tail)
    tail = _EMAIL_RE.sub(" ", tail)
    return not re.search(r"[가-힣]{2,}", tail)


_TRAILER_WORDS_RE = rx.compile(
    _alt(KO_BYLINE_TRAILERS) + "|" + _alt(DATE_LINE_WORDS_KO) + "|" + r"[가-힣]{0,8}(?:본부|부|팀)"
    r"|사진\s*=\s*\S+|\S+\s제공|" + _KO_NAME + r"\s?" + _KO_ROLE
)

# ---------------------------------------------------------------------------------------------
# Latin, Cyrillic and other space-separated scripts.
# ---------------------------------------------------------------------------------------------

_ALL_PREFIXES = [
    p
    for ps in BYLINE_PREFIXES.values()
    for p in ps
    if p[0].isascii() or "\u00c0" <= p[0] <= "\u04ff"
]
_LATIN_PREFIX_RE = rx.compile(
    r"^\s*(?:[•□◦▪*|\-]\s*)?(?P<prefix>" + _alt(_ALL_PREFIXES) + r")(?::|\s)\s*(?P<rest>.+)$"
)
_JOINERS = frozenset(w for ws in NAME_JOINERS.values() for w in ws)
_PARTICLES = frozenset(NAME_PARTICLES)
_DESKS = {d.casefold(): d for ds in DESK_NAMES.values() for d in ds}
_ROLES_LATIN = {r.casefold() for lang in ("en", "de") for r in ROLE_WORDS[lang]}
_NOT_NAME_WORDS = frozenset(NOT_NAME_WORDS)
_DATE_WORDS = {
    *(n.casefold() for ms in MONTHS.values() for names in ms for n in names),
    *(w.casefold() for ws in WEEKDAYS.values() for w in ws if len(w) > 2),
}
_DESK_START_RE = rx.compile(
    r"(?P<desk>" + _alt(_DESKS.values()) + r")(?![\w])\s*(?:$|[,|;\-–—(]|\d)"
)
_ROLE_WORD_SET = {
    w.casefold() for lang in ("en", "de") for r in ROLE_WORDS[lang] for w in r.split()
}
_DESK_SUFFIXES = frozenset(DESK_SUFFIX_WORDS)
_GLUE_RE = rx.compile(
    r"(?<=[a-zà-ÿ]{2})(?=[A-Z]{2}|(?:"
    + "|".join(sorted({w for r in ROLE_WORDS["en"] for w in r.split() if w[0].isupper()}))
    + r"|Business|Senior|Special)(?![a-z]))"
)
_INITIALS_RE = rx.compile(r"(?:[A-Z]\.){1,3}")
_ABBREVIATIONS = frozenset({"Jr.", "Sr.", "St.", "Dr.", "Mr.", "Ms.", "Mrs.", "Prof."})
_TOKEN_RE = rx.compile(r"[^\W\d_][\w'’.\-]*|\d+|[^\w\s]")


def _tokens(rest: str) -> list[tuple[str, int, int]]:
    """Words and marks of ``rest`` with their spans; a word glued to a following role or outlet
    by the dump ("JamesStaff", "GarberFOXBusiness") is split in two."""
    if _GLUE_RE.search(rest) is None:
        # No glue in ``rest``, so none in any of its words: a glue point inside a word (two
        # lower-case letters of the word before it, then two capitals or a role word of the
        # word) is one in ``rest`` too, as a word takes in every letter next to it (a role
        # word that ends a word is followed by no lower-case letter there either). One search
        # of the whole text instead of one a word.
        return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(rest)]
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN_RE.finditer(rest):
        tok, start = m.group(), m.start()
        glue = _GLUE_RE.search(tok)
        if glue:
            out.append((tok[: glue.start()], start, start + glue.start()))
            out.append(("|", start + glue.start(), m.end()))  # the glued outlet/role ends names
        else:
            out.append((tok, start, m.end()))
    return out


def _is_role_word(word: str) -> bool:
    return word.casefold().rstrip(".,").split("-")[0] in _ROLE_WORD_SET


def _latin_names(rest: str) -> tuple[list[Author], int]:
    """Names at the start of ``rest`` and where they end.

    Names are runs of capitalised words (with particles such as van, de, al-); they are joined
    by and/und/et/y/e/en/dan, '&' or commas, and end at anything else: a lower-case word, a
    digit, a date, a role word (Staff Writer), an outlet after a comma, a sentence end.
    """
    authors: list[Author] = []
    current: list[str] = []
    end = 0
    cur_end = 0

    def close() -> bool:
        nonlocal current, end
        while current and current[-1] in _PARTICLES:
            current.pop()  # "Par Jean Dupont le 14.09.2020": "le" starts the date
        if not current:
            return True
        name = " ".join(current)
        current = []
        desk = _DESKS.get(name.casefold())
        if desk is not None or name.split()[-1] in _DESK_SUFFIXES:
            authors.append(Author(name, "desk", None))
            end = cur_end
            return True
        words = [w for w in name.split() if w not in _PARTICLES]
        if (
            len(words) < 2
            or len(name.split()) > MAX_NAME_TOKENS
            or all(w.casefold().rstrip(".") in _DATE_WORDS for w in words)
            or name.casefold() in _ROLES_LATIN
        ):
            return False
        authors.append(Author(name, None, None))
        end = cur_end
        return True

    dm = _DESK_START_RE.match(rest)
    if dm:
        return [Author(dm.group("desk"), "desk", None)], dm.end("desk")
    tokens = _tokens(rest)
    after_comma = False
    for i, (tok, _start, tok_end) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if tok in _JOINERS or tok == ",":
            if not close():
                break
            after_comma = tok == ","
            if tok == ",":
                # after a comma: another name, or a role / outlet that ends the names
                words = [t[0] for t in tokens[i + 1 : i + 4] if t[0][0].isalpha()]
                if (
                    not words
                    or words[0].casefold() in _DESKS
                    or _is_role_word(words[0])
                    or (len(words) > 1 and _is_role_word(words[1]))
                ):
                    break
        elif tok[0].isalpha() and (tok[0].isupper() or (tok in _PARTICLES and current)):
            fold = tok.casefold().rstrip(".")
            if tok[0].isupper() and (
                fold in _NOT_NAME_WORDS or (fold in _DATE_WORDS and nxt[:1].isdigit())
            ):
                if current and f"{current[-1]} {tok}".casefold() in _DESKS:
                    current.pop()  # "By Jane Doe Fox News": the outlet glued after the name
                break  # "By Jane Doe On 11/13/19", "by Jane Doe November 19, 2019"
            if (
                current
                and tok not in _DESK_SUFFIXES
                and (_is_role_word(tok) or (len(current) >= 2 and _is_role_word(nxt)))
            ):
                break  # "Meg James Staff Writer", "Michael Hiltzik Business Columnist"
            if (
                tok.endswith(".")
                and len(tok) > 3
                and tok not in _ABBREVIATIONS
                and not _INITIALS_RE.fullmatch(tok)
            ):
                current.append(tok[:-1])  # "By Jane Doe. The council ...": a sentence ends
                cur_end = tok_end - 1
                break
            current.append(tok)
            cur_end = tok_end
        else:
            if after_comma and tok[0].isalpha():
                current = []  # ", Projektleiterin der HSS in Tunesien": a description, not a name
            break
    close()
    return authors, end


def _latin_byline(text: str) -> BylineHit | None:
    m = _LATIN_PREFIX_RE.match(text)
    if m:
        rest = m.group("rest")
        authors, end = _latin_names(rest)
        if authors:
            tail = rest[end:]
            whole = _latin_tail_short(tail)
            return BylineHit(tuple(authors), m.start("prefix"), m.start("rest") + end, whole)
    # "Jane Doe, Staff Writer" / "Jane Doe | Senior Correspondent"
    nm = _NAME_ROLE_RE.match(text)
    if nm:
        authors, end = _latin_names(nm.group("name"))
        if len(authors) == 1 and end == len(nm.group("name").rstrip()):
            a = authors[0]
            return BylineHit(
                (Author(a.name, nm.group("role"), None),), nm.start("name"), nm.end("role"), True
            )
    return None


_NAME_ROLE_RE = rx.compile(
    r"^\s*(?P<name>[^\W\d_][\w'’.\- ]{2,60}?)\s*[,|]\s*(?P<role>"
    + _alt(r for lang in ("en", "de") for r in ROLE_WORDS[lang])
    + r")\s*$"
)


def _latin_tail_short(tail: str) -> bool:
    if not tail or tail.isspace():
        return True  # (most bylines end with the names: no dates, words or sentence to find)
    for hit in reversed(find_dates(tail)):
        tail = tail[: hit.start] + " " + tail[hit.end :]
    tail = _EMAIL_RE.sub(" ", tail)
    return len(re.findall(r"[^\W\d_]+", tail)) <= LATIN_TAIL_WORDS and not re.search(
        r"[.!?]\s+[A-Z]", tail
    )


# ---------------------------------------------------------------------------------------------
# Japanese and Chinese.
# ---------------------------------------------------------------------------------------------

_CJK_NAME = r"[\u4e00-\u9fff々〆ぁ-んァ-ヶー]{2,8}"
_JA_AGENCIES = frozenset(AGENCIES["ja"])
_JA_PLACE_NAME_RE = rx.compile(
    r"^\s*【?\s*(?P<place>[^\s＝=【】\d]{1,10})\s*[＝=]\s*(?P<name>" + _CJK_NAME + r")\s*】?\s*$"
)
_JA_NAME_ROLE_RE = rx.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff々ァ-ヶー]{2,8}?)\s?(?P<role>"
    + _alt(ROLE_WORDS["ja"])
    + r")\s*(?:$|[（(])"
)
_CJK_PREFIX_RE = rx.compile(
    r"^\s*(?P<prefix>" + _alt(BYLINE_PREFIXES["ja"] + BYLINE_PREFIXES["zh"]) + r")\s*"
    r"(?P<names>" + _CJK_NAME + r"(?:[\s、]+" + _CJK_NAME + r")*)\s*$"
)
_ZH_ROLES = _alt(r for r in ROLE_WORDS["zh"] if r not in ("本报记者", "本報記者"))
_ZH_GROUP = (
    r"(?P<role>" + _ZH_ROLES + r")\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+"
    r"(?!" + _ZH_ROLES + r")[\u4e00-\u9fff]{2,4})*)(?![\u4e00-\u9fff])"
)
_ZH_GROUP_RE = rx.compile(_ZH_GROUP)
_ZH_BYLINE_RE = rx.compile(
    r"^\s*[（(【\[]?\s*(?:本报|本報)?(?P<groups>"
    + _ZH_GROUP.replace("?P<role>", "?:").replace("?P<names>", "?:")
    + r"(?:\s*"
    + _ZH_GROUP.replace("?P<role>", "?:").replace("?P<names>", "?:")
    + r")*)\s*[）)】\]]?\s*$"
)
_PHOTO_SUFFIX = ("摄", "攝")


def _cjk_byline(text: str) -> BylineHit | None:
    m = _JA_PLACE_NAME_RE.match(text)
    if (
        m
        and m.group("name") not in _JA_AGENCIES
        and not m.group("name").endswith(tuple(_JA_AGENCIES))
    ):
        return BylineHit(
            (Author(m.group("name"), None, None),), m.start("place"), m.end("name"), True
        )
    m = _JA_NAME_ROLE_RE.match(text)
    if m:
        return BylineHit(
            (Author(m.group("name"), m.group("role"), None),), m.start("name"), m.end("role"), True
        )
    m = _CJK_PREFIX_RE.match(text)
    if m:
        names = m.group("names").replace("、", " ").split()
        return BylineHit(
            tuple(Author(n, None, None) for n in names), m.start("prefix"), m.end("names"), True
        )
    m = _ZH_BYLINE_RE.match(text)
    if m:
        authors: list[Author] = []
        for g in _ZH_GROUP_RE.finditer(m.group("groups")):
            for n in g.group("names").replace("、", " ").split():
                if n.endswith(_PHOTO_SUFFIX):
                    return None
                authors.append(Author(n, g.group("role"), None))
        if authors:
            return BylineHit(tuple(authors), m.start("groups"), m.end("groups"), True)
    return None


# ---------------------------------------------------------------------------------------------
# Prefilters: most lines of a page are no byline, and say so to one anchored match.
# ---------------------------------------------------------------------------------------------

_LATIN_HEAD_RE = rx.compile(r"\s*+[•□◦▪*|\-]?+\s*+" + _alt(_ALL_PREFIXES) + r"(?![^:\s])")
"""The head of _LATIN_PREFIX_RE and _PREFIX_ONLY_RE (``^\\s*``, a bullet, a prefix word, then
``:``, a space or the end): a text that does not start so matches neither. Written with
possessive quantifiers, as ``\\s*(?:bullet\\s*)?`` matches what ``\\s*bullet?\\s*`` does and
giving back a space or the bullet never helps: every prefix word starts with a letter
(``tests/test_bylines_prefilter.py``). The engine then tries no optional group and no shorter
run of spaces before it fails, which on the page scan below halves its cost."""
_PAGE_LATIN_HEAD_RE = rx.compile(
    r"\n(?=[^\S\n]*+[•□◦▪*|\-]?+[^\S\n]*+"
    + _alt(_ALL_PREFIXES).replace(r"\s+", r"[^\S\n]+")
    + r"(?![^:\s]))"
)
"""_LATIN_HEAD_RE at every line start of ``"\\n" + page``: one scan for the whole page. On
lines without a newline ``[^\\S\\n]`` is ``\\s``; it keeps "Written" + "by Jane Doe" from
matching across two lines, and the match is the ``"\\n"`` alone, so no line start is skipped."""
_ROLE_LAST_WORDS = tuple(sorted({r.split()[-1] for lang in ("en", "de") for r in ROLE_WORDS[lang]}))
"""_NAME_ROLE_RE ends in ``,`` or ``|``, a role and white space: such a line holds the mark and,
right-stripped, ends with the role's last word (the role alternation turns only a space into
``\\s+``)."""
_ROLE_LAST_LETTERS = tuple(sorted({w[-1] for w in _ROLE_LAST_WORDS}))
"""The last letters of _ROLE_LAST_WORDS: a right-stripped line that ends with one of the words
ends with one of these. ``_byline_candidates`` tests them first on every line of a page: one
letter each instead of fourteen words (most lines end in a full stop or a quote)."""
_NON_LATIN_ANCHOR_RE = rx.compile(
    _alt(
        [
            *ROLE_WORDS["ko"],
            *KO_ROLE_PREFIXABLE,
            "기잡니다",
            "뉴스",
            *("편집", "취재", "데스크", "디지털", "온라인"),
            "@",
            "=",
            "＝",
            *ROLE_WORDS["ja"],
            *ROLE_WORDS["zh"],
            *BYLINE_PREFIXES["ja"],
            *BYLINE_PREFIXES["zh"],
        ]
    )
)
"""Words one of which every Korean, Japanese or Chinese byline and every dateline with
reporters holds: _KO_ATOM_RE a role word (_KO_ROLE), the sign-off 뉴스, the place-name form and
the second desk form an email's ``@``, the first desk form 뉴스/편집/취재/데스크/디지털/온라인;
_JA_PLACE_NAME_RE ``＝``/``=``, _JA_NAME_ROLE_RE a Japanese role, _CJK_PREFIX_RE a prefix,
_ZH_BYLINE_RE a Chinese role; the Korean dateline ``=``, the Japanese one with a name ``＝``/``=``,
the Chinese ones a Chinese role (记者 for CNA). None of these words holds a space."""
_NON_LATIN_RE = rx.compile(r"[가-힣\u3040-\u30ff\u4e00-\u9fff]")
"""Hangul, kana or Han: the union of _HANGUL_RE and _KANA_HAN_RE, which gate the Korean and the
CJK finders; every Korean, Japanese or Chinese dateline name is written in them too."""


_NON_LATIN_LEAD_BYTES = tuple(range(0xE3, 0xEE))
"""The UTF-8 lead bytes of U+3000-U+DFFF, which hold every character _NON_LATIN_RE finds (kana
and Han U+3040-U+9FFF lead with E3-E9, Hangul syllables U+AC00-U+D7A3 with EA-ED). Kept as
ints: ``bytes.__contains__`` of an int is one memchr, while of a one-byte ``bytes`` it first
tries the argument as an int and raises and clears a TypeError (a quarter of the test's cost)."""


def _may_hold_non_latin(page: str) -> bool:
    """False only if ``page`` holds no Hangul, kana or Han (``_NON_LATIN_RE``). Most pages hold
    some non-ASCII character (a curly quote, an accent) but none of these: encoding the page and
    looking for the lead bytes costs a fifth of what searching it with ``_NON_LATIN_RE`` does,
    and a sixth of the ``_NON_LATIN_ANCHOR_RE`` search it spares."""
    return any(map(page.encode("utf-8", "surrogatepass").__contains__, _NON_LATIN_LEAD_BYTES))


def _may_be_byline(text: str) -> bool:
    """False only if ``find_byline`` finds nothing in ``text`` and ``strip_dateline`` no
    reporters: the text neither starts like a Latin byline, nor ends in a role word, nor holds
    Hangul/kana/Han with a word every such byline or dateline needs. A superset test, so the
    result of ``find_byline`` is the same with and without it
    (``tests/test_bylines_prefilter.py``)."""
    if _LATIN_HEAD_RE.match(text) is not None or (
        ("," in text or "|" in text) and text.rstrip().endswith(_ROLE_LAST_WORDS)
    ):
        return True
    return (  # (the script first: a class test a character, the anchors a dozen words each)
        not text.isascii()
        and _NON_LATIN_RE.search(text) is not None
        and _NON_LATIN_ANCHOR_RE.search(text) is not None
    )


# ---------------------------------------------------------------------------------------------
# Public functions.
# ---------------------------------------------------------------------------------------------

_ORDER: dict[str | None, tuple[str, ...]] = {
    "ko": ("ko", "latin", "cjk"),
    "ja": ("cjk", "latin", "ko"),
    "zh": ("cjk", "latin", "ko"),
}
_FINDERS = {"ko": _ko_byline, "latin": _latin_byline, "cjk": _cjk_byline}
_HANGUL_RE = rx.compile("[가-힣]")
_KANA_HAN_RE = rx.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def find_byline(text: str, *, lang: str | None = None) -> BylineHit | None:
    """The byline in a line (or short block), or None. The page language's forms go first."""
    if not text or not _may_be_byline(text):
        return None  # most lines: one anchored match and two mark tests (see _may_be_byline)
    return _find_byline(text, lang)


def _find_byline(text: str, lang: str | None) -> BylineHit | None:
    """``find_byline`` without its prefilter: every family the text's scripts allow."""
    if not text.strip():
        return None
    order = _ORDER.get(lang, ("latin", "ko", "cjk"))
    for family in order:
        if family == "ko" and not _HANGUL_RE.search(text):
            continue
        if family == "cjk" and not _KANA_HAN_RE.search(text):
            continue
        hit = _FINDERS[family](text)
        if hit is not None:
            return hit
    return None


# Datelines -----------------------------------------------------------------------------------

_KO_DATELINE_RE = rx.compile(
    rf"^\s*[(\[【]\s*(?P<place>[^=\s()\[\]【】]{{1,12}})\s*=\s*(?P<agency>[^()\[\]【】\s]{{1,12}})"
    rf"\s*[)\]】]\s*(?:(?P<names>{_KO_NAME}(?:\s?[·,ㆍ ]\s?{_KO_NAME})*)\s?(?P<role>{_KO_ROLE})"
    rf"\s*=\s*)?"
)
_ALL_AGENCIES = frozenset(a for ags in AGENCIES.values() for a in ags)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w.'’\-]*"
_LATIN_DATELINE_RE = rx.compile(
    r"^\s*(?P<place>" + _CAP_WORD + r"(?:[ /]" + _CAP_WORD + r"){0,3})"
    r"(?:\s*,\s*(?P<extra>[^()\n]{2,30}?))?\s*"
    r"(?:\((?P<agency>[^()]{1,30})\)|/(?P<agency2>[A-Za-z][A-Za-z \-]{1,29})/)\s*[-–—]{1,2}\s*"
)
_CAPS_DATELINE_RE = rx.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]{2,}(?:\s[A-Z][A-Z.'\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?))?\s*[—–]\s*"
)
_JA_DATELINE_RE = rx.compile(
    r"^\s*【\s*(?P<place>[^＝=】\s]{1,10}?)\s*(?:[＝=]\s*(?P<right>[^】]{1,12})|(?P<agency>"
    + _alt(AGENCIES["ja"])
    + r"))\s*】\s*"
)
_ZH_AGENCY = _alt(a for a in AGENCIES["zh"] if a not in ("本报", "本報"))
_ZH_WIRE_RE = rx.compile(
    r"^\s*(?P<agency>" + _ZH_AGENCY + r")(?P<place>[\u4e00-\u9fff]{2,8}?)"
    r"(?:\d{1,2}月)?\d{1,2}日(?:电|電)\s*(?:[（(]\s*(?P<groups>(?:"
    + _ZH_GROUP.replace("?P<role>", "?:").replace("?P<names>", "?:")
    + r"\s*)+)[）)])?\s*"
)
_ZH_LOCAL_RE = rx.compile(
    r"^\s*(?P<agency>本报|本報)讯\s*[（(]\s*(?P<groups>(?:"
    + _ZH_GROUP.replace("?P<role>", "?:").replace("?P<names>", "?:")
    + r"\s*)+)[）)]\s*"
)
_ZH_CNA_RE = rx.compile(
    r"^\s*[（(]\s*(?P<agency>中央社)(?:記者|记者)(?P<name>[\u4e00-\u9fff]{2,3})"
    r"(?P<place>[\u4e00-\u9fff]{2,3}?)\d{1,2}日(?:電|电)\s*[）)]\s*"
)


def _is_agency(name: str) -> bool:
    parts = [p.strip() for p in re.split(r"[/,]", name) if p.strip()]
    return bool(parts) and (
        parts[0] in _ALL_AGENCIES
        or parts[0].casefold() in {a.casefold() for a in _ALL_AGENCIES}
        or (parts[0].isupper() and 2 <= len(parts[0]) <= 6)
    )


def _zh_authors(groups: str | None) -> tuple[Author, ...]:
    if not groups:
        return ()
    out: list[Author] = []
    for g in _ZH_GROUP_RE.finditer(groups):
        out.extend(
            Author(n, g.group("role"), None) for n in g.group("names").replace("、", " ").split()
        )
    return tuple(out)


def strip_dateline(
    paragraph: str, *, lang: str | None = None
) -> tuple[Dateline | None, tuple[Author, ...], str]:
    """Split a wire head off the start of a paragraph: (dateline, its reporters, the rest).

    Returns ``(None, (), paragraph)`` when the paragraph starts with no dateline. The rest is
    always a suffix of ``paragraph``.
    """
    none: tuple[Dateline | None, tuple[Author, ...], str] = (None, (), paragraph)
    if not paragraph:
        return none
    head = _DATELINE_HEAD_RE.match(paragraph)
    if head is None or (head.group("latin") and not any(d in paragraph for d in _DASHES)):
        return none  # no dateline form starts so (see _DATELINE_HEAD_RE)
    return _strip_dateline(paragraph, none)


_DASHES = ("-", "–", "—")
"""_LATIN_DATELINE_RE needs one of these after the agency, _CAPS_DATELINE_RE one after the place."""
_DATELINE_HEAD_RE = rx.compile(
    r"\s*(?:[(\[【（]|本报|本報|" + _ZH_AGENCY + r"|(?P<latin>[A-ZÀ-ÖØ-Þ]))"
)
"""How a paragraph must start for any dateline regex to match: a bracket (Korean, Japanese,
CNA), a Chinese agency (wire, 本报讯), or a Latin capital (place; those forms also need a dash).
Each dateline regex begins ``^\\s*`` and then one of these, so a paragraph this does not match
has no dateline: a cheap, exact-superset test before the seven regexes."""


def _strip_dateline(
    paragraph: str, none: tuple[Dateline | None, tuple[Author, ...], str]
) -> tuple[Dateline | None, tuple[Author, ...], str]:
    """``strip_dateline`` without its prefilter."""
    m = _KO_DATELINE_RE.match(paragraph)
    if m:
        place, agency = m.group("place"), m.group("agency")
        if (
            place not in NOT_DATELINE_PLACES
            and not agency.startswith("사진")
            and not place.startswith("사진")
        ):
            names = [n for n in re.split(r"[\s·,ㆍ]+", m.group("names") or "") if n]
            role = m.group("role")
            authors = tuple(Author(n, role, None) for n in names if _valid_ko_name(n))
            return Dateline(place, agency), authors, paragraph[m.end() :]
        return none
    m = _JA_DATELINE_RE.match(paragraph)
    if m:
        right = m.group("right")
        place = m.group("place")
        if m.group("agency"):
            return Dateline(place, m.group("agency")), (), paragraph[m.end() :]
        if right and (right in _JA_AGENCIES):
            return Dateline(place, right), (), paragraph[m.end() :]
        if right and re.fullmatch(_CJK_NAME, right):
            return Dateline(place, None), (Author(right, None, None),), paragraph[m.end() :]
        return none
    for wire in (_ZH_WIRE_RE, _ZH_LOCAL_RE):
        m = wire.match(paragraph)
        if m:
            place = m.groupdict().get("place")
            return (
                Dateline(place, m.group("agency")),
                _zh_authors(m.group("groups")),
                paragraph[m.end() :],
            )
    m = _ZH_CNA_RE.match(paragraph)
    if m:
        return (
            Dateline(m.group("place"), m.group("agency")),
            (Author(m.group("name"), "記者", None),),
            paragraph[m.end() :],
        )
    m = _LATIN_DATELINE_RE.match(paragraph)
    if m:
        agency = m.group("agency") or m.group("agency2")
        if agency and _is_agency(agency.strip()):
            return Dateline(m.group("place"), agency.strip()), (), paragraph[m.end() :]
    m = _CAPS_DATELINE_RE.match(paragraph)
    if m and len(re.sub(r"[^A-Z]", "", m.group("place"))) >= 3:
        return Dateline(m.group("place"), None), (), paragraph[m.end() :]
    return none


# Page level ----------------------------------------------------------------------------------

_PREFIX_ONLY_RE = rx.compile(r"^\s*(?:[•□◦▪*|\-]\s*)?" + _alt(_ALL_PREFIXES) + r"\s*:?\s*$")
BYLINE_RUN_GAP = 2
"""Byline lines at most this many lines apart are one byline block (one author per line)."""


def pick_authors(lines: list[str], *, lang: str | None = None) -> tuple[Author, ...]:
    """The authors of a page, from all of its lines (in order).

    The first line that is only a byline wins (with the byline lines right after it: one author
    per line is common); else a wire dateline's reporters; else the first byline glued to a
    sentence ("... 밝혔다. 홍길동 기자"); desks only when no person is named anywhere.
    """
    return _pick_authors(lines, _byline_candidates(lines), lang)


def _byline_candidates(lines: list[str]) -> list[int]:
    """The lines (indices, in order) that may hold a byline or a dateline with reporters: those
    for which ``_may_be_byline`` holds, found by page-level scans instead of three tests a line.
    ``pick_authors`` reads only these; on the others it would find nothing."""
    page = "\n".join(lines)
    if page.count("\n") != len(lines) - 1:  # a line holds a newline itself: test line by line
        return [i for i, line in enumerate(lines) if _may_be_byline(line)]
    # Each line's last character, one a line. An empty line gives none, and the string would
    # not line up with the lines: then it stands as a space there (white space, which the scan
    # below picks, and the full test on the line turns down).
    lasts = "".join(map(_LAST_CHAR, lines))
    if len(lasts) != len(lines):
        lasts = "".join([line[-1:] or " " for line in lines])
    found: set[int] = set()
    for m in _ROLE_END_RE.finditer(lasts):
        line = lines[m.start()]
        if ("," in line or "|" in line) and line.rstrip().endswith(_ROLE_LAST_WORDS):
            found.add(m.start())
    # Offsets come in page order: a line's index is the newlines before it, counted on from the
    # previous hit (a hit at the "\n" that opens line i of "\n" + page has i newlines before it).
    shifted = "\n" + page
    line_at, at = 0, 0
    for m in _PAGE_LATIN_HEAD_RE.finditer(shifted):
        line_at += shifted.count("\n", at, m.start())
        at = m.start()
        found.add(line_at)
    if not page.isascii() and _may_hold_non_latin(page):
        line_at, at, pos = 0, 0, 0
        while (anchor := _NON_LATIN_ANCHOR_RE.search(page, pos)) is not None:
            line_at += page.count("\n", at, anchor.start())
            at = anchor.start()
            if _NON_LATIN_RE.search(lines[line_at]) is not None:
                found.add(line_at)
            pos = page.find("\n", at) + 1  # one hit decides the line
            if pos == 0:
                break
    return sorted(found)


_LAST_CHAR = itemgetter(slice(-1, None))
_ROLE_END_RE = rx.compile("[" + "".join(_ROLE_LAST_LETTERS) + r"\s]")
"""The last character of a line whose right-stripped form ends with one of _ROLE_LAST_WORDS:
its last letter, or white space after it. ``_byline_candidates`` finds these in the string of
the lines' last characters: one slice a line and one scan, where stripping each line and
testing it for the letters cost ~600 instructions a line (an ``endswith`` with a tuple)."""


def _pick_authors(
    lines: list[str], candidates: Iterable[int], lang: str | None
) -> tuple[Author, ...]:
    """``pick_authors`` reading only the ``candidates`` lines (all of them: the same result)."""
    whole: list[tuple[int, BylineHit]] = []
    glued: list[BylineHit] = []
    desks: list[BylineHit] = []
    wire: tuple[Author, ...] = ()
    for i in candidates:
        line = lines[i]
        if _PREFIX_ONLY_RE.match(line):
            # "By" alone, the linked name on the next line(s)
            following = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
            joined = find_byline(line.strip() + " " + following.strip(), lang=lang)
            if joined is not None and joined.whole_line:
                whole.append((i, joined))
            continue
        hit = find_byline(line, lang=lang)
        if hit is None:
            if not wire:
                dateline, reporters, _rest = strip_dateline(line.strip(), lang=lang)
                if dateline is not None and reporters:
                    wire = reporters
            continue
        if all(a.role == "desk" for a in hit.authors):
            desks.append(hit)
        elif hit.whole_line:
            whole.append((i, hit))
        else:
            glued.append(hit)
    chosen: tuple[Author, ...] = ()
    if whole:
        first_line, first = whole[0]
        authors = list(first.authors)
        last = first_line
        for i, hit in whole[1:]:
            if i - last > BYLINE_RUN_GAP:
                break
            authors.extend(a for a in hit.authors if a.name not in {x.name for x in authors})
            last = i
        chosen = tuple(authors)
    elif wire:
        chosen = wire
    elif glued:
        chosen = glued[0].authors
    elif desks:
        chosen = desks[0].authors
    # an author box further down often repeats the name with the email: "홍길동 기자 hong@..."
    emails = {a.name: a.email for _i, h in whole for a in h.authors if a.email}
    emails.update({a.name: a.email for h in glued for a in h.authors if a.email})
    return tuple(
        Author(a.name, a.role, emails[a.name]) if a.email is None and a.name in emails else a
        for a in chosen
    )
