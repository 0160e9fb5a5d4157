"""Units of measure and the parsing of numbers typed with them (`4800万元`, `1,392,476`, `91.9%`).

A unit is an optional Chinese magnitude (十, 百, 千, 万, 十万, 百万, 千万, 亿, 万亿) before a base unit,
which may be any word an office uses (元, 美元, 吨标准煤, 人次, 起, 公里…). Values convert between two
units of the same base (4800万元 → 0.48亿元), and between the few bases whose ratio is exact by
definition (平方公里, 公顷, 平方米, 亩), only when the result is an exact decimal.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction

from jctrack.decimals import WORKING, normalize, out_of_bounds, within_places
from jctrack.errors import InputError
from jctrack.words.messages import Msg

PERCENT = "%"

# Longest first, so 十万 wins over 十 and 万亿 over 万.
MAGNITUDES: dict[str, int] = {
    "万亿": 10**12,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "亿": 10**8,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
    "十": 10,
}

# Bases that begin with a magnitude's character: 千瓦时 is not 千 × 瓦时.
_COMPOUND_BASES = ("千瓦时", "千瓦", "千克", "千米", "百分点", "十分位")

# Bases of one dimension, with their exact size in the dimension's first base (公顷 = 15 亩 by definition).
DIMENSIONS: dict[str, dict[str, Fraction]] = {
    "area": {"平方米": Fraction(1), "公顷": Fraction(10_000), "平方公里": Fraction(1_000_000), "亩": Fraction(10_000, 15)},
    "length": {"米": Fraction(1), "公里": Fraction(1000), "千米": Fraction(1000)},
    "mass": {"吨": Fraction(1), "千克": Fraction(1, 1000), "公斤": Fraction(1, 1000), "斤": Fraction(1, 2000)},
    "energy": {"千瓦时": Fraction(1), "度": Fraction(1)},
}

# Units every office uses, for help texts and for finding figures in report text.
COMMON_UNITS = (
    "元", "千元", "万元", "百万元", "千万元", "亿元", "万亿元", "美元", "万美元", "亿美元",
    "吨", "万吨", "吨标准煤", "万吨标准煤", "平方米", "万平方米", "亩", "万亩", "公顷", "平方公里", "公里",
    "千瓦时", "万千瓦时", "亿千瓦时", "%",
    "家", "个", "户", "人", "万人", "人次", "万人次", "项", "件", "辆", "处", "所", "套", "台", "起", "宗", "批",
)  # fmt: skip

# The units report text is searched for (`audit`, `extract`), by family, with their sizes.
UNIT_FAMILIES: dict[str, dict[str, Decimal]] = {
    "money": {
        "元": Decimal(1),
        "千元": Decimal(1000),
        "万元": Decimal(10_000),
        "百万元": Decimal(1_000_000),
        "千万元": Decimal(10_000_000),
        "亿元": Decimal(100_000_000),
    },
    "mass": {"吨": Decimal(1), "万吨": Decimal(10_000)},
    "area": {"平方米": Decimal(1), "万平方米": Decimal(10_000)},
    "land": {"亩": Decimal(1), "万亩": Decimal(10_000)},
    "energy": {"千瓦时": Decimal(1), "万千瓦时": Decimal(10_000), "亿千瓦时": Decimal(100_000_000)},
    "percent": {"%": Decimal(1)},
}  # fmt: skip

# Bases of things counted: an indicator kept in one of them is a count (whole numbers) unless said otherwise.
COUNTING_BASES = frozenset(("家", "个", "户", "人", "人次", "项", "件", "辆", "处", "所", "套", "台", "起", "宗", "批"))

# Shorthand people type after a number, read as the full unit.
UNIT_SHORTHAND = {"亿": "亿元", "万": "万元", "％": "%", "元人民币": "元"}

_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")  # matched whole
MAX_UNIT_LENGTH = 12


@dataclass(frozen=True)
class Unit:
    """A unit as a magnitude times a base: 万吨标准煤 is 10⁴ × 吨标准煤."""

    text: str
    magnitude: int
    base: str

    @property
    def dimension(self) -> str:
        """What it measures: bases of one dimension convert into each other; any other base only into itself."""
        for name, bases in DIMENSIONS.items():
            if self.base in bases:
                return name
        return f"base:{self.base}"

    @property
    def size(self) -> Fraction:
        """The unit's size in its dimension's first base."""
        return self.magnitude * DIMENSIONS.get(self.dimension, {}).get(self.base, Fraction(1))


@functools.lru_cache(maxsize=1024)
def parse_unit(text: str) -> Unit:
    """Split a unit into its magnitude and base; refuse what cannot be a unit."""
    unit = text.strip()
    if not _is_unit_word(unit):
        raise InputError(Msg.BAD_UNIT, unit=text, units=", ".join(COMMON_UNITS))
    if unit == PERCENT or unit in _COMPOUND_BASES:
        return Unit(unit, 1, unit)
    for prefix, factor in MAGNITUDES.items():
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return Unit(unit, factor, unit[len(prefix) :])
    return Unit(unit, 1, unit)


def _is_unit_word(text: str) -> bool:
    if text == PERCENT:
        return True
    if not text or len(text) > MAX_UNIT_LENGTH:
        return False
    return all(unicodedata.category(char)[0] in "LS" and char not in "%$" for char in text)


def known_units() -> list[str]:
    """Units every office uses, for help texts and error messages (any other word works too)."""
    return list(COMMON_UNITS)


def check_unit(unit: str) -> str:
    """Return the unit if it can be one, else refuse it."""
    parse_unit(unit)
    return unit


@functools.cache
def _known_bases() -> frozenset[str]:
    bases = {parse_unit(unit).base for unit in COMMON_UNITS}
    return frozenset(bases | COUNTING_BASES | {base for dimension in DIMENSIONS.values() for base in dimension})


def is_recognized(text: str) -> bool:
    """Whether text is a unit every office would recognise (a magnitude before a known base: 万元, 亿美元,
    万吨标准煤, %), for telling a unit from other words in a table; any word may still be an indicator's unit."""
    try:
        return text == PERCENT or parse_unit(text).base in _known_bases()
    except InputError:
        return False


