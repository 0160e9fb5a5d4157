"""The bureau's wide table: indicators down the side, 本月 / 1-N月累计 / 去年同期 / 增长% / 年度目标 across.

What an office receives each month from the statistics or finance bureau, read as it comes: an .xlsx
(merged header cells read as merged), a .csv, or tab-separated text pasted from a spreadsheet.

- The header row is found below any title rows, unit lines ("单位：万元") and blank rows; a header of
  two rows (a merged group such as 本月 or 1-6月 over 绝对数 / 增长%) is read as one.
- Columns are known by their Chinese headers (see `classify`): the year-to-date figure (累计, 1-N月,
  本年累计) is the actual; 去年同期/上年同期 is the same period last year, stored as that period's actual
  where none is stored, else as the `base` (可比口径) of this period's value when it differs; 增长% /
  同比±% / 增减% is the `stated_growth`, as printed; 本月/当月 only cross-checks consecutive year-to-date
  figures; 年度目标 / 全年目标 / 年初预算 is the year's target; 完成年度目标% / 为预算% is checked against
  累计 / 目标.
- Rows are matched to indicators by name, alias or id, ignoring full-width forms, spaces, "其中：" and
  numbering ("1.", "（一）", "一、", "①"); a unit in brackets after the name ("工业开票销售（亿元）") is
  that row's unit. Rows of no known indicator are skipped and listed with the closest names, or created
  (`add_unknown=UNIT`) or refused (`refuse_unknown`).
- The period is the one given, else the title's ("2019年1-6月", "1—6月份", "上半年", "前三季度",
  "截至6月底"), else the header's; a title without a year takes `year`.
- Units come from a 单位 column, a header's "（亿元）", a row of units under the header, or a "单位：万元"
  line, and are converted into each indicator's unit within a family (units.parse_quantity).

All or nothing, as the long-form import: every bad row is listed with its sheet, row and reason, and
nothing is changed (`WideImportRefused`; the caller's transaction then writes nothing). The result lists
every value added, replaced, updated, left unchanged or skipped and why — the dry-run table — and the
warnings: the bureau's own 增幅 and 完成% checked against its own 累计, 去年同期 and 目标, and 本月 against
the year-to-date figures.

Numbers are exact: a spreadsheet cell holding a binary float is read through its shortest repr, and
beyond 15 significant digits (all Excel keeps) through Excel's own 15 digits; a cell formatted as a
percentage is read as the percentage shown (0.153 as 15.3), and a rate as printed at the cell's
decimals (15 shown as 15.0 stays 15.0).
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from jctrack import edits, periods
from jctrack.calc import actual_entry_for, change_of, comparable_base, completion_pct
from jctrack.checks import Comparison, compare
from jctrack.decimals import HUNDRED, decimal_places, exact, float_text, normalize, plain, round_to
from jctrack.errors import DataFileError, InputError, JctrackError
from jctrack.longform import ImportRefused
from jctrack.model import Entry, Indicator, Kind, Period, Store, validate_value
from jctrack.units import UNIT_SHORTHAND, check_unit, family_of, is_counting, is_recognized, parse_decimal, parse_quantity
from jctrack.words import Lang, Phrase, say
from jctrack.words.intake import IntakeWord
from jctrack.words.messages import Msg

# --- cells and grids ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell as read: its text (a number from a spreadsheet as exact decimal text), and how many decimals
    the spreadsheet shows when its number format fixes them (None for text, CSV and General)."""

    text: str
    places: int | None = None


@dataclass
class Grid:
    """One sheet: rows of cells (0-based), and its merged ranges as (first row, first column, last row, last column)."""

    name: str
    rows: list[list[Cell]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)

    def text(self, row: int, column: int) -> str:
        cells = self.rows[row]
        return cells[column].text.strip() if column < len(cells) else ""

    def cell(self, row: int, column: int) -> Cell:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else Cell("")


def grid_from_rows(name: str, rows: Iterable[Sequence[str]]) -> Grid:
    return Grid(name, [[Cell(text) for text in row] for row in rows])


