"""The figures a report states — indicator, period, value, stated growth, target or actual — ready to store."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jctrack.audit import GROWTH, NEGATIVE_WORDS, Auditor, Mention
from jctrack.edits import Change, put
from jctrack.model import Entry, Indicator, Period, Store, validate_value

_STATUS_WORDS = (
    (re.compile(r"超额完成(?:了)?(?:全年|年度)?的?目标任务"), "exceeded"),
    (re.compile(r"完成(?:了)?(?:全年|年度)?的?目标任务"), "met"),
)
# A figure worth listing though no indicator in the file has its name: said as done, added or signed.
_REPORTED = re.compile(r"完成|实现|新增|签约|引进|发放|累计")


@dataclass(frozen=True)
class Figure:
    name: str  # as the text names it
    indicator: Indicator | None  # the data file's indicator, or None when new
    period: Period
    type: str  # "actual" or "target"
    value: Decimal  # in the indicator's unit when matched, else as printed
    unit: str
    printed: str  # the figure as the text prints it
    approximate: bool
    stated_growth: Decimal | None
    stated_status: str | None

    def entry(self, source: str) -> Entry:
        note = f"原文“{self.printed}”，为约数" if self.approximate else None
        return Entry(self.value, note=note, source=source, stated_growth=self.stated_growth, stated_status=self.stated_status)


def _clause_before(mention: Mention) -> str:
    """The clause a figure stands in, up to the figure: where its verb (完成, 新增…) is said."""
    head = mention.sentence[: mention.quantity.start]
    return head[max(head.rfind(","), head.rfind(";")) + 1 :]


def _window_after(auditor: Auditor, mention: Mention) -> str:
    """The words after a figure up to the next figure of its sentence: where its growth and outcome are said."""
    end = auditor.next_subject(mention.offset, mention.quantity.end) or len(mention.sentence)
    return mention.sentence[mention.quantity.end : end]


def _stated_growth(window: str) -> Decimal | None:
    match = GROWTH.search(window)
    if match is None or match.group(3) != "%":
        return None
    number = Decimal(match.group(2).replace(",", ""))
    return -number if any(word in match.group(1) for word in NEGATIVE_WORDS) else number


def _stated_status(window: str, target: bool) -> str | None:
    if target:
        return None
    for pattern, status in _STATUS_WORDS:
        if pattern.search(window):
            return status
    return None


def extract(text: str, data: Store, default_year: int | None = None) -> list[Figure]:
    """Every figure the text attributes to an indicator, once per indicator, period and type."""
    auditor = Auditor(text, data)
    figures: list[Figure] = []
    seen: set[tuple[str, Period, str]] = set()
    for mention in auditor.mentions:
        year = mention.year or default_year
        if year is None:
            continue
        indicator = auditor.indicator_for(mention.name)
        if indicator is None and not _REPORTED.search(_clause_before(mention)):
            continue
        value, unit = mention.quantity.number, mention.quantity.unit
        if indicator is not None:
            converted = mention.quantity.in_unit(indicator.unit)
            if converted is None:
                continue  # 6家 is not an amount in 亿元: not this indicator's figure
            value, unit = converted, indicator.unit
        period = Period(year, None if mention.target else mention.month)
        kind = "target" if mention.target else "actual"
        key = (indicator.id if indicator else f"{mention.name} ({unit})", period, kind)
        if key in seen:
            continue
        seen.add(key)
        window = _window_after(auditor, mention)
        figures.append(
            Figure(
                name=mention.name,
                indicator=indicator,
                period=period,
                type=kind,
                value=value,
                unit=unit,
                printed=mention.quantity.text,
                approximate=mention.quantity.approximate,
                stated_growth=_stated_growth(window),
                stated_status=_stated_status(window, mention.target),
            )
        )
    return figures


def apply(data: Store, figures: list[Figure], source: str, replace: bool) -> list[Change]:
    """Store the figures of known indicators as add-actual/set-target would: validated, never silently overwriting."""
    changes = []
    for figure in figures:
        if figure.indicator is None:
            continue
        entry = figure.entry(source)
        validate_value(figure.indicator, entry.value)
        key: Period | int = figure.period.year if figure.type == "target" else figure.period
        changes.append(put(data, figure.indicator, figure.type, key, entry, replace))
    return changes
