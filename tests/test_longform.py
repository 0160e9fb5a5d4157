"""`export` and `import`: the long form, byte-identical round trips, and all-or-nothing validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import SHIPPED


def test_export_csv_sections(jc: Any, shipped: Path) -> None:
    result = jc("export", lang="en")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:7] == [
        "setting,value",
        "entity,金城镇(金科园)",
        "rounding,half-up",
        "schedule,calendar",
        "warning_amber,0",
        "warning_red,-5",
        "trend_threshold,0.1",
    ]
    assert lines[7] == "" and lines[8] == (
        "id,name,name_en,unit,kind,direction,aliases,allow_negative,growth,frequency,schedule,warning_amber,warning_red,owner,contributors,part_of"
    )
    assert "indicator,period,type,value,unit,note,source,stated_growth,base,stated_status" in lines
    assert "industrial_sales,2019,target,230,亿元,,金城镇2019年工作思路(经济发展主要预期目标),14.4,," in lines


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_empty_file_is_byte_identical(jc: Any, tmp_path: Path, suffix: str) -> None:
    exported = tmp_path / f"all{suffix}"
    assert jc("export", "-o", str(exported), file=SHIPPED, lang="en").exit_code == 0
    fresh = tmp_path / "fresh.toml"
    assert jc("init", "--entity", "金城镇(金科园)", file=fresh, lang="en").exit_code == 0
    result = jc("import", str(exported), file=fresh, lang="en")
    assert result.exit_code == 0, result.output
    assert without_revisions(fresh) == SHIPPED.read_text(encoding="utf-8")
    again = jc("import", str(exported), file=fresh, lang="en")
    assert again.exit_code == 0 and "0 added, 0 replaced" in again.stderr


EVERY_FIELD = """\
schema_version = 1
entity = "测试镇"
rounding = "half-even"
compiled_by = "测试镇经济发展办公室"
schedule = "last-year"
warning_amber = -1
warning_red = -8

[indicators.revenue]
name = "一般公共预算收入"
unit = "亿元"
owner = "财政所"

[indicators.revenue.actuals]
2019-06 = 2.2

[indicators.tax]
name = "税收收入"
unit = "亿元"
aliases = ["税收", "税收总额"]
growth = "stated"
frequency = "quarterly"
schedule = "calendar"
owner = "财政所"
contributors = ["税务分局", "经发局"]
part_of = "revenue"
warning_amber = -2
warning_red = -6.5

[indicators.tax.actuals]
2019-06 = { value = 1.8, stated_growth = 9.5 }
"""


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_field_and_setting_travels_through_export_and_import(jc: Any, tmp_path: Path, suffix: str, lang: str) -> None:
    from jctrack import store

    original = tmp_path / "original.toml"
    original.write_text(store.dumps(store.parse(EVERY_FIELD)), encoding="utf-8")
    exported = tmp_path / f"all{suffix}"
    assert jc("export", "-o", str(exported), "--lang", lang, file=original, lang="en").exit_code == 0
    fresh = tmp_path / "fresh.toml"
    assert jc("init", file=fresh, lang="en").exit_code == 0
    result = jc("import", str(exported), file=fresh, lang="en")
    assert result.exit_code == 0, result.output
    assert without_revisions(fresh) == original.read_text(encoding="utf-8")


def test_an_import_with_other_settings_is_refused_naming_both(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("setting,value\nwarning_red,-8\n\nindicator,period,value\nsales,2019-07,130\n", encoding="utf-8")
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 1 and "warning_red is '-8' but the data file's is '-5'" in result.stderr
    assert sample.read_bytes() == before


def without_revisions(path: Path) -> str:
    """The data file's text apart from its revisions (history, not data: an import records what it added)."""
    from jctrack import store

    data = store.load(path)
    data.revisions = []
    return store.dumps(data)


