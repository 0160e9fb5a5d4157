"""JSON output with Decimals written as exact number literals (json.dumps would need floats)."""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from typing import Any, TextIO

from jctrack.calc import StatusReport, StatusRow


def encode(value: Any) -> str:
    """Serialise dicts, lists, strings, Decimals, ints, bools and None, indented; Decimals stay exact.

    json.dumps would turn a Decimal into a float, so each one goes in as a unique placeholder string
    and its exact text replaces the quoted placeholder afterwards (the C encoder does the rest fast).
    """
    token = f"jctrack-decimal-{os.urandom(8).hex()}-"
    numbers: list[str] = []

    def prepare(item: Any) -> Any:
        if isinstance(item, Decimal):
            numbers.append(format(item, "f"))
            return f"{token}{len(numbers) - 1}"
        if isinstance(item, dict):
            return {key: prepare(inner) for key, inner in item.items()}
        if isinstance(item, (list, tuple)):
            return [prepare(inner) for inner in item]
        return item

    text = json.dumps(prepare(value), ensure_ascii=False, indent=2)
    return re.sub(f'"{token}(\\d+)"', lambda match: numbers[int(match.group(1))], text)


# The JSON contract of one status row, in order; CSV uses the same columns.
ROW_FIELDS = (
    "id",
    "name",
    "unit",
    "kind",
    "direction",
    "target",
    "actual",
    "base",
    "change",
    "remaining",
    "completion_pct",
    "growth_pct",
    "growth_source",
    "growth_pp",
    "target_growth_pct",
    "target_growth_source",
    "schedule_gap_pp",
    "status",
    "status_source",
    "note",
)


def row_fields(row: StatusRow) -> dict[str, Any]:
    fields = {name: getattr(row, name) for name in ROW_FIELDS}
    fields["status"] = row.status.value
    return fields


def report_fields(report: StatusReport) -> dict[str, Any]:
    return {
        "entity": report.entity,
        "period": None if report.period is None else str(report.period),
        "time_progress_pct": report.time_progress_pct,
        "rows": [row_fields(row) for row in report.rows],
    }


def render(report: StatusReport, stream: TextIO) -> None:
    stream.write(encode(report_fields(report)) + "\n")
