"""`jctrack report` in every format, `history`, and the `--fail-on` alert codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from jctrack import store
from jctrack.render import Document, Format, Options, formats_of, renderer_for
from jctrack.report import build_report

from .conftest import GOLDEN, SHIPPED, matches_golden

LONG = Path(__file__).resolve().parent / "fixtures" / "long_name.toml"


@pytest.mark.parametrize("output_format", formats_of(Document.REPORT))
def test_every_report_format_renders_the_shipped_file(output_format: Format) -> None:
    out = io.BytesIO()
    renderer_for(Document.REPORT, output_format)(build_report(store.load(SHIPPED)), out, Options())
    content = out.getvalue()
    assert content.startswith(b"PK") if output_format.binary else "工业开票销售" in content.decode("utf-8")


TODAY = "2019-07-10"  # 编制日期 in every golden report


@pytest.mark.parametrize(
    ("fmt", "lang"), [("text", "zh"), ("text", "en"), ("markdown", "zh"), ("markdown", "en"), ("html", "zh"), ("html", "en"), ("csv", "zh")]
)
def test_report_golden(jc: Any, shipped: Path, fmt: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", TODAY)
    result = jc("report", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    suffix = {"text": "txt", "markdown": "md", "html": "html", "csv": "csv"}[fmt]
    matches_golden(f"report_2018_{lang}.{suffix}", result.stdout)


@pytest.mark.parametrize(("fmt", "suffix"), [("text", "txt"), ("markdown", "md"), ("html", "html")])
def test_month_report_golden(jc: Any, fmt: str, suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A half year with every column: targets, bases, a share, a count, a ceiling, a note, a missing figure."""
    monkeypatch.setenv("JCTRACK_TODAY", TODAY)
    result = jc("report", "--period", "2019-06", "--format", fmt, file=LONG)
    assert result.exit_code == 0, result.output
    matches_golden(f"report_2019_06.{suffix}", result.stdout)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_report_fits_80_columns(jc: Any, sample: Path, lang: str) -> None:
    jc("add-indicator", "long", "--name", "一个名字非常非常非常非常非常非常长的指标", "--unit", "万元")
    jc("add-actual", "long", "2019-06", "123456789.123")
    result = jc("report", "--lang", lang)
    assert result.exit_code == 0, result.output
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80
    assert "\x1b[" not in result.stdout


def test_markdown_report(jc: Any, sample: Path) -> None:
    result = jc("report", "--format", "markdown")
    text = result.stdout
    assert text.startswith("# 测试镇2019年1—6月经济运行情况\n")
    assert "1-6月，完成工业开票销售120亿元，同比增长26.3%" in text
    assert "| 序号 | 指标 | 单位 | 年度目标 | 目标增幅% | 1-6月累计 | 上年同期 |" in text
    assert "### 工业开票销售（亿元）" in text


def test_the_narrative_is_one_paragraph_in_the_offices_punctuation(jc: Any, sample: Path) -> None:
    text = jc("report").stdout
    summary = next(section for section in text.split("\n\n") if section.startswith("一、总体情况"))
    paragraph = "".join(line.strip() for line in summary.splitlines()[1:])
    assert paragraph.count("1-6月") == 1 and paragraph.endswith("。") and paragraph.count("。") == 1
    assert "；支柱产业占比91.9%，比上年同期提高1.4个百分点" in paragraph
    assert "," not in paragraph and ";" not in paragraph


class LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []
        self.tags: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.svgs += tag == "svg"
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "action", "data") and value:
                self.references.append(value)


