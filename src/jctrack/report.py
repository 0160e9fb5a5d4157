"""Everything a report shows, computed once from the store: status rows, narrative, what needs attention,
each owner's share of it, and per-indicator history."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from jctrack.calc import IndicatorHistory, StatusReport, build_history, build_status
from jctrack.longform import Row, value_rows
from jctrack.model import Period, Store
from jctrack.narrative import focus, narrative, narrative_clauses
from jctrack.outlook import Level
from jctrack.words import Lang, Phrase, paragraph


@dataclass(frozen=True)
class Report:
    lang: Lang
    status: StatusReport
    narrative: list[str]  # one sentence per indicator (JSON and CSV keep them apart)
    histories: list[IndicatorHistory]
    source: Store = field(repr=False, compare=False)  # what `values` is read from, when a format asks for it
    focus: list[str] = field(default_factory=list)  # 需重点关注: red, then amber, with what the months left need
    supervision: list[tuple[str, list[str]]] = field(default_factory=list)  # 督查: per owner, its amber and red indicators
    paragraphs: list[str] = field(default_factory=list)  # the same sentences as the report prints them
    compiled_by: str | None = None  # 编制单位, the file's `compiled_by`

    @functools.cached_property
    def values(self) -> list[Row]:
        """The long form, for the spreadsheet's second sheet and the charts: built only when a format uses it."""
        return value_rows(self.source)


def narrative_paragraphs(report: StatusReport, lang: Lang) -> list[str]:
    """The narrative as the office writes it: one paragraph of the period's figures (the time said once,
    indicators joined by "；"), then, in a year of targets, one of the plan."""
    if report.period is None:
        return []
    figures: list[list[Phrase]] = []
    plans: list[list[Phrase]] = []
    for row, clauses in narrative_clauses(report):
        if clauses:
            (figures if row.actual is not None else plans).append(clauses)
    return [text for text in (paragraph(figures, lang), paragraph(plans, lang)) if text]


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
        store,
        focus=focus(status, lang),
        supervision=supervision_of(status, lang) if by_owner else [],
        paragraphs=narrative_paragraphs(status, lang),
        compiled_by=store.compiled_by,
    )
