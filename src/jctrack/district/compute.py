"""District tables, exact: per indicator the towns' figures with 位次, the gap to the district and the 全区合计.

Every town's own figures come from `jctrack.calc.figures` and `status_row`, as its own `status` shows
them (rounded with the district's rounding). What the district adds:

- 位次 (rank) by one measure — growth (同比; a ratio's change in percentage points), completion
  (完成率; for a ceiling, a `down` flow or count, the share of it used, 占控制数), gap (序时进度差,
  year-to-date months of flows and counts) or actual — in standard competition ranking (1, 2, 2, 4),
  on the figures as shown (rounded to one decimal; an actual as stored), so that a reader can check
  every rank from the table. Higher ranks first, except growth, actual and share used of a
  `direction = "down"` indicator, where lower is better (the schedule gap already reads "higher is
  better" for such an indicator). A town without the figure is unranked; a `down` ratio or level (a
  limit) has no completion, and ranking one by it alone is refused.
- 位次变化 against the previous period: month − 1 of the same year for a year-to-date month (none
  for 1月), last year for a year; positive when the town moved up; 0 when it kept its place.
- the gap to the district's own rate, in percentage points: the town's growth (completion) minus the
  全区合计's growth (completion) — the district's rate, not the mean of the towns' rates — both as
  printed, so that the gap is the difference a reader computes from the table (as a town's 序时进度差
  is), never one that contradicts the printed rates.
- the 全区合计 row. Flows and counts (aggregate "sum") add up in the district's unit over the towns
  that reported. Its growth is computed like with like: Σ this year / Σ last year over only the
  towns that have both figures (their `comparable` list), never with a town's missing base taken as
  zero. Its 完成率 is against the district's target (district.toml; else, when every town has one,
  the sum of the towns' targets, marked "towns"), and only when every town that has the indicator
  reported: a partial sum is never set against a whole target (`missing` names who did not report).
  A ratio is never added: with a numerator and denominator in district.toml it is Σ numerator /
  Σ denominator × 100, rounded once to one decimal like every percentage (its change, like with like,
  the difference of the rounded shares in percentage points); otherwise, as for levels, the towns'
  range (lowest–highest).

An indicator whose towns cannot be set side by side — a unit that does not convert into the district's,
another kind or direction than the district's — is refused with one line naming the town;
`check_district` lists every such problem at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from jctrack.calc import (
    Figures,
    Status,
    StatusRow,
    actual_entry_for,
    change_of,
    comparable_base,
    difference,
    figure_period,
    figures,
    share_pct,
    status_row,
    time_progress_pct,
)
from jctrack.decimals import exact, round_to
from jctrack.district.config import Aggregate, Measure
from jctrack.district.load import District, IndicatorSpec, Town
from jctrack.errors import DataFileError, InputError
from jctrack.model import Direction, Entry, Indicator, Kind, Period
from jctrack.words import Bilingual, Lang, period_label
from jctrack.words.district import DistrictWord
from jctrack.words.messages import Msg

PERCENT_PLACES = 1


def previous_period(period: Period) -> Period | None:
    """The period a rank change is measured against: last month's year-to-date, or last year."""
    if period.month is None:
        return Period(period.year - 1)
    if period.month == 1:
        return None
    return Period(period.year, period.month - 1)


def competition_ranks(values: Sequence[Decimal | None], higher_is_better: bool = True) -> list[int | None]:
    """Standard competition ranking (1, 2, 2, 4); a missing value is unranked (None)."""
    present = sorted((v for v in values if v is not None), reverse=higher_is_better)
    first_place: dict[Decimal, int] = {}
    for place, value in enumerate(present, start=1):
        first_place.setdefault(value, place)
    return [None if v is None else first_place[v] for v in values]


