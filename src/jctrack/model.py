"""The data model: indicators, their yearly targets and period actuals, and how they map to TOML."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple, cast

from jctrack.decimals import MAX_INTEGER_DIGITS, literal_in_bounds, out_of_bounds, within_places
from jctrack.errors import DataFileError, InputError, JctrackError
from jctrack.safety import codepoint, first_forbidden, first_not_text
from jctrack.units import PERCENT, check_unit
from jctrack.words import Phrase
from jctrack.words.messages import Msg

SCHEMA_VERSION = 1
ROUNDING_MODES = ("half-up", "half-even")
STATED_STATUSES = ("exceeded", "met", "not_met")

# The longest text kept: a name, an English name, an alias, an id or the entity; a note or a source.
# Longer text is refused where it is typed and where the file is read, naming the field and its key.
NAME_LIMIT = 200
TEXT_LIMIT = 2000
ALIAS_SEPARATOR = ";"  # separates aliases in a cell of the long form (export, import)


class Kind(StrEnum):
    FLOW = "flow"  # amounts that accumulate over the year
    COUNT = "count"  # things counted, accumulating over the year (新增企业)
    RATIO = "ratio"  # a share in %, compared in percentage points
    LEVEL = "level"  # a point-in-time stock


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


class GrowthBasis(StrEnum):
    """Where an indicator's 同比 comes from."""

    COMPUTED = "computed"  # from the stored amounts
    STATED = "stated"  # official: as each value's source states it (按可比价, 同口径), never recomputed


