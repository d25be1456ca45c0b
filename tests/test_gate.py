"""The accuracy gate: floors file, checks, floor rewriting rules, and a broken classifier caught.

The end-to-end tests write a tiny invented corpus (two English pages in the corpus layout) into
tmp_path, so they run without /work/shared.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from benchmarks import Row, gate
from benchmarks.gate import Drop, FloorsFile, check, dump_floors, parse_floors, propose

MENU = [
    "Skip to main content",
    "  • Home",
    "  • World",
    "  • Business",
    "  • Sport",
    "  • Culture",
    "Subscribe  Sign in",
    "",
]
FOOTER = [
    "",
    "Share on Facebook  Share on X  Email  Print",
    "",
    "Most read",
    "  • Council delays vote on bus lanes",
    "  • Weather: storm warning for the coast",
    "  • Ten recipes for a rainy weekend",
    "",
    "© 2024 Example Gazette. All rights reserved.",
    "Privacy policy | Terms of use | Contact us | Advertise",
    "",
]
ARTICLES = {
    "library": (
        "Town opens new library after three years of building",
        [
            "The town of Westbrook opened its new public library on Saturday, three years after "
            "work began on the site of the old grain store, and hundreds of residents queued "
            "before the doors opened.",
            "The building holds more than forty thousand books, a music room and a workshop "
            "where children can learn to repair bicycles, according to the head librarian.",
            "Council members said the project came in slightly under budget because volunteers "
            "moved most of the collection from the temporary rooms in the school hall.",
            "Opening hours will be extended on weekdays until nine in the evening from next "
            "month, and the reading garden behind the library will open in the spring.",
        ],
    ),
    "ferry": (
        "Island ferry returns after winter repairs",
        [
            "The small ferry that links the harbour with Gull Island returned to service on "
            "Monday morning after eleven weeks in dry dock for repairs to its hull and engine.",
            "Passengers on the first crossing said the boat felt steadier than before, and the "
            "captain thanked islanders for their patience during the long winter without it.",
            "The operator has added two evening sailings on Fridays and says tickets can now be "
            "bought on board with a card as well as in cash at the harbour office.",
            "Islanders had relied on a borrowed fishing boat for essential trips, which could "
            "not sail in strong wind and carried at most twelve people at a time.",
        ],
    ),
}


def write_corpus(root: Path) -> Path:
    """An 'aeb' set of invented text dumps: menu, title, byline, paragraphs, footer."""
    (root / "aeb" / "text").mkdir(parents=True)
    gold = {}
    for page_id, (title, paras) in ARTICLES.items():
        lines = [*MENU, title, "", "By Jane Placeholder, Staff Reporter", "March 3, 2024", ""]
        for para in paras:
            lines += [para, ""]
        text = "\n".join(lines + FOOTER)
        (root / "aeb" / "text" / f"{page_id}.txt").write_text(text, encoding="utf-8")
        gold[page_id] = {
            "url": f"https://example.invalid/{page_id}",
            "articleBody": "\n\n".join(paras),
        }
    (root / "aeb" / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def run_gate(*argv: str) -> tuple[int, str, str]:
    out, log = io.StringIO(), io.StringIO()
    code = gate.main(list(argv), out=out, log=log)
    return code, out.getvalue(), log.getvalue()


def row(
    set_name: str = "aeb", kind: str = "text", tool: str = "newsparse", **figures: float
) -> Row:
    return Row(set_name, kind, tool, 10, 10, **figures)  # type: ignore[arg-type]


# --- floors file ----------------------------------------------------------------------------


def test_floors_file_round_trips() -> None:
    ff = FloorsFile(
        {
            "aeb": {"text": {"body_f1": 0.9, "body_recall": 0.85}},
            "ko-dev": {"html": {"title": 0.5}},
        },
        0.02,
        ('2024-01-01: x: "quoted"',),
    )
    assert parse_floors(dump_floors(ff)) == ff
    assert "[ko-dev.html]" in dump_floors(ff)


@pytest.mark.parametrize(
    "text",
    [
        "[aeb.text]\nbody_f2 = 0.5\n",
        "[aeb.text]\nbody_f1 = 1.5\n",
        "[aeb]\ntext = 0.5\n",
        "[aeb.text\n",
    ],
)
def test_bad_floors_files_are_refused(text: str) -> None:
    with pytest.raises(gate.GateError):
        parse_floors(text)


def test_checked_in_floors_file_is_valid() -> None:
    ff = gate.load_floors(gate.FLOORS_FILE)
    assert ff.floors, "benchmarks/floors.toml pins no floor"
    assert set(ff.floors) <= {"aeb", "ko-dev", "dates"}
    for kinds in ff.floors.values():
        assert set(kinds) <= {"text", "html"}


# --- check ----------------------------------------------------------------------------------


def test_check_lists_every_drop_and_ignores_other_tools() -> None:
    floors = {"aeb": {"text": {"body_f1": 0.9, "body_precision": 0.9, "body_recall": 0.8}}}
    rows = [
        row(body_f1=0.85, body_precision=0.95, body_recall=0.79),
        row(tool="trafilatura", body_f1=0.99, body_precision=0.99, body_recall=0.99),
    ]
    drops, skipped = check(rows, floors, ["aeb"])
    assert drops == [
        Drop("aeb", "text", "body_f1", 0.9, 0.85),
        Drop("aeb", "text", "body_recall", 0.8, 0.79),
    ]
    assert skipped == []
    assert str(drops[0]) == "aeb/text body_f1: 0.850 < floor 0.900"


def test_check_passes_at_the_floor_and_skips_absent_sets() -> None:
    floors = {"aeb": {"text": {"body_f1": 0.9}}, "dates": {"text": {"date": 0.5}}}
    drops, skipped = check([row(body_f1=0.9)], floors, ["aeb"])
    assert drops == []
    assert skipped == ["skipped floors of dates: set not in the corpus"]


def test_a_figure_that_was_not_measured_is_a_drop() -> None:
    floors = {"aeb": {"text": {"body_f1": 0.9}, "html": {"body_f1": 0.9}}}
    drops, _ = check([row(body_f1=None, error="NotImplementedError")], floors, ["aeb"])
    assert [(d.kind, d.measured) for d in drops] == [("text", None), ("html", None)]


# --- rewriting floors -----------------------------------------------------------------------


def test_propose_raises_and_adds_floors_but_never_lowers_by_default() -> None:
    old = FloorsFile({"aeb": {"text": {"body_f1": 0.9, "body_recall": 0.9}}})
    rows = [row(body_f1=0.95, body_precision=0.97, body_recall=0.85)]
    new, changes = propose(rows, old, margin=0.015, allow_lower=False, reason=None)
    assert new.floors["aeb"]["text"] == {
        "body_f1": 0.935,
        "body_precision": 0.955,
        "body_recall": 0.9,
    }
    assert new.lowered == ()
    assert any(c.startswith("KEPT  aeb.text.body_recall = 0.900") for c in changes)


def test_lowering_needs_a_reason_and_records_it() -> None:
    old = FloorsFile({"aeb": {"text": {"body_recall": 0.9}}})
    rows = [row(body_recall=0.85)]
    with pytest.raises(gate.GateError):
        propose(rows, old, margin=0.015, allow_lower=True, reason="  ")
    new, changes = propose(
        rows,
        old,
        margin=0.015,
        allow_lower=True,
        reason="gold relabelled",
        today=dt.date(2024, 5, 1),
    )
    assert new.floors["aeb"]["text"]["body_recall"] == 0.835
    assert new.lowered == ("2024-05-01: aeb.text.body_recall 0.900->0.835: gold relabelled",)
    assert changes == ["LOWER aeb.text.body_recall: 0.900 -> 0.835 (measured 0.850)"]


def test_a_silent_hand_lowering_is_caught_against_the_base() -> None:
    base = FloorsFile({"aeb": {"text": {"body_f1": 0.9, "body_recall": 0.9}}})
    hand = FloorsFile({"aeb": {"text": {"body_f1": 0.8}}})
    assert gate.lowered_without_record(base, hand) == [
        "aeb.text.body_f1: 0.900 -> 0.800",
        "aeb.text.body_recall: 0.900 -> removed",
    ]
    flagged = FloorsFile(hand.floors, lowered=("2024-05-01: ...: reason",))
    assert gate.lowered_without_record(base, flagged) == []
    raised = FloorsFile({"aeb": {"text": {"body_f1": 0.95, "body_recall": 0.9}}})
    assert gate.lowered_without_record(base, raised) == []


# --- the command, end to end on an invented corpus ------------------------------------------


def test_missing_corpus_skips_the_gate(tmp_path: Path) -> None:
    code, out, log = run_gate("--corpus", str(tmp_path / "nope"))
    assert code == 0
    assert "gate skipped" in log


def test_allow_lower_without_write_is_a_usage_error(tmp_path: Path) -> None:
    code, _, log = run_gate("--corpus", str(tmp_path), "--allow-lower", "--reason", "x")
    assert code == 2
    assert "--allow-lower only applies with --write-floors" in log


def test_gate_catches_a_classifier_that_keeps_every_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsparse.classify
    import newsparse.pipeline
    from newsparse.model import Decision, Label, Reason

    corpus = write_corpus(tmp_path / "corpus")
    floors = tmp_path / "floors.toml"
    code, out, _ = run_gate("--corpus", str(corpus), "--floors", str(floors), "--write-floors")
    assert code == 0, out
    pinned = gate.load_floors(floors).floors
    assert pinned["aeb"]["text"]["body_precision"] > 0.8, "the real classifier should do well"
    code, out, _ = run_gate("--corpus", str(corpus), "--floors", str(floors))
    assert (code, out.startswith("gate passed")) == (0, True)

    def keep_every_line(blocks, *args, **kwargs):  # type: ignore[no-untyped-def]
        return tuple(Decision(b, Label.BODY, Reason.PROSE) for b in blocks)

    monkeypatch.setattr(newsparse.classify, "classify", keep_every_line)
    monkeypatch.setattr(newsparse.pipeline, "classify", keep_every_line, raising=False)
    code, out, _ = run_gate("--corpus", str(corpus), "--floors", str(floors))
    assert code == 1
    assert "gate FAILED" in out
    assert "aeb/text body_precision" in out
    assert "aeb/text body_f1" in out


def test_benchmarks_gate_flag_runs_the_same_gate(tmp_path: Path) -> None:
    from benchmarks.__main__ import main

    corpus = write_corpus(tmp_path / "corpus")
    floors = tmp_path / "floors.toml"
    # aeb's gold has no titles: a title floor there can never be met.
    floors.write_text("[aeb.text]\nbody_recall = 0.0\ntitle = 0.1\n", encoding="utf-8")
    out, log = io.StringIO(), io.StringIO()
    code = main(["--gate", "--corpus", str(corpus), "--floors", str(floors)], out=out, log=log)
    assert code == 1
    assert "aeb/text title: not measured < floor 0.100" in out.getvalue()
    assert "body_recall" not in out.getvalue()
