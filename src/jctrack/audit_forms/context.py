"""The auditor's view of a report while it reads it: the sentence at hand, the figures said so far,
the data file, and the ways a judge finds the inputs of a stated figure.

Every lookup is bounded: within the sentence by a few figures, across sentences by the last figures of
the paragraph and an index of names, so that auditing stays linear in the length of the text.
"""

from __future__ import annotations

import contextlib
import decimal
import gc
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from jctrack import calc
from jctrack.audit_forms.core import Finding, Judgement, Kind, Num, Reason, Stated, Verdict
from jctrack.decimals import WORKING, plain
from jctrack.model import Indicator, Period, Store
from jctrack.textread import units
from jctrack.textread.document import SCOPES, Document, Mention, Role, Sentence, matching_key, read_name, words_before
from jctrack.textread.normal import excerpt, visible
from jctrack.textread.numbers import Form
from jctrack.textread.periods import Span, When, Why
from jctrack.words.audit import AuditWord

Source = AuditWord | Reason
Found = tuple[Num, Source]
NEAR = 16  # figures either side of a stated one that a judge looks at in its sentence
AFFIXES = 8  # names sharing a part kept for lookups by a similar name; a part shared by more is too common
RECENT = 64  # figures of the paragraph kept for a total or a target said in an earlier sentence
PER_SLOT = 3  # different figures kept for one name, role and period


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Reading a report makes many small objects, some in cycles (a sentence and its figures); the
    cyclic collector would rescan them over and over while they are still in use."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def same_indicator(first: str, second: str) -> bool:
    return first == second or (min(len(first), len(second)) >= 3 and (first in second or second in first))


def related(first: str, second: str) -> bool:
    """Names close enough within one sentence: 开工 and 开工项目."""
    return first == second or (min(len(first), len(second)) >= 2 and (first in second or second in first))


class NameIndex:
    """Figures said so far, by name, role and period: a target or last year's figure said elsewhere."""

    def __init__(self) -> None:
        self.slots: dict[str, dict[tuple[str, int | None, int | None], list[Mention]]] = {}
        self.affixes: dict[str, set[str]] = {}

    def add(self, mention: Mention) -> None:
        key = mention.key
        if len(key) < 2 or mention.year is None:
            return
        if mention.role is Role.TARGET:
            slot: tuple[str, int | None, int | None] = ("target", mention.year, None)
        elif mention.role in (Role.ACTUAL, Role.TO, Role.BASE):
            period = mention.when.period
            if period is None:
                return
            slot = ("actual", mention.year, period.month)
        else:
            return
        slots = self.slots.get(key)
        if slots is None:
            slots = self.slots[key] = {}
            for size in range(3, len(key)):
                for part in (key[:size], key[-size:]):
                    names = self.affixes.setdefault(part, set())
                    if len(names) <= AFFIXES:
                        names.add(key)
        found = slots.setdefault(slot, [])
        if len(found) < PER_SLOT and all(
            other.token.number != mention.token.number or other.token.unit != mention.token.unit for other in found
        ):
            found.append(mention)

    def find(self, key: str, slot: tuple[str, int | None, int | None]) -> tuple[list[Mention], bool]:
        """The figures of a name in a slot: by the same name (certain), else a name containing or
        contained in it (not certain)."""
        if len(key) < 2:
            return [], False
        exact = self.slots.get(key, {}).get(slot, [])
        if exact:
            return exact, True
        similar: list[Mention] = []
        names = set(self.affixes.get(key, set()))
        if len(names) > AFFIXES:
            names = set()  # too common a name to say which is meant
        names.update(key[:size] for size in range(3, len(key)) if key[:size] in self.slots)
        names.update(key[-size:] for size in range(3, len(key)) if key[-size:] in self.slots)
        for name in sorted(names):
            similar.extend(self.slots[name].get(slot, []))
        return similar, False


@dataclass(slots=True)
class Judged:
    finding: Finding
    value: Num | None  # the recomputed figure (exact and interval), for a later judge to use
    subject: Mention | None


