"""Changes to a store with the same rules everywhere: typed values, no silent overwrite, a revision kept."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jctrack.errors import InputError
from jctrack.model import ENTRY_FIELDS, STATED_STATUSES, Entry, Indicator, Period, Revision, Store, validate_value
from jctrack.units import parse_decimal, parse_quantity


def parse_percent(text: str | None, what: str = "stated growth") -> Decimal | None:
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
        base_amount = validate_value(indicator, parse_quantity(base, indicator.unit, "base"), "base")
    if stated_status is not None and stated_status not in STATED_STATUSES:
        raise InputError(f"stated status {stated_status!r} must be one of {', '.join(STATED_STATUSES)}")
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
        raise InputError(f"targets are yearly: give a year like {period.year}, not {text}")
    return period.year


@dataclass(frozen=True)
class Change:
    """What putting one entry did (or, in a dry run, would do)."""

    action: str  # "added", "replaced", "updated" (details filled in), or "unchanged"
    indicator: Indicator
    kind: str  # "actual" or "target"
    key: str  # the period
    old: Entry | None
    new: Entry
    kept: tuple[str, ...] = ()  # details given that differ from the stored ones, kept without --replace

    def describe(self, dry_run: bool = False) -> str:
        label = f"{self.indicator.name} {self.key} {self.kind}"
        unit = self.indicator.unit
        if self.action == "unchanged":
            text = f"{label} is already {self.new.value} {unit}; nothing changed"
            if self.kept:
                text += f" (the stored {', '.join(self.kept)} differs from the one given and is kept; add --replace to change it)"
            return text
        if self.action == "updated":
            verb = "would add" if dry_run else "added"
            return f"{verb} {', '.join(self._filled())} to {label} {self.new.value} {unit}"
        if self.action == "replaced" and self.old is not None:
            verb = "would replace" if dry_run else "replaced"
            return f"{verb} {label}: {self.old.value} → {self.new.value} {unit}"
        return f"{'would add' if dry_run else 'added'} {label} = {self.new.value} {unit}"

    def _filled(self) -> list[str]:
        return [name for name in ENTRY_FIELDS if getattr(self.new, name) != getattr(self.old, name)]


def now() -> str:
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


def merged(old: Entry, given: Entry) -> Entry:
    """The stored entry with every field the command gave put over it; fields not given are kept."""
    values = {name: getattr(old, name) for name in ENTRY_FIELDS}
    values.update({name: getattr(given, name) for name in ENTRY_FIELDS if getattr(given, name) is not None})
    return Entry(**values)


@dataclass
class Batch:
    """The changes of one command that makes many (an import): recorded together, undone together.

    Values added to indicators that existed are listed in one revision (`keys`), not one each, and
    values of indicators the batch itself created are not listed at all: undoing the batch removes
    those indicators whole. This keeps a monthly import of a district's table to one short record.
    """

    number: int
    created: set[str] = field(default_factory=set)
    adds: Revision | None = None


def begin_batch(store: Store) -> Batch:
    """A new batch; its number is unique in the file (the count of revisions when it began)."""
    return Batch(len(store.revisions))


def value_key(indicator_id: str, kind: str, key: str) -> str:
    """How a batch's revision names a value it added: "industrial_sales actual 2019-06"."""
    return f"{indicator_id} {kind} {key}"


def record_new_indicator(store: Store, indicator: Indicator, batch: Batch | None = None) -> None:
    """Record that an indicator was added, so that `undo` can remove it again."""
    store.revisions.append(
        Revision(now(), indicator.id, "", "indicator", action="add-indicator", batch=None if batch is None else batch.number)
    )
    if batch is not None:
        batch.created.add(indicator.id)


def _record_add(store: Store, indicator: Indicator, kind: str, key: str, entry: Entry, batch: Batch | None) -> None:
    if batch is None:
        details = any(getattr(entry, name) is not None for name in ENTRY_FIELDS[1:])
        store.revisions.append(Revision(now(), indicator.id, key, kind, new=entry.value, after=entry if details else None, action="add"))
    elif indicator.id not in batch.created:
        if batch.adds is None:
            batch.adds = Revision(now(), action="add", batch=batch.number, keys=[])
            store.revisions.append(batch.adds)
        assert batch.adds.keys is not None
        batch.adds.keys.append(value_key(indicator.id, kind, key))


def put(
    store: Store, indicator: Indicator, kind: str, key: Period | int, entry: Entry, replace: bool, batch: Batch | None = None
) -> Change:
    """Store an actual (key: Period) or a target (key: year), never overwriting without `replace`.

    A value is the same when its number is. Details the stored entry lacks (a note, a source) are
    filled in; a detail or a number that differs from the stored one changes only with `replace`,
    and then only the fields given change. Every change, an add too, is appended to the store's
    revisions (within `batch` when one command makes many), so that `undo` can revert it.
    """
    table: dict[Any, Entry] = indicator.actuals if kind == "actual" else indicator.targets
    old = table.get(key)
    if old is None:
        table[key] = entry
        _record_add(store, indicator, kind, str(key), entry, batch)
        return Change("added", indicator, kind, str(key), None, entry)
    new = merged(old, entry)
    if new == old:
        return Change("unchanged", indicator, kind, str(key), old, old)
    differing = tuple(name for name in ENTRY_FIELDS if getattr(old, name) is not None and getattr(new, name) != getattr(old, name))
    if differing and not replace:
        if old.value != new.value:
            raise InputError(
                f"{indicator.name} {key} {kind} is already {old.value} {indicator.unit}; add --replace to change it "
                f"to {new.value} (the old value is kept in the file's revisions)"
            )
        # The same number: fill in what is missing, keep what differs, and say so.
        filled = Entry(**{name: getattr(old, name) if name in differing else getattr(new, name) for name in ENTRY_FIELDS})
        if filled == old:
            return Change("unchanged", indicator, kind, str(key), old, old, differing)
        new = filled
    action = "replace" if replace and differing else "update"
    number = None if batch is None else batch.number
    store.revisions.append(
        Revision(now(), indicator.id, str(key), kind, old.value, new.value, old.source, before=old, after=new, action=action, batch=number)
    )
    table[key] = new
    if action == "replace":
        return Change("replaced", indicator, kind, str(key), old, new)
    return Change("updated", indicator, kind, str(key), old, new, differing)