def is_counting(unit: str) -> bool:
    """Whether a unit counts things (家, 个, 万人次…)."""
    try:
        return parse_unit(unit).base in COUNTING_BASES
    except InputError:
        return False


def is_money(unit: str) -> bool:
    return unit != PERCENT and parse_unit(unit).base == "元"


def family_of(unit: str) -> str | None:
    """The dimension a unit measures ("money" for 元, "percent" for %), or None when it is no unit at all."""
    try:
        parsed = parse_unit(unit)
    except InputError:
        return None
    if unit == PERCENT:
        return "percent"
    if parsed.base == "元":
        return "money"
    return parsed.dimension


def conversion_factor(source: str, target: str) -> Fraction | None:
    """How many `target` one `source` is, exactly; None when they measure different things."""
    if source == target:
        return Fraction(1)
    if PERCENT in (source, target):
        return None
    first, second = parse_unit(source), parse_unit(target)
    if first.dimension != second.dimension:
        return None
    return first.size / second.size


def convert(value: Decimal, source: str, target: str) -> Decimal | None:
    """`value` in `source` expressed in `target`, exactly; None when the units differ in kind or the result
    is not a finite decimal (1亩 in 公顷 is 0.0666…)."""
    factor = conversion_factor(source, target)
    if factor is None:
        return None
    with localcontext(WORKING):
        exact = Fraction(value) * factor
        if not _finite_decimal(exact.denominator):
            return None
        return normalize(Decimal(exact.numerator) / Decimal(exact.denominator))


def _finite_decimal(denominator: int) -> bool:
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return denominator == 1


def parse_decimal(text: str, what: Msg | str = Msg.VALUE) -> Decimal:
    """Read a plain number (thousands separators and full-width digits allowed) exactly."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("，", ",")
    match = _NUMBER.fullmatch(cleaned)
    if not match:
        raise InputError(Msg.NOT_A_NUMBER, what=what, text=text)
    sign, whole, fraction = match.groups()
    try:
        return bounded(Decimal(sign + whole.replace(",", "") + (fraction or "")), what)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        raise InputError(Msg.NOT_A_NUMBER, what=what, text=text) from None


def bounded(value: Decimal, what: object = Msg.VALUE) -> Decimal:
    """The value, if jctrack can keep it; else an error saying what is wrong with it."""
    problem = out_of_bounds(value)
    if problem is not None:
        shown = str(value) if len(str(value)) <= 40 else str(value)[:20] + "…"
        raise InputError(Msg.OUT_OF_BOUNDS, what=what, value=shown, problem=problem)
    return within_places(value)


def split_number_unit(text: str, what: Msg | str = Msg.VALUE) -> tuple[str, str]:
    """Split `4800万元` into ('4800', '万元'); the unit part may be empty."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = re.fullmatch(r"([+-]?[\d,]*\.?\d*)\s*([^\d.,+-].*)?", cleaned, re.DOTALL)
    if not match or not re.search(r"\d", match.group(1)):
        raise InputError(Msg.NOT_A_QUANTITY, what=what, text=text)
    return match.group(1), (match.group(2) or "").strip()


def _shorthand(unit: str, target_unit: str) -> str:
    """A unit written short: 4800万 of 亿元 is 4800万元, 1.2万 of 家 is 1.2万家 — a bare magnitude takes
    the indicator's own base; ％ is %."""
    if unit in MAGNITUDES:
        try:
            return unit + parse_unit(target_unit).base
        except InputError:
            return UNIT_SHORTHAND.get(unit, unit)
    return UNIT_SHORTHAND.get(unit, unit)


def parse_quantity(text: str, target_unit: str, what: Msg | str = Msg.VALUE) -> Decimal:
    """Read `text` as a number in `target_unit`, converting a unit of the same kind exactly."""
    number_text, unit = split_number_unit(text, what)
    number = parse_decimal(number_text, what)
    if not unit:
        return number
    unit = _shorthand(unit, target_unit)
    if unit == target_unit:
        return number
    try:
        parse_unit(unit)
    except InputError:
        raise InputError(Msg.UNKNOWN_UNIT_IN, unit=unit, text=text, units=", ".join(known_units())) from None
    if conversion_factor(unit, target_unit) is None:
        raise InputError(Msg.CANNOT_CONVERT, unit=unit, target=target_unit, what=what)
    try:
        converted = convert(number, unit, target_unit)
    except ArithmeticError:  # beyond even the working precision: no stored figure is near it
        raise InputError(Msg.OUT_OF_BOUNDS, what=what, value=text[:40], problem=Msg.TOO_MANY_DIGITS) from None
    if converted is None:
        raise InputError(Msg.INEXACT_CONVERSION, text=text, target=target_unit)
    return bounded(converted, what)
