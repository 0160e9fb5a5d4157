"""CSV output: one line per status row, the JSON contract's fields as columns."""

from __future__ import annotations

import csv
from decimal import Decimal
from typing import Any, TextIO

from jctrack.calc import StatusReport
from jctrack.render.jsonout import ROW_FIELDS, row_fields


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def render(report: StatusReport, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["period", *ROW_FIELDS])
    period = "" if report.period is None else str(report.period)
    for row in report.rows:
        writer.writerow([period, *(cell(value) for value in row_fields(row).values())])