class Frequency(StrEnum):
    """How often an indicator's figure is published: a quarterly one only at 3, 6, 9 and 12月."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    def due(self, period: Period) -> bool:
        """Whether a figure of this frequency is published for the period."""
        if period.month is None or self is Frequency.MONTHLY:
            return True
        return self is Frequency.QUARTERLY and period.month % 3 == 0


class Schedule(StrEnum):
    """What 序时进度 a month is measured against: the calendar (month / 12), or last year's own pace
    (last year's 1-m月 / last year's whole year), fairer to seasonal indicators."""

    CALENDAR = "calendar"
    LAST_YEAR = "last-year"


# The 序时进度差 (个百分点) at and above which a row is green (正常), and at or below which it is red (预警);
# between them it is amber (关注).
DEFAULT_WARNING_AMBER = Decimal(0)
DEFAULT_TREND_THRESHOLD = Decimal("0.1")  # 增幅较上月 is said when the printed change is at least this
DEFAULT_WARNING_RED = Decimal(-5)


class ValueType(StrEnum):
    """What a stored figure is: a target (目标) or an actual (完成值)."""

    ACTUAL = "actual"
    TARGET = "target"


# Matched whole (fullmatch): "$" would also match before a final line feed, and let "abc\n" through as an id.
_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2}))?")
INDICATOR_ID = re.compile(r"[a-z][a-z0-9_]*")


class Period(NamedTuple):
    """A calendar year (`2018`) or a year-to-date month (`2019-06` = 1–6月累计).

    A named tuple, not a dataclass: large files hash and compare hundreds of thousands of periods.
    """

    year: int
    month: int | None = None

    @classmethod
    def parse(cls, text: str) -> Period:
        return _parse_period(str(text))

    @classmethod
    def _parse(cls, text: str) -> Period:
        # The canonical forms (2019, 2019-06) are nearly all a file holds: read them here, quickly;
        # everything else people write (2019年1-6月, 2019年上半年, 2019Q2, full-width digits) in periods.py.
        match = _PERIOD.fullmatch(text)
        if match is not None:
            year, month = int(match.group(1)), match.group(2)
            if 1900 <= year <= 2999 and (month is None or 1 <= int(month) <= 12):
                return cls(year) if month is None else cls(year, int(month))
        from jctrack.periods import parse_parts

        year, parsed_month = parse_parts(text)
        return cls(year, parsed_month)

    @property
    def is_year(self) -> bool:
        return self.month is None

    @property
    def sort_key(self) -> tuple[int, int]:
        """Chronological order: a whole year comes after its December year-to-date."""
        return (self.year, 13 if self.month is None else self.month)

    def same_period_last_year(self) -> Period:
        return Period(self.year - 1, self.month)

    def __str__(self) -> str:
        return str(self.year) if self.month is None else f"{self.year}-{self.month:02d}"


def is_indicator_id(text: str) -> bool:
    """Whether `text` is an indicator id: ASCII lower-case letters, digits and _, starting with a letter."""
    return INDICATOR_ID.fullmatch(text) is not None


@functools.lru_cache(maxsize=4096)
def _parse_period(text: str) -> Period:
    # A large file names the same few hundred periods over and over; parse each once.
    return Period._parse(text)


@dataclass(slots=True)
class Entry:
    """One stored figure (a target or an actual) with what a statistician records beside it."""

    value: Decimal
    note: str | None = None
    source: str | None = None
    stated_growth: Decimal | None = None  # as the source printed it: precision matters
    base: Decimal | None = None  # 上年同期可比数, when published
    stated_status: str | None = None  # outcome the source stated without giving the target


@dataclass
class Indicator:
    id: str
    name: str
    unit: str
    kind: Kind = Kind.FLOW
    direction: Direction = Direction.UP
    aliases: list[str] = field(default_factory=list)
    name_en: str | None = None
    allow_negative: bool = False
    growth: GrowthBasis = GrowthBasis.COMPUTED
    frequency: Frequency = Frequency.MONTHLY
    schedule: Schedule | None = None  # None: the file's
    owner: str | None = None  # 牵头单位
    contributors: list[str] = field(default_factory=list)  # 配合单位
    part_of: str | None = None  # the id of the total this is a part of (税收收入 of 一般公共预算收入)
    warning_amber: Decimal | None = None  # None: the file's
    warning_red: Decimal | None = None
    targets: dict[int, Entry] = field(default_factory=dict)
    actuals: dict[Period, Entry] = field(default_factory=dict)

    def names(self) -> list[str]:
        return [self.id, self.name, *self.aliases]

    def actual_for_year(self, year: int) -> Entry | None:
        """A year's actual: the year's own figure, else its 1–12月 year-to-date."""
        return self.actuals.get(Period(year)) or self.actuals.get(Period(year, 12))


ENTRY_FIELDS = ("value", "note", "source", "stated_growth", "base", "stated_status")


# What a revision records. Files written before `action` existed hold replaces and updates without it.
REVISION_ACTIONS = ("add", "replace", "update", "remove", "rename", "add-indicator", "remove-indicator", "undo")


@dataclass
class Revision:
    """A recorded change, kept so that nothing is silently lost and the last change can be undone.

    For a value: `old`/`new` are the numbers before and after, `before`/`after` every field of the
    entry (an add has only `new`, and `after` when the entry has details; a remove only `old` and
    `before`). For an indicator: `definition` is what it was (all its values too, for a removal),
    `renamed_from` the id a rename changed. Changes made by one command together (an import) share
    a `batch`, each value with a revision of its own; an import recorded by an older jctrack listed the
    values it added in one record's `keys` ("id type period"). An undo names the revision it reverts in
    `undoes`.
    """

    at: str
    indicator: str = ""
    period: str = ""
    type: str = ""  # "actual", "target" or "indicator"
    old: Decimal | None = None
    new: Decimal | None = None
    old_source: str | None = None
    before: Entry | None = None
    after: Entry | None = None
    action: str | None = None  # one of REVISION_ACTIONS; None in older files (a replace or an update)
    batch: int | None = None
    renamed_from: str | None = None
    keys: list[str] | None = None
    definition: Indicator | None = None
    position: int | None = None  # where a removed indicator stood among the others
    undoes: int | None = None  # the index in `revisions` of the revision an undo reverted


@dataclass
class Store:
    entity: str = ""
    rounding: str = "half-up"
    indicators: dict[str, Indicator] = field(default_factory=dict)
    revisions: list[Revision] = field(default_factory=list)
    compiled_by: str | None = None  # 编制单位, the footer of every report
    schedule: Schedule = Schedule.CALENDAR
    warning_amber: Decimal = DEFAULT_WARNING_AMBER
    warning_red: Decimal = DEFAULT_WARNING_RED
    trend_threshold: Decimal = DEFAULT_TREND_THRESHOLD

    def schedule_of(self, indicator: Indicator) -> Schedule:
        return indicator.schedule or self.schedule

    def thresholds_of(self, indicator: Indicator) -> tuple[Decimal, Decimal]:
        """(amber, red): the 序时进度差 below which a row is amber, and at or below which it is red."""
        amber = self.warning_amber if indicator.warning_amber is None else indicator.warning_amber
        red = self.warning_red if indicator.warning_red is None else indicator.warning_red
        return amber, red

    def find(self, reference: str) -> Indicator:
        """The indicator named by id, Chinese name or alias; refuse with suggestions otherwise."""
        for indicator in self.indicators.values():
            if reference in indicator.names():
                return indicator
        raise InputError(Msg.UNKNOWN_INDICATOR, reference=reference, suggestion=self._suggest(reference))

    def _suggest(self, reference: str) -> InputError:
        import difflib

        lookup = {name: ind.id for ind in self.indicators.values() for name in ind.names()}
        close = difflib.get_close_matches(reference, list(lookup), n=3, cutoff=0.4)
        close += [name for name in lookup if reference and reference in name and name not in close]
        if close:
            return InputError(Msg.SUGGEST_CLOSE, names=close[:3])
        if not lookup:
            return InputError(Msg.SUGGEST_EMPTY)
        return InputError(Msg.SUGGEST_STATUS)

    def add_indicator(self, indicator: Indicator, taken: dict[str, str] | None = None) -> None:
        """Add a new indicator; `taken` (name → id of every indicator so far) saves rebuilding it per call."""
        _check_id(indicator.id)
        if taken is None:
            taken = {name: ind.id for ind in self.indicators.values() for name in ind.names()}
        for name in indicator.names():
            if name in taken:
                raise InputError(Msg.NAME_TAKEN, name=name, other=taken[name])
        validate_indicator_definition(indicator)
        self.indicators[indicator.id] = indicator
        taken.update(dict.fromkeys(indicator.names(), indicator.id))

    def all_periods(self) -> list[Period]:
        periods = {p for ind in self.indicators.values() for p in ind.actuals}
        return sorted(periods, key=lambda p: p.sort_key)

    def latest_period(self) -> Period | None:
        """The latest period with an actual; else the latest year with a target."""
        periods = self.all_periods()
        if periods:
            return periods[-1]
        years = {y for ind in self.indicators.values() for y in ind.targets}
        return Period(max(years)) if years else None


def _check_id(indicator_id: str) -> None:
    if len(indicator_id) > NAME_LIMIT:
        raise InputError(Msg.TEXT_TOO_LONG, what=Msg.FIELD_ID, length=len(indicator_id), limit=NAME_LIMIT)
    if not is_indicator_id(indicator_id):
        raise InputError(Msg.BAD_ID, id=indicator_id)


def check_text(text: str, what: object, limit: int = TEXT_LIMIT, error: type[JctrackError] = InputError) -> str:
    """The text, if it can be kept: at most `limit` characters and no control character (see safety.FORBIDDEN);
    else `error` naming `what` (a field and its key, or a key path of the file)."""
    if len(text) > limit:
        raise error(Msg.TEXT_TOO_LONG, what=what, length=len(text), limit=limit)
    if text.isprintable():  # the common case, at C speed: every refused character is unprintable
        return text
    char = first_forbidden(text)
    if char is not None:
        raise error(Msg.TEXT_CONTROL, what=what, char=codepoint(char))
    char = first_not_text(text)
    if char is not None:
        raise error(Msg.TEXT_NOT_UNICODE, what=what, char=codepoint(char))
    return text


def field_of(field: Msg, key: str) -> Phrase:
    """A field and the key it belongs to, as a message names them: "note of sales 2019-06"."""
    return Phrase(Msg.FIELD_OF, field=field, key=key)


def check_entity(entity: str) -> str:
    return check_text(entity, Msg.FIELD_ENTITY, NAME_LIMIT)


def _check_code_text(text: str, what: Phrase, separated: bool = False) -> None:
    """A unit or a department, which is matched as written and read back from an export without the spaces
    around it: refused when blank, with a space at either end, with a control character, or (one of a list,
    `separated`) containing the export's separator — so that what is stored is what comes back."""
    check_text(text, what, NAME_LIMIT)
    if not text.strip():
        raise InputError(Msg.TEXT_EMPTY, what=what)
    if text != text.strip():
        raise InputError(Msg.TEXT_SPACES, what=what, text=text)
    if separated and ALIAS_SEPARATOR in text:
        raise InputError(Msg.TEXT_SEPARATOR, what=what, text=text, separator=ALIAS_SEPARATOR)


