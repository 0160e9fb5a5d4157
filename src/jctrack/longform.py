"""The long form of a store (its settings, one row per value, indicator definitions) and all-or-nothing import of it.

Text is carried exactly: names, notes and sources keep every space they have, and the file's settings
(entity, rounding) travel in a section of their own, so that `init` then `import` of an export gives
the same file back.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from jctrack import edits
from jctrack.decimals import plain
from jctrack.errors import InputError, JctrackError
from jctrack.model import (
    ALIAS_SEPARATOR,
    NAME_LIMIT,
    ROUNDING_MODES,
    Direction,
    Entry,
    Frequency,
    GrowthBasis,
    Indicator,
    Kind,
    Period,
    Schedule,
    Store,
    ValueType,
    check_entity,
    check_text,
)
from jctrack.words import Lang, Phrase, say
from jctrack.words.intake import IntakeWord
from jctrack.words.messages import Msg

VALUE_COLUMNS = ("indicator", "period", "type", "value", "unit", "note", "source", "stated_growth", "base", "stated_status")
DEFINITION_COLUMNS = (
    "id",
    "name",
    "name_en",
    "unit",
    "kind",
    "direction",
    "aliases",
    "allow_negative",
    "growth",
    "frequency",
    "schedule",
    "warning_amber",
    "warning_red",
    "owner",
    "contributors",
    "part_of",
)
SETTING_COLUMNS = ("setting", "value")
# The file's own settings, which an export carries.
SETTINGS = ("entity", "rounding", "compiled_by", "schedule", "warning_amber", "warning_red", "trend_threshold")
LIST_SEPARATOR = ALIAS_SEPARATOR  # aliases and contributors in one cell: 甲;乙
MINIMAL_VALUE_COLUMNS = ("indicator", "period", "value")

Row = dict[str, str]

# Each column's header in both languages (the English word is the column's name).
COLUMN_WORDS: dict[str, IntakeWord] = {
    "indicator": IntakeWord.COL_INDICATOR,
    "period": IntakeWord.COL_PERIOD,
    "type": IntakeWord.COL_TYPE,
    "value": IntakeWord.COL_VALUE,
    "unit": IntakeWord.COL_UNIT,
    "note": IntakeWord.COL_NOTE,
    "source": IntakeWord.COL_SOURCE,
    "stated_growth": IntakeWord.COL_STATED_GROWTH,
    "base": IntakeWord.COL_BASE,
    "stated_status": IntakeWord.COL_STATED_STATUS,
    "id": IntakeWord.COL_ID,
    "name": IntakeWord.COL_NAME,
    "name_en": IntakeWord.COL_NAME_EN,
    "kind": IntakeWord.COL_KIND,
    "direction": IntakeWord.COL_DIRECTION,
    "aliases": IntakeWord.COL_ALIASES,
    "allow_negative": IntakeWord.COL_ALLOW_NEGATIVE,
    "growth": IntakeWord.COL_GROWTH,
    "frequency": IntakeWord.COL_FREQUENCY,
    "schedule": IntakeWord.COL_SCHEDULE,
    "warning_amber": IntakeWord.COL_WARNING_AMBER,
    "warning_red": IntakeWord.COL_WARNING_RED,
    "owner": IntakeWord.COL_OWNER,
    "contributors": IntakeWord.COL_CONTRIBUTORS,
    "part_of": IntakeWord.COL_PART_OF,
    "setting": IntakeWord.COL_SETTING,
}
# The settings section's columns: its "value" is not a value's (数值), so it has words of its own.
_SETTING_WORDS = {"setting": IntakeWord.COL_SETTING, "value": IntakeWord.COL_SETTING_VALUE}
_SETTING_SYNONYMS = {"设置项": "setting", "值": "value", "value": "value"}
# Other headers people give the same columns, per section (类型 is a value's type, but a definition's kind).
_VALUE_SYNONYMS = {
    "指标名称": "indicator",
    "时期": "period",
    "期别": "period",
    "数据类型": "type",
    "数据": "value",
    "值": "value",
    "计量单位": "unit",
    "说明": "note",
    "数据来源": "source",
    "增幅": "stated_growth",
    "同比增长": "stated_growth",
    "上年同期可比数": "base",
    "完成情况": "stated_status",
}
_DEFINITION_SYNONYMS = {"编码": "id", "指标代码": "id", "指标名称": "name", "类型": "kind", "计量单位": "unit"}
# Each coded column's codes and the words that stand for them.
CODE_WORDS: dict[str, dict[str, IntakeWord]] = {
    "type": {"actual": IntakeWord.TYPE_ACTUAL, "target": IntakeWord.TYPE_TARGET},
    "stated_status": {"exceeded": IntakeWord.STATUS_EXCEEDED, "met": IntakeWord.STATUS_MET, "not_met": IntakeWord.STATUS_NOT_MET},
    "kind": {"flow": IntakeWord.KIND_FLOW, "count": IntakeWord.KIND_COUNT, "ratio": IntakeWord.KIND_RATIO, "level": IntakeWord.KIND_LEVEL},
    "direction": {"up": IntakeWord.DIRECTION_UP, "down": IntakeWord.DIRECTION_DOWN},
    "allow_negative": {"true": IntakeWord.YES},
    "setting": {
        "entity": IntakeWord.SETTING_ENTITY,
        "rounding": IntakeWord.SETTING_ROUNDING,
        "compiled_by": IntakeWord.SETTING_COMPILED_BY,
        "schedule": IntakeWord.COL_SCHEDULE,
        "warning_amber": IntakeWord.COL_WARNING_AMBER,
        "warning_red": IntakeWord.COL_WARNING_RED,
        "trend_threshold": IntakeWord.SETTING_TREND_THRESHOLD,
    },
    "growth": {"computed": IntakeWord.GROWTH_COMPUTED, "stated": IntakeWord.GROWTH_STATED},
    "frequency": {
        "monthly": IntakeWord.FREQUENCY_MONTHLY,
        "quarterly": IntakeWord.FREQUENCY_QUARTERLY,
        "yearly": IntakeWord.FREQUENCY_YEARLY,
    },
    "schedule": {"calendar": IntakeWord.SCHEDULE_CALENDAR, "last-year": IntakeWord.SCHEDULE_LAST_YEAR},
    "rounding": {"half-up": IntakeWord.ROUNDING_HALF_UP, "half-even": IntakeWord.ROUNDING_HALF_EVEN},
}
_CODE_SYNONYMS = {
    "type": {"实际": "actual", "完成值": "actual", "实绩": "actual", "目标值": "target", "计划": "target"},
    "kind": {"占比": "ratio", "时点": "level"},
    "direction": {"越高越好": "up", "越低越好": "down"},
    "allow_negative": {"否": "false"},
}


def _plain(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


@functools.cache
def _header_table(section: str) -> dict[str, str]:
    columns, synonyms, words = {
        "definitions": (DEFINITION_COLUMNS, _DEFINITION_SYNONYMS, COLUMN_WORDS),
        "values": (VALUE_COLUMNS, _VALUE_SYNONYMS, COLUMN_WORDS),
        "settings": (SETTING_COLUMNS, _SETTING_SYNONYMS, _SETTING_WORDS),
    }[section]
    table = {_plain(column): column for column in columns}
    for column in columns:
        for lang in Lang:
            table.setdefault(_plain(say(words[column], lang)), column)
    table.update({_plain(text): column for text, column in synonyms.items()})
    return table


def header_of(cells: list[str]) -> tuple[str, list[str]] | None:
    """("values", "definitions" or "settings", the column of each cell) if the row names the long form's columns."""
    for section, needed in (("definitions", ("id", "name")), ("values", ("indicator", "period")), ("settings", SETTING_COLUMNS)):
        table = _header_table(section)
        named = [table.get(_plain(cell), cell) for cell in cells]
        if all(column in named for column in needed):
            return section, named
    return None


