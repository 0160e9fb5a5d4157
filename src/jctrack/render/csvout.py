"""CSV: one line per status row, the JSON contract's fields as columns after the period."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO

from jctrack.calc import IndicatorHistory, MonthlyHistory, StatusReport, StatusRow
from jctrack.contract import ROW_FIELDS, row_fields
from jctrack.decimals import plain
from jctrack.render import Options
from jctrack.render.findings import CellTable, Listing
from jctrack.render.layout import unbroken
from jctrack.report import Report
from jctrack.safety import spreadsheet_cell

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictMatrix, DistrictReport, IndicatorStatus


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, (list, tuple)):
        return spreadsheet_cell(";".join(str(item) for item in value))
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


def render_monthly(history: MonthlyHistory, out: BinaryIO, options: Options) -> None:
    stream = io.StringIO()
    write_rows(stream, ((str(line.period), line.row) for line in history.lines))
    out.write(stream.getvalue().encode("utf-8"))


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    stream = io.StringIO()
    write_rows(stream, ((str(line.period), line.row) for line in history.lines))
    out.write(stream.getvalue().encode("utf-8"))


def _write_table(cell_table: CellTable, out: BinaryIO) -> None:
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    # A town's or an indicator's name comes from a town file: never a formula for Excel or WPS.
    writer.writerow([cell(unbroken(column)) for column in cell_table.columns])
    writer.writerows([cell(text) for text in row] for row in cell_table.rows)
    out.write(stream.getvalue().encode("utf-8"))


def render_listing(listing: Listing, out: BinaryIO, options: Options) -> None:
    stream = io.StringIO()
    fields = list(listing.records[0]) if listing.records else []
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(fields)
    writer.writerows([cell(record.get(name)) for name in fields] for record in listing.records)
    out.write(stream.getvalue().encode("utf-8"))


def render_district_indicator(status: IndicatorStatus, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import indicator_table

    _write_table(indicator_table(status, options.lang), out)


def render_district_matrix(matrix: DistrictMatrix, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import matrix_table

    _write_table(matrix_table(matrix, options.lang), out)


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    """The narrative as its own section, a blank line, then the rows of `status --format csv`; after them,
    when there are any, the 需重点关注 sentences (`focus`) and the 督查 ones by owner (`owner,supervision`)."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["narrative"])
    writer.writerows([spreadsheet_cell(sentence)] for sentence in report.narrative)
    writer.writerow([])
    write_rows(stream, ((_period(report.status), row) for row in report.status.rows))
    if report.focus:
        writer.writerow([])
        writer.writerow(["focus"])
        writer.writerows([spreadsheet_cell(sentence)] for sentence in report.focus)
    if report.supervision:
        writer.writerow([])
        writer.writerow(["owner", "supervision"])
        writer.writerows([spreadsheet_cell(owner), spreadsheet_cell(text)] for owner, texts in report.supervision for text in texts)
    out.write(stream.getvalue().encode("utf-8"))


DISTRICT_FIELDS = (
    "indicator",
    "name",
    "unit",
    "town",
    "applicable",
    "actual",
    "growth_pct",
    "growth_pp",
    "completion_pct",
    "schedule_gap_pp",
    "rank",
    "rank_change",
    "growth_gap_pp",
    "completion_gap_pp",
    "status",
)


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    """The narrative as its own section, a blank line, then a row per indicator and town (the 全区合计 as town "")."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["narrative"])
    writer.writerows([spreadsheet_cell(sentence)] for sentence in report.narrative)
    writer.writerow([])
    writer.writerow(["period", *DISTRICT_FIELDS])
    period = str(report.status.period)
    for status in report.status.indicators:
        spec = status.indicator
        for town in status.rows:
            row = town.row
            figures = [None] * 5 if row is None else [row.actual, row.growth_pct, row.growth_pp, row.completion_pct, row.schedule_gap_pp]
            writer.writerow(
                [
                    cell(value)
                    for value in (
                        period,
                        spec.id,
                        spec.name,
                        spec.unit,
                        town.town,
                        town.applicable,
                        *figures,
                        town.rank,
                        town.rank_change,
                        town.growth_gap_pp,
                        town.completion_gap_pp,
                        None if row is None else row.status.value,
                    )
                ]
            )
        total = status.total
        writer.writerow(
            [
                cell(value)
                for value in (
                    period,
                    spec.id,
                    spec.name,
                    spec.unit,
                    "",
                    True,
                    total.actual,
                    total.growth_pct,
                    total.growth_pp,
                    total.completion_pct,
                    total.schedule_gap_pp,
                    None,
                    None,
                    None,
                    None,
                    None if total.status is None else total.status.value,
                )
            ]
        )
    out.write(stream.getvalue().encode("utf-8"))
