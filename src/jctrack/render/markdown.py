"""GitHub-flavoured Markdown: the office's table, one indicator's history, the listings, and the reports."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, BinaryIO

from jctrack.calc import IndicatorHistory, MonthlyHistory, StatusReport
from jctrack.render import Options
from jctrack.render.cells import history_heading, monthly_table, monthly_title
from jctrack.render.findings import CellTable, Listing
from jctrack.render.layout import unbroken
from jctrack.render.office import (
    Medium,
    Table,
    foot_lines,
    footer_lines,
    history_footnote,
    history_table,
    lead_lines,
    lead_sections,
    office_table,
    report_title,
    shows_stated,
    side_foot_lines,
    side_tables,
)
from jctrack.report import Report
from jctrack.safety import markdown_text
from jctrack.words import Lang, say
from jctrack.words.labels import Label

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictMatrix, DistrictReport, IndicatorStatus

_EMPHASIS = re.compile(r"([`*_])")


def escape(text: str) -> str:
    """Keep a name from breaking the table or carrying HTML (|, <, a line break: `safety.markdown_text`) or
    being read as emphasis or code (*, _, `)."""
    return _EMPHASIS.sub(r"\\\1", markdown_text(unbroken(text)))


def table(columns: list[str], body: list[list[str]], right: frozenset[int]) -> str:
    align = ["---:" if i in right else "---" for i in range(len(columns))]
    lines = ["| " + " | ".join(escape(h) for h in columns) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in body]
    return "\n".join(lines) + "\n"


def office(table_: Table) -> str:
    columns = table_.columns
    body = [[column.cell(entry, table_.context) for column in columns] for entry in table_.entries]
    right = frozenset(i for i, column in enumerate(columns) if column.aligned_right)
    return table([table_.header(column) for column in columns], body, right)


def paragraphs(lines: list[str]) -> str:
    return "".join(escape(line) + "\n\n" for line in lines)


def status_section(report: StatusReport, lang: Lang, heading: str = "##") -> str:
    the_table = office_table(report, lang, Medium.DOCUMENT)
    text = f"{heading} {escape(the_table.title)}\n\n" + paragraphs(lead_lines(report, the_table, lang))
    if the_table.entries:
        text += office(the_table) + "\n"
    text += paragraphs(foot_lines(report, the_table, lang, with_notes=False))
    for side in side_tables(report, lang):
        text += f"{heading}# {escape(side.title)}\n\n" + office(side) + "\n" + paragraphs(side_foot_lines(side))
    return text


def history_section(history: IndicatorHistory, lang: Lang) -> str:
    return office(history_table([(line.period, line.row) for line in history.lines], lang))


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    out.write(status_section(report, options.lang).rstrip("\n").encode("utf-8") + b"\n")


def render_monthly(history: MonthlyHistory, out: BinaryIO, options: Options) -> None:
    out.write(_titled(monthly_title(history, options.lang), monthly_table(history, options.lang)).encode("utf-8"))


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    text = f"## {escape(history_heading(history, options.lang))}\n\n" + history_section(history, options.lang)
    if shows_stated(history_table([(line.period, line.row) for line in history.lines], options.lang)):
        text += "\n" + paragraphs([say(Label.STATED_FOOTNOTE, options.lang)])
    out.write(text.encode("utf-8"))


def _titled(title: str, cell_table: CellTable, heading: str = "##", notes: list[str] | None = None) -> str:
    text = f"{heading} {escape(title)}\n\n" + table(cell_table.columns, cell_table.rows, cell_table.numeric)
    return text + "".join(f"\n{escape(note)}\n" for note in notes or [])


def render_listing(listing: Listing, out: BinaryIO, options: Options) -> None:
    out.write(_titled(listing.title, listing.table, notes=listing.notes).encode("utf-8"))


def render_district_indicator(status: IndicatorStatus, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import indicator_notes, indicator_table, indicator_title

    lang = options.lang
    text = _titled(indicator_title(status, lang), indicator_table(status, lang), notes=indicator_notes(status, lang))
    out.write(text.encode("utf-8"))


def render_district_matrix(matrix: DistrictMatrix, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import matrix_table, matrix_title

    out.write(_titled(matrix_title(matrix, options.lang), matrix_table(matrix, options.lang)).encode("utf-8"))


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import (
        district_paragraph,
        indicator_notes,
        indicator_title,
        matrix_table,
        matrix_title,
        ranked_table,
    )

    lang = report.lang
    parts = [f"# {escape(report.title)}\n", f"## {say(Label.SECTION_SUMMARY, lang)}\n", escape(district_paragraph(report)) + "\n"]
    parts.append(f"## {say(Label.DISTRICT_SECTION_MATRIX, lang)}\n")
    parts.append(_titled(matrix_title(report.matrix, lang), matrix_table(report.matrix, lang), "###"))
    parts.append(f"## {say(Label.DISTRICT_SECTION_TOWNS, lang)}\n")
    for status in report.status.indicators:
        parts.append(_titled(indicator_title(status, lang), ranked_table(status, lang), "###", indicator_notes(status, lang)))
    parts.append(paragraphs(footer_lines(None, lang)).rstrip("\n") + "\n")
    out.write("\n".join(parts).encode("utf-8"))


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    lang = report.lang
    parts = [f"# {escape(report_title(report.status, lang))}\n"]
    for section in lead_sections(report):
        parts.append(f"{'#' * section.level} {escape(section.heading)}\n")
        parts += [f"- {escape(sentence)}" for sentence in section.sentences]
        parts += [""] if section.sentences else []
    if report.paragraphs:
        parts.append(f"## {say(Label.SECTION_SUMMARY, lang)}\n")
    parts += [escape(text) + "\n" for text in report.paragraphs]
    parts.append(f"## {say(Label.SECTION_INDICATORS, lang)}\n")
    parts.append(status_section(report.status, lang, heading="###").rstrip("\n") + "\n")
    histories = [history for history in report.histories if history.lines]
    if histories:
        parts.append(f"## {say(Label.SECTION_HISTORY, lang)}\n")
        for history in histories:
            parts.append(f"### {escape(history_heading(history, lang))}\n\n{history_section(history, lang)}")
        tables = [history_table([(line.period, line.row) for line in history.lines], lang) for history in histories]
        parts += [
            paragraphs([text]).rstrip("\n") + "\n" for text in history_footnote(office_table(report.status, lang, Medium.DOCUMENT), tables)
        ]
    parts.append(paragraphs(footer_lines(report.compiled_by, lang)).rstrip("\n") + "\n")
    out.write("\n".join(parts).encode("utf-8"))