class Auditor:
    """Reads a report and judges each stated figure with the first form that recognises it."""

    def __init__(self, text: str, data: Store | None = None, *, year: int | None = None, period: Period | None = None) -> None:
        self.document = Document(text, year=year, period=period)
        self.text = self.document.text
        self.data = data
        self.rounding = data.rounding if data is not None else "half-up"
        self.index = NameIndex()
        self.recent: deque[Mention] = deque(maxlen=RECENT)
        self._indicators: dict[str, tuple[Indicator, bool] | None] = {}
        self.sentence: Sentence = Sentence(0, 0, 0, 0)
        self.results: dict[int, Judged] = {}
        self.consumed: set[int] = set()
        self.previous: Sentence | None = None

    # --- the run ------------------------------------------------------------------------------

    def findings(self, judges: list[Callable[[Site], list[Finding] | None]]) -> Iterator[Finding]:
        for _, found in self.sentences(judges):
            yield from found

    def sentences(self, judges: list[Callable[[Site], list[Finding] | None]]) -> Iterator[tuple[Sentence, list[Finding]]]:
        """Each sentence with the findings on its stated figures (its mentions then know their growth)."""
        paragraph = -1
        read: list[Sentence] = []
        for sentence in self.document.sentences():
            if sentence.paragraph != paragraph:
                self.recent.clear()
                self.previous = None
                paragraph = sentence.paragraph
                _release(read)
            self.sentence, self.results, self.consumed = sentence, {}, set()
            with decimal.localcontext(WORKING):  # exact arithmetic for every judge (not across the yield)
                for index, token in enumerate(sentence.tokens):
                    if token.form is Form.AMOUNT or index in self.results or index in self.consumed:
                        continue
                    site = Site(self, sentence, index)
                    for judge in judges:
                        if judge(site) is not None:
                            break
            yield sentence, [self.results[index].finding for index in sorted(self.results)]
            for mention in sentence.amounts():
                self.index.add(mention)
                self.recent.append(mention)
            self.previous = sentence
            read.append(sentence)
        _release(read)
        self.results = {}

    def record(self, index: int, finding: Finding, value: Num | None = None, subject: Mention | None = None) -> Finding:
        self.results[index] = Judged(finding, value, subject)
        return finding

    def consume(self, index: int) -> None:
        """A stated figure used as an input of another (the reference rate, last year's share): it is
        not judged on its own."""
        self.results.pop(index, None)
        self.consumed.add(index)

    # --- the data file ------------------------------------------------------------------------

    def indicator_for(self, name: str) -> tuple[Indicator, bool] | None:
        """The data file's indicator a name means: by name or alias (certain), else the longest
        name or alias contained in it or containing it (not certain)."""
        if self.data is None or len(name) < 2:
            return None
        if name in self._indicators:
            return self._indicators[name]
        key = matching_key(name)
        best: tuple[int, Indicator] | None = None
        found: tuple[Indicator, bool] | None = None
        for indicator in self.data.indicators.values():
            for known in (indicator.name, *indicator.aliases):
                if known == name or matching_key(known) == key:
                    found = (indicator, True)
                    break
                if len(known) >= 3 and (known in name or name in known) and (best is None or len(known) > best[0]):
                    best = (len(known), indicator)
            if found:
                break
        if found is None and best is not None:
            found = (best[1], False)
        self._indicators[name] = found
        return found

    def data_actual(self, mention: Mention, period: Period, unit: str) -> Found | None:
        match = self.indicator_for(mention.name)
        if match is None:
            return None
        indicator, certain = match
        entry = calc.actual_entry_for(indicator, period)
        if entry is None:
            return None
        return self._from_data(entry.value, indicator, unit, period, certain)

    def data_base(self, mention: Mention, period: Period, unit: str) -> Found | None:
        """上年同期 from the file: the stored comparable base of the period, else last year's actual."""
        match = self.indicator_for(mention.name)
        if match is None:
            return None
        indicator, certain = match
        base = calc.comparable_base(indicator, period, calc.actual_entry_for(indicator, period))
        if base is None:
            return None
        return self._from_data(base, indicator, unit, period.same_period_last_year(), certain)

    def data_target(self, mention: Mention, year: int, unit: str) -> Found | None:
        match = self.indicator_for(mention.name)
        if match is None:
            return None
        indicator, certain = match
        entry = indicator.targets.get(year)
        if entry is None:
            return None
        return self._from_data(entry.value, indicator, unit, Period(year), certain)

    def _from_data(self, value: Decimal, indicator: Indicator, unit: str, period: Period, certain: bool) -> Found | None:
        converted = units.convert(value, indicator.unit, unit)
        if converted is None:
            return None
        return Num.known(converted, f"{plain(value)}{indicator.unit}", certain), Reason.of(AuditWord.FROM_DATA, period=period)

    def missing(self, key: AuditWord) -> Reason:
        """No base (target) in the text — and, with a data file, none there either."""
        if self.data is not None:
            return Reason.of({AuditWord.NO_BASE: AuditWord.NO_BASE_IN_DATA, AuditWord.NO_TARGET: AuditWord.NO_TARGET_IN_DATA}.get(key, key))
        return Reason.of(key)

    # --- periods ------------------------------------------------------------------------------

    @staticmethod
    def period_of(mention: Mention) -> Period | None:
        period = mention.when.period
        if period is None or mention.year is None:
            return None
        return Period(mention.year, period.month)

    @staticmethod
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
        return Reason.of(AuditWord.PERIOD_UNCERTAIN, why=AuditWord.PERIOD_NOT_SAID)

    # --- inputs -------------------------------------------------------------------------------

    def subject_before(self, sentence: Sentence, index: int, rate_name: str = "", *, targets: bool = True) -> Mention | None:
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

    def base_for(self, subject: Mention, index: int) -> tuple[Found | None, Reason | None]:
        """上年同期 of a subject: stated beside it, implied by a change, in the data file, or said elsewhere.

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
            if mention.role is Role.BASE:
                # 1-10月…，上年为X: last year's whole, or its first ten months? Only 上年同期 says.
                certain = mention.same_period or subject.when.span is Span.YEAR
                return (Num.of(mention, value, certain=certain), AuditWord.FROM_SENTENCE), None
            if mention.role is Role.DELTA and delta is None:
                change = Num.of(mention, value)
                base = current - change if mention.sign > 0 else current + change
                delta = base.labelled(None), Reason.of(AuditWord.FROM_CHANGE, change=mention.token.printed)
        if delta is not None:
            return delta, None
        if subject.role is Role.TO:
            start = sentence.mentions[max(0, subject.index - 4) : subject.index]
            for mention in reversed(start):
                if mention is not None and mention.role is Role.FROM and (value := mention.token.in_unit(unit)) is not None:
                    return (Num.of(mention, value), AuditWord.FROM_SENTENCE), None
        return self.last_year(subject, unit)

    @staticmethod
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

    def last_year(self, subject: Mention, unit: str) -> tuple[Found | None, Reason | None]:
        """The same period a year earlier, from the data file or said elsewhere in the text."""
        period = self.period_of(subject)
        if period is None:
            return None, self.period_doubt(subject.when) if self.data is not None or subject.when.why is Why.CARRIED else None
        if self.data is not None:
            found = self.data_base(subject, period, unit)
            if found is not None:
                return found, None
        earlier = period.same_period_last_year()
        mentions, certain = self.index.find(subject.key, ("actual", earlier.year, earlier.month))
        return self._unique(mentions, unit, certain, AuditWord.FROM_TEXT), None

    def of_year(self, subject: Mention, index: int, year: int) -> Found | None:
        """The subject's figure of an earlier year (是2015年的N倍, 比2015年增长X%): printed in the
        sentence, said before in the text, or in the data file."""
        unit = subject.token.unit
        sentence = subject.sentence
        for mention in sentence.mentions[max(0, index - NEAR) : index + NEAR]:
            if mention is None or mention is subject or mention.year != year or mention.role not in (Role.FROM, Role.ACTUAL, Role.BASE):
                continue
            value = mention.token.in_unit(unit)
            if value is not None and value > 0 and (not mention.key or not subject.key or related(mention.key, subject.key)):
                return Num.of(mention, value), AuditWord.FROM_SENTENCE
        period = self.period_of(subject)
        month = period.month if period is not None else None
        mentions, certain = self.index.find(subject.key, ("actual", year, month))
        found = self._unique(mentions, unit, certain, AuditWord.FROM_TEXT)
        if found is None and self.data is not None and period is not None:
            found = self.data_actual(subject, Period(year, month), unit)
        return found

    def _unique(self, mentions: list[Mention], unit: str, certain: bool, source: Source) -> Found | None:
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

    def target_for(self, subject: Mention, index: int, inline: Mention | None = None) -> Found | None:
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
            found = self._unique(group, unit, True, AuditWord.FROM_SENTENCE)
            if found is not None:
                for mention in group:
                    mention.measure = True
                return found
        year = subject.year
        if year is None:
            return None
        mentions, certain = self.index.find(subject.key, ("target", year, None))
        found = self._unique(mentions, unit, certain, AuditWord.FROM_TEXT)
        if found is None and self.data is not None:
            found = self.data_target(subject, year, unit)
        return found

    def total_named(self, key: str, scope: str, part: Mention) -> Found | None:
        """The whole a share is of, named by the text (占全区项目协议总投资的…): printed in this
        sentence or an earlier one of the paragraph, or said before elsewhere."""
        unit = part.token.unit
        sentence = part.sentence
        same = [m for m in sentence.mentions[max(0, part.index - NEAR) : part.index + NEAR] if m is not None and m is not part]
        for group, certain in ((same, True), (list(reversed(self.recent)), True)):
            exact = [m for m in group if m.key == key and self._could_be_whole(m, part, scope)]
            if exact:
                return self._unique(exact[:1], unit, certain, AuditWord.FROM_SENTENCE if group is same else AuditWord.FROM_TEXT)
        for group in (same, list(reversed(self.recent))):
            similar = [m for m in group if m.key and same_indicator(m.key, key) and self._could_be_whole(m, part, scope)]
            if similar:
                return self._unique(similar[:1], unit, False, AuditWord.FROM_SENTENCE if group is same else AuditWord.FROM_TEXT)
        return None

    @staticmethod
    def _could_be_whole(mention: Mention, part: Mention, scope: str) -> bool:
        """A whole is larger than its part and, when the whole is named for an area (全区…), named so too."""
        if mention.role in (Role.BASE, Role.DELTA, Role.EXCESS, Role.TARGET, Role.FROM):
            return False
        value = mention.token.in_unit(part.token.unit)
        if value is None or value <= part.token.number:
            return False
        return not scope or mention.scope == scope or mention.key != part.key

    def total_said(self, part: Mention) -> Found | None:
        """The whole of a share named only generically (占总数的, 占全部的): the figure of the whole
        area (全市…, 总…) said before it in the sentence or paragraph — never certain enough to call
        the share wrong."""
        sentence = part.sentence
        before = [m for m in sentence.mentions[max(0, part.index - NEAR) : part.index] if m is not None]
        for mention in reversed([*self.recent, *before]):
            if mention.reference or mention is part or not (mention.scope or "总" in mention.name or "合计" in mention.name):
                continue
            value = mention.token.in_unit(part.token.unit)
            if value is not None and value > part.token.number:
                source = AuditWord.FROM_SENTENCE if mention.sentence is sentence else AuditWord.FROM_TEXT
                return Num.of(mention, value, certain=False), source
        return None

    def total_before(self, part: Mention) -> Found | None:
        """The whole of an unnamed share (…18.4亿元，其中工业税收11.2亿元，占60.9%): the figure right
        before 其中 in the sentence."""
        sentence = part.sentence
        lower = max(0, part.index - NEAR)
        where = self.text.rfind("其中", max(sentence.start, sentence.tokens[lower].start), part.token.start)
        if where == -1:
            return None
        before = [m for m in sentence.mentions[lower : part.index] if m is not None and m.token.end <= where and not m.reference]
        if not before:
            return None
        value = before[-1].token.in_unit(part.token.unit)
        if value is None or value <= 0:
            return None
        return Num.of(before[-1], value), AuditWord.FROM_SENTENCE


def _release(sentences: list[Sentence]) -> None:
    """Sentences of a paragraph read: the figures kept by the index no longer hold them whole, so
    memory stays with the findings and the names said, not with the text."""
    for sentence in sentences:
        sentence.tokens, sentence.whens, sentence.mentions, sentence.marks = [], [], [], []
    sentences.clear()


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
        read = read_name(words)
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
            period = self.auditor.period_of(subject) if subject is not None else when.period
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


__all__ = ["Auditor", "Found", "Judged", "NameIndex", "Site", "Source", "related", "same_indicator"]
