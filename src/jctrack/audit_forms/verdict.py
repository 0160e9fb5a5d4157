"""The verdict rule: a stated figure against the recomputed interval, exact or qualified (超60%, 近八成)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jctrack.audit_forms.finding import Verdict
from jctrack.audit_forms.interval import Num
from jctrack.decimals import plain, round_to
from jctrack.textread.numbers import Form, Relation, Token
from jctrack.words.audit import AuditWord


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
    if holds or _holds_as_printed(stated, value, rounding):
        return Judgement(computed, Verdict.CONSISTENT, AuditWord.INEQUALITY)
    if (not never and could) or computed == target:
        # a figure that rounds to what is stated is never to be corrected to the same figure
        return Judgement(computed, Verdict.ROUNDING, AuditWord.INEQUALITY)
    wrong = _wrong(computed, value)
    return Judgement(wrong.computed, wrong.verdict, wrong.note or AuditWord.INEQUALITY)


def _holds_as_printed(stated: Stated, value: Num, rounding: str) -> bool:
    """近80% for 80.2%: rounded to the figure's own places, the approximation holds. (Not for 成: 九成以上
    for 87% is a slip, not a rounding.)"""
    token = stated.token
    if token.relation not in (Relation.AT_MOST, Relation.AT_LEAST) or token.form is not Form.PERCENT:
        return False
    printed = round_to(value.exact, token.places, rounding)
    return printed <= stated.value if token.relation is Relation.AT_MOST else printed >= stated.value


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
