"""A table pasted into a report (columns split by tabs or runs of spaces) rewritten as sentences of its figures.

A header row names the columns — the indicator, this period (本期, 1-10月, 累计…), last year's (上年同期)
and the growth (增长%) — and the unit comes from a header cell such as 本期(亿元), a 单位 column, or a
line 单位：亿元 above the table. Each row then reads as "工业开票销售186.4亿元，上年同期166.0亿元，增长12.3%。",
so every judge reads it as it reads prose. A table whose unit is not said is left as it is: its figures
would otherwise be read in a unit the report never gave.
"""

from __future__ import annotations

from jctrack.textread import units
from jctrack.textread.patterns import TextPattern

CELL_GAP = TextPattern("table cell gap", r"\t++| {2,}+")
_NUMBER = TextPattern("table number", r"-?\d{1,20}(?:\.\d{1,20})?\Z", window=48)
_UNIT_IN_HEADER = TextPattern("table header unit", r"\(([^()]{1,6})\)", window=48)
_UNIT_LINE = TextPattern("table unit line", r"单位[:：]\s{0,4}(\S{1,6})\s{0,8}$", window=48)
NAME_WORDS = ("指标", "项目", "名称", "指标名称")
NOW_WORDS = ("本期", "本年", "本月", "累计", "完成", "实际", "当年", "月")
BASE_WORDS = ("上年同期", "去年同期", "上年", "去年", "同期")
GROWTH_WORDS = ("增长", "增幅", "增速", "同比", "±")
UNIT_WORDS = ("单位", "计量单位")


def as_sentences(text: str) -> str:
    """The text with each table row of a known unit rewritten as a sentence (other lines unchanged)."""
    if "\t" not in text and "  " not in text:
        return text
    lines = text.split("\n")
    columns: dict[str, int] | None = None
    unit = ""
    for number, line in enumerate(lines):
        cells = _cells(line.strip())
        if len(cells) < 3:
            columns = None
            stated = _UNIT_LINE.search(line)
            unit = _known(stated.group(1)) if stated else unit if not line.strip() else ""
            continue
        header = _header(cells)
        if header is not None:
            columns, header_unit = header
            unit = header_unit or unit
            continue
        if columns is not None:
            lines[number] = _row(cells, columns, unit) or line
    return "\n".join(lines)


def _cells(line: str) -> list[str]:
    cells, start = [], 0
    for gap in CELL_GAP.finditer(line):
        cells.append(line[start : gap.start()])
        start = gap.end()
    cells.append(line[start:])
    return cells


def _number(cell: str) -> bool:
    return _NUMBER.match(cell) is not None


def _known(unit: str) -> str:
    return unit if units.split_unit(unit) is not None else ""


def _header(cells: list[str]) -> tuple[dict[str, int], str] | None:
    """Which column is which, if these cells are a header row; and a unit said in it."""
    if any(_number(cell) for cell in cells):
        return None
    columns: dict[str, int] = {}
    unit = ""
    for index, cell in enumerate(cells):
        said = _UNIT_IN_HEADER.search(cell)
        bare = (cell[: said.start()] + cell[said.end() :] if said else cell).rstrip("%")
        if said and "%" not in said.group(1):
            unit = unit or _known(said.group(1))
        if index == 0 or bare in NAME_WORDS:
            columns.setdefault("name", index)
        elif bare in UNIT_WORDS:
            columns.setdefault("unit", index)
        elif any(word in bare for word in BASE_WORDS):
            columns.setdefault("base", index)
        elif any(word in bare for word in GROWTH_WORDS):
            columns.setdefault("growth", index)
        elif any(word in bare for word in NOW_WORDS):
            columns.setdefault("now", index)
    return (columns, unit) if {"name", "now", "growth"} <= columns.keys() else None


def _row(cells: list[str], columns: dict[str, int], unit: str) -> str | None:
    """One data row as a sentence, or None when it is not one (a name with figures in the columns)."""
    if len(cells) <= max(columns.values()):
        return None
    if "unit" in columns:
        unit = _known(cells[columns["unit"]])
    name, now, growth = cells[columns["name"]], cells[columns["now"]], cells[columns["growth"]].rstrip("%")
    if not unit or _number(name) or not _number(now) or not _number(growth):
        return None
    sentence = f"{name}{now}{unit}"
    base = cells[columns["base"]] if "base" in columns else ""
    if _number(base):
        sentence += f"，上年同期{base}{unit}"
    return sentence + f"，同比增长{growth}%。"
