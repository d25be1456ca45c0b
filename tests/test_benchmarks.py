"""The benchmark runner, corpus loaders, peers' input adaptation and the command, on invented
pages written into tmp_path (no /work/shared needed), with fake extractors injected."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import benchmarks
from benchmarks import Row, run, run_row, run_row_isolated, sample, with_speed_ratios
from benchmarks.corpus import Gold, Page, discover
from benchmarks.peers import WHOLE_PAGE, Prediction, Tool, get_tool, text_as_html

BODIES = {
    "a1": "The ferry returned to service on Monday after eleven weeks of repairs.",
    "a2": "Hundreds of residents queued before the doors of the new library opened.",
    "a3": "The council will vote on the new bus lanes at its meeting next month.",
    "a4": "A storm warning was issued for the coast on Tuesday evening and night.",
}


def write_corpus(root: Path) -> Path:
    """aeb: four pages (text and html); ko-dev: two pages with title, date and authors."""
    aeb = root / "aeb"
    (aeb / "text").mkdir(parents=True)
    (aeb / "html").mkdir()
    for pid, body in BODIES.items():
        (aeb / "text" / f"{pid}.txt").write_text(
            f"Home  World  Sport\n{body}\n© Example", encoding="utf-8"
        )
        (aeb / "html" / f"{pid}.html").write_text(
            f"<html><head><title>t</title><script>var menu = 1;</script></head><body>"
            f"<nav><a href='/'>Home</a></nav><p>{body}</p><footer>© Example</footer>"
            "</body></html>",
            encoding="utf-8",
        )
    (aeb / "ground-truth.json").write_text(
        json.dumps(
            {
                pid: {"url": "https://example.invalid/", "articleBody": b}
                for pid, b in BODIES.items()
            }
        ),
        encoding="utf-8",
    )
    ko = root / "ko-dev"
    (ko / "text").mkdir(parents=True)
    gold = {
        "k1": {
            "url": "u",
            "lang": "ko",
            "title": "구청, 새 도서관 열어",
            "authors": ["김가나 기자"],
            "published": "2023-04-07 08:26:22",
            "body": "구청이 새 도서관을 열었다고 밝혔습니다.",
            "captions": [],
        },
        "k2": {
            "url": "u",
            "lang": "ko",
            "title": "항구 여객선 운항 재개",
            "authors": ["예시 NEWS"],
            "published": "2023-04-20T13:55:00+09:00",
            "body": "여객선이 다시 운항을 시작했습니다.",
            "captions": [],
        },
    }
    for pid in gold:
        (ko / "text" / f"{pid}.txt").write_text("메뉴\n본문\n", encoding="utf-8")
    (ko / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return root


def oracle(wrong: frozenset[str] = frozenset(), provides: frozenset[str] | None = None) -> Tool:
    """A fake tool answering with the gold, except for pages in ``wrong`` (empty answers)."""

    def run_page(data: bytes, page: Page, kind: str) -> Prediction:
        if page.id in wrong:
            return Prediction(body="", title="nope", published="1999-01-01", authors=())
        g = page.gold
        return Prediction(
            body=g.body, title=g.title, published=g.published, authors=tuple(g.authors or ())
        )

    return Tool(
        "newsparse",
        ("text", "html"),
        provides or frozenset({"body", "title", "date", "author"}),
        None,
        None,
        lambda data, kind: data,
        run_page,
        is_peer=False,
    )


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


# --- corpus ---------------------------------------------------------------------------------


def test_discover_reads_sets_kinds_and_gold(corpus: Path) -> None:
    sets, messages = discover(corpus)
    by_name = {s.name: s for s in sets}
    assert list(by_name) == ["aeb", "ko-dev"]
    assert by_name["aeb"].kinds == ("text", "html")
    assert by_name["ko-dev"].kinds == ("text",)
    assert [p.id for p in by_name["aeb"].pages["html"]] == ["a1", "a2", "a3", "a4"]
    k1 = by_name["ko-dev"].pages["text"][0].gold
    assert k1 == Gold(
        body="구청이 새 도서관을 열었다고 밝혔습니다.",
        title="구청, 새 도서관 열어",
        published="2023-04-07 08:26:22",
        authors=("김가나 기자",),
        lang="ko",
    )
    assert by_name["aeb"].metrics == {"body"}
    assert messages == [f"skipped dates: no folder {corpus / 'dates'}"]


def test_discover_filters_by_set_and_kind_and_reports_unknown(corpus: Path) -> None:
    sets, messages = discover(corpus, only=("aeb", "nope"), kinds=("html",))
    assert [(s.name, s.kinds) for s in sets] == [("aeb", ("html",))]
    assert messages == ["unknown set 'nope' (known: aeb, ko-dev, dates)"]


def test_missing_corpus_and_pages_are_reported_not_raised(tmp_path: Path, corpus: Path) -> None:
    assert discover(tmp_path / "absent")[0] == []
    assert "not found" in discover(tmp_path / "absent")[1][0]
    (corpus / "aeb" / "text" / "a2.txt").unlink()
    sets, messages = discover(corpus, only=("aeb",))
    assert len(sets[0].pages["text"]) == 3
    assert "aeb/text: 1 gold pages have no .txt file" in messages


# --- runner ---------------------------------------------------------------------------------


def test_sample_spreads_pages_evenly() -> None:
    pages = list(range(10))
    assert sample(pages, 5) == (0, 2, 4, 6, 8)  # type: ignore[arg-type]
    assert sample(pages, None) == tuple(pages)  # type: ignore[arg-type]
    assert sample(pages, 50) == tuple(pages)  # type: ignore[arg-type]


def test_runner_scores_a_fake_extractor(corpus: Path) -> None:
    sets, _ = discover(corpus)
    rows = run(sets, [oracle(wrong=frozenset({"a1", "k2"}))], isolate=False)
    by = {(r.set, r.kind): r for r in rows}
    aeb = by[("aeb", "text")]
    assert (aeb.pages, aeb.body_precision, aeb.body_recall) == (4, 0.75, 0.75)
    assert aeb.body_f1 == pytest.approx(0.75)
    assert aeb.title is None and aeb.date is None  # aeb's gold has no titles or dates
    ko = by[("ko-dev", "text")]
    assert (ko.title, ko.title_n, ko.date, ko.date_n) == (0.5, 2, 0.5, 2)
    assert (ko.author, ko.author_n) == (1.0, 1)  # k2's gold names a desk only
    assert aeb.pages_per_s is not None and aeb.pages_per_s > 0


def test_a_tool_is_not_run_where_the_gold_has_none_of_its_metrics(corpus: Path) -> None:
    sets, _ = discover(corpus)
    only_dates = oracle(provides=frozenset({"date"}))
    rows = run(sets, [only_dates], isolate=False)
    assert {(r.set, r.kind) for r in rows} == {("ko-dev", "text")}
    assert rows[0].body_f1 is None and rows[0].date == 1.0


def test_errors_score_as_empty_and_not_implemented_marks_the_row(corpus: Path) -> None:
    sets, _ = discover(corpus, only=("aeb",), kinds=("text",))

    def flaky(data: bytes, page: Page, kind: str) -> Prediction:
        if page.id == "a3":
            raise ValueError("bad page")
        return Prediction(body=page.gold.body)

    def unfinished(data: bytes, page: Page, kind: str) -> Prediction:
        raise NotImplementedError

    tool = Tool("x", ("text",), frozenset({"body"}), None, None, lambda d, k: d, flaky)
    r = run_row(sets[0], "text", tool)
    assert (r.errors, r.error, r.body_recall) == (1, "a3: ValueError: bad page", 0.75)
    r = run_row(
        sets[0],
        "text",
        Tool("y", ("text",), frozenset({"body"}), None, None, lambda d, k: d, unfinished),
    )
    assert (r.pages, r.error, r.body_f1) == (0, "NotImplementedError", None)


def test_isolated_rows_match_and_carry_memory(corpus: Path) -> None:
    sets, _ = discover(corpus, only=("aeb",), kinds=("html",))
    here = run_row(sets[0], "html", get_tool(WHOLE_PAGE))
    there = run_row_isolated(sets[0], "html", get_tool(WHOLE_PAGE))
    assert there.body_f1 == here.body_f1
    assert here.rss_peak_mb is None
    assert there.rss_peak_mb is not None and there.rss_base_mb is not None
    assert there.rss_peak_mb >= there.rss_base_mb > 1


def write_dates(root: Path) -> Path:
    """dates: 6 de pages, 5 en, 3 fr, 1 ja, 1 without a language (folded: fr, ?, ja)."""
    langs = ["de"] * 6 + ["en"] * 5 + ["fr"] * 3 + ["ja", None]
    folder = root / "dates"
    (folder / "text").mkdir(parents=True)
    gold = {}
    for i, lang in enumerate(langs):
        pid = f"d{i:02d}"
        gold[pid] = {"url": "u", "date": f"2024-03-{i + 1:02d}", "lang": lang}
        (folder / "text" / f"{pid}.txt").write_text(f"Nachricht {i}\n", encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_rows_break_down_by_gold_language_folding_small_ones(corpus: Path) -> None:
    write_dates(corpus)
    sets, _ = discover(corpus)
    # wrong: two de pages, one en, one fr, the unlabelled one; ko-dev's k2
    wrong = frozenset({"d00", "d03", "d07", "d12", "d15", "k2"})
    rows = run(sets, [oracle(wrong=wrong)], isolate=False)
    by = {(r.set, r.kind): r for r in rows}
    assert by[("aeb", "text")].languages == ()  # aeb's gold has no languages
    dates = by[("dates", "text")]
    assert dates.date == pytest.approx(11 / 16)
    got = [(lr.lang, lr.pages, lr.date_n, lr.date, lr.folded) for lr in dates.languages]
    assert got == [
        ("de", 6, 6, pytest.approx(4 / 6), ()),
        ("en", 5, 5, 0.8, ()),
        ("other", 5, 5, 0.6, ("fr", "?", "ja")),
    ]
    assert all(lr.body_f1 is None and lr.title is None for lr in dates.languages)
    # ko-dev's two Korean pages fold into "other", with every figure the set has
    (ko,) = by[("ko-dev", "text")].languages
    assert (ko.lang, ko.pages, ko.folded) == ("other", 2, ("ko",))
    assert (ko.title, ko.date, ko.author, ko.author_n) == (0.5, 0.5, 1.0, 1)
    assert ko.body_f1 == pytest.approx(0.5)


def test_command_prints_the_language_table_and_writes_it_to_json(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks import __main__ as cli

    write_dates(corpus)
    monkeypatch.setattr(cli, "TOOLS", (oracle(wrong=frozenset({"d00", "d06"})),))
    out, result = io.StringIO(), tmp_path / "result.json"
    argv = ["--corpus", str(corpus), "--only", "aeb,dates", "--in-process", "--json", str(result)]
    assert cli.main(argv, out=out, log=io.StringIO()) == 0
    text = out.getvalue()
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if " language " in line)
    assert lines[header].startswith("| set   | input | language  | pages |")
    assert lines[header + 2 : header + 6] == [
        "| dates | text  | de        |     6 |       – |     – | 0.833 |      – |",
        "| dates | text  | en        |     5 |       – |     – | 0.800 |      – |",
        "| dates | text  | other (3) |     5 |       – |     – | 1.000 |      – |",
        "",
    ]
    assert "other on dates/text: 3 languages with fewer than 5 pages each (fr, ?, ja)." in text
    assert any(line.startswith("| aeb ") for line in lines[:header])  # after the main table
    data = json.loads(result.read_text(encoding="utf-8"))
    assert [(x["set"], x["lang"], x["pages"]) for x in data["languages"]] == [
        ("dates", "de", 6),
        ("dates", "en", 5),
        ("dates", "other", 5),
    ]
    assert data["languages"][0]["date"] == pytest.approx(5 / 6)
    rows = {(r["set"], r["kind"]): r for r in data["rows"]}
    assert rows[("aeb", "text")]["languages"] == []
    assert rows[("dates", "text")]["languages"][2]["folded"] == ["fr", "?", "ja"]


def test_speed_ratios_are_against_newsparse_on_the_same_set_and_kind() -> None:
    rows = [
        Row("aeb", "text", "newsparse", 1, 1, pages_per_s=500.0),
        Row("aeb", "text", "trafilatura", 1, 1, pages_per_s=25.0),
        Row("aeb", "html", "trafilatura", 1, 1, pages_per_s=35.0),
    ]
    out = with_speed_ratios(rows)
    assert [r.speed_vs_newsparse for r in out] == [None, 0.05, None]


# --- peers ----------------------------------------------------------------------------------


def test_text_for_html_only_peers_is_one_escaped_paragraph_per_line() -> None:
    html = text_as_html("  • Home\n\nA < B & C\n".encode())
    assert "<p>• Home</p>\n<p>A &lt; B &amp; C</p>" in html
    assert html.count("<p>") == 2


def test_whole_page_baseline_drops_scripts_and_keeps_all_visible_text(corpus: Path) -> None:
    tool = get_tool(WHOLE_PAGE)
    page = Page("a1", corpus / "aeb" / "html" / "a1.html", Gold())
    pred = tool.run(page.path.read_bytes(), page, "html")
    assert pred.body == f"Home\n{BODIES['a1']}\n© Example"
    text = b"Home\nBody line\n"
    assert tool.run(text, page, "text").body == "Home\nBody line\n"


# --- the command ----------------------------------------------------------------------------


def test_command_prints_the_table_and_writes_json(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks import __main__ as cli

    monkeypatch.setattr(cli, "TOOLS", (oracle(wrong=frozenset({"a1"})), get_tool(WHOLE_PAGE)))
    out, log = io.StringIO(), io.StringIO()
    result = tmp_path / "result.json"
    code = cli.main(
        [
            "--corpus",
            str(corpus),
            "--only",
            "aeb",
            "--kind",
            "text",
            "--in-process",
            "--json",
            str(result),
        ],
        out=out,
        log=log,
    )
    assert code == 0
    table = out.getvalue().splitlines()
    assert table[0].startswith("| set ")
    assert table[2].startswith("| aeb | text  | newsparse  |     4 |   0.750 | 0.750 | 0.750 |")
    assert table[3].startswith("| aeb | text  | whole page |     4 |")
    data = json.loads(result.read_text(encoding="utf-8"))
    assert data["command"].startswith("python -m benchmarks --corpus")
    assert [r["tool"] for r in data["rows"]] == ["newsparse", "whole page"]
    assert data["rows"][0]["body_f1"] == pytest.approx(0.75)
    assert data["rows"][1]["speed_vs_newsparse"] > 0


def test_command_without_corpus_says_so_and_succeeds(tmp_path: Path) -> None:
    from benchmarks.__main__ import main

    out, log = io.StringIO(), io.StringIO()
    assert main(["--corpus", str(tmp_path / "absent"), "--no-peers"], out=out, log=log) == 0
    assert out.getvalue() == ""
    assert "corpus folder" in log.getvalue() and "nothing to run" in log.getvalue()


def test_real_corpus_smoke_when_present() -> None:
    """On the real corpus (skipped without it): newsparse beats the whole-page baseline."""
    from benchmarks.corpus import default_corpus_dir

    root = default_corpus_dir()
    if not (root / "ko-dev").is_dir():
        pytest.skip(f"no corpus at {root}")
    sets, _ = discover(root, only=("ko-dev",), kinds=("text",))
    rows = benchmarks.run(sets, [get_tool("newsparse"), get_tool(WHOLE_PAGE)], isolate=False)
    ours, whole = rows
    assert ours.errors == 0
    assert ours.body_f1 is not None and whole.body_f1 is not None
    assert ours.body_f1 > whole.body_f1


def test_parallel_rows_give_the_same_figures_in_the_same_order(corpus: Path) -> None:
    sets, _ = discover(corpus)
    tools = [get_tool(WHOLE_PAGE), oracle(wrong=frozenset({"a2"}))]
    serial = run(sets, tools, isolate=True, jobs=1)
    parallel = run(sets, tools, isolate=True, jobs=2)
    key = [(r.set, r.kind, r.tool, r.body_f1, r.title) for r in serial]
    assert key == [(r.set, r.kind, r.tool, r.body_f1, r.title) for r in parallel]
    assert all(r.rss_peak_mb is not None for r in parallel)


def test_title_proxy_reads_the_slug_and_needs_half_its_words() -> None:
    from benchmarks import eval_titles

    url = "https://example.com/news/2019/11/20/fed-holds-rates-steady-again-1234.html"
    assert eval_titles.slug_words(url) == {"fed", "holds", "rates", "steady", "again"}
    assert eval_titles.title_matches("Fed holds rates steady", url) is True
    assert eval_titles.title_matches("Markets rally on Friday", url) is False
    assert eval_titles.title_matches(None, url) is False
    assert eval_titles.title_matches("Anything", "https://example.com/a/12345") is None  # no slug
    assert eval_titles.score([("Fed holds rates steady", url), ("Other", url)]) == (1, 2)
