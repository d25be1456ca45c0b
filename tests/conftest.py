"""Shared test helpers: paths to the repository's seeds and the optional shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_TEXT = SEEDS / "000_ab3c05e08b905fd2" / "input.txt"
CORPUS = Path(os.environ.get("NEWSPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))
UPDATE_GOLDEN = os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1"


@pytest.fixture
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")
