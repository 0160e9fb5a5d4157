"""Plain-text cells and labels of the status table, shared by every human-readable format."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jctrack.calc import StatusReport, StatusRow
from jctrack.model import Period

MISSING = "—"
BAR_WIDTH = 10
STATED_MARK = "*"

GOOD_STATUSES = {"exceeded", "met", "ahead"}
BAD_STATUSES = {"not_met", "behind"}


def tone(status: str) -> str:
    """How a status should look: "good", "bad" or "neutral" (no target, no data)."""
    if status in GOOD_STATUSES:
        return "good"
    return "bad" if status in BAD_STATUSES else "neutral"


NUMERIC_COLUMNS = frozenset(range(2, 8))


@dataclass(frozen=True)
class Labels:
    """Every word a table shows, in one language."""

    headers: tuple[str, ...]
    compact_headers: tuple[str, ...]  # for 80 columns: the unit joins the name
    statuses: dict[str, str]
    points: str
    stated_footnote: str
    report_title: str
    schedule: str

    def period(self, period: Period) -> str:
        if self is EN:
            return str(period) if period.month is None else f"Jan–{_MONTHS_EN[period.month - 1]} {period.year}"
        return period.label_zh()


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

ZH = Labels(
    headers=("指标", "单位", "目标", "完成", "完成率", "同比", "目标增幅", "序时进度差", "状态"),
    compact_headers=("指标", "目标", "完成", "完成率", "同比", "目标增幅", "序时差", "状态"),
    statuses={
        "exceeded": "超额完成",
        "met": "完成",
        "not_met": "未完成",
        "ahead": "超序时",
        "behind": "落后序时",
        "no_target": "无目标",
        "no_data": "无数据",
    },
    points="个百分点",
    stated_footnote="* 来源所述，无上年数据可复算",
    report_title="目标完成情况",
    schedule="序时进度",
)
EN = Labels(
    headers=("Indicator", "Unit", "Target", "Actual", "Completion", "YoY", "Target growth", "Vs schedule", "Status"),
    compact_headers=("Indicator", "Target", "Actual", "Done", "YoY", "Tgt growth", "Vs sched", "Status"),
    statuses={
        "exceeded": "exceeded",
        "met": "met",
        "not_met": "not met",
        "ahead": "ahead",
        "behind": "behind",
        "no_target": "no target",
        "no_data": "no data",
    },
    points=" pp",
    stated_footnote="* as stated by the source; no base in the file to recompute it",
    report_title="progress against targets",
    schedule="time elapsed",
)
LABELS = {"zh": ZH, "en": EN}


def with_unit(name: str, unit: str, labels: Labels = ZH) -> str:
    """A name with its unit in brackets of the language: 工业开票销售（亿元）, Sales (亿元)."""
    return f"{name}（{unit}）" if labels is ZH else f"{name} ({unit})"


def number(value: Decimal | None) -> str:
    """A stored figure exactly as stored, never in exponent form."""
    return MISSING if value is None else format(value, "f")


def percent(value: Decimal | None, stated: bool = False) -> str:
    if value is None:
        return MISSING
    return f"{format(value, 'f')}%" + (STATED_MARK if stated else "")


def signed(value: Decimal | None) -> str:
    if value is None:
        return MISSING
    return ("+" if value > 0 else "") + format(value, "f")


def growth_cell(row: StatusRow, labels: Labels = ZH) -> str:
    stated = row.growth_source == "stated"
    if row.growth_pp is not None:
        return signed(row.growth_pp) + labels.points + (STATED_MARK if stated else "")
    return percent(row.growth_pct, stated)


def status_cell(row: StatusRow, labels: Labels = ZH) -> str:
    return labels.statuses[row.status] + (STATED_MARK if row.status_source == "stated" else "")


def cells(row: StatusRow, labels: Labels = ZH) -> list[str]:
    """The row's cells in the order of labels.headers."""
    return [
        row.name if labels is ZH else (row.name_en or row.name),
        row.unit,
        number(row.target),
        number(row.actual),
        percent(row.completion_pct),
        growth_cell(row, labels),
        percent(row.target_growth_pct, row.target_growth_source == "stated"),
        signed(row.schedule_gap_pp),
        status_cell(row, labels),
    ]


def title(report: StatusReport, labels: Labels = ZH) -> str:
    if report.period is None:
        return f"{report.entity} {labels.report_title}".strip()
    progress = ""
    if not report.period.is_year:
        progress = f"（{labels.schedule} {format(report.time_progress_pct, 'f')}%）"
    joiner = "" if labels is ZH else " "
    return f"{report.entity} {labels.period(report.period)}{joiner}{labels.report_title}{progress}".strip()


def has_stated(report: StatusReport) -> bool:
    sources = ("growth_source", "target_growth_source", "status_source")
    return any(getattr(row, source) == "stated" for row in report.rows for source in sources)


HISTORY_HEADERS = {
    "zh": ("期间", "目标", "完成", "同比", "完成率", "状态"),
    "en": ("Period", "Target", "Actual", "YoY", "Completion", "Status"),
}
HISTORY_NUMERIC = frozenset(range(1, 5))
TREND_HEADER = {"zh": "走势", "en": "Trend"}  # the column of bars, where a report or terminal shows one


def history_cells(period: Period, row: StatusRow, labels: Labels = ZH) -> list[str]:
    period_label = period.label_zh() if labels is ZH else str(period)
    return [
        period_label,
        number(row.target),
        number(row.actual),
        growth_cell(row, labels),
        percent(row.completion_pct),
        status_cell(row, labels),
    ]


def bar(percent: Decimal | None, full: Decimal = Decimal(100), width: int = BAR_WIDTH) -> str:
    """A bar of `width` cells, full at `full`, followed by the percentage."""
    if percent is None:
        return MISSING
    return bar_cells(percent, full, width) + f" {format(percent, 'f')}%"


def bar_cells(value: Decimal, full: Decimal, width: int = BAR_WIDTH) -> str:
    filled = 0 if full <= 0 else max(0, min(width, int(value * width // full)))
    return "█" * filled + "░" * (width - filled)
