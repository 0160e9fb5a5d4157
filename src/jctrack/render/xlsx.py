"""The reports as Excel workbooks that open and print well in WPS and Excel (openpyxl, loaded on use).

Sheet 1 is the office's table: a merged title with the entity and period, the 序时进度 and source line, a
bold shaded header with borders, figures stored as numbers with their formats (a stated figure's format
shows its *), the rows behind schedule or over a ceiling highlighted by conditional formatting, notes
and the footer under it; printed A4 landscape, one page wide, the title rows on every page. Sheet 2 is
every value in long form, headed and named in the document's language, numbers as numbers (the
indicator's id in the last column). Sheet 3 is the narrative, wrapped.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO

from jctrack.decimals import decimal_places
from jctrack.model import Period
from jctrack.render import Options
from jctrack.render.cells import BAD_STATUSES, CEILING_WORDS, SHARE_WORDS_DOWN, SHARE_WORDS_UP, STATUS_WORDS
from jctrack.render.layout import BREAK, wrap_header
from jctrack.render.office import (
    Medium,
    Style,
    Table,
    foot_lines,
    footer_lines,
    lead_lines,
    lead_sections,
    office_table,
    report_title,
    side_foot_lines,
    side_tables,
)
from jctrack.report import Report
from jctrack.safety import xlsx_value
from jctrack.tabular import excel_number, no_formulas, require
from jctrack.textwidth import width
from jctrack.words import Bilingual, Lang, period_label, say, unit_name
from jctrack.words.labels import Label

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictReport

HEAD_FILL = "DDE4EC"
ALERT_FILL = "FBE3E0"
GOOD = "1B7A3A"
BAD = "C0392B"
CEILING = "7B3FA0"
WARN = "8A5A00"  # 关注
SOFT = "5B636E"
FONT = "宋体"  # WPS and Excel on an office's PC have it; the headers in 黑体
HEAD_FONT = "黑体"


def number_format(style: Style, stated: bool, lang: Lang, places: int = 0) -> str:
    """A figure's Excel format, with the decimals it is printed with elsewhere (0.70 stays 0.70, a computed
    rate 52.2, a stated 8 stays 8); a stated figure shows its * without becoming text."""
    digits = "0" + ("." + "0" * places if places else "")  # a rate as printed: 14.4, or a stated 8 as 8
    if style is Style.POINTS:
        points = say(Label.POINTS, lang).replace('"', "")
        sections = [f'+{digits}"{points}"', f'-{digits}"{points}"', f'{digits}"{points}"']
    elif style is Style.SIGNED:
        sections = [f"+{digits}", f"-{digits}", digits]
    else:
        sections = [digits]
    if stated:
        sections = [section + '"*"' for section in sections]
    return ";".join(sections)


def _number(value: Decimal | None) -> int | float | str | None:
    return excel_number(value)


_PLAIN = re.compile(r"([+-]?)(\d+)(?:\.(\d+))?(%?)")


def cell_value(text: str) -> tuple[Any, str]:
    """A table cell as Excel should hold it: a figure as a number with the format that prints it as shown
    (26.3% stays 26.3%, +2.2 keeps its sign), anything else as text."""
    match = _PLAIN.fullmatch(text)
    if match is None:
        return text, "General"
    sign, _, decimals, percent = match.groups()
    places = "0." + "0" * len(decimals) if decimals else "0"
    suffix = '"%"' if percent else ""
    value = excel_number(Decimal(text.rstrip("%")))
    if isinstance(value, str):
        return text, "General"  # too many digits for Excel to keep: the figure as printed, exactly
    if sign:
        return value, f"+{places}{suffix};-{places}{suffix};{places}{suffix}"
    return value, f"{places}{suffix}" if (percent or decimals) else "General"


class Sheet:
    """A worksheet written top to bottom, with the styles of the office's table."""

    def __init__(self, sheet: Any, columns: int) -> None:
        styles = require("openpyxl.styles")
        Alignment, Border, Font, PatternFill, Side = styles.Alignment, styles.Border, styles.Font, styles.PatternFill, styles.Side
        self.sheet = sheet
        self.columns = columns
        self.row = 1
        thin = Side(style="thin", color="8A939D")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.head_fill = PatternFill("solid", fgColor=HEAD_FILL)
        self.Font = Font
        self.Alignment = Alignment
        self.widths: list[float] = [0.0] * columns
        self.seq = False  # the first column is the 序号, centred

    def merged(
        self, text: str, size: float = 10.5, bold: bool = False, align: str = "left", color: str = "000000", height: float | None = None
    ) -> None:
        cell = self.sheet.cell(row=self.row, column=1, value=xlsx_value(text))
        cell.font = self.Font(name=HEAD_FONT if bold else FONT, size=size, bold=bold, color=color)
        cell.alignment = self.Alignment(horizontal=align, vertical="center", wrap_text=True)
        if self.columns > 1:
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.columns)
        lines = max(1, -(-width(text) * 0.95 * size / 10.5 // max(1, self._total_width())) if self._total_width() else 1)
        self.sheet.row_dimensions[self.row].height = height or max(16.0, (size + 5) * int(lines))
        self.row += 1

    def _total_width(self) -> float:
        return float(sum(self.widths))

    def header(self, headers: Sequence[str]) -> None:
        """The header row: each header broken at its soft breaks where its column is narrower."""
        lines = 1
        for index, text in enumerate(headers, start=1):
            self._fit(index - 1, max(width(part) for part in text.split(BREAK)) + 2)
            broken = wrap_header(text, max(1, int(self.widths[index - 1]) - 2))
            cell = self.sheet.cell(row=self.row, column=index, value=xlsx_value("\n".join(broken)))
            cell.font = self.Font(name=HEAD_FONT, size=10.5, bold=True)
            cell.fill = self.head_fill
            cell.border = self.border
            cell.alignment = self.Alignment(horizontal="center", vertical="center", wrap_text=True)
            lines = max(lines, len(broken))
        self.sheet.row_dimensions[self.row].height = 15.0 * lines + 8
        self.row += 1

    def cells(
        self, values: Sequence[Any], formats: Sequence[str], colors: Sequence[str], right: Sequence[bool], wrap: Sequence[bool]
    ) -> None:
        lines = 1
        for index, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=self.row, column=index, value=xlsx_value(value))
            cell.border = self.border
            cell.font = self.Font(name=FONT, size=10.5, color=colors[index - 1] or "000000", bold=colors[index - 1] == BAD)
            if isinstance(value, (int, float)):
                cell.number_format = formats[index - 1]
            horizontal = "right" if right[index - 1] else "left"
            if index == 1 and isinstance(value, int) and self.seq:
                horizontal = "center"
            cell.alignment = self.Alignment(
                horizontal=horizontal, vertical="center", wrap_text=wrap[index - 1], indent=1 if horizontal != "center" else 0
            )
            shown = "" if value is None else str(value)
            if isinstance(value, float):
                shown = f"{value:.1f}"
            needed = width(shown) + 4
            if wrap[index - 1] and needed > 30:
                lines = max(lines, -(-needed // 30))
                needed = 30
            self._fit(index - 1, needed)
        self.sheet.row_dimensions[self.row].height = 15.0 * lines + 5
        self.row += 1

    def _fit(self, index: int, needed: float) -> None:
        self.widths[index] = max(self.widths[index], min(needed, 44))

    def finish_widths(self) -> None:
        letter = require("openpyxl.utils").get_column_letter
        for index, columns in enumerate(self.widths, start=1):
            self.sheet.column_dimensions[letter(index)].width = max(6, columns)

    def skip(self) -> None:
        self.row += 1


def _bad_words(lang: Lang) -> list[str]:
    """Every status word of a row that is behind or over: the conditional format matches them."""
    keys = {STATUS_WORDS[status] for status in BAD_STATUSES}
    keys |= {table[status] for table in (CEILING_WORDS, SHARE_WORDS_UP, SHARE_WORDS_DOWN) for status in BAD_STATUSES if status in table}
    return sorted({say(key, lang) for key in keys})


def _color_of(tone: str | None) -> str:
    return {"good": GOOD, "bad": BAD, "warn": WARN, "ceiling": CEILING}.get(tone or "", "")


def office_sheet(
    book: Any, table: Table, title: str, lead: list[str], foot: list[str], footer: list[str], lang: Lang, name: str | None = None
) -> Any:
    """Sheet 1 (or a sheet of its own `name`): the office's table, laid out to print."""
    FormulaRule = require("openpyxl.formatting.rule").FormulaRule
    PatternFill = require("openpyxl.styles").PatternFill
    get_column_letter = require("openpyxl.utils").get_column_letter

    if name is None:
        sheet = book.active
        sheet.title = say(Label.SHEET_STATUS, lang)
    else:
        sheet = book.create_sheet(name)
    columns = table.columns
    writer = Sheet(sheet, len(columns))
    writer.seq = bool(columns) and columns[0].key == "seq"
    header_cells = [table.header(column) for column in columns]
    # Widths first from the header and cells, so that the title rows know how wide the table is.
    for index, (column, header) in enumerate(zip(columns, header_cells, strict=True)):
        writer._fit(index, max(width(part) for part in header.split(BREAK)) + 2)
        for cell in table.cells(column):
            writer._fit(index, min(width(cell), 30) + 3)
    writer.merged(title, size=16, bold=True, align="center", height=30)
    for line in lead or [""]:
        writer.merged(line, color=SOFT)
    header_row = writer.row
    writer.header(header_cells)
    first = writer.row
    for entry in table.entries:
        values: list[Any] = []
        formats: list[str] = []
        colors: list[str] = []
        right: list[bool] = []
        wrap: list[bool] = []
        for column in columns:
            tone = column.tone(entry.row) if column.tone else None
            colors.append(_color_of(tone))
            right.append(column.aligned_right)
            wrap.append(column.wrap)
            if column.value is not None:
                figure = column.value(entry.row)
                values.append(_number(figure))
                places = 0 if figure is None else decimal_places(figure)
                formats.append(number_format(column.style(entry.row), column.stated(entry.row), lang, places))
                if figure is None:
                    values[-1] = "—"
            else:
                text = column.cell(entry, table.context)
                values.append(int(text) if column.key == "seq" else text)
                formats.append("General")
        writer.cells(values, formats, colors, right, wrap)
    last = writer.row - 1
    status_index = next((i for i, column in enumerate(columns) if column.key == "status"), None)
    if status_index is not None and last >= first:
        letter = get_column_letter(status_index + 1)
        tests = ",".join(f'ISNUMBER(SEARCH("{word}",${letter}{first}))' for word in _bad_words(lang))
        area = f"A{first}:{get_column_letter(len(columns))}{last}"
        sheet.conditional_formatting.add(area, FormulaRule(formula=[f"OR({tests})"], fill=PatternFill("solid", bgColor=ALERT_FILL)))
    for line in foot:
        writer.merged(line, size=9.5, color=SOFT)
    writer.skip()
    for line in footer:
        writer.merged(line, align="right")
    writer.finish_widths()
    sheet.freeze_panes = sheet.cell(row=first, column=min(3, len(columns)))
    _print_setup(sheet, f"1:{header_row}", lang)
    return sheet


def _print_setup(sheet: Any, title_rows: str, lang: Lang) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.page_margins.header = sheet.page_margins.footer = 0.3  # the page number inside the bottom margin
    sheet.print_title_rows = title_rows
    sheet.oddFooter.center.text = say(Label.PAGE_OF, lang, page="&P", pages="&N")
    sheet.oddFooter.center.size = 9


def long_sheet(book: Any, report: Report) -> None:
    """Sheet 2: every value, one a row, in the document's language, numbers as numbers; ids last."""
    from jctrack.words.intake import IntakeWord

    lang = report.lang
    sheet = book.create_sheet(say(Label.SHEET_VALUES, lang))
    headers = [
        say(key, lang)
        for key in (
            Label.INDICATOR,
            Label.PERIOD,
            Label.EXTRACT_TYPE,
            Label.EXTRACT_VALUE,
            Label.UNIT,
            Label.STATED_GROWTH_PCT,
            Label.BASE_VALUE,
            Label.STATED_STATUS,
            Label.NOTE,
            Label.SOURCE,
            Label.ID,
        )
    ]
    writer = Sheet(sheet, len(headers))
    writer.header(headers)
    names = {history.id: Bilingual(history.name, history.name_en or history.name).in_(lang) for history in report.histories}
    types = {"actual": say(Label.TYPE_ACTUAL, lang), "target": say(Label.TYPE_TARGET, lang)}
    outcomes = {"exceeded": IntakeWord.STATUS_EXCEEDED, "met": IntakeWord.STATUS_MET, "not_met": IntakeWord.STATUS_NOT_MET}
    for row in report.values:
        period = period_label(Period.parse(row["period"]), lang)
        outcome = outcomes.get(row["stated_status"])
        values = [
            names.get(row["indicator"], row["indicator"]),
            period,
            types.get(row["type"], row["type"]),
            excel_number(row["value"]),
            unit_name(row["unit"], lang),
            excel_number(row["stated_growth"]),
            excel_number(row["base"]),
            say(outcome, lang) if outcome else None,
            row["note"] or None,
            row["source"] or None,
            row["indicator"],
        ]
        right = [False, False, False, True, False, True, True, False, False, False, False]
        wrap = [False] * 8 + [True, True, False]
        writer.cells(values, ["General"] * len(values), [""] * len(values), right, wrap)
    writer.finish_widths()
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    _print_setup(sheet, "1:1", lang)


SIDE_SHEETS = {"outlook": Label.SHEET_OUTLOOK, "parts": Label.SHEET_PARTS, "against": Label.SHEET_AGAINST}
PROSE_WIDTH = 80  # the prose sheet's column, in characters: a portrait A4 page at 11 pt


def prose_sheet(book: Any, name: str, title: str, blocks: Sequence[tuple[str, bool]], lang: Lang) -> None:
    """The report's prose on a sheet of its own: the title, then each heading (bold) and paragraph (wrapped,
    its height enough for its lines), printed portrait on A4 with page numbers."""
    styles = require("openpyxl.styles")
    Alignment, Font = styles.Alignment, styles.Font
    sheet = book.create_sheet(name)
    sheet.column_dimensions["A"].width = PROSE_WIDTH
    sheet["A1"] = xlsx_value(title)
    sheet["A1"].font = Font(name=HEAD_FONT, size=14, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
    sheet.row_dimensions[1].height = 26.0 * -(-width(title) // (PROSE_WIDTH - 8))
    for number, (text, is_heading) in enumerate(blocks, start=2):
        cell = sheet.cell(row=number, column=1, value=xlsx_value(text))
        cell.font = Font(name=HEAD_FONT if is_heading else FONT, size=12 if is_heading else 11, bold=is_heading)
        cell.alignment = Alignment(wrap_text=True, vertical="top", indent=0 if is_heading else 1)
        lines = -(-(width(text) + 4) // (PROSE_WIDTH - 6))
        sheet.row_dimensions[number].height = 17.0 * lines + (10 if is_heading else 6)
    _print_setup(sheet, "1:1", lang)
    sheet.page_setup.orientation = "portrait"


def report_blocks(report: Report) -> list[tuple[str, bool]]:
    """The report's prose in order, each (text, is a heading): 需重点关注, 督查通报, then 一、总体情况."""
    blocks: list[tuple[str, bool]] = []
    for section in lead_sections(report):
        blocks += [(section.heading, True), *((sentence, False) for sentence in section.sentences)]
    if report.paragraphs:
        blocks += [(say(Label.SECTION_SUMMARY, report.lang), True), *((text, False) for text in report.paragraphs)]
    return blocks


def _save(book: Any, out: BinaryIO) -> None:
    for sheet in book.worksheets:
        no_formulas(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    out.write(buffer.getvalue())


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    openpyxl = require("openpyxl")
    lang = report.lang
    status = report.status
    table = office_table(status, lang, Medium.DOCUMENT)
    book = openpyxl.Workbook()
    office_sheet(
        book,
        table,
        table.title,
        lead_lines(status, table, lang),
        foot_lines(status, table, lang, with_notes=False),
        footer_lines(report.compiled_by, lang),
        lang,
    )
    for side in side_tables(status, lang):
        office_sheet(book, side, side.title, [], side_foot_lines(side), [], lang, name=say(SIDE_SHEETS[side.kind], lang))
    long_sheet(book, report)
    prose_sheet(book, say(Label.SHEET_SUMMARY, lang), report_title(status, lang), report_blocks(report), lang)
    _save(book, out)


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    """The district's workbook: the matrix, each indicator by town (in rank order), the narrative."""
    from jctrack.render.districtcells import district_paragraph, indicator_notes, indicator_title, matrix_table, matrix_title, ranked_table

    openpyxl = require("openpyxl")
    lang = report.lang
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = say(Label.SHEET_DISTRICT_MATRIX, lang)
    matrix = matrix_table(report.matrix, lang)
    writer = Sheet(sheet, len(matrix.columns))
    for index, header in enumerate(matrix.columns):
        writer._fit(index, width(header) + 3)
        for row in matrix.rows:
            writer._fit(index, width(row[index]) + 3)
    writer.merged(report.title, size=16, bold=True, align="center", height=30)
    writer.merged(matrix_title(report.matrix, lang), color=SOFT)
    writer.header(matrix.columns)
    for row in matrix.rows:
        right = [index in matrix.numeric for index in range(len(row))]
        values, formats = zip(*(cell_value(cell) for cell in row), strict=True)
        writer.cells(values, formats, [""] * len(row), right, [False] * len(row))
    writer.skip()
    for line in footer_lines(None, lang):
        writer.merged(line, align="right")
    writer.finish_widths()
    _print_setup(sheet, "1:3", lang)

    towns = book.create_sheet(say(Label.SHEET_DISTRICT_TOWNS, lang))
    writer = Sheet(towns, 9)
    writer.widths = [18, 14, 12, 12, 14, 8, 10, 14, 12]
    for status in report.status.indicators:
        ranked = ranked_table(status, lang)
        columns, rows, numeric, tones, tone_column = ranked.columns, ranked.rows, ranked.numeric, ranked.tones, ranked.tone_column
        writer.merged(indicator_title(status, lang), size=12, bold=True)
        writer.header(columns)
        for row, tone in zip(rows, tones, strict=True):
            colors = [_color_of(tone) if index == tone_column else "" for index in range(len(row))]
            right = [index in numeric for index in range(len(row))]
            values, formats = zip(*(cell_value(cell) for cell in row), strict=True)
            writer.cells(values, formats, colors, right, [False] * len(row))
        for line in indicator_notes(status, lang):
            writer.merged(line, size=9.5, color=SOFT)
        writer.skip()
    writer.finish_widths()
    _print_setup(towns, "1:1", lang)
    prose_sheet(book, say(Label.SHEET_SUMMARY, lang), report.title, [(district_paragraph(report), False)], lang)
    _save(book, out)
