"""Faults: concurrent writers, readers racing a writer, SIGKILL mid-write, write errors, stuck locks."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.errors import DataFileError
from jctrack.model import Entry, Period

BIN = Path(sys.executable).parent
JCTRACK = str(BIN / "jctrack")
REPO = Path(__file__).resolve().parent.parent


def env(**extra: str) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", ""), "LANG": "C", "JCTRACK_LANG": "en", **extra}


def generate(path: Path, indicators: int, years: int) -> None:
    subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "generate.py"),
            "--indicators",
            str(indicators),
            "--years",
            str(years),
            "--output",
            str(path),
        ],
        check=True,
        capture_output=True,
    )


def test_twenty_concurrent_writers_lose_nothing(sample: Path) -> None:
    writers = [
        subprocess.Popen(
            [JCTRACK, "--file", str(sample), "add-actual", "sales", f"20{20 + n // 12}-{n % 12 + 1:02d}", str(100 + n)],
            env=env(JCTRACK_LOCK_TIMEOUT="60"),
            stderr=subprocess.PIPE,
        )
        for n in range(20)
    ]
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read() if writer.stderr else ""
    actuals = store.load(sample).indicators["sales"].actuals
    for n in range(20):
        assert actuals[Period(2020 + n // 12, n % 12 + 1)].value == 100 + n


def test_status_never_reads_a_half_written_file(tmp_path: Path) -> None:
    data = tmp_path / "targets.toml"
    generate(data, 60, 3)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom jctrack.cli import app\n"
            "for n in range(1, 13):\n"
            "    try:\n"
            f"        app(['--file', {str(data)!r}, 'add-actual', 'indicator_0000', f'2031-{{n:02d}}', str(n)])\n"
            "    except SystemExit as done:\n"
            "        assert done.code == 0, done.code\n",
        ],
        env=env(JCTRACK_LOCK_TIMEOUT="60", JCTRACK_TODAY="2031-12-31"),
    )
    reads = 0
    while writer.poll() is None or reads < 3:
        result = subprocess.run([JCTRACK, "--file", str(data), "status", "--format", "json"], capture_output=True, env=env(), timeout=60)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        reads += 1
    assert writer.wait(timeout=120) == 0
    assert reads >= 3


KILLER = """
import sys
from decimal import Decimal
from pathlib import Path
from jctrack import store
from jctrack.model import Entry, Period
path = Path(sys.argv[1])
data = store.load(path)
data.indicators["indicator_0000"].actuals[Period(2040, 1)] = Entry(Decimal(sys.argv[2]))
sys.stdout.write("loaded\\n")
sys.stdout.flush()
store.save(path, data)
"""


def time_one_write(data: Path) -> float:
    """Seconds from a writer's "loaded" to its exit, on this machine, so kills can be spread over a write."""
    writer = subprocess.Popen([sys.executable, "-c", KILLER, str(data), "999999"], stdout=subprocess.PIPE, env=env())
    assert writer.stdout is not None
    assert writer.stdout.readline() == b"loaded\n"
    started = time.monotonic()
    assert writer.wait(timeout=120) == 0
    return time.monotonic() - started


def kill_writers(data: Path, rounds: int) -> int:
    """Kill a writer at a random moment of its write, `rounds` times; return how many writes completed.

    The moments are spread from "loaded" to half again the time a whole write takes here, so kills land
    before and after the rename on a fast machine and on a slow one alike.
    """
    rng = random.Random(8170)
    write_seconds = time_one_write(data)
    original = data.read_bytes()
    completed = 0
    for round_number in range(rounds):
        before = data.read_bytes()
        expected_store = store.parse(before.decode("utf-8"))
        expected_store.indicators["indicator_0000"].actuals[Period(2040, 1)] = Entry(Decimal(round_number))
        expected = store.dumps(expected_store).encode("utf-8")
        writer = subprocess.Popen([sys.executable, "-c", KILLER, str(data), str(round_number)], stdout=subprocess.PIPE, env=env())
        assert writer.stdout is not None
        assert writer.stdout.readline() == b"loaded\n"
        time.sleep(rng.uniform(0, 1.5 * write_seconds))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        after = data.read_bytes()
        assert after in (before, expected), f"round {round_number}: neither the old nor the new file"
        store.parse(after.decode("utf-8"))
        completed += after == expected and after != before
    # A killed writer may leave its temporary file behind; the next write under the lock removes it.
    with store.transaction(data) as current:
        current.store.entity = "after the kills"
        current.changed()
    assert not [p.name for p in data.parent.iterdir() if p.name.endswith(".tmp")]
    assert original != data.read_bytes()
    return completed


def test_sigkill_mid_write_leaves_old_or_new(tmp_path: Path) -> None:
    data = tmp_path / "targets.toml"
    generate(data, 300, 3)
    kill_writers(data, rounds=12)
    store.load(data)


@pytest.mark.slow
def test_sigkill_mid_write_many_times(tmp_path: Path) -> None:
    rounds = int(os.environ.get("JCTRACK_KILL_ROUNDS", "40"))
    data = tmp_path / "targets.toml"
    generate(data, 600, 5)
    completed = kill_writers(data, rounds=rounds)
    assert 0 < completed < rounds, "the kills should land both before and after the rename"
    store.load(data)


def test_write_error_leaves_file_and_no_temporary(sample: Path, monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    before = sample.read_bytes()

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DataFileError, match="cannot write .*Permission denied; the file is unchanged"):
        with store.transaction(sample) as data:
            data.store.entity = "x"
            data.changed()
    assert sample.read_bytes() == before
    assert not [p for p in sample.parent.iterdir() if p.name.endswith(".tmp")]


def test_unwritable_directory(jc: Any, sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    before = sample.read_bytes()
    result = jc("add-actual", "sales", "2019-07", "130", lang="en")
    assert result.exit_code == 1
    assert "cannot write beside" in result.stderr and "the file is unchanged" in result.stderr
    assert sample.read_bytes() == before


def test_read_only_file_through_cli(jc: Any, sample: Path) -> None:
    sample.chmod(0o444)
    result = jc("add-actual", "sales", "2019-07", "130", lang="en")
    assert result.exit_code == 1
    assert "is read-only; make it writable" in result.stderr


def test_lock_never_released_gives_a_bounded_wait(sample: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(store.lock_path(sample))!r}, os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(600)\n",
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        before = sample.read_bytes()
        started = time.monotonic()
        result = subprocess.run(
            [JCTRACK, "--file", str(sample), "add-actual", "sales", "2019-07", "1"],
            capture_output=True,
            env=env(JCTRACK_LOCK_TIMEOUT="1"),
            timeout=60,
        )
        waited = time.monotonic() - started
        assert result.returncode == 1
        assert "targets.toml.lock is held by another process (waited 1 s)" in result.stderr.decode("utf-8")
        assert waited < 10
        assert sample.read_bytes() == before
        status = subprocess.run([JCTRACK, "--file", str(sample), "status"], capture_output=True, env=env(), timeout=60)
        assert status.returncode == 0  # readers never wait for the lock
    finally:
        holder.kill()
        holder.wait()


def test_symlinked_data_file_through_cli(jc: Any, sample: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(sample)
    result = jc("add-actual", "sales", "2019-07", "130", file=link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and "2019-07 = 130" in sample.read_text(encoding="utf-8")
