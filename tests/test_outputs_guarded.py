"""What jctrack writes never lands on a file it reads, never carries a formula into a spreadsheet, and a
stream that cannot be written is one line, not a traceback (issue 15's review, second round)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from jctrack.safety import FORMULA_STARTS, is_plain_number

from .test_district import FIXTURES, flow, town_text, write_district


@pytest.fixture
def district(tmp_path: Path) -> Path:
    folder = tmp_path / "district"
    shutil.copytree(FIXTURES / "three", folder)
    return folder


def files_of(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize("name", ["jincheng.toml", "district.toml", "nanhu.toml.lock", "district.toml.lock", "qianfeng.toml"])
def test_district_report_never_writes_onto_a_town_file_district_toml_or_their_locks(jc: Any, district: Path, name: str) -> None:
    (district / "nanhu.toml.lock").write_bytes(b"")
    before = files_of(district)
    result = jc("district", "report", str(district), "--format", "text", "--output", str(district / name), lang="en")
    assert result.exit_code == 1, result.output
    assert "is one of the district's town files, its district.toml or the lock of one" in result.stderr
    assert result.stderr.count("\n") == 1
    assert files_of(district) == before


def test_district_report_refuses_a_town_file_by_another_path(
    jc: Any, district: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(district)
    before = files_of(district)
    for path in (str(district / ".." / "district" / "jincheng.toml"), "jincheng.toml", "./district.toml"):
        assert jc("district", "report", ".", "--output", path, "--format", "text").exit_code == 1, path
    assert files_of(district) == before


def test_district_report_refuses_a_new_toml_the_next_load_would_read_as_a_town(jc: Any, tmp_path: Path) -> None:
    folder = write_district(tmp_path / "d", {"a.toml": town_text("甲镇", flow("sales", _2019_06="1", _2018_06="1"))})
    result = jc("district", "report", str(folder), "--format", "text", "--output", str(folder / "report.toml"), lang="en")
    assert result.exit_code == 1 and "would be read as a town file" in result.stderr, result.output
    assert sorted(path.name for path in folder.iterdir()) == ["a.toml"]
    assert jc("district", "report", str(folder), "--output", str(folder / "report.txt")).exit_code == 0


FORMULAS = ['=HYPERLINK("http://x","y")', "+乙镇", "-1+1", "@SUM(1)"]


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize("command", [["district", "status"], ["district", "status", "--indicator", "sales"], ["district", "report"]])
def test_district_csv_never_carries_a_formula(jc: Any, tmp_path: Path, formula: str, command: list[str]) -> None:
    body = flow("sales", _2019_06="12", _2018_06="10").replace('name = "sales名"', f'name = "{formula.replace(chr(34), "")}指标"')
    folder = write_district(
        tmp_path / "d", {"a.toml": town_text(formula.replace('"', ""), body), "b.toml": town_text("丙镇", flow("sales", _2019_06="5"))}
    )
    result = jc(*command, str(folder), "--format", "csv")
    assert result.exit_code == 0, result.output
    cells = [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS) and not is_plain_number(cell)]
    assert "'" + formula.replace('"', "") in cells
