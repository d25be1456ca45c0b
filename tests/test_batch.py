"""batch.py and the ``extract`` command in batches: order, bounds, crashes, errors, exit codes."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path, PurePath

import pytest
from typer.testing import CliRunner

from newsparse.batch import (
    ExtractJob,
    OutputPaths,
    Result,
    Summary,
    mirrored_name,
    run_batch,
)
from newsparse.cli import app
from newsparse.errors import (
    EmptyInput,
    ExtractionFailed,
    InputNotFound,
    NewsparseError,
    WorkerCrashed,
)
from newsparse.model import Article, Format
from newsparse.read import InputRef, read_source

REPO = Path(__file__).resolve().parents[1]


def page(n: int) -> str:
    """An invented news page (menu, title, byline, three paragraphs, footer) numbered n."""
    return "\n".join(
        [
            "Home | News | Sport | Weather",
            f"Council approves riverside park plan number {n}",
            "By Jane Doe",
            "",
            f"The city council voted on Tuesday to approve riverside park plan {n} after months "
            "of public debate about its cost and about who would pay for its upkeep.",
            "Supporters said the park would give families in the eastern districts their first "
            "large green space, while critics questioned the budget and the schedule.",
            "Construction is expected to begin next spring and to last about two years, according "
            "to the planning department's latest schedule for the whole riverside.",
            "",
            "Share this article",
            "Copyright 2024 Example News. All rights reserved.",
        ]
    )


# --- run_batch with a toy extractor ------------------------------------------------------------


def toy(ref: InputRef) -> Article:
    """Module-level (so it pickles): the text's words are the body; markers misbehave."""
    text = read_source(ref).text
    if "CRASH" in text:
        os._exit(7)
    if "RAISE" in text:
        raise ValueError("toy failure\nsecond line")
    if "SLOW" in text:
        time.sleep(0.5)
    if "PID" in text:
        return Article(source=ref.name, input_format="text", body=(str(os.getpid()),))
    return Article(source=ref.name, input_format="text", body=tuple(text.split()))


def files(tmp_path: Path, *texts: str) -> list[InputRef]:
    refs = []
    for i, text in enumerate(texts):
        path = tmp_path / f"f{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        refs.append(InputRef(str(path), str(path)))
    return refs


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_in_input_order(tmp_path: Path, workers: int) -> None:
    refs = files(tmp_path, "SLOW first", "b", "c", "d", "e", "f", "g")
    results = list(run_batch(refs, toy, workers=workers, in_flight=4))
    assert [r.index for r in results] == list(range(7))
    assert [r.name for r in results] == [r.name for r in refs]
    assert [r.article.body[-1] for r in results if r.article] == ["first", *"bcdefg"]


@pytest.mark.parametrize(("workers", "in_flight"), [(1, None), (2, 3)])
def test_inputs_are_pulled_lazily_and_in_flight_is_bounded(
    tmp_path: Path, workers: int, in_flight: int | None
) -> None:
    (ref,) = files(tmp_path, "same page")
    pulled = 0

    def refs() -> Iterator[InputRef]:
        nonlocal pulled
        for _ in range(40):
            pulled += 1
            yield ref

    seen = 0
    most_ahead = 0
    for _ in run_batch(refs(), toy, workers=workers, in_flight=in_flight):
        seen += 1
        most_ahead = max(most_ahead, pulled - seen)
    assert seen == 40
    assert most_ahead <= (in_flight or 1) + 1  # the window, plus the one being looked at


@pytest.mark.parametrize("workers", [1, 2])
def test_errors_in_the_stream_and_from_the_extractor_become_results(
    tmp_path: Path, workers: int
) -> None:
    good, bad = files(tmp_path, "good words", "RAISE please")
    stream: list[InputRef | NewsparseError] = [
        good,
        InputNotFound("gone.txt", "no such file or directory"),
        bad,
        InputRef(str(tmp_path / "missing"), str(tmp_path / "missing")),
        good,
    ]
    results = list(run_batch(stream, toy, workers=workers))
    assert [r.ok for r in results] == [True, False, False, False, True]
    assert results[1].name == "gone.txt" and isinstance(results[1].error, InputNotFound)
    failure = results[2].error
    assert isinstance(failure, ExtractionFailed)
    assert str(failure) == f"{bad.name}: internal error: ValueError: toy failure"
    assert "Traceback" in failure.detail and "toy failure" in failure.detail
    assert isinstance(results[3].error, InputNotFound)


