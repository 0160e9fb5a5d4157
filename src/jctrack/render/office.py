"""The office's table (目标任务完成情况表), as plain cells every format lays out its own way.

The table is a list of `Column`s. Each says its header, how its cell reads (a text, or a figure with a
style), whether it is a figure (right-aligned, a number in a spreadsheet), and its drop priority: where a
screen is too narrow, the columns with the lowest priority go first (0: never). Adding a column is one
entry in `COLUMNS` (or in `HISTORY_COLUMNS` for a year-by-year table):

    Column("forecast", header=_fixed(Label.FORECAST), value=lambda row: row.forecast, drop=3)

Where a column goes in the list is where it stands in every format. A column every shown row leaves
empty is left out of the table (目标增幅 and 序时进度差 in a finished year). Screen-only columns (the
bar) are not in documents, and documents' 备注 is on screen a list of notes under the table.

On a narrow screen `SCREEN_STEPS` applies, in order: drop priority 1 (the outlook: 需月均完成, 预计全年,
预警等级, 牵头单位 — said under the table instead, as 需重点关注), 2 (the bar); short headers (目标, 1-6月,
完成%, 序时差: a column's `short`); priority 3 (目标增幅); 序号, so that names stay whole; names wrapped onto
two lines (序号 back); then 4 (单位, which moves into the name: 工业开票销售（亿元）), 5 (序号), 6 (上年同期); at
the narrowest, one block per
indicator. A new column with no drop priority is never left out; give it one between those to say when
it goes (a forecast, say, 3: with 目标增幅).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from jctrack.calc import Source, Status, StatusReport, StatusRow
from jctrack.decimals import HUNDRED, plain
from jctrack.model import Direction, Kind, Period, Schedule
from jctrack.outlook import Level, Method
from jctrack.render.cells import (
    MISSING,
    STATED_MARK,
    bar_cells,
    completeness,
    completion_of,
    name_of,
    status_word,
    tone,
)
from jctrack.words import Lang, Months, join, month_name, period_label, period_title, say, unit_name
from jctrack.words.labels import Label

if TYPE_CHECKING:
    from jctrack.report import Report


class Style(StrEnum):
    """How a figure reads: as stored, a percentage (the header says %), signed points, or a share's points."""

    AMOUNT = "amount"
    PERCENT = "percent"
    SIGNED = "signed"
    POINTS = "points"


class Medium(StrEnum):
    SCREEN = "screen"  # a terminal, a pipe, a cron mail: fixed-width text
    DOCUMENT = "document"  # HTML, Markdown, XLSX, DOCX: a table the reader's program lays out


BOTH = frozenset(Medium)


@dataclass(frozen=True)
class Entry:
    """One line of the table: its 序号, its row, and the period it is for (a history's line has its own)."""

    number: int
    row: StatusRow
    period: Period | None


@dataclass(frozen=True)
class Context:
    """What a header and a cell depend on besides the row."""

    lang: Lang
    period: Period | None
    ceiling: bool = False  # a ceiling is among the rows: the completion header names both
    bar_ascii: bool = False
    against: int | None = None  # --against YEAR
    names: dict[str, str] = field(default_factory=dict)  # every indicator's name by id, for a part's total
    # Every row is of the table's period: a header may count its months (后2个月). A quarterly row of 1-9月 in a
    # 1-10月 table needs 3 months, so then the headers name none.
    one_period: bool = True


def _never(row: StatusRow) -> bool:
    return False


def _amount(row: StatusRow) -> Style:
    return Style.AMOUNT


