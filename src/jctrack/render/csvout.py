"""CSV output: one line per status row, the JSON contract's fields as columns after the period."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TextIO

from jctrack.calc import StatusReport, StatusRow
from jctrack.render.jsonout import ROW_FIELDS, row_fields


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def write_rows(stream: TextIO, lines: Iterable[tuple[str, StatusRow]]) -> None:
    """A header, then each (period, row) as one line."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["period", *ROW_FIELDS])
    for period, row in lines:
        writer.writerow([period, *(cell(value) for value in row_fields(row).values())])


def render(report: StatusReport, stream: TextIO) -> None:
    period = "" if report.period is None else str(report.period)
    write_rows(stream, ((period, row) for row in report.rows))
