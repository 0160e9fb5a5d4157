"""How many terminal columns text takes: CJK characters two, combining marks none, everything else one."""

from __future__ import annotations

import functools
import unicodedata


@functools.lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width(text: str) -> int:
    """Columns `text` takes in a terminal (an ASCII-only text is its length)."""
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)
