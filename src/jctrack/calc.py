"""Pure, exact calculations: 同比增长, 完成率, 序时进度, ceilings, completeness and the status row of each indicator."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from jctrack.decimals import HUNDRED, exact, round_to
from jctrack.model import (
    DEFAULT_TREND_THRESHOLD,
    DEFAULT_WARNING_AMBER,
    DEFAULT_WARNING_RED,
    Direction,
    Entry,
    Frequency,
    GrowthBasis,
    Indicator,
    Kind,
    Period,
    Schedule,
    Store,
)
from jctrack.outlook import (
    Level,
    Method,
    Pace,
    PartFigures,
    Projection,
    compound_growth,
    level_of,
    pace,
    part_figures,
    projection,
    seasonal_progress,
)

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


@dataclass(frozen=True, slots=True)
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
    schedule: Schedule | None = None  # the 序时进度 a month was measured against (None for a year)
    progress: Decimal | None = None  # that 序时进度, %
    pace: Pace | None = None
    projection: Projection | None = None
    growth_before: Decimal | None = None  # last month's year-to-date growth, exact (the trend compares printed rates)
    schedule_asked: Schedule = Schedule.CALENDAR  # the schedule asked for; `schedule` is the one used

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


def _growth_at(indicator: Indicator, period: Period) -> Decimal | None:
    entry = actual_entry_for(indicator, period)
    return _growth_of(indicator, entry, comparable_base(indicator, period, entry))[0]


def _last_year(indicator: Indicator, period: Period) -> tuple[Decimal | None, Decimal | None]:
    """Last year's figure for the same months, and for the whole year, as stored."""
    same = actual_entry_for(indicator, period.same_period_last_year())
    whole = indicator.actual_for_year(period.year - 1)
    return (same.value if same else None), (whole.value if whole else None)


def trend_from(period: Period, frequency: Frequency) -> Period | None:
    """The year-to-date period before `period` that a figure of this frequency is published for (1-9月 → 1-8月,
    or 1-6月 for a quarterly one), or None in the first."""
    step = 3 if frequency is Frequency.QUARTERLY else 1
    if period.month is None or period.month <= step:
        return None
    return Period(period.year, period.month - step)


@exact
def figures(indicator: Indicator, period: Period, rounding: str = "half-up", schedule: Schedule = Schedule.CALENDAR) -> Figures:
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
    schedule_gap = progress = used_schedule = None
    last_year_to_date, last_year = _last_year(indicator, own) if not own.is_year else (None, None)
    if not own.is_year and accumulates(indicator):
        used_schedule, progress = Schedule.CALENDAR, time_progress_pct(own)
        seasonal = seasonal_progress(last_year_to_date, last_year) if schedule is Schedule.LAST_YEAR else None
        if seasonal is not None:  # without last year's figures the calendar stands in, and says so
            used_schedule, progress = Schedule.LAST_YEAR, seasonal
    if progress is not None and target is not None and target > 0 and actual is not None:
        # The gap is of the two figures as printed beside it, so a reader who subtracts them finds it: 49.95%
        # done prints 50.0% and, against 50.0% of the year, is on schedule, not 0.1 behind.
        shown_progress = round_to(progress, PERCENT_PLACES, rounding)
        # A ceiling is within pace while its allowance is used more slowly than time passes.
        if ceiling_used is not None:
            schedule_gap = shown_progress - round_to(ceiling_used, PERCENT_PLACES, rounding)
        elif completion is not None:
            schedule_gap = round_to(completion, PERCENT_PLACES, rounding) - shown_progress
    outlook_pace = outlook_projection = None
    if own.month is not None and accumulates(indicator) and actual is not None:
        outlook_projection = projection(actual, target, own.month, last_year_to_date, last_year, is_ceiling(indicator))
        # Once an up indicator has reached its target the months left need nothing; a ceiling's pace is
        # what is left of it, and stays.
        if target is not None and (actual < target or is_ceiling(indicator)):
            outlook_pace = pace(actual, target, own.month, last_year_to_date, last_year)
    growth_before = None
    earlier = trend_from(own, indicator.frequency)
    if earlier is not None and growth is not None and indicator.kind is not Kind.RATIO:
        growth_before = _growth_at(indicator, earlier)

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
        schedule=used_schedule,
        progress=progress,
        pace=outlook_pace,
        projection=outlook_projection,
        growth_before=growth_before,
        schedule_asked=schedule,
    )


