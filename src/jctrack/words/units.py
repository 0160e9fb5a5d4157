"""Units in English reports: the Chinese unit where English has no short equivalent."""

from __future__ import annotations

from enum import StrEnum


class UnitWord(StrEnum):
    YUAN = "unit.元"
    THOUSAND_YUAN = "unit.千元"
    TEN_THOUSAND_YUAN = "unit.万元"
    MILLION_YUAN = "unit.百万元"
    TEN_MILLION_YUAN = "unit.千万元"
    HUNDRED_MILLION_YUAN = "unit.亿元"
    TONNE = "unit.吨"
    TEN_THOUSAND_TONNES = "unit.万吨"
    SQUARE_METRE = "unit.平方米"
    TEN_THOUSAND_SQUARE_METRES = "unit.万平方米"
    MU = "unit.亩"
    TEN_THOUSAND_MU = "unit.万亩"
    KWH = "unit.千瓦时"
    TEN_THOUSAND_KWH = "unit.万千瓦时"
    HUNDRED_MILLION_KWH = "unit.亿千瓦时"


TEXTS: dict[UnitWord, tuple[str, str]] = {
    UnitWord.YUAN: ("元", "yuan"),
    UnitWord.THOUSAND_YUAN: ("千元", "thousand yuan"),
    UnitWord.TEN_THOUSAND_YUAN: ("万元", "10,000 yuan"),
    UnitWord.MILLION_YUAN: ("百万元", "million yuan"),
    UnitWord.TEN_MILLION_YUAN: ("千万元", "10 million yuan"),
    UnitWord.HUNDRED_MILLION_YUAN: ("亿元", "100 million yuan"),
    UnitWord.TONNE: ("吨", "tonnes"),
    UnitWord.TEN_THOUSAND_TONNES: ("万吨", "10,000 tonnes"),
    UnitWord.SQUARE_METRE: ("平方米", "square metres"),
    UnitWord.TEN_THOUSAND_SQUARE_METRES: ("万平方米", "10,000 square metres"),
    UnitWord.MU: ("亩", "mu"),
    UnitWord.TEN_THOUSAND_MU: ("万亩", "10,000 mu"),
    UnitWord.KWH: ("千瓦时", "kWh"),
    UnitWord.TEN_THOUSAND_KWH: ("万千瓦时", "10,000 kWh"),
    UnitWord.HUNDRED_MILLION_KWH: ("亿千瓦时", "100 million kWh"),
}
