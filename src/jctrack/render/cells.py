"""The cells, columns and titles every human-readable format shows, as plain text in the document's language."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from jctrack.calc import IndicatorHistory, MonthlyHistory, Source, Status, StatusReport, StatusRow
from jctrack.decimals import plain
from jctrack.model import Direction
from jctrack.words import Bilingual, Lang, period_label, say, unit_name
from jctrack.words.labels import Label

if TYPE_CHECKING:
    from jctrack.render.findings import CellTable

MISSING = "—"
BAR_WIDTH = 10
STATED_MARK = "*"

STATUS_WORDS = {
    Status.EXCEEDED: Label.STATUS_EXCEEDED,
    Status.MET: Label.STATUS_MET,
    Status.NOT_MET: Label.STATUS_NOT_MET,
    Status.AHEAD: Label.STATUS_AHEAD,
    Status.BEHIND: Label.STATUS_BEHIND,
    Status.NO_TARGET: Label.STATUS_NO_TARGET,
    Status.NO_DATA: Label.STATUS_NO_DATA,
    Status.ON_SCHEDULE: Label.STATUS_ON_SCHEDULE,
}
# What a status is called depends on the indicator: a ceiling within pace is 低于序时, a share that has
# reached its target in a month 已达目标 (its JSON status stays `ahead`, as documented).
CEILING_WORDS = {
    Status.AHEAD: Label.STATUS_WITHIN_PACE,
    Status.BEHIND: Label.STATUS_OVER_PACE,
    Status.MET: Label.STATUS_CEILING_KEPT,
    Status.NOT_MET: Label.STATUS_CEILING_BROKEN,
}
SHARE_WORDS_UP = {Status.AHEAD: Label.STATUS_REACHED, Status.BEHIND: Label.STATUS_NOT_REACHED}
SHARE_WORDS_DOWN = {
    Status.AHEAD: Label.STATUS_WITHIN,
    Status.BEHIND: Label.STATUS_ABOVE,
    Status.MET: Label.STATUS_WITHIN,
    Status.NOT_MET: Label.STATUS_ABOVE,
}
GOOD_STATUSES = frozenset((Status.EXCEEDED, Status.MET, Status.AHEAD, Status.ON_SCHEDULE))
BAD_STATUSES = frozenset((Status.NOT_MET, Status.BEHIND))


def tone(status: Status) -> str:
    """How a status should look: "good", "bad" or "neutral" (no target, no data)."""
    if status in GOOD_STATUSES:
        return "good"
    return "bad" if status in BAD_STATUSES else "neutral"


def headers(labels: tuple[Label, ...], lang: Lang) -> list[str]:
    return [say(label, lang) for label in labels]


def name_of(row: StatusRow | IndicatorHistory | MonthlyHistory, lang: Lang) -> str:
    """An indicator's name in the document's language: its name_en in English where it has one."""
    return Bilingual(row.name, row.name_en or row.name).in_(lang)


def with_unit(name: str, unit: str, lang: Lang) -> str:
    """A name with its unit in brackets of the language: 工业开票销售（亿元）, Sales (CNY 100m)."""
    return say(Label.WITH_UNIT, lang, name=name, unit=unit_name(unit, lang))


def number(value: Decimal | None) -> str:
    """A stored figure exactly as stored, never in exponent form."""
    return MISSING if value is None else plain(value)


def percent(value: Decimal | None, stated: bool = False) -> str:
    if value is None:
        return MISSING
    return f"{plain(value)}%" + (STATED_MARK if stated else "")


def signed(value: Decimal | None) -> str:
    if value is None:
        return MISSING
    return ("+" if value > 0 else "") + plain(value)


def growth_cell(row: StatusRow, lang: Lang) -> str:
    stated = row.growth_source is Source.STATED
    if row.growth_pp is not None:
        return signed(row.growth_pp) + say(Label.POINTS, lang) + (STATED_MARK if stated else "")
    return percent(row.growth_pct, stated)


def status_word(row: StatusRow) -> Label:
    """What the row's status is called, for its kind and direction."""
    if row.is_ceiling:
        return CEILING_WORDS.get(row.status, STATUS_WORDS[row.status])
    if not row.accumulates:
        words = SHARE_WORDS_DOWN if row.direction is Direction.DOWN else SHARE_WORDS_UP
        return words.get(row.status, STATUS_WORDS[row.status])
    return STATUS_WORDS[row.status]


def completion_of(row: StatusRow) -> Decimal | None:
    """The 完成率 column: a ceiling shows the share of it used so far. A share or a stock is compared with
    its target by the difference (目标92%，尚差0.4个百分点; 尚差0.04亿元), never as a 完成率 that could print
    100.0% beside 未达目标 (91.96 of 92)."""
    if not row.accumulates:
        return None
    return row.ceiling_used_pct if row.is_ceiling else row.completion_pct


