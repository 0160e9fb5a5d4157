"""The district tables as pandas frames, for the spreadsheet and CSV renderers.

Every cell holds the exact Decimal (dtype object), never a float: a frame is a layout of the numbers
computed in `compute`, not a second calculation. pandas is imported here only, inside the functions:
`status` and `add-actual` on a town file never load it.
"""

from __future__ import annotations

from typing import Any

from jctrack.contract import FIGURE_FIELDS
from jctrack.district.compute import DistrictMatrix, IndicatorStatus
from jctrack.district.documents import TOTAL_FIELDS, total_fields, town_fields
from jctrack.tabular import require

# The row label of the district's own line; renderers translate it (DistrictWord.DISTRICT_TOTAL).
TOTAL_ROW = "__district_total__"
RANK_FIELDS = ("measure", "rank", "previous_rank", "rank_change", "growth_gap_pp", "completion_gap_pp", "share_pct")


def indicator_frame(status: IndicatorStatus) -> Any:
    """One row per town (display order) and a last row for the 全区合计; columns as in the JSON document."""
    pd = require("pandas")

    columns = [
        "applicable",
        *FIGURE_FIELDS,
        "measure",
        "rank",
        "previous_rank",
        "rank_change",
        "growth_gap_pp",
        "completion_gap_pp",
        "share_pct",
    ]
    records: list[dict[str, Any]] = [town_fields(row) for row in status.rows]
    index = [row.town for row in status.rows]
    total = total_fields(status.total)
    records.append({name: total.get(name) for name in columns if name in TOTAL_FIELDS})
    index.append(TOTAL_ROW)
    return pd.DataFrame(records, index=index, columns=columns, dtype=object)


def matrix_frame(matrix: DistrictMatrix) -> Any:
    """Towns × (indicator id, "value" | "rank"), with a last row for the district's own value."""
    pd = require("pandas")

    columns = pd.MultiIndex.from_tuples([(spec.id, part) for spec in matrix.indicators for part in ("value", "rank")])
    rows: list[list[Any]] = [[item for cell in row for item in (cell.value, cell.rank)] for row in matrix.cells]
    rows.append([item for total in matrix.totals for item in (total, None)])
    return pd.DataFrame(rows, index=[*matrix.towns, TOTAL_ROW], columns=columns, dtype=object)
