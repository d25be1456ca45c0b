"""read: paths, directories, globs and stdin → input references; bytes → text; text or HTML?

Stage contract. ``expand_inputs`` turns what the user named into a lazy, ordered stream of
``InputRef`` (one per file) with the problems (a missing path, a directory without files) yielded
in place as ``NewsparseError`` values, so a batch reports them in order and goes on.
``read_bytes`` reads one input (gzip transparently, never more than ``max_bytes``), raising only
``NewsparseError`` subclasses. ``decode`` turns bytes into text and never fails on bad bytes: a BOM
wins, then strict UTF-8, then charset-normalizer's guess (restricted to the encodings the web
uses), and whatever it yields is repaired where it holds CP949 read as Latin-1.
``sniff_format`` says TEXT or HTML. ``read_source`` chains them into one ``Source``.
Nothing here prints; nothing here knows about the pipeline after it.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from newsparse import regex_cache as rx
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
from newsparse.model import InputFormat, Source

log = logging.getLogger(__name__)

STDIN = "-"
"""The name that means standard input, on the command line and in ``--files-from`` lists."""

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest input read (after gzip decompression): bigger inputs fail with ``TooLarge``."""

GZIP_MAGIC = b"\x1f\x8b"
"""gzip data is recognised by its first two bytes, whatever the file is called."""

# --- binary detection ------------------------------------------------------------------------

BINARY_SNIFF_BYTES = 8192
"""A NUL byte in this many leading bytes means binary (git and grep look at the same window),
unless the bytes are UTF-16/32, where NULs are half of every ASCII character."""

BINARY_CONTROL_SHARE = 0.10
"""Share of control characters and U+FFFD in the decoded head above which the input holds no
text. Real pages stay far below (a stray form feed, an ANSI colour code); random bytes do not."""

BINARY_CHECK_CHARS = 65536
"""How many decoded characters the control-character check looks at."""

_CONTROL = rx.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
"""Control characters (C0 but tab, newlines, form feed and ESC; DEL; C1) and U+FFFD."""

UTF16_NUL_SHARE = 0.4
"""BOM-less UTF-16: at least this share of the bytes at one parity (odd for LE, even for BE) are
NUL, as they are for ASCII-range text ..."""

UTF16_OTHER_NUL_SHARE = 0.05
"""... while at most this share are NUL at the other parity."""

