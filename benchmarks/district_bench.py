"""One whole district run in one process: load the towns, the status of every indicator, the matrix.

    python benchmarks/generate.py --towns 100 --indicators 60 --years 10 --output /tmp/d100
    python benchmarks/district_bench.py /tmp/d100                 # load + status + matrix
    python benchmarks/district_bench.py /tmp/d100 --workers 2     # towns parsed in 2 processes
    python benchmarks/district_bench.py /tmp/d100 --only load     # the load alone

Prints each phase's wall time and the process's peak resident memory. Time the whole process from
outside (`/usr/bin/time -v python benchmarks/district_bench.py …`) for the figure that includes the
interpreter's start-up and imports.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from jctrack.district import district_status, load_district, matrix_from_status  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--workers", type=int, default=1, help="processes parsing the towns (default 1)")
    parser.add_argument("--only", choices=("load", "all"), default="all")
    args = parser.parse_args()
    start = time.perf_counter()
    district = load_district(args.path, workers=args.workers)
    loaded = time.perf_counter()
    line = f"{len(district.towns)} towns, {len(district.indicators)} indicators: load {loaded - start:.3f} s"
    if args.only == "all":
        status = district_status(district)
        computed = time.perf_counter()
        matrix = matrix_from_status(status)
        done = time.perf_counter()
        line += f", status {computed - loaded:.3f} s, matrix {done - computed:.3f} s ({len(matrix.cells)}×{len(matrix.indicators)})"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{line}; peak {peak:.0f} MB" + (f" (largest worker {children:.0f} MB)" if children else ""))


if __name__ == "__main__":
    main()
