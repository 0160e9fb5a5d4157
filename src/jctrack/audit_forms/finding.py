"""What the audit says of a stated figure: its verdict, its kind, the reason, and the finding itself."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jctrack.audit_forms.interval import Num
from jctrack.decimals import plain, round_to
from jctrack.model import Period
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


Source = AuditWord | Reason  # where an input came from: this sentence, earlier in the text, the data file…
Found = tuple[Num, Source]  # an input with where it came from
