"""`district.toml`: the district's name, its member files, its own targets and its settings.

A district is a folder of town files (each an ordinary jctrack data file with one `entity`) and an
optional `district.toml` beside them. Every key is optional; an unknown key is an error naming it.

```toml
schema_version = 1                 # if given, 1
name = "金城区"                     # default: the folder's name
name_en = "Jincheng District"      # optional
towns = ["jincheng.toml", "qianfeng.toml", "nanhu.toml"]
                                   # member files, in display order; default: every *.toml in the
                                   # folder except district.toml, sorted by file name

[settings]
rounding = "half-up"               # half-up (四舍五入, default) | half-even (GB/T 8170)
rank_by = "growth"                 # what 位次 ranks by: growth (default) | completion | gap | actual

[indicators.industrial_sales]      # the id the town files use
unit = "亿元"                       # the district's unit; default: the first town's that has it
aggregate = "sum"                  # sum | range | ratio; default: sum for flow and count, range
                                   # for ratio and level; ratio when numerator/denominator are given
[indicators.industrial_sales.targets]
2019 = 1000                        # the district's own target, in the district's unit
2020 = { value = 1150, source = "区2020年工作报告", note = "" }

[indicators.pillar_share]          # a ratio's district value: Σ numerator / Σ denominator × 100
numerator = "pillar_output"        # ids of indicators in the town files, summed like with like
denominator = "industrial_output"
```

`[settings]` is where district-wide settings go (thresholds and a reporting schedule later);
`[indicators.ID]` holds what the district says about one indicator. The town files stay exactly as
they are: the district file never changes what a town's own `status` shows.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from jctrack.decimals import out_of_bounds, plain
from jctrack.errors import DataFileError
from jctrack.model import ROUNDING_MODES, Entry, OutOfRange, Period, read_float
from jctrack.units import family_of
from jctrack.words import Phrase
from jctrack.words.district import DistrictWord

CONFIG_NAME = "district.toml"
SCHEMA_VERSION = 1


class Measure(StrEnum):
    """What 位次 ranks by."""

    GROWTH = "growth"  # 同比 (a ratio's change in percentage points)
    COMPLETION = "completion"  # 完成率
    GAP = "gap"  # 序时进度差, year-to-date months of flows and counts
    ACTUAL = "actual"  # the amount itself


class Aggregate(StrEnum):
    """How the 全区合计 of an indicator is formed."""

    SUM = "sum"  # the towns' figures added, in the district's unit
    RANGE = "range"  # never added: the towns' lowest and highest figure
    RATIO = "ratio"  # Σ numerator / Σ denominator × 100, from two summed indicators


_TOP_KEYS = ("schema_version", "name", "name_en", "towns", "settings", "indicators")
_SETTINGS_KEYS = ("rounding", "rank_by")
_INDICATOR_KEYS = ("unit", "aggregate", "numerator", "denominator", "targets")
_TARGET_KEYS = ("value", "source", "note")


@dataclass(frozen=True)
class IndicatorConfig:
    unit: str | None = None
    aggregate: Aggregate | None = None
    numerator: str | None = None
    denominator: str | None = None
    targets: dict[int, Entry] = field(default_factory=dict)


@dataclass(frozen=True)
class DistrictConfig:
    name: str | None = None
    name_en: str | None = None
    towns: tuple[str, ...] | None = None
    rounding: str = "half-up"
    rank_by: Measure = Measure.GROWTH
    indicators: dict[str, IndicatorConfig] = field(default_factory=dict)


def _bad(key: str, problem: DistrictWord, **params: object) -> DataFileError:
    """What is wrong with one key, worded in the language the message is shown in."""
    return DataFileError(DistrictWord.CONFIG_BAD_VALUE, key=key, problem=Phrase(problem, **params))


def _table(raw: Any, key: str, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _bad(key, DistrictWord.PROBLEM_NOT_A_TABLE)
    table = cast(dict[str, Any], raw)
    for name in table:
        if name not in allowed:
            full = f"{key}.{name}" if key else name
            raise DataFileError(DistrictWord.CONFIG_UNKNOWN_KEY, key=full, allowed=", ".join(allowed))
    return table


def _text(raw: Any, key: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise _bad(key, DistrictWord.PROBLEM_NOT_TEXT)
    return raw


def _number(raw: Any, key: str) -> Decimal:
    if isinstance(raw, OutOfRange):
        raise _bad(key, DistrictWord.PROBLEM_OUT_OF_BOUNDS, value=raw[:30], reason=out_of_bounds(Decimal(raw)))
    if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
        raise _bad(key, DistrictWord.PROBLEM_NOT_A_NUMBER)
    number = Decimal(raw)
    problem = out_of_bounds(number)
    if problem is not None:
        raise _bad(key, DistrictWord.PROBLEM_OUT_OF_BOUNDS, value=plain(number)[:30], reason=problem)
    return number


def _choice(raw: Any, key: str, choices: tuple[str, ...]) -> str:
    if raw not in choices:
        raise _bad(key, DistrictWord.PROBLEM_NOT_ONE_OF, choices=", ".join(choices))
    return cast(str, raw)


def _target(raw: Any, key: str) -> Entry:
    if not isinstance(raw, dict):
        return Entry(_number(raw, key))
    table = _table(raw, key, _TARGET_KEYS)
    if "value" not in table:
        raise _bad(f"{key}.value", DistrictWord.PROBLEM_MISSING)
    return Entry(
        _number(table["value"], f"{key}.value"),
        note=_text(table["note"], f"{key}.note") if table.get("note") else None,
        source=_text(table["source"], f"{key}.source") if "source" in table else None,
    )


def _indicator(indicator_id: str, raw: Any) -> IndicatorConfig:
    key = f"indicators.{indicator_id}"
    table = _table(raw, key, _INDICATOR_KEYS)
    unit = None
    if "unit" in table:
        unit = _text(table["unit"], f"{key}.unit")
        if family_of(unit) is None:
            raise _bad(f"{key}.unit", DistrictWord.PROBLEM_NOT_A_UNIT, unit=unit)
    aggregate = None
    if "aggregate" in table:
        aggregate = Aggregate(_choice(table["aggregate"], f"{key}.aggregate", tuple(a.value for a in Aggregate)))
    numerator = _text(table["numerator"], f"{key}.numerator") if "numerator" in table else None
    denominator = _text(table["denominator"], f"{key}.denominator") if "denominator" in table else None
    if (numerator is None) != (denominator is None) or (aggregate is Aggregate.RATIO and numerator is None):
        raise DataFileError(DistrictWord.CONFIG_RATIO_PARTS, indicator=indicator_id)
    if numerator is not None:
        if aggregate not in (None, Aggregate.RATIO):
            raise _bad(f"{key}.aggregate", DistrictWord.PROBLEM_RATIO_AGGREGATE)
        aggregate = Aggregate.RATIO
        if unit not in (None, "%"):
            raise _bad(f"{key}.unit", DistrictWord.PROBLEM_RATIO_UNIT)
    targets: dict[int, Entry] = {}
    raw_targets = table.get("targets", {})
    if not isinstance(raw_targets, dict):
        raise _bad(f"{key}.targets", DistrictWord.PROBLEM_NOT_YEARS)
    for year_key, raw_target in cast(dict[str, Any], raw_targets).items():
        where = f"{key}.targets.{year_key}"
        try:
            period = Period.parse(year_key)
        except Exception:
            raise _bad(where, DistrictWord.PROBLEM_NOT_A_YEAR) from None
        if not period.is_year:
            raise _bad(where, DistrictWord.PROBLEM_NOT_YEARLY)
        targets[period.year] = _target(raw_target, where)
    return IndicatorConfig(unit, aggregate, numerator, denominator, targets)


def parse_config(text: str, name: str = CONFIG_NAME) -> DistrictConfig:
    """Validate the text of a district.toml strictly; every problem is one line naming the key."""
    try:
        document = tomllib.loads(text, parse_float=read_float)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(DistrictWord.CONFIG_INVALID, file=name, reason=str(exc)) from None
    top = _table(document, "", _TOP_KEYS)
    if "schema_version" in top and top["schema_version"] != SCHEMA_VERSION:
        raise _bad("schema_version", DistrictWord.PROBLEM_SCHEMA_VERSION, value=repr(top["schema_version"]), version=SCHEMA_VERSION)
    towns = None
    if "towns" in top:
        raw_towns = top["towns"]
        if not isinstance(raw_towns, list) or not raw_towns:
            raise _bad("towns", DistrictWord.PROBLEM_NOT_FILE_NAMES)
        seen: set[str] = set()
        for index, item in enumerate(raw_towns):
            member = _text(item, f"towns[{index}]")
            if "/" in member or "\\" in member or not member.endswith(".toml") or member == CONFIG_NAME:
                raise DataFileError(DistrictWord.MEMBER_NOT_TOML, file=member)
            if member in seen:
                raise DataFileError(DistrictWord.DUPLICATE_MEMBER, file=member)
            seen.add(member)
        towns = tuple(cast(list[str], raw_towns))
    settings = _table(top.get("settings", {}), "settings", _SETTINGS_KEYS)
    rounding = _choice(settings.get("rounding", "half-up"), "settings.rounding", ROUNDING_MODES)
    rank_by = Measure(_choice(settings.get("rank_by", "growth"), "settings.rank_by", tuple(m.value for m in Measure)))
    raw_indicators = top.get("indicators", {})
    if not isinstance(raw_indicators, dict):
        raise _bad("indicators", DistrictWord.PROBLEM_NOT_INDICATOR_TABLES)
    indicators = {indicator_id: _indicator(indicator_id, raw) for indicator_id, raw in raw_indicators.items()}
    return DistrictConfig(
        name=_text(top["name"], "name") if "name" in top else None,
        name_en=_text(top["name_en"], "name_en") if "name_en" in top else None,
        towns=towns,
        rounding=rounding,
        rank_by=rank_by,
        indicators=indicators,
    )


def read_config(path: Path) -> DistrictConfig:
    from jctrack import store

    try:
        text = store.read_bytes(path).decode("utf-8")  # a regular file within the data file's size limit
    except UnicodeDecodeError:
        raise DataFileError(DistrictWord.CONFIG_INVALID, file=str(path), reason=DistrictWord.PROBLEM_NOT_UTF8) from None
    return parse_config(text, str(path))
