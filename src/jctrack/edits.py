"""Changes to a store with the same rules everywhere: typed values, no silent overwrite, a revision kept."""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from jctrack.calc import accumulates, actual_entry_for
from jctrack.decimals import plain
from jctrack.errors import InputError
from jctrack.model import (
    ENTRY_FIELDS,
    STATED_STATUSES,
    Entry,
    Indicator,
    Period,
    Revision,
    Store,
    ValueType,
    field_of,
    validate_entry_texts,
    validate_value,
)
from jctrack.units import bounded, parse_decimal, parse_quantity
from jctrack.words import Bilingual, Lang, Months, Phrase, period_label, say
from jctrack.words.messages import Msg


def parse_percent(text: str | None, what: Msg = Msg.STATED_GROWTH) -> Decimal | None:
    """A percentage as written, precision kept: 14.4, 15%, -4.2%."""
    if text is None or not text.strip():
        return None
    cleaned = text.strip().removesuffix("%").removesuffix("％")
    return parse_decimal(cleaned, what)


def make_entry(
    indicator: Indicator,
    value: str,
    *,
    stated_growth: str | None = None,
    base: str | None = None,
    note: str | None = None,
    source: str | None = None,
    stated_status: str | None = None,
) -> Entry:
    """Build an entry from text as typed (units allowed), refusing what makes no sense for the indicator."""
    amount = validate_value(indicator, parse_quantity(value, indicator.unit))
    base_amount = None
    if base is not None and base.strip():
        base_amount = validate_value(indicator, parse_quantity(base, indicator.unit, Msg.BASE), Msg.BASE)
    if stated_status is not None and stated_status not in STATED_STATUSES:
        raise InputError(Msg.STATED_STATUS_CHOICE, found=stated_status, choices=", ".join(STATED_STATUSES))
    return Entry(
        value=amount,
        note=note or None,
        source=source or None,
        stated_growth=parse_percent(stated_growth),
        base=base_amount,
        stated_status=stated_status or None,
    )


def parse_target_year(text: str) -> int:
    period = Period.parse(text)
    if not period.is_year:
        raise InputError(Msg.TARGET_YEAR, year=period.year, text=text)
    return period.year


class Action(StrEnum):
    """What putting one entry did."""

    ADDED = "added"
    REPLACED = "replaced"
    UPDATED = "updated"  # the same number; details it lacked filled in
    UNCHANGED = "unchanged"


FIELD_WORDS = {
    "value": Msg.FIELD_VALUE,
    "note": Msg.FIELD_NOTE,
    "source": Msg.FIELD_SOURCE,
    "stated_growth": Msg.FIELD_STATED_GROWTH,
    "base": Msg.FIELD_BASE,
    "stated_status": Msg.FIELD_STATED_STATUS,
}
TYPE_WORDS = {ValueType.ACTUAL: Msg.ACTUAL, ValueType.TARGET: Msg.TARGET}


@dataclass(frozen=True)
class Change:
    """What putting one entry did (or, in a dry run, would do)."""

    action: Action
    indicator: Indicator
    type: ValueType
    key: str  # the period
    old: Entry | None
    new: Entry
    kept: tuple[str, ...] = ()  # details given that differ from the stored ones, kept without --replace
    warnings: tuple[Caution, ...] = ()  # accepted, but worth a second look

    def describe(self, dry_run: bool = False, lang: Lang | None = None) -> str:
        what = {"name": self.indicator.name, "period": self.key, "type": TYPE_WORDS[self.type], "unit": self.indicator.unit}
        if self.action is Action.UNCHANGED:
            kept = [FIELD_WORDS[name] for name in self.kept]
            return say(Msg.UNCHANGED_KEPT if kept else Msg.UNCHANGED, lang, value=self.new.value, fields=kept, **what)
        if self.action is Action.UPDATED:
            filled = [FIELD_WORDS[name] for name in ENTRY_FIELDS if getattr(self.new, name) != getattr(self.old, name)]
            updated = say(Msg.WOULD_UPDATE if dry_run else Msg.UPDATED, lang, value=self.new.value, fields=filled, **what)
            if self.kept:
                return say(Msg.UPDATED_KEPT, lang, updated=updated, fields=[FIELD_WORDS[name] for name in self.kept])
            return updated
        if self.action is Action.REPLACED and self.old is not None:
            return say(Msg.WOULD_REPLACE if dry_run else Msg.REPLACED, lang, old=self.old.value, new=self.new.value, **what)
        return say(Msg.WOULD_ADD if dry_run else Msg.ADDED, lang, value=self.new.value, **what)


def now() -> str:
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


