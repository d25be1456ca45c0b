"""The speed-work tools: ``benchmarks/stages.py`` must chain the stages as the pipeline does (or
its timings describe some other program), and ``benchmarks/snapshot.py`` must notice any changed
record field (or it cannot guard a speed change)."""

from __future__ import annotations

from pathlib import Path

import newsparse
from benchmarks import snapshot, stages
from newsparse.render import to_dict

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_stage_chains_give_the_pipelines_records() -> None:
    for kind, path in (
        ("text", SEEDS / "000_ab3c05e08b905fd2" / "input.txt"),
        ("html", SEEDS / "000_ab3c05e08b905fd2_html" / "input.html"),
    ):
        data = path.read_bytes()
        times: dict[str, float] = {}
        staged = stages.STAGES[kind](data, times)
        whole = newsparse.extract(data, input_format=kind)
        assert to_dict(staged, explain=True) | {"source": None} == to_dict(whole, explain=True) | {
            "source": None
        }
        assert staged.body and set(times) >= {"classify", "assemble"}
        assert all(t >= 0 for t in times.values())


def test_clearing_caches_finds_the_line_cache() -> None:
    assert stages.clear_caches() >= 1


def test_snapshot_differences_name_changed_fields_and_missing_pages() -> None:
    old = {"a/text/1": {"title": "T", "body": ["x"]}, "a/text/2": {"title": "U"}}
    new = {"a/text/1": {"title": "T", "body": ["y"]}, "a/text/3": {"title": "U"}}
    assert snapshot.differences(old, new) == [
        "a/text/1: body",
        "a/text/2: only in the old snapshot",
        "a/text/3: only in the new snapshot",
    ]
    assert snapshot.differences(old, old) == []
