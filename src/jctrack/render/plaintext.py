"""Plain aligned text of every document: what a pipe, a file or a cron mail gets (no box drawing, no colour,
no trailing space, no line wider than the terminal's or 100 columns; the text report within 80)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO

from jctrack.calc import IndicatorHistory, MonthlyHistory, StatusReport
from jctrack.checks import CheckResult
from jctrack.render import Options
from jctrack.render.cells import monthly_table, monthly_title
from jctrack.render.findings import AuditResult, ExtractResult, Listing, audit_table, check_table, extract_table
from jctrack.render.layout import Line, joined
from jctrack.render.office import Medium, footer_lines, history_footnote, history_table, lead_sections, office_table, report_title
from jctrack.render.screen import blank, cell_table_screen, history_screen, paragraph, prose, status_screen
from jctrack.report import Report
from jctrack.safety import visible
from jctrack.words import say
from jctrack.words.labels import Label

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictCheck, DistrictMatrix, DistrictReport, IndicatorStatus


TEXT_WIDTH = 80  # the text report: a cron mail


def _write(out: BinaryIO, lines: Sequence[Line]) -> None:
    out.write(visible(joined(lines), keep="\n").encode("utf-8"))  # laid out from visible text already: a last guard


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    """The office's table for a pipe: as on a terminal of the pipe's width, without box or colour."""
    _write(out, status_screen(report, options, terminal=False))


def render_monthly(history: MonthlyHistory, out: BinaryIO, options: Options) -> None:
    _write(out, cell_table_screen(monthly_title(history, options.lang), monthly_table(history, options.lang), options, False))


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    _write(out, history_screen(history, options, terminal=False))


def render_check(result: CheckResult, out: BinaryIO, options: Options) -> None:
    table, problems = check_table(result, options.lang)
    lines = cell_table_screen(say(Label.CHECK_TITLE, options.lang), table, options, False) if table.rows else []
    _write(out, lines + [line for problem in problems for line in paragraph(problem, options)])


def render_audit(result: AuditResult, out: BinaryIO, options: Options) -> None:
    _write(out, cell_table_screen(say(Label.AUDIT_TITLE, options.lang), audit_table(result, options.lang), options, False))


def render_extract(result: ExtractResult, out: BinaryIO, options: Options) -> None:
    _write(out, cell_table_screen(say(Label.EXTRACT_TITLE, options.lang), extract_table(result, options.lang), options, False))


def render_listing(listing: Listing, out: BinaryIO, options: Options) -> None:
    _write(out, cell_table_screen(listing.title, listing.table, options, False, listing.notes))


def render_district_indicator(status: IndicatorStatus, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import indicator_notes, indicator_table, indicator_title

    lang = options.lang
    _write(
        out, cell_table_screen(indicator_title(status, lang), indicator_table(status, lang), options, False, indicator_notes(status, lang))
    )


def render_district_matrix(matrix: DistrictMatrix, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import matrix_table, matrix_title

    _write(out, cell_table_screen(matrix_title(matrix, options.lang), matrix_table(matrix, options.lang), options, False))


def render_district_check(result: DistrictCheck, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import check_lines

    _write(out, [line for text in check_lines(result, options.lang) for line in paragraph(text, options)])


def heading(text: str, options: Options) -> list[Line]:
    return [blank(), *paragraph(text, options, "title")]


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    """The district's report for a cron mail: the narrative, the matrix, then each indicator by town, within 80 columns."""
    from jctrack.render.districtcells import (
        district_paragraph,
        indicator_notes,
        indicator_title,
        matrix_table,
        matrix_title,
        ranked_table,
    )

    lang = report.lang
    width = Options(lang=lang, width=TEXT_WIDTH, ascii=options.ascii)
    lines = paragraph(report.title, width, "title") + [blank()]
    lines += heading(say(Label.SECTION_SUMMARY, lang), width)[1:]
    lines += prose(district_paragraph(report), width)
    lines += heading(say(Label.DISTRICT_SECTION_MATRIX, lang), width)
    lines += cell_table_screen(matrix_title(report.matrix, lang), matrix_table(report.matrix, lang), width, False)
    lines += heading(say(Label.DISTRICT_SECTION_TOWNS, lang), width)
    for number, status in enumerate(report.status.indicators):
        lines += [blank()] if number else []
        table = ranked_table(status, lang)
        lines += cell_table_screen(indicator_title(status, lang), table, width, False, indicator_notes(status, lang))
    lines += [blank(), *[line for text in footer_lines(None, lang) for line in paragraph(text, width)]]
    _write(out, lines)


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    """Plain text within 80 columns (a CJK character counts two), for a cron mail: the narrative as
    paragraphs, the office's table, each indicator's history, and who compiled it when."""
    lang = report.lang
    width = Options(lang=lang, width=TEXT_WIDTH, ascii=options.ascii)
    table = office_table(report.status, lang, Medium.SCREEN)
    lines = paragraph(report_title(report.status, lang), width, "title")
    for section in lead_sections(report):
        lines += heading(section.heading, width) if section.level == 2 else paragraph(section.heading, width, "title")
        for text in section.sentences:
            lines += prose(text, width)
    if report.paragraphs:
        lines += heading(say(Label.SECTION_SUMMARY, lang), width)
    for text in report.paragraphs:
        lines += prose(text, width)
    lines += heading(say(Label.SECTION_INDICATORS, lang), width)
    lines += status_screen(report.status, width, terminal=False) if table.entries or report.status.missing else []
    histories = [history for history in report.histories if history.lines]
    if histories:
        lines += heading(say(Label.SECTION_HISTORY, lang), width)
        for history in histories:
            lines += [blank(), *history_screen(history, width, terminal=False, footnote=False)]
        tables = [history_table([(line.period, line.row) for line in history.lines], lang) for history in histories]
        for text in history_footnote(table, tables):
            lines += [blank(), *paragraph(text, width)]
    lines.append(blank())
    for text in footer_lines(report.compiled_by, lang):
        lines += paragraph(text, width)
    _write(out, lines)
