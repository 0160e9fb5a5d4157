"""Managing what is stored: list indicators, rename one, remove a value or an indicator, list and undo changes.

Pure functions on a loaded Store: the caller loads it in `store.transaction`, calls one of these, and
the transaction writes the file. On an error (JctrackError) the store may be partly changed and must not
be saved — a transaction does not save it, so the data file stays byte for byte as it was.

Every change is recorded in the store's `revisions` (see model.Revision), with enough to revert it:
`undo` reverts the latest change not yet undone — a command's whole batch for an import — and records
the undo as a revision too. Undoing again reverts the change before that, and so on back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jctrack import edits
from jctrack.decimals import plain
from jctrack.errors import InputError, JctrackError
from jctrack.model import (
    ENTRY_FIELDS,
    NAME_LIMIT,
    Entry,
    Indicator,
    Period,
    Revision,
    Store,
    check_alias,
    check_text,
    field_of,
    is_indicator_id,
    validate_entry,
    validate_indicator,
)
from jctrack.words import Lang, join, join_clauses, language, say
from jctrack.words.intake import IntakeWord
from jctrack.words.messages import Msg

ACTION_WORDS = {
    "add": IntakeWord.ACTION_ADD,
    "replace": IntakeWord.ACTION_REPLACE,
    "update": IntakeWord.ACTION_UPDATE,
    "remove": IntakeWord.ACTION_REMOVE,
    "rename": IntakeWord.ACTION_RENAME,
    "add-indicator": IntakeWord.ACTION_ADD_INDICATOR,
    "remove-indicator": IntakeWord.ACTION_REMOVE_INDICATOR,
    "undo": IntakeWord.ACTION_UNDO,
}
TYPE_WORDS = {"actual": IntakeWord.TYPE_ACTUAL, "target": IntakeWord.TYPE_TARGET, "indicator": IntakeWord.TYPE_INDICATOR}


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


# --- listing indicators -------------------------------------------------------------------------------

INDICATOR_COLUMNS = (
    "id",
    "name",
    "unit",
    "kind",
    "direction",
    "aliases",
    "latest",
    "targets",
    "actuals",
    "name_en",
    "owner",
    "contributors",
    "part_of",
    "frequency",
    "schedule",
)
# Shown in the table only when some indicator has them (JSON and CSV always carry every column).
OPTIONAL_COLUMNS = ("owner", "contributors", "part_of", "frequency", "schedule")
_INDICATOR_HEADERS = {
    "id": IntakeWord.COL_ID,
    "name": IntakeWord.COL_NAME,
    "unit": IntakeWord.COL_UNIT,
    "kind": IntakeWord.COL_KIND,
    "direction": IntakeWord.COL_DIRECTION,
    "aliases": IntakeWord.COL_ALIASES,
    "latest": IntakeWord.COL_LATEST,
    "targets": IntakeWord.COL_TARGETS,
    "actuals": IntakeWord.COL_ACTUALS,
    "name_en": IntakeWord.COL_NAME_EN,
    "owner": IntakeWord.COL_OWNER,
    "contributors": IntakeWord.COL_CONTRIBUTORS,
    "part_of": IntakeWord.COL_PART_OF,
    "frequency": IntakeWord.COL_FREQUENCY,
    "schedule": IntakeWord.COL_SCHEDULE,
}
_CODED = ("kind", "direction", "frequency", "schedule")


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator as `indicators` lists it."""

    id: str
    name: str
    unit: str
    kind: str
    direction: str
    aliases: tuple[str, ...]
    latest: str | None  # the latest period with an actual, e.g. "2019-06"; None without actuals
    targets: int
    actuals: int
    name_en: str | None
    owner: str | None = None  # 牵头单位
    contributors: tuple[str, ...] = ()  # 配合单位
    part_of: str | None = None  # the id of its total
    frequency: str = "monthly"
    schedule: str | None = None  # None: the file's
    columns: tuple[str, ...] = INDICATOR_COLUMNS  # the table's columns (every row of a listing has the same)

    def as_dict(self) -> dict[str, Any]:
        """For JSON and CSV: every column, lists as lists, counts as numbers, absent values as null."""
        return {column: list(value) if isinstance(value := getattr(self, column), tuple) else value for column in INDICATOR_COLUMNS}

    def cells(self, lang: Lang) -> list[str]:
        """For a table: text cells in the listing's column order (lists joined, codes as words)."""
        from jctrack.longform import CODE_WORDS

        def cell(column: str) -> str:
            value = getattr(self, column)
            if isinstance(value, tuple):
                return join(value, lang)
            if column in _CODED and value is not None:
                return say(CODE_WORDS[column][value], lang)
            return "" if value is None else str(value)

        return [cell(column) for column in self.columns]


