"""A stated figure being judged: where it is, the words before it, and how its finding is recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jctrack.audit_forms.finding import Finding, Kind, Reason, Verdict
from jctrack.audit_forms.interval import Num
from jctrack.audit_forms.verdict import Judgement, Stated
from jctrack.model import Period
from jctrack.textread.document import AGAINST, Mention, Sentence, read_name, words_before
from jctrack.textread.normal import excerpt, visible
from jctrack.textread.numbers import Form
from jctrack.textread.reader import period_of
from jctrack.words.audit import AuditWord

if TYPE_CHECKING:
    from jctrack.audit_forms.auditor import Auditor


class Site:
    """A stated figure being judged: where it is, the words around it, and the auditor."""

    __slots__ = ("auditor", "sentence", "index", "token", "when", "left")

    def __init__(self, auditor: Auditor, sentence: Sentence, index: int) -> None:
        self.auditor = auditor
        self.sentence = sentence
        self.index = index
        self.token = sentence.tokens[index]
        self.when = sentence.whens[index]
        self.left = words_before(auditor.text, sentence, index).rstrip()

    @property
    def text(self) -> str:
        return self.auditor.text

    @property
    def rounding(self) -> str:
        return self.auditor.rounding

    def rate_name(self, words: str) -> str:
        """The indicator named right before a rate's verb (其中B增长: B), or "" when none is.

        An area alone (全市增长9.4%) is returned as the name: the rate is that area's, not the subject's.
        """
        reference = AGAINST.search(words)  # 其中B比年初增长: B
        read = read_name(words[: len(words) - len(reference.group())] if reference else words)
        if not read.name and read.scope:
            return read.scope
        return "" if read.name in ("增速", "增幅", "速度", "同比", "增长", "比重", "占比") else read.name

    def following(
        self, index: int, forms: tuple[Form, ...], separators: tuple[str, ...] = ("、", "和", "及", "与", ",", "，", "以及")
    ) -> list[int]:
        """The stated figures listed after figure `index` (5.4%、11.5%和11.1%), it included."""
        tokens = self.sentence.tokens
        found = [index]
        while found[-1] + 1 < len(tokens):
            current, following = tokens[found[-1]], tokens[found[-1] + 1]
            if following.form not in forms or self.text[current.tail : following.lead].strip() not in separators:
                break
            found.append(found[-1] + 1)
        return found

    def finding(
        self,
        kind: Kind,
        stated: Stated,
        unit: str,
        judgement: Judgement | None,
        reason: Reason,
        subject: Mention | None = None,
        *,
        index: int | None = None,
        value: Num | None = None,
        indicator: str | None = None,
        period: Period | None = None,
    ) -> Finding:
        """The finding on figure `index` (this one by default), recorded so it is judged once."""
        at = self.index if index is None else index
        token = self.sentence.tokens[at]
        if judgement is None:
            judgement = Judgement(None, Verdict.UNVERIFIABLE)
        if judgement.note is not None:
            reason = Reason.of(
                judgement.note,
                printed=token.printed,
                value=judgement.computed if judgement.computed is not None else "",
                computed=judgement.computed if judgement.computed is not None else "",
                name=_names(value),
                how=reason,
            )
        if token.unit_missing:
            reason = Reason.of(AuditWord.UNIT_MISSING, how=reason)
        name = indicator if indicator is not None else (subject.name if subject is not None and subject.name else None)
        when = self.sentence.whens[at]
        if period is None:
            period = period_of(subject) if subject is not None else when.period
        finding = Finding(
            sentence=excerpt(self.text, token.lead, token.tail, self.sentence.start, self.sentence.end),
            indicator=None if name is None else visible(name),
            kind=kind,
            stated=stated.text,
            unit=unit,
            computed=judgement.computed,
            verdict=judgement.verdict,
            reason=reason,
            period=period,
            printed=visible(token.printed),
            position=token.lead,
        )
        return self.auditor.record(at, finding, value, subject)

    def unverifiable(
        self, kind: Kind, stated: Stated, unit: str, reason: Reason, subject: Mention | None = None, *, index: int | None = None
    ) -> Finding:
        return self.finding(kind, stated, unit, None, reason, subject, index=index)


def _names(value: Num | None) -> str:
    if value is None:
        return ""
    return value.shown if isinstance(value.shown, str) else ""
