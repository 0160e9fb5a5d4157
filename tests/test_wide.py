"""The bureau's wide table in one command: three layouts, each as XLSX, CSV and pasted TSV, and every check."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jctrack import manage, store, wide
from jctrack.errors import InputError
from jctrack.model import Period, Store
from jctrack.words import Lang, say
from jctrack.words.intake import IntakeWord

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "intake"
LAYOUTS = ("fiscal", "industrial", "merged")
# Each layout's merged ranges as an office's workbook has them (0-based: first row, first column, last row, last column).
MERGES = {
    "fiscal": [(0, 0, 0, 5)],
    "industrial": [(0, 0, 0, 5)],
    "merged": [(0, 0, 0, 8), (2, 0, 3, 0), (2, 1, 3, 1), (2, 2, 3, 2), (2, 3, 2, 4), (2, 5, 2, 7), (2, 8, 3, 8)],
}
# Columns holding rates: shown with one decimal, as a bureau formats them.
RATE_COLUMNS = {"fiscal": (4, 5), "industrial": (5,), "merged": (4, 7, 8)}

# What each layout stores: (indicator, kind, key) → (value, stated growth as text, base).
EXPECTED: dict[str, dict[tuple[str, str, Any], tuple[str, str | None, str | None]]] = {
    "fiscal": {
        ("revenue", "actual", Period(2019, 6)): ("2.678", "8.2", None),
        ("revenue", "target", 2019): ("5.2", None, None),
        ("tax", "actual", Period(2019, 6)): ("22410", "7.6", None),
        ("tax", "target", 2019): ("43000", None, None),
        ("spending", "actual", Period(2019, 6)): ("29830", "5.1", None),
        ("spending", "target", 2019): ("61000", None, None),
    },
    "industrial": {
        ("sales", "actual", Period(2019, 6)): ("120.5", "20.3", "100.2"),
        ("output", "actual", Period(2018, 6)): ("76", None, None),
        ("output", "actual", Period(2019, 6)): ("82", "7.9", None),
        ("firms", "actual", Period(2019, 6)): ("3", "50.0", None),
    },
    "merged": {
        ("sales", "actual", Period(2019, 6)): ("120.5", "20.3", "100.2"),
        ("sales", "target", 2019): ("230", None, None),
        ("hitech", "actual", Period(2019, 6)): ("52.6", "17.4", None),
        ("hitech", "target", 2019): ("95", None, None),
        ("share", "actual", Period(2019, 6)): ("91.9", "1.4", None),
        ("share", "target", 2019): ("92", None, None),
    },
}


COUNTS = {
    "fiscal": {"added": 6, "replaced": 0, "updated": 0, "unchanged": 0, "skipped": 0, "indicators": 0},
    # sales, its comparable base (the bureau's 100.2 against the stored 100), output and last year's output, firms.
    "industrial": {"added": 5, "replaced": 0, "updated": 0, "unchanged": 0, "skipped": 1, "indicators": 0},
    # The stored target of 230 gets the table as its source.
    "merged": {"added": 6, "replaced": 0, "updated": 1, "unchanged": 0, "skipped": 0, "indicators": 0},
}


def fresh() -> Store:
    return store.load(FIXTURES / "targets.toml")


def rows_of(layout: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO((FIXTURES / f"{layout}.csv").read_text(encoding="utf-8"))))


def tsv_of(rows: list[list[str]]) -> str:
    """What copying the cells in a spreadsheet puts on the clipboard."""
    return "".join("\t".join(row) + "\r\n" for row in rows)


def xlsx_of(layout: str, rows: list[list[str]], path: Path) -> Path:
    """The layout as a bureau's workbook: numbers as numbers, rates shown with one decimal, merged header cells."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "6月"
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if not text:
                continue
            plain = text.replace(",", "")
            try:
                number = Decimal(plain)
            except ArithmeticError:
                sheet.cell(r, c, text)
                continue
            cell = sheet.cell(r, c, int(number) if number == number.to_integral_value() and "." not in plain else float(number))
            if c - 1 in RATE_COLUMNS[layout]:
                cell.number_format = "0.0"
            elif "," in text:
                cell.number_format = "#,##0"
    for top, left, bottom, right in MERGES[layout]:
        sheet.merge_cells(start_row=top + 1, start_column=left + 1, end_row=bottom + 1, end_column=right + 1)
    book.save(path)
    return path


