"""Every bad input is refused with one line on stderr, a non-zero exit, and the file byte-for-byte unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

BAD_COMMANDS = [
    # (arguments, expected exit code, text the message must contain)
    (["add-actual", "sales", "2019-13", "1"], 1, "month 13 in '2019-13' is outside 1–12"),
    (["add-actual", "sales", "2019-00", "1"], 1, "is outside 1–12"),
    (["add-actual", "sales", "19-06", "1"], 1, "accepted forms: 2019, 2019-06, 2019年"),
    (["add-actual", "sales", "2019/06", "1"], 1, "accepted forms: 2019, 2019-06, 2019年"),
    (["add-actual", "sales", "2019-06-01", "1"], 1, "accepted forms: 2019, 2019-06, 2019年"),
    (["add-actual", "sales", "2019-07", "abc"], 1, "'abc' is not a number"),
    (["add-actual", "sales", "2019-07", "1.2.3"], 1, "is not a number"),
    (["add-actual", "sales", "2019-07", ""], 1, "is not a number"),
    (["add-actual", "sales", "2019-07", "5家"], 1, "cannot convert 家 into 亿元"),
    (["add-actual", "sales", "2019-07", "5斤"], 1, "cannot convert 斤 into 亿元"),
    (["add-actual", "sales", "2019-07", "--", "-5"], 1, "is negative"),
    (["add-actual", "sale", "2019-07", "5"], 1, "unknown indicator 'sale'; did you mean sales"),
    (["add-actual", "工业开票", "2019-07", "5"], 1, "did you mean"),
    (["add-actual", "sales", "2019-06", "121"], 1, "already 120"),
    (["add-actual", "sales", "2019-07", "5", "--stated-growth", "fast"], 1, "stated growth 'fast' is not a number"),
    (["add-actual", "sales", "2019-07", "5", "--base", "x"], 1, "base 'x' is not a number"),
    (["add-actual", "sales", "2019-07", "5", "--stated-status", "great"], 1, "must be one of exceeded, met, not_met"),
    (["add-actual", "firms", "2019-07", "2.5"], 1, "not a whole number"),
    (["add-actual", "share", "2019-07", "120"], 1, "over 100"),
    (["add-actual", "sales", "2019-07"], 2, "Missing argument"),
    (["set-target", "sales", "2019-06", "5"], 1, "targets are yearly"),
    (["set-target", "sales", "twenty", "5"], 1, "accepted forms: 2019, 2019-06, 2019年"),
    (["set-target", "sales", "2019", "240"], 1, "already 230"),
    (["add-indicator", "sales", "--name", "另一个", "--unit", "亿元"], 1, "'sales' is already used"),
    (["add-indicator", "other", "--name", "工业开票销售", "--unit", "亿元"], 1, "'工业开票销售' is already used"),
    (["add-indicator", "Bad-Id", "--name", "x", "--unit", "亿元"], 1, "must be lower-case ASCII"),
    (["add-indicator", "new", "--name", "x", "--unit", "1元"], 1, "'1元' cannot be a unit"),
    (["add-indicator", "new", "--name", "x", "--unit", "亿元", "--kind", "ratio"], 1, "a ratio indicator is kept in %"),
    (["add-indicator", "new", "--name", "x", "--unit", "亿元", "--kind", "stock"], 2, "Invalid value"),
    (["add-indicator", "new", "--name", "x", "--unit", "亿元", "--alias", "开票"], 1, "'开票' is already used"),
    (["status", "--period", "2019-13"], 1, "is outside 1–12"),
    (["status", "--format", "pdf"], 2, "Invalid value"),
    (["status", "--year", "abc"], 2, "Invalid value"),
    (["check", "--format", "xml"], 2, "'xml' is not one of"),
    (["add-actual"], 2, "Missing argument 'INDICATOR'"),
    (["statu"], 2, "Did you mean 'status'"),
    (["init"], 1, "already exists"),
]


@pytest.mark.parametrize(("args", "code", "message"), BAD_COMMANDS, ids=[" ".join(a) for a, _, _ in BAD_COMMANDS])
def test_bad_command_is_refused_and_file_unchanged(jc: Any, sample: Path, args: list[str], code: int, message: str) -> None:
    before = sample.read_bytes()
    result = jc(*args, lang="en")
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert result.stderr.startswith("usage: " if code == 2 else "error: ") and result.stderr.count("\n") == 1
    if code == 2:
        assert result.stderr.rstrip().endswith("--help")  # says where to look
    assert sample.read_bytes() == before


def test_output_that_cannot_be_written_is_one_line(sample: Path) -> None:
    """A full disk behind `> file` (here /dev/full): one line on stderr and exit 1, never a traceback."""
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    code = "import sys; from jctrack.cli import main; sys.argv = ['jctrack', '--lang', 'en', '-f', sys.argv[1], 'status']; main()"
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-c", code, str(sample)], stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr == "cannot write the output: the disk is full; check where it goes (the disk, a pipe or a redirected file)\n"


BAD_FILES = [
    ("schema_version = 1\nentity = \n", "not valid TOML: Invalid value (at line 2, column 10)"),
    ("schema_version = 7\n", "schema_version is 7"),
    ("schema_version = 1\n[indicators.a]\nname='x'\nunit='亿元'\n[indicators.b]\nname='x'\nunit='亿元'\n", "already used"),
    ("schema_version = 1\n[indicators.a]\nname='x'\nunit='亿元'\n[indicators.a]\nname='y'\n", "not valid TOML"),
    (b"\xff\xfe bad bytes", "not UTF-8"),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
@pytest.mark.parametrize("command", [["status"], ["add-actual", "a", "2019", "1"], ["check"], ["edit"]])
def test_bad_file_is_reported_and_left_alone(
    jc: Any, tmp_path: Path, content: str | bytes, message: str, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "true")
    path = tmp_path / "targets.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before = path.read_bytes()
    result = jc(*command, lang="en")
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_missing_file(jc: Any) -> None:
    result = jc("status", lang="en")
    assert result.exit_code == 1
    assert "does not exist; create it with `jctrack init`" in result.stderr