def check_alias(alias: str, indicator_id: str) -> None:
    """Refuse an alias the loader would refuse: too long, a control character, empty, a space at either end
    (a name is matched as written), or the export's separator in it."""
    check_text(alias, field_of(Msg.FIELD_ALIAS, indicator_id), NAME_LIMIT)
    if not alias.strip():
        raise InputError(Msg.ALIAS_EMPTY, id=indicator_id)
    if alias != alias.strip():
        raise InputError(Msg.ALIAS_SPACES, id=indicator_id, alias=alias)
    if ALIAS_SEPARATOR in alias:
        raise InputError(Msg.ALIAS_SEPARATOR, id=indicator_id, alias=alias, separator=ALIAS_SEPARATOR)


def validate_indicator_definition(indicator: Indicator) -> None:
    """Refuse a definition that makes no sense; the loader adds which table it is in."""
    if not indicator.name.strip():
        raise InputError(Msg.NAME_EMPTY)
    check_text(indicator.name, field_of(Msg.FIELD_NAME, indicator.id), NAME_LIMIT)
    if indicator.name_en is not None:
        check_text(indicator.name_en, field_of(Msg.FIELD_NAME_EN, indicator.id), NAME_LIMIT)
    for text, label in (
        *(((indicator.owner, Msg.FIELD_OWNER),) if indicator.owner is not None else ()),
        *((contributor, Msg.FIELD_CONTRIBUTOR) for contributor in indicator.contributors),
    ):
        _check_code_text(text, field_of(label, indicator.id), separated=label is Msg.FIELD_CONTRIBUTOR)
    seen = {indicator.id, indicator.name}
    for alias in indicator.aliases:
        check_alias(alias, indicator.id)
        if alias in seen:
            same = Msg.ALIAS_IS_NAME if alias in (indicator.id, indicator.name) else Msg.ALIAS_TWICE
            raise InputError(same, id=indicator.id, alias=alias)
        seen.add(alias)
    _check_code_text(indicator.unit, field_of(Msg.FIELD_UNIT, indicator.id))
    check_unit(indicator.unit)
    if indicator.kind is Kind.RATIO and indicator.unit != PERCENT:
        raise InputError(Msg.RATIO_UNIT, unit=indicator.unit)