@dataclass(frozen=True)
class Column:
    """One column of the office table: how its header and cells read, and how it gives way on a narrow screen."""

    key: str
    header: Callable[[Context], str]
    text: Callable[[Entry, Context], str] | None = None  # a text column's cell
    value: Callable[[StatusRow], Decimal | None] | None = None  # a figure column's number
    style: Callable[[StatusRow], Style] = _amount
    stated: Callable[[StatusRow], bool] = _never  # the figure is the source's: marked *
    tone: Callable[[StatusRow], str | None] | None = None  # "good", "bad", "ceiling" where it should look so
    drop: int = 0  # on a narrow screen, the lowest goes first; 0: never left out
    keep_empty: bool = False  # shown even when every cell is empty
    media: frozenset[Medium] = BOTH
    wrap: bool = False  # the cell may wrap (a name, a note): on a narrow screen onto two lines
    right: bool = False  # a text column aligned right (序号)
    short: Callable[[Context], str] | None = None  # the header where a screen is narrow

    @property
    def numeric(self) -> bool:
        return self.value is not None

    @property
    def aligned_right(self) -> bool:
        return self.numeric or self.right

    def cell(self, entry: Entry, context: Context) -> str:
        if self.text is not None:
            return self.text(entry, context)
        assert self.value is not None
        figure = self.value(entry.row)
        if figure is None:
            return MISSING
        return figure_text(figure, self.style(entry.row), context.lang) + (STATED_MARK if self.stated(entry.row) else "")


def figure_text(value: Decimal, style: Style, lang: Lang) -> str:
    if style is Style.AMOUNT or style is Style.PERCENT:
        return plain(value)
    signed = ("+" if value > 0 else "") + plain(value)
    return signed + say(Label.POINTS, lang) if style is Style.POINTS else signed


def _fixed(label: Label) -> Callable[[Context], str]:
    return lambda context: say(label, context.lang)


def _actual_header(context: Context) -> str:
    period = context.period
    if period is None or period.is_year:
        return say(Label.ACTUAL_YEAR, context.lang, year="" if period is None else period.year)
    return say(Label.ACTUAL_MONTHS, context.lang, months=Months(period))


def _base_header(context: Context) -> str:
    period = context.period
    return say(Label.BASE_YEAR if period is None or period.is_year else Label.BASE_MONTHS, context.lang)


def _completion_header(context: Context) -> str:
    return say(Label.COMPLETION_OR_CEILING if context.ceiling else Label.COMPLETION_PCT, context.lang)


def _short_actual(context: Context) -> str:
    period = context.period
    if period is None or period.is_year:
        return say(Label.ACTUAL_YEAR_SHORT, context.lang, year="" if period is None else period.year)
    return Months(period).in_(context.lang)


def _short_completion(context: Context) -> str:
    return say(Label.COMPLETION_OR_CEILING_SHORT if context.ceiling else Label.COMPLETION_SHORT, context.lang)


def _growth_value(row: StatusRow) -> Decimal | None:
    return row.growth_pp if row.growth_pp is not None else row.growth_pct


def _growth_style(row: StatusRow) -> Style:
    return Style.POINTS if row.growth_pp is not None else Style.PERCENT


def growth_tone(row: StatusRow) -> str | None:
    """A fall where more is better (or a rise where less is) reads as bad."""
    change = _growth_value(row)
    if change is None or change == 0:
        return None
    return "bad" if (change < 0) == (row.direction is Direction.UP) else None


def _completion_tone(row: StatusRow) -> str | None:
    return "ceiling" if row.is_ceiling else None


def status_text(row: StatusRow, lang: Lang) -> str:
    """The status as the office's table says it; a row without a figure has none (it is a plan)."""
    if row.status is Status.NO_DATA:
        return MISSING
    return say(status_word(row), lang) + (STATED_MARK if row.status_source is Source.STATED else "")


def _unit(row: StatusRow, lang: Lang) -> str:
    return unit_name(row.unit, lang)


def _bar(entry: Entry, context: Context) -> str:
    share = completion_of(entry.row)
    if share is None:
        return MISSING
    cells = bar_cells(share, HUNDRED)
    return cells.translate(ASCII_BAR) if context.bar_ascii else cells


ASCII_BAR = str.maketrans({"█": "#", "░": "."})

LEVEL_WORDS = {Level.GREEN: Label.LEVEL_GREEN, Level.AMBER: Label.LEVEL_AMBER, Level.RED: Label.LEVEL_RED}
LEVEL_TONES = {Level.GREEN: "good", Level.AMBER: "warn", Level.RED: "bad"}


def _in_year(row: StatusRow) -> bool:
    """A figure for months of a year still running: what the outlook columns speak of."""
    return not row.figure_period.is_year


