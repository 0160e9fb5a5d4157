"""Tables for a person at a terminal, drawn with Rich: the only module that imports it."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from typing import BinaryIO

from rich.console import Console
from rich.table import Table
from rich.text import Text as RichText

from jctrack.calc import IndicatorHistory, StatusReport
from jctrack.checks import CheckResult
from jctrack.render import Options
from jctrack.render.cells import (
    COMPLETION_COLUMN,
    HISTORY_HEADERS,
    HISTORY_NUMERIC,
    NUMERIC_COLUMNS,
    STATUS_HEADERS,
    bar,
    cells,
    completion_of,
    headers,
    history_cells,
    history_heading,
    status_title,
    tone,
    trend_bars,
)
from jctrack.render.findings import AuditResult, CellTable, ExtractResult, audit_table, check_table, extract_table
from jctrack.render.plaintext import notes_under
from jctrack.safety import visible
from jctrack.words import say
from jctrack.words.labels import Label


def Text(text: str = "", style: str = "") -> RichText:
    """Rich's Text with every control character written out (\\x1b): a terminal shows it, never obeys it."""
    return RichText(visible(text, keep="\n"), style=style)


TONE_STYLES = {"good": "green", "bad": "bold red", "warn": "yellow", "neutral": "dim"}
STATUS_STYLES = {"good": "green", "bad": "red", "neutral": "dim"}


@contextlib.contextmanager
def console(out: BinaryIO, options: Options) -> Iterator[Console]:
    """A console of the terminal's width that colours only when asked and never reads markup from data."""
    stream = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
    try:
        yield Console(
            file=stream,
            width=options.width or 80,
            force_terminal=options.color,
            color_system="standard" if options.color else None,
            highlight=False,
            markup=False,
            emoji=False,
            soft_wrap=False,
        )
    finally:
        stream.flush()
        stream.detach()


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    """Every column, a bar beside each 完成率, the status in colour."""
    lang = options.lang
    table = Table(title=Text(status_title(report, lang)), title_justify="left")
    for index, header in enumerate(headers(STATUS_HEADERS, lang)):
        table.add_column(Text(header), justify="right" if index in NUMERIC_COLUMNS else "left", no_wrap=index > 0)
    for row in report.rows:
        texts = cells(row, lang)
        texts[COMPLETION_COLUMN] = bar(completion_of(row))
        rendered = [Text(cell) for cell in texts]
        for column in (7, 8):
            rendered[column].stylize(STATUS_STYLES[tone(row.status)])
        table.add_row(*rendered)
    notes = notes_under(report, lang)
    if notes:
        table.caption = Text("\n".join(notes))
        table.caption_justify = "left"
    with console(out, options) as terminal:
        terminal.print(table)


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    """Every year of one indicator, with a trend bar per year."""
    lang = options.lang
    table = Table(title=Text(history_heading(history, lang)), title_justify="left")
    for index, header in enumerate(headers(HISTORY_HEADERS, lang)):
        table.add_column(Text(header), justify="right" if index in HISTORY_NUMERIC else "left", no_wrap=True)
    table.add_column(Text(say(Label.TREND, lang)), no_wrap=True)
    for line, trend in zip(history.lines, trend_bars(history), strict=True):
        texts = [Text(cell) for cell in history_cells(line.period, line.row, lang)]
        texts[-1].stylize(STATUS_STYLES[tone(line.row.status)])
        texts.append(Text(trend, style="cyan"))
        table.add_row(*texts)
    with console(out, options) as terminal:
        terminal.print(table)


def _rich(title: str, cell_table: CellTable, show_lines: bool = False) -> Table:
    table = Table(title=Text(title), title_justify="left", show_lines=show_lines)
    for index, column in enumerate(cell_table.columns):
        table.add_column(Text(column), justify="right" if index in cell_table.numeric else "left")
    for number, row in enumerate(cell_table.rows):
        texts = [Text(cell) for cell in row]
        if cell_table.tones and cell_table.tone_column >= 0:
            texts[cell_table.tone_column].stylize(TONE_STYLES[cell_table.tones[number]])
        table.add_row(*texts)
    return table


def render_check(result: CheckResult, out: BinaryIO, options: Options) -> None:
    cell_table, problems = check_table(result, options.lang)
    with console(out, options) as terminal:
        terminal.print(_rich(say(Label.CHECK_TITLE, options.lang), cell_table))
        for problem in problems:
            terminal.print(Text(problem, style="red"))


def render_audit(result: AuditResult, out: BinaryIO, options: Options) -> None:
    with console(out, options) as terminal:
        terminal.print(_rich(say(Label.AUDIT_TITLE, options.lang), audit_table(result, options.lang), show_lines=True))


def render_extract(result: ExtractResult, out: BinaryIO, options: Options) -> None:
    with console(out, options) as terminal:
        terminal.print(_rich(say(Label.EXTRACT_TITLE, options.lang), extract_table(result, options.lang)))