def indicator_headers(lang: Lang, columns: tuple[str, ...] = INDICATOR_COLUMNS) -> list[str]:
    return [say(_INDICATOR_HEADERS[column], lang) for column in columns]


def _has_own(row: IndicatorRow, column: str) -> bool:
    """Whether a row has something of its own in an optional column (a monthly figure is every file's default)."""
    value = getattr(row, column)
    return bool(value) and not (column == "frequency" and value == "monthly")


def indicator_rows(store: Store) -> list[IndicatorRow]:
    """Every indicator, with the table's columns: the optional ones only when some indicator has them."""
    rows = []
    for indicator in store.indicators.values():
        latest = max(indicator.actuals, key=lambda period: period.sort_key) if indicator.actuals else None
        rows.append(
            IndicatorRow(
                indicator.id,
                indicator.name,
                indicator.unit,
                indicator.kind.value,
                indicator.direction.value,
                tuple(indicator.aliases),
                None if latest is None else str(latest),
                len(indicator.targets),
                len(indicator.actuals),
                indicator.name_en,
                indicator.owner,
                tuple(indicator.contributors),
                indicator.part_of,
                indicator.frequency.value,
                None if indicator.schedule is None else indicator.schedule.value,
            )
        )
    shown = tuple(c for c in INDICATOR_COLUMNS if c not in OPTIONAL_COLUMNS or any(_has_own(row, c) for row in rows))
    return [dataclasses.replace(row, columns=shown) for row in rows]


def add_indicator(store: Store, indicator: Indicator) -> None:
    """Add an indicator (as Store.add_indicator) and record it, so that `undo` can take it out again."""
    store.add_indicator(indicator)
    edits.record_new_indicator(store, indicator)


# --- renaming ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Renamed:
    old_id: str
    new_id: str
    old_name: str
    new_name: str
    alias_kept: str | None  # the old name, now an alias
    revisions_rewritten: int
    alias_refused: InputError | None = None  # why the old name could not be kept as an alias

    def describe(self, lang: Lang | None = None) -> str:
        old = say(IntakeWord.NAME_WITH_ID, lang, name=self.old_name, id=self.old_id)
        new = say(IntakeWord.NAME_WITH_ID, lang, name=self.new_name, id=self.new_id)
        parts = [say(IntakeWord.RENAMED, lang, old=old, new=new)]
        if self.alias_kept:
            parts.append(say(IntakeWord.OLD_NAME_KEPT, lang, name=self.alias_kept))
        if self.alias_refused is not None:
            parts.append(say(IntakeWord.OLD_NAME_NOT_KEPT, lang, name=self.old_name, problem=self.alias_refused))
        return join_clauses(parts, lang or language())


def _definition(indicator: Indicator) -> Indicator:
    """An indicator's definition without its values."""
    return Indicator(
        indicator.id,
        indicator.name,
        indicator.unit,
        indicator.kind,
        indicator.direction,
        list(indicator.aliases),
        indicator.name_en,
        indicator.allow_negative,
    )


def _owner_of(store: Store, name: str, besides: str) -> str | None:
    for other in store.indicators.values():
        if other.id != besides and name in other.names():
            return other.id
    return None


def _named_in_revisions(store: Store, indicator_id: str, as_renamed_from: bool = True) -> bool:
    """Whether a revision is about `indicator_id` (or, with `as_renamed_from`, renamed an indicator from it)."""
    prefix = indicator_id + " "
    return any(
        revision.indicator == indicator_id
        or (as_renamed_from and revision.renamed_from == indicator_id)
        or any(key.startswith(prefix) for key in revision.keys or ())
        for revision in store.revisions
    )


def _rewrite_references(revisions: list[Revision], old_id: str, new_id: str) -> int:
    """Point every revision's reference to `old_id` at `new_id`; returns how many changed."""
    changed = 0
    prefix = old_id + " "
    for revision in revisions:
        touched = False
        if revision.indicator == old_id:
            revision.indicator = new_id
            touched = True
        if revision.keys and any(key.startswith(prefix) for key in revision.keys):
            revision.keys = [new_id + key[len(old_id) :] if key.startswith(prefix) else key for key in revision.keys]
            touched = True
        changed += touched
    return changed


