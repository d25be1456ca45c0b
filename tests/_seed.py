"""The seed page shared by the inspect and report tests: its path, the label each of its lines
must get (read by hand from the page), and its Article from the pipeline."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse.model import Article, Label

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds" / "000_ab3c05e08b905fd2"
SEED_INPUT = SEED_DIR / "input.txt"
SEED_SOURCE = "seeds/000_ab3c05e08b905fd2/input.txt"
"""The source name given to the pipeline: relative, so goldens do not depend on the checkout."""

BODY_LINES = (9, 13, 17, 21, 25, 29, 33, 37, 41, 45)
BOILERPLATE_LINES = (1, 6, 48, 49, 50, *range(53, 65))
EXPECTED_LABELS: dict[int, Label] = {
    2: Label.TITLE,
    3: Label.BYLINE,
    4: Label.DATE,
    7: Label.SUBTITLE,
    **{line: Label.BODY for line in BODY_LINES},
    **{line: Label.BOILERPLATE for line in BOILERPLATE_LINES},
}
"""What each non-blank line of the seed is."""


def seed_article() -> Article:
    return newsparse.extract(SEED_INPUT.read_bytes(), source=SEED_SOURCE)
