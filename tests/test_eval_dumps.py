"""benchmarks/eval_dumps.py: the derived dump forms, and a clean skip without the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import eval_dumps


def test_wrapped_form_wraps_long_lines_only(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("short line\n" + "word " * 40 + "\n  • " + "item " * 30 + "\n")
    lines = eval_dumps.wrapped(76)(page).split("\n")
    assert lines[0] == "short line"
    assert all(len(line) <= 76 for line in lines)
    assert sum(line.count("word") for line in lines) == 40


def test_get_text_puts_text_nodes_on_lines_without_scripts(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><p>One <a href=x>link</a> two</p><script>var x;</script></body></html>"
    )
    assert eval_dumps.get_text(page).split("\n") == ["One", "link", "two"]


def test_skips_without_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_dumps.main(["--corpus", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().err