def validate_indicator(indicator: Indicator) -> None:
    """Refuse an indicator the loader would refuse — its id, its definition, every value and its details —
    for what is put back from elsewhere than the command line (an undo restoring a revision written by hand)."""
    _check_id(indicator.id)
    validate_indicator_definition(indicator)
    for key, entry in [*indicator.targets.items(), *indicator.actuals.items()]:
        validate_entry(indicator, entry, f"{indicator.id} {key}")


def validate_entry(indicator: Indicator, entry: Entry, key: str) -> None:
    """Refuse a value the loader would refuse for this indicator: its number, its base, its texts."""
    validate_value(indicator, entry.value)
    if entry.base is not None:
        validate_value(indicator, entry.base, Msg.BASE)
    validate_entry_texts(entry, key)


def validate_entry_texts(entry: Entry, key: str) -> None:
    """Refuse a note or a source that cannot be kept; `key` names the value ("sales 2019-06")."""
    if entry.note is not None:
        check_text(entry.note, field_of(Msg.FIELD_NOTE, key))
    if entry.source is not None:
        check_text(entry.source, field_of(Msg.FIELD_SOURCE, key))


def validate_value(indicator: Indicator, value: Decimal, what: Msg | str = Msg.VALUE) -> Decimal:
    """Refuse a value that makes no sense for the indicator (negative, fractional count, share over 100)."""
    if indicator.kind is Kind.FLOW and value >= 0 and value.is_finite():
        return value  # the common case needs no further test
    if not value.is_finite():
        raise InputError(Msg.NOT_FINITE, what=what, value=value)
    if value < 0 and not indicator.allow_negative:
        raise InputError(Msg.NEGATIVE, what=what, value=value, name=indicator.name)
    if indicator.kind is Kind.COUNT and value != value.to_integral_value():
        raise InputError(Msg.NOT_WHOLE, what=what, value=value, name=indicator.name, unit=indicator.unit)
    if indicator.kind is Kind.RATIO and value > 100:
        raise InputError(Msg.OVER_100, what=what, value=value, name=indicator.name)
    return value


# --- TOML mapping -------------------------------------------------------------------------------

