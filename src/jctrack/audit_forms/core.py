"""What a judge works with: figures as intervals, the verdict rule, reasons, and the finding it gives."""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jctrack.decimals import HUNDRED, plain, round_to
from jctrack.model import Period
from jctrack.textread.document import Mention, Role
from jctrack.textread.numbers import Form, Relation, Token
from jctrack.words import Lang, language, period_label, say, shown
from jctrack.words.audit import AuditWord


class Verdict(StrEnum):
    CONSISTENT = "consistent"  # the recomputation, rounded to the stated precision, is the stated figure
    ROUNDING = "rounding"  # it is not, but inputs within their printed precision give it
    INCONSISTENT = "inconsistent"  # no inputs within their printed precision give it
    UNVERIFIABLE = "unverifiable"  # the inputs are not there, or not certainly the right ones


VERDICTS = tuple(Verdict)


class Kind(StrEnum):
    GROWTH = "growth"  # 同比增长 X%
    COMPLETION = "completion"  # 完成全年目标的 X%
    SCHEDULE_GAP = "schedule_gap"  # 超/落后序时进度 X个百分点
    SCHEDULE = "schedule"  # 序时进度 X% as printed
    SHARE = "share"  # 占…的 X%
    SHARE_CHANGE = "share_change"  # 比重提高 X个百分点
    RATE_CHANGE = "rate_change"  # 增速比上月加快 X个百分点
    MULTIPLE = "multiple"  # 是2015年的 N倍
    AVERAGE_GROWTH = "average_growth"  # 年均增长 X%
    TWO_YEAR_AVERAGE = "two_year_average"  # 两年平均增长 X%
    PULL = "pull"  # 拉动…增长 X个百分点
    CONTRIBUTION = "contribution"  # 贡献率 X%
    REFERENCE_GAP = "reference_gap"  # 高于全市 X个百分点
    RATE = "rate"  # 开工率, 履约率, 到位率 X%


@dataclass(frozen=True)
class Reason:
    """Why a verdict is what it is, kept as a word key and its values, so it can be said in either language."""

    key: AuditWord
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: AuditWord, **params: object) -> Reason:
        # A figure is said the same in either language: keep its text, not the figure with its interval.
        return cls(key, tuple((name, _said(value, Lang.ZH) if isinstance(value, Num) else value) for name, value in params.items()))

    def say(self, lang: Lang | None = None) -> str:
        chosen = language() if lang is None else lang
        return say(self.key, chosen, **{name: _said(value, chosen) for name, value in self.params})

    def __str__(self) -> str:
        return self.say()


def _said(value: object, lang: Lang) -> str:
    if isinstance(value, Reason):
        return value.say(lang)
    if isinstance(value, Period):
        return period_label(value, lang)
    if isinstance(value, Num):
        return _said(value.shown, lang) if value.shown is not None else _short(value.exact)
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, AuditWord):
        return say(value, lang)
    return shown(value, lang)


def _short(value: Decimal) -> str:
    """A worked-out figure in a reason: to two decimals, without trailing zeros."""
    text = plain(round_to(value, 2))
    return text.rstrip("0").rstrip(".") if "." in text else text


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
        """An amount of the text: as printed, except that a target (目标, 计划) is set exactly as it
        reads; a budget figure (预算数4.5亿元) may be rounded, so it keeps its interval."""
        number = cls.printed(mention.token, value, certain=certain)
        if mention.role is Role.TARGET and not mention.budget and not mention.token.approximate:
            return cls(number.exact, number.exact, number.exact, number.shown, certain)
        return number

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


@dataclass(slots=True)
class Stated:
    """A figure as the report states it, signed per its wording (下降4.2% is −4.2)."""

    token: Token
    value: Decimal
    text: str  # as printed, signed: "-4.2"

    @classmethod
    def of(cls, token: Token, negative: bool = False) -> Stated:
        if negative and token.number > 0:
            return cls(token, -token.number, "-" + token.text)
        if negative:
            return cls(token, token.number, token.text)
        return cls(token, token.number, token.text)

    @classmethod
    def share(cls, token: Token) -> Stated:
        """成 and 分之 figures, stated in %."""
        return cls(token, token.number, plain(round_to(token.number, 1)) if token.form is Form.FRACTION else plain(token.number))


