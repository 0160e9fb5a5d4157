"""The report's opening sentences, one per indicator: what each sentence says is decided here, once, for every language."""

from __future__ import annotations

from decimal import Decimal

from jctrack.calc import Figures, Source, Status, StatusReport, StatusRow
from jctrack.decimals import HUNDRED, exact, round_to
from jctrack.model import DEFAULT_TREND_THRESHOLD, Direction, Kind, Period, Schedule
from jctrack.outlook import Level, Method
from jctrack.units import PERCENT, is_money
from jctrack.words import Amount, Bilingual, Lang, Months, Phrase, sentence
from jctrack.words.phrases import Said

# Count indicators whose name already says what happened (新增…, 签约…) need no verb before them.
_SELF_DESCRIBING = ("新增", "签约", "引进", "培育", "招引")


def _is_amount(row: StatusRow) -> bool:
    return row.kind in (Kind.FLOW, Kind.LEVEL) and row.unit != PERCENT


def _is_income(row: StatusRow) -> bool:
    return is_money(row.unit) and "收入" in row.name


def _name(row: StatusRow) -> Bilingual:
    return Bilingual(row.name, row.name_en or row.name)


def _amount(row: StatusRow, value: Decimal) -> Amount:
    unit = "%" if row.kind is Kind.RATIO else row.unit
    return Amount(value, unit, counted=row.kind is Kind.COUNT)


def _when(period: Period) -> Phrase:
    if period.is_year:
        return Phrase(Said.WHEN_YEAR)
    return Phrase(Said.WHEN_MONTHS, months=Months(period))


def _figure(row: StatusRow, value: Decimal) -> Phrase:
    """The subject: 完成工业开票销售120亿元; a name that says what happened stands alone (新增…, a share, a
    ceiling's use: 综合能耗10.5万吨); things that happen to a town are 发生 (发生安全生产事故1起)."""
    said = Said.FIGURE_DONE
    if row.kind in (Kind.RATIO, Kind.LEVEL) or (row.kind is Kind.COUNT and row.name.startswith(_SELF_DESCRIBING)):
        said = Said.FIGURE_NAMED  # a stock is not 完成: 存款余额91.96亿元
    elif row.direction is Direction.DOWN:
        said = Said.FIGURE_OCCURRED if row.kind is Kind.COUNT else Said.FIGURE_NAMED
    return Phrase(said, when=_when(row.figure_period), name=_name(row), amount=_amount(row, value))


def _points(row: StatusRow) -> list[Phrase]:
    """A share's change in 个百分点: on last year for a year, on the same period last year for a month."""
    assert row.growth_pp is not None
    month = not row.figure_period.is_year
    if row.growth_pp > 0:
        return [Phrase(Said.POINTS_UP_SAME_PERIOD if month else Said.POINTS_UP, points=row.growth_pp)]
    if row.growth_pp < 0:
        return [Phrase(Said.POINTS_DOWN_SAME_PERIOD if month else Said.POINTS_DOWN, points=-row.growth_pp)]
    return [Phrase(Said.POINTS_FLAT_SAME_PERIOD if month else Said.POINTS_FLAT)]


def _growth(row: StatusRow, fig: Figures, rounding: str) -> list[Phrase]:
    if row.growth_pp is not None:
        return _points(row)
    if row.growth_pct is None:
        return []
    clauses = []
    if fig.growth is not None and fig.growth >= HUNDRED and row.growth_source is Source.COMPUTED:
        # 倍 from the exact growth, not from the rounded percentage (124.96% is 1.2倍, not 1.3).
        clauses.append(Phrase(Said.GROWTH_TIMES, times=round_to(fig.growth / HUNDRED, 1, rounding), pct=row.growth_pct))
    elif row.growth_pct > 0:
        clauses.append(Phrase(Said.GROWTH_UP, pct=row.growth_pct))
    elif row.growth_pct < 0:
        clauses.append(Phrase(Said.GROWTH_DOWN, pct=-row.growth_pct))
    elif fig.growth is not None and fig.growth != 0:
        # 1000.4 against 1000 prints 0.0%: 基本持平, and no 增加0.4亿元 beside a rate that says flat.
        clauses.append(Phrase(Said.GROWTH_NEARLY_FLAT))
        return clauses
    else:
        clauses.append(Phrase(Said.GROWTH_FLAT))
    if row.change and _is_amount(row) and row.growth_source is Source.COMPUTED:
        if row.change > 0:
            said = Said.INCOME_MORE if _is_income(row) else Said.CHANGE_MORE
        else:
            said = Said.INCOME_LESS if _is_income(row) else Said.CHANGE_LESS
        clauses.append(Phrase(said, amount=Amount(abs(row.change), row.unit)))
    return clauses


