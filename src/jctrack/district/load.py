"""Loading a district: its member town files, checked together, with every indicator in the district's unit."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from jctrack import store as town_store
from jctrack.decimals import exact, normalize
from jctrack.district.config import CONFIG_NAME, Aggregate, DistrictConfig, IndicatorConfig, Measure, read_config
from jctrack.errors import DataFileError, InputError, JctrackError
from jctrack.model import Direction, Entry, Indicator, Kind, Period, Store
from jctrack.units import UNIT_FAMILIES, family_of
from jctrack.words.district import DistrictWord
from jctrack.words.intake import IntakeWord
from jctrack.words.messages import Msg

# Towns are parsed in this process by default. A process pool was measured (benchmarks/RESULTS.md, "A
# district of towns"): sending each parsed town back to the parent costs more than parsing it, so two
# workers load 100 towns in 3.9 s against 1.4 s in one process. `workers` > 1 remains for machines where
# that balance differs.
DEFAULT_WORKERS = 1


@dataclass(frozen=True)
class Town:
    """One member of the district: its entity name, its file, and its data in the district's units."""

    name: str
    file: str
    store: Store


@dataclass(frozen=True)
class SkippedTown:
    """A member file left out because it cannot be read (only with skip_bad=True)."""

    file: str
    reason: str


@dataclass(frozen=True)
class IndicatorSpec:
    """The district's definition of an indicator, matched across towns by id."""

    id: str
    name: str
    name_en: str | None
    unit: str
    kind: Kind
    direction: Direction
    aggregate: Aggregate
    numerator: str | None
    denominator: str | None
    targets: dict[int, Entry]
    towns: tuple[str, ...]  # the towns that have it, in display order

    @property
    def summed(self) -> bool:
        return self.aggregate is Aggregate.SUM


@dataclass(frozen=True)
class UnitConflict:
    indicator: str
    town: str
    unit: str
    district_unit: str


# The words for a definition's field and its codes, so a message says 种类为存量, never "kind level".
FIELD_WORDS = {"kind": IntakeWord.COL_KIND, "direction": IntakeWord.COL_DIRECTION}
CODE_WORDS: dict[str, IntakeWord] = {
    "flow": IntakeWord.KIND_FLOW,
    "count": IntakeWord.KIND_COUNT,
    "ratio": IntakeWord.KIND_RATIO,
    "level": IntakeWord.KIND_LEVEL,
    "up": IntakeWord.DIRECTION_UP,
    "down": IntakeWord.DIRECTION_DOWN,
}


@dataclass(frozen=True)
class DefinitionConflict:
    indicator: str
    town: str
    field: str  # "kind" or "direction"
    value: str
    district_value: str

    def words(self) -> dict[str, object]:
        """The message's parameters: the field and both codes as words of the language shown."""
        return {"field": FIELD_WORDS[self.field], "value": CODE_WORDS[self.value], "district_value": CODE_WORDS[self.district_value]}


@dataclass(frozen=True)
class District:
    name: str
    name_en: str | None
    folder: Path
    config: DistrictConfig
    towns: tuple[Town, ...]
    indicators: dict[str, IndicatorSpec]
    skipped: tuple[SkippedTown, ...] = ()
    unit_conflicts: tuple[UnitConflict, ...] = ()
    definition_conflicts: tuple[DefinitionConflict, ...] = field(default=())

    @property
    def rounding(self) -> str:
        return self.config.rounding

    @property
    def rank_by(self) -> Measure:
        return self.config.rank_by

    def files(self) -> list[Path]:
        """Every file of the district: its towns (those read and those skipped as unreadable) and district.toml."""
        names = [town.file for town in self.towns] + [town.file for town in self.skipped] + [CONFIG_NAME]
        return [self.folder / name for name in names]

    def refuse_as_output(self, path: Path) -> None:
        """Refuse an output path that is one of the district's files or its lock (the same file by any path),
        or that the next load would take for a town file: a .toml in the folder when district.toml lists no towns."""
        for file in self.files():
            for guarded in (file, town_store.lock_path(file)):
                if town_store.same_file(path, guarded):
                    raise DataFileError(DistrictWord.OUTPUT_IS_MEMBER, path=str(path))
        if self.config.towns is None and _is_member_name(path.name) and town_store.same_file(path.parent, self.folder):
            raise DataFileError(DistrictWord.OUTPUT_WOULD_BE_MEMBER, path=str(path), folder=str(self.folder))

    def indicator(self, reference: str) -> IndicatorSpec:
        """An indicator by id, or by the name or alias any town gives it."""
        if reference in self.indicators:
            return self.indicators[reference]
        for town in self.towns:
            for indicator in town.store.indicators.values():
                if reference in indicator.names() and indicator.id in self.indicators:
                    return self.indicators[indicator.id]
        raise InputError(DistrictWord.UNKNOWN_INDICATOR, indicator=reference)

    def latest_period(self) -> Period | None:
        """The latest period any town has an actual for; else the latest year with a target."""
        latest: Period | None = None
        for town in self.towns:
            period = town.store.latest_period()
            if period is not None and (latest is None or period.sort_key > latest.sort_key):
                latest = period
        if latest is None:
            years = [year for spec in self.indicators.values() for year in spec.targets]
            return Period(max(years)) if years else None
        return latest


