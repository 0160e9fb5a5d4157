"""The store: exact round trip, canonical output, atomic writes, the lock, and refusal of bad files."""

from __future__ import annotations

import errno
import fcntl
import os
from decimal import Decimal as D
from pathlib import Path

import pytest

from jctrack import store
from jctrack.errors import DataFileError, LockError
from jctrack.model import Entry, Period

from .conftest import SAMPLE, SHIPPED

pytestmark = pytest.mark.usefixtures("english")


def test_shipped_file_is_canonical() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert store.dumps(store.parse(text)) == text


def test_values_are_exact_decimals() -> None:
    data = store.parse(SAMPLE)
    entry = data.indicators["share"].actuals[Period(2019, 6)]
    assert isinstance(entry.value, D) and entry.value == D("91.9")


def test_round_trip_keeps_precision_as_written(tmp_path: Path) -> None:
    data = store.parse(SAMPLE)
    sales = data.indicators["sales"]
    sales.actuals[Period(2019, 7)] = Entry(D("130.50"), stated_growth=D("15"), note='全口径 "引号" [red]')
    sales.targets[2020] = Entry(D("250.0"), stated_growth=D("15.0"))
    path = tmp_path / "t.toml"
    store.save(path, data)
    again = store.load(path)
    assert again == data
    target_growth = again.indicators["sales"].targets[2020].stated_growth
    actual_growth = again.indicators["sales"].actuals[Period(2019, 7)].stated_growth
    assert target_growth is not None and actual_growth is not None
    assert target_growth.as_tuple().exponent == -1
    assert actual_growth.as_tuple().exponent == 0


def test_output_orders_periods_in_time(tmp_path: Path) -> None:
    data = store.parse(SAMPLE)
    data.indicators["sales"].actuals[Period(2017)] = Entry(D(150))
    text = store.dumps(data)
    assert text.index("2017 = 150") < text.index("2018-06 = 95") < text.index("2018 = 201") < text.index("2019-06")


def test_malformed_toml_names_line_and_column() -> None:
    with pytest.raises(DataFileError, match=r"line 2, column"):
        store.parse("schema_version = 1\nentity = \n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("schema_version = 2\n", "schema_version is 2"),
        ("entity = 'x'\n", "schema_version is None"),
        ("schema_version = 1\nrounding = 'up'\n", "rounding is 'up'"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '1元'\n", "'1元' cannot be a unit"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\nkind = 'stock'\n", "kind is 'stock'"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\nunti = 1\n", "unknown key 'unti'"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\n[indicators.x.actuals]\n2019-13 = 1\n", "is outside 1–12"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\n[indicators.x.actuals]\n2019 = 'big'\n", "must be a number"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\n[indicators.x.actuals]\n2019 = -1\n", "negative"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\n[indicators.x.targets]\n2019-06 = 1\n", "yearly"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\n[indicators.x.actuals]\n2019-6 = 1\n2019-06 = 2\n", "twice"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\n[indicators.y]\nname = 'a'\nunit = '亿元'\n", "already used"),
        (
            "schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '家'\nkind = 'count'\n[indicators.x.actuals]\n2019 = 1.5\n",
            "whole number",
        ),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '%'\nkind = 'ratio'\n[indicators.x.actuals]\n2019 = 101\n", "over 100"),
        # A bare whole number of a count or a flow is taken on a fast path: it is refused there as anywhere.
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '家'\nkind = 'count'\n[indicators.x.actuals]\n2019 = -2\n", "negative"),
        (
            "schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '家'\nkind = 'count'\n"
            "[indicators.x.actuals]\n2019 = 123456789012345678901234\n",
            "more than 20 digits",
        ),
        ("schema_version = 1\n[indicators.X]\nname = 'a'\nunit = '亿元'\n", "lower-case ASCII"),
        ("schema_version = 1\n[indicators.x]\nname = 'a'\nunit = '亿元'\n[indicators.x.actuals]\n2019 = nan\n", "finite"),
    ],
)
def test_invalid_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        store.parse(text)


def test_missing_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="jctrack init"):
        store.load(tmp_path / "nope.toml")


def test_transaction_writes_only_on_success(sample: Path) -> None:
    before = sample.read_bytes()
    with pytest.raises(RuntimeError), store.transaction(sample) as data:
        data.store.indicators["sales"].actuals[Period(2019, 7)] = Entry(D(140))
        data.changed()
        raise RuntimeError("boom")
    assert sample.read_bytes() == before
    with store.transaction(sample) as data:
        data.store.indicators["sales"].actuals[Period(2019, 7)] = Entry(D(140))
    assert sample.read_bytes() == before, "a change not declared is not written"
    with store.transaction(sample) as data:
        data.store.indicators["sales"].actuals[Period(2019, 7)] = Entry(D(140))
        data.changed()
    assert "2019-07 = 140" in sample.read_text(encoding="utf-8")


def test_disk_full_leaves_file_and_no_temporary(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = sample.read_bytes()
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DataFileError, match="disk is full; the file is unchanged"):
        store.write_atomic(sample, "schema_version = 1\n")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert sample.read_bytes() == before
    assert sorted(p.name for p in sample.parent.iterdir()) == ["targets.toml"]


def test_write_keeps_a_symlink_and_writes_through_it(sample: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(sample)
    with store.transaction(link) as data:
        data.store.entity = "新镇"
        data.changed()
    assert link.is_symlink()
    assert 'entity = "新镇"' in sample.read_text(encoding="utf-8")


def test_read_only_file_is_refused(sample: Path) -> None:
    sample.chmod(0o444)
    with pytest.raises(DataFileError, match="read-only"), store.transaction(sample) as data:
        data.store.entity = "x"
        data.changed()
    assert "测试镇" in sample.read_text(encoding="utf-8")


def test_keeps_file_mode(sample: Path) -> None:
    sample.chmod(0o640)
    with store.transaction(sample) as data:
        data.store.entity = "x"
        data.changed()
    assert sample.stat().st_mode & 0o777 == 0o640


def test_lock_held_elsewhere_times_out_naming_the_lock(sample: Path) -> None:
    fd = os.open(store.lock_path(sample), os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(LockError, match=r"targets\.toml\.lock is held by another process"):
            with store.locked(sample, timeout=0.2):
                pass
    finally:
        os.close(fd)
    with store.locked(sample, timeout=0.2):
        pass


def test_create_refuses_existing(sample: Path) -> None:
    before = sample.read_bytes()
    with pytest.raises(DataFileError, match="already exists"):
        store.create(sample, store.parse(SAMPLE))
    assert sample.read_bytes() == before


def test_edit_installs_valid_and_keeps_invalid_aside(sample: Path) -> None:
    def good(path: Path) -> None:
        path.write_text(path.read_text(encoding="utf-8").replace("测试镇", "新镇"), encoding="utf-8")

    assert store.edit(sample, good) is True
    assert "新镇" in sample.read_text(encoding="utf-8")

    before = sample.read_bytes()

    def bad(path: Path) -> None:
        path.write_text("schema_version = 1\n[indicators.x\n", encoding="utf-8")

    with pytest.raises(DataFileError, match="your edit is kept in") as caught:
        store.edit(sample, bad)
    assert sample.read_bytes() == before
    kept = Path(str(caught.value).rsplit(" ", 1)[-1])
    assert kept.read_text(encoding="utf-8").startswith("schema_version = 1\n[indicators.x")
    assert store.edit(sample, lambda path: None) is False
