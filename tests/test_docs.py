"""The README cannot drift: every command has help and a section, and its examples are valid."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from jctrack import store
from jctrack.cli import app

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_commands_are_known() -> None:
    assert {"init", "add-indicator", "set-target", "add-actual", "status", "check", "edit"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_a_readme_section(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert f"### `jctrack {command}" in README


def test_readme_toml_example_is_a_valid_file() -> None:
    example = re.search(r"```toml\n(.*?)```", README[README.index("## The data file") :], re.S)
    assert example is not None
    store.parse(example.group(1))


def test_readme_district_toml_example_is_valid(tmp_path: Any) -> None:
    from jctrack.district.config import parse_config

    example = re.search(r"```toml\n(name = .*?)```", README, re.S)
    assert example is not None
    parse_config(example.group(1), "district.toml")


def test_readme_json_example_has_every_contract_field() -> None:
    from jctrack.contract import ROW_FIELDS

    example = re.search(r"```json\n(.*?)```", README, re.S)
    assert example is not None
    document = json.loads(example.group(1))
    assert list(document) == ["entity", "period", "time_progress_pct", "rows", "missing"]
    assert set(document["rows"][0]) == set(ROW_FIELDS)
    for field in ROW_FIELDS:
        assert f"`{field}`" in README or field in {"id", "name", "unit", "kind", "direction", "note"}


def test_readme_starts_with_the_two_setup_commands() -> None:
    head = README[:1500]
    assert ".venv/bin/jctrack status" in head
    assert "pip install -e '.[test]' && .venv/bin/python -m pytest" in head


def test_readme_names_every_field_of_the_district_json() -> None:
    from pathlib import Path

    from jctrack.contract import FIGURE_FIELDS
    from jctrack.district import (
        build_district_report,
        check_district,
        indicator_status,
        indicator_status_document,
        load_district,
        matrix_document,
        report_document,
    )
    from jctrack.district.documents import check_document
    from jctrack.model import Period

    section = README[README.index("### `jctrack district status") : README.index("### `jctrack edit`")]
    district = load_district(Path(__file__).resolve().parent / "fixtures" / "district" / "three")
    status = indicator_status_document(indicator_status(district, "industrial_sales", Period(2019, 6)))
    report = build_district_report(district, Period(2019, 6))
    check = check_document(check_district(district))
    fields = [*status, *status["indicator"], *status["total"], *(set(status["towns"][0]) - set(FIGURE_FIELDS))]
    fields += [*matrix_document(report.matrix), *report_document(report), *check, *check["findings"][0]]
    fields += [*check["findings"][0]["details"], "kind_differs", "direction_differs", "unit_cannot_convert"]
    missing = sorted({field for field in fields if f"`{field}`" not in section})
    assert not missing, missing
    matrix = matrix_document(report.matrix)
    assert matrix["totals"] == matrix["total"]
