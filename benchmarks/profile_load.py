"""Where the time of `status` and `add-actual` goes on a large file, phase by phase, in one process.

    python benchmarks/profile_load.py big.toml

Prints the median of five runs of each phase: reading the TOML (with toml-rs, which jctrack reads with
where a wheel exists, with the compiled tomli it falls back to, and with the standard library's tomllib), building and validating
the model, computing the status rows, rendering them as JSON, and writing the canonical file (with
jctrack's writer and with tomli-w, which it must equal).
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import tomli_w  # noqa: E402

from jctrack import store, tomlwrite  # noqa: E402
from jctrack.calc import build_status  # noqa: E402
from jctrack.model import store_from_toml, store_to_toml  # noqa: E402
from jctrack.render import jsonout  # noqa: E402


def median_seconds(work: Callable[[], Any], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
        gc.enable()
    return statistics.median(times)


def main() -> None:
    path = Path(sys.argv[1])
    text = path.read_text(encoding="utf-8")
    document = store.toml_reader.loads(text, parse_float=Decimal)
    data = store_from_toml(document)
    report = build_status(data)
    fast = store.fast_reader
    phases = [
        *([("parse TOML (toml-rs, what jctrack reads with)", lambda: fast.loads(text, parse_float=Decimal))] if fast else []),
        (f"parse TOML ({store.toml_reader.__name__})", lambda: store.toml_reader.loads(text, parse_float=Decimal)),
        ("parse TOML (stdlib tomllib)", lambda: tomllib.loads(text, parse_float=Decimal)),
        ("build and validate the model", lambda: store_from_toml(document)),
        ("status rows (latest period)", lambda: build_status(data)),
        ("render JSON", lambda: jsonout.encode(jsonout.report_fields(report))),
        ("write canonical TOML (jctrack)", lambda: tomlwrite.dumps(data)),
        ("write canonical TOML (tomli-w)", lambda: tomli_w.dumps(store_to_toml(data))),
    ]
    print(f"{path}: {len(text.encode()):,} bytes")
    for label, work in phases:
        print(f"  {label:<46} {median_seconds(work) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