def run(form: str, layout: str, data: Store, tmp_path: Path, rows: list[list[str]] | None = None, **options: Any) -> wide.WideResult:
    rows = rows if rows is not None else rows_of(layout)
    if form == "csv":
        path = tmp_path / f"{layout}.csv"
        path.write_text("".join(",".join(f'"{cell}"' if "," in cell else cell for cell in row) + "\n" for row in rows), encoding="gb18030")
        return wide.import_path(data, path, **options)
    if form == "xlsx":
        return wide.import_path(data, xlsx_of(layout, rows, tmp_path / f"{layout}.xlsx"), **options)
    return wide.import_text(data, tsv_of(rows), **options)


def stored(data: Store, indicator: str, kind: str, key: Any) -> tuple[str, str | None, str | None]:
    table: dict[Any, Any] = data.indicators[indicator].actuals if kind == "actual" else data.indicators[indicator].targets
    entry = table[key]
    text = None if entry.stated_growth is None else str(entry.stated_growth)
    return format(entry.value, "f"), text, None if entry.base is None else format(entry.base, "f")


@pytest.mark.parametrize("form", ["xlsx", "csv", "tsv"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_in_each_form(tmp_path: Path, layout: str, form: str) -> None:
    data = fresh()
    result = run(form, layout, data, tmp_path)
    assert set(result.periods.values()) == {Period(2019, 6)}
    for (indicator, kind, key), expected in EXPECTED[layout].items():
        assert stored(data, indicator, kind, key) == expected, (indicator, kind, key)
    assert result.warnings == []
    assert all(c.verdict == "agrees" for c in result.comparisons) and len(result.comparisons) == 3
    if layout == "industrial":
        skipped = [row for row in result.plan if row.action == "skipped"]
        assert [row.as_written for row in skipped] == ["4.工业用电量"]
    assert result.counts() == COUNTS[layout]
    again = store.parse(store.dumps(data))  # what the next command reads
    assert again.indicators["sales"].name == "工业开票销售"


def test_source_is_the_title_and_the_last_year_column_fills_what_is_missing(tmp_path: Path) -> None:
    data = fresh()
    run("csv", "industrial", data, tmp_path)
    entry = data.indicators["output"].actuals[Period(2018, 6)]
    assert (entry.value, entry.source) == (Decimal(76), "2019年6月全镇工业主要指标")
    assert data.indicators["firms"].actuals[Period(2018, 6)].source is None  # the same figure: left as it was


@pytest.mark.parametrize("form", ["xlsx", "csv", "tsv"])
def test_the_source_is_the_title_without_its_unit_line(tmp_path: Path, form: str) -> None:
    data = fresh()
    run(form, "fiscal", data, tmp_path)
    assert data.indicators["revenue"].actuals[Period(2019, 6)].source == "2019年1-6月金城镇财政收支情况表"
    assert data.indicators["tax"].actuals[Period(2019, 6)].value == Decimal(22410)  # the unit line still converts


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("二〇一九年上半年收支表（单位：万元）", "二〇一九年上半年收支表"),
        ("2019年1-6月主要指标 计量单位: 亿元 制表单位：统计站", "2019年1-6月主要指标 制表单位：统计站"),
        ("单位：万元 2019年1-6月", "2019年1-6月"),
    ],
)
def test_a_unit_line_is_no_part_of_the_title(above: str, title: str) -> None:
    grid = wide.grid_from_rows("表", [[above], ["指标", "1-6月累计"], ["工业开票销售", "120"]])
    assert wide.find_layout(grid).title == title


# --- the checks ---------------------------------------------------------------------------------------


def edited(layout: str, row: int, column: int, text: str) -> list[list[str]]:
    rows = rows_of(layout)
    rows[row][column] = text
    return rows


def test_this_month_against_the_year_to_date_figures(tmp_path: Path) -> None:
    result = run("tsv", "industrial", fresh(), tmp_path, edited("industrial", 2, 2, "22.3"))
    assert [note.line(Lang.EN) for note in result.warnings] == [
        "stdin row 3: 工业开票销售: this month's 22.3亿元 differs from the year-to-date difference 21.3亿元 "
        "(2019-06 120.5 less 2019-05 99.2)"
    ]
    # Within the rounding of the three printed figures it is no disagreement.
    assert run("tsv", "industrial", fresh(), tmp_path, edited("industrial", 2, 2, "21.4")).warnings == []


