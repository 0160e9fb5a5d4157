"""The tables of `check`, `audit` and `extract` as plain cells, which the terminal and the plain-text renderers both lay out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from jctrack.checks import CheckResult, Comparison, Problem, Verdict
from jctrack.decimals import plain
from jctrack.errors import JctrackError
from jctrack.model import Period, ValueType
from jctrack.render.cells import MISSING
from jctrack.words import Lang, join, period_label, say
from jctrack.words.audit import KIND_WORDS, VERDICT_WORDS, AuditWord
from jctrack.words.labels import Label
from jctrack.words.messages import Msg

if TYPE_CHECKING:  # the audit's modules read report text: status, check and the listings need none of them
    from jctrack.audit import Finding
    from jctrack.extract import Extraction, Figure


@dataclass(frozen=True)
class AuditResult:
    findings: list[Finding]


@dataclass(frozen=True)
class ExtractResult:
    figures: list[Figure]


@dataclass(frozen=True)
class CellTable:
    """A table of plain cells, with the tone of each row's verdict cell for colour where there is colour."""

    columns: list[str]
    rows: list[list[str]]
    numeric: frozenset[int]
    tones: list[str] = field(default_factory=list)  # "good", "bad", "warn" or "neutral", one per row
    tone_column: int = -1


@dataclass(frozen=True)
class Listing:
    """A titled table of plain cells with the records behind it, for the listing commands (indicators,
    revisions, an import's plan): shown as a table, or as JSON and CSV for scripts."""

    title: str
    table: CellTable
    records: list[dict[str, object]]
    notes: list[str] = field(default_factory=list)  # lines under the table


CHECK_VERDICTS = {
    Verdict.AGREES: Label.VERDICT_AGREES,
    Verdict.DISAGREES: Label.VERDICT_DISAGREES,
    Verdict.UNVERIFIABLE: Label.VERDICT_UNVERIFIABLE,
}
CHECK_TONES = {Verdict.AGREES: "good", Verdict.DISAGREES: "bad", Verdict.UNVERIFIABLE: "neutral"}


CHECK_KINDS = {ValueType.ACTUAL: Label.CHECK_GROWTH, ValueType.TARGET: Label.CHECK_TARGET_GROWTH}


def _check_kind(comparison: Comparison) -> Label:
    if comparison.kind_is_points and comparison.type is ValueType.ACTUAL:
        return Label.CHECK_POINTS_CHANGE
    return CHECK_KINDS[comparison.type]


def _rate_unit(comparison: Comparison, lang: Lang) -> str:
    return say(Label.POINTS, lang) if comparison.kind_is_points else "%"


def _problem_where(problem: Problem, lang: Lang) -> str:
    """工业开票销售 2019年1-6月: an indicator and the period its problem is in, as a reader names them."""
    return " ".join(part for part in (problem.indicator_name, _period_text(problem.period, lang)) if part)


def _period_text(period: str, lang: Lang) -> str:
    try:
        return period_label(Period.parse(period), lang)
    except JctrackError:
        return period


def check_table(result: CheckResult, lang: Lang) -> tuple[CellTable, list[str]]:
    """Each stated rate against the computed one; then each problem found, as a line."""
    columns = [
        say(key, lang)
        for key in (Label.INDICATOR, Label.PERIOD, Label.CHECK_KIND, Label.CHECK_STATED, Label.CHECK_COMPUTED, Label.CHECK_VERDICT)
    ]
    rows, tones = [], []
    for comparison in result.comparisons:
        unit = _rate_unit(comparison, lang)
        computed = MISSING if comparison.computed is None else plain(comparison.computed) + unit
        rows.append(
            [
                comparison.indicator_name,
                period_label(Period.parse(comparison.period), lang),
                say(_check_kind(comparison), lang),
                plain(comparison.stated) + unit,
                computed,
                say(CHECK_VERDICTS[comparison.verdict], lang),
            ]
        )
        tones.append(CHECK_TONES[comparison.verdict])
    problems = [say(Msg.AT, lang, where=_problem_where(problem, lang), problem=problem.message) for problem in result.problems]
    return CellTable(columns, rows, frozenset({3, 4}), tones, 5), problems


AUDIT_TONES = {"consistent": "good", "rounding": "warn", "inconsistent": "bad", "unverifiable": "neutral"}  # by Verdict value


def _figure(value: str | Decimal | None, unit: str) -> str:
    if value is None:
        return MISSING
    return (plain(value) if isinstance(value, Decimal) else value) + unit


