"""JSON output with Decimals written as exact number literals (json.dumps would need floats)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, TextIO

from jctrack.calc import StatusReport, StatusRow


def encode(value: Any, indent: int = 2, level: int = 0) -> str:
    """Serialise dicts, lists, strings, Decimals, ints, bools and None; Decimals stay exact."""
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {encode(v, indent, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + encode(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


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
