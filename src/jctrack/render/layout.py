"""Plain-text layout for fixed widths with Chinese text: wrapping that never splits a number, a unit or a
bracket, and tables that fit a width without ever cutting a cell.

A table is a list of `Col`s. `fit` finds column widths within a budget: every column at its natural
width if that fits; else headers wrap (at most three lines, at their soft breaks first), then the
columns that may wrap (a name: at most two lines) narrow. A number is never wrapped or cut. When even
that does not fit, the caller leaves columns out or falls back to `blocks`, one block per row.

The result is a list of lines of `Piece`s, so that the plain-text renderer joins them and the terminal
renderer styles each piece (a header, a status cell) before joining them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jctrack.textwidth import width
from jctrack.units import known_units

GAP = "  "
BREAK = "\u200b"  # a soft break in a header: where it may wrap (removed when it does not)
HEADER_LINES = 3
MIN_WRAP = 16  # a free-wrapping column (a sentence) is never narrower than this

# Closing punctuation never starts a line and opening never ends one (避头尾).
_NO_LINE_START = "）)】」』。，,、；;：:！!？?%"
_NO_LINE_END = "（(【「『"


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    # A number keeps its unit (120亿元, 52.2%, 1.2个百分点); a bracket pair of a few characters is one piece
    # (（亿元）); a Latin word is one piece; any other character stands alone.
    units = sorted({*known_units(), "亿", "万", "个百分点", "百分点", "倍"}, key=len, reverse=True)
    unit = "|".join(re.escape(u) for u in units)
    # 120 (CNY 100m): an English amount keeps its unit in brackets
    number = rf"[+-]?\d[\d,.]*(?: ?(?:{unit})|[A-Za-z]+)?(?: \([^()\n]{{1,12}}\))?"
    months = r"\d{1,2}[-—–]\d{1,2}月份?"  # 1-6月, 1—10月份: a period is one piece, never 1- / 6月
    brackets = r"（[^（）\n]{1,12}）|\([^()\n]{1,12}\)"
    word = r"[A-Za-z_'][A-Za-z0-9_.'–-]*"
    opening, closing = re.escape(_NO_LINE_END), re.escape(_NO_LINE_START)
    # A unit without a number is a word too (单位为亿元的指标 never breaks 亿/元).
    return re.compile(rf"(?:{brackets}|[{opening}]*(?:{months}|{number}|{word}|{unit}|\S))[{closing}]*\s*|\s+")


def pieces(text: str) -> list[str]:
    """The unbreakable pieces of a text, each with the spaces after it."""
    return _token_pattern().findall(text)


def longest_piece(text: str) -> int:
    return max((width(piece.rstrip()) for piece in pieces(text)), default=0)


def wrap_cells(text: str, limit: int, indent: int = 0) -> list[str]:
    """Lines of at most `limit` columns, broken between pieces, never inside one unless it is longer than a line.

    Linear in the length of the text: each piece is measured once. A line break in the text is kept.
    `indent` columns are taken on the first line (a paragraph's first-line indent, added by the caller).
    """
    if "\n" in text:
        return [line for part in text.split("\n") for line in wrap_cells(part, limit)]
    lines: list[str] = []
    current: list[str] = []
    used = indent
    for piece in pieces(text):
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
            cut = max(cut, 1)
            lines.append(stripped[:cut])
            stripped = stripped[cut:]
            piece = stripped + trailing
            piece_width = width(stripped)
        current.append(piece)
        used += width(piece)
    if current or not lines:
        lines.append("".join(current).rstrip())
    return lines


def balanced(text: str, limit: int) -> list[str]:
    """Wrapped within `limit` in as few lines as may be, those lines as even as may be (一般公共/预算收入,
    not 一般公共预算收/入)."""
    lines = wrap_cells(text, limit)
    if len(lines) < 2:
        return lines
    floor = longest_piece(text)
    narrowest = _smallest(lambda w: len(wrap_cells(text, w)) <= len(lines), floor, limit)
    return wrap_cells(text, narrowest)


def unbroken(text: str) -> str:
    """A header as it reads on one line: its soft breaks removed."""
    return text.replace(BREAK, "")


def wrap_header(text: str, limit: int) -> list[str]:
    """A header's lines: on one line if it fits, else broken only at its soft breaks and spaces (a word
    of a header is never split: 序号 stays whole)."""
    whole = unbroken(text)
    if width(whole) <= limit:
        return [whole]
    if _unmarked(text):
        return balanced(text, limit)
    lines: list[str] = []
    current = ""
    for token in re.split(f"({BREAK}| )", text):
        if token in (BREAK, ""):
            continue
        if token == " ":
            current += " " if current else ""
            continue
        candidate = current + token
        if current and width(candidate.rstrip()) > limit:
            lines.append(current.rstrip())
            candidate = token
        current = candidate
    if current.strip():
        lines.append(current.rstrip())
    return lines or [""]


def _unmarked(text: str) -> bool:
    """A header of four or more characters with no soft break or space (a word of someone else's, 与全区平均比):
    it may break as Chinese text does, between its characters."""
    return BREAK not in text and " " not in text and len(text) >= 4


def header_floor(text: str) -> int:
    """The narrowest a header can be: its longest unbreakable word (an unmarked one: half of it)."""
    if _unmarked(text):
        return max(longest_piece(text), -(-width(text) // 2))
    return max((width(token) for token in re.split(f"{BREAK}| ", text)), default=0)


def pad(text: str, columns: int, right: bool) -> str:
    space = " " * max(0, columns - width(text))
    return space + text if right else text + space


@dataclass(frozen=True)
class Col:
    """One column of a table to lay out: its header, its cells as text, and how it may give way."""

    header: str
    cells: Sequence[str]
    numeric: bool = False  # right-aligned; never wrapped
    wrap: bool = False  # text that may wrap between its pieces
    max_lines: int | None = None  # a wrapping cell's most lines (a name: 2); None: as many as it takes
    tones: Sequence[str] = ()  # how each cell should look where there is colour ("good", "bad"…), or ""

    @functools.cached_property
    def natural(self) -> int:
        return max([width(unbroken(self.header)), *(width(line) for cell in self.cells for line in cell.split("\n"))])

    @functools.cached_property
    def header_min(self) -> int:
        floor = header_floor(self.header)
        return _smallest(lambda w: len(wrap_header(self.header, w)) <= HEADER_LINES, floor, max(floor, self.natural))

    @functools.cached_property
    def cells_min(self) -> int:
        whole = max((width(line) for cell in self.cells for line in cell.split("\n")), default=0)
        if not self.wrap:
            return whole
        floor = max((longest_piece(cell) for cell in self.cells), default=0)
        if self.max_lines is None:
            return max(floor, min(whole, MIN_WRAP))
        return _least_in_lines(tuple(self.cells), self.max_lines, floor, whole)

    @property
    def least(self) -> int:
        return max(self.header_min, self.cells_min)


@functools.lru_cache(maxsize=64)
def _least_in_lines(cells: tuple[str, ...], lines: int, floor: int, whole: int) -> int:
    """The narrowest width at which every cell wraps onto at most `lines` lines. Cached: each narrower
    variant of a table asks again of the same cells."""
    # No cell fits narrower than its width shared over its lines: the search starts there, and for a
    # long text the answer is a column or two above it.
    low = max([floor, *(-(-width(cell) // lines) for cell in cells)])
    return _smallest(lambda w: all(len(wrap_cells(cell, w)) <= lines for cell in cells), low, max(low, whole))


def _smallest(test: object, low: int, high: int) -> int:
    """The smallest width in [low, high] passing `test` (monotonic: wider always passes if narrower does;
    `high` is taken to pass). Galloping up from `low`, then halving: few tests when the answer is near `low`."""
    assert callable(test)
    if high <= low:
        return max(low, high)
    step = 1
    probe = low
    while probe < high and not test(probe):
        low = probe + 1
        probe = min(high, low + step)
        step *= 2
    high = probe
    while low < high:
        middle = (low + high) // 2
        if test(middle):
            high = middle
        else:
            low = middle + 1
    return low


def fit(cols: Sequence[Col], budget: int, gap: int = len(GAP)) -> list[int] | None:
    """Column widths within `budget` columns (gaps included), or None when the table cannot fit whole.

    First every column at its natural width; then the widest headers wrap, one column at a time; then the
    wrapping columns narrow, the widest first. Numbers keep their whole width throughout.
    """
    widths = [col.natural for col in cols]
    spare = budget - (sum(widths) + gap * (len(cols) - 1))
    if spare >= 0:
        return widths
    # Headers wider than their cells wrap, the one that saves most first.
    for index in sorted(range(len(cols)), key=lambda i: (cols[i].cells_min - widths[i], i)):
        col = cols[index]
        target = max(col.header_min, col.cells_min if not col.wrap else widths[index])
        if target >= widths[index]:
            continue
        needed = min(widths[index] - target, -spare)
        # A header wraps whole lines: take the narrowest width at which it still has its fewest lines.
        narrower = widths[index] - needed
        lines = len(wrap_header(col.header, narrower))
        best = _smallest(lambda w, c=col, n=lines: len(wrap_header(c.header, w)) <= n, target, narrower)
        spare += widths[index] - best
        widths[index] = best
        if spare >= 0:
            return widths
    # Wrapping columns narrow: free text (a sentence) first, down to a comfortable width; then names,
    # within their lines; then free text down to its narrowest. The widest of each kind goes first.
    for kind, floor in ((True, COMFORTABLE), (False, 0), (True, 0)):
        spare = _narrow(cols, widths, spare, lambda col, k=kind: col.wrap and (col.max_lines is None) == k, floor)
        if spare >= 0:
            return widths
    return None


COMFORTABLE = 24  # free text keeps this width while names give way


def _narrow(cols: Sequence[Col], widths: list[int], spare: int, chosen: object, floor: int) -> int:
    assert callable(chosen)
    while spare < 0:
        lows = {i: max(col.least, min(col.natural, floor)) for i, col in enumerate(cols) if chosen(col)}
        candidates = [i for i, low in lows.items() if widths[i] > low]
        if not candidates:
            return spare
        index = max(candidates, key=lambda i: (widths[i], -i))
        others = sorted((widths[i] for i in candidates if i != index), reverse=True)
        step = widths[index] - max(others[0] if others else 0, lows[index])
        step = max(1, min(step, -spare))
        widths[index] -= step
        spare += step
    return spare


HEADER = -1
RULE = -2
TEXT = -3  # a line of its own (a title, a note)


@dataclass(frozen=True)
class Piece:
    """A piece of a laid-out line: its text (padded where it is a cell), and which row and column it is."""

    text: str
    row: int  # the body row, or HEADER, RULE, TEXT
    column: int  # -1 for a gap
    tone: str = ""  # how it should look where there is colour: "header", "title", "good", "bad"…


Line = list[Piece]


def table_lines(cols: Sequence[Col], widths: Sequence[int], rule: str = "-", gap: str = GAP) -> list[Line]:
    """The header (wrapped within its width, bottom-aligned), a rule, then every row, its cells wrapped.

    A wrapping column is as wide as its widest wrapped line: a name wrapped evenly leaves no gap beside it.
    """
    out: list[Line] = []
    widths = list(widths)
    for index, col in enumerate(cols):
        if col.wrap and col.cells:
            used = [width(line) for cell in col.cells for line in balanced(cell, widths[index])]
            used += [width(line) for line in wrap_header(col.header, widths[index])]
            widths[index] = min(widths[index], max(used))

    def emit(cells: list[list[str]], row: int, bottom: bool) -> None:
        height = max(len(lines) for lines in cells)
        if bottom:
            cells = [[""] * (height - len(lines)) + lines for lines in cells]
        for number in range(height):
            line: Line = []
            for index, lines in enumerate(cells):
                if index:
                    line.append(Piece(gap, row, -1))
                text = lines[number] if number < len(lines) else ""
                line.append(Piece(pad(text, widths[index], cols[index].numeric), row, index, _tone(cols[index], row)))
            out.append(line)

    emit([wrap_header(col.header, widths[i]) for i, col in enumerate(cols)], HEADER, bottom=True)
    out.append([Piece(rule * (sum(widths) + len(gap) * (len(cols) - 1)), RULE, -1, "rule")])
    for row in range(len(cols[0].cells) if cols else 0):
        cells = []
        for index, col in enumerate(cols):
            cell = col.cells[row]
            cells.append(balanced(cell, widths[index]) if col.wrap else cell.split("\n"))
        emit(cells, row, bottom=False)
    return out


def _tone(col: Col, row: int) -> str:
    if row == HEADER:
        return "header"
    return col.tones[row] if row < len(col.tones) else ""


def blocks(cols: Sequence[Col], budget: int, field: str, skip: frozenset[str], indent: int = 2, aside: int | None = None) -> list[Line]:
    """One block per row, for a width no table fits: the first cell as its heading (with the `aside`
    column's cell beside it, a status), then each other column's "header value" (`field` with {name} and
    {value}), packed into lines, an empty cell left out."""
    out: list[Line] = []
    room = max(1, budget - indent)
    for row in range(len(cols[0].cells) if cols else 0):
        if row:
            out.append([Piece("", TEXT, -1)])
        heading = [[Piece(text, row, 0, "heading")] for text in wrap_cells(cols[0].cells[row].replace("\n", ""), budget)]
        if aside is not None:
            beside = cols[aside].cells[row]
            last = heading[-1]
            if width(last[0].text) + len(GAP) + width(beside) <= budget:
                last += [Piece(GAP, row, -1), Piece(beside, row, aside, _tone(cols[aside], row))]
            else:
                heading.append([Piece(beside, row, aside, _tone(cols[aside], row))])
        out += heading
        line: Line = []
        used = 0
        for index, col in enumerate(cols[1:], start=1):
            value = col.cells[row].replace("\n", "")
            if value in skip or index == aside:
                continue
            text = field.format(name=unbroken(col.header).replace("\n", ""), value=value)
            for part in wrap_cells(text, room) if width(text) > room else [text]:
                size = width(part)
                if line and used + len(GAP) + size > budget:
                    out.append(line)
                    line = []
                if not line:
                    line, used = [Piece(" " * indent, row, -1)], indent
                else:
                    line.append(Piece(GAP, row, -1))
                    used += len(GAP)
                line.append(Piece(part, row, index, _tone(col, row)))
                used += size
        if line:
            out.append(line)
    return out


def joined(lines: Sequence[Line]) -> str:
    """Lines of pieces as plain text, each without trailing spaces."""
    return "".join("".join(piece.text for piece in line).rstrip() + "\n" for line in lines)


def text_lines(text: str, limit: int, tone: str = "") -> list[Line]:
    """A paragraph of its own (a title, a note) wrapped within `limit`, as lines of one piece."""
    return [[Piece(line, TEXT, -1, tone)] for line in wrap_cells(text, limit)]
