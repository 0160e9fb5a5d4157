"""Every command through Typer's CliRunner on a temporary data file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


def test_init_then_full_loop(jc: Any, tmp_path: Path) -> None:
    result = jc("init", "--entity", "金城镇")
    assert result.exit_code == 0, result.output
    assert jc("add-indicator", "industrial_sales", "--name", "工业开票销售", "--unit", "亿元", "--alias", "开票").exit_code == 0
    assert jc("set-target", "开票", "2019", "230", "--stated-growth", "14.4%").exit_code == 0
    assert jc("add-actual", "工业开票销售", "2018-06", "100").exit_code == 0
    result = jc("add-actual", "industrial_sales", "2019-06", "120亿元", "--source", "统计月报")
    assert result.exit_code == 0, result.output
    assert "已添加 工业开票销售 2019-06 完成值 = 120 亿元" in result.output
    document = json.loads(jc("status", "--format", "json").output)
    assert document["period"] == "2019-06"
    assert document["time_progress_pct"] == 50.0
    row = document["rows"][0]
    assert row["completion_pct"] == 52.2
    assert row["growth_pct"] == 20.0
    assert row["schedule_gap_pp"] == 2.2
    assert row["status"] == "ahead"


def test_init_refuses_to_overwrite(jc: Any, sample: Path) -> None:
    before = sample.read_bytes()
    result = jc("init")
    assert result.exit_code == 1
    assert "已存在，保持原样" in result.output
    assert sample.read_bytes() == before


def test_unit_conversion_on_add(jc: Any, sample: Path) -> None:
    result = jc("add-actual", "sales", "2019-07", "1250000万元")
    assert result.exit_code == 0, result.output
    assert "2019-07 = 125\n" in sample.read_text(encoding="utf-8")


def test_replace_keeps_history(jc: Any, sample: Path) -> None:
    refused = jc("add-actual", "sales", "2019-06", "125")
    assert refused.exit_code == 1
    assert "完成值已是 120 亿元" in refused.output and "--replace" in refused.output
    result = jc("add-actual", "sales", "2019-06", "125", "--replace")
    assert result.exit_code == 0, result.output
    text = sample.read_text(encoding="utf-8")
    assert "2019-06 = 125" in text
    assert 'indicator = "sales"' in text and "old = 120" in text and "new = 125" in text


def test_set_target_refuses_overwrite_without_replace(jc: Any, sample: Path) -> None:
    assert jc("set-target", "sales", "2019", "240").exit_code == 1
    assert jc("set-target", "sales", "2019", "240", "--replace").exit_code == 0
    assert "2019 = 240" in sample.read_text(encoding="utf-8")


def test_same_value_again_is_not_an_error(jc: Any, sample: Path) -> None:
    before = sample.read_bytes()
    result = jc("add-actual", "sales", "2019-06", "120")
    assert result.exit_code == 0
    assert "未作改动" in result.output
    assert sample.read_bytes() == before


def test_status_table(jc: Any, sample: Path) -> None:
    result = jc("status")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("测试镇2019年1—6月主要经济指标完成情况\n序时进度：50.0%\n")
    assert "  52.2  " in result.output and "+2.2" in result.output
    assert "+1.4个百分点" in result.output
    assert "\x1b[" not in result.output


def test_status_year_and_period_options(jc: Any, sample: Path) -> None:
    document = json.loads(jc("status", "--year", "2018", "--format", "json").output)
    assert document["period"] == "2018"
    document = json.loads(jc("status", "--period", "2018-06", "--format", "json").output)
    assert document["period"] == "2018-06"
    both = jc("status", "--year", "2018", "--period", "2018-06")
    assert both.exit_code == 2


@pytest.mark.parametrize("fmt", ["csv", "markdown", "json", "table"])
def test_every_format_prints(jc: Any, sample: Path, fmt: str) -> None:
    result = jc("status", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "工业开票销售" in result.output


def test_json_is_never_wrapped(jc: Any, sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    jc("add-actual", "sales", "2019-07", "130", "--note", "一个很长很长很长很长很长很长很长很长很长的备注")
    result = jc("status", "--period", "2019-07", "--format", "json")
    assert json.loads(result.output)["rows"][0]["note"].startswith("一个很长")


def test_markup_in_names_prints_literally(jc: Any, tmp_path: Path) -> None:
    jc("init")
    jc("add-indicator", "odd", "--name", "[red]红[/b]", "--unit", "亿元")
    jc("add-actual", "odd", "2019", "1")
    result = jc("status")
    assert result.exit_code == 0, result.output
    assert "[red]红[/b]" in result.output


def test_check_on_shipped_file_names_the_inconsistent_figure(jc: Any, shipped: Path) -> None:
    result = jc("check")
    assert result.exit_code == 1
    assert "工业实际投入2019年目标增幅所述47%，复算为46%" in result.output
    document = json.loads(jc("check", "--format", "json").stdout)
    verdicts = {(c["id"], c["period"], c["type"]): c["verdict"] for c in document["comparisons"]}
    assert verdicts[("industrial_sales", "2019", "target")] == "agrees"
    assert verdicts[("public_budget_revenue", "2019", "target")] == "agrees"
    assert verdicts[("industrial_investment", "2019", "target")] == "disagrees"
    assert verdicts[("industrial_sales", "2018", "actual")] == "unverifiable"


def test_check_passes_on_consistent_file(jc: Any, sample: Path) -> None:
    result = jc("check")
    assert result.exit_code == 0, result.output
    assert "核对通过" in result.output


def test_check_says_how_many_rates_it_could_not_recompute(jc: Any, tmp_path: Path) -> None:
    """Passed, but not by comparing: a rate without last year's figure is said as such, not as "no problem"."""
    path = tmp_path / "t.toml"
    assert jc("init", "--entity", "测试镇", file=path).exit_code == 0
    assert jc("check", file=path).stderr == "核对通过：文件中没有所述增幅需要核对\n"
    assert jc("add-indicator", "sales", "--name", "工业开票销售", "--unit", "亿元", file=path).exit_code == 0
    assert jc("add-actual", "sales", "2019", "120", "--stated-growth", "10", file=path).exit_code == 0
    assert jc("check", file=path).stderr == "核对通过：1个所述增幅中0个与复算一致，1个缺比较的基数、无法复算\n"
    assert jc("add-actual", "sales", "2018", "109.1", file=path).exit_code == 0
    assert jc("check", file=path).stderr == "核对通过：比较了1个所述增幅，没有问题\n"


