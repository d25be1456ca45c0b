"""Photo credits, the mark of an image caption, per language.

A caption is text that ends in (or is fused to the body right after) a credit such as
``(사진=관악구)``, ``(AP Photo/Ahn Young-joon)``, ``REUTERS/Kim Hong-Ji``, ``＝ロイター``. Each
pattern has one group, ``credit``: who the picture is from. The credit must be short; prose that
mentions a photo (``사진을 찍었다``) does not have the ``=`` / ``/`` form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsparse import regex_cache as rx


@dataclass(frozen=True, slots=True)
class CreditRule:
    id: str
    lang: str
    pattern: str
    """A regex with a named group ``credit``."""
    note: str
    examples: tuple[tuple[str, str], ...]
    """(text, expected credit) pairs that must match."""
    counterexamples: tuple[str, ...]
    needs: tuple[str, ...]
    """Words one of which every match of ``pattern`` holds (an agency, a label, the ``＝``): a
    text holding none of any rule's is no credit, which a cheap search tells before the
    rules' own searches. ``tests/test_captions_prefilter.py`` checks them against the pattern."""


RULES: tuple[CreditRule, ...] = (
    CreditRule(
        "ko-photo-eq",
        "ko",
        r"[(\[]\s*(?:사진|사진제공|사진 제공|자료사진|그래픽|영상|출처|사진출처|사진 출처)\s*[=:：]\s*"
        r"(?P<credit>[^()\[\]\n]{1,40}?)\s*[)\]]",
        "Korean credit in brackets: (사진=관악구), [사진=연합뉴스], (사진제공=X), [사진 출처 : X]",
        (
            ("… 큰 호응을 얻고 있다. (사진=관악구)", "관악구"),
            ("시민들이 모였다. [사진=연합뉴스]", "연합뉴스"),
        ),
        ("그는 사진을 찍었다.", "(서울=연합뉴스) 홍길동 기자 ="),
        ("사진", "그래픽", "영상", "출처"),
    ),
    CreditRule(
        "ko-photo-slash",
        "ko",
        r"(?:^|\s)/\s?(?:사진|그래픽)\s?=\s?(?P<credit>[^\s/()]{1,30}(?:\s[^\s/()]{1,20})?)\s*$",
        "Korean trailing credit: '… 모습. /사진=X'",
        (("행사장 모습. /사진=서울시", "서울시"),),
        ("1/2 사진",),
        ("사진", "그래픽"),
    ),
    CreditRule(
        "ko-agency-bracket",
        "ko",
        r"\[(?P<credit>(?:AP|EPA|AFP|UPI|로이터|신화|게티이미지|EPA·AFP)\s?=\s?[^\]\n]{1,20})\]\s*$",
        "wire photo credit at a caption's end: [AP=연합뉴스], [EPA=연합뉴스]",
        (("시위대가 행진하고 있다. [AP=연합뉴스]", "AP=연합뉴스"),),
        ("[속보] 정부 발표",),
        ("AP", "EPA", "AFP", "UPI", "로이터", "신화", "게티이미지"),
    ),
    CreditRule(
        "en-ap-photo",
        "en",
        r"\((?P<credit>(?:AP|AFP|Reuters|Getty|EPA|Bloomberg)(?: Photo| Images)?\s?/\s?[^()\n]{1,60})\)\s*$",
        "English wire credit in parentheses: (AP Photo/Ahn Young-joon)",
        (("Protesters march in Seoul. (AP Photo/Ahn Young-joon)", "AP Photo/Ahn Young-joon"),),
        ("He works for AP (the Associated Press) in Seoul.",),
        ("AP", "AFP", "Reuters", "Getty", "EPA", "Bloomberg"),
    ),
    CreditRule(
        "en-photo-label",
        "en",
        r"(?:^|[.!?”\"]\s+)(?:Photo|Photograph|Image|Picture)(?: credit)?\s?:\s?"
        r"(?P<credit>[^\n.]{2,60}?)\s*$",
        "English trailing label: 'Photograph: Jane Doe/Reuters', 'Photo: Getty Images'",
        (("A crowd in Berlin. Photograph: Jane Doe/Reuters", "Jane Doe/Reuters"),),
        ("Photo opportunities were rare, she said.",),
        ("Photo", "Image", "Picture"),
    ),
    CreditRule(
        "en-wire-slash",
        "en",
        r"(?:^|\s)(?P<credit>(?:REUTERS|AFP|EPA|AP|Getty Images|Bloomberg)/[A-Z][\w.\- ]{1,40})\s*$",
        "English trailing wire credit: 'REUTERS/Kim Hong-Ji'",
        (("A man walks past a screen in Seoul. REUTERS/Kim Hong-Ji", "REUTERS/Kim Hong-Ji"),),
        ("Reuters reported the deal on Monday.",),
        ("REUTERS", "AFP", "EPA", "AP", "Getty Images", "Bloomberg"),
    ),
    CreditRule(
        "en-name-agency",
        "en",
        r"\((?P<credit>[^()\n]{2,60}?\s?/\s?(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Bloomberg"
        r"|Associated Press|dpa|ANSA|EFE))\)\s*$",
        "Photographer, then wire, in parentheses: '(Manu Fernandez/AP)', '(Reed Saxon / Associated"
        " Press)'",
        (
            ("Nadal celebrates a point in Madrid. (Manu Fernandez/AP)", "Manu Fernandez/AP"),
            (
                "Disney+ on a phone. (Reed Saxon / Associated Press)",
                "Reed Saxon / Associated Press",
            ),
        ),
        ("The vote was split (50/50) in the AP count.", "(AP/Reuters) reported the deal"),
        ("AP", "AFP", "Reuters", "REUTERS", "Getty Images", "EPA", "Bloomberg", "Associated Press")
        + ("dpa", "ANSA", "EFE"),
    ),
    CreditRule(
        "en-pool-via",
        "en",
        r"(?:^|\s)(?P<credit>[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3}/(?:Pool|POOL|Handout|HANDOUT) via "
        r"(?:REUTERS|Reuters|AP|AFP|Getty Images))\s*$",
        "A pool or handout picture handed on by a wire: 'Chris Jackson/Pool via REUTERS'",
        (
            (
                "Prince Andrew at the Royal Albert Hall. Chris Jackson/Pool via REUTERS",
                "Chris Jackson/Pool via REUTERS",
            ),
        ),
        ("Pictures came via Reuters and AP.",),
        ("via",),
    ),
    CreditRule(
        "eu-photo-label",
        "de",
        r"(?:^|[.!?”\"»]\s+|\s)(?:Foto|Fotó|Bild|Imagem|Imagen|Photo|Снимка|Фото)\s?:\s?"
        r"(?P<credit>[^\n.:]{2,60}?)\s*$",
        "A picture label and its source at a caption's end, in German, Spanish, Portuguese, "
        "Italian, French, Hungarian, Swedish, Bulgarian and Russian: 'Bild: Dave Thompson / AP',"
        " 'Imagem: Divulgação/Flamengo', 'Fotó: Koszticsák Szilárd / MTI', 'Photo : Radio-Canada'",
        (
            (
                "Paul Pogba beim Training. Foto: dpa-Zentralbild/Jens Büttner",
                "dpa-Zentralbild/Jens Büttner",
            ),
            ("Governador do RJ pediu cuidados Imagem: Divulgação/Flamengo", "Divulgação/Flamengo"),
            (
                "Un autobus scolaire. Photo : Radio-Canada / Steve Breton",
                "Radio-Canada / Steve Breton",
            ),
            ("Община Хасково. Снимка: Getty Images/Guliver", "Getty Images/Guliver"),
        ),
        ("Die schönsten Fotos: Hier klicken.", "Bildung: Schulen öffnen wieder"),
        ("Foto", "Fotó", "Bild", "Imagem", "Imagen", "Photo", "Снимка", "Фото"),
    ),
    CreditRule(
        "ja-eq-agency",
        "ja",
        r"＝(?P<credit>ロイター|共同|時事|AP|AFP|EPA|朝日新聞社|読売新聞社|毎日新聞社)\s*$",
        "Japanese caption ending: '…＝ロイター', '…＝共同'",
        (("会見する首相＝ロイター", "ロイター"),),
        ("【北京＝峯村健司】中国政府は…",),
        ("＝",),
    ),
    CreditRule(
        "zh-photo",
        "zh",
        r"[（(](?P<credit>(?:新华社|新華社|中新社|中央社)[^（）()\n]{0,20}摄?)[）)]\s*$|"
        r"[（(](?:图片来源|圖片來源|图|圖)[：:](?P<credit2>[^（）()\n]{1,30})[）)]\s*$",
        "Chinese photo credit: （新华社记者X摄）, （图片来源：X）",
        (("市民参观展览。（新华社记者张三摄）", "新华社记者张三摄"),),
        ("新华社北京10月20日电",),
        ("新华社", "新華社", "中新社", "中央社", "图", "圖"),
    ),
)


