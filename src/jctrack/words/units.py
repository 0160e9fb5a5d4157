"""Units in English documents: short forms a reader of an English table knows (亿元 is "CNY 100m", 家 "firms").

A unit not listed here stays as the Chinese unit in an English document.
"""

from __future__ import annotations

from enum import StrEnum


class UnitWord(StrEnum):
    YUAN = "unit.元"
    THOUSAND_YUAN = "unit.千元"
    TEN_THOUSAND_YUAN = "unit.万元"
    MILLION_YUAN = "unit.百万元"
    TEN_MILLION_YUAN = "unit.千万元"
    HUNDRED_MILLION_YUAN = "unit.亿元"
    TRILLION_YUAN = "unit.万亿元"
    DOLLAR = "unit.美元"
    TEN_THOUSAND_DOLLARS = "unit.万美元"
    HUNDRED_MILLION_DOLLARS = "unit.亿美元"
    TONNE = "unit.吨"
    TEN_THOUSAND_TONNES = "unit.万吨"
    TONNE_COAL = "unit.吨标准煤"
    TEN_THOUSAND_TONNES_COAL = "unit.万吨标准煤"
    SQUARE_METRE = "unit.平方米"
    TEN_THOUSAND_SQUARE_METRES = "unit.万平方米"
    SQUARE_KILOMETRE = "unit.平方公里"
    HECTARE = "unit.公顷"
    KILOMETRE = "unit.公里"
    MU = "unit.亩"
    TEN_THOUSAND_MU = "unit.万亩"
    KWH = "unit.千瓦时"
    TEN_THOUSAND_KWH = "unit.万千瓦时"
    HUNDRED_MILLION_KWH = "unit.亿千瓦时"
    FIRMS = "unit.家"
    ITEMS = "unit.个"
    PROJECTS = "unit.项"
    PIECES = "unit.件"
    HOUSEHOLDS = "unit.户"
    PERSONS = "unit.人"
    TEN_THOUSAND_PERSONS = "unit.万人"
    VISITS = "unit.人次"
    TEN_THOUSAND_VISITS = "unit.万人次"
    CASES = "unit.起"


TEXTS: dict[UnitWord, tuple[str, str]] = {
    UnitWord.YUAN: ("元", "CNY"),
    UnitWord.THOUSAND_YUAN: ("千元", "CNY 1k"),
    UnitWord.TEN_THOUSAND_YUAN: ("万元", "CNY 10k"),
    UnitWord.MILLION_YUAN: ("百万元", "CNY 1m"),
    UnitWord.TEN_MILLION_YUAN: ("千万元", "CNY 10m"),
    UnitWord.HUNDRED_MILLION_YUAN: ("亿元", "CNY 100m"),
    UnitWord.TRILLION_YUAN: ("万亿元", "CNY 1tn"),
    UnitWord.DOLLAR: ("美元", "USD"),
    UnitWord.TEN_THOUSAND_DOLLARS: ("万美元", "USD 10k"),
    UnitWord.HUNDRED_MILLION_DOLLARS: ("亿美元", "USD 100m"),
    UnitWord.TONNE: ("吨", "t"),
    UnitWord.TEN_THOUSAND_TONNES: ("万吨", "10k t"),
    UnitWord.TONNE_COAL: ("吨标准煤", "tce"),
    UnitWord.TEN_THOUSAND_TONNES_COAL: ("万吨标准煤", "10k tce"),
    UnitWord.SQUARE_METRE: ("平方米", "sq m"),
    UnitWord.TEN_THOUSAND_SQUARE_METRES: ("万平方米", "10k sq m"),
    UnitWord.SQUARE_KILOMETRE: ("平方公里", "sq km"),
    UnitWord.HECTARE: ("公顷", "ha"),
    UnitWord.KILOMETRE: ("公里", "km"),
    UnitWord.MU: ("亩", "mu"),
    UnitWord.TEN_THOUSAND_MU: ("万亩", "10k mu"),
    UnitWord.KWH: ("千瓦时", "kWh"),
    UnitWord.TEN_THOUSAND_KWH: ("万千瓦时", "10k kWh"),
    UnitWord.HUNDRED_MILLION_KWH: ("亿千瓦时", "100m kWh"),
    UnitWord.FIRMS: ("家", "firms"),
    UnitWord.ITEMS: ("个", "items"),
    UnitWord.PROJECTS: ("项", "items"),
    UnitWord.PIECES: ("件", "items"),
    UnitWord.HOUSEHOLDS: ("户", "households"),
    UnitWord.PERSONS: ("人", "persons"),
    UnitWord.TEN_THOUSAND_PERSONS: ("万人", "10k persons"),
    UnitWord.VISITS: ("人次", "visits"),
    UnitWord.TEN_THOUSAND_VISITS: ("万人次", "10k visits"),
    UnitWord.CASES: ("起", "cases"),
}
