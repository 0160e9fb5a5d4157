"""The figures a report states — indicator, period, value, stated growth, target or actual — ready to store.

The text is read as `audit` reads it (`jctrack.textread`), so a figure has the period the text says
for it: a clause under 1-10月 is stored as 1–10月 (2019-10), never as the whole year. A figure whose
period is uncertain (a month or quarter alone, 今年以来, months said in another paragraph) is not
listed, and so never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jctrack.audit import judged
from jctrack.decimals import normalize as tidy
from jctrack.edits import Change, begin_batch, put
from jctrack.model import Entry, Indicator, Period, Store, validate_value
from jctrack.textread import units
from jctrack.textread.document import Mention, Role
from jctrack.textread.indicators import IndicatorNames
from jctrack.textread.normal import visible
from jctrack.textread.patterns import TextPattern
from jctrack.textread.reader import Reader, collection_paused, period_of

_AFTER = 40  # characters after a figure where its outcome (超额完成全年目标任务) is said
_STATUS_WORDS = (
    (TextPattern("exceeded words", r"超额完成(?:了)?(?:全年|年度)?的?目标任务", window=_AFTER), "exceeded"),
    (TextPattern("met words", r"完成(?:了)?(?:全年|年度)?的?目标任务", window=_AFTER), "met"),
)
# A figure worth listing though no indicator in the file has its name: said as done, added or signed.
_REPORTED = TextPattern("reported words", r"完成|实现|新增|签约|引进|发放|累计", window=48)


@dataclass(frozen=True)
class Figure:
    name: str  # as the text names it
    indicator: Indicator | None  # the data file's indicator, or None when new
    period: Period  # a year, or a year-to-date month (2019-10 is 1–10月)
    type: str  # "actual" or "target"
    value: Decimal  # in the indicator's unit when matched, else as printed
    unit: str
    printed: str  # the figure as the text prints it
    approximate: bool
    stated_growth: Decimal | None
    stated_status: str | None
    certain: bool = True  # matched to the indicator by its name or an alias (not only a similar name)

    def entry(self, source: str) -> Entry:
        note = f"原文“{self.printed}”，为约数" if self.approximate else None
        return Entry(self.value, note=note, source=source, stated_growth=self.stated_growth, stated_status=self.stated_status)


@dataclass
class Extraction:
    """The figures found, and how many were left out for want of a year or a certain period."""

    figures: list[Figure] = field(default_factory=list)
    without_year: int = 0  # 1-10月… with no year said: --year gives it
    uncertain_period: int = 0  # a month or quarter alone, 今年以来, months said in another paragraph


def extract(
    text: str, data: Store, default_year: int | None = None, *, year: int | None = None, period: Period | None = None
) -> list[Figure]:
    """Every figure the text attributes to an indicator, once per indicator, period and type.

    `year` (or `default_year`) and `period` hold for a text that names neither.
    """
    return read_figures(text, data, year=year if year is not None else default_year, period=period).figures


def read_figures(text: str, data: Store, *, year: int | None = None, period: Period | None = None) -> Extraction:
    """The figures of `extract`, with a count of those left out and why."""
    reader = Reader(text, year=year, period=period)
    names = IndicatorNames(data)
    found = Extraction()
    seen: set[tuple[str, Period, str]] = set()
    with collection_paused():
        for sentence, _ in judged(reader, data):
            for mention in sentence.amounts():
                figure = _figure(reader.text, names, mention, found)
                if figure is None:
                    continue
                key = (figure.indicator.id if figure.indicator else f"{figure.name} ({figure.unit})", figure.period, figure.type)
                if key not in seen:
                    seen.add(key)
                    found.figures.append(figure)
    return found


def _figure(text: str, names: IndicatorNames, mention: Mention, found: Extraction) -> Figure | None:
    if not mention.name or mention.role not in (Role.ACTUAL, Role.TO, Role.TARGET):
        return None
    target = mention.role is Role.TARGET
    if mention.forecast and not target:
        return None  # 预计全年完成…: neither an actual nor a target
    match = names.find(mention.name)
    token = mention.token
    clause = text[max(mention.sentence.clause_start(token.start), token.start - 48) : token.start]
    if match is None and not _REPORTED.search(clause):
        return None
    period = (None if mention.year is None else Period(mention.year)) if target else period_of(mention)
    if period is None:
        if mention.year is None:
            found.without_year += 1
        else:
            found.uncertain_period += 1
        return None
    value, unit = token.number, token.unit
    indicator, certain = match if match is not None else (None, True)
    if indicator is not None:
        converted = units.convert(token.number, token.unit, indicator.unit)
        if converted is None:
            return None  # 6家 is not an amount in 亿元: not this indicator's figure
        value, unit = tidy(converted), indicator.unit
    return Figure(
        name=visible(mention.name),
        indicator=indicator,
        period=period,
        type="target" if target else "actual",
        value=value,
        unit=unit,
        printed=visible(token.printed),
        approximate=token.approximate,
        stated_growth=mention.growth,
        stated_status=None if target else _stated_status(text, mention),
        certain=certain,
    )


def _stated_status(text: str, mention: Mention) -> str | None:
    """超额完成全年目标任务 / 完成全年目标任务 said after a figure, before the next one."""
    sentence = mention.sentence
    end = min(sentence.end, mention.token.end + _AFTER)
    for later in sentence.mentions[mention.index + 1 :]:
        if later is not None and not later.reference:
            end = min(end, later.token.start)
            break
    window = text[mention.token.end : end]
    for pattern, status in _STATUS_WORDS:
        if pattern.search(window):
            return status
    return None


LABELS = frozenset({"source"})


def apply(data: Store, figures: list[Figure], source: str, replace: bool, force: bool = False) -> list[Change]:
    """Store the figures of known indicators as add-actual/set-target would: validated, never silently
    overwriting. A figure matched only by a similar name is listed but not stored."""
    changes = []
    batch = begin_batch(data)  # one `undo` takes back everything one report put in
    for figure in figures:
        if figure.indicator is None or not figure.certain:
            continue
        entry = figure.entry(source)
        validate_value(figure.indicator, entry.value)
        key: Period | int = figure.period.year if figure.type == "target" else figure.period
        # The source is a label of where the figure was read: it fills a gap, never contradicts a stored one.
        changes.append(put(data, figure.indicator, figure.type, key, entry, replace, force, batch=batch, fills=LABELS))
    return changes
