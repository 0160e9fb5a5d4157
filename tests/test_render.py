"""Renderers by exact text, and the registry: every (document, format) the CLI offers has a renderer."""

from __future__ import annotations

import ast
import io
import re
from decimal import Decimal as D
from pathlib import Path

import pytest

from jctrack import cli, store
from jctrack.calc import build_status
from jctrack.model import Period
from jctrack.render import RENDERERS, Document, Format, Options, formats_of, renderer_for
from jctrack.render.jsonout import encode
from jctrack.textwidth import width

from .conftest import SAMPLE, SHIPPED

RENDER = Path(cli.__file__).parent / "render"


def render(document: Document, fmt: Format, thing: object, **options: object) -> str:
    out = io.BytesIO()
    renderer_for(document, fmt)(thing, out, Options(**options))  # type: ignore[arg-type]
    return out.getvalue().decode("utf-8")


@pytest.mark.parametrize(("document", "fmt"), list(RENDERERS), ids=[f"{d}-{f}" for d, f in RENDERERS])
def test_every_registered_renderer_exists(document: Document, fmt: Format) -> None:
    renderer = renderer_for(document, fmt)
    assert callable(renderer)
    assert renderer.__name__ == f"render_{document.value}"


def test_every_format_the_cli_offers_is_registered() -> None:
    offered = {
        Document.STATUS: cli.TableFormat,
        Document.HISTORY: cli.TableFormat,  # html is refused without --monthly
        Document.MONTHLY: cli.HistoryFormat,
        Document.LISTING: cli.TableFormat,
        Document.CHECK: cli.FindingsFormat,
        Document.AUDIT: cli.FindingsFormat,
        Document.EXTRACT: cli.FindingsFormat,
        Document.REPORT: cli.ReportFormat,
        Document.DISTRICT_INDICATOR: cli.TableFormat,
        Document.DISTRICT_MATRIX: cli.TableFormat,
        Document.DISTRICT_CHECK: cli.FindingsFormat,
        Document.DISTRICT_REPORT: cli.ReportFormat,
    }
    for document, choices in offered.items():
        for choice in choices:
            concrete = [Format.TERMINAL, Format.TEXT] if choice.value == "table" else [Format(choice.value)]
            for fmt in concrete:
                assert fmt in formats_of(document), (document, fmt)


