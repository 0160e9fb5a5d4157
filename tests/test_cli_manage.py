"""The commands that manage what is stored, bring a bureau's table in, and look at a district, end to end."""

from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jctrack import store
from jctrack.cli import app
from jctrack.model import Period

from .conftest import REPO

FIXTURES = REPO / "tests" / "fixtures"


def test_indicators_lists_every_indicator(jc: Any, shipped: Path) -> None:
    result = jc("indicators", "--format", "json", file=shipped)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["id"] == "industrial_sales" and rows[0]["latest"] == "2018"
    table = jc("indicators", file=shipped).stdout
    assert "工业开票销售" in table and "工业开票销售收入" in table


OWNED = """\
schema_version = 1
entity = "测试镇"
rounding = "half-up"

[indicators.revenue]
name = "一般公共预算收入"
unit = "亿元"
owner = "财政所"
contributors = ["税务分局", "经发办"]
frequency = "quarterly"

[indicators.tax]
name = "税收收入"
unit = "亿元"
owner = "财政所"
part_of = "revenue"
schedule = "last-year"

[indicators.firms]
name = "新增企业"
unit = "家"
kind = "count"
"""


def test_indicators_show_owner_contributors_part_of_frequency_and_schedule(jc: Any, tmp_path: Path) -> None:
    owned = tmp_path / "owned.toml"
    owned.write_text(OWNED, encoding="utf-8")
    rows = json.loads(jc("indicators", "--format", "json", file=owned).stdout)
    assert [(r["owner"], r["contributors"], r["part_of"], r["frequency"], r["schedule"]) for r in rows] == [
        ("财政所", ["税务分局", "经发办"], None, "quarterly", None),
        ("财政所", [], "revenue", "monthly", "last-year"),
        (None, [], None, "monthly", None),
    ]
    csv_rows = list(csv.DictReader(io.StringIO(jc("indicators", "--format", "csv", file=owned).stdout)))
    assert (csv_rows[0]["owner"], csv_rows[0]["contributors"], csv_rows[1]["part_of"]) == ("财政所", "税务分局;经发办", "revenue")
    table = jc("indicators", "--format", "markdown", file=owned).stdout
    assert "| 牵头单位 | 配合单位 | 所属总量 | 报送频率 | 序时进度口径 |" in table
    assert "| 财政所 | 税务分局、经发办 |  | 季报 |  |" in table and "| revenue | 月报 | 按上年同期进度 |" in table
    plain = jc("indicators", "--format", "markdown", file=FIXTURES / "intake" / "targets.toml").stdout
    assert "牵头单位" not in plain and "报送频率" not in plain  # no indicator has them: no empty columns


def without_revisions(path: Path) -> str:
    data = store.load(path)
    data.revisions = []
    return store.dumps(data)


def test_rename_remove_and_undo_leave_the_file_as_it_was(jc: Any, sample: Path) -> None:
    before = without_revisions(sample)
    assert jc("rename", "sales", "--name", "工业开票销售额", "--id", "invoiced_sales").exit_code == 0
    text = sample.read_text(encoding="utf-8")
    assert "[indicators.invoiced_sales]" in text and '"工业开票销售"' in text  # the old name stays an alias
    assert jc("remove-value", "invoiced_sales", "2019-06").exit_code == 0
    assert "2019-06 = 120" not in sample.read_text(encoding="utf-8")
    refused = jc("remove-indicator", "firms")
    assert refused.exit_code == 1 and "--with-values" in refused.stderr
    history = json.loads(jc("revisions", "--format", "json").stdout)
    assert [row["action"] for row in history][-2:] == ["rename", "remove"]
    assert jc("undo").exit_code == 0
    assert "2019-06 = 120" in sample.read_text(encoding="utf-8")
    assert jc("undo").exit_code == 0
    assert without_revisions(sample) == before


def test_add_indicator_is_recorded_and_undone(jc: Any, sample: Path) -> None:
    assert jc("add-indicator", "tax", "--name", "税收收入", "--unit", "万元").exit_code == 0
    assert jc("undo").exit_code == 0
    assert "[indicators.tax]" not in sample.read_text(encoding="utf-8")