def district_paths(path: Path) -> tuple[Path, Path | None]:
    """The district's folder and its district.toml (None when there is none), from either path."""
    try:
        return _district_paths(path)
    except OSError as exc:  # a folder that cannot be read (chmod 000): one line, as for a town file
        raise DataFileError(Msg.CANNOT_READ, path=exc.filename or path, reason=exc.strerror) from None


def _district_paths(path: Path) -> tuple[Path, Path | None]:
    if not path.exists():
        raise DataFileError(DistrictWord.NO_SUCH_PATH, path=str(path))
    if path.is_dir():
        config = path / CONFIG_NAME
        return path, config if config.is_file() else None
    if path.name == CONFIG_NAME:
        return path.parent, path
    raise DataFileError(DistrictWord.NOT_A_DISTRICT_PATH, path=str(path))


def _is_member_name(name: str) -> bool:
    # Not district.toml, not a hidden file, and not a copy kept beside a file by an invalid `jctrack edit`.
    return name.endswith(".toml") and name != CONFIG_NAME and not name.startswith(".") and ".edit-" not in name


def member_files(folder: Path, config: DistrictConfig) -> list[Path]:
    try:
        return _member_files(folder, config)
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_READ, path=exc.filename or folder, reason=exc.strerror) from None


def _member_files(folder: Path, config: DistrictConfig) -> list[Path]:
    if config.towns is not None:
        files = [folder / name for name in config.towns]
        for file in files:
            if not file.is_file():
                raise DataFileError(DistrictWord.MISSING_MEMBER, file=file.name)
        return files
    files = sorted(p for p in folder.iterdir() if _is_member_name(p.name) and p.is_file())
    if not files:
        raise DataFileError(DistrictWord.NO_TOWNS, folder=str(folder))
    return files


LoadOutcome = tuple[str, Store | None, Any, dict[str, Any]]


def _load_one(path: Path) -> LoadOutcome:
    """Parse one town file: ("ok", store, None, {}) or ("bad", None, error key, its params)."""
    try:
        text = town_store.read(path)
    except JctrackError as exc:
        return "bad", None, exc.key, exc.params
    try:
        return "ok", town_store.parse(text, path.name), None, {}
    except JctrackError as exc:
        if _not_a_town(text):
            return "bad", None, DistrictWord.NOT_A_TOWN, {"file": path.name}
        return "bad", None, exc.key, exc.params


def _not_a_town(text: str) -> bool:
    try:
        document = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return False  # a damaged town file, said as such
    return "schema_version" not in document and "indicators" not in document


