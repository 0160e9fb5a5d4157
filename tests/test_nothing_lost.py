"""Regressions of the adversarial review: nothing a user stored is lost, nothing makes the file unreadable."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.calc import build_status, growth_pct
from jctrack.decimals import round_to
from jctrack.model import Period
from tests.conftest import REPO

SEED = REPO / "seeds" / "jincheng-2018-work-report.txt"


# --- 1. a replace changes only what it is given --------------------------------------------------


def test_re_adding_a_stored_number_changes_nothing(jc: Any, shipped: Path) -> None:
    before = shipped.read_bytes()
    result = jc("add-actual", "industrial_sales", "2018", "201", file=shipped)
    assert result.exit_code == 0, result.output
    assert "未作改动" in result.stderr
    assert shipped.read_bytes() == before


def test_replace_keeps_every_field_it_was_not_given(jc: Any, shipped: Path) -> None:
    result = jc("add-actual", "industrial_sales", "2018", "202", "--replace", file=shipped)
    assert result.exit_code == 0, result.output
    data = store.load(shipped)
    entry = data.indicators["industrial_sales"].actual_for_year(2018)
    assert entry is not None
    assert entry.value == Decimal(202)
    assert entry.stated_growth == Decimal("16.9")
    assert entry.stated_status == "exceeded"
    assert entry.source == "金城镇2018年工作总结《金科大手笔 筑就大格局》"
    revision = data.revisions[-1]
    assert (revision.old, revision.new) == (Decimal(201), Decimal(202))
    assert revision.before is not None and revision.after is not None
    assert revision.before.stated_growth == Decimal("16.9") and revision.after.value == Decimal(202)


def test_replace_records_a_changed_note_in_the_revision(jc: Any, sample: Path) -> None:
    assert jc("add-actual", "sales", "2019-06", "120", "--note", "快报").exit_code == 0
    result = jc("add-actual", "sales", "2019-06", "120", "--note", "年报", "--replace")
    assert result.exit_code == 0, result.output
    data = store.load(sample)
    assert data.indicators["sales"].actuals[Period(2019, 6)].note == "年报"
    last = data.revisions[-1]
    assert last.before is not None and last.after is not None
    assert (last.before.note, last.after.note) == ("快报", "年报")


def test_a_differing_detail_is_refused_without_replace_and_named(jc: Any, sample: Path) -> None:
    assert jc("add-actual", "sales", "2019-06", "120", "--source", "快报").exit_code == 0
    before = sample.read_bytes()
    result = jc("add-actual", "sales", "2019-06", "120", "--source", "年报")
    assert result.exit_code == 1, result.output
    assert "已存的来源为“快报”，给出的是“年报”" in result.stderr and "--replace" in result.stderr
    assert sample.read_bytes() == before


def test_extract_apply_on_the_shipped_report_keeps_what_is_stored(jc: Any, shipped: Path) -> None:
    result = jc("extract", str(SEED), "--apply", file=shipped)
    assert result.exit_code == 0, result.output
    entry = store.load(shipped).indicators["industrial_sales"].actual_for_year(2018)
    assert entry is not None and entry.source == "金城镇2018年工作总结《金科大手笔 筑就大格局》"


# --- 2. report prints text formats on a terminal ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv", "json"])
def test_report_text_formats_print_on_a_terminal(tmp_path: Path, fmt: str) -> None:
    import os
    import pty
    import subprocess
    import sys

    shutil.copyfile(REPO / "targets.toml", tmp_path / "targets.toml")
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "jctrack", "report", "--format", fmt],
        cwd=tmp_path,
        stdin=secondary,
        stdout=secondary,
        stderr=subprocess.PIPE,
    )
    os.close(secondary)
    output = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=30)
    os.close(primary)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    assert "工业开票销售".encode() in output


def test_report_xlsx_on_a_terminal_asks_for_a_file() -> None:
    from jctrack.cli import _emit

    class Terminal:
        def isatty(self) -> bool:
            return True

    import sys

    real = sys.stdout
    sys.stdout = Terminal()  # type: ignore[assignment,unused-ignore]
    try:
        with pytest.raises(Exception, match="--output"):
            _emit(b"PK\x03\x04", None, binary=True)
    finally:
        sys.stdout = real


# --- 3. no value can make the file unreadable ------------------------------------------------------

HUGE = "1" + "0" * 4400


@pytest.mark.parametrize(
    "args",
    [
        ["add-actual", "sales", "2019-07", HUGE],
        ["set-target", "sales", "2020", HUGE],
        ["add-actual", "sales", "2019-07", "5", "--stated-growth", HUGE],
        ["add-actual", "sales", "2019-07", "5", "--base", HUGE],
        ["add-actual", "sales", "2019-07", "0." + "0" * 20 + "1"],
        ["add-actual", "sales", "2019-07", "1" + "0" * 20],
    ],
    ids=["actual", "target", "stated-growth", "base", "too-many-places", "twenty-one-digits"],
)
def test_a_value_beyond_the_bounds_is_refused_on_input(jc: Any, sample: Path, args: list[str]) -> None:
    before = sample.read_bytes()
    result = jc(*args, lang="en")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "20 digits before the point and 15 after" in result.stderr
    assert sample.read_bytes() == before
    assert jc("status").exit_code == 0


@pytest.mark.parametrize(
    ("literal", "says"),
    [
        ("1e999999999", "indicators.sales.actuals.2019-07"),
        ("1e-999999999", "indicators.sales.actuals.2019-07"),
        ("-1e999999999", "indicators.sales.actuals.2019-07"),
        (HUGE, "line "),
        ("1" + "0" * 25, "indicators.sales.actuals.2019-07"),
        ("{ value = 1, stated_growth = 1e400 }", "indicators.sales.actuals.2019-07"),
    ],
    ids=["huge-exponent", "tiny-exponent", "negative-huge", "4400-digit-integer", "26-digit-integer", "stated-growth"],
)
def test_a_hand_written_value_beyond_the_bounds_names_its_key(jc: Any, sample: Path, literal: str, says: str) -> None:
    text = sample.read_text(encoding="utf-8").replace("2019-06 = 120\n", f"2019-06 = 120\n2019-07 = {literal}\n")
    sample.write_text(text, encoding="utf-8")
    for command in (["status"], ["status", "--format", "json"], ["add-actual", "sales", "2019-08", "1"], ["check"]):
        result = jc(*command, lang="en")
        assert result.exit_code == 1, (command, result.output)
        assert says in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert sample.read_text(encoding="utf-8") == text


# --- 4. exact before the one rounding ---------------------------------------------------------------


def test_growth_of_thirty_five_digits_rounds_from_the_exact_value() -> None:
    base = Decimal("10000000000000000000")
    current = Decimal("10004999999999999999.999999999999999")
    growth = growth_pct(current, base)
    assert growth is not None
    assert round_to(growth, 1) == Decimal("0.0")  # the default 28-digit context gives 0.1


def test_change_of_thirty_five_digits_is_exact(jc: Any, sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    text = text.replace("2018-06 = 95", "2018-06 = 12345678901234567890.123456789012345").replace(
        "2019-06 = 120", "2019-06 = 24691357802469135780.246913578024690"
    )
    sample.write_text(text, encoding="utf-8")
    row = json.loads(jc("status", "--format", "json").stdout, parse_float=Decimal)["rows"][0]
    assert str(row["change"]) == "12345678901234567890.123456789012345"
    report = build_status(store.load(sample))
    assert report.rows[0].change == Decimal("12345678901234567890.123456789012345")
