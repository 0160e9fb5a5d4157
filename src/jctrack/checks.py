"""Consistency checks of a loaded store: stated growth rates against computed ones, and suspicious series."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jctrack.calc import accumulates, change_of, comparable_base, target_base
from jctrack.decimals import decimal_places, round_to
from jctrack.model import GrowthBasis, Indicator, Kind, Period, Store, ValueType
from jctrack.words import Months, Phrase
from jctrack.words.messages import Msg


class Verdict(StrEnum):
    AGREES = "agrees"
    DISAGREES = "disagrees"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class Comparison:
    """A growth rate the source stated, set against the one computed from the stored figures."""

    indicator_id: str
    indicator_name: str
    period: str
    type: ValueType  # an actual's 同比增长 or a target's 目标增幅
    stated: Decimal
    computed: Decimal | None  # rounded to the stated precision
    verdict: Verdict
    kind_is_points: bool = False  # a ratio's change is in percentage points


@dataclass(frozen=True)
class Problem:
    indicator_id: str
    indicator_name: str
    period: str
    message: Phrase


@dataclass(frozen=True)
class CheckResult:
    comparisons: list[Comparison]
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems and all(c.verdict is not Verdict.DISAGREES for c in self.comparisons)


def compare(indicator: Indicator, period: str, kind: ValueType | str, stated: Decimal, exact: Decimal | None, rounding: str) -> Comparison:
    """A stated rate against the exact one, rounded to the precision the source printed."""
    value_type = ValueType(kind)
    points = indicator.kind is Kind.RATIO
    if exact is None:
        return Comparison(indicator.id, indicator.name, period, value_type, stated, None, Verdict.UNVERIFIABLE, points)
    computed = round_to(exact, decimal_places(stated), rounding)
    verdict = Verdict.AGREES if computed == stated else Verdict.DISAGREES
    return Comparison(indicator.id, indicator.name, period, value_type, stated, computed, verdict, points)


def _comparisons(indicator: Indicator, rounding: str) -> list[Comparison]:
    found: list[Comparison] = []
    if indicator.growth is GrowthBasis.STATED:
        return found  # official rates (按可比价, 同口径) are not recomputable from nominal amounts
    for period, entry in sorted(indicator.actuals.items(), key=lambda item: item[0].sort_key):
        if entry.stated_growth is not None:
            exact = change_of(indicator, entry.value, comparable_base(indicator, period, entry))
            found.append(compare(indicator, str(period), ValueType.ACTUAL, entry.stated_growth, exact, rounding))
    for year, entry in sorted(indicator.targets.items()):
        if entry.stated_growth is not None:
            exact = change_of(indicator, entry.value, target_base(indicator, year, entry))
            found.append(compare(indicator, str(year), ValueType.TARGET, entry.stated_growth, exact, rounding))
    return found


def _problems(indicator: Indicator) -> list[Problem]:
    found = []
    if accumulates(indicator):
        months = sorted((p for p in indicator.actuals if not p.is_year), key=lambda p: p.sort_key)
        for earlier, later in itertools.pairwise(months):
            before, after = indicator.actuals[earlier].value, indicator.actuals[later].value
            if earlier.year == later.year and after < before:
                message = Phrase(
                    Msg.CHECK_FALLS, months=Months(later), later=after, earlier_months=Months(earlier), earlier=before, name=indicator.name
                )
                found.append(Problem(indicator.id, indicator.name, str(later), message))
        for period, entry in indicator.actuals.items():
            december = indicator.actuals.get(Period(period.year, 12)) if period.is_year else None
            if december is not None and december.value != entry.value:
                message = Phrase(Msg.CHECK_YEAR_DIFFERS, year_value=entry.value, december=december.value)
                found.append(Problem(indicator.id, indicator.name, str(period), message))
    return found


def _parts_problems(store: Store) -> list[Problem]:
    """Parts that add up to more than their total in a period (and a part_of naming no indicator)."""
    found = []
    for total in store.indicators.values():
        parts = [ind for ind in store.indicators.values() if ind.part_of == total.id]
        if not parts:
            continue
        for period, entry in sorted(total.actuals.items(), key=lambda item: item[0].sort_key):
            values = [part.actuals[period].value for part in parts if period in part.actuals]
            if values and (added := sum(values, Decimal(0))) > entry.value:
                message = Phrase(Msg.CHECK_PARTS_EXCEED, parts=[part.name for part in parts], added=added, total=entry.value)
                found.append(Problem(total.id, total.name, str(period), message))
    for indicator in store.indicators.values():
        if indicator.part_of is not None and indicator.part_of not in store.indicators:
            found.append(Problem(indicator.id, indicator.name, "", Phrase(Msg.CHECK_NO_TOTAL, total=indicator.part_of)))
    return found


def check_store(store: Store) -> CheckResult:
    comparisons: list[Comparison] = []
    problems: list[Problem] = []
    for indicator in store.indicators.values():
        comparisons += _comparisons(indicator, store.rounding)
        problems += _problems(indicator)
    problems += _parts_problems(store)
    return CheckResult(comparisons, problems)
