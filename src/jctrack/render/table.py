"""The Rich status table for a terminal: aligned with Chinese text, in colour."""

from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from jctrack.calc import StatusReport
from jctrack.render.cells import (
    NUMERIC_COLUMNS,
    ZH,
    Labels,
    bar,
    cells,
    has_stated,
    title,
    tone,
)

PIPED_WIDTH = 200  # not a terminal: wide enough that a mail or log never wraps a row


def console_for(stream: TextIO) -> Console:
    """A console that colours a terminal only, never reads markup from data, and never wraps when piped."""
    width = None
    if not stream.isatty() and not os.environ.get("COLUMNS"):
        width = PIPED_WIDTH
    return Console(file=stream, width=width, highlight=False, markup=False, emoji=False, soft_wrap=False)


TONE_STYLES = {"good": "green", "bad": "red", "neutral": "dim"}


def status_style(status: str) -> str:
    return TONE_STYLES[tone(status)]


def build_table(report: StatusReport, labels: Labels = ZH) -> Table:
    """The terminal table: every column, a bar beside each 完成率, the status in colour."""
    table = Table(title=Text(title(report, labels)), title_justify="left")
    for index, header in enumerate(labels.headers):
        table.add_column(Text(header), justify="right" if index in NUMERIC_COLUMNS else "left", no_wrap=index > 0)
    for row in report.rows:
        texts = cells(row, labels)
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
