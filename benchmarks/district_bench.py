"""One whole district run in one process: load the towns, the matrix, one indicator, the status of every indicator.

    python benchmarks/generate.py --towns 100 --indicators 60 --years 10 --output /tmp/d100
    python benchmarks/district_bench.py /tmp/d100                 # load, matrix, one indicator, every indicator
    python benchmarks/district_bench.py /tmp/d100 --workers 2     # towns parsed in 2 processes
    python benchmarks/district_bench.py /tmp/d100 --only load     # the load alone
    python benchmarks/district_bench.py /tmp/d100 --profile       # the same under cProfile, the top 25 by own time

Prints each phase's wall and CPU time and the process's peak resident memory. The matrix is what `district status
FOLDER` computes, one indicator what `district status FOLDER --indicator X` does, and every indicator
(each with its 位次变化) what `district report` adds. Time the whole process from outside
(`/usr/bin/time -v jctrack district status FOLDER > /dev/null`) for the figure that includes the
interpreter's start-up, the imports, the output and the exit.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from jctrack.district import district_matrix, district_status, indicator_status, load_district  # noqa: E402


class Clock:
    """Wall and CPU seconds since the last lap: on a shared machine the CPU figure is the steadier one."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> str:
        wall, cpu = time.perf_counter(), time.process_time()
        said = f"{wall - self.wall:.3f} s (cpu {cpu - self.cpu:.3f} s)"
        self.wall, self.cpu = wall, cpu
        return said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--workers", type=int, default=1, help="processes parsing the towns (default 1)")
    parser.add_argument("--only", choices=("load", "all"), default="all")
    parser.add_argument("--profile", action="store_true", help="run under cProfile and print where the time goes")
    args = parser.parse_args()
    gc.disable()  # as the command line runs: the district's objects have no cycles to collect
    profile = cProfile.Profile() if args.profile else None
    if profile is not None:
        profile.enable()
    clock = Clock()
    district = load_district(args.path, workers=args.workers)
    line = f"{len(district.towns)} towns, {len(district.indicators)} indicators: load {clock.lap()}"
    if args.only == "all":
        matrix = district_matrix(district)
        line += f", matrix {clock.lap()} ({len(matrix.cells)}×{len(matrix.indicators)})"
        indicator_status(district, next(iter(district.indicators)))
        line += f", one indicator {clock.lap()}"
        district_status(district)
        line += f", every indicator with its rank changes {clock.lap()}"
    if profile is not None:
        profile.disable()
        pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{line}; peak {peak:.0f} MB" + (f" (largest worker {children:.0f} MB)" if children else ""))


if __name__ == "__main__":
    main()