@dataclass(frozen=True)
class TownRow:
    """One town's line in a district table for one indicator and period."""

    town: str
    file: str
    applicable: bool  # False: the town does not have the indicator ("not applicable", not zero)
    row: StatusRow | None  # the town's own figures, rounded with the district's rounding
    figures: Figures | None  # the same, exact
    measure: Decimal | None  # the figure ranked, as shown
    rank: int | None
    previous_rank: int | None
    rank_change: int | None  # places gained since the previous period; negative when it fell
    growth_gap_pp: Decimal | None  # town's growth − the district's growth, percentage points
    completion_gap_pp: Decimal | None  # town's 完成率 − the district's, percentage points
    share_pct: Decimal | None  # the town's share of the 全区合计 (summed indicators, complete totals)


@dataclass(frozen=True)
class DistrictTotal:
    """The 全区合计 row. Rates are rounded (the gaps are measured against them); `growth_exact` says 倍."""

    aggregate: Aggregate
    actual: Decimal | None  # sum, or Σ numerator / Σ denominator × 100; None for a range
    low: Decimal | None  # a range's lowest town figure
    high: Decimal | None  # and highest
    target: Decimal | None
    target_source: str | None  # "district" (district.toml) or "towns" (the towns' targets added)
    base: Decimal | None  # like with like: over the comparable towns only
    change: Decimal | None
    growth_pct: Decimal | None
    growth_pp: Decimal | None  # a ratio's change
    completion_pct: Decimal | None
    schedule_gap_pp: Decimal | None
    status: Status | None  # None for a range
    reporting: tuple[str, ...]  # towns whose figure is in the total
    missing: tuple[str, ...]  # towns that have the indicator but no figure for the period
    comparable: tuple[str, ...]  # towns in the growth (both this period's and last year's figure)
    growth_exact: Decimal | None
    ceiling_used_pct: Decimal | None = None  # a ceiling's share used, % (completion_pct is None for it)

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class IndicatorStatus:
    """One indicator across the district in one period: a row per town and the 全区合计."""

    district: str
    indicator: IndicatorSpec
    period: Period
    previous_period: Period | None
    rank_by: Measure
    time_progress_pct: Decimal
    rows: tuple[TownRow, ...]  # in the district's display order
    total: DistrictTotal
    rounding: str

    def ranked(self) -> list[TownRow]:
        """The ranked towns, first place first (ties in display order), then the unranked."""
        order = {id(row): index for index, row in enumerate(self.rows)}
        return sorted(self.rows, key=lambda r: (r.rank is None, r.rank or 0, order[id(r)]))


@dataclass(frozen=True)
class DistrictStatus:
    district: str
    period: Period
    rank_by: Measure
    time_progress_pct: Decimal
    indicators: tuple[IndicatorStatus, ...]
    skipped: tuple[str, ...]  # member files left out with skip_bad
    rounding: str


@dataclass(frozen=True)
class MatrixCell:
    value: Decimal | None
    rank: int | None
    applicable: bool


@dataclass(frozen=True)
class DistrictMatrix:
    """Towns × indicators: each cell the chosen measure with its rank; the last row the district's own."""

    district: str
    period: Period
    measure: Measure
    indicators: tuple[IndicatorSpec, ...]
    towns: tuple[str, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]  # cells[town][indicator]
    totals: tuple[Decimal | None, ...]  # the 全区合计's measure per indicator
    skipped: tuple[str, ...]
    ranges: tuple[tuple[Decimal, Decimal] | None, ...] = ()  # a ratio's towns' range, where it has no total


def _rounded(value: Decimal | None, rounding: str) -> Decimal | None:
    return None if value is None else round_to(value, PERCENT_PLACES, rounding)


def _measure_of(row: StatusRow, measure: Measure) -> Decimal | None:
    if measure is Measure.GROWTH:
        return row.growth_pp if row.kind == Kind.RATIO.value else row.growth_pct
    if measure is Measure.COMPLETION:
        return row.completion_pct if row.completion_pct is not None else row.ceiling_used_pct
    if measure is Measure.GAP:
        return row.schedule_gap_pp
    return row.actual