def test_only_the_terminal_renderer_imports_rich() -> None:
    for path in sorted(RENDER.parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        names |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        uses_rich = any(name == "rich" or name.startswith("rich.") for name in names)
        assert uses_rich == (path.name == "terminal.py" and path.parent.name == "render"), path


def test_markdown_exact() -> None:
    assert render(Document.STATUS, Format.MARKDOWN, build_status(store.parse(SAMPLE))) == (
        "## 测试镇2019年1—6月主要经济指标完成情况\n\n"
        "序时进度：50.0%\n\n"
        "| 序号 | 指标 | 单位 | 年度目标 | 目标增幅% | 1-6月累计 | 上年同期 | 同比±% | 完成年度目标% | 超/欠序时进度（百分点） "
        "| 状态 | 预警等级 |\n"
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n"
        "| 1 | 工业开票销售 | 亿元 | 230 | 14.4 | 120 | 95 | 26.3 | 52.2 | +2.2 | 超序时 | 正常 |\n"
        # a share is compared with its target by points, not a 完成率 (91.9 of 92 would print 99.9)
        "| 2 | 支柱产业占比 | % | 92 | — | 91.9 | 90.5 | +1.4个百分点 | — | — | 未达目标 | 关注 |\n"
        "| 3 | 新增高新技术企业 | 家 | 8 | — | 3 | — | — | 37.5 | -12.5 | 落后序时 | 预警 |\n\n"
        "### 测试镇2019年1—6月全年预测与进度要求\n\n"
        "| 序号 | 指标 | 单位 | 还需完成 | 后6个月月均需完成 | 前6个月月均 | 需完成为前期月均的倍数 | 后期需增长% | 预计全年 "
        "| 预计方法 | 预计完成年度目标% | 预计增长% | 预警等级 |\n"
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |\n"
        # 110 left: 18.3 a month against 20.0 so far (0.92×); last year's last 6 months brought 201 − 95 = 106, so
        # 110 / 106 − 1 = 3.8% more; 120 × 201 / 95 = 253.9, 110.4% of 230, 26.3% over 201
        "| 1 | 工业开票销售 | 亿元 | 110 | 18.3 | 20.0 | 0.92 | 3.8 | 253.9 | 按上年进度 | 110.4 | +26.3 | 正常 |\n"
        # firms come whole: 5 still to find, no 0.83 a month; 3 × 12 / 6 = 6 by the average month (no 2018 figures)
        "| 2 | 新增高新技术企业 | 家 | 5 | — | — | — | — | 6 | 按平均进度 | 75.0 | — | 预警 |\n"
    )


def test_csv_exact_header_and_row() -> None:
    lines = render(Document.STATUS, Format.CSV, build_status(store.parse(SAMPLE), Period(2019, 6))).splitlines()
    assert lines[0].startswith("period,id,name,unit,kind,direction,target,actual,base,change,remaining,completion_pct")
    assert lines[1] == (
        "2019-06,sales,工业开票销售,亿元,flow,up,230,120,95,25,110,52.2,26.3,computed,,14.4,computed,2.2,ahead,computed,,2019-06,,-110,"
        # 110 left over 6 months: 18.3 a month against 20.0 so far; 110 / (201 − 95) − 1 = 3.8%; 120 × 201 / 95 = 253.9
        "calendar,50.0,6,18.3,20.0,0.92,3.8,253.9,last-year,110.4,,26.3,,green,,,,,,,,,,,"
    )


def test_markdown_escapes_what_markdown_reads() -> None:
    data = store.parse(SAMPLE.replace('name = "工业开票销售"', 'name = "开票|销售*<b>_x_"'))
    assert "| 开票\\|销售\\*&lt;b&gt;\\_x\\_ |" in render(Document.STATUS, Format.MARKDOWN, build_status(data))


def test_a_row_without_a_figure_is_listed_under_the_table_not_shown_as_dashes() -> None:
    data = store.parse(SAMPLE + '\n[indicators.late]\nname = "迟报指标"\nunit = "亿元"\n\n[indicators.late.targets]\n2019 = 5\n')
    text = render(Document.STATUS, Format.TEXT, build_status(data, Period(2019, 6)))
    assert "迟报指标" not in text.split("\n\n")[1]  # not a row of the table
    assert "2019年1-6月：4项指标中3项已报送，未报送：迟报指标" in text


def test_piped_table_is_plain_aligned_and_within_the_width() -> None:
    text = render(Document.STATUS, Format.TEXT, build_status(store.parse(SAMPLE)), width=100)
    lines = text.splitlines()
    assert lines[:2] == ["测试镇2019年1—6月主要经济指标完成情况", "序时进度：50.0%"]
    assert "│" not in text and "─" not in text and "\x1b[" not in text
    assert max(width(line) for line in lines) <= 100 and all(line == line.rstrip() for line in lines)
    # right-aligned figures end in the same column on every row
    ends = {width(line[: line.index(figure) + len(figure)]) for line in lines for figure in ("52.2", "99.9", "37.5") if figure in line}
    assert len(ends) == 1


def test_english_status_has_english_words_and_no_full_width_punctuation() -> None:
    text = render(Document.STATUS, Format.TEXT, build_status(store.parse(SAMPLE)), lang="en")
    assert text.splitlines()[0] == "测试镇: main economic indicators, Jan–Jun 2019"
    assert "CNY 100m" in text and "firms" in text and "+1.4 pp" in text
    words_only = text.replace("测试镇", "").replace("工业开票销售", "").replace("支柱产业占比", "").replace("新增高新技术企业", "")
    assert not re.search(r"[，。；：（）、\u4e00-\u9fff]", words_only)


def test_stated_and_noted_figures_are_explained_under_the_table() -> None:
    text = render(Document.STATUS, Format.TEXT, build_status(store.load(SHIPPED)))
    assert "16.9*" in text and "注：带*的为来源所述数字" in text
    assert "备注：" in text and "新增规模以上工业企业：剔除培丰化工园区企业关停减少规模企业因素" in text


def test_empty_columns_are_left_out() -> None:
    header = render(Document.STATUS, Format.TEXT, build_status(store.load(SHIPPED))).split("\n\n")[1].splitlines()[0]
    assert "年度目标" not in header and "目标增幅" not in header and "序时" not in header
    assert "2018年完成" in header and "同比±%" in header


def test_json_encoding_is_exact() -> None:
    assert encode({"a": D("0.1"), "b": [None, True, "中"], "c": D("1E+3")}) == (
        '{\n  "a": 0.1,\n  "b": [\n    null,\n    true,\n    "中"\n  ],\n  "c": 1000\n}'
    )
