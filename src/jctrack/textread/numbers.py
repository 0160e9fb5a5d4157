"""Figures in report text: a number with what follows it — a unit (an amount), %, 倍, 个百分点 or 成.

One stream pattern finds them all, left to right, in linear time; a second finds the shares written in
Chinese numerals (七成, 四分之一). Qualifiers around a figure (超60%, 近80%, 95%以上, 四分之一强) say
which inequality it states.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jctrack.decimals import HUNDRED, decimal_places, exact
from jctrack.textread import units
from jctrack.textread.patterns import TextPattern


class Form(StrEnum):
    AMOUNT = "amount"  # 34.2亿元, 6家
    PERCENT = "percent"  # 16.9%
    POINTS = "points"  # 1.2个百分点
    TIMES = "times"  # 1.3倍
    TENTHS = "tenths"  # 7成, 七成 (a share in tenths, read as %)
    FRACTION = "fraction"  # 四分之一 (read as %)
    BARE = "bare"  # a number with nothing after it that we read (2018年, 12月, 30号)


class Relation(StrEnum):
    """What a qualified figure states: 超60% is more than 60, 近80% at most 80."""

    EQUAL = "="
    MORE = ">"  # 超, 超过, 逾, …多
    AT_LEAST = ">="  # 以上, …强
    LESS = "<"  # 不足, 不到
    AT_MOST = "<="  # 以下, 近, 接近, 将近, …弱
    ABOUT = "~"  # 约, 左右, and a fraction said plainly (占四分之一)


@dataclass(slots=True)
class Token:
    """One figure as printed, with its place in the (normalized) text."""

    start: int  # of the whole figure, qualifier words excluded
    end: int
    text: str  # the number as printed, with its sign: "16.9", "-5", "1,392,476"
    number: Decimal  # for TENTHS and FRACTION, the share in %
    form: Form
    unit: str  # amounts: the unit (万元, 人次); %, 个百分点, 倍 otherwise
    approximate: bool = False  # 400多万元, 480万余元
    relation: Relation = Relation.EQUAL
    printed: str = ""  # the figure with its qualifier as printed: 近7成, 60%以上
    unit_missing: bool = False  # 增长26.8 without its %
    lead: int = -1  # start of the figure with its qualifier (超60%: at 超)
    tail: int = -1  # end of the figure with its qualifier (60%以上: after 上)
    range_end: int = 0  # in a range (32亿元至34亿元, 12%-20%): -1 its low end, +1 its high end

    @property
    def places(self) -> int:
        return decimal_places(self.number)

    @property
    def stated(self) -> bool:
        return self.form not in (Form.AMOUNT, Form.BARE)

    def in_unit(self, unit: str) -> Decimal | None:
        return units.convert(self.number, self.unit, unit)

    @property
    def exact_count(self) -> bool:
        """12家 is exactly 12; 1.2万人 and 34.2亿元 stand for a range."""
        parts = units.split_unit(self.unit)
        return not self.approximate and parts is not None and parts[0] == "" and parts[1] in units.COUNT_BASES

    def bounds(self) -> tuple[Decimal, Decimal]:
        """The interval the printed figure stands for: 1.78亿元 is [1.775, 1.785], 400多万元 [400, 500]."""
        number = self.number
        if self.form is Form.AMOUNT and self.exact_count and self.places == 0:
            return number, number
        if self.approximate:
            # 400多 is 400–500, 480余 is 480–490: up to the next unit of the last non-zero digit.
            digits = number.normalize().as_tuple()
            step = Decimal(1).scaleb(digits.exponent if isinstance(digits.exponent, int) else 0)
            return number, number + step
        if self.form is Form.TENTHS:
            return number - 5, number + 5  # 七成 is 65–75%
        half = Decimal(5).scaleb(-self.places - 1)
        return number - half, number + half


NUMBER = r"(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?+"
_BASES = units.bases_pattern()
_PREFIXES = units.prefixes_pattern()
TOKEN = TextPattern(
    "figure",
    rf"(?=[-\d])(?<![\d.])(?P<sign>-)?(?P<num>{NUMBER})[ \t]*+"
    r"(?:(?P<pct>%)|(?P<pts>个百分点|百分点)|(?P<times>倍)"
    rf"|(?P<ap1>[多余])?(?:(?P<prefix>{_PREFIXES})(?P<ap2>[多余])?(?P<base>{_BASES})|(?P<base2>{_BASES})|(?P<short>[万亿])(?P<ap3>[多余])?)"
    r"|(?P<tenths>成)(?=[以左多强弱,，;。、)]|$))?",
)
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
CHINESE_SHARE = TextPattern(
    "chinese share",
    r"(?=[二三四五六七八九十])(?:(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])|(?P<tenths>[二三四五六七八九])成(?=[以左多强弱,，;。、)]|$))",
)
_BEFORE = (("超过", Relation.MORE), ("超", Relation.MORE), ("逾", Relation.MORE), ("将近", Relation.AT_MOST),
           ("接近", Relation.AT_MOST), ("近", Relation.AT_MOST), ("不足", Relation.LESS), ("不到", Relation.LESS),
           ("约", Relation.ABOUT))  # fmt: skip
_AFTER = (("以上", Relation.AT_LEAST), ("以下", Relation.AT_MOST), ("左右", Relation.ABOUT), ("强", Relation.AT_LEAST),
          ("弱", Relation.AT_MOST), ("多", Relation.MORE))  # fmt: skip


def parse_number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


_AFTER_WORDS = dict(_AFTER)
_BEFORE_WORDS = dict(_BEFORE)


def _relation(text: str, start: int, end: int, lower: int, upper: int) -> tuple[Relation, int, int]:
    """The qualifier around a stated figure, and the extent of the figure with it."""
    for size in (2, 1):
        if end + size <= upper and (relation := _AFTER_WORDS.get(text[end : end + size])) is not None:
            return relation, start, end + size
    for size in (2, 1):
        if start - size >= lower and (relation := _BEFORE_WORDS.get(text[start - size : start])) is not None:
            return relation, start - size, end
    return Relation.EQUAL, start, end


_STATED = {"pct": (Form.PERCENT, "%"), "pts": (Form.POINTS, "个百分点"), "times": (Form.TIMES, "倍"), "tenths": (Form.TENTHS, "%")}


def figures(text: str, start: int, end: int) -> list[Token]:
    """Every figure in text[start:end], in order: amounts, stated figures and bare numbers."""
    found: list[Token] = []
    append = found.append
    for match in TOKEN.finditer(text, start, end):
        number_text = match.group("num")
        sign = match.group("sign") or ""
        number = parse_number(sign + number_text)
        kind = match.lastgroup
        if kind in _STATED:
            form, unit = _STATED[kind]
            if form is Form.TENTHS:
                number *= 10
            token = Token(match.start(), match.end(), sign + number_text, number, form, unit)
            token.relation, token.lead, token.tail = _relation(text, token.start, token.end, start, end)
            token.printed = text[token.lead : token.tail]
        else:
            base = match.group("base") or match.group("base2")
            if base == "个" and text.startswith(("月", "工作日", "小时", "季度"), match.end()):
                base = None  # 前10个月: a span of time, not a count
            if base:
                form, unit = Form.AMOUNT, (match.group("prefix") or "") + base
            elif match.group("short"):
                form, unit = Form.AMOUNT, match.group("short") + "元"  # 3亿 is 3亿元, 400多万 is 400多万元
            else:
                form, unit = Form.BARE, ""
            approximate = bool(match.group("ap1") or match.group("ap2") or match.group("ap3"))
            token = Token(match.start(), match.end(), sign + number_text, number, form, unit, approximate)
            token.lead, token.tail = token.start, token.end
            token.printed = match.group()
        append(token)
    return found


@exact
def _fraction(numerator: int, denominator: int) -> Decimal:
    return Decimal(numerator) * HUNDRED / Decimal(denominator)


def chinese_shares(text: str, start: int, end: int) -> list[Token]:
    """七成, 九成以上, 四分之一强: shares written in Chinese numerals, as figures in %."""
    found = []
    for match in CHINESE_SHARE.finditer(text, start, end):
        if match.group("tenths"):
            number, form = Decimal(_CN_DIGITS[match.group("tenths")] * 10), Form.TENTHS
        else:
            number, form = _fraction(_CN_DIGITS[match.group("num")], _CN_DIGITS[match.group("den")]), Form.FRACTION
        token = Token(match.start(), match.end(), match.group(), number, form, "%")
        token.relation, token.lead, token.tail = _relation(text, token.start, token.end, start, end)
        if form is Form.FRACTION and token.relation is Relation.EQUAL:
            token.relation = Relation.ABOUT  # 占四分之一 is about a quarter
        token.printed = text[token.lead : token.tail]
        found.append(token)
    return found