def _pace(gap: Decimal | None, ahead: Said, behind: Said, on_schedule: Said = Said.ON_SCHEDULE) -> list[Phrase]:
    if gap is None:
        return []
    if gap > 0:
        return [Phrase(ahead, points=gap)]
    if gap < 0:
        return [Phrase(behind, points=-gap)]
    return [Phrase(on_schedule)]


def _trend(row: StatusRow, threshold: Decimal) -> list[Phrase]:
    """增幅较1-9月提高/回落X个百分点: the year-to-date growth against last month's, when the printed change
    is at least the file's `trend_threshold` (0.1 by default: any change that prints) and not 0.0."""
    change, earlier = row.growth_change_pp, row.trend_from
    if change is None or not change or abs(change) < threshold or earlier is None:
        return []
    months = Months(earlier)
    if row.growth_pct is not None and row.growth_pct < 0 and row.growth_pct - change < 0:
        # Falling both months: the fall deepens or eases (降幅扩大/收窄), it does not "回落".
        return [Phrase(Said.TREND_FALL_WIDER if change < 0 else Said.TREND_FALL_NARROWER, months=months, points=abs(change))]
    return [Phrase(Said.TREND_UP if change > 0 else Said.TREND_DOWN, months=months, points=abs(change))]


def _ceiling(row: StatusRow, period: Period) -> list[Phrase]:
    """A lower-is-better flow or count: the share of the year's ceiling used, and whether it was kept."""
    if row.target is None or row.actual is None:
        return []
    if period.is_year:
        if row.actual <= row.target:
            return [Phrase(Said.CEILING_KEPT)]
        return [Phrase(Said.CEILING_BROKEN, amount=_amount(row, row.actual - row.target))]
    clauses = [] if row.ceiling_used_pct is None else [Phrase(Said.CEILING_SHARE, pct=row.ceiling_used_pct)]
    # schedule_gap is 序时进度 − share used: positive is within the pace of the year (of last year, when seasonal).
    if row.schedule is Schedule.LAST_YEAR:
        seasonal = (Said.CEILING_WITHIN_PACE_SEASONAL, Said.CEILING_OVER_PACE_SEASONAL, Said.ON_SCHEDULE_SEASONAL)
        return clauses + _pace(row.schedule_gap_pp, *seasonal)
    return clauses + _pace(row.schedule_gap_pp, Said.CEILING_WITHIN_PACE, Said.CEILING_OVER_PACE)


def _against_target(row: StatusRow) -> list[Phrase]:
    """A share or a stock against its target: reached, or how far short (above, for lower-is-better)."""
    if row.target is None or row.actual is None or row.target_gap is None:
        return []
    ratio = row.kind is Kind.RATIO
    if row.direction is Direction.DOWN:
        if row.target_gap <= 0:
            return [Phrase(Said.LIMIT_KEPT)]
        if ratio:
            return [Phrase(Said.LIMIT_OVER_POINTS, points=row.target_gap)]
        return [Phrase(Said.LIMIT_OVER, amount=_amount(row, row.target_gap))]
    target = _amount(row, row.target)
    if row.target_gap == 0:
        return [Phrase(Said.TARGET_REACHED)]
    if row.target_gap > 0:  # beyond it, as the table's 超额完成 says: by how much
        if ratio:
            return [Phrase(Said.TARGET_BEYOND_POINTS, target=target, points=row.target_gap)]
        return [Phrase(Said.TARGET_BEYOND, target=target, amount=_amount(row, row.target_gap))]
    if ratio:
        return [Phrase(Said.TARGET_SHORT_POINTS, target=target, points=-row.target_gap)]
    return [Phrase(Said.TARGET_SHORT, target=target, amount=_amount(row, -row.target_gap))]


