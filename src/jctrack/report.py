"""Everything a report shows, computed once from the store: status rows, narrative and per-indicator history."""

from __future__ import annotations

from dataclasses import dataclass

from jctrack.calc import IndicatorHistory, StatusReport, build_history, build_status
from jctrack.longform import Row, value_rows
from jctrack.model import Period, Store
from jctrack.narrative import narrative
from jctrack.words import Lang


@dataclass(frozen=True)
class Report:
    lang: Lang
    status: StatusReport
    narrative: list[str]
    histories: list[IndicatorHistory]
    values: list[Row]  # the long form, for the spreadsheet's second sheet


def build_report(store: Store, period: Period | StatusReport | None = None, lang: Lang = Lang.ZH) -> Report:
    """The report of a period (or of a status already built for it), in a language."""
    status = period if isinstance(period, StatusReport) else build_status(store, period)
    histories = [build_history(indicator, store.rounding) for indicator in store.indicators.values()]
    return Report(lang, status, narrative(status, lang), histories, value_rows(store))