def test_completion_against_the_target(tmp_path: Path) -> None:
    result = run("tsv", "merged", fresh(), tmp_path, edited("merged", 5, 8, "53.4"))
    assert [note.text(Lang.ZH) for note in result.warnings] == ["工业开票销售：表中完成年度目标53.4%，按累计120.5与目标230算应为52.4%"]


def test_stated_growth_against_the_tables_own_figures(tmp_path: Path) -> None:
    data = fresh()
    result = run("tsv", "industrial", data, tmp_path, edited("industrial", 2, 5, "21.3"))
    assert [note.text(Lang.EN) for note in result.warnings] == [
        "工业开票销售: the table's growth 21.3% should read 20.3% (120.5 against 100.2)"
    ]
    assert [c.verdict for c in result.comparisons] == ["disagrees", "agrees", "agrees"]
    assert data.indicators["sales"].actuals[Period(2019, 6)].stated_growth == Decimal("21.3")  # stored as printed


# --- periods ------------------------------------------------------------------------------------------


def test_period_given_overrides_the_title(tmp_path: Path) -> None:
    result = run("tsv", "industrial", fresh(), tmp_path, period="2019年上半年")
    assert result.periods == {"stdin": Period(2019, 6)}


@pytest.mark.parametrize(
    ("title", "options", "period", "message"),
    [
        ("1—6月份主要经济指标", {"year": 2019}, Period(2019, 6), None),
        ("前三季度主要经济指标", {"year": 2019}, Period(2019, 9), None),
        ("截至6月底", {"year": 2019}, Period(2019, 6), None),
        ("1—6月份主要经济指标", {}, None, "the period '1-6月份' in the table has no year; give it with --year (e.g. --year 2019)"),
        (
            "主要经济指标",
            {},
            None,
            "neither the title nor the header names a period; give it with --period, in one of the forms: 2019, 2019-06",
        ),
        ("2019年1-6月", {"year": 2018}, None, "the title says 2019 but 2018 was given"),
    ],
)
def test_period_from_the_title(tmp_path: Path, title: str, options: dict[str, Any], period: Period | None, message: str | None) -> None:
    rows = rows_of("industrial")
    rows[0][0] = title
    rows[1][3] = "累计"  # so that the header names no period either
    if message is None:
        assert run("tsv", "industrial", fresh(), tmp_path, rows, **options).periods == {"stdin": period}
        return
    with pytest.raises(InputError) as caught:
        run("tsv", "industrial", fresh(), tmp_path, rows, **options)
    assert message in say(caught.value.key, Lang.EN, **caught.value.params)


def test_period_from_the_header_when_the_title_has_none(tmp_path: Path) -> None:
    rows = rows_of("industrial")[1:]
    assert run("tsv", "industrial", fresh(), tmp_path, rows, year=2019).periods == {"stdin": Period(2019, 6)}


YEAR_HEADED = {
    # This year's and last year's same months, each headed with its year, and no title.
    "two_years": [
        ["指标名称", "2019年1-6月", "2018年1-6月", "增长%"],
        ["工业开票销售", "118.4", "101.6", "16.5"],
        ["新增高新技术企业", "4", "2", "100.0"],
    ],
    # The year-to-date figure without a year beside last year's with one, under a title.
    "last_year_dated": [
        ["2019年1-6月镇级工业指标", "", "", ""],
        ["指标", "1-6月累计", "2018年1-6月", "增长%"],
        ["工业开票销售", "118.4", "101.6", "16.5"],
    ],
    # A finance bureau's 本期 and 同期.
    "this_and_same": [
        ["2019年上半年财政收入完成情况", "", "", ""],
        ["项目", "本期累计", "同期累计", "增减%"],
        ["一般公共预算收入", "2.71", "2.475", "9.5"],
    ],
}


@pytest.mark.parametrize("form", ["csv", "tsv"])
@pytest.mark.parametrize("layout", list(YEAR_HEADED))
def test_year_headed_columns_are_this_year_and_last_year(tmp_path: Path, layout: str, form: str) -> None:
    data = fresh()
    result = run(form, "industrial", data, tmp_path, YEAR_HEADED[layout], year=None)
    assert set(result.periods.values()) == {Period(2019, 6)}
    if layout == "this_and_same":
        assert stored(data, "revenue", "actual", Period(2019, 6)) == ("2.71", "9.5", None)  # 同期 is the stored 2.475
    else:
        assert stored(data, "sales", "actual", Period(2019, 6)) == ("118.4", "16.5", "101.6")  # 可比口径: not the stored 100
    if layout == "two_years":
        assert stored(data, "firms", "actual", Period(2019, 6)) == ("4", "100.0", None)
    assert result.comparisons and all(c.verdict == "agrees" for c in result.comparisons)  # each stated rate checked
    assert result.warnings == []


