"""Everything a report shows, computed once from the store: status rows, narrative, what needs attention,
each owner's share of it, and per-indicator history."""

from __future__ import annotations

from dataclasses import dataclass, field

from jctrack.calc import IndicatorHistory, StatusReport, build_history, build_status
from jctrack.longform import Row, value_rows
from jctrack.model import Period, Store
from jctrack.narrative import focus, narrative
from jctrack.outlook import Level
from jctrack.words import Lang


@dataclass(frozen=True)
class Report:
    lang: Lang
    status: StatusReport
    narrative: list[str]
    histories: list[IndicatorHistory]
    values: list[Row]  # the long form, for the spreadsheet's second sheet
    focus: list[str] = field(default_factory=list)  # 需重点关注: red, then amber, with what the months left need
    supervision: list[tuple[str, list[str]]] = field(default_factory=list)  # 督查: per owner, its amber and red indicators


def supervision_of(status: StatusReport, lang: Lang) -> list[tuple[str, list[str]]]:
    """Per 牵头单位, in the order owners first appear, the focus sentences of its amber and red indicators."""
    owners = list(dict.fromkeys(row.owner for row in status.rows if row.owner))
    found = []
    for owner in owners:
        rows = [row for row in status.rows if row.owner == owner and row.level in (Level.RED, Level.AMBER)]
        if rows:
            found.append((owner, focus(status, lang, rows)))
    return found


def build_report(store: Store, period: Period | StatusReport | None = None, lang: Lang = Lang.ZH, by_owner: bool = False) -> Report:
    """The report of a period (or of a status already built for it), in a language; `by_owner` adds the 督查 section."""
    status = period if isinstance(period, StatusReport) else build_status(store, period)
    histories = [build_history(indicator, store.rounding) for indicator in store.indicators.values()]
    return Report(
        lang,
        status,
        narrative(status, lang),
        histories,
        value_rows(store),
        focus(status, lang),
        supervision_of(status, lang) if by_owner else [],
    )
