"""Piped or redirected, every command prints plain aligned text: no box drawing, no colour codes, no
trailing space, no line wider than 100 columns (or COLUMNS, when it says less)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jctrack.textwidth import width

from .conftest import REPO, SHIPPED

BIN = Path(sys.executable).parent / "jctrack"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = REPO / "seeds" / "jincheng-2018-work-report.txt"
DISTRICT = FIXTURES / "district" / "three"
BOX = re.compile(r"[\u2500-\u257f]")  # box drawing (a bar's blocks, U+2588 and U+2591, are not boxes)

COMMANDS = [
    ["status"],
    ["status", "--year", "2019"],
    ["--lang", "en", "status"],
    ["history", "工业开票销售"],
    ["check"],
    ["audit", str(SEED)],
    ["extract", str(SEED)],
    ["indicators"],
    ["revisions"],
    ["import", str(FIXTURES / "intake" / "industrial.csv"), "--dry-run"],
    ["report"],
    ["--lang", "en", "report"],
    ["district", "status", str(DISTRICT)],
    ["district", "status", str(DISTRICT), "--indicator", "industrial_sales"],
    ["district", "check", str(DISTRICT)],
    ["district", "report", str(DISTRICT)],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c).replace(str(REPO), "") for c in COMMANDS])
@pytest.mark.parametrize("columns", [None, "72"])
def test_piped_output_is_plain(tmp_path: Path, command: list[str], columns: str | None) -> None:
    shutil.copyfile(SHIPPED, tmp_path / "targets.toml")
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"} | ({"COLUMNS": columns} if columns else {})
    result = subprocess.run([str(BIN), *command], cwd=tmp_path, env=env, capture_output=True, timeout=60, check=False)
    assert result.returncode in (0, 1), result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")
    assert text.strip(), result.stderr.decode("utf-8", "replace")
    limit = int(columns or 100) if command[:2] != ["district", "report"] and "report" not in command else 80
    assert "\x1b[" not in text
    assert not BOX.search(text)
    for line in text.splitlines():
        assert line == line.rstrip(), repr(line)
        assert width(line) <= limit, (width(line), line)


def test_ascii_option_and_environment(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURES / "long_name.toml", tmp_path / "targets.toml")
    for args, env in ((["--ascii"], {}), ([], {"JCTRACK_ASCII": "1"})):
        result = subprocess.run(
            [str(BIN), *args, "status", "--period", "2019-06"],
            cwd=tmp_path,
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "100", **env},
            capture_output=True,
            timeout=60,
            check=True,
        )
        text = result.stdout.decode("utf-8")
        assert not [char for char in text if not char.isascii() and width(char) == 1], text
        assert "同比+/-%" in text
