"""The installed `jctrack` script where the environment matters: cron's empty environment, pipes, imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, timeout=60, check=False)


@pytest.mark.parametrize("env", [{}, {"LANG": "C"}, {"LANG": "C", "LC_ALL": "C"}], ids=["env -i", "LANG=C", "LC_ALL=C"])
def test_status_under_cron_environment(shipped: Path, env: dict[str, str]) -> None:
    result = run(["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(BIN / "jctrack"), "status"], shipped.parent)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    output = result.stdout.decode("utf-8")
    assert "工业开票销售" in output and "金城镇(金科园)2018年主要经济指标完成情况" in output
    assert "\x1b[" not in output


def test_json_and_errors_under_lang_c(shipped: Path) -> None:
    result = run(["env", "-i", "LANG=C", str(BIN / "jctrack"), "status", "--format", "json"], shipped.parent)
    assert json.loads(result.stdout.decode("utf-8"))["rows"][0]["name"] == "工业开票销售"
    bad = run(["env", "-i", "LANG=C", str(BIN / "jctrack"), "add-actual", "工业开票", "2019", "1"], shipped.parent)
    assert bad.returncode == 1
    assert bad.stderr.decode("utf-8").startswith("错误：没有指标“工业开票”")  # Chinese by default, even under LANG=C
    assert bad.stdout == b""


def test_python_dash_m(shipped: Path) -> None:
    result = run([sys.executable, "-m", "jctrack", "--file", str(shipped), "status", "--format", "csv"], shipped.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("period,id,name,unit")


def test_check_exit_code_in_subprocess(shipped: Path) -> None:
    result = run([str(BIN / "jctrack"), "check"], shipped.parent)
    assert result.returncode == 1
    assert "工业实际投入" in result.stderr.decode("utf-8")


LIGHT_COMMANDS = [
    ["status"],
    ["status", "--format", "json"],
    ["status", "--format", "csv"],
    ["status", "--format", "markdown"],
    ["add-actual", "industrial_sales", "2019-03", "50"],
    ["report"],
    ["report", "--format", "html"],
    ["report", "--format", "json"],
    ["report", "--format", "markdown"],
    ["history", "industrial_sales", "--format", "json"],
    ["history", "industrial_sales"],
    ["check", "--format", "json"],
]


def modules_loaded(shipped: Path, command: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """The modules of `prefixes` a command, run in a fresh interpreter on the shipped file, has loaded."""
    code = (
        "import sys\n"
        "from jctrack.cli import app\n"
        f"args = ['--file', {str(shipped)!r}, *{command!r}]\n"
        "try:\n    app(args)\nexcept SystemExit as done:\n    assert done.code in (0, 1), done.code\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {prefixes!r} or m.startswith({prefixes!r}))\n"
        "sys.stderr.write('LOADED=' + ','.join(loaded) + '\\n')\n"
    )
    result = run([sys.executable, "-c", code], shipped.parent)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    listed = result.stderr.decode("utf-8").splitlines()[-1].removeprefix("LOADED=")
    return listed.split(",") if listed else []


@pytest.mark.parametrize("command", LIGHT_COMMANDS, ids=[" ".join(c) for c in LIGHT_COMMANDS])
def test_piped_and_light_paths_import_neither_pandas_nor_rich(shipped: Path, command: list[str]) -> None:
    assert modules_loaded(shipped, command, ("pandas", "matplotlib", "openpyxl", "numpy", "rich")) == []


@pytest.mark.parametrize("command", [["status"], ["add-actual", "industrial_sales", "2019-01", "10"]], ids=["status", "add-actual"])
def test_status_and_add_actual_read_no_report_text_machinery(shipped: Path, command: list[str]) -> None:
    """The audit's readers of report text (a fifth of start-up) load only for audit and extract."""
    assert modules_loaded(shipped, command, ("jctrack.audit", "jctrack.textread")) == []
