"""read.py: input expansion, byte reading (gzip, limits), decoding, mojibake repair, sniffing."""

from __future__ import annotations

import codecs
import gzip
import io
import os
import sys
import types
from itertools import islice
from pathlib import Path

import pytest

from newsparse.errors import (
    BinaryInput,
    EmptyDirectory,
    EmptyInput,
    InputNotFound,
    IsADirectoryInput,
    NewsparseError,
    TooLarge,
    UnreadableInput,
    UsageError,
)
from newsparse.model import InputFormat
from newsparse.read import (
    InputRef,
    check_encoding,
    decode,
    expand_inputs,
    is_single_input,
    parse_size,
    read_bytes,
    read_source,
    repair_mojibake,
    sniff_format,
)


def names(items: object) -> list[str]:
    """Each item as 'name' (an input) or 'ErrorClass:name' (an error in its place)."""
    out = []
    for item in items:  # type: ignore[attr-defined]
        if isinstance(item, NewsparseError):
            out.append(f"{type(item).__name__}:{item.source}")
        else:
            out.append(item.name)
    return out


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """pages/{b.txt, a.txt, .hidden.txt, sub/{c.txt, deeper/d.txt}}, empty/, only_dirs/x/y.txt."""
    monkeypatch.chdir(tmp_path)
    for rel in (
        "pages/b.txt",
        "pages/a.txt",
        "pages/.hidden.txt",
        "pages/sub/c.txt",
        "pages/sub/deeper/d.txt",
        "only_dirs/x/y.txt",
    ):
        Path(rel).parent.mkdir(parents=True, exist_ok=True)
        Path(rel).write_text(f"text of {rel}\n", encoding="utf-8")
    Path("empty").mkdir()
    return tmp_path


# --- expand_inputs -----------------------------------------------------------------------------


def test_no_paths_means_stdin() -> None:
    (ref,) = expand_inputs([])
    assert isinstance(ref, InputRef) and ref.is_stdin and ref.name == "-"


def test_directory_files_sorted_hidden_and_subdirs_skipped(tree: Path) -> None:
    assert names(expand_inputs(["pages"])) == ["pages/a.txt", "pages/b.txt"]


def test_recursive_walk_is_sorted_depth_first(tree: Path) -> None:
    assert names(expand_inputs(["pages"], recursive=True)) == [
        "pages/a.txt",
        "pages/b.txt",
        "pages/sub/c.txt",
        "pages/sub/deeper/d.txt",
    ]


def test_errors_are_yielded_in_place(tree: Path) -> None:
    got = names(expand_inputs(["pages/a.txt", "empty", "missing.txt", "nomatch*.txt", "-"]))
    assert got == [
        "pages/a.txt",
        "EmptyDirectory:empty",
        "missing.txt",  # a missing file is an input: reading it names the problem
        "InputNotFound:nomatch*.txt",
        "-",
    ]


def test_directory_with_only_subdirectories_suggests_recursive(tree: Path) -> None:
    (error,) = expand_inputs(["only_dirs"])
    assert isinstance(error, EmptyDirectory)
    assert "--recursive" in str(error) and str(error).startswith("only_dirs: ")
    assert names(expand_inputs(["only_dirs"], recursive=True)) == ["only_dirs/x/y.txt"]


def test_glob_is_sorted_and_expands_directories(tree: Path) -> None:
    assert names(expand_inputs(["pages/*.txt"])) == ["pages/a.txt", "pages/b.txt"]
    assert names(expand_inputs(["pages/s*"])) == ["pages/sub/c.txt"]
    assert names(expand_inputs(["pages/**/*.txt"])) == [
        "pages/a.txt",
        "pages/b.txt",
        "pages/sub/c.txt",
        "pages/sub/deeper/d.txt",
    ]


def test_files_from_file_skips_blank_lines_and_follows_paths(tree: Path) -> None:
    Path("list.txt").write_bytes(b"pages/b.txt\r\n\npages/sub\nmissing.txt\n")
    got = names(expand_inputs(["pages/a.txt"], files_from="list.txt"))
    assert got == ["pages/a.txt", "pages/b.txt", "pages/sub/c.txt", "missing.txt"]


def test_files_from_missing_list_is_an_error(tree: Path) -> None:
    assert names(expand_inputs([], files_from="nolist.txt")) == ["InputNotFound:nolist.txt"]


def test_files_from_stdin_is_read_lazily(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def lines() -> object:
        yield b"pages/a.txt\n"
        raise AssertionError("read past what was asked for")

    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=lines()))
    first = list(islice(expand_inputs([], files_from="-"), 1))
    assert names(first) == ["pages/a.txt"]


def test_stdin_cannot_be_both_list_and_input(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(b"pages/a.txt\n")))
    got = list(expand_inputs(["-"], files_from="-"))
    assert isinstance(got[0], UsageError) and names(got[1:]) == ["pages/a.txt"]


