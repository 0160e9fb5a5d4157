"""The district report's sentences, from the same rows as the district table, in Chinese or English.

Per indicator: "2019年1-6月，全区完成工业开票销售X亿元，同比增长Y%，完成全年目标的Z%，超序时进度W个百分点；
增幅前三位为A(…)、B(…)、C(…)；落后序时进度的有D、E。" and per town: "金城镇工业开票销售增幅居全区第2位，
高于全区平均3.1个百分点，位次较上期上升1位。" A figure that is missing is left out of the sentence.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from jctrack.calc import Status
from jctrack.decimals import HUNDRED, exact, round_to
from jctrack.district.compute import DistrictStatus, IndicatorStatus, TownRow
from jctrack.district.config import Aggregate, Measure
from jctrack.model import Direction, Kind
from jctrack.words import Bilingual, Lang, join, join_and, period_label, say, unit_name
from jctrack.words.district import DistrictWord

TOP_PLACES = 3

MEASURE_WORDS = {
    Measure.GROWTH: DistrictWord.MEASURE_GROWTH,
    Measure.COMPLETION: DistrictWord.MEASURE_COMPLETION,
    Measure.GAP: DistrictWord.MEASURE_GAP,
    Measure.ACTUAL: DistrictWord.MEASURE_ACTUAL,
}


def measure_word(status: IndicatorStatus) -> DistrictWord:
    """What the towns are ranked by, in words: a ceiling's completion is the share of it used (占控制数)."""
    spec = status.indicator
    if status.rank_by is Measure.COMPLETION and spec.direction is Direction.DOWN and spec.kind in (Kind.FLOW, Kind.COUNT):
        return DistrictWord.MEASURE_CEILING_USED
    return MEASURE_WORDS[status.rank_by]


def _name(status: IndicatorStatus, lang: Lang) -> str:
    spec = status.indicator
    return Bilingual(spec.name, spec.name_en or spec.name).in_(lang)


def _amount(status: IndicatorStatus, value: Decimal, lang: Lang) -> str:
    if status.indicator.kind is Kind.RATIO:
        return say(DistrictWord.VALUE_PCT, lang, value=value)
    return say(DistrictWord.VALUE_AMOUNT, lang, value=value, unit=unit_name(status.indicator.unit, lang))


def _growth_clause(status: IndicatorStatus, lang: Lang) -> str | None:
    """The total's 同比, saying its comparable scope when fewer towns compare than report: a rate over 1
    of 2 towns is not the district's growth, and the sentence must not read as if it were."""
    clause = _plain_growth_clause(status, lang)
    total = status.total
    if clause is None or len(total.comparable) >= len(total.reporting):
        return clause
    return say(DistrictWord.SAY_COMPARABLE_SCOPE, lang, count=len(total.comparable), clause=clause)


@exact
def _plain_growth_clause(status: IndicatorStatus, lang: Lang) -> str | None:
    total = status.total
    if total.growth_pp is not None:
        if total.growth_pp > 0:
            return say(DistrictWord.SAY_POINTS_UP, lang, pp=total.growth_pp)
        if total.growth_pp < 0:
            return say(DistrictWord.SAY_POINTS_DOWN, lang, pp=-total.growth_pp)
        return say(DistrictWord.SAY_POINTS_FLAT, lang)
    if total.growth_pct is None or total.growth_exact is None:
        return None
    if total.growth_exact >= HUNDRED:
        return say(DistrictWord.SAY_GROWTH_TIMES, lang, times=round_to(total.growth_exact / HUNDRED, 1, status.rounding))
    if total.growth_pct > 0:
        return say(DistrictWord.SAY_GROWTH_UP, lang, pct=total.growth_pct)
    if total.growth_pct < 0:
        return say(DistrictWord.SAY_GROWTH_DOWN, lang, pct=-total.growth_pct)
    return say(DistrictWord.SAY_GROWTH_FLAT, lang)


