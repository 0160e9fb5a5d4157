"""The reports as Word documents (.docx), the form an office sends on (python-docx, loaded on use).

A4, the title, the narrative as indented paragraphs, the office's table as a real Word table (header
row shaded and repeated on every page, rows never split, figures right-aligned; in a landscape section
when it is wider than a portrait page), each indicator's history, and 编制单位 and 编制日期 at the end;
page numbers in the footer.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

from jctrack.render import Options
from jctrack.render.cells import BAD_STATUSES, history_heading
from jctrack.render.layout import BREAK, HEADER_LINES, balanced, unbroken, wrap_header
from jctrack.render.office import (
    Medium,
    Table,
    foot_lines,
    footer_lines,
    history_footnote,
    history_table,
    lead_lines,
    lead_sections,
    office_table,
    report_title,
    side_foot_lines,
    side_tables,
)
from jctrack.report import Report
from jctrack.tabular import require
from jctrack.textwidth import width
from jctrack.words import Lang, say
from jctrack.words.labels import Label

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictReport

BODY_FONT = "宋体"
HEAD_FONT = "黑体"
LATIN_FONT = "Times New Roman"
HEAD_FILL = "DDE4EC"
ALERT_FILL = "FBE3E0"
COLOURS = {"good": "1B7A3A", "bad": "C0392B", "warn": "8A5A00", "ceiling": "7B3FA0", "soft": "5B636E"}
PORTRAIT_MM = (210, 297)
MARGINS_MM = (25, 22, 25, 22)  # top, right, bottom, left


CELL_PADDING_MM = 4.4  # Word's cell margins, 1.9 mm a side, and the rules
NAME_FLOOR = 12  # half-ems: six Chinese characters
BOLD_ROOM = 0.92  # a bold header's characters are a little wider than the estimate


def half_em_mm(size: float) -> float:
    """The width of a half-width character at a font size, in mm (a Chinese character is two)."""
    return size * 0.3528 / 2 * 1.08


def header_need(header: str) -> int:
    """The half-ems a header needs: its longest part between soft breaks (年度/目标); a header of words
    (Same period last year) as narrow as it goes on three lines without splitting a word."""
    longest = max((width(part) for part in header.split(BREAK)), default=0)
    if " " not in unbroken(header):
        return longest
    word = max(width(part) for part in header.replace(BREAK, " ").split(" "))
    return next((w for w in range(word, longest) if len(wrap_header(header, w)) <= HEADER_LINES), longest)


def ink(text: str) -> float:
    """A text's width in half-ems as a proportional font sets it: a capital, m, w or % takes half as much again."""
    return width(text) + sum(0.5 for ch in text if ch.isascii() and (ch.isupper() or ch in "mw%"))


def cell_room(mm: float, size: float) -> int:
    """The half-ems a cell of `mm` holds on a line at a font size: as many as its width was measured for
    (a column sized for 工业开票销售 keeps it on one line; rounding never costs a character)."""
    return int((mm - CELL_PADDING_MM) / half_em_mm(size) + 1e-6)


