"""Recompute every percentage a Chinese report states (同比, 完成率, 序时进度差, 占比) and judge each one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from jctrack.decimals import round_to
from jctrack.model import Indicator, Period, Store
from jctrack.textfigures import (
    NUMBER,
    Quantity,
    YearContext,
    in_target_context,
    month_in,
    name_before,
    normalize,
    parse_number,
    quantities,
    sentences,
)

HUNDRED = Decimal(100)
VERDICTS = ("consistent", "rounding", "inconsistent", "unverifiable")

_Q = rf"({NUMBER})\s*(?:多|余)?\s*(?:亿|万|千)?(?:余)?(?:元|吨|亩|千瓦时|家|个|户|人次|人|项|件)"
GROWTH = re.compile(
    r"(同比增长|同比增加|同比下降|同比减少|同比降低|比上年增长|比上年下降|比去年同期增长|比去年同期下降|比增|"
    r"增幅达到|增幅达|增幅为|增幅|增速为|增速|增长|下降|减少|降低|回落)\s*"
    rf"(-?{NUMBER})\s*(%|倍)"
)
NEGATIVE_WORDS = ("下降", "减少", "降低", "回落")
_COMPLETION = re.compile(
    r"(?:完成(?:了)?(?:全年|年度|全年度)?(?:的)?(?:目标|计划|任务)(?:任务)?|完成年初预算数?|"
    r"占(?:全年|年度)?(?:任务数|计划|目标|任务|年初预算数?|预算数?))"
    rf"\s*(?:{_Q})?\s*的\s*({NUMBER})%"
)
_SCHEDULE = re.compile(
    r"(超|超过|快于|高于|领先|短|低于|慢于|落后于|落后|滞后于|滞后)\s*(?:序时|时序|时间|平均|均衡)进度\s*"
    rf"({NUMBER})\s*个?百分点"
)
_SCHEDULE_BEHIND = ("短", "低于", "慢于", "落后", "滞后")
_SHARE = re.compile(rf"(占比|比重)\s*(?:达到|达|为|是)?\s*({NUMBER})%")
_SHARE_CHANGE = re.compile(rf"(?:比上年|较上年|同比)?(提高|上升|增加|提升|下降|降低|减少|回落)\s*({NUMBER})\s*个?百分点")
_BASE_EXPLICIT = re.compile(
    rf"(?:(?:去年|上年)同期|上年|去年|比(?:(?:19|20)\d\d年|上年|去年)(?:同期)?的?|较(?:去年|上年)(?:同期)?的?)\s*(?:为|是)?\s*{_Q}"
)
_DELTA = re.compile(rf"(增收|减收|增加|减少|净增|减支|多收|少收|增长)\s*{_Q}")
_TARGET_SUFFIXES = ("年度目标", "全年目标", "目标任务", "预期目标", "目标", "计划", "任务")
_SHARE_BEFORE = re.compile(rf"比上年的?\s*({NUMBER})%|上年(?:为|是)\s*({NUMBER})%")


@dataclass(frozen=True)
class Finding:
    """One stated percentage: what the text says, what the figures give, and the verdict."""

    sentence: str
    indicator: str | None
    kind: str
    stated: str  # as printed, signed per the wording: 下降4.2% is "-4.2"
    unit: str  # "%", "倍" or "个百分点"
    computed: Decimal | None  # exact recomputation rounded to the stated precision
    verdict: str


@dataclass(frozen=True)
class Mention:
    """A figure in the text attributed to a named indicator."""

    name: str
    quantity: Quantity
    year: int | None
    month: int | None
    target: bool
    sentence: str
    offset: int  # of the sentence in the text


@dataclass(frozen=True)
class Bounds:
    """A value as printed: exact where known, with the interval its rounding allows."""

    exact: Decimal
    low: Decimal
    high: Decimal

    @classmethod
    def of(cls, quantity: Quantity, value: Decimal, exact: bool) -> Bounds:
        if exact:
            return cls(value, value, value)
        scale = value / quantity.number if quantity.number else Decimal(1)
        if quantity.approximate:
            # 400多 is 400–500, 480余 is 480–490: up to the next unit of the last non-zero digit.
            digits = quantity.number.normalize().as_tuple()
            step = Decimal(1).scaleb(digits.exponent if isinstance(digits.exponent, int) else 0)
            return cls(value, value, value + step * scale)
        half = quantity.half_unit() * scale
        return cls(value, value - half, value + half)

    @classmethod
    def exactly(cls, value: Decimal) -> Bounds:
        return cls(value, value, value)


def _places(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _ratio_range(top: Bounds, bottom: Bounds) -> tuple[Decimal, Decimal] | None:
    if bottom.low <= 0:
        return None
    corners = [top.low / bottom.low, top.low / bottom.high, top.high / bottom.low, top.high / bottom.high]
    return min(corners), max(corners)


def judge(stated: Decimal, places: int, exact: Decimal | None, possible: tuple[Decimal, Decimal] | None) -> tuple[Decimal | None, str]:
    """consistent if the exact figure rounds to the stated one; rounding if inputs within their printed
    precision can give it; inconsistent if none can."""
    if exact is None:
        return None, "unverifiable"
    computed = round_to(exact, places)
    if computed == stated:
        return computed, "consistent"
    half = Decimal(5).scaleb(-places - 1)
    if possible is not None and possible[0] <= stated + half and possible[1] >= stated - half:
        # The stated figure's own interval [s − h, s + h) meets what the printed inputs allow.
        return computed, "rounding"
    return computed, "inconsistent"


class Auditor:
    """Audits one text; `data`, when given, supplies bases and targets the text does not state."""

    def __init__(self, text: str, data: Store | None = None):
        self.text = normalize(text)
        self.data = data
        self.sentences = sentences(self.text)
        self.years = YearContext(self.text)
        self.mentions = [m for offset, sentence in self.sentences for m in self._mentions(offset, sentence)]

    def _mentions(self, offset: int, sentence: str) -> list[Mention]:
        found = []
        for quantity in quantities(sentence):
            name = name_before(sentence, quantity.start)
            if name is None:
                continue
            where = offset + quantity.start
            month = month_in(sentence[: quantity.start]) or month_in(sentence)
            target = in_target_context(sentence, sentence.rfind(name, 0, quantity.start))
            for word in _TARGET_SUFFIXES:  # 工业开票销售目标230亿元: the target of 工业开票销售
                if name.endswith(word) and len(name) > len(word) + 1:
                    name, target = name.removesuffix(word), True
                    break
            found.append(Mention(name, quantity, self.years.at(where + 1), month, target, sentence, offset))
        return found

    # --- matching ------------------------------------------------------------------------------

    @staticmethod
    def same_indicator(first: str, second: str) -> bool:
        return first == second or (min(len(first), len(second)) >= 3 and (first in second or second in first))

    def indicator_for(self, name: str | None) -> Indicator | None:
        """The data file's indicator a name in the text means: by name or alias, else the longest contained."""
        if self.data is None or not name:
            return None
        best: tuple[int, Indicator] | None = None
        for indicator in self.data.indicators.values():
            for known in (indicator.name, *indicator.aliases):
                if known == name:
                    return indicator
                if len(known) >= 3 and (known in name or name in known) and (best is None or len(known) > best[0]):
                    best = (len(known), indicator)
        return best[1] if best else None

    def _current_before(self, sentence: str, offset: int, position: int) -> Mention | None:
        """The figure a percentage speaks of: the last one before it that is not a reference
        (占年度计划50亿元, 年初预算数4.5亿元 are what it is measured against)."""
        candidates = [m for m in self.mentions if m.offset == offset and m.quantity.end <= position and not self._is_reference(m.name)]
        return candidates[-1] if candidates else None

    @staticmethod
    def _is_reference(name: str) -> bool:
        return name.startswith("占") or any(word in name for word in ("预算数", "任务数", "年初预算", "年度计划"))

    def next_subject(self, offset: int, position: int) -> int | None:
        later = [m.quantity.start for m in self.mentions if m.offset == offset and m.quantity.start > position]
        return min(later) if later else None

    # --- inputs ---------------------------------------------------------------------------------

    def _base_for(self, current: Mention, sentence: str, window: tuple[int, int]) -> Bounds | None:
        """同期 base: stated in the sentence, implied by an amount of change, from the data, or elsewhere in the text."""
        unit = current.quantity.unit
        segment = sentence[window[0] : window[1]]
        for match in _BASE_EXPLICIT.finditer(segment):
            base = self._quantity_in(segment, match.start(1))
            if base is not None and (value := base.in_unit(unit)) is not None:
                return Bounds.of(base, value, exact=False)
        for match in _DELTA.finditer(segment):
            delta = self._quantity_in(segment, match.start(2))
            change = delta.in_unit(unit) if delta else None
            if delta is None or change is None:
                continue
            current_bounds = Bounds.of(current.quantity, current.quantity.number, exact=current.target)
            delta_bounds = Bounds.of(delta, change, exact=False)
            sign = -1 if match.group(1) in ("减收", "减少", "减支", "少收") else 1
            # base = current − Δ (or + Δ for a fall); its interval widens by both.
            if sign > 0:
                return Bounds(current_bounds.exact - change, current_bounds.low - delta_bounds.high, current_bounds.high - delta_bounds.low)
            return Bounds(current_bounds.exact + change, current_bounds.low + delta_bounds.low, current_bounds.high + delta_bounds.high)
        if current.year is not None:
            last_year = Period(current.year - 1, current.month)
            indicator = self.indicator_for(current.name)
            if indicator is not None:
                entry = indicator.actuals.get(last_year) if last_year.month else indicator.actual_for_year(last_year.year)
                if entry is not None:
                    return Bounds.exactly(self._from_indicator_unit(entry.value, indicator.unit, unit))
            earlier = [
                m
                for m in self.mentions
                if not m.target
                and m.year == last_year.year
                and m.month == current.month
                and self.same_indicator(m.name, current.name)
                and m.quantity.in_unit(unit) is not None
            ]
            values = {m.quantity.in_unit(unit) for m in earlier}
            if len(values) == 1:  # two different figures for last year: which one is meant is not ours to guess
                mention = earlier[0]
                value = mention.quantity.in_unit(unit)
                assert value is not None
                return Bounds.of(mention.quantity, value, exact=False)
        return None

    @staticmethod
    def _from_indicator_unit(value: Decimal, indicator_unit: str, unit: str) -> Decimal:
        converted = Quantity("", value, indicator_unit, False, 0, 0).in_unit(unit)
        return value if converted is None else converted

    @staticmethod
    def _quantity_in(segment: str, position: int) -> Quantity | None:
        return next((q for q in quantities(segment) if q.start == position), None)

    def _target_for(self, current: Mention) -> Bounds | None:
        unit = current.quantity.unit
        indicator = self.indicator_for(current.name)
        if indicator is not None and current.year is not None and current.year in indicator.targets:
            return Bounds.exactly(self._from_indicator_unit(indicator.targets[current.year].value, indicator.unit, unit))
        targets = [
            m
            for m in self.mentions
            if m.target and m.year == current.year and m is not current and self.same_indicator(m.name, current.name)
        ]
        values = {m.quantity.in_unit(unit) for m in targets} - {None}
        if len(values) == 1:
            value = values.pop()
            assert value is not None
            return Bounds.exactly(value)  # a target is set exactly
        return None

    # --- forms ----------------------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        for offset, sentence in self.sentences:
            found += self._sentence_findings(offset, sentence)
        return found

    def _sentence_findings(self, offset: int, sentence: str) -> list[Finding]:
        found: list[tuple[int, Finding]] = []
        taken: list[tuple[int, int]] = []

        def free(match: re.Match[str]) -> bool:
            return not any(start < match.end() and match.start() < end for start, end in taken)

        for match in _SCHEDULE.finditer(sentence):
            taken.append(match.span())
            found.append((match.start(), self._schedule(sentence, offset, match)))
        for match in _COMPLETION.finditer(sentence):
            if free(match):
                taken.append(match.span())
                found.append((match.start(), self._completion(sentence, offset, match)))
        for match in _SHARE.finditer(sentence):
            if free(match):
                taken.append(match.span())
                found.append((match.start(), self._share(sentence, offset, match)))
                change = _SHARE_CHANGE.search(sentence, match.end())
                if change and free(change):
                    taken.append(change.span())
                    found.append((change.start(), self._share_change(sentence, offset, match, change)))
        for match in GROWTH.finditer(sentence):
            if free(match):
                taken.append(match.span())
                found.append((match.start(), self._growth(sentence, offset, match)))
        return [finding for _, finding in sorted(found, key=lambda item: item[0])]

    def _growth(self, sentence: str, offset: int, match: re.Match[str]) -> Finding:
        word, number, unit = match.group(1), match.group(2), match.group(3)
        negative = any(w in word for w in NEGATIVE_WORDS)
        stated = parse_number(number) * (-1 if negative else 1)
        stated_text = ("-" if negative and not number.startswith("-") else "") + number
        current = self._current_before(sentence, offset, match.start())
        name = current.name if current else None
        if current is None:
            return Finding(sentence, name, "growth", stated_text, unit, None, "unverifiable")
        end = self.next_subject(offset, match.end()) or len(sentence)
        base = self._base_for(current, sentence, (current.quantity.end, end))
        if base is None or base.exact <= 0:
            return Finding(sentence, name, "growth", stated_text, unit, None, "unverifiable")
        value = Bounds.of(current.quantity, current.quantity.number, exact=current.target)
        scale = Decimal(1) if unit == "倍" else HUNDRED
        exact = (value.exact / base.exact - 1) * scale
        possible = _ratio_range(value, base)
        bounds = None if possible is None else ((possible[0] - 1) * scale, (possible[1] - 1) * scale)
        computed, verdict = judge(stated, _places(number), exact, bounds)
        return Finding(sentence, name, "growth", stated_text, unit, computed, verdict)

    def _completion(self, sentence: str, offset: int, match: re.Match[str]) -> Finding:
        number = match.group(2)
        current = self._current_before(sentence, offset, match.start())
        name = current.name if current else None
        target: Bounds | None = None
        if current is not None:
            if match.group(1):
                inline = self._quantity_in(sentence, match.start(1))
                inline_value = inline.in_unit(current.quantity.unit) if inline else None
                if inline is not None and inline_value is not None:
                    target = Bounds.of(inline, inline_value, exact=True)  # a budget or target figure is set exactly
            else:
                target = self._target_for(current)
        if current is None or target is None or target.exact <= 0:
            return Finding(sentence, name, "completion", number, "%", None, "unverifiable")
        value = Bounds.of(current.quantity, current.quantity.number, exact=False)
        exact = value.exact / target.exact * HUNDRED
        possible = _ratio_range(value, target)
        bounds = None if possible is None else (possible[0] * HUNDRED, possible[1] * HUNDRED)
        computed, verdict = judge(parse_number(number), _places(number), exact, bounds)
        return Finding(sentence, name, "completion", number, "%", computed, verdict)

    def _schedule(self, sentence: str, offset: int, match: re.Match[str]) -> Finding:
        word, number = match.group(1), match.group(2)
        behind = any(word.startswith(w) for w in _SCHEDULE_BEHIND)
        stated = parse_number(number) * (-1 if behind else 1)
        stated_text = ("-" if behind else "") + number
        completion = _COMPLETION.search(sentence[: match.start()])
        current = self._current_before(sentence, offset, completion.start() if completion else match.start())
        name = current.name if current else None
        month = month_in(sentence) or month_in(self.text[max(0, offset - 200) : offset])
        if month is None or completion is None:
            return Finding(sentence, name, "schedule_gap", stated_text, "个百分点", None, "unverifiable")
        progress = Decimal(month) * HUNDRED / 12
        printed = completion.group(2)
        done = Bounds.of(Quantity(printed, parse_number(printed), "%", False, 0, 0), parse_number(printed), exact=False)
        exact_completion = None
        if current is not None:
            inline = self._quantity_in(sentence, completion.start(1)) if completion.group(1) else None
            target = Bounds.exactly(inline.number) if inline else self._target_for(current)
            if target is not None and target.exact > 0:
                exact_completion = current.quantity.number / target.exact * HUNDRED
        # With the inputs, the gap is computed exactly; otherwise from the printed 完成率 and its rounding.
        exact = (exact_completion if exact_completion is not None else done.exact) - progress
        computed, verdict = judge(stated, _places(number), exact, (done.low - progress, done.high - progress))
        return Finding(sentence, name, "schedule_gap", stated_text, "个百分点", computed, verdict)

    def _share_name(self, sentence: str, position: int) -> str | None:
        head = sentence[:position]
        start = max(head.rfind(mark) for mark in ",:;、")
        name = head[start + 1 :].strip()
        for suffix in ("达到", "达", "为", "是"):
            name = name.removesuffix(suffix)
        return name or None

    def _share(self, sentence: str, offset: int, match: re.Match[str]) -> Finding:
        number = match.group(2)
        name = self._share_name(sentence, match.end(1))
        # Only "A…占B…的比重" with both amounts printed in the sentence can be recomputed.
        parts = [m for m in self.mentions if m.offset == offset and m.quantity.end <= match.start()]
        zhan = sentence.rfind("占", 0, match.start())
        if len(parts) >= 2 and zhan != -1 and parts[-2].quantity.end <= zhan < parts[-1].quantity.start:
            part, whole = parts[-2].quantity, parts[-1].quantity
            whole_value = whole.in_unit(part.unit)
            if whole_value is not None and whole_value > 0:
                part_bounds = Bounds.of(part, part.number, exact=False)
                whole_bounds = Bounds.of(whole, whole_value, exact=False)
                possible = _ratio_range(part_bounds, whole_bounds)
                bounds = None if possible is None else (possible[0] * HUNDRED, possible[1] * HUNDRED)
                computed, verdict = judge(parse_number(number), _places(number), part.number / whole_value * HUNDRED, bounds)
                return Finding(sentence, name, "share", number, "%", computed, verdict)
        return Finding(sentence, name, "share", number, "%", None, "unverifiable")

    def _share_change(self, sentence: str, offset: int, share: re.Match[str], change: re.Match[str]) -> Finding:
        number = change.group(2)
        falling = change.group(1) in ("下降", "降低", "减少", "回落")
        stated = parse_number(number) * (-1 if falling else 1)
        stated_text = ("-" if falling else "") + number
        name = self._share_name(sentence, share.end(1))
        now_text = share.group(2)
        before = _SHARE_BEFORE.search(sentence)
        previous: Bounds | None = None
        if before:
            printed = before.group(1) or before.group(2)
            previous = Bounds.of(Quantity(printed, parse_number(printed), "%", False, 0, 0), parse_number(printed), exact=False)
        else:
            indicator = self.indicator_for(name)
            year = self.years.at(offset + share.start() + 1)
            if indicator is not None and year is not None:
                entry = indicator.actual_for_year(year - 1)
                previous = Bounds.exactly(entry.value) if entry else None
        if previous is None:
            return Finding(sentence, name, "share_change", stated_text, "个百分点", None, "unverifiable")
        now = Bounds.of(Quantity(now_text, parse_number(now_text), "%", False, 0, 0), parse_number(now_text), exact=False)
        exact = now.exact - previous.exact
        computed, verdict = judge(stated, _places(number), exact, (now.low - previous.high, now.high - previous.low))
        return Finding(sentence, name, "share_change", stated_text, "个百分点", computed, verdict)


def audit(text: str, data: Store | None = None) -> list[Finding]:
    return Auditor(text, data).findings()


def summary(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(finding.verdict for finding in findings)
    return {verdict: counts.get(verdict, 0) for verdict in VERDICTS}
