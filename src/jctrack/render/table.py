"""The Rich status table for a terminal: aligned with Chinese text, in colour."""

from __future__ import annotations

import os
from typing import TextIO

from rich import box
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


def console_for(stream: TextIO, width: int | None = None) -> Console:
    """A console that colours a terminal only, never reads markup from data, and never wraps when piped."""
    if width is None and not stream.isatty() and not os.environ.get("COLUMNS"):
        width = PIPED_WIDTH
    return Console(file=stream, width=width, highlight=False, markup=False, emoji=False, soft_wrap=False)


TONE_STYLES = {"good": "green", "bad": "red", "neutral": "dim"}


def status_style(status: str) -> str:
    return TONE_STYLES[tone(status)]


def build_table(report: StatusReport, labels: Labels = ZH) -> Table:
    """The terminal table: every column, a bar beside each 完成率."""
    table = Table(title=Text(title(report, labels)), title_justify="left")
    for index, header in enumerate(labels.headers):
        table.add_column(Text(header), justify="right" if index in NUMERIC_COLUMNS else "left", no_wrap=index > 0)
    for row in report.rows:
        texts = cells(row, labels)
        texts[4] = bar(row.completion_pct)
        table.add_row(*_styled(texts, row.status, status_columns=(7, 8)))
    _add_footnote(table, report, labels)
    return table


def build_compact_table(report: StatusReport, labels: Labels = ZH) -> Table:
    """The same rows within 80 columns: unit beside the name, long cells folded onto a second line."""
    table = Table(title=Text(title(report, labels)), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for index, header in enumerate(labels.compact_headers):
        numeric = index + 1 in NUMERIC_COLUMNS
        # Only the name wraps; figures and statuses keep their width.
        table.add_column(Text(header), justify="right" if numeric else "left", no_wrap=index > 0, overflow="fold")
    for row in report.rows:
        texts = cells(row, labels)
        texts = [f"{texts[0]}（{texts[1]}）" if labels is ZH else f"{texts[0]} ({texts[1]})", *texts[2:]]
        table.add_row(*_styled(texts, row.status, status_columns=(6, 7)))
    _add_footnote(table, report, labels)
    return table


def _styled(texts: list[str], status: str, status_columns: tuple[int, ...]) -> list[Text]:
    rendered = [Text(cell) for cell in texts]
    for column in status_columns:
        rendered[column].stylize(status_style(status))
    return rendered


def _add_footnote(table: Table, report: StatusReport, labels: Labels) -> None:
    if has_stated(report):
        table.caption = Text(labels.stated_footnote)
        table.caption_justify = "left"


def render(report: StatusReport, stream: TextIO) -> None:
    console_for(stream).print(build_table(report))
