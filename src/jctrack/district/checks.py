"""`district check`: what keeps the towns' files from adding up to one district table."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from jctrack.district.compute import exact_sum
from jctrack.district.load import CODE_WORDS, District, IndicatorSpec
from jctrack.model import Period
from jctrack.words import Lang, say
from jctrack.words.district import DistrictWord


class FindingKind(StrEnum):
    TARGETS_DO_NOT_ADD_UP = "targets_do_not_add_up"  # Σ towns' targets ≠ the district's (summed indicators)
    TOWN_TARGETS_MISSING = "town_targets_missing"  # the district has a target, some towns none
    MISSING_FIGURE = "missing_figure"  # a town has the indicator but no figure for a period others have
    UNIT_CANNOT_CONVERT = "unit_cannot_convert"  # a town's unit is of another family than the district's
    KIND_DIFFERS = "kind_differs"  # a town's kind is not the district's (the first town's)
    DIRECTION_DIFFERS = "direction_differs"


_WORDS = {
    FindingKind.TARGETS_DO_NOT_ADD_UP: DistrictWord.FINDING_TARGETS_DO_NOT_ADD_UP,
    FindingKind.TOWN_TARGETS_MISSING: DistrictWord.FINDING_TOWN_TARGETS_MISSING,
    FindingKind.MISSING_FIGURE: DistrictWord.FINDING_MISSING_FIGURE,
    FindingKind.UNIT_CANNOT_CONVERT: DistrictWord.FINDING_UNIT_CANNOT_CONVERT,
    FindingKind.KIND_DIFFERS: DistrictWord.FINDING_KIND_DIFFERS,
    FindingKind.DIRECTION_DIFFERS: DistrictWord.FINDING_DIRECTION_DIFFERS,
}


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    indicator: str  # id
    indicator_name: str
    period: str | None  # "2019" or "2019-06" where the finding is about one period
    towns: tuple[str, ...]
    details: dict[str, Decimal | str] = field(default_factory=dict)  # the figures the message names

    def text(self, lang: Lang | None = None) -> str:
        params: dict[str, object] = {"indicator": self.indicator_name, **self.details}
        if self.kind in (FindingKind.KIND_DIFFERS, FindingKind.DIRECTION_DIFFERS):
            params = {name: CODE_WORDS.get(str(value), value) if name != "indicator" else value for name, value in params.items()}
        if self.kind in (FindingKind.UNIT_CANNOT_CONVERT, FindingKind.KIND_DIFFERS, FindingKind.DIRECTION_DIFFERS):
            params["town"] = self.towns[0]
        else:
            params["towns"] = list(self.towns)
        if self.kind is FindingKind.MISSING_FIGURE:
            params["period"] = self.period
        elif self.kind in (FindingKind.TARGETS_DO_NOT_ADD_UP, FindingKind.TOWN_TARGETS_MISSING):
            params["year"] = self.period
        return say(_WORDS[self.kind], lang, **params)


@dataclass(frozen=True)
class DistrictCheck:
    district: str
    towns: int
    indicators: int
    findings: tuple[Finding, ...]
    skipped: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.findings and not self.skipped

    def summary(self, lang: Lang | None = None) -> str:
        if self.ok:
            return say(DistrictWord.CHECK_OK, lang, towns=self.towns, indicators=self.indicators)
        return say(DistrictWord.CHECK_SUMMARY, lang, count=len(self.findings) + len(self.skipped))


def _target_findings(district: District, spec: IndicatorSpec, conflicted: set[str]) -> list[Finding]:
    if not spec.summed or not spec.targets or conflicted:
        return []  # a unit that cannot convert is its own finding; the sum would mean nothing
    found = []
    holders = [(town.name, town.store.indicators[spec.id]) for town in district.towns if spec.id in town.store.indicators]
    for year, entry in sorted(spec.targets.items()):
        lacking = tuple(name for name, indicator in holders if year not in indicator.targets)
        if lacking:
            found.append(Finding(FindingKind.TOWN_TARGETS_MISSING, spec.id, spec.name, str(year), lacking))
            continue
        total = exact_sum(indicator.targets[year].value for _, indicator in holders)
        if total != entry.value:
            details: dict[str, Decimal | str] = {
                "towns_total": total,
                "district_total": entry.value,
                "difference": exact_sum([total, -entry.value]),
                "unit": spec.unit,
            }
            found.append(Finding(FindingKind.TARGETS_DO_NOT_ADD_UP, spec.id, spec.name, str(year), tuple(n for n, _ in holders), details))
    return found


def _year_end(period: Period) -> Period:
    # A year's figure and its 1–12月 year-to-date are the same figure (calc's actual_for_year).
    return Period(period.year) if period.month == 12 else period


def _completeness_findings(district: District, spec: IndicatorSpec) -> list[Finding]:
    holders = [(town.name, town.store.indicators[spec.id]) for town in district.towns if spec.id in town.store.indicators]
    reported = [(name, {_year_end(p) for p in indicator.actuals}) for name, indicator in holders]
    every = set().union(*(periods for _, periods in reported)) if reported else set()
    found = []
    for period in sorted(every, key=lambda p: p.sort_key):
        lacking = tuple(name for name, periods in reported if period not in periods)
        if lacking:
            found.append(Finding(FindingKind.MISSING_FIGURE, spec.id, spec.name, str(period), lacking))
    return found


def check_district(district: District) -> DistrictCheck:
    """Every finding, indicator by indicator: definitions, units, targets that do not add up, missing figures."""
    findings: list[Finding] = []
    for spec in district.indicators.values():
        for definition in district.definition_conflicts:
            if definition.indicator == spec.id:
                kind = FindingKind.KIND_DIFFERS if definition.field == "kind" else FindingKind.DIRECTION_DIFFERS
                details: dict[str, Decimal | str] = {
                    definition.field: definition.value,
                    f"district_{definition.field}": definition.district_value,
                }
                findings.append(Finding(kind, spec.id, spec.name, None, (definition.town,), details))
        conflicted = set()
        for unit in district.unit_conflicts:
            if unit.indicator == spec.id:
                conflicted.add(unit.town)
                details = {"unit": unit.unit, "district_unit": unit.district_unit}
                findings.append(Finding(FindingKind.UNIT_CANNOT_CONVERT, spec.id, spec.name, None, (unit.town,), details))
        findings += _target_findings(district, spec, conflicted)
        findings += _completeness_findings(district, spec)
    return DistrictCheck(
        district=district.name,
        towns=len(district.towns),
        indicators=len(district.indicators),
        findings=tuple(findings),
        skipped=tuple(s.file for s in district.skipped),
    )