@dataclass(frozen=True, slots=True)
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
    schedule: Schedule | None = None  # the 序时进度 a month is measured against
    schedule_pct: Decimal | None = None  # that 序时进度, %
    months_left: int | None = None
    required_monthly: Decimal | None = None  # 后N个月月均需完成, in the unit
    monthly_average: Decimal | None = None  # 前m个月月均, in the unit
    pace_ratio: Decimal | None = None  # required_monthly / monthly_average
    required_growth_pct: Decimal | None = None  # 增幅要求: the rest of the year over last year's same months
    projected: Decimal | None = None  # 预计全年, in the unit
    projection_method: Method | None = None
    projected_completion_pct: Decimal | None = None
    projected_ceiling_used_pct: Decimal | None = None
    projected_growth_pct: Decimal | None = None
    growth_change_pp: Decimal | None = None  # 增幅较上月累计提高(+)/回落(−)
    level: Level | None = None  # 三色预警
    owner: str | None = None
    contributors: tuple[str, ...] = ()
    part_of: str | None = None
    share_of_total_pct: Decimal | None = None
    share_change_pp: Decimal | None = None
    pull_pp: Decimal | None = None  # 拉动
    contribution_pct: Decimal | None = None  # 贡献率
    against_year: int | None = None  # the earlier year of `status --against`
    growth_against_pct: Decimal | None = None  # growth on that year's same period, %
    average_growth_pct: Decimal | None = None  # 年均增长 since then, %
    target_note: str | None = None  # the target's own note, where the figure has one of its own
    frequency: Frequency = Frequency.MONTHLY

    @property
    def accumulates(self) -> bool:
        return self.kind in ACCUMULATING

    @property
    def trend_from(self) -> Period | None:
        """The year-to-date period whose growth the trend compares with: last month's, a quarterly figure's last quarter's."""
        return trend_from(self.figure_period, self.frequency)

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


WHOLE_FROM = Decimal(1000)  # a derived amount this large is written whole: its decimal says nothing
AMOUNT_PLACES = 1  # a derived amount (a monthly pace, a projection): one decimal in its unit (20.0亿元),


def _derived_amount(value: Decimal | None, counted: bool, rounding: str) -> Decimal | None:
    """A derived amount as the office writes it: at least one decimal and three significant digits (20.0亿元,
    3.76亿元, 227.3亿元), two below 1 (0.42亿元, never 0.4); whole from a thousand up (8000万元, 1235万元) and
    for things counted (预计全年6家). Fine enough
    that a share worked out from the printed figure is the share printed beside it."""
    if value is None:
        return None
    if counted or value.is_zero():
        return _round(value, 0 if counted else AMOUNT_PLACES, rounding)
    digits = 2 if value.adjusted() >= 0 else 1  # 3 significant digits from 1 up, 2 below
    least = AMOUNT_PLACES if value.copy_abs() < WHOLE_FROM else 0  # 8000万元, not 8000.0万元
    return _round(value, max(least, digits - value.adjusted()), rounding)


RATIO_PLACES = 2  # 为前m个月月均的1.07倍


def _round(value: Decimal | None, places: int, rounding: str) -> Decimal | None:
    if value is None:
        return None
    shown = round_to(value, places, rounding)
    return shown.copy_abs() if shown.is_zero() else shown


def _growth_over(value: Decimal | None, last_year: Decimal | None) -> Decimal | None:
    return None if value is None or last_year is None or last_year <= 0 else (value / last_year - 1) * HUNDRED


def _printed_change(growth: Decimal | None, before: Decimal | None, source: Source | None, rounding: str) -> Decimal | None:
    """增幅较上月提高/回落: the difference of the two rates as printed (12.3% → 11.8% is 0.5), not of the exact ones."""
    if growth is None or before is None:
        return None
    shown_before = before if source in (Source.STATED, Source.OFFICIAL) else _rounded(before, rounding)
    assert shown_before is not None
    return growth - shown_before


def _level(fig: Figures, shown_gap: Decimal | None, projected_used: Decimal | None, thresholds: tuple[Decimal, Decimal]) -> Level | None:
    """三色预警 from the figure printed beside it: a month's 序时进度差 against the thresholds; a ceiling red when
    over pace and amber when within pace but projected to break; a year by its result; a share or stock
    green once it has reached its target, amber until then."""
    if fig.actual is None or fig.target is None:
        return None
    if fig.own_period.is_year:
        return Level.RED if fig.status is Status.NOT_MET else Level.GREEN
    if not accumulates(fig.indicator):
        return Level.GREEN if fig.status is Status.AHEAD else Level.AMBER
    if shown_gap is None:
        return None
    if is_ceiling(fig.indicator):
        if shown_gap < 0:
            return Level.RED
        return Level.AMBER if projected_used is not None and projected_used > HUNDRED else Level.GREEN
    return level_of(shown_gap, *thresholds)


