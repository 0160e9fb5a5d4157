"""`jctrack report` in every format: the narrative first, then the status table, then each indicator's history."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import assert_never

from jctrack.render import ReportFormat
from jctrack.render.cells import LABELS, Labels
from jctrack.render.jsonout import encode, report_fields
from jctrack.render.markdown import escape
from jctrack.report import Report

TEXT_WIDTH = 80


SECTIONS = {
    "zh": ("一、总体情况", "二、主要指标完成情况", "三、分指标历年情况"),
    "en": ("Summary", "Indicators", "History by indicator"),
}


def labels_of(report: Report) -> Labels:
    return LABELS[report.lang]


def render_text(report: Report) -> str:
    """Plain text within 80 columns (a CJK character counts two), for a cron mail."""
    from jctrack.render.cells import (
        HISTORY_HEADERS,
        HISTORY_NUMERIC,
        NUMERIC_COLUMNS,
        TREND_HEADER,
        cells,
        has_stated,
        history_cells,
        title,
        with_unit,
    )
    from jctrack.render.history import heading, trend_bars
    from jctrack.render.plaintext import format_table, wrap_cells

    labels = labels_of(report)
    summary, indicators, histories = SECTIONS[report.lang]
    parts = [report.title(), "=" * TEXT_WIDTH, "", summary]
    for sentence in report.narrative:
        parts += wrap_cells(sentence, TEXT_WIDTH)
    parts += ["", indicators, title(report.status, labels), ""]
    rows = []
    for row in report.status.rows:
        texts = cells(row, labels)
        rows.append([with_unit(texts[0], texts[1], labels), *texts[2:]])
    numeric = frozenset(i - 1 for i in NUMERIC_COLUMNS)
    parts.append(format_table(labels.compact_headers, rows, numeric, TEXT_WIDTH).rstrip("\n"))
    if has_stated(report.status):
        parts.append(labels.stated_footnote)
    parts += ["", histories]
    history_headers = [*HISTORY_HEADERS[report.lang], TREND_HEADER[report.lang]]
    for history in report.histories:
        if history.lines:
            body = [
                [*history_cells(line.period, line.row, labels), bar] for line, bar in zip(history.lines, trend_bars(history), strict=True)
            ]
            parts += ["", heading(history, labels), format_table(history_headers, body, HISTORY_NUMERIC, TEXT_WIDTH).rstrip("\n")]
    return "\n".join(parts).rstrip() + "\n"


def render_markdown(report: Report) -> str:
    from jctrack.render.history import heading, markdown_table
    from jctrack.render.markdown import status_section

    labels = labels_of(report)
    summary, indicators, histories = SECTIONS[report.lang]
    parts = [f"# {escape(report.title())}\n", f"## {summary}\n"]
    parts += [escape(sentence) + "\n" for sentence in report.narrative]
    parts.append(f"## {indicators}\n")
    parts.append(status_section(report.status, labels, heading="###"))
    parts.append(f"## {histories}\n")
    for history in report.histories:
        if history.lines:
            parts.append(f"### {escape(heading(history, labels))}\n\n{markdown_table(history, labels)}")
    return "\n".join(parts)


def render_json(report: Report) -> str:
    fields = report_fields(report.status)
    document = {key: fields[key] for key in ("entity", "period", "time_progress_pct")}
    document["narrative"] = report.narrative
    document["rows"] = fields["rows"]
    return encode(document) + "\n"


def render_csv(report: Report) -> str:
    """The narrative as its own section, a blank line, then the rows of `status --format csv`."""
    import csv

    from jctrack.render.csvout import write_rows

    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["narrative"])
    writer.writerows([sentence] for sentence in report.narrative)
    writer.writerow([])
    period = "" if report.status.period is None else str(report.status.period)
    write_rows(stream, ((period, row) for row in report.status.rows))
    return stream.getvalue()


def render_html(report: Report) -> str:
    from jctrack.render import html

    return html.render(report)


def render_xlsx(report: Report) -> bytes:
    from jctrack.render import xlsx

    return xlsx.render(report)


def renderer_for(output_format: ReportFormat) -> Callable[[Report], str | bytes]:
    if output_format is ReportFormat.TEXT:
        return render_text
    if output_format is ReportFormat.MARKDOWN:
        return render_markdown
    if output_format is ReportFormat.HTML:
        return render_html
    if output_format is ReportFormat.XLSX:
        return render_xlsx
    if output_format is ReportFormat.CSV:
        return render_csv
    if output_format is ReportFormat.JSON:
        return render_json
    assert_never(output_format)


def render(report: Report, output_format: ReportFormat) -> str | bytes:
    """Text formats as text (they print on a terminal); XLSX as bytes."""
    return renderer_for(output_format)(report)