def test_a_bureau_table_goes_in_with_one_command_and_dry_run_writes_nothing(jc: Any, tmp_path: Path) -> None:
    data = tmp_path / "targets.toml"
    shutil.copyfile(FIXTURES / "intake" / "targets.toml", data)
    bureau = next((FIXTURES / "intake").glob("*.csv"))
    before = data.read_bytes()
    dry = jc("import", str(bureau), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert data.read_bytes() == before
    assert "试运行" in dry.stderr
    done = jc("import", str(bureau))
    assert done.exit_code == 0, done.output
    assert data.read_bytes() != before


def test_pasted_text_is_read_from_stdin(jc: Any, tmp_path: Path) -> None:
    data = tmp_path / "targets.toml"
    shutil.copyfile(FIXTURES / "intake" / "targets.toml", data)
    pasted = (FIXTURES / "intake" / "pasted.tsv").read_text(encoding="utf-8")
    result = jc("import", "-", "--year", "2019", input=pasted)
    assert result.exit_code == 0, result.output
    assert "2019-06 = 120.5" in data.read_text(encoding="utf-8") or "value = 120.5" in data.read_text(encoding="utf-8")


def test_export_in_chinese_headers_imports_back(jc: Any, tmp_path: Path, shipped: Path) -> None:
    exported = tmp_path / "out.csv"
    assert jc("export", "--lang", "zh", "-o", str(exported), file=shipped).exit_code == 0
    assert exported.read_text(encoding="utf-8-sig").startswith("设置,设置值\n")
    assert "\n\n代码,名称," in exported.read_text(encoding="utf-8-sig")
    fresh = tmp_path / "fresh.toml"
    jc("init", "--entity", "金城镇(金科园)", file=fresh)
    assert jc("import", str(exported), file=fresh).exit_code == 0
    assert without_revisions(fresh) == shipped.read_text(encoding="utf-8")


DISTRICT = FIXTURES / "district" / "three"


def test_district_status_by_indicator_and_matrix(jc: Any) -> None:
    one = jc("district", "status", str(DISTRICT), "--indicator", "industrial_sales", "--period", "2019-06", "--format", "json")
    assert one.exit_code == 0, one.output
    document = json.loads(one.stdout)
    assert [row["rank"] for row in document["towns"]] == [1, 1, 3]
    assert document["total"]["actual"] == 222
    matrix = jc("district", "status", str(DISTRICT), "--period", "2019-06")
    assert "全区合计" in matrix.stdout and "不适用" in matrix.stdout


def test_district_folder_from_the_file_option(jc: Any) -> None:
    result = jc("district", "status", "--format", "json", file=DISTRICT)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["district"] == "金城区"


def test_district_check_exits_1_and_report_reads(jc: Any) -> None:
    check = jc("district", "check", str(DISTRICT))
    assert check.exit_code == 1 and "相差-20亿元" in check.stdout
    report = jc("district", "report", str(DISTRICT), "--period", "2019-06")
    assert report.exit_code == 0, report.output
    assert report.stdout.startswith("金城区2019年1—6月经济运行情况")
    document = json.loads(jc("district", "report", str(DISTRICT), "--format", "json").stdout)
    assert document["narrative"]


@pytest.mark.parametrize(
    "arguments",
    [("--indicator", "industrial_sales", "--period", "2025-06"), ("--period", "2025-06"), ("--indicator", "new_firms", "--year", "2016")],
)
def test_district_status_of_a_period_without_figures_is_the_status_error(jc: Any, sample: Path, arguments: tuple[str, ...]) -> None:
    town = jc("status", "--period", "2025-06")
    district = jc("district", "status", str(DISTRICT), *arguments)
    assert (town.exit_code, district.exit_code) == (1, 1)
    assert district.stdout == "" and district.stderr.count("\n") == 1
    assert district.stderr.startswith("错误：") and "没有任何完成值或目标；请选有数据的期间" in district.stderr
    assert town.stderr.split("没有")[1] == district.stderr.split("没有")[1]  # the same sentence as a town's


def _document_text(path: Path) -> str:
    """The words a person reads in a report file, whatever its format."""
    if path.suffix == ".xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.load_workbook(path)
        return "\n".join(str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value)
    if path.suffix == ".docx":
        docx = pytest.importorskip("docx")
        return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".csv", ".json", ".xlsx", ".docx"])
