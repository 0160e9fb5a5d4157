"""Renderers by exact text, and the registry: every (document, format) the CLI offers has a renderer."""

from __future__ import annotations

import ast
import io
from decimal import Decimal as D
from pathlib import Path

import pytest

from jctrack import cli, store
from jctrack.calc import build_status
from jctrack.model import Period
from jctrack.render import RENDERERS, Document, Format, Options, formats_of, renderer_for
from jctrack.render.cells import bar
from jctrack.render.jsonout import encode
from jctrack.textwidth import width

from .conftest import SAMPLE

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
        Document.HISTORY: cli.TableFormat,
        Document.CHECK: cli.FindingsFormat,
        Document.AUDIT: cli.FindingsFormat,
        Document.EXTRACT: cli.FindingsFormat,
        Document.REPORT: cli.ReportFormat,
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
        "## 测试镇 2019年1-6月目标完成情况（序时进度 50.0%）\n\n"
        "| 指标 | 单位 | 目标 | 完成 | 完成率 | 同比 | 目标增幅 | 序时进度差 | 状态 |\n"
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
        "| 工业开票销售 | 亿元 | 230 | 120 | 52.2% | 26.3% | 14.4% | +2.2 | 超序时 |\n"
        "| 支柱产业占比 | % | 92 | 91.9 | 99.9% | +1.4个百分点 | — | — | 未达目标 |\n"
        "| 新增高新技术企业 | 家 | 8 | 3 | 37.5% | — | — | -12.5 | 落后序时 |\n"
    )


def test_csv_exact_header_and_row() -> None:
    lines = render(Document.STATUS, Format.CSV, build_status(store.parse(SAMPLE), Period(2019, 6))).splitlines()
    assert lines[0].startswith("period,id,name,unit,kind,direction,target,actual,base,change,remaining,completion_pct")
    assert lines[1] == (
        "2019-06,sales,工业开票销售,亿元,flow,up,230,120,95,25,110,52.2,26.3,computed,,14.4,computed,2.2,ahead,computed,,2019-06,,-110,"
        # 110 left over 6 months: 18.3 a month against 20.0 so far; 110 / (201 − 95) − 1 = 3.8%; 120 × 201 / 95 = 253.9
        "calendar,50.0,6,18.3,20.0,0.92,3.8,253.9,last-year,110.4,,26.3,,green,,,,,,,,,,"
    )


def test_markdown_escapes_pipes() -> None:
    data = store.parse(SAMPLE.replace('name = "工业开票销售"', 'name = "开票|销售"'))
    assert "| 开票\\|销售 |" in render(Document.STATUS, Format.MARKDOWN, build_status(data))


def test_terminal_table_is_rich_and_aligned() -> None:
    text = render(Document.STATUS, Format.TERMINAL, build_status(store.parse(SAMPLE)), width=160)
    rows = [line for line in text.splitlines() if line.startswith("│")]
    assert len(rows) == 3
    assert len({width(line) for line in rows}) == 1
    assert text.splitlines()[1].startswith("┏━")


def test_terminal_table_colours_only_when_asked() -> None:
    plain = render(Document.STATUS, Format.TERMINAL, build_status(store.parse(SAMPLE)), width=160)
    coloured = render(Document.STATUS, Format.TERMINAL, build_status(store.parse(SAMPLE)), width=160, color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured


def test_piped_table_is_plain_and_aligned() -> None:
    text = render(Document.STATUS, Format.TEXT, build_status(store.parse(SAMPLE)))
    lines = text.splitlines()
    assert lines[0] == "测试镇 2019年1-6月目标完成情况（序时进度 50.0%）"
    assert "│" not in text and "\x1b[" not in text
    # right-aligned figures end in the same column on every row
    ends = {width(line[: line.index("52.2%") + 5]) for line in lines if "52.2%" in line}
    assert len(ends) == 1
    assert "工业开票销售      亿元   230   120  █████░░░░░ 52.2%" in text


def test_english_status_title_has_no_full_width_brackets() -> None:
    text = render(Document.STATUS, Format.TEXT, build_status(store.parse(SAMPLE)), lang="en")
    assert text.splitlines()[0] == "测试镇 Jan–Jun 2019 progress against targets (time elapsed 50.0%)"


def test_bar() -> None:
    assert bar(D("52.2")) == "█████░░░░░ 52.2%"
    assert bar(D("130.0")) == "██████████ 130.0%"
    assert bar(None) == "—"


def test_json_encoding_is_exact() -> None:
    assert encode({"a": D("0.1"), "b": [None, True, "中"], "c": D("1E+3")}) == (
        '{\n  "a": 0.1,\n  "b": [\n    null,\n    true,\n    "中"\n  ],\n  "c": 1000\n}'
    )