def test_a_crashing_worker_fails_only_its_input(tmp_path: Path) -> None:
    refs = files(tmp_path, "a", "b", "CRASH now", "c", "d", "e", "CRASH again", "f", "g")
    results = list(run_batch(refs, toy, workers=2, in_flight=4))
    assert [r.index for r in results] == list(range(9))
    crashed = [r.index for r in results if isinstance(r.error, WorkerCrashed)]
    assert crashed == [2, 6]
    assert all(r.ok for r in results if r.index not in (2, 6))
    assert "worker process died" in str(results[2].error)


def test_a_single_input_runs_in_process(tmp_path: Path) -> None:
    refs = files(tmp_path, "PID")
    (result,) = run_batch(refs, toy, workers=2)
    assert result.article is not None and result.article.body == (str(os.getpid()),)
    refs = files(tmp_path, "PID", "PID")
    pids = {r.article.body[0] for r in run_batch(refs, toy, workers=2) if r.article}
    assert str(os.getpid()) not in pids


def test_extract_job_runs_the_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(page(1).encode("cp1252")))
    job = ExtractJob(keep_decisions=False)
    article = job(InputRef(str(path), str(path)))
    assert article.title == "Council approves riverside park plan number 1"
    assert len(article.body) == 3 and article.decisions == ()
    assert ExtractJob()(InputRef(str(path), str(path))).decisions != ()


# --- Summary and output paths ------------------------------------------------------------------


def test_summary_counts_and_exit_code() -> None:
    full = Article(source="a", input_format="text", body=("para",))
    empty = Article(source="b", input_format="text")
    results = [
        Result(0, "a", article=full),
        Result(1, "b", article=empty),
        Result(2, "c", error=EmptyInput("c", "empty input (no bytes)")),
    ]
    summary = Summary()
    for result in results:
        summary.add(result)
    assert (summary.inputs, summary.extracted, summary.empty, summary.failed) == (3, 1, 1, 1)
    assert summary.exit_code == 1
    assert summary.line().startswith("3 inputs: 1 extracted, 1 empty, 1 failed in ")
    lenient, strict = Summary(), Summary(strict=True)
    for summary in (lenient, strict):
        summary.add(results[0])
        summary.add(results[1])
    assert lenient.exit_code == 0 and strict.exit_code == 1
    assert strict.counts_as_failed(results[1]) and not lenient.counts_as_failed(results[1])
    assert "1 empty (counted as failed), 1 failed" in strict.line()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pages/a/b.txt", "pages/a/b.json"),
        ("b.txt.gz", "b.json"),
        ("archive.tar.gz", "archive.json"),
        ("README", "README.json"),
        ("./x/../y.html", "y.json"),
        ("../up/z.txt", "__/up/z.json"),
        ("-", "stdin.json"),
        ("/abs/dir/c.txt", "abs/dir/c.json"),
    ],
)
def test_mirrored_name(name: str, expected: str) -> None:
    assert mirrored_name(name, ".json") == PurePath(expected)


def test_output_paths_never_reuse_a_name(tmp_path: Path) -> None:
    paths = OutputPaths(tmp_path, Format.MARKDOWN)
    got = [paths.for_input(n) for n in ("p/a.txt", "p/a.html", "p/a.txt", "p/b.txt")]
    assert [p.relative_to(tmp_path).as_posix() for p in got] == [
        "p/a.md",
        "p/a-2.md",
        "p/a-3.md",
        "p/b.md",
    ]


# --- the extract command -----------------------------------------------------------------------


