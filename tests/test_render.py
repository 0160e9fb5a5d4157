"""Renderers by exact text, and a renderer for every format."""

from __future__ import annotations

import io
from decimal import Decimal as D

import pytest

from jctrack import store
from jctrack.calc import build_status
from jctrack.model import Period
from jctrack.render import Format, renderer_for
from jctrack.render.cells import bar
from jctrack.render.jsonout import encode

from .conftest import SAMPLE


@pytest.mark.parametrize("output_format", list(Format))
def test_every_format_has_a_renderer(output_format: Format) -> None:
    stream = io.StringIO()
    renderer_for(output_format)(build_status(store.parse(SAMPLE)), stream)
    assert "工业开票销售" in stream.getvalue()


def test_markdown_exact() -> None:
    stream = io.StringIO()
    renderer_for(Format.MARKDOWN)(build_status(store.parse(SAMPLE)), stream)
    assert stream.getvalue() == (
        "## 测试镇 2019年1-6月目标完成情况（序时进度 50.0%）\n\n"
        "| 指标 | 单位 | 目标 | 完成 | 完成率 | 同比 | 目标增幅 | 序时进度差 | 状态 |\n"
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
        "| 工业开票销售 | 亿元 | 230 | 120 | 52.2% | 26.3% | 14.4% | +2.2 | 超序时 |\n"
        "| 支柱产业占比 | % | 92 | 91.9 | 99.9% | +1.4个百分点 | — | — | 落后序时 |\n"
        "| 新增高新技术企业 | 家 | 8 | 3 | 37.5% | — | — | -12.5 | 落后序时 |\n"
    )


def test_csv_exact_header_and_row() -> None:
    stream = io.StringIO()
    renderer_for(Format.CSV)(build_status(store.parse(SAMPLE), Period(2019, 6)), stream)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("period,id,name,unit,kind,direction,target,actual,base,change,remaining,completion_pct")
    assert lines[1] == "2019-06,sales,工业开票销售,亿元,flow,up,230,120,95,25,110,52.2,26.3,computed,,14.4,computed,2.2,ahead,computed,"


def test_markdown_escapes_pipes() -> None:
    data = store.parse(SAMPLE.replace('name = "工业开票销售"', 'name = "开票|销售"'))
    stream = io.StringIO()
    renderer_for(Format.MARKDOWN)(build_status(data), stream)
    assert "| 开票\\|销售 |" in stream.getvalue()


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_table_is_rich_and_aligned() -> None:
    stream = FakeTerminal()
    renderer_for(Format.TABLE)(build_status(store.parse(SAMPLE)), stream)
    from rich.cells import cell_len

    rows = [line for line in stream.getvalue().splitlines() if line.startswith("│")]
    assert len(rows) == 3
    assert len({cell_len(line) for line in rows}) == 1
    assert stream.getvalue().splitlines()[1].startswith("┏━")


def test_piped_table_is_plain_and_aligned() -> None:
    stream = io.StringIO()
    renderer_for(Format.TABLE)(build_status(store.parse(SAMPLE)), stream)
    from rich.cells import cell_len

    lines = stream.getvalue().splitlines()
    assert lines[0] == "测试镇 2019年1-6月目标完成情况（序时进度 50.0%）"
    assert "│" not in stream.getvalue() and "\x1b[" not in stream.getvalue()
    # right-aligned figures end in the same column on every row
    ends = {cell_len(line[: line.index("52.2%") + 5]) for line in lines if "52.2%" in line}
    assert len(ends) == 1
    assert "工业开票销售      亿元   230   120  █████░░░░░ 52.2%" in stream.getvalue()


def test_bar() -> None:
    assert bar(D("52.2")) == "█████░░░░░ 52.2%"
    assert bar(D("130.0")) == "██████████ 130.0%"
    assert bar(None) == "—"


def test_json_encoding_is_exact() -> None:
    assert encode({"a": D("0.1"), "b": [None, True, "中"], "c": D("1E+3")}) == (
        '{\n  "a": 0.1,\n  "b": [\n    null,\n    true,\n    "中"\n  ],\n  "c": 1000\n}'
    )
