"""Report text made uniform before it is read, and made safe before any of it is shown."""

from __future__ import annotations

import unicodedata

from jctrack.textread.patterns import TextPattern
from jctrack.textread.traditional import FOLD
from jctrack.textwidth import width

# Dashes of every width read as the hyphen of 1-10月; line ends as \n; traditional characters as simplified.
_UNIFORM: dict[int, int] = {**str.maketrans("—–―‐‑−\r", "------\n"), **FOLD}

# The full-width comma is kept as it is: it separates clauses and is never a thousands separator,
# while the ASCII comma after NFKC may be either (1,392,476万元).
CLAUSE_COMMA = "，"


def normalize(text: str) -> str:
    """NFKC (full-width digits, %, brackets and punctuation to ASCII), keeping the full-width comma;
    traditional characters folded to simplified (see `traditional`)."""
    text = text.replace("\r\n", "\n")
    if not unicodedata.is_normalized("NFKC", text):
        text = CLAUSE_COMMA.join(unicodedata.normalize("NFKC", piece) for piece in text.split(CLAUSE_COMMA))
    return text.translate(_UNIFORM)


# A line broken by a fixed width (an e-mail, jctrack's own text report, a terminal copy) goes on in the
# next line; a paragraph ends with its full stop, or the next one starts indented or with a list marker.
_WRAPPED_WIDTH = 50  # columns: a heading or a short last line is narrower than any width text is wrapped at
_SHORT_OF_FULL = 12  # columns a full line may fall short of the wrap width (a figure moved whole to the next)
_PARAGRAPH_END = "。！？!?:：》”"
# 一、 （一） (1) 1、 1. (not 5.0个百分点, a figure wrapped onto the line) and bullets.
_LIST_START = TextPattern(
    "list item", r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:、|[.．](?!\d))|[-*•·](?!\d)", window=12
)


def unwrap(text: str) -> str:
    """Hard-wrapped paragraphs joined back into one line each, so that a period or a name said at the end
    of a line still holds at the start of the next (the reader takes each line for a paragraph).

    A line goes on in the next only if it is full: about as wide as the text's wrapped lines (the median
    of its lines of 50 columns or more, less what a number kept whole or a closing mark can leave). A
    text of one paragraph a line has no such width, so a long heading is never joined to what follows.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    wide = sorted(w for w in map(width, lines) if w >= _WRAPPED_WIDTH)
    if not wide:
        return text
    full = max(_WRAPPED_WIDTH, wide[len(wide) // 2] - _SHORT_OF_FULL)
    out = [lines[0]]
    physical = lines[0]  # the last line as it was printed, not as joined so far
    for line in lines[1:]:
        if _continues(physical, line, full):
            previous = out[-1]
            ascii_words = previous[-1].isascii() and previous[-1].isalnum() and line[0].isascii() and line[0].isalnum()
            out[-1] = previous + (" " if ascii_words else "") + line
        else:
            out.append(line)
        physical = line
    return "\n".join(out)


def _continues(previous: str, line: str, full: int) -> bool:
    last = previous.rstrip()
    if not last or not line or line[0].isspace() or last[-1] in _PARAGRAPH_END or _LIST_START.match(line):
        return False
    if "  " in last.lstrip() or "  " in line.rstrip():
        return False  # a row of a table laid out in columns: each line is a row of its own
    return width(previous) >= full


# C0 and C1 controls, DEL, and the marks that reorder text on screen, in a visible form.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))}
_CONTROLS.update({code: f"\\u{code:04x}" for code in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def visible(text: str) -> str:
    """Text that is safe on a terminal: control characters shown as \\x1b, never acted on."""
    return text if text.isprintable() else text.translate(_CONTROLS)


def excerpt(text: str, start: int, end: int, lower: int, upper: int, width: int = 60) -> str:
    """The words around text[start:end], at most `width` characters either side, within [lower, upper).

    An ellipsis marks each side that was cut; control characters are made visible.
    """
    left = max(lower, start - width)
    right = min(upper, end + width)
    return visible(("…" if left > lower else "") + text[left:right] + ("…" if right < upper else ""))