@exact
def status_row(
    fig: Figures,
    rounding: str,
    thresholds: tuple[Decimal, Decimal] = (DEFAULT_WARNING_AMBER, DEFAULT_WARNING_RED),
    parts: PartFigures | None = None,
) -> StatusRow:
    indicator = fig.indicator
    is_ratio = indicator.kind is Kind.RATIO
    growth = _as_given_or_rounded(fig.growth, fig.growth_source, rounding)
    target_growth = _as_given_or_rounded(fig.target_growth, fig.target_growth_source, rounding)
    remaining = None
    if indicator.direction is Direction.UP and fig.target is not None and fig.actual is not None:
        remaining = fig.target - fig.actual if fig.target > fig.actual else None
    projected = fig.projection
    # The projection's shares are of the projection as printed (预计全年11家, 91.7% of 12), so a reader checks them.
    shown_projection = None if projected is None else _derived_amount(projected.value, indicator.kind is Kind.COUNT, rounding)
    projected_share = None
    if shown_projection is not None and fig.target is not None and fig.target > 0:
        projected_share = _rounded(shown_projection / fig.target * HUNDRED, rounding)
    schedule_gap = _rounded(fig.schedule_gap, rounding)
    official = indicator.growth is GrowthBasis.STATED
    note = fig.actual_entry.note if fig.actual_entry and fig.actual_entry.note else None
    target_note = fig.target_entry.note if fig.target_entry and fig.target_entry.note else None
    if note is None:  # a target's note stands as the row's when the figure has none (as before)
        note, target_note = target_note, None
    elif target_note == note:
        target_note = None
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
        schedule_gap_pp=schedule_gap,
        status=fig.status,
        status_source=fig.status_source,
        note=note,
        figure_period=fig.own_period,
        ceiling_used_pct=_rounded(fig.ceiling_used, rounding),
        target_gap=difference(fig.actual, fig.target),
        schedule=fig.schedule,
        schedule_pct=_rounded(fig.progress, rounding),
        months_left=None if fig.pace is None else fig.pace.months_left,
        required_monthly=None if fig.pace is None else _derived_amount(fig.pace.required_monthly, False, rounding),
        monthly_average=None if fig.pace is None else _derived_amount(fig.pace.average_so_far, False, rounding),
        pace_ratio=None if fig.pace is None else _round(fig.pace.ratio, RATIO_PLACES, rounding),
        # An official indicator's growth is the one its sources state (按可比价, 同口径): a rate worked out
        # from its amounts is nominal, and is never shown beside it.
        required_growth_pct=None if fig.pace is None or official else _rounded(fig.pace.required_growth, rounding),
        projected=shown_projection,
        projection_method=None if projected is None else projected.method,
        projected_completion_pct=None if is_ceiling(indicator) else projected_share,
        projected_ceiling_used_pct=projected_share if is_ceiling(indicator) else None,
        projected_growth_pct=None
        if official
        else _rounded(_growth_over(shown_projection, None if projected is None else projected.last_year), rounding),
        growth_change_pp=_printed_change(growth, fig.growth_before, fig.growth_source, rounding),
        level=_level(fig, schedule_gap, projected_share if is_ceiling(indicator) else None, thresholds),
        target_note=target_note,
        frequency=indicator.frequency,
        owner=indicator.owner,
        contributors=tuple(indicator.contributors),
        part_of=indicator.part_of,
        share_of_total_pct=None if parts is None else _rounded(parts.share, rounding),
        share_change_pp=None if parts is None else _rounded(parts.share_change, rounding),
        pull_pp=None if parts is None else _rounded(parts.pull, rounding),
        contribution_pct=None if parts is None else _rounded(parts.contribution, rounding),
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
    trend_threshold: Decimal = DEFAULT_TREND_THRESHOLD  # the file's: 增幅较上月 said from this change up


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


def _parts(store: Store, figures_by_id: dict[str, Figures], fig: Figures) -> PartFigures | None:
    """A part's share of its total, the share's change, 拉动 and 贡献率, for the same period and last year's."""
    total_id = fig.indicator.part_of
    if total_id is None or total_id not in figures_by_id:
        return None
    total = store.indicators[total_id]
    own = fig.own_period
    before = own.same_period_last_year()
    part_before = actual_entry_for(fig.indicator, before)
    total_now = actual_entry_for(total, own)
    total_before = actual_entry_for(total, before)
    return part_figures(
        fig.actual,
        None if total_now is None else total_now.value,
        None if part_before is None else part_before.value,
        None if total_before is None else total_before.value,
    )


