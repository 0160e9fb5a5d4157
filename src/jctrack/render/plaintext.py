"""Plain-text tables that fit a fixed width with Chinese text (a CJK character is two columns wide)."""

from __future__ import annotations

import re

from rich.cells import cell_len

from jctrack.calc import StatusReport
from jctrack.render.cells import NUMERIC_COLUMNS, ZH, Labels, bar, cells, has_stated, title

GAP = "  "


# Closing punctuation never starts a line and opening never ends one (避头尾): a character moves down instead.
_NO_LINE_START = set("）)】」』。，,、；;：:！!？?%")
_NO_LINE_END = set("（(【「『")
_TOKEN = re.compile(r"[A-Za-z0-9_.'%-]+\s*|\S\s*|\s+")


def wrap_cells(text: str, width: int) -> list[str]:
    """Break text into lines of at most `width` columns: between words, or between CJK characters."""
    lines: list[str] = []
    current = ""
    for token in _TOKEN.findall(text):
        if cell_len(current + token.rstrip()) <= width:
            current += token
            continue
        carried = ""
        kept = current.rstrip()
        if len(kept) > 1 and (token[0] in _NO_LINE_START or kept[-1] in _NO_LINE_END):
            current, carried = kept[:-1], kept[-1]
        if current.strip():
            lines.append(current.rstrip())
        current = carried + token
        while cell_len(current.rstrip()) > width:  # a word longer than a whole line
            cut = len(current)
            while cell_len(current[:cut]) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    return [*lines, current.rstrip()]


def pad(text: str, width: int, right: bool) -> str:
    space = " " * max(0, width - cell_len(text))
    return space + text if right else text + space


def format_table(headers: tuple[str, ...] | list[str], rows: list[list[str]], numeric: frozenset[int], max_width: int | None = 80) -> str:
    """Columns sized to their content; the first column wraps if the table would exceed `max_width`."""
    widths = [max([cell_len(h), *(cell_len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
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


def plain_table(report: StatusReport, labels: Labels = ZH) -> str:
    """The same table as plain aligned text, for a pipe, a file or a cron mail.

    Rich lays out about a thousand rows a second; a district's 1,800 indicators piped to a file
    should not wait for layout nobody sees.
    """
    rows = []
    for row in report.rows:
        texts = cells(row, labels)
        texts[4] = bar(row.completion_pct)
        rows.append(texts)
    text = title(report, labels) + "\n" + format_table(labels.headers, rows, NUMERIC_COLUMNS, max_width=None)
    return text + (labels.stated_footnote + "\n" if has_stated(report) else "")
