"""The command line: formats, stdin, directories, exit codes, stdout/stderr separation."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from newsparse.cli import app

from .conftest import SEED_TEXT

runner = CliRunner()


def test_extract_json_single_object() -> None:
    result = runner.invoke(app, ["extract", str(SEED_TEXT), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["title"].startswith("관악구, 카카오톡 채널")
    assert record["source"] == str(SEED_TEXT)
    assert record["input_format"] == "text"


def test_extract_jsonl_two_inputs_in_order(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("The council approved the plan on Monday, the mayor said in a statement.\n")
    result = runner.invoke(app, ["extract", str(SEED_TEXT), str(other), "-f", "jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(SEED_TEXT), str(other)]


def test_extract_json_array_for_several_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEED_TEXT.read_text())
    (tmp_path / "b.txt").write_text(SEED_TEXT.read_text())
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [Path(r["source"]).name for r in records] == ["a.txt", "b.txt"]


def test_extract_stdin() -> None:
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl"], input=SEED_TEXT.read_bytes())
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert len(record["body"]) == 10


def test_extract_markdown_reads_as_an_article() -> None:
    result = runner.invoke(app, ["extract", str(SEED_TEXT), "-f", "markdown"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("# 관악구, 카카오톡 채널 수")
    assert "\n## 구민생활과 밀접한" in out
    assert "이유진 기자" in out and "2020-10-20T09:24:27+09:00" in out
    assert "> 관악구가 구민 맞춤형" in out and "(관악구)" in out


def test_extract_csv_header_and_quoting() -> None:
    result = runner.invoke(app, ["extract", str(SEED_TEXT), "-f", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["authors"] == "이유진 기자"
    assert len(rows[0]["body"].split("\n\n")) == 10


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(SEED_TEXT), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text())["language"] == "ko"


def test_missing_file_fails_with_one_line_and_others_still_written(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(missing), str(SEED_TEXT), "-f", "jsonl"])
    assert result.exit_code == 1
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == [str(SEED_TEXT)]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors, summary = lines[:-1], lines[-1]  # a batch ends with its summary line (issue 5)
    assert len(errors) == 1 and str(missing) in errors[0]
    assert summary.startswith("newsparse: 2 inputs: 1 extracted, 0 empty, 1 failed in ")
    assert "Traceback" not in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(SEED_TEXT), "--format", "yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_tz_option_sets_the_offset_and_rejects_nonsense() -> None:
    out = runner.invoke(app, ["extract", str(SEED_TEXT), "-f", "jsonl", "--tz", "+00:00"])
    assert out.exit_code == 0
    assert json.loads(out.stdout)["published"] == "2020-10-20T09:24:27+00:00"
    named = runner.invoke(app, ["extract", str(SEED_TEXT), "-f", "jsonl", "--tz", "Asia/Tokyo"])
    assert json.loads(named.stdout)["published"] == "2020-10-20T09:24:27+09:00"
    bad = runner.invoke(app, ["extract", str(SEED_TEXT), "--tz", "bogus"])
    assert bad.exit_code == 2 and bad.stdout == ""
    assert "--tz" in bad.stderr