def _load_all(files: list[Path], workers: int) -> list[LoadOutcome]:
    if workers <= 1 or len(files) <= 1:
        return [_load_one(path) for path in files]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_load_one, files, chunksize=max(1, len(files) // (workers * 4))))


def load_district(path: Path, *, skip_bad: bool = False, workers: int = DEFAULT_WORKERS) -> District:
    """Load a district from its folder or its district.toml.

    Every member file must load: a damaged one is named and the district refused (a table silently
    missing a town would be wrong), unless `skip_bad`, when it is left out and named in `skipped`.
    `workers` > 1 parses the files in that many processes (slower on the measured machine; see above).

    Members are district.toml's `towns`, else every *.toml in the folder but district.toml, hidden
    files and the copies an invalid `jctrack edit` keeps (NAME.edit-XXXX.toml), sorted by file name.
    A town is named by its `entity`, or by its file's stem when the entity is empty; two files of one
    town are refused. Indicators match across towns by id and take the first town's name, kind and
    direction; each town's figures are converted into the district's unit (district.toml's, else the
    first town's), and a unit that cannot convert, or another kind or direction, is recorded for
    `check_district` (and refused by the tables for that indicator).
    """
    folder, config_path = district_paths(path)
    config = read_config(config_path) if config_path is not None else DistrictConfig()
    files = member_files(folder, config)
    towns: list[Town] = []
    skipped: list[SkippedTown] = []
    by_name: dict[str, str] = {}
    for file, (outcome, loaded, key, params) in zip(files, _load_all(files, workers), strict=True):
        if outcome == "bad" or loaded is None:
            skipped.append(SkippedTown(file.name, str(DataFileError(key, **params))))
            continue
        name = loaded.entity.strip() or file.stem
        if name in by_name:
            raise DataFileError(DistrictWord.DUPLICATE_TOWN, first=by_name[name], second=file.name, entity=name)
        by_name[name] = file.name
        towns.append(Town(name, file.name, loaded))
    if skipped and (not skip_bad or not towns):
        problems = "; ".join(bad.reason if bad.reason.startswith(bad.file) else f"{bad.file}: {bad.reason}" for bad in skipped)
        raise DataFileError(DistrictWord.BAD_TOWNS, count=len(skipped), problems=problems)
    return _assemble(folder, config, towns, tuple(skipped))


def _default_aggregate(kind: Kind) -> Aggregate:
    return Aggregate.SUM if kind in (Kind.FLOW, Kind.COUNT) else Aggregate.RANGE


def _assemble(folder: Path, config: DistrictConfig, towns: list[Town], skipped: tuple[SkippedTown, ...]) -> District:
    first: dict[str, Indicator] = {}
    holders: dict[str, list[str]] = {}
    for town in towns:
        for indicator in town.store.indicators.values():
            first.setdefault(indicator.id, indicator)
            holders.setdefault(indicator.id, []).append(town.name)
    for indicator_id, settings in config.indicators.items():
        if indicator_id not in first:
            raise DataFileError(DistrictWord.CONFIG_UNKNOWN_INDICATOR, key=f"indicators.{indicator_id}", indicator=indicator_id)
        for part in ("numerator", "denominator"):
            named = getattr(settings, part)
            if named is not None and named not in first:
                raise DataFileError(DistrictWord.CONFIG_UNKNOWN_INDICATOR, key=f"indicators.{indicator_id}.{part}", indicator=named)
    order = [i for i in config.indicators if i in first] + [i for i in first if i not in config.indicators]
    specs: dict[str, IndicatorSpec] = {}
    for indicator_id in order:
        model = first[indicator_id]
        settings = config.indicators.get(indicator_id, IndicatorConfig())
        aggregate = settings.aggregate or _default_aggregate(model.kind)
        if aggregate is Aggregate.SUM and model.kind is Kind.RATIO:
            raise DataFileError(
                DistrictWord.CONFIG_BAD_VALUE,
                key=f"indicators.{indicator_id}.aggregate",
                problem=DistrictWord.PROBLEM_RATIO_NOT_SUMMED,
            )
        specs[indicator_id] = IndicatorSpec(
            id=indicator_id,
            name=model.name,
            name_en=model.name_en,
            unit=settings.unit or model.unit,
            kind=model.kind,
            direction=model.direction,
            aggregate=aggregate,
            numerator=settings.numerator,
            denominator=settings.denominator,
            targets=dict(settings.targets),
            towns=tuple(holders[indicator_id]),
        )
    unit_conflicts: list[UnitConflict] = []
    definition_conflicts: list[DefinitionConflict] = []
    converted: list[Town] = []
    for town in towns:
        replaced: dict[str, Indicator] = {}
        for indicator in town.store.indicators.values():
            spec = specs[indicator.id]
            for name, value, district_value in (
                ("kind", indicator.kind.value, spec.kind.value),
                ("direction", indicator.direction.value, spec.direction.value),
            ):
                if value != district_value:
                    definition_conflicts.append(DefinitionConflict(spec.id, town.name, name, value, district_value))
            if indicator.unit == spec.unit:
                continue
            if family_of(indicator.unit) != family_of(spec.unit) or family_of(spec.unit) is None:
                unit_conflicts.append(UnitConflict(spec.id, town.name, indicator.unit, spec.unit))
                continue
            replaced[indicator.id] = convert_indicator(indicator, spec.unit)
        if replaced:
            indicators = {key: replaced.get(key, value) for key, value in town.store.indicators.items()}
            town = replace(town, store=Store(town.store.entity, town.store.rounding, indicators, town.store.revisions))
        converted.append(town)
    return District(
        name=config.name or folder.resolve().name,
        name_en=config.name_en,
        folder=folder,
        config=config,
        towns=tuple(converted),
        indicators=specs,
        skipped=skipped,
        unit_conflicts=tuple(unit_conflicts),
        definition_conflicts=tuple(definition_conflicts),
    )


@exact
def convert(value: Decimal, unit: str, to_unit: str) -> Decimal:
    """A value in `unit` expressed exactly in `to_unit` of the same family (4800 万元 → 0.48 亿元)."""
    if unit == to_unit:
        return value
    family = family_of(unit)
    if family is None or family != family_of(to_unit) or family.startswith("count:"):
        raise ValueError(f"cannot convert {unit} into {to_unit}")
    members = UNIT_FAMILIES[family]
    return normalize(value * members[unit] / members[to_unit])


def _converted_entry(entry: Entry, unit: str, to_unit: str) -> Entry:
    base = None if entry.base is None else convert(entry.base, unit, to_unit)
    return replace(entry, value=convert(entry.value, unit, to_unit), base=base)


def convert_indicator(indicator: Indicator, to_unit: str) -> Indicator:
    """A copy of the indicator with every target, actual and base in `to_unit` (growth rates are unit-free)."""
    unit = indicator.unit
    return replace(
        indicator,
        unit=to_unit,
        aliases=list(indicator.aliases),
        targets={year: _converted_entry(entry, unit, to_unit) for year, entry in indicator.targets.items()},
        actuals={period: _converted_entry(entry, unit, to_unit) for period, entry in indicator.actuals.items()},
    )