# What each section's header must name: a value needs its number, an indicator its unit.
REQUIRED_COLUMNS = {"definitions": ("id", "name", "unit"), "values": MINIMAL_VALUE_COLUMNS, "settings": SETTING_COLUMNS}


def missing_columns(section: str, named: list[str]) -> list[str]:
    """The columns a recognised header lacks (指标,期间,完成值 has no 数值)."""
    return [column for column in REQUIRED_COLUMNS[section] if column not in named]


def unknown_headers(cells: list[str]) -> list[str]:
    """The cells of a header row that name no column of any section (时间, 完成值…)."""
    known = set().union(*(_header_table(section) for section in ("definitions", "values", "settings")))
    return [cell for cell in cells if cell and _plain(cell) not in known]


def header_words(columns: tuple[str, ...], lang: Lang) -> list[str]:
    words = _SETTING_WORDS if columns == SETTING_COLUMNS else COLUMN_WORDS
    return [say(words[column], lang) for column in columns]


def code_of(column: str, text: str) -> str:
    """The code a cell of a coded column stands for (完成 → actual), or the text as it is."""
    codes = CODE_WORDS.get(column)
    if codes is None or not text:
        return text
    plain = _plain(text)
    for code, word in codes.items():
        if plain == code or any(plain == _plain(say(word, lang)) for lang in Lang):
            return code
    return _CODE_SYNONYMS.get(column, {}).get(plain, text)


