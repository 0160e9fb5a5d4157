"""Consistency checks of a loaded store: stated growth rates against computed ones, and suspicious series."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal

from jctrack.calc import accumulates, change_of, comparable_base, target_base
from jctrack.decimals import round_to
from jctrack.model import Indicator, Kind, Period, Store


@dataclass(frozen=True)
class Comparison:
    """A growth rate the source stated, set against the one computed from the stored figures."""

    indicator_id: str
    indicator_name: str
    period: str
    type: str  # "actual" (同比增长) or "target" (目标增幅)
    stated: Decimal
    computed: Decimal | None  # rounded to the stated precision
    verdict: str  # "agrees", "disagrees" or "unverifiable"
    kind_is_points: bool = False  # a ratio's change is in percentage points


@dataclass(frozen=True)
class Problem:
    indicator_id: str
    period: str
    message: str


@dataclass(frozen=True)
class CheckResult:
    comparisons: list[Comparison]
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems and all(c.verdict != "disagrees" for c in self.comparisons)


def decimal_places(number: Decimal) -> int:
    """How many decimals a figure was written with: 15 → 0, 14.4 → 1."""
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def compare(indicator: Indicator, period: str, kind: str, stated: Decimal, exact: Decimal | None, rounding: str) -> Comparison:
    points = indicator.kind is Kind.RATIO
    if exact is None:
        return Comparison(indicator.id, indicator.name, period, kind, stated, None, "unverifiable", points)
    computed = round_to(exact, decimal_places(stated), rounding)
    verdict = "agrees" if computed == stated else "disagrees"
    return Comparison(indicator.id, indicator.name, period, kind, stated, computed, verdict, points)


def _comparisons(indicator: Indicator, rounding: str) -> list[Comparison]:
    found = []
    for period, entry in sorted(indicator.actuals.items(), key=lambda item: item[0].sort_key):
        if entry.stated_growth is not None:
            exact = change_of(indicator, entry.value, comparable_base(indicator, period, entry))
            found.append(compare(indicator, str(period), "actual", entry.stated_growth, exact, rounding))
    for year, entry in sorted(indicator.targets.items()):
        if entry.stated_growth is not None:
            exact = change_of(indicator, entry.value, target_base(indicator, year, entry))
            found.append(compare(indicator, str(year), "target", entry.stated_growth, exact, rounding))
    return found


def _problems(indicator: Indicator) -> list[Problem]:
    found = []
    if accumulates(indicator):
        months = sorted((p for p in indicator.actuals if not p.is_year), key=lambda p: p.sort_key)
        for earlier, later in itertools.pairwise(months):
            if earlier.year == later.year and indicator.actuals[later].value < indicator.actuals[earlier].value:
                found.append(
                    Problem(
                        indicator.id,
                        str(later),
                        f"year-to-date value {indicator.actuals[later].value} is below {earlier}'s "
                        f"{indicator.actuals[earlier].value}, but a {indicator.kind.value} only accumulates",
                    )
                )
        for period, entry in indicator.actuals.items():
            december = indicator.actuals.get(Period(period.year, 12)) if period.is_year else None
            if december is not None and december.value != entry.value:
                found.append(
                    Problem(
                        indicator.id,
                        str(period),
                        f"the year's {entry.value} differs from 1–12月's {december.value}; they should agree",
                    )
                )
    return found


def check_store(store: Store) -> CheckResult:
    comparisons: list[Comparison] = []
    problems: list[Problem] = []
    for indicator in store.indicators.values():
        comparisons += _comparisons(indicator, store.rounding)
        problems += _problems(indicator)
    return CheckResult(comparisons, problems)