def _rewrite_parts(store: Store, old_id: str, new_id: str) -> None:
    """Point every `part_of` naming `old_id` at `new_id`: the indicators' and those kept in the revisions
    (a removed part, which `undo` may bring back), so no part is left naming a total that is gone."""
    definitions = [revision.definition for revision in store.revisions if revision.definition is not None]
    for indicator in [*store.indicators.values(), *definitions]:
        if indicator.part_of == old_id:
            indicator.part_of = new_id


def _replace_key(store: Store, old_id: str, indicator: Indicator) -> None:
    """Put `indicator` where `old_id` stood, keeping the order of the others (so a diff shows only the change)."""
    store.indicators = {
        (indicator.id if key == old_id else key): (indicator if key == old_id else value) for key, value in store.indicators.items()
    }


def rename(store: Store, reference: str, new_name: str | None = None, new_id: str | None = None, keep_old_name: bool = True) -> Renamed:
    """Give an indicator a new Chinese name, a new id, or both.

    A new id is written everywhere the old one was: the revisions and every `part_of` naming it (the
    indicators' and the removed ones' kept in the revisions). Aliases are kept. The old
    name becomes an alias (unless `keep_old_name` is False), so that tables and reports that still use
    it keep matching; a new name that was an alias stops being one. The old id does not stay: ids are for
    scripts, and a script using it gets "unknown indicator" with the new id suggested.
    """
    indicator = store.find(reference)
    new_name = (new_name or "").strip() or None
    new_id = (new_id or "").strip() or None
    if new_name is None and new_id is None:
        raise InputError(IntakeWord.NOTHING_TO_RENAME)
    old_id, old_name = indicator.id, indicator.name
    target_id = new_id or old_id
    target_name = new_name or old_name
    if new_id is not None and new_id != old_id:
        if not is_indicator_id(new_id):
            raise InputError(IntakeWord.BAD_ID, id=new_id)
        owner = _owner_of(store, new_id, old_id)
        if owner is not None:
            raise InputError(IntakeWord.NAME_TAKEN, name=new_id, owner=owner)
        # An id an indicator had before (renamed_from) may be taken again; one a removed indicator had may not.
        if _named_in_revisions(store, new_id, as_renamed_from=False):
            raise InputError(IntakeWord.ID_IN_HISTORY, id=new_id)
    if new_name is not None:
        owner = _owner_of(store, new_name, old_id)
        if owner is not None:
            raise InputError(IntakeWord.NAME_TAKEN, name=new_name, owner=owner)
    if target_id == old_id and target_name == old_name:
        raise InputError(IntakeWord.NOTHING_TO_RENAME)
    check_text(target_id, Msg.FIELD_ID, NAME_LIMIT)
    check_text(target_name, field_of(Msg.FIELD_NAME, target_id), NAME_LIMIT)
    before = _definition(indicator)
    aliases = [alias for alias in indicator.aliases if alias != target_name]
    kept = refused = None
    if keep_old_name and target_name != old_name and old_name not in aliases and old_name != target_id:
        # An old name the loader would refuse as an alias (" 甲 ", 甲;乙) is not kept, and the message says why:
        # a name with spaces changed into another alias would be a name nobody wrote.
        try:
            check_alias(old_name, target_id)
        except InputError as exc:
            refused = exc
        else:
            aliases.append(old_name)
            kept = old_name
    indicator.name, indicator.aliases = target_name, aliases
    rewritten = 0
    if target_id != old_id:
        indicator.id = target_id
        _replace_key(store, old_id, indicator)
        rewritten = _rewrite_references(store.revisions, old_id, target_id)
        _rewrite_parts(store, old_id, target_id)
    store.revisions.append(
        Revision(
            edits.now(),
            target_id,
            "",
            "indicator",
            action="rename",
            renamed_from=old_id if target_id != old_id else None,
            definition=before,
        )
    )
    return Renamed(old_id, target_id, old_name, target_name, kept, rewritten, refused)