def against(row: StatusRow, fig: Figures, year: int, rounding: str) -> StatusRow:
    """The row with its growth on an earlier year's same period and the 年均增长 since then (两年平均增长 in 2021
    against 2019)."""
    own = fig.own_period
    years = own.year - year
    earlier = actual_entry_for(fig.indicator, Period(year, own.month))
    official = fig.indicator.growth is GrowthBasis.STATED  # its amounts give only a nominal rate: none is shown
    if years <= 0 or earlier is None or fig.actual is None or fig.indicator.kind is Kind.RATIO or official:
        return replace(row, against_year=year)
    growth = _rounded(growth_pct(fig.actual, earlier.value), rounding)
    average = compound_growth(fig.actual, earlier.value, years, PERCENT_PLACES, rounding)
    return replace(row, against_year=year, growth_against_pct=growth, average_growth_pct=average)


def build_status(
    store: Store, period: Period | None = None, schedule: Schedule | None = None, against_year: int | None = None
) -> StatusReport:
    """The status of every indicator in a period (default: the latest complete period with data).

    `schedule` measures every month against one schedule; by default each indicator's own, else the file's.
    `against_year` adds each row's growth on that year's same period and the 年均增长 since.
    """
    later_partial = None
    if period is None:
        period, later_partial = default_period(store)
    if period is None:
        return StatusReport(store.entity, None, None, [], [], store.rounding)
    all_figures = [
        figures(indicator, period, store.rounding, schedule or store.schedule_of(indicator)) for indicator in store.indicators.values()
    ]
    by_id = {fig.indicator.id: fig for fig in all_figures}
    rows = [status_row(fig, store.rounding, store.thresholds_of(fig.indicator), _parts(store, by_id, fig)) for fig in all_figures]
    if against_year is not None:
        rows = [against(row, fig, against_year, store.rounding) for row, fig in zip(rows, all_figures, strict=True)]
    missing = [row for row, fig in zip(rows, all_figures, strict=True) if fig.missing]
    progress = _rounded(time_progress_pct(period), store.rounding)
    expected_count = sum(fig.expected for fig in all_figures)
    return StatusReport(
        store.entity, period, progress, rows, all_figures, store.rounding, missing, expected_count, later_partial, store.trend_threshold
    )


@dataclass(frozen=True, slots=True)
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
    """One period per year: the whole year where it has a figure, else its latest year-to-date month; and
    before a year in progress, the same months of the year before."""
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
    # A year in progress is set beside the same months of the year before (2019年1-10月 beside 2018年1-10月),
    # never only beside the whole of it.
    if periods and not periods[-1].is_year:
        same = periods[-1].same_period_last_year()
        if same not in periods and actual_entry_for(indicator, same) is not None and (from_year is None or same.year >= from_year):
            at = next((index for index, period in enumerate(periods) if period.year > same.year), len(periods) - 1)
            periods.insert(at, same)
    return periods


def build_history(indicator: Indicator, rounding: str, from_year: int | None = None) -> IndicatorHistory:
    """Every year of one indicator: target, actual, growth, completion and status."""
    lines = []
    for period in history_periods(indicator, from_year):
        fig = figures(indicator, period, rounding)
        lines.append(HistoryLine(period, status_row(fig, rounding), fig))
    return IndicatorHistory(indicator.id, indicator.name, indicator.name_en, indicator.unit, indicator.kind, lines)


@dataclass(frozen=True)
class MonthLine:
    """One month of a year, year to date, with the month's own figure (当月 = this 累计 − last month's)."""

    period: Period
    row: StatusRow
    month_value: Decimal | None


@dataclass(frozen=True)
class MonthlyHistory:
    """`history --monthly`: an indicator's year month by month."""

    id: str
    name: str
    name_en: str | None
    unit: str
    kind: Kind
    year: int
    lines: list[MonthLine]


def build_monthly_history(indicator: Indicator, year: int, rounding: str, schedule: Schedule = Schedule.CALENDAR) -> MonthlyHistory:
    """Every month of `year` that has a year-to-date figure: 累计, 当月, 同比, 完成率 and 序时进度差."""
    lines = []
    for month in range(1, 13):
        period = Period(year, month)
        entry = indicator.actuals.get(period)
        if entry is None:
            continue
        fig = figures(indicator, period, rounding, schedule)
        before = indicator.actuals.get(Period(year, month - 1)) if month > 1 else None
        own = entry.value if month == 1 else (None if before is None else difference(entry.value, before.value))
        lines.append(MonthLine(period, status_row(fig, rounding), own if accumulates(indicator) else None))
    return MonthlyHistory(indicator.id, indicator.name, indicator.name_en, indicator.unit, indicator.kind, year, lines)
