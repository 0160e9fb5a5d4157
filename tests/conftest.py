"""Shared fixtures: a copy of the shipped data file, a CLI runner, and deterministic Rich output."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jctrack.cli import app

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "targets.toml"


@pytest.fixture(autouse=True)
def deterministic_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixed width, no colour, no file from the environment."""
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("JCTRACK_LOCK_TIMEOUT", "2")
    monkeypatch.delenv("JCTRACK_FILE", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    target = tmp_path / "targets.toml"
    shutil.copyfile(SHIPPED, target)
    return target


@pytest.fixture
def jc(tmp_path: Path) -> Callable[..., object]:
    """Run the CLI on tmp_path/targets.toml: jc("status", "--format", "json")."""
    runner = CliRunner()

    def run(*args: str, file: Path | None = None, input: str | None = None) -> object:
        path = file or tmp_path / "targets.toml"
        return runner.invoke(app, ["--file", str(path), *args], input=input)

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