def localized(rows: list[Row], columns: tuple[str, ...], lang: Lang) -> tuple[list[str], list[list[str]]]:
    """Headers and cells in a language: in Chinese, 指标/期间/… and coded values as words (完成, 目标, 正向…)."""
    words = {column: {code: say(word, lang) for code, word in CODE_WORDS[column].items()} for column in CODE_WORDS}

    def cell(row: Row, column: str) -> str:
        # A setting's value is coded by the setting it is (修约规则 四舍五入, 序时进度口径 按时间).
        coded = row["setting"] if column == "value" and "setting" in row else column
        return words[coded].get(row[column], row[column]) if coded in words else row[column]

    return header_words(columns, lang), [[cell(row, column) for column in columns] for row in rows]


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


def setting_rows(store: Store) -> list[Row]:
    """The file's settings, one row each: what `init` then `import` of an export needs to give the same file."""
    return [{"setting": name, "value": _setting_text(getattr(store, name))} for name in SETTINGS if getattr(store, name) is not None]


def _setting_text(value: object) -> str:
    if value is None:
        return ""
    return plain(value) if isinstance(value, Decimal) else str(value)


def definition_rows(store: Store) -> list[Row]:
    return [
        {
            "id": ind.id,
            "name": ind.name,
            "name_en": ind.name_en or "",
            "unit": ind.unit,
            "kind": ind.kind.value,
            "direction": ind.direction.value,
            "aliases": LIST_SEPARATOR.join(ind.aliases),
            "allow_negative": "true" if ind.allow_negative else "",
            "growth": ind.growth.value,
            "frequency": ind.frequency.value,
            "schedule": "" if ind.schedule is None else ind.schedule.value,  # empty: the file's
            "warning_amber": _setting_text(ind.warning_amber),
            "warning_red": _setting_text(ind.warning_red),
            "owner": ind.owner or "",
            "contributors": LIST_SEPARATOR.join(ind.contributors),
            "part_of": ind.part_of or "",
        }
        for ind in store.indicators.values()
    ]


class ImportRefused(JctrackError):
    """Some rows are bad; nothing was imported. `problems` lists each as (row label, reason)."""

    def __init__(self, problems: list[tuple[object, object]]):
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
    settings: list[tuple[str, str]] = field(default_factory=list)  # the import's settings the file took (a new file)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {"indicators": len(self.new_indicators), **dict.fromkeys(edits.Action, 0)}
        for change in self.changes:
            counts[change.action] += 1
        return counts


E = TypeVar("E", bound=StrEnum)


def _coded(row: Row, key: str, enum: type[E], default: str) -> E:
    raw = code_of(key, (row.get(key) or default).strip())
    try:
        return enum(raw)
    except ValueError:
        raise InputError(Msg.ONE_OF, where=key, found=raw, choices=", ".join(m.value for m in enum)) from None


def _listed(cell: str | None) -> list[str]:
    # A stored alias or department has no space around it, so spaces around the separators ("甲; 乙") are not its.
    return [item.strip() for item in (cell or "").split(LIST_SEPARATOR) if item.strip()]


def _line(cell: str | None) -> Decimal | None:
    return edits.parse_percent(cell, Msg.WARNING_LINE)


def _definition(row: Row) -> Indicator:
    allow_negative = code_of("allow_negative", (row.get("allow_negative") or "").strip()).lower()
    if allow_negative not in ("", "true", "false", "1", "0", "yes", "no"):
        raise InputError(Msg.MUST_BE_BOOL, where="allow_negative")
    schedule = (row.get("schedule") or "").strip()
    return Indicator(
        id=(row.get("id") or "").strip(),
        name=row.get("name") or "",  # a name, like a note, is kept as written: spaces too
        unit=(row.get("unit") or "").strip(),
        kind=_coded(row, "kind", Kind, "flow"),
        direction=_coded(row, "direction", Direction, "up"),
        aliases=_listed(row.get("aliases")),
        name_en=row.get("name_en") or None,
        allow_negative=allow_negative in ("true", "1", "yes"),
        growth=_coded(row, "growth", GrowthBasis, "computed"),
        frequency=_coded(row, "frequency", Frequency, "monthly"),
        schedule=_coded(row, "schedule", Schedule, schedule) if schedule else None,
        warning_amber=_line(row.get("warning_amber")),
        warning_red=_line(row.get("warning_red")),
        owner=(row.get("owner") or "").strip() or None,
        contributors=_listed(row.get("contributors")),
        part_of=(row.get("part_of") or "").strip() or None,
    )


