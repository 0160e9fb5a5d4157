"""Export and import: the file's settings travel with it, text keeps every space, no CSV cell is a formula
for a spreadsheet yet every one imports exactly, and a table that cannot be read is one line naming
where. Every refusal: exit 1, and the data file byte for byte as it was."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jctrack import longform, store, tabular, wide
from jctrack.errors import JctrackError
from jctrack.safety import FORMULA_STARTS
from jctrack.tomlwrite import string as toml_string
from jctrack.words import Lang

from .conftest import SAMPLE, SHIPPED

ENV = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "JCTRACK_LANG": "en"}


def without_revisions(path: Path) -> str:
    data = store.load(path)
    data.revisions = []
    return store.dumps(data)


def one_line_error(result: Any, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.strip().splitlines()[-1].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


def round_trip(jc: Any, source: Path, tmp_path: Path, suffix: str, *init: str) -> tuple[Any, Path]:
    exported = tmp_path / f"exported{suffix}"
    assert jc("export", "-o", str(exported), file=source, lang="en").exit_code == 0
    fresh = tmp_path / "fresh.toml"
    assert jc("init", *init, file=fresh, lang="en").exit_code == 0
    return jc("import", str(exported), file=fresh, lang="en"), fresh


# --- 7. the settings travel; init then import gives the same file ----------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_init_then_import_restores_rounding_and_entity(jc: Any, sample: Path, tmp_path: Path, suffix: str) -> None:
    sample.write_text(SAMPLE.replace('rounding = "half-up"', 'rounding = "half-even"'), encoding="utf-8")
    result, fresh = round_trip(jc, sample, tmp_path, suffix)
    assert result.exit_code == 0, result.output
    assert "took the import's setting rounding = half-even" in result.stdout
    assert "took the import's setting entity = 测试镇" in result.stdout
    assert without_revisions(fresh) == without_revisions(sample)
    assert store.load(fresh).rounding == "half-even"


def test_the_shipped_file_round_trips_byte_for_byte_from_a_bare_init(jc: Any, tmp_path: Path) -> None:
    result, fresh = round_trip(jc, SHIPPED, tmp_path, ".csv")
    assert result.exit_code == 0, result.output
    assert without_revisions(fresh) == SHIPPED.read_text(encoding="utf-8")


def test_init_takes_the_rounding(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    assert jc("init", "--entity", "金城镇", "--rounding", "half-even", file=path, lang="en").exit_code == 0
    assert 'rounding = "half-even"' in path.read_text(encoding="utf-8")
    bad = jc("init", "--rounding", "up", file=tmp_path / "other.toml", lang="en")
    assert bad.exit_code == 2 and not (tmp_path / "other.toml").exists()


def test_a_file_new_with_another_rounding_refuses_the_import(jc: Any, sample: Path, tmp_path: Path) -> None:
    exported = tmp_path / "exported.csv"
    assert jc("export", "-o", str(exported), lang="en").exit_code == 0  # half-up
    fresh = tmp_path / "fresh.toml"
    assert jc("init", "--rounding", "half-even", file=fresh, lang="en").exit_code == 0
    before = fresh.read_bytes()
    result = jc("import", str(exported), file=fresh, lang="en")
    one_line_error(result, "line 3: the import's rounding is 'half-up' but the data file's is 'half-even'", "import refused")
    assert fresh.read_bytes() == before


def test_a_file_in_use_with_other_settings_refuses_the_import(jc: Any, sample: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.toml"
    other.write_text(SAMPLE.replace("测试镇", "别的镇").replace('rounding = "half-up"', 'rounding = "half-even"'), encoding="utf-8")
    exported = tmp_path / "exported.csv"
    assert jc("export", "-o", str(exported), file=other, lang="en").exit_code == 0
    before = sample.read_bytes()
    result = jc("import", str(exported), lang="en")
    one_line_error(result, "the import's entity is '别的镇' but the data file's is '测试镇'", "the import's rounding is 'half-even'")
    assert sample.read_bytes() == before


def test_dry_run_says_which_setting_it_would_take_and_writes_nothing(jc: Any, sample: Path, tmp_path: Path) -> None:
    sample.write_text(SAMPLE.replace('rounding = "half-up"', 'rounding = "half-even"'), encoding="utf-8")
    exported = tmp_path / "exported.csv"
    assert jc("export", "-o", str(exported), lang="en").exit_code == 0
    fresh = tmp_path / "fresh.toml"
    jc("init", file=fresh, lang="en")
    before = fresh.read_bytes()
    result = jc("import", str(exported), "--dry-run", file=fresh, lang="en")
    assert result.exit_code == 0 and "would take the import's setting rounding = half-even" in result.stdout
    assert fresh.read_bytes() == before


def test_an_export_without_settings_still_imports(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "old.csv"
    data = store.load(SHIPPED)
    source.write_text(tabular.csv_text(longform.definition_rows(data), longform.value_rows(data)), encoding="utf-8")
    fresh = tmp_path / "fresh.toml"
    jc("init", "--entity", "金城镇(金科园)", file=fresh, lang="en")
    assert jc("import", str(source), file=fresh, lang="en").exit_code == 0
    assert without_revisions(fresh) == SHIPPED.read_text(encoding="utf-8")


def test_a_bad_setting_row_is_refused_with_its_line(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("setting,value\ncolour,red\nrounding,upwards\nrounding,half-up\n", encoding="utf-8")
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    one_line_error(result, "line 2: unknown setting 'colour'", "line 3: rounding is 'upwards'", "line 4: setting rounding is given twice")
    assert sample.read_bytes() == before


def test_chinese_setting_words_are_read(tmp_path: Path) -> None:
    source = tmp_path / "中文.csv"
    source.write_text("设置,设置值\n填报单位,金城镇\n修约规则,四舍六入五成双\n", encoding="gb18030")
    fresh = store.parse("schema_version = 1\n")
    form = tabular.read_long_form(source)
    plan = longform.apply_import(fresh, form.definitions, form.values, False, settings=form.settings)
    assert (fresh.entity, fresh.rounding) == ("金城镇", "half-even") and len(plan.settings) == 2


# --- 7. text keeps every space it has ----------------------------------------------------------------------

SPACED = {  # name, English name, note, source and entity with spaces (an ideographic one too) around them
    'name = "工业开票销售"\n': 'name = "  工业开票销售 "\nname_en = " Sales  "\n',
    "2019-06 = 120\n": '2019-06 = { value = 120, note = "  快报 " }\n',
    "2019 = 230\n": '2019 = { value = 230, source = "\\u3000统计月报\\u3000" }\n',
    'entity = "测试镇"': 'entity = " 测试镇 "',
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_spaces_around_names_and_notes_survive_export_and_import(jc: Any, sample: Path, tmp_path: Path, suffix: str) -> None:
    text = SAMPLE
    for old, new in SPACED.items():
        text = text.replace(old, new, 1)
    sample.write_text(text, encoding="utf-8")
    loaded = store.load(sample)
    sales = loaded.indicators["sales"]
    assert (sales.name, sales.name_en, loaded.entity) == ("  工业开票销售 ", " Sales  ", " 测试镇 ")
    assert sales.targets[2019].source == "\u3000统计月报\u3000"
    result, fresh = round_trip(jc, sample, tmp_path, suffix)
    assert result.exit_code == 0, result.output
    assert without_revisions(fresh) == without_revisions(sample)


@pytest.mark.parametrize(
    "figure", ["12345678901234567.123", "99999999999999999999.999999999999999", "0.123456789012345", "-0.000000000000001"]
)
def test_a_figure_excel_cannot_hold_leaves_the_xlsx_export_exactly(jc: Any, sample: Path, tmp_path: Path, figure: str) -> None:
    """Excel keeps 15 significant digits: a longer figure is written as text, so the import gives it back."""
    sample.write_text(
        SAMPLE.replace("2019-06 = 120\n", f"2019-06 = {figure}\n").replace('unit = "亿元"', 'unit = "亿元"\nallow_negative = true', 1)
    )
    result, fresh = round_trip(jc, sample, tmp_path, ".xlsx")
    assert result.exit_code == 0, result.output
    assert without_revisions(fresh) == without_revisions(sample)


def test_excel_number_is_a_number_up_to_15_digits_and_text_beyond() -> None:
    from decimal import Decimal

    from jctrack.tabular import excel_number

    assert excel_number(Decimal("123456789012345")) == 123456789012345
    assert excel_number(Decimal("0.123456789012345")) == 0.123456789012345
    assert excel_number(Decimal("1.50")) == 1.5
    assert excel_number(Decimal("1234567890123456")) == "1234567890123456"
    assert excel_number(Decimal("1E+20")) == 10**20  # one significant digit: a double holds it exactly


def test_a_spreadsheet_float_reads_as_the_decimal_people_wrote() -> None:
    from jctrack.decimals import float_text

    assert [float_text(v) for v in (-1e-15, 0.1, 1e19, 0.1 + 0.2, 12.5)] == [
        "-0.000000000000001",
        "0.1",
        "10000000000000000000",
        "0.3",
        "12.5",
    ]


# --- 14. no CSV cell is a formula, and every one imports exactly ---------------------------------------

FORMULAS = ['=HYPERLINK("http://x.example/","点我")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-1+1", "'=already guarded", "''", "-"]


def formula_file(path: Path, formula: str) -> None:
    """The sample with `formula` as entity, name, English name, an alias, a note and a source, and negative values."""
    text = SAMPLE.replace('entity = "测试镇"', f"entity = {toml_string(formula)}")
    text = text.replace(
        'name = "工业开票销售"\nunit = "亿元"\naliases = ["开票"]',
        f'name = {toml_string(formula)}\nname_en = {toml_string(formula + "en")}\nunit = "亿元"\n'
        f'aliases = ["开票", {toml_string(formula + "别名")}]\nallow_negative = true',
    )
    note = toml_string(formula)
    text = text.replace("2019-06 = 120\n", f"2019-06 = {{ value = -5, note = {note}, source = {note}, stated_growth = -0.3 }}\n")
    path.write_text(text, encoding="utf-8")


def cells_of(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")) for cell in row]


@pytest.mark.parametrize("formula", FORMULAS)
def test_no_exported_cell_is_a_formula_and_the_export_imports_exactly(jc: Any, sample: Path, tmp_path: Path, formula: str) -> None:
    formula_file(sample, formula)
    exported = jc("export", lang="en").stdout
    cells = cells_of(exported)
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS) and cell not in ("-5", "-0.3")]
    assert "-5" in cells and "-0.3" in cells  # a negative number stays a number
    result, fresh = round_trip(jc, sample, tmp_path, ".csv")
    assert result.exit_code == 0, result.output
    assert without_revisions(fresh) == without_revisions(sample)


@pytest.mark.parametrize("formula", FORMULAS[:4])
def test_status_and_report_csv_of_a_file_carry_no_formula(jc: Any, sample: Path, formula: str) -> None:
    formula_file(sample, formula)
    for command in (["status", "--format", "csv"], ["report", "--format", "csv"], ["history", "sales", "--format", "csv"]):
        result = jc(*command, lang="en")
        assert result.exit_code == 0, result.output
        risky = [c for c in cells_of(result.stdout) if c.startswith(FORMULA_STARTS) and c.lstrip("+-").replace(".", "").isdigit() is False]
        assert risky == [], (command, risky)


# --- 17. a table that cannot be read is one line naming where --------------------------------------------


def test_a_cell_over_the_csv_limit_is_one_error_with_its_line(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text('indicator,period,value,note\nsales,2019-07,130,ok\nsales,2019-08,140,"' + "注" * 140_000 + '"\n', encoding="utf-8")
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    one_line_error(result, "in.csv line 3: a cell is longer than 131,072 characters")
    assert result.stderr.count("\n") == 1 and sample.read_bytes() == before


def test_an_old_export_with_a_carriage_return_in_a_name_is_refused_by_line(jc: Any, sample: Path, tmp_path: Path) -> None:
    # What an export wrote before names were checked: the carriage return unquoted, in the middle of a line.
    source = tmp_path / "old.csv"
    source.write_text(
        "id,name,name_en,unit,kind,direction,aliases,allow_negative\nodd,ab\rcd,,亿元,flow,up,,\n\n"
        "indicator,period,type,value,unit,note,source,stated_growth,base,stated_status\nodd,2019,actual,5,亿元,,,,,\n",
        encoding="utf-8",
    )
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    one_line_error(result, "line 3:", "import refused")
    assert all(line.startswith(("line ", "error: ")) for line in result.stderr.splitlines())
    assert sample.read_bytes() == before


def test_a_note_with_a_line_break_or_a_nul_in_a_csv_is_refused_by_line(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text('indicator,period,value,note\nsales,2019-07,130,"a\nb"\nsales,2019-08,140,x\x00y\n', encoding="utf-8")
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    one_line_error(result, "line 2: note of sales 2019-07 contains the control character U+000A", "line 4: note of sales 2019-08")
    assert sample.read_bytes() == before


def test_an_xlsx_value_of_1_5e400_is_refused_by_its_row(jc: Any, sample: Path, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    source = tmp_path / "in.xlsx"
    source.write_bytes(patched_xlsx([["indicator", "period", "value"], ["sales", "2019-07", 12345]], "<v>12345</v>", "<v>1.5e400</v>"))
    before = sample.read_bytes()
    one_line_error(jc("import", str(source), lang="en"), "Sheet row 2: value 'inf' is not a number")
    assert sample.read_bytes() == before


@pytest.mark.parametrize(("written", "shown"), [("1.5e400", "inf"), ("1.5e300", "1.5e+300")])
def test_a_wide_table_value_beyond_any_figure_is_refused_by_its_row(tmp_path: Path, written: str, shown: str) -> None:
    pytest.importorskip("openpyxl")
    rows: list[list[object]] = [
        ["2019年6月全镇工业主要指标"],
        ["指标名称", "计量单位", "本月", "1-6月累计", "去年同期", "增长%"],
        ["1.工业开票销售", "亿元", 21.3, 12345, 100.2, 20.3],
    ]
    source = tmp_path / "wide.xlsx"
    source.write_bytes(patched_xlsx(rows, "<v>12345</v>", f"<v>{written}</v>"))
    data = store.load(Path(__file__).parent / "fixtures" / "intake" / "targets.toml")
    with pytest.raises(JctrackError) as refused:
        wide.import_path(data, source)
    lines = [note.line(Lang.EN) for note in getattr(refused.value, "notes", [])]
    assert any(f"'{shown}' is not a number" in line for line in lines), lines


def test_a_wide_table_rate_beyond_any_figure_is_refused_by_its_row(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    rows: list[list[object]] = [
        ["2019年6月全镇工业主要指标"],
        ["指标名称", "计量单位", "本月", "1-6月累计", "去年同期", "增长%"],
        ["1.工业开票销售", "亿元", 21.3, 120.5, 100.2, 12345],
    ]
    source = tmp_path / "wide.xlsx"
    source.write_bytes(patched_xlsx(rows, "<v>12345</v>", "<v>1.5e300</v>", percent_cell="F3"))
    data = store.load(Path(__file__).parent / "fixtures" / "intake" / "targets.toml")
    with pytest.raises(JctrackError) as refused:  # was decimal.InvalidOperation from the percentage's normalizing
        wide.import_path(data, source)
    assert any("is not a number" in note.line(Lang.EN) for note in getattr(refused.value, "notes", []))


def test_normalize_leaves_what_no_figure_can_be_for_the_bounds_to_refuse() -> None:
    from decimal import Decimal

    from jctrack.decimals import normalize

    for value in (Decimal("1.5E+300"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("1E+80")):
        assert normalize(value) == value
    assert str(normalize(Decimal("0.4800"))) == "0.48" and str(normalize(Decimal("1E+2"))) == "100"


def test_a_conversion_beyond_the_working_precision_is_one_error(monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    from decimal import InvalidOperation

    from jctrack import units
    from jctrack.errors import InputError

    def overflow(*args: object) -> None:
        raise InvalidOperation

    monkeypatch.setattr(units, "convert", overflow)
    with pytest.raises(InputError, match="has more than 20 digits before the decimal point"):
        units.parse_quantity("4800万元", "亿元")


def patched_xlsx(rows: list[list[object]], old: str, new: str, percent_cell: str | None = None) -> bytes:
    """A workbook whose cell XML says what no spreadsheet program would write (a number beyond a double)."""
    import zipfile

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    if percent_cell is not None:
        book.active[percent_cell].number_format = "0.0%"
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            target.writestr(item, data)
    return out.getvalue()


# --- a workbook's size is bounded before and while it is read ------------------------------------------

WIDE_ROWS: list[list[object]] = [["2019年1-7月主要经济指标"], ["指标", "1-7月累计", "去年同期"], ["工业开票销售", 130, 110]]
LONG_ROWS: list[list[object]] = [["indicator", "period", "value"], ["sales", "2019-07", 130]]


def xlsx_with_stray_cell(rows: list[list[object]]) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.active["XFD1048576"] = "x"  # one stray cell at the sheet's far corner
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("rows", [WIDE_ROWS, LONG_ROWS], ids=["bureau-table", "long-form"])
def test_a_stray_cell_at_the_far_corner_is_refused_naming_the_sheet(
    jc: Any, sample: Path, tmp_path: Path, rows: list[list[object]]
) -> None:
    source = tmp_path / "in.xlsx"
    source.write_bytes(xlsx_with_stray_cell(rows))
    before = sample.read_bytes()
    result = jc("import", str(source), "--period", "2019-07", lang="en")
    assert result.exit_code == 1
    assert "sheet 'Sheet' of" in result.stderr and "(it reaches 1,048,576 × 16,384)" in result.stderr
    assert "delete the stray cells outside the table" in result.stderr
    assert sample.read_bytes() == before


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused_before_it_is_read(
    jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.xlsx"
    source.write_bytes(patched_xlsx(WIDE_ROWS, "<v>130</v>", "<v>130</v>"))
    monkeypatch.setattr(tabular, "BUREAU_TABLE_LIMITS", (0, 1_000_000))
    monkeypatch.setattr(tabular, "LONG_FORM_LIMITS", (0, 1_000_000))
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 1
    assert "unpacks to 0 MB, more than the 0 MB an import reads" in result.stderr
    assert sample.read_bytes() == before


def test_a_sheet_that_declares_no_size_is_counted_as_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    """A streamed sheet without its <dimension> is bounded by the cells actually read."""
    source = tmp_path / "in.xlsx"
    rows = [*LONG_ROWS, *[["sales", f"2019-{m:02d}", 130 + m] for m in range(8, 13)]]
    source.write_bytes(patched_xlsx(rows, '<dimension ref="A1:C7"/>', ""))
    monkeypatch.setattr(tabular, "LONG_FORM_LIMITS", (1024, 12))
    with pytest.raises(JctrackError, match=r"more than the 12 cells an import reads \(it reaches 5 × 3\)"):
        tabular.read_xlsx(source)
    monkeypatch.setattr(tabular, "LONG_FORM_LIMITS", (1024, 21))
    assert len(tabular.read_xlsx(source).values) == 6


def test_a_pipe_to_import_is_refused_without_blocking(sample: Path, tmp_path: Path) -> None:
    for name in ("in.csv", "in.xlsx"):
        fifo = tmp_path / name
        os.mkfifo(fifo)
        result = subprocess.run(
            [sys.executable, "-m", "jctrack", "--file", str(sample), "import", str(fifo)],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=30,
            check=False,
        )
        assert result.returncode == 1 and "is a named pipe, not a regular file" in result.stderr, result.stderr


def test_a_table_over_the_size_limit_is_refused_before_reading(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "huge.csv"
    with source.open("wb") as handle:
        handle.truncate(store.MAX_FILE_BYTES + 1)
    one_line_error(jc("import", str(source), lang="en"), "over the limit of 200 MB")


def test_a_pipe_as_a_bureau_table_is_refused_without_blocking(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom jctrack import store, wide\nfrom jctrack.errors import JctrackError\n"
        "data = store.parse(sys.argv[2])\n"
        "try:\n    wide.import_path(data, Path(sys.argv[1]))\nexcept JctrackError as exc:\n    print(exc.key)\n"
    )
    for name in ("wide.csv", "wide.xlsx"):
        fifo = tmp_path / name
        os.mkfifo(fifo)
        read = subprocess.run([sys.executable, "-c", code, str(fifo), SAMPLE], capture_output=True, text=True, env=ENV, timeout=30)
        assert read.returncode == 0 and read.stdout.strip() == "msg.not_regular", (read.stdout, read.stderr[-300:])
