"""Plain aligned text of every document: what a pipe, a file or a cron mail gets (no box drawing, no colour)."""

from __future__ import annotations

from typing import BinaryIO

from jctrack.calc import IndicatorHistory, StatusReport
from jctrack.checks import CheckResult
from jctrack.render import Options
from jctrack.render.cells import (
    COMPACT_HEADERS,
    COMPLETION_COLUMN,
    HISTORY_HEADERS,
    HISTORY_NUMERIC,
    NUMERIC_COLUMNS,
    STATUS_HEADERS,
    bar,
    cells,
    completeness,
    completion_of,
    has_stated,
    headers,
    history_cells,
    history_heading,
    report_title,
    status_title,
    trend_bars,
    with_unit,
)
from jctrack.render.findings import AuditResult, CellTable, ExtractResult, audit_table, check_table, extract_table
from jctrack.render.layout import format_table, wrap_cells
from jctrack.report import Report
from jctrack.safety import visible
from jctrack.words import Lang, say
from jctrack.words.labels import Label

TEXT_WIDTH = 80
AUDIT_WIDTH = 100


def _write(out: BinaryIO, text: str) -> None:
    out.write(visible(text, keep="\n").encode("utf-8"))


def status_text(report: StatusReport, options: Options) -> str:
    rows = []
    for row in report.rows:
        texts = cells(row, options.lang)
        texts[COMPLETION_COLUMN] = bar(completion_of(row))
        rows.append(texts)
    text = status_title(report, options.lang) + "\n"
    text += format_table(headers(STATUS_HEADERS, options.lang), rows, NUMERIC_COLUMNS, max_width=None)
    return text + "".join(line + "\n" for line in notes_under(report, options.lang))


def notes_under(report: StatusReport, lang: Lang) -> list[str]:
    """The lines under a status table: what is not reported yet, and what * means."""
    lines = []
    missing = completeness(report, lang)
    if missing:
        lines.append(missing)
    if has_stated(report):
        lines.append(say(Label.STATED_FOOTNOTE, lang))
    return lines


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    """The status table for a pipe: every column, at its natural width."""
    _write(out, status_text(report, options))


def history_table(history: IndicatorHistory, options: Options, max_width: int | None) -> str:
    body = [
        [*history_cells(line.period, line.row, options.lang), trend] for line, trend in zip(history.lines, trend_bars(history), strict=True)
    ]
    columns = [*headers(HISTORY_HEADERS, options.lang), say(Label.TREND, options.lang)]
    return format_table(columns, body, HISTORY_NUMERIC, max_width)


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    _write(out, history_heading(history, options.lang) + "\n" + history_table(history, options, TEXT_WIDTH))


def _cell_table(title: str, table: CellTable, max_width: int) -> str:
    return title + "\n" + format_table(table.columns, table.rows, table.numeric, max_width)


def render_check(result: CheckResult, out: BinaryIO, options: Options) -> None:
    table, problems = check_table(result, options.lang)
    text = _cell_table(say(Label.CHECK_TITLE, options.lang), table, TEXT_WIDTH)
    _write(out, text + "".join(line + "\n" for line in problems))


def render_audit(result: AuditResult, out: BinaryIO, options: Options) -> None:
    _write(out, _cell_table(say(Label.AUDIT_TITLE, options.lang), audit_table(result, options.lang), AUDIT_WIDTH))


def render_extract(result: ExtractResult, out: BinaryIO, options: Options) -> None:
    _write(out, _cell_table(say(Label.EXTRACT_TITLE, options.lang), extract_table(result, options.lang), AUDIT_WIDTH))


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    """Plain text within 80 columns (a CJK character counts two), for a cron mail."""
    lang = report.lang
    parts = [report_title(report.status, lang), "=" * TEXT_WIDTH, "", say(Label.SECTION_SUMMARY, lang)]
    for sentence in report.narrative:
        parts += wrap_cells(sentence, TEXT_WIDTH)
    parts += ["", say(Label.SECTION_INDICATORS, lang), status_title(report.status, lang), ""]
    rows = []
    for row in report.status.rows:
        texts = cells(row, lang)
        rows.append([with_unit(texts[0], texts[1], lang), *texts[2:]])
    numeric = frozenset(i - 1 for i in NUMERIC_COLUMNS)
    parts.append(format_table(headers(COMPACT_HEADERS, lang), rows, numeric, TEXT_WIDTH).rstrip("\n"))
    for line in notes_under(report.status, lang):
        parts += wrap_cells(line, TEXT_WIDTH)
    parts += ["", say(Label.SECTION_HISTORY, lang)]
    history_options = Options(lang=lang)
    for history in report.histories:
        if history.lines:
            parts += ["", history_heading(history, lang), history_table(history, history_options, TEXT_WIDTH).rstrip("\n")]
    _write(out, "\n".join(parts).rstrip() + "\n")
