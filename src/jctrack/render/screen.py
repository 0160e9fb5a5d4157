"""What every command shows on a fixed-width screen, laid out once for the terminal and for plain text.

Each function returns lines of `layout.Piece`s within a width: the plain-text renderer joins them, the
terminal renderer colours each piece by its tone. A table never cuts a cell: it narrows (headers wrap,
names wrap onto two lines), leaves columns out by their drop priority (the office table's, in
`office.SCREEN_STEPS`), and where nothing fits shows one block per row.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from jctrack.calc import IndicatorHistory, StatusReport
from jctrack.render import Options
from jctrack.render.cells import MISSING, ascii_text, history_heading, trend_bars
from jctrack.render.findings import CellTable
from jctrack.render.layout import TEXT, Col, Line, Piece, blocks, fit, table_lines, text_lines, wrap_cells
from jctrack.render.office import (
    Medium,
    Table,
    foot_lines,
    history_table,
    lead_lines,
    office_table,
    screen_variants,
    shows_stated,
    side_foot_lines,
    side_tables,
)
from jctrack.safety import visible
from jctrack.textwidth import width
from jctrack.words import say
from jctrack.words.labels import Label

PIPE_WIDTH = 100  # piped, redirected or mailed: no line wider than this
NAME_LINES = 2
INDENT = "    "  # a paragraph's first line, two Chinese characters' width
FREE_TEXT = 40  # a cell wider than this is a sentence, not a name
ATOMIC = re.compile(r"[\x21-\x7e]*")


def budget(options: Options) -> int:
    return options.width or PIPE_WIDTH


def _text(text: str, options: Options) -> str:
    """A cell or a line as shown: a control character (a line break too) written out (\\x1b, \\x0a), never
    obeyed, so a name from elsewhere ends no row; ASCII when asked."""
    shown = visible(text)
    return ascii_text(shown) if options.ascii else shown


def rule_char(options: Options, terminal: bool) -> str:
    return "─" if terminal and not options.ascii else "-"


def _field(options: Options) -> str:
    return say(Label.FIELD, options.lang, name="{name}", value="{value}")


def blank() -> Line:
    return [Piece("", TEXT, -1)]


def paragraph(text: str, options: Options, tone: str = "") -> list[Line]:
    return text_lines(_text(text, options), budget(options), tone)


def prose(text: str, options: Options) -> list[Line]:
    """A paragraph within the width, its first line indented as printed Chinese is."""
    lines = wrap_cells(_text(text, options), budget(options), indent=len(INDENT))
    return [[Piece((INDENT if number == 0 else "") + line, TEXT, -1)] for number, line in enumerate(lines)]


def office_cols(table: Table, wraps: bool, options: Options) -> list[Col]:
    cols = []
    for column in table.columns:
        tones = [(column.tone(entry.row) or "") if column.tone else "" for entry in table.entries]
        cells = [_text(cell, options) for cell in table.cells(column)]
        tones = [tone if cell != MISSING else "dim" for tone, cell in zip(tones, table.cells(column), strict=True)]
        cols.append(
            Col(
                _text(table.header(column), options),
                cells,
                numeric=column.aligned_right,
                wrap=column.wrap and wraps,
                max_lines=NAME_LINES if column.wrap else None,
                tones=tones,
            )
        )
    return cols


def laid_out(variants: Sequence[Callable[[], list[Col]]], options: Options, terminal: bool, aside: int | None = None) -> list[Line]:
    """The first variant that fits the width, as a table; else the last one as blocks (the `aside`
    column, a status, beside each block's heading). A variant's columns are made only when it is tried."""
    width = budget(options)
    cols: list[Col] = []
    for variant in variants:
        cols = variant()
        widths = fit(cols, width)
        if widths is not None:
            return table_lines(cols, widths, rule_char(options, terminal))
    return blocks(cols, width, _field(options), frozenset({MISSING, "-", ""}), aside=aside)


def office_lines(table: Table, options: Options, terminal: bool) -> tuple[list[Line], Table]:
    """The table laid out for the width, and the variant of it that fitted (the last one as blocks)."""
    variants = screen_variants(table)
    status = next((index for index, column in enumerate(variants[-1][0].columns) if column.key == "status"), None)
    width = budget(options)
    for variant, wraps in variants[:-1]:
        cols = office_cols(variant, wraps, options)
        widths = fit(cols, width)
        if widths is not None:
            return table_lines(cols, widths, rule_char(options, terminal)), variant
    last, wraps = variants[-1]
    return laid_out([functools.partial(office_cols, last, wraps, options)], options, terminal, status), last


def status_screen(report: StatusReport, options: Options, terminal: bool) -> list[Line]:
    """The office's table: title, 序时进度 and source, the table, then who has not reported, notes and *;
    then the tables beside it (全年预测与进度要求, 构成, 与Y年同期比较), each with its title."""
    lang = options.lang
    table = office_table(report, lang, Medium.SCREEN, bar_ascii=options.ascii)
    lines = paragraph(table.title, options, "title")
    for line in lead_lines(report, table, lang):
        lines += paragraph(line, options)
    shown = table
    if table.entries:
        laid, shown = office_lines(table, options, terminal)
        lines += [blank(), *laid]
    foot = foot_lines(report, shown, lang, with_notes=True)
    if foot:
        lines.append(blank())
    for line in foot:
        lines += paragraph(line, options, "note")
    for side in side_tables(report, lang):
        laid, shown = office_lines(side, options, terminal)
        lines += [blank(), *paragraph(side.title, options, "title"), blank(), *laid]
        side_foot = side_foot_lines(shown)
        lines += [blank()] if side_foot else []
        for line in side_foot:
            lines += paragraph(line, options, "note")
    return lines


def history_screen(history: IndicatorHistory, options: Options, terminal: bool, footnote: bool = True) -> list[Line]:
    """Every year of one indicator, with a bar per whole year scaled to the largest figure; with `footnote`,
    what a * means when a figure carries one (a report says it once, after all its histories)."""
    table = history_table([(line.period, line.row) for line in history.lines], options.lang)
    cols = office_cols(table, False, options)
    trend = [_text(bar, options) for bar in trend_bars(history)]
    if any(trend):
        with_trend = [*cols, Col(_text(say(Label.TREND, options.lang), options), trend, tones=["trend"] * len(trend))]
        variants = [lambda: with_trend, lambda: cols]
    else:
        variants = [lambda: cols]
    lines = paragraph(history_heading(history, options.lang), options, "title")
    if not table.entries:
        return lines
    lines += laid_out(variants, options, terminal)
    if footnote and shows_stated(table):
        lines += [blank(), *paragraph(say(Label.STATED_FOOTNOTE, options.lang), options, "note")]
    return lines


def cell_table_screen(title: str, cell_table: CellTable, options: Options, terminal: bool, notes: Sequence[str] = ()) -> list[Line]:
    """A titled table of plain cells (check, audit, extract, the listings, the district's tables)."""
    lines = paragraph(title, options, "title") if title else []
    if cell_table.columns:
        cols: list[Col] = []
        aside: int | None = None
        for index, header in enumerate(cell_table.columns):
            if cell_table.rows and all(row[index] == "" for row in cell_table.rows):
                continue  # a column empty for every row says nothing
            if index == cell_table.tone_column:
                aside = len(cols) or None
            tones = cell_table.tones if index == cell_table.tone_column else []
            cells = [_text(row[index], options) for row in cell_table.rows]
            numeric = index in cell_table.numeric
            # Words with no space and no Chinese in them (an id, a period, a file's name) never wrap.
            wraps = not numeric and index != cell_table.tone_column and not all(ATOMIC.fullmatch(cell) for cell in cells)
            free = any(width(cell) > FREE_TEXT for cell in cells)  # a sentence wraps as it must, a name on two lines
            cols.append(
                Col(_text(header, options), cells, numeric=numeric, wrap=wraps, max_lines=None if free else NAME_LINES, tones=tones)
            )
        lines += laid_out([lambda: cols], options, terminal, aside)
    for note in notes:
        lines += paragraph(note, options, "note")
    return lines
