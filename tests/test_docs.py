"""The README documents what the code can produce: every reason id (with its phrase, generated from
``REASON_PHRASES``), every command, option and format of the CLI.

``NEWSPARSE_UPDATE_GOLDEN=1 pytest tests/test_docs.py`` rewrites the generated reasons table.
"""

from __future__ import annotations

import os
import re
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer.main

from newsparse.cli import app
from newsparse.inspect_view import Only
from newsparse.model import REASON_PHRASES, Format, InputFormat, Reason

README = Path(__file__).resolve().parent.parent / "README.md"
UPDATE = os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1"
TABLE_START = "<!-- reasons-table: generated from REASON_PHRASES by tests/test_docs.py -->"
TABLE_END = "<!-- /reasons-table -->"

PENDING_USAGE_DOCS: frozenset[str] = frozenset()
"""Options and choices of ``extract`` whose documentation belongs to the usage section (not yet
written). Strict xfail: once the README documents one, its test fails until it leaves this set."""


def _pending(key: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(key in PENDING_USAGE_DOCS, reason="usage docs pending", strict=True)


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _section(text: str, name: str) -> str:
    """The text under ``<!-- section: name -->`` up to the next ``## `` heading."""
    start = text.index(f"<!-- section: {name} -->")
    end = text.find("\n## ", start)
    return text[start : end if end != -1 else len(text)]


def reasons_table() -> str:
    rows = [f"| `{reason}` | {REASON_PHRASES[reason]} |" for reason in Reason]
    return "\n".join(
        [TABLE_START, "", "| id | why the line got its label |", "|---|---|", *rows, "", TABLE_END]
    )


def test_every_reason_has_a_distinct_phrase() -> None:
    assert set(REASON_PHRASES) == set(Reason)
    phrases = [REASON_PHRASES[r] for r in Reason]
    assert all(p.strip() == p and p for p in phrases)
    assert len(set(phrases)) == len(phrases)


def test_readme_reasons_table_is_generated_from_the_code() -> None:
    text = _readme()
    section = _section(text, "reasons")
    assert TABLE_START in section and TABLE_END in section, "README reasons section lacks the table"
    start, end = text.index(TABLE_START), text.index(TABLE_END) + len(TABLE_END)
    if UPDATE and text[start:end] != reasons_table():
        README.write_text(text[:start] + reasons_table() + text[end:], encoding="utf-8")
        text = _readme()
    assert text[start : start + len(reasons_table())] == reasons_table()


@pytest.mark.parametrize("reason", list(Reason), ids=str)
def test_every_reason_id_is_in_the_readme(reason: Reason) -> None:
    assert f"`{reason}`" in _section(_readme(), "reasons")


def _commands() -> dict[str, Any]:
    """The CLI's commands by name (typer's click objects; typer may vendor click, so duck-typed)."""
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def _option_params() -> list[tuple[str, Any]]:
    return [
        (name, param)
        for name, command in _commands().items()
        for param in command.params
        if param.param_type_name == "option" and "--help" not in param.opts
    ]


def _options() -> list[tuple[str, str]]:
    return [(c, o) for c, p in _option_params() for o in p.opts if o.startswith("--")]


def _choices() -> list[tuple[str, str, str]]:
    """(command, long option, choice) for every option with a closed set of values."""
    found = []
    for command, param in _option_params():
        long = next(o for o in param.opts if o.startswith("--"))
        found += [(command, long, str(c)) for c in _param_choices(param)]
    return found


def _param_choices(param: Any) -> tuple[str, ...]:
    """An option's choices: click's Choice type, or (newer typer) the annotation's enum."""
    choices = getattr(getattr(param, "type", None), "choices", None)
    if choices:
        return tuple(str(c) for c in choices)
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return tuple(str(member.value) for member in annotation)
    return ()


def test_the_cli_has_the_commands_documented_here() -> None:
    assert {"extract", "inspect"} <= set(_commands())


@pytest.mark.parametrize("command", sorted(_commands()))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"newsparse {command}" in _readme()


def _code_spans() -> list[str]:
    """Inline code spans and the lines of code blocks (without the fence's info string)."""
    text = _readme()
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)
    inline = re.findall(r"`([^`\n]+)`", re.sub(r"^```.*?^```", "", text, flags=re.S | re.M))
    return inline + [line for block in blocks for line in block.splitlines()]


def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.-]){re.escape(word)}(?![\w-])")


def _in_code(*words: str) -> bool:
    """Whether one code span (or code line) of the README holds all ``words``, each whole."""
    patterns = [_word(w) for w in words]
    return any(all(p.search(span) for p in patterns) for span in _code_spans())


@pytest.mark.parametrize(
    "option",
    [pytest.param(o, marks=_pending(f"{c} {o}"), id=f"{c} {o}") for c, o in _options()],
)
def test_every_option_is_in_the_readme(option: str) -> None:
    assert _in_code(option)


def test_choice_options_cover_the_enums() -> None:
    """The choices checked below are the formats and sets the code defines."""
    choices: dict[tuple[str, str], set[str]] = {(c, o): set() for c, o, _ in _choices()}
    for command, option, value in _choices():
        choices[(command, option)].add(value)
    assert choices[("extract", "--format")] == {str(f) for f in Format}
    assert choices[("extract", "--input-format")] == {str(f) for f in InputFormat}
    assert choices[("inspect", "--only")] == {str(o) for o in Only}


@pytest.mark.parametrize(
    ("option", "value"),
    [
        pytest.param(o, v, marks=_pending(f"{c} {o} {v}"), id=f"{c} {o} {v}")
        for c, o, v in _choices()
    ],
)
def test_every_format_and_choice_is_in_the_readme(option: str, value: str) -> None:
    """Each value of a choice option is shown with its option (`--format csv`, `--only a|b`)."""
    assert _in_code(option, value)
