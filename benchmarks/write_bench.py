"""Time `add-actual` on a large file with and without hand-written comments, as whole processes.

    python benchmarks/write_bench.py                          # 1,800 indicators × 10 years, 9 runs each
    python benchmarks/write_bench.py --runs 5 --before /path/to/older/checkout/src

Writes the generated file (benchmarks/generate.py) and a copy with a comment line above every
indicator's table ("# 数据来源：统计站月报（indicator_0000）", 1,800 comments), then runs
`jctrack add-actual indicator_0000 2025-01 1000` on a fresh copy of each, the variants in turn, a warm-up
round not counted. Each run's wall time, CPU time (user + system) and peak memory are the child
process's own, from os.wait4. `--before SRC` adds the same two runs of the code in another checkout's
`src` folder (run with this interpreter), for a before-and-after comparison on the same machine.
Prints one Markdown row per variant: the medians, and the fastest wall time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "src"
COMMAND = ["add-actual", "indicator_0000", "2025-01", "1000"]
TODAY = "2025-02-10"  # the month's figure may be entered: JCTRACK_TODAY


def commented(text: str) -> str:
    """The file as an office might keep it: a comment above each indicator's table."""
    return re.sub(r"^(\[indicators\.(indicator_\d+)\])$", r"# 数据来源：统计站月报（\2）\n\1", text, flags=re.MULTILINE)


def run_once(code: Path, data: Path, scratch: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one add-actual on a fresh copy of `data`."""
    shutil.copyfile(data, scratch)
    command = [sys.executable, "-c", "import sys; from jctrack.cli import main; sys.argv[0] = 'jctrack'; main()"]
    command += ["--file", str(scratch), *COMMAND]
    environment = dict(os.environ, PYTHONPATH=str(code), JCTRACK_TODAY=TODAY)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"add-actual failed on {data.name} with the code in {code}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=1800)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--before", type=Path, help="the src folder of an older checkout, timed alongside")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        plain = work / "plain.toml"
        size = ["--indicators", str(args.indicators), "--years", str(args.years)]
        subprocess.run([sys.executable, str(HERE / "generate.py"), *size, "--output", str(plain)], check=True, stdout=subprocess.DEVNULL)
        with_comments = work / "comments.toml"
        with_comments.write_text(commented(plain.read_text(encoding="utf-8")), encoding="utf-8")
        codes = ([("before", args.before)] if args.before else []) + [("this checkout", SOURCE)]
        files = (("no comments", plain), ("comments", with_comments))
        variants = [(f"{label}, {kind}", code, data) for label, code in codes for kind, data in files]
        times: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _, _ in variants}
        for round_number in range(args.runs + 1):
            for name, code, data in variants:
                measured = run_once(code, data, work / "scratch.toml")
                if round_number:  # the first round warms the caches and is not counted
                    times[name].append(measured)
    print(f"add-actual at {args.indicators:,} indicators × {args.years} years, median of {args.runs} runs:\n")
    print("| variant | wall | fastest | CPU | peak memory |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, runs in times.items():
        walls, cpus, peaks = zip(*runs, strict=True)
        print(f"| {name} | {statistics.median(walls):.2f} s | {min(walls):.2f} s | {statistics.median(cpus):.2f} s | {max(peaks):.0f} MB |")


if __name__ == "__main__":
    main()
