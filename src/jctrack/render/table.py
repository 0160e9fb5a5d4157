"""The Rich status table for a terminal: aligned with Chinese text, coloured only on a terminal."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from jctrack.calc import StatusReport, StatusRow
from jctrack.render.cells import (
    BAD_STATUSES,
    GOOD_STATUSES,
    HEADERS,
    MISSING,
    NUMERIC_COLUMNS,
    STATED_FOOTNOTE,
    cells,
    has_stated,
    title,
)

BAR_WIDTH = 10
PIPED_WIDTH = 200  # not a terminal: wide enough that a mail or log never wraps a row


def console_for(stream: TextIO) -> Console:
    """A console that colours a terminal only, never reads markup from data, and never wraps when piped."""
    width = None if stream.isatty() or os.environ.get("COLUMNS") else PIPED_WIDTH
    return Console(file=stream, width=width, highlight=False, markup=False, emoji=False, soft_wrap=False)


def bar(percent: Decimal | None) -> str:
    """A ten-cell bar of a completion rate, full at 100%."""
    if percent is None:
        return MISSING
    filled = max(0, min(BAR_WIDTH, int(percent * BAR_WIDTH // 100)))
    return "█" * filled + "░" * (BAR_WIDTH - filled) + f" {format(percent, 'f')}%"


def status_style(row: StatusRow) -> str:
    if row.status in GOOD_STATUSES:
        return "green"
    if row.status in BAD_STATUSES:
        return "red"
    return "dim"


def build_table(report: StatusReport) -> Table:
    table = Table(title=Text(title(report)), title_justify="left")
    for index, header in enumerate(HEADERS):
        table.add_column(Text(header), justify="right" if index in NUMERIC_COLUMNS else "left", no_wrap=index > 0)
    for row in report.rows:
        texts = cells(row)
        texts[4] = bar(row.completion_pct)
        rendered = [Text(cell) for cell in texts]
        rendered[7].stylize(status_style(row))
        rendered[8].stylize(status_style(row))
        table.add_row(*rendered)
    if has_stated(report):
        table.caption = Text(STATED_FOOTNOTE)
        table.caption_justify = "left"
    return table


def render(report: StatusReport, stream: TextIO) -> None:
    console_for(stream).print(build_table(report))
