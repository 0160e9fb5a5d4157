"""GitHub-flavoured Markdown: the status table, one indicator's history, and the report."""

from __future__ import annotations

from typing import BinaryIO

from jctrack.calc import IndicatorHistory, StatusReport
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
    report_title,
    status_title,
)
from jctrack.report import Report
from jctrack.safety import markdown_text
from jctrack.words import Lang, say
from jctrack.words.labels import Label


def escape(text: str) -> str:
    """Keep a name with |, < or a line break from breaking the table or carrying HTML."""
    return markdown_text(text)


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


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    text = f"## {escape(history_heading(history, options.lang))}\n\n" + history_table(history, options.lang)
    out.write(text.encode("utf-8"))


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    lang = report.lang
    parts = [f"# {escape(report_title(report.status, lang))}\n", f"## {say(Label.SECTION_SUMMARY, lang)}\n"]
    parts += [escape(sentence) + "\n" for sentence in report.narrative]
    parts.append(f"## {say(Label.SECTION_INDICATORS, lang)}\n")
    parts.append(status_section(report.status, lang, heading="###"))
    parts.append(f"## {say(Label.SECTION_HISTORY, lang)}\n")
    for history in report.histories:
        if history.lines:
            parts.append(f"### {escape(history_heading(history, lang))}\n\n{history_table(history, lang)}")
    out.write("\n".join(parts).encode("utf-8"))
