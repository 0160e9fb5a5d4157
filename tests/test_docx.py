"""`report --format docx` and `district report --format docx`, read back with python-docx: the title, the
narrative as paragraphs, the office's table as a real Word table cell by cell, the footer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import SHIPPED

docx = pytest.importorskip("docx")

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LONG = FIXTURES / "long_name.toml"
DISTRICT = FIXTURES / "district" / "three"


def unwrapped(text: str) -> str:
    """A cell's text as one line: the line breaks the layout put in (一般公共/预算收入, Industrial/invoiced) taken out."""
    return re.sub(r"(?<=[\x21-\x7e])\n(?=[A-Za-z(])", " ", text).replace("\n", "")


def texts(table: Any) -> list[list[str]]:
    return [[unwrapped(cell.text) for cell in row.cells] for row in table.rows]


def test_month_report_reads_back(jc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-07-10")
    out = tmp_path / "r.docx"
    result = jc("report", "--period", "2019-06", "-o", str(out), file=LONG)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs[0] == "金城镇2019年1—6月经济运行情况"
    # 需重点关注 opens the report, then 一、总体情况
    assert paragraphs[1] == "需重点关注" and paragraphs[2].startswith("新增高新技术企业1-6月落后序时进度12.5个百分点")
    summary = paragraphs.index("一、总体情况")
    prose = paragraphs[summary + 1]
    assert prose.startswith("1-6月，完成工业开票销售120亿元") and prose.count("1-6月") == 1 and prose.endswith("。")
    assert "金城镇2019年1—6月主要经济指标完成情况" in paragraphs and "序时进度：50.0%" in paragraphs
    assert "2019年1-6月：7项指标中6项已报送，未报送：工业实际投入" in paragraphs
    assert paragraphs[-2:] == ["编制单位：金城镇经济发展办公室", "编制日期：2019年7月10日"]
    office = texts(document.tables[0])
    assert office[0] == [
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
    assert office[1] == [
        "1",
        "工业开票销售",
        "亿元",
        "230",
        "14.4",
        "120",
        "95",
        "26.3",
        "52.2",
        "+2.2",
        "超序时",
        "正常",
        "—",
    ]
    assert office[2][1] == "规模以上工业企业研究与试验发展经费" and office[2][5] == "23890.75"
    assert office[3][-1] == "全口径"
    assert office[4][7] == "+1.4个百分点"
    assert len(office) == 7  # 工业实际投入 has no figure: named under the table, not a row of dashes
    header = document.tables[0].rows[0]._tr
    assert header.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None  # repeated on every page
    # the wide table is in a landscape section; the history goes back to portrait
    sections = document.sections
    assert [s.orientation for s in sections] == [0, 1, 0]
    assert sections[1].page_width > sections[1].page_height
    outlook = texts(document.tables[1])  # 全年预测与进度要求, after the office's table
    assert outlook[0][:5] == ["序号", "指标", "单位", "还需完成", "后6个月月均需完成"] and outlook[1][:5] == [
        "1",
        "工业开票销售",
        "亿元",
        "110",
        "18.3",
    ]
    history = texts(document.tables[2])
    assert history == [
        ["期间", "年度目标", "完成值", "同比±%", "完成年度目标%", "状态"],
        ["2018年", "—", "201", "—", "—", "无目标"],
        ["2018年1-6月", "—", "95", "—", "—", "无目标"],  # the same months, beside the year in progress
        ["2019年1-6月", "230", "120", "26.3", "52.2", "超序时"],
    ]
    footer = sections[0].footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_shipped_year_fits_a_portrait_page_and_explains_its_stars(jc: Any, shipped: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    assert jc("report", "-o", str(out)).exit_code == 0
    document = docx.Document(str(out))
    assert len(document.sections) == 1 and document.sections[0].page_width < document.sections[0].page_height
    office = texts(document.tables[0])
    assert office[0] == ["序号", "指标", "单位", "2018年完成", "同比±%", "状态", "备注"]
    assert office[1] == ["1", "工业开票销售", "亿元", "201", "16.9*", "超额完成*", "—"]
    paragraphs = [p.text for p in document.paragraphs]
    assert "注：带*的为来源所述数字，文件中无可复算的数据。" in paragraphs
    assert SHIPPED.exists()


def test_english_docx(jc: Any, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    assert jc("report", "--period", "2019-06", "--lang", "en", "-o", str(out), file=LONG).exit_code == 0
    document = docx.Document(str(out))
    office = texts(document.tables[0])
    assert office[1][1:3] == ["Industrial invoiced sales", "CNY 100m"]
    assert office[0][5] == "Jan–Jun total"
    assert all(not any("\u4e00" <= char <= "\u9fff" for char in cell) for cell in office[0])


def test_english_headers_wrap_at_their_words_and_units_keep_their_capitals_room(jc: Any, tmp_path: Path) -> None:
    """An English header is measured by its words on up to three lines (it was measured whole, which left
    the names five lines deep at 7 pt); a unit's column has room for its capitals, so CNY 100m stays whole."""
    from jctrack.render.docx import CELL_PADDING_MM, half_em_mm, header_need, ink

    assert header_need("Same period last year") == 9 and header_need("年度\u200b目标") == 4 and header_need("序号") == 4
    assert ink("CNY 100m") == 10 and ink("亿元") == 4
    out = tmp_path / "r.docx"
    assert jc("report", "--period", "2019-06", "--lang", "en", "-o", str(out), file=LONG).exit_code == 0
    table = docx.Document(str(out)).tables[0]
    assert [cell.text for cell in table.rows[0].cells][4:7] == ["Target\ngrowth\n%", "Jan–Jun\ntotal", "Same\nperiod\nlast year"]
    assert [row.cells[1].text for row in table.rows[1:]][1:4] == [
        "R&D spending of\nabove-scale\nindustrial firms",
        "General public\nbudget revenue",
        "Pillar\nindustries' share",
    ]
    size = table.rows[1].cells[2].paragraphs[0].runs[0].font.size.pt
    assert size == 9  # no step down: the table fits at the body size
    assert table.columns[2].width.mm >= ink("CNY 100m") * half_em_mm(size) + CELL_PADDING_MM - 0.1


def test_district_report_docx(jc: Any, tmp_path: Path) -> None:
    out = tmp_path / "d.docx"
    result = jc("district", "report", str(DISTRICT), "-o", str(out))
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs[0].startswith("金城区") and paragraphs[0].endswith("经济运行情况")
    matrix = texts(document.tables[0])
    assert matrix[0][0] == "镇(街道)" and matrix[-1][0] == "全区合计"
    ranking = texts(document.tables[1])
    assert ranking[0][5] == "位次"
    ranks = [row[5] for row in ranking[1:-1] if row[5] not in ("", "—")]
    assert ranks == sorted(ranks, key=int)  # in rank order
    assert ranking[-1][0] == "全区合计"


def test_a_name_or_note_that_fits_its_column_is_never_broken(jc: Any, shipped: Path, tmp_path: Path) -> None:
    """A cell's line room is what its column was measured for: 工业开票销售 in a six-character column and
    全口径 in a three-character one stay on one line; a longer name breaks evenly."""
    out = tmp_path / "r.docx"
    assert jc("report", "-o", str(out)).exit_code == 0
    names = [row.cells[1].text for row in docx.Document(str(out)).tables[0].rows[1:]]
    assert names[:6] == ["工业开票销售", "工业实际投入", "一般公共预算收入", "项目协议总投资", "新增高新技术企业", "新增股改企业"]
    month = tmp_path / "m.docx"
    assert jc("report", "--period", "2019-06", "-o", str(month), file=LONG).exit_code == 0
    office = [[cell.text for cell in row.cells] for row in docx.Document(str(month)).tables[0].rows[1:]]
    assert [row[1] for row in office] == [
        "工业开票销售",
        "规模以上工业企业研\n究与试验发展经费",
        "一般公共预算收入",
        "支柱产业占比",
        "新增高新技术企业",
        "综合能耗",
    ]
    assert office[2][-1] == "全口径"