def test_html_is_self_contained_escaped_and_has_a_chart_each(jc: Any, sample: Path, tmp_path: Path) -> None:
    jc("add-indicator", "evil", "--name", "<script>alert(1)</script>", "--unit", "亿元")
    jc("set-target", "evil", "2019", "10")
    jc("add-actual", "evil", "2019-06", "4", "--note", "<img src=x>")
    out = tmp_path / "r.html"
    result = jc("report", "--output", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    parser = LinkCollector()
    parser.feed(html)
    assert not [ref for ref in parser.references if ref.startswith(("http:", "https:", "//"))]
    assert "script" not in parser.tags and "img" not in parser.tags and "link" not in parser.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "url(" not in html and "@import" not in html
    # each chart twice, for a wide page and for a phone: the completion chart, and 1-6月 of 2018 and 2019 of
    # the two indicators that have both; a history of one bar is not drawn
    assert parser.svgs == 2 * (1 + 2)
    assert html.count('class="chart-wide"') == html.count('class="chart-narrow"') == 3
    assert "序时进度 50.0%" in html
    assert '<meta name="viewport"' in html and "@page { size: A4" in html
    assert "&lt;img src=x&gt;" in html  # a note, escaped, in the 备注 column


def test_xlsx_report_reads_back(jc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    monkeypatch.setenv("JCTRACK_TODAY", TODAY)
    out = tmp_path / "r.xlsx"
    result = jc("report", "--period", "2019-06", "--output", str(out), file=LONG)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["主要指标", "全年预测", "数据", "综述"]
    outlook = [[cell.value for cell in row] for row in book["全年预测"].iter_rows(min_row=3, max_row=4)]
    assert [value.replace("\n", "") for value in outlook[0][:5]] == ["序号", "指标", "单位", "还需完成", "后6个月月均需完成"]
    assert outlook[1][:5] == [1, "工业开票销售", "亿元", 110, 18.3]  # 230 − 120 left, over 6 months
    sheet = book["主要指标"]
    assert sheet["A1"].value == "金城镇2019年1—6月主要经济指标完成情况"
    assert "A1:M1" in [str(area) for area in sheet.merged_cells.ranges]
    assert sheet["A2"].value == "序时进度：50.0%"
    header = [cell.value for cell in sheet[3]]
    assert [value.replace("\n", "") for value in header] == [
        "序号",
        "指标",
        "单位",
        "年度目标",
        "目标增幅%",
        "1-6月累计",
        "上年同期",
        "同比±%",
        "完成年度目标%/占控制数%",
        "超/欠序时进度（百分点）",
        "状态",
        "预警等级",
        "备注",
    ]
    assert sheet["A3"].font.bold and sheet["A3"].fill.fgColor.rgb.endswith("DDE4EC") and sheet["A3"].border.left.style == "thin"
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=4, max_row=9)}
    sales = rows["工业开票销售"]
    assert [cell.value for cell in sales[:8]] == [1, "工业开票销售", "亿元", 230, pytest.approx(14.4), 120, 95, pytest.approx(26.3)]
    assert sales[8].value == pytest.approx(52.2) and sales[8].number_format == "0.0"
    assert sales[9].value == pytest.approx(2.2) and sales[9].number_format == "+0.0;-0.0;0.0"
    assert sales[10].value == "超序时" and sales[5].alignment.horizontal == "right"
    assert sales[11].value == "正常" and sales[11].font.color.rgb.endswith("1B7A3A")
    share = rows["支柱产业占比"]
    assert share[7].value == pytest.approx(1.4) and share[7].number_format.startswith('+0.0"个百分点"')
    assert rows["一般公共预算收入"][12].value == "全口径"
    assert rows["综合能耗"][8].value == pytest.approx(40.0)  # a ceiling's share used, under the header that names it
    # behind schedule or over a ceiling: a conditional format colours the row
    rules = [rule for area in sheet.conditional_formatting for rule in area.rules]
    assert len(rules) == 1 and "落后序时" in rules[0].formula[0] and "突破控制目标" in rules[0].formula[0]
    assert str(next(iter(sheet.conditional_formatting)).sqref) == "A4:M9"
    texts = [cell.value for cell in sheet["A"] if isinstance(cell.value, str)]
    assert "2019年1-6月：7项指标中6项已报送，未报送：工业实际投入" in texts
    assert "编制单位：金城镇经济发展办公室" in texts and "编制日期：2019年7月10日" in texts
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$1:$3" and sheet.freeze_panes == "C4"
    values = book["数据"]
    headers = ["指标", "期间", "类型", "数值", "单位", "所述增幅%", "可比基数", "所述完成情况", "备注", "来源", "代码"]
    assert [c.value for c in values[1]] == headers
    first = [c.value for c in values[2]]
    assert first[:6] == ["工业开票销售", "2019年", "目标", 230, "亿元", pytest.approx(14.4)] and first[-1] == "sales"
    assert all(not isinstance(c.value, str) for c in values["F"][1:] if c.value is not None)  # stated growth: numbers
    summary = book["综述"]
    assert summary["A1"].value == "金城镇2019年1—6月经济运行情况"
    texts = [row[0].value for row in summary.iter_rows(min_row=2)]
    assert texts[0] == "需重点关注" and summary["A2"].font.bold
    opening = texts.index("一、总体情况") + 1
    assert texts[opening].startswith("1-6月，完成工业开票销售120亿元") and summary.cell(row=opening + 2, column=1).alignment.wrap_text