def audit_table(result: AuditResult, lang: Lang) -> CellTable:
    from jctrack.audit import Verdict as Verdict_

    columns = [
        say(key, lang)
        for key in (Label.AUDIT_SENTENCE, Label.INDICATOR, Label.AUDIT_KIND, Label.CHECK_STATED, Label.CHECK_COMPUTED, Label.CHECK_VERDICT)
    ]
    rows, tones = [], []
    for finding in result.findings:
        verdict = say(VERDICT_WORDS[finding.verdict], lang)
        if finding.verdict is Verdict_.INCONSISTENT:
            verdict += say(Label.LIST_JOIN, lang) + say(AuditWord.SHOULD_READ, lang, figure=_figure(finding.computed, finding.unit))
        rows.append(
            [
                finding.sentence,
                finding.indicator or MISSING,
                say(KIND_WORDS[finding.kind], lang),
                _figure(finding.stated, finding.unit),
                _figure(finding.computed, finding.unit),
                verdict,
            ]
        )
        tones.append(AUDIT_TONES[finding.verdict])
    return CellTable(columns, rows, frozenset({3, 4}), tones, 5)


def audit_summary(findings: list[Finding], lang: Lang) -> str:
    """One line for stderr: how many figures, each verdict's count, and what the wrong ones should read."""
    from jctrack.audit import Verdict as Verdict_

    counts = Counter(finding.verdict for finding in findings)
    parts = [say(Label.AUDIT_COUNT, lang, verdict=VERDICT_WORDS[verdict], count=counts.get(verdict, 0)) for verdict in Verdict_]
    checked = len(findings) - counts.get(Verdict_.UNVERIFIABLE, 0)
    summary = say(Label.AUDIT_SUMMARY, lang, count=len(findings), checked=checked, counts=parts)
    wrong = [
        say(
            Label.AUDIT_WRONG,
            lang,
            indicator=f.indicator or _where(f, lang),
            kind=KIND_WORDS[f.kind],
            stated=f.stated + f.unit,
            computed=_figure(f.computed, f.unit),
        )
        for f in findings
        if f.verdict is Verdict_.INCONSISTENT
    ]
    return say(Label.AUDIT_SUMMARY_WRONG, lang, summary=summary, details="; ".join(wrong)) if wrong else summary


def _where(finding: Finding, lang: Lang) -> str:
    """A finding of no named indicator, in a summary line: the words just before its figure."""
    at = finding.sentence.find(finding.printed)
    near = finding.sentence[max(0, at - 8) : at] if at > 0 else ""
    cut = max(near.rfind(mark) for mark in "…，,；;:：(（)）")  # from the start of its clause
    return say(AuditWord.UNNAMED, lang, near=near[cut + 1 :] + finding.printed)


def left_out(found: Extraction, lang: Lang) -> list[str]:
    """What extract passed over and how to have it read: a year to give, a period to give; or that nothing was found."""
    lines = []
    if found.without_year:
        lines.append(say(AuditWord.LEFT_OUT_NO_YEAR, lang, count=found.without_year))
    if found.uncertain_period:
        lines.append(say(AuditWord.LEFT_OUT_PERIOD, lang, count=found.uncertain_period))
    if not found.figures and not lines:
        lines.append(say(AuditWord.NOTHING_FOUND, lang))
    return lines


STATED_STATUS_WORDS = {"exceeded": Label.STATUS_EXCEEDED, "met": Label.STATUS_MET, "not_met": Label.STATUS_NOT_MET}


def extract_table(result: ExtractResult, lang: Lang) -> CellTable:
    columns = [
        say(key, lang)
        for key in (
            Label.EXTRACT_NAME,
            Label.INDICATOR,
            Label.PERIOD,
            Label.EXTRACT_TYPE,
            Label.EXTRACT_VALUE,
            Label.UNIT,
            Label.CHECK_STATED,
            Label.EXTRACT_REMARK,
        )
    ]
    rows = []
    for figure in result.figures:
        remarks = []
        if figure.approximate:
            remarks.append(say(Label.EXTRACT_APPROXIMATE, lang, printed=figure.printed))
        if figure.stated_status:
            remarks.append(say(STATED_STATUS_WORDS[figure.stated_status], lang))
        rows.append(
            [
                figure.name,
                figure.indicator.id if figure.indicator else say(Label.EXTRACT_NEW, lang),
                str(figure.period),
                say(Label.TARGET if figure.type == "target" else Label.ACTUAL, lang),
                plain(figure.value),
                figure.unit,
                _figure(figure.stated_growth, "%"),
                join(remarks, lang),
            ]
        )
    return CellTable(columns, rows, frozenset({4, 6}))