def test_a_district_report_that_skipped_a_town_says_so_in_the_document(jc: Any, tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "district"
    shutil.copytree(DISTRICT, folder)
    (folder / "district.toml").unlink()  # every *.toml is a member, the damaged one too
    (folder / "dongshan.toml").write_text('schema_version = 1\nentity = "东山镇"\n[indicators.sales\n', encoding="utf-8")
    report = tmp_path / f"report{suffix}"
    result = jc("district", "report", str(folder), "--period", "2019-06", "--skip-bad", "--output", str(report))
    assert result.exit_code == 0, result.output
    text = "".join(_document_text(report).split())  # a line wrapped in the text form joins again
    assert "本报告未计入无法读取的文件dongshan.toml，全区合计不含其数据。" in text
    english = jc("district", "report", str(folder), "--period", "2019-06", "--skip-bad", "--format", "text", lang="en")
    assert "Left out of this report as unreadable: dongshan.toml; the district totals exclude them." in " ".join(english.stdout.split())


def test_district_of_no_towns_is_one_line(jc: Any, tmp_path: Path) -> None:
    result = jc("district", "status", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("错误：")


# --- the audit gate reads stdin as it reads a file, and never passes a text it could not read ----------

SEED = REPO / "seeds" / "jincheng-2018-work-report.txt"


def test_gb18030_on_stdin_is_audited_like_the_file(jc: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from jctrack.cli import app

    text = SEED.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["--file", str(tmp_path / "none.toml"), "audit", "-"], input=text.encode("gb18030"))
    from_file = CliRunner().invoke(app, ["--file", str(tmp_path / "none.toml"), "audit", str(SEED)])
    assert result.exit_code == from_file.exit_code == 0 and result.stdout == from_file.stdout
    assert "一致 2 个、舍入差异 1 个" in result.stderr


def test_a_big5_report_audits_as_its_simplified_text(jc: Any, tmp_path: Path) -> None:
    traditional = "金城鎮1-10月經濟運行情況：全鎮完成工業開票銷售200億元，同比增長12.5%，上年同期為177.8億元。" * 3
    simplified = "金城镇1-10月经济运行情况：全镇完成工业开票销售200亿元，同比增长12.5%，上年同期为177.8亿元。" * 3
    (tmp_path / "big5.txt").write_bytes(traditional.encode("big5"))
    (tmp_path / "utf8.txt").write_text(simplified, encoding="utf-8")
    big5, utf8 = jc("audit", str(tmp_path / "big5.txt")), jc("audit", str(tmp_path / "utf8.txt"))
    assert big5.exit_code == utf8.exit_code == 0 and big5.stdout == utf8.stdout and big5.stderr == utf8.stderr


def test_a_long_text_without_a_figure_exits_2(jc: Any, tmp_path: Path) -> None:
    prose = tmp_path / "prose.txt"
    prose.write_text("我镇坚持稳中求进工作总基调，扎实推进各项工作。" * 30, encoding="utf-8")
    result = jc("audit", str(prose))
    assert result.exit_code == 2 and "找不到一个数字" in result.stderr


def test_audit_period_option_sets_the_period_of_a_text_without_one(jc: Any, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("工业开票销售198亿元，同比增长10%。", encoding="utf-8")
    document = json.loads(jc("audit", str(draft), "--period", "2019-10", "--format", "json").stdout)
    assert document["findings"][0]["period"] == "2019-10"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8", "utf-8-sig"])
def test_a_paste_on_stdin_is_decoded_as_the_same_bytes_in_a_file(jc: Any, tmp_path: Path, encoding: str) -> None:
    pasted = (FIXTURES / "intake" / "pasted.tsv").read_text(encoding="utf-8").encode(encoding)
    as_file = tmp_path / "月报.tsv"
    as_file.write_bytes(pasted)
    stored: list[dict[Period, tuple[Decimal, Decimal | None, Decimal | None]]] = []
    for source, given in (("-", pasted), (str(as_file), None)):
        data = tmp_path / f"targets-{len(stored)}.toml"
        shutil.copyfile(FIXTURES / "intake" / "targets.toml", data)
        result = CliRunner().invoke(app, ["--file", str(data), "import", source, "--period", "2019-06"], input=given)
        assert result.exit_code == 0, result.output
        actuals = store.load(data).indicators["sales"].actuals
        stored.append({period: (entry.value, entry.stated_growth, entry.base) for period, entry in actuals.items()})
    assert stored[0] == stored[1] and stored[0][Period(2019, 6)] == (Decimal("120.5"), Decimal("20.3"), Decimal("100.2"))


def test_import_one_sheet_of_a_workbook(jc: Any, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = tmp_path / "targets.toml"
    shutil.copyfile(FIXTURES / "intake" / "targets.toml", data)
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["本表由统计站提供"])
    sheet = book.create_sheet("工业")
    for row in (["2019年1-6月"], ["指标名称", "累计", "去年同期"], ["工业开票销售", 120.5, 100.2]):
        sheet.append(row)
    path = tmp_path / "bureau.xlsx"
    book.save(path)
    missing = jc("import", str(path), "--sheet", "财政")
    assert missing.exit_code == 1 and "没有名为“财政”的工作表" in missing.stderr
    assert jc("import", str(path), "--sheet", "工业").exit_code == 0


def _two_sheets(path: Path, second_sales: float, second_firms: int) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "工业"
    for row in (["2019年1-6月工业"], ["指标名称", "1-6月累计", "去年同期"], ["工业开票销售", 121.0, 100.2], ["新增高新技术企业", 3, 2]):
        book.active.append(row)
    summary = book.create_sheet("汇总")
    for row in (["2019年1-6月主要指标"], ["指标", "累计"], ["工业开票销售收入", second_sales], ["新增高新技术企业", second_firms]):
        summary.append(row)
    book.save(path)
    return path


def test_a_duplicate_row_with_another_figure_refuses_the_import(jc: Any, tmp_path: Path) -> None:
    data = tmp_path / "targets.toml"
    shutil.copyfile(FIXTURES / "intake" / "targets.toml", data)
    before = data.read_bytes()
    result = jc("import", str(_two_sheets(tmp_path / "bureau.xlsx", 120.5, 4)))
    assert result.exit_code == 1 and data.read_bytes() == before
    conflicts = [line for line in result.stderr.splitlines() if "重复而数值不同" in line]
    assert conflicts == [
        "汇总第3行: 工业开票销售与工业 3重复而数值不同（完成120.5，前者为121）；请删去错的一行后再导入",
        "汇总第4行: 新增高新技术企业与工业 4重复而数值不同（完成4，前者为3）；请删去错的一行后再导入",
    ]


def test_a_duplicate_row_with_the_same_figures_is_skipped(jc: Any, tmp_path: Path) -> None:
    data = tmp_path / "targets.toml"
    shutil.copyfile(FIXTURES / "intake" / "targets.toml", data)
    result = jc("import", str(_two_sheets(tmp_path / "bureau.xlsx", 121, 3)))
    assert result.exit_code == 0, result.output
    assert store.load(data).indicators["sales"].actuals[Period(2019, 6)].value == Decimal(121)
    assert result.stdout.count("跳过") == 2


def test_undoing_an_import_keeps_every_field_of_what_it_added_and_replaced(jc: Any, tmp_path: Path) -> None:
    data = tmp_path / "targets.toml"
    shutil.copyfile(FIXTURES / "intake" / "targets.toml", data)
    first = jc("import", str(FIXTURES / "intake" / "industrial.csv"))
    assert first.exit_code == 0, first.output
    imported = store.load(data).indicators["sales"].actuals[Period(2019, 6)]
    assert (imported.source, imported.stated_growth, imported.base) == ("2019年6月全镇工业主要指标", Decimal("20.3"), Decimal("100.2"))
    revised = tmp_path / "revised.csv"
    revised.write_text("2019年1-6月工业（修订）\n指标名称,1-6月累计,增长%\n工业开票销售,121.6,21.4\n", encoding="utf-8")
    assert jc("import", str(revised), "--replace").exit_code == 0
    rows = json.loads(jc("revisions", "--format", "json").stdout)
    added = [row for row in rows if row["action"] == "add" and row["indicator"] == "sales"]
    assert added[0]["after"] == {"value": 120.5, "source": "2019年6月全镇工业主要指标", "stated_growth": 20.3, "base": 100.2}
    replaced = rows[-1]
    assert replaced["action"] == "replace" and replaced["before"] == added[0]["after"]
    assert replaced["after"] == {"value": 121.6, "source": "2019年1-6月工业（修订）", "stated_growth": 21.4, "base": 100.2}
    assert jc("undo").exit_code == 0  # the revision: the first import's figure comes back, every field of it
    assert store.load(data).indicators["sales"].actuals[Period(2019, 6)] == imported
    assert jc("undo").exit_code == 0  # the first import: what it added goes, and stays in the history
    assert Period(2019, 6) not in store.load(data).indicators["sales"].actuals
    undone = [row["before"] for row in json.loads(jc("revisions", "--format", "json").stdout) if row["action"] == "undo"]
    assert added[0]["after"] in undone


def test_edit_accepts_a_copy_saved_with_a_byte_order_mark(jc: Any, sample: Path, tmp_path: Path, monkeypatch: Any) -> None:
    script = tmp_path / "editor.sh"
    script.write_text(
        '#!/bin/sh\nprintf \'\\357\\273\\277\' > "$1.new"\nsed \'s/测试镇/新镇/\' "$1" >> "$1.new"\nmv "$1.new" "$1"\n', encoding="utf-8"
    )
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    result = jc("edit")
    assert result.exit_code == 0, result.output
    assert sample.read_text(encoding="utf-8").startswith("schema_version")
    assert "新镇" in sample.read_text(encoding="utf-8")
