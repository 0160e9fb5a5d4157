"""Shared fixtures: a copy of the shipped data file, a CLI runner, and deterministic Rich output."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jctrack import store, words
from jctrack.cli import app
from jctrack.words import Lang

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "targets.toml"
GOLDEN = Path(__file__).resolve().parent / "golden"


def matches_golden(name: str, text: str) -> None:
    """Compare output with tests/golden/NAME; JCTRACK_UPDATE_GOLDEN=1 rewrites the file instead (review the diff)."""
    path = GOLDEN / name
    if os.environ.get("JCTRACK_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing; run the tests once with JCTRACK_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; if the change is intended, rerun with JCTRACK_UPDATE_GOLDEN=1"


@pytest.fixture(autouse=True)
def deterministic_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixed width, no colour, no file from the environment."""
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("JCTRACK_LOCK_TIMEOUT", "2")
    monkeypatch.delenv("JCTRACK_FILE", raising=False)
    monkeypatch.delenv("JCTRACK_LANG", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    words.set_language(Lang.ZH)  # a CLI run in this process may have switched it


@pytest.fixture
def english() -> None:
    """Messages of library calls in English, as tests that match their text expect."""
    words.set_language(Lang.EN)


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    target = tmp_path / "targets.toml"
    shutil.copyfile(SHIPPED, target)
    return target


@pytest.fixture
def jc(tmp_path: Path) -> Callable[..., Any]:
    """Run the CLI on tmp_path/targets.toml: jc("status", "--format", "json"); lang="en" for English messages."""
    runner = CliRunner()

    def run(*args: str, file: Path | None = None, input: str | None = None, lang: str | None = None) -> Any:
        path = file or tmp_path / "targets.toml"
        options = ["--file", str(path)] + (["--lang", lang] if lang else [])
        return runner.invoke(app, [*options, *args], input=input)

    return run


SAMPLE = """\
schema_version = 1
entity = "测试镇"
rounding = "half-up"

[indicators.sales]
name = "工业开票销售"
unit = "亿元"
aliases = ["开票"]

[indicators.sales.targets]
2019 = 230

[indicators.sales.actuals]
2018-06 = 95
2018 = 201
2019-06 = 120

[indicators.share]
name = "支柱产业占比"
unit = "%"
kind = "ratio"

[indicators.share.targets]
2019 = 92

[indicators.share.actuals]
2018-06 = 90.5
2019-06 = 91.9

[indicators.firms]
name = "新增高新技术企业"
unit = "家"
kind = "count"

[indicators.firms.targets]
2019 = 8

[indicators.firms.actuals]
2019-06 = 3
"""


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "targets.toml"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def one_line_error(result: Any, *needles: str) -> None:
    """Exit 1 with one line on stderr naming each of `needles`, and no traceback."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


def refused(result: Any, path: Path, before: bytes, *needles: str) -> None:
    """A one-line error, and the data file byte for byte as it was."""
    one_line_error(result, *needles)
    assert path.read_bytes() == before


def refused_and_readable(result: Any, path: Path, before: bytes, *needles: str) -> None:
    """Refused, and the file still one every command can read."""
    refused(result, path, before, *needles)
    store.load(path)