@dataclass(slots=True)
class Judgement:
    computed: Decimal | None
    verdict: Verdict
    note: AuditWord | None = None  # INEQUALITY / APPROXIMATE / SIMILAR_NAME: how the reason is to be worded


def places_of(stated: Stated) -> int:
    return stated.token.places if stated.token.form not in (Form.TENTHS, Form.FRACTION) else 1


def judge(stated: Stated, value: Num, rounding: str) -> Judgement:
    """The verdict on a stated figure against the recomputed one.

    consistent if the exact recomputation rounds to it; rounding if inputs anywhere within their
    printed precision give it; inconsistent if none can. A qualified figure (超60%, 近八成) is checked
    as the inequality it states; a round figure (约, 占四分之一) is never called wrong.
    """
    token = stated.token
    places = places_of(stated)
    computed = round_to(value.exact, places, rounding)
    target = stated.value
    relation = token.relation
    if relation is Relation.EQUAL:
        low, high = token.bounds()
        if stated.value != token.number:  # the sign is the wording's (下降4.2%)
            low, high = -high, -low
        if token.form is Form.TENTHS:
            if low <= value.exact < high:
                return Judgement(computed, Verdict.CONSISTENT)
        elif computed == target:
            return Judgement(computed, Verdict.CONSISTENT)
        if value.low <= high and value.high >= low:
            return Judgement(computed, Verdict.ROUNDING)
        return _wrong(computed, value)
    if relation is Relation.ABOUT:
        tolerance = max(abs(target) / 10, Decimal(5).scaleb(-token.places))
        if abs(value.exact - target) <= tolerance:
            return Judgement(computed, Verdict.CONSISTENT, AuditWord.NOT_ABOUT)
        return Judgement(computed, Verdict.UNVERIFIABLE, AuditWord.APPROXIMATE)
    holds, could, never = _inequality(relation, target, value)
    if holds:
        return Judgement(computed, Verdict.CONSISTENT, AuditWord.INEQUALITY)
    if not never and could:
        return Judgement(computed, Verdict.ROUNDING, AuditWord.INEQUALITY)
    wrong = _wrong(computed, value)
    return Judgement(wrong.computed, wrong.verdict, wrong.note or AuditWord.INEQUALITY)


def _wrong(computed: Decimal, value: Num) -> Judgement:
    if not value.certain:
        return Judgement(computed, Verdict.UNVERIFIABLE, AuditWord.SIMILAR_NAME)
    return Judgement(computed, Verdict.INCONSISTENT)


def _inequality(relation: Relation, target: Decimal, value: Num) -> tuple[bool, bool, bool]:
    """(holds for the exact value, holds for some value in the interval, holds for none)."""
    if relation is Relation.MORE:
        return value.exact > target, value.high > target, value.high <= target
    if relation is Relation.AT_LEAST:
        return value.exact >= target, value.high >= target, value.high < target
    if relation is Relation.LESS:
        return value.exact < target, value.low < target, value.low >= target
    return value.exact <= target, value.low <= target, value.low > target  # AT_MOST


@dataclass(frozen=True)
class Finding:
    """One stated figure: what the text says, what the figures give, the verdict and why."""

    sentence: str  # the words around the figure (about 60 characters either side, … where cut)
    indicator: str | None
    kind: Kind
    stated: str  # as printed, signed per the wording: 下降4.2% is "-4.2"; 七成 is "70"
    unit: str  # "%", "倍" or "个百分点"
    computed: Decimal | None  # the exact recomputation rounded to the stated precision
    verdict: Verdict
    reason: Reason = Reason(AuditWord.NO_SUBJECT)
    period: Period | None = None  # the period the figure is of, when the text says it for sure
    printed: str = ""  # the figure as printed, with its qualifier: 近7成, 60%以上
    position: int = 0  # where the figure starts in the (normalized) text