_CREDIT_MARKS = ("=", "/", ":", "＝", "：", "社")
"""Every credit pattern contains one of these (``社`` in each Chinese agency): the first, cheapest
test before the rules' searches, written out as ``in`` tests in ``find_credit``."""
CREDIT_ANYWHERE = ("ko-photo-eq",)
"""The credit rules whose match may stand anywhere in a text (a bracketed Korean credit). Every
other rule's pattern ends ``\\s*$``: its credit closes the text (``tests/test_captions_tail.py``
checks that on the parsed patterns)."""

CREDIT_TAIL = 100
"""How far from the end of a text (trailing white space left out) the needed word of an
end-anchored credit starts, at most: from a needed word to the end of its rule's match before
the closing ``\\s*`` is at most 80 characters (``(AP Photo/`` or ``Photograph credit:``, then a
credit of up to 60), so 100 leaves room. Every such match holds one of its rule's ``needs``
words whose start is at most that far from the match's end, and the match's end is at or past
the end of ``text.rstrip()`` (only white space follows it), so the word lies in the last
CREDIT_TAIL characters of ``text.rstrip()``."""

_ANYWHERE_NEEDS = tuple(word for r in RULES if r.id in CREDIT_ANYWHERE for word in r.needs)
_TAIL_NEEDS = rx.compile(
    "|".join(
        re.escape(word)
        for word in sorted({w for r in RULES if r.id not in CREDIT_ANYWHERE for w in r.needs})
    )
)
"""The second test, for the texts that have a mark (URLs, times): a needed word of a rule that
may match anywhere, anywhere; one of another rule's in the text's last CREDIT_TAIL characters.
Body paragraphs that name ``AP`` or ``Image`` in their middle then skip the rules' searches."""


