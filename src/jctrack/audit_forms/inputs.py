"""Where a judge finds a stated figure's inputs: its amount, last year's base, an earlier year's, a target.

Each is looked for in the sentence, then among the figures said before in the text, then in the data file.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from jctrack.audit_forms.finding import Found, Reason, Source
from jctrack.audit_forms.interval import Num
from jctrack.model import Period
from jctrack.textread.document import SCOPES, Mention, Role, Sentence, matching_key
from jctrack.textread.periods import Span, When, Why
from jctrack.textread.reader import period_of
from jctrack.textread.said import related, same_indicator
from jctrack.words.audit import AuditWord

if TYPE_CHECKING:
    from jctrack.audit_forms.auditor import Auditor

NEAR = 16  # figures either side of a stated one that a judge looks at in its sentence


def period_doubt(when: When) -> Reason:
    """Why a figure's period is not certain enough to compare it with the data file."""
    if when.why is Why.CARRIED:
        return Reason.of(AuditWord.PERIOD_UNCERTAIN, why=Reason.of(AuditWord.PERIOD_CARRIED, said=when.said))
    if when.span is Span.PART:
        return Reason.of(AuditWord.PERIOD_UNCERTAIN, why=Reason.of(AuditWord.PERIOD_PART, said=when.said))
    if when.span is Span.OPEN:
        return Reason.of(AuditWord.PERIOD_UNCERTAIN, why=Reason.of(AuditWord.PERIOD_OPEN, said=when.said))
    if when.day is not None:
        return Reason.of(AuditWord.PERIOD_UNCERTAIN, why=Reason.of(AuditWord.PERIOD_DAY, said=when.said))
    if when.year is None and when.why is not Why.NOTHING:
        return Reason.of(AuditWord.PERIOD_UNCERTAIN, why=Reason.of(AuditWord.PERIOD_NO_YEAR, said=when.said))  # 1-10月 alone
    return Reason.of(AuditWord.PERIOD_UNCERTAIN, why=AuditWord.PERIOD_NOT_SAID)


# --- inputs -------------------------------------------------------------------------------


def subject_before(sentence: Sentence, index: int, rate_name: str = "", *, targets: bool = True) -> Mention | None:
    """The amount a stated figure speaks of: the last one before it in the sentence that is not
    itself a reference (a base, a change, a target measured against); the one named so when the
    words before the figure name it (其中B增长3%)."""
    if rate_name in SCOPES:
        return None  # 全市增长9.4%: the rate of the whole area, not of a figure here
    key = matching_key(rate_name) if rate_name else ""
    for position in range(index - 1, max(-1, index - 10), -1):
        mention = sentence.mentions[position]
        if mention is None or mention.role in (Role.BASE, Role.DELTA, Role.EXCESS, Role.WHOLE, Role.FROM):
            continue
        if mention.measure or (mention.role is Role.TARGET and not targets):
            continue
        if key and not (mention.key and same_indicator(key, mention.key)):
            continue
        return mention
    return None


def base_for(auditor: Auditor, subject: Mention, index: int, against: str | None = None) -> tuple[Found | None, Reason | None]:
    """上年同期 of a subject: stated beside it, implied by a change, in the data file, or said elsewhere.

    `against` is what the rate is measured against: "" for 同比 said, 年初 or 上月 said, None when
    nothing is said. A change against something else (比年初增加) is never the base of a 同比 rate.
    Returns the base and, when there is none, why (an uncertain period, say)."""
    sentence = subject.sentence
    unit = subject.token.unit
    current = Num.of(subject)
    delta: Found | None = None
    for position in range(subject.index + 1, min(len(sentence.tokens), index + 8)):
        mention = sentence.mentions[position]
        if mention is None:
            continue
        if position > index and not mention.reference:
            break  # the next subject
        value = mention.token.in_unit(unit)
        if value is None or (mention.key and subject.key and not related(mention.key, subject.key)):
            continue  # another figure's base or change
        if mention.role is Role.BASE and not against:
            if mention.year is not None and subject.year is not None and mention.year != subject.year - 1:
                continue  # 比2015年的X: another year's figure
            # 1-10月…，上年为X: last year's whole, or its first ten months? Only 上年同期 says.
            certain = mention.same_period or subject.when.span is Span.YEAR
            return (Num.of(mention, value, certain=certain), AuditWord.FROM_SENTENCE), None
        if mention.role is Role.DELTA and delta is None and (against is None or mention.against == against):
            # 比年初增加X，增长Y%: a rate that names no reference shares the change's
            delta = worked_back(current, mention, value)
    if delta is not None:
        return delta, None
    if against:
        return None, Reason.of(AuditWord.NO_REFERENCE_BASE, against=against)
    if subject.role is Role.TO:
        start = sentence.mentions[max(0, subject.index - 4) : subject.index]
        for mention in reversed(start):
            if mention is not None and mention.role is Role.FROM and (value := mention.token.in_unit(unit)) is not None:
                return (Num.of(mention, value), AuditWord.FROM_SENTENCE), None
    return last_year(auditor, subject, unit)


