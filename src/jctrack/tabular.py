"""Reading and writing the long form as CSV (standard library) and XLSX (pandas and openpyxl, loaded on demand).

A CSV is written for Excel and WPS: a cell a spreadsheet would take for a formula (=, +, -, @ first)
gets a leading apostrophe, which reading takes off again (safety.spreadsheet_cell), so that an export
opens safely and imports exactly. An XLSX cell holds any text (controls written out), never a formula.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from jctrack.decimals import float_text, plain
from jctrack.errors import DataFileError, InputError
from jctrack.longform import (
    COLUMN_WORDS,
    DEFINITION_COLUMNS,
    MINIMAL_VALUE_COLUMNS,
    SETTING_COLUMNS,
    VALUE_COLUMNS,
    Row,
    header_of,
    header_words,
    localized,
    missing_columns,
    unknown_headers,
)
from jctrack.safety import from_spreadsheet_cell, spreadsheet_cell, xlsx_rows, xlsx_value
from jctrack.textwidth import width as text_width
from jctrack.words import Lang, Phrase, say
from jctrack.words.intake import IntakeWord
from jctrack.words.messages import Msg

SPREADSHEET_EXTRA = "pip install 'jctrack[report]'"


def require(module: str) -> Any:
    """Import an optional dependency, or say which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(Msg.MISSING_MODULE, module=module, command=SPREADSHEET_EXTRA) from None


Labelled = list[tuple[Phrase, Row]]


class LongForm(NamedTuple):
    """What a long-form file holds, each row labelled with where it is (line 7, values row 3)."""

    definitions: Labelled
    values: Labelled
    settings: Labelled


def csv_text(definitions: list[Row], values: list[Row], lang: Lang = Lang.EN, settings: list[Row] | None = None) -> str:
    """Sections in one file, a blank line between them: the file's settings (when given), the indicator
    definitions, then the values.

    `lang=Lang.ZH` heads the columns in Chinese (代码, 名称…; 指标, 期间, 类型, 数值…) and writes coded values
    as words (完成/目标, 流量, 正向…); import reads either. No cell is a formula for a spreadsheet.
    """
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    sections: list[tuple[list[Row], tuple[str, ...]]] = [(settings, SETTING_COLUMNS)] if settings is not None else []
    sections += [(definitions, DEFINITION_COLUMNS), (values, VALUE_COLUMNS)]
    for number, (section, columns) in enumerate(sections):
        if number:
            writer.writerow([])
        headers, rows = localized(section, columns, lang)
        writer.writerow(headers)
        writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    return stream.getvalue()


EXCEL_DIGITS = 15  # Excel keeps 15 significant digits; a double holds any decimal of 15 exactly


def excel_number(value: Decimal | str | None) -> int | float | str | None:
    """A real number for an Excel cell, so it can be summed; exact decimals stay in the CSV export.

    Excel stores binary doubles: this conversion is output only, after all arithmetic is done. A figure
    of more than 15 significant digits would come back changed, so it is written as text, exactly.
    """
    if value is None or value == "":
        return None
    number = Decimal(value) if isinstance(value, str) else value
    significant = "".join(map(str, number.as_tuple().digits)).strip("0")  # not normalize(): it rounds to 28 digits
    if len(significant) > EXCEL_DIGITS:
        return plain(number)
    return int(number) if number == number.to_integral_value() else float(number)


def excel_value_records(values: list[Row]) -> list[dict[str, Any]]:
    return [{c: excel_number(r[c]) if c in ("value", "base") else xlsx_value(r[c]) for c in VALUE_COLUMNS} for r in values]


