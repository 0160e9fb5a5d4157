"""Figures as intervals: a printed figure stands for every value its printing allows, and arithmetic keeps the bounds."""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from jctrack.decimals import HUNDRED
from jctrack.textread.document import Mention
from jctrack.textread.numbers import Token

if TYPE_CHECKING:
    from jctrack.audit_forms.finding import Reason


@dataclass(slots=True)
class Num:
    """A figure with the interval its printing allows: 1.78亿元 is [1.775, 1.785]; a stored value is exact.

    `certain` is False when the figure was found only by a similar name: it may then show a figure is
    consistent, but never that it is wrong.
    """

    exact: Decimal
    low: Decimal
    high: Decimal
    shown: str | Reason | None = None
    certain: bool = True

    @classmethod
    def printed(cls, token: Token, value: Decimal | None = None, *, shown: str | Reason | None = None, certain: bool = True) -> Num:
        """A figure as printed, in the unit `value` is in (the token's own when not given)."""
        low, high = token.bounds()
        if value is None or value == token.number:
            return cls(token.number, low, high, token.printed if shown is None else shown, certain)
        scale = _scale(value, token.number)
        return cls(value, low * scale, high * scale, token.printed if shown is None else shown, certain)

    @classmethod
    def of(cls, mention: Mention, value: Decimal | None = None, *, certain: bool = True) -> Num:
        """An amount of the text, targets included (目标50亿元 is [49.5, 50.5)): printed, so rounded."""
        return cls.printed(mention.token, value, certain=certain)

    @classmethod
    def known(cls, value: Decimal, shown: str | Reason | None = None, certain: bool = True) -> Num:
        return cls(value, value, value, shown, certain)

    def labelled(self, shown: str | Reason | None) -> Num:
        return Num(self.exact, self.low, self.high, shown, self.certain)

    # The arithmetic runs in the exact working context the auditor sets for each sentence.

    def __add__(self, other: Num) -> Num:
        return Num(self.exact + other.exact, self.low + other.low, self.high + other.high, None, self.certain and other.certain)

    def __sub__(self, other: Num) -> Num:
        return Num(self.exact - other.exact, self.low - other.high, self.high - other.low, None, self.certain and other.certain)

    def __mul__(self, other: Num) -> Num:
        corners = [a * b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Num(self.exact * other.exact, min(corners), max(corners), None, self.certain and other.certain)

    def __truediv__(self, other: Num) -> Num:
        if other.low <= 0 <= other.high or other.exact == 0:
            raise ZeroDivisionError("an interval that reaches zero")
        corners = [a / b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Num(self.exact / other.exact, min(corners), max(corners), None, self.certain and other.certain)

    def scaled(self, factor: Decimal) -> Num:
        values = (self.low * factor, self.high * factor)
        return Num(self.exact * factor, min(values), max(values), self.shown, self.certain)

    def shifted(self, amount: Decimal) -> Num:
        return Num(self.exact + amount, self.low + amount, self.high + amount, self.shown, self.certain)

    @property
    def positive(self) -> bool:
        return self.low > 0

    def root(self, years: int) -> Num:
        """The n-th root, for average growth: monotone, so the interval maps end to end."""
        if self.low <= 0:
            raise ZeroDivisionError("no root of a range that reaches zero")
        power = Decimal(1) / Decimal(years)
        return Num(_pow(self.exact, power), _pow(self.low, power), _pow(self.high, power), None, self.certain)


def _scale(value: Decimal, number: Decimal) -> Decimal:
    return value / number if number else Decimal(1)


def _pow(value: Decimal, power: Decimal) -> Decimal:
    # 34 digits are far more than a rate to one or two decimals needs, and ln/exp at 80 are slow.
    with decimal.localcontext(prec=34):
        return +(value.ln() * power).exp()


ONE = Num.known(Decimal(1))


def percent_growth(current: Num, base: Num) -> Num:
    """(current / base − 1) × 100."""
    return ((current / base) - ONE).scaled(HUNDRED)


def percent(part: Num, whole: Num) -> Num:
    return (part / whole).scaled(HUNDRED)