def completeness(report: StatusReport, lang: Lang) -> str | None:
    """The line that says which expected indicators have no figure yet, or None when none is missing."""
    if report.period is None or not report.missing:
        return None
    names = [name_of(row, lang) for row in report.missing]
    return say(
        Label.COMPLETENESS,
        lang,
        months=period_label(report.period, lang),
        expected=report.expected_count,
        reported=report.expected_count - len(report.missing),
        names=names,
    )


def history_heading(history: IndicatorHistory, lang: Lang) -> str:
    return with_unit(name_of(history, lang), history.unit, lang)


def bar_cells(value: Decimal, full: Decimal, columns: int = BAR_WIDTH) -> str:
    filled = 0 if full <= 0 else max(0, min(columns, int(value * columns // full)))
    return "█" * filled + "░" * (columns - filled)


TREND_WIDTH = 16


def trend_bars(history: IndicatorHistory) -> list[str]:
    """A bar per whole year, scaled to the largest actual or target, so the trend is seen at a glance.

    A year still in progress (its latest month) has none: its year-to-date is not set beside whole years.
    """
    whole = [line for line in history.lines if line.period.is_year]
    if sum(line.row.actual is not None for line in whole) < 2:
        return ["" for _ in history.lines]  # one bar shows no trend
    figures = [v for line in whole for v in (line.row.actual, line.row.target) if v is not None and v > 0]
    largest = max(figures, default=Decimal(0))
    return [
        "" if line.row.actual is None or not line.period.is_year or largest <= 0 else bar_cells(line.row.actual, largest, TREND_WIDTH)
        for line in history.lines
    ]


# Characters whose width a terminal set to treat East-Asian ambiguous characters as wide draws as two
# columns (Xshell, SecureCRT, PuTTY with a CJK font): --ascii writes these instead.
ASCII_FORMS = str.maketrans(
    {
        "—": "-",
        "–": "-",
        "─": "-",
        "━": "-",
        "│": "|",
        "…": "...",
        "±": "+/-",
        "█": "#",
        "░": ".",
        "↑": "+",
        "↓": "-",
        "·": ".",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "×": "x",
        "→": "->",
        "※": "*",
        "℃": "C",
        "°": "deg",
        "²": "2",
        "³": "3",
        "‰": "per mille",
        "▁": "_",
        "▂": ".",
        "▃": ":",
        "▄": "-",
        "▅": "=",
        "▆": "+",
        "▇": "*",
    }
)


def ascii_text(text: str) -> str:
    """Text with every ambiguous-width character jctrack writes replaced by ASCII."""
    return text.translate(ASCII_FORMS)


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[Decimal | None]) -> str:
    """One character a month, its height the month's figure against the largest: the year's shape at a glance."""
    known = [value for value in values if value is not None]
    if not known:
        return ""
    low, high = min(known + [Decimal(0)]), max(known)
    span = high - low
    marks = []
    for value in values:
        if value is None:
            marks.append(" ")
        else:
            step = 0 if span <= 0 else int((value - low) * (len(SPARKS) - 1) // span)
            marks.append(SPARKS[max(0, min(len(SPARKS) - 1, step))])
    return "".join(marks)


def monthly_title(history: MonthlyHistory, lang: Lang) -> str:
    return say(Label.MONTHLY_TITLE, lang, name=name_of(history, lang), unit=history.unit, year=history.year)


def monthly_table(history: MonthlyHistory, lang: Lang) -> CellTable:
    """Month by month: 累计, 当月, 同比, 完成率, 序时进度差, the months' shape in the last row's last cell."""
    from jctrack.render.findings import CellTable

    ceiling = any(line.row.is_ceiling for line in history.lines)
    completion = Label.CEILING_USED_PCT if ceiling else Label.COMPLETION  # a ceiling's share used, not a 完成率
    labels = (Label.PERIOD, Label.YEAR_TO_DATE, Label.MONTH_ALONE, Label.GROWTH, completion, Label.SCHEDULE_GAP, Label.TREND)
    shape = sparkline([line.month_value for line in history.lines])
    rows = [
        [
            period_label(line.period, lang),
            number(line.row.actual),
            number(line.month_value),
            growth_cell(line.row, lang),
            percent(completion_of(line.row)),
            signed(line.row.schedule_gap_pp),
            shape[: index + 1],
        ]
        for index, line in enumerate(history.lines)
    ]
    return CellTable(headers(labels, lang), rows, frozenset(range(1, 6)), [tone(line.row.status) for line in history.lines], 5)
