"""Nothing hangs on long text: a 40,000-character cell is laid out in time linear in its length, in the plain
table and on the terminal; a file of long notes loads and writes in time linear in its size."""

from __future__ import annotations

import io
import time
from decimal import Decimal

from jctrack import store
from jctrack.calc import build_status
from jctrack.model import TEXT_LIMIT, Entry, Indicator, Period, Store
from jctrack.render import Document, Format, Options, renderer_for
from jctrack.render.findings import CellTable
from jctrack.render.layout import joined, wrap_cells
from jctrack.render.screen import cell_table_screen
from jctrack.textwidth import width

LONG = ("工业开票销售收入（全口径）" * 4000)[:40_000]


def seconds(work: object, runs: int = 3) -> float:
    """The best of a few runs: a loaded machine slows a run, never speeds one, so the least is the cost."""
    assert callable(work)
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def test_a_40000_character_cell_wraps_in_linear_time_within_its_width() -> None:
    lines = wrap_cells(LONG, 30)
    assert all(width(line) <= 30 for line in lines) and "".join(lines) == LONG
    # Linear: twice the text, about twice the time (a quadratic wrap took minutes at this length).
    short, long = seconds(lambda: wrap_cells(LONG[:10_000], 30)), seconds(lambda: wrap_cells(LONG, 30))
    assert long < 2.0 and long < 12 * max(short, 0.002)


def test_a_40000_character_name_in_the_plain_and_the_terminal_table() -> None:
    table = joined(cell_table_screen("", CellTable(["指标", "值"], [[LONG, "1"]], frozenset({1})), Options(width=80), False))
    assert all(width(line) <= 80 for line in table.splitlines())
    data = Store(entity="测试镇")
    indicator = Indicator("sales", LONG, "亿元")  # longer than a name may be: as text from elsewhere would be
    indicator.targets[2019] = Entry(Decimal(230))
    indicator.actuals[Period(2019, 6)] = Entry(Decimal(120))
    data.indicators["sales"] = indicator
    status = build_status(data, Period(2019, 6))

    def render(fmt: Format, options: Options) -> str:
        out = io.BytesIO()
        renderer_for(Document.STATUS, fmt)(status, out, options)
        return out.getvalue().decode("utf-8")

    started = time.perf_counter()
    plain, terminal = render(Format.TEXT, Options()), render(Format.TERMINAL, Options(width=120))
    assert time.perf_counter() - started < 3.0
    assert LONG in "".join(line.strip() for line in plain.splitlines())  # wrapped, nothing cut
    assert all(width(line) <= 100 for line in plain.splitlines())
    assert all(width(line) <= 120 for line in terminal.splitlines())  # the terminal wraps the name


def test_a_file_of_long_notes_loads_and_writes_in_linear_time() -> None:
    def file_of(values: int) -> str:
        data = Store(entity="测试镇")
        indicator = Indicator("sales", "工业开票销售", "亿元")
        for number in range(values):
            period = Period(1950 + number // 12, number % 12 + 1)
            indicator.actuals[period] = Entry(Decimal(number), note="注" * TEXT_LIMIT, source="源" * 100)
        data.indicators["sales"] = indicator
        return store.dumps(data)

    small, large = file_of(250), file_of(1000)
    small_time = seconds(lambda: store.dumps(store.parse(small)))
    large_time = seconds(lambda: store.dumps(store.parse(large)))
    assert large_time < 3.0 and large_time < 10 * max(small_time, 0.01)
