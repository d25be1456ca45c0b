"""`newsparse inspect`: row planning (folding, --only), the rich tables at fixed widths, goldens."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from newsparse.cli import app
from newsparse.inspect_view import (
    FOLD_MIN_RUN,
    PHRASE_COLUMN_MIN_WIDTH,
    Only,
    inspect_text,
    plan_rows,
    print_inspect,
)
from newsparse.model import REASON_PHRASES, Article, Block, Decision, InputFormat, Label, Reason

from ._seed import (
    BODY_LINES,
    EXPECTED_LABELS,
    ROOT,
    SEED_DIR,
    SEED_INPUT,
    SEED_SOURCE,
    seed_article,
)

UPDATE = os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1"


def _decision(line: int, label: Label, reason: Reason, text: str = "") -> Decision:
    return Decision(Block(line - 1, line, text or f"line {line}"), label, reason)


def _article(decisions: list[Decision]) -> Article:
    return Article(source="test.txt", input_format=InputFormat.TEXT, decisions=tuple(decisions))


def _render(article: Article, width: int, *, colour: bool = False, **options: object) -> str:
    console = Console(
        record=True,
        width=width,
        color_system="standard" if colour else None,
        force_terminal=colour,
        file=open(os.devnull, "w"),  # noqa: SIM115 - closed with the console's lifetime
    )
    print_inspect(console, article, **options)  # type: ignore[arg-type]
    return console.export_text(styles=colour)


# --- row planning ---------------------------------------------------------------------------


def test_long_boilerplate_run_folds_into_one_row() -> None:
    reasons = [Reason.NAV] * 5 + [Reason.SHARE] * 2 + [Reason.LIST_HEADER]
    decisions = [_decision(10 + i, Label.BOILERPLATE, r) for i, r in enumerate(reasons)]
    rows = plan_rows([_decision(9, Label.BODY, Reason.PROSE), *decisions])
    assert [r.count for r in rows] == [1, len(reasons)]
    fold = rows[1]
    assert (fold.first_line, fold.last_line) == (10, 17)
    # most frequent reason first, then by first appearance
    assert fold.reasons == (Reason.NAV, Reason.SHARE, Reason.LIST_HEADER)
    assert fold.reason_counts == (5, 2, 1)
    assert fold.summary() == "8 lines: nav 5, share 2, list-header 1"


def test_fold_names_at_most_three_reasons() -> None:
    reasons = [Reason.NAV, Reason.SHARE, Reason.COUNTER, Reason.FOOTER, Reason.NAV, Reason.PROMO]
    decisions = [_decision(1 + i, Label.BOILERPLATE, r) for i, r in enumerate(reasons)]
    (fold,) = plan_rows(decisions)
    assert fold.summary() == "6 lines: nav 2, share 1, counter 1, …"


def test_short_runs_and_body_runs_do_not_fold() -> None:
    short = [_decision(i, Label.BOILERPLATE, Reason.NAV) for i in range(1, FOLD_MIN_RUN)]
    body = [_decision(100 + i, Label.BODY, Reason.PROSE) for i in range(FOLD_MIN_RUN * 3)]
    rows = plan_rows(short + body)
    assert all(not r.folded for r in rows)
    assert len(rows) == len(short) + len(body)


def test_runs_are_split_by_a_different_label() -> None:
    first = [_decision(i, Label.BOILERPLATE, Reason.NAV) for i in range(1, FOLD_MIN_RUN + 1)]
    middle = _decision(50, Label.DATE, Reason.DATE_LINE)
    last = [_decision(60 + i, Label.BOILERPLATE, Reason.NAV) for i in range(FOLD_MIN_RUN - 1)]
    rows = plan_rows([*first, middle, *last])
    assert [r.count for r in rows] == [FOLD_MIN_RUN, 1] + [1] * (FOLD_MIN_RUN - 1)


def test_all_and_only_show_every_selected_line() -> None:
    decisions = [_decision(1, Label.TITLE, Reason.TITLE_LINE)]
    decisions += [_decision(2 + i, Label.BOILERPLATE, Reason.NAV) for i in range(10)]
    decisions += [
        _decision(20, Label.BODY, Reason.PROSE),
        _decision(21, Label.CAPTION, Reason.CAPTION_CREDIT),
    ]
    assert len(plan_rows(decisions, show_all=True)) == len(decisions)
    assert [r.first_line for r in plan_rows(decisions, only=Only.BODY)] == [20]
    assert [r.first_line for r in plan_rows(decisions, only=Only.META)] == [1, 21]
    boiler = plan_rows(decisions, only=Only.BOILERPLATE)
    assert [r.first_line for r in boiler] == list(range(2, 12))


# --- the rendered tables --------------------------------------------------------------------


def _table_rows(text: str) -> dict[str, tuple[str, str]]:
    """line cell → (label, reason) for every row of the lines table in exported text."""
    rows: dict[str, tuple[str, str]] = {}
    labels = "|".join(str(label) for label in Label)
    pattern = re.compile(rf"^\s*(\d+(?:–\d+)?)  ({labels})\s+(\S+)")
    for line in text.splitlines():
        match = pattern.match(line)
        if match:
            rows[match.group(1)] = (match.group(2), match.group(3))
    return rows


@pytest.mark.parametrize("width", [80, 160])
def test_seed_every_line_shows_its_label(width: int) -> None:
    article = seed_article()
    text = _render(article, width, show_all=True)
    rows = _table_rows(text)
    assert {int(k): Label(v[0]) for k, v in rows.items()} == EXPECTED_LABELS
    for decision in article.decisions:
        assert rows[str(decision.block.line)][1] == str(decision.reason)


@pytest.mark.parametrize("width", [60, 80, 120, 160, 200])
def test_no_line_is_wider_than_the_console(width: int) -> None:
    text = _render(seed_article(), width)
    assert max(cell_len(line) for line in text.splitlines()) <= width


def test_phrases_are_a_column_when_wide_and_a_legend_when_narrow() -> None:
    article = seed_article()
    reasons = {d.reason for d in article.decisions}
    wide = _render(article, PHRASE_COLUMN_MIN_WIDTH, show_all=True)
    narrow = _render(article, PHRASE_COLUMN_MIN_WIDTH - 1, show_all=True)
    assert re.search(r"^\s*line\s+label\s+reason\s+why\s+text", wide, re.M)
    assert re.search(r"^\s*line\s+label\s+reason\s+text", narrow, re.M)
    assert "\nreasons" not in wide
    legend = narrow.split("\nreasons", 1)[1]
    for reason in reasons:
        assert re.search(
            rf"^{re.escape(reason)}\s+{re.escape(REASON_PHRASES[reason])}", legend, re.M
        )
        assert REASON_PHRASES[reason] in wide


def test_default_view_folds_the_seed_tail() -> None:
    text = _render(seed_article(), 160)
    assert re.search(
        r"^48–64  boilerplate  list-item, … +15 lines: list-item 7, nav 2, ", text, re.M
    )
    assert not re.search(r"^\s*57\s", text, re.M)


def test_only_body_shows_the_ten_body_lines() -> None:
    rows = _table_rows(_render(seed_article(), 100, only=Only.BODY))
    assert sorted(int(k) for k in rows) == list(BODY_LINES)


def test_plain_text_has_no_padding_or_escape_codes() -> None:
    text = inspect_text(seed_article(), width=120)
    assert "\x1b" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert text.splitlines() == [
        line.rstrip() for line in _render(seed_article(), 120).splitlines()
    ]


def test_text_is_not_read_as_markup() -> None:
    article = _article([_decision(1, Label.BODY, Reason.PROSE, "[bold]not markup[/bold] :smile:")])
    assert "[bold]not markup[/bold] :smile:" in _render(article, 120)


def test_fields_show_missing_values_as_dashes() -> None:
    text = _render(_article([]), 80)
    assert re.search(r"^title\s+—\s*$", text, re.M)
    assert re.search(r"^authors\s+—\s*$", text, re.M)


def test_colours_dim_boilerplate_and_embolden_body() -> None:
    decisions = [
        _decision(1, Label.BOILERPLATE, Reason.NAV, "menu entry"),
        _decision(2, Label.BODY, Reason.PROSE, "A body sentence."),
    ]
    text = _render(_article(decisions), 100, colour=True, show_all=True)
    dim, bold = "\x1b[2m", "\x1b[1m"
    menu_row = next(line for line in text.splitlines() if "menu entry" in line)
    body_row = next(line for line in text.splitlines() if "A body sentence." in line)
    assert dim in menu_row and dim not in body_row
    assert bold + "A body sentence." in body_row
    assert "\x1b[1;32mbody" in body_row  # the label in its colour


# --- goldens --------------------------------------------------------------------------------

GOLDENS = {
    "inspect-80.txt": {"width": 80},
    "inspect-160.txt": {"width": 160},
    "inspect-all-120.txt": {"width": 120, "show_all": True},
}


@pytest.mark.parametrize("name", sorted(GOLDENS))
def test_seed_golden(name: str) -> None:
    options = dict(GOLDENS[name])
    width = int(options.pop("width"))  # type: ignore[call-overload]
    text = inspect_text(seed_article(), width=width, **options)  # type: ignore[arg-type]
    path: Path = SEED_DIR / name
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} was missing and has been written; review and commit it")
    assert text == path.read_text(encoding="utf-8")


# --- the command line -----------------------------------------------------------------------

runner = CliRunner()


def test_cli_inspect_prints_the_golden_plain_text() -> None:
    result = runner.invoke(app, ["inspect", str(SEED_INPUT), "--width", "80"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    expected = (SEED_DIR / "inspect-80.txt").read_text(encoding="utf-8")
    # the source name is the path as given
    assert result.stdout == expected.replace(SEED_SOURCE, str(SEED_INPUT))


def test_cli_inspect_all_and_only() -> None:
    everything = _table_rows(runner.invoke(app, ["inspect", str(SEED_INPUT), "--all"]).stdout)
    assert {int(k) for k in everything} == set(EXPECTED_LABELS)
    body = runner.invoke(app, ["inspect", str(SEED_INPUT), "--only", "body", "--width", "100"])
    assert body.exit_code == 0
    assert sorted(int(k) for k in _table_rows(body.stdout)) == list(BODY_LINES)


def test_cli_inspect_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["inspect", str(SEED_INPUT), "--only", "nav"]).exit_code == 2
    assert runner.invoke(app, ["inspect", str(SEED_INPUT), "--width", "10"]).exit_code == 2


def test_cli_inspect_missing_input_is_named_and_others_still_shown(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["inspect", str(missing), str(SEED_INPUT), "--width", "100"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"newsparse: {missing}: no such file or directory"
    assert re.search(r"^48–64  boilerplate .* 15 lines: ", result.stdout, re.M)


def test_cli_inspect_html_writes_one_report_for_a_batch(tmp_path: Path) -> None:
    from selectolax.lexbor import LexborHTMLParser

    other = tmp_path / "other.txt"
    other.write_text("Menu\nA plain sentence that reads like prose, long enough to be one.\n")
    report = tmp_path / "report.html"
    result = runner.invoke(app, ["inspect", str(SEED_INPUT), str(other), "--html", str(report)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == f"newsparse: wrote {report} (2 inputs)"
    tree = LexborHTMLParser(report.read_text(encoding="utf-8"))
    assert len(tree.css("table.index tbody tr")) == 2
    assert len(tree.css("#doc-1 li.line")) == len(EXPECTED_LABELS)
    assert len(tree.css("#doc-2 li.line")) == 2


def _run_on_a_terminal(env: dict[str, str]) -> bytes:
    """Run `newsparse inspect` with stdout on a pseudo-terminal; return what it wrote."""
    import pty
    import select
    import subprocess
    import sys

    master, slave = pty.openpty()
    command = [sys.executable, "-m", "newsparse", "inspect", str(SEED_INPUT), "--width", "100"]
    env = {**env, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""
    return b"".join(chunks)


def test_cli_inspect_colours_a_terminal_unless_no_color() -> None:
    base = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    coloured = _run_on_a_terminal({**base, "TERM": "xterm-256color"})
    assert b"\x1b[" in coloured
    assert "박준희".encode() in coloured
    plain = _run_on_a_terminal({**base, "TERM": "xterm-256color", "NO_COLOR": "1"})
    assert b"\x1b[" not in plain
    assert "박준희".encode() in plain


def test_cli_extract_explain_adds_every_line() -> None:
    article = seed_article()
    plain = runner.invoke(app, ["extract", str(SEED_INPUT), "--format", "json"])
    assert "lines" not in json.loads(plain.stdout)
    for fmt in ("json", "jsonl"):
        result = runner.invoke(app, ["extract", str(SEED_INPUT), "--format", fmt, "--explain"])
        assert result.exit_code == 0, result.output
        record = json.loads(result.stdout)
        assert record["lines"] == [
            {"line": d.block.line, "label": str(d.label), "reason": str(d.reason)}
            for d in article.decisions
        ]
        assert {entry["line"]: entry["label"] for entry in record["lines"]} == EXPECTED_LABELS
