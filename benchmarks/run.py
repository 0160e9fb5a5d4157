"""Time jctrack as whole processes at district scale, record peak memory, and write RESULTS.md.

    python benchmarks/run.py                 # sizes 60, 600 and 1800 indicators × 10 years
    python benchmarks/run.py --sizes 60 --runs 3

Each command runs `--runs` times (the runs of jctrack and of the minimal Typer app alternate, so
both see the same machine); the table shows the median wall time and the largest peak RSS, taken
from the child's own rusage (os.wait4), so nothing else on the machine is counted.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
JCTRACK = [sys.executable, "-m", "jctrack"]
SIZES = (60, 600, 1800)
YEARS = 10
GOALS = {"status": 1.5, "add-actual": 2.0}
MEMORY_GOAL_MB = 250


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one run of a command (its output discarded)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1, 3):  # check may exit 1, status --fail-on 3; anything else is a failure
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def measure(label: str, command: list[str], runs: int, prepare=None) -> dict[str, object]:
    times, peaks = [], []
    for _ in range(runs):
        if prepare:
            prepare()
        elapsed, peak = timed(command)
        times.append(elapsed)
        peaks.append(peak)
    return {"command": label, "median_s": statistics.median(times), "min_s": min(times), "peak_mb": max(peaks)}


def floor_comparison(runs: int) -> list[dict[str, object]]:
    """jctrack status on the shipped file against the minimal Typer + Rich app, runs alternating."""
    shipped = str(REPO / "targets.toml")
    ours, floor = [], []
    for _ in range(runs):
        ours.append(timed([*JCTRACK, "--file", shipped, "status"])[0])
        floor.append(timed([sys.executable, str(HERE / "minimal_app.py")])[0])
    return [
        {"command": "jctrack status (shipped file)", "median_s": statistics.median(ours), "min_s": min(ours)},
        {"command": "minimal Typer app, 10-row Rich table", "median_s": statistics.median(floor), "min_s": min(floor)},
    ]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="indicator counts")
    parser.add_argument("--years", type=int, default=YEARS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="jctrack-bench-"))
    rows: list[tuple[int, int, int, list[dict[str, object]]]] = []
    try:
        for size in args.sizes:
            data = work / f"n{size}.toml"
            subprocess.run(
                [sys.executable, str(HERE / "generate.py"), "--indicators", str(size), "--years", str(args.years), "--output", str(data)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            values = size * args.years * 14
            scratch = work / "scratch.toml"

            def fresh_copy(source: Path = data, target: Path = scratch) -> None:
                shutil.copyfile(source, target)

            file_args = ["--file", str(data)]
            results = [
                measure("status", [*JCTRACK, *file_args, "status"], args.runs),
                measure("status --format json", [*JCTRACK, *file_args, "status", "--format", "json"], args.runs),
                measure("check", [*JCTRACK, *file_args, "check"], args.runs),
                measure(
                    "add-actual",
                    [*JCTRACK, "--file", str(scratch), "add-actual", "indicator_0000", "2030-01", "1"],
                    args.runs,
                    prepare=fresh_copy,
                ),
                measure("report", [*JCTRACK, *file_args, "report"], args.runs),
            ]
            rows.append((size, values, data.stat().st_size, results))
            for result in results:
                label = f"{size:>5} indicators {values:>7} values  {result['command']:<22}"
                print(f"{label} {result['median_s']:.3f} s  {result['peak_mb']:.0f} MB")
        floor = floor_comparison(args.runs * 2)
        for result in floor:
            print(f"{result['command']:<40} {result['median_s']:.3f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_results(args.output, rows, floor, args.runs)


def growth_lines(rows) -> list[str]:  # type: ignore[no-untyped-def]
    """Time per added value between consecutive sizes: near-constant means cost grows linearly."""
    steps = list(itertools.pairwise(rows))
    lines = ["## How cost grows", "", "| command | " + " | ".join(f"{a[1]:,} → {b[1]:,} values" for a, b in steps) + " |"]
    lines.append("| --- |" + " ---: |" * (len(rows) - 1))
    for index, result in enumerate(rows[0][3]):
        slopes = []
        for smaller, larger in steps:
            added = larger[1] - smaller[1]
            slopes.append(f"{(larger[3][index]['median_s'] - smaller[3][index]['median_s']) / added * 1e6:.1f} µs/value")
        lines.append(f"| `{result['command']}` | " + " | ".join(slopes) + " |")
    largest = rows[-1]
    peak = max(float(r["peak_mb"]) for r in largest[3])
    lines += [
        "",
        f"Peak memory at {largest[1]:,} values: {peak:.0f} MB ({peak * 1024 / largest[1]:.2f} KB per value; goal: under 250 MB).",
        "",
    ]
    return lines


def write_results(path: Path, rows, floor, runs: int) -> None:  # type: ignore[no-untyped-def]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python benchmarks/run.py` on {time.strftime('%Y-%m-%d')}: {machine()}.",
        f"Median of {runs} whole-process runs (`python -m jctrack …`, output to /dev/null); peak memory is the",
        "child's own maximum resident set size. Files from `benchmarks/generate.py` (10 years × 14 values",
        "per indicator: 12 year-to-date months, the year's actual and a target).",
        "",
        "| indicators | values | file size | command | median | fastest | peak memory |",
        "| ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for size, values, file_size, results in rows:
        for result in results:
            goal = GOALS.get(str(result["command"]))
            mark = ""
            if goal is not None and size == max(r[0] for r in rows):
                mark = " ✓" if result["median_s"] < goal else f" ✗ (goal {goal} s)"
            lines.append(
                f"| {size:,} | {values:,} | {file_size / 1e6:.1f} MB | `{result['command']}` | "
                f"{result['median_s']:.2f} s{mark} | {result['min_s']:.2f} s | {result['peak_mb']:.0f} MB |"
            )
    ours, minimal = floor
    ratio = ours["median_s"] / minimal["median_s"]
    lines += [
        "",
        "## Against the floor of our libraries",
        "",
        "| command | median | fastest |",
        "| --- | ---: | ---: |",
        *(f"| {r['command']} | {r['median_s'] * 1000:.0f} ms | {r['min_s'] * 1000:.0f} ms |" for r in floor),
        "",
        f"Ratio: {ratio:.2f}× (goal: at most 1.2×).",
        "",
    ]
    lines += growth_lines(rows)
    notes = HERE / "NOTES.md"
    if notes.exists():
        lines += [notes.read_text(encoding="utf-8")]
    # The other benchmarks keep their own results (rerun with their own scripts); this file only points to them.
    others = [name for name in ("DISTRICT.md", "AUDIT.md", "ROBUST.md", "WRITE.md") if (HERE / name).exists()]
    if others:
        lines += ["", "## Other benchmarks", "", *(f"- [{name}]({name})" for name in others), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
