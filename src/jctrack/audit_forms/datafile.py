"""The data file as a source of inputs: an indicator's actual, last year's base and target for a period."""

from __future__ import annotations

from decimal import Decimal

from jctrack import calc
from jctrack.audit_forms.finding import Found, Reason
from jctrack.audit_forms.interval import Num
from jctrack.decimals import plain
from jctrack.model import Indicator, Period, Store
from jctrack.textread import units
from jctrack.textread.indicators import IndicatorNames
from jctrack.words.audit import AuditWord


class DataFile:
    """A data file's values, found by the names a report gives its figures, in the units it prints them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.names = IndicatorNames(store)

    def actual(self, name: str, period: Period, unit: str) -> Found | None:
        match = self.names.find(name)
        if match is None:
            return None
        indicator, certain = match
        entry = calc.actual_entry_for(indicator, period)
        if entry is None:
            return None
        return _found(entry.value, indicator, unit, period, certain)

    def base(self, name: str, period: Period, unit: str) -> Found | None:
        """上年同期: the stored comparable base of the period, else last year's actual."""
        match = self.names.find(name)
        if match is None:
            return None
        indicator, certain = match
        base = calc.comparable_base(indicator, period, calc.actual_entry_for(indicator, period))
        if base is None:
            return None
        return _found(base, indicator, unit, period.same_period_last_year(), certain)

    def target(self, name: str, year: int, unit: str) -> Found | None:
        match = self.names.find(name)
        if match is None:
            return None
        indicator, certain = match
        entry = indicator.targets.get(year)
        if entry is None:
            return None
        return _found(entry.value, indicator, unit, Period(year), certain)

    def earlier_ratio(self, names: tuple[str, ...], period: Period) -> Found | None:
        """A share kept in the file (unit %) under the first of `names` it has: its value a year before `period`."""
        for name in names:
            match = self.names.find(name) if name else None
            if match is None or match[0].unit != "%":
                continue
            earlier = period.same_period_last_year()
            entry = calc.actual_entry_for(match[0], earlier)
            if entry is not None:
                return Num.known(entry.value, f"{plain(entry.value)}%", match[1]), Reason.of(AuditWord.FROM_DATA, period=earlier)
        return None


def _found(value: Decimal, indicator: Indicator, unit: str, period: Period, certain: bool) -> Found | None:
    converted = units.convert(value, indicator.unit, unit)
    if converted is None:
        return None
    return Num.known(converted, f"{plain(value)}{indicator.unit}", certain), Reason.of(AuditWord.FROM_DATA, period=period)


def missing(data: DataFile | None, key: AuditWord) -> Reason:
    """No base (target) in the text — and, with a data file, none there either."""
    if data is not None:
        return Reason.of({AuditWord.NO_BASE: AuditWord.NO_BASE_IN_DATA, AuditWord.NO_TARGET: AuditWord.NO_TARGET_IN_DATA}.get(key, key))
    return Reason.of(key)
