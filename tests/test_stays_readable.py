"""No command may write a file that the next command cannot read: ids, units, aliases and restored revisions
are checked by the loader's own rules before anything is written (issue 15's review, second round)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.errors import DataFileError

from .conftest import SAMPLE, refused_and_readable


@pytest.mark.parametrize("indicator_id", ["abc\n", "abc\r", "Abc", "a b", "abc\n\n", "1abc"])
def test_an_id_ending_in_a_line_feed_is_refused_by_add_indicator(jc: Any, sample: Path, indicator_id: str) -> None:
    before = sample.read_bytes()
    result = jc("add-indicator", indicator_id, "--name", "测试", "--unit", "亿元", lang="en")
    refused_and_readable(result, sample, before, "must be lower-case ASCII letters")


def test_rename_never_writes_an_id_with_a_line_feed(jc: Any, sample: Path) -> None:
    before = sample.read_bytes()
    refused_and_readable(jc("rename", "sales", "--id", "sales\nnew", lang="en"), sample, before, "must be lower-case ASCII letters")
    assert jc("rename", "sales", "--id", "sales_new\n").exit_code == 0  # read as a code: the spaces around it are not its
    assert list(store.load(sample).indicators)[0] == "sales_new"


@pytest.mark.parametrize("key", ['"zz\\n"', '"zz\\r"', '"Zz"', '"z z"'])
def test_the_loader_refuses_a_key_that_is_not_an_id_naming_it(jc: Any, sample: Path, key: str) -> None:
    sample.write_text(SAMPLE + f"\n[indicators.{key}]\nname = '某'\nunit = '亿元'\n", encoding="utf-8")
    before = sample.read_bytes()
    result = jc("add-actual", "sales", "2019-06", "121", "--replace", lang="en")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1 and "indicators.z" in result.stderr.lower() and "must be lower-case ASCII" in result.stderr
    assert sample.read_bytes() == before


def test_a_line_feed_in_an_id_is_written_out_in_the_message(jc: Any, sample: Path) -> None:
    sample.write_text(SAMPLE + '\n[indicators."zz\\n"]\nname = "某"\nunit = "亿元"\n', encoding="utf-8")
    result = jc("status", lang="en")
    assert "indicators.zz\\x0a" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("unit", "needle"),
    [("亿元\r", "U+000D"), ("\u2028亿元", "U+2028"), ("亿\x1b元", "U+001B"), (" 亿元", "begins or ends with a space"), ("亿元 ", "space")],
)
def test_a_unit_is_checked_as_it_would_be_stored(jc: Any, sample: Path, unit: str, needle: str) -> None:
    before = sample.read_bytes()
    result = jc("add-indicator", "newone", "--name", "新指标", "--unit", unit, lang="en")
    refused_and_readable(result, sample, before, needle, "unit of newone")


def test_a_unit_with_a_control_character_in_the_file_is_refused_naming_its_key(sample: Path, english: None) -> None:
    sample.write_text(SAMPLE.replace('unit = "家"', 'unit = "家\\r"'), encoding="utf-8")
    with pytest.raises(DataFileError, match="indicators.firms.unit"):
        store.load(sample)


@pytest.mark.parametrize("old_name", [" 甲 ", "甲;乙", "甲 "])
def test_rename_never_keeps_an_old_name_the_loader_refuses_as_an_alias(jc: Any, sample: Path, old_name: str) -> None:
    assert jc("add-indicator", "a", "--name", old_name, "--unit", "亿元").exit_code == 0
    result = jc("rename", "a", "--name", "丙", lang="en")
    assert result.exit_code == 0, result.output
    assert f"the old name {old_name!r} is not kept as an alias" in result.stderr
    indicator = store.load(sample).indicators["a"]
    assert (indicator.name, indicator.aliases) == ("丙", [])
    assert jc("status").exit_code == 0


def test_rename_keeps_an_old_name_that_can_be_an_alias(jc: Any, sample: Path) -> None:
    assert jc("rename", "sales", "--name", "工业销售").exit_code == 0
    assert store.load(sample).indicators["sales"].aliases == ["开票", "工业开票销售"]


REMOVED = """
[[revisions]]
at = "2019-07-01T10:00:00+08:00"
indicator = "{id}"
type = "indicator"
action = "remove-indicator"

[revisions.definition]
name = "恢复的指标"
unit = "{unit}"
kind = "{kind}"
aliases = {aliases}

