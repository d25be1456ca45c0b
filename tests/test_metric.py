"""The corpus metric on hand-computed cases (corpus/README.md, "The metric")."""

from __future__ import annotations

import pytest

from benchmarks import metric
from benchmarks.metric import Overlap, author_match, body_score, date_match, overlap, title_match


def test_tokens_are_word_runs_in_any_script_with_case_kept() -> None:
    assert metric.tokens("Hello, world! 안녕-하세요 x_1 ‘몸값’") == [
        "Hello",
        "world",
        "안녕",
        "하세요",
        "x_1",
        "몸값",
    ]


def test_shingles_are_four_token_windows_counted() -> None:
    assert metric.shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert metric.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_short_text_is_one_shingle_and_empty_text_none() -> None:
    assert metric.shingles("a b c") == {("a", "b", "c"): 1}
    assert metric.shingles("a b c d") == {("a", "b", "c", "d"): 1}
    assert metric.shingles("  ...  ") == {}


def test_one_shingle_differs_out_of_three() -> None:
    # gold abcd bcde cdef, predicted abcd bcde cdex: TP 2, FP 1, FN 1 → /4
    o = overlap("a b c d e f", "a b c d e x")
    assert (o.tp, o.fp, o.fn) == (0.5, 0.25, 0.25)
    assert o.precision == pytest.approx(2 / 3)
    assert o.recall == pytest.approx(2 / 3)


def test_shared_shingles_count_by_multiplicity() -> None:
    # gold: abcd ×2, bcda, cdab, dabc; predicted: abcd ×1 → TP 1, FP 0, FN 4
    o = overlap("a b c d a b c d", "a b c d")
    assert o.precision == 1.0
    assert o.recall == pytest.approx(0.2)


def test_identical_and_both_empty_score_one() -> None:
    assert overlap("one two three four five", "one two three four five").precision == 1.0
    both_empty = overlap("", "")
    assert (both_empty.precision, both_empty.recall) == (1.0, 1.0)


def test_nothing_predicted_or_nothing_gold_scores_zero() -> None:
    missed = overlap("a b c d e", "")
    assert (missed.precision, missed.recall) == (0.0, 0.0)
    invented = overlap("", "a b c d e")
    assert (invented.precision, invented.recall) == (0.0, 0.0)


def test_tokens_keep_case_so_a_case_change_is_a_miss() -> None:
    o = overlap("The cat sat down", "the cat sat down")
    assert (o.tp, o.precision, o.recall) == (0.0, 0.0, 0.0)


def test_paragraph_breaks_do_not_matter() -> None:
    assert overlap("a b\nc d e", "a b c d e").precision == 1.0


def test_f1_is_of_the_mean_precision_and_recall_not_mean_of_f1s() -> None:
    short_pred = overlap("a b c d e f g h", "a b c d e")  # P 1, R 2/5
    long_pred = overlap("a b c d e", "a b c d e f g h")  # P 2/5, R 1
    assert (short_pred.precision, short_pred.recall) == (1.0, pytest.approx(0.4))
    score = body_score([short_pred, long_pred])
    assert score.precision == pytest.approx(0.7)
    assert score.recall == pytest.approx(0.7)
    assert score.f1 == pytest.approx(0.7)  # the mean of per-page F1s would be 0.571
    assert score.pages == 2


def test_long_pages_weigh_no_more_than_short_ones() -> None:
    long_gold = " ".join(f"w{i}" for i in range(400))
    good_long = overlap(long_gold, long_gold)
    bad_short = overlap("a b c d e", "x y z w v")
    assert body_score([good_long, bad_short]).precision == pytest.approx(0.5)


def test_no_pages_scores_zero() -> None:
    assert body_score([]) == metric.BodyScore(0.0, 0.0, 0.0, 0)
    assert Overlap(0.0, 0.0, 0.0).precision == 1.0


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Town opens new library", "  town  opens\tnew LIBRARY ", True),
        ("ＡＢＣ 뉴스 Ⅻ", "ABC 뉴스 XII", True),  # NFKC
        ("Straße", "STRASSE", True),  # case folding, not lowering
        ("‘배후’ 자산가 구속?", "'배후' 자산가 구속?", False),  # quotes are not normalised
        ("Town opens new library", "Town opens new library | Example News", False),
        ("Town opens new library", None, False),
        ("", "", False),
    ],
)
def test_title_exact_after_nfkc_space_and_case(
    gold: str, predicted: str | None, expected: bool
) -> None:
    assert title_match(gold, predicted) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("2023-04-07 08:26:22", "2023-04-07T08:26:22+09:00", True),
        ("2023-04-04T19:01", "2023-04-04T19:01:00+09:00", True),
        ("2022-01-20", "2022-01-20", True),
        ("2023-04-07 23:30:00", "2023-04-08T00:30:00+10:00", False),  # no zone conversion
        ("2022-01-20", None, False),
        ("2022-01-20", "20 January 2022", False),
        ("", "2022-01-20", False),
    ],
)
def test_date_is_the_day_of_published(gold: str, predicted: str | None, expected: bool) -> None:
    assert date_match(gold, predicted) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (["한지연 기자"], ["한지연"], True),
        (["이동환"], ["이동환 기자"], True),
        (["이동환"], ["이동환기자"], True),  # role glued to the name
        (["이정화 에디터"], ["이정화"], True),
        (["김철수 특파원"], ["김철수"], True),
        (["박영희 앵커"], ["박영희"], True),
        (["최민수 PD"], ["최민수"], True),
        (["Jane Doe"], ["By JANE DOE"], True),
        (["김철수", "Jane Doe"], ["jane doe", "김 철수"], True),
        (["김철수", "Jane Doe"], ["Jane Doe"], False),
        (["한지연 기자"], [], False),
        (["한지연 기자"], ["한지연기"], False),
        (["SBS NEWS", "유영규 기자"], ["유영규"], True),  # the desk is not asked for
    ],
)
def test_author_every_gold_person_among_predicted(
    gold: list[str], predicted: list[str], expected: bool
) -> None:
    assert author_match(gold, predicted) is expected


@pytest.mark.parametrize(
    "gold", [[], [""], ["SBS NEWS"], ["연합뉴스"], ["온라인뉴스팀"], ["Staff"]]
)
def test_pages_whose_gold_names_no_person_are_not_counted(gold: list[str]) -> None:
    assert author_match(gold, ["anyone"]) is None


def test_role_word_alone_is_not_a_name() -> None:
    assert metric.normalise_name("기자") == ""
    assert metric.normalise_name("  Staff   Writer ") == ""
    assert metric.normalise_name("Jane Doe, Staff Writer") == "janedoe"
    assert metric.normalise_name("(정리=이동환 기자)") == "정리이동환"