def test_csv_export_to_file_has_bom_for_excel(jc: Any, shipped: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    jc("export", "-o", str(out), lang="en")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def values_csv(*rows: str) -> str:
    return "indicator,period,type,value,unit,note,source,stated_growth,base\n" + "\n".join(rows) + "\n"


def test_import_with_a_bad_row_in_the_middle_changes_nothing(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        values_csv(
            "sales,2019-07,actual,130,亿元,,,,",
            "sales,2019-13,actual,140,亿元,,,,",
            "nosuch,2019-08,actual,150,亿元,,,,",
            "sales,2019-09,actual,5,家,,,,",
            "sales,2019-10,actual,160,亿元,,,,",
        ),
        encoding="utf-8",
    )
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 1
    assert "line 3: month 13 in '2019-13' is outside 1–12" in result.stderr
    assert "line 4: unknown indicator 'nosuch'" in result.stderr
    assert "line 5: cannot convert 家 into 亿元" in result.stderr
    assert "error: import refused: 3 bad row(s), nothing was imported; the data file is unchanged" in result.stderr
    assert sample.read_bytes() == before


def test_import_units_dry_run_and_replace(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(values_csv("开票,2019-07,actual,1250000万元,,,统计月报,,", "sales,2019-06,actual,125,亿元,,,,"), encoding="utf-8")
    before = sample.read_bytes()
    refused = jc("import", str(source), lang="en")
    assert refused.exit_code == 1 and "already 120" in refused.stderr
    dry = jc("import", str(source), "--dry-run", "--replace", lang="en")
    assert dry.exit_code == 0
    assert "would add 工业开票销售 2019-07 actual = 125 亿元" in dry.stdout
    assert "would replace 工业开票销售 2019-06 actual: 120 → 125 亿元" in dry.stdout
    assert sample.read_bytes() == before
    done = jc("import", str(source), "--replace", lang="en")
    assert done.exit_code == 0, done.output
    text = sample.read_text(encoding="utf-8")
    assert "value = 125" in text and "2019-06 = 125" in text and "old = 120" in text


def test_import_gb18030_csv_with_unit_column(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "gbk.csv"
    source.write_bytes(values_csv("工业开票销售,2019-08,actual,1500000,万元,全口径,,,").encode("gb18030"))
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 0, result.output
    assert "value = 150" in sample.read_text(encoding="utf-8")


def test_import_new_indicator_definitions(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "defs.csv"
    source.write_text("id,name,unit,kind\nland,平整土地面积,亩,flow\n\n" + values_csv("land,2019,actual,296.32,亩,,,,"), encoding="utf-8")
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 0, result.output
    assert "added indicator land (平整土地面积, 亩)" in result.stdout
    assert "[indicators.land]" in sample.read_text(encoding="utf-8")


def test_import_bad_definition_refuses_all(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "defs.csv"
    source.write_text("id,name,unit,kind\nland,平整土地面积,亩,stock\n\n" + values_csv("sales,2019-07,actual,1,,,,,"), encoding="utf-8")
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 1
    assert "line 2: kind is 'stock'; use one of flow, count, ratio, level" in result.stderr
    assert sample.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("none.csv", None, "does not exist"),
        ("x.pdf", b"%PDF", "import reads .xlsx, .csv, .tsv or .txt files"),
        ("empty.csv", b"", "no rows to import"),
        ("noheader.csv", b"sales,2019-07,actual,1\n", "no header row found"),
        ("broken.xlsx", b"not a zip", "not a readable .xlsx"),
    ],
)
def test_import_unreadable_files(jc: Any, sample: Path, tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    source = tmp_path / name
    if content is not None:
        source.write_bytes(content)
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 1
    assert message in result.stderr
    assert sample.read_bytes() == before


def test_xlsx_keeps_text_that_looks_like_a_formula(jc: Any, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    jc("init", lang="en")
    jc("add-indicator", "odd", "--name", '=HYPERLINK("http://example.invalid")', "--unit", "亿元", lang="en")
    jc("add-actual", "odd", "2019", "5", "--note", "=1+1", lang="en")
    exported = tmp_path / "x.xlsx"
    assert jc("export", "-o", str(exported), lang="en").exit_code == 0
    book = openpyxl.load_workbook(exported)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    report = tmp_path / "r.xlsx"
    assert jc("report", "-o", str(report), lang="en").exit_code == 0
    assert all(c.data_type != "f" for sheet in openpyxl.load_workbook(report).worksheets for row in sheet.iter_rows() for c in row)
    fresh = tmp_path / "fresh.toml"
    jc("init", file=fresh, lang="en")
    assert jc("import", str(exported), file=fresh, lang="en").exit_code == 0
    assert without_revisions(fresh) == without_revisions(tmp_path / "targets.toml")


def test_import_of_a_directory_is_an_error_not_a_traceback(jc: Any, sample: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data.csv"
    folder.mkdir()
    before = sample.read_bytes()
    result = jc("import", str(folder), lang="en")
    assert result.exit_code == 1 and "cannot read" in result.stderr and "Is a directory" in result.stderr
    assert sample.read_bytes() == before
