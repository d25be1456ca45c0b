"""Properties: whatever bytes a file holds, the batch goes on and says something sensible."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsparse.batch import ExtractJob, run_batch
from newsparse.cli import app
from newsparse.errors import ExtractionFailed, NewsparseError, WorkerCrashed
from newsparse.read import InputRef, decode, repair_mojibake

SETTINGS = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Bytes that look like pages often enough to reach the pipeline, and raw noise.
page_bytes = st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=800).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.text(alphabet=st.characters(codec="cp949"), max_size=400).map(lambda t: t.encode("cp949")),
    st.text(max_size=400).map(lambda t: t.encode("utf-16")),
    st.binary(max_size=512).map(gzip.compress),
)


@SETTINGS
@given(data=page_bytes)
def test_decode_never_raises_and_gives_valid_text(data: bytes) -> None:
    text, codec = decode(data)
    assert isinstance(codec, str) and codec
    text.encode("utf-8")  # no lone surrogates: always re-encodes as UTF-8


@SETTINGS
@given(data=st.lists(page_bytes, min_size=1, max_size=4))
def test_arbitrary_files_never_break_the_batch(data: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        refs = []
        for i, content in enumerate(data):
            path = Path(tmp) / f"in{i}.txt"
            path.write_bytes(content)
            refs.append(InputRef(str(path), str(path)))
        results = list(run_batch(refs, ExtractJob(), workers=1))
    assert [r.index for r in results] == list(range(len(data)))
    for result in results:
        assert (result.article is None) != (result.error is None)
        # a failure is about the input (binary, empty ...), never a bug in newsparse
        assert not isinstance(result.error, ExtractionFailed | WorkerCrashed), result.error
        if result.error is not None:
            assert isinstance(result.error, NewsparseError)
            assert "\n" not in str(result.error)


@settings(max_examples=25, deadline=None)
@given(data=st.lists(page_bytes, min_size=2, max_size=4))
def test_the_command_accounts_for_every_input(data: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, content in enumerate(data):
            (Path(tmp) / f"in{i}.txt").write_bytes(content)
        result = CliRunner().invoke(app, ["extract", tmp, "-f", "jsonl", "-j", "1"])
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [line for line in result.stderr.splitlines() if " inputs: " not in line]
    assert len(records) + len(errors) == len(data)
    assert result.stderr.splitlines()[-1].startswith(f"newsparse: {len(data)} inputs: ")


def _ks(ch: str) -> bool:
    """One of KS X 1001's 2,350 syllables (both CP949 bytes in 0xA1-0xFE)."""
    encoded = ch.encode("cp949")
    return len(encoded) == 2 and encoded[0] >= 0xA1 and encoded[1] >= 0xA1


KS_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4) if _ks(chr(c))]
hangul_phrases = st.lists(
    st.lists(st.sampled_from(KS_SYLLABLES), min_size=1, max_size=6).map("".join),
    min_size=2,
    max_size=8,
).map(" ".join)


@SETTINGS
@given(phrase=hangul_phrases)
def test_cp949_read_as_latin1_comes_back(phrase: str) -> None:
    if len(set(phrase.replace(" ", ""))) < 2:
        return  # one syllable repeated is not told apart from a row of symbols
    assert repair_mojibake(phrase.encode("cp949").decode("latin-1")) == phrase


@SETTINGS
@given(
    text=st.text(alphabet=st.characters(max_codepoint=0x7F) | st.characters(min_codepoint=0x100))
)
def test_repair_ignores_text_without_latin1(text: str) -> None:
    assert repair_mojibake(text) == text