def today() -> datetime.date:
    """Today's date, or JCTRACK_TODAY (YYYY-MM-DD) where a test or a demonstration sets another."""
    setting = os.environ.get("JCTRACK_TODAY", "").strip()
    if setting:
        try:
            return datetime.date.fromisoformat(setting)
        except ValueError:
            raise InputError(Msg.BAD_TODAY, value=setting) from None
    return datetime.date.today()


def check_has_begun(period: Period, on: datetime.date) -> None:
    """An actual is for a period that has begun: up to the current month (a 快报 comes in before the month
    ends), never a later one; a whole year once its December has begun."""
    last_month = (period.year, period.month or 12)
    if last_month > (on.year, on.month):
        raise InputError(Msg.FUTURE_PERIOD, period=period, today=on.isoformat())


# A year-to-date figure this many times last year's, or less than its inverse, is worth a second look.
IMPLAUSIBLE_FACTOR = Decimal(5)


@dataclass(frozen=True)
class Caution:
    """Something accepted that a person should look at again."""

    message: Phrase


def _accumulation_problem(indicator: Indicator, period: Period, value: Decimal) -> None:
    """A year-to-date flow or count never falls within a year: a figure below the month before is usually
    that month's own figure (当月数) typed instead of the year-to-date one (累计数)."""
    assert period.month is not None
    months = sorted(p.month for p in indicator.actuals if p.year == period.year and p.month is not None and p.month != period.month)
    before = [month for month in months if month < period.month]
    after = [month for month in months if month > period.month]
    if before and value < (earlier := indicator.actuals[Period(period.year, before[-1])].value):
        raise InputError(
            Msg.YTD_FALLS,
            name=indicator.name,
            year=period.year,
            value=value,
            month=period.month,
            months=Months(period),
            earlier=earlier,
            earlier_month=before[-1],
            earlier_months=Months(Period(period.year, before[-1])),
        )
    if after and value > (later := indicator.actuals[Period(period.year, after[0])].value):
        raise InputError(
            Msg.YTD_ABOVE_LATER,
            name=indicator.name,
            year=period.year,
            value=value,
            month=period.month,
            months=Months(period),
            later=later,
            later_month=after[0],
            later_months=Months(Period(period.year, after[0])),
        )


def _plausibility(indicator: Indicator, period: Period, value: Decimal) -> list[Caution]:
    last_year = actual_entry_for(indicator, period.same_period_last_year())
    if last_year is None or last_year.value <= 0 or value <= 0:
        return []
    ratio = value / last_year.value
    if IMPLAUSIBLE_FACTOR * value < last_year.value or ratio > IMPLAUSIBLE_FACTOR:
        # Which way it is out (五倍以上 / 不足五分之一), and the period as a reader names it (2019年1-9月).
        said = Msg.IMPLAUSIBLE if ratio > IMPLAUSIBLE_FACTOR else Msg.IMPLAUSIBLE_LOW
        named = Bilingual(period_label(period, Lang.ZH), period_label(period, Lang.EN))
        return [Caution(Phrase(said, name=indicator.name, period=named, value=value, last=last_year.value, unit=indicator.unit))]
    return []


def _within_bounds(entry: Entry, key: str) -> Entry:
    """The entry if every number of it can be kept (20 digits before the point, 15 after), each written with
    at most 15 places; else an error naming the field. Every way in (a command, an import, extract) comes here."""
    numbers = {}
    for name in ("value", "base", "stated_growth"):
        number = getattr(entry, name)
        if number is not None:
            what = field_of(FIELD_WORDS[name], key)
            if not number.is_finite():
                raise InputError(Msg.NOT_FINITE, what=what, value=number)
            numbers[name] = bounded(number, what)
    return Entry(numbers["value"], entry.note, entry.source, numbers.get("stated_growth"), numbers.get("base"), entry.stated_status)


def _detail(value: object) -> str:
    return plain(value) if isinstance(value, Decimal) else str(value)


def merged(old: Entry, given: Entry) -> Entry:
    """The stored entry with every field the command gave put over it; fields not given are kept."""
    values = {name: getattr(old, name) for name in ENTRY_FIELDS}
    values.update({name: getattr(given, name) for name in ENTRY_FIELDS if getattr(given, name) is not None})
    return Entry(**values)


@dataclass
class Batch:
    """The changes of one command that makes many (an import): recorded together, undone together.

    Each value it adds or replaces has a revision of its own with every field after (and before, for a
    replace), as a single `add-actual` has, all sharing the batch's number: `undo` then restores exactly,
    and `revisions` shows what each value was and became.
    """

    number: int


def begin_batch(store: Store) -> Batch:
    """A new batch; its number is unique in the file (the count of revisions when it began)."""
    return Batch(len(store.revisions))


