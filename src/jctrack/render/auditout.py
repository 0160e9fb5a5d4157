"""Output of `jctrack audit` and `jctrack extract`: tables for people, JSON for scripts."""

from __future__ import annotations

from decimal import Decimal
from typing import TextIO

from rich.table import Table
from rich.text import Text

from jctrack.audit import Finding, summary
from jctrack.extract import Figure
from jctrack.render.cells import MISSING
from jctrack.render.jsonout import encode
from jctrack.render.table import console_for

KIND_LABELS = {"growth": "增速", "completion": "完成率", "schedule_gap": "序时进度差", "share": "占比", "share_change": "占比增减"}
VERDICT_LABELS = {"consistent": "一致", "rounding": "舍入差异", "inconsistent": "不一致", "unverifiable": "无法复算"}
VERDICT_STYLES = {"consistent": "green", "rounding": "yellow", "inconsistent": "bold red", "unverifiable": "dim"}


def _figure(value: str | Decimal | None, unit: str) -> str:
    if value is None:
        return MISSING
    return (format(value, "f") if isinstance(value, Decimal) else value) + unit


def render_findings_table(findings: list[Finding], stream: TextIO) -> None:
    table = Table(title=Text("报告数字核对"), title_justify="left", show_lines=True)
    for header in ("语句", "指标", "类型", "所述", "复算", "结论"):
        table.add_column(Text(header), justify="right" if header in ("所述", "复算") else "left", no_wrap=header != "语句")
    for finding in findings:
        verdict = Text(VERDICT_LABELS[finding.verdict], style=VERDICT_STYLES[finding.verdict])
        stated = Text(_figure(finding.stated, finding.unit))
        if finding.verdict == "inconsistent":
            stated.stylize("bold red")
            verdict.append(Text(f"，应为{_figure(finding.computed, finding.unit)}"))
        table.add_row(
            Text(finding.sentence),
            Text(finding.indicator or MISSING),
            Text(KIND_LABELS[finding.kind]),
            stated,
            Text(_figure(finding.computed, finding.unit)),
            verdict,
        )
    console = console_for(stream)
    console.print(table)


def findings_document(findings: list[Finding]) -> dict[str, object]:
    return {
        "findings": [
            {
                "sentence": f.sentence,
                "indicator": f.indicator,
                "kind": f.kind,
                "stated": f.stated,
                "unit": f.unit,
                "computed": f.computed,
                "verdict": f.verdict,
            }
            for f in findings
        ],
        "summary": summary(findings),
    }


def render_findings_json(findings: list[Finding], stream: TextIO) -> None:
    stream.write(encode(findings_document(findings)) + "\n")


def summary_line(findings: list[Finding]) -> str:
    counts = summary(findings)
    parts = ", ".join(f"{count} {verdict}" for verdict, count in counts.items())
    wrong = [f for f in findings if f.verdict == "inconsistent"]
    detail = "; ".join(
        f"{f.indicator or '?'} {KIND_LABELS[f.kind]} {f.stated}{f.unit} should read {_figure(f.computed, f.unit)}" for f in wrong
    )
    return f"{len(findings)} stated figure(s): {parts}" + (f" — {detail}" if detail else "")


def _figure_fields(figure: Figure) -> dict[str, object]:
    return {
        "name": figure.name,
        "indicator": figure.indicator.id if figure.indicator else None,
        "new": figure.indicator is None,
        "period": str(figure.period),
        "type": figure.type,
        "value": figure.value,
        "unit": figure.unit,
        "printed": figure.printed,
        "approximate": figure.approximate,
        "stated_growth": figure.stated_growth,
        "stated_status": figure.stated_status,
    }


def render_figures_table(figures: list[Figure], stream: TextIO) -> None:
    table = Table(title=Text("报告中的数字"), title_justify="left")
    for header in ("原文名称", "指标", "期间", "类型", "数值", "单位", "所述增幅", "说明"):
        table.add_column(Text(header), justify="right" if header in ("数值", "所述增幅") else "left")
    for figure in figures:
        remarks = []
        if figure.approximate:
            remarks.append(f"约数（{figure.printed}）")
        if figure.stated_status:
            remarks.append({"exceeded": "超额完成", "met": "完成", "not_met": "未完成"}[figure.stated_status])
        table.add_row(
            Text(figure.name),
            Text(figure.indicator.id if figure.indicator else "新指标"),
            Text(str(figure.period)),
            Text("目标" if figure.type == "target" else "完成"),
            Text(format(figure.value, "f")),
            Text(figure.unit),
            Text(_figure(figure.stated_growth, "%")),
            Text("，".join(remarks)),
        )
    console_for(stream).print(table)


def render_figures_json(figures: list[Figure], stream: TextIO) -> None:
    stream.write(encode({"figures": [_figure_fields(f) for f in figures]}) + "\n")
