"""Write a valid jctrack data file of district scale, or a district folder of town files.

    python benchmarks/generate.py --indicators 1800 --years 10 --output big.toml
    python benchmarks/generate.py --towns 100 --indicators 60 --years 10 --output district/

One file: each indicator gets, per year, 12 year-to-date months, the year's actual and a yearly
target (14 values a year). The figures are deterministic (a seeded generator), exact decimals, and
rise through each year so that `jctrack check` finds the file consistent.

With --towns N: a folder of N town files (镇001.toml …, entity 镇001 …), each with the same
indicators and, per year, 12 year-to-date months and a target (13 values a year; the year's
figure is its 1–12月), and a district.toml whose targets are the sums of the towns' targets, so
that `district check` finds the district consistent. 100 towns × 60 indicators × 10 years is
780,000 values.
"""

from __future__ import annotations

import argparse
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from jctrack import store  # noqa: E402
from jctrack.model import Entry, Indicator, Kind, Period, Store  # noqa: E402

UNITS = [("亿元", Kind.FLOW), ("万元", Kind.FLOW), ("家", Kind.COUNT), ("亩", Kind.FLOW)]
FIRST_YEAR = 2015


def build(indicators: int, years: int, seed: int = 2019, entity: str = "某区", year_figures: bool = True) -> Store:
    rng = random.Random(seed)
    data = Store(entity=entity, rounding="half-up")
    for number in range(indicators):
        unit, kind = UNITS[number % len(UNITS)]
        indicator = Indicator(id=f"indicator_{number:04d}", name=f"指标{number:04d}", unit=unit, kind=kind)
        level = Decimal(rng.randint(100, 100_000))
        for year in range(FIRST_YEAR, FIRST_YEAR + years):
            growth = Decimal(rng.randint(-50, 250)) / 1000  # −5% … +25%
            annual = (level * (1 + growth)).quantize(Decimal(1) if kind is Kind.COUNT else Decimal("0.01"))
            target = (annual * Decimal("1.05")).quantize(Decimal(1) if kind is Kind.COUNT else Decimal("0.01"))
            indicator.targets[year] = Entry(target, source=f"{year}年工作计划")
            for month in range(1, 13):
                ytd = (annual * month / 12).quantize(Decimal(1) if kind is Kind.COUNT else Decimal("0.01"))
                indicator.actuals[Period(year, month)] = Entry(ytd)
            if year_figures:
                indicator.actuals[Period(year)] = Entry(annual, source=f"{year}年统计年报", note="快报数")
            level = annual
        # The last year's December and annual figures must agree; the loop above makes 12/12 = annual.
        data.indicators[indicator.id] = indicator
    return data


def district_toml(towns: list[Store], name: str = "某区") -> str:
    """A district.toml naming the towns in order, with targets that are the sums of the towns' targets."""
    lines = ["schema_version = 1", f'name = "{name}"', "towns = [" + ", ".join(f'"{t.entity}.toml"' for t in towns) + "]", ""]
    for indicator_id, first in towns[0].indicators.items():
        lines += [f"[indicators.{indicator_id}.targets]"]
        for year in sorted(first.targets):
            total = sum((town.indicators[indicator_id].targets[year].value for town in towns), Decimal(0))
            lines.append(f"{year} = {total}")
        lines.append("")
    return "\n".join(lines)


def build_district(towns: int, indicators: int, years: int, folder: Path, seed: int = 2019) -> int:
    """Write the district folder; return the number of values written."""
    folder.mkdir(parents=True, exist_ok=True)
    stores = [build(indicators, years, seed + number, entity=f"镇{number:03d}", year_figures=False) for number in range(1, towns + 1)]
    for town in stores:
        (folder / f"{town.entity}.toml").write_text(store.dumps(town), encoding="utf-8")
    (folder / "district.toml").write_text(district_toml(stores), encoding="utf-8")
    return sum(len(i.actuals) + len(i.targets) for town in stores for i in town.indicators.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, required=True)
    parser.add_argument("--years", type=int, required=True)
    parser.add_argument("--output", type=Path, required=True, help="the file, or with --towns the folder, to write")
    parser.add_argument("--towns", type=int, help="write a district folder of this many town files")
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    if args.towns:
        values = build_district(args.towns, args.indicators, args.years, args.output, args.seed)
        size = sum(p.stat().st_size for p in args.output.iterdir())
        print(f"wrote {args.output}: {args.towns} towns × {args.indicators} indicators, {values} values, {size:,} bytes")
        return
    data = build(args.indicators, args.years, args.seed)
    args.output.write_text(store.dumps(data), encoding="utf-8")
    values = sum(len(i.actuals) + len(i.targets) for i in data.indicators.values())
    print(f"wrote {args.output}: {args.indicators} indicators, {values} values, {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