def higher_is_better(measure: Measure, direction: Direction) -> bool:
    """Whether a higher figure ranks first: for a `down` indicator a lower growth, amount or share of the
    ceiling used is better; the schedule gap already reads higher-is-better for it."""
    if measure is Measure.GAP:
        return True
    return direction is Direction.UP


def total_measure(total: DistrictTotal, measure: Measure) -> Decimal | None:
    """The 全区合计's figure of a measure, as printed: what the towns' gaps are measured against."""
    if measure is Measure.GROWTH:
        return total.growth_pp if total.growth_pp is not None else total.growth_pct
    if measure is Measure.COMPLETION:
        return total.completion_pct if total.completion_pct is not None else total.ceiling_used_pct
    if measure is Measure.GAP:
        return total.schedule_gap_pp
    return total.actual


def _check_definitions(district: District, spec: IndicatorSpec) -> None:
    """Refuse an indicator whose towns cannot be set side by side: a unit that cannot convert, another kind or direction."""
    wanted = {spec.id, spec.numerator, spec.denominator}
    for definition in district.definition_conflicts:
        if definition.indicator in wanted:
            words = definition.words()
            raise DataFileError(DistrictWord.DEFINITION_CONFLICT, indicator=definition.indicator, town=definition.town, **words)
    for conflict in district.unit_conflicts:
        if conflict.indicator in wanted:
            raise DataFileError(
                DistrictWord.UNIT_CONFLICT,
                indicator=conflict.indicator,
                town=conflict.town,
                unit=conflict.unit,
                district_unit=conflict.district_unit,
            )


def _district_indicator(spec: IndicatorSpec, year: int, target: Decimal | None, period: Period, actual: Decimal | None) -> Indicator:
    """A stand-in for the district as one entity, so that 完成率, 序时进度差 and status follow calc's rules."""
    return Indicator(
        id=spec.id,
        name=spec.name,
        unit="%" if spec.kind is Kind.RATIO else spec.unit,
        kind=spec.kind,
        direction=spec.direction,
        targets={} if target is None else {year: Entry(target)},
        actuals={} if actual is None else {period: Entry(actual)},
    )


@exact
def exact_sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, Decimal(0))


def _district_target(spec: IndicatorSpec, year: int, towns: Sequence[tuple[Town, Indicator]]) -> tuple[Decimal | None, str | None]:
    entry = spec.targets.get(year)
    if entry is not None:
        return entry.value, "district"
    if spec.summed and towns:
        targets = [indicator.targets.get(year) for _, indicator in towns]
        if all(t is not None for t in targets):
            return exact_sum(t.value for t in targets if t is not None), "towns"
    return None, None


