"""The report as an Excel workbook: the status table with real numbers, all values in long form, the narrative."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any, BinaryIO

from jctrack.decimals import HUNDRED
from jctrack.longform import VALUE_COLUMNS
from jctrack.render import Options
from jctrack.render.cells import STATUS_WORDS, name_of, report_title
from jctrack.report import Report
from jctrack.safety import xlsx_rows
from jctrack.tabular import excel_number, excel_value_records, fit_columns, no_formulas, require
from jctrack.words import say
from jctrack.words.labels import Label

STATUS_COLUMNS = (
    Label.INDICATOR,
    Label.UNIT,
    Label.TARGET,
    Label.ACTUAL,
    Label.COMPLETION,
    Label.GROWTH_PCT,
    Label.GROWTH_PP,
    Label.TARGET_GROWTH,
    Label.SCHEDULE_GAP_PP,
    Label.STATUS,
)
PERCENT_COLUMNS = (4, 5, 7)  # zero-based positions formatted 0.0%
POINTS_COLUMNS = (6, 8)


def _fraction(percent: Decimal | None) -> float | None:
    """A percentage as the fraction Excel's 0.0% format expects (a number for the cell, after all arithmetic)."""
    return None if percent is None else float(percent / HUNDRED)


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    pandas = require("pandas")
    require("openpyxl")
    lang = report.lang
    status_rows = [
        [
            name_of(row, lang),
            row.unit,
            excel_number(row.target),
            excel_number(row.actual),
            _fraction(row.completion_pct),
            _fraction(row.growth_pct),
            excel_number(row.growth_pp),
            _fraction(row.target_growth_pct),
            excel_number(row.schedule_gap_pp),
            say(STATUS_WORDS[row.status], lang),
        ]
        for row in report.status.rows
    ]
    values = excel_value_records(report.values)
    sheets = [say(label, lang) for label in (Label.SHEET_STATUS, Label.SHEET_VALUES, Label.SHEET_SUMMARY)]
    buffer = io.BytesIO()
    with pandas.ExcelWriter(buffer, engine="openpyxl") as writer:
        columns = [say(label, lang) for label in STATUS_COLUMNS]
        pandas.DataFrame(xlsx_rows(status_rows), columns=columns).to_excel(writer, sheet_name=sheets[0], index=False)
        pandas.DataFrame(values, columns=list(VALUE_COLUMNS)).to_excel(writer, sheet_name=sheets[1], index=False)
        summary = xlsx_rows([[report_title(report.status, lang)], *([sentence] for sentence in report.narrative)])
        pandas.DataFrame(summary, columns=[sheets[2]]).to_excel(writer, sheet_name=sheets[2], index=False)
        book: Any = writer.book
        status_sheet = book[sheets[0]]
        for row in status_sheet.iter_rows(min_row=2):
            for index in PERCENT_COLUMNS:
                row[index].number_format = "0.0%"
            for index in POINTS_COLUMNS:
                row[index].number_format = "+0.0;-0.0;0.0"
        for sheet in book.worksheets:
            no_formulas(sheet)
            sheet.freeze_panes = "A2"
            fit_columns(sheet)
    out.write(buffer.getvalue())
