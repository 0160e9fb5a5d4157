"""The Rich status table for a terminal: aligned with Chinese text, coloured only on a terminal."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from jctrack.calc import StatusReport
from jctrack.render.cells import (
    BAD_STATUSES,
    GOOD_STATUSES,
    MISSING,
    NUMERIC_COLUMNS,
    ZH,
    Labels,
    cells,
    has_stated,
    title,
)

BAR_WIDTH = 10
PIPED_WIDTH = 200  # not a terminal: wide enough that a mail or log never wraps a row


def console_for(stream: TextIO, width: int | None = None) -> Console:
    """A console that colours a terminal only, never reads markup from data, and never wraps when piped."""
    if width is None and not stream.isatty() and not os.environ.get("COLUMNS"):
        width = PIPED_WIDTH
    return Console(file=stream, width=width, highlight=False, markup=False, emoji=False, soft_wrap=False)


def bar(percent: Decimal | None, full: Decimal = Decimal(100), width: int = BAR_WIDTH) -> str:
    """A bar of `width` cells, full at `full`, followed by the percentage."""
    if percent is None:
        return MISSING
    return bar_cells(percent, full, width) + f" {format(percent, 'f')}%"


def bar_cells(value: Decimal, full: Decimal, width: int = BAR_WIDTH) -> str:
    filled = 0 if full <= 0 else max(0, min(width, int(value * width // full)))
    return "█" * filled + "░" * (width - filled)


def status_style(status: str) -> str:
    if status in GOOD_STATUSES:
        return "green"
    if status in BAD_STATUSES:
        return "red"
    return "dim"


def build_table(report: StatusReport, labels: Labels = ZH, with_bar: bool = True, table_box: box.Box = box.HEAVY_HEAD) -> Table:
    table = Table(title=Text(title(report, labels)), title_justify="left", box=table_box)
    for index, header in enumerate(labels.headers):
        numeric = index in NUMERIC_COLUMNS
        table.add_column(Text(header), justify="right" if numeric else "left", no_wrap=index > 0)
    for row in report.rows:
        texts = cells(row, labels)
        if with_bar:
            texts[4] = bar(row.completion_pct)
        rendered = [Text(cell) for cell in texts]
        for column in (7, 8):
            rendered[column].stylize(status_style(row.status))
        table.add_row(*rendered)
    if has_stated(report):
        table.caption = Text(labels.stated_footnote)
        table.caption_justify = "left"
    return table


def render(report: StatusReport, stream: TextIO) -> None:
    console_for(stream).print(build_table(report))