@pytest.mark.parametrize(
    ("header", "says"),
    [("1-5月累计", "1-5月累计"), ("2019年1-5月", "2019年1-5月"), ("2018年累计", "2018年累计")],
)
def test_a_column_of_another_period_than_the_title_is_refused_unless_the_period_is_given(tmp_path: Path, header: str, says: str) -> None:
    rows = [["2019年1-6月工业主要指标", "", ""], ["指标名称", header, "增长%"], ["工业开票销售", "120.5", "20.5"]]
    data = fresh()
    with pytest.raises(InputError) as caught:
        run("csv", "industrial", data, tmp_path, rows)
    message = say(caught.value.key, Lang.ZH, **caught.value.params)
    assert "2019年1-6月" in message and says in message and "\n" not in message
    assert Period(2019, 6) not in data.indicators["sales"].actuals
    assert run("csv", "industrial", data, tmp_path, rows, period="2019-06").periods == {"industrial.csv": Period(2019, 6)}


def test_a_last_year_column_of_another_year_is_refused(tmp_path: Path) -> None:
    rows = [["2019年1-6月工业主要指标", "", ""], ["指标名称", "1-6月累计", "2017年1-6月"], ["工业开票销售", "120.5", "100.2"]]
    with pytest.raises(InputError) as caught:
        run("tsv", "industrial", fresh(), tmp_path, rows)
    assert "2017年1-6月" in say(caught.value.key, Lang.EN, **caught.value.params)


def test_a_repeated_row_that_adds_a_figure_is_refused_not_dropped(tmp_path: Path) -> None:
    rows = [["2019年1-6月"], ["指标名称", "1-6月累计", "年度目标"], ["工业开票销售", "120.5", ""], ["工业开票销售收入", "120.5", "235"]]
    data = fresh()
    with pytest.raises(wide.WideImportRefused) as caught:
        run("tsv", "industrial", data, tmp_path, rows)
    assert [note.line(Lang.EN) for note in caught.value.notes] == [
        "stdin row 4: 工业开票销售 repeats stdin 3 with other figures (target 235 against -); delete the wrong row, then import again"
    ]


# --- unknown rows, bad rows, all or nothing -----------------------------------------------------------


def test_unknown_rows_are_listed_with_the_closest_names(tmp_path: Path) -> None:
    rows = edited("industrial", 2, 0, "1.工业开票销售额")
    result = run("tsv", "industrial", fresh(), tmp_path, rows)
    reasons = [row.reason.text(Lang.ZH) for row in result.plan if row.action == "skipped" and row.reason]
    assert reasons[0] == "“工业开票销售额”不是文件中的指标；最接近的是：工业开票销售"


def test_unknown_rows_created_with_add_unknown(tmp_path: Path) -> None:
    data = fresh()
    result = run("tsv", "industrial", data, tmp_path, add_unknown="亿元")
    (new,) = result.new_indicators
    assert (new.name, new.unit, new.id.startswith("new_")) == ("工业用电量", "万千瓦时", True)
    assert data.indicators[new.id].actuals[Period(2019, 6)].value == Decimal(6800)
    assert result.counts()["indicators"] == 1


def test_unknown_rows_refused_when_asked(tmp_path: Path) -> None:
    with pytest.raises(wide.WideImportRefused) as caught:
        run("tsv", "industrial", fresh(), tmp_path, refuse_unknown=True)
    assert [note.line(Lang.EN) for note in caught.value.notes] == [
        "stdin row 6: '工业用电量' is no indicator of the file; none is close (add it as an alias, or as a new indicator)"
    ]


def test_every_bad_row_is_listed_and_the_file_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    path.write_bytes((FIXTURES / "targets.toml").read_bytes())
    before = path.read_bytes()
    rows = rows_of("industrial")
    rows[2][3] = "12o.5"
    rows[3][1] = "元/吨"
    rows[4][3] = "2.5"  # a count of firms must be whole
    with pytest.raises(wide.WideImportRefused) as caught, store.transaction(path) as data:
        run("csv", "industrial", data.store, tmp_path, rows)
        data.changed()
    lines = [note.line(Lang.EN) for note in caught.value.notes]
    assert lines[0] == "industrial.csv row 3: year to date '12o.5' is not a number"
    assert lines[1].startswith("industrial.csv row 4: '元/吨' cannot be a unit")
    assert lines[2].startswith("industrial.csv row 5: value 2.5 is not a whole number")
    assert say(caught.value.key, Lang.EN, **caught.value.params) == (
        "import refused: 3 bad row(s), nothing was imported; the data file is unchanged"
    )
    assert caught.value.problems[0][0] == "industrial.csv第3行"  # as the import command prints them
    assert path.read_bytes() == before