def _level_text(entry: Entry, context: Context) -> str:
    """正常 / 关注 / 预警 for a month; a finished year's result is its 状态 alone."""
    level = entry.row.level
    return say(LEVEL_WORDS[level], context.lang) if level is not None and _in_year(entry.row) else MISSING


def _level_tone(row: StatusRow) -> str | None:
    return LEVEL_TONES[row.level] if row.level is not None and _in_year(row) else None


def _required_header(context: Context) -> str:
    period = context.period
    if period is None or period.month is None or not context.one_period:
        return say(Label.REQUIRED_MONTHLY_SHORT, context.lang)
    if period.month == 11:
        return say(Label.REQUIRED_DECEMBER, context.lang)  # not 后1个月月均
    return say(Label.REQUIRED_MONTHLY, context.lang, left=12 - period.month)


def _required_value(row: StatusRow) -> Decimal | None:
    """后N个月月均需完成, where the target is still ahead (a ceiling's pace is its share used; firms come whole,
    so a count's need is said in the 需重点关注 sentence, 后6个月还需完成5家, not as 0.83家 a month)."""
    if row.is_ceiling or row.kind is Kind.COUNT or row.required_monthly is None or row.required_monthly <= 0:
        return None
    return row.required_monthly


def row_note(row: StatusRow, table_period: Period | None, lang: Lang) -> str:
    """A row's 备注: the value's note, and the period of a figure older than the table's (a quarterly one)."""
    notes = [row.note] if row.note else []
    if row.target_note:
        notes.append(say(Label.TARGET_NOTE, lang, note=row.target_note))
    if table_period is not None and row.figure_period != table_period and row.actual is not None:
        notes.append(say(Label.FIGURE_FOR, lang, months=period_label(row.figure_period, lang)))
    return say(Label.NOTE_SEPARATOR, lang).join(notes)


# Columns more than one table shows, defined once.
_SEQ = Column("seq", _fixed(Label.SEQ), text=lambda e, c: str(e.number), drop=5, keep_empty=True, right=True)
_NAME = Column("name", _fixed(Label.INDICATOR), text=lambda e, c: name_of(e.row, c.lang), keep_empty=True, wrap=True)
_UNIT = Column("unit", _fixed(Label.UNIT), text=lambda e, c: _unit(e.row, c.lang), drop=4, keep_empty=True)
_GROWTH = Column(
    "growth",
    _fixed(Label.GROWTH_SIGNED),
    value=_growth_value,
    style=_growth_style,
    stated=lambda row: row.growth_source is Source.STATED,
    tone=growth_tone,
)
_STATUS = Column("status", _fixed(Label.STATUS), text=lambda e, c: status_text(e.row, c.lang), tone=lambda row: tone(row.status))

COLUMNS: tuple[Column, ...] = (
    _SEQ,
    _NAME,
    _UNIT,
    Column("target", _fixed(Label.ANNUAL_TARGET), value=lambda row: row.target, short=_fixed(Label.ANNUAL_TARGET_SHORT)),
    Column(
        "target_growth",
        _fixed(Label.TARGET_GROWTH_PCT),
        value=lambda row: row.target_growth_pct,
        style=lambda row: Style.PERCENT,
        stated=lambda row: row.target_growth_source is Source.STATED,
        drop=3,
        short=_fixed(Label.TARGET_GROWTH_SHORT),
    ),
    Column("actual", _actual_header, value=lambda row: row.actual, short=_short_actual),
    Column("base", _base_header, value=lambda row: row.base, drop=6, short=_fixed(Label.BASE_SHORT)),
    _GROWTH,
    Column(
        "completion",
        _completion_header,
        value=completion_of,
        style=lambda row: Style.PERCENT,
        tone=_completion_tone,
        short=_short_completion,
    ),
    Column("bar", _fixed(Label.PROGRESS), text=_bar, drop=2, media=frozenset({Medium.SCREEN})),
    Column(
        "schedule_gap",
        _fixed(Label.SCHEDULE_GAP_OFFICE),
        value=lambda row: row.schedule_gap_pp,
        style=lambda row: Style.SIGNED,
        short=_fixed(Label.SCHEDULE_GAP_SHORT),
    ),
    _STATUS,
    Column("level", _fixed(Label.LEVEL), text=_level_text, tone=_level_tone, drop=1, short=_fixed(Label.LEVEL_SHORT)),
    Column("owner", _fixed(Label.OWNER), text=lambda e, c: e.row.owner or MISSING, drop=1),
    Column(
        "note",
        _fixed(Label.NOTE),
        text=lambda e, c: row_note(e.row, c.period, c.lang) or MISSING,
        media=frozenset({Medium.DOCUMENT}),
        wrap=True,
    ),
)