def value_key(indicator_id: str, kind: str, key: str) -> str:
    """How a batch's revision of an older file names a value it added: "industrial_sales actual 2019-06"."""
    return f"{indicator_id} {kind} {key}"


def record_new_indicator(store: Store, indicator: Indicator, batch: Batch | None = None) -> None:
    """Record that an indicator was added, so that `undo` can remove it again."""
    store.revisions.append(
        Revision(now(), indicator.id, "", "indicator", action="add-indicator", batch=None if batch is None else batch.number)
    )


def _record_add(store: Store, indicator: Indicator, kind: str, key: str, entry: Entry, batch: Batch | None) -> None:
    details = any(getattr(entry, name) is not None for name in ENTRY_FIELDS[1:])
    number = None if batch is None else batch.number
    store.revisions.append(
        Revision(now(), indicator.id, key, kind, new=entry.value, after=entry if details else None, action="add", batch=number)
    )


def put(
    store: Store,
    indicator: Indicator,
    value_type: ValueType | str,
    key: Period | int,
    entry: Entry,
    replace: bool,
    force: bool = False,
    batch: Batch | None = None,
    fills: frozenset[str] = frozenset(),
) -> Change:
    """Store an actual (key: Period) or a target (key: year), never overwriting without `replace`.

    A value is the same when its number is. Details the stored entry lacks (a note, a source) are
    filled in; a number or a detail that differs from the stored one changes only with `replace`, and
    then only the fields given change. Without `replace` a differing detail refuses the whole change,
    naming it, so that nothing given is dropped unsaid — except the fields named in `fills`, given only
    to fill a gap (extract's and a bureau table's source, a label of where the figure was read): a stored
    one is kept, and the change says so. Every change, an add too, is appended to the store's
    revisions (within `batch` when one command makes many), so that `undo` can revert it.
    An actual is refused for a period that has not begun, and, unless `force`, where a year-to-date
    flow or count would fall within its year; one far from last year's is accepted with a warning.
    """
    value_type = ValueType(value_type)
    validate_entry_texts(entry, f"{indicator.id} {key}")
    entry = _within_bounds(entry, f"{indicator.name} {key}")
    warnings: list[Caution] = []
    if value_type is ValueType.ACTUAL and isinstance(key, Period):
        check_has_begun(key, today())
        if not force and accumulates(indicator) and key.month is not None:
            _accumulation_problem(indicator, key, entry.value)
        warnings = _plausibility(indicator, key, entry.value)
    table: dict[Any, Entry] = indicator.actuals if value_type is ValueType.ACTUAL else indicator.targets
    old = table.get(key)
    if old is None:
        table[key] = entry
        _record_add(store, indicator, value_type, str(key), entry, batch)
        return Change(Action.ADDED, indicator, value_type, str(key), None, entry, warnings=tuple(warnings))
    new = merged(old, entry)
    if new == old:
        return Change(Action.UNCHANGED, indicator, value_type, str(key), old, old)
    differing = tuple(name for name in ENTRY_FIELDS if getattr(old, name) is not None and getattr(new, name) != getattr(old, name))
    if differing and not replace:
        if old.value != new.value:
            raise InputError(
                Msg.ALREADY,
                name=indicator.name,
                period=key,
                type=TYPE_WORDS[value_type],
                old=old.value,
                unit=indicator.unit,
                new=new.value,
            )
        conflicting = [name for name in differing if name not in fills]
        if conflicting:
            pairs = [
                Phrase(Msg.DETAIL_PAIR, field=FIELD_WORDS[name], old=_detail(getattr(old, name)), new=_detail(getattr(new, name)))
                for name in conflicting
            ]
            raise InputError(
                Msg.DETAIL_DIFFERS,
                name=indicator.name,
                period=key,
                type=TYPE_WORDS[value_type],
                value=old.value,
                unit=indicator.unit,
                details=pairs,
            )
        # The same number, and only a label of where it was read differs: fill in what is missing, keep the
        # stored label, and say so.
        filled = Entry(**{name: getattr(old, name) if name in differing else getattr(new, name) for name in ENTRY_FIELDS})
        if filled == old:
            return Change(Action.UNCHANGED, indicator, value_type, str(key), old, old, differing)
        new = filled
    replacing = replace and bool(differing)
    number = None if batch is None else batch.number
    revision = Revision(
        now(),
        indicator.id,
        str(key),
        value_type.value,
        old.value,
        new.value,
        old.source,
        before=old,
        after=new,
        action="replace" if replacing else "update",
        batch=number,
    )
    store.revisions.append(revision)
    table[key] = new
    if replacing:
        return Change(Action.REPLACED, indicator, value_type, str(key), old, new, warnings=tuple(warnings))
    return Change(Action.UPDATED, indicator, value_type, str(key), old, new, differing)