# --- encoding detection ------------------------------------------------------------------------

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks and the codec that decodes (and drops) them."""

DETECT_CANDIDATES: tuple[str, ...] = (
    "utf_8",
    "cp949",
    "euc_kr",
    "cp932",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "gb18030",
    "big5",
    "cp1252",
    "cp1251",
    "koi8_r",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp874",
    "latin_1",
    "utf_16",
)
"""The encodings charset-normalizer may answer, in order of preference when its top guesses tie.
Measured on the dev corpora re-encoded (benchmarks/README or the commit): unrestricted,
charset-normalizer named cp775/cp852/mac_iceland for 30 of 120 windows-1252 pages; restricted to
the web's encodings, 15 ties between cp1250 and cp1252 remained, all with the same chaos and
coherence, which this order breaks in favour of the more common encoding."""

DETECT_LAST_THRESHOLD = 1.0
"""charset-normalizer's mess threshold for a second try when no encoding passed the default
(0.2): a Japanese page with symbols Shift_JIS cannot hold ('?' in their place) fails the first."""

TIE_CHAOS = 0.01
"""Two guesses whose chaos (mess ratio) differs by at most this much are tied ..."""

TIE_COHERENCE = 0.02
"""... if their coherence (language fit) also differs by at most this much."""

SUPERSETS: dict[str, str] = {
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "utf-8",
}
"""Decode with the superset a page almost always really uses (as browsers do: the WHATWG
encoding standard maps EUC-KR to windows-949 and Latin-1 to windows-1252)."""

# --- CP949-read-as-Latin-1 repair ------------------------------------------------------------

_CP1252_SPECIALS: dict[str, int] = {}
for _byte in range(0x80, 0xA0):
    try:
        _CP1252_SPECIALS[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        pass

_HIGH = "\u0080-\u00ff" + "".join(_CP1252_SPECIALS)
MOJIBAKE_MAX_GAP = 4
"""ASCII characters (spaces, digits, punctuation) allowed between two Latin-1 characters of one
run: they keep a Korean phrase ("Á¤ÀºÁö ±âÀÚ") in one run, judged as a whole."""

_MOJIBAKE_RUN = rx.compile(f"[{_HIGH}](?:[\\x20-\\x7e]{{0,{MOJIBAKE_MAX_GAP}}}[{_HIGH}])*")

_LATIN1_LETTER = rx.compile("[\xa1-\xff]")
_HANGUL_LEADS = tuple(map(chr, range(0xB0, 0xC9)))
"""Latin-1 characters whose bytes lead a KS X 1001 Hangul syllable (B0-C8; the trail is A1-FE):
a text without such a pair has no run worth repairing (``has_hangul_pair``)."""

MOJIBAKE_MIN_HIGH = 4
"""Latin-1 characters a document needs before repair is tried (two Hangul syllables' worth)."""

MOJIBAKE_KS_SHARE = 0.8
"""A run is read as CP949 when at least this share of its repaired non-ASCII characters are in
KS X 1001 (what EUC-KR encodes: the 2,350 common Hangul syllables, Hanja, symbols); Latin text
read as CP949 (`“l’â`, `«\xa0`) lands in CP949's rare extension syllables instead ..."""

MOJIBAKE_MAX_FFFD_SHARE = 0.1
"""... and when U+FFFD is at most this share of them (bytes lost when the text was misread).
A run whose bytes are valid UTF-8 is left alone: it is UTF-8 mojibake ("Ã©" → é) or real text."""

MOJIBAKE_STRONG_HANGUL = 2
"""A run is strong with at least this many distinct Hangul syllables (a row of NBSPs repeats one
syllable: not Korean) ..."""

MOJIBAKE_HANGUL_SHARE = 0.4
"""... making at least this share of its non-ASCII characters (Hanja and brackets may fill the
rest: `軍심戰심`, `【 기자 】`). Other runs are weak ("ÀÇ" → 의, "¨Ï" → ⓒ) and are repaired only
when the same text has a strong one."""

MOJIBAKE_MIN_SHARE = 0.5
"""The repaired runs must hold at least this share of the text's Latin-1 characters: in a French
or German page most accented letters stay unrepaired, so a rare accidental match is refused."""

# --- format sniffing ---------------------------------------------------------------------------

SNIFF_CHARS = 65536
"""How much of the start of an input the HTML sniff reads."""

HTML_TAG_SHARE = 0.2
"""An input whose known HTML tags cover at least this share of its first characters is HTML ..."""

HTML_MIN_TAGS = 5
"""... provided it has at least this many of them (a text dump quoting `<br>` once is text)."""

HTML_TAG_NAMES = frozenset(
    "a abbr article aside b base blockquote body br button caption center code dd div dl dt em "
    "figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input "
    "label li link main meta nav noscript ol option p picture pre script section select small "
    "source span strong style sub sup svg table tbody td template textarea tfoot th thead time "
    "title tr u ul video".split()
)
"""Tag names that count for the tag-share sniff (a copyright line `<저작권자ⓒ …>` does not)."""

_TAG = rx.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
_HTML_START = rx.compile(
    r"\A(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class InputRef:
    """One input to read: a file, or standard input."""

    name: str
    """The input as the user gave it, or as found in a directory ("-" for stdin)."""
    path: str | None = None
    """The file to open; None for standard input."""

    @property
    def is_stdin(self) -> bool:
        return self.path is None

    @classmethod
    def stdin(cls) -> InputRef:
        return cls(STDIN, None)


# --- inputs ------------------------------------------------------------------------------------


def expand_inputs(
    paths: Sequence[str],
    *,
    recursive: bool = False,
    files_from: str | None = None,
) -> Iterator[InputRef | NewsparseError]:
    """Expand paths, directories, glob patterns and ``--files-from`` lines into inputs, lazily.

    With no paths and no list, the input is standard input. Directories give their files sorted by
    name (hidden ones skipped), descending into subdirectories with ``recursive``. A pattern that
    matches nothing, a missing path or a directory without files is yielded as an error in its
    place. ``files_from`` lines (one path each, ``-`` = read the list from stdin) follow ``paths``.
    """
    if not paths and files_from is None:
        yield InputRef.stdin()
        return
    stdin_taken = files_from == STDIN
    for path in paths:
        yield from _expand_one(path, recursive=recursive, stdin_taken=stdin_taken)
    if files_from is not None:
        yield from _expand_list(files_from, recursive=recursive)


def is_single_input(paths: Sequence[str], *, files_from: str | None = None) -> bool:
    """True when the command names one file (or stdin) and nothing that expands: a directory, a
    pattern, a list. Outputs keep one shape per command (one JSON object, not an array) however
    many files a directory happens to hold."""
    if files_from is not None or len(paths) > 1:
        return False
    if not paths or paths[0] == STDIN:
        return True
    path = paths[0]
    return not os.path.isdir(path) and (os.path.lexists(path) or not _is_pattern(path))


_SIZE = rx.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """'50000', '50k', '50MB', '1.5GiB' → bytes (k, M, G, T are powers of 1024); UsageError else."""
    match = _SIZE.fullmatch(text)
    if match is None:
        raise UsageError("--max-bytes", f"not a size: {text!r} (say 500000, 800k, 50M or 1G)")
    scale = 1024 ** " kmgt".index(match.group(2).lower() or " ")
    size = int(float(match.group(1)) * scale)
    if size < 1:
        raise UsageError("--max-bytes", f"the size must be at least 1 byte, not {text!r}")
    return size


def _expand_list(files_from: str, *, recursive: bool) -> Iterator[InputRef | NewsparseError]:
    """The inputs named in a list file, one per line, read lazily."""
    try:
        if files_from == STDIN:
            stream: Iterable[bytes] = _stdin_binary()
            for line in stream:
                yield from _expand_list_line(line, recursive=recursive)
            return
        with open(files_from, "rb") as lines:
            for line in lines:
                yield from _expand_list_line(line, recursive=recursive)
    except FileNotFoundError:
        yield InputNotFound(files_from, "list of files not found")
    except IsADirectoryError:
        yield IsADirectoryInput(files_from, "list of files is a directory")
    except OSError as exc:
        yield UnreadableInput(files_from, f"cannot read the list of files: {_os_reason(exc)}")


def _expand_list_line(line: bytes, *, recursive: bool) -> Iterator[InputRef | NewsparseError]:
    name = os.fsdecode(line.rstrip(b"\r\n"))
    if name.strip():
        yield from _expand_one(name, recursive=recursive, stdin_taken=True)


def _expand_one(
    path: str, *, recursive: bool, stdin_taken: bool
) -> Iterator[InputRef | NewsparseError]:
    if path == STDIN:
        if stdin_taken:
            yield UsageError(STDIN, "standard input is already the list of files (--files-from -)")
        else:
            yield InputRef.stdin()
        return
    if os.path.isdir(path):
        yield from _expand_dir(path, recursive=recursive)
        return
    if os.path.lexists(path) or not _is_pattern(path):
        # a file, a FIFO, /dev/stdin, or a missing path: reading it tells what is wrong
        yield InputRef(path, path)
        return
    matches = sorted(glob.iglob(path, recursive=True))
    if not matches:
        yield InputNotFound(path, "no file matches this pattern")
        return
    for match in matches:
        if os.path.isdir(match):
            yield from _expand_dir(match, recursive=recursive)
        else:
            yield InputRef(match, match)


def _is_pattern(path: str) -> bool:
    return any(ch in path for ch in "*?[")


def _expand_dir(directory: str, *, recursive: bool) -> Iterator[InputRef | NewsparseError]:
    found = False
    skipped_dirs = False
    for item in _walk(directory, recursive=recursive, ancestors=()):
        if isinstance(item, _SubdirSkipped):
            skipped_dirs = True
            continue
        if isinstance(item, InputRef):
            found = True
        yield item
    if not found:
        hint = " (only subdirectories: use --recursive)" if skipped_dirs else ""
        yield EmptyDirectory(directory, f"directory without files{hint}")


class _SubdirSkipped:
    """Marker: a subdirectory was not entered (no --recursive)."""


def _walk(
    directory: str, *, recursive: bool, ancestors: tuple[str, ...]
) -> Iterator[InputRef | NewsparseError | _SubdirSkipped]:
    """Files under ``directory`` in name order, depth first; symlink loops are not followed."""
    try:
        real = os.path.realpath(directory)
        with os.scandir(directory) as scan:
            entries = sorted(
                (entry for entry in scan if not entry.name.startswith(".")),
                key=lambda entry: entry.name,
            )
    except OSError as exc:
        yield UnreadableInput(directory, f"cannot list directory: {_os_reason(exc)}")
        return
    for entry in entries:
        name = os.path.join(directory, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            yield InputRef(name, name)
        elif not recursive:
            yield _SubdirSkipped()
        elif os.path.realpath(name) not in (*ancestors, real):  # a symlink loop otherwise
            yield from _walk(name, recursive=True, ancestors=(*ancestors, real))


# --- bytes -------------------------------------------------------------------------------------


def read_bytes(ref: InputRef, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The input's bytes, gunzipped when they are gzip data; at most ``max_bytes`` of them.

    Raises InputNotFound, IsADirectoryInput, UnreadableInput, TooLarge or EmptyInput.
    """
    if ref.path is None:
        try:
            raw = _stdin_binary().read(max_bytes + 1)
        except (OSError, ValueError) as exc:
            raise UnreadableInput(ref.name, f"cannot read standard input: {exc}") from None
    else:
        raw = _read_file(ref, max_bytes)
    if len(raw) > max_bytes:
        raise TooLarge(ref.name, f"larger than the size limit ({_size(max_bytes)})")
    if raw.startswith(GZIP_MAGIC):
        raw = _gunzip(ref, raw, max_bytes)
    if not raw:
        raise EmptyInput(ref.name, "empty input (no bytes)")
    return raw


def _read_file(ref: InputRef, max_bytes: int) -> bytes:
    assert ref.path is not None
    try:
        with open(ref.path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise TooLarge(ref.name, f"larger than the size limit ({_size(max_bytes)})")
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        if os.path.islink(ref.path):
            raise InputNotFound(ref.name, "broken symbolic link") from None
        raise InputNotFound(ref.name, "no such file or directory") from None
    except IsADirectoryError:
        raise IsADirectoryInput(ref.name, "is a directory") from None
    except OSError as exc:
        raise UnreadableInput(ref.name, f"cannot read: {_os_reason(exc)}") from None


def _gunzip(ref: InputRef, raw: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data without ever holding more than ``max_bytes + 1`` of output."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as unzipped:
            data = unzipped.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableInput(ref.name, f"corrupt gzip data ({exc})") from None
    if len(data) > max_bytes:
        limit = _size(max_bytes)
        raise TooLarge(ref.name, f"larger than the size limit once decompressed ({limit})")
    return data


def _stdin_binary() -> io.BufferedReader:
    stream = sys.stdin
    if stream is None:
        raise OSError("no standard input")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a replaced sys.stdin (tests): its text re-encoded
        return io.BufferedReader(io.BytesIO(stream.read().encode("utf-8")))  # type: ignore[arg-type]
    return buffer  # type: ignore[no-any-return]


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return (
                f"{n / scale:g} {unit}" if n % scale == 0 else f"{n / scale:.1f} {unit} ({n} bytes)"
            )
    return f"{n} bytes"


# --- text --------------------------------------------------------------------------------------


def check_encoding(name: str) -> str:
    """The codec's canonical name, or UsageError for an unknown encoding name."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError("--encoding", f"unknown encoding {name!r}") from None


def decode(data: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """Bytes → (text, name of the encoding used). Never raises on bad bytes (U+FFFD instead).

    A forced ``encoding`` is used as given (an unknown name raises UsageError). Otherwise: a BOM,
    strict UTF-8, BOM-less UTF-16, then charset-normalizer. CP949 text read as Latin-1 is
    repaired afterwards, whichever way the text was decoded.
    """
    if encoding is not None:
        codec = check_encoding(encoding)
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        return repair_mojibake(data.decode(codec, errors="replace")), codec
    text, codec = _decode_guess(data)
    if codec in _UTF8_CODECS and not _utf8_may_hold_lead(data):
        return text, codec  # (no Hangul lead, no pair: repair_mojibake would give ``text``)
    return repair_mojibake(text), codec


_UTF8_CODECS = frozenset({"utf-8", "utf-8-sig"})
"""The UTF-8 codecs ``_decode_guess`` may name (strict, or with ``errors="replace"`` after
charset-normalizer: see ``_utf8_may_hold_lead`` on why both are fine)."""

_UTF8_LEADS = ((0xC2, 0xB0, 0xBF), (0xC3, 0x80, 0x88))
"""The UTF-8 of ``_HANGUL_LEADS`` (U+00B0–U+00C8): C2 B0–BF and C3 80–88."""

UTF8_LEAD_CHECKS = 64
"""``_utf8_may_hold_lead`` gives up (says True) after this many C2/C3 bytes: a page of accented
Latin text has hundreds, and ``has_hangul_pair`` is then as cheap as looking further."""


def _utf8_may_hold_lead(data: bytes) -> bool:
    """False only when the text that ``data`` decodes to as UTF-8 holds no ``_HANGUL_LEADS``
    character, so that ``has_hangul_pair`` is False and ``repair_mojibake`` returns the text.

    A character U+0080–U+00FF of the text can only come from a two-byte sequence led by C2 or
    C3 (a decoding error gives U+FFFD, never such a character; C2/C3 are never continuation
    bytes, 80–BF): it is in U+00B0–U+00C8 exactly when the pair is one of ``_UTF8_LEADS``.
    ``bytes.find`` runs ``memchr`` over the bytes (two scans), where ``has_hangul_pair`` scans
    the decoded text once per lead character (25 scans, on two-byte characters for most
    pages). (The next search starts right after the lead: in bad bytes, the byte after a C2 may
    be another lead.)"""
    checks = 0
    for lead, low, high in _UTF8_LEADS:
        at = data.find(lead)
        while at >= 0:
            checks += 1
            if checks > UTF8_LEAD_CHECKS:
                return True
            second = data[at + 1 : at + 2]  # (empty at the end of bad bytes)
            if second and low <= second[0] <= high:
                return True
            at = data.find(lead, at + 1)
    return False


def _decode_guess(data: bytes) -> tuple[str, str]:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                if codec != "utf-32":  # FF FE 00 00 may be UTF-16 LE with a NUL after its BOM
                    return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), utf16
    codec = detect_encoding(data)
    return data.decode(codec, errors="replace"), codec


def detect_encoding(data: bytes) -> str:
    """charset-normalizer's guess among the web's encodings (ties broken by DETECT_CANDIDATES)."""
    from charset_normalizer import from_bytes  # imported lazily: UTF-8 inputs never need it

    candidates = list(DETECT_CANDIDATES)
    matches = list(from_bytes(data, cp_isolation=candidates))
    if not matches:  # every chunk too messy for the default threshold: take the least messy
        matches = list(from_bytes(data, cp_isolation=candidates, threshold=DETECT_LAST_THRESHOLD))
    if not matches:
        return "utf-8"
    best = matches[0]
    tied = [
        match
        for match in matches
        if abs(match.chaos - best.chaos) <= TIE_CHAOS
        and abs(match.coherence - best.coherence) <= TIE_COHERENCE
    ]
    chosen = min(tied, key=lambda match: _preference(match.encoding)).encoding
    return SUPERSETS.get(chosen, chosen)


def _preference(codec: str) -> int:
    try:
        return DETECT_CANDIDATES.index(codec)
    except ValueError:
        return len(DETECT_CANDIDATES)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the bytes look like BOM-less UTF-16 text, else None."""
    head = data[:BINARY_SNIFF_BYTES]
    if len(head) < 4 or 0 not in head:
        return None
    half = len(head) // 2
    odd = head[1::2].count(0) / half
    even = head[0::2].count(0) / half
    for codec, nul, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nul >= UTF16_NUL_SHARE and other <= UTF16_OTHER_NUL_SHARE:
            try:
                text = head[: len(head) // 2 * 2].decode(codec)
            except UnicodeDecodeError:
                continue
            if _control_share(text) <= BINARY_CONTROL_SHARE:
                return codec
    return None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not text ("NUL bytes"), or None when they may well be text."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    if 0 in data[:BINARY_SNIFF_BYTES] and _bomless_utf16(data) is None:
        return "binary data (NUL bytes), not text"
    return None


def _control_share(text: str) -> float:
    head = text[:BINARY_CHECK_CHARS]
    return len(_CONTROL.findall(head)) / len(head) if head else 0.0


def repair_mojibake(text: str) -> str:
    """Repair CP949 text read as Latin-1/cp1252 ("Á¤ÀºÁö ±âÀÚ" → "정은지 기자"), run by run.

    A run is kept repaired only where Hangul rises and U+FFFD stays rare (see the MOJIBAKE_
    constants); anything else is left exactly as it was.
    """
    if not has_hangul_pair(text):  # fast exit: no strong run is possible
        return text
    # The Latin-1 letters of the text (``high``) are counted run by run: every one of them is a
    # ``_HIGH`` character, so it lies in exactly one run (a run starts at any ``_HIGH``
    # character not inside an earlier one). That spares a regex scan of the whole page (~40 % of
    # the time here, on a page with a ``·`` before a letter).
    high = 0
    strong = False
    pieces: list[tuple[int, int, str]] = []
    repaired_high = 0
    for run in _MOJIBAKE_RUN.finditer(text):
        chunk = run.group()
        if len(chunk) < 2:  # one Latin-1 letter ("é") cannot be a KS X 1001 pair
            high += "\xa1" <= chunk <= "\xff"  # (``_LATIN1_LETTER`` on the one character)
            continue
        run_high = len(_LATIN1_LETTER.findall(chunk))
        high += run_high
        verdict = _judge_run(chunk)
        if verdict is None:
            continue
        repaired, is_strong = verdict
        strong = strong or is_strong
        pieces.append((run.start(), run.end(), repaired))
        repaired_high += run_high
    if high < MOJIBAKE_MIN_HIGH or not strong or repaired_high < MOJIBAKE_MIN_SHARE * high:
        return text
    out: list[str] = []
    pos = 0
    for start, end, repaired in pieces:
        out.append(text[pos:start])
        out.append(repaired)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def has_hangul_pair(text: str) -> bool:
    """Whether ``text`` holds a Hangul pair (``_HANGUL_LEADS``, then a trail A1-FE): what
    ``[\xb0-\xc8][\xa1-\xfe]`` finds, without a regex scan of the whole text.

    A regex that starts with a character class tests every character of the page against it
    (a UTF-8 page of 11 k characters: about 60 instructions a character). ``str.find`` of one
    character runs ``memchr`` instead, so the 25 lead characters are looked for one by one, and
    only where one occurs (a ``°`` or ``·`` in an English page; nearly every character of a page
    of mojibake, which stops at its first pair) is the next character tested as a trail.
    """
    find = text.find
    for lead in _HANGUL_LEADS:
        at = find(lead)
        while at >= 0:
            if "\xa1" <= text[at + 1 : at + 2] <= "\xfe":
                return True
            at = find(lead, at + 1)
    return False


def _judge_run(run: str) -> tuple[str, bool] | None:
    """(repaired run, strong?) when the run reads as CP949 Korean, else None."""
    raw = bytes(_CP1252_SPECIALS.get(ch, ord(ch)) for ch in run)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None  # valid UTF-8: UTF-8 mojibake or real Latin text, not CP949
    candidate = raw.decode("cp949", errors="replace")
    non_ascii = [ch for ch in candidate if ch > "\x7f"]
    if not non_ascii:
        return None
    if non_ascii.count("\ufffd") > MOJIBAKE_MAX_FFFD_SHARE * len(non_ascii):
        return None
    if sum(1 for ch in non_ascii if _in_ks_x_1001(ch)) < MOJIBAKE_KS_SHARE * len(non_ascii):
        return None
    hangul = [ch for ch in non_ascii if "\uac00" <= ch <= "\ud7a3"]
    strong = len(set(hangul)) >= MOJIBAKE_STRONG_HANGUL and len(
        hangul
    ) >= MOJIBAKE_HANGUL_SHARE * len(non_ascii)
    return candidate, strong


def _in_ks_x_1001(ch: str) -> bool:
    """In KS X 1001 (what EUC-KR encodes): the 2,350 common syllables, Hanja, symbols.

    Python's euc_kr codec also encodes the other syllables (as 8-byte make-up sequences), so the
    test is on CP949's bytes instead: both in 0xA1-0xFE is the KS X 1001 part of CP949.
    """
    try:
        encoded = ch.encode("cp949")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and encoded[0] >= 0xA1 and encoded[1] >= 0xA1


def sniff_format(text: str) -> InputFormat:
    """HTML when the text starts like an HTML document or is dense with HTML tags; else TEXT."""
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n\f\v\x00")
    if not head:
        return InputFormat.TEXT
    if _HTML_START.match(head[:4096]):
        return InputFormat.HTML
    tags = [m for m in _TAG.finditer(head) if m.group(2).lower() in HTML_TAG_NAMES]
    if len(tags) < HTML_MIN_TAGS:
        return InputFormat.TEXT
    covered = sum(m.end() - m.start() for m in tags)
    return InputFormat.HTML if covered / len(head) >= HTML_TAG_SHARE else InputFormat.TEXT


def _head_text(data: bytes) -> str:
    """The start of the bytes as text good enough for sniffing tags (ASCII survives Latin-1)."""
    head = data[: SNIFF_CHARS * 2]
    for bom, codec in BOMS:
        if data.startswith(bom):
            return head.decode(codec, errors="ignore")
    utf16 = _bomless_utf16(head)
    if utf16 is not None:
        return head.decode(utf16, errors="ignore")
    return head.decode("latin-1")


def _html_decoder() -> Callable[[bytes], tuple[str, str]] | None:
    """HOOK: ``newsparse.html.decode_html_bytes`` (BOM, <meta charset>, detection) once it exists.

    HTML bytes are decoded the HTML standard's way by the HTML helper's function; until that
    module is on main, HTML is decoded like text.
    """
    try:
        from newsparse.html import decode_html_bytes  # type: ignore[attr-defined]
    except ImportError:
        return None
    return decode_html_bytes  # type: ignore[no-any-return]


def read_source(
    ref: InputRef,
    *,
    encoding: str | None = None,
    input_format: InputFormat | str = InputFormat.AUTO,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Read and decode one input into a Source (TEXT or HTML, never AUTO).

    Raises the NewsparseError subclasses of ``read_bytes``, BinaryInput for binary data and
    EmptyInput for an input that holds only whitespace.
    """
    data = read_bytes(ref, max_bytes=max_bytes)
    reason = binary_reason(data)
    if reason is not None:
        raise BinaryInput(ref.name, reason)
    fmt = InputFormat(input_format)
    if fmt is InputFormat.AUTO:
        fmt = sniff_format(_head_text(data))
    html_decoder = _html_decoder() if fmt is InputFormat.HTML and encoding is None else None
    if html_decoder is not None:
        text, codec = html_decoder(data)
        text = repair_mojibake(text)
    else:
        text, codec = decode(data, encoding=encoding)
    if _control_share(text) > BINARY_CONTROL_SHARE:
        raise BinaryInput(ref.name, "binary data (control characters), not text")
    if not text.strip():
        raise EmptyInput(ref.name, "no text (only whitespace)")
    return Source(name=ref.name, text=text, input_format=fmt, encoding=codec)