# A year-by-year table of one indicator: the same figures, a line per year.
HISTORY_COLUMNS: tuple[Column, ...] = (
    Column("period", _fixed(Label.PERIOD), text=lambda e, c: "" if e.period is None else period_label(e.period, c.lang), keep_empty=True),
    Column("target", _fixed(Label.ANNUAL_TARGET), value=lambda row: row.target),
    Column("actual", _fixed(Label.LEGEND_ACTUAL), value=lambda row: row.actual, keep_empty=True),
    _GROWTH,
    Column("completion", _completion_header, value=completion_of, style=lambda row: Style.PERCENT, tone=_completion_tone),
    _STATUS,
)


def _months_done_header(context: Context) -> str:
    period = context.period
    if period is None or period.month is None or not context.one_period:
        return say(Label.MONTHLY_AVERAGE_SHORT, context.lang)
    if period.month == 1:
        return say(Label.JANUARY_DONE, context.lang)  # not 前1个月月均
    return say(Label.MONTHLY_AVERAGE, context.lang, done=period.month)


def _trend_header(context: Context) -> str:
    period = context.period
    if not context.one_period:  # a quarterly row's change is on its last quarter, not on last month
        return say(Label.GROWTH_CHANGE_EARLIER, context.lang)
    if period is None or period.month is None or period.month < 2:
        return say(Label.GROWTH_CHANGE_SHORT, context.lang)
    return say(Label.GROWTH_CHANGE, context.lang, months=Months(Period(period.year, period.month - 1)))


def _method_text(entry: Entry, context: Context) -> str:
    method = entry.row.projection_method
    if method is None:
        return MISSING
    return say(Label.BY_LAST_YEAR if method is Method.LAST_YEAR else Label.BY_AVERAGE, context.lang)


def _projected_share(row: StatusRow) -> Decimal | None:
    return row.projected_ceiling_used_pct if row.is_ceiling else row.projected_completion_pct


def _projected_share_header(context: Context) -> str:
    return say(Label.PROJECTED_SHARE_OR_CEILING if context.ceiling else Label.PROJECTED_SHARE, context.lang)


def _projected_share_short(context: Context) -> str:
    return say(Label.PROJECTED_SHARE_OR_CEILING_SHORT if context.ceiling else Label.PROJECTED_SHARE_SHORT, context.lang)


def _projected_tone(row: StatusRow) -> str | None:
    share = _projected_share(row)
    if share is None:
        return None
    return ("bad" if share > HUNDRED else "good") if row.is_ceiling else ("good" if share >= HUNDRED else "bad")


def _per_month(row: StatusRow, value: Decimal | None) -> Decimal | None:
    """A figure a month: not for a ceiling's pace (its share used says it) nor for things counted (0.5家 a month)."""
    return None if row.is_ceiling or row.kind is Kind.COUNT else value


def _remaining_value(row: StatusRow) -> Decimal | None:
    return None if row.is_ceiling else row.remaining


def _growth_needed(row: StatusRow) -> Decimal | None:
    return None if row.is_ceiling or row.remaining is None else row.required_growth_pct