_INDICATOR_KEYS = (
    "name",
    "name_en",
    "unit",
    "kind",
    "direction",
    "growth",
    "frequency",
    "schedule",
    "owner",
    "contributors",
    "part_of",
    "warning_amber",
    "warning_red",
    "aliases",
    "allow_negative",
    "targets",
    "actuals",
)
_ENTRY_KEYS = ("value", "note", "source", "stated_growth", "base", "stated_status")
_TOP_KEYS = (
    "schema_version",
    "entity",
    "rounding",
    "compiled_by",
    "schedule",
    "warning_amber",
    "warning_red",
    "trend_threshold",
    "indicators",
    "revisions",
)
_REVISION_KEYS = (
    "at",
    "indicator",
    "period",
    "type",
    "old",
    "new",
    "old_source",
    "before",
    "after",
    "action",
    "batch",
    "renamed_from",
    "keys",
    "definition",
    "position",
    "undoes",
)


class OutOfRange(str):
    """A number literal outside what jctrack keeps, left as written so that the loader can name its key."""


def read_float(text: str) -> Decimal | OutOfRange:
    """TOML's float literals as exact Decimals; one outside the stored range becomes an OutOfRange."""
    if literal_in_bounds(text):
        return Decimal(text)
    value = Decimal(text)
    if not value.is_finite():
        return value
    return OutOfRange(text) if out_of_bounds(value) else within_places(value)


Where = str | Msg  # a key path such as indicators.sales.actuals.2019, or a word for one


def _threshold(raw: Any, where: Where) -> Decimal:
    """A number of percentage points that cannot be below zero (the trend's threshold)."""
    number = _number(raw, where)
    if number < 0:
        raise DataFileError(Msg.NEGATIVE_THRESHOLD, where=where, found=_shown(raw))
    return number


def _number(raw: Any, where: Where) -> Decimal:
    if isinstance(raw, OutOfRange):
        shown = raw if len(raw) <= 30 else raw[:20] + "…"
        raise DataFileError(Msg.OUT_OF_RANGE_LITERAL, where=where, found=shown, problem=out_of_bounds(Decimal(raw)))
    if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
        raise DataFileError(Msg.MUST_BE_NUMBER, where=where, found=_shown(raw))
    number = Decimal(raw)
    if not number.is_finite():
        raise DataFileError(Msg.NOT_FINITE_IN_FILE, where=where, found=raw)
    problem = out_of_bounds(number)
    if problem is not None:
        raise DataFileError(Msg.OUT_OF_RANGE_LITERAL, where=where, found=_shown(raw), problem=problem)
    return number


def _shown(raw: Any) -> str:
    """A value found in the file, as a message shows it: its type and a short repr."""
    text = repr(raw)
    return f"{type(raw).__name__} {text if len(text) <= 40 else text[:30] + '…'}"


_INT_LIMIT = 10**MAX_INTEGER_DIGITS


def _is_text(raw: Any) -> bool:
    """A TOML string: a number literal outside the bounds is an OutOfRange, a str only to carry its text."""
    return isinstance(raw, str) and not isinstance(raw, OutOfRange)


def _text(raw: Any, where: Where, limit: int = TEXT_LIMIT) -> str:
    if not _is_text(raw):
        raise DataFileError(Msg.MUST_BE_STRING, where=where, found=_shown(raw))
    return check_text(raw, where, limit, DataFileError)


def _name(raw: Any, where: str) -> str:
    return _text(raw, where, NAME_LIMIT)


