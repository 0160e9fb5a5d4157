"""CSV: one line per status row, the JSON contract's fields as columns after the period."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, BinaryIO

from jctrack.calc import IndicatorHistory, StatusReport, StatusRow
from jctrack.decimals import plain
from jctrack.render import Options
from jctrack.render.jsonout import ROW_FIELDS, row_fields
from jctrack.report import Report
from jctrack.safety import spreadsheet_cell


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain(value)
    return spreadsheet_cell(str(value))  # never a formula for Excel or WPS


def write_rows(stream: io.StringIO, lines: Iterable[tuple[str, StatusRow]]) -> None:
    """A header, then each (period, row) as one line."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["period", *ROW_FIELDS])
    for period, row in lines:
        writer.writerow([period, *(cell(value) for value in row_fields(row).values())])


def _period(report: StatusReport) -> str:
    return "" if report.period is None else str(report.period)


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    stream = io.StringIO()
    write_rows(stream, ((_period(report), row) for row in report.rows))
    out.write(stream.getvalue().encode("utf-8"))


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    stream = io.StringIO()
    write_rows(stream, ((str(line.period), line.row) for line in history.lines))
    out.write(stream.getvalue().encode("utf-8"))


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    """The narrative as its own section, a blank line, then the rows of `status --format csv`."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["narrative"])
    writer.writerows([spreadsheet_cell(sentence)] for sentence in report.narrative)
    writer.writerow([])
    write_rows(stream, ((_period(report.status), row) for row in report.status.rows))
    out.write(stream.getvalue().encode("utf-8"))