# 全年预测与进度要求: what the months left must bring and where the year is heading, a month of a running year.
OUTLOOK_COLUMNS: tuple[Column, ...] = (
    _SEQ,
    _NAME,
    _UNIT,
    Column("remaining", _fixed(Label.REMAINING), value=_remaining_value, drop=3),
    Column("required_monthly", _required_header, value=_required_value, short=_fixed(Label.REQUIRED_MONTHLY_SHORT)),
    Column("monthly_average", _months_done_header, value=lambda row: _per_month(row, row.monthly_average), drop=2),
    Column("pace_ratio", _fixed(Label.PACE_RATIO), value=lambda row: _per_month(row, row.pace_ratio), drop=2),
    Column("required_growth", _fixed(Label.REQUIRED_GROWTH), value=_growth_needed, style=lambda row: Style.PERCENT, drop=3),
    Column("projected", _fixed(Label.PROJECTED), value=lambda row: row.projected, short=_fixed(Label.PROJECTED_SHORT)),
    Column("method", _fixed(Label.PROJECTION_METHOD), text=_method_text, drop=1),
    Column(
        "projected_share",
        _projected_share_header,
        value=_projected_share,
        style=lambda row: Style.PERCENT,
        tone=_projected_tone,
        short=_projected_share_short,
    ),
    Column(
        "projected_growth",
        _fixed(Label.PROJECTED_GROWTH),
        value=lambda row: row.projected_growth_pct,
        style=lambda row: Style.SIGNED,
        drop=2,
    ),
    Column("growth_change", _trend_header, value=lambda row: row.growth_change_pp, style=lambda row: Style.SIGNED, drop=3),
    Column("level", _fixed(Label.LEVEL), text=_level_text, tone=_level_tone, short=_fixed(Label.LEVEL_SHORT)),
    Column("owner", _fixed(Label.OWNER), text=lambda e, c: e.row.owner or MISSING, drop=1),
)

# 构成: a total and its declared parts (part_of): each part's share, its 拉动 and 贡献率.
PARTS_COLUMNS: tuple[Column, ...] = (
    _SEQ,
    _NAME,
    Column("part_of", _fixed(Label.PART_OF), text=lambda e, c: c.names.get(e.row.part_of or "", MISSING), drop=1),
    Column("share_of_total", _fixed(Label.SHARE_OF_TOTAL), value=lambda row: row.share_of_total_pct, style=lambda row: Style.PERCENT),
    Column("share_change", _fixed(Label.SHARE_CHANGE), value=lambda row: row.share_change_pp, style=lambda row: Style.SIGNED, drop=2),
    Column("pull", _fixed(Label.PULL), value=lambda row: row.pull_pp, style=lambda row: Style.SIGNED),
    Column("contribution", _fixed(Label.CONTRIBUTION), value=lambda row: row.contribution_pct, style=lambda row: Style.PERCENT),
)


def _against_header(context: Context) -> str:
    return say(Label.GROWTH_AGAINST, context.lang, year=context.against or "")


# --against YEAR: growth on that year's same period and the compound 年均增长.
AGAINST_COLUMNS: tuple[Column, ...] = (
    _SEQ,
    _NAME,
    _UNIT,
    Column("growth_against", _against_header, value=lambda row: row.growth_against_pct, style=lambda row: Style.SIGNED),
    Column("average_growth", _fixed(Label.AVERAGE_GROWTH), value=lambda row: row.average_growth_pct, style=lambda row: Style.SIGNED),
)


class Step(NamedTuple):
    """One narrower layout: leave out the columns of this drop priority and lower (and any named in
    `without`), with short headers or not, names whole or wrapped."""

    priority: int
    short: bool
    wraps: bool
    without: frozenset[str] = frozenset()


# Narrow screens, step by step. 序号 goes before any name wraps: a name cut over two lines is read first.
SCREEN_STEPS = (
    Step(0, False, False),
    Step(1, False, False),
    Step(2, False, False),
    Step(2, True, False),
    Step(3, True, False),
    Step(3, True, False, frozenset({"seq"})),
    Step(3, True, True),
    Step(4, True, True),
    Step(5, True, True),
    Step(6, True, True),
)
UNIT_INTO_NAME = "unit"