# --- removing ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Removed:
    indicator_id: str
    name: str
    unit: str
    type: str  # "actual", "target" or "indicator"
    period: str | None
    entry: Entry | None  # the value removed (None for an indicator)
    values: int  # how many values went (an indicator's)

    def describe(self, lang: Lang | None = None) -> str:
        if self.type == "indicator":
            return say(IntakeWord.REMOVED_INDICATOR, lang, name=self.name, id=self.indicator_id, count=self.values)
        assert self.entry is not None
        kind = say(TYPE_WORDS[self.type], lang)
        return say(IntakeWord.REMOVED_VALUE, lang, name=self.name, period=self.period, type=kind, value=self.entry.value, unit=self.unit)


def _value_key(kind: str, period: str | Period | int) -> Period | int:
    if kind == "target":
        return period if isinstance(period, int) else edits.parse_target_year(str(period))
    return period if isinstance(period, Period) else Period.parse(str(period))


def remove_value(store: Store, reference: str, period: str | Period | int, target: bool = False) -> Removed:
    """Remove one actual (or, with `target`, a year's target); the revision keeps every field of it."""
    indicator = store.find(reference)
    kind = "target" if target else "actual"
    key = _value_key(kind, period)
    table: dict[Any, Entry] = indicator.targets if target else indicator.actuals
    entry = table.get(key)
    if entry is None:
        known = [str(k) for k in sorted(table, key=lambda k: k if isinstance(k, int) else k.sort_key)]
        raise InputError(
            IntakeWord.NO_SUCH_VALUE,
            name=indicator.name,
            period=str(key),
            type=TYPE_WORDS[kind],
            known=known or IntakeWord.ABSENT,
        )
    del table[key]
    store.revisions.append(
        Revision(edits.now(), indicator.id, str(key), kind, old=entry.value, old_source=entry.source, before=entry, action="remove")
    )
    return Removed(indicator.id, indicator.name, indicator.unit, kind, str(key), entry, 1)


def remove_indicator(store: Store, reference: str, with_values: bool = False) -> Removed:
    """Remove an indicator; refused while it has values unless `with_values`. The revision keeps it whole."""
    indicator = store.find(reference)
    count = len(indicator.targets) + len(indicator.actuals)
    if count and not with_values:
        raise InputError(IntakeWord.HAS_VALUES, name=indicator.name, count=count)
    position = list(store.indicators).index(indicator.id)
    del store.indicators[indicator.id]
    store.revisions.append(
        Revision(edits.now(), indicator.id, "", "indicator", action="remove-indicator", definition=indicator, position=position)
    )
    return Removed(indicator.id, indicator.name, indicator.unit, "indicator", None, None, count)


# --- listing revisions -----------------------------------------------------------------------------

REVISION_COLUMNS = ("index", "at", "action", "indicator", "period", "type", "old", "new", "detail", "undone")
_REVISION_HEADERS = {
    "index": IntakeWord.COL_INDEX,
    "at": IntakeWord.COL_AT,
    "action": IntakeWord.COL_ACTION,
    "indicator": IntakeWord.COL_INDICATOR,
    "period": IntakeWord.COL_PERIOD,
    "type": IntakeWord.COL_TYPE,
    "old": IntakeWord.COL_OLD,
    "new": IntakeWord.COL_NEW,
    "detail": IntakeWord.COL_DETAIL,
    "undone": IntakeWord.COL_UNDONE,
}


def _action_of(revision: Revision) -> str:
    if revision.action is not None:
        return revision.action
    return "replace" if revision.old != revision.new else "update"  # recorded before actions were


