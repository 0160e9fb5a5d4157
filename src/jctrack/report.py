"""Everything a report shows, computed once from the store: status rows, narrative and per-indicator history."""

from __future__ import annotations

from dataclasses import dataclass, field

from jctrack.calc import IndicatorHistory, StatusReport, build_history, build_status
from jctrack.longform import Row, value_rows
from jctrack.model import Period, Store
from jctrack.narrative import clauses_of, narrative
from jctrack.words import Lang, Phrase, paragraph


@dataclass(frozen=True)
class Report:
    lang: Lang
    status: StatusReport
    narrative: list[str]  # one sentence per indicator (JSON and CSV keep them apart)
    histories: list[IndicatorHistory]
    values: list[Row]  # the long form, for the spreadsheet's second sheet
    paragraphs: list[str] = field(default_factory=list)  # the same sentences as the report prints them
    compiled_by: str | None = None  # 编制单位, the file's `compiled_by`


def narrative_paragraphs(report: StatusReport, lang: Lang) -> list[str]:
    """The narrative as the office writes it: one paragraph of the period's figures (the time said once,
    indicators joined by "；"), then, in a year of targets, one of the plan."""
    if report.period is None:
        return []
    figures: list[list[Phrase]] = []
    plans: list[list[Phrase]] = []
    for row, fig in zip(report.rows, report.figures, strict=True):
        clauses = clauses_of(row, fig, report.period, report.rounding)
        if clauses:
            (figures if row.actual is not None else plans).append(clauses)
    return [text for text in (paragraph(figures, lang), paragraph(plans, lang)) if text]


def build_report(store: Store, period: Period | StatusReport | None = None, lang: Lang = Lang.ZH) -> Report:
    """The report of a period (or of a status already built for it), in a language."""
    status = period if isinstance(period, StatusReport) else build_status(store, period)
    histories = [build_history(indicator, store.rounding) for indicator in store.indicators.values()]
    return Report(
        lang,
        status,
        narrative(status, lang),
        histories,
        value_rows(store),
        narrative_paragraphs(status, lang),
        store.compiled_by,
    )
