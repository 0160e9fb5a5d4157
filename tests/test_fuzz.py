"""The loader on damaged copies of real files, and every command on every kind of malformed argument."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.errors import JctrackError

from .conftest import SAMPLE, SHIPPED

REAL_FILES = [SHIPPED.read_text(encoding="utf-8"), SAMPLE]


def mutations(text: str, rng: random.Random) -> list[bytes]:
    data = text.encode("utf-8")
    found = []
    for _ in range(60):
        cut = rng.randrange(len(data))
        found.append(data[:cut])  # truncated, possibly inside a multi-byte character
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        found.append(bytes(flipped))
        lines = text.splitlines(keepends=True)
        del lines[rng.randrange(len(lines))]
        found.append("".join(lines).encode("utf-8"))
    return found


WRONG_VALUES = ['"text"', "true", "-1", "[1, 2]", "{ a = 1 }", "1979-05-27", "nan", "inf", "1e400", '""', "0"]


def wrong_types(text: str) -> list[str]:
    """Every `key = value` line of the file with its value replaced by each wrong kind of value."""
    found = []
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if " = " in line and not line.startswith("["):
            key = line.split(" = ", 1)[0]
            for wrong in WRONG_VALUES:
                changed = [*lines[:number], f"{key} = {wrong}\n", *lines[number + 1 :]]
                found.append("".join(changed))
    return found


def load_or_refuse(data: bytes, tmp_path: Path) -> bool:
    """Whether the damaged file loads; if it does not, the error must be one line saying why."""
    path = tmp_path / "fuzzed.toml"
    path.write_bytes(data)
    try:
        store.load(path)
    except JctrackError as exc:
        message = str(exc)
        assert "\n" not in message.strip() or "line" in message, message
        assert message
        return False
    return True


@pytest.mark.parametrize("index", range(len(REAL_FILES)))
def test_damaged_files_load_or_give_one_error(index: int, tmp_path: Path) -> None:
    rng = random.Random(index)
    outcomes = [load_or_refuse(damaged, tmp_path) for damaged in mutations(REAL_FILES[index], rng)]
    # Both must happen, or the mutations test nothing: harmless damage loads, real damage is refused.
    assert any(outcomes) and not all(outcomes)


@pytest.mark.parametrize("index", range(len(REAL_FILES)))
def test_wrong_types_in_every_field(index: int, tmp_path: Path) -> None:
    variants = wrong_types(REAL_FILES[index])
    assert len(variants) > 50
    refused = 0
    for variant in variants:
        try:
            store.parse(variant)
        except JctrackError:
            refused += 1
        except tomllib.TOMLDecodeError:  # pragma: no cover - must never escape
            raise
    assert refused > len(variants) // 2


def test_damaged_file_through_the_cli_never_shows_a_traceback(jc: Any, tmp_path: Path) -> None:
    rng = random.Random(7)
    refused = 0
    for damaged in mutations(SAMPLE, rng)[:40]:
        path = tmp_path / "targets.toml"
        path.write_bytes(damaged)
        for command in (["status"], ["check"], ["add-actual", "sales", "2019-07", "1"]):
            result = jc(*command, lang="en")
            assert "Traceback" not in result.output
            assert result.exit_code in (0, 1), result.output
            if result.exit_code == 1:
                assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
                refused += command == ["status"]
    assert refused >= 10  # the damage reaches the loader: most damaged files are refused, in one line


MALFORMED = {
    "period": ["", " ", "2019-", "-2019", "2019-1a", "2019-123", "2019.06", "二〇一九", "1899", "3000-01", "2019-06-30", "19", "2019--6"],
    "value": ["", "-", ".", "1e5", "NaN", "inf", "1,23", "1..2", "2亿元元", "亿元", "--5", "5 5", "0x10", "1/2", "五"],
    "indicator": ["", " ", "销售", "SALES", "sales ", "工业开票销售额", "'; drop", "\n"],
    "growth": ["", "abc", "%", "1.2.3", "五%"],
}


@pytest.mark.parametrize("period", MALFORMED["period"])
def test_malformed_periods(jc: Any, sample: Path, period: str) -> None:
    before = sample.read_bytes()
    result = jc("add-actual", "sales", period, "1", lang="en")
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert sample.read_bytes() == before


@pytest.mark.parametrize("value", MALFORMED["value"])
def test_malformed_values(jc: Any, sample: Path, value: str) -> None:
    before = sample.read_bytes()
    result = jc("add-actual", "sales", "2019-07", value, lang="en")
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output
    assert sample.read_bytes() == before
    target = jc("set-target", "sales", "2020", value, lang="en")
    assert target.exit_code in (1, 2) and sample.read_bytes() == before


@pytest.mark.parametrize("reference", MALFORMED["indicator"])
def test_malformed_indicator_references(jc: Any, sample: Path, reference: str) -> None:
    before = sample.read_bytes()
    for command in (["add-actual", reference, "2019-07", "1"], ["history", reference], ["set-target", reference, "2020", "1"]):
        result = jc(*command, lang="en")
        assert result.exit_code == 1, result.output
        assert "unknown indicator" in result.stderr
    assert sample.read_bytes() == before


@pytest.mark.parametrize("growth", MALFORMED["growth"][1:])
def test_malformed_stated_growth(jc: Any, sample: Path, growth: str) -> None:
    before = sample.read_bytes()
    result = jc("add-actual", "sales", "2019-07", "1", "--stated-growth", growth, lang="en")
    assert result.exit_code == 1 and "stated growth" in result.stderr
    assert sample.read_bytes() == before


@pytest.mark.parametrize(("value", "stored"), [("１２０", "120"), ("1,200", "1200"), ("4800万元", "0.48"), ("120亿", "120"), ("+5", "5")])
def test_accepted_value_forms(jc: Any, sample: Path, value: str, stored: str) -> None:
    result = jc("add-actual", "sales", "2019-08", value, "--force", lang="en")
    assert result.exit_code == 0, result.output
    assert f"2019-08 = {stored}\n" in sample.read_text(encoding="utf-8")


def test_full_width_period(jc: Any, sample: Path) -> None:
    assert jc("add-actual", "sales", "２０１９－０８", "130", lang="en").exit_code == 0
    assert "2019-08 = 130" in sample.read_text(encoding="utf-8")


# Values no file should hold, for every field: exponents beyond any figure, integers of 5,000 digits,
# text with a control character, a line separator or a direction override, text over its limit.
EXTREME_VALUES = [
    "1e999999999",
    "-1e-999999999",
    "1.5e400",
    "1e-400",
    "1" + "0" * 5000,
    "-" + "9" * 5000,
    '"\\u001b[2J\\u001b]0;x\\u0007"',
    '"a\\rb"',
    '"a\\u2028b"',
    '"增长\u202e%5.4"',
    '"x\u0085"',
    '"' + "名" * 2001 + '"',
]


def extreme_values(text: str) -> list[tuple[str, str]]:
    """Every `key = value` line of the file with its value replaced by each extreme value."""
    found = []
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if " = " in line and not line.startswith("["):
            key = line.split(" = ", 1)[0]
            for value in EXTREME_VALUES:
                found.append((value, "".join([*lines[:number], f"{key} = {value}\n", *lines[number + 1 :]])))
    return found


@pytest.mark.parametrize("index", range(len(REAL_FILES)))
def test_extreme_values_in_every_field_are_refused_in_one_line(index: int) -> None:
    variants = extreme_values(REAL_FILES[index])
    assert len(variants) > 100
    for value, variant in variants:
        try:
            store.parse(variant)
        except JctrackError as exc:
            assert str(exc)  # stderr shows it in one line, its control characters written out (test below)
            continue
        # Only a value no field reads can be left in place: none of these is ever kept.
        raise AssertionError(f"{value[:30]} was read")


def test_extreme_values_through_the_cli_never_show_a_traceback(jc: Any, tmp_path: Path) -> None:
    rng = random.Random(11)
    path = tmp_path / "targets.toml"
    variants = extreme_values(SAMPLE)
    quoting = [variant for variant in variants if variant[1].startswith('schema_version = 1\nentity = "测试镇"\nrounding = "\\u001b')]
    assert quoting  # a message that quotes what it found: its ESC must be written out on stderr
    for _, variant in [*quoting, *rng.sample(variants, 16)]:
        path.write_text(variant, encoding="utf-8")
        before = path.read_bytes()
        for command in (["status"], ["add-actual", "sales", "2019-07", "1"]):
            result = jc(*command, lang="en")
            assert result.exit_code == 1 and "Traceback" not in result.output, result.output
            assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
            assert not any(char in result.stderr for char in "\x1b\r\u2028\u202e\x85"), result.stderr
        assert path.read_bytes() == before
