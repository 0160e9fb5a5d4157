"""Plain-text layout for fixed widths with Chinese text: wrapping that never splits a number, a unit or a bracket, and aligned tables."""

from __future__ import annotations

import functools
import re

from jctrack.safety import visible
from jctrack.textwidth import width
from jctrack.units import known_units

GAP = "  "

# Closing punctuation never starts a line and opening never ends one (避头尾).
_NO_LINE_START = "）)】」』。，,、；;：:！!？?%"
_NO_LINE_END = "（(【「『"


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    # A number keeps its unit (120亿元, 52.2%, 1.2个百分点); a bracket pair of a few characters is one piece
    # (（亿元）); a Latin word is one piece; any other character stands alone.
    units = sorted({*known_units(), "亿", "万", "个百分点", "百分点", "倍"}, key=len, reverse=True)
    unit = "|".join(re.escape(u) for u in units)
    number = rf"[+-]?\d[\d,.]*(?:{unit})?"
    brackets = r"（[^（）\n]{1,12}）|\([^()\n]{1,12}\)"
    word = r"[A-Za-z_'][A-Za-z0-9_.'-]*"
    return re.compile(rf"[{re.escape(_NO_LINE_END)}]*(?:{brackets}|{number}|{word}|\S)[{re.escape(_NO_LINE_START)}]*\s*|\s+")


def wrap_cells(text: str, limit: int) -> list[str]:
    """Lines of at most `limit` columns, broken between pieces, never inside one unless it is longer than a line.

    Linear in the length of the text: each piece is measured once.
    """
    lines: list[str] = []
    current: list[str] = []
    used = 0
    for piece in _token_pattern().findall(text):
        stripped = piece.rstrip()
        piece_width = width(stripped)
        if current and used + piece_width > limit:
            lines.append("".join(current).rstrip())
            current, used = [], 0
            piece = piece.lstrip()
            stripped = piece.rstrip()
            piece_width = width(stripped)
        if not current and not stripped:
            continue  # no line starts with a space
        trailing = piece[len(stripped) :]
        while piece_width > limit:  # a piece longer than a whole line: cut it by columns
            cut, taken = 0, 0
            while cut < len(stripped) and taken + width(stripped[cut]) <= limit:
                taken += width(stripped[cut])
                cut += 1
            lines.append(stripped[:cut])
            stripped = stripped[cut:]
            piece = stripped + trailing
            piece_width = width(stripped)
        current.append(piece)
        used += width(piece)
    if current or not lines:
        lines.append("".join(current).rstrip())
    return lines


def pad(text: str, columns: int, right: bool) -> str:
    space = " " * max(0, columns - width(text))
    return space + text if right else text + space


def format_table(headers: list[str], rows: list[list[str]], numeric: frozenset[int], max_width: int | None = 80) -> str:
    """Columns sized to their content; the first column wraps if the table would exceed `max_width`."""
    # A control character is shown, not obeyed: a line break in a name ends no row, a CR overwrites nothing.
    headers, rows = [visible(h) for h in headers], [[visible(cell) for cell in row] for row in rows]
    widths = [max([width(h), *(width(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    others = sum(widths[1:]) + len(GAP) * (len(headers) - 1)
    if max_width is not None:
        widths[0] = max(4, min(widths[0], max_width - others))
    out = []

    def emit(cells: list[str]) -> None:
        wrapped = [wrap_cells(cell, widths[0]) if i == 0 else [cell] for i, cell in enumerate(cells)]
        for line_no in range(max(len(w) for w in wrapped)):
            parts = [pad(w[line_no] if line_no < len(w) else "", widths[i], i in numeric) for i, w in enumerate(wrapped)]
            out.append(GAP.join(parts).rstrip())

    emit(list(headers))
    rule = sum(widths) + len(GAP) * (len(headers) - 1)
    out.append("-" * (rule if max_width is None else min(max_width, rule)))
    for row in rows:
        emit(row)
    return "\n".join(out) + "\n"
