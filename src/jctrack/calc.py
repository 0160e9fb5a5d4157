"""Pure, exact calculations: 同比增长, 完成率, 序时进度, ceilings, completeness and the status row of each indicator."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from jctrack.decimals import HUNDRED, exact, round_to
from jctrack.model import Direction, Entry, Frequency, GrowthBasis, Indicator, Kind, Period, Store

MONTHS = Decimal(12)
PERCENT_PLACES = 1


class Status(StrEnum):
    """Where an indicator stands: a finished year by its result, a year-to-date month by its pace."""

    EXCEEDED = "exceeded"
    MET = "met"
    NOT_MET = "not_met"
    AHEAD = "ahead"
    ON_SCHEDULE = "on_schedule"  # the printed gap to 序时进度 is 0.0
    BEHIND = "behind"
    NO_TARGET = "no_target"
    NO_DATA = "no_data"


class Source(StrEnum):
    """Where a figure comes from: computed from stored figures, as a source document stated it for want of a
    base, or official (an indicator whose 同比 is always the published rate, 按可比价 or 同口径)."""

    COMPUTED = "computed"
    STATED = "stated"
    OFFICIAL = "official"


ACCUMULATING = frozenset((Kind.FLOW, Kind.COUNT))


@exact
def growth_pct(current: Decimal | None, base: Decimal | None) -> Decimal | None:
    """同比增长 in %: current / base − 1; no value for a missing, zero or negative base."""
    if current is None or base is None or base <= 0:
        return None
    return (current / base - 1) * HUNDRED


@exact
def share_pct(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """part / whole in %; no value when the whole is missing, zero or negative."""
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * HUNDRED


def completion_pct(actual: Decimal | None, target: Decimal | None, direction: Direction) -> Decimal | None:
    """完成率: actual / target. A lower-is-better target is a ceiling, of which no share is "completed"."""
    if direction is Direction.DOWN:
        return None
    return share_pct(actual, target)


@exact
def time_progress_pct(period: Period) -> Decimal:
    """序时进度: the share of the year a period covers (6月 → 50%)."""
    if period.month is None:
        return HUNDRED
    return Decimal(period.month) * HUNDRED / MONTHS


@exact
def difference(current: Decimal | None, base: Decimal | None) -> Decimal | None:
    if current is None or base is None:
        return None
    return current - base


def accumulates(indicator: Indicator) -> bool:
    """Flows and counts add up through the year, so their year-to-date has a 序时进度."""
    return indicator.kind in ACCUMULATING


def is_ceiling(indicator: Indicator) -> bool:
    """A lower-is-better flow or count: its target is the most the year may use (控制目标)."""
    return indicator.direction is Direction.DOWN and accumulates(indicator)


def actual_entry_for(indicator: Indicator, period: Period) -> Entry | None:
    if period.is_year:
        return indicator.actual_for_year(period.year)
    return indicator.actuals.get(period)


def figure_period(indicator: Indicator, period: Period) -> Period:
    """The period an indicator's figure in a table for `period` is for.

    A monthly indicator's is the period itself. A quarterly one's is its latest quarter-end month of the
    year at or before it that has a figure (1-9月 inside a 1-10月 table), else its latest quarter-end
    month; a yearly one's is the year.
    """
    if period.is_year or indicator.frequency is Frequency.MONTHLY:
        return period
    if indicator.frequency is Frequency.YEARLY:
        return Period(period.year)
    quarter_ends = [Period(period.year, month) for month in (12, 9, 6, 3) if month <= (period.month or 12)]
    for candidate in quarter_ends:
        if candidate in indicator.actuals:
            return candidate
    return quarter_ends[0] if quarter_ends else period


def expected(indicator: Indicator, period: Period) -> bool:
    """Whether a figure is due for the period: published that often, and with a target this year or a figure
    for the same period last year."""
    if not indicator.frequency.due(period):
        return False
    if period.year in indicator.targets:
        return True
    return actual_entry_for(indicator, period.same_period_last_year()) is not None


def comparable_base(indicator: Indicator, period: Period, entry: Entry | None) -> Decimal | None:
    """上年同期: the entry's published comparable base, else last year's stored actual for the period."""
    if entry is not None and entry.base is not None:
        return entry.base
    last_year = actual_entry_for(indicator, period.same_period_last_year())
    return last_year.value if last_year else None


def target_base(indicator: Indicator, year: int, entry: Entry | None) -> Decimal | None:
    """What a target's 目标增幅 is measured against: its stated base, else last year's actual."""
    if entry is None:
        return None
    if entry.base is not None:
        return entry.base
    last_year = indicator.actual_for_year(year - 1)
    return last_year.value if last_year else None


def change_of(indicator: Indicator, current: Decimal | None, base: Decimal | None) -> Decimal | None:
    """同比: growth in % for amounts, the difference in percentage points for a ratio."""
    if indicator.kind is Kind.RATIO:
        return difference(current, base)
    return growth_pct(current, base)


def _growth_of(indicator: Indicator, entry: Entry | None, base: Decimal | None) -> tuple[Decimal | None, Source | None]:
    """An entry's growth: the official rate of an official indicator; else computed from its base, or, with
    no base at all, the rate its source stated, marked as such."""
    if entry is None:
        return None, None
    if indicator.growth is GrowthBasis.STATED:
        return (entry.stated_growth, Source.OFFICIAL) if entry.stated_growth is not None else (None, None)
    computed = change_of(indicator, entry.value, base)
    if computed is not None:
        return computed, Source.COMPUTED
    if base is None and entry.stated_growth is not None:
        return entry.stated_growth, Source.STATED
    return None, None


@dataclass(frozen=True)
class Figures:
    """Every figure of one indicator in one period, exact (unrounded)."""

    indicator: Indicator
    period: Period  # the period of the table
    own_period: Period  # the period the figures are for (a quarterly indicator's latest quarter)
    target_entry: Entry | None
    actual_entry: Entry | None
    base: Decimal | None  # same period last year, as used for 同比
    target_base: Decimal | None  # last year's actual, as used for 目标增幅
    growth: Decimal | None  # % for amounts; percentage points for ratios
    growth_source: Source | None
    target_growth: Decimal | None
    target_growth_source: Source | None
    completion: Decimal | None
    ceiling_used: Decimal | None  # a ceiling's share used so far, %
    schedule_gap: Decimal | None
    status: Status
    status_source: Source | None
    expected: bool  # a figure is due for the table's period
    missing: bool  # due, and not there yet (a quarterly indicator's older quarter does not count)

    @property
    def target(self) -> Decimal | None:
        return self.target_entry.value if self.target_entry else None

    @property
    def actual(self) -> Decimal | None:
        return self.actual_entry.value if self.actual_entry else None


def status_of(
    indicator: Indicator,
    period: Period,
    actual: Decimal | None,
    target: Decimal | None,
    completion: Decimal | None,
    schedule_gap: Decimal | None,
    rounding: str,
) -> Status:
    """The status, decided from the same rounded figure that is printed beside it.

    A year of a flow or count by its 完成率 as printed (100.0% is met); a ceiling's year by whether it
    stayed within; a month by its 序时进度差 as printed (0.0 is on schedule); a share or a stock, which
    has no pace through the year, by whether it has reached its target.
    """
    if actual is None:
        return Status.NO_DATA
    if target is None:
        return Status.NO_TARGET
    up = indicator.direction is Direction.UP
    if accumulates(indicator) and period.is_year:
        if not up:
            return Status.MET if actual <= target else Status.NOT_MET
        if completion is not None:
            shown = round_to(completion, PERCENT_PLACES, rounding)
            return Status.EXCEEDED if shown > HUNDRED else Status.MET if shown == HUNDRED else Status.NOT_MET
    if accumulates(indicator) and schedule_gap is not None:
        shown = round_to(schedule_gap, PERCENT_PLACES, rounding)
        return Status.AHEAD if shown > 0 else Status.ON_SCHEDULE if shown == 0 else Status.BEHIND
    reached = actual >= target if up else actual <= target
    if period.is_year:
        if up and actual > target:
            return Status.EXCEEDED
        return Status.MET if reached else Status.NOT_MET
    return Status.AHEAD if reached else Status.BEHIND


@exact
def figures(indicator: Indicator, period: Period, rounding: str = "half-up") -> Figures:
    own = figure_period(indicator, period)
    target_entry = indicator.targets.get(own.year)
    actual_entry = actual_entry_for(indicator, own)
    actual = actual_entry.value if actual_entry else None
    target = target_entry.value if target_entry else None

    base = comparable_base(indicator, own, actual_entry)
    growth, growth_source = _growth_of(indicator, actual_entry, base)
    target_growth_base = target_base(indicator, own.year, target_entry)
    target_growth, target_growth_source = _growth_of(indicator, target_entry, target_growth_base)

    completion = completion_pct(actual, target, indicator.direction)
    ceiling_used = share_pct(actual, target) if is_ceiling(indicator) else None
    schedule_gap = None
    if not own.is_year and accumulates(indicator) and target is not None and target > 0 and actual is not None:
        progress = time_progress_pct(own)
        # A ceiling is within pace while its allowance is used more slowly than time passes.
        if ceiling_used is not None:
            schedule_gap = progress - ceiling_used
        elif completion is not None:
            schedule_gap = completion - progress

    due = expected(indicator, period)
    status = status_of(indicator, own, actual, target, completion, schedule_gap, rounding)
    status_source = Source.COMPUTED if status not in (Status.NO_DATA, Status.NO_TARGET) else None
    if status is Status.NO_TARGET and actual_entry and actual_entry.stated_status:
        status, status_source = Status(actual_entry.stated_status), Source.STATED
    return Figures(
        indicator=indicator,
        period=period,
        own_period=own,
        target_entry=target_entry,
        actual_entry=actual_entry,
        base=base,
        target_base=target_growth_base,
        growth=growth,
        growth_source=growth_source,
        target_growth=target_growth,
        target_growth_source=target_growth_source,
        completion=completion,
        ceiling_used=ceiling_used,
        schedule_gap=schedule_gap,
        status=status,
        status_source=status_source,
        expected=due,
        missing=due and actual_entry_for(indicator, period) is None,
    )


@dataclass(frozen=True)
class StatusRow:
    """One line of `status`: figures as stored, percentages rounded once for display and JSON."""

    id: str
    name: str
    name_en: str | None
    unit: str
    kind: Kind
    direction: Direction
    target: Decimal | None
    actual: Decimal | None
    base: Decimal | None
    change: Decimal | None
    remaining: Decimal | None
    completion_pct: Decimal | None
    growth_pct: Decimal | None
    growth_source: Source | None
    growth_pp: Decimal | None
    target_growth_pct: Decimal | None
    target_growth_source: Source | None
    schedule_gap_pp: Decimal | None
    status: Status
    status_source: Source | None
    note: str | None
    figure_period: Period
    ceiling_used_pct: Decimal | None = None
    target_gap: Decimal | None = None  # actual − target, in the indicator's unit (points for a share)

    @property
    def accumulates(self) -> bool:
        return self.kind in ACCUMULATING

    @property
    def is_ceiling(self) -> bool:
        return self.direction is Direction.DOWN and self.accumulates


def _rounded(value: Decimal | None, rounding: str) -> Decimal | None:
    if value is None:
        return None
    shown = round_to(value, PERCENT_PLACES, rounding)
    return shown.copy_abs() if shown.is_zero() else shown  # never "-0.0"


def _as_given_or_rounded(value: Decimal | None, source: Source | None, rounding: str) -> Decimal | None:
    # A stated or official rate is shown as the source printed it; a computed one is rounded here, once.
    return value if source in (Source.STATED, Source.OFFICIAL) else _rounded(value, rounding)


@exact
def status_row(fig: Figures, rounding: str) -> StatusRow:
    indicator = fig.indicator
    is_ratio = indicator.kind is Kind.RATIO
    growth = _as_given_or_rounded(fig.growth, fig.growth_source, rounding)
    target_growth = _as_given_or_rounded(fig.target_growth, fig.target_growth_source, rounding)
    remaining = None
    if indicator.direction is Direction.UP and fig.target is not None and fig.actual is not None:
        remaining = fig.target - fig.actual if fig.target > fig.actual else None
    note = fig.actual_entry.note if fig.actual_entry and fig.actual_entry.note else None
    if note is None and fig.target_entry and fig.target_entry.note:
        note = fig.target_entry.note
    return StatusRow(
        id=indicator.id,
        name=indicator.name,
        name_en=indicator.name_en,
        unit=indicator.unit,
        kind=indicator.kind,
        direction=indicator.direction,
        target=fig.target,
        actual=fig.actual,
        base=fig.base,
        change=difference(fig.actual, fig.base),
        remaining=remaining,
        completion_pct=_rounded(fig.completion, rounding),
        growth_pct=None if is_ratio else growth,
        growth_source=fig.growth_source,
        growth_pp=growth if is_ratio else None,
        target_growth_pct=None if is_ratio else target_growth,
        target_growth_source=fig.target_growth_source,
        schedule_gap_pp=_rounded(fig.schedule_gap, rounding),
        status=fig.status,
        status_source=fig.status_source,
        note=note,
        figure_period=fig.own_period,
        ceiling_used_pct=_rounded(fig.ceiling_used, rounding),
        target_gap=difference(fig.actual, fig.target),
    )


@dataclass(frozen=True)
class StatusReport:
    entity: str
    period: Period | None
    time_progress_pct: Decimal | None
    rows: list[StatusRow]
    figures: list[Figures]
    rounding: str = "half-up"
    missing: list[StatusRow] = field(default_factory=list)  # expected for the period, no figure yet
    expected_count: int = 0
    later_partial: Period | None = None  # a later period partly filled, passed over as the default


def _complete(store: Store, period: Period) -> bool:
    return not any(expected(ind, period) and actual_entry_for(ind, period) is None for ind in store.indicators.values())


def default_period(store: Store) -> tuple[Period | None, Period | None]:
    """The latest period in which every expected indicator has its figure, and the latest period with
    data when that is later (partly filled, so passed over); with no data, the latest year with a target."""
    periods = store.all_periods()
    if not periods:
        return store.latest_period(), None
    for period in reversed(periods):
        if _complete(store, period):
            return period, (periods[-1] if period != periods[-1] else None)
    return periods[-1], None


def has_figures(store: Store, period: Period) -> bool:
    """Whether a period has anything to report: an actual for it, or, for a year, a target."""
    if any(actual_entry_for(indicator, figure_period(indicator, period)) for indicator in store.indicators.values()):
        return True
    return period.is_year and any(period.year in indicator.targets for indicator in store.indicators.values())


def build_status(store: Store, period: Period | None = None) -> StatusReport:
    """The status of every indicator in a period (default: the latest complete period with data)."""
    later_partial = None
    if period is None:
        period, later_partial = default_period(store)
    if period is None:
        return StatusReport(store.entity, None, None, [], [], store.rounding)
    all_figures = [figures(indicator, period, store.rounding) for indicator in store.indicators.values()]
    rows = [status_row(fig, store.rounding) for fig in all_figures]
    missing = [row for row, fig in zip(rows, all_figures, strict=True) if fig.missing]
    progress = _rounded(time_progress_pct(period), store.rounding)
    expected_count = sum(fig.expected for fig in all_figures)
    return StatusReport(store.entity, period, progress, rows, all_figures, store.rounding, missing, expected_count, later_partial)


@dataclass(frozen=True)
class HistoryLine:
    period: Period
    row: StatusRow
    figures: Figures


@dataclass(frozen=True)
class IndicatorHistory:
    """Every year of one indicator, as `history` and each report's history section show it."""

    id: str
    name: str
    name_en: str | None
    unit: str
    kind: Kind
    lines: list[HistoryLine]


def history_periods(indicator: Indicator, from_year: int | None = None) -> list[Period]:
    """One period per year: the whole year where it has a figure, else its latest year-to-date month."""
    years = set(indicator.targets) | {period.year for period in indicator.actuals}
    periods = []
    for year in sorted(years):
        if from_year is not None and year < from_year:
            continue
        months = [p for p in indicator.actuals if p.year == year and not p.is_year]
        if indicator.actual_for_year(year) is None and months:
            periods.append(max(months, key=lambda p: p.sort_key))
        else:
            periods.append(Period(year))
    return periods


def build_history(indicator: Indicator, rounding: str, from_year: int | None = None) -> IndicatorHistory:
    """Every year of one indicator: target, actual, growth, completion and status."""
    lines = []
    for period in history_periods(indicator, from_year):
        fig = figures(indicator, period, rounding)
        lines.append(HistoryLine(period, status_row(fig, rounding), fig))
    return IndicatorHistory(indicator.id, indicator.name, indicator.name_en, indicator.unit, indicator.kind, lines)
