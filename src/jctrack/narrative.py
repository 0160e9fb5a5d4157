"""The report's opening sentences, one per indicator: what each sentence says is decided here, once, for every language."""

from __future__ import annotations

from decimal import Decimal

from jctrack.calc import Figures, Status, StatusReport, StatusRow
from jctrack.decimals import HUNDRED, exact, round_to
from jctrack.model import Kind, Period
from jctrack.units import family_of
from jctrack.words import Amount, Bilingual, Lang, Months, Phrase, sentence
from jctrack.words.phrases import Said

# Count indicators whose name already says what happened (新增…, 签约…) need no verb before them.
_SELF_DESCRIBING = ("新增", "签约", "引进", "培育", "招引")


def _is_amount(row: StatusRow) -> bool:
    return row.kind in (Kind.FLOW, Kind.LEVEL) and family_of(row.unit) not in (None, "percent")


def _is_income(row: StatusRow) -> bool:
    return family_of(row.unit) == "money" and "收入" in row.name


def _name(row: StatusRow) -> Bilingual:
    return Bilingual(row.name, row.name_en or row.name)


def _amount(row: StatusRow, value: Decimal) -> Amount:
    unit = "%" if row.kind is Kind.RATIO else row.unit
    return Amount(value, unit, counted=row.kind is Kind.COUNT)


def _when(period: Period) -> Phrase:
    if period.is_year:
        return Phrase(Said.WHEN_YEAR)
    return Phrase(Said.WHEN_MONTHS, months=Months(period))


def _figure(row: StatusRow, value: Decimal, period: Period) -> Phrase:
    said = Said.FIGURE_DONE
    if row.kind is Kind.RATIO:
        said = Said.FIGURE_SHARE if ("比重" in row.name or "占比" in row.name) else Said.FIGURE_SHARE_OF
    elif row.kind is Kind.COUNT and row.name.startswith(_SELF_DESCRIBING):
        said = Said.FIGURE_COUNT
    return Phrase(said, when=_when(period), name=_name(row), amount=_amount(row, value))


def _growth(row: StatusRow, fig: Figures, rounding: str) -> list[Phrase]:
    if row.growth_pp is not None:
        if row.growth_pp > 0:
            return [Phrase(Said.POINTS_UP, points=row.growth_pp)]
        if row.growth_pp < 0:
            return [Phrase(Said.POINTS_DOWN, points=-row.growth_pp)]
        return [Phrase(Said.POINTS_FLAT)]
    if row.growth_pct is None:
        return []
    clauses = []
    if fig.growth is not None and fig.growth >= HUNDRED:
        # 倍 from the exact growth, not from the rounded percentage (124.96% is 1.2倍, not 1.3).
        clauses.append(Phrase(Said.GROWTH_TIMES, times=round_to(fig.growth / HUNDRED, 1, rounding), pct=row.growth_pct))
    elif row.growth_pct > 0:
        clauses.append(Phrase(Said.GROWTH_UP, pct=row.growth_pct))
    elif row.growth_pct < 0:
        clauses.append(Phrase(Said.GROWTH_DOWN, pct=-row.growth_pct))
    else:
        clauses.append(Phrase(Said.GROWTH_FLAT))
    if row.change and _is_amount(row):
        if row.change > 0:
            said = Said.INCOME_MORE if _is_income(row) else Said.CHANGE_MORE
        else:
            said = Said.INCOME_LESS if _is_income(row) else Said.CHANGE_LESS
        clauses.append(Phrase(said, amount=Amount(abs(row.change), row.unit)))
    return clauses


def outcome(row: StatusRow, period: Period) -> list[Phrase]:
    """The completion clauses: a finished year by its result, a month by 完成率 and its pace."""
    clauses = []
    if period.is_year:
        if row.status is Status.EXCEEDED:
            clauses.append(Phrase(Said.EXCEEDED))
        elif row.status is Status.MET:
            clauses.append(Phrase(Said.MET))
        elif row.status is Status.NOT_MET and row.completion_pct is not None:
            clauses.append(Phrase(Said.SHARE_OF_TARGET, pct=row.completion_pct))
        return clauses
    if row.completion_pct is not None and row.accumulates:
        clauses.append(Phrase(Said.SHARE_OF_TARGET, pct=row.completion_pct))
    gap = row.schedule_gap_pp
    if gap is not None and gap > 0:
        clauses.append(Phrase(Said.AHEAD, points=gap))
    elif gap is not None and gap < 0:
        clauses.append(Phrase(Said.BEHIND, points=-gap))
    elif gap is not None:
        clauses.append(Phrase(Said.ON_SCHEDULE))
    return clauses


def _plan(row: StatusRow, period: Period) -> list[Phrase] | None:
    if row.target is None:
        return None
    clauses = [Phrase(Said.PLAN, year=period.year, name=_name(row), amount=_amount(row, row.target))]
    growth = row.target_growth_pct
    if growth is not None:
        clauses.append(Phrase(Said.PLAN_UP, pct=growth) if growth >= 0 else Phrase(Said.PLAN_DOWN, pct=-growth))
    return clauses


@exact
def clauses_of(row: StatusRow, fig: Figures, period: Period, rounding: str) -> list[Phrase] | None:
    """What one indicator's sentence says, or None when it has nothing to say (no actual, no target)."""
    if row.actual is None:
        return _plan(row, period)
    return [_figure(row, row.actual, period), *_growth(row, fig, rounding), *outcome(row, period)]


def narrative(report: StatusReport, lang: Lang | str = Lang.ZH) -> list[str]:
    """One sentence per indicator that has something to say; a missing figure is left out, not shown as —."""
    if report.period is None:
        return []
    sentences = []
    for row, fig in zip(report.rows, report.figures, strict=True):
        clauses = clauses_of(row, fig, report.period, report.rounding)
        if clauses:
            sentences.append(sentence(clauses, Lang(lang)))
    return sentences
