"""Nothing given is silently dropped or changed: a detail that differs, a conflicting row, a number a
spreadsheet would round, a department that an export would split (issue 15's review, second round)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.errors import DataFileError

from .conftest import SAMPLE

# --- D19: departments are kept as the export writes them back -----------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "needle"),
    [
        ("--owner", " 经发局 ", "begins or ends with a space"),
        ("--owner", "  ", "is empty"),
        ("--contributor", "财政所;税务", "contains ;"),
        ("--contributor", "  ", "is empty"),
        ("--contributor", "税务 ", "begins or ends with a space"),
    ],
)
def test_a_department_an_export_would_change_is_refused_when_typed(jc: Any, sample: Path, option: str, value: str, needle: str) -> None:
    before = sample.read_bytes()
    result = jc("add-indicator", "new", "--name", "新指标", "--unit", "亿元", option, value, lang="en")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and needle in result.stderr, result.output
    assert sample.read_bytes() == before


@pytest.mark.parametrize(
    ("line", "needle"),
    [('owner = " 经发局 "', "begins or ends with a space"), ('contributors = ["财政所;税务", "  "]', "contains ;")],
)
def test_a_department_an_export_would_change_is_refused_when_loaded(sample: Path, english: None, line: str, needle: str) -> None:
    sample.write_text(SAMPLE.replace('unit = "家"\n', f'unit = "家"\n{line}\n'), encoding="utf-8")
    with pytest.raises(DataFileError, match=needle):
        store.load(sample)


def test_departments_come_back_exactly_through_export_init_and_import(jc: Any, sample: Path, tmp_path: Path) -> None:
    args = ("--owner", "经发局(招商)", "--contributor", "财政所", "--contributor", "税务 分局")
    assert jc("add-indicator", "new", "--name", "新指标", "--unit", "亿元", *args).exit_code == 0
    exported = tmp_path / "export.csv"
    assert jc("export", "--output", str(exported)).exit_code == 0
    copy = tmp_path / "copy.toml"
    assert jc("init", file=copy).exit_code == 0
    assert jc("import", str(exported), file=copy).exit_code == 0, "import"
    indicator = store.load(copy).indicators["new"]
    assert (indicator.owner, indicator.contributors) == ("经发局(招商)", ["财政所", "税务 分局"])
