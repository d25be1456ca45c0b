"""Shared test helpers: paths to the repository's seeds and the optional shared corpus."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Tests (and the command-line runs they start) keep compiled regexes in a store of their own,
# never in the user's cache; set before any test module imports newsparse.
_REGEX_CACHE = tempfile.mkdtemp(prefix="newsparse-test-cache-")
os.environ["NEWSPARSE_CACHE_DIR"] = _REGEX_CACHE
atexit.register(shutil.rmtree, _REGEX_CACHE, True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_TEXT = SEEDS / "000_ab3c05e08b905fd2" / "input.txt"
CORPUS = Path(os.environ.get("NEWSPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))
UPDATE_GOLDEN = os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1"


@pytest.fixture
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")