def test_symlink_loop_is_not_followed(tree: Path) -> None:
    os.symlink("..", "pages/sub/loop")
    got = names(expand_inputs(["pages"], recursive=True))
    assert got == ["pages/a.txt", "pages/b.txt", "pages/sub/c.txt", "pages/sub/deeper/d.txt"]


def test_is_single_input(tree: Path) -> None:
    assert is_single_input([]) and is_single_input(["-"]) and is_single_input(["pages/a.txt"])
    assert is_single_input(["missing.txt"])
    assert not is_single_input(["pages"]) and not is_single_input(["pages/*.txt"])
    assert not is_single_input(["pages/a.txt", "pages/b.txt"])
    assert not is_single_input(["pages/a.txt"], files_from="list.txt")


# --- read_bytes --------------------------------------------------------------------------------


def ref(path: Path | str) -> InputRef:
    return InputRef(str(path), str(path))


def test_read_errors_name_the_input(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputNotFound, match="no such file"):
        read_bytes(ref(tmp_path / "missing.txt"))
    with pytest.raises(IsADirectoryInput):
        read_bytes(ref(tmp_path))
    with pytest.raises(EmptyInput) as caught:
        read_bytes(ref(tmp_path / "empty.txt"))
    assert str(caught.value).startswith(f"{tmp_path / 'empty.txt'}: ")


def test_broken_symlink_is_named_as_such(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone", tmp_path / "link")
    with pytest.raises(InputNotFound, match="broken symbolic link"):
        read_bytes(ref(tmp_path / "link"))


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads all")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(UnreadableInput, match="permission denied"):
        read_bytes(ref(path))


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    assert read_bytes(ref(path), max_bytes=101) == b"x" * 101
    with pytest.raises(TooLarge, match="size limit"):
        read_bytes(ref(path), max_bytes=100)


def test_gzip_is_read_transparently_whatever_the_name(tmp_path: Path) -> None:
    for name in ("page.txt.gz", "page.txt"):
        path = tmp_path / name
        path.write_bytes(gzip.compress("기사 본문\n".encode()))
        assert read_bytes(ref(path)) == "기사 본문\n".encode()


def test_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.gz"
    path.write_bytes(gzip.compress(b"\0" * (20 << 20)))  # 20 MiB of zeros in ~20 KiB
    assert path.stat().st_size < 100_000
    with pytest.raises(TooLarge, match="decompressed"):
        read_bytes(ref(path), max_bytes=1 << 20)


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "bad.gz"
    path.write_bytes(gzip.compress(b"hello world " * 100)[:30])
    with pytest.raises(UnreadableInput, match="corrupt gzip"):
        read_bytes(ref(path))


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(b"from stdin\n")))
    assert read_bytes(InputRef.stdin()) == b"from stdin\n"


# --- decode ------------------------------------------------------------------------------------

KO = (
    "관악구가 구민 맞춤형 소식 전달과 소통 채널 다양화를 위해 오픈한 카카오톡 채널이 "
    "큰 호응을 얻고 있다고 20일 밝혔다. 지난해 1월부터 운영을 시작한 채널은 친구 수가 늘었다."
)
JA = (
    "東京都は1日、新型ウイルスの感染者が新たに確認されたと発表した。都の担当者は、外出を控えるよう"
    "呼びかけている。専門家は今後の動向を注視する必要があると話している。"
)
ZH_S = (
    "国务院新闻办公室今天举行新闻发布会，介绍今年前三季度经济运行情况。发言人表示，"
    "国民经济持续恢复，主要指标稳中有进，就业形势总体稳定。"
)
ZH_T = (
    "行政院今天召開記者會，說明經濟發展與產業政策的最新進度，並回應立法委員的質詢。"
    "發言人表示，政府將持續推動基礎建設，協助中小企業度過難關。"
)
FR = (
    "Le président de la République a déclaré mercredi que l'économie française était "
    "« résiliente » malgré la crise. Les élèves ont été très contents — c'était l'été, "
    "à Noël ça sera différent."
)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (KO, "utf-8"),
        (KO, "utf-8-sig"),
        (KO, "utf-16"),
        (KO, "utf-16-le-bom"),
        (KO, "utf-16-be-bom"),
        (KO, "cp949"),
        (KO, "euc_kr"),
        (JA, "shift_jis"),
        (ZH_S, "gb18030"),
        (ZH_T, "big5"),
        (FR, "cp1252"),
        (FR, "utf-16-le"),  # BOM-less UTF-16
    ],
)
def test_encodings_detected_without_being_told(text: str, codec: str) -> None:
    if codec == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif codec == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(codec)
    decoded, used = decode(data)
    assert decoded == text, used


def test_forced_encoding_wins() -> None:
    data = KO.encode("cp949")
    assert decode(data, encoding="cp949") == (KO, "cp949")
    garbled, used = decode(data, encoding="latin-1")
    assert used == "iso8859-1"
    assert garbled == KO  # ... and the latin-1 misreading is then repaired
    text, _ = decode("été".encode(), encoding="ascii")
    assert text == "\ufffd\ufffd" + "t" + "\ufffd\ufffd"


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        decode(b"x", encoding="no-such-codec")
    assert check_encoding("EUC-KR") == "euc_kr"