@exact
def _total(
    district: District, spec: IndicatorSpec, period: Period, town_figures: Sequence[tuple[Town, Indicator, Figures]]
) -> DistrictTotal:
    rounding = district.rounding
    if spec.aggregate is Aggregate.RANGE:
        values = [(town.name, fig.actual) for town, _, fig in town_figures]
        present = [v for _, v in values if v is not None]
        return DistrictTotal(
            aggregate=spec.aggregate,
            actual=None,
            low=min(present) if present else None,
            high=max(present) if present else None,
            target=None,
            target_source=None,
            base=None,
            change=None,
            growth_pct=None,
            growth_pp=None,
            completion_pct=None,
            schedule_gap_pp=None,
            status=None,
            reporting=tuple(name for name, v in values if v is not None),
            missing=tuple(name for name, v in values if v is None),
            comparable=(),
            growth_exact=None,
        )
    if spec.aggregate is Aggregate.RATIO:
        actual, comparable_now, base, reporting, missing, comparable = _ratio_parts(district, spec, period)
        growth = difference(comparable_now, base)
        target, target_source = _district_target(spec, period.year, [])
    else:
        reporting = tuple(town.name for town, _, fig in town_figures if fig.actual is not None)
        missing = tuple(town.name for town, _, fig in town_figures if fig.actual is None)
        actual = exact_sum(fig.actual for _, _, fig in town_figures if fig.actual is not None) if reporting else None
        both = [fig for _, _, fig in town_figures if fig.actual is not None and fig.base is not None]
        comparable = tuple(town.name for town, _, fig in town_figures if fig.actual is not None and fig.base is not None)
        base = exact_sum(fig.base for fig in both if fig.base is not None) if both else None
        comparable_actual = exact_sum(fig.actual for fig in both if fig.actual is not None) if both else None
        growth = change_of(_district_indicator(spec, period.year, None, period, None), comparable_actual, base)
        target, target_source = _district_target(spec, period.year, [(town, indicator) for town, indicator, _ in town_figures])
    completion = schedule_gap = ceiling_used = None
    status: Status | None = Status.NO_DATA
    if actual is not None and not missing:
        fig = figures(_district_indicator(spec, period.year, target, period, actual), period, rounding)
        completion, schedule_gap, status, ceiling_used = fig.completion, fig.schedule_gap, fig.status, fig.ceiling_used
    is_ratio = spec.kind is Kind.RATIO
    change = None
    if spec.aggregate is Aggregate.SUM and base is not None:
        change = exact_sum(fig.actual for _, _, fig in town_figures if fig.actual is not None and fig.base is not None) - base
    return DistrictTotal(
        aggregate=spec.aggregate,
        actual=actual,
        low=None,
        high=None,
        target=target,
        target_source=target_source,
        base=base,
        change=change,
        growth_pct=None if is_ratio else _rounded(growth, rounding),
        growth_pp=_rounded(growth, rounding) if is_ratio else None,
        completion_pct=_rounded(completion, rounding),
        schedule_gap_pp=_rounded(schedule_gap, rounding),
        status=status,
        reporting=reporting,
        missing=missing,
        comparable=comparable,
        growth_exact=growth,
        ceiling_used_pct=_rounded(ceiling_used, rounding),
    )