@dataclass(frozen=True)
class RevisionRow:
    """One recorded change as `revisions` lists it; `index` is its place in the file (undo's `undoes`)."""

    index: int
    at: str
    action: str
    indicator: str  # the id (for a batch's added values, "" and see `keys`)
    period: str
    type: str
    old: Decimal | None
    new: Decimal | None
    batch: int | None
    undone: bool
    renamed_from: str | None
    old_name: str | None  # a rename's or removal's name before
    keys: tuple[str, ...]
    undoes: int | None
    before: Entry | None = None  # every field of the value before the change
    after: Entry | None = None  # and after it

    def as_dict(self) -> dict[str, Any]:
        """For JSON: numbers as exact decimal strings' values, lists as lists."""
        return {
            "index": self.index,
            "at": self.at,
            "action": self.action,
            "indicator": self.indicator or None,
            "period": self.period or None,
            "type": self.type or None,
            "old": self.old,
            "new": self.new,
            "batch": self.batch,
            "undone": self.undone,
            "renamed_from": self.renamed_from,
            "keys": list(self.keys),
            "undoes": self.undoes,
            "before": _fields(self.before),
            "after": _fields(self.after),
        }

    def detail(self, lang: Lang | None = None) -> str:
        parts = []
        if self.renamed_from:
            parts.append(say(IntakeWord.DETAIL_ID, lang, old=self.renamed_from, new=self.indicator))
        if self.keys:
            parts.append(say(IntakeWord.DETAIL_VALUES, lang, count=len(self.keys)))
        if self.undoes is not None:
            parts.append(say(IntakeWord.DETAIL_UNDOES, lang, index=self.undoes))
        if self.batch is not None:
            parts.append(say(IntakeWord.DETAIL_BATCH, lang, batch=self.batch))
        return join_clauses(parts, lang or language())

    def cells(self, lang: Lang) -> list[str]:
        """For a table: text cells in REVISION_COLUMNS order."""
        values = {
            "index": str(self.index),
            "at": self.at,
            "action": say(ACTION_WORDS[self.action], lang),
            "indicator": self.indicator,
            "period": self.period,
            "type": say(TYPE_WORDS[self.type], lang) if self.type in TYPE_WORDS else self.type,
            "old": _plain(self.old) or "",
            "new": _plain(self.new) or "",
            "detail": self.detail(lang),
            "undone": say(IntakeWord.YES, lang) if self.undone else "",
        }
        return [values[column] for column in REVISION_COLUMNS]

    def describe(self, lang: Lang | None = None) -> str:
        """One line: 新增 industrial_sales 2019-06 完成 120."""
        words = [say(ACTION_WORDS[self.action], lang), self.indicator, self.period]
        if self.type in TYPE_WORDS and self.type != "indicator":
            words.append(say(TYPE_WORDS[self.type], lang))
        if self.old is not None and self.new is not None and self.old != self.new:
            words.append(f"{_plain(self.old)} → {_plain(self.new)}")
        elif self.new is not None or self.old is not None:
            words.append(_plain(self.new if self.new is not None else self.old) or "")
        detail = self.detail(lang)
        return " ".join(word for word in [*words, detail] if word)


def _fields(entry: Entry | None) -> dict[str, Any] | None:
    """A value's fields for JSON, those it has (a bare number is {"value": 120})."""
    if entry is None:
        return None
    return {name: getattr(entry, name) for name in ENTRY_FIELDS if getattr(entry, name) is not None}


def revision_headers(lang: Lang) -> list[str]:
    return [say(_REVISION_HEADERS[column], lang) for column in REVISION_COLUMNS]


def _undone(store: Store) -> set[int]:
    return {revision.undoes for revision in store.revisions if revision.action == "undo" and revision.undoes is not None}


def _row(index: int, revision: Revision, undone: set[int]) -> RevisionRow:
    return RevisionRow(
        index=index,
        at=revision.at,
        action=_action_of(revision),
        indicator=revision.indicator,
        period=revision.period,
        type=revision.type,
        old=revision.old,
        new=revision.new,
        batch=revision.batch,
        undone=index in undone,
        renamed_from=revision.renamed_from,
        old_name=None if revision.definition is None else revision.definition.name,
        keys=tuple(revision.keys or ()),
        undoes=revision.undoes,
        before=revision.before,
        after=revision.after if revision.after is not None else (Entry(revision.new) if revision.new is not None else None),
    )


def revision_rows(store: Store, indicator: str | None = None) -> list[RevisionRow]:
    """Every recorded change, oldest first; for one indicator (id, name or alias, or a removed one's id) if given."""
    wanted: set[str] | None = None
    if indicator is not None:
        try:
            wanted = {store.find(indicator).id}
        except JctrackError:
            if not _named_in_revisions(store, indicator):
                raise
            wanted = {indicator}
    undone = _undone(store)
    rows = []
    for index, revision in enumerate(store.revisions):
        if wanted is not None:
            named = {revision.indicator, revision.renamed_from} | {key.split(" ", 1)[0] for key in revision.keys or ()}
            if not named & wanted:
                continue
        rows.append(_row(index, revision, undone))
    return rows


# --- undo ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Undone:
    """What `undo` reverted (latest first: a batch has several) and the revisions it recorded."""

    reverted: list[RevisionRow]
    recorded: list[Revision]

    def describe(self, lang: Lang | None = None) -> list[str]:
        return [say(IntakeWord.UNDONE, lang, what=row.describe(lang)) for row in self.reverted]


