"""Exact decimal arithmetic: the bounds of a stored number, the working context, one rounding, plain text."""

from __future__ import annotations

import decimal
import functools
import math
from collections.abc import Callable
from decimal import ROUND_05UP, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import ParamSpec, TypeVar

from jctrack.words.messages import Msg

HUNDRED = Decimal(100)

# What a stored number may be. Every figure an office keeps fits (a province's output in 元 is
# below 10^16), and the bound keeps a typo or a damaged file from making numbers of millions of
# digits that no later command could print or parse.
MAX_INTEGER_DIGITS = 20
MAX_PLACES = 15

# Inputs have at most 35 digits; 80 digits of working precision keep every sum and product exact.
# A quotient is rounded to 80 digits with ROUND_05UP, which records "inexact" in its last digit, so
# the one rounding at the end (half-up or half-even to a few places) is the same as rounding the
# exact value: no double rounding, however close the value lies to a tie.
WORKING = decimal.Context(
    prec=80,
    rounding=ROUND_05UP,
    Emax=999_999,
    Emin=-999_999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


class Rounding(StrEnum):
    HALF_UP = "half-up"  # 四舍五入, the default
    HALF_EVEN = "half-even"  # GB/T 8170 四舍六入五成双


_MODES = {Rounding.HALF_UP: ROUND_HALF_UP, Rounding.HALF_EVEN: ROUND_HALF_EVEN}

P = ParamSpec("P")
R = TypeVar("R")


def exact(function: Callable[P, R]) -> Callable[P, R]:
    """Run a calculation in the working context, whatever context the caller has."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(WORKING):
            return function(*args, **kwargs)

    return wrapper


def out_of_bounds(value: Decimal) -> Msg | None:
    """Why a finite number cannot be stored, or None when it can.

    The places are the value's, not its literal's: 1.0e-15 and 0.0000000000000010 are 10^-15, which
    has 15 places, as 0.000000000000001 has (see `within_places`, which drops the zeros beyond them).
    """
    if value.adjusted() >= MAX_INTEGER_DIGITS:
        return Msg.TOO_MANY_DIGITS
    _, digits, exponent = value.as_tuple()
    if isinstance(exponent, int) and exponent < -MAX_PLACES and any(digits):  # a zero has no places
        trailing_zeros = len(digits) - len(bytes(digits).rstrip(b"\0"))
        if -exponent - trailing_zeros > MAX_PLACES:
            return Msg.TOO_MANY_PLACES
    return None


_MOST_PLACES = Decimal(1).scaleb(-MAX_PLACES)


def within_places(value: Decimal) -> Decimal:
    """A value in bounds written with at most MAX_PLACES decimals: only trailing zeros are dropped
    (1.0e-15 → 1e-15), so that every later calculation sees at most 35 significant digits."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_PLACES:
        return value.quantize(_MOST_PLACES, context=WORKING)
    return value


def literal_in_bounds(text: str) -> bool:
    """A quick test of a number as written: short literals without an exponent always fit."""
    return len(text) <= MAX_PLACES + 1 and "e" not in text and "E" not in text


# Rounding runs hundreds of thousands of times for a district's tables: one context per mode, given to
# quantize directly, costs a fraction of entering a local context each time. Its precision holds the
# rounded result of any value up to 10^95 at a few places; a larger one takes the general path.
_ROUNDING_PRECISION = 100
_ROUNDING_CONTEXTS: dict[str, decimal.Context] = {
    mode.value: decimal.Context(prec=_ROUNDING_PRECISION, rounding=rule, Emax=999_999, Emin=-999_999, traps=[decimal.InvalidOperation])
    for mode, rule in _MODES.items()
}
_QUANTA = {places: Decimal(1).scaleb(-places) for places in range(MAX_PLACES + 1)}


def round_to(value: Decimal, places: int, rounding: str = Rounding.HALF_UP) -> Decimal:
    """Round once, at the end, to `places` decimals (half-up 四舍五入 by default)."""
    context = _ROUNDING_CONTEXTS.get(rounding)
    if context is None:
        context = _ROUNDING_CONTEXTS[Rounding(rounding).value]  # an unknown rule is refused here, as ever
    quantum = _QUANTA.get(places)
    if quantum is not None and value.adjusted() + places + 2 <= _ROUNDING_PRECISION:
        return value.quantize(quantum, context=context)
    # Enough precision that quantize never fails, however large the value.
    precision = max(28, value.adjusted() + places + 2)
    with decimal.localcontext(prec=precision):
        return value.quantize(Decimal(1).scaleb(-places), rounding=_MODES[Rounding(rounding)])


def decimal_places(number: Decimal) -> int:
    """How many decimals a figure was written with: 15 → 0, 14.4 → 1, 14.40 → 2."""
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def plain(value: Decimal) -> str:
    """A number as people write it, never in exponent form: 0.48, 230, 1392476."""
    return format(value, "f")


@exact
def normalize(value: Decimal) -> Decimal:
    """Drop trailing zeros a conversion introduced (0.4800 → 0.48) without using exponent form.

    A value no figure can be (infinite, or with more digits than the working precision: a spreadsheet's
    1.5e300) is returned as it is, for the bounds check to refuse with a message.
    """
    if not value.is_finite() or value.adjusted() >= WORKING.prec:
        return value
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def float_text(number: float) -> str:
    """A spreadsheet's binary float as the decimal it stands for: the shortest repr, at most Excel's 15 digits."""
    text = repr(number)
    if not math.isfinite(number):
        return text  # a cell of 1.5e400 reads as inf: refused as no figure, naming its cell
    digits = Decimal(text).as_tuple().digits
    if len(digits) > 15:
        text = format(number, ".15g")
    if out_of_bounds(Decimal(text)):
        return repr(number)  # 1.5e+300: refused as no figure, naming its cell
    return plain(normalize(Decimal(text)))
