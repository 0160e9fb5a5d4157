"""Long text and long notes at scale, and what the robustness checks cost, measured rather than assumed.

    python benchmarks/robust_scale.py            # prints Markdown tables for ROBUST.md
    python benchmarks/robust_scale.py --runs 3

1. A name of 10,000, 20,000 and 40,000 CJK characters laid out: wrapped to 30 columns, in the plain
   80-column table, in `status` piped (every column at its natural width) and in `status` on a 120-column
   terminal (Rich). Time must grow linearly; wrapping was quadratic once.
2. A file of 2,500, 5,000 and 10,000 values, each with a note of 2,000 characters (the longest a note may
   be) and a source of 100: parse, write, and `status` and `add-actual` as whole processes.
3. The 252,000-value file of `generate.py`: reading it with toml-rs on a thread sized for its brackets
   against the main thread, and the model with and without the checks of stored text.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from jctrack import model, store  # noqa: E402
from jctrack.calc import build_status  # noqa: E402
from jctrack.model import TEXT_LIMIT, Entry, Indicator, Period, Store  # noqa: E402
from jctrack.render import Document, Format, Options, renderer_for  # noqa: E402
from jctrack.render.layout import format_table, wrap_cells  # noqa: E402

TEXT = "工业开票销售收入（全口径）"


def median_seconds(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def process_seconds(args: list[str], runs: int) -> float:
    def run() -> None:
        subprocess.run([sys.executable, "-m", "jctrack", *args], check=True, capture_output=True, env={"JCTRACK_TODAY": "2031-12-31"})

    return median_seconds(run, runs)


def long_names(runs: int) -> None:
    print("| characters | wrap to 30 columns | plain table, 80 columns | `status` piped | `status` on a terminal (Rich, 120 columns) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for length in (10_000, 20_000, 40_000):
        name = (TEXT * (length // len(TEXT) + 1))[:length]
        data = Store(entity="测试镇")
        indicator = Indicator("sales", name, "亿元")  # past the 200-character limit: text from elsewhere
        indicator.targets[2019] = Entry(Decimal(230))
        indicator.actuals[Period(2019, 6)] = Entry(Decimal(120))
        data.indicators["sales"] = indicator
        status = build_status(data, Period(2019, 6))

        def render(fmt: Format, options: Options, thing: object = status) -> None:
            renderer_for(Document.STATUS, fmt)(thing, io.BytesIO(), options)

        figures = [
            median_seconds(lambda name=name: wrap_cells(name, 30), runs),
            median_seconds(lambda name=name: format_table(["指标", "值"], [[name, "1"]], frozenset({1}), 80), runs),
            median_seconds(lambda: render(Format.TEXT, Options()), runs),
            median_seconds(lambda: render(Format.TERMINAL, Options(width=120)), runs),
        ]
        print(f"| {length:,} | " + " | ".join(f"{seconds * 1000:.0f} ms" for seconds in figures) + " |")


def long_notes(runs: int) -> None:
    print("| values | file | parse | write | `status` (process) | `add-actual` (process) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as folder:
        for values in (2_500, 5_000, 10_000):
            data = Store(entity="测试镇")
            for number in range(values // 100):
                indicator = Indicator(f"i{number:03d}", f"指标{number}", "亿元")
                for month in range(100):
                    period = Period(1950 + month // 12, month % 12 + 1)
                    indicator.actuals[period] = Entry(Decimal(month), note=("注" * TEXT_LIMIT), source="源" * 100)
                data.indicators[indicator.id] = indicator
            text = store.dumps(data)
            path = Path(folder) / f"notes-{values}.toml"
            path.write_text(text, encoding="utf-8")
            parse = median_seconds(lambda text=text: store.parse(text), runs)
            loaded = store.parse(text)
            write = median_seconds(lambda loaded=loaded: store.dumps(loaded), runs)
            status = process_seconds(["--file", str(path), "status", "--period", "1958-04"], runs)
            add = process_seconds(["--file", str(path), "add-actual", "i000", "1958-05", "100", "--replace", "--force"], runs)
            size = len(text.encode("utf-8")) / 1024 / 1024
            print(f"| {values:,} | {size:.1f} MB | {parse:.2f} s | {write:.2f} s | {status:.2f} s | {add:.2f} s |")


def guards(big: Path, runs: int) -> None:
    text = big.read_text(encoding="utf-8")
    brackets = text.count("[") + text.count("{")
    document = store.toml_reader.loads(text, parse_float=model.read_float)
    print(f"{big.name}: {len(text.encode()):,} bytes, {brackets:,} brackets\n")
    print("| phase | with the check | without |")
    print("| --- | ---: | ---: |")
    reader = store.fast_reader
    if reader is not None:
        on_thread = median_seconds(lambda: store._fast_document(reader, text), runs)
        limit = store.FAST_PARSER_MAIN_THREAD_BRACKETS
        store.FAST_PARSER_MAIN_THREAD_BRACKETS = 10**9
        main = median_seconds(lambda: store._fast_document(reader, text), runs)
        store.FAST_PARSER_MAIN_THREAD_BRACKETS = limit
        stack = (brackets + 64) * store.FAST_PARSER_STACK_PER_BRACKET // 2**20
        print(f"| toml-rs on a thread with {stack:,} MB of stack (reserved), against the main thread | {on_thread:.3f} s | {main:.3f} s |")
    checked = median_seconds(lambda: model.store_from_toml(document), runs)
    real_check = model.check_text
    model.check_text = lambda text, *args, **kwargs: text
    unchecked = median_seconds(lambda: model.store_from_toml(document), runs)
    model.check_text = real_check
    print(f"| build the model, every name, note and source checked (length, control characters) | {checked:.3f} s | {unchecked:.3f} s |")
    print(f"| `status`, whole process | {process_seconds(['--file', str(big), 'status'], runs):.2f} s | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big", type=Path, help="the 252,000-value file (made with generate.py when not given)")
    options = parser.parse_args()
    print("## Long names\n")
    long_names(options.runs)
    print("\n## Long notes\n")
    long_notes(max(1, options.runs // 2))
    print("\n## The checks at 252,000 values\n")
    with tempfile.TemporaryDirectory() as folder:
        big = options.big
        if big is None:
            big = Path(folder) / "big.toml"
            subprocess.run(
                [sys.executable, str(HERE / "generate.py"), "--indicators", "1800", "--years", "10", "--output", str(big)],
                check=True,
                capture_output=True,
            )
        guards(big, options.runs)


if __name__ == "__main__":
    main()
