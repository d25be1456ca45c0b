"""The speed duel (``benchmarks/duel.py``): contestants, interleaving and the median ratios,
with fake tools that advance a fake clock by known amounts (no real timing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import Page, discover
from benchmarks.duel import duel, paired_pages, table
from benchmarks.peers import Prediction, Tool
from tests.test_benchmarks import write_corpus


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.calls: list[str] = []

    def __call__(self) -> float:
        return self.now


def fake_tool(name: str, cost: dict[str, float], clock: FakeClock, *, peer: bool) -> Tool:
    """A tool whose extract call costs ``cost[kind]`` fake seconds (raising on page a3)."""

    def run_page(data: bytes, page: object, kind: str) -> Prediction:
        clock.now += cost[kind]
        clock.calls.append(f"{name}/{kind}")
        if getattr(page, "id", "") == "a3" and name == "peer":
            raise ValueError("boom")
        return Prediction(body="x")

    return _tool(name, run_page, peer=peer)


def _tool(name: str, run_page: Callable[[bytes, Page, str], Prediction], *, peer: bool) -> Tool:
    return Tool(
        name,
        ("text", "html"),
        frozenset({"body"}),
        None,
        None,
        lambda d, k: d,
        run_page,
        is_peer=peer,
    )


def test_duel_interleaves_pages_and_reports_median_ratios(tmp_path: Path) -> None:
    sets, _ = discover(write_corpus(tmp_path / "c"), only=("aeb",))
    clock = FakeClock()
    ours = fake_tool("newsparse", {"text": 0.01, "html": 0.02}, clock, peer=False)
    peer = fake_tool("peer", {"html": 0.1}, clock, peer=True)
    results = duel(
        sets[0],
        [ours, peer],
        rounds=3,
        isolate=False,
        chunk=1,
        clock=clock,
        reset=lambda: clock.calls.append("reset"),
    )
    by = {f"{r.tool}/{r.kind}": r for r in results}
    assert list(by) == ["newsparse/text", "newsparse/html", "peer/html"]
    assert all(r.pages == 4 and r.rounds == 3 and len(r.per_round) == 3 for r in results)
    assert abs(by["newsparse/text"].pages_per_s - 100.0) < 1e-6  # type: ignore[operator]
    assert abs(by["newsparse/html"].vs["peer/html"] - 5.0) < 1e-6
    assert abs(by["peer/html"].vs["newsparse/text"] - 0.1) < 1e-6
    assert by["peer/html"].errors == 1 and by["newsparse/html"].errors == 0
    # warm-up (one call each), then page by page: every contestant before the next page, and
    # newsparse's caches cleared before each of its calls (never before a peer's)
    timed = clock.calls[3:]
    one_page = ["reset", "newsparse/text", "reset", "newsparse/html", "peer/html"]
    assert timed[:10] == one_page * 2
    assert len(timed) == 3 * 4 * len(one_page)
    clock.calls.clear()
    duel(sets[0], [ours, peer], rounds=1, isolate=False, chunk=3, clock=clock, reset=lambda: None)
    # turns of three pages (then the fourth): each contestant runs its turn before the next
    assert clock.calls[3:] == (
        ["newsparse/text"] * 3
        + ["newsparse/html"] * 3
        + ["peer/html"] * 3
        + ["newsparse/text", "newsparse/html", "peer/html"]
    )
    text = table("aeb", results)
    assert "| newsparse/html | 4 | 50.0 |" in text and "5.00" in text


def test_duel_needs_pages_in_both_kinds(tmp_path: Path) -> None:
    sets, _ = discover(write_corpus(tmp_path / "c"), only=("ko-dev",))
    clock = FakeClock()
    assert paired_pages(sets[0]) == []
    tool = fake_tool("newsparse", {"text": 1.0, "html": 1.0}, clock, peer=False)
    assert duel(sets[0], [tool], isolate=False, clock=clock, reset=lambda: None) == []
    assert table("ko-dev", []) == ""


def test_isolated_duel_runs_each_contestant_in_a_fresh_worker_per_round(tmp_path: Path) -> None:
    """Workers keep state within a round only: a tool that gets slower with every call it has
    made in its process shows the same cost in each round, and contestants do not share it."""
    import time

    calls: list[int] = []

    def run_page(data: bytes, page: object, kind: str) -> Prediction:
        calls.append(1)  # per process: a fresh worker starts from the parent's empty list
        deadline = time.process_time() + 0.002 * len(calls)
        while time.process_time() < deadline:
            pass
        return Prediction(body="x")

    tool = _tool("newsparse", run_page, peer=False)
    sets, _ = discover(write_corpus(tmp_path / "c"), only=("aeb",))
    results = duel(sets[0], [tool], rounds=2, isolate=True)
    assert calls == []  # nothing ran in this process
    for r in results:
        # warm-up is call 1, pages are calls 2..5: 2+3+4+5 = 14 units of 2 ms in every round
        assert all(abs(rate - 4 / 0.028) < 0.25 * 4 / 0.028 for rate in r.per_round), r