def outcome(row: StatusRow, period: Period) -> list[Phrase]:
    """The completion clauses: a finished year by its result, a month by 完成率 and its pace."""
    if not row.accumulates:
        return _against_target(row)
    if row.is_ceiling:
        return _ceiling(row, period)
    clauses = []
    if period.is_year:
        if row.status is Status.EXCEEDED:
            clauses.append(Phrase(Said.EXCEEDED))
        elif row.status is Status.MET:
            clauses.append(Phrase(Said.MET))
        elif row.status is Status.NOT_MET and row.completion_pct is not None:
            clauses.append(Phrase(Said.SHARE_OF_TARGET, pct=row.completion_pct))
        return clauses
    if row.completion_pct is not None:
        clauses.append(Phrase(Said.SHARE_OF_TARGET, pct=row.completion_pct))
    if row.schedule is Schedule.LAST_YEAR:
        return clauses + _pace(row.schedule_gap_pp, Said.AHEAD_SEASONAL, Said.BEHIND_SEASONAL, Said.ON_SCHEDULE_SEASONAL)
    return clauses + _pace(row.schedule_gap_pp, Said.AHEAD, Said.BEHIND)


def _plan(row: StatusRow, period: Period) -> list[Phrase] | None:
    """A year with a target and no figure yet: the plan. A month with no figure says nothing (it is listed as 未报送)."""
    if row.target is None or not period.is_year:
        return None
    clauses = [Phrase(Said.PLAN, year=period.year, name=_name(row), amount=_amount(row, row.target))]
    growth = row.target_growth_pct
    if growth is not None:
        clauses.append(Phrase(Said.PLAN_UP, pct=growth) if growth >= 0 else Phrase(Said.PLAN_DOWN, pct=-growth))
    return clauses


@exact
def clauses_of(
    row: StatusRow, fig: Figures, period: Period, rounding: str, trend_threshold: Decimal = DEFAULT_TREND_THRESHOLD
) -> list[Phrase] | None:
    """What one indicator's sentence says, or None when it has nothing to say (no actual, no target)."""
    if row.actual is None:
        return _plan(row, period)
    return [_figure(row, row.actual), *_growth(row, fig, rounding), *_trend(row, trend_threshold), *outcome(row, row.figure_period)]


def _largest_pull(total: StatusRow, rows: list[StatusRow]) -> list[Phrase]:
    """其中税收收入增长12.5%，拉动一般公共预算收入增长8.7个百分点: the part that moved its total most."""
    parts = [row for row in rows if row.part_of == total.id and row.pull_pp is not None and row.growth_pct is not None]
    if not parts:
        return []
    part = max(parts, key=lambda row: abs(row.pull_pp or Decimal(0)))
    assert part.pull_pp is not None and part.growth_pct is not None
    said = Said.PART_PULL_UP if part.pull_pp >= 0 else Said.PART_PULL_DOWN
    return [Phrase(said, part=_name(part), pct=abs(part.growth_pct), total=_name(total), points=abs(part.pull_pp))]


def narrative_clauses(report: StatusReport) -> list[tuple[StatusRow, list[Phrase]]]:
    """Each indicator that has something to say, with the clauses of its sentence, once for every way of printing them."""
    if report.period is None:
        return []
    found = []
    for row, fig in zip(report.rows, report.figures, strict=True):
        clauses = clauses_of(row, fig, report.period, report.rounding, report.trend_threshold)
        if clauses:
            if row.actual is not None:
                # A total's largest 拉动 closes its sentence (…，完成全年目标的70.2%，其中税收收入…): placed
                # earlier, the 完成 clause after it would read as the part's.
                clauses += _largest_pull(row, report.rows)
            found.append((row, clauses))
    return found


def narrative(report: StatusReport, lang: Lang | str = Lang.ZH) -> list[str]:
    """One sentence per indicator that has something to say; a missing figure is left out, not shown as —."""
    return [sentence(clauses, Lang(lang)) for _, clauses in narrative_clauses(report)]