def _outcome_clauses(status: IndicatorStatus, lang: Lang) -> list[str]:
    total = status.total
    clauses = []
    if total.completion_pct is not None:
        clauses.append(say(DistrictWord.SAY_COMPLETION, lang, pct=total.completion_pct))
    if total.ceiling_used_pct is not None:
        clauses.append(say(DistrictWord.SAY_CEILING_USED, lang, pct=total.ceiling_used_pct))
    gap = total.schedule_gap_pp
    # A ceiling's gap is 序时进度 − share used: positive is within its pace, negative over it.
    ahead, behind = (
        (DistrictWord.SAY_WITHIN_PACE, DistrictWord.SAY_OVER_PACE)
        if _is_ceiling(status)
        else (DistrictWord.SAY_AHEAD, DistrictWord.SAY_BEHIND)
    )
    if gap is not None:
        if gap > 0:
            clauses.append(say(ahead, lang, pp=gap))
        elif gap < 0:
            clauses.append(say(behind, lang, pp=-gap))
        else:
            clauses.append(say(DistrictWord.SAY_ON_SCHEDULE, lang))
    return clauses


def _is_ceiling(status: IndicatorStatus) -> bool:
    spec = status.indicator
    return spec.direction is Direction.DOWN and spec.kind in (Kind.FLOW, Kind.COUNT)


# Names that say what happened stand alone, as in a town's narrative: 全区新增高新技术企业15家, not 完成新增….
_SELF_DESCRIBING = ("新增", "新开工", "新签约", "引进", "签约")


def _measure_value(status: IndicatorStatus, row: TownRow, lang: Lang) -> str:
    assert row.measure is not None
    if status.rank_by is Measure.ACTUAL:
        return _amount(status, row.measure, lang)
    if status.rank_by is Measure.GAP or (status.rank_by is Measure.GROWTH and status.indicator.kind is Kind.RATIO):
        return say(DistrictWord.VALUE_PP, lang, value=row.measure)
    return say(DistrictWord.VALUE_PCT, lang, value=row.measure)


def district_sentence(status: IndicatorStatus, lang: Lang = Lang.ZH, opening: bool = True) -> str | None:
    """The district's sentence for one indicator: its total, growth and outcome, the leaders, the laggards.
    With `opening`, it opens with the period (2019年1-10月，); a paragraph says the period once."""
    total = status.total
    period = say(DistrictWord.SAY_PERIOD_OPENING, lang, period=period_label(status.period, lang)) if opening else ""
    name = _name(status, lang)
    if total.aggregate is Aggregate.RANGE:
        if total.low is None or total.high is None:
            return None
        if total.low == total.high:
            first = [say(DistrictWord.SAY_DISTRICT_SAME, lang, period=period, indicator=name, value=_amount(status, total.low, lang))]
        else:
            low, high = _amount(status, total.low, lang), _amount(status, total.high, lang)
            first = [say(DistrictWord.SAY_DISTRICT_RANGE, lang, period=period, indicator=name, low=low, high=high)]
    else:
        if total.actual is None:
            return None
        if total.aggregate is Aggregate.RATIO:
            word = DistrictWord.SAY_DISTRICT_RATIO
        elif _is_ceiling(status) or status.indicator.kind is Kind.LEVEL or status.indicator.name.startswith(_SELF_DESCRIBING):
            word = DistrictWord.SAY_DISTRICT_NAMED  # 全区综合能耗27万吨, 全区新增高新技术企业15家: no 完成
        else:
            word = DistrictWord.SAY_DISTRICT_AMOUNT
        first = [say(word, lang, period=period, indicator=name, amount=_amount(status, total.actual, lang))]
        growth = _growth_clause(status, lang)
        first += [growth] if growth else []
        first += _outcome_clauses(status, lang)
        if total.missing:
            first.append(say(DistrictWord.SAY_MISSING_TOWNS, lang, towns=list(total.missing)))
    parts = [say(DistrictWord.SAY_CLAUSE_SEPARATOR, lang).join(first)]
    ranked = [row for row in status.ranked() if row.rank is not None]
    top = [row for row in ranked if row.rank is not None and row.rank <= TOP_PLACES]
    if top:
        # With three towns or fewer, 前三位 would be every town: they are listed in order instead.
        every = len(ranked) <= TOP_PLACES
        items = []
        for _, tied in itertools.groupby(top, key=lambda row: row.rank):
            places = list(tied)  # towns sharing a place are said once, as tied: not a fourth of 前三位
            value = _measure_value(status, places[0], lang)
            if len(places) == 1:
                items.append(say(DistrictWord.SAY_TOP_ITEM, lang, town=places[0].town, value=value))
            else:
                items.append(say(DistrictWord.SAY_TOP_TIED, lang, towns=join_and([row.town for row in places], lang), value=value))
        said = DistrictWord.SAY_ALL_RANKED if every else DistrictWord.SAY_TOP
        parts.append(say(said, lang, measure=measure_word(status), towns=join(items, lang)))
    if status.period.is_year:
        lagging_status, lagging_word = Status.NOT_MET, DistrictWord.SAY_NOT_MET_TOWNS
    else:
        over = _is_ceiling(status)
        lagging_status = Status.BEHIND
        lagging_word = DistrictWord.SAY_OVER_PACE_TOWNS if over else DistrictWord.SAY_BEHIND_SCHEDULE_TOWNS
    lagging = [row.town for row in status.rows if row.row is not None and row.row.status is lagging_status]
    if lagging:
        parts.append(say(lagging_word, lang, towns=lagging))
    return say(DistrictWord.SAY_PART_SEPARATOR, lang).join(parts) + say(DistrictWord.SAY_END, lang)


