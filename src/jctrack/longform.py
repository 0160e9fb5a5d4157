"""The long form of a store (one row per value, plus indicator definitions) and all-or-nothing import of it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jctrack import edits
from jctrack.decimals import plain
from jctrack.errors import InputError, JctrackError
from jctrack.model import Direction, Entry, Indicator, Kind, Period, Store, ValueType
from jctrack.words import Phrase
from jctrack.words.messages import Msg

VALUE_COLUMNS = ("indicator", "period", "type", "value", "unit", "note", "source", "stated_growth", "base", "stated_status")
DEFINITION_COLUMNS = ("id", "name", "name_en", "unit", "kind", "direction", "aliases", "allow_negative")
ALIAS_SEPARATOR = ";"

Row = dict[str, str]


def text(value: Decimal | str | None) -> str:
    if value is None:
        return ""
    return plain(value) if isinstance(value, Decimal) else value


def value_rows(store: Store) -> list[Row]:
    """Every target and actual, targets first, each in time order."""
    rows = []
    for indicator in store.indicators.values():
        entries: list[tuple[str, str, Entry]] = [(ValueType.TARGET, str(year), e) for year, e in sorted(indicator.targets.items())]
        ordered = sorted(indicator.actuals.items(), key=lambda item: item[0].sort_key)
        entries += [(ValueType.ACTUAL, str(period), e) for period, e in ordered]
        for kind, period, entry in entries:
            rows.append(
                {
                    "indicator": indicator.id,
                    "period": period,
                    "type": str(kind),
                    "value": text(entry.value),
                    "unit": indicator.unit,
                    "note": text(entry.note),
                    "source": text(entry.source),
                    "stated_growth": text(entry.stated_growth),
                    "base": text(entry.base),
                    "stated_status": text(entry.stated_status),
                }
            )
    return rows


def definition_rows(store: Store) -> list[Row]:
    return [
        {
            "id": ind.id,
            "name": ind.name,
            "name_en": ind.name_en or "",
            "unit": ind.unit,
            "kind": ind.kind.value,
            "direction": ind.direction.value,
            "aliases": ALIAS_SEPARATOR.join(ind.aliases),
            "allow_negative": "true" if ind.allow_negative else "",
        }
        for ind in store.indicators.values()
    ]


class ImportRefused(JctrackError):
    """Some rows are bad; nothing was imported. `problems` lists each as (row label, reason)."""

    def __init__(self, problems: list[tuple[Phrase, JctrackError]]):
        self.problems = problems
        super().__init__(Msg.IMPORT_REFUSED, count=len(problems))


def _without_where(error: JctrackError) -> JctrackError:
    """A definition's error without the key path (indicators.x: …), which means nothing in a spreadsheet row."""
    if error.key is Msg.AT and isinstance(error.params.get("problem"), JctrackError):
        inner = error.params["problem"]
        assert isinstance(inner, JctrackError)
        return inner
    return error


@dataclass(frozen=True)
class ImportPlan:
    new_indicators: list[Indicator]
    changes: list[edits.Change]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {"indicators": len(self.new_indicators), **dict.fromkeys(edits.Action, 0)}
        for change in self.changes:
            counts[change.action] += 1
        return counts


def _definition(row: Row) -> Indicator:
    def choice(enum: type[Kind] | type[Direction], key: str, default: str) -> Kind | Direction:
        raw = (row.get(key) or default).strip()
        try:
            return enum(raw)
        except ValueError:
            raise InputError(Msg.ONE_OF, where=key, found=raw, choices=", ".join(m.value for m in enum)) from None

    allow_negative = (row.get("allow_negative") or "").strip().lower()
    if allow_negative not in ("", "true", "false", "1", "0", "yes", "no"):
        raise InputError(Msg.MUST_BE_BOOL, where="allow_negative")
    aliases = [a.strip() for a in (row.get("aliases") or "").split(ALIAS_SEPARATOR) if a.strip()]
    return Indicator(
        id=(row.get("id") or "").strip(),
        name=(row.get("name") or "").strip(),
        unit=(row.get("unit") or "").strip(),
        kind=choice(Kind, "kind", "flow"),  # type: ignore[arg-type]
        direction=choice(Direction, "direction", "up"),  # type: ignore[arg-type]
        aliases=aliases,
        name_en=(row.get("name_en") or "").strip() or None,
        allow_negative=allow_negative in ("true", "1", "yes"),
    )


def apply_import(store: Store, definitions: list[tuple[Phrase, Row]], values: list[tuple[Phrase, Row]], replace: bool) -> ImportPlan:
    """Validate every row with the rules of add-indicator/add-actual/set-target, then apply them to `store`.

    Rows are (label, row) pairs; the label (e.g. "row 7") names a bad row in the error. Any bad row
    refuses the whole import: ImportRefused is raised and the caller must not save the store.
    """
    problems: list[tuple[Phrase, JctrackError]] = []
    new_indicators = []
    for label, row in definitions:
        try:
            indicator = _definition(row)
            existing = store.indicators.get(indicator.id)
            if existing is not None:
                if (existing.name, existing.unit, existing.kind) != (indicator.name, indicator.unit, indicator.kind):
                    raise InputError(Msg.INDICATOR_DIFFERS, id=indicator.id)
                continue
            store.add_indicator(indicator)
            new_indicators.append(indicator)
        except JctrackError as exc:
            problems.append((label, _without_where(exc)))
    changes = []
    for label, row in values:
        try:
            changes.append(_apply_value(store, row, replace))
        except JctrackError as exc:
            problems.append((label, exc))
    if problems:
        raise ImportRefused(problems)
    return ImportPlan(new_indicators, changes)


def _apply_value(store: Store, row: Row, replace: bool) -> edits.Change:
    reference = (row.get("indicator") or "").strip()
    if not reference:
        raise InputError(Msg.INDICATOR_EMPTY)
    indicator = store.find(reference)
    unit = (row.get("unit") or "").strip()

    def with_unit(cell: str | None) -> str:
        # The unit column converts like a unit typed after the number (4800 + 万元 into 亿元).
        number = (cell or "").strip()
        return number + unit if unit and number and number[-1].isdigit() else number

    base = with_unit(row.get("base"))
    entry = edits.make_entry(
        indicator,
        with_unit(row.get("value")),
        stated_growth=row.get("stated_growth"),
        base=base or None,
        note=(row.get("note") or "").strip() or None,
        source=(row.get("source") or "").strip() or None,
        stated_status=(row.get("stated_status") or "").strip() or None,
    )
    kind = (row.get("type") or "actual").strip()
    period_text = (row.get("period") or "").strip()
    if kind == ValueType.TARGET:
        return edits.put(store, indicator, ValueType.TARGET, edits.parse_target_year(period_text), entry, replace)
    if kind == ValueType.ACTUAL:
        return edits.put(store, indicator, ValueType.ACTUAL, Period.parse(period_text), entry, replace)
    raise InputError(Msg.TYPE_CHOICE, found=kind)
