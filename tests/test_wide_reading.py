"""Reading a bureau's table: what each header means, names as written, and spreadsheet cells read exactly."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import pytest

from jctrack import store, wide
from jctrack.errors import DataFileError, InputError
from jctrack.model import Period
from jctrack.wide import Role
from jctrack.words import Lang, say

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "intake"


@pytest.mark.parametrize(
    ("header", "role", "unit"),
    [
        ("指标名称", Role.NAME, None),
        ("项 目", Role.NAME, None),
        ("计量单位", Role.UNIT, None),
        ("1-6月累计", Role.ACTUAL, None),
        ("1—6月", Role.ACTUAL, None),
        ("本年累计", Role.ACTUAL, None),
        ("累计完成", Role.ACTUAL, None),
        ("累计（亿元）", Role.ACTUAL, "亿元"),
        ("累计产量(万吨)", Role.ACTUAL, "万吨"),
        ("2019年1-6月 绝对数", Role.ACTUAL, None),
        ("本月", Role.MONTH, None),
        ("当月", Role.MONTH, None),
        ("6月", Role.MONTH, None),
        ("本月完成", Role.MONTH, None),
        ("本月 绝对数", Role.MONTH, None),
        ("去年同期", Role.LAST_YEAR, None),
        ("上年同期数", Role.LAST_YEAR, None),
        ("累计 去年同期", Role.LAST_YEAR, None),
        ("去年同月", Role.IGNORED, None),
        ("增长%", Role.GROWTH, None),
        ("同比±%", Role.GROWTH, None),
        ("增减%", Role.GROWTH, None),
        ("增幅", Role.GROWTH, None),
        ("比上年同期增长(%)", Role.GROWTH, None),
        ("累计 增长%", Role.GROWTH, None),
        ("累计增长(%)", Role.GROWTH, None),
        ("本月 增长%", Role.IGNORED, None),
        ("当月同比增长(%)", Role.IGNORED, None),
        ("增减额", Role.IGNORED, None),
        ("年度目标", Role.TARGET, None),
        ("全年目标", Role.TARGET, None),
        ("年初预算", Role.TARGET, None),
        ("年度目标（万元）", Role.TARGET, "万元"),
        ("完成年度目标%", Role.COMPLETION, None),
        ("为预算%", Role.COMPLETION, None),
        ("占年计划（%）", Role.COMPLETION, None),
        ("目标完成率", Role.COMPLETION, None),
        ("序号", Role.IGNORED, None),
        ("备注", Role.NOTE, None),
        ("填报人", Role.UNKNOWN, None),
    ],
)
def test_what_a_header_means(header: str, role: Role, unit: str | None) -> None:
    assert wide.classify(header) == (role, unit)


@pytest.mark.parametrize(
    ("written", "name", "unit"),
    [
        ("工业开票销售", "工业开票销售", None),
        ("1.工业开票销售", "工业开票销售", None),
        ("12、工业开票销售", "工业开票销售", None),
        ("（一）工业开票销售", "工业开票销售", None),
        ("一、工业开票销售", "工业开票销售", None),
        ("①工业开票销售", "工业开票销售", None),
        ("其中：税收收入", "税收收入", None),
        ("  其中:税收收入", "税收收入", None),
        ("工业开票销售（亿元）", "工业开票销售", "亿元"),
        ("工 业 开 票 销 售", "工业开票销售", None),
        ("一般公共预算收入", "一般公共预算收入", None),
        ("5G基站", "5G基站", None),
        ("ＧＤＰ", "GDP", None),
    ],
)
def test_names_as_written(written: str, name: str, unit: str | None) -> None:
    assert wide.split_name(written) == (name, unit)


def test_a_section_heading_and_notes_are_not_rows() -> None:
    data = store.load(FIXTURES / "targets.toml")
    result = wide.import_path(data, FIXTURES / "merged.csv")
    assert {row.as_written for row in result.plan} == {"工业开票销售", "其中：高新技术产业产值", "支柱产业占比"}


# --- spreadsheet cells ------------------------------------------------------------------------------


def test_spreadsheet_numbers_are_read_exactly() -> None:
    assert wide._excel_cell(0.1 + 0.2, "General") == wide.Cell("0.3")  # Excel keeps 15 significant digits
    assert wide._excel_cell(120.5, "General") == wide.Cell("120.5")
    assert wide._excel_cell(1392476, "#,##0") == wide.Cell("1392476", 0)
    assert wide._excel_cell(15, "0.0") == wide.Cell("15", 1)
    assert wide._excel_cell(0.153, "0.0%") == wide.Cell("15.3", 1)
    assert wide._excel_cell(1e-05, "General") == wide.Cell("0.00001")
    assert wide._excel_cell("4800万元", "@") == wide.Cell("4800万元")
    assert wide._excel_cell(None, "General") == wide.Cell("")


def workbook(path: Path, sheets: dict[str, list[list[object]]], formats: dict[tuple[str, int, int], str] | None = None) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(r, c, value)
        for (name, r, c), number_format in (formats or {}).items():
            if name == title:
                sheet.cell(r, c).number_format = number_format
    book.save(path)
    return path


def test_rates_as_shown_in_the_workbook(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["2019年1-6月"],
        ["指标", "累计", "去年同期", "增长%"],
        ["工业开票销售", 120.5, 100, 0.205],
        ["新增高新技术企业", 3, 2, 50],
        ["支柱产业占比", 0.919, 0.905, 1.4],
    ]
    path = workbook(
        tmp_path / "rates.xlsx",
        {"Sheet1": rows},
        {("Sheet1", 3, 4): "0.0%", ("Sheet1", 4, 4): "0.0", ("Sheet1", 5, 2): "0.0%", ("Sheet1", 5, 3): "0.0%", ("Sheet1", 5, 4): "0.0"},
    )
    data = store.load(FIXTURES / "targets.toml")
    result = wide.import_path(data, path)
    sales, firms, share = (data.indicators[i].actuals[Period(2019, 6)] for i in ("sales", "firms", "share"))
    assert str(sales.stated_growth) == "20.5" and str(firms.stated_growth) == "50.0"
    assert (share.value, str(share.stated_growth)) == (Decimal("91.9"), "1.4")
    assert [c.verdict for c in result.comparisons] == ["agrees", "agrees", "agrees"]


def test_every_sheet_with_a_table_is_read_and_others_are_said(tmp_path: Path) -> None:
    sheets: dict[str, list[list[object]]] = {
        "说明": [["本表由统计站提供"], ["联系人：张三"]],
        "工业": [["2019年1-6月"], ["指标名称", "累计", "去年同期"], ["工业开票销售", 120.5, 100.2]],
        "财政": [["2019年1-5月"], ["项目", "累计"], ["税收收入", 18760]],
    }
    data = store.load(FIXTURES / "targets.toml")
    result = wide.import_path(data, workbook(tmp_path / "book.xlsx", sheets))
    assert result.periods == {"工业": Period(2019, 6), "财政": Period(2019, 5)}
    assert [note.line(Lang.EN) for note in result.warnings] == [
        "说明: sheet '说明' not imported: 说明: no header row found; it should have a column of indicator names (指标名称) and "
        "columns such as 1-N月累计, 去年同期, 增长%, 年度目标"
    ]
    assert [row.action for row in result.plan] == ["added", "added", "updated"]  # 1-5月's stored figure gets its source


def test_merged_header_cells_are_read_as_merged(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    rows: list[list[str | float | None]] = [
        ["金城镇2019年上半年经济运行"],
        ["指标", "本月", None, "累计", None],
        [None, "绝对数", "增长%", "绝对数", "增长%"],
        ["工业开票销售", 21.3, 15.1, 120.5, 20.5],
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(r, c, value)
    for cells in ("A1:E1", "A2:A3", "B2:C2", "D2:E2"):
        sheet.merge_cells(cells)
    path = tmp_path / "merged.xlsx"
    book.save(path)
    (grid,) = wide.read_xlsx(path)
    layout = wide.find_layout(grid)
    assert [(column.header, column.role) for column in layout.columns] == [
        ("指标", Role.NAME),
        ("本月 绝对数", Role.MONTH),
        ("本月 增长%", Role.IGNORED),
        ("累计 绝对数", Role.ACTUAL),
        ("累计 增长%", Role.GROWTH),
    ]
    assert wide.period_of(layout) == Period(2019, 6)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("x.xlsx", b"not a zip", "is not a readable spreadsheet"), ("x.pdf", b"%PDF", "import reads .xlsx, .csv")],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises((DataFileError, InputError)) as caught:
        wide.import_path(store.load(FIXTURES / "targets.toml"), path)
    error = caught.value
    text = say(error.key, Lang.EN, **error.params) if isinstance(error.key, StrEnum) else str(error)
    assert message in text


def test_a_header_with_two_columns_of_the_same_meaning_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        wide.import_text(store.load(FIXTURES / "targets.toml"), "2019年1-6月\n指标\t累计\t本年累计\n工业开票销售\t120.5\t120.5\n")
    assert "several columns look like year to date: 累计, 本年累计" in say(caught.value.key, Lang.EN, **caught.value.params)