def _strings(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise DataFileError(Msg.MUST_BE_STRINGS, where=where)
    return list(raw)


def _mapping(raw: Any, where: Where) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise DataFileError(Msg.MUST_BE_TABLE, where=where, found=_shown(raw))
    return cast(dict[str, Any], raw)


def _table(raw: Any, where: Where, allowed: tuple[str, ...]) -> dict[str, Any]:
    table = _mapping(raw, where)
    unknown = [key for key in table if key not in allowed]
    if unknown:
        raise DataFileError(Msg.UNKNOWN_KEY, where=where, key=unknown[0], allowed=", ".join(allowed))
    return table


def _entry_from_toml(raw: Any) -> Entry:
    """An entry from a bare number or a table; errors name the key inside the entry, the caller adds where."""
    kind = type(raw)  # the common cases, a bare number, kept cheap for large files
    if kind is Decimal and raw.is_finite():
        return Entry(raw)
    if kind is int and -_INT_LIMIT < raw < _INT_LIMIT:
        return Entry(Decimal(raw))
    if not isinstance(raw, dict):
        return Entry(value=_number(raw, Msg.WHERE_VALUE))
    table = _table(raw, Msg.WHERE_ENTRY, _ENTRY_KEYS)
    if "value" not in table:
        raise DataFileError(Msg.MISSING, key="value")
    stated_status = table.get("stated_status")
    if stated_status is not None and stated_status not in STATED_STATUSES:
        raise DataFileError(Msg.ONE_OF, where="stated_status", found=stated_status, choices=", ".join(STATED_STATUSES))

    def optional(key: str, read: Any) -> Any:
        return read(table[key], key) if key in table else None

    return Entry(
        value=_number(table["value"], "value"),
        note=optional("note", _text),
        source=optional("source", _text),
        stated_growth=optional("stated_growth", _number),
        base=optional("base", _number),
        stated_status=stated_status,
    )


def _choice(enum: type[StrEnum], raw: Any, where: str) -> Any:
    try:
        return enum(raw)
    except ValueError:
        raise DataFileError(Msg.ONE_OF, where=where, found=raw, choices=", ".join(m.value for m in enum)) from None


def _indicator_from_toml(indicator_id: str, raw: Any) -> Indicator:
    where = f"indicators.{indicator_id}"
    table = _table(raw, where, _INDICATOR_KEYS)
    for key in ("name", "unit"):
        if key not in table:
            raise DataFileError(Msg.AT, where=where, problem=DataFileError(Msg.MISSING, key=key))
    aliases = table.get("aliases", [])
    if not isinstance(aliases, list) or not all(_is_text(a) for a in aliases):
        raise DataFileError(Msg.MUST_BE_STRINGS, where=f"{where}.aliases")
    for alias in aliases:
        _name(alias, f"{where}.aliases")
    allow_negative = table.get("allow_negative", False)
    if not isinstance(allow_negative, bool):
        raise DataFileError(Msg.MUST_BE_BOOL, where=f"{where}.allow_negative")
    indicator = Indicator(
        id=indicator_id,
        name=_name(table["name"], f"{where}.name"),
        unit=_name(table["unit"], f"{where}.unit"),
        kind=_choice(Kind, table.get("kind", "flow"), f"{where}.kind"),
        direction=_choice(Direction, table.get("direction", "up"), f"{where}.direction"),
        aliases=list(aliases),
        name_en=_name(table["name_en"], f"{where}.name_en") if "name_en" in table else None,
        allow_negative=allow_negative,
        growth=_choice(GrowthBasis, table.get("growth", "computed"), f"{where}.growth"),
        frequency=_choice(Frequency, table.get("frequency", "monthly"), f"{where}.frequency"),
        schedule=_choice(Schedule, table["schedule"], f"{where}.schedule") if "schedule" in table else None,
        owner=_text(table["owner"], f"{where}.owner", NAME_LIMIT) if "owner" in table else None,
        contributors=[_name(item, f"{where}.contributors") for item in _strings(table.get("contributors", []), f"{where}.contributors")],
        part_of=_text(table["part_of"], f"{where}.part_of", NAME_LIMIT) if "part_of" in table else None,
        warning_amber=_number(table["warning_amber"], f"{where}.warning_amber") if "warning_amber" in table else None,
        warning_red=_number(table["warning_red"], f"{where}.warning_red") if "warning_red" in table else None,
    )
    for key, raw_entry in _mapping(table.get("targets", {}), f"{where}.targets").items():
        try:
            period = Period.parse(key)
            if not period.is_year:
                raise DataFileError(Msg.TARGETS_ARE_YEARLY, year=period.year)
            if period.year in indicator.targets:
                raise DataFileError(Msg.YEAR_TWICE, year=period.year)
            indicator.targets[period.year] = _checked_entry(indicator, raw_entry)
        except JctrackError as exc:
            raise DataFileError(Msg.AT, where=f"{where}.targets.{key}", problem=exc) from None
    # A district file has hundreds of thousands of actuals: messages are built only on failure, and a
    # bare non-negative decimal of a flow, or a bare non-negative whole number of a flow or a count
    # (nearly all of them), is taken without further calls: it passes every test validate_value makes.
    plain_flow = indicator.kind is Kind.FLOW
    plain_whole = indicator.kind in (Kind.FLOW, Kind.COUNT)
    actuals = indicator.actuals
    for key, raw_entry in _mapping(table.get("actuals", {}), f"{where}.actuals").items():
        try:
            period = _parse_period(key)
            if period in actuals:
                raise DataFileError(Msg.PERIOD_TWICE, period=period)
            kind = type(raw_entry)
            if plain_flow and kind is Decimal and raw_entry.is_finite() and raw_entry >= 0:
                actuals[period] = Entry(raw_entry)
            elif plain_whole and kind is int and 0 <= raw_entry < _INT_LIMIT:
                actuals[period] = Entry(Decimal(raw_entry))
            else:
                actuals[period] = _checked_entry(indicator, raw_entry)
        except JctrackError as exc:
            raise DataFileError(Msg.AT, where=f"{where}.actuals.{key}", problem=exc) from None
    return indicator


def _checked_entry(indicator: Indicator, raw: Any) -> Entry:
    entry = _entry_from_toml(raw)
    validate_value(indicator, entry.value)
    if entry.base is not None:
        validate_value(indicator, entry.base, Msg.BASE)
    return entry


def _revision_from_toml(raw: Any, where: str) -> Revision:
    table = _table(raw, where, _REVISION_KEYS)
    action = table.get("action")
    if action is not None and action not in REVISION_ACTIONS:
        raise DataFileError(Msg.ONE_OF, where=f"{where}.action", found=action, choices=", ".join(REVISION_ACTIONS))
    # A value's change before actions were recorded always had both numbers.
    required = ("at", "indicator", "period", "type", "old", "new") if action is None else ("at",)
    for key in required:
        if key not in table:
            raise DataFileError(Msg.AT, where=where, problem=DataFileError(Msg.MISSING, key=key))

    def text(key: str) -> Any:
        return _text(table[key], f"{where}.{key}") if key in table else None

    def number(key: str) -> Decimal | None:
        return _number(table[key], f"{where}.{key}") if key in table else None

    def whole(key: str) -> int | None:
        value = table.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise DataFileError(Msg.MUST_BE_WHOLE, where=f"{where}.{key}", found=_shown(value))
        return value

    keys = table.get("keys")
    if keys is not None and (not isinstance(keys, list) or not all(_is_text(k) for k in keys)):
        raise DataFileError(Msg.MUST_BE_STRINGS, where=f"{where}.keys")
    for key in keys or []:
        _text(key, f"{where}.keys")
    definition = None
    if "definition" in table:
        owner = table.get("renamed_from") or table.get("indicator") or "x"
        try:
            definition = _indicator_from_toml(str(owner), table["definition"])
        except DataFileError as exc:
            raise DataFileError(Msg.AT, where=f"{where}.definition", problem=exc) from None
    return Revision(
        at=_text(table["at"], f"{where}.at"),
        indicator=text("indicator") or "",
        period=text("period") or "",
        type=text("type") or "",
        old=number("old"),
        new=number("new"),
        old_source=text("old_source"),
        before=_revision_entry(table, "before", where),
        after=_revision_entry(table, "after", where),
        action=action,
        batch=whole("batch"),
        renamed_from=text("renamed_from"),
        keys=None if keys is None else list(keys),
        definition=definition,
        position=whole("position"),
        undoes=whole("undoes"),
    )


def _revision_entry(table: dict[str, Any], key: str, where: str) -> Entry | None:
    if key not in table:
        return None
    try:
        return _entry_from_toml(_mapping(table[key], key))
    except DataFileError as exc:
        raise DataFileError(Msg.AT, where=f"{where}.{key}", problem=exc) from None


def store_from_toml(document: dict[str, Any]) -> Store:
    """Build and validate a Store from a parsed TOML document; raise DataFileError on the first problem."""
    top = _table(document, Msg.WHERE_FILE, _TOP_KEYS)
    version = top.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # true and 1.0 equal 1 in Python, not in TOML
        raise DataFileError(Msg.SCHEMA_VERSION, found=repr(version), version=SCHEMA_VERSION)
    rounding = top.get("rounding", "half-up")
    if rounding not in ROUNDING_MODES:
        raise DataFileError(Msg.ONE_OF, where="rounding", found=rounding, choices=", ".join(ROUNDING_MODES))
    store = Store(entity=_text(top.get("entity", ""), "entity", NAME_LIMIT), rounding=rounding)
    if "compiled_by" in top:
        store.compiled_by = _text(top["compiled_by"], "compiled_by", NAME_LIMIT)
    store.schedule = _choice(Schedule, top.get("schedule", "calendar"), "schedule")
    if "warning_amber" in top:
        store.warning_amber = _number(top["warning_amber"], "warning_amber")
    if "warning_red" in top:
        store.warning_red = _number(top["warning_red"], "warning_red")
    if "trend_threshold" in top:
        store.trend_threshold = _threshold(top["trend_threshold"], "trend_threshold")
    indicators = top.get("indicators", {})
    if not isinstance(indicators, dict):
        raise DataFileError(Msg.INDICATORS_TABLE)
    taken: dict[str, str] = {}
    for indicator_id, raw in indicators.items():
        indicator = _indicator_from_toml(indicator_id, raw)
        try:
            store.add_indicator(indicator, taken)
        except JctrackError as exc:
            raise DataFileError(Msg.AT, where=f"indicators.{indicator_id}", problem=exc) from None
    revisions = top.get("revisions", [])
    if not isinstance(revisions, list):
        raise DataFileError(Msg.REVISIONS_LIST)
    store.revisions = [_revision_from_toml(raw, f"revisions[{i}]") for i, raw in enumerate(revisions)]
    return store


def _toml_number(value: Decimal) -> int | Decimal:
    # tomli-w writes Decimal('230') as 230.0, which would read back with a false decimal place.
    exponent = value.as_tuple().exponent
    return int(value) if isinstance(exponent, int) and exponent >= 0 else value


def _entry_to_toml(entry: Entry) -> int | Decimal | dict[str, Any]:
    extras = {
        "note": entry.note,
        "source": entry.source,
        "stated_growth": None if entry.stated_growth is None else _toml_number(entry.stated_growth),
        "base": None if entry.base is None else _toml_number(entry.base),
        "stated_status": entry.stated_status,
    }
    extras = {key: value for key, value in extras.items() if value is not None}
    if not extras:
        return _toml_number(entry.value)
    return {"value": _toml_number(entry.value), **extras}


def revision_to_toml(revision: Revision) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, value in vars(revision).items():
        if value is None or (value == "" and revision.action is not None and key in ("indicator", "period", "type")):
            continue
        if isinstance(value, Entry):
            entry = _entry_to_toml(value)
            table[key] = entry if isinstance(entry, dict) else {"value": entry}
        elif isinstance(value, Indicator):
            table[key] = indicator_to_toml(value)
        elif isinstance(value, list):
            table[key] = list(value)
        else:
            table[key] = _toml_number(value) if isinstance(value, Decimal) else value
    return table


def indicator_to_toml(indicator: Indicator) -> dict[str, Any]:
    """One indicator's table (without its id, which is its key), in the canonical order."""
    table: dict[str, Any] = {"name": indicator.name}
    if indicator.name_en:
        table["name_en"] = indicator.name_en
    table.update(unit=indicator.unit, kind=indicator.kind.value, direction=indicator.direction.value)
    if indicator.growth is not GrowthBasis.COMPUTED:
        table["growth"] = indicator.growth.value
    if indicator.frequency is not Frequency.MONTHLY:
        table["frequency"] = indicator.frequency.value
    for key in ("schedule", "owner", "contributors", "part_of", "warning_amber", "warning_red"):
        value = getattr(indicator, key)
        if value is not None and value != []:
            table[key] = _toml_number(value) if isinstance(value, Decimal) else (list(value) if isinstance(value, list) else str(value))
    if indicator.aliases:
        table["aliases"] = list(indicator.aliases)
    if indicator.allow_negative:
        table["allow_negative"] = True
    if indicator.targets:
        table["targets"] = {str(year): _entry_to_toml(e) for year, e in sorted(indicator.targets.items())}
    if indicator.actuals:
        ordered = sorted(indicator.actuals.items(), key=lambda item: item[0].sort_key)
        table["actuals"] = {str(period): _entry_to_toml(e) for period, e in ordered}
    return table


def store_to_toml(store: Store) -> dict[str, Any]:
    """The canonical document: fixed key order, periods in time order, so diffs show only changes."""
    indicators = {indicator.id: indicator_to_toml(indicator) for indicator in store.indicators.values()}
    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "entity": store.entity, "rounding": store.rounding}
    if store.compiled_by is not None:
        document["compiled_by"] = store.compiled_by
    if store.schedule is not Schedule.CALENDAR:
        document["schedule"] = store.schedule.value
    if store.warning_amber != DEFAULT_WARNING_AMBER:
        document["warning_amber"] = _toml_number(store.warning_amber)
    if store.warning_red != DEFAULT_WARNING_RED:
        document["warning_red"] = _toml_number(store.warning_red)
    if store.trend_threshold != DEFAULT_TREND_THRESHOLD:
        document["trend_threshold"] = _toml_number(store.trend_threshold)
    document["indicators"] = indicators
    if store.revisions:
        document["revisions"] = [revision_to_toml(revision) for revision in store.revisions]
    return document
