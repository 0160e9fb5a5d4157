"""Text that is safe to keep and safe to show: what a stored text may not contain, and how text from
anywhere is made harmless for a terminal, a Markdown page, a spreadsheet's CSV and an XLSX cell.

Stored text (names, notes, sources…) may not contain control characters: a terminal would obey ESC, BEL
or a carriage return in a name, and a direction override would show a figure reversed. They are refused
when typed and when the file is read (model.check_text). Text that reaches an output from elsewhere (a
report given to `audit`, a cell of an imported table, an error message quoting it) is shown with each
such character written out as an escape (\\x1b, \\u202e), never obeyed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# C0 controls (tab and line feed too), DEL, the C1 controls, the Unicode line and paragraph separators,
# and the bidirectional embeddings, overrides and isolates that reorder what a reader sees.
FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# No character at all: half of a surrogate pair, which is what a byte that is not UTF-8 becomes in a
# command-line argument; no file can hold one.
NOT_TEXT = re.compile("[\ud800-\udfff]")
# What is written out wherever text is shown: the forbidden characters, those that are no character,
# and the two non-characters XML (and so an XLSX cell) cannot hold.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")

# What a spreadsheet takes for the start of a formula (OWASP's list: = + - @, tab and carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def first_forbidden(text: str) -> str | None:
    """The first character of `text` that stored text may not contain, or None."""
    match = FORBIDDEN.search(text)
    return None if match is None else match.group()


def first_not_text(text: str) -> str | None:
    """The first half of a surrogate pair in `text` (no character; no file can hold one), or None."""
    match = NOT_TEXT.search(text)
    return None if match is None else match.group()


def codepoint(char: str) -> str:
    """A character named by its code point, as a message shows it: U+001B."""
    return f"U+{ord(char):04X}"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """`text` with every control, separator and direction character written out as an escape (ESC as
    \\x1b, U+202E as \\u202e), so that a terminal or a reader sees it instead of obeying it.

    `keep` names characters left as they are: "\\n" for a multi-line document whose line breaks are its own.
    """
    if _UNSHOWN.search(text) is None:
        return text
    if not keep:
        return _UNSHOWN.sub(_escape, text)
    return _UNSHOWN.sub(lambda match: match.group() if match.group() in keep else _escape(match), text)


def is_plain_number(text: str) -> bool:
    """A number a spreadsheet reads as a number (-5, -0.3, +2, 1e3, 12.5%): left as it is in a CSV."""
    return _PLAIN_NUMBER.fullmatch(text) is not None


def spreadsheet_cell(text: str) -> str:
    """A CSV cell that Excel or WPS cannot take for a formula: a cell starting with = + - @, a tab or a
    carriage return gets a leading apostrophe (=HYPERLINK(…) becomes '=HYPERLINK(…)), a plain number
    such as -5 stays a number, and a cell that already starts with an apostrophe before one of those (or
    before another apostrophe) gets one more, so that `from_spreadsheet_cell` gives every text back exactly.
    Control characters are written out as escapes.
    """
    text = visible(text)
    if not text or is_plain_number(text):
        return text
    if text.startswith(FORMULA_STARTS) or _guarded(text):
        return FORMULA_GUARD + text
    return text


def from_spreadsheet_cell(text: str) -> str:
    """A cell of jctrack's CSV as it was before `spreadsheet_cell` guarded it: one leading apostrophe is
    taken off where it stands before = + - @, a tab, a carriage return or another apostrophe."""
    return text[1:] if _guarded(text) else text


def _guarded(text: str) -> bool:
    return len(text) > 1 and text[0] == FORMULA_GUARD and (text[1] == FORMULA_GUARD or text[1] in FORMULA_STARTS)


_MARKDOWN = {"\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "&": "&amp;", "[": "\\[", "]": "\\]"}
_MARKDOWN_SPECIAL = re.compile(r"[\\|<>&\[\]]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")


def markdown_text(text: str) -> str:
    """Text for a Markdown table cell or paragraph: no raw HTML (< > &), no cell break (|), no link
    ([ ]), and no line break to end a table row (each becomes a space); other controls as escapes."""
    text = _LINE_BREAKS.sub(" ", text)
    return visible(_MARKDOWN_SPECIAL.sub(lambda match: _MARKDOWN[match.group()], text))


def xlsx_value(value: object) -> object:
    """A value for an XLSX cell that openpyxl can always write and Excel always open: a string's control
    characters, surrogates and U+FFFE/U+FFFF (which XML cannot hold) as escapes, except the line break a
    wrapped cell holds (a header on two lines); any other value as it is."""
    return visible(value, keep="\n") if isinstance(value, str) else value


def xlsx_rows(rows: Iterable[Iterable[object]]) -> list[list[object]]:
    """Every cell of `rows` made writable to XLSX (see `xlsx_value`)."""
    return [[xlsx_value(cell) for cell in row] for row in rows]
