"""The JSON documents of the district commands: plain dicts of strings, ints, bools, None and exact Decimals.

`jctrack.render.jsonout.encode` (or any encoder that writes a Decimal as its exact literal) prints them.
Percentages are rounded once (one decimal, the district's rounding); amounts are exact, in the
district's unit for the indicator.
"""

from __future__ import annotations

from typing import Any

from jctrack.calc import StatusRow
from jctrack.contract import FIGURE_FIELDS, row_fields
from jctrack.district.checks import DistrictCheck
from jctrack.district.compute import DistrictMatrix, DistrictStatus, DistrictTotal, IndicatorStatus, TownRow
from jctrack.district.load import IndicatorSpec
from jctrack.district.report import DistrictReport
from jctrack.words import Lang

TOTAL_FIELDS = (
    "aggregate",
    "actual",
    "low",
    "high",
    "target",
    "target_source",
    "base",
    "change",
    "growth_pct",
    "growth_pp",
    "completion_pct",
    "schedule_gap_pp",
    "status",
    "complete",
    "reporting",
    "missing",
    "comparable",
    "ceiling_used_pct",
)


def indicator_fields(spec: IndicatorSpec) -> dict[str, Any]:
    return {
        "id": spec.id,
        "name": spec.name,
        "name_en": spec.name_en,
        "unit": spec.unit,
        "kind": spec.kind.value,
        "direction": spec.direction.value,
        "aggregate": spec.aggregate.value,
    }


def _status_fields(row: StatusRow | None) -> dict[str, Any]:
    """A town's own figures, as in `status --format json` (less what the indicator block already says)."""
    if row is None:
        return dict.fromkeys(FIGURE_FIELDS)
    fields = row_fields(row)
    return {name: fields[name] for name in FIGURE_FIELDS}


def town_fields(row: TownRow) -> dict[str, Any]:
    return {
        "town": row.town,
        "file": row.file,
        "applicable": row.applicable,
        **_status_fields(row.row),
        "measure": row.measure,
        "rank": row.rank,
        "previous_rank": row.previous_rank,
        "rank_change": row.rank_change,
        "growth_gap_pp": row.growth_gap_pp,
        "completion_gap_pp": row.completion_gap_pp,
        "share_pct": row.share_pct,
    }


def total_fields(total: DistrictTotal) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in TOTAL_FIELDS:
        value = getattr(total, name)
        if name in ("aggregate", "status"):
            value = None if value is None else value.value
        elif isinstance(value, tuple):
            value = list(value)
        fields[name] = value
    return fields


def indicator_status_document(status: IndicatorStatus) -> dict[str, Any]:
    """One indicator across the district: `district status INDICATOR --format json`."""
    return {
        "district": status.district,
        "period": str(status.period),
        "previous_period": None if status.previous_period is None else str(status.previous_period),
        "rank_by": status.rank_by.value,
        "time_progress_pct": status.time_progress_pct,
        "indicator": indicator_fields(status.indicator),
        "towns": [town_fields(row) for row in status.rows],
        "total": total_fields(status.total),
    }


def status_document(status: DistrictStatus) -> dict[str, Any]:
    """Every indicator across the district: `district status --format json`."""
    return {
        "district": status.district,
        "period": str(status.period),
        "rank_by": status.rank_by.value,
        "time_progress_pct": status.time_progress_pct,
        "skipped": list(status.skipped),
        "indicators": [
            {
                key: value
                for key, value in indicator_status_document(indicator).items()
                if key not in ("district", "rank_by", "time_progress_pct")
            }
            for indicator in status.indicators
        ],
    }


def matrix_document(matrix: DistrictMatrix) -> dict[str, Any]:
    """Towns × indicators: `district status --format json` without an indicator; `cells[i][j]` is town i, indicator j."""
    return {
        "district": matrix.district,
        "period": str(matrix.period),
        "measure": matrix.measure.value,
        "indicators": [indicator_fields(spec) for spec in matrix.indicators],
        "towns": list(matrix.towns),
        "cells": [[{"value": cell.value, "rank": cell.rank, "applicable": cell.applicable} for cell in row] for row in matrix.cells],
        "total": list(matrix.totals),  # the first versions' name, kept: the contract only grows
        "skipped": list(matrix.skipped),
        "totals": list(matrix.totals),
    }


def check_document(result: DistrictCheck, lang: Lang | None = None) -> dict[str, Any]:
    """`district check --format json`: every finding with its kind, indicator, period, towns, the figures
    its message names (`details`: towns_total, district_total, difference and unit for targets that do not
    add up; unit/district_unit, kind/district_kind, direction/district_direction) and the message."""
    return {
        "district": result.district,
        "ok": result.ok,
        "towns": result.towns,
        "indicators": result.indicators,
        "skipped": list(result.skipped),
        "findings": [
            {
                "kind": finding.kind.value,
                "indicator": finding.indicator,
                "period": finding.period,
                "towns": list(finding.towns),
                "details": dict(finding.details),
                "message": finding.text(lang),
            }
            for finding in result.findings
        ],
    }


def report_document(report: DistrictReport) -> dict[str, Any]:
    """`district report --format json`: the narrative, then the status document and the matrix."""
    return {
        "title": report.title,
        "lang": report.lang.value,
        "narrative": list(report.narrative),
        "town_narrative": {town: list(sentences) for town, sentences in report.town_narrative.items()},
        **status_document(report.status),
        "matrix": matrix_document(report.matrix),
    }
