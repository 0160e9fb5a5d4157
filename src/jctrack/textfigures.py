"""Reading figures out of report text — kept for the callers of its first version.

The reading itself lives in `jctrack.textread`: `decode` (bytes to text), `document` (sentences,
figures, names, roles and periods), `numbers`, `periods` and `units`.
"""

from __future__ import annotations

from jctrack.textread.decode import decode, read_stream, read_text
from jctrack.textread.normal import normalize
from jctrack.textread.numbers import Form, Token, parse_number
from jctrack.textread.numbers import figures as _figures
from jctrack.textread.periods import markers

__all__ = ["decode", "month_in", "normalize", "parse_number", "quantities", "read_stream", "read_text"]


def quantities(sentence: str) -> list[Token]:
    """Every amount (a number with a unit) in a normalized sentence."""
    return [token for token in _figures(sentence, 0, len(sentence)) if token.form is Form.AMOUNT]


def month_in(text: str) -> int | None:
    """The month a year-to-date period said in `text` runs to: 1-10月, 截止8月底, 一季度, 上半年…"""
    for marker in markers(text, 0, len(text)):
        if marker.when.month is not None:
            return marker.when.month
    return None