def read_tsv(text: str, name: str = "stdin") -> Grid:
    """Tab-separated text as a spreadsheet puts it on the clipboard (cells with line breaks are quoted)."""
    return grid_from_rows(name, csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t"))


def read_csv_text(text: str, name: str) -> Grid:
    """Comma-separated text, or tab-separated when more of its lines have tabs than commas (a .txt or a paste)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    tabs, commas = sum("\t" in line for line in lines), sum("," in line for line in lines)
    return grid_from_rows(name, csv.reader(io.StringIO(text), delimiter="\t" if tabs >= commas and tabs else ","))


_FORMAT_PLACES = re.compile(r"0\.(0+)")


def _places_of(number_format: str) -> int | None:
    """The decimals a number format shows: '0.0' → 1, '#,##0' → 0, '0.00%' → 2; None for General or text."""
    if not number_format or number_format in ("General", "@"):
        return None
    shown = number_format.split(";", 1)[0]
    match = _FORMAT_PLACES.search(shown)
    if match:
        return len(match.group(1))
    return 0 if "0" in shown else None


def _excel_cell(value: Any, number_format: str) -> Cell:
    if value is None:
        return Cell("")
    if isinstance(value, bool):
        return Cell(str(value))
    if isinstance(value, (int, float)):
        text = str(value) if isinstance(value, int) else float_text(value)
        if "%" in (number_format or ""):
            text = plain(normalize(Decimal(text) * HUNDRED))
        return Cell(text, _places_of(number_format))
    if hasattr(value, "isoformat"):
        return Cell(value.isoformat())
    return Cell(str(value))


def read_xlsx(path: Path) -> list[Grid]:
    """Every sheet of a workbook, with its merged ranges (so openpyxl's read-only mode, which hides them, is not used)."""
    from jctrack.tabular import BUREAU_TABLE_LIMITS, open_workbook, sheet_rows

    try:
        book = open_workbook(path, BUREAU_TABLE_LIMITS, read_only=False)
    except DataFileError as exc:
        if exc.key is not Msg.NOT_XLSX:
            raise
        raise DataFileError(IntakeWord.WIDE_NOT_READABLE, name=path.name, reason=exc.params.get("kind", "")) from None
    grids = []
    for sheet in book.worksheets:
        cells = sheet_rows(sheet, path, BUREAU_TABLE_LIMITS, values_only=False)
        rows = [[_excel_cell(cell.value, cell.number_format) for cell in row] for row in cells]
        merges = [(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in sheet.merged_cells.ranges]
        grids.append(Grid(sheet.title, rows, merges))
    book.close()
    return grids


def read_path(path: Path) -> list[Grid]:
    """The sheets of an .xlsx, or the one table of a .csv, .tsv or .txt (UTF-8 or GB18030)."""
    from jctrack.tabular import check_table, read_text

    if not path.exists():
        raise DataFileError(IntakeWord.WIDE_NO_FILE, path=str(path))
    check_table(path)  # a pipe or a device is refused, never read
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return [read_csv_text(read_text(path), path.name)]
    raise InputError(IntakeWord.WIDE_FILE_KINDS, name=path.name)


# --- what a header means ------------------------------------------------------------------------------


class Role(StrEnum):
    NAME = "name"
    UNIT = "unit"
    NOTE = "note"
    ACTUAL = "actual"  # the year-to-date figure (累计)
    MONTH = "month"  # this month alone (本月): a cross-check only
    LAST_YEAR = "last_year"  # the same period last year (去年同期)
    GROWTH = "growth"  # the year-to-date growth as printed (增长%)
    TARGET = "target"  # the year's target (年度目标)
    COMPLETION = "completion"  # % of the year's target (完成年度目标%): checked only
    IGNORED = "ignored"  # known, and not stored: 序号, 增减额, this month's growth, last year's month
    UNKNOWN = "unknown"


ROLE_WORDS = {
    Role.NAME: IntakeWord.ROLE_NAME,
    Role.UNIT: IntakeWord.ROLE_UNIT,
    Role.NOTE: IntakeWord.ROLE_NOTE,
    Role.ACTUAL: IntakeWord.ROLE_ACTUAL,
    Role.MONTH: IntakeWord.ROLE_MONTH,
    Role.LAST_YEAR: IntakeWord.ROLE_LAST_YEAR,
    Role.GROWTH: IntakeWord.ROLE_GROWTH,
    Role.TARGET: IntakeWord.ROLE_TARGET,
    Role.COMPLETION: IntakeWord.ROLE_COMPLETION,
}

_NAME_HEADERS = {"指标", "指标名称", "项目", "项目名称", "名称", "科目", "主要指标", "指标项目", "收支项目", "预算科目"}
_UNIT_HEADERS = {"单位", "计量单位", "单位名称"}
_NOTE_HEADERS = {"备注", "说明", "附注"}
_IGNORED_HEADERS = {"序号", "编号", "行次", "栏次"}
_GROWTH_WORDS = ("增长", "增幅", "增速", "增减", "±", "同比", "比上年", "比去年", "较上年", "较去年", "上升", "下降")
_PLAN_WORDS = ("目标", "预算", "计划", "任务")
_YTD = re.compile(r"累计|1-\d{1,2}月|年初|自年初|截至|截止|上半年|季度|本年止")
_MONTH = re.compile(r"本月|当月|(?<![-\d])\d{1,2}月份?(?!\d)")
_VALUE_WORDS = ("绝对数", "绝对值", "数值", "金额", "完成", "实绩", "实际", "总量", "数量", "总额", "实现", "本年", "本期", "合计")
_UNIT_IN_BRACKETS = re.compile(r"[(（\[]([^()（）\[\]]*)[)）\]]")


def _clean(text: str) -> str:
    """NFKC (full-width to half-width), no spaces, one kind of dash, ％ as %."""
    return periods.normalize(text).replace("％", "%")


def known_unit(text: str) -> str | None:
    """The unit `text` names (万元, 亿, %, 家…), or None."""
    cleaned = _clean(text).removeprefix("单位").lstrip(":：").strip()
    cleaned = UNIT_SHORTHAND.get(cleaned, cleaned)
    return cleaned if is_recognized(cleaned) else None


def classify(header: str) -> tuple[Role, str | None]:
    """The role of a column from its header text (a two-row header joined top to bottom), and the unit its
    brackets give: "1-6月累计（亿元）" → (ACTUAL, 亿元); "本月 增长%" → (IGNORED, None)."""
    text = _clean(header)
    unit = None
    for inside in _UNIT_IN_BRACKETS.findall(text):
        found = known_unit(inside)
        if found == "%":
            text += "%"
        elif found is not None:
            unit = found
    text = _UNIT_IN_BRACKETS.sub("", text)
    if not text:
        return Role.UNKNOWN, unit
    if text in _NAME_HEADERS:
        return Role.NAME, None
    if text in _UNIT_HEADERS:
        return Role.UNIT, None
    if text in _NOTE_HEADERS:
        return Role.NOTE, None
    if text in _IGNORED_HEADERS:
        return Role.IGNORED, None
    month_only = bool(_MONTH.search(text)) and not _YTD.search(text)
    if "额" in text and any(word in text for word in ("增减", "增加", "增长", "减少")):
        return Role.IGNORED, unit  # an amount of change: computed, not stored
    if any(word in text for word in _GROWTH_WORDS):
        return (Role.IGNORED if month_only else Role.GROWTH), None
    if any(word in text for word in _PLAN_WORDS):
        if "%" in text or "率" in text or "进度" in text or text.startswith(("完成", "为", "占")):
            return (Role.IGNORED if month_only else Role.COMPLETION), None
        return Role.TARGET, unit
    if "去年" in text or "上年" in text or "同期" in text:  # 去年同期, 上年累计, 同期累计
        return (Role.IGNORED if month_only or "同月" in text else Role.LAST_YEAR), unit
    if month_only:
        return Role.MONTH, unit
    if _YTD.search(text) or any(word in text for word in _VALUE_WORDS):
        return Role.ACTUAL, unit
    return Role.UNKNOWN, unit


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # as the table heads it (two rows joined by a space)
    role: Role
    unit: str | None  # from the header's brackets or a row of units under it


@dataclass(frozen=True)
class Layout:
    """How one sheet is laid out: where its header is, what each column holds, and what its title says."""

    sheet: str
    header_start: int
    data_start: int
    columns: tuple[Column, ...]
    title: str  # the rows above the header, joined, less a unit line
    unit: str | None  # from a "单位：万元" line

    def column(self, role: Role) -> Column | None:
        return next((column for column in self.columns if column.role is role), None)


def _is_number(text: str) -> bool:
    return _number_or_none(text) is not None


def _number_or_none(text: str) -> Decimal | None:
    cleaned = _clean(text).replace(",", "").removesuffix("%")
    if not cleaned or not re.fullmatch(r"[+-]?\d+(?:\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        return None


def _filled_header(grid: Grid, start: int, end: int) -> list[list[str]]:
    """The header rows' texts with merged cells filled across their range, and a group cell of a CSV (which
    has no merges) carried right over the empty cells beneath which the next row has sub-headers."""
    width = max((len(grid.rows[r]) for r in range(start, end)), default=0)
    texts = [[grid.text(r, c) for c in range(width)] for r in range(start, end)]
    merged = set()
    for top, left, bottom, right in grid.merges:
        if bottom < start or top >= end:
            continue
        value = grid.text(top, left) if top >= start else texts[0][left] if left < width else ""
        for r in range(max(top, start), min(bottom, end - 1) + 1):
            for c in range(left, min(right, width - 1) + 1):
                texts[r - start][c] = value
                merged.add((r, c))
    for offset in range(len(texts) - 1):
        below = texts[offset + 1]
        row = texts[offset]
        for c in range(1, width):
            if not row[c] and row[c - 1] and below[c] and (start + offset, c) not in merged:
                row[c] = row[c - 1]
    return texts


def _row_roles(cells: list[str]) -> list[Role]:
    return [classify(text)[0] for text in cells if text]


def find_layout(grid: Grid) -> Layout:
    """The sheet's header and columns; InputError when no header is found or it has no usable column."""
    limit = min(len(grid.rows), 40)
    start = None
    for r in range(limit):
        distinct = list(dict.fromkeys(text for text in (grid.text(r, c) for c in range(len(grid.rows[r]))) if text))
        if len(distinct) < 2:
            continue
        roles = _row_roles(distinct)
        known = [role for role in roles if role is not Role.UNKNOWN]
        if len(known) >= 2 and (Role.NAME in known or len(known) >= len(distinct) // 2 + 1):
            start = r
            break
    if start is None:
        raise InputError(IntakeWord.WIDE_NO_HEADER, sheet=grid.name)
    end = start + 1
    while end < len(grid.rows) and end - start < 4:
        present = [text for text in (grid.text(end, c) for c in range(len(grid.rows[end]))) if text]
        if not present:
            end += 1
            continue
        numbers = [text for text in present if _is_number(text)]
        words = [text for text in present if not _is_number(text)]
        if len(numbers) >= 2 or (numbers and not all(classify(word)[0] is not Role.UNKNOWN or known_unit(word) for word in words)):
            break  # a row with a name and figures: the data begins (一般公共预算收入 is a name, though it says 预算)
        if not numbers and words and all(classify(word)[0] is Role.UNKNOWN and not known_unit(word) for word in words):
            break  # a row of names without figures (a section heading) is data too
        end += 1
    texts = _filled_header(grid, start, end)
    width = max(len(row) for row in texts)
    columns = []
    for c in range(width):
        parts: list[str] = []
        unit = None
        for row in texts:
            text = row[c] if c < len(row) else ""
            if not text or text in parts:
                continue
            if known_unit(text) is not None and classify(text)[0] is Role.UNKNOWN:
                unit = known_unit(text)  # a row of units under the header
                continue
            parts.append(text)
        header = " ".join(parts)
        role, bracket_unit = classify(header) if header else (Role.UNKNOWN, None)
        columns.append(Column(c, header, role, bracket_unit or unit))
    title_rows = [" ".join(dict.fromkeys(t for t in (grid.text(r, c) for c in range(len(grid.rows[r]))) if t)) for r in range(start)]
    above = " ".join(text for text in title_rows if text)
    return Layout(grid.name, start, end, _checked_columns(grid, grid.name, columns, end), _title_alone(above), _sheet_unit(above))


_UNIT_LINE = re.compile(r"单位[:：]\s*([^\s,，;；、)）]+)")


# A unit line as a title row writes it: "单位：万元", "（计量单位：亿元）", "单位: 万元".
_UNIT_LINE_AS_WRITTEN = re.compile(r"(?:[（(]\s*)?(?:计量)?单\s*位\s*[:：]\s*([^\s,，;；、)）]+)(?:\s*[)）])?")


def _title_alone(text: str) -> str:
    """The rows above the header without the unit line, which is no part of the title a value's source names."""
    kept = _UNIT_LINE_AS_WRITTEN.sub(lambda match: " " if known_unit(match.group(1)) is not None else match.group(0), text)
    return " ".join(kept.split())


def _sheet_unit(text: str) -> str | None:
    for match in _UNIT_LINE.finditer(_clean(text)):
        unit = known_unit(match.group(1))
        if unit is not None:
            return unit
    return None


def _header_period(header: str) -> periods.Found | None:
    """The period a column's header names (2018年1-6月, 1-5月累计), or None (a form that is no period too)."""
    try:
        return periods.search(header)
    except InputError:
        return None


def _years_told_apart(columns: list[Column]) -> None:
    """Two year-to-date columns told apart by their years, as a bureau heads this year's and last year's
    same months ("2019年1-6月, 2018年1-6月", "1-6月累计, 2018年1-6月"): the earlier year is last year's
    figure. Whether it is the year before the table's is checked once the period is known."""
    actual = [(index, column) for index, column in enumerate(columns) if column.role is Role.ACTUAL]
    if len(actual) != 2:
        return
    years = [None if (found := _header_period(column.header)) is None else found.year for _, column in actual]
    if years[0] == years[1]:
        return
    if None in years:
        earlier = years.index(next(year for year in years if year is not None))
    else:
        earlier = years.index(min(year for year in years if year is not None))
    index, column = actual[earlier]
    columns[index] = Column(column.index, column.header, Role.LAST_YEAR, column.unit)


def _checked_columns(grid: Grid, sheet: str, columns: list[Column], data_start: int) -> tuple[Column, ...]:
    """The columns, with a name column found where the header has no word over it; refused when unusable."""
    _years_told_apart(columns)
    if not any(column.role is Role.NAME for column in columns):
        # A header without a word over the names: the first untitled column whose cells below are mostly text.
        for index, column in enumerate(columns):
            if column.role is Role.UNKNOWN and not column.header:
                filled = [text for text in (grid.text(r, column.index) for r in range(data_start, len(grid.rows))) if text]
                if filled and sum(not _is_number(text) for text in filled) > len(filled) / 2:
                    columns[index] = Column(column.index, "", Role.NAME, None)
                    break
        else:
            raise InputError(IntakeWord.WIDE_NO_NAME_COLUMN, sheet=sheet)
    for role in (Role.NAME, Role.UNIT, Role.ACTUAL, Role.MONTH, Role.LAST_YEAR, Role.GROWTH, Role.TARGET, Role.COMPLETION):
        found = [column for column in columns if column.role is role]
        if len(found) > 1:
            raise InputError(IntakeWord.WIDE_AMBIGUOUS, sheet=sheet, role=ROLE_WORDS[role], columns=[column.header for column in found])
    if not any(column.role in (Role.ACTUAL, Role.LAST_YEAR, Role.TARGET, Role.GROWTH) for column in columns):
        raise InputError(IntakeWord.WIDE_NO_VALUE_COLUMN, sheet=sheet)
    return tuple(columns)


# --- the period -----------------------------------------------------------------------------------------


def period_of(layout: Layout, period: Period | str | None = None, year: int | None = None) -> Period:
    """The period given, else the title's, else the header's (a title without a year takes `year`).

    Read from the table, it must agree with every column whose header names a period: a title of
    2019年1-6月 over a column of 1-5月累计 is refused, naming both, unless `period` decides; a column
    of last year's figures (2018年1-6月) must name the year before.
    """
    if period is not None:
        return period if isinstance(period, Period) else Period.parse(period)
    found = periods.search(layout.title) if layout.title else None
    if found is None or found.month is None:
        in_header = _first_header_period(layout)
        if in_header is not None:
            found = periods.Found(found.year if found is not None else in_header.year, in_header.month, in_header.text)
    if found is None:
        found = periods.search(layout.sheet)
    if found is None:
        raise InputError(IntakeWord.WIDE_NO_PERIOD, sheet=layout.sheet, forms=list(periods.ACCEPTED_FORMS))
    if found.year is None:
        if year is None:
            raise InputError(IntakeWord.WIDE_PERIOD_NEEDS_YEAR, sheet=layout.sheet, text=found.text)
        chosen = Period(periods.checked_year(year), found.month)
    else:
        if year is not None and year != found.year:
            raise InputError(IntakeWord.WIDE_PERIOD_CONFLICT, sheet=layout.sheet, found=found.year, given=year)
        chosen = Period(found.year, found.month)
    _check_header_periods(layout, chosen, found.text)
    return chosen


_PERIOD_ROLES = (Role.ACTUAL, Role.GROWTH, Role.LAST_YEAR)


def _first_header_period(layout: Layout) -> periods.Found | None:
    """The period the header names, this year's column first: a column of last year's names the year before."""
    for role in _PERIOD_ROLES:
        for column in layout.columns:
            in_header = _header_period(column.header) if column.role is role else None
            if in_header is not None and in_header.month is not None:
                shift = 1 if role is Role.LAST_YEAR and in_header.year is not None else 0
                year = None if in_header.year is None else in_header.year + shift
                return periods.Found(year, in_header.month, in_header.text)
    return None


def _check_header_periods(layout: Layout, chosen: Period, said: str) -> None:
    """Refuse a column whose header names another period than the table's: its figures are not the table's."""
    for column in layout.columns:
        named = _header_period(column.header) if column.role in _PERIOD_ROLES else None
        if named is None or named.month is None and named.year is None:
            continue
        expected_year = chosen.year - 1 if column.role is Role.LAST_YEAR else chosen.year
        if (named.month is not None and named.month != chosen.month) or (named.year is not None and named.year != expected_year):
            raise InputError(IntakeWord.WIDE_HEADER_PERIOD_CONFLICT, sheet=layout.sheet, said=said, header=column.header)


# --- rows and indicators -----------------------------------------------------------------------------------

_NUMBERING = re.compile(r"^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+(?:\.\d+)*[、.．)）]|[①-⑳⑴-⒇])\s*")
_PREFIXES = ("其中:", "其中", "含:", "内:")


def split_name(text: str) -> tuple[str, str | None]:
    """A row's indicator name without numbering, 其中： and spaces, and the unit in brackets after it."""
    name = unicodedata.normalize("NFKC", _NUMBERING.sub("", text.strip()))
    name = "".join(name.split())
    name = _NUMBERING.sub("", name)
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    name = _NUMBERING.sub("", name)
    unit = None
    bracket = re.search(r"[(\[]([^()\[\]]*)[)\]]$", name)
    if bracket is not None:
        found = known_unit(bracket.group(1))
        if found is not None:
            unit, name = found, name[: bracket.start()]
    return name.rstrip(":"), unit


def name_key(text: str) -> str:
    return split_name(text)[0].lower()


def _lookup(store: Store) -> dict[str, Indicator]:
    table: dict[str, Indicator] = {}
    for indicator in store.indicators.values():
        for name in indicator.names():
            table.setdefault(name_key(name), indicator)
    return table


def _closest(key: str, lookup: dict[str, Indicator]) -> list[str]:
    close = difflib.get_close_matches(key, list(lookup), n=3, cutoff=0.5)
    close += [name for name in lookup if key and (key in name or name in key) and name not in close]
    return list(dict.fromkeys(lookup[name].name for name in close))[:3]


def new_id(name: str, store: Store) -> str:
    """An ASCII id for an indicator made from a table's row: stable for a name, unique in the file."""
    base = "new_" + hashlib.blake2b(name.encode("utf-8"), digest_size=3).hexdigest()
    candidate, number = base, 2
    while candidate in store.indicators:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _kind_for(unit: str) -> Kind:
    if unit == "%":
        return Kind.RATIO
    if is_counting(unit):
        return Kind.COUNT
    return Kind.FLOW


# --- the result -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """A problem or a warning about one row (row is 1-based, as a spreadsheet numbers it; 0 for the sheet)."""

    sheet: str
    row: int
    key: StrEnum
    params: dict[str, Any] = field(default_factory=dict)

    def where(self, lang: Lang | None = None) -> str:
        return self.sheet if self.row == 0 else say(IntakeWord.WIDE_AT_ROW, lang, sheet=self.sheet, row=self.row)

    def text(self, lang: Lang | None = None) -> str:
        # A note inside a note (the closest names inside "unknown row") is worded in the same language.
        params = {name: value.text(lang) if isinstance(value, Note) else value for name, value in self.params.items()}
        return say(self.key, lang, **params)

    def line(self, lang: Lang | None = None) -> str:
        return f"{self.where(lang)}: {self.text(lang)}"


ITEM_WORDS = {
    "growth": IntakeWord.ITEM_GROWTH,
    "actual": IntakeWord.ITEM_ACTUAL,
    "target": IntakeWord.ITEM_TARGET,
    "last_year": IntakeWord.ITEM_LAST_YEAR,
    "base": IntakeWord.ITEM_BASE,
    "indicator": IntakeWord.ITEM_INDICATOR,
    "note": IntakeWord.ITEM_NOTE,
}
PLAN_WORDS = {
    "added": IntakeWord.PLAN_ADDED,
    "replaced": IntakeWord.PLAN_REPLACED,
    "updated": IntakeWord.PLAN_UPDATED,
    "unchanged": IntakeWord.PLAN_UNCHANGED,
    "skipped": IntakeWord.PLAN_SKIPPED,
}
PLAN_COLUMNS = ("sheet", "row", "as_written", "indicator", "item", "period", "value", "old", "action", "reason")
_PLAN_HEADERS = {
    "sheet": IntakeWord.COL_SHEET,
    "row": IntakeWord.COL_ROW,
    "as_written": IntakeWord.COL_AS_WRITTEN,
    "indicator": IntakeWord.COL_INDICATOR,
    "item": IntakeWord.COL_ITEM,
    "period": IntakeWord.COL_PERIOD,
    "value": IntakeWord.COL_VALUE,
    "old": IntakeWord.COL_OLD,
    "action": IntakeWord.COL_ACTION,
    "reason": IntakeWord.COL_REASON,
}


@dataclass(frozen=True)
class PlanRow:
    """One line of the dry-run table: what happened (or would) to one figure of the table."""

    sheet: str
    row: int
    as_written: str
    indicator: str | None  # the id; None for a skipped unknown row
    item: str  # "actual", "target", "last_year", "base", "indicator" (a new one)
    period: str
    value: Decimal | None
    old: Decimal | None
    unit: str | None
    action: str  # "added", "replaced", "updated", "unchanged", "skipped"
    reason: Note | None = None

    def cells(self, lang: Lang) -> list[str]:
        values = {
            "sheet": self.sheet,
            "row": str(self.row),
            "as_written": self.as_written,
            "indicator": self.indicator or "",
            "item": say(ITEM_WORDS[self.item], lang),
            "period": self.period,
            "value": "" if self.value is None else f"{plain(self.value)} {self.unit or ''}".strip(),
            "old": "" if self.old is None else plain(self.old),
            "action": say(PLAN_WORDS[self.action], lang),
            "reason": "" if self.reason is None else self.reason.text(lang),
        }
        return [values[column] for column in PLAN_COLUMNS]

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "as_written": self.as_written,
            "indicator": self.indicator,
            "item": self.item,
            "period": self.period,
            "value": self.value,
            "old": self.old,
            "unit": self.unit,
            "action": self.action,
            "reason": None if self.reason is None else self.reason.text(Lang.EN),
        }


def plan_headers(lang: Lang) -> list[str]:
    return [say(_PLAN_HEADERS[column], lang) for column in PLAN_COLUMNS]


@dataclass(frozen=True)
class WideResult:
    """What an import of wide tables did (or, in a dry run, would do)."""

    periods: dict[str, Period]  # sheet → its period
    plan: list[PlanRow]
    new_indicators: list[Indicator]
    warnings: list[Note]  # disagreements and things not used; the import went ahead
    comparisons: list[Comparison]  # every stated growth checked against the table's own figures

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(PLAN_WORDS, 0)
        for row in self.plan:
            if row.item != "indicator":
                counts[row.action] += 1
        return {**counts, "indicators": len(self.new_indicators)}

    @property
    def changed(self) -> bool:
        counts = self.counts()
        return bool(counts["added"] + counts["replaced"] + counts["updated"] + counts["indicators"])

    def summary(self, lang: Lang | None = None) -> str:
        shown = ", ".join(dict.fromkeys(str(period) for period in self.periods.values()))
        return say(IntakeWord.WIDE_SUMMARY, lang, period=shown, **self.counts())

    def as_dict(self) -> dict[str, Any]:
        return {
            "periods": {sheet: str(period) for sheet, period in self.periods.items()},
            "counts": self.counts(),
            "plan": [row.as_dict() for row in self.plan],
            "new_indicators": [indicator.id for indicator in self.new_indicators],
            "warnings": [note.line(Lang.EN) for note in self.warnings],
        }


class WideImportRefused(ImportRefused):
    """Some rows are bad; nothing was imported. `notes` has each with its sheet, row and reason."""

    def __init__(self, notes: list[Note]):
        self.notes = notes
        self.problems = [(note.where(), note.text()) for note in notes]
        JctrackError.__init__(self, IntakeWord.WIDE_REFUSED, count=len(notes))


# --- importing ---------------------------------------------------------------------------------------------


@dataclass
class _Options:
    period: Period | str | None
    year: int | None
    replace: bool
    add_unknown: str | None
    refuse_unknown: bool
    source: str | None
    force: bool = False  # keep a year-to-date figure below the month before's, as add-actual --force does


class _Importer:
    def __init__(self, store: Store, options: _Options) -> None:
        self.store = store
        self.options = options
        self.batch = edits.begin_batch(store)
        self.lookup = _lookup(store)
        self.plan: list[PlanRow] = []
        self.problems: list[Note] = []
        self.warnings: list[Note] = []
        self.comparisons: list[Comparison] = []
        self.new_indicators: list[Indicator] = []
        self.periods: dict[str, Period] = {}
        self.seen: dict[tuple[str, Period], tuple[str, tuple[Decimal | str | None, ...]]] = {}  # the first row of each

    # One sheet ------------------------------------------------------------------------------------------

    def sheet(self, grid: Grid, layout: Layout) -> None:
        period = period_of(layout, self.options.period, self.options.year)
        self.periods[grid.name] = period
        source = self.options.source or layout.title or grid.name
        for column in layout.columns:
            if column.role is Role.UNKNOWN and column.header:
                self.warnings.append(
                    Note(grid.name, layout.header_start + 1, IntakeWord.WIDE_UNUSED_COLUMN, {"sheet": grid.name, "header": column.header})
                )
        name_column = layout.column(Role.NAME)
        assert name_column is not None
        for r in range(layout.data_start, len(grid.rows)):
            written = grid.text(r, name_column.index)
            if not written or written.startswith(("注", "说明", "资料来源", "数据来源", "备注")):
                continue
            try:
                self.row(grid, layout, r, written, period, source)
            except JctrackError as exc:
                self.problems.append(_note(grid.name, r + 1, exc))

    def row(self, grid: Grid, layout: Layout, r: int, written: str, period: Period, source: str) -> None:
        sheet, number = grid.name, r + 1
        name, name_unit = split_name(written)
        figures = {
            role: grid.cell(r, column.index)
            for role in (Role.ACTUAL, Role.MONTH, Role.LAST_YEAR, Role.GROWTH, Role.TARGET, Role.COMPLETION)
            if (column := layout.column(role)) is not None and grid.text(r, column.index)
        }
        figures = {role: cell for role, cell in figures.items() if not _is_blank(cell.text)}
        if not figures:
            return  # a heading such as 一、工业 or a row the bureau left empty
        unit_column = layout.column(Role.UNIT)
        unit_text = grid.text(r, unit_column.index) if unit_column is not None else ""
        row_unit = known_unit(unit_text) if unit_text else None
        indicator = self.lookup.get(name.lower())
        if indicator is None:
            indicator = self.unknown(
                sheet, number, written, name, name_unit or row_unit or self._column_unit(layout) or layout.unit, period
            )
            if indicator is None:
                return
        if unit_text and row_unit is None:
            check_unit(_clean(unit_text))  # refuses it, naming the units jctrack knows

        def amount(role: Role) -> Decimal | None:
            cell = figures.get(role)
            if cell is None:
                return None
            column = layout.column(role)
            unit = row_unit or name_unit or (column.unit if column else None)
            value = _number(cell, ROLE_WORDS[role])
            if unit is None and layout.unit is not None:
                if family_of(layout.unit) == family_of(indicator.unit):
                    unit = layout.unit
                elif layout.unit != indicator.unit:
                    self._warn_once(
                        sheet, number, IntakeWord.WIDE_UNIT_NOT_APPLIED, name=indicator.name, unit=layout.unit, own=indicator.unit
                    )
            if unit is None or unit == indicator.unit:
                return value
            return parse_quantity(f"{plain(value)}{unit}", indicator.unit, say(ROLE_WORDS[role]))

        actual, last_year, target, month = amount(Role.ACTUAL), amount(Role.LAST_YEAR), amount(Role.TARGET), amount(Role.MONTH)
        growth = _rate(figures.get(Role.GROWTH), ROLE_WORDS[Role.GROWTH])
        completion = _rate(figures.get(Role.COMPLETION), ROLE_WORDS[Role.COMPLETION])
        note_column = layout.column(Role.NOTE)
        note = grid.text(r, note_column.index) if note_column is not None else ""
        for value, what in ((actual, Msg.VALUE), (last_year, Msg.BASE), (target, Msg.TARGET), (month, Msg.VALUE)):
            if value is not None:
                validate_value(indicator, value, what)
        if self.duplicate(sheet, number, written, indicator, period, (actual, last_year, target, growth, note or None)):
            return

        here = (sheet, number, written)
        base = None
        if last_year is not None:
            previous = actual_entry_for(indicator, period.same_period_last_year())
            if previous is None:
                self.put(here, indicator, "last_year", "actual", period.same_period_last_year(), Entry(last_year, source=source))
            elif previous.value != last_year:
                if actual is None:
                    self.warnings.append(
                        Note(sheet, number, IntakeWord.WIDE_LAST_YEAR_WITHOUT_ACTUAL, {"name": indicator.name, "value": last_year})
                    )
                base = last_year
        if actual is not None:
            entry = Entry(actual, note=note or None, source=source, stated_growth=growth, base=base)
            self.put(here, indicator, "actual", "actual", period, entry)
        if target is not None:
            self.put(here, indicator, "target", "target", period.year, Entry(target, source=source))
        self.cross_checks(sheet, number, indicator, period, actual, month, completion, target, growth, last_year)

    def duplicate(
        self, sheet: str, number: int, written: str, indicator: Indicator, period: Period, figures: tuple[Decimal | str | None, ...]
    ) -> bool:
        """Whether the row repeats one read before (on this sheet or another): skipped when it gives no figure
        the first did not give alike (a summary sheet with fewer columns), refused when one differs or is
        new — which of two figures is right is the office's to say, and none may be dropped unsaid."""
        here = f"{sheet} {number}"
        first = self.seen.setdefault((indicator.id, period), (here, figures))
        if first[0] == here:
            return False
        other, earlier = first
        if all(b is None or a == b for a, b in zip(earlier, figures, strict=True)):
            self.plan.append(
                PlanRow(sheet, number, written, indicator.id, "actual", str(period), None, None, indicator.unit, "skipped",
                        Note(sheet, number, IntakeWord.WIDE_DUPLICATE_ROW, {"other": other}))
            )  # fmt: skip
            return True
        differing = [
            Phrase(IntakeWord.WIDE_DUPLICATE_FIGURE, item=ITEM_WORDS[item], one=_said(a), other=_said(b))
            for item, a, b in zip(("actual", "last_year", "target", "growth", "note"), earlier, figures, strict=True)
            if b is not None and a != b
        ]
        self.problems.append(
            Note(sheet, number, IntakeWord.WIDE_DUPLICATE_CONFLICT, {"name": indicator.name, "other": other, "figures": differing})
        )
        return True

    def _column_unit(self, layout: Layout) -> str | None:
        column = layout.column(Role.ACTUAL) or layout.column(Role.TARGET) or layout.column(Role.LAST_YEAR)
        return None if column is None else column.unit

    def _warn_once(self, sheet: str, number: int, key: IntakeWord, **params: Any) -> None:
        note = Note(sheet, number, key, params)
        if note not in self.warnings:
            self.warnings.append(note)

    def unknown(self, sheet: str, number: int, written: str, name: str, unit: str | None, period: Period) -> Indicator | None:
        if self.options.add_unknown is None:
            close = _closest(name.lower(), self.lookup)
            closest = (
                Note(sheet, number, IntakeWord.WIDE_CLOSEST, {"names": close}) if close else Note(sheet, number, IntakeWord.WIDE_NO_CLOSE)
            )
            reason = Note(sheet, number, IntakeWord.WIDE_UNKNOWN_ROW, {"name": name, "closest": closest})
            if self.options.refuse_unknown:
                self.problems.append(reason)
            else:
                self.plan.append(PlanRow(sheet, number, written, None, "actual", str(period), None, None, None, "skipped", reason))
            return None
        chosen = unit or self.options.add_unknown
        indicator = Indicator(new_id(name, self.store), name, chosen, _kind_for(chosen))
        self.store.add_indicator(indicator)
        edits.record_new_indicator(self.store, indicator, self.batch)
        self.lookup[name.lower()] = indicator
        self.new_indicators.append(indicator)
        reason = Note(sheet, number, IntakeWord.WIDE_NEW_INDICATOR, {"id": indicator.id, "name": name, "unit": chosen})
        self.plan.append(PlanRow(sheet, number, written, indicator.id, "indicator", "", None, None, None, "added", reason))
        return indicator

    def put(self, here: tuple[str, int, str], indicator: Indicator, item: str, kind: str, key: Period | int, entry: Entry) -> None:
        sheet, number, written = here
        # The source is the table's title (or --source), a label of where the figure was read: it fills a
        # gap and never contradicts a stored one; every figure, note and rate of the row does.
        change = edits.put(
            self.store, indicator, kind, key, entry, self.options.replace, self.options.force, batch=self.batch, fills=frozenset({"source"})
        )
        reason = None
        if change.kept:
            reason = Note(sheet, number, IntakeWord.WIDE_DETAIL_KEPT, {"fields": list(change.kept)})
        old = change.old.value if change.old is not None and change.action != "unchanged" else None
        self.plan.append(
            PlanRow(sheet, number, written, indicator.id, item, str(key), entry.value, old, indicator.unit, change.action, reason)
        )
        if change.new.base != (change.old.base if change.old else None) and change.new.base is not None:
            self.plan.append(
                PlanRow(sheet, number, written, indicator.id, "base", str(key), change.new.base, None, indicator.unit, change.action)
            )

    @exact
    def cross_checks(
        self,
        sheet: str,
        number: int,
        indicator: Indicator,
        period: Period,
        actual: Decimal | None,
        month: Decimal | None,
        completion: Decimal | None,
        target: Decimal | None,
        growth: Decimal | None,
        last_year: Decimal | None,
    ) -> None:
        unit = indicator.unit
        if month is not None and actual is not None and period.month is not None:
            previous = None if period.month == 1 else indicator.actuals.get(Period(period.year, period.month - 1))
            if period.month == 1 or previous is not None:
                before = Decimal(0) if previous is None else previous.value
                computed = actual - before
                figures = [month, actual] + ([before] if previous is not None else [])
                tolerance = (
                    Decimal(0)
                    if indicator.kind is Kind.COUNT
                    else sum((Decimal(5).scaleb(-decimal_places(f) - 1) for f in figures), Decimal(0))
                )
                if abs(computed - month) > tolerance:
                    self.warnings.append(
                        Note(sheet, number, IntakeWord.WIDE_MONTH_MISMATCH, {
                            "name": indicator.name, "month": f"{plain(month)}{unit}", "computed": f"{plain(computed)}{unit}",
                            "period": str(period), "actual": plain(actual),
                            "previous": str(Period(period.year, period.month - 1)) if previous is not None else "-",
                            "before": plain(before),
                        })
                    )  # fmt: skip
        if completion is not None and actual is not None:
            goal = target if target is not None else (indicator.targets[period.year].value if period.year in indicator.targets else None)
            exact_share = completion_pct(actual, goal, indicator.direction)
            if exact_share is not None:
                shown = round_to(exact_share, decimal_places(completion), self.store.rounding)
                if shown != completion:
                    self.warnings.append(
                        Note(sheet, number, IntakeWord.WIDE_COMPLETION_MISMATCH, {
                            "name": indicator.name, "stated": plain(completion), "computed": plain(shown),
                            "actual": plain(actual), "target": plain(goal) if goal is not None else "",
                        })
                    )  # fmt: skip
        if growth is not None and actual is not None:
            entry = indicator.actuals.get(period) if period in indicator.actuals else None
            base = last_year if last_year is not None else comparable_base(indicator, period, entry)
            comparison = compare(indicator, str(period), "actual", growth, change_of(indicator, actual, base), self.store.rounding)
            self.comparisons.append(comparison)
            if comparison.verdict == "disagrees" and comparison.computed is not None:
                points = "个百分点" if comparison.kind_is_points else "%"
                self.warnings.append(
                    Note(sheet, number, IntakeWord.WIDE_GROWTH_MISMATCH, {
                        "name": indicator.name, "stated": f"{plain(growth)}{points}", "computed": f"{plain(comparison.computed)}{points}",
                        "actual": plain(actual), "base": plain(base) if base is not None else "",
                    })
                )  # fmt: skip

    def result(self) -> WideResult:
        if self.problems:
            raise WideImportRefused(self.problems)
        return WideResult(self.periods, self.plan, self.new_indicators, self.warnings, self.comparisons)


@dataclass(frozen=True)
class _Message:
    """An error whose text is not yet keyed in jctrack.words: shown as it says itself."""

    error: JctrackError

    def __str__(self) -> str:
        return str(self.error)


def _note(sheet: str, row: int, error: JctrackError) -> Note:
    if isinstance(error.key, StrEnum):
        return Note(sheet, row, error.key, dict(error.params))
    return Note(sheet, row, IntakeWord.WIDE_ERROR, {"message": _Message(error)})


def _said(value: Decimal | str | None) -> str:
    return "-" if value is None else plain(value) if isinstance(value, Decimal) else value


_BLANKS = {"", "-", "--", "—", "——", "/", "…", "...", "x", "X", "*", "－"}


def _is_blank(text: str) -> bool:
    return text.strip() in _BLANKS


def _number(cell: Cell, what: IntakeWord) -> Decimal:
    text = _clean(cell.text).removesuffix("%")
    try:
        return parse_decimal(text)
    except InputError:
        raise InputError(IntakeWord.WIDE_BAD_NUMBER, column=what, text=cell.text) from None


def _rate(cell: Cell | None, what: IntakeWord) -> Decimal | None:
    """A percentage as printed: a CSV's text as it stands, a spreadsheet's number at the decimals it shows."""
    if cell is None:
        return None
    value = _number(cell, what)
    if cell.places is not None:
        value = round_to(value, cell.places)
    return value


# --- the entry points ---------------------------------------------------------------------------------------


def import_grids(
    store: Store,
    grids: list[Grid],
    *,
    period: Period | str | None = None,
    year: int | None = None,
    replace: bool = False,
    add_unknown: str | None = None,
    refuse_unknown: bool = False,
    source: str | None = None,
    name: str = "",
    force: bool = False,
) -> WideResult:
    """Import the wide tables of `grids` into `store`, all or nothing (WideImportRefused lists every bad row).

    A sheet without a recognisable header is skipped (with a warning) when another sheet has one. The
    store is changed in place; on an error it must not be saved (a transaction does not save it).
    """
    if add_unknown is not None:
        check_unit(UNIT_SHORTHAND.get(add_unknown, add_unknown))
        add_unknown = UNIT_SHORTHAND.get(add_unknown, add_unknown)
    importer = _Importer(store, _Options(period, year, replace, add_unknown, refuse_unknown, source, force))
    layouts: list[tuple[Grid, Layout]] = []
    skipped: list[Note] = []
    for grid in grids:
        if not any(any(cell.text.strip() for cell in row) for row in grid.rows):
            continue
        try:
            layouts.append((grid, find_layout(grid)))
        except InputError as exc:
            skipped.append(Note(grid.name, 0, IntakeWord.WIDE_SKIPPED_SHEET, {"sheet": grid.name, "reason": exc}))
    if not layouts:
        if len(skipped) == 1:
            raise InputError(IntakeWord.WIDE_NO_TABLE, name=name or skipped[0].sheet, reasons=skipped[0].params["reason"])
        raise InputError(IntakeWord.WIDE_NO_TABLE, name=name or "?", reasons=[note.params["reason"] for note in skipped] or "-")
    importer.warnings.extend(skipped)
    for grid, layout in layouts:
        importer.sheet(grid, layout)
    return importer.result()


def import_path(
    store: Store,
    path: Path,
    *,
    period: Period | str | None = None,
    year: int | None = None,
    replace: bool = False,
    add_unknown: str | None = None,
    refuse_unknown: bool = False,
    source: str | None = None,
    sheet: str | None = None,
    force: bool = False,
) -> WideResult:
    """Import a bureau's .xlsx (every sheet, or only `sheet`), .csv, .tsv or .txt (UTF-8 or GB18030)."""
    grids = read_path(path)
    if sheet is not None:
        chosen = [grid for grid in grids if grid.name == sheet]
        if not chosen:
            raise InputError(IntakeWord.WIDE_NO_SHEET, sheet=sheet, sheets=[grid.name for grid in grids])
        grids = chosen
    return import_grids(
        store,
        grids,
        period=period,
        year=year,
        replace=replace,
        add_unknown=add_unknown,
        refuse_unknown=refuse_unknown,
        source=source,
        name=path.name,
        force=force,
    )


def import_text(
    store: Store,
    text: str,
    name: str = "stdin",
    *,
    period: Period | str | None = None,
    year: int | None = None,
    replace: bool = False,
    add_unknown: str | None = None,
    refuse_unknown: bool = False,
    source: str | None = None,
    force: bool = False,
) -> WideResult:
    """Import tab-separated text pasted from a spreadsheet (or comma-separated, if it has no tabs)."""
    return import_grids(
        store,
        [read_csv_text(text, name)],
        period=period,
        year=year,
        replace=replace,
        add_unknown=add_unknown,
        refuse_unknown=refuse_unknown,
        source=source,
        name=name,
        force=force,
    )