def _focus_clauses(row: StatusRow) -> list[Phrase]:
    """What a leader reads of an amber or red indicator: how far behind, what the months left need, where
    the year is heading."""
    months = Months(row.figure_period)
    gap = row.schedule_gap_pp
    pace = Phrase(Said.PACE_LAST_YEAR if row.schedule is Schedule.LAST_YEAR else Said.PACE_CALENDAR)
    broken = row.is_ceiling and row.actual is not None and row.target is not None and row.actual > row.target
    if not row.accumulates:
        month = row.figure_period.month
        # A stock is as it stands at a month's or the year's end (债务余额6月末为…, 年末为…); a share is of the
        # months so far, or of the year (全年为…).
        when: Phrase | Months = months
        if row.kind is Kind.LEVEL:
            when = Phrase(Said.MONTH_END, month=month) if month else Phrase(Said.YEAR_END)
        opening = Phrase(Said.FOCUS_NOT_REACHED, name=_name(row), months=when, amount=_amount(row, row.actual or Decimal(0)))
    elif broken:
        assert row.actual is not None and row.target is not None
        said = Said.FOCUS_YEAR_CEILING_BROKEN if row.figure_period.is_year else Said.FOCUS_CEILING_BROKEN
        opening = Phrase(said, name=_name(row), months=months, amount=_amount(row, row.actual - row.target))
    elif row.figure_period.is_year:
        if row.completion_pct is not None and row.target is not None and row.actual is not None and row.actual < row.target:
            # The gap a leader asks for first: how much of the target, how much short (完成目标的99.1%，尚差2亿元).
            short = _amount(row, row.target - row.actual)
            opening = Phrase(Said.FOCUS_NOT_MET_SHORT, name=_name(row), pct=row.completion_pct, amount=short)
        else:
            opening = Phrase(Said.FOCUS_NOT_MET, name=_name(row))
    else:
        # A ceiling's gap is 序时进度 − share used: positive is within its pace; an up indicator's, ahead.
        above, below = (Said.FOCUS_WITHIN_PACE, Said.FOCUS_OVER_PACE) if row.is_ceiling else (Said.FOCUS_AHEAD, Said.FOCUS_BEHIND)
        if gap is None or gap == 0:
            opening = Phrase(Said.FOCUS_AT_PACE, name=_name(row), months=months, pace=pace)
        else:
            opening = Phrase(above if gap > 0 else below, name=_name(row), months=months, pace=pace, points=abs(gap))
    clauses = [opening, *([] if row.accumulates else _against_target(row))]
    done = row.figure_period.month
    december_left = row.months_left == 1 and done == 11  # 12月需完成, not 后1个月需月均完成
    if not row.is_ceiling and row.required_monthly is not None and row.required_monthly > 0 and row.months_left and done:
        if row.kind is Kind.COUNT and row.target is not None and row.actual is not None:
            # Firms and projects come whole: the months left need so many more, not 0.8家 a month.
            remaining = Amount(row.target - row.actual, row.unit, counted=True)
            said = Said.FOCUS_PACE_COUNT_DECEMBER if december_left else Said.FOCUS_PACE_COUNT
            clauses.append(Phrase(said, left=row.months_left, amount=remaining))
        elif row.pace_ratio is not None:
            amount = Amount(row.required_monthly, row.unit)
            said = Said.FOCUS_PACE_FIRST if done == 1 else Said.FOCUS_PACE_DECEMBER if december_left else Said.FOCUS_PACE
            clauses.append(Phrase(said, left=row.months_left, amount=amount, done=done, ratio=row.pace_ratio))
        if row.required_growth_pct is not None and row.required_growth_pct >= 0:
            clauses.append(Phrase(Said.FOCUS_PACE_GROWTH, pct=row.required_growth_pct))
        elif row.required_growth_pct is not None:  # less than last year's same months would still do: never 增长-60%
            clauses.append(Phrase(Said.FOCUS_PACE_SHARE, pct=HUNDRED + row.required_growth_pct))
    if row.projected is not None and row.projection_method is not None:
        method = Phrase(Said.BY_LAST_YEAR if row.projection_method is Method.LAST_YEAR else Said.BY_AVERAGE)
        amount = Amount(row.projected, row.unit, counted=row.kind is Kind.COUNT)
        if row.is_ceiling and row.projected_ceiling_used_pct is not None:
            clauses.append(Phrase(Said.FOCUS_PROJECTED_CEILING, method=method, amount=amount, pct=row.projected_ceiling_used_pct))
            if row.projected_ceiling_used_pct > HUNDRED and not broken:
                clauses.append(Phrase(Said.FOCUS_BREAKS_CEILING))
        elif row.projected_completion_pct is not None:
            clauses.append(Phrase(Said.FOCUS_PROJECTED, method=method, amount=amount, pct=row.projected_completion_pct))
    return clauses


def focus(report: StatusReport, lang: Lang | str = Lang.ZH, rows: list[StatusRow] | None = None) -> list[str]:
    """需重点关注: the red indicators, then the amber ones, each with its gap and what the months left need."""
    chosen = report.rows if rows is None else rows
    flagged = [row for row in chosen if row.level is Level.RED] + [row for row in chosen if row.level is Level.AMBER]
    return [sentence(_focus_clauses(row), Lang(lang)) for row in flagged]
