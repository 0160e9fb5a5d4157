"""Report text made uniform before it is read, and made safe before any of it is shown."""

from __future__ import annotations

import unicodedata

from jctrack.textread.traditional import FOLD

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