def run_cli(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["extract", *args], input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def mixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], list[str], list[str]]:
    """Good inputs mixed with every bad kind: (arguments, good sources in order, bad names)."""
    monkeypatch.chdir(tmp_path)
    Path("good1.txt").write_text(page(1), encoding="utf-8")
    Path("good2.txt.gz").write_bytes(gzip.compress(page(2).encode("utf-8")))
    Path("good3.txt").write_bytes(page(3).encode("utf-16"))
    Path("good4.txt").write_bytes(page(4).encode("utf-8") + b"\n\xff\xfe\x81 broken \xc3(\n")
    Path("dir").mkdir()
    Path("dir/good5.txt").write_text(page(5), encoding="utf-8")
    Path("dir/good6.txt").write_bytes(page(6).encode("cp1252"))
    Path("nofiles/sub").mkdir(parents=True)
    Path("binary.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    Path("empty.txt").write_bytes(b"")
    Path("huge.txt").write_text(page(7) * 40, encoding="utf-8")
    Path("bomb.gz").write_bytes(gzip.compress(page(8).encode() * 100))
    args = [
        "good1.txt",
        "missing.txt",
        "good2.txt.gz",
        "nofiles",
        "binary.bin",
        "good3.txt",
        "empty.txt",
        "huge.txt",
        "dir",
        "bomb.gz",
        "good4.txt",
        "nomatch-*.txt",
    ]
    good = ["good1.txt", "good2.txt.gz", "good3.txt", "dir/good5.txt", "dir/good6.txt", "good4.txt"]
    bad = [
        "missing.txt",
        "nofiles",
        "binary.bin",
        "empty.txt",
        "huge.txt",
        "bomb.gz",
        "nomatch-*.txt",
    ]
    return [*args, "--max-bytes", "8k"], good, bad


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " inputs: " not in line]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_mixed_batch_keeps_every_good_record_and_names_every_bad_input(
    mixed: tuple[list[str], list[str], list[str]], workers: str
) -> None:
    args, good, bad = mixed
    code, stdout, stderr = run_cli(*args, "-f", "jsonl", "--workers", workers)
    assert code == 1
    records = [json.loads(line) for line in stdout.splitlines()]
    assert [r["source"] for r in records] == good
    for record in records:
        assert record["title"].startswith("Council approves riverside park plan number")
        assert len(record["body"]) == 3
    errors = error_lines(stderr)
    assert len(errors) == len(bad)
    for name in bad:
        assert sum(line.startswith(f"newsparse: {name}: ") for line in errors) == 1, name
    assert stderr.splitlines()[-1].startswith(
        f"newsparse: {len(good) + len(bad)} inputs: {len(good)} extracted, 0 empty, "
        f"{len(bad)} failed in "
    )
    assert "Traceback" not in stderr


def test_mixed_batch_as_json_array_and_csv(mixed: tuple[list[str], list[str], list[str]]) -> None:
    args, good, _ = mixed
    code, stdout, _ = run_cli(*args, "-f", "json", "--workers", "2")
    assert code == 1 and [r["source"] for r in json.loads(stdout)] == good
    code, stdout, _ = run_cli(*args, "-f", "csv", "--workers", "1")
    rows = list(csv.reader(io.StringIO(stdout)))
    assert rows[0][0] == "source" and [row[0] for row in rows[1:]] == good


def test_all_good_exits_0_and_single_input_prints_no_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(page(1))
    Path("b.txt").write_text(page(2))
    code, stdout, stderr = run_cli("a.txt")
    assert code == 0 and stderr == ""
    assert json.loads(stdout)["source"] == "a.txt"  # one object, not an array
    code, stdout, stderr = run_cli("a.txt", "b.txt", "--workers", "1")
    assert code == 0 and [r["source"] for r in json.loads(stdout)] == ["a.txt", "b.txt"]
    assert stderr.startswith("newsparse: 2 inputs: 2 extracted, 0 empty, 0 failed in ")
    code, _, stderr = run_cli("a.txt", "b.txt", "--quiet")
    assert code == 0 and stderr == ""


def test_single_failed_input_gets_its_error_and_the_summary(tmp_path: Path) -> None:
    code, stdout, stderr = run_cli(str(tmp_path / "nope.txt"))
    assert code == 1
    assert (
        stderr.splitlines()[0] == f"newsparse: {tmp_path / 'nope.txt'}: no such file or directory"
    )
    assert "1 input: 0 extracted, 0 empty, 1 failed" in stderr


