"""The seed's HTML report as headless Chromium renders it: labels in the live DOM, the filter's
script at work, and a screenshot saved as an artifact (``artifacts/`` or $NEWSPARSE_ARTIFACTS).

Needs a Chromium binary (Debian's ``chromium``; ``.ci/run`` installs it, $NEWSPARSE_CHROMIUM
overrides); skips only when none is found. No Python packages beyond the test suite's own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.report import render_report

from ._seed import BODY_LINES, BOILERPLATE_LINES, ROOT, seed_article

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
CHROMIUM_TIMEOUT_S = 120  # a cold start on a busy 2-core machine can take tens of seconds


def find_chromium() -> str | None:
    override = os.environ.get("NEWSPARSE_CHROMIUM")
    if override:
        return override
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium found (apt-get install chromium, or set NEWSPARSE_CHROMIUM)",
)


def run_chromium(*args: str) -> subprocess.CompletedProcess[str]:
    """Run Chromium once with a new empty profile; fail the test if it fails."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="newsparse-chromium-") as profile:
        result = subprocess.run(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=CHROMIUM_TIMEOUT_S,
            check=False,
        )
    assert result.returncode == 0, (
        f"chromium failed ({result.returncode}):\n{result.stderr[-2000:]}"
    )
    return result


@pytest.fixture(scope="module")
def report_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "seed-report.html"
    path.write_text(render_report([seed_article()]), encoding="utf-8")
    return path


def _text(node: LexborNode, selector: str) -> str:
    found = node.css_first(selector)
    assert found is not None, f"no {selector}"
    return found.text()


def rendered_dom(url: str) -> LexborHTMLParser:
    dom = run_chromium("--dump-dom", url).stdout
    assert "<li" in dom, "chromium returned no DOM"
    return LexborHTMLParser(dom)


def visible_lines(tree: LexborHTMLParser, label: str) -> list[int]:
    return [
        int(n.attributes["data-line"] or 0)
        for n in tree.css(f'li.line[data-label="{label}"]')
        if "hidden" not in n.attributes
    ]


def test_rendered_page_labels_title_body_and_boilerplate(report_path: Path) -> None:
    tree = rendered_dom(report_path.as_uri())
    article = seed_article()
    titles = tree.css('li.line[data-label="title"]')
    assert len(titles) == 1
    assert _text(titles[0], ".txt") == article.title
    assert visible_lines(tree, "body") == list(BODY_LINES)
    body_texts = [_text(n, ".txt") for n in tree.css('li.line[data-label="body"]')]
    expected = [d.block.text for d in article.decisions if d.label == "body"]
    assert body_texts == expected
    assert visible_lines(tree, "boilerplate") == list(BOILERPLATE_LINES)
    for node in tree.css('li.line[data-label="boilerplate"]'):
        assert "dropped" in (node.attributes["class"] or "").split()
    body = tree.css_first("body")
    assert body is not None and body.attributes["data-show"] == "all"


def test_filter_from_the_address_shows_one_label(report_path: Path) -> None:
    tree = rendered_dom(report_path.as_uri() + "#show=body")
    # the inline script ran: body lines shown, every other line hidden, the body key pressed
    body = tree.css_first("body")
    assert body is not None and body.attributes["data-show"] == "body"
    assert visible_lines(tree, "body") == list(BODY_LINES)
    shown = [n for n in tree.css("li.line") if "hidden" not in n.attributes]
    assert len(shown) == len(BODY_LINES)
    pressed = [n.attributes["data-show"] for n in tree.css('button.key[aria-pressed="true"]')]
    assert pressed == ["body"]


def test_screenshot_is_saved_as_an_artifact(report_path: Path) -> None:
    artifacts = Path(os.environ.get("NEWSPARSE_ARTIFACTS", ROOT / "artifacts"))
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / "report-seed.png"
    shot.unlink(missing_ok=True)
    run_chromium("--window-size=1280,2000", f"--screenshot={shot}", report_path.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000, "screenshot is suspiciously small (blank page?)"
