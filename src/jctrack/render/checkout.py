"""Output of `jctrack check`: each stated rate against the computed one, and each problem found."""

from __future__ import annotations

from typing import TextIO

from rich.table import Table
from rich.text import Text

from jctrack.checks import CheckResult, Comparison
from jctrack.render.cells import MISSING
from jctrack.render.jsonout import encode
from jctrack.render.table import console_for

KIND_LABELS = {"actual": "同比增长", "target": "目标增幅"}
VERDICT_LABELS = {"agrees": "一致", "disagrees": "不一致", "unverifiable": "无法复算"}
VERDICT_STYLES = {"agrees": "green", "disagrees": "bold red", "unverifiable": "dim"}


def _stated(comparison: Comparison) -> str:
    return format(comparison.stated, "f")


def _computed(comparison: Comparison) -> str:
    return MISSING if comparison.computed is None else format(comparison.computed, "f")


def render_table(result: CheckResult, stream: TextIO) -> None:
    console = console_for(stream)
    table = Table(title=Text("所述增幅核对"), title_justify="left")
    for header, right in (("指标", False), ("期间", False), ("口径", False), ("所述", True), ("复算", True), ("结论", False)):
        table.add_column(Text(header), justify="right" if right else "left")
    for comparison in result.comparisons:
        verdict = Text(VERDICT_LABELS[comparison.verdict], style=VERDICT_STYLES[comparison.verdict])
        unit = "个百分点" if comparison.kind_is_points else "%"
        kind_label = "比上年增减" if comparison.kind_is_points and comparison.type == "actual" else KIND_LABELS[comparison.type]
        table.add_row(
            Text(comparison.indicator_name),
            Text(comparison.period),
            Text(kind_label),
            Text(_stated(comparison) + unit),
            Text(_computed(comparison) + ("" if comparison.computed is None else unit)),
            verdict,
        )
    console.print(table)
    for problem in result.problems:
        console.print(Text(f"{problem.indicator_id} {problem.period}: {problem.message}", style="red"))


def render_json(result: CheckResult, stream: TextIO) -> None:
    document = {
        "ok": result.ok,
        "comparisons": [
            {
                "id": c.indicator_id,
                "name": c.indicator_name,
                "period": c.period,
                "type": c.type,
                "unit": "pp" if c.kind_is_points else "%",
                "stated": c.stated,
                "computed": c.computed,
                "verdict": c.verdict,
            }
            for c in result.comparisons
        ],
        "problems": [{"id": p.indicator_id, "period": p.period, "message": p.message} for p in result.problems],
    }
    stream.write(encode(document) + "\n")


def summary(result: CheckResult) -> str:
    disagreeing = [c for c in result.comparisons if c.verdict == "disagrees"]
    parts = []
    for c in disagreeing:
        parts.append(f"{c.indicator_name} {c.period} {KIND_LABELS[c.type]} stated {_stated(c)}, computed {_computed(c)}")
    if result.ok:
        return f"check passed: {len(result.comparisons)} stated rates compared, no problems"
    counts = f"{len(disagreeing)} stated rate(s) disagree, {len(result.problems)} problem(s)"
    return f"check failed: {counts}" + (": " + "; ".join(parts) if parts else "")