def _gap_clause(status: IndicatorStatus, row: TownRow, lang: Lang) -> str | None:
    if status.rank_by is Measure.ACTUAL:
        return None if row.share_pct is None else say(DistrictWord.SAY_SHARE, lang, pct=row.share_pct)
    gap = row.growth_gap_pp if status.rank_by is Measure.GROWTH else row.completion_gap_pp
    if gap is None:
        return None
    if gap > 0:
        return say(DistrictWord.SAY_ABOVE_AVERAGE, lang, pp=gap)
    if gap < 0:
        return say(DistrictWord.SAY_BELOW_AVERAGE, lang, pp=-gap)
    return say(DistrictWord.SAY_AT_AVERAGE, lang)


def town_sentence(status: IndicatorStatus, row: TownRow, lang: Lang = Lang.ZH) -> str | None:
    """ "金城镇工业开票销售增幅居全区第2位，高于全区平均3.1个百分点" — for a ranked town only."""
    if row.rank is None:
        return None
    measure = say(measure_word(status), lang)
    clauses = [say(DistrictWord.SAY_TOWN_RANK, lang, town=row.town, indicator=_name(status, lang), measure=measure, rank=row.rank)]
    gap = _gap_clause(status, row, lang)
    clauses += [gap] if gap else []
    if row.rank_change:
        word = DistrictWord.SAY_RANK_MOVED_UP if row.rank_change > 0 else DistrictWord.SAY_RANK_MOVED_DOWN
        clauses.append(say(word, lang, places=abs(row.rank_change)))
    return say(DistrictWord.SAY_CLAUSE_SEPARATOR, lang).join(clauses) + say(DistrictWord.SAY_END, lang)


def indicator_narrative(status: IndicatorStatus, lang: Lang = Lang.ZH, towns: bool = True) -> list[str]:
    """The district's sentence, then (with `towns`) one sentence per ranked town, in rank order."""
    sentences = []
    first = district_sentence(status, lang)
    if first:
        sentences.append(first)
    if towns:
        for row in status.ranked():
            sentence = town_sentence(status, row, lang)
            if sentence:
                sentences.append(sentence)
    return sentences


def district_narrative(status: DistrictStatus, lang: Lang = Lang.ZH) -> list[str]:
    """The report's opening: the town files left out (with --skip-bad), then one district sentence per
    indicator that has something to say. Totals without a town must say so before they are read."""
    skipped = [say(DistrictWord.SAY_SKIPPED_FILES, lang, files=list(status.skipped)) + say(DistrictWord.SAY_END, lang)]
    sentences: list[str] = []
    for indicator in status.indicators:
        # The period is said once, by the paragraph's first sentence, as a town's narrative says it.
        sentence = district_sentence(indicator, lang, opening=not sentences)
        if sentence:
            sentences.append(sentence)
    return (skipped if status.skipped else []) + sentences


def town_narrative(status: DistrictStatus, town: str, lang: Lang = Lang.ZH) -> list[str]:
    """Where one town stands, indicator by indicator: the sentences for the town's own report."""
    sentences = []
    for indicator in status.indicators:
        for row in indicator.rows:
            if row.town == town and (sentence := town_sentence(indicator, row, lang)):
                sentences.append(sentence)
    return sentences
