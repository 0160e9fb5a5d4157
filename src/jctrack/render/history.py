"""Output of `jctrack history`: every year of one indicator, with an inline bar per year in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TextIO, assert_never

from rich.table import Table
from rich.text import Text

from jctrack.render import Format
from jctrack.render.cells import HISTORY_HEADERS, HISTORY_NUMERIC, TREND_HEADER, ZH, Labels, bar_cells, history_cells, with_unit
from jctrack.render.csvout import write_rows
from jctrack.render.jsonout import encode, row_fields
from jctrack.render.markdown import escape, table
from jctrack.render.table import console_for, status_style
from jctrack.report import IndicatorHistory

TREND_WIDTH = 16


def trend_bars(history: IndicatorHistory) -> list[str]:
    """A bar per year, scaled to the largest actual or target, so the trend is seen at a glance."""
    figures = [v for line in history.lines for v in (line.row.actual, line.row.target) if v is not None and v > 0]
    largest = max(figures, default=Decimal(0))
    return ["" if line.row.actual is None else bar_cells(line.row.actual, largest, TREND_WIDTH) for line in history.lines]


def heading(history: IndicatorHistory, labels: Labels = ZH) -> str:
    name = history.name if labels is ZH else (history.name_en or history.name)
    return with_unit(name, history.unit, labels)


def rich_table(history: IndicatorHistory) -> Table:
    """The terminal table, with a trend bar per year."""
    result = Table(title=Text(heading(history)), title_justify="left")
    for index, header in enumerate(HISTORY_HEADERS["zh"]):
        result.add_column(Text(header), justify="right" if index in HISTORY_NUMERIC else "left", no_wrap=True)
    result.add_column(Text(TREND_HEADER["zh"]), no_wrap=True)
    for line, bar in zip(history.lines, trend_bars(history), strict=True):
        texts = [Text(cell) for cell in history_cells(line.period, line.row)]
        texts[-1].stylize(status_style(line.row.status))
        texts.append(Text(bar, style="cyan"))
        result.add_row(*texts)
    return result


def markdown_table(history: IndicatorHistory, labels: Labels = ZH) -> str:
    headers = HISTORY_HEADERS["zh" if labels is ZH else "en"]
    body = [history_cells(line.period, line.row, labels) for line in history.lines]
    return table(headers, body, HISTORY_NUMERIC)


def render_table(history: IndicatorHistory, stream: TextIO) -> None:
    console_for(stream).print(rich_table(history))


def render_markdown(history: IndicatorHistory, stream: TextIO) -> None:
    stream.write(f"## {escape(heading(history))}\n\n" + markdown_table(history))


def render_json(history: IndicatorHistory, stream: TextIO) -> None:
    rows = [{"period": str(line.period), **row_fields(line.row)} for line in history.lines]
    stream.write(encode({"id": history.id, "name": history.name, "unit": history.unit, "rows": rows}) + "\n")


def render_csv(history: IndicatorHistory, stream: TextIO) -> None:
    write_rows(stream, ((str(line.period), line.row) for line in history.lines))


def renderer_for(output_format: Format) -> Callable[[IndicatorHistory, TextIO], None]:
    if output_format is Format.TABLE:
        return render_table
    if output_format is Format.JSON:
        return render_json
    if output_format is Format.CSV:
        return render_csv
    if output_format is Format.MARKDOWN:
        return render_markdown
    assert_never(output_format)
