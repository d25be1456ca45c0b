"""Golden files: every folder in seeds/ holds an input and the expected output in each format.

Adding a case needs no code: drop ``seeds/<name>/input.txt`` (or ``input.html``), run
``NEWSPARSE_UPDATE_GOLDEN=1 pytest tests/test_golden.py``, review the diff, commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import extract
from newsparse.model import Format
from newsparse.render import to_csv, to_json, to_jsonl, to_markdown

from .conftest import ROOT, SEEDS, UPDATE_GOLDEN

EXPECTED = {
    Format.JSON: ("expected.json", lambda a: to_json(a) + "\n"),
    Format.JSONL: ("expected.jsonl", lambda a: to_jsonl(a) + "\n"),
    Format.MARKDOWN: ("expected.md", to_markdown),
    Format.CSV: ("expected.csv", lambda a: to_csv([a])),
}


def _inputs() -> list[Path]:
    return sorted(p for p in SEEDS.glob("*/input.*") if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.parent.name)
@pytest.mark.parametrize("fmt", list(EXPECTED), ids=str)
def test_golden(path: Path, fmt: Format) -> None:
    name, render = EXPECTED[fmt]
    article = extract(path.read_bytes(), source=str(path.relative_to(ROOT)))
    got = render(article)
    expected_path = path.parent / name
    if UPDATE_GOLDEN:
        expected_path.write_text(got, encoding="utf-8")
    assert expected_path.exists(), f"{expected_path} missing: run with NEWSPARSE_UPDATE_GOLDEN=1"
    assert got == expected_path.read_text(encoding="utf-8")


def test_seeds_present() -> None:
    assert _inputs(), "no golden inputs under seeds/"