def worked_back(current: Num, change: Mention, value: Decimal) -> Found:
    """The figure a change was measured from: now less the increase (plus the decrease)."""
    amount = Num.of(change, value)
    base = current - amount if change.sign > 0 else current + amount
    if change.against:
        return base.labelled(None), Reason.of(AuditWord.FROM_CHANGE_AGAINST, change=change.token.printed, against=change.against)
    return base.labelled(None), Reason.of(AuditWord.FROM_CHANGE, change=change.token.printed)


def ambiguous(subject: Mention, index: int) -> bool:
    """营业收入120亿元，利润总额8亿元，同比增长20%: another amount of the same kind right before the
    subject, with no stated figure between, might be the one the rate speaks of."""
    sentence = subject.sentence
    if subject.index == 0 or any(sentence.mentions[i] is None for i in range(subject.index + 1, index)):
        return False
    before = sentence.mentions[subject.index - 1]
    return (
        before is not None
        and before.role is Role.ACTUAL
        and before.key != subject.key
        and before.token.in_unit(subject.token.unit) is not None
    )


def last_year(auditor: Auditor, subject: Mention, unit: str) -> tuple[Found | None, Reason | None]:
    """The same period a year earlier, from the data file or said elsewhere in the text."""
    period = period_of(subject)
    if period is None:
        when = subject.when
        doubt = auditor.data is not None or when.why is Why.CARRIED or (when.year is None and when.why is not Why.NOTHING)
        return None, period_doubt(when) if doubt else None
    if auditor.data is not None:
        found = auditor.data.base(subject.name, period, unit)
        if found is not None:
            return found, None
    earlier = period.same_period_last_year()
    mentions, certain = auditor.reader.index.find(subject.key, ("actual", earlier.year, earlier.month))
    return unique(mentions, unit, certain, AuditWord.FROM_TEXT), None


def of_year(auditor: Auditor, subject: Mention, index: int, year: int) -> Found | None:
    """The subject's figure of an earlier year (是2015年的N倍, 比2015年增长X%): printed in the
    sentence, said before in the text, or in the data file."""
    unit = subject.token.unit
    sentence = subject.sentence
    for mention in sentence.mentions[max(0, index - NEAR) : index + NEAR]:
        if mention is None or mention is subject or (mention.key and subject.key and not related(mention.key, subject.key)):
            continue
        value = mention.token.in_unit(unit)
        if value is None or value <= 0:
            continue
        if mention.role is Role.DELTA and mention.against.startswith(f"{year}年"):
            return worked_back(Num.of(subject), mention, value)  # 比2015年增加X
        if mention.year == year and mention.role in (Role.FROM, Role.ACTUAL, Role.BASE):
            return Num.of(mention, value), AuditWord.FROM_SENTENCE
    period = period_of(subject)
    month = period.month if period is not None else None
    mentions, certain = auditor.reader.index.find(subject.key, ("actual", year, month))
    found = unique(mentions, unit, certain, AuditWord.FROM_TEXT)
    if found is None and auditor.data is not None and period is not None:
        found = auditor.data.actual(subject.name, Period(year, month), unit)
    return found


def unique(mentions: list[Mention], unit: str, certain: bool, source: Source) -> Found | None:
    """The one figure the mentions agree on; two different figures are not ours to choose from."""
    values: dict[Decimal, Mention] = {}
    for mention in mentions:
        value = mention.token.in_unit(unit)
        if value is not None:
            values.setdefault(value, mention)
    if len(values) != 1:
        return None
    value, mention = next(iter(values.items()))
    return Num.of(mention, value, certain=certain), source


def target_for(auditor: Auditor, subject: Mention, index: int, inline: Mention | None = None) -> Found | None:
    """The target (plan, budget) a completion rate is measured against."""
    unit = subject.token.unit
    if inline is not None:
        value = inline.token.in_unit(unit)
        inline.measure = True
        return None if value is None else (Num.of(inline, value), AuditWord.FROM_SENTENCE)
    sentence = subject.sentence
    candidates = [
        m
        for m in sentence.mentions[max(0, index - 10) : index]
        if m is not None and m.role is Role.TARGET and m.token.in_unit(unit) is not None
    ]
    named = [m for m in candidates if m.key and subject.key and related(m.key, subject.key)]
    # 计划开工项目120项，已开工97项: the one target of the sentence in the same unit is the one meant
    for group in (named, candidates if len(candidates) == 1 else []):
        found = unique(group, unit, True, AuditWord.FROM_SENTENCE)
        if found is not None:
            for mention in group:
                mention.measure = True
            return found
    year = subject.year
    if year is None:
        return None
    mentions, certain = auditor.reader.index.find(subject.key, ("target", year, None))
    found = unique(mentions, unit, certain, AuditWord.FROM_TEXT)
    if found is None and auditor.data is not None:
        found = auditor.data.target(subject.name, year, unit)
    return found