def test_check_flags_falling_year_to_date(jc: Any, sample: Path) -> None:
    assert jc("add-actual", "sales", "2019-07", "110").exit_code == 1  # refused at entry...
    assert jc("add-actual", "sales", "2019-07", "110", "--force").exit_code == 0  # ...unless forced, and then check finds it
    result = jc("check")
    assert result.exit_code == 1
    assert "1-7月累计110低于1-6月的120" in result.output


def test_edit_with_editor(jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\nsed -i 's/测试镇/新镇/' \"$1\"\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    monkeypatch.delenv("VISUAL", raising=False)
    result = jc("edit")
    assert result.exit_code == 0, result.output
    assert "新镇" in sample.read_text(encoding="utf-8")


def test_edit_rejects_invalid_result(jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\nsed -i 's/schema_version = 1/schema_version = 9/' \"$1\"\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    monkeypatch.delenv("VISUAL", raising=False)
    before = sample.read_bytes()
    result = jc("edit")
    assert result.exit_code == 1
    assert "schema_version 为 9" in result.output and "你的编辑保存在" in result.output
    assert sample.read_bytes() == before


def test_file_from_environment(tmp_path: Path, sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from jctrack.cli import app

    monkeypatch.setenv("JCTRACK_FILE", str(sample))
    result = CliRunner().invoke(app, ["status", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["entity"] == "测试镇"


def test_status_of_empty_file(jc: Any) -> None:
    jc("init")
    result = jc("status", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["rows"] == []
    assert "文件中还没有目标或完成值" in result.stderr
