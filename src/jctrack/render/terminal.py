"""Tables for a person at a terminal, drawn with Rich: the only module that imports it.

The layout is `screen`'s, the same as plain text's, so nothing is ever cut: Rich adds the colour of
each piece (a status, a fall in 同比, a header) and writes it for the terminal.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, BinaryIO

from rich.console import Console
from rich.text import Text

from jctrack.calc import IndicatorHistory, MonthlyHistory, StatusReport
from jctrack.checks import CheckResult
from jctrack.render import Options
from jctrack.render.cells import monthly_table, monthly_title
from jctrack.render.findings import AuditResult, ExtractResult, Listing, audit_table, check_table, extract_table
from jctrack.render.layout import Line
from jctrack.render.screen import cell_table_screen, history_screen, paragraph, status_screen
from jctrack.safety import visible
from jctrack.words import say
from jctrack.words.labels import Label

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictCheck, DistrictMatrix, IndicatorStatus


# A piece's tone (layout.Piece.tone) → its Rich style.
STYLES = {
    "title": "bold",
    "header": "bold",
    "heading": "bold",
    "rule": "dim",
    "good": "green",
    "bad": "red",
    "warn": "yellow",
    "ceiling": "magenta",
    "neutral": "dim",
    "dim": "dim",
    "trend": "cyan",
    "problem": "red",
}


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
            soft_wrap=True,
            safe_box=True,
        )
    finally:
        stream.flush()
        stream.detach()


def show(lines: Sequence[Line], out: BinaryIO, options: Options) -> None:
    """Each laid-out line with its pieces coloured, never wrapped or cropped by Rich (the layout fits already)."""
    with console(out, options) as terminal:
        for line in lines:
            text = Text()
            for piece in line:
                text.append(visible(piece.text), style=STYLES.get(piece.tone, ""))
            text.rstrip()
            terminal.print(text, soft_wrap=True)


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    """The office's table, fitted to the terminal: columns give way by priority, nothing is cut."""
    show(status_screen(report, options, terminal=True), out, options)


def render_monthly(history: MonthlyHistory, out: BinaryIO, options: Options) -> None:
    show(cell_table_screen(monthly_title(history, options.lang), monthly_table(history, options.lang), options, True), out, options)


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    show(history_screen(history, options, terminal=True), out, options)


def render_listing(listing: Listing, out: BinaryIO, options: Options) -> None:
    show(cell_table_screen(listing.title, listing.table, options, True, listing.notes), out, options)


def render_district_indicator(status: IndicatorStatus, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import indicator_notes, indicator_table, indicator_title

    lang = options.lang
    lines = cell_table_screen(indicator_title(status, lang), indicator_table(status, lang), options, True, indicator_notes(status, lang))
    show(lines, out, options)


def render_district_matrix(matrix: DistrictMatrix, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import matrix_table, matrix_title

    show(cell_table_screen(matrix_title(matrix, options.lang), matrix_table(matrix, options.lang), options, True), out, options)


def render_district_check(result: DistrictCheck, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import check_lines

    lines = [piece for line in check_lines(result, options.lang) for piece in paragraph(line, options, "problem")]
    show(lines, out, options)


def render_check(result: CheckResult, out: BinaryIO, options: Options) -> None:
    cell_table, problems = check_table(result, options.lang)
    lines = cell_table_screen(say(Label.CHECK_TITLE, options.lang), cell_table, options, True) if cell_table.rows else []
    lines += [line for problem in problems for line in paragraph(problem, options, "problem")]
    show(lines, out, options)


def render_audit(result: AuditResult, out: BinaryIO, options: Options) -> None:
    show(cell_table_screen(say(Label.AUDIT_TITLE, options.lang), audit_table(result, options.lang), options, True), out, options)


def render_extract(result: ExtractResult, out: BinaryIO, options: Options) -> None:
    show(cell_table_screen(say(Label.EXTRACT_TITLE, options.lang), extract_table(result, options.lang), options, True), out, options)
