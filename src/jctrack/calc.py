"""Pure, exact calculations: 同比增长, 完成率, 序时进度 and the status row of each indicator."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jctrack.decimals import HUNDRED, exact, round_to
from jctrack.model import Direction, Entry, Indicator, Kind, Period, Store

MONTHS = Decimal(12)
PERCENT_PLACES = 1


class Status(StrEnum):
    """Where an indicator stands: a finished year by its result, a year-to-date month by its pace."""

    EXCEEDED = "exceeded"
    MET = "met"
    NOT_MET = "not_met"
    AHEAD = "ahead"
    BEHIND = "behind"
    NO_TARGET = "no_target"
    NO_DATA = "no_data"


class Source(StrEnum):
    """Where a figure comes from: computed from stored figures, or as the source document stated it."""

    COMPUTED = "computed"
    STATED = "stated"


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
    """完成率: actual / target, or target / actual where lower is better."""
    if direction is Direction.DOWN:
        return share_pct(target, actual)
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


def status_of(indicator: Indicator, period: Period, actual: Decimal | None, target: Decimal | None, schedule_gap: Decimal | None) -> Status:
    if actual is None:
        return Status.NO_DATA
    if target is None:
        return Status.NO_TARGET
    better = actual > target if indicator.direction is Direction.UP else actual < target
    if period.is_year:
        if better:
            return Status.EXCEEDED
        return Status.MET if actual == target else Status.NOT_MET
    if schedule_gap is not None:
        return Status.AHEAD if schedule_gap >= 0 else Status.BEHIND
    # A share or a stock has no pace through the year: it is ahead once it reaches the target.
    return Status.AHEAD if better or actual == target else Status.BEHIND


ACCUMULATING = frozenset((Kind.FLOW, Kind.COUNT))


def accumulates(indicator: Indicator) -> bool:
    """Flows and counts add up through the year, so their year-to-date has a 序时进度."""
    return indicator.kind in ACCUMULATING


@dataclass(frozen=True)
class Figures:
    """Every figure of one indicator in one period, exact (unrounded)."""

    indicator: Indicator
    period: Period
    target_entry: Entry | None
    actual_entry: Entry | None
    base: Decimal | None  # same period last year, as used for 同比
    target_base: Decimal | None  # last year's actual, as used for 目标增幅
    growth: Decimal | None  # % for amounts; percentage points for ratios
    growth_source: Source | None
    target_growth: Decimal | None
    target_growth_source: Source | None
    completion: Decimal | None
    schedule_gap: Decimal | None
    status: Status
    status_source: Source | None

    @property
    def target(self) -> Decimal | None:
        return self.target_entry.value if self.target_entry else None

    @property
    def actual(self) -> Decimal | None:
        return self.actual_entry.value if self.actual_entry else None


def actual_entry_for(indicator: Indicator, period: Period) -> Entry | None:
    if period.is_year:
        return indicator.actual_for_year(period.year)
    return indicator.actuals.get(period)


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


def _computed_or_stated(indicator: Indicator, entry: Entry | None, base: Decimal | None) -> tuple[Decimal | None, Source | None]:
    """An entry's growth from its base; with no base at all, the rate its source stated, marked as such."""
    if entry is None:
        return None, None
    computed = change_of(indicator, entry.value, base)
    if computed is not None:
        return computed, Source.COMPUTED
    if base is None and entry.stated_growth is not None:
        return entry.stated_growth, Source.STATED
    return None, None


@exact
def figures(indicator: Indicator, period: Period) -> Figures:
    target_entry = indicator.targets.get(period.year)
    actual_entry = actual_entry_for(indicator, period)
    actual = actual_entry.value if actual_entry else None
    target = target_entry.value if target_entry else None

    base = comparable_base(indicator, period, actual_entry)
    growth, growth_source = _computed_or_stated(indicator, actual_entry, base)
    target_growth_base = target_base(indicator, period.year, target_entry)
    target_growth, target_growth_source = _computed_or_stated(indicator, target_entry, target_growth_base)

    completion = completion_pct(actual, target, indicator.direction)
    schedule_gap = None
    if not period.is_year and accumulates(indicator) and completion is not None and target:
        progress = time_progress_pct(period)
        if indicator.direction is Direction.DOWN:
            # Lower is better: ahead while the year's allowance is used more slowly than time passes.
            used = share_pct(actual, target)
            schedule_gap = None if used is None else progress - used
        else:
            schedule_gap = completion - progress

    status = status_of(indicator, period, actual, target, schedule_gap)
    status_source = Source.COMPUTED if status not in (Status.NO_DATA, Status.NO_TARGET) else None
    if status is Status.NO_TARGET and actual_entry and actual_entry.stated_status:
        status, status_source = Status(actual_entry.stated_status), Source.STATED
    return Figures(
        indicator=indicator,
        period=period,
        target_entry=target_entry,
        actual_entry=actual_entry,
        base=base,
        target_base=target_growth_base,
        growth=growth,
        growth_source=growth_source,
        target_growth=target_growth,
        target_growth_source=target_growth_source,
        completion=completion,
        schedule_gap=schedule_gap,
        status=status,
        status_source=status_source,
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

    @property
    def accumulates(self) -> bool:
        return self.kind in ACCUMULATING


def _rounded(value: Decimal | None, rounding: str) -> Decimal | None:
    return None if value is None else round_to(value, PERCENT_PLACES, rounding)


def _as_stated_or_rounded(value: Decimal | None, source: Source | None, rounding: str) -> Decimal | None:
    # A stated rate is shown as the source printed it; a computed one is rounded here, once.
    return value if source is Source.STATED else _rounded(value, rounding)


@exact
def status_row(fig: Figures, rounding: str) -> StatusRow:
    indicator = fig.indicator
    is_ratio = indicator.kind is Kind.RATIO
    growth = _as_stated_or_rounded(fig.growth, fig.growth_source, rounding)
    target_growth = _as_stated_or_rounded(fig.target_growth, fig.target_growth_source, rounding)
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
    )


@dataclass(frozen=True)
class StatusReport:
    entity: str
    period: Period | None
    time_progress_pct: Decimal | None
    rows: list[StatusRow]
    figures: list[Figures]
    rounding: str = "half-up"


def build_status(store: Store, period: Period | None = None) -> StatusReport:
    """The status of every indicator in a period (default: the latest period with data)."""
    if period is None:
        period = store.latest_period()
    if period is None:
        return StatusReport(store.entity, None, None, [], [], store.rounding)
    all_figures = [figures(indicator, period) for indicator in store.indicators.values()]
    rows = [status_row(fig, store.rounding) for fig in all_figures]
    progress = _rounded(time_progress_pct(period), store.rounding)
    return StatusReport(store.entity, period, progress, rows, all_figures, store.rounding)


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
        fig = figures(indicator, period)
        lines.append(HistoryLine(period, status_row(fig, rounding), fig))
    return IndicatorHistory(indicator.id, indicator.name, indicator.name_en, indicator.unit, indicator.kind, lines)
