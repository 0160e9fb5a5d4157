"""Write the numbers of a jctrack data file as an hledger journal, to time `hledger balance --budget` on them.

    python benchmarks/generate.py --indicators 1800 --years 10 --output big.toml
    python benchmarks/district_hledger_journal.py big.toml big.journal
    hledger -f big.journal balance --budget -p 2024 > /dev/null     # the yardstick
    python -m jctrack --file big.toml status > /dev/null             # against it
    python benchmarks/district_hledger_journal.py big.toml yearly.journal --yearly

Each indicator is an account `指标:ID`. Each month is one transaction (a monthly report) posting every
indicator's increment for the month, so that an account's balance at the month's end is its
year-to-date figure; each year's targets are one periodic transaction (`~ yearly`) holding every
indicator's target: the same figures jctrack reads, and the same question — actual against target
for a period. With --yearly, only each year's actual is written (one transaction per year), a
lighter journal than jctrack's file.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from jctrack import store  # noqa: E402
from jctrack.decimals import plain  # noqa: E402


def journal(data: store.Store, yearly: bool = False) -> str:
    lines: list[str] = []
    targets: dict[int, list[tuple[str, Decimal]]] = defaultdict(list)
    for indicator in data.indicators.values():
        for year, entry in indicator.targets.items():
            targets[year].append((indicator.id, entry.value))
    for year in sorted(targets):
        lines.append(f"~ yearly from {year}-01-01 to {year + 1}-01-01")
        lines += [f"    指标:{ident}  {plain(value)}" for ident, value in targets[year]]
        lines += ["    来源", ""]
    # One transaction per month (or per year with --yearly) holding every indicator's figure for it.
    postings: dict[tuple[int, int], list[tuple[str, Decimal]]] = defaultdict(list)
    for indicator in data.indicators.values():
        if yearly:
            for period, entry in indicator.actuals.items():
                if period.month is None:
                    postings[(period.year, 12)].append((indicator.id, entry.value))
            continue
        previous: dict[int, Decimal] = defaultdict(Decimal)
        for period in sorted((p for p in indicator.actuals if p.month is not None), key=lambda p: p.sort_key):
            assert period.month is not None
            value = indicator.actuals[period].value
            postings[(period.year, period.month)].append((indicator.id, value - previous[period.year]))
            previous[period.year] = value
    for (year, month), items in sorted(postings.items()):
        lines.append(f"{year}-{month:02d}-{31 if yearly else 1:02d} {'年报' if yearly else '月报'}")
        lines += [f"    指标:{ident}  {plain(value)}" for ident, value in items]
        lines += ["    来源", ""]
    return "\n".join(lines)


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.write_text(journal(store.load(source), yearly="--yearly" in sys.argv[3:]), encoding="utf-8")
    print(f"wrote {target}: {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