def _ratio_parts(
    district: District, spec: IndicatorSpec, period: Period
) -> tuple[Decimal | None, Decimal | None, Decimal | None, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Σ numerator / Σ denominator × 100 over the towns that report both, rounded once to one decimal.

    Also the same ratio over only the comparable towns (both periods' figures) now and a year before:
    the change is measured like with like, over the same towns.
    """
    assert spec.numerator is not None and spec.denominator is not None
    now_num: list[Decimal] = []
    now_den: list[Decimal] = []
    base_num: list[Decimal] = []
    base_den: list[Decimal] = []
    both_num: list[Decimal] = []
    both_den: list[Decimal] = []
    reporting: list[str] = []
    missing: list[str] = []
    comparable: list[str] = []
    for town in district.towns:
        numerator = town.store.indicators.get(spec.numerator)
        denominator = town.store.indicators.get(spec.denominator)
        if numerator is None or denominator is None:
            continue
        num_entry, den_entry = actual_entry_for(numerator, period), actual_entry_for(denominator, period)
        if num_entry is None or den_entry is None:
            missing.append(town.name)
            continue
        reporting.append(town.name)
        now_num.append(num_entry.value)
        now_den.append(den_entry.value)
        last_num = comparable_base(numerator, period, num_entry)
        last_den = comparable_base(denominator, period, den_entry)
        if last_num is not None and last_den is not None:
            comparable.append(town.name)
            both_num.append(num_entry.value)
            both_den.append(den_entry.value)
            base_num.append(last_num)
            base_den.append(last_den)
    # Each share is printed to one decimal, as a town's stored ratio is: the change is the difference of
    # the printed shares, so a reader can check it from the table.
    rounding = district.rounding
    actual = _rounded(share_pct(exact_sum(now_num), exact_sum(now_den)), rounding) if reporting else None
    base = _rounded(share_pct(exact_sum(base_num), exact_sum(base_den)), rounding) if comparable else None
    comparable_now = _rounded(share_pct(exact_sum(both_num), exact_sum(both_den)), rounding) if comparable else None
    return actual, comparable_now, base, tuple(reporting), tuple(missing), tuple(comparable)


def _town_figures(district: District, spec: IndicatorSpec, period: Period) -> list[tuple[Town, Indicator, Figures]]:
    found = []
    for town in district.towns:
        indicator = town.store.indicators.get(spec.id)
        if indicator is not None:
            found.append((town, indicator, figures(indicator, period)))
    return found


def _ranks_in(district: District, spec: IndicatorSpec, period: Period | None, measure: Measure) -> dict[str, int | None]:
    if period is None:
        return {}
    names, values = [], []
    for town, _, fig in _town_figures(district, spec, period):
        names.append(town.name)
        values.append(_measure_of(status_row(fig, district.rounding), measure))
    return dict(zip(names, competition_ranks(values, higher_is_better(measure, spec.direction)), strict=True))


def _parse_measure(rank_by: Measure | str | None, default: Measure) -> Measure:
    if rank_by is None:
        return default
    try:
        return Measure(rank_by)
    except ValueError:
        raise InputError(DistrictWord.BAD_RANK_BY, value=rank_by, allowed=", ".join(m.value for m in Measure)) from None


def _period_or_latest(district: District, period: Period | None) -> Period:
    if period is None:
        period = district.latest_period()
    if period is None:
        raise DataFileError(DistrictWord.NO_DATA)
    return period


def _has_figures(district: District, period: Period, ids: Iterable[str] | None = None) -> bool:
    """Whether any town has an actual for the period (a year: or a target) of the indicators named (default: any)."""
    wanted = None if ids is None else set(ids)
    if period.is_year and any(period.year in spec.targets for spec in district.indicators.values() if wanted is None or spec.id in wanted):
        return True
    for town in district.towns:
        indicators = town.store.indicators
        chosen = indicators.values() if wanted is None else [indicators[i] for i in wanted if i in indicators]
        for indicator in chosen:
            if actual_entry_for(indicator, figure_period(indicator, period)) is not None:
                return True
            if period.is_year and period.year in indicator.targets:
                return True
    return False


def _require_figures(district: District, period: Period, ids: Iterable[str] | None = None) -> None:
    """A period with no figure at all is an error, as for a town's `status`, never a table of 无数据."""
    if not _has_figures(district, period, ids):
        raise InputError(Msg.NO_FIGURES, period=Bilingual(period_label(period, Lang.ZH), period_label(period, Lang.EN)))


@exact
def indicator_status(
    district: District,
    indicator: str | IndicatorSpec,
    period: Period | None = None,
    rank_by: Measure | str | None = None,
    alone: bool = True,
    rank_changes: bool = True,
) -> IndicatorStatus:
    """One indicator across the district: each town's figures, 位次, 位次变化, gaps, and the 全区合计.

    Asked for `alone` (not as a column of the matrix, which asks only that the district has some figure
    for the period), a period in which no town has a figure of it is an error, and so is ranking a
    limit (a `down` ratio or level, which has no completion) by completion. Without `rank_changes`
    the previous period is not ranked (the matrix shows no 位次变化): half the work.
    """
    spec = indicator if isinstance(indicator, IndicatorSpec) else district.indicator(indicator)
    _check_definitions(district, spec)
    period = _period_or_latest(district, period)
    measure = _parse_measure(rank_by, district.rank_by)
    if alone:
        _require_figures(district, period, [i for i in (spec.id, spec.numerator, spec.denominator) if i is not None])
        if measure is Measure.COMPLETION and spec.direction is Direction.DOWN and spec.kind not in (Kind.FLOW, Kind.COUNT):
            raise InputError(DistrictWord.NO_COMPLETION_TO_RANK, indicator=Bilingual(spec.name, spec.name_en or spec.name))
    rounding = district.rounding
    found = _town_figures(district, spec, period)
    total = _total(district, spec, period, found)
    rows_by_town = {town.name: status_row(fig, rounding) for town, _, fig in found}
    figures_by_town = {town.name: fig for town, _, fig in found}
    district_growth = total_measure(total, Measure.GROWTH)
    district_completion = total_measure(total, Measure.COMPLETION)
    measures = [_measure_of(rows_by_town[town.name], measure) for town, _, _ in found]
    ranks = dict(zip(rows_by_town, competition_ranks(measures, higher_is_better(measure, spec.direction)), strict=True))
    before = previous_period(period)
    previous = _ranks_in(district, spec, before, measure) if rank_changes else {}
    share_base = total.actual if spec.summed and total.complete and total.actual else None
    rows = []
    for town in district.towns:
        row = rows_by_town.get(town.name)
        fig = figures_by_town.get(town.name)
        if row is None or fig is None:
            rows.append(TownRow(town.name, town.file, False, None, None, None, None, None, None, None, None, None))
            continue
        rank, earlier = ranks[town.name], previous.get(town.name)
        rows.append(
            TownRow(
                town=town.name,
                file=town.file,
                applicable=True,
                row=row,
                figures=fig,
                measure=_measure_of(row, measure),
                rank=rank,
                previous_rank=earlier,
                rank_change=None if rank is None or earlier is None else earlier - rank,
                growth_gap_pp=_rounded(difference(_measure_of(row, Measure.GROWTH), district_growth), rounding),
                completion_gap_pp=_rounded(difference(_measure_of(row, Measure.COMPLETION), district_completion), rounding),
                share_pct=_rounded(share_pct(fig.actual, share_base), rounding) if share_base else None,
            )
        )
    progress = round_to(time_progress_pct(period), PERCENT_PLACES, rounding)
    return IndicatorStatus(district.name, spec, period, before, measure, progress, tuple(rows), total, rounding)


def district_status(
    district: District,
    period: Period | None = None,
    rank_by: Measure | str | None = None,
    indicators: Iterable[str] | None = None,
    rank_changes: bool = True,
) -> DistrictStatus:
    """Every indicator (or the ones named) across the district in one period (default: the latest with data);
    a period in which no town has any figure is an error."""
    period = _period_or_latest(district, period)
    measure = _parse_measure(rank_by, district.rank_by)
    specs = list(district.indicators.values()) if indicators is None else [district.indicator(i) for i in indicators]
    _require_figures(district, period, None if indicators is None else [spec.id for spec in specs])
    statuses = tuple(indicator_status(district, spec, period, measure, alone=False, rank_changes=rank_changes) for spec in specs)
    progress = round_to(time_progress_pct(period), PERCENT_PLACES, district.rounding)
    skipped = tuple(s.file for s in district.skipped)
    return DistrictStatus(district.name, period, measure, progress, statuses, skipped, district.rounding)


def matrix_from_status(status: DistrictStatus) -> DistrictMatrix:
    """The matrix of a computed district status: the same numbers, one measure per cell."""
    towns: list[str] = []
    if status.indicators:
        towns = [row.town for row in status.indicators[0].rows]
    cells = tuple(
        tuple(MatrixCell(row.measure, row.rank, row.applicable) for row in (indicator.rows[index] for indicator in status.indicators))
        for index in range(len(towns))
    )
    totals = tuple(total_measure(indicator.total, status.rank_by) for indicator in status.indicators)
    return DistrictMatrix(
        district=status.district,
        period=status.period,
        measure=status.rank_by,
        indicators=tuple(indicator.indicator for indicator in status.indicators),
        towns=tuple(towns),
        cells=cells,
        totals=totals,
        skipped=status.skipped,
        ranges=tuple(
            (i.total.low, i.total.high) if i.total.actual is None and i.total.low is not None and i.total.high is not None else None
            for i in status.indicators
        ),
    )


def district_matrix(district: District, period: Period | None = None, measure: Measure | str | None = None) -> DistrictMatrix:
    """Towns × indicators, each cell the chosen measure (default: the district's rank_by) with its rank."""
    return matrix_from_status(district_status(district, period, measure, rank_changes=False))


def rows_where(status: IndicatorStatus, test: Callable[[TownRow], bool]) -> list[TownRow]:
    return [row for row in status.rows if row.applicable and test(row)]
