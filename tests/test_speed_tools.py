"""The speed-work tools: ``benchmarks/stages.py`` must chain the stages as the pipeline does (or
its timings describe some other program), and ``benchmarks/snapshot.py`` must notice any changed
record field (or it cannot guard a speed change)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsparse
from benchmarks import snapshot, stages
from newsparse.render import to_dict

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_stage_timers_wrap_the_pipeline_and_change_nothing() -> None:
    from newsparse import pipeline

    original = pipeline.classify
    for kind, path, stages_seen in (
        ("text", SEEDS / "000_ab3c05e08b905fd2" / "input.txt", {"decode", "segment", "language"}),
        ("html", SEEDS / "000_ab3c05e08b905fd2_html" / "input.html", {"parse", "language"}),
    ):
        data = path.read_bytes()
        times: dict[str, float] = {}
        (staged,) = stages.run_pages([data], kind, times)
        whole = newsparse.extract(data, input_format=kind)
        assert to_dict(staged, explain=True) == to_dict(whole, explain=True)
        assert set(times) == stages_seen | {"classify", "assemble", "total"}
        assert all(t >= 0 for t in times.values())
        assert times["total"] >= sum(v for k, v in times.items() if k != "total") - 1e-9
    assert pipeline.classify is original  # the wrappers are gone after the block


def test_a_stage_inside_another_is_counted_once() -> None:
    ticks = iter(range(1000))
    times: dict[str, float] = {}
    with stages.timed_stages(times, clock=lambda: float(next(ticks))):
        from newsparse import pipeline

        pipeline._language((), "Some English text that is long enough to tell its language.")
    assert set(times) == {"language"}  # _language calls detect_language: not counted twice
    assert times["language"] == 1.0


def test_clearing_caches_empties_lru_and_plain_dict_caches() -> None:
    from newsparse import classify, dates
    from newsparse.rules import html_hints

    classify._line_facts("Home")
    html_hints.word_hint("article-body")
    dates.find_dates("Published 20 October 2020")
    assert classify._line_facts.cache_info().currsize and html_hints._WORD_HINTS
    assert dates._DATES_MEMO
    assert stages.clear_caches() >= 3
    assert not classify._line_facts.cache_info().currsize and not html_hints._WORD_HINTS
    assert not dates._DATES_MEMO


def test_snapshot_differences_name_changed_fields_and_missing_pages() -> None:
    old = {"a/text/1": {"title": "T", "body": ["x"]}, "a/text/2": {"title": "U"}}
    new = {"a/text/1": {"title": "T", "body": ["y"]}, "a/text/3": {"title": "U"}}
    assert snapshot.differences(old, new) == [
        "a/text/1: body",
        "a/text/2: only in the old snapshot",
        "a/text/3: only in the new snapshot",
    ]
    assert snapshot.differences(old, old) == []


def test_instruction_counts_skip_without_valgrind(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from benchmarks import instructions

    monkeypatch.setattr(instructions.shutil, "which", lambda name: None)
    assert instructions.main(["--corpus", str(tmp_path)]) == 0
    assert "valgrind not found" in capsys.readouterr().out


def test_instruction_counts_read_callgrinds_total(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from benchmarks import instructions

    def fake_run(args: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        assert args[0] == "valgrind" and "--tool=callgrind" in args
        return subprocess.CompletedProcess(args, 0, "", "==1== Collected : 123456\n==1==\n")

    monkeypatch.setattr(instructions.subprocess, "run", fake_run)
    assert instructions.collected(["python", "-c", "pass"]) == 123456


def test_startup_runs_each_command_with_its_cache_setting(tmp_path: Path) -> None:
    from benchmarks import startup

    marker = tmp_path / "seen.txt"
    probe = [
        sys.executable,
        "-c",
        "import os, pathlib, sys; "
        f"pathlib.Path({str(marker)!r}).write_text(os.environ.get('NEWSPARSE_CACHE_DIR', '-')); "
        "sys.exit('PYTHONDONTWRITEBYTECODE' in os.environ)",
    ]
    cold_dir = tmp_path / "cold"
    (cold_dir / "old").mkdir(parents=True)
    wall, cpu = startup.run_once(startup.Command("probe", probe, None, cold_dir, cold=True))
    assert wall > 0 and cpu >= 0
    assert marker.read_text() == str(cold_dir)  # the cache setting reached the child
    assert not cold_dir.exists()  # a first run starts from an empty cache
    names = [c.name for c in startup.commands(startup.DEFAULT_PAGE, None, tmp_path)]
    assert names == ["newsparse, first run", "newsparse, cache filled"]


def test_startup_names_a_missing_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from benchmarks import startup

    assert startup.main(["--page", str(tmp_path / "none.txt")]) == 2
    assert "none.txt" in capsys.readouterr().err
