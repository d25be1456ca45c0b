"""The classifier's page-level steps (the body run, the title search, the decisions) give what
the plain forms they replaced gave. Each reference below is the plain form, kept as the oracle."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.classify import (
    _CJK_OR_HANGUL,
    _NOT_A_HEADLINE,
    _RULE_ITSELF,
    _WORDS,
    _best_run,
    _content_tokens,
    _is_byline_line,
    _never_a_headline,
    _Opening,
    _text_meta_label,
)
from newsparse.model import Label, Reason
from newsparse.rules.prose import weight


def _best_run_reference(scores: Sequence[float]) -> tuple[int, int]:
    best, best_start, best_end = 0.0, 0, -1
    current, start = 0.0, 0
    for i, score in enumerate(scores):
        if current <= 0.0:
            current, start = score, i
        else:
            current += score
        if current > best:
            best, best_start, best_end = current, start, i
    return best_start, best_end


_SCORE = st.one_of(
    st.sampled_from([-4.0, -1.0, -0.3, -1e-9, -0.0, 0.0, 1e-9, 0.1, 0.2, 0.3, 0.5, 3.0]),
    st.floats(min_value=-3.0, max_value=3.0),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SCORE, max_size=40))
def test_best_run_is_kadanes_scan(scores: list[float]) -> None:
    assert _best_run(scores) == _best_run_reference(scores)


def test_best_run_examples() -> None:
    assert _best_run([]) == (0, -1)
    assert _best_run([-1.0, 0.0, -2.0]) == (0, -1)
    assert _best_run([-1.0, 2.0, -1.0, 2.0, -5.0, 1.0]) == (1, 3)
    assert _best_run([1.0, -1.0, 1.0]) == (0, 0)  # a tie keeps the first run
    assert _best_run([0.5, -2.0, 3.0]) == (2, 2)


def _content_tokens_reference(text: str) -> set[str]:
    tokens: set[str] = set()
    for word in _WORDS.findall(text.casefold()):
        if not word.isascii() and _CJK_OR_HANGUL.search(word):
            tokens.update(word[k : k + 2] for k in range(len(word) - 1))
        elif len(word) >= 4:
            tokens.add(word)
    return tokens


_TOKEN_PIECES = st.sampled_from(
    [
        *("harbour", "Harbours", "bridge", "the", "of", "Straße", "STRASSE", "İstanbul", "ﬁne"),
        *("다리", "다리는", "건설", "橋梁", "東京タワー", "ab", "abc", "abcd", "é", "x1", "_", "'"),
        *(" ", " ", "-", "1", ".", "\u3000"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=12).map("".join))
def test_content_tokens_are_the_word_by_word_tokens(text: str) -> None:
    assert _content_tokens(text) == _content_tokens_reference(text)


def test_content_tokens_examples() -> None:
    assert _content_tokens("The Harbour bridge, 2023") == {"harbour", "bridge"}
    assert _content_tokens("다리는 건설 bridges") == {"다리", "리는", "건설", "bridges"}
    assert _content_tokens("東京タワー") == {"東京", "京タ", "タワ", "ワー"}  # not the word itself


def test_rule_itself_is_rule_or_fallback() -> None:
    for reason in Reason:
        assert _RULE_ITSELF.get(reason, Reason.SHORT) is reason
    assert _RULE_ITSELF.get(None, Reason.OUTSIDE) is Reason.OUTSIDE


_TAIL_LINES = (
    "By Jane Doe",
    "By Jane Doe | Nov. 19, 2019",
    "Jane Doe, The Associated Press",
    "홍길동 기자 hong@example.com",
    "Nov. 19, 2019 8:03 am ET",
    "Share this article",
    "Reporting by Jane Doe; Editing by John Roe",
    "Posted by Vortex on 2019-11-19",
)


def test_is_byline_line_is_the_meta_label_byline() -> None:
    for line in _TAIL_LINES:
        meta = _text_meta_label.__wrapped__(line, weight(line))  # type: ignore[attr-defined]
        assert _is_byline_line(line) == (meta is Label.BYLINE), line
    assert _is_byline_line("By Jane Doe")
    assert not _is_byline_line("Nov. 19, 2019 8:03 am ET")


def _token_share_reference(text: str, opening: str) -> float:
    tokens = _content_tokens(text)
    return len(tokens & _content_tokens(opening)) / len(tokens) if tokens else 0.0


_SHARE_PIECES = st.sampled_from(
    [
        *("harbour", "Harbours", "bridge", "bridges", "Straße", "strasse", "tower", "TOWER"),
        *("다리", "다리는", "건설", "橋梁", "東京", "to", "x1", "_", "é", "'"),
    ]
)
_SHARE_TEXT = st.lists(
    st.tuples(_SHARE_PIECES, st.sampled_from([" ", "", "-", "_", "1", ". "])), max_size=8
).map(lambda pieces: "".join(piece + sep for piece, sep in pieces))


@settings(max_examples=200, deadline=None)
@given(_SHARE_TEXT, _SHARE_TEXT)
def test_opening_share_is_the_token_set_share(line: str, opening: str) -> None:
    assert _Opening(opening).share(line) == _token_share_reference(line, opening)


def test_opening_share_examples() -> None:
    opening = _Opening("Die Straße zum Hafen: 東京tower und 다리는 neu.")
    assert opening.share("Hafen Straße") == 1.0
    assert opening.share("Harbour Hafen") == 0.5
    assert opening.share("다리 건설") == 0.5  # 다리 yes; 건설 no
    assert opening.share("ab 12") == 0.0  # no tokens
    assert opening.share("tower") == 0.0  # only inside a word cut into pairs
    assert opening.share("京t") == 1.0  # a pair of that word
    assert _Opening("東京tower").share("東to") == 0.5  # a pair without CJK: tokens made


def test_never_a_headline_branch_examples() -> None:
    for text in (
        *("x [  ]", "Comment []", "[Absenden]", "By Jane", "Posted by Vortex", "(Reed / AP)"),
        *("mail a.b@c-d.ef now", "Jane Doe @janedoe", "Photo by Jane", "an old file photo."),
        *("X photo by Jane", "the Photo illustration by Jane", "x Credit: Jane", "A > B > C "),
        *("Share (opens in new window)", "write to .@x.yz"),
    ):
        assert _NOT_A_HEADLINE.search(text) is not None, text
        assert _never_a_headline(text), text
    for text in ("a@b", "x @a", "afile photo", "xPhoto by Jane", "ACredit: x", "A > B", "[x]y"):
        assert _NOT_A_HEADLINE.search(text) is None, text
        assert not _never_a_headline(text), text
