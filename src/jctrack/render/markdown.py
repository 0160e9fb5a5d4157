"""GitHub-flavoured Markdown: the status table, one indicator's history, and the report."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from jctrack.calc import IndicatorHistory, MonthlyHistory, StatusReport
from jctrack.render import Options
from jctrack.render.cells import (
    HISTORY_HEADERS,
    HISTORY_NUMERIC,
    NUMERIC_COLUMNS,
    STATUS_HEADERS,
    cells,
    completeness,
    has_stated,
    headers,
    history_cells,
    history_heading,
    monthly_table,
    monthly_title,
    report_title,
    status_title,
)
from jctrack.render.findings import CellTable, Listing
from jctrack.report import Report
from jctrack.words import Lang, say
from jctrack.words.labels import Label

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictMatrix, DistrictReport, IndicatorStatus


def escape(text: str) -> str:
    """Keep a name with | or a line break from breaking the table."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def table(columns: list[str], body: list[list[str]], numeric: frozenset[int]) -> str:
    align = ["---:" if i in numeric else "---" for i in range(len(columns))]
    lines = ["| " + " | ".join(escape(h) for h in columns) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in body]
    return "\n".join(lines) + "\n"


def status_section(report: StatusReport, lang: Lang, heading: str = "##") -> str:
    text = f"{heading} {escape(status_title(report, lang))}\n\n"
    text += table(headers(STATUS_HEADERS, lang), [cells(row, lang) for row in report.rows], NUMERIC_COLUMNS)
    missing = completeness(report, lang)
    if missing:
        text += "\n" + escape(missing) + "\n"
    if has_stated(report):
        # A leading "* " would start a Markdown list.
        text += "\n" + escape(say(Label.STATED_FOOTNOTE, lang)).replace("*", "\\*", 1) + "\n"
    return text


def history_table(history: IndicatorHistory, lang: Lang) -> str:
    body = [history_cells(line.period, line.row, lang) for line in history.lines]
    return table(headers(HISTORY_HEADERS, lang), body, HISTORY_NUMERIC)


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    out.write(status_section(report, options.lang).encode("utf-8"))


def render_monthly(history: MonthlyHistory, out: BinaryIO, options: Options) -> None:
    out.write(_titled(monthly_title(history, options.lang), monthly_table(history, options.lang)).encode("utf-8"))


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    text = f"## {escape(history_heading(history, options.lang))}\n\n" + history_table(history, options.lang)
    out.write(text.encode("utf-8"))


def _titled(title: str, cell_table: CellTable, heading: str = "##") -> str:
    return f"{heading} {escape(title)}\n\n" + table(cell_table.columns, cell_table.rows, cell_table.numeric)


def render_listing(listing: Listing, out: BinaryIO, options: Options) -> None:
    text = _titled(listing.title, listing.table) + "".join(f"\n{escape(line)}\n" for line in listing.notes)
    out.write(text.encode("utf-8"))


def render_district_indicator(status: IndicatorStatus, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import indicator_table, indicator_title

    out.write(_titled(indicator_title(status, options.lang), indicator_table(status, options.lang)).encode("utf-8"))


def render_district_matrix(matrix: DistrictMatrix, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import matrix_table, matrix_title

    out.write(_titled(matrix_title(matrix, options.lang), matrix_table(matrix, options.lang)).encode("utf-8"))


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import indicator_table, indicator_title, matrix_table, matrix_title

    lang = report.lang
    parts = [f"# {escape(report.title)}\n", *(escape(sentence) + "\n" for sentence in report.narrative)]
    parts.append(_titled(matrix_title(report.matrix, lang), matrix_table(report.matrix, lang)))
    parts += [_titled(indicator_title(status, lang), indicator_table(status, lang)) for status in report.status.indicators]
    out.write("\n".join(parts).encode("utf-8"))


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    lang = report.lang
    parts = [f"# {escape(report_title(report.status, lang))}\n"]
    if report.focus:
        parts.append(f"## {say(Label.SECTION_FOCUS, lang)}\n")
        parts += [f"- {escape(sentence)}" for sentence in report.focus]
        parts.append("")
    parts.append(f"## {say(Label.SECTION_SUMMARY, lang)}\n")
    parts += [escape(sentence) + "\n" for sentence in report.narrative]
    for owner, sentences in report.supervision:
        parts.append(f"### {escape(say(Label.SUPERVISION_OWNER, lang, owner=owner))}\n")
        parts += [f"- {escape(sentence)}" for sentence in sentences]
        parts.append("")
    parts.append(f"## {say(Label.SECTION_INDICATORS, lang)}\n")
    parts.append(status_section(report.status, lang, heading="###"))
    parts.append(f"## {say(Label.SECTION_HISTORY, lang)}\n")
    for history in report.histories:
        if history.lines:
            parts.append(f"### {escape(history_heading(history, lang))}\n\n{history_table(history, lang)}")
    out.write("\n".join(parts).encode("utf-8"))
