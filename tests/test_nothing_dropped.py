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


# --- D6: a detail that differs is refused, never dropped -------------------------------------------------


def test_add_actual_refuses_a_differing_source_given_with_a_new_note(jc: Any, shipped: Path) -> None:
    before = shipped.read_bytes()
    result = jc("add-actual", "industrial_sales", "2018", "201", "--source", "other", "--note", "N1", file=shipped, lang="en")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1, result.output
    assert "the stored source is '金城镇2018年工作总结《金科大手笔 筑就大格局》' and the one given 'other'" in result.stderr
    assert "add --replace" in result.stderr
    assert shipped.read_bytes() == before


def test_with_replace_every_given_detail_is_applied_and_the_rest_kept(jc: Any, shipped: Path) -> None:
    result = jc("add-actual", "industrial_sales", "2018", "201", "--source", "other", "--note", "N1", "--replace", file=shipped)
    assert result.exit_code == 0, result.output
    entry = store.load(shipped).indicators["industrial_sales"].actual_for_year(2018)
    assert entry is not None and (entry.source, entry.note, entry.stated_status) == ("other", "N1", "exceeded")


def test_a_detail_the_stored_value_lacks_is_filled_in(jc: Any, shipped: Path) -> None:
    result = jc("add-actual", "industrial_sales", "2018", "201", "--note", "N1", file=shipped, lang="en")
    assert result.exit_code == 0 and "added note to" in result.stderr, result.output


@pytest.mark.parametrize(
    ("option", "field"),
    [(["--stated-growth", "17"], "stated growth is '16.9'"), (["--stated-status", "met"], "stated status is 'exceeded'")],
)
def test_every_differing_detail_is_refused_naming_it(jc: Any, shipped: Path, option: list[str], field: str) -> None:
    before = shipped.read_bytes()
    result = jc("add-actual", "industrial_sales", "2018", "201", "--note", "N1", *option, file=shipped, lang="en")
    assert result.exit_code == 1 and f"the stored {field}" in result.stderr, result.output
    assert shipped.read_bytes() == before


def test_set_target_refuses_a_differing_detail(jc: Any, shipped: Path) -> None:
    before = shipped.read_bytes()
    result = jc("set-target", "industrial_sales", "2019", "230", "--stated-growth", "14", file=shipped, lang="en")
    assert result.exit_code == 1 and "the stored stated growth is '14.4' and the one given '14'" in result.stderr, result.output
    assert shipped.read_bytes() == before


def test_import_refuses_a_row_whose_detail_differs_naming_its_line(jc: Any, shipped: Path, tmp_path: Path) -> None:
    table = tmp_path / "values.csv"
    table.write_text("indicator,period,type,value,note,source\nindustrial_sales,2018,actual,201,N1,other\n", encoding="utf-8")
    before = shipped.read_bytes()
    result = jc("import", str(table), file=shipped, lang="en")
    assert result.exit_code == 1, result.output
    assert "line 2" in result.stderr and "the one given 'other'" in result.stderr
    assert shipped.read_bytes() == before


def test_extract_keeps_a_stored_source_and_says_so(jc: Any, shipped: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("2018年，工业开票销售201亿元。", encoding="utf-8")
    result = jc("extract", str(report), "--apply", file=shipped, lang="en")
    assert result.exit_code == 0, result.output
    assert "the stored source differs from the one given and is kept" in result.stderr


def test_a_bureau_table_fills_a_note_and_says_it_kept_the_stored_source(jc: Any, shipped: Path, tmp_path: Path) -> None:
    table = tmp_path / "bureau.csv"
    table.write_text("2018年主要经济指标\n指标,本年累计,备注\n工业开票销售,201,全口径\n", encoding="utf-8")
    result = jc("import", str(table), "--source", "统计站年报", file=shipped, lang="en")
    assert result.exit_code == 0, result.output
    entry = store.load(shipped).indicators["industrial_sales"].actual_for_year(2018)
    assert entry is not None and (entry.note, entry.source) == ("全口径", "金城镇2018年工作总结《金科大手笔 筑就大格局》")
    assert "is kept" in result.output or "is kept" in result.stderr


def test_a_bureau_table_refuses_a_differing_note(jc: Any, shipped: Path, tmp_path: Path) -> None:
    assert jc("add-actual", "industrial_sales", "2018", "201", "--note", "快报", file=shipped).exit_code == 0
    table = tmp_path / "bureau.csv"
    table.write_text("2018年主要经济指标\n指标,本年累计,备注\n工业开票销售,201,年报\n", encoding="utf-8")
    before = shipped.read_bytes()
    result = jc("import", str(table), file=shipped, lang="en")
    assert result.exit_code == 1 and "the stored note is '快报' and the one given '年报'" in result.stderr, result.output
    assert shipped.read_bytes() == before


# --- D7: a bureau's rows naming one indicator twice --------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "needle"),
    [
        ("工业开票销售,120,\n工业开票销售收入,121,\n", "actual 121 against 120"),
        ("工业开票销售收入,120,\n工业开票销售,120,全口径\n", "note 全口径 against -"),
        ("工业开票销售,120,甲\n工业开票销售收入,120,乙\n", "note 乙 against 甲"),
    ],
)
def test_a_bureau_row_repeating_an_indicator_by_its_alias_with_another_figure_refuses_the_import(
    jc: Any, shipped: Path, tmp_path: Path, rows: str, needle: str
) -> None:
    table = tmp_path / "bureau.csv"
    table.write_text("2019年1-6月主要经济指标\n指标,1-6月累计,备注\n" + rows, encoding="utf-8")
    before = shipped.read_bytes()
    result = jc("import", str(table), file=shipped, lang="en")
    assert result.exit_code == 1, result.output
    assert needle in result.stderr and "repeats" in result.stderr, result.stderr
    assert shipped.read_bytes() == before


def test_a_bureau_row_repeating_an_indicator_alike_is_skipped(jc: Any, shipped: Path, tmp_path: Path) -> None:
    table = tmp_path / "bureau.csv"
    table.write_text("2019年1-6月主要经济指标\n指标,1-6月累计,备注\n工业开票销售,120,甲\n工业开票销售收入,120,甲\n", encoding="utf-8")
    result = jc("import", str(table), file=shipped, lang="en")
    assert result.exit_code == 0, result.output
    entry = store.load(shipped).indicators["industrial_sales"].actuals
    assert [str(period) for period in entry] == ["2018", "2019-06"]