def xlsx_bytes(definitions: list[Row], values: list[Row], lang: Lang = Lang.EN, settings: list[Row] | None = None) -> bytes:
    """Sheets of values and of indicators (and of the file's settings, when given); numbers as numbers."""
    pandas = require("pandas")
    require("openpyxl")
    value_headers, value_cells = localized(values, VALUE_COLUMNS, lang)
    numeric = excel_value_records(values)
    records = [
        [record[column] if column in ("value", "base") else cells[i] for i, column in enumerate(VALUE_COLUMNS)]
        for record, cells in zip(numeric, value_cells, strict=True)
    ]
    values_frame = pandas.DataFrame(xlsx_rows(records), columns=value_headers)
    definition_headers, definition_cells = localized(definitions, DEFINITION_COLUMNS, lang)
    definitions_frame = pandas.DataFrame(xlsx_rows(definition_cells), columns=definition_headers)
    buffer = io.BytesIO()
    with pandas.ExcelWriter(buffer, engine="openpyxl") as writer:
        values_frame.to_excel(writer, sheet_name=say(IntakeWord.SHEET_VALUES, lang), index=False)
        definitions_frame.to_excel(writer, sheet_name=say(IntakeWord.SHEET_INDICATORS, lang), index=False)
        if settings is not None:
            setting_headers, setting_cells = localized(settings, SETTING_COLUMNS, lang)
            settings_frame = pandas.DataFrame(xlsx_rows(setting_cells), columns=setting_headers)
            settings_frame.to_excel(writer, sheet_name=say(IntakeWord.SHEET_SETTINGS, lang), index=False)
        for sheet in writer.book.worksheets:
            no_formulas(sheet)
            sheet.freeze_panes = "A2"
            fit_columns(sheet)
    return buffer.getvalue()


def no_formulas(sheet: Any) -> None:
    """Keep text that starts with = as text: a name like =HYPERLINK(…) must not become a live formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def fit_columns(sheet: Any) -> None:
    """Column widths that fit Chinese text (a CJK character is two columns wide)."""
    for column in sheet.columns:
        width = max((text_width(str(cell.value)) for cell in column if cell.value is not None), default=6)
        sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)


def _sections(rows: list[tuple[Phrase, list[str]]]) -> LongForm:
    """Split labelled rows into settings, definitions and values by their header rows. Cells are kept
    as written (a name's or a note's spaces are its own); headers are told apart without spaces."""
    found_rows = LongForm([], [], [])
    header: list[str] | None = None
    target: Labelled | None = None
    for label, cells in rows:
        stripped = [c.strip() for c in cells]
        if not any(stripped):
            continue
        found = header_of(stripped)
        if found is not None:
            section, header = found
            missing = missing_columns(section, header)
            if missing:
                raise _header_error(IntakeWord.HEADER_LACKS, label, stripped, missing=[COLUMN_WORDS[column] for column in missing])
            target = getattr(found_rows, section)
            continue
        if header is None or target is None:
            if not values_only(stripped):
                if _looks_like_a_header(stripped):
                    raise _header_error(IntakeWord.HEADER_NOT_KNOWN, label, stripped)  # a header, of names not known
                raise _header_error(IntakeWord.NO_HEADER_ROW, label, stripped)
            # No header at all: every row is indicator, period, value (and a unit, if a fourth cell is given).
            header, target = [*MINIMAL_VALUE_COLUMNS, "unit"], found_rows.values
        target.append((label, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))))
    return found_rows


def _header_error(key: IntakeWord, label: Phrase, cells: list[str], **params: object) -> DataFileError:
    """What is wrong with the header (or its absence), with the names not known and the headers expected."""
    unknown = [] if key is IntakeWord.NO_HEADER_ROW else unknown_headers(cells)  # a row of data names no columns
    return DataFileError(
        key,
        where=label,
        unknown=Phrase(IntakeWord.HEADER_UNKNOWN_NAMES, names=unknown) if unknown else "",
        values=",".join(header_words(VALUE_COLUMNS, Lang.ZH)) + " / " + ",".join(VALUE_COLUMNS),
        minimal=",".join(header_words(MINIMAL_VALUE_COLUMNS, Lang.ZH)) + " / " + ",".join(MINIMAL_VALUE_COLUMNS),
        definitions=",".join(header_words(DEFINITION_COLUMNS, Lang.ZH)) + " / " + ",".join(DEFINITION_COLUMNS),
        **params,
    )


def _looks_like_a_header(cells: list[str]) -> bool:
    """Whether a row that is no header jctrack knows was meant as one: names in two or more cells, and no
    figure or period among them (a row of data has those: 工业开票销售,2019-06,120)."""
    filled = [cell for cell in cells if cell]
    return len(filled) >= 2 and not any(character.isdigit() for cell in filled for character in cell)


def values_only(cells: list[str]) -> bool:
    """A row of a file without a header: an indicator, a period, a number (with or without its unit)."""
    from jctrack.errors import JctrackError
    from jctrack.model import Period
    from jctrack.units import split_number_unit

    filled = [cell for cell in cells if cell]
    if not 3 <= len(filled) <= 4 or len(cells) < 3 or not cells[0] or not cells[2]:
        return False
    try:
        Period.parse(cells[1])
        split_number_unit(cells[2])
    except JctrackError:
        return False
    return True


def read_text(path: Path) -> str:
    """A table's text as offices save it (UTF-8, with or without a byte-order mark, else GB18030), from a
    regular file of at most the data file's size limit: a pipe or a device is refused, never read."""
    from jctrack import store

    try:
        data = store.read_bytes(path)
    except DataFileError as exc:
        raise _as_table_error(exc, path) from None
    return decode_text(data, path)