@dataclass(frozen=True)
class Table:
    """The office table of a period: its title, its lines and columns, and what is said under it."""

    context: Context
    title: str
    entries: list[Entry]
    columns: list[Column]
    sources: list[str] = field(default_factory=list)
    short_headers: bool = False
    kind: str = "office"  # "office", or a side table's: "outlook", "parts", "against"
    _cells: dict[int, list[str]] = field(default_factory=dict, compare=False, repr=False)  # by id(column): variants share it

    def header(self, column: Column) -> str:
        if self.short_headers and column.short is not None:
            return column.short(self.context)
        return column.header(self.context)

    def cells(self, column: Column) -> list[str]:
        found = self._cells.get(id(column))
        if found is None:
            found = self._cells[id(column)] = [column.cell(entry, self.context) for entry in self.entries]
        return found

    def without(self, keys: set[str]) -> Table:
        return replace(self, columns=[column for column in self.columns if column.key not in keys])


def shown_rows(report: StatusReport) -> list[StatusRow]:
    """The rows with a figure; a plan (a year of targets, no figure yet) shows its targets instead.

    An indicator expected and not yet reported is not a row of dashes: `completeness` names it under the table.
    """
    with_figure = [row for row in report.rows if row.actual is not None]
    if with_figure:
        return with_figure
    return [row for row in report.rows if row.target is not None]


def is_plan(report: StatusReport) -> bool:
    return not any(row.actual is not None for row in report.rows)


def title(report: StatusReport, lang: Lang) -> str:
    if report.period is None:
        return say(Label.STATUS_TITLE_EMPTY, lang, entity=report.entity).strip()
    label = Label.PLAN_TITLE if is_plan(report) else Label.TABLE_TITLE
    return say(label, lang, entity=report.entity, period=period_title(report.period, lang)).strip(": ")


def report_title(report: StatusReport, lang: Lang) -> str:
    """The report's title: 金城镇2019年1—6月经济运行情况."""
    if report.period is None:
        return say(Label.REPORT_TITLE_EMPTY, lang, entity=report.entity).strip(": ")
    return say(Label.REPORT_TITLE, lang, entity=report.entity, period=period_title(report.period, lang)).strip(": ")


def sources_of(report: StatusReport) -> list[str]:
    """The sources of the figures shown, each once, in the order of the table (the actuals', then the targets')."""
    shown = {row.id for row in shown_rows(report)}
    found: list[str] = []
    for figures in report.figures:
        if figures.indicator.id not in shown:
            continue
        for entry in (figures.actual_entry, figures.target_entry):
            if entry is not None and entry.source and entry.source not in found:
                found.append(entry.source)
    return found


def office_table(report: StatusReport, lang: Lang, medium: Medium, bar_ascii: bool = False) -> Table:
    rows = shown_rows(report)
    context = Context(lang, report.period, any(row.is_ceiling for row in rows), bar_ascii)
    entries = [Entry(number, row, report.period) for number, row in enumerate(rows, start=1)]
    table = Table(context, title(report, lang), entries, [column for column in COLUMNS if medium in column.media], sources_of(report))
    return _non_empty(table)


def _side_table(
    report: StatusReport, lang: Lang, kind: str, label: Label, columns: tuple[Column, ...], rows: list[StatusRow]
) -> Table | None:
    """A table beside the office's, of the rows that have something for it (None when none has)."""
    if not rows or report.period is None:
        return None
    against = next((row.against_year for row in rows if row.against_year is not None), None)
    names = {row.id: name_of(row, lang) for row in report.rows}
    one_period = all(row.figure_period == report.period for row in rows)
    context = Context(lang, report.period, any(row.is_ceiling for row in rows), against=against, names=names, one_period=one_period)
    entries = [Entry(number, row, report.period) for number, row in enumerate(rows, start=1)]
    heading = say(label, lang, entity=report.entity, period=period_title(report.period, lang), year=against or "")
    table = _non_empty(Table(context, heading, entries, list(columns), kind=kind))
    figures = [column for column in table.columns if column.numeric or column.key in ("level", "method")]
    return table if figures else None