class Writer:
    """A Word document written top to bottom in the office's style."""

    def __init__(self, lang: Lang) -> None:
        docx = require("docx")
        from docx.shared import Mm, Pt

        self.Mm, self.Pt = Mm, Pt
        self.lang = lang
        self.document = docx.Document()
        normal = self.document.styles["Normal"]
        normal.font.name = LATIN_FONT
        normal.font.size = Pt(12)
        self._east_asian(normal.element, BODY_FONT)
        normal.paragraph_format.space_after = Pt(0)
        self._page(self.document.sections[0], landscape=False)
        self._page_numbers(self.document.sections[0])

    # --- page ---------------------------------------------------------------------------------------

    def _page(self, section: Any, landscape: bool) -> None:
        from docx.enum.section import WD_ORIENT

        short, long = PORTRAIT_MM
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width = self.Mm(long if landscape else short)
        section.page_height = self.Mm(short if landscape else long)
        top, right, bottom, left = MARGINS_MM
        section.top_margin, section.right_margin = self.Mm(top), self.Mm(right)
        section.bottom_margin, section.left_margin = self.Mm(bottom), self.Mm(left)

    def text_width_mm(self) -> float:
        section = self.document.sections[-1]
        return float((section.page_width - section.left_margin - section.right_margin) / self.Mm(1))

    def new_section(self, landscape: bool) -> None:
        from docx.enum.section import WD_SECTION

        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        self._page(section, landscape)

    def _page_numbers(self, section: Any) -> None:
        """第 N 页 共 M 页, centred in the footer: the words' {page} and {pages} become Word's fields."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        template = say(Label.PAGE_OF, self.lang, page="\x00PAGE\x00", pages="\x00NUMPAGES\x00")
        for index, piece in enumerate(template.split("\x00")):
            if index % 2:
                self._field(paragraph, piece)
            elif piece:
                run = paragraph.add_run(piece)
                run.font.size = self.Pt(9)

    def _field(self, paragraph: Any, instruction: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    # --- text ---------------------------------------------------------------------------------------

    def _east_asian(self, element: Any, font: str) -> None:
        from docx.oxml.ns import qn

        properties = element.get_or_add_rPr()
        fonts = properties.find(qn("w:rFonts"))
        if fonts is None:
            from docx.oxml import OxmlElement

            fonts = OxmlElement("w:rFonts")
            properties.append(fonts)
        fonts.set(qn("w:eastAsia"), font)

    def _run(self, paragraph: Any, text: str, size: float, bold: bool = False, font: str = BODY_FONT, colour: str = "") -> Any:
        from docx.shared import RGBColor

        run = paragraph.add_run(text)
        run.font.size = self.Pt(size)
        run.font.bold = bold
        run.font.name = LATIN_FONT
        self._east_asian(run._r, font)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        return run

    def title(self, text: str) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = self.Pt(12)
        paragraph.paragraph_format.keep_with_next = True
        self._run(paragraph, text, 18, bold=True, font=HEAD_FONT)

    def heading(self, text: str, size: float = 14, center: bool = False) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = self.document.add_paragraph()
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = self.Pt(10)
        paragraph.paragraph_format.space_after = self.Pt(4)
        paragraph.paragraph_format.keep_with_next = True
        self._run(paragraph, text, size, bold=True, font=HEAD_FONT)

    def prose(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = self.Pt(24)
        paragraph.paragraph_format.line_spacing = 1.5
        paragraph.paragraph_format.space_after = self.Pt(4)
        self._run(paragraph, text, 12)

    def small(self, text: str, keep: bool = False, align_right: bool = False, size: float = 9, colour: str = COLOURS["soft"]) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = keep
        paragraph.paragraph_format.space_after = self.Pt(2)
        if align_right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._run(paragraph, text, size, colour=colour)

    # --- tables -------------------------------------------------------------------------------------

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        right: Sequence[bool],
        tones: Sequence[Sequence[str]] = (),
        alerts: Sequence[bool] = (),
        size: float = 9,
        wraps: Sequence[bool] = (),
        center: bool = True,
    ) -> Any:
        """A bordered table as wide as the text: header shaded and repeated on each page, rows never split,
        a small table kept on one page with what precedes it."""
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        table = self.document.add_table(rows=1 + len(rows), cols=len(headers))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER if center else WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        wrapping = wraps or [index == 0 for index in range(len(headers))]
        # A wide table steps down a size or two before any figure or status would have to wrap.
        for smaller in (size, size - 1, size - 1.5, size - 2):
            size = smaller
            if self._fits(headers, rows, size, wrapping):
                break
        widths = self._widths(headers, rows, size, wrapping)
        self._fixed_layout(table, widths)
        keep_together = len(rows) <= 25
        from docx.enum.table import WD_ROW_HEIGHT_RULE

        for row_index, cells in enumerate([list(headers), *[list(row) for row in rows]]):
            row = table.rows[row_index]
            self._row_properties(row, header=row_index == 0)
            row.height = self.Mm(6.5)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for column, text in enumerate(cells):
                cell = row.cells[column]
                cell.width = self.Mm(widths[column])
                paragraph = cell.paragraphs[0]
                paragraph.paragraph_format.keep_with_next = keep_together and row_index < len(rows)
                if row_index == 0:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self._shade(cell, HEAD_FILL)
                    # Broken at the header's own word breaks (年度/目标, 1-10月/累计), never where a line fills up.
                    room = int((widths[column] - CELL_PADDING_MM) / half_em_mm(size) * BOLD_ROOM)
                    self._run(paragraph, "\n".join(wrap_header(text, max(room, 2))), size, bold=True, font=HEAD_FONT)
                    self._valign(cell, "bottom")
                    continue
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right[column] else WD_ALIGN_PARAGRAPH.LEFT
                tone = tones[row_index - 1][column] if tones else ""
                colour = COLOURS.get(tone, "")
                if wrapping[column]:  # a name on two lines breaks evenly: 一般公共/预算收入, never 一般公共预算收/入
                    text = "\n".join(balanced(text, max(cell_room(widths[column], size), 2)))
                self._run(paragraph, text, size, bold=tone == "bad", colour=colour)
                self._valign(cell, "center")
                if alerts and alerts[row_index - 1]:
                    self._shade(cell, ALERT_FILL)
        return table

    def _fits(self, headers: Sequence[str], rows: Sequence[Sequence[str]], size: float, wraps: Sequence[bool]) -> bool:
        return sum(self._column_needs(headers, rows, size, wraps)[1]) <= self.text_width_mm()

    def _widths(self, headers: Sequence[str], rows: Sequence[Sequence[str]], size: float, wraps: Sequence[bool]) -> list[float]:
        """Column widths in mm: a figure's or a status's column as wide as its widest cell (never wrapped), a
        name's or a note's as wide as it needs up to the text width; a header wraps at its words."""
        wanted, floors = self._column_needs(headers, rows, size, wraps)
        total = self.text_width_mm()
        excess = sum(wanted) - total
        if excess > 0:  # the names and notes give way, in proportion to what they can give
            room = [w - f for w, f in zip(wanted, floors, strict=True)]
            spare = sum(room)
            if spare > 0:
                share = min(1.0, excess / spare)
                wanted = [w - r * share for w, r in zip(wanted, room, strict=True)]
            if sum(wanted) > total:
                scale = total / sum(wanted)
                wanted = [w * scale for w in wanted]
        return wanted

    def _column_needs(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], size: float, wraps: Sequence[bool]
    ) -> tuple[list[float], list[float]]:
        """Each column's wanted width and the least it can take, in mm, at a font size."""
        half_em = half_em_mm(size)
        padding = CELL_PADDING_MM
        wanted: list[float] = []
        floors: list[float] = []
        for column, header in enumerate(headers):
            cells = [width(row[column]) for row in rows]
            words = math.ceil(header_need(header) / BOLD_ROOM)  # headers are bold
            if wraps[column]:
                # A name gives way to six characters a line at least (工业开票销售), never one left alone.
                wanted.append(max([min(words, 8), *(min(cell, 40) for cell in cells)]) * half_em + padding)
                floors.append(max(min(words, 8), min(max(cells, default=0), NAME_FLOOR)) * half_em + padding)
            else:  # never wrapped: measured with its wide Latin letters (CNY 100m would break as CNY / 100m)
                wanted.append(max([words, *(ink(row[column]) for row in rows)]) * half_em + padding)
                floors.append(wanted[-1])
        return wanted, floors

    def _fixed_layout(self, table: Any, widths: Sequence[float]) -> None:
        """Column widths Word and LibreOffice both keep: the grid's, the table's total, a fixed layout."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        for column, mm in zip(table.columns, widths, strict=True):
            column.width = self.Mm(mm)
        properties = table._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        properties.append(layout)
        total = properties.find(qn("w:tblW"))
        if total is None:
            total = OxmlElement("w:tblW")
            properties.append(total)
        total.set(qn("w:type"), "dxa")
        total.set(qn("w:w"), str(int(sum(widths) / 25.4 * 1440)))

    def _row_properties(self, row: Any, header: bool) -> None:
        from docx.oxml import OxmlElement

        properties = row._tr.get_or_add_trPr()
        cant_split = OxmlElement("w:cantSplit")
        properties.append(cant_split)
        if header:
            repeat = OxmlElement("w:tblHeader")
            properties.append(repeat)

    def _shade(self, cell: Any, fill: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shading)

    def _valign(self, cell: Any, where: str) -> None:
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

        cell.vertical_alignment = {"center": WD_CELL_VERTICAL_ALIGNMENT.CENTER, "bottom": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}[where]

    def office(self, table: Table, center: bool = True) -> None:
        columns = table.columns
        headers = [table.header(column) for column in columns]
        rows = [[column.cell(entry, table.context) for column in columns] for entry in table.entries]
        right = [column.aligned_right for column in columns]
        tones = [[(column.tone(entry.row) or "") if column.tone else "" for column in columns] for entry in table.entries]
        alerts = [entry.row.status in BAD_STATUSES for entry in table.entries]
        wraps = [column.wrap for column in columns]
        self.table(headers, rows, right, tones, alerts, wraps=wraps, center=center)

    def save(self, out: BinaryIO) -> None:
        buffer = io.BytesIO()
        self.document.save(buffer)
        out.write(buffer.getvalue())


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    from jctrack.render.html import needs_landscape

    lang = report.lang
    status = report.status
    writer = Writer(lang)
    writer.title(report_title(status, lang))
    for section in lead_sections(report):
        writer.heading(section.heading, size=14 if section.level == 2 else 12)
        for text in section.sentences:
            writer.prose(text)
    if report.paragraphs:
        writer.heading(say(Label.SECTION_SUMMARY, lang))
        for text in report.paragraphs:
            writer.prose(text)
    table = office_table(status, lang, Medium.DOCUMENT)
    landscape = needs_landscape(table)
    if landscape:
        writer.new_section(landscape=True)
    writer.heading(say(Label.SECTION_INDICATORS, lang))
    writer.heading(table.title, size=12, center=True)
    for line in lead_lines(status, table, lang):
        writer.small(line, keep=True)
    if table.entries:
        writer.office(table)
    for line in foot_lines(status, table, lang, with_notes=False):
        writer.small(line)
    for side in side_tables(status, lang):
        writer.heading(side.title, size=12, center=True)
        writer.office(side)
        for line in side_foot_lines(side):
            writer.small(line)
    histories = [history for history in report.histories if history.lines]
    if histories:
        if landscape:
            writer.new_section(landscape=False)
        writer.heading(say(Label.SECTION_HISTORY, lang))
        tables = [history_table([(line.period, line.row) for line in history.lines], lang) for history in histories]
        for history, history_office in zip(histories, tables, strict=True):
            writer.heading(history_heading(history, lang), size=11)
            writer.office(history_office, center=False)
        for line in history_footnote(table, tables):
            writer.small(line)
    writer.small("", size=6)
    for line in footer_lines(report.compiled_by, lang):
        writer.small(line, align_right=True, size=12, colour="")
    writer.save(out)


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    from jctrack.render.districtcells import district_paragraph, indicator_notes, indicator_title, matrix_table, matrix_title, ranked_table

    lang = report.lang
    writer = Writer(lang)
    writer.title(report.title)
    writer.heading(say(Label.SECTION_SUMMARY, lang))
    writer.prose(district_paragraph(report))
    matrix = matrix_table(report.matrix, lang)
    landscape = len(matrix.columns) > 7
    if landscape:
        writer.new_section(landscape=True)
    writer.heading(say(Label.DISTRICT_SECTION_MATRIX, lang))
    writer.heading(matrix_title(report.matrix, lang), size=12, center=True)
    writer.table(matrix.columns, matrix.rows, [index in matrix.numeric for index in range(len(matrix.columns))])
    if landscape:
        writer.new_section(landscape=False)
    writer.heading(say(Label.DISTRICT_SECTION_TOWNS, lang))
    for status in report.status.indicators:
        ranked = ranked_table(status, lang)
        columns, rows, numeric, tones, tone_column = ranked.columns, ranked.rows, ranked.numeric, ranked.tones, ranked.tone_column
        writer.heading(indicator_title(status, lang), size=11)
        cell_tones = [[tone if index == tone_column else "" for index in range(len(columns))] for tone in tones]
        writer.table(columns, rows, [index in numeric for index in range(len(columns))], cell_tones, center=False)
        for line in indicator_notes(status, lang):
            writer.small(line)
    writer.small("", size=6)
    for line in footer_lines(None, lang):
        writer.small(line, align_right=True, size=12, colour="")
    writer.save(out)