def decode_text(data: bytes, name: Path | str) -> str:
    """A table's bytes as text, the same for a file and for what is pasted on stdin: UTF-8 (with or
    without a byte-order mark), else GB18030, as WPS and Excel on a Chinese Windows save it."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DataFileError(Msg.NOT_TEXT, path=name)


def _as_table_error(error: DataFileError, path: Path) -> DataFileError:
    """The data file's words for a file that cannot be read, said of a table to import."""
    import errno
    import os

    if error.key is Msg.NO_FILE:
        return DataFileError(Msg.NOT_FOUND, path=path)
    if error.key is Msg.IS_DIRECTORY:
        return DataFileError(Msg.CANNOT_READ, path=path, reason=os.strerror(errno.EISDIR))
    return error


def check_table(path: Path) -> None:
    """Refuse a table that is no regular file (a pipe would block its reader) or is over the size limit."""
    from jctrack import store

    try:
        store.check_regular(path)  # openpyxl would wait forever on a pipe
    except DataFileError as exc:
        raise _as_table_error(exc, path) from None


def csv_rows(text: str, path: Path) -> list[tuple[Phrase, list[str]]]:
    """The rows of CSV text, each labelled with the line it starts on; a malformed one is one error naming
    its line. Line ends are those of any system (\\n, \\r\\n, or \\r alone, as old Macs save)."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    rows: list[tuple[Phrase, list[str]]] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            raise _csv_error(exc, path, line) from None
        rows.append((Phrase(Msg.ROW_LINE, line=line), cells))


def _csv_error(exc: csv.Error, path: Path, line: int) -> DataFileError:
    reason = str(exc)
    if "field larger than field limit" in reason:
        return DataFileError(Msg.CSV_CELL_TOO_LONG, path=path, line=line, limit=f"{csv.field_size_limit():,}")
    if "new-line character" in reason:
        return DataFileError(Msg.CSV_BARE_LINE_BREAK, path=path, line=line)
    return DataFileError(Msg.CSV_MALFORMED, path=path, line=line)


def read_csv(path: Path) -> LongForm:
    rows = csv_rows(read_text(path), path)
    return _sections([(label, [from_spreadsheet_cell(cell) for cell in cells]) for label, cells in rows])


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):  # a cell of 1.5e400 reads as inf: shown as it is, then refused as no number
            return str(value)
        return str(int(value)) if value.is_integer() else float_text(value)
    return str(value)


# What an import reads of a workbook. A province's long-form export (252,000 rows × 10 columns, 118 MB of
# sheet XML) is read in streaming mode; a bureau's table, read whole for its merged headers, is far smaller.
# Beyond these a stray cell at XFD1048576 or a zip that unpacks to gigabytes would exhaust memory or time.
LONG_FORM_LIMITS = (1024, 20_000_000)  # MB unpacked, cells per sheet
BUREAU_TABLE_LIMITS = (64, 1_000_000)


def open_workbook(path: Path, limits: tuple[int, int], read_only: bool) -> Any:
    """An .xlsx opened by openpyxl once it is known to be a regular file that unpacks within `limits`."""
    import zipfile

    openpyxl = require("openpyxl")
    check_table(path)
    megabytes, _ = limits
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataFileError(Msg.NOT_XLSX, path=path, kind=type(exc).__name__) from None
    if unpacked > megabytes * 1024 * 1024:
        raise DataFileError(Msg.XLSX_UNPACKS_TOO_LARGE, path=path, size=f"{unpacked // (1024 * 1024):,}", limit=megabytes)
    try:
        return openpyxl.load_workbook(path, read_only=read_only, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise DataFileError(Msg.NOT_XLSX, path=path, kind=type(exc).__name__) from None


def sheet_rows(sheet: Any, path: Path, limits: tuple[int, int], values_only: bool) -> Iterator[tuple[Any, ...]]:
    """The rows of a sheet, refused (naming the sheet and how far it reaches) once they hold more cells than
    `limits` allows; counted as they come, since a streamed sheet may not declare its size."""
    _, most = limits
    rows, columns = sheet.max_row or 0, sheet.max_column or 0
    extent = f"{rows:,} × {columns:,}"
    if rows * columns > most:
        raise DataFileError(Msg.SHEET_TOO_LARGE, path=path, sheet=sheet.title, limit=f"{most:,}", extent=extent)
    seen = 0
    for number, row in enumerate(sheet.iter_rows(values_only=values_only), start=1):
        seen += len(row)
        if seen > most:
            reached = extent if rows * columns else f"{number:,} × {len(row):,}"
            raise DataFileError(Msg.SHEET_TOO_LARGE, path=path, sheet=sheet.title, limit=f"{most:,}", extent=reached)
        yield row


def read_xlsx(path: Path) -> LongForm:
    book = open_workbook(path, LONG_FORM_LIMITS, read_only=True)
    rows: list[tuple[Phrase, list[str]]] = []
    try:
        for sheet in book.worksheets:
            for number, row in enumerate(sheet_rows(sheet, path, LONG_FORM_LIMITS, values_only=True), start=1):
                rows.append((Phrase(Msg.ROW_SHEET, sheet=sheet.title, row=number), [_cell_text(v) for v in row]))
    finally:
        book.close()
    return _sections(rows)


MAX_HEADER_CELLS = 200  # the columns read to tell the long form from a bureau's table


def form_of(path: Path, rows: int = 30) -> str:
    """ "long" when a file is in the long form (a header of it, or indicator,period,value rows without one),
    "wide" when it is a bureau's table, for `import` to choose its reader. Only the first rows are read."""
    if path.suffix.lower() == ".xlsx":
        try:
            book = open_workbook(path, LONG_FORM_LIMITS, read_only=True)
        except DataFileError:  # a damaged file (or a pipe): the long-form reader says what is wrong with it
            return "long"
        first = [
            [_cell_text(v) for v in row[:MAX_HEADER_CELLS]]
            for sheet in book.worksheets
            for row in sheet.iter_rows(max_row=rows, max_col=MAX_HEADER_CELLS, values_only=True)
        ]
        book.close()
    else:
        try:
            text = read_text(path) if path.exists() and path.is_file() else ""
            first = list(itertools.islice(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")), rows))
        except (DataFileError, csv.Error):  # the long-form reader says what is wrong with it
            return "long"
    for cells in first:
        cells = [cell.strip() for cell in cells]
        if any(cells) and (header_of(cells) is not None or values_only(cells)):
            return "long"
    return "wide" if any(any(cell.strip() for cell in cells) for cells in first) else "long"


def read_long_form(path: Path) -> LongForm:
    """The settings, definitions and values of a .csv or .xlsx in the long form."""
    if not path.exists():
        raise DataFileError(Msg.NOT_FOUND, path=path)
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return read_csv(path)
    raise InputError(Msg.IMPORT_SUFFIX, name=path.name)


def read_table(path: Path) -> tuple[Labelled, Labelled]:
    """The definitions and values of a long-form file (its settings: read_long_form)."""
    form = read_long_form(path)
    return form.definitions, form.values