def test_xlsx_marks_stated_figures_without_making_them_text(jc: Any, shipped: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "r.xlsx"
    assert jc("report", "--output", str(out)).exit_code == 0
    sheet = openpyxl.load_workbook(out)["主要指标"]
    sales = list(sheet[4])
    assert sales[1].value == "工业开票销售" and sales[4].value == pytest.approx(16.9) and sales[4].number_format == '0.0"*"'
    assert any(isinstance(cell.value, str) and cell.value.startswith("注：带*") for cell in sheet["A"])


def test_csv_and_json_reports_carry_the_narrative(jc: Any, sample: Path) -> None:
    document = json.loads(jc("report", "--format", "json").stdout)
    assert document["narrative"][0].startswith("1-6月，完成工业开票销售120亿元")
    assert document["rows"][0]["completion_pct"] == 52.2
    lines = jc("report", "--format", "csv").stdout.splitlines()
    assert lines[0] == "narrative"
    assert lines[lines.index("") + 1].startswith("period,id,name")


def test_format_from_suffix_and_unknown_suffix(jc: Any, sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    assert jc("report", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")
    bad = jc("report", "-o", str(tmp_path / "r.pdf"))
    assert bad.exit_code == 1 and "无法从" in bad.stderr and "判断格式" in bad.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_report_for_a_year_with_targets_only(jc: Any, shipped: Path) -> None:
    result = jc("report", "--year", "2019")
    paragraph = "".join(line.strip() for line in result.stdout.split("\n\n")[1].splitlines()[1:])
    assert paragraph == "2019年目标：工业开票销售230亿元，增长14.4%；工业实际投入50亿元，增长46.2%；一般公共预算收入4.7亿元，增长14.6%。"
    assert "金城镇(金科园)2019年主要经济指标目标" in result.stdout


def test_csv_report_written_to_a_file_starts_with_a_byte_order_mark(jc: Any, sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    assert jc("report", "-o", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfnarrative\n")
    assert not jc("report", "--format", "csv").stdout_bytes.startswith(b"\xef\xbb\xbf")  # a pipe gets none


def test_history(jc: Any, sample: Path) -> None:
    jc("add-actual", "sales", "2017", "180")
    result = jc("history", "开票")
    assert result.exit_code == 0, result.output
    assert "2017年" in result.stdout and "2018年" in result.stdout and "2019年1-6月" in result.stdout
    assert "█" in result.stdout
    document = json.loads(jc("history", "sales", "--from", "2018", "--format", "json").stdout)
    assert [row["period"] for row in document["rows"]] == ["2018", "2018-06", "2019-06"]  # like beside like
    assert document["rows"][0]["growth_pct"] == 11.7


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["status", "--fail-on", "behind"], 3),
        (["status", "--fail-on", "not-met"], 0),
        (["status", "--year", "2018", "--fail-on", "behind"], 0),
    ],
)
def test_fail_on_exit_codes(jc: Any, sample: Path, args: list[str], code: int) -> None:
    result = jc(*args)
    assert result.exit_code == code, result.output
    assert "工业开票销售" in result.stdout
    if code == 3:
        alert = "预警：2019年1-6月有2项指标落后序时进度或未完成目标：支柱产业占比（未达目标）、新增高新技术企业（落后序时）"
        assert alert in result.stderr


def test_fail_on_not_met(jc: Any, sample: Path) -> None:
    jc("set-target", "sales", "2018", "250")
    result = jc("status", "--year", "2018", "--fail-on", "not-met")
    assert result.exit_code == 3
    assert "工业开票销售（未完成）" in result.stderr


def test_report_under_cron_environment(shipped: Path, tmp_path: Path) -> None:
    jctrack = Path(sys.executable).parent / "jctrack"
    result = subprocess.run(
        ["env", "-i", "LANG=C", f"JCTRACK_TODAY={TODAY}", str(jctrack), "report", "--output", str(tmp_path / "r.html")],
        cwd=shipped.parent,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "工业开票销售" in (tmp_path / "r.html").read_text(encoding="utf-8")
    text = subprocess.run(
        ["env", "-i", "LANG=C", f"JCTRACK_TODAY={TODAY}", str(jctrack), "report"], cwd=shipped.parent, capture_output=True, timeout=60
    )
    assert text.stdout.decode("utf-8") == (GOLDEN / "report_2018_zh.txt").read_text(encoding="utf-8")


def test_missing_optional_dependency_names_the_extra(jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real_import = importlib.import_module

    def without(name: str, *args: Any) -> Any:
        if name in ("openpyxl", "docx"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args)

    monkeypatch.setattr(importlib, "import_module", without)
    for suffix, module in (("xlsx", "openpyxl"), ("docx", "docx")):
        result = jc("report", "--output", str(tmp_path / f"r.{suffix}"), lang="en")
        assert result.exit_code == 1
        assert f"{module} is not installed; it comes with the report extra: pip install 'jctrack[report]'" in result.stderr
        assert not (tmp_path / f"r.{suffix}").exists()


DISTRICT = Path(__file__).resolve().parent / "fixtures" / "district" / "three"


def test_district_report_html(jc: Any, tmp_path: Path) -> None:
    out = tmp_path / "d.html"
    result = jc("district", "report", str(DISTRICT), "-o", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    parser = LinkCollector()
    parser.feed(html)
    assert not [ref for ref in parser.references if ref.startswith(("http:", "https:", "//"))] and "script" not in parser.tags
    assert html.count('class="matrix"') == 1 and html.count('class="ranking"') >= 1
    assert parser.svgs >= 2 and html.count('class="chart-wide"') == html.count('class="chart-narrow"')
    assert "全区合计" in html and "编制日期" in html


def test_district_report_xlsx_and_csv(jc: Any, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "d.xlsx"
    assert jc("district", "report", str(DISTRICT), "-o", str(out)).exit_code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["各镇(街道)", "分指标", "综述"]
    matrix = book["各镇(街道)"]
    assert matrix["A1"].value.endswith("经济运行情况") and [c.value for c in matrix[3]][0] == "镇(街道)"
    towns = book["分指标"]
    numbers = [cell for row in towns.iter_rows() for cell in row if isinstance(cell.value, (int, float))]
    assert numbers and all(cell.number_format for cell in numbers)  # figures stored as numbers, shown as printed
    csv_out = tmp_path / "d.csv"
    assert jc("district", "report", str(DISTRICT), "-o", str(csv_out)).exit_code == 0
    text = csv_out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbfnarrative\n") and b"period,indicator,name,unit,town" in text


def test_xlsx_formats_show_a_figure_as_it_is_printed() -> None:
    from jctrack.render.office import Style
    from jctrack.render.xlsx import number_format
    from jctrack.words import Lang

    assert number_format(Style.AMOUNT, False, Lang.ZH, 2) == "0.00"  # 0.70 stays 0.70, not 0.7
    assert number_format(Style.AMOUNT, True, Lang.ZH, 0) == '0"*"'  # a stated 12 is 12*, not 12.0*
    assert number_format(Style.PERCENT, False, Lang.ZH, 0) == "0"  # a stated target growth of 8 is 8
    assert number_format(Style.SIGNED, False, Lang.ZH, 1) == "+0.0;-0.0;0.0"


def test_history_explains_its_stars(jc: Any, shipped: Path) -> None:
    for fmt in ("table", "markdown"):
        text = jc("history", "industrial_sales", "--format", fmt).stdout
        assert "16.9*" in text.replace("\\*", "*") and "带*的为来源所述数字" in text.replace("\\*", "*")


def test_a_cards_unit_is_never_broken_under_its_figure(jc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Printed four to an A4 line, 23890.75 万元 may put its unit under the figure, but whole (not 万/元)."""
    monkeypatch.setenv("JCTRACK_TODAY", "2019-07-10")
    out = tmp_path / "r.html"
    assert jc("report", "--period", "2019-06", "-o", str(out), file=LONG).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert '<div class="figure">23890.75<span class="unit">万元</span></div>' in html
    assert ".kpi .unit { font-size: .875rem; font-weight: 400; margin-left: .2em; white-space: nowrap; }" in html


def test_a_bars_own_pace_is_drawn_across_its_band() -> None:
    """With a seasonal schedule each bar is judged by its own 序时进度: a dashed tick across its band, wide and narrow."""
    from decimal import Decimal

    from jctrack.render.charts import Bar, Marker, hbars

    bars = [
        Bar("甲", Decimal("52.2"), "52.2%", "good", pace=Decimal("47.3")),
        Bar("乙", Decimal("46.8"), "46.8%", "bad", pace=Decimal("58.5")),
    ]
    svg = hbars(bars, [Marker(Decimal(100), "年度目标 100%", "target")], "t")
    tick = '<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" class="s-schedule" stroke-width="2" stroke-dasharray="5,3"/>'
    wide, narrow = svg.split('<svg class="chart-narrow"')
    assert tick.format(x="307.2", top="27.0", bottom="51.0") in wide and tick.format(x="374.1", top="57.0", bottom="81.0") in wide
    assert tick.format(x="135.1", top="39.0", bottom="59.0") in narrow and tick.format(x="166.6", top="78.0", bottom="98.0") in narrow


def test_a_seasonal_schedule_marks_each_bars_own_pace(jc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """schedule = "last-year": 工业开票销售 is measured against 47.3%, 一般公共预算收入 against 58.5%, so no one
    序时进度 line is drawn across every bar; each bar has its own mark, and the caption says so."""
    monkeypatch.setenv("JCTRACK_TODAY", "2019-07-10")
    seasonal = tmp_path / "seasonal.toml"
    seasonal.write_text(
        LONG.read_text(encoding="utf-8").replace('rounding = "half-up"\n', 'rounding = "half-up"\nschedule = "last-year"\n'), "utf-8"
    )
    out = tmp_path / "r.html"
    assert jc("report", "--period", "2019-06", "-o", str(out), file=seasonal).exit_code == 0
    html = out.read_text(encoding="utf-8")
    chart = html[html.index("<h3>完成年度目标进度</h3>") :]
    chart = chart[: chart.index("</figure>")]
    assert "序时进度 50.0%" not in chart and "各指标序时进度" in chart
    # five bars (工业开票销售, 规模以上…经费, 一般公共预算收入, 新增高新技术企业, 综合能耗), a tick each, wide and narrow
    assert chart.count('class="s-schedule" stroke-width="2" stroke-dasharray="5,3"') == 2 * 5
    # the calendar schedule keeps its one line across the chart
    plain_html = tmp_path / "p.html"
    assert jc("report", "--period", "2019-06", "-o", str(plain_html), file=LONG).exit_code == 0
    assert "序时进度 50.0%" in plain_html.read_text(encoding="utf-8") and "各指标序时进度" not in plain_html.read_text(encoding="utf-8")
