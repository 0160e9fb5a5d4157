"""Write a valid jctrack data file of district scale: N indicators × Y years of monthly year-to-date values.

    python benchmarks/generate.py --indicators 1800 --years 10 --output big.toml

Each indicator gets, per year, 12 year-to-date months, the year's actual and a yearly target
(14 values a year). The figures are deterministic (a seeded generator), exact decimals, and rise
through each year so that `jctrack check` finds the file consistent.
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


def build(indicators: int, years: int, seed: int = 2019) -> Store:
    rng = random.Random(seed)
    data = Store(entity="某区", rounding="half-up")
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
            indicator.actuals[Period(year)] = Entry(annual, source=f"{year}年统计年报", note="快报数")
            level = annual
        # The last year's December and annual figures must agree; the loop above makes 12/12 = annual.
        data.indicators[indicator.id] = indicator
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, required=True)
    parser.add_argument("--years", type=int, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    data = build(args.indicators, args.years, args.seed)
    args.output.write_text(store.dumps(data), encoding="utf-8")
    values = sum(len(i.actuals) + len(i.targets) for i in data.indicators.values())
    print(f"wrote {args.output}: {args.indicators} indicators, {values} values, {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