def _setting_value(name: str, row: Row) -> object:
    """A setting's cell as the file holds it (a rounding's code, a threshold's number); None: says nothing."""
    text = row.get("value") or ""
    if name == "rounding":
        value = code_of("rounding", text.strip())
        if value not in ROUNDING_MODES:
            raise InputError(Msg.ONE_OF, where=name, found=value, choices=", ".join(ROUNDING_MODES))
        return value
    if name == "schedule":
        return _coded({"schedule": text}, "schedule", Schedule, "calendar") if text.strip() else None
    if name in ("warning_amber", "warning_red", "trend_threshold"):
        return _line(text)
    if name == "compiled_by":
        return check_text(text, Msg.FIELD_COMPILED_BY, NAME_LIMIT) or None
    return check_entity(text) or None


def _apply_settings(store: Store, settings: Sequence[tuple[Phrase, Row]], problems: list[tuple[object, object]]) -> list[tuple[str, str]]:
    """The import's settings: taken by a file that has no indicator yet and the default setting (a file
    new from `init`), else each must be the file's own; an empty cell says nothing."""
    taken: list[tuple[str, str]] = []
    fresh, defaults, seen = not store.indicators, Store(), set()
    for label, row in settings:
        try:
            name = code_of("setting", (row.get("setting") or "").strip())
            if name not in SETTINGS:
                raise InputError(Msg.SETTING_UNKNOWN, setting=name, settings=", ".join(SETTINGS))
            if name in seen:
                raise InputError(Msg.SETTING_TWICE, setting=name)
            seen.add(name)
            value = _setting_value(name, row)
            stored = getattr(store, name)
            if value is None or value == stored:
                continue
            if not (fresh and stored == getattr(defaults, name)):
                raise InputError(Msg.SETTING_DIFFERS, setting=name, given=_setting_text(value), stored=_setting_text(stored))
            setattr(store, name, value)
            taken.append((name, _setting_text(value)))
        except JctrackError as exc:
            problems.append((label, exc))
    return taken


def apply_import(
    store: Store,
    definitions: list[tuple[Phrase, Row]],
    values: list[tuple[Phrase, Row]],
    replace: bool,
    *,
    settings: Sequence[tuple[Phrase, Row]] = (),
    force: bool = False,
) -> ImportPlan:
    """Validate every row with the rules of add-indicator/add-actual/set-target, then apply them to `store`.

    Rows are (label, row) pairs; the label (e.g. "row 7") names a bad row in the error. Any bad row
    refuses the whole import: ImportRefused is raised and the caller must not save the store. The
    export's `settings` (entity, rounding) go first: see _apply_settings.
    """
    problems: list[tuple[object, object]] = []
    taken = _apply_settings(store, settings, problems)
    new_indicators = []
    batch = edits.begin_batch(store)
    for label, row in definitions:
        try:
            indicator = _definition(row)
            existing = store.indicators.get(indicator.id)
            if existing is not None:
                if (existing.name, existing.unit, existing.kind) != (indicator.name, indicator.unit, indicator.kind):
                    raise InputError(Msg.INDICATOR_DIFFERS, id=indicator.id)
                continue
            store.add_indicator(indicator)
            edits.record_new_indicator(store, indicator, batch)
            new_indicators.append(indicator)
        except JctrackError as exc:
            problems.append((label, _without_where(exc)))
    for indicator in new_indicators:
        # A total named by its name or alias is kept by its id, as `add-indicator --part-of` keeps it.
        if indicator.part_of is not None and indicator.part_of not in store.indicators:
            try:
                indicator.part_of = store.find(indicator.part_of).id
            except JctrackError as exc:
                problems.append((indicator.id, exc))
    changes = []
    for label, row in values:
        try:
            changes.append(_apply_value(store, row, replace, batch, force))
        except JctrackError as exc:
            problems.append((label, exc))
    if problems:
        raise ImportRefused(problems)
    return ImportPlan(new_indicators, changes, taken)


def _apply_value(store: Store, row: Row, replace: bool, batch: edits.Batch | None = None, force: bool = False) -> edits.Change:
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
        note=row.get("note") or None,  # as written: a note's spaces are the note's
        source=row.get("source") or None,
        stated_status=code_of("stated_status", (row.get("stated_status") or "").strip()) or None,
    )
    kind = code_of("type", (row.get("type") or "actual").strip())
    period_text = (row.get("period") or "").strip()
    if kind == ValueType.TARGET:
        return edits.put(store, indicator, ValueType.TARGET, edits.parse_target_year(period_text), entry, replace, batch=batch)
    if kind == ValueType.ACTUAL:
        return edits.put(store, indicator, ValueType.ACTUAL, Period.parse(period_text), entry, replace, force, batch=batch)
    raise InputError(Msg.TYPE_CHOICE, found=kind)