[revisions.definition.actuals]
2019-06 = {value}
"""


@pytest.mark.parametrize(
    ("fields", "needle"),
    [
        ({"id": "Bad Id"}, "must be lower-case ASCII letters"),
        ({"aliases": '[" 别名"]'}, "begins or ends with a space"),
        ({"aliases": '["甲;乙"]'}, "contains ;"),
        ({"aliases": '["恢复的指标"]'}, "is the name or the id"),
        ({"unit": " 亿元"}, "begins or ends with a space"),
    ],
)
def test_undo_refuses_to_restore_a_hand_written_revision_the_loader_would_refuse(
    jc: Any, sample: Path, fields: dict[str, str], needle: str
) -> None:
    values = {"id": "restored", "unit": "亿元", "kind": "flow", "aliases": "[]", "value": "1"} | fields
    sample.write_text(SAMPLE + REMOVED.format(**values), encoding="utf-8")
    store.load(sample)  # the revision itself loads: only restoring it would break the file
    before = sample.read_bytes()
    result = jc("undo", lang="en")
    refused_and_readable(result, sample, before, "cannot undo revision #0", needle, "correct that revision with jctrack edit")


REMOVED_VALUE = """
[[revisions]]
at = "2019-07-01T10:00:00+08:00"
indicator = "firms"
period = "2019-03"
type = "actual"
action = "remove"
old = {value}

[revisions.before]
value = {value}
"""


@pytest.mark.parametrize(("value", "needle"), [("-2", "is negative"), ("2.5", "is not a whole number")])
def test_undo_refuses_to_restore_a_value_the_loader_would_refuse(jc: Any, sample: Path, value: str, needle: str) -> None:
    sample.write_text(SAMPLE + REMOVED_VALUE.format(value=value), encoding="utf-8")
    before = sample.read_bytes()
    refused_and_readable(jc("undo", lang="en"), sample, before, "cannot undo revision #0", needle)


def test_undo_of_a_rename_refuses_a_hand_written_old_name_with_spaces(jc: Any, sample: Path) -> None:
    rename = (
        '\n[[revisions]]\nat = "2019-07-01T10:00:00+08:00"\nindicator = "sales"\ntype = "indicator"\naction = "rename"\n'
        '\n[revisions.definition]\nname = "旧名"\nunit = "亿元"\naliases = ["旧 别名 "]\n'
    )
    sample.write_text(SAMPLE + rename, encoding="utf-8")
    before = sample.read_bytes()
    refused_and_readable(jc("undo", lang="en"), sample, before, "begins or ends with a space")


# --- D4: every way in keeps the bounds of add-actual ---------------------------------------------------

BIG_FIGURES = [
    ("2018年，工业开票销售123456789012345678901234567890亿元。", "more than 20 digits before the decimal point"),
    ("2018年，工业开票销售0.00000000000000000000000000000001亿元。", "more than 15 decimal places"),
    ("2018年，工业开票销售201亿元，同比增长16.9000000000000000000000000000000000000001%。", "stated growth"),
]


@pytest.mark.parametrize(("text", "needle"), BIG_FIGURES)
@pytest.mark.parametrize("replace", [False, True])
def test_extract_apply_refuses_a_figure_beyond_the_bounds_in_one_line(
    jc: Any, shipped: Path, tmp_path: Path, text: str, needle: str, replace: bool
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    before = shipped.read_bytes()
    result = jc("extract", str(report), "--apply", *(["--replace"] if replace else []), file=shipped, lang="en")
    refused_and_readable(result, shipped, before, needle, "jctrack keeps at most 20 digits before the point and 15 after")


def test_put_refuses_a_number_beyond_the_bounds_from_any_caller(sample: Path, english: None) -> None:
    from decimal import Decimal

    from jctrack import edits
    from jctrack.errors import InputError
    from jctrack.model import Entry

    data = store.load(sample)
    sales = data.indicators["sales"]
    for entry in (Entry(Decimal("1e25")), Entry(Decimal(1), base=Decimal("1e-31")), Entry(Decimal(1), stated_growth=Decimal("1" * 40))):
        with pytest.raises(InputError, match="jctrack keeps at most"):
            edits.put(data, sales, "target", 2020, entry, replace=True)
    assert 2020 not in sales.targets


@pytest.mark.parametrize("literal", ["1.0e-15", "0.0000000000000010", "1.000000000000000000000e-15"])
def test_a_value_is_measured_by_its_places_not_its_literals(jc: Any, sample: Path, literal: str) -> None:
    sample.write_text(SAMPLE.replace("2019-06 = 3\n", "2019-06 = 3\n").replace("2018-06 = 90.5", f"2018-06 = {literal}"), encoding="utf-8")
    data = store.load(sample)
    from decimal import Decimal

    assert data.indicators["share"].actuals[min(data.indicators["share"].actuals)].value == Decimal("1e-15")
    assert jc("add-actual", "sales", "2019-07", "130").exit_code == 0
    assert store.load(sample).indicators["share"].actuals[min(data.indicators["share"].actuals)].value == Decimal("1e-15")


def test_a_typed_value_is_measured_by_its_places_too(jc: Any, sample: Path) -> None:
    result = jc("add-actual", "sales", "2019-07", "120.0000000000000000")
    assert result.exit_code == 0, result.output
    assert "2019-07 = 120.000000000000000\n" in sample.read_text(encoding="utf-8")
    assert jc("add-actual", "sales", "2019-07", "120.0000000000000001", "--replace").exit_code == 1