def side_tables(report: StatusReport, lang: Lang) -> list[Table]:
    """The tables that follow the office's: 全年预测与进度要求 (a month of a running year), 构成 (declared
    parts of a total), 与Y年同期比较 (--against)."""
    rows = shown_rows(report)
    outlook = [row for row in rows if row.accumulates and row.actual is not None and not row.figure_period.is_year]
    parts = [row for row in rows if row.share_of_total_pct is not None or row.pull_pp is not None]
    against = [row for row in rows if row.growth_against_pct is not None or row.average_growth_pct is not None]
    found = [
        _side_table(report, lang, "outlook", Label.OUTLOOK_TITLE, OUTLOOK_COLUMNS, outlook),
        _side_table(report, lang, "parts", Label.PARTS_TITLE, PARTS_COLUMNS, parts),
        _side_table(report, lang, "against", Label.AGAINST_TITLE, AGAINST_COLUMNS, against),
    ]
    return [table for table in found if table is not None]


def side_foot_lines(table: Table) -> list[str]:
    """Under a side table: how 预计全年 was projected, where the table has no room to say it row by row."""
    line = projection_line(table) if not any(column.key == "method" for column in table.columns) else None
    return [line] if line else []


def history_table(lines: Sequence[tuple[Period, StatusRow]], lang: Lang) -> Table:
    rows = [row for _, row in lines]
    context = Context(lang, None, any(row.is_ceiling for row in rows))
    entries = [Entry(number, row, period) for number, (period, row) in enumerate(lines, start=1)]
    return _non_empty(Table(context, "", entries, list(HISTORY_COLUMNS)))


def _non_empty(table: Table) -> Table:
    kept = [c for c in table.columns if c.keep_empty or any(cell not in (MISSING, "") for cell in table.cells(c))]
    return replace(table, columns=kept)


def screen_variants(table: Table) -> list[tuple[Table, bool]]:
    """The table for narrower and narrower screens, with whether names may wrap (`SCREEN_STEPS`); 单位,
    once left out, joins the name."""
    variants: list[tuple[Table, bool]] = []
    for priority, short, wraps, without in SCREEN_STEPS:
        dropped = {column.key for column in table.columns if 0 < column.drop <= priority or column.key in without}
        variant = replace(table.without(dropped), short_headers=short)
        if UNIT_INTO_NAME in dropped:
            variant = replace(variant, columns=[_with_unit(c) if c.key == "name" else c for c in variant.columns])
        if not any(v.columns == variant.columns and v.short_headers == short and w == wraps for v, w in variants):
            variants.append((variant, wraps))
    return variants


def _with_unit(column: Column) -> Column:
    def text(entry: Entry, context: Context) -> str:
        return say(Label.WITH_UNIT, context.lang, name=name_of(entry.row, context.lang), unit=_unit(entry.row, context.lang))

    return replace(column, text=text)


# --- what is said under the table -----------------------------------------------------------------


def schedule_line(report: StatusReport, lang: Lang) -> str | None:
    """序时进度 m/12 under the title, or 按上年同期进度 when every row measured by a schedule used last year's:
    a percentage no row is measured against is not printed as the table's."""
    if report.period is None or report.period.is_year or report.time_progress_pct is None:
        return None
    measured = [row for row in report.rows if row.schedule_gap_pp is not None]
    if measured and all(row.schedule is Schedule.LAST_YEAR for row in measured):
        return say(Label.SCHEDULE_LINE_SEASONAL, lang)
    return say(Label.SCHEDULE_LINE, lang, progress=report.time_progress_pct)


def source_line(table: Table, lang: Lang) -> str | None:
    return say(Label.SOURCE_LINE, lang, sources=table.sources) if table.sources else None


def lead_lines(report: StatusReport, table: Table, lang: Lang) -> list[str]:
    """The line under the title: 序时进度 and the data source."""
    return [line for line in (schedule_line(report, lang), source_line(table, lang)) if line]


def notes(table: Table) -> list[tuple[str, str]]:
    """Each shown row's 备注, with its name, for a screen that lists them under the table."""
    context = table.context
    found = []
    for entry in table.entries:
        note = row_note(entry.row, context.period, context.lang)
        if note:
            found.append((name_of(entry.row, context.lang), note))
    return found


def note_lines(table: Table) -> list[str]:
    items = [say(Label.NOTE_ITEM, table.context.lang, name=name, note=note) for name, note in notes(table)]
    return [say(Label.NOTES_HEADING, table.context.lang), *items] if items else []


