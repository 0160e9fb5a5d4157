"""The report as an Excel workbook: the status table with real numbers, all values in long form, the narrative."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from jctrack.longform import VALUE_COLUMNS
from jctrack.render.cells import LABELS
from jctrack.report import Report
from jctrack.tabular import excel_number, excel_value_records, fit_columns, no_formulas, require

HUNDRED = Decimal(100)


def _fraction(percent: Decimal | None) -> float | None:
    """A percentage as the fraction Excel's 0.0% format expects."""
    return None if percent is None else float(percent / HUNDRED)


def status_columns(lang: str) -> list[str]:
    if lang == "en":
        return [
            "Indicator",
            "Unit",
            "Target",
            "Actual",
            "Completion",
            "YoY growth",
            "YoY (pp)",
            "Target growth",
            "Vs schedule (pp)",
            "Status",
        ]
    return ["指标", "单位", "目标", "完成", "完成率", "同比增长", "同比增减(百分点)", "目标增幅", "序时进度差(百分点)", "状态"]


PERCENT_COLUMNS = (4, 5, 7)  # zero-based positions formatted 0.0%
POINTS_COLUMNS = (6, 8)


def render(report: Report) -> bytes:
    pandas = require("pandas")
    require("openpyxl")
    labels = LABELS[report.lang]
    status_rows = [
        [
            row.name if report.lang == "zh" else (row.name_en or row.name),
            row.unit,
            excel_number(row.target),
            excel_number(row.actual),
            _fraction(row.completion_pct),
            _fraction(row.growth_pct),
            excel_number(row.growth_pp),
            _fraction(row.target_growth_pct),
            excel_number(row.schedule_gap_pp),
            labels.statuses[row.status],
        ]
        for row in report.status.rows
    ]
    values = excel_value_records(report.values)
    sheets = ("状态", "数据", "综述") if report.lang == "zh" else ("Status", "Values", "Summary")
    buffer = io.BytesIO()
    with pandas.ExcelWriter(buffer, engine="openpyxl") as writer:
        pandas.DataFrame(status_rows, columns=status_columns(report.lang)).to_excel(writer, sheet_name=sheets[0], index=False)
        pandas.DataFrame(values, columns=list(VALUE_COLUMNS)).to_excel(writer, sheet_name=sheets[1], index=False)
        summary = [[report.title()], *([sentence] for sentence in report.narrative)]
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
    return buffer.getvalue()