def test_strict_counts_empty_bodies_as_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(page(1))
    Path("menu.txt").write_text("Home\nNews\nSport\n")
    code, stdout, stderr = run_cli("a.txt", "menu.txt", "-f", "jsonl")
    assert code == 0 and len(stdout.splitlines()) == 2 and "1 empty, 0 failed" in stderr
    code, stdout, stderr = run_cli("a.txt", "menu.txt", "-f", "jsonl", "--strict", "--quiet")
    assert code == 1 and len(stdout.splitlines()) == 2  # the record is still written
    assert stderr == "newsparse: menu.txt: no article body found (--strict)\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option"],
        ["-f", "yaml"],
        ["--workers", "0"],
        ["--encoding", "klingon-8"],
        ["--max-bytes", "lots"],
        ["--output", "x.json", "--output-dir", "out"],
        ["--input-format", "pdf"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    code, stdout, _ = run_cli(str(tmp_path), *args)
    assert code == 2 and stdout == ""


def test_output_dir_mirrors_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in/sub").mkdir(parents=True)
    Path("in/a.txt").write_text(page(1))
    Path("in/sub/b.txt.gz").write_bytes(gzip.compress(page(2).encode()))
    code, stdout, stderr = run_cli("in", "-r", "--output-dir", "out", "-f", "markdown", "-")
    assert code == 1 and stdout == ""  # stdin was empty: that one failed
    assert "newsparse: -: empty input" in stderr
    written = sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*") if p.is_file())
    assert written == ["in/a.md", "in/sub/b.md"]
    assert Path("out/in/sub/b.md").read_text().startswith("# Council approves")


def test_files_from_and_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(page(1))
    Path("b.txt").write_text(page(2))
    code, stdout, _ = run_cli("--files-from", "-", "-f", "jsonl", stdin=b"b.txt\na.txt\n")
    assert code == 0 and [json.loads(x)["source"] for x in stdout.splitlines()] == [
        "b.txt",
        "a.txt",
    ]
    code, stdout, _ = run_cli("-f", "jsonl", stdin=page(3).encode("cp949"))
    assert code == 0 and json.loads(stdout)["source"] == "-"


def test_an_extractor_bug_is_one_line_unless_debug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> Article:
        raise RuntimeError("classifier exploded")

    monkeypatch.setattr("newsparse.pipeline.extract", broken)
    (tmp_path / "a.txt").write_text(page(1))
    code, _, stderr = run_cli(str(tmp_path / "a.txt"), "--workers", "1")
    assert code == 1 and "Traceback" not in stderr
    assert f"{tmp_path / 'a.txt'}: internal error: RuntimeError: classifier exploded" in stderr
    _, _, stderr = run_cli(str(tmp_path / "a.txt"), "--workers", "1", "--debug")
    assert "Traceback" in stderr and "classifier exploded" in stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal_leaves_stdout_clean(tmp_path: Path) -> None:
    import pty

    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text(page(i))
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "120"}
    process = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "extract", str(tmp_path), "-f", "jsonl", "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
        cwd=tmp_path,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    stdout, _ = process.communicate(timeout=60)
    os.close(leader)
    assert process.returncode == 0
    assert [json.loads(line)["source"] for line in stdout.decode().splitlines()] == [
        str(tmp_path / f"p{i}.txt") for i in range(3)
    ]
    terminal = seen.decode("utf-8", errors="replace")
    assert "3/3" in terminal and "pages/s" in terminal  # the bar was drawn ...
    assert "3 inputs: 3 extracted" in terminal  # ... then the summary


def test_records_cross_process_boundaries_whole(tmp_path: Path) -> None:
    """The compact pickling of records (constructor calls) loses no field, decisions included."""
    import pickle
    from multiprocessing.reduction import ForkingPickler

    path = tmp_path / "p.txt"
    path.write_text(page(1))
    article = ExtractJob()(InputRef(str(path), str(path)))
    result = Result(0, str(path), article=article)
    back = pickle.loads(bytes(ForkingPickler.dumps(result)))
    assert back == result and back.article is not None
    assert back.article.decisions == article.decisions and article.decisions


def test_a_crash_noticed_while_submitting_loses_nothing(tmp_path: Path) -> None:
    """The pool breaks while inputs are still being handed out (not while one is awaited)."""
    refs = files(tmp_path, "SLOW head", "CRASH now", *"abcdef")

    def trickle() -> Iterator[InputRef]:
        for ref in refs:
            yield ref
            time.sleep(0.15)  # the crash lands between two submissions

    results = list(run_batch(trickle(), toy, workers=2, in_flight=20))
    assert [r.index for r in results] == list(range(8))
    assert [r.index for r in results if not r.ok] == [1]
    assert isinstance(results[1].error, WorkerCrashed)


def test_workers_freeze_their_startup_objects() -> None:
    """A worker imports the pipeline and freezes what it made (``freeze_startup_objects``)."""
    code = (
        "import gc\n"
        "from newsparse import batch\n"
        "before = gc.get_freeze_count()\n"
        "batch._worker_init()\n"
        "import sys\n"
        "print(before, gc.get_freeze_count(), 'newsparse.classify' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    before, after, imported = done.stdout.split()
    assert before == "0"
    assert int(after) > 10_000  # the rule tables and patterns, not a handful of objects
    assert imported == "True"


def test_the_command_freezes_before_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse import cli

    calls: list[str] = []
    monkeypatch.setattr(cli, "freeze_startup_objects", lambda: calls.append("freeze"))
    monkeypatch.setattr(cli, "app", lambda: calls.append("app"))
    cli.main()
    assert calls == ["freeze", "app"]
