"""The seed page saved in the encodings Korean pages come in extracts to one and the same record.

CP949/EUC-KR have no '•' or NBSP, so every variant is made from the seed with those two written
as '·' and a space (what a Korean CMS would emit); the original seed must then agree on every
field but the body's spacing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsparse.cli import app

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ab3c05e08b905fd2" / "input.txt"
VARIANTS = ("cp949", "euc_kr", "utf-16", "utf-8-sig", "utf-8")


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8").replace("•", "·").replace("\xa0", " ")


@pytest.fixture
def variants(tmp_path: Path) -> Path:
    text = seed_text()
    for codec in VARIANTS:
        (tmp_path / f"{codec}.txt").write_bytes(text.encode(codec))
    # CP949 bytes that were read as Latin-1 and saved as UTF-8 (mojibake): repaired on reading
    (tmp_path / "mojibake.txt").write_text(text.encode("cp949").decode("latin-1"), "utf-8")
    return tmp_path


def records(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["extract", "-f", "jsonl", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def without_source(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key != "source"}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_every_encoding_gives_the_same_record(variants: Path, workers: str) -> None:
    got = records(str(variants), "--workers", workers)
    assert len(got) == len(VARIANTS) + 1
    reference = without_source(got[-1])  # utf-8.txt sorts last
    assert got[-1]["source"] == str(variants / "utf-8.txt")
    assert reference["title"] and reference["body"] and reference["authors"]
    for record in got:
        assert without_source(record) == reference, record["source"]


def test_the_original_seed_agrees(variants: Path) -> None:
    (reference,) = records(str(variants / "cp949.txt"))
    (original,) = records(str(SEED))
    for key in ("title", "subtitles", "authors", "published", "language"):
        assert original[key] == reference[key], key
    assert [" ".join(p.split()) for p in original["body"]] == reference["body"]  # NBSP is space


def test_forced_encodings(variants: Path) -> None:
    (reference,) = records(str(variants / "utf-8.txt"))
    for forced in ("euc-kr", "latin-1"):  # Latin-1 misreads it ... and the repair undoes that
        (record,) = records(str(variants / "cp949.txt"), "--encoding", forced)
        assert without_source(record) == without_source(reference), forced
