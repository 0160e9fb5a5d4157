"""Units as a report prints them: a base (元, 吨, 人…) with an optional multiplier (万, 亿…).

Figures convert within one base: 4800万元 is 0.48亿元, 1.2万人 is 12000人, 3.5亿斤 is 35000万斤.
A base never converts into another: 家 is not 个, 元 is not 美元.
"""

from __future__ import annotations

import functools
from decimal import Decimal

# Each multiplier as a power of ten, so that a conversion only moves the decimal point (exact).
PREFIXES: dict[str, int] = {"": 0, "百": 2, "千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8}

# Things counted one by one: a whole number of them with no multiplier is exact (12家 is 12).
COUNT_BASES = (
    "人次", "户次", "架次", "人", "名", "家", "个", "户", "项", "件", "辆", "处", "所", "套", "台",
    "起", "座", "栋", "间", "张", "条", "批", "宗", "例", "头", "只", "株", "棵", "册", "场", "位",
)  # fmt: skip
MEASURE_BASES = (
    "吨标准煤", "平方公里", "平方米", "立方米", "千瓦时", "千瓦", "标箱", "公里", "公顷", "公斤", "千克",
    "美元", "港元", "欧元", "元", "吨", "斤", "亩",
)  # fmt: skip
BASES = tuple(sorted((*COUNT_BASES, *MEASURE_BASES), key=len, reverse=True))
_PREFIX_ORDER = tuple(sorted((p for p in PREFIXES if p), key=len, reverse=True))


@functools.lru_cache(maxsize=256)
def split_unit(unit: str) -> tuple[str, str] | None:
    """(multiplier, base) of a unit: 万元 → (万, 元), 千瓦时 → ('', 千瓦时), 万人次 → (万, 人次)."""
    for base in BASES:
        if unit.endswith(base) and unit[: -len(base)] in PREFIXES:
            return unit[: -len(base)], base
    return None


def base_of(unit: str) -> str | None:
    parts = split_unit(unit)
    return parts[1] if parts else None


def is_count(unit: str) -> bool:
    return base_of(unit) in COUNT_BASES


def convert(number: Decimal, unit: str, into: str) -> Decimal | None:
    """`number` in `unit` expressed in `into` of the same base, or None when they do not convert.

    Exact in any context: only the exponent changes (4800万元 → 0.4800亿元)."""
    if unit == into:
        return number
    source, target = split_unit(unit), split_unit(into)
    if source is None or target is None or source[1] != target[1]:
        return None
    return number.scaleb(PREFIXES[source[0]] - PREFIXES[target[0]])


def prefixes_pattern() -> str:
    return "|".join(_PREFIX_ORDER)


def bases_pattern() -> str:
    return "|".join(BASES)