CREDIT_CACHE_SIZE = 1024
"""Texts with a credit mark whose result is kept. Classify asks ``find_credit`` of a page's short
blocks and assemble asks again of its blocks, so most marked texts come twice; one text in seven
holds a mark (~7 a page), and the search after the marks cost ~45 k instructions a text when
it was one alternation of every rule (~2 k a character): find_credit 7.9 k → 5.5 k instructions a call on the aeb
pages. 1024 spans many pages; a kept text costs a cache entry, not a copy."""


def find_credit(text: str) -> tuple[int, int, str] | None:
    """The first credit in ``text`` as (start, end, credit), or None."""
    if not (
        "=" in text
        or "/" in text
        or ":" in text
        or "＝" in text
        or "：" in text
        or "社" in text  # _CREDIT_MARKS, spelt out: four times cheaper than any() over them
    ):
        return None  # (nine texts in ten: answered before the cache, cheaper than its lookup)
    return _find_marked_credit(text)


@lru_cache(maxsize=CREDIT_CACHE_SIZE)
def _find_marked_credit(text: str) -> tuple[int, int, str] | None:
    """``find_credit`` of a text holding a credit mark."""
    if not any(word in text for word in _ANYWHERE_NEEDS) and (
        _TAIL_NEEDS.search(text.rstrip()[-CREDIT_TAIL:]) is None
    ):
        return None
    tail: str | None = None
    best: re.Match[str] | None = None
    for pattern, needs, anywhere in _RULE_SEARCH:
        if anywhere:
            if not any(word in text for word in needs):
                continue
        else:
            if tail is None:
                tail = text.rstrip()[-CREDIT_TAIL:]
            if not any(word in tail for word in needs):
                continue
        match = pattern.search(text)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    credit = next(v for v in best.groupdict().values() if v is not None)
    return best.start(), best.end(), credit.strip()


_RULE_SEARCH = tuple(
    (rx.compile(rule.pattern), rule.needs, rule.id in CREDIT_ANYWHERE) for rule in RULES
)
"""Each rule's own pattern, its needed words, and whether it may match anywhere: for the texts
that pass the gates above, only the rules whose needed words the text holds (in the tail, for
the end-anchored ones: see CREDIT_TAIL) are searched, each alone. That finds what one
alternation of every rule finds (``tests/_plain.py``, the plain form): its leftmost match is the leftmost start among the rules' own leftmost
matches, and at that start it takes the first rule in order that matches there, which is the
first rule (``<`` keeps the earlier one of a tie) whose own leftmost match starts there; a rule
matches at a start alone as inside the alternation (each branch is wrapped whole and nothing
follows it). The combined alternation tried all eleven rules at every position of the text
(~2 k instructions a character); most texts here need one rule, several of which start with a
literal bracket the engine skips to. ``tests/test_captions_rules.py`` compares the two."""