def undo(store: Store) -> Undone:
    """Revert the latest change not yet undone (every revision of its batch), recording the undo.

    Refused — with nothing to save — when there is nothing to undo, or when the file no longer holds
    what the change left (a value edited by hand since): an undo never overwrites what it did not make.
    """
    undone = _undone(store)
    candidates = [i for i, revision in enumerate(store.revisions) if revision.action != "undo" and i not in undone]
    if not candidates:
        raise InputError(IntakeWord.NOTHING_TO_UNDO)
    latest = candidates[-1]
    batch = store.revisions[latest].batch
    group = [i for i in candidates if store.revisions[i].batch == batch] if batch is not None else [latest]
    reverted, recorded = [], []
    for index in reversed(group):
        reverted.append(_row(index, store.revisions[index], undone))
        recorded += _revert(store, index)
    if len(recorded) > 1:
        for record in recorded:
            record.batch = len(store.revisions)  # undone together, recorded together
    store.revisions.extend(recorded)
    return Undone(reverted, recorded)


def _what(store: Store, indicator_id: str, kind: str, period: str) -> str:
    indicator = store.indicators.get(indicator_id)
    name = indicator.name if indicator is not None else indicator_id
    return f"{name} {period} {say(TYPE_WORDS[kind])}" if kind in TYPE_WORDS else f"{name} {period}"


def _shown(entry: Entry | None) -> str:
    if entry is None:
        return say(IntakeWord.ABSENT)
    fields = [plain(entry.value)] + [
        f"{name}={getattr(entry, name)}"
        for name in ("note", "source", "stated_growth", "base", "stated_status")
        if getattr(entry, name) is not None
    ]
    return " ".join(fields)


def _table_of(store: Store, revision: Revision, indicator_id: str, kind: str, period: str) -> tuple[dict[Any, Entry], Period | int]:
    indicator = store.indicators.get(indicator_id)
    if indicator is None:
        raise InputError(IntakeWord.UNDO_MISSING, what=indicator_id)
    table: dict[Any, Entry] = indicator.targets if kind == "target" else indicator.actuals
    return table, _value_key(kind, period)


def _revert(store: Store, index: int) -> list[Revision]:
    """Revert one revision in the store; returns the undo's records (not yet appended)."""
    revision = store.revisions[index]
    action = _action_of(revision)
    at = edits.now()
    if action == "add" and revision.keys is not None:
        # An import recorded by an older jctrack listed its added values by key alone: each one removed is
        # recorded whole, so that it is not lost from the history.
        records = []
        for key in reversed(revision.keys):
            indicator_id, kind, period = key.split(" ", 2)
            table, value_key = _table_of(store, revision, indicator_id, kind, period)
            if value_key not in table:
                raise InputError(IntakeWord.UNDO_MISSING, what=_what(store, indicator_id, kind, period))
            entry = table.pop(value_key)
            records.append(
                Revision(
                    at, indicator_id, period, kind, old=entry.value, old_source=entry.source, before=entry, action="undo", undoes=index
                )
            )
        return records
    if action in ("add", "replace", "update", "remove"):
        return [_revert_value(store, index, revision, action, at)]
    if action == "add-indicator":
        indicator = store.indicators.get(revision.indicator)
        if indicator is None:
            raise InputError(IntakeWord.UNDO_MISSING, what=revision.indicator)
        del store.indicators[revision.indicator]
        # The indicator is kept whole, values and all: what an undo takes away stays in the history.
        return [Revision(at, revision.indicator, "", "indicator", action="undo", undoes=index, definition=indicator)]
    if action == "remove-indicator":
        return [_restore_indicator(store, index, revision, at)]
    if action == "rename":
        return [_unrename(store, index, revision, at)]
    raise InputError(IntakeWord.UNDO_INCOMPLETE, index=index, at=revision.at)  # pragma: no cover - every action is handled