def shows_stated(table: Table) -> bool:
    return any(STATED_MARK in cell for column in table.columns for cell in table.cells(column))


def foot_lines(report: StatusReport, table: Table, lang: Lang, with_notes: bool) -> list[str]:
    """Under the table: who has not reported yet, the notes (on a screen), and what * means."""
    lines = []
    missing = completeness(report, lang)
    if missing and not is_plan(report):  # a year of targets has no figure yet by nature
        lines.append(missing)
    lines += schedule_notes(report, table)
    if with_notes:
        lines += note_lines(table)
    if shows_stated(table):
        lines.append(say(Label.STATED_FOOTNOTE, lang))
    return lines


def projection_line(table: Table) -> str | None:
    """How 预计全年 was projected, when the table shows it: by last year's pace, else by the average month."""
    if not any(column.key == "projected" for column in table.columns):
        return None
    lang = table.context.lang
    rows = [entry.row for entry in table.entries if entry.row.projected is not None]
    average = [name_of(row, lang) for row in rows if row.projection_method is Method.LINEAR]
    if not average:
        return say(Label.PROJECTION_NOTE, lang)
    if len(average) == len(rows):
        return say(Label.PROJECTION_NOTE_AVERAGE, lang)
    return say(Label.PROJECTION_NOTE_MIXED, lang, names=join(average, lang))


def schedule_notes(report: StatusReport, table: Table) -> list[str]:
    """Which rows measured their 序时进度 by last year's pace, and which asked to but had no figures for it."""
    lang = table.context.lang
    shown = {entry.row.id for entry in table.entries}
    asked = [
        fig
        for fig in report.figures
        if fig.indicator.id in shown and fig.schedule_asked is Schedule.LAST_YEAR and fig.schedule_gap is not None
    ]
    if not asked:
        return []
    names = {row.id: name_of(row, lang) for row in report.rows}
    seasonal = [names[fig.indicator.id] for fig in asked if fig.schedule is Schedule.LAST_YEAR]
    fallen_back = [names[fig.indicator.id] for fig in asked if fig.schedule is not Schedule.LAST_YEAR]
    lines = [say(Label.SEASONAL_NOTE, lang, names=join(seasonal, lang))] if seasonal else []
    return lines + ([say(Label.SEASONAL_FALLBACK, lang, names=join(fallen_back, lang))] if fallen_back else [])


def history_footnote(main: Table, histories: Sequence[Table]) -> list[str]:
    """What * means, after the histories, when only they show one (the table of a plan year has none)."""
    if shows_stated(main) or not any(shows_stated(table) for table in histories):
        return []
    return [say(Label.STATED_FOOTNOTE, main.context.lang)]


def date_text(day: datetime.date, lang: Lang) -> str:
    return say(Label.DATE, lang, year=day.year, month=month_name(day.month), day=day.day)


def footer_lines(compiled_by: str | None, lang: Lang) -> list[str]:
    """编制单位 (the file's `compiled_by`, when it has one) and 编制日期 (today, or JCTRACK_TODAY)."""
    from jctrack.edits import today

    lines = [say(Label.COMPILED_BY, lang, name=compiled_by)] if compiled_by else []
    return [*lines, say(Label.COMPILED_ON, lang, date=date_text(today(), lang))]


# --- what a leader reads first ------------------------------------------------------------------


@dataclass(frozen=True)
class LeadSection:
    """A section the report opens with, before 一、总体情况: 需重点关注, then 督查通报 by 牵头单位."""

    heading: str
    sentences: list[str]
    level: int = 2  # 2: a section; 3: an owner's part of 督查通报


def lead_sections(report: Report) -> list[LeadSection]:
    """需重点关注 (red, then amber), then with `--by owner` 督查通报: each owner's amber and red indicators."""
    lang = report.lang
    sections = [LeadSection(say(Label.SECTION_FOCUS, lang), list(report.focus))] if report.focus else []
    if report.supervision:
        sections.append(LeadSection(say(Label.SECTION_SUPERVISION, lang), []))
        for owner, sentences in report.supervision:
            sections.append(LeadSection(say(Label.SUPERVISION_OWNER, lang, owner=owner), sentences, level=3))
    return sections
