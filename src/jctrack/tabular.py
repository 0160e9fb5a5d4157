"""Reading and writing the long form as CSV (standard library) and XLSX (pandas and openpyxl, loaded on demand)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from jctrack.errors import DataFileError, InputError
from jctrack.longform import DEFINITION_COLUMNS, VALUE_COLUMNS, Row
from jctrack.textwidth import width as text_width
from jctrack.words import Phrase
from jctrack.words.messages import Msg

SPREADSHEET_EXTRA = "pip install 'jctrack[report]'"


def require(module: str) -> Any:
    """Import an optional dependency, or say which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(Msg.MISSING_MODULE, module=module, command=SPREADSHEET_EXTRA) from None


def csv_text(definitions: list[Row], values: list[Row]) -> str:
    """Two sections in one file: the indicator definitions, a blank line, then the values."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(DEFINITION_COLUMNS)
    writer.writerows([row[column] for column in DEFINITION_COLUMNS] for row in definitions)
    writer.writerow([])
    writer.writerow(VALUE_COLUMNS)
    writer.writerows([row[column] for column in VALUE_COLUMNS] for row in values)
    return stream.getvalue()


def excel_number(value: Decimal | str | None) -> int | float | None:
    """A real number for an Excel cell, so it can be summed; exact decimals stay in the CSV export.

    Excel stores binary doubles: this conversion is output only, after all arithmetic is done.
    """
    if value is None or value == "":
        return None
    number = Decimal(value) if isinstance(value, str) else value
    return int(number) if number == number.to_integral_value() else float(number)


def excel_value_records(values: list[Row]) -> list[dict[str, Any]]:
    return [{c: excel_number(r[c]) if c in ("value", "base") else r[c] for c in VALUE_COLUMNS} for r in values]


def xlsx_bytes(definitions: list[Row], values: list[Row]) -> bytes:
    pandas = require("pandas")
    require("openpyxl")
    values_frame = pandas.DataFrame(excel_value_records(values), columns=list(VALUE_COLUMNS))
    definitions_frame = pandas.DataFrame(definitions, columns=list(DEFINITION_COLUMNS))
    buffer = io.BytesIO()
    with pandas.ExcelWriter(buffer, engine="openpyxl") as writer:
        values_frame.to_excel(writer, sheet_name="values", index=False)
        definitions_frame.to_excel(writer, sheet_name="indicators", index=False)
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


def _sections(rows: list[tuple[Phrase, list[str]]]) -> tuple[list[tuple[Phrase, Row]], list[tuple[Phrase, Row]]]:
    """Split labelled rows into definitions and values by their header rows."""
    definitions: list[tuple[Phrase, Row]] = []
    values: list[tuple[Phrase, Row]] = []
    header: list[str] | None = None
    target: list[tuple[Phrase, Row]] | None = None
    for label, cells in rows:
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if cells[0] in ("id", "indicator") and ("name" in cells or "period" in cells):
            header, target = cells, (definitions if cells[0] == "id" else values)
            continue
        if header is None or target is None:
            raise DataFileError(Msg.NO_HEADER, label=label)
        target.append((label, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))))
    return definitions, values


def read_csv(path: Path) -> tuple[list[tuple[Phrase, Row]], list[tuple[Phrase, Row]]]:
    from jctrack.textfigures import read_text

    reader = csv.reader(io.StringIO(read_text(path)))
    return _sections([(Phrase(Msg.ROW_LINE, line=reader.line_num), row) for row in reader])


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def read_xlsx(path: Path) -> tuple[list[tuple[Phrase, Row]], list[tuple[Phrase, Row]]]:
    openpyxl = require("openpyxl")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise DataFileError(Msg.NOT_XLSX, path=path, kind=type(exc).__name__) from None
    rows: list[tuple[Phrase, list[str]]] = []
    for sheet in book.worksheets:
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((Phrase(Msg.ROW_SHEET, sheet=sheet.title, row=number), [_cell_text(v) for v in row]))
    book.close()
    return _sections(rows)


def read_table(path: Path) -> tuple[list[tuple[Phrase, Row]], list[tuple[Phrase, Row]]]:
    if not path.exists():
        raise DataFileError(Msg.NOT_FOUND, path=path)
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return read_csv(path)
    raise InputError(Msg.IMPORT_SUFFIX, name=path.name)