def _revert_value(store: Store, index: int, revision: Revision, action: str, at: str) -> Revision:
    kind, period = revision.type, revision.period
    table, key = _table_of(store, revision, revision.indicator, kind, period)
    what = _what(store, revision.indicator, kind, period)
    current = table.get(key)
    if action == "remove":
        if revision.before is None:
            raise InputError(IntakeWord.UNDO_INCOMPLETE, index=index, at=revision.at)
        if current is not None:
            raise InputError(IntakeWord.UNDO_EXISTS, what=what)
        restored = revision.before
        _restorable(index, revision, lambda: validate_entry(store.indicators[revision.indicator], restored, f"{revision.indicator} {key}"))
        table[key] = restored
        return Revision(at, revision.indicator, period, kind, new=restored.value, after=restored, action="undo", undoes=index)
    left = revision.after if revision.after is not None else (Entry(revision.new) if action == "add" and revision.new is not None else None)
    if left is None or (action != "add" and revision.before is None):
        raise InputError(IntakeWord.UNDO_INCOMPLETE, index=index, at=revision.at)
    if current is None:
        raise InputError(IntakeWord.UNDO_MISSING, what=what)
    if current != left:
        raise InputError(IntakeWord.UNDO_CONFLICT, what=what, current=_shown(current), expected=_shown(left))
    if action == "add":
        del table[key]
        return Revision(
            at, revision.indicator, period, kind, old=current.value, old_source=current.source, before=current, action="undo", undoes=index
        )
    assert revision.before is not None
    before = revision.before
    _restorable(index, revision, lambda: validate_entry(store.indicators[revision.indicator], before, f"{revision.indicator} {key}"))
    table[key] = before
    return Revision(
        at,
        revision.indicator,
        period,
        kind,
        current.value,
        revision.before.value,
        current.source,
        before=current,
        after=revision.before,
        action="undo",
        undoes=index,
    )


def _restore_indicator(store: Store, index: int, revision: Revision, at: str) -> Revision:
    definition = revision.definition
    if definition is None:
        raise InputError(IntakeWord.UNDO_INCOMPLETE, index=index, at=revision.at)
    # Every field the removal kept comes back (owner, contributors, part_of, schedule, thresholds…).
    indicator = dataclasses.replace(
        definition,
        id=revision.indicator,
        aliases=list(definition.aliases),
        contributors=list(definition.contributors),
        targets=dict(definition.targets),
        actuals=dict(definition.actuals),
    )
    _restorable(index, revision, lambda: validate_indicator(indicator))
    for name in indicator.names():
        owner = _owner_of(store, name, "")
        if owner is not None:
            raise InputError(IntakeWord.UNDO_EXISTS, what=f"{name} ({owner})")
    items = list(store.indicators.items())
    position = min(revision.position if revision.position is not None else len(items), len(items))
    items.insert(position, (indicator.id, indicator))
    store.indicators = dict(items)
    return Revision(at, indicator.id, "", "indicator", action="undo", undoes=index)


def _restorable(index: int, revision: Revision, check: Callable[[], None]) -> None:
    """Run `check` on what an undo is about to put back, refusing as the loader would: a revision written by
    hand (a bad id, an alias with spaces, a negative count) must never make the file unreadable."""
    try:
        check()
    except InputError as exc:
        raise InputError(IntakeWord.UNDO_INVALID, index=index, at=revision.at, problem=exc) from None


def _unrename(store: Store, index: int, revision: Revision, at: str) -> Revision:
    definition = revision.definition
    current = store.indicators.get(revision.indicator)
    if definition is None:
        raise InputError(IntakeWord.UNDO_INCOMPLETE, index=index, at=revision.at)
    if current is None:
        raise InputError(IntakeWord.UNDO_MISSING, what=revision.indicator)
    old_id = revision.renamed_from or revision.indicator
    for name in [old_id, definition.name, *definition.aliases]:
        owner = _owner_of(store, name, current.id)
        if owner is not None:
            raise InputError(IntakeWord.UNDO_EXISTS, what=f"{name} ({owner})")
    before = _definition(current)
    new_id = current.id
    _restorable(
        index,
        revision,
        lambda: validate_indicator(dataclasses.replace(current, id=old_id, name=definition.name, aliases=definition.aliases)),
    )
    current.name, current.aliases = definition.name, list(definition.aliases)
    if old_id != new_id:
        current.id = old_id
        _replace_key(store, new_id, current)
        # The rename pointed the revisions before it, and the parts of the total, at the new id; point them back.
        _rewrite_references(store.revisions[:index], new_id, old_id)
        _rewrite_parts(store, new_id, old_id)
    return Revision(
        at, old_id, "", "indicator", action="undo", undoes=index, renamed_from=new_id if old_id != new_id else None, definition=before
    )
