"""Everything a report shows, computed once from the store: status rows, narrative and per-indicator history."""

from __future__ import annotations

from dataclasses import dataclass

from jctrack.calc import HistoryLine, StatusReport, build_history, build_status
from jctrack.longform import Row, value_rows
from jctrack.model import Period, Store
from jctrack.narrative import narrative


@dataclass(frozen=True)
class IndicatorHistory:
    id: str
    name: str
    name_en: str | None
    unit: str
    kind: str
    lines: list[HistoryLine]


@dataclass(frozen=True)
class Report:
    lang: str
    status: StatusReport
    narrative: list[str]
    histories: list[IndicatorHistory]
    values: list[Row]  # the long form, for the spreadsheet's second sheet

    def title(self) -> str:
        entity = self.status.entity
        period = self.status.period
        if self.lang == "en":
            return f"{entity} economic report{'' if period is None else ', ' + str(period)}".strip()
        return f"{entity} {'' if period is None else period.label_zh()}经济运行情况".strip()


def build_report(store: Store, period: Period | None = None, lang: str = "zh") -> Report:
    status = build_status(store, period)
    histories = [
        IndicatorHistory(ind.id, ind.name, ind.name_en, ind.unit, ind.kind.value, build_history(ind, store.rounding))
        for ind in store.indicators.values()
    ]
    return Report(lang, status, narrative(status, lang), histories, value_rows(store))