def test_a_table_without_a_header(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        wide.import_text(fresh(), "工业开票销售\t120.5\n税收收入\t22410\n")
    assert "no table to import: stdin: no header row found" in say(caught.value.key, Lang.EN, **caught.value.params)


# --- again, replace, undo --------------------------------------------------------------------------


def test_again_changes_nothing_a_different_figure_needs_replace_and_undo_reverts_it(tmp_path: Path) -> None:
    data = fresh()
    run("tsv", "industrial", data, tmp_path)
    again = run("tsv", "industrial", data, tmp_path)
    assert not again.changed and {row.action for row in again.plan} == {"unchanged", "skipped"}
    after_first = store.dumps(data)
    revised = edited("industrial", 2, 3, "121.5")
    with pytest.raises(wide.WideImportRefused) as caught:
        run("tsv", "industrial", store.parse(after_first), tmp_path, revised)
    assert "已是 120.5 亿元" in str(caught.value.problems[0][1])
    data = store.parse(after_first)
    result = run("tsv", "industrial", data, tmp_path, revised, replace=True)
    replaced = [row for row in result.plan if row.action == "replaced"]
    assert [(row.indicator, row.value, row.old) for row in replaced] == [("sales", Decimal("121.5"), Decimal("120.5"))]
    assert [w.key for w in result.warnings] == [IntakeWord.WIDE_MONTH_MISMATCH, IntakeWord.WIDE_GROWTH_MISMATCH]
    manage.undo(data)
    data.revisions = store.parse(after_first).revisions
    assert store.dumps(data) == after_first


def test_undo_of_a_wide_import_takes_all_of_it_back(tmp_path: Path) -> None:
    data = fresh()
    before = store.dumps(data)
    run("xlsx", "merged", data, tmp_path, add_unknown="亿元")
    data = store.parse(store.dumps(data))
    manage.undo(data)
    data.revisions = []
    assert store.dumps(data) == before


# --- the dry-run table -----------------------------------------------------------------------------


def test_plan_rows_for_a_table(tmp_path: Path) -> None:
    data = fresh()
    result = run("tsv", "industrial", data, tmp_path)
    assert wide.plan_headers(Lang.ZH) == ["表", "行", "表中名称", "指标", "项目", "期间", "数值", "原值", "操作", "原因"]
    assert [row.cells(Lang.ZH) for row in result.plan[:2]] == [
        ["stdin", "3", "1.工业开票销售", "sales", "完成", "2019-06", "120.5 亿元", "", "新增", ""],
        ["stdin", "3", "1.工业开票销售", "sales", "可比基数", "2019-06", "100.2 亿元", "", "新增", ""],
    ]
    assert result.summary(Lang.EN) == "2019-06: 5 added, 0 replaced, 0 updated, 0 unchanged, 1 skipped, 0 new indicator(s)"
    document = result.as_dict()
    assert document["counts"]["added"] == 5 and document["plan"][0]["value"] == Decimal("120.5")


# --- units -----------------------------------------------------------------------------------------


def test_a_sheet_unit_line_converts_and_does_not_touch_shares(tmp_path: Path) -> None:
    text = "2019年1-6月（单位：万元）\n指标\t累计\t去年同期\n工业开票销售\t1205000\t1002000\n支柱产业占比\t91.9\t90.5\n"
    data = fresh()
    result = wide.import_text(data, text)
    assert data.indicators["sales"].actuals[Period(2019, 6)].value == Decimal("120.5")
    assert data.indicators["share"].actuals[Period(2019, 6)].value == Decimal("91.9")
    assert [note.text(Lang.EN) for note in result.warnings] == [
        "支柱产业占比: the table's unit 万元 does not fit an indicator kept in %; read as %"
    ]


def test_a_unit_in_the_header_or_after_the_name(tmp_path: Path) -> None:
    text = "2019年1-6月\n指标\t累计（万元）\n工业开票销售\t1205000\n税收收入（亿元）\t2.241\n"
    data = fresh()
    wide.import_text(data, text)
    assert data.indicators["sales"].actuals[Period(2019, 6)].value == Decimal("120.5")
    assert data.indicators["tax"].actuals[Period(2019, 6)].value == Decimal(22410)


@pytest.mark.parametrize(
    ("name", "content", "form"),
    [
        ("long.csv", "indicator,period,type,value\nsales,2019-07,actual,1\n", "long"),
        ("zh.csv", "\ufeff代码,名称,单位\nland,平整土地,亩\n", "long"),
        ("bare.csv", "工业开票销售,2019-07,130\n", "long"),
        ("empty.csv", "", "long"),
        ("fiscal.csv", (FIXTURES / "fiscal.csv").read_text(encoding="utf-8"), "wide"),
        ("merged.csv", (FIXTURES / "merged.csv").read_text(encoding="utf-8"), "wide"),
    ],
)
def test_import_tells_the_long_form_from_a_bureau_table(tmp_path: Path, name: str, content: str, form: str) -> None:
    from jctrack import tabular

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert tabular.form_of(path) == form


def test_import_tells_an_xlsx_bureau_table_and_an_export_apart(tmp_path: Path) -> None:
    from jctrack import longform, tabular

    assert tabular.form_of(xlsx_of("merged", rows_of("merged"), tmp_path / "m.xlsx")) == "wide"
    data = fresh()
    exported = tmp_path / "export.xlsx"
    exported.write_bytes(tabular.xlsx_bytes(longform.definition_rows(data), longform.value_rows(data), lang=Lang.ZH))
    assert tabular.form_of(exported) == "long"


def test_the_import_command_pattern_dry_run_writes_nothing(tmp_path: Path) -> None:
    """As `import --dry-run` will: the result is shown, then the transaction is ended without writing."""
    path = tmp_path / "targets.toml"
    path.write_bytes((FIXTURES / "targets.toml").read_bytes())
    before = path.read_bytes()
    with store.transaction(path) as data:
        result = wide.import_path(data.store, FIXTURES / "fiscal.csv")
        assert result.changed  # a dry run does not say data.changed(): nothing is written
    assert path.read_bytes() == before
    with store.transaction(path) as data:
        wide.import_text(data.store, (FIXTURES / "pasted.tsv").read_text(encoding="utf-8"), year=2019)  # the header says 1-6月
        data.changed()
    assert store.load(path).indicators["sales"].actuals[Period(2019, 6)].value == Decimal("120.5")


def test_a_gb18030_text_file_of_tab_separated_cells(tmp_path: Path) -> None:
    path = tmp_path / "月报.txt"
    path.write_bytes(
        (FIXTURES / "pasted.tsv").read_text(encoding="utf-8").replace("指标名称", "2019年1-6月\n指标名称", 1).encode("gb18030")
    )
    data = fresh()
    assert wide.import_path(data, path).counts()["added"] == 5


def test_a_falling_year_to_date_names_its_year_and_import_force_keeps_it(jc: Any, sample: Path, tmp_path: Path) -> None:
    # Last year's 1-3月 (100) above the stored 2018年1-6月 (95): the message says which year, and the
    # --force it offers is an option of import too.
    pasted = "2019年一季度主要经济指标\n指标\t累计\t上年同期\n工业开票销售\t110\t100\n"
    refused = jc("import", "-", input=pasted)
    assert refused.exit_code == 1
    assert "工业开票销售 2018年1-3月累计 100 高于已录入的 1-6月累计 95" in refused.stderr and "--force" in refused.stderr
    before = sample.read_bytes()
    assert jc("import", "-", "--dry-run", "--force", input=pasted).exit_code == 0 and sample.read_bytes() == before
    assert jc("import", "-", "--force", input=pasted).exit_code == 0
    stored = store.load(sample).indicators["sales"].actuals
    assert (stored[Period(2018, 3)].value, stored[Period(2019, 3)].value) == (Decimal(100), Decimal(110))
    long_form = tmp_path / "values.csv"
    long_form.write_text("指标,期间,数值\n工业开票销售,2019年1-5月,130\n", encoding="utf-8")
    refused = jc("import", str(long_form))
    assert refused.exit_code == 1 and "2019年1-5月累计 130 高于已录入的 1-6月累计 120" in refused.stderr
    assert jc("import", str(long_form), "--force").exit_code == 0
    assert store.load(sample).indicators["sales"].actuals[Period(2019, 5)].value == Decimal(130)
