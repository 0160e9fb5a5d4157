"""Plain-text cells of the status table, shared by every human-readable format."""

from __future__ import annotations

from decimal import Decimal

from jctrack.calc import StatusReport, StatusRow

MISSING = "—"
STATED_MARK = "*"
STATED_FOOTNOTE = "* 来源所述，无上年数据可复算"

STATUS_LABELS = {
    "exceeded": "超额完成",
    "met": "完成",
    "not_met": "未完成",
    "ahead": "超序时",
    "behind": "落后序时",
    "no_target": "无目标",
    "no_data": "无数据",
}
GOOD_STATUSES = {"exceeded", "met", "ahead"}
BAD_STATUSES = {"not_met", "behind"}

HEADERS = ("指标", "单位", "目标", "完成", "完成率", "同比", "目标增幅", "序时进度差", "状态")
NUMERIC_COLUMNS = frozenset(range(2, 8))


def number(value: Decimal | None) -> str:
    """A stored figure exactly as stored, never in exponent form."""
    return MISSING if value is None else format(value, "f")


def percent(value: Decimal | None, stated: bool = False) -> str:
    if value is None:
        return MISSING
    return f"{format(value, 'f')}%" + (STATED_MARK if stated else "")


def points(value: Decimal | None, stated: bool = False) -> str:
    """Percentage points with their sign: +1.2个百分点."""
    if value is None:
        return MISSING
    sign = "+" if value > 0 else ""
    return f"{sign}{format(value, 'f')}个百分点" + (STATED_MARK if stated else "")


def signed(value: Decimal | None) -> str:
    if value is None:
        return MISSING
    return ("+" if value > 0 else "") + format(value, "f")


def growth_cell(row: StatusRow) -> str:
    stated = row.growth_source == "stated"
    if row.growth_pp is not None:
        return points(row.growth_pp, stated)
    return percent(row.growth_pct, stated)


def status_cell(row: StatusRow) -> str:
    return STATUS_LABELS[row.status] + (STATED_MARK if row.status_source == "stated" else "")


def cells(row: StatusRow) -> list[str]:
    """The row's cells in HEADERS order."""
    return [
        row.name,
        row.unit,
        number(row.target),
        number(row.actual),
        percent(row.completion_pct),
        growth_cell(row),
        percent(row.target_growth_pct, row.target_growth_source == "stated"),
        signed(row.schedule_gap_pp),
        status_cell(row),
    ]


def title(report: StatusReport) -> str:
    if report.period is None:
        return f"{report.entity} 目标完成情况".strip()
    progress = "" if report.period.is_year else f"（序时进度 {format(report.time_progress_pct, 'f')}%）"
    return f"{report.entity} {report.period.label_zh()}目标完成情况{progress}".strip()


def has_stated(report: StatusReport) -> bool:
    return any(STATED_MARK in cell for row in report.rows for cell in cells(row)[5:])
