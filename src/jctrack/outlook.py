"""Where an indicator is heading: the pace the remaining months need, the year projected, last year's seasonal
schedule, the three-colour warning level, growth compounded over years, and a part's pull on its total.

Pure and exact: Decimal throughout (jctrack.decimals' working context), each figure rounded once when shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from jctrack.decimals import HUNDRED, exact, round_to

MONTHS = 12


class Method(StrEnum):
    """How the year is projected: by last year's pace through the year, or by the average month so far."""

    LAST_YEAR = "last-year"  # actual / (last year's 1-m月 / last year's whole year): 按上年进度预计
    LINEAR = "linear"  # actual × 12 / m: 按平均进度预计


class Level(StrEnum):
    """三色预警: green 正常, amber 关注, red 预警."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class Pace:
    """What the remaining months must bring for the year to reach its target (exact figures)."""

    remaining: Decimal  # target − actual (for a ceiling: what is left of it; negative once it is broken)
    months_left: int
    required_monthly: Decimal | None  # remaining / months left: 后N个月月均需完成
    average_so_far: Decimal  # actual / m: 前m个月月均
    ratio: Decimal | None  # required_monthly / average_so_far: 为前m个月月均的X倍
    required_growth: Decimal | None  # growth over last year's same months the rest of the year needs, %


@exact
def pace(actual: Decimal, target: Decimal, month: int, last_year_to_date: Decimal | None, last_year: Decimal | None) -> Pace | None:
    """The required pace in a year-to-date month (1–11): for the months left, per month, against the months so far."""
    if not 1 <= month < MONTHS:
        return None
    months_left = MONTHS - month
    remaining = target - actual
    average = actual / month
    required = remaining / months_left
    ratio = required / average if average > 0 and required > 0 else None
    required_growth = None
    if last_year_to_date is not None and last_year is not None:
        rest_last_year = last_year - last_year_to_date
        if rest_last_year > 0:
            required_growth = (remaining / rest_last_year - 1) * HUNDRED
    return Pace(remaining, months_left, required, average, ratio, required_growth)


@dataclass(frozen=True)
class Projection:
    """The whole year projected from the year to date (exact), and how."""

    value: Decimal
    method: Method
    completion: Decimal | None  # projected / target, % (up indicators)
    ceiling_used: Decimal | None  # projected / target, % (a ceiling: above 100 means it will be broken)
    growth: Decimal | None  # projected / last year's whole year − 1, %
    last_year: Decimal | None = None  # last year's whole year, what the growth is measured on


@exact
def projection(
    actual: Decimal,
    target: Decimal | None,
    month: int,
    last_year_to_date: Decimal | None,
    last_year: Decimal | None,
    ceiling: bool,
) -> Projection | None:
    """预计全年: by last year's seasonal pattern when last year's month and whole year are known, else linear."""
    if not 1 <= month < MONTHS:
        return None
    if last_year_to_date is not None and last_year is not None and last_year_to_date > 0 and last_year > 0:
        value, method = actual * last_year / last_year_to_date, Method.LAST_YEAR
    else:
        value, method = actual * MONTHS / month, Method.LINEAR
    share = None if target is None or target <= 0 else value / target * HUNDRED
    growth = None if last_year is None or last_year <= 0 else (value / last_year - 1) * HUNDRED
    return Projection(value, method, None if ceiling else share, share if ceiling else None, growth, last_year)


@exact
def seasonal_progress(last_year_to_date: Decimal | None, last_year: Decimal | None) -> Decimal | None:
    """按上年同期进度: last year's share of its whole year done by the same month, %; None when it is not known."""
    if last_year_to_date is None or last_year is None or last_year <= 0 or last_year_to_date < 0:
        return None
    return last_year_to_date / last_year * HUNDRED


def level_of(shown_gap: Decimal | None, amber: Decimal, red: Decimal) -> Level | None:
    """The level from the 序时进度差 as printed: green at or above `amber`, red at or below `red`, amber between."""
    if shown_gap is None:
        return None
    if shown_gap >= amber:
        return Level.GREEN
    return Level.RED if shown_gap <= red else Level.AMBER


def compound_growth(current: Decimal, base: Decimal, years: int, places: int, rounding: str) -> Decimal | None:
    """年均增长, rounded to `places` decimals: (current / base)^(1/years) − 1, in %.

    A root is not a finite decimal; the figure is first approximated at 80 digits, then the rounding
    is decided exactly by comparing the ratio with the n-th power of the boundary between the two
    candidates, so a figure on a tie (two years at exactly 2.05%) rounds as the rule says.
    """
    if years <= 0 or base <= 0 or current <= 0:
        return None
    ratio = Fraction(current) / Fraction(base)
    approximate = _approximate_root_growth(current, base, years)
    step = Decimal(1).scaleb(-places)
    low = round_to(approximate, places, "half-up") - step  # a candidate at or below the true value
    while _power(low + step, years) <= ratio:
        low += step
    while _power(low, years) > ratio:
        low -= step
    # Now low ≤ true < low + step: compare with the midpoint, exactly.
    middle = low + step / 2
    at_middle = _power(middle, years)
    if ratio > at_middle:
        return low + step
    if ratio < at_middle:
        return low
    return round_to(middle, places, rounding)  # exactly on the tie: the file's rule decides


@exact
def _approximate_root_growth(current: Decimal, base: Decimal, years: int) -> Decimal:
    return ((current / base) ** (Decimal(1) / years) - 1) * HUNDRED


def _power(growth_pct: Decimal, years: int) -> Fraction:
    return (1 + Fraction(growth_pct) / 100) ** years


@dataclass(frozen=True)
class PartFigures:
    """A part against its total: 占比, its change, 拉动 and 贡献率 (exact)."""

    share: Decimal | None  # part / total, %
    share_change: Decimal | None  # this share − last year's same-period share, 个百分点
    pull: Decimal | None  # Δpart / last year's total, 个百分点 (拉动)
    contribution: Decimal | None  # Δpart / Δtotal, % (贡献率)


@exact
def part_figures(part: Decimal | None, total: Decimal | None, part_before: Decimal | None, total_before: Decimal | None) -> PartFigures:
    share = None if part is None or total is None or total <= 0 else part / total * HUNDRED
    share_before = None if part_before is None or total_before is None or total_before <= 0 else part_before / total_before * HUNDRED
    share_change = None if share is None or share_before is None else share - share_before
    pull = contribution = None
    if part is not None and part_before is not None and total_before is not None and total_before > 0:
        pull = (part - part_before) / total_before * HUNDRED
        if total is not None and total != total_before:
            contribution = (part - part_before) / (total - total_before) * HUNDRED
    return PartFigures(share, share_change, pull, contribution)