def test_invalid_bytes_never_raise() -> None:
    text, _ = decode(b"Plain English text with a bad byte \xff\xfe\x81 in the middle of it. " * 3)
    assert text.startswith("Plain English text")
    text.encode("utf-8")


# --- mojibake repair ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("Á¤ÀºÁö ±âÀÚ", "정은지 기자"),
        (
            "Á¤ÀºÁö ±âÀÚ = °ü¾Ç±¸°¡ 2020³â 10¿ù 20ÀÏ ¹àÇû´Ù.",
            "정은지 기자 = 관악구가 2020년 10월 20일 밝혔다.",
        ),
        ("¡¼ ±âÀÚ ¡½ ÇÑ±¹", "【 기자 】 한국"),  # brackets and symbols ride along
        ("English line\n°ü¾Ç±¸°¡ ¹àÇû´Ù\nand ÀÇ", "English line\n관악구가 밝혔다\nand 의"),
        (KO.encode("cp949").decode("cp1252", errors="replace"), KO),
    ],
)
def test_cp949_read_as_latin1_is_repaired(broken: str, repaired: str) -> None:
    assert repair_mojibake(broken) == repaired


@pytest.mark.parametrize(
    "text",
    [
        FR,
        "Grüße aus Köln, schöne Größe; Þóra; ação; naïve; Ångström",
        "«\xa0Un hiver à Yanji\xa0» d’Anthony, “l’âge de la poche”",
        "Datenschutz\xa0\xa0|\xa0\xa0Impressum\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0",
        "kurz „TSM®“ genannt, helfen bei nervösen Beschwerden",
        "Ã©tÃ© Ã  Paris",  # UTF-8 read as Latin-1: not CP949
        "————————————————",
        KO,
    ],
)
def test_repair_leaves_other_text_alone(text: str) -> None:
    assert repair_mojibake(text) == text


# --- sniffing and read_source ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", InputFormat.HTML),
        ("\ufeff \n  <html lang=ko><head><title>t</title>", InputFormat.HTML),
        ("<?xml version='1.0'?>\n<!-- c -->\n<html xmlns='x'>", InputFormat.HTML),
        ("<div class=a><p>One</p><p>Two</p><span>3</span><a href=#>4</a></div>", InputFormat.HTML),
        ("기사 본문입니다.\n<저작권자ⓒ 뉴시스 무단전재-재배포 금지.>\n", InputFormat.TEXT),
        ("A line mentioning <br> and <p> tags in prose about HTML.\n" * 3, InputFormat.TEXT),
        ("", InputFormat.TEXT),
    ],
)
def test_sniff_format(text: str, expected: InputFormat) -> None:
    assert sniff_format(text) is expected


def test_read_source_text_and_binary(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_bytes(KO.encode("euc_kr"))
    source = read_source(ref(tmp_path / "page.txt"))
    assert (source.text, source.input_format, source.encoding) == (KO, InputFormat.TEXT, "cp949")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryInput, match="NUL"):
        read_source(ref(tmp_path / "image.png"))
    (tmp_path / "controls.bin").write_bytes(bytes(range(1, 32)) * 20)
    with pytest.raises(BinaryInput):
        read_source(ref(tmp_path / "controls.bin"))
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n ")
    with pytest.raises(EmptyInput, match="whitespace"):
        read_source(ref(tmp_path / "blank.txt"))


def test_utf16_with_bom_is_not_binary(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes(KO.encode("utf-16"))
    assert read_source(ref(tmp_path / "u16.txt")).text == KO


def test_html_bytes_go_through_the_html_decoder_hook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bytes] = []

    def decode_html_bytes(data: bytes) -> tuple[str, str]:
        calls.append(data)
        return data.decode("utf-8"), "from-hook"

    fake = types.ModuleType("newsparse.html")
    fake.decode_html_bytes = decode_html_bytes  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsparse.html", fake)
    (tmp_path / "p.html").write_bytes(b"<!doctype html><html><p>hi</p></html>")
    (tmp_path / "p.txt").write_bytes(b"plain text page\n")
    html = read_source(ref(tmp_path / "p.html"))
    assert (html.input_format, html.encoding) == (InputFormat.HTML, "from-hook")
    assert read_source(ref(tmp_path / "p.txt")).encoding == "utf-8"
    forced = read_source(ref(tmp_path / "p.html"), encoding="utf-8")
    assert forced.encoding == "utf-8" and len(calls) == 1  # a forced encoding wins


def test_parse_size() -> None:
    assert parse_size("50M") == 50 << 20 and parse_size("800k") == 800 << 10
    assert parse_size("123") == 123 and parse_size("1.5GiB") == 3 << 29
    for bad in ("", "x", "0", "-5", "5 q"):
        with pytest.raises(UsageError):
            parse_size(bad)
