"""Units of measure and the parsing of numbers typed with them (`4800万元`, `1,392,476`, `91.9%`)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation, localcontext

from jctrack.decimals import WORKING, normalize, out_of_bounds
from jctrack.errors import InputError
from jctrack.words.messages import Msg

# Each family maps a unit to its size in the family's smallest unit; values convert only within a family.
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
}

# Units that count things; each is its own family (家 never converts into 个).
COUNT_UNITS = ("家", "个", "户", "人", "人次", "项", "件", "辆", "处", "所", "套", "台")

# Shorthand people type after a number, read as the full unit.
UNIT_SHORTHAND = {"亿": "亿元", "万": "万元", "％": "%", "元人民币": "元"}

_NUMBER = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")


def known_units() -> list[str]:
    """Every unit jctrack can store, for help texts and error messages."""
    units = [unit for family in UNIT_FAMILIES.values() for unit in family]
    return units + list(COUNT_UNITS)


def family_of(unit: str) -> str | None:
    """The family a unit belongs to, or None when it is not a known unit."""
    for family, members in UNIT_FAMILIES.items():
        if unit in members:
            return family
    if unit in COUNT_UNITS:
        return f"count:{unit}"
    return None


def check_unit(unit: str) -> str:
    """Return the unit if it is known, else refuse it listing the known ones."""
    if family_of(unit) is None:
        raise InputError(Msg.UNKNOWN_UNIT, unit=unit, units=", ".join(known_units()))
    return unit


def parse_decimal(text: str, what: Msg = Msg.VALUE) -> Decimal:
    """Read a plain number (thousands separators and full-width digits allowed) exactly."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("，", ",")
    match = _NUMBER.match(cleaned)
    if not match:
        raise InputError(Msg.NOT_A_NUMBER, what=what, text=text)
    sign, whole, fraction = match.groups()
    try:
        return bounded(Decimal(sign + whole.replace(",", "") + (fraction or "")), what)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        raise InputError(Msg.NOT_A_NUMBER, what=what, text=text) from None


def bounded(value: Decimal, what: Msg = Msg.VALUE) -> Decimal:
    """The value, if jctrack can keep it; else an error saying what is wrong with it."""
    problem = out_of_bounds(value)
    if problem is not None:
        shown = str(value) if len(str(value)) <= 40 else str(value)[:20] + "…"
        raise InputError(Msg.OUT_OF_BOUNDS, what=what, value=shown, problem=problem)
    return value


def split_number_unit(text: str, what: Msg = Msg.VALUE) -> tuple[str, str]:
    """Split `4800万元` into ('4800', '万元'); the unit part may be empty."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = re.match(r"^([+-]?[\d,]*\.?\d*)\s*([^\d.,+-].*)?$", cleaned)
    if not match or not re.search(r"\d", match.group(1)):
        raise InputError(Msg.NOT_A_QUANTITY, what=what, text=text)
    return match.group(1), (match.group(2) or "").strip()


def parse_quantity(text: str, target_unit: str, what: Msg = Msg.VALUE) -> Decimal:
    """Read `text` as a number in `target_unit`, converting a unit of the same family exactly."""
    number_text, unit = split_number_unit(text, what)
    number = parse_decimal(number_text, what)
    if not unit:
        return number
    unit = UNIT_SHORTHAND.get(unit, unit)
    if unit == target_unit:
        return number
    source_family = family_of(unit)
    if source_family is None:
        raise InputError(Msg.UNKNOWN_UNIT_IN, unit=unit, text=text, units=", ".join(known_units()))
    if source_family != family_of(target_unit):
        raise InputError(Msg.CANNOT_CONVERT, unit=unit, target=target_unit, what=what)
    members = UNIT_FAMILIES[source_family]
    with localcontext(WORKING):
        converted = normalize(number * members[unit] / members[target_unit])
    return bounded(converted, what)
