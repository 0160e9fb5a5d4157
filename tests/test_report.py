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


@pytest.mark.parametrize("output_format", formats_of(Document.REPORT))
def test_every_report_format_renders_the_shipped_file(output_format: Format) -> None:
    out = io.BytesIO()
    renderer_for(Document.REPORT, output_format)(build_report(store.load(SHIPPED)), out, Options())
    content = out.getvalue()
    assert content.startswith(b"PK") if output_format.binary else "工业开票销售" in content.decode("utf-8")


@pytest.mark.parametrize(("fmt", "lang"), [("text", "zh"), ("text", "en"), ("markdown", "zh"), ("html", "zh")])
def test_report_golden(jc: Any, shipped: Path, fmt: str, lang: str) -> None:
    result = jc("report", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    suffix = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    matches_golden(f"report_2018_{lang}.{suffix}", result.stdout)


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
    assert text.startswith("# 测试镇 2019年1-6月经济运行情况\n")
    assert "1-6月,完成工业开票销售120亿元,同比增长26.3%" in text
    assert "| 指标 | 单位 | 目标 | 完成 |" in text
    assert "### 工业开票销售（亿元）" in text


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
    # one completion chart for the period, one history chart per indicator
    assert parser.svgs == 1 + 4
    assert "序时进度 50.0%" in html
    assert '<meta name="viewport"' in html and "@page { size: A4" in html


def test_xlsx_report_reads_back(jc: Any, sample: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "r.xlsx"
    result = jc("report", "--output", str(out))
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["状态", "数据", "综述"]
    status = book["状态"]
    assert status.freeze_panes == "A2"
    header = [cell.value for cell in status[1]]
    assert header[:5] == ["指标", "单位", "目标", "完成", "完成率"]
    row = list(status[2])
    assert row[0].value == "工业开票销售"
    assert row[2].value == 230 and row[3].value == 120
    assert row[4].value == pytest.approx(0.522) and row[4].number_format == "0.0%"
    assert row[8].value == pytest.approx(2.2) and row[8].number_format == "+0.0;-0.0;0.0"
    assert status.column_dimensions["A"].width >= 18  # 新增高新技术企业 is 16 columns wide
    values = book["数据"]
    assert [c.value for c in values[1]][:4] == ["indicator", "period", "type", "value"]
    assert book["综述"]["A3"].value.startswith("1-6月,完成工业开票销售120亿元")


def test_csv_and_json_reports_carry_the_narrative(jc: Any, sample: Path) -> None:
    document = json.loads(jc("report", "--format", "json").stdout)
    assert document["narrative"][0].startswith("1-6月,完成工业开票销售120亿元")
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
    assert "2019年目标:工业实际投入50亿元,增长46.2%。" in result.stdout


def test_history(jc: Any, sample: Path) -> None:
    jc("add-actual", "sales", "2017", "180")
    result = jc("history", "开票")
    assert result.exit_code == 0, result.output
    assert "2017年" in result.stdout and "2018年" in result.stdout and "2019年1-6月" in result.stdout
    assert "█" in result.stdout
    document = json.loads(jc("history", "sales", "--from", "2018", "--format", "json").stdout)
    assert [row["period"] for row in document["rows"]] == ["2018", "2019-06"]
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
        assert "预警：2019-06有 2 项指标落后序时进度或未完成目标：支柱产业占比 (behind), 新增高新技术企业 (behind)" in result.stderr


def test_fail_on_not_met(jc: Any, sample: Path) -> None:
    jc("set-target", "sales", "2018", "250")
    result = jc("status", "--year", "2018", "--fail-on", "not-met")
    assert result.exit_code == 3
    assert "工业开票销售 (not_met)" in result.stderr


def test_report_under_cron_environment(shipped: Path, tmp_path: Path) -> None:
    jctrack = Path(sys.executable).parent / "jctrack"
    result = subprocess.run(
        ["env", "-i", "LANG=C", str(jctrack), "report", "--output", str(tmp_path / "r.html")],
        cwd=shipped.parent,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "工业开票销售" in (tmp_path / "r.html").read_text(encoding="utf-8")
    text = subprocess.run(["env", "-i", "LANG=C", str(jctrack), "report"], cwd=shipped.parent, capture_output=True, timeout=60)
    assert text.stdout.decode("utf-8") == (GOLDEN / "report_2018_zh.txt").read_text(encoding="utf-8")


def test_missing_optional_dependency_names_the_extra(jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real_import = importlib.import_module

    def without_pandas(name: str, *args: Any) -> Any:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args)

    monkeypatch.setattr(importlib, "import_module", without_pandas)
    result = jc("report", "--output", str(tmp_path / "r.xlsx"), lang="en")
    assert result.exit_code == 1
    assert "pandas is not installed; it comes with the report extra: pip install 'jctrack[report]'" in result.stderr
    assert not (tmp_path / "r.xlsx").exists()
