"""The JSON contract of a status row: its fields in order (CSV has the same columns) and the row as plain values.

Fields may be added at the end; none is removed or changes meaning within schema_version = 1.
"""

from __future__ import annotations

from typing import Any

from jctrack.calc import StatusRow

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
    "figure_period",
    "ceiling_used_pct",
    "target_gap",
    "schedule",
    "schedule_pct",
    "months_left",
    "required_monthly",
    "monthly_average",
    "pace_ratio",
    "required_growth_pct",
    "projected",
    "projection_method",
    "projected_completion_pct",
    "projected_ceiling_used_pct",
    "projected_growth_pct",
    "growth_change_pp",
    "level",
    "owner",
    "contributors",
    "part_of",
    "share_of_total_pct",
    "share_change_pp",
    "pull_pp",
    "contribution_pct",
    "against_year",
    "growth_against_pct",
    "average_growth_pct",
    "target_note",
)

# The row's own figures, without the indicator's identity: what a district's town row repeats.
IDENTITY_FIELDS = ("id", "name", "unit", "kind", "direction")
FIGURE_FIELDS = tuple(name for name in ROW_FIELDS if name not in IDENTITY_FIELDS)


def row_fields(row: StatusRow) -> dict[str, Any]:
    fields = {name: getattr(row, name) for name in ROW_FIELDS}
    fields["figure_period"] = str(row.figure_period)
    fields["contributors"] = list(row.contributors)
    return fields
